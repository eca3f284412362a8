"""Editors' writes: each touches several models and keeps the history of who changed what."""

from django.db import transaction

from events.models import Event, EventStatus

EDITABLE_FIELDS = ("type", "date", "date_end", "date_precision", "location", "status")


class StaleEdit(Exception):
    """Someone saved the event after this editor opened it; `changed` says what they changed."""

    def __init__(self, current: Event, changed: dict):
        super().__init__("the event was changed by someone else")
        self.current = current
        self.changed = changed


def event_correct(*, event: Event, editor, changes: dict, version: int, comment: str = "") -> Event:
    """Applies an editor's changes if the event is still at `version`; else raises StaleEdit."""
    with transaction.atomic():
        current = Event.objects.select_for_update().get(pk=event.pk)
        if current.version != version:
            latest = current.history.first()
            changed = {}
            if latest and latest.prev_record:
                delta = latest.diff_against(latest.prev_record)
                changed = {c.field: (c.old, c.new) for c in delta.changes}
            raise StaleEdit(current, changed)
        for field in EDITABLE_FIELDS:
            if field in changes:
                setattr(current, field, changes[field])
        current.edited = True
        current.version += 1
        current._history_user = editor
        current._change_reason = comment[:100] if comment else None
        current.save()
        return current


def event_set_status(*, event: Event, editor, status: str, version: int, comment: str = "") -> Event:
    if status not in (EventStatus.VERIFIED, EventStatus.REJECTED, EventStatus.EXTRACTED):
        raise ValueError(f"cannot set status {status!r} by hand")
    return event_correct(event=event, editor=editor, changes={"status": status}, version=version, comment=comment)
