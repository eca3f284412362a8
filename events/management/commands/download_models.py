"""python manage.py download_models [--from PATH]: put the Arabic Stanza models in STANZA_RESOURCES_DIR."""

import shutil
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from events.nlp.pipeline import ModelsMissing, check_resources, resources_dir


class Command(BaseCommand):
    help = "Fetch the official Arabic Stanza models (needs a network) or copy a resources folder (--from)."

    def add_arguments(self, parser):
        parser.add_argument("--from", dest="source", help="a Stanza resources folder to copy instead of downloading")
        parser.add_argument("--force", action="store_true", help="replace models that are already there")

    def handle(self, *args, source=None, force=False, **options):
        target = resources_dir()
        try:
            check_resources(target)
            if not force:
                self.stdout.write(f"Arabic models already in {target}")
                return
        except ModelsMissing:
            pass
        if source:
            source_path = Path(source)
            try:
                check_resources(source_path)
            except ModelsMissing:
                raise CommandError(f"{source_path} is not a Stanza resources folder with Arabic models") from None
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(source_path, target, ignore=shutil.ignore_patterns("logs", "*.sh"))
            self.stdout.write(self.style.SUCCESS(f"Copied Arabic models from {source_path} to {target}"))
            return
        import stanza

        try:
            stanza.download("ar", model_dir=str(target), processors="tokenize,mwt,pos,lemma,depparse,ner")
        except Exception as error:
            raise CommandError(
                f"Could not download the Arabic models ({error.__class__.__name__}: {error}). Without a network, "
                "copy a resources folder: python manage.py download_models --from ../shared/stanza_resources"
            ) from None
        self.stdout.write(self.style.SUCCESS(f"Downloaded Arabic models to {target}"))
