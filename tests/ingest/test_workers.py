"""Real worker processes on this test's database: a killed worker loses nothing, RQ runs the same tasks."""

import os
import signal
import time

import pytest

from events.ingest.services import article_process, articles_requeue
from events.models import Article, ArticleState, Event, Mention
from tests.ingest.conftest import manage, start_manage


def record():
    """What the store holds, independent of primary keys."""
    events = sorted(
        (e.type, tuple(e.state_codes()), str(e.date), e.mentions.count())
        for e in Event.objects.prefetch_related("participants__actor")
    )
    mentions = sorted((m.article.external_id, m.evidence) for m in Mention.objects.select_related("article"))
    return events, mentions


def wait_for(predicate, seconds=120):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.usefixtures("reference_data")
def test_worker_killed_mid_batch_then_restarted_gives_the_uninterrupted_result(jsonl_file, worker_env):
    manage("ingest", str(jsonl_file), env=worker_env, check=True, capture_output=True)
    assert Article.objects.filter(state=ArticleState.QUEUED).count() == 8

    worker = start_manage("db_worker", "--no-reload", "--no-startup-delay", "--interval", "0.1", env=worker_env)
    try:
        assert wait_for(lambda: Article.objects.filter(state=ArticleState.RUNNING).exists()), "worker never started"
    finally:
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait(timeout=30)
    assert Article.objects.exclude(state=ArticleState.DONE).exists()

    resumed = manage("resume_ingestion", "--lease", "0", env=worker_env, capture_output=True, text=True, check=True)
    assert "re-queued 1 article" in resumed.stdout
    manage("db_worker", "--no-reload", "--batch", "--no-startup-delay", env=worker_env, check=True, capture_output=True)
    assert set(Article.objects.values_list("state", flat=True)) == {ArticleState.DONE}
    after_kill = record()

    # The same articles processed again, in this process, without interruption.
    articles_requeue(Article.objects.values_list("pk", flat=True))
    for article in Article.objects.all():
        article_process(article.pk)
    assert min(Article.objects.values_list("attempts", flat=True)) >= 2
    assert record() == after_kill
    assert after_kill[0], "the batch produced events"


@pytest.mark.redis
@pytest.mark.usefixtures("reference_data")
def test_rq_worker_processes_a_batch_queued_in_redis(jsonl_file, worker_env):
    redis_url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
    env = {**worker_env, "TASK_BACKEND": "rq", "REDIS_URL": redis_url}
    import redis

    redis.Redis.from_url(redis_url).ping()
    manage("ingest", str(jsonl_file), env=env, check=True, capture_output=True)
    assert Article.objects.filter(state=ArticleState.QUEUED).count() == 8
    manage("rqworker", "--burst", "--job-class", "django_tasks_rq.Job", "default", env=env, check=True, capture_output=True)
    assert set(Article.objects.values_list("state", flat=True)) == {ArticleState.DONE}
    assert Event.objects.filter(participants__actor__code="CHN").exists()
