"""python manage.py extract_events IN.jsonl --output OUT.jsonl (docs: shared extraction contract)."""

import datetime as dt
import json
import sys

from django.core.management.base import BaseCommand, CommandError

from events.lexicon import current_lexicon
from events.nlp.extract import ExtractionError, extract_article
from events.nlp.pipeline import ModelsMissing


def parse_row(line: str) -> dict:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as error:
        raise ExtractionError(f"not valid JSON ({error.msg} at column {error.colno})") from None
    if not isinstance(row, dict):
        raise ExtractionError("a line must be a JSON object")
    return row


def article_fields(row: dict) -> tuple[str, dt.date | None]:
    """(text, published) of one input row; ExtractionError says what is wrong with it."""
    text = row.get("text")
    if not isinstance(text, str):
        raise ExtractionError("missing `text`" if text is None else "`text` must be a string")
    published = row.get("published")
    if published:
        try:
            published = dt.date.fromisoformat(str(published)[:10])
        except ValueError:
            raise ExtractionError(f"`published` is not an ISO date: {published!r}") from None
    return text, published or None


class Command(BaseCommand):
    help = "Extract diplomatic events from a JSONL file of Arabic articles, one result line per article."

    def add_arguments(self, parser):
        parser.add_argument("input", help="JSONL: one article per line with id, text and optionally published")
        parser.add_argument("--output", required=True, help="where to write the result lines")

    def handle(self, *args, input: str, output: str, **options):
        try:
            lexicon = current_lexicon()
            source = open(input, encoding="utf-8", errors="replace")
        except OSError as error:
            raise CommandError(f"cannot read {input}: {error.strerror}") from None
        failures = 0
        with source, open(output, "w", encoding="utf-8") as sink:
            for number, line in enumerate(source, 1):
                if not line.strip():
                    continue
                article_id = None
                try:
                    row = parse_row(line)
                    article_id = None if row.get("id") is None else str(row["id"])
                    text, published = article_fields(row)
                    result = extract_article(text, published, lexicon)
                    row = {"id": article_id, "events": [e.as_json() for e in result.events]}
                except ModelsMissing as error:
                    raise CommandError(str(error)) from None
                except ExtractionError as error:
                    failures += 1
                    print(f"{input}:{number}: {error}", file=sys.stderr)
                    row = {"id": article_id if article_id is not None else f"line-{number}", "error": str(error), "events": []}
                sink.write(json.dumps(row, ensure_ascii=False) + "\n")
                sink.flush()
        if failures:
            sys.exit(1)
