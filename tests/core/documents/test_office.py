"""DOCX and PPTX readers on documents generated with python-docx / python-pptx."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from intercity.core.documents import read_bytes, read_document
from tests.core.documents.builders import make_docx, make_pptx
from tests.core.documents.helpers import assert_consistent, texts

REPO = Path(__file__).resolve().parents[3]
EXAMPLES = REPO / "src" / "intercity" / "examples"
DECK = EXAMPLES / "busan-iurc-kickoff-2021.pptx"
REPORT = EXAMPLES / "barcelona-delegation-busan-2017.docx"


def test_docx_structure_in_body_order():
    doc = read_bytes(make_docx(), "report.docx")
    assert_consistent(doc)
    assert doc.format == "docx"
    assert doc.title == "Surabaya report"
    kinds = [(b.kind, b.level, b.text) for b in doc.blocks if b.kind != "table_cell"]
    assert kinds[:9] == [
        ("title", 0, "Delegation report"),
        ("heading", 1, "Background"),
        ("paragraph", 0, "The Surabaya delegation arrived on 2 May 2019."),
        ("heading", 2, "Sites"),
        ("list_item", 1, "Busan Port Authority"),
        ("list_item", 1, "BEXCO"),
        ("heading", 2, "Outcomes"),
        ("list_item", 1, "1. Port logistics exchange"),
        ("list_item", 1, "2. Smart city pilot"),
    ]
    cells = [(b.row, b.col, b.text) for b in doc.blocks if b.kind == "table_cell"]
    assert cells == [
        (1, 1, "City"), (1, 2, "Country"), (1, 3, "Since"),
        (2, 1, "Surabaya"), (2, 2, "Indonesia"), (2, 3, "1994"),
        (3, 1, "Merged note"), (3, 3, "n/a"),
    ]
    # the table sits between the numbered list and the following paragraphs
    idx = {b.text: b.index for b in doc.blocks}
    assert idx["3. Youth exchange"] < idx["City"] < idx["Line one\nline two after tab"]
    assert "부산광역시 국제협력과" in texts(doc)


def test_pptx_slides_titles_groups_tables_notes():
    doc = read_bytes(make_pptx(), "deck.pptx")
    assert_consistent(doc)
    assert doc.format == "pptx"
    assert doc.metadata["slides"] == 3
    s1 = [(b.kind, b.level, b.text) for b in doc.blocks if b.slide == 1]
    assert s1 == [
        ("title", 0, "Partner cities"),
        ("list_item", 1, "Sister cities"),
        ("list_item", 2, "Kaohsiung"),
        ("notes", 0, "Say hello to the delegates."),
    ]
    s2 = [b for b in doc.blocks if b.slide == 2]
    assert [b.text for b in s2] == [
        "Two columns",
        "1 Kaohsiung",  # left column first although the right box sits 0.05" higher
        "2 Los Angeles",
        "Inside a group",  # a group is read as a unit, left of the table in the same band
        "Inside a nested group",
        "City", "Since", "Busan", "2017",
        "1. Smart-Energy", "2. Smart-Mobility", "3. Smart-Park",
    ]
    assert [b.paragraph for b in s2] == list(range(1, len(s2) + 1))
    cells = [(b.row, b.col) for b in s2 if b.kind == "table_cell"]
    assert cells == [(1, 1), (1, 2), (2, 1), (2, 2)]
    assert not [b for b in doc.blocks if b.slide == 3]


def test_example_deck_carries_the_seed_facts():
    doc = read_document(DECK)
    assert_consistent(doc)
    assert doc.format == "pptx" and doc.language == "en"
    assert doc.metadata["slides"] == 8
    all_text = doc.text
    for name in ("LEE Su-jeong", "KIM Yun-jae", "PARK Mee-sol", "Korean-English Conference Interpreter",
                 "Asia, the Middle East and Africa", "EU IURC"):
        assert name in all_text
    assert "Busan has Sister/Friendship City relations with 37 cities from 27 countries." in texts(doc)
    sister_slide = next(b.slide for b in doc.blocks if b.kind == "title" and b.text.startswith("Sister Cities (26 cities from 23 countries)"))
    items = [b.text for b in doc.blocks if b.slide == sister_slide and b.kind == "list_item"]
    numbers = [int(t.split()[0]) for t in items]
    assert numbers == list(range(1, 27, 2)) + list(range(2, 27, 2))  # two columns, like the seed
    friend_slide = next(b.slide for b in doc.blocks if b.kind == "title" and b.text == "Friendship Cities (11 cities from 6 countries)")
    items = [b.text for b in doc.blocks if b.slide == friend_slide and b.kind == "list_item"]
    assert [int(t.split()[0]) for t in items] == list(range(1, 12, 2)) + list(range(2, 12, 2))
    assert "8 Bandar" in items
    areas = [b for b in doc.blocks if b.kind == "heading" and b.text.startswith("Smart-")]
    assert [a.text for a in areas] == ["Smart-Energy", "Smart-Mobility", "Smart-Healthcare", "Smart-Park"]
    for a in areas:  # each description follows its heading
        nxt = doc.blocks[a.index + 1]
        assert nxt.kind == "paragraph" and nxt.slide == a.slide and len(nxt.text) > 40
    assert "renewable" in doc.blocks[areas[0].index + 1].text
    assert "medical" in doc.blocks[areas[2].index + 1].text
    # the programme banner repeated on every slide is marked as boilerplate, not content
    assert {b.kind for b in doc.blocks if b.text == "INTERNATIONAL URBAN AND REGIONAL COOPERATION"} == {"header"}


def test_example_report_carries_the_seed_facts():
    doc = read_document(REPORT)
    assert_consistent(doc)
    assert doc.format == "docx"
    assert "15 to 16 March 2017" in doc.text and "14 March 2017" in doc.text
    assert doc.blocks[0].kind == "title" and doc.blocks[0].text == "Barcelona in Busan"
    heading = next(b for b in doc.blocks if b.kind == "heading" and b.text == "Areas of Future Cooperation")
    tracks = [b.text for b in doc.blocks if b.kind == "list_item" and b.index < heading.index]
    assert len(tracks) == 4
    sites = ("F1963", "KISWIRE", "Suyeong Overpass", "hydrogen fuel cell power plant", "Samwon FA facility",
             "Busan IT Industry Promotion Agency")
    for site in sites:
        assert sum(site in t for t in tracks) == 1, site
    items = [b.text for b in doc.blocks if b.kind == "list_item" and b.index > heading.index]
    assert [t.split(" ", 1)[0] for t in items] == ["1.", "2.", "3.", "4.", "5.", "6."]
    assert "26 services" in items[0]
    assert "Communications are ongoing" in items[1]
    assert "not readily applicable" in items[2] and "still exist" in items[2] and "30%" in items[2]
    assert "solar thermal" in items[2] and "22@" in items[3]
    assert "expressed interest" in items[4]
    assert "Sónar" in items[5] and "Smart City Expo World Congress" in items[5]
    assert "pre-identified" in doc.text


def test_make_examples_is_reproducible(tmp_path):
    out = subprocess.run([sys.executable, str(REPO / "scripts" / "make_examples.py"), str(tmp_path)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    for path in (DECK, REPORT):
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), f"{path.name} differs: re-run scripts/make_examples.py"
