from django.contrib.auth import views as auth_views
from django.urls import path, re_path

from events.views import batches, dashboard, editor

urlpatterns = [
    path("", dashboard.overview, name="home"),
    path("health/", dashboard.health, name="health"),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("pairs/<str:pair>/", dashboard.pair_timeline, name="pair"),
    re_path(r"^pairs/(?P<pair>[A-Za-z]{3}-[A-Za-z]{3})/export\.(?P<fmt>csv|jsonl)$", dashboard.pair_export, name="pair-export"),
    path("compare/", dashboard.compare, name="compare"),
    path("events/", dashboard.event_list, name="events"),
    path("events/<int:pk>/", dashboard.event_detail, name="event"),
    path("events/<int:pk>/edit/", editor.event_edit, name="event-edit"),
    path("events/<int:pk>/status/", editor.event_status, name="event-status"),
    path("events/<int:pk>/participants/", editor.event_participants, name="event-participants"),
    path("events/<int:pk>/merge/", editor.event_merge_view, name="event-merge"),
    path("events/<int:pk>/revert/<int:history_id>/", editor.event_revert_view, name="event-revert"),
    path("mentions/<int:pk>/split/", editor.mention_split_view, name="mention-split"),
    path("review/", editor.review_queue, name="review"),
    path("unknown-names/", editor.unknown_names, name="unknown-names"),
    path("unknown-names/resolve/", editor.unknown_name_resolve, name="unknown-name-resolve"),
    path("actors/search/", editor.actor_search, name="actor-search"),
    path("upload/", batches.upload, name="upload"),
    path("batches/<int:pk>/", batches.batch_detail, name="batch"),
    path("batches/<int:pk>/retry/", batches.batch_retry, name="batch-retry"),
]
