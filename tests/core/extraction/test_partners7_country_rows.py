"""Partner lists written one country a line: the country, a colon, then its cities with their years
("Niemcy: Münster (1991), Delmenhorst (2005)"). The country places the cities a name alone would leave ambiguous.
New text of our own (the seventh session, partners7)."""

from __future__ import annotations

from tests.core.extraction.helpers import ties as _ties

PL = """# Miasta partnerskie

Miasto ma siedem miast partnerskich:

- **Niemcy:** Münster (1991), Delmenhorst (2005)
- **Francja:** Nancy (1994)
- **Wielka Brytania:** Lancaster (1997)
- **Kanada:** Windsor (2013)
"""

EN = """# Our sister cities

- Germany: Münster (1991), Delmenhorst (2005)
- France: Nancy (1994)
- United Kingdom: Lancaster (1997)
"""

DE = """# Unsere Partnerstädte

- Frankreich: Nancy (1994)
- Kanada: Windsor (2013)
"""

JA = """# 姉妹都市

- フランス：ナンシー（1994年）
- ドイツ：ミュンスター（1991年）
"""


def test_polish_country_rows_place_ambiguous_cities(extract_text):
    x = extract_text(PL, home_key=None, name="pl.md")
    assert {(p.place.key if p.place else None) for p in x.partnerships} >= {"gn:2867543", "gn:2990999", "gn:2644972", "gn:6182962"}
    assert {p.name_as_written: p.since for p in x.partnerships}["Münster"] == "1991"
    assert {p.place.country_code for p in x.partnerships if p.place} == {"DE", "FR", "GB", "CA"}


def test_english_and_german_country_rows(extract_text):
    x = extract_text(EN, home_key=None, name="en.md")
    assert _ties(x) >= {("sister", "Münster"), ("sister", "Nancy"), ("sister", "Lancaster"), ("sister", "Delmenhorst")}
    assert {p.place.country_code for p in x.partnerships if p.place} == {"DE", "FR", "GB"}
    y = extract_text(DE, home_key=None, name="de.md")
    assert {p.place.country_code for p in y.partnerships if p.place} == {"FR", "CA"}
    assert {p.name_as_written: p.since for p in y.partnerships} == {"Nancy": "1994", "Windsor": "2013"}


def test_a_sentence_after_a_country_is_no_row():
    from intercity.core.extraction.lists import _country_leader_row
    from intercity.core.extraction.mentions import PlaceFinder
    from intercity.core.places import load_gazetteer

    f = PlaceFinder(load_gazetteer())
    assert _country_leader_row("France: talks on a new exchange with Nancy", f) == []
    assert _country_leader_row("Objectives: Nancy, Lancaster", f) == []  # the label is no country
    row = _country_leader_row("**Francja:** Nancy (1994), Lancaster", f)
    assert [(r.name, r.country, r.since) for r in row] == [("Nancy", "FR", "1994"), ("Lancaster", "FR", None)]

KO = """# 자매도시

- 독일: 뮌스터 (1991), 델멘호르스트 (2005)
"""

ZH = """# 友好城市

- 德国：明斯特（1991）、代尔门霍斯特（2005）
"""


def test_country_rows_in_japanese_korean_and_chinese(extract_text):
    for text in (JA, KO, ZH):
        x = extract_text(text, home_key=None, name="doc.md")
        by_key = {p.place.key: p.since for p in x.partnerships if p.place}
        assert by_key.get("gn:2867543") == "1991", text  # Münster in Germany, with its year
