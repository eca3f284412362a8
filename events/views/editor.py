"""Editors' pages and inline corrections (HTMX): correct, verify, merge, split, revert, review, unknown names."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from events.forms import EventCorrectionForm
from events.ingest.services import articles_requeue
from events.models import Actor, ActorKind, Event, EventStatus, Mention, UnknownName
from events.services import (
    EditRefused, StaleEdit, event_correct, event_merge, event_revert, event_set_status, mention_split,
    participant_add, participant_remove, unknown_name_map, unknown_name_new_actor,
)
from events.views.access import permission_required

REVIEW_PAGE_SIZE = 50


def _version(request: HttpRequest) -> int | None:
    try:
        return int(request.POST.get("version", ""))
    except ValueError:
        return None


@require_http_methods(["GET", "POST"])
@permission_required("events.change_event")
def event_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """GET: the correction form alone (opened inline in the pair table); POST: save it."""
    event = get_object_or_404(Event, pk=pk)
    if request.method == "GET":
        context = {"event": event, "form": EventCorrectionForm(instance=event)}
        return render(request, "events/event.html#correction", context)
    form = EventCorrectionForm(request.POST, instance=Event.objects.get(pk=pk))
    conflict, saved = None, False
    if form.is_valid():
        try:
            event = event_correct(
                event=event, editor=request.user, changes=form.changes(), version=form.cleaned_data["version"],
                comment=form.cleaned_data.get("comment", ""),
            )
            form, saved = EventCorrectionForm(instance=event), True
        except StaleEdit as stale:
            conflict = stale
    status = 409 if conflict else (200 if saved else 422)
    context = {"event": event, "form": form, "conflict": conflict, "saved": saved}
    return render(request, "events/event.html#correction", context, status=status)


@require_POST
@permission_required("events.change_event")
def event_status(request: HttpRequest, pk: int) -> HttpResponse:
    """Verify or reject (review queue and event page); answers with the event's review row."""
    event = get_object_or_404(Event.objects.with_display_fields(), pk=pk)
    error = None
    try:
        event_set_status(event=event, editor=request.user, status=request.POST.get("status", ""),
                         version=_version(request), comment=request.POST.get("comment", ""))
    except StaleEdit:
        error = "Someone else changed this event first; reload the queue."
    except EditRefused as refused:
        error = str(refused)
    event = Event.objects.with_display_fields().get(pk=pk)
    template = "events/pair.html#status_cell" if request.POST.get("view") == "pair" else "events/review.html#row"
    return render(request, template, {"event": event, "error": error}, status=409 if error else 200)


@require_POST
@permission_required("events.change_event")
def event_participants(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_object_or_404(Event, pk=pk)
    actor = Actor.objects.filter(code=request.POST.get("actor", "").strip()).first()
    if actor is None:
        return _event_page_error(request, event, "Choose an actor from the list.")
    try:
        if request.POST.get("remove"):
            participant_remove(event=event, editor=request.user, actor=actor, version=_version(request))
        else:
            participant_add(event=event, editor=request.user, actor=actor, version=_version(request),
                            role=request.POST.get("role") or "recipient")
    except StaleEdit:
        return _event_page_error(request, event, "Someone else changed this event first; reload the page.")
    return redirect("event", pk=pk)


@require_POST
@permission_required("events.change_event")
def event_merge_view(request: HttpRequest, pk: int) -> HttpResponse:
    other = get_object_or_404(Event, pk=pk)
    survivor = Event.objects.filter(pk=request.POST.get("into") or 0).first()
    if survivor is None:
        return _event_page_error(request, other, "There is no event with that number.")
    try:
        event_merge(survivor=survivor, other=other, editor=request.user, comment=request.POST.get("comment", ""))
    except EditRefused as refused:
        return _event_page_error(request, other, str(refused))
    return redirect("event", pk=survivor.pk)


@require_POST
@permission_required("events.change_event")
def mention_split_view(request: HttpRequest, pk: int) -> HttpResponse:
    mention = get_object_or_404(Mention, pk=pk)
    try:
        new = mention_split(mention=mention, editor=request.user)
    except EditRefused as refused:
        return _event_page_error(request, mention.event, str(refused))
    return redirect("event", pk=new.pk)


@require_POST
@permission_required("events.change_event")
def event_revert_view(request: HttpRequest, pk: int, history_id: int) -> HttpResponse:
    event = get_object_or_404(Event, pk=pk)
    try:
        event_revert(event=event, editor=request.user, history_id=history_id, version=_version(request))
    except StaleEdit:
        return _event_page_error(request, event, "Someone else changed this event first; reload the page.")
    except EditRefused as refused:
        return _event_page_error(request, event, str(refused))
    return redirect("event", pk=pk)


def _event_page_error(request: HttpRequest, event: Event, message: str) -> HttpResponse:
    from events.views.dashboard import event_page_context

    context = event_page_context(request, event.pk)
    context["page_error"] = message
    return render(request, "events/event.html", context, status=400)


@permission_required("events.change_event")
def review_queue(request: HttpRequest) -> HttpResponse:
    events = Event.objects.filter(status=EventStatus.EXTRACTED).with_display_fields().order_by("confidence", "pk")
    pair = request.GET.get("pair", "").strip().upper()
    if pair:
        events = events.filter(pair="-".join(sorted(pair.split("-"))))
    batch = request.GET.get("batch", "").strip()
    if batch.isdigit():
        events = events.filter(mentions__article__batch_id=int(batch)).distinct()
    page = Paginator(events, REVIEW_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "events/review.html", {"page": page, "pair": pair, "batch": batch})


@permission_required("events.view_unknownname")
def unknown_names(request: HttpRequest) -> HttpResponse:
    groups = list(UnknownName.objects.unresolved_groups()[:200])
    contexts: dict[str, list[str]] = {}
    for name in UnknownName.objects.filter(normalized__in=[g["normalized"] for g in groups]).only("normalized", "context"):
        if len(contexts.setdefault(name.normalized, [])) < 3:
            contexts[name.normalized].append(name.context)
    for group in groups:
        group["contexts"] = contexts.get(group["normalized"], [])
    return render(request, "events/unknown_names.html", {"groups": groups, "message": request.GET.get("done")})


@require_POST
@permission_required("events.add_alias")
def unknown_name_resolve(request: HttpRequest) -> HttpResponse:
    normalized = request.POST.get("normalized", "")
    try:
        if request.POST.get("action") == "new":
            state = Actor.objects.filter(code=request.POST.get("state", "").upper(), kind=ActorKind.STATE).first()
            actor, articles = unknown_name_new_actor(
                normalized=normalized, name_en=request.POST.get("name_en", "").strip(),
                kind=request.POST.get("kind", ActorKind.PERSON), state=state, editor=request.user,
            )
        else:
            actor = Actor.objects.filter(code=request.POST.get("actor", "").strip()).first()
            if actor is None:
                raise EditRefused("Choose an existing actor from the list.")
            articles = unknown_name_map(normalized=normalized, actor=actor, editor=request.user)
    except EditRefused as refused:
        groups = list(UnknownName.objects.unresolved_groups()[:200])
        return render(request, "events/unknown_names.html", {"groups": groups, "error": str(refused)}, status=400)
    if request.POST.get("reprocess"):
        articles_requeue(articles)
    return redirect(reverse("unknown-names") + f"?done={len(articles)}")


@permission_required("events.view_actor")
def actor_search(request: HttpRequest) -> HttpResponse:
    """<option>s for the actor autocomplete (a datalist filled through HTMX)."""
    query = (request.GET.get("q") or request.GET.get("actor") or "").strip()
    actors = Actor.objects.matching_alias(query) if query else Actor.objects.none()
    if query and not actors.exists():
        actors = Actor.objects.filter(name_en__icontains=query) | Actor.objects.filter(code__iexact=query)
    return render(request, "events/actor_options.html", {"actors": actors[:20]})
