from django.contrib.auth import views as auth_views
from django.urls import path

from events.views import batches, dashboard, editor

urlpatterns = [
    path("", dashboard.overview, name="home"),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("pairs/<str:pair>/", dashboard.pair_timeline, name="pair"),
    path("events/<int:pk>/", dashboard.event_detail, name="event"),
    path("events/<int:pk>/edit/", editor.event_edit, name="event-edit"),
    path("upload/", batches.upload, name="upload"),
    path("batches/<int:pk>/", batches.batch_detail, name="batch"),
    path("batches/<int:pk>/retry/", batches.batch_retry, name="batch-retry"),
]
