import json
import subprocess
import sys

import pytest
from django.core.management import call_command


def run_command(tmp_path, lines: list[str]):
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    target = tmp_path / "out.jsonl"
    code = 0
    try:
        call_command("extract_events", str(source), "--output", str(target))
    except SystemExit as exit_:
        code = exit_.code
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    return code, rows


GOOD = {"id": "good", "published": "2024-05-16", "text": "وأجرى بوتين اليوم الخميس محادثات مع نظيره الصيني شي جين بينغ في بكين."}


@pytest.mark.django_db
def test_every_line_gets_a_result_in_order_and_bad_lines_an_error(tmp_path, capsys):
    lines = [
        json.dumps(GOOD, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "empty", "text": ""}),
        json.dumps({"id": "english", "text": "Putin met Xi in Beijing."}),
        json.dumps({"id": "huge", "text": "كلمة " * 1_000_000}, ensure_ascii=False),
        json.dumps({"id": "bidi", "published": "2024-05-16", "text": "\u202b" + GOOD["text"] + "\u202c\x00"}, ensure_ascii=False),
    ]
    code, rows = run_command(tmp_path, lines)
    assert code == 1
    assert [r["id"] for r in rows] == ["good", "line-2", "no-text", "empty", "english", "huge", "bidi"]
    assert rows[0]["events"][0]["type"] == "summit" and rows[0]["events"][0]["actors"] == ["CHN", "RUS"]
    assert rows[0]["events"][0]["date"] == "2024-05-16" and "error" not in rows[0]
    assert "not valid JSON" in rows[1]["error"] and rows[1]["events"] == []
    assert rows[2]["error"] == "missing `text`"
    assert rows[3]["error"] == "empty text"
    assert rows[4]["error"] == "no Arabic text"
    assert "refused" in rows[5]["error"]
    assert rows[6]["events"][0]["actors"] == ["CHN", "RUS"]
    stderr = capsys.readouterr().err
    assert "in.jsonl:2:" in stderr and "in.jsonl:3: missing `text`" in stderr


@pytest.mark.django_db
def test_a_clean_file_exits_zero(tmp_path):
    code, rows = run_command(tmp_path, [json.dumps(GOOD, ensure_ascii=False)])
    assert code == 0 and len(rows) == 1


def test_command_runs_in_a_fresh_process_on_a_migrated_database(tmp_path):
    """The contract's shape: a separate process, exit status and output file."""
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(GOOD, ensure_ascii=False) + "\n", encoding="utf-8")
    env_db = tmp_path / "fresh.sqlite3"
    import os

    env = {**os.environ, "DATABASE_URL": f"sqlite:///{env_db}"}
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], check=True, env=env)
    done = subprocess.run(
        [sys.executable, "manage.py", "extract_events", str(source), "--output", str(tmp_path / "out.jsonl")], env=env
    )
    assert done.returncode == 0
    row = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    assert row["events"][0]["actors"] == ["CHN", "RUS"]
