"""`intercity demo`: an example workspace for Busan built from the documents that ship with the package."""

from __future__ import annotations

import secrets
import sys
import time
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent / "examples"
DEMO_USER = "demo"


def example_files() -> list[Path]:
    return sorted(p for p in EXAMPLES.iterdir() if p.suffix.lower() in {".pptx", ".docx", ".pdf", ".txt", ".md", ".html", ".eml"})


def run_demo(host: str = "127.0.0.1", port: int = 8000, serve: bool = True) -> int:
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
