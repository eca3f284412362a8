from django.db import migrations


def load(apps, schema_editor):
    # The loader updates in place: running it again brings in the dictionary's new entries.
    from events.dictionary.load import load_actor_dictionary

    load_actor_dictionary(apps)


class Migration(migrations.Migration):
    dependencies = [("events", "0006_event_pair")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
