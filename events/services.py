"""Editors' writes: each touches several models and keeps the history of who changed what."""

from django.db import transaction

from events.models import (
    Actor, ActorKind, Alias, Event, EventStatus, Mention, Participant, UnknownName,
)

EDITABLE_FIELDS = ("type", "date", "date_end", "date_precision", "location", "status")


class StaleEdit(Exception):
    """Someone saved the event after this editor opened it; `changed` says what they changed."""

    def __init__(self, current: Event, changed: dict):
        super().__init__("the event was changed by someone else")
        self.current = current
        self.changed = changed


class EditRefused(ValueError):
    """An edit that makes no sense (merging an event into itself, splitting its only mention)."""


def _locked_at_version(event: Event, version: int | None) -> Event:
    current = Event.objects.select_for_update().get(pk=event.pk)
    if version is not None and current.version != version:
        latest = current.history.first()
        changed = {}
        if latest and latest.prev_record:
            changed = {c.field: (c.old, c.new) for c in latest.diff_against(latest.prev_record).changes}
        raise StaleEdit(current, changed)
    return current


def _save_edit(event: Event, editor, comment: str) -> Event:
    event.edited = True
    event.version += 1
    event._history_user = editor
    event._change_reason = comment[:100] if comment else None
    event.save()
    return event


def event_correct(*, event: Event, editor, changes: dict, version: int, comment: str = "") -> Event:
    """Applies an editor's changes if the event is still at `version`; else raises StaleEdit."""
    with transaction.atomic():
        current = _locked_at_version(event, version)
        for field in EDITABLE_FIELDS:
            if field in changes:
                setattr(current, field, changes[field])
        return _save_edit(current, editor, comment)


def event_set_status(*, event: Event, editor, status: str, version: int, comment: str = "") -> Event:
    if status not in (EventStatus.VERIFIED, EventStatus.REJECTED, EventStatus.EXTRACTED):
        raise EditRefused(f"cannot set status {status!r} by hand")
    return event_correct(event=event, editor=editor, changes={"status": status}, version=version, comment=comment)


def participant_add(*, event: Event, editor, actor: Actor, role: str, version: int) -> Event:
    with transaction.atomic():
        current = _locked_at_version(event, version)
        participant, _ = Participant.objects.get_or_create(event=current, actor=actor, defaults={"role": role})
        if participant.role != role:
            participant.role = role
            participant._history_user = editor
            participant.save()
        current.refresh_pair()
        return _save_edit(current, editor, f"participant {actor.code} added")


def participant_remove(*, event: Event, editor, actor: Actor, version: int) -> Event:
    with transaction.atomic():
        current = _locked_at_version(event, version)
        for participant in current.participants.filter(actor=actor):
            participant._history_user = editor
            participant.delete()
        current.refresh_pair()
        return _save_edit(current, editor, f"participant {actor.code} removed")


def event_merge(*, survivor: Event, other: Event, editor, comment: str = "") -> Event:
    """Moves `other`'s mentions and participants to `survivor`; `other` becomes merged and points to it."""
    if survivor.pk == other.pk:
        raise EditRefused("an event cannot be merged into itself")
    with transaction.atomic():
        first, second = sorted([survivor.pk, other.pk])
        locked = {e.pk: e for e in Event.objects.select_for_update().filter(pk__in=[first, second])}
        survivor, other = locked[survivor.pk], locked[other.pk]
        if EventStatus.MERGED in (survivor.status, other.status):
            raise EditRefused("one of these events was already merged")
        kept = {(m.article_id, m.start, m.end) for m in survivor.mentions.all()}
        for mention in other.mentions.all():
            if (mention.article_id, mention.start, mention.end) in kept:
                mention.delete()
            else:
                mention.event = survivor
                mention._history_user = editor
                mention.save()
        present = set(survivor.participants.values_list("actor_id", flat=True))
        for participant in other.participants.exclude(actor_id__in=present):
            Participant.objects.create(event=survivor, actor_id=participant.actor_id, role=participant.role)
        survivor.refresh_pair()
        other.status = EventStatus.MERGED
        other.merged_into = survivor
        _save_edit(other, editor, comment or f"merged into {survivor.pk}")
        return _save_edit(survivor, editor, comment or f"{other.pk} merged in")


def mention_split(*, mention: Mention, editor) -> Event:
    """Makes one mention its own event, with the same reading as the event it leaves."""
    with transaction.atomic():
        source = Event.objects.select_for_update().get(pk=mention.event_id)
        if source.mentions.count() < 2:
            raise EditRefused("the only mention of an event cannot be split off")
        new = Event.objects.create(
            type=source.type, date=source.date, date_end=source.date_end, date_precision=source.date_precision,
            location=source.location, confidence=source.confidence, extractor_version=source.extractor_version,
            edited=True,
        )
        for participant in source.participants.all():
            Participant.objects.create(event=new, actor_id=participant.actor_id, role=participant.role)
        new.refresh_pair()
        mention.event = new
        mention._history_user = editor
        mention.save()
        _save_edit(source, editor, f"mention split off into {new.pk}")
        return new


def event_revert(*, event: Event, editor, history_id: int, version: int) -> Event:
    """Restores the editable fields an event had in an earlier version of its history."""
    record = event.history.filter(history_id=history_id).first()
    if record is None:
        raise EditRefused("no such version of this event")
    changes = {field: getattr(record, field) for field in EDITABLE_FIELDS}
    if changes["status"] == EventStatus.MERGED:
        raise EditRefused("a merge is undone by splitting mentions, not by reverting")
    return event_correct(event=event, editor=editor, changes=changes, version=version,
                         comment=f"reverted to the version of {record.history_date:%Y-%m-%d %H:%M}")


def _new_alias(actor: Actor, text: str, editor) -> Alias:
    alias = Alias(actor=actor, text=text, kind="name")
    alias._history_user = editor
    alias.save()
    return alias


def unknown_name_map(*, normalized: str, actor: Actor, editor) -> list[int]:
    """Adds the name as an alias of `actor`; returns the articles where it was found, to re-process."""
    names = UnknownName.objects.filter(normalized=normalized)
    first = names.first()
    if first is None:
        raise EditRefused("no such unknown name")
    with transaction.atomic():
        if not actor.aliases.filter(normalized=normalized).exists():
            _new_alias(actor, first.text, editor)
        return sorted(set(names.values_list("article_id", flat=True)))


def unknown_name_new_actor(*, normalized: str, name_en: str, kind: str, state: Actor | None, editor) -> tuple[Actor, list[int]]:
    """Creates a person or organization from an unknown name; returns it and the articles to re-process."""
    first = UnknownName.objects.filter(normalized=normalized).first()
    if first is None:
        raise EditRefused("no such unknown name")
    if kind not in (ActorKind.PERSON, ActorKind.ORGANIZATION):
        raise EditRefused("a new actor is a person or an organization")
    with transaction.atomic():
        code = _free_code(name_en or normalized)
        actor = Actor(kind=kind, code=code, name_en=name_en or first.text, name_ar=first.text, state=state)
        actor._history_user = editor
        actor.save()
        articles = unknown_name_map(normalized=normalized, actor=actor, editor=editor)
    return actor, articles


def _free_code(name: str) -> str:
    from django.utils.text import slugify

    base = slugify(name, allow_unicode=True)[:50] or "actor"
    code, n = base, 2
    while Actor.objects.filter(code=code).exists():
        code, n = f"{base}-{n}", n + 1
    return code
