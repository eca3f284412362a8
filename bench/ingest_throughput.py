"""Ingestion throughput: articles per minute for a batch with one and with two db_worker processes,
and each worker's peak memory. The one-worker run is the baseline of the ratio.

    DEBUG=1 STANZA_RESOURCES_DIR=../shared/stanza_resources python bench/ingest_throughput.py [--articles 200]
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "gold" / "seeds.jsonl"
DEMO = ROOT / "events" / "demo" / "articles.jsonl"


def articles(count: int) -> list[dict]:
    """Seed and demo articles, varied by rotating their paragraphs so that each text is new."""
    rows = [json.loads(l) for path in (SEEDS, DEMO) if path.exists() for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
    out = []
    for n in range(count):
        row = rows[n % len(rows)]
        paragraphs = [p for p in row["text"].split("\n") if p.strip()]
        shift = (n // len(rows)) % len(paragraphs)
        text = "\n".join(paragraphs[shift:] + paragraphs[:shift]) + f"\n\n(نسخة {n})"
        out.append({"id": f"bench-{n}", "text": text, "published": row.get("published")})
    return out


def peak_rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def run(workers: int, batch: list[dict], workdir: Path) -> tuple[float, list[int]]:
    database = workdir / f"ingest-{workers}.sqlite3"
    # Workers share the cores: each gets its part, or two workers would each run two torch threads on two cores.
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", "NLP_THREADS": str(max(1, (os.cpu_count() or 1) // workers))}
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    source = workdir / "batch.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in batch), encoding="utf-8")
    subprocess.run([sys.executable, "manage.py", "ingest", str(source)], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    start = time.perf_counter()
    procs = [
        subprocess.Popen([sys.executable, "manage.py", "db_worker", "--no-reload", "--batch", "--no-startup-delay"], cwd=ROOT, env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(workers)
    ]
    peaks = [0] * workers
    while any(p.poll() is None for p in procs):
        peaks = [max(peak, peak_rss_kib(p.pid)) for peak, p in zip(peaks, procs)]
        time.sleep(0.2)
    elapsed = time.perf_counter() - start
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c",
         "from events.models import Article; print(Article.objects.filter(state='done').count())"],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True,
    ).stdout.split()[-1]
    assert int(done) == len(batch), f"{done} of {len(batch)} articles done"
    return elapsed, peaks


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    args = parser.parse_args()
    batch = articles(args.articles)
    with tempfile.TemporaryDirectory() as tmp:
        results = {workers: run(workers, batch, Path(tmp)) for workers in (1, 2)}
    base = results[1][0]
    print(f"{len(batch)} articles, {os.cpu_count()} CPUs")
    print(f"{'workers':<9}{'seconds':>9}{'articles/min':>14}{'speed-up':>10}{'peak MiB per worker':>22}")
    for workers, (seconds, peaks) in results.items():
        per_minute = len(batch) / seconds * 60
        print(f"{workers:<9}{seconds:>9.1f}{per_minute:>14.1f}{base / seconds:>9.2f}x{', '.join(f'{p / 1024:.0f}' for p in peaks):>22}")


if __name__ == "__main__":
    main()
