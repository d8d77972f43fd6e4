"""PDF reader on PDFs written by tests/core/documents/pdfwriter.py and on a Chromium PDF."""

from __future__ import annotations

from pathlib import Path

from intercity.core.documents import read_bytes, read_document
from tests.core.documents.helpers import assert_consistent, texts
from tests.core.documents.pdfwriter import PAGE_H, Text, layout_lines, write_pdf, write_pdf_pages

FIXTURES = Path(__file__).parent / "fixtures"


def test_paragraphs_headings_lists_pages():
    pages = [
        ["# Busan visit report",
         "The delegation from Barcelona arrived in Busan on 15 March 2017 and",
         "met the mayor at City Hall.",
         "",
         "- 1 Kaohsiung",
         "- 2 Los Angeles",
         "  which wraps onto a second line"],
        ["# Sites", "The hydrogen fuel cell power plant was the second stop."],
    ]
    doc = read_bytes(write_pdf(pages), "report.pdf")
    assert_consistent(doc)
    assert doc.format == "pdf" and doc.metadata["pages"] == 2
    got = [(b.page, b.kind, b.text) for b in doc.blocks]
    assert got == [
        (1, "heading", "Busan visit report"),
        (1, "paragraph", "The delegation from Barcelona arrived in Busan on 15 March 2017 and met the mayor at City Hall."),
        (1, "list_item", "- 1 Kaohsiung"),
        (1, "list_item", "- 2 Los Angeles which wraps onto a second line"),
        (2, "heading", "Sites"),
        (2, "paragraph", "The hydrogen fuel cell power plant was the second stop."),
    ]
    assert [b.paragraph for b in doc.blocks] == [1, 2, 3, 4, 1, 2]
    assert doc.title == "Busan visit report"


def test_running_header_footer_and_page_numbers_dropped():
    pages = [[f"Body text of page {n} about Busan and its partner cities."] for n in range(1, 5)]
    doc = read_bytes(write_pdf(pages, header="Busan Metropolitan City - Intercity Cooperation", footer=True), "h.pdf")
    assert texts(doc) == [f"Body text of page {n} about Busan and its partner cities." for n in range(1, 5)]
    assert doc.metadata["dropped_header_footer_lines"] == 8


def test_two_prose_columns_read_column_by_column():
    left = ["The left column begins the story of the", "partnership between Busan and Auckland,", "signed in 1996 after long talks."]
    right = ["The right column continues with the", "projects that followed the signature,", "including port exchanges."]
    doc = read_bytes(write_pdf([["# Columns"]], columns=[[left, right]]), "cols.pdf")
    assert texts(doc) == [
        "Columns",
        "The left column begins the story of the partnership between Busan and Auckland, signed in 1996 after long talks.",
        "The right column continues with the projects that followed the signature, including port exchanges.",
    ]


def test_grid_rows_become_cells():
    rows = [("City", "Country", "Since"), ("Busan", "KR", "1966"), ("Barcelona", "ES", "1983")]
    items = [Text(72 + c * 150, 700 - r * 30, value) for r, row in enumerate(rows) for c, value in enumerate(row)]
    items.append(Text(72, 760, "Partner table"))
    doc = read_bytes(write_pdf_pages([items]), "grid.pdf")
    cells = [(b.row, b.col, b.text) for b in doc.blocks if b.kind == "table_cell"]
    assert cells == [(r + 1, c + 1, v) for r, row in enumerate(rows) for c, v in enumerate(row)]
    assert doc.blocks[0].text == "Partner table"


def test_korean_two_column_chromium_pdf():
    doc = read_document(FIXTURES / "korean-two-columns.pdf")
    assert_consistent(doc)
    assert doc.language == "ko"
    assert doc.title == "부산광역시 국제협력 현황"
    assert doc.blocks[0].kind == "heading" and doc.blocks[0].text == "부산광역시 국제협력 현황"
    assert doc.blocks[1].text == "부산광역시는 27개국 37개 도시와 자매·우호도시 관계를 맺고 있습니다."
    assert doc.blocks[2].text.startswith("자매도시는 23개국 26개 도시이며")  # left column first
    assert doc.blocks[3].text.startswith("우호도시는 6개국 11개 도시이며")
    cells = [(b.row, b.col, b.text) for b in doc.blocks if b.kind == "table_cell"]
    assert cells[:3] == [(1, 1, "구분"), (1, 2, "도시 수"), (1, 3, "국가 수")]
    assert (3, 2, "11") in cells


def test_many_pages_keep_order_and_offsets():
    pages = [layout_lines([f"# Chapter {n}", f"Paragraph of chapter {n} mentions Busan."]) for n in range(1, 31)]
    doc = read_bytes(write_pdf_pages(pages), "long.pdf")
    assert_consistent(doc)
    heads = [b.text for b in doc.blocks if b.kind == "heading"]
    assert heads == [f"Chapter {n}" for n in range(1, 31)]
    assert PAGE_H == 842


def _chromium_pdf(html: str) -> bytes:
    import shutil
    import subprocess
    import tempfile

    import pytest

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        pytest.skip("Debian's chromium is not installed")
    with tempfile.TemporaryDirectory(prefix="intercity-rtl-") as tmp:
        src, out = Path(tmp) / "doc.html", Path(tmp) / "doc.pdf"
        src.write_text(html, encoding="utf-8")
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        "--disable-background-networking", "--no-first-run", f"--user-data-dir={tmp}/profile",
                        f"--print-to-pdf={out}", src.as_uri()], check=True, capture_output=True, timeout=120)
        return out.read_bytes()


def test_right_to_left_lines_read_in_logical_order():
    """Chromium prints Arabic and Hebrew glyph by glyph in visual order, and pdfium restores the logical order of
    some words only: each line must come back as it is read, digits and Latin words in their own order."""
    lines = [
        ("ar", "استقبل رئيس المجلس وفدا من مدينة غرناطة من 10 إلى 12 مارس 2025."),
        ("ar", "زيارة عمل إلى مدينة إشبيلية ومرسيليا مع Sousse."),
        ("he", "משלחת מחיפה ביקרה בטוקיו ובברלין בשנת 2024."),
        ("en", "Partners: Granada, Seville and Marseille (2019)."),
    ]
    body = "".join(f'<p dir="{"ltr" if lang == "en" else "rtl"}" lang="{lang}">{text}</p>' for lang, text in lines)
    html = f'<html><head><meta charset="utf-8"><style>body{{font-size:14pt}}</style></head><body>{body}</body></html>'
    doc = read_bytes(_chromium_pdf(html), "rtl.pdf")
    got = " ".join(b.text for b in doc.blocks)
    for _, text in lines:
        assert text in got
