"""Day/month forms without a year and numbered months (engagement dates of dev 99-106's phenomena)."""

from intercity.core.extraction.dates import find_dates
from intercity.core.extraction.engagement_model import _headings, _sub_items
from intercity.core.extraction import engagement_model as EM


def spans(text, year=2031):
    return [(d.start, d.end) for d in find_dates(text, year)]


def test_day_range_joined_by_a_word_before_a_slashed_day_month():
    assert spans("hasta 3 al 5/11 en la sede") == [("2031-11-03", "2031-11-05")]


def test_slashed_day_month_opening_a_row_but_not_a_fraction_inside_a_sentence():
    assert spans("14/8  Encuentro con la cónsul") == [("2031-08-14", "2031-08-14")]
    assert spans("about 2/3 of the members") == []
    assert spans("14/8") == [("2031-08-14", "2031-08-14")]
    assert spans("14/8", None) == []


def test_mongolian_numbered_months():
    assert spans("Дархан хотын төлөөлөгчид — 7 сарын 2–4") == [("2031-07-02", "2031-07-04")]
    assert spans("айлчлал — 11 дүгээр сар") == [("2031-11", "2031-11")]
    assert spans("2030 оны 3-р сарын 8") == [("2030-03-08", "2030-03-08")]


def test_numbered_sub_items_are_passages_of_their_own():
    raw = "3. Visits\n    3.1 first item here\n    3.2 second item"
    parts = [t.strip() for _, t in _sub_items(10, raw)]
    assert parts == ["3. Visits", "3.1 first item here", "3.2 second item"]


def test_heading_direction_words():
    assert EM._HEAD_OUT.search("IV. 국외출장 현황") and not EM._HEAD_IN.search("IV. 국외출장 현황")
    assert EM._HEAD_IN.search("Delegaciones recibidas") and not EM._HEAD_OUT.search("Delegaciones recibidas")


def test_georgian_year_first_and_dative_months():
    assert spans("2030 წლის 3-5 ივნისს") == [("2030-06-03", "2030-06-05")]
    assert spans("8 ნოემბერს") == [("2031-11-08", "2031-11-08")]


def test_rules_read_numbered_sub_items_of_one_block_apart():
    from intercity.core.extraction.visits import _split_sub_items
    from intercity.core.extraction.text import sentences
    text = "2. Visits\n    2.1 a delegation came in spring\n    2.2 a consul called"
    parts = [sp.text.strip() for sp in _split_sub_items(sentences(text))]
    assert parts[-2:] == ["2.1 a delegation came in spring", "2.2 a consul called"]


def test_to_and_from_before_a_city_word():
    from intercity.core.extraction.fallback_visits import _IN_BEFORE, _OUT_BEFORE
    assert _OUT_BEFORE.search("زيارة عمل إلى مدينة ")
    assert _IN_BEFORE.search("a delegation from the city of ")


def test_heading_of_trips_abroad_turns_an_incoming_row_round():
    from intercity.core.documents.types import Block, ParsedDocument
    from intercity.core.extraction.types import EngagementFact, Evidence
    from intercity.core.places.types import PlaceRef
    home = PlaceRef(name="Hometown", kind="city", country_code="AA", geonameid=901)
    other = PlaceRef(name="Farville", kind="city", country_code="BB", geonameid=902)
    texts = [("heading", "Trips abroad"), ("paragraph", "Farville 3-5 May 2031")]
    blocks, pos = [], 0
    for kind, t in texts:
        blocks.append(Block(index=len(blocks), kind=kind, text=t, start=pos, end=pos + len(t)))
        pos += len(t) + 1
    doc = ParsedDocument(source="t.txt", format="txt", text="\n".join(t for _, t in texts), blocks=blocks, sha256="")
    e = EngagementFact(kind="incoming", title="x", visiting=[other], host=home, start="2031-05-03", end="2031-05-05",
                       evidence=Evidence(start=blocks[1].start, end=blocks[1].end, quote="", block=1))
    EM._heading_direction(doc, home, [e])
    assert e.kind == "outgoing" and e.host is other and e.visiting == [home]
