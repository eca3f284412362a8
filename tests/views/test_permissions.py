import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from events.models import Batch, Event


@pytest.fixture
def event(db):
    return Event.objects.create(type="meeting", date=dt.date(2024, 7, 27))


def login(client: Client, user) -> Client:
    client.force_login(user)
    return client


def edit_payload(event):
    return {"type": "summit", "date": "2024-07-28", "date_precision": "day", "status": "verified", "version": event.version}


def test_anonymous_visitors_are_sent_to_login(client, db):
    response = client.get(reverse("home"))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


def test_researcher_reads_but_cannot_change_an_event(client, researcher, event):
    login(client, researcher)
    assert client.get(reverse("event", args=[event.pk])).status_code == 200
    response = client.post(reverse("event-edit", args=[event.pk]), edit_payload(event))
    assert response.status_code == 403
    response = client.post(reverse("event-edit", args=[event.pk]), edit_payload(event), HTTP_HX_REQUEST="true")
    assert response.status_code == 403
    event.refresh_from_db()
    assert event.type == "meeting" and event.status == "extracted"


def test_editor_changes_an_event_and_history_keeps_who(client, editor, event):
    login(client, editor)
    response = client.post(reverse("event-edit", args=[event.pk]), edit_payload(event), HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    event.refresh_from_db()
    assert (event.type, event.status, event.date) == ("summit", "verified", dt.date(2024, 7, 28))
    assert event.history.first().history_user == editor


def test_second_editor_with_a_stale_version_is_refused(client, editor, event):
    login(client, editor)
    stale = edit_payload(event)
    client.post(reverse("event-edit", args=[event.pk]), edit_payload(event))
    stale["location"] = "بكين"
    response = client.post(reverse("event-edit", args=[event.pk]), stale)
    assert response.status_code == 409
    event.refresh_from_db()
    assert event.location == ""


def test_editor_cannot_upload(client, editor):
    login(client, editor)
    upload = SimpleUploadedFile("a.txt", "التقى بوتين شي في بكين اليوم.".encode())
    assert client.get(reverse("upload")).status_code == 403
    assert client.post(reverse("upload"), {"file": upload}).status_code == 403
    assert Batch.objects.count() == 0


def test_forged_post_without_csrf_token_is_refused(editor, event):
    client = Client(enforce_csrf_checks=True)
    login(client, editor)
    response = client.post(reverse("event-edit", args=[event.pk]), edit_payload(event))
    assert response.status_code == 403
    event.refresh_from_db()
    assert event.type == "meeting"


def test_anonymous_post_is_refused(client, event):
    assert client.post(reverse("event-edit", args=[event.pk]), edit_payload(event)).status_code == 403


def test_editor_verifies_from_the_pair_table(client, editor, event):
    login(client, editor)
    response = client.post(reverse("event-status", args=[event.pk]),
                           {"status": "verified", "version": event.version, "view": "pair"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and f'id="status-{event.pk}"' in response.content.decode()
    event.refresh_from_db()
    assert event.status == "verified"


def test_researcher_cannot_verify(client, researcher, event):
    login(client, researcher)
    response = client.post(reverse("event-status", args=[event.pk]), {"status": "verified", "version": event.version})
    assert response.status_code == 403
