import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


def demo_articles() -> list[dict]:
    """The demo articles of the product, each twice in other words (paragraphs reordered)."""
    path = ROOT / "events" / "demo" / "articles.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    variants = []
    for row in rows:
        paragraphs = [p for p in row["text"].split("\n\n") if p.strip()]
        variants.append({**row, "id": row["id"] + "-b", "text": "\n\n".join(reversed(paragraphs))})
    return rows + variants


@pytest.fixture
def jsonl_file(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in demo_articles()) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def worker_env():
    """The environment a worker process needs to use this test's database."""
    settings = connection.settings_dict
    if settings["ENGINE"].endswith("sqlite3"):
        url = f"sqlite:///{settings['NAME']}"
    else:
        url = f"postgres://{settings['USER']}:{settings['PASSWORD']}@{settings['HOST']}:{settings['PORT'] or 5432}/{settings['NAME']}"
    return {**os.environ, "DATABASE_URL": url, "DEBUG": "1"}


def manage(*args, env, **kwargs):
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, **kwargs)


def start_manage(*args, env):
    return subprocess.Popen([sys.executable, "manage.py", *args], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
