"""Researchers' pages: overview of pairs, a pair's timeline, one event."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from events import charts
from events.forms import EventCorrectionForm
from events.models import Actor, Event, EventStatus
from events.views.access import read_access


def _pair_codes(pair: str) -> tuple[str, str]:
    parts = pair.upper().split("-")
    if len(parts) != 2 or parts[0] == parts[1]:
        raise Http404("A pair is written like USA-CHN.")
    return parts[0], parts[1]


@read_access
def overview(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()
    pairs = Event.objects.pair_summary()
    actors = Actor.objects.matching_alias(query)[:20] if query else []
    if query:
        codes = {a.code if a.kind == "state" else (a.state.code if a.state else "") for a in actors}
        pairs = [p for p in pairs if codes & set(p["pair"])]
    return render(request, "events/overview.html", {"pairs": pairs, "query": query, "actors": actors})


@read_access
def pair_timeline(request: HttpRequest, pair: str) -> HttpResponse:
    first, second = _pair_codes(pair)
    if [first, second] != sorted([first, second]):
        return redirect("pair", pair=f"{second}-{first}")
    states = {a.code: a for a in Actor.objects.filter(code__in=[first, second])}
    if len(states) != 2:
        raise Http404("Unknown state code.")
    events = list(Event.objects.for_pair(first, second))
    if request.GET.get("verified"):
        events = [e for e in events if e.status == EventStatus.VERIFIED]
    context = {
        "first": states[first], "second": states[second], "events": events,
        "figure": charts.pair_timeline(events), "pair": f"{first}-{second}",
    }
    template = "events/pair.html#timeline" if request.htmx else "events/pair.html"
    return render(request, template, context)


@read_access
def event_detail(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_object_or_404(Event.objects.prefetch_related("participants__actor", "mentions__article__source"), pk=pk)
    if event.status == EventStatus.MERGED and event.merged_into_id:
        return redirect("event", pk=event.merged_into_id)
    can_edit = request.user.has_perm("events.change_event")
    return render(
        request, "events/event.html",
        {
            "event": event,
            "history": event.history.select_related("history_user")[:50],
            "form": EventCorrectionForm(instance=event) if can_edit else None,
        },
    )
