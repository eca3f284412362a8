"""python manage.py ingest PATH [--source NAME] [--published YYYY-MM-DD]."""

import datetime as dt
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from events.ingest.formats import UploadError
from events.ingest.services import batch_upload


class Command(BaseCommand):
    help = "Queue the articles of a .zip, .jsonl, .txt or .html file for extraction by the background worker."

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument("--source", default="", help="source name for articles that carry none")
        parser.add_argument("--published", type=dt.date.fromisoformat, help="publication date for articles that carry none")

    def handle(self, *args, path: str, source: str, published, **options):
        file = Path(path)
        if not file.is_file():
            raise CommandError(f"{path}: no such file")
        try:
            batch = batch_upload(user=None, name=file.name, data=file.read_bytes(), source_name=source, published=published)
        except UploadError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            f"batch {batch.pk}: {batch.articles.count()} queued, {batch.duplicate_count} duplicates, {len(batch.problems)} not read"
        )
        for problem in batch.problems:
            self.stderr.write(f"  {problem['name']}: {problem['message']}")
