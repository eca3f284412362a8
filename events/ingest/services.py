"""Articles in, events stored: one transaction per article, none held while Stanza runs."""

import datetime as dt
import logging

from django.db import transaction
from django.utils import timezone

from events.lexicon import current_lexicon
from events.models import (
    Actor, Article, ArticleState, Batch, Event, EventStatus, Mention, Participant, Source, UnknownName, content_hash,
)
from events.nlp import extract
from events.nlp.triggers import TYPE_GROUP

log = logging.getLogger(__name__)


class DuplicateArticle(Exception):
    def __init__(self, existing: Article):
        super().__init__(f"duplicate of article {existing.pk}")
        self.existing = existing


def source_named(name: str | None) -> Source | None:
    name = (name or "").strip()
    if not name:
        return None
    return Source.objects.get_or_create(name=name[:200])[0]


def article_create(
    *, text: str, batch: Batch | None = None, source: Source | None = None, title: str = "", url: str = "",
    published: dt.date | None = None, external_id: str = "",
) -> Article:
    """Stores a new article, or raises DuplicateArticle when the same text is already stored."""
    digest = content_hash(text)
    existing = Article.objects.filter(content_hash=digest).first()
    if existing:
        raise DuplicateArticle(existing)
    return Article.objects.create(
        batch=batch, source=source, title=title[:500], url=url[:1000], published=published,
        original_text=text, content_hash=digest, external_id=external_id[:200],
    )


def _compatible(event: Event, found: extract.Event) -> bool:
    if event.date is None or found.date is None:
        return event.date is None and found.date is None
    if "month" in (event.date_precision, found.date_precision):
        return (event.date.year, event.date.month) == (found.date.year, found.date.month)
    if "year" in (event.date_precision, found.date_precision):
        return event.date.year == found.date.year
    return event.date == found.date


def _matching_event(found: extract.Event) -> Event | None:
    """The stored event this finding reports again: same type group, same pair, compatible date."""
    group_types = [t for t, g in TYPE_GROUP.items() if g == TYPE_GROUP[found.type]]
    first, second = found.actors
    candidates = Event.objects.visible().filter(type__in=group_types).between_states(first, second)
    if found.date:
        candidates = candidates.filter(date__year=found.date.year)
    else:
        candidates = candidates.filter(date__isnull=True)
    for event in candidates:
        if _compatible(event, found):
            return event
    return None


def _store_event(article: Article, found: extract.Event, actors: dict[str, Actor]) -> Event:
    event = _matching_event(found)
    if event is None:
        event = Event.objects.create(
            type=found.type, date=found.date, date_end=found.date_end, date_precision=found.date_precision,
            location=found.location or "", confidence=found.confidence, extractor_version=extract.EXTRACTOR_VERSION,
        )
        roles: dict[str, str] = {}
        for participant in found.participants:
            roles.setdefault(participant.code, participant.role)
            if participant.state:
                roles.setdefault(participant.state, participant.role)
        for code, role in roles.items():
            if code in actors:
                Participant.objects.get_or_create(event=event, actor=actors[code], defaults={"role": role})
        event.refresh_pair()
    elif not event.location and found.location:
        event.location = found.location
        event.save(update_fields=["location", "updated_at"])
    # An event an editor kept still holds this article's earlier mention: do not count it twice.
    Mention.objects.get_or_create(
        event=event, article=article, start=found.start, end=found.end, defaults={"evidence": found.evidence}
    )
    return event


def _forget_machine_output(article: Article) -> None:
    """Drops what an earlier run read from this article, except events an editor has touched."""
    protected = Event.objects.touched_by_editors()
    Mention.objects.filter(article=article).exclude(event__in=protected).delete()
    Event.objects.filter(mentions__isnull=True, status=EventStatus.EXTRACTED, edited=False).delete()
    article.unknown_names.all().delete()


def article_process(article_id: int) -> Article:
    """Runs the extractor on one article and stores its events; failures are recorded, not raised."""
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article_id)
        if article.state == ArticleState.DONE:
            # A task delivered twice (a resumed queue) finds the work already done.
            return article
        article.state = ArticleState.RUNNING
        article.attempts += 1
        article.started_at = timezone.now()
        article.save(update_fields=["state", "attempts", "started_at"])
    published = article.published or (article.batch.default_published if article.batch else None)
    try:
        result = extract.extract_article(article.original_text, published, current_lexicon())
    except extract.ExtractionError as error:
        Article.objects.filter(pk=article_id).update(state=ArticleState.FAILED, error=str(error), processed_at=timezone.now())
        return Article.objects.get(pk=article_id)
    except Exception as error:  # the batch goes on; the reason is kept on the article
        log.exception("extraction failed for article %s", article_id)
        Article.objects.filter(pk=article_id).update(
            state=ArticleState.FAILED, error=f"internal error: {error.__class__.__name__}: {error}", processed_at=timezone.now()
        )
        return Article.objects.get(pk=article_id)
    codes = {code for e in result.events for p in e.participants for code in (p.code, p.state) if code}
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article_id)
        actors = Actor.objects.in_bulk(codes, field_name="code")
        _forget_machine_output(article)
        for found in result.events:
            _store_event(article, found, actors)
        for unknown in result.unknown_names:
            UnknownName.objects.create(text=unknown.text[:200], label=unknown.label, article=article, context=unknown.context)
        article.cleaned_text = result.cleaned_text
        article.published = article.published or result.published
        article.state = ArticleState.DONE
        article.error = ""
        article.extractor_version = extract.EXTRACTOR_VERSION
        article.processed_at = timezone.now()
        article.save()
    return article


def batch_upload(
    *, user, name: str, data: bytes, source_name: str = "", published: dt.date | None = None
) -> Batch:
    """Stores every readable article of an upload in one transaction and queues them for extraction.

    Raises formats.UploadError, with nothing stored, when the upload as a whole is refused.
    """
    from events.ingest import formats, tasks

    articles, problems = formats.read_upload(name, data)
    with transaction.atomic():
        default_source = source_named(source_name)
        batch = Batch.objects.create(
            created_by=user, name=name[:300], default_source=default_source, default_published=published,
            problems=[{"name": p.name, "message": p.message} for p in problems],
        )
        queued = []
        for item in articles:
            try:
                article = article_create(
                    text=item.text, batch=batch, source=source_named(item.source) or default_source,
                    title=item.title, url=item.url, published=item.published or published, external_id=item.external_id,
                )
            except DuplicateArticle:
                batch.duplicate_count += 1
                continue
            queued.append(article.pk)
        batch.save(update_fields=["duplicate_count"])
        transaction.on_commit(lambda: [tasks.process_article.enqueue(pk) for pk in queued])
    return batch


def ingestion_resume(*, lease_seconds: int) -> int:
    """Re-queues articles whose worker died mid-run (kill -9, lost machine); returns how many."""
    from events.ingest import tasks

    cutoff = timezone.now() - dt.timedelta(seconds=lease_seconds)
    stalled = list(
        Article.objects.filter(state=ArticleState.RUNNING, started_at__lte=cutoff).values_list("pk", flat=True)
    )
    with transaction.atomic():
        Article.objects.filter(pk__in=stalled).update(state=ArticleState.QUEUED)
        transaction.on_commit(lambda: [tasks.process_article.enqueue(pk) for pk in stalled])
    return len(stalled)


def articles_requeue(article_ids: list[int]) -> int:
    """Queues articles for extraction again (a new extractor, a new alias); editors' work is kept."""
    from events.ingest import tasks

    ids = list(article_ids)
    with transaction.atomic():
        Article.objects.filter(pk__in=ids).update(state=ArticleState.QUEUED, error="")
        transaction.on_commit(lambda: [tasks.process_article.enqueue(pk) for pk in ids])
    return len(ids)


def batch_retry_failed(batch: Batch) -> int:
    return articles_requeue(batch.articles.filter(state=ArticleState.FAILED).values_list("pk", flat=True))
