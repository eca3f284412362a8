"""Pair page speed with many events: p50/p95 of the page and its HTMX partial, against a trivial view.

Builds (once) a database of N synthetic events in var/, then times requests in this process.

    DEBUG=1 python bench/pages.py [--events 100000] [--repeat 40]
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=40)
    args = parser.parse_args()
    database = ROOT / "var" / f"bench-pages-{args.events}.sqlite3"
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ["ALLOWED_HOSTS"] = "testserver"
    if not database.exists():
        (ROOT / "var").mkdir(exist_ok=True)
        subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, check=True)
        subprocess.run([sys.executable, "manage.py", "generate_events", str(args.events)], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdash.settings")
    import django

    django.setup()
    from django.contrib.auth.models import Group, User
    from django.test import Client

    from events.models import Event

    user, _ = User.objects.get_or_create(username="bench-reader")
    user.groups.add(Group.objects.get(name="researcher"))
    client = Client()
    client.force_login(user)
    pair_events = Event.objects.between_states("CHN", "USA").count()
    cases = [
        ("trivial view (baseline)", "/health/", {}),
        ("pair page", "/pairs/CHN-USA/", {}),
        ("pair data (HTMX partial)", "/pairs/CHN-USA/", {"HTTP_HX_REQUEST": "true"}),
        ("pair page, filtered", "/pairs/CHN-USA/?type=summit&type=call&start=2021-01-01", {}),
        ("overview", "/", {}),
    ]
    print(f"{Event.objects.count()} events, {pair_events} in CHN-USA; {args.repeat} requests each")
    print(f"{'view':<28}{'p50 ms':>9}{'p95 ms':>9}{'p95 / baseline':>16}")
    baseline = None
    for label, path, headers in cases:
        client.get(path, **headers)  # warm caches
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            response = client.get(path, **headers)
            times.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, (path, response.status_code)
        p50 = statistics.median(times)
        p95 = statistics.quantiles(times, n=20)[18]
        baseline = baseline or p95
        print(f"{label:<28}{p50:>9.1f}{p95:>9.1f}{p95 / baseline:>16.1f}")


if __name__ == "__main__":
    main()
