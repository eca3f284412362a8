"""The three roles as Django groups with their permissions; used by a migration and by tests."""

# Group -> permission codenames; admins also manage users.
ROLE_PERMISSIONS = {
    "researcher": ["view_event", "view_actor", "view_alias", "view_article", "view_mention", "view_participant"],
    "editor": [
        "view_event", "change_event", "view_actor", "add_actor", "change_actor", "view_alias", "add_alias",
        "change_alias", "delete_alias", "view_article", "view_mention", "view_participant", "add_participant",
        "change_participant", "delete_participant", "view_unknownname", "change_unknownname",
    ],
    "admin": [
        "view_event", "change_event", "view_actor", "add_actor", "change_actor", "view_alias", "add_alias",
        "change_alias", "delete_alias", "view_article", "add_article", "view_mention", "view_participant",
        "add_batch", "view_batch", "change_batch", "view_unknownname", "add_user", "change_user", "view_user",
    ],
}


def ensure_roles(apps) -> None:
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set(Permission.objects.filter(codename__in=codenames))
