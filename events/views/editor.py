"""Editors' corrections, inline through HTMX."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_POST

from events.forms import EventCorrectionForm
from events.models import Event
from events.services import StaleEdit, event_correct
from events.views.access import permission_required


@require_POST
@permission_required("events.change_event")
def event_edit(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_object_or_404(Event, pk=pk)
    form = EventCorrectionForm(request.POST, instance=Event.objects.get(pk=pk))
    conflict = None
    if form.is_valid():
        try:
            event = event_correct(
                event=event, editor=request.user, changes=form.changes(), version=form.cleaned_data["version"],
                comment=form.cleaned_data.get("comment", ""),
            )
            form = EventCorrectionForm(instance=event)
        except StaleEdit as stale:
            conflict = stale
    status = 409 if conflict else (200 if form.is_valid() or not form.is_bound else 422)
    return render(
        request, "events/event.html#correction", {"event": event, "form": form, "conflict": conflict}, status=status
    )
