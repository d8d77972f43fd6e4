"""The site in headless Chromium (Playwright, Debian's chromium) against Django's live server:
htmx filtering, the review page (evidence highlighting, choosing a place, accepting), the journal,
the partner map, and the worked expectations from the seed documents. Screenshots go to
$INTERCITY_SCREENSHOTS (default: a temporary directory)."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import pytest

from tests.conftest import SEED_DECK, SEED_VISIT, require_seeds
from tests.web.factories import build_registry

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-password-1"
SHOTS = Path(os.environ.get("INTERCITY_SCREENSHOTS") or tempfile.mkdtemp(prefix="intercity-shots-"))


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


@pytest.fixture
def officer(django_user_model):
    return django_user_model.objects.create_user("officer", password=PASSWORD)


def login(page, live_server, next_path: str = "/"):
    page.goto(f"{live_server.url}{next_path}")
    assert "/login/" in page.url  # every page asks for a login first
    page.fill("#id_username", "officer")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}{next_path}")


# ---------------------------------------------------------------- on a registry built with the models

def test_partner_filter_with_htmx(page, live_server, officer):
    build_registry(officer)
    login(page, live_server, "/places/partners/")
    assert page.locator("#partners tbody tr").count() == 6
    page.select_option("select[name=kind]", "friendship")
    page.wait_for_function("document.querySelectorAll('#partners tbody tr').length === 2")
    assert "kind=friendship" in page.url  # the filter is in the address bar (hx-push-url)
    assert page.locator("#csv-export").get_attribute("href").endswith("?kind=friendship")
    page.select_option("select[name=kind]", "")
    page.fill("input[name=q]", "바르")
    page.wait_for_function("document.querySelectorAll('#partners tbody tr').length === 1")
    assert page.locator("#partners tbody").inner_text().startswith("Sister city")
    assert "Barcelona" in page.locator("#partners tbody").inner_text()
    shot(page, "partners-filtered")


def test_review_page_highlights_evidence_and_chooses_a_place(page, live_server, officer):
    from intercity.partnerships.models import Partnership

    data = build_registry(officer)
    proposal = data["bandar_proposal"]
    login(page, live_server, f"/documents/{data['document'].pk}/review/")
    assert page.locator("#pending-count").inner_text() == "2"
    card = page.locator(f"#proposal-{proposal.pk}")
    card.locator(".quote").click()
    current = page.locator("#doctext mark.current")
    assert current.count() == 1 and current.inner_text() == "2. Bandar"
    assert "current" in card.get_attribute("class")
    # accepting without a choice is stopped by the browser (the radio list is required)
    card.get_by_role("radio", name=re.compile("Bandar Abbas")).check()
    shot(page, "review-choice")
    card.get_by_role("button", name="Accept").click()
    page.wait_for_selector(f"#proposal-{proposal.pk}.status-accepted")
    assert page.locator("#pending-count").inner_text() == "1"
    partnership = Partnership.objects.get(pk=data["bandar"].pk)
    assert partnership.place_b is not None and partnership.place_b.name == "Bandar Abbas"
    # the person proposal: rejected one by one
    person = page.locator(f"#proposal-{data['person_proposal'].pk}")
    person.get_by_role("button", name="Reject").click()
    page.wait_for_selector(f"#proposal-{data['person_proposal'].pk}.status-rejected")
    assert page.locator("#pending-count").inner_text() == "0"
    shot(page, "review-done")


def test_journal_entry_with_htmx(page, live_server, officer):
    data = build_registry(officer)
    item = data["items"][1]
    login(page, live_server, f"/cooperation/{item.pk}/")
    page.fill("textarea[name=text]", "Barcelona sent its solar thermal ordinance (translated)")
    page.select_option("select[name=status]", "agreed")
    page.get_by_role("button", name="Add to journal").click()
    page.wait_for_selector("text=Status: Proposed → Agreed")
    assert page.locator("#item-status").inner_text() == "Agreed"
    item.refresh_from_db()
    assert item.status == "agreed" and item.journal.get().author.username == "officer"


def test_dashboard_map_and_profile(page, live_server, officer):
    data = build_registry(officer)
    login(page, live_server, "/")
    page.wait_for_selector("#partner-map-data-map[data-ready='1']")
    assert page.locator("#partner-map-data-map").get_attribute("data-markers") == "5"
    page.wait_for_function("document.querySelectorAll('#partner-map-data-map path.leaflet-interactive').length >= 5")
    assert page.locator("#fig-partners .n").inner_text() == "6"
    assert "부산광역시" in page.locator("h1").inner_text()
    shot(page, "dashboard-factory")
    barcelona = data["places"]["barcelona"]
    page.locator("#partner-map-data-map path.leaflet-interactive[fill='#1f5fa8']").first.wait_for()
    page.goto(f"{live_server.url}/places/{barcelona.pk}/")
    page.wait_for_selector("#place-map-data-map[data-ready='1']")
    page.locator("#cooperation .evidence-link").first.click()
    mark = page.locator("mark#passage")
    assert mark.inner_text().startswith("Future cooperation 1.")
    assert mark.is_visible()


# ---------------------------------------------------------------- the seed documents, end to end

def test_seeds_in_the_browser(page, live_server, officer):
    require_seeds()
    from intercity.documents.services import ingest_path
    from intercity.places.models import Place
    from intercity.places.services import resolve_place_text
    from intercity.workspace.services import set_home

    busan = resolve_place_text("Busan, KR")
    set_home(busan)
    for path in (SEED_DECK, SEED_VISIT):
        ingest_path(path, home=busan, accept_facts=True)

    login(page, live_server, "/")
    assert page.locator("#fig-partners .n").inner_text() == "37"
    assert page.locator("#fig-countries .n").inner_text() in {"27", "26"}
    kinds = page.locator("#fig-partners .detail").inner_text()
    assert "26 sister city" in kinds and "11 friendship city" in kinds
    claims = page.locator("#claims").inner_text()
    assert "37 cities from 27 countries" in claims
    checks = page.locator("#claims .badge").all_inner_texts()
    assert checks and set(checks) <= {"consistent", "inconsistent", "unverified"}
    if page.locator("#fig-countries .n").inner_text() == "26":  # one place waits for a person: never "consistent"
        assert "unverified" in checks
    page.wait_for_selector("#partner-map-data-map[data-ready='1']")
    shot(page, "dashboard-seeds")

    barcelona = Place.objects.get(name="Barcelona", country_code="ES")
    page.goto(f"{live_server.url}/places/{barcelona.pk}/")
    assert "Sister city" in page.locator("#partnerships").inner_text()
    engagement = page.locator("#engagements .engagement")
    assert engagement.count() == 1 and "2017-03-15" in engagement.inner_text()
    assert engagement.locator(".track-item").count() == 4 and engagement.locator(".site").count() == 6
    assert page.locator("#cooperation .coop-item").count() == 6
    shot(page, "barcelona")
    link = page.locator("#cooperation .evidence-link").first
    link.click()
    page.wait_for_selector("mark#passage")
    assert page.locator("mark#passage").is_visible() and page.locator("mark#passage").inner_text().strip()
    shot(page, "passage")


def _make_docx(path: Path) -> None:
    """Busan's partner table as a team member would type it in Word; "Bandar" is ambiguous."""
    import docx

    document = docx.Document()
    document.add_heading("Busan's sister cities", level=1)
    table = document.add_table(rows=4, cols=3)
    for r, row in enumerate([("City", "Country", "Since"), ("Barcelona", "Spain", "1983"),
                             ("Kaohsiung", "Taiwan", "1966"), ("Bandar", "–", "2008")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.save(path)


def test_upload_and_review_in_the_browser(page, live_server, officer, tmp_path):
    from intercity.documents.models import Document
    from intercity.partnerships.models import Partnership
    from intercity.places.services import resolve_place_text
    from intercity.workspace.services import set_home

    busan = resolve_place_text("Busan, KR")
    set_home(busan)
    path = tmp_path / "busan-partners-2024.docx"
    _make_docx(path)
    before = Partnership.objects.filter(place_b__isnull=False).count()

    login(page, live_server, "/documents/upload/")
    page.set_input_files("input[type=file]", str(path))
    page.get_by_role("button", name="Upload and read").click()
    page.wait_for_url(re.compile(r"/documents/\d+/review/"))
    document = Document.objects.get(source_name__endswith="busan-partners-2024.docx")
    assert document.proposals.filter(status="pending").exists()
    shot(page, "upload-review")

    # the ambiguous name comes first, with its candidate places as a radio list
    card = page.locator(".proposal").first
    assert "Bandar" in card.inner_text() and "needs-person" in card.get_attribute("class")
    radios = card.get_by_role("radio")
    assert radios.count() >= 2
    chosen_name = radios.nth(1).get_attribute("data-name")
    radios.nth(1).check()
    card.get_by_role("button", name="Accept").click()
    page.wait_for_selector(f"#{card.get_attribute('id')}.status-accepted")
    bandar = Partnership.objects.get(place_a=busan, name_as_written="Bandar")
    assert bandar.place_b is not None and bandar.place_b.name == chosen_name
    # then everything else above the confidence threshold
    page.fill("input[name=min_confidence]", "0.5")
    page.get_by_role("button", name="Accept all above").click()
    page.wait_for_url(re.compile(r"/documents/\d+/review/"))
    assert "Accepted" in page.locator(".messages").inner_text()
    partners = {p.place_b.name for p in Partnership.objects.filter(place_a=busan, place_b__isnull=False)}
    assert {"Barcelona", "Kaohsiung", chosen_name} <= partners and len(partners) > before
    assert not document.proposals.filter(status="pending", needs_person=False, confidence__gte=0.5).exists()
    shot(page, "upload-accepted")
    page.goto(f"{live_server.url}/places/partners/")
    assert page.locator("#partners tbody tr").count() == 3
    assert "needs review" not in page.locator("#partners").inner_text()


def test_network_world_map_draws_every_line(page, live_server, officer, tmp_path, capsys):
    """The world map of the network: every partnership with coordinates drawn on the canvas."""
    from tests.network.test_network_import import SHARED, SMALL
    from tests.registry.helpers import run_cli

    source = SHARED if SHARED.exists() else tmp_path / "twins.csv"
    if not SHARED.exists():
        source.write_text(SMALL, encoding="utf-8")
    assert run_cli(capsys, "network", "import", str(source), "--report", str(tmp_path / "r.csv"))[0] == 0
    from intercity.partnerships.network import map_payload

    expected = len(map_payload()["registry"])
    login(page, live_server, "/partnerships/network/")
    page.wait_for_function("document.getElementById('netmap').dataset.lines !== undefined", timeout=30000)
    assert int(page.locator("#netmap").get_attribute("data-lines")) == expected > 0
    shot(page, "network-map")
    # a country filter draws fewer lines (Spain: with the small fallback file, every pair touches Korea)
    page.fill("#netmap-country", "ES")
    page.wait_for_function(f"Number(document.getElementById('netmap').dataset.lines) < {expected}")
    assert "partnerships between" in page.locator("#netmap-status").inner_text()
    shot(page, "network-map-es")
