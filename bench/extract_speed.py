"""Extraction speed: this extractor against running every Stanza processor on every sentence.

Prints articles per second and seconds per 1,000 words for the seed articles and for a
larger set made from them, next to the baseline measured in the same run, and the ratio.

    DEBUG=1 STANZA_RESOURCES_DIR=../shared/stanza_resources python bench/extract_speed.py [--copies 8]
"""

import argparse
import datetime as dt
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdash.settings")

import django  # noqa: E402

django.setup()

from events.lexicon import current_lexicon  # noqa: E402
from events.nlp.clean import clean_page  # noqa: E402
from events.nlp.extract import extract_article  # noqa: E402
from events.nlp.pipeline import full_pipeline, full_pipeline_pretokenized, light_pipeline  # noqa: E402

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "gold" / "seeds.jsonl"


def load(copies: int) -> list[dict]:
    rows = [json.loads(line) for line in SEEDS.read_text(encoding="utf-8").splitlines() if line.strip()]
    # Larger set: the seeds with their paragraphs in another order, so no two texts are equal.
    larger = []
    for copy in range(copies):
        for row in rows:
            paragraphs = row["text"].split("\n")
            shift = copy % max(1, len(paragraphs))
            larger.append({**row, "text": "\n".join(paragraphs[shift:] + paragraphs[:shift])})
    return rows, larger


def baseline(rows) -> float:
    """Every processor on every sentence of the cleaned text, as a plain Stanza user would run it."""
    nlp = full_pipeline()
    start = time.perf_counter()
    for row in rows:
        nlp(clean_page(row["text"]).text)
    return time.perf_counter() - start


def ours(rows, lexicon) -> float:
    start = time.perf_counter()
    for row in rows:
        extract_article(row["text"], dt.date.fromisoformat(row["published"]) if row.get("published") else None, lexicon)
    return time.perf_counter() - start


def words(rows) -> int:
    return sum(len(clean_page(row["text"]).text.split()) for row in rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=8)
    args = parser.parse_args()
    lexicon = current_lexicon()
    for pipeline in (full_pipeline, full_pipeline_pretokenized, light_pipeline):
        pipeline()
    seeds, larger = load(args.copies)
    ours(seeds[:1], lexicon)  # warm-up
    print(f"{'set':<12}{'articles':>9}{'words':>8}  {'run':<10}{'art/s':>8}{'s/1k words':>12}")
    for name, rows in (("seeds", seeds), (f"seeds x{args.copies}", larger)):
        n_words = words(rows)
        base = baseline(rows)
        mine = ours(rows, lexicon)
        for label, seconds in (("baseline", base), ("newsdash", mine)):
            print(f"{name:<12}{len(rows):>9}{n_words:>8}  {label:<10}{len(rows) / seconds:>8.2f}{seconds / n_words * 1000:>12.3f}")
        print(f"{'':<12}{'':>9}{'':>8}  speed-up vs baseline: {base / mine:.2f}x")


if __name__ == "__main__":
    main()
