import pytest
from django.contrib.auth.models import Group, User


@pytest.fixture
def reference_data(transactional_db):
    """What the migrations put in the database, again: a transactional test's flush empties every table."""
    from django.apps import apps as django_apps

    from events.dictionary.load import load_actor_dictionary
    from events.models import Actor
    from events.roles import ensure_roles

    if not Group.objects.filter(name="editor").exists():
        ensure_roles(django_apps)
    if not Actor.objects.filter(code="CHN").exists():
        load_actor_dictionary(django_apps)


@pytest.fixture(scope="session")
def lexicon(django_db_setup, django_db_blocker):
    """The shipped actor dictionary as the extractor reads it, built once per test session."""
    from events.lexicon import current_lexicon

    with django_db_blocker.unblock():
        return current_lexicon()


def _user(role: str) -> User:
    user = User.objects.create_user(username=role, password="pass-" + role)
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def researcher(db):
    return _user("researcher")


@pytest.fixture
def editor(db):
    return _user("editor")


@pytest.fixture
def admin_user_role(db):
    return _user("admin")
