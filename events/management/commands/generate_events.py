"""python manage.py generate_events N [--seed S]: synthetic events across pairs and years, for development."""

import datetime as dt
import random

from django.core.management.base import BaseCommand
from django.db import transaction

from events.models import Actor, Article, Event, EventType, Mention, Participant, Source, content_hash, pair_key

PAIRS = [("USA", "CHN"), ("RUS", "CHN"), ("RUS", "USA"), ("USA", "EGY"), ("CHN", "SAU"), ("RUS", "TUR"),
         ("USA", "QAT"), ("FRA", "CHN"), ("IRN", "SAU"), ("UKR", "USA"), ("IND", "CHN"), ("JPN", "USA")]
EVIDENCE = "خبر تجريبي مولد آليا عن {kind} بين {a} و{b} بتاريخ {date}."
CHUNK = 2000


class Command(BaseCommand):
    help = "Create N synthetic events (with participants, articles and mentions) across pairs and years."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--since", type=int, default=2017, help="first year")

    def handle(self, *args, count: int, seed: int, since: int, **options):
        rng = random.Random(seed)
        states = Actor.objects.in_bulk([c for pair in PAIRS for c in pair], field_name="code")
        source, _ = Source.objects.get_or_create(name="synthetic")
        days = (dt.date(2026, 6, 30) - dt.date(since, 1, 1)).days
        made = 0
        while made < count:
            size = min(CHUNK, count - made)
            rows = []
            for _ in range(size):
                first, second = rng.choice(PAIRS)
                date = dt.date(since, 1, 1) + dt.timedelta(days=rng.randrange(days))
                kind = rng.choice(EventType.values)
                rows.append((first, second, date, kind))
            with transaction.atomic():
                texts = [EVIDENCE.format(kind=k, a=a, b=b, date=d) + f" #{seed}-{made + i}" for i, (a, b, d, k) in enumerate(rows)]
                articles = Article.objects.bulk_create([
                    Article(source=source, published=d, original_text=t, cleaned_text=t, content_hash=content_hash(t), state="done")
                    for t, (_, _, d, _) in zip(texts, rows)
                ])
                events = Event.objects.bulk_create([
                    Event(type=k, date=d, confidence=round(rng.uniform(0.4, 0.95), 2), extractor_version="synthetic",
                          pair=pair_key(a, b))
                    for (a, b, d, k) in rows
                ])
                Participant.objects.bulk_create(
                    [Participant(event=e, actor=states[a], role="initiator") for e, (a, _, _, _) in zip(events, rows)]
                    + [Participant(event=e, actor=states[b], role="recipient") for e, (_, b, _, _) in zip(events, rows)]
                )
                Mention.objects.bulk_create([
                    Mention(event=e, article=art, evidence=t, start=0, end=len(t))
                    for e, art, t in zip(events, articles, texts)
                ])
            made += size
            self.stdout.write(f"{made}/{count}")
