import os
import subprocess
import sys


def test_deploy_check_passes_with_production_settings(tmp_path):
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DEBUG": "0",
        "SECRET_KEY": "k7#Qz9!vT2@pLm4$wX8^rN6&bY3*cH5(dJ1)sF0-gA7+eU2=iO9",
        "ALLOWED_HOSTS": "newsdash.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'deploy.sqlite3'}",
    }
    done = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr + done.stdout
    assert "no issues" in done.stdout


def test_production_settings_refuse_to_start_without_a_secret_key(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DEBUG")}
    done = subprocess.run([sys.executable, "manage.py", "check"], env=env, capture_output=True, text=True)
    assert done.returncode != 0 and "Set SECRET_KEY" in done.stderr
