"""PDF reader: ruled tables, right-to-left tables, hyphenated line ends, wrapped lines that start with a number,
what ends a table. Inputs are written by tests/core/documents/pdfwriter.py (and Chromium where it is installed)."""

from __future__ import annotations

from intercity.core.documents import read_bytes
from tests.core.documents.helpers import assert_consistent
from tests.core.documents.pdfwriter import Rule, Text, grid_rules, layout_lines, write_pdf_pages
from tests.core.documents.test_pdf import _chromium_pdf


def _cells(doc):
    return [(b.row, b.col, b.text) for b in doc.blocks if b.kind == "table_cell"]


def _ruled_table(rows, xs, top, pitch, *, size=10, filled=False, lines_per_row=None):
    """Text for ``rows`` (a cell may hold several lines, given as a list) between rules at ``xs``; each row is
    ``pitch`` high per line; rows sit only a little apart, as in a real bordered table."""
    items, ys, y = [], [top], top
    for r, row in enumerate(rows):
        n = max(len(c) if isinstance(c, list) else 1 for c in row)
        height = 4 + n * pitch
        for j, cell in enumerate(row):
            lines = cell if isinstance(cell, list) else [cell]
            # a one-line cell is centred on its row, as word processors and browsers do
            first = y - 2 - pitch + 2 if len(lines) == n else y - height / 2 - pitch / 2 + 2
            for k, line in enumerate(lines):
                if line:
                    items.append(Text(xs[j] + 4, first - k * pitch, line, size))
        y -= height
        ys.append(y)
    return items, ys


def test_ruled_table_keeps_rows_together_and_joins_cell_lines():
    rows = [("Project", "Partner", "Status"),
            (["Waterfront regeneration and public", "space exchange with the port"], "Auckland", "completed"),
            ("Working-holiday programme", ["Auckland", "Wellington"], ["communications with the", "embassy are ongoing"]),
            ("Film festival", "Busan", "suspended")]
    xs = [72, 260, 380, 520]
    items, ys = _ruled_table(rows, xs, 700, 12)
    page = [Text(72, 740, "Cooperation items", 10)] + items + grid_rules(xs, ys)
    page.append(Text(72, ys[-1] - 30, "The table above lists the items of the year.", 10))
    doc = read_bytes(write_pdf_pages([page]), "ruled.pdf")
    assert_consistent(doc)
    assert _cells(doc) == [
        (1, 1, "Project"), (1, 2, "Partner"), (1, 3, "Status"),
        (2, 1, "Waterfront regeneration and public space exchange with the port"), (2, 2, "Auckland"),
        (2, 3, "completed"),
        # lines that stop well short of the cell's width keep their line break (a list inside a cell)
        (3, 1, "Working-holiday programme"), (3, 2, "Auckland\nWellington"), (3, 3, "communications with the embassy are ongoing"),
        (4, 1, "Film festival"), (4, 2, "Busan"), (4, 3, "suspended"),
    ]
    kinds = [b.kind for b in doc.blocks]
    assert kinds[0] == "paragraph" and kinds[-1] == "paragraph"
    assert doc.blocks[-1].text == "The table above lists the items of the year."
    # rows are separated by "\n", cells by "\t"
    assert "Project\tPartner\tStatus\nWaterfront regeneration and public space exchange with the port\tAuckland" in doc.text


def test_ruled_table_drawn_with_filled_rules_and_a_cell_spanning_columns():
    rows = [("City", "Country", "Since"), ("Lahti", "Finland", "1990"), ("Tartu", "Estonia", "1994")]
    xs = [72, 200, 330, 450]
    items, ys = _ruled_table(rows, xs, 650, 12)
    # a title row spanning the three columns above the table
    top = ys[0] + 16
    items.append(Text(76, top - 12, "Twin towns of the city", 10))
    rules = grid_rules(xs, [top] + ys, skip_v={(0, 1), (0, 2)}, filled=True)
    doc = read_bytes(write_pdf_pages([items + rules]), "filled.pdf")
    assert_consistent(doc)
    assert _cells(doc) == [(1, 1, "Twin towns of the city"),
                           (2, 1, "City"), (2, 2, "Country"), (2, 3, "Since"),
                           (3, 1, "Lahti"), (3, 2, "Finland"), (3, 3, "1990"),
                           (4, 1, "Tartu"), (4, 2, "Estonia"), (4, 3, "1994")]


def test_framed_text_is_not_a_table():
    page = layout_lines(["A framed notice about the visit of the delegation", "from Kaunas in May."], top=700)
    page += [Rule(60, 715, 540, 715), Rule(60, 670, 540, 670), Rule(60, 670, 60, 715), Rule(540, 670, 540, 715)]
    doc = read_bytes(write_pdf_pages([page]), "box.pdf")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("paragraph", "A framed notice about the visit of the delegation from Kaunas in May.")]


def test_hyphenated_line_ends_are_joined_and_real_hyphens_kept():
    lines = ["The programme of coop-", "eration with Stuttgart in Baden-", "Württemberg runs from 2019-",
             "2020 and covers the twin- town -", "festival as well."]
    doc = read_bytes(write_pdf_pages([layout_lines(lines)]), "hyphens.pdf")
    assert [b.text for b in doc.blocks] == [
        "The programme of cooperation with Stuttgart in Baden-Württemberg runs from 2019-2020 and covers the "
        "twin- town - festival as well."]


def test_a_wrapped_line_starting_with_a_day_number_continues_the_paragraph():
    lines = ["Applications for the twin-town fund close on", "15. februar 2026. The budget was spent in full.",
             "", "Sections of the report:", "1. Partners", "2. Visits"]
    doc = read_bytes(write_pdf_pages([layout_lines(lines)]), "wrapped.pdf")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("paragraph", "Applications for the twin-town fund close on 15. februar 2026. The budget was spent in full."),
        ("paragraph", "Sections of the report:"),
        ("list_item", "1. Partners"),
        ("list_item", "2. Visits"),
    ]


def test_a_paragraph_or_footnote_below_an_unruled_table_is_not_a_row():
    page = [Text(72, 780, "Programme", 14)]
    y = 740
    for row in [("Time", "Activity", "Place"), ("09:00", "Welcome by the mayor", "City Hall"),
                ("10:30", "Talks on the port project", "Port office"), ("14:00", "Visit of the market", "Market")]:
        for x, text in zip((72, 180, 400), row):
            page.append(Text(x, y, text, 9))
        y -= 18
    page.append(Text(72, y - 2, "The delegation leaves on Thursday after the closing dinner at the harbour restaurant.", 9))
    page.append(Text(72, y - 40, "* Other sister cities: Changzhou and Liuzhou.", 8))
    doc = read_bytes(write_pdf_pages([page]), "unruled.pdf")
    assert_consistent(doc)
    cells = _cells(doc)
    assert cells[0] == (1, 1, "Time") and cells[-1] == (4, 3, "Market") and len(cells) == 12
    rest = [b.text for b in doc.blocks if b.kind != "table_cell"]
    assert rest == ["Programme", "The delegation leaves on Thursday after the closing dinner at the harbour restaurant.",
                    "* Other sister cities: Changzhou and Liuzhou."]


_RTL_CSS = ("body{font-size:11pt} table{border-collapse:collapse;margin:6mm 0} td,th{padding:1mm 2.5mm;text-align:right}"
            " .ruled td,.ruled th{border:0.5pt solid #888}")


def test_right_to_left_tables_count_columns_from_the_right_and_keep_rows():
    """Chromium prints an Arabic table with the first column at the right; rows sit closer than a paragraph gap and a
    status cell may wrap. Each row must keep its own title and status, with column 1 the right-most column."""
    items = [("ترميم أجزاء من الأسوار التاريخية بشراكة مع غرناطة", "في طور الإنجاز"),
             ("برنامج لتبادل الطلبة مع سكوتسديل", "مقترح من طرف سكوتسديل، قيد الدراسة وتنتظر موافقة المجلس الجماعي"),
             ("معرض مشترك للصناعة التقليدية مع سوسة", "أنجز")]
    rows = "".join(f"<tr><td>{t}</td><td style='width:30mm'>{s}</td></tr>" for t, s in items)
    plain = "".join(f"<tr><td>{n}</td><td>{c}</td><td>{y}</td></tr>"
                    for n, c, y in [(1, "غرناطة", 1995), (2, "إشبيلية", 2002), (3, "سوسة", 1998)])
    html = (f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>{_RTL_CSS}</style></head><body>'
            f'<p>مشاريع التعاون</p><table class="ruled"><tr><th>المشروع</th><th>الوضعية</th></tr>{rows}</table>'
            f'<p>لائحة المدن</p><table><tr><th>ر.ت</th><th>المدينة</th><th>سنة التوقيع</th></tr>{plain}</table>'
            "</body></html>")
    doc = read_bytes(_chromium_pdf(html), "rtl-table.pdf")
    assert_consistent(doc)
    cells = _cells(doc)
    ruled = cells[:8]
    assert ruled[:2] == [(1, 1, "المشروع"), (1, 2, "الوضعية")]
    assert (2, 1, items[0][0]) in ruled and (2, 2, items[0][1]) in ruled
    assert (3, 1, items[1][0]) in ruled and (3, 2, items[1][1]) in ruled  # the wrapped status stays in its row
    assert (4, 1, items[2][0]) in ruled and (4, 2, items[2][1]) in ruled
    plain_cells = cells[8:]
    assert plain_cells[:3] == [(1, 1, "ر.ت"), (1, 2, "المدينة"), (1, 3, "سنة التوقيع")]
    assert plain_cells[3:6] == [(2, 1, "1"), (2, 2, "غرناطة"), (2, 3, "1995")]


def test_a_paragraph_cut_by_the_page_break_continues_on_the_next_page():
    p1 = layout_lines(["# Report", "The delegation visited the port and held an open meeting on tour-"])
    p2 = layout_lines(["ism in the region with the partner city.", "", "A new paragraph starts here.", "",
                       "The last paragraph ends without a full stop"])
    p3 = layout_lines(["Next page starts with a capital."])
    doc = read_bytes(write_pdf_pages([p1, p2, p3]), "pages.pdf")
    assert_consistent(doc)
    assert [(b.page, b.paragraph, b.text) for b in doc.blocks] == [
        (1, 1, "Report"),
        (1, 2, "The delegation visited the port and held an open meeting on tourism in the region with the partner city."),
        (2, 1, "A new paragraph starts here."),
        (2, 2, "The last paragraph ends without a full stop"),
        (3, 1, "Next page starts with a capital."),
    ]
    assert "\n\n\nA new paragraph" in doc.text  # the page break stays before the next page's own text


def test_page_numbers_in_several_notations_are_dropped():
    marks = ["Pagina 1 di 3", "- 2 -", "iii"]
    pages = [layout_lines([f"Body text of page {n} about the partner cities."]) + [Text(280, 30, marks[n - 1], 9)]
             for n in range(1, 4)]
    doc = read_bytes(write_pdf_pages(pages), "numbers.pdf")
    assert [b.text for b in doc.blocks] == [f"Body text of page {n} about the partner cities." for n in range(1, 4)]


def test_page_number_notations():
    from intercity.core.documents.pdf import _PAGE_NUMBER

    for mark in ("第1页，共3页", "第 2 頁", "12 ページ", "Seite 2 von 4", "strona 3 z 5", "xii", "7"):
        assert _PAGE_NUMBER.match(mark), mark
    for text in ("civil", "Annual report", "2025 Annual"):
        assert not _PAGE_NUMBER.match(text), text
