"""`intercity demo`: an example workspace for Busan built from the documents that ship with the package."""

from __future__ import annotations

import secrets
import sys
import time
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent / "examples"
DEMO_USER = "demo"
#: the twin-town dataset beside a checkout (``../shared/data/twin-cities``, MIT): imported by the demo when present
SHARED_TWIN_TOWNS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "twin-cities" / "twin_cities_raw.csv"


def default_network() -> Path | None:
    """The twin-town CSV the demo imports when nothing is said: the shared dataset, if it is beside us."""
    return SHARED_TWIN_TOWNS if SHARED_TWIN_TOWNS.is_file() else None


def example_files() -> list[Path]:
    return sorted(p for p in EXAMPLES.iterdir() if p.suffix.lower() in {".pptx", ".docx", ".pdf", ".txt", ".md", ".html", ".eml"})


def run_demo(host: str = "127.0.0.1", port: int = 8000, serve: bool = True,
             network_file: Path | None = None) -> int:
    """``network_file``: a twin-town CSV or Wikidata P190 export to import as the worldwide network
    (the dashboard then reconciles Busan's registry with it; the map shows it)."""
    from intercity.cli import _serve, _setup_django

    started = time.perf_counter()
    _setup_django()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.db import transaction

    from intercity.audit.context import acting
    from intercity.documents import services
    from intercity.places.services import resolve_place_text
    from intercity.workspace.services import set_home, stats

    with acting(None, "cli"), transaction.atomic():
        home = resolve_place_text("Busan, KR")
        set_home(home)
        for path in example_files():
            result = services.ingest_path(path, home=home, accept_facts=True)
            print(f"ingested {path.name}: {result.accepted} facts accepted, {result.pending} waiting for review")
        password = secrets.token_urlsafe(9)
        user, _ = get_user_model().objects.get_or_create(username=DEMO_USER)
        user.set_password(password)
        user.is_staff = user.is_superuser = True
        user.save()
    if network_file is not None:
        _import_network(network_file)
    figures = stats(home)
    print(f"\n{home.name}: {figures['partners']} partners in {figures['countries']} countries, "
          f"{figures['engagements']} engagement(s), {figures['cooperation']['total']} cooperation items")
    print(f"database: {settings.DATABASES['default']['NAME']}")
    print(f"ready in {time.perf_counter() - started:.1f} s")
    print(f"\n  Open http://{host}:{port}/  and log in as  {DEMO_USER} / {password}\n", flush=True)
    if not serve:
        return 0
    sys.stdout.flush()
    return _serve(host, port, 2)


def _import_network(path: Path) -> None:
    from intercity.audit.context import acting
    from intercity.partnerships import network

    print(f"importing the twin-town network from {path} …", flush=True)
    try:
        with acting(None, "import"):
            summary = network.import_network(path)
    except network.NetworkImportError as exc:
        print(f"  skipped: {exc} — nothing was imported", file=sys.stderr)
        return
    print(f"  {summary.pairs} pairs, {summary.partnerships_created} partnerships added; "
          f"resolution report {summary.report}")
