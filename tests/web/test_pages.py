"""The web pages through Django's test client: login everywhere, CSRF on every form, the partner
filter and its CSV export, passages, review decisions, the journal, upload errors."""

from __future__ import annotations

import csv
import io

import pytest
from django.test import Client, override_settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.web.factories import build_registry

pytestmark = pytest.mark.django_db

WEB_NAMESPACES = {"workspace", "places", "partnerships", "engagements", "cooperation", "documents"}
POST_ONLY = {"partnerships:partnership_add_to_registry", "documents:proposal_accept", "documents:proposal_reject", "documents:accept_all", "cooperation:item_journal"}


def _web_url_names() -> list[tuple[str, bool]]:
    """(namespaced name, takes a pk) for every URL of the web apps."""
    out = []
    for entry in get_resolver().url_patterns:
        if isinstance(entry, URLResolver) and entry.namespace in WEB_NAMESPACES:
            for pattern in entry.url_patterns:
                assert isinstance(pattern, URLPattern)
                out.append((f"{entry.namespace}:{pattern.name}", "<int:pk>" in str(pattern.pattern)))
    return out


@pytest.fixture
def user(django_user_model):
    return django_user_model.objects.create_user("officer", password="a-long-password-1")


@pytest.fixture
def client_in(client, user):
    client.force_login(user)
    return client


@pytest.fixture
def registry(user):
    return build_registry(user)


def test_every_web_page_requires_login(client):
    names = _web_url_names()
    assert len(names) >= 15 and ("workspace:dashboard", False) in names
    for name, has_pk in names:
        url = reverse(name, args=[1] if has_pk else [])
        response = client.post(url) if name in POST_ONLY else client.get(url)
        assert response.status_code == 302, name
        assert response["Location"].startswith(reverse("login") + "?next="), name


def test_every_web_view_goes_through_team_view():
    for entry in get_resolver().url_patterns:
        if isinstance(entry, URLResolver) and entry.namespace in WEB_NAMESPACES:
            for pattern in entry.url_patterns:
                assert getattr(pattern.callback, "team_view", False), pattern.name


def test_login_page_and_logout_is_a_post_form(client, user):
    page = client.get(reverse("login"))
    assert page.status_code == 200 and b'name="csrfmiddlewaretoken"' in page.content
    response = client.post(reverse("login"), {"username": "officer", "password": "a-long-password-1"})
    assert response.status_code == 302 and response["Location"] == reverse("workspace:dashboard")
    home = client.get(reverse("workspace:dashboard"))
    assert b'action="/logout/"' in home.content and b'method="post"' in home.content


def test_posts_without_csrf_token_are_rejected(user, registry):
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    item = registry["items"][0]
    posts = [
        (reverse("documents:proposal_accept", args=[registry["person_proposal"].pk]), {}),
        (reverse("documents:proposal_reject", args=[registry["person_proposal"].pk]), {}),
        (reverse("documents:accept_all", args=[registry["document"].pk]), {"min_confidence": "0.5"}),
        (reverse("cooperation:item_journal", args=[item.pk]), {"text": "Called Barcelona", "status": "agreed"}),
        (reverse("documents:upload"), {"file": io.BytesIO(b"hello")}),
        (reverse("logout"), {}),
    ]
    for url, data in posts:
        assert client.post(url, data).status_code == 403, url
    registry["person_proposal"].refresh_from_db()
    item.refresh_from_db()
    assert registry["person_proposal"].status == "pending" and item.status == "in_progress"


def test_no_home_city_shows_how_to_set_one(client_in):
    response = client_in.get(reverse("workspace:dashboard"))
    assert response.status_code == 200
    assert b"intercity home" in response.content and b"No home city is set" in response.content
    assert client_in.get(reverse("places:partner_list")).status_code == 200


def test_partner_list_filters_and_htmx_fragment(client_in, registry):
    url = reverse("places:partner_list")
    page = client_in.get(url).content.decode()
    assert "<html" in page and "Los Angeles" in page and "바르셀로나" in page and "needs review" in page
    assert "6 of 6 partnerships" in page
    fragment = client_in.get(url, {"kind": "friendship"}, HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in fragment and 'id="partners"' in fragment
    assert "Ho Chi Minh City" in fragment and "Bandar" in fragment and "Los Angeles" not in fragment
    assert "2 of 6 partnerships" in fragment
    assert "?kind=friendship" in fragment  # the CSV link exports the same rows
    by_country = client_in.get(url, {"country": "ES"}, HTTP_HX_REQUEST="true").content.decode()
    assert "Barcelona" in by_country and "Kaohsiung" not in by_country
    by_text = client_in.get(url, {"q": "로스"}, HTTP_HX_REQUEST="true").content.decode()
    assert "Los Angeles" in by_text and "Barcelona" not in by_text


def test_csv_export_has_the_filtered_rows(client_in, registry):
    response = client_in.get(reverse("places:partner_csv"))
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0][:6] == ["kind", "list number", "partner", "partner (Korean)", "country code", "country"]
    body = rows[1:]
    assert len(body) == 6
    barcelona = next(r for r in body if r[2] == "Barcelona")
    assert barcelona[:8] == ["Sister city", "3", "Barcelona", "바르셀로나", "ES", "Spain", "1983", "Active"]
    bandar = next(r for r in body if r[2] == "Bandar")
    assert bandar[4] == "" and bandar[8] == "yes"
    friendship = list(csv.reader(io.StringIO(client_in.get(reverse("places:partner_csv"), {"kind": "friendship"})
                                             .content.decode("utf-8").lstrip("\ufeff"))))[1:]
    assert sorted(r[2] for r in friendship) == ["Bandar", "Ho Chi Minh City"]


def test_place_profile_links_every_fact_to_its_passage(client_in, registry):
    barcelona = registry["places"]["barcelona"]
    page = client_in.get(reverse("places:place_detail", args=[barcelona.pk])).content.decode()
    assert "바르셀로나" in page and "Sister city" in page and "1983" in page
    assert "Barcelona delegation in Busan" in page and "2017-03-15" in page
    assert page.count('class="track-item"') == 4 and page.count('class="site"') == 6
    assert page.count('class="coop-item"') == 2 and "Lee Ji-won" in page
    assert 'id="network"' in page and "Montevideo" in page  # the global network, apart from the team's record
    doc = registry["document"]
    passage = reverse("documents:passage", args=[doc.pk])
    assert page.count(f'href="{passage}?start=') >= 4  # partnership, engagement, two items
    start = doc.text.index("3. Barcelona")
    assert f"{passage}?start={start}&amp;end={start + len('3. Barcelona')}" in page


def test_passage_page_highlights_the_span(client_in, registry):
    doc = registry["document"]
    start = doc.text.index("2. Bandar")
    response = client_in.get(reverse("documents:passage", args=[doc.pk]), {"start": start, "end": start + 9})
    assert '<mark class="current" id="passage">2. Bandar</mark>' in response.content.decode()
    assert client_in.get(reverse("documents:passage", args=[doc.pk]), {"start": "x", "end": "3"}).status_code == 400
    assert client_in.get(reverse("documents:passage", args=[doc.pk]), {"start": 5, "end": 10**6}).status_code == 400
    full = client_in.get(reverse("documents:passage", args=[doc.pk])).content.decode()
    assert "<mark" not in full and "부산광역시 국제협력과" in full


def test_review_choose_a_place_for_an_ambiguous_name(client_in, registry):
    from intercity.partnerships.models import Partnership

    proposal = registry["bandar_proposal"]
    review = client_in.get(reverse("documents:review", args=[registry["document"].pk])).content.decode()
    assert 'name="choice" value="2"' in review and "Bandar Abbas" in review and f'data-p="p{proposal.pk}"' in review
    accept = reverse("documents:proposal_accept", args=[proposal.pk])
    # accepting without a choice is refused with a message, nothing changes
    card = client_in.post(accept, {}, HTTP_HX_REQUEST="true").content.decode()
    assert "Choose which place is meant" in card
    assert Partnership.objects.get(pk=registry["bandar"].pk).place_b is None
    card = client_in.post(accept, {"choice": "2", "on_review_page": "1"}, HTTP_HX_REQUEST="true").content.decode()
    assert "status-accepted" in card and 'id="pending-count" hx-swap-oob="true"' in card
    partnership = Partnership.objects.get(name_as_written="Bandar")
    assert partnership.place_b.name == "Bandar Abbas" and partnership.place_b.country_code == "IR"
    proposal.refresh_from_db()
    assert proposal.status == "accepted" and proposal.decided_by.username == "officer"


def test_review_keeps_the_proposed_place_beside_a_namesake_of_another_kind(client_in, registry):
    """The city of Barcelona proposed, the province of Barcelona an alternative: both are offered, the city is
    the one checked, and accepting as offered links the city (names alone would confuse the two)."""
    from intercity.core.places import load_gazetteer
    from intercity.documents.models import Proposal
    from intercity.partnerships.models import Partnership

    g = load_gazetteer()
    city = g.resolve("Barcelona", "ES").best.to_json()
    province = g.get("iso:ES-B").to_json()
    assert city["name"] == province["name"] == "Barcelona" and province["kind"] == "region"
    bandar = registry["bandar_proposal"]
    proposal = Proposal.objects.create(
        document=bandar.document, run=bandar.run, fact_type="partnership", fingerprint="partnership|sister|barcelona",
        order=9, summary="sister: Barcelona → Barcelona, ES",
        payload={"name_as_written": "Barcelona", "place": city, "kind": "sister", "sequence": None, "since": None,
                 "confidence": 0.9, "alternatives": [province], "evidence": bandar.payload["evidence"]},
        confidence=0.9, start=bandar.start, end=bandar.end, quote=bandar.quote)
    review = client_in.get(reverse("documents:review", args=[bandar.document.pk])).content.decode()
    card = review[review.index(f'id="proposal-{proposal.pk}"'):]
    card = card[:card.index("</article>")]
    assert card.count('name="choice"') == 2
    checked = card[:card.index("checked")]
    assert checked[checked.rindex('value="'):].startswith('value="1"') and "region" in card and "city" in card
    client_in.post(reverse("documents:proposal_accept", args=[proposal.pk]), {"choice": "1"})
    tie = Partnership.objects.get(name_as_written="Barcelona", kind="sister", place_b__key=f"gn:{city['geonameid']}")
    assert tie.place_b.kind == "city"


def test_review_reject_and_accept_all_and_queue(client_in, registry):
    from intercity.documents.models import Proposal

    queue = client_in.get(reverse("documents:review_queue")).content.decode()
    assert queue.index("Bandar") < queue.index("Kim Min-su")  # ambiguous places first
    person = registry["person_proposal"]
    response = client_in.post(reverse("documents:proposal_reject", args=[person.pk]))
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.status == "rejected"
    person.status = "pending"
    person.save()
    response = client_in.post(reverse("documents:accept_all", args=[registry["document"].pk]), {"min_confidence": "0.8"}, follow=True)
    assert "Accepted 1 proposal" in response.content.decode()
    assert Proposal.objects.get(pk=person.pk).status == "accepted"
    assert Proposal.objects.get(pk=registry["bandar_proposal"].pk).status == "pending"  # needs a person


def test_journal_entry_and_status_change(client_in, registry):
    from intercity.audit.models import AuditEntry

    item = registry["items"][1]
    url = reverse("cooperation:item_journal", args=[item.pk])
    empty = client_in.post(url, {"text": "", "status": item.status}, HTTP_HX_REQUEST="true").content.decode()
    assert "Write what happened" in empty
    fragment = client_in.post(url, {"text": "Video call with Barcelona energy agency", "status": "agreed"},
                              HTTP_HX_REQUEST="true").content.decode()
    assert "Video call with Barcelona energy agency" in fragment and "Status: Proposed → Agreed" in fragment
    item.refresh_from_db()
    assert item.status == "agreed" and item.journal.count() == 1
    assert AuditEntry.objects.filter(model="cooperation.cooperationitem", object_id=str(item.pk), via="web",
                                     actor__username="officer").exists()


def test_cooperation_list_filter(client_in, registry):
    url = reverse("cooperation:item_list")
    page = client_in.get(url).content.decode()
    assert "Smart-city pilot services" in page and "Solar thermal ordinances" in page
    fragment = client_in.get(url, {"status": "proposed"}, HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in fragment and "Solar thermal ordinances" in fragment and "Smart-city pilot" not in fragment


def test_detail_pages_render(client_in, registry):
    visit = registry["visit"]
    page = client_in.get(reverse("engagements:engagement_detail", args=[visit.pk])).content.decode()
    assert "4 tracks, 6 sites" in page and "KISWIRE" in page
    page = client_in.get(reverse("partnerships:partnership_detail", args=[registry["bandar"].pk])).content.decode()
    assert "Needs review" in page and f"#proposal-{registry['bandar_proposal'].pk}" in page
    page = client_in.get(reverse("documents:document_detail", args=[registry["document"].pk])).content.decode()
    assert "2 waiting" in page and "stray characters" in page
    assert client_in.get(reverse("documents:document_list")).status_code == 200
    assert client_in.get(reverse("engagements:engagement_list")).status_code == 200
    assert client_in.get(reverse("places:place_detail", args=[10**6])).status_code == 404


def test_upload_errors_are_form_errors_naming_the_file(client_in):
    from intercity.documents.models import Document

    url = reverse("documents:upload")
    assert b'enctype="multipart/form-data"' in client_in.get(url).content
    bad = io.BytesIO(b"%PDF-1.4\n garbage that is not a PDF \x00\x01\x02")
    bad.name = "minutes.pdf"
    page = client_in.post(url, {"file": bad}).content.decode()
    assert 'id="upload-errors"' in page and "minutes.pdf" in page
    with override_settings(INTERCITY_MAX_UPLOAD_MB=0):
        big = io.BytesIO(b"Busan and Barcelona")
        big.name = "notes.txt"
        page = client_in.post(url, {"file": big}).content.decode()
    assert "notes.txt: larger than the 0 MB limit" in page
    assert not Document.objects.exists()


def test_uploads_are_never_served(client_in):
    for path in ("/uploads/", "/media/", "/documents/stored/"):
        assert client_in.get(path).status_code == 404


def test_dashboard_figures_claims_and_map(client_in, registry):
    page = client_in.get(reverse("workspace:dashboard"))
    html = page.content.decode()
    assert "부산광역시" in html
    assert page.context["stats"]["partners"] == 6 and page.context["stats"]["countries"] == 5
    claims = {c["text"]: c for c in page.context["claims"]}
    assert claims["4 cities from 4 countries"]["check"] == "consistent"  # the sister cities, all resolved
    assert claims["2 cities from 2 countries"]["check"] == "unverified"  # Bandar waits for a person
    assert "Bandar" in claims["2 cities from 2 countries"]["reason"]
    assert claims["37 cities from 27 countries"]["check"] == "inconsistent"  # 6 partners recorded, not 37
    assert html.count('class="badge check-') == 3 and "Bandar" in html
    assert 'id="partner-map-data"' in html and '"name": "Barcelona"' in html
    assert f'"url": "/places/{registry["places"]["barcelona"].pk}/"' in html  # popups link to profiles
    assert "Barcelona delegation in Busan" in html and "Smart-city pilot services" in html


def test_highlight_splits_overlapping_spans_and_escapes():
    from intercity.documents.views import highlight

    html = highlight("ab<c>defgh", [(1, 5, "p1"), (3, 8, "p2")], current=(3, 5))
    assert html == ('a<mark data-p="p1">b&lt;</mark><mark data-p="p1 p2" class="current" id="passage">c&gt;</mark>'
                    '<mark data-p="p2">def</mark>gh')
    assert highlight("abc", [(2, 99, "p1"), (5, 9, "p2"), (1, 1, "p3")]) == 'ab<mark data-p="p1">c</mark>'


def test_several_files_are_read_in_a_background_job(client_in, registry):
    from intercity.documents.models import IngestJob

    a, b = io.BytesIO(b"Sister cities: 1. Barcelona"), io.BytesIO(b"Friendship cities: 1. Bandar")
    a.name, b.name = "a.txt", "b.txt"
    response = client_in.post(reverse("documents:upload"), {"file": [a, b]})
    job = IngestJob.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("documents:job_detail", args=[job.pk])
    assert job.total == 2 and [f["name"] for f in job.files] == ["a.txt", "b.txt"] and job.created_by.username == "officer"
    page = client_in.get(response["Location"]).content.decode()
    assert "Queued" in page and 'hx-trigger="every 1s"' in page
    fragment = client_in.get(response["Location"], HTTP_HX_REQUEST="true").content.decode()
    assert fragment.lstrip().startswith('<section class="card" id="job"')
    assert "Being read" in client_in.get(reverse("documents:document_list")).content.decode()


def test_theme_badges_say_which_words_matched(client_in, registry):
    """The reason for a theme is the fact's words that matched the taxonomy's keywords."""
    solar = registry["items"][1]
    page = client_in.get(solar.get_absolute_url()).content.decode()
    assert 'title="matched: solar thermal' in page or 'title="matched: solar' in page, page
    # A theme given without a matching word (a person's choice) keeps the taxonomy's description.
    from intercity.themes_app.models import Theme

    culture, _ = Theme.objects.get_or_create(slug="culture-tourism", defaults={
        "label_en": "Culture and tourism", "description": "Festivals, heritage and visitors"})
    culture.description = "Festivals, heritage and visitors"
    culture.save()
    solar.themes.add(culture)
    page = client_in.get(solar.get_absolute_url()).content.decode()
    assert 'title="Festivals, heritage and visitors"' in page
