import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from events.models import Actor


@pytest.mark.usefixtures("reference_data")
def test_migrations_run_from_empty_and_load_the_dictionary():
    call_command("migrate", "events", "zero", verbosity=0)
    assert "events_actor" not in connection.introspection.table_names()
    call_command("migrate", verbosity=0)
    executor = MigrationExecutor(connection)
    assert executor.migration_plan(executor.loader.graph.leaf_nodes()) == []
    assert Actor.objects.filter(code="CHN").exists()
