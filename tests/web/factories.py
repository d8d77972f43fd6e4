"""A small registry built directly with the models (no gazetteer, no extraction): Busan as home,
a handful of partners, one unresolved name ("Bandar") waiting for review, a Barcelona visit with
tracks and sites, cooperation items, people, and a document every fact points into."""

from __future__ import annotations

import datetime as dt
import hashlib

from django.contrib.contenttypes.models import ContentType

DECK = """Busan Metropolitan City — Intercity Cooperation Team
Sister cities of Busan: 4 cities from 4 countries
1. Los Angeles (USA) 1967
2. Kaohsiung (Taiwan) 1966
3. Barcelona (Spain) 1983
4. Victoria (Australia) 2000
Friendship cities of Busan: 2 cities from 2 countries
1. Ho chi minh (Vietnam) 1995
2. Bandar
Busan's network: 37 cities from 27 countries
Visit of the Barcelona delegation to Busan, 15-16 March 2017
Track 1. Cultural regeneration of idle spaces: F1963, KISWIRE, Suyeong Overpass
Track 2. Clean energy city: hydrogen fuel-cell power plant
Track 3. Public transport: automatic fare-box system at Samwon FA
Track 4. Smart-city platform: Busan IT Industry Promotion Agency, Centum City
Future cooperation 1. Smart-city pilot services: communications are ongoing
Future cooperation 2. Solar thermal ordinances: interest expressed
Team: Kim Min-su, Deputy Director, coordinates relations on five continents
부산광역시 국제협력과
"""

PLACES = {
    "busan": dict(key="gn:1838524", kind="city", name="Busan", name_ko="부산광역시", country_code="KR", geonameid=1838524, lat=35.1028, lon=129.0403),
    "la": dict(key="gn:5368361", kind="city", name="Los Angeles", name_ko="로스앤젤레스", country_code="US", geonameid=5368361, lat=34.0522, lon=-118.2437),
    "kaohsiung": dict(key="gn:1673820", kind="city", name="Kaohsiung", name_ko="가오슝", country_code="TW", geonameid=1673820, lat=22.6163, lon=120.3133),
    "barcelona": dict(key="gn:3128760", kind="city", name="Barcelona", name_ko="바르셀로나", country_code="ES", geonameid=3128760, lat=41.3888, lon=2.159),
    "victoria": dict(key="iso:AU-VIC", kind="region", name="Victoria", name_ko="빅토리아주", country_code="AU", iso_3166_2="AU-VIC", lat=-37.0, lon=144.0),
    "montevideo": dict(key="gn:3441575", kind="city", name="Montevideo", name_ko="몬테비데오", country_code="UY", geonameid=3441575, lat=-34.9033, lon=-56.1882),
    "hcmc": dict(key="gn:1566083", kind="city", name="Ho Chi Minh City", name_ko="호찌민", country_code="VN", geonameid=1566083, lat=10.8231, lon=106.6297),
}
BANDAR_CHOICES = [
    {"name": "Bandar Seri Begawan", "kind": "city", "country_code": "BN", "geonameid": 1820906, "lat": 4.8903, "lon": 114.9401},
    {"name": "Bandar Abbas", "kind": "city", "country_code": "IR", "geonameid": 141681, "lat": 27.1865, "lon": 56.2808},
]


def _span(text: str, needle: str) -> dict:
    start = text.index(needle)
    return {"start": start, "end": start + len(needle), "quote": needle}


def build_registry(user=None, *, claims: bool = True) -> dict:
    from intercity.cooperation.models import CooperationItem
    from intercity.documents.models import Claim, Document, Evidence, ExtractionRun, Proposal
    from intercity.engagements.models import Engagement, Site, Track
    from intercity.partnerships.models import Partnership
    from intercity.people.models import Organisation, Person
    from intercity.places.models import Place
    from intercity.themes_app.models import Theme
    from intercity.workspace.services import set_home

    places = {k: Place.objects.create(**v) for k, v in PLACES.items()}
    busan = places["busan"]
    set_home(busan)
    doc = Document.objects.create(sha256=hashlib.sha256(DECK.encode()).hexdigest(), source_name="busan-network.txt",
                                  title="Busan network and the Barcelona visit", format="txt", language="en",
                                  text=DECK, size=len(DECK.encode()), subject=busan, uploaded_by=user)
    run = ExtractionRun.objects.create(document=doc, extractor_version="test", result={
        "partnerships": [{}] * 6, "engagements": [{}], "cooperation": [{}] * 2, "people": [{}], "claims": [{}] * 3},
        warnings=["2 .Los Angeles: stray characters"])

    def evidence(obj, needle):
        ev = _span(DECK, needle)
        Evidence.objects.create(document=doc, content_type=ContentType.objects.get_for_model(type(obj)), object_id=obj.pk, **ev)

    partnerships = {}
    for key, kind, seq, since, written in (("la", "sister", 1, "1967", "Los Angeles"), ("kaohsiung", "sister", 2, "1966", "Kaohsiung"),
                                           ("barcelona", "sister", 3, "1983", "Barcelona"), ("victoria", "sister", 4, "2000", "Victoria"),
                                           ("hcmc", "friendship", 1, "1995", "Ho chi minh")):
        p = Partnership.objects.create(place_a=busan, place_b=places[key], name_as_written=written, kind=kind, sequence=seq,
                                       since=since, sources=[f"document:{doc.pk}"])
        evidence(p, f"{seq}. {written}")
        partnerships[key] = p
    # a tie known only from an imported network dataset: shown on Barcelona's profile, not counted for Busan
    Partnership.objects.create(place_a=places["barcelona"], place_b=places["montevideo"], kind="sister", in_registry=False,
                               sources=["network:twin-cities"])
    bandar = Partnership.objects.create(place_a=busan, place_b=None, name_as_written="Bandar", kind="friendship", sequence=2,
                                        sources=[f"document:{doc.pk}"])
    evidence(bandar, "2. Bandar")
    ev = _span(DECK, "2. Bandar")
    bandar_proposal = Proposal.objects.create(
        document=doc, run=run, fact_type="partnership", fingerprint="partnership|friendship|bandar", order=5,
        summary="friendship #2: Bandar → which place? Bandar Seri Begawan (BN), Bandar Abbas (IR)",
        payload={"name_as_written": "Bandar", "place": None, "kind": "friendship", "sequence": 2, "since": None,
                 "confidence": 0.3, "alternatives": BANDAR_CHOICES, "evidence": ev},
        confidence=0.3, needs_person=True, reason="ambiguous place", start=ev["start"], end=ev["end"], quote=ev["quote"],
        target_type=ContentType.objects.get_for_model(Partnership), target_id=bandar.pk)
    ev = _span(DECK, "Team: Kim Min-su, Deputy Director, coordinates relations on five continents")
    person_proposal = Proposal.objects.create(
        document=doc, run=run, fact_type="person", fingerprint="person|kim min-su", order=1,
        summary="Kim Min-su — Deputy Director", payload={"name": "Kim Min-su", "role": "Deputy Director",
                                                        "organisation": "Busan Metropolitan City", "evidence": ev},
        confidence=0.9, start=ev["start"], end=ev["end"], quote=ev["quote"])

    smart = Theme.objects.get_or_create(slug="smart-city", defaults={"label_en": "Smart-city platforms", "label_ko": "스마트시티"})[0]
    energy = Theme.objects.get_or_create(slug="energy", defaults={"label_en": "Energy", "label_ko": "에너지"})[0]
    visit = Engagement.objects.create(kind="incoming", title="Barcelona delegation in Busan", host=busan,
                                      start=dt.date(2017, 3, 15), end=dt.date(2017, 3, 16), partnership=partnerships["barcelona"],
                                      fingerprint="gn:1838524|gn:3128760|2017-03-15")
    visit.visiting.set([places["barcelona"]])
    evidence(visit, "Visit of the Barcelona delegation to Busan, 15-16 March 2017")
    tracks = [("Cultural regeneration of idle spaces", ["F1963", "KISWIRE", "Suyeong Overpass"]),
              ("Clean energy city", ["Hydrogen fuel-cell power plant"]),
              ("Public transport", ["Automatic fare-box system, Samwon FA"]),
              ("Smart-city platform", ["Busan IT Industry Promotion Agency"])]
    for i, (title, sites) in enumerate(tracks, start=1):
        t = Track.objects.create(engagement=visit, order=i, title=title)
        for j, name in enumerate(sites, start=1):
            Site.objects.create(track=t, order=j, name=name)
    items = []
    for seq, (title, status, reason, theme) in enumerate((
            ("Smart-city pilot services", "in_progress", "communications are ongoing", smart),
            ("Solar thermal ordinances", "proposed", "interest expressed", energy)), start=1):
        item = CooperationItem.objects.create(title=title, status=status, status_reason=reason, sequence=seq,
                                              partnership=partnerships["barcelona"], engagement=visit,
                                              fingerprint=f"item|gn:1838524,gn:3128760|{title.lower()}")
        item.parties.set([busan, places["barcelona"]])
        item.themes.set([theme])
        evidence(item, f"Future cooperation {seq}. {title}")
        items.append(item)
    org = Organisation.objects.create(name="Busan Metropolitan City", place=busan)
    person = Person.objects.create(name="Lee Ji-won", role="Official for Asia, Middle East & Africa", organisation=org)
    visit.participants.add(person)
    if claims:
        for needle, cities, countries, scope in (("4 cities from 4 countries", 4, 4, "sister"),
                                                 ("2 cities from 2 countries", 2, 2, "friendship"),
                                                 ("37 cities from 27 countries", 37, 27, "all")):
            ev = _span(DECK, needle)
            Claim.objects.create(document=doc, subject=busan, text=needle, cities=cities, countries=countries, scope=scope,
                                 start=ev["start"], end=ev["end"])
    return {"places": places, "busan": busan, "document": doc, "partnerships": partnerships, "bandar": bandar,
            "bandar_proposal": bandar_proposal, "person_proposal": person_proposal, "visit": visit, "items": items}
