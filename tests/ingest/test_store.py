"""Storing what the extractor found: one event per real-world event, editors' work kept."""

import datetime as dt

import pytest

from events.ingest.services import article_create, article_process, articles_requeue
from events.models import ArticleState, Event, EventStatus
from events.services import event_correct

FIRST = "استقبل الرئيس الروسي فلاديمير بوتين اليوم الخميس في موسكو نظيره الصيني شي جين بينغ."
SECOND = "وعقد الرئيس الصيني شي جين بينغ أمس الخميس في موسكو محادثات مع نظيره الروسي فلاديمير بوتين."


@pytest.mark.django_db
def test_the_same_event_in_two_articles_is_one_event_with_two_mentions():
    one = article_create(text=FIRST, published=dt.date(2023, 3, 23))
    two = article_create(text=SECOND, published=dt.date(2023, 3, 24))
    article_process(one.pk)
    article_process(two.pk)
    event = Event.objects.get()
    assert (event.date, event.state_codes()) == (dt.date(2023, 3, 23), ["CHN", "RUS"])
    assert sorted(m.article_id for m in event.mentions.all()) == [one.pk, two.pk]


@pytest.mark.django_db
def test_reprocessing_replaces_machine_output_but_keeps_what_an_editor_touched(editor):
    article = article_create(text=FIRST, published=dt.date(2023, 3, 23))
    article_process(article.pk)
    event = Event.objects.get()
    event_correct(event=event, editor=editor, changes={"status": EventStatus.VERIFIED, "location": "الكرملين"}, version=event.version)

    articles_requeue([article.pk])
    article_process(article.pk)
    article.refresh_from_db()
    assert article.state == ArticleState.DONE and article.attempts == 2
    kept = Event.objects.get(pk=event.pk)
    assert (kept.status, kept.location) == (EventStatus.VERIFIED, "الكرملين")
    # The fresh reading is the same event: it joins the verified one without a second mention.
    assert Event.objects.count() == 1 and kept.mentions.count() == 1


@pytest.mark.django_db
def test_reprocessing_an_untouched_article_gives_the_same_store():
    article = article_create(text=FIRST, published=dt.date(2023, 3, 23))
    article_process(article.pk)
    before = list(Event.objects.values_list("type", "date"))
    articles_requeue([article.pk])
    article_process(article.pk)
    assert list(Event.objects.values_list("type", "date")) == before


@pytest.mark.django_db
def test_an_article_that_cannot_be_read_fails_with_its_reason():
    article = article_create(text="Only English here.")
    article_process(article.pk)
    article.refresh_from_db()
    assert (article.state, article.error) == (ArticleState.FAILED, "no Arabic text")


@pytest.mark.django_db
def test_batch_page_links_to_the_events_of_the_batch(client, admin_user_role):
    from events.ingest.services import batch_upload

    batch = batch_upload(user=admin_user_role, name="one.txt", data=FIRST.encode(), published=dt.date(2023, 3, 23))
    for article in batch.articles.all():
        article_process(article.pk)
    client.force_login(admin_user_role)
    page = client.get(f"/batches/{batch.pk}/").content.decode()
    assert f"/events/?batch={batch.pk}" in page and "hx-trigger" not in page  # finished: polling stopped
    listing = client.get(f"/events/?batch={batch.pk}").content.decode()
    assert "CHN-RUS" in listing
