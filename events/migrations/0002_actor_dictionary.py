from django.db import migrations


def load(apps, schema_editor):
    from events.dictionary.load import load_actor_dictionary

    load_actor_dictionary(apps)


class Migration(migrations.Migration):
    dependencies = [("events", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
