"""python manage.py load_demo: demo users (one per role) and demo articles, extracted at once."""

import json
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.management.base import BaseCommand

from events.ingest.services import batch_upload

DEMO_ARTICLES = Path(__file__).resolve().parents[2] / "demo" / "articles.jsonl"
SHARED_SEEDS = settings.BASE_DIR.parent / "shared" / "gold" / "seeds.jsonl"


class Command(BaseCommand):
    help = "Create one demo user per role (passwords printed) and load the demo articles."

    def handle(self, *args, **options):
        for role in ("researcher", "editor", "admin"):
            user, created = User.objects.get_or_create(username=role)
            if created:
                password = secrets.token_urlsafe(9)
                user.set_password(password)
                user.is_staff = role == "admin"
                user.save()
                user.groups.add(Group.objects.get(name=role))
                self.stdout.write(f"user {role!r} password {password!r}")
            else:
                self.stdout.write(f"user {role!r} exists (password unchanged)")
        sources = [DEMO_ARTICLES] + ([SHARED_SEEDS] if SHARED_SEEDS.exists() else [])
        admin = User.objects.get(username="admin")
        for path in sources:
            # The seed gold lines carry annotations; only the article fields are uploaded.
            lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            data = "\n".join(json.dumps({k: v for k, v in row.items() if k != "events"}, ensure_ascii=False) for row in lines)
            batch = batch_upload(user=admin, name=path.name, data=data.encode("utf-8"))
            self.stdout.write(f"batch {batch.pk} from {path.name}: {batch.articles.count()} new, {batch.duplicate_count} already loaded")
        self.stdout.write("The background worker extracts the events; the batch pages show progress.")
