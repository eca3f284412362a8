"""Background tasks: thin wrappers that take primary keys and call a service."""

from django_tasks import task

from events.ingest.services import article_process


@task()
def process_article(article_id: int) -> None:
    article_process(article_id)
