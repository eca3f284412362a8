import datetime as dt

import pytest

from events.ingest.services import article_create, article_process
from events.models import Actor, Alias, Event, EventStatus, UnknownName
from events.services import (
    EditRefused, StaleEdit, event_correct, event_merge, event_revert, mention_split, participant_add,
    unknown_name_map, unknown_name_new_actor,
)

pytestmark = pytest.mark.django_db

FIRST = "استقبل الرئيس الروسي فلاديمير بوتين اليوم الخميس في موسكو نظيره الصيني شي جين بينغ."
SECOND = "التقى الرئيس الصيني شي جين بينغ أمس في موسكو نظيره الروسي فلاديمير بوتين."


def processed(text, day):
    article = article_create(text=text, published=day)
    article_process(article.pk)
    return article


def test_merge_moves_mentions_and_marks_the_other_event(editor):
    processed(FIRST, dt.date(2023, 3, 23))
    processed(SECOND, dt.date(2023, 3, 25))
    survivor, other = Event.objects.order_by("date")
    event_merge(survivor=survivor, other=other, editor=editor)
    other.refresh_from_db()
    assert other.status == EventStatus.MERGED and other.merged_into == survivor
    assert survivor.mentions.count() == 2 and other.mentions.count() == 0
    with pytest.raises(EditRefused):
        event_merge(survivor=survivor, other=survivor, editor=editor)


def test_split_makes_a_mention_its_own_event(editor):
    processed(FIRST, dt.date(2023, 3, 23))
    processed(FIRST.replace("اليوم الخميس", "الخميس"), dt.date(2023, 3, 23))
    event = Event.objects.get()
    mention = event.mentions.last()
    new = mention_split(mention=mention, editor=editor)
    assert new.pair == event.pair == "CHN-RUS" and new.mentions.get() == mention
    with pytest.raises(EditRefused):
        mention_split(mention=new.mentions.get(), editor=editor)


def test_revert_restores_an_earlier_version(editor):
    event = Event.objects.create(type="meeting", date=dt.date(2024, 1, 1))
    event = event_correct(event=event, editor=editor, changes={"type": "summit"}, version=event.version)
    event = event_correct(event=event, editor=editor, changes={"date": dt.date(2024, 1, 2)}, version=event.version)
    first_version = event.history.order_by("history_id").first()
    event = event_revert(event=event, editor=editor, history_id=first_version.history_id, version=event.version)
    assert (event.type, event.date) == ("meeting", dt.date(2024, 1, 1))
    assert event.history.first().history_user == editor


def test_stale_participant_edit_is_refused(editor):
    event = Event.objects.create(type="meeting")
    with pytest.raises(StaleEdit):
        participant_add(event=event, editor=editor, actor=Actor.objects.get(code="USA"), role="initiator", version=event.version + 1)
    participant_add(event=event, editor=editor, actor=Actor.objects.get(code="USA"), role="initiator", version=event.version)
    event = Event.objects.get(pk=event.pk)
    participant_add(event=event, editor=editor, actor=Actor.objects.get(code="CHN"), role="recipient", version=event.version)
    assert Event.objects.get(pk=event.pk).pair == "CHN-USA"


def test_mapping_an_unknown_name_adds_an_alias_the_extractor_then_uses(editor):
    article = processed("التقى وزير الخارجية الروسي سيرغي لافروف اليوم في موسكو المبعوث الصيني الخاص لي هوي.", dt.date(2024, 5, 14))
    unknown = UnknownName.objects.get()
    articles = unknown_name_map(normalized=unknown.normalized, actor=Actor.objects.get(code="CHN"), editor=editor)
    assert articles == [article.pk]
    alias = Alias.objects.get(normalized=unknown.normalized)
    assert alias.history.first().history_user == editor
    assert not UnknownName.objects.unresolved_groups().exists()


def test_an_unknown_name_can_become_a_new_person(editor):
    processed("التقى وزير الخارجية الروسي سيرغي لافروف اليوم في موسكو المبعوث الصيني الخاص لي هوي.", dt.date(2024, 5, 14))
    unknown = UnknownName.objects.get()
    actor, _ = unknown_name_new_actor(normalized=unknown.normalized, name_en="Li Hui", kind="person",
                                      state=Actor.objects.get(code="CHN"), editor=editor)
    assert (actor.code, actor.kind, actor.state.code, actor.name_ar) == ("li-hui", "person", "CHN", "لي هوي")
