"""The record: actors and their Arabic aliases, the articles read, and the events found in them."""

import datetime as dt
import hashlib

from django.conf import settings
from django.db import models
from django.db.models import Count, Max, Min, OuterRef, Q, Subquery
from django.db.models.functions import ExtractYear
from simple_history.models import HistoricalRecords

from events.nlp.normalize import normalize_phrase


class ActorKind(models.TextChoices):
    STATE = "state", "State"
    PERSON = "person", "Person"
    ORGANIZATION = "organization", "Organization"


class ActorQuerySet(models.QuerySet):
    def states(self):
        return self.filter(kind=ActorKind.STATE)

    def matching_alias(self, text: str):
        return self.filter(aliases__normalized=normalize_phrase(text)).distinct()


class Actor(models.Model):
    kind = models.CharField(max_length=16, choices=ActorKind.choices)
    # ISO 3166-1 alpha-3 for states; a stable slug for people and organizations.
    code = models.CharField(max_length=64, unique=True)
    name_en = models.CharField(max_length=200)
    name_ar = models.CharField(max_length=200)
    # The state a person acts for when no dated office says otherwise.
    state = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="nationals",
        limit_choices_to={"kind": ActorKind.STATE},
    )
    history = HistoricalRecords()

    objects = ActorQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "name_en"]

    def __str__(self) -> str:
        return f"{self.name_en} ({self.code})"

    def state_on(self, day: dt.date | None) -> "Actor | None":
        """The state this actor acts for on a day: itself for a state, else its office then nationality."""
        if self.kind == ActorKind.STATE:
            return self
        if day is not None:
            office = self.offices.covering(day).select_related("state").first()
            if office:
                return office.state
        return self.state


class AliasKind(models.TextChoices):
    NAME = "name", "Name"
    DEMONYM = "demonym", "Adjective (demonym)"
    SEAT = "seat", "Capital or seat of government"


class Alias(models.Model):
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="aliases")
    text = models.CharField(max_length=200)
    normalized = models.CharField(max_length=200, db_index=True, editable=False)
    kind = models.CharField(max_length=16, choices=AliasKind.choices, default=AliasKind.NAME)
    history = HistoricalRecords()

    class Meta:
        verbose_name_plural = "aliases"
        constraints = [models.UniqueConstraint(fields=["actor", "normalized"], name="alias_unique_per_actor")]

    def __str__(self) -> str:
        return self.text

    def save(self, *args, **kwargs):
        self.normalized = normalize_phrase(self.text)
        super().save(*args, **kwargs)


class OfficeRole(models.TextChoices):
    HEAD_OF_STATE = "head_of_state", "Head of state"
    HEAD_OF_GOVERNMENT = "head_of_government", "Head of government"
    FOREIGN_MINISTER = "foreign_minister", "Foreign minister"
    CROWN_PRINCE = "crown_prince", "Crown prince"
    OTHER = "other", "Other office"


class OfficeQuerySet(models.QuerySet):
    def covering(self, day: dt.date):
        return self.filter(Q(start__isnull=True) | Q(start__lte=day), Q(end__isnull=True) | Q(end__gt=day))

    def holder(self, *, state: "Actor", role: str, on: dt.date) -> "Actor | None":
        office = self.filter(state=state, role=role).covering(on).select_related("person").order_by("-start").first()
        return office.person if office else None


class Office(models.Model):
    person = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="offices")
    state = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="office_holders")
    role = models.CharField(max_length=32, choices=OfficeRole.choices)
    title = models.CharField(max_length=200, blank=True)
    start = models.DateField(null=True, blank=True)
    # Exclusive: the day the successor took over.
    end = models.DateField(null=True, blank=True)
    history = HistoricalRecords()

    objects = OfficeQuerySet.as_manager()

    class Meta:
        ordering = ["state", "role", "start"]

    def __str__(self) -> str:
        return f"{self.person.name_en}: {self.title or self.role} ({self.start}–{self.end or ''})"


class Source(models.Model):
    name = models.CharField(max_length=200, unique=True)
    url = models.URLField(blank=True)

    def __str__(self) -> str:
        return self.name


class Batch(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    name = models.CharField(max_length=300, blank=True)
    default_source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.SET_NULL)
    default_published = models.DateField(null=True, blank=True)
    duplicate_count = models.PositiveIntegerField(default=0)
    # Files or lines of the upload that could not be read: [{"name": ..., "message": ...}].
    problems = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name_plural = "batches"

    def progress(self) -> dict:
        counts = dict(self.articles.values_list("state").annotate(n=Count("pk")))
        events = Event.objects.filter(mentions__article__batch=self).distinct().count()
        total = sum(counts.values())
        finished = counts.get(ArticleState.DONE, 0) + counts.get(ArticleState.FAILED, 0)
        return {
            **{state: counts.get(state, 0) for state in ArticleState.values},
            "duplicate": self.duplicate_count,
            "events": events,
            "total": total,
            "finished": finished == total,
        }

    def __str__(self) -> str:
        return self.name or f"Batch {self.pk}"


def content_hash(text: str) -> str:
    """Identity of an article: the same words in another file or batch are the same article."""
    return hashlib.sha256(normalize_phrase(text).encode("utf-8")).hexdigest()


class ArticleState(models.TextChoices):
    QUEUED = "queued", "Queued"
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class Article(models.Model):
    batch = models.ForeignKey(Batch, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles")
    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles")
    external_id = models.CharField(max_length=200, blank=True)
    title = models.CharField(max_length=500, blank=True)
    url = models.URLField(max_length=1000, blank=True)
    published = models.DateField(null=True, blank=True)
    original_text = models.TextField()
    cleaned_text = models.TextField(blank=True)
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    state = models.CharField(max_length=16, choices=ArticleState.choices, default=ArticleState.QUEUED)
    error = models.TextField(blank=True)
    attempts = models.PositiveIntegerField(default=0)
    extractor_version = models.CharField(max_length=32, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # When a worker last took the article; a "running" article whose lease ran out lost its worker.
    started_at = models.DateTimeField(null=True, blank=True)
    processed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title or self.external_id or f"Article {self.pk}"

    def save(self, *args, **kwargs):
        if not self.content_hash:
            self.content_hash = content_hash(self.original_text)
        super().save(*args, **kwargs)


class EventType(models.TextChoices):
    MEETING = "meeting", "Meeting"
    SUMMIT = "summit", "Summit"
    VISIT = "visit", "Visit"
    CALL = "call", "Phone or video call"
    STATEMENT = "statement", "Statement"
    MESSAGE = "message", "Message"
    AGREEMENT = "agreement", "Agreement"
    NEGOTIATION = "negotiation", "Negotiation"


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"


class EventStatus(models.TextChoices):
    EXTRACTED = "extracted", "Extracted"
    VERIFIED = "verified", "Verified"
    REJECTED = "rejected", "Rejected"
    MERGED = "merged", "Merged"


class EventQuerySet(models.QuerySet):
    def visible(self):
        return self.exclude(status__in=[EventStatus.REJECTED, EventStatus.MERGED])

    def between_states(self, first: str, second: str):
        return self.filter(pair=pair_key(first, second))

    def touched_by_editors(self):
        return self.filter(Q(status__in=[EventStatus.VERIFIED, EventStatus.REJECTED]) | Q(edited=True))

    def for_pair(self, first: str, second: str):
        """Visible events between two states, oldest first, undated ones last."""
        return self.visible().between_states(first, second).order_by(models.F("date").asc(nulls_last=True), "pk")

    def with_display_fields(self):
        """Number of sources and first evidence sentence, for charts and tables."""
        first_evidence = Mention.objects.filter(event=OuterRef("pk")).order_by("pk").values("evidence")[:1]
        sources = (
            Mention.objects.filter(event=OuterRef("pk")).order_by().values("event")
            .annotate(n=Count("pk")).values("n")
        )
        return self.annotate(source_count=Subquery(sources), first_evidence=Subquery(first_evidence)).prefetch_related(
            "participants__actor"
        )

    def pair_summary(self) -> list[dict]:
        """State pairs that have events: count, first and last date, counts by type and by year."""
        pairs: dict[str, dict] = {}
        rows = (
            self.visible().exclude(pair="").annotate(year=ExtractYear("date"))
            .values_list("pair", "type", "year").annotate(n=Count("pk"), first=Min("date"), last=Max("date"))
            .order_by()
        )
        for pair, event_type, year, n, first, last in rows:
            summary = pairs.setdefault(
                pair, {"pair": tuple(pair.split("-")), "count": 0, "types": {}, "years": {}, "first": None, "last": None}
            )
            summary["count"] += n
            summary["types"][event_type] = summary["types"].get(event_type, 0) + n
            if year:
                summary["years"][year] = summary["years"].get(year, 0) + n
            summary["first"] = min(filter(None, [summary["first"], first]), default=None)
            summary["last"] = max(filter(None, [summary["last"], last]), default=None)
        return sorted(pairs.values(), key=lambda p: -p["count"])


def pair_key(first: str, second: str) -> str:
    return "-".join(sorted([first, second]))


class Event(models.Model):
    type = models.CharField(max_length=16, choices=EventType.choices)
    date = models.DateField(null=True, blank=True)
    date_end = models.DateField(null=True, blank=True)
    date_precision = models.CharField(max_length=8, choices=DatePrecision.choices, default=DatePrecision.DAY)
    location = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=16, choices=EventStatus.choices, default=EventStatus.EXTRACTED)
    confidence = models.FloatField(default=0.0)
    extractor_version = models.CharField(max_length=32, blank=True)
    # Set once an editor changes a field, so that re-extraction leaves the event alone.
    edited = models.BooleanField(default=False)
    # Optimistic concurrency: an editor's save names the version it started from.
    version = models.PositiveIntegerField(default=1)
    merged_into = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged")
    # "CHN-USA": the two states among the participants, kept with them so pair pages need no join.
    pair = models.CharField(max_length=16, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["date", "pk"]
        indexes = [models.Index(fields=["pair", "date"]), models.Index(fields=["date"]), models.Index(fields=["status", "type"])]

    def __str__(self) -> str:
        return f"{self.type} {self.date or '?'}"

    def state_codes(self) -> list[str]:
        return sorted({p.actor.code for p in self.participants.all() if p.actor.kind == ActorKind.STATE})

    def refresh_pair(self) -> None:
        codes = sorted(
            set(self.participants.filter(actor__kind=ActorKind.STATE).values_list("actor__code", flat=True))
        )
        self.pair = "-".join(codes) if len(codes) == 2 else ""
        Event.objects.filter(pk=self.pk).update(pair=self.pair)


class ParticipantRole(models.TextChoices):
    INITIATOR = "initiator", "Initiator"
    RECIPIENT = "recipient", "Recipient"


class Participant(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="participants")
    actor = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="participations")
    role = models.CharField(max_length=16, choices=ParticipantRole.choices)
    history = HistoricalRecords()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["event", "actor"], name="participant_unique_per_event")]

    def __str__(self) -> str:
        return f"{self.actor} ({self.role})"


class Mention(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="mentions")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="mentions")
    evidence = models.TextField()
    # Offsets of the evidence in the article's cleaned text.
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    history = HistoricalRecords()

    class Meta:
        ordering = ["article__published", "pk"]

    def __str__(self) -> str:
        return self.evidence[:80]


class UnknownNameQuerySet(models.QuerySet):
    def unresolved_groups(self):
        """One row per name not yet an alias: how often, in how many articles, one spelling."""
        return (
            self.exclude(normalized__in=Alias.objects.values("normalized"))
            .values("normalized")
            .annotate(count=Count("pk"), articles=Count("article", distinct=True), text=Min("text"), label=Min("label"))
            .order_by("-count", "normalized")
        )


class UnknownName(models.Model):
    """A name NER found that no alias matched, kept with its context for editors."""

    text = models.CharField(max_length=200)
    normalized = models.CharField(max_length=200, db_index=True)
    label = models.CharField(max_length=8)
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="unknown_names")
    context = models.TextField()

    objects = UnknownNameQuerySet.as_manager()

    class Meta:
        ordering = ["normalized"]

    def __str__(self) -> str:
        return self.text

    def save(self, *args, **kwargs):
        self.normalized = normalize_phrase(self.text)
        super().save(*args, **kwargs)
