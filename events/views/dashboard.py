"""Researchers' pages: overview of pairs, a pair's timeline, comparison, one event, exports."""

from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import format_html

from events import charts, exports
from events.filters import EventFilter
from events.forms import EventCorrectionForm
from events.models import Actor, ActorKind, Event, EventStatus, Mention
from events.views.access import read_access

TABLE_PAGE_SIZE = 100


def _pair_codes(pair: str) -> tuple[str, str]:
    parts = pair.upper().split("-")
    if len(parts) != 2 or parts[0] == parts[1]:
        raise Http404("A pair is written like USA-CHN.")
    return parts[0], parts[1]


def _states(first: str, second: str) -> dict[str, Actor]:
    states = {a.code: a for a in Actor.objects.filter(code__in=[first, second], kind=ActorKind.STATE)}
    if len(states) != 2:
        raise Http404("Unknown state code.")
    return states


def health(request: HttpRequest) -> HttpResponse:
    """For load balancers and for the page benchmark's baseline: no database, no template."""
    return HttpResponse("ok", content_type="text/plain")


@read_access
def overview(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()
    pairs = Event.objects.pair_summary()
    actors = list(Actor.objects.matching_alias(query).select_related("state")[:20]) if query else []
    if query:
        codes = {a.code if a.kind == ActorKind.STATE else (a.state.code if a.state else "") for a in actors}
        pairs = [p for p in pairs if codes & set(p["pair"])]
    heatmap = charts.pair_year_heatmap(pairs) if pairs else None
    return render(request, "events/overview.html", {"pairs": pairs, "query": query, "actors": actors, "heatmap": heatmap})


def _filtered_pair_events(request: HttpRequest, first: str, second: str) -> EventFilter:
    return EventFilter(request.GET or None, queryset=Event.objects.for_pair(first, second))


@read_access
def pair_timeline(request: HttpRequest, pair: str) -> HttpResponse:
    first, second = _pair_codes(pair)
    if [first, second] != sorted([first, second]):
        query = request.META.get("QUERY_STRING")
        return redirect(f"/pairs/{second}-{first}/" + (f"?{query}" if query else ""))
    states = _states(first, second)
    filterset = _filtered_pair_events(request, first, second)
    events = filterset.qs
    figure, aggregated = charts.pair_timeline(events)
    page = Paginator(events.with_display_fields(), TABLE_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "first": states[first], "second": states[second], "pair": f"{first}-{second}", "filter": filterset,
        "figure": figure, "aggregated": aggregated, "page": page, "query": query.urlencode(),
    }
    template = "events/pair.html#timeline" if request.htmx and not request.htmx.history_restore_request else "events/pair.html"
    return render(request, template, context)


@read_access
def pair_export(request: HttpRequest, pair: str, fmt: str) -> StreamingHttpResponse:
    first, second = _pair_codes(pair)
    _states(first, second)
    events = _filtered_pair_events(request, first, second).qs.with_display_fields().prefetch_related(
        "mentions__article__source"
    )
    if fmt == "csv":
        response = StreamingHttpResponse(exports.csv_lines(events.iterator(chunk_size=500)), content_type="text/csv; charset=utf-8")
    else:
        response = StreamingHttpResponse(exports.plover_lines(events.iterator(chunk_size=500)), content_type="application/x-ndjson; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="newsdash-{first}-{second}.{fmt}"'
    return response


@read_access
def event_list(request: HttpRequest) -> HttpResponse:
    """Events of one batch (or all), newest first: where a batch page sends its reader."""
    events = Event.objects.exclude(status=EventStatus.MERGED).with_display_fields().order_by("-date", "-pk")
    batch = request.GET.get("batch", "")
    if batch.isdigit():
        events = events.filter(pk__in=Mention.objects.filter(article__batch_id=int(batch)).values("event_id"))
    page = Paginator(events, TABLE_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "events/event_list.html", {"page": page, "batch": batch})


@read_access
def compare(request: HttpRequest) -> HttpResponse:
    pairs = []
    for item in request.GET.get("pairs", "").split(","):
        if item.strip():
            first, second = sorted(_pair_codes(item.strip()))
            _states(first, second)
            pairs.append((first, second))
    querysets = [Event.objects.for_pair(first, second) for first, second in pairs]
    figure = charts.compare(pairs, querysets) if pairs else None
    return render(request, "events/compare.html", {"pairs": pairs, "figure": figure, "value": request.GET.get("pairs", "")})


def _highlighted(text: str, start: int, end: int):
    if not text or not 0 <= start < end <= len(text):
        return text
    return format_html("{}<mark>{}</mark>{}", text[:start], text[start:end], text[end:])


def _history_rows(event: Event) -> list[dict]:
    """Each saved version with who, when, why, and what changed from the version before."""
    records = list(event.history.select_related("history_user")[:50])
    rows = []
    for record, previous in zip(records, records[1:] + [None]):
        changes = record.diff_against(previous).changes if previous else []
        rows.append({"record": record, "changes": [c for c in changes if c.field not in ("version", "edited")]})
    return rows


def event_page_context(request: HttpRequest, pk: int) -> dict:
    event = get_object_or_404(Event.objects.prefetch_related("participants__actor", "mentions__article__source"), pk=pk)
    mentions = [(m, _highlighted(m.article.cleaned_text, m.start, m.end)) for m in event.mentions.all()]
    can_edit = request.user.has_perm("events.change_event")
    return {
        "event": event, "mentions": mentions, "can_edit": can_edit,
        "history": _history_rows(event),
        "form": EventCorrectionForm(instance=event) if can_edit else None,
    }


@read_access
def event_detail(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_object_or_404(Event, pk=pk)
    if event.status == EventStatus.MERGED and event.merged_into_id:
        return redirect("event", pk=event.merged_into_id)
    return render(request, "events/event.html", event_page_context(request, pk))
