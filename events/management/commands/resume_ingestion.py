"""python manage.py resume_ingestion [--lease SECONDS]: re-queue articles whose worker died."""

from django.conf import settings
from django.core.management.base import BaseCommand

from events.ingest.services import ingestion_resume


class Command(BaseCommand):
    help = "Re-queue articles left 'running' by a worker that was killed; run it before starting workers."

    def add_arguments(self, parser):
        parser.add_argument(
            "--lease", type=int, default=settings.INGEST_LEASE_SECONDS,
            help="seconds after which a running article counts as abandoned (0: all of them)",
        )

    def handle(self, *args, lease: int, **options):
        count = ingestion_resume(lease_seconds=lease)
        self.stdout.write(f"re-queued {count} article(s)")
