"""Readers on table layouts where cells are merged or laid out with spaces: a merged cell's value
is repeated in each row it covers (at its own column), fixed-width text tables become cells, and
two columns printed side by side are read one after the other. Documents built in the tests."""

from __future__ import annotations

import io

from intercity.core.documents import read_bytes
from tests.core.documents.helpers import assert_consistent


def _cells(doc) -> list[tuple[int, int, str]]:
    return [(b.row, b.col, b.text) for b in doc.blocks if b.kind == "table_cell"]


def test_docx_cell_merged_down_is_repeated_in_each_row():
    import docx

    d = docx.Document()
    t = d.add_table(rows=4, cols=3)
    for c, text in enumerate(["Tie", "City", "Country"]):
        t.cell(0, c).text = text
    rows = [("Twin town", "Lahti", "Finland"), ("", "Tartu", "Estonia"), ("Partner", "Gyor", "Hungary")]
    for r, (kind, city, country) in enumerate(rows, start=1):
        if kind:
            t.cell(r, 0).text = kind
        t.cell(r, 1).text = city
        t.cell(r, 2).text = country
    t.cell(1, 0).merge(t.cell(2, 0))  # "Twin town" over two rows
    t.cell(1, 0).text = "Twin town"
    buf = io.BytesIO()
    d.save(buf)
    doc = read_bytes(buf.getvalue(), "ties.docx")
    assert_consistent(doc)
    assert (3, 1, "Twin town") in _cells(doc)
    assert (3, 2, "Tartu") in _cells(doc)
    assert (4, 1, "Partner") in _cells(doc)


def test_pptx_cell_merged_down_is_repeated_and_a_title_row_read_once():
    from pptx import Presentation
    from pptx.util import Inches

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    shape = slide.shapes.add_table(5, 3, Inches(0.5), Inches(1.5), Inches(8), Inches(3))
    t = shape.table
    t.cell(0, 0).merge(t.cell(0, 2))
    t.cell(0, 0).text = "Network 2025"
    for c, text in enumerate(["Kind", "City", "Country"]):
        t.cell(1, c).text = text
    t.cell(2, 0).merge(t.cell(3, 0))
    t.cell(2, 0).text = "Sister city"
    for r, (city, country) in enumerate([("Lahti", "Finland"), ("Tartu", "Estonia")], start=2):
        t.cell(r, 1).text = city
        t.cell(r, 2).text = country
    t.cell(4, 0).text = "Partner"
    t.cell(4, 1).text = "Gyor"
    buf = io.BytesIO()
    prs.save(buf)
    doc = read_bytes(buf.getvalue(), "deck.pptx")
    assert_consistent(doc)
    cells = _cells(doc)
    assert [c for c in cells if c[0] == 1] == [(1, 1, "Network 2025")]
    assert (4, 1, "Sister city") in cells and (4, 2, "Tartu") in cells
    assert (5, 1, "Partner") in cells


def test_html_rowspan_keeps_the_columns_of_the_rows_below():
    html = ("<html><body><table><tr><th>Region</th><th>City</th><th>Country</th></tr>"
            "<tr><td rowspan='2'>Europe (2)</td><td>Lahti</td><td>Finland</td></tr>"
            "<tr><td>Tartu</td><td>Estonia</td></tr></table></body></html>")
    doc = read_bytes(html.encode(), "t.html")
    assert_consistent(doc)
    assert _cells(doc)[-3:] == [(3, 1, "Europe (2)"), (3, 2, "Tartu"), (3, 3, "Estonia")]


def test_text_table_padded_with_ideographic_spaces():
    text = ("附表：友好城市一覽\n"
            "編號\u3000國家\u3000\u3000城市\u3000\u3000\u3000締結日期\n"
            "1\u3000芬蘭\u3000\u3000拉赫蒂\u3000\u3000\u30001990.5.1\n"
            "2\u3000愛沙尼亞\u3000塔爾圖\u3000\u3000\u30001995.6.2\n")
    doc = read_bytes(text.encode("utf-8"), "t.txt")
    assert_consistent(doc)
    assert _cells(doc)[:4] == [(1, 1, "編號"), (1, 2, "國家"), (1, 3, "城市"), (1, 4, "締結日期")]
    assert (3, 3, "塔爾圖") in _cells(doc)


def test_two_columns_side_by_side_are_read_one_after_the_other():
    text = ("TWIN TOWNS                          FRIENDLY CITIES\n"
            "1. Lahti (Finland) ..... 1990       1. Tartu (Estonia) .... 1995\n"
            "2. Gyor (Hungary) ...... 1992       2. Kaunas (Lithuania) . 1999\n"
            "3. Brno (Czechia) ...... 1994\n"
            "\n"
            "A paragraph below the columns.\n")
    doc = read_bytes(text.encode("utf-8"), "t.txt")
    assert_consistent(doc)
    got = [b.text for b in doc.blocks]
    assert got == ["TWIN TOWNS", "1. Lahti (Finland) ..... 1990", "2. Gyor (Hungary) ...... 1992",
                   "3. Brno (Czechia) ...... 1994", "FRIENDLY CITIES", "1. Tartu (Estonia) .... 1995",
                   "2. Kaunas (Lithuania) . 1999", "A paragraph below the columns."]


def test_prose_with_wide_spaces_is_not_a_table():
    text = "Dear colleagues,  thank you.\nThe  visit  was  fine.\nSee  you  soon.\n"
    doc = read_bytes(text.encode("utf-8"), "t.txt")
    assert not _cells(doc)


def test_pdf_table_with_a_cell_merged_over_rows_keeps_the_columns():
    from tests.core.documents.pdfwriter import Text, write_pdf_pages

    cols = (72, 200, 320, 440)
    rows = [("Region", "City", "Country", "Since"), ("", "Lahti", "Finland", "1990"), ("", "Tartu", "Estonia", "1994"),
            ("", "Kaunas", "Lithuania", "1999"), ("", "Brno", "Czechia", "2003")]
    page = [Text(72, 790, "Twin towns by region", 14)]
    y = 750
    for r, row in enumerate(rows):
        for x, text in zip(cols, row):
            if text:
                page.append(Text(x, y, text))
        y -= 22
    page.append(Text(72, 750 - 22 * 2.5, "Europe (4)"))  # a merged cell, between the rows it covers
    doc = read_bytes(write_pdf_pages([page]), "t.pdf")
    assert_consistent(doc)
    cells = _cells(doc)
    assert (1, 2, "City") in cells
    cities = [(c, t) for r, c, t in cells if t in ("Lahti", "Tartu", "Kaunas", "Brno")]
    assert cities == [(2, "Lahti"), (2, "Tartu"), (2, "Kaunas"), (2, "Brno")]
    assert any(t == "Europe (4)" and c == 1 for r, c, t in cells)


def test_docx_spreadsheet_rows_pasted_as_tabbed_paragraphs_are_a_table():
    import docx

    d = docx.Document()
    d.add_paragraph("Our partners, copied from the register:")
    for line in ("No\tTown\tCountry\tSince\tNote", "1\tTampere\tFinland\t1998\t", "2\tBrno\tCzechia\t2004\t#####",
                 "3\tPecs\tHungary\t2011\trenewed", "\t\t\t\t"):
        d.add_paragraph(line)
    d.add_paragraph("Next steps\tfollow\tbelow")  # one tabbed line alone is no table
    buf = io.BytesIO()
    d.save(buf)
    doc = read_bytes(buf.getvalue(), "register.docx")
    assert_consistent(doc)
    cells = _cells(doc)
    assert (1, 2, "Town") in cells and (2, 2, "Tampere") in cells and (4, 5, "renewed") in cells
    assert (3, 5, "#####") in cells and not any(r == 5 for r, _c, _t in cells)
    assert doc.blocks[0].kind == "paragraph" and doc.blocks[-1].kind == "paragraph"


def test_docx_tabbed_paragraphs_of_unequal_width_stay_paragraphs():
    import docx

    d = docx.Document()
    for line in ("Mayor\tAnna\tBerg", "Deputy\tOle", "Clerk\tKai\tLund\tx"):
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    doc = read_bytes(buf.getvalue(), "staff.docx")
    assert not _cells(doc)
