"""PDF reader: ruled tables, right-to-left tables, hyphenated line ends, wrapped lines that start with a number,
what ends a table. Inputs are written by tests/core/documents/pdfwriter.py (and Chromium where it is installed)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from intercity.core.documents import read_bytes
from tests.core.documents.helpers import assert_consistent
from tests.core.documents.test_fuzz import FUZZ
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


def test_columns_full_width_parts_and_a_side_box_keep_their_reading_order():
    page = layout_lines(["# City newsletter", "An introduction that runs across the whole width of the page first."], top=780)
    cols = [["The first column tells how the", "partnership with Lahti began in", "1990 after a visit by the mayor."],
            ["Die zweite Spalte erzählt vom", "Schüleraustausch, der zwei Jahre", "später mit Tartu begann."],
            ["The third column closes with the", "plans for a joint festival in", "the summer of 2026 in Kaunas."]]
    for c, lines in enumerate(cols):
        page += layout_lines(lines, x=72 + c * 160, top=700, size=9, leading=11)
    page += layout_lines(["A closing paragraph that spans the whole page again, below the columns."], top=640)
    page += layout_lines(["A short paragraph at the left", "that describes the port project", "with Rotterdam in detail."],
                         top=580)
    page += layout_lines(["Fact box:", "Rotterdam since 1992"], x=400, top=590)
    doc = read_bytes(write_pdf_pages([page]), "columns.pdf")
    assert not _cells(doc)
    assert [b.text for b in doc.blocks] == [
        "City newsletter",
        "An introduction that runs across the whole width of the page first.",
        "The first column tells how the partnership with Lahti began in 1990 after a visit by the mayor.",
        "Die zweite Spalte erzählt vom Schüleraustausch, der zwei Jahre später mit Tartu begann.",
        "The third column closes with the plans for a joint festival in the summer of 2026 in Kaunas.",
        "A closing paragraph that spans the whole page again, below the columns.",
        "A short paragraph at the left that describes the port project with Rotterdam in detail.",
        "Fact box: Rotterdam since 1992",
    ]


def test_table_ruled_between_rows_only():
    """Horizontal rules between the rows and no vertical ones (a common report style): rows follow the rules, a cell
    of two lines stays one cell, columns come from the gutters through the whole table."""
    rows = [("Project", "Partner city", "Status"),
            (["Heritage exchange between the", "castle and the town hall"], "Himeji", "completed"),
            ("Student internships", "Himeji", ["agreed, MoU signed", "in October 2023"]),
            ("Wine export promotion", "Qingdao", "on hold")]
    xs = [72, 270, 390, 530]
    items, ys = _ruled_table(rows, xs, 700, 12)
    rules = [Rule(xs[0], y, xs[-1], y) for y in ys]
    page = [Text(72, 730, "Status of program items", 12)] + items + rules
    page.append(Text(72, ys[-1] - 24, "Recommendation: that Council notes this report.", 10))
    doc = read_bytes(write_pdf_pages([page]), "hrules.pdf")
    assert_consistent(doc)
    assert _cells(doc) == [
        (1, 1, "Project"), (1, 2, "Partner city"), (1, 3, "Status"),
        (2, 1, "Heritage exchange between the castle and the town hall"), (2, 2, "Himeji"), (2, 3, "completed"),
        (3, 1, "Student internships"), (3, 2, "Himeji"), (3, 3, "agreed, MoU signed in October 2023"),
        (4, 1, "Wine export promotion"), (4, 2, "Qingdao"), (4, 3, "on hold"),
    ]
    assert doc.blocks[-1].text == "Recommendation: that Council notes this report."


def test_table_ruled_only_above_and_below_its_body():
    xs = [72, 200, 330]
    page = [Text(72, 760, "Twin towns", 12)]
    y = 730
    page.append(Text(76, y, "City", 10)), page.append(Text(204, y, "Since", 10))
    rules = [Rule(72, y + 12, 330, y + 12), Rule(72, y - 4, 330, y - 4)]
    for city, year in [("Lahti", "1990"), ("Tartu", "1994"), ("Kaunas", "1999")]:
        y -= 13
        page += [Text(76, y, city, 10), Text(204, y, year, 10)]
    rules.append(Rule(72, y - 4, 330, y - 4))
    doc = read_bytes(write_pdf_pages([page + rules]), "booktabs.pdf")
    assert _cells(doc) == [(1, 1, "City"), (1, 2, "Since"), (2, 1, "Lahti"), (2, 2, "1990"), (3, 1, "Tartu"),
                           (3, 2, "1994"), (4, 1, "Kaunas"), (4, 2, "1999")]


def test_prose_columns_between_section_rules_are_not_a_table():
    page = [Rule(72, 760, 520, 760), Rule(72, 650, 520, 650), Rule(72, 560, 520, 560)]
    left = ["The first column tells how the", "partnership with Lahti began in", "1990 after a visit by the mayor."]
    right = ["The second column continues with", "the school exchange that started", "two years later with Tartu."]
    page += layout_lines(left, top=740) + layout_lines(right, x=300, top=740)
    page += layout_lines(["A single paragraph in the second section."], top=630)
    doc = read_bytes(write_pdf_pages([page]), "sections.pdf")
    assert not _cells(doc)
    assert [b.text for b in doc.blocks] == [
        "The first column tells how the partnership with Lahti began in 1990 after a visit by the mayor.",
        "The second column continues with the school exchange that started two years later with Tartu.",
        "A single paragraph in the second section."]


def test_tight_unruled_status_table_with_lowercase_states():
    page = [Text(72, 760, "Projects", 14)]
    y = 730
    for row in [("Project", "State"), ("Waste management", "agreement signed"), ("Youth centre", "completed"),
                ("School repairs", "in progress"), ("Apprentice exchange", "on hold")]:
        page += [Text(72, y, row[0], 10), Text(300, y, row[1], 10)]
        y -= 12
    doc = read_bytes(write_pdf_pages([page]), "tight.pdf")
    cells = _cells(doc)
    assert cells[:2] == [(1, 1, "Project"), (1, 2, "State")]
    assert (3, 2, "completed") in cells and (5, 1, "Apprentice exchange") in cells and len(cells) == 10


_coord = st.floats(min_value=0, max_value=842, allow_nan=False)
_item = st.one_of(
    st.builds(Text, _coord, _coord, st.sampled_from(["Lahti", "1990", "coop-", "eration", "Baden-", "Status", "15. mai",
                                                     "A long line of prose that wraps onto the next line", "- 3 -"]),
              st.sampled_from([8, 10, 14])),
    st.builds(Rule, _coord, _coord, _coord, _coord, st.sampled_from([0.3, 0.5, 2.0, 4.0]), st.booleans()),
)


@FUZZ
@given(st.lists(st.lists(_item, max_size=60), min_size=1, max_size=3))
def test_random_text_and_rules_read_consistently(pages):
    """Any mix of text and rules reads without an error, offsets exact, every table cell with a row and a column."""
    doc = read_bytes(write_pdf_pages(pages), "random.pdf")
    assert_consistent(doc)
    assert all(b.row and b.col for b in doc.blocks if b.kind == "table_cell")


def test_ruled_cell_spanning_rows_is_repeated_in_each_row():
    rows = [("Region", "City", "Since"), ("", "Lahti", "1990"), ("", "Tartu", "1994"), ("", "Kaunas", "1999")]
    xs = [72, 200, 330, 450]
    items, ys = _ruled_table(rows, xs, 700, 12)
    items.append(Text(76, (ys[1] + ys[4]) / 2 - 3, "Europe (3)", 10))  # centred on the rows it spans
    rules = grid_rules(xs, ys)
    # no rule between the rows of the first column under the header
    rules = [r for r in rules if not (r.y0 == r.y1 and r.y0 in ys[2:4])] + [Rule(xs[1], y, xs[-1], y) for y in ys[2:4]]
    doc = read_bytes(write_pdf_pages([items + rules]), "rowspan.pdf")
    assert_consistent(doc)
    assert _cells(doc) == [(1, 1, "Region"), (1, 2, "City"), (1, 3, "Since"),
                           (2, 1, "Europe (3)"), (2, 2, "Lahti"), (2, 3, "1990"),
                           (3, 1, "Europe (3)"), (3, 2, "Tartu"), (3, 3, "1994"),
                           (4, 1, "Europe (3)"), (4, 2, "Kaunas"), (4, 3, "1999")]


# ------------------------------------------------------------------ regions: full width and columns

_LEFT = ["The budget spent by the office was 184,300", "pesos, 92 percent of the plan. The largest item",
         "went to travel of the delegation to Long", "Beach and to the harbour conference."]
_RIGHT = ["For 2026 the office gives priority to waste", "management in the hills, with technical help",
          "from Busan, and to the mural school that", "Medellin proposed last year."]
_LEFT_TEXT = " ".join(_LEFT)
_RIGHT_TEXT = " ".join(_RIGHT)


def _columns(top: float, left=_LEFT, right=_RIGHT, pitch: float = 12) -> list[Text]:
    """Two columns of prose (10 pt), baselines from ``top`` down."""
    items = []
    for k, line in enumerate(left):
        items.append(Text(72, top - k * pitch, line, 10))
    for k, line in enumerate(right):
        items.append(Text(310, top - k * pitch, line, 10))
    return items


def _paragraphs(doc) -> list[str]:
    return [b.text for b in doc.blocks if b.kind in ("paragraph", "heading")]


def test_two_columns_right_below_a_full_width_table_are_read_column_by_column():
    """Chromium sets the text right under a table (no white band between them): the table spans the gutter, so the
    page has no gutter through its full height; the two columns below it are still read left column first."""
    rows = [("Project", "City", "State"), ("Waste management in the hills", "Busan", "ongoing"),
            ("Restoration of the funiculars", "Oviedo", "completed")]
    xs = [72, 330, 420, 523]
    items, ys = _ruled_table(rows, xs, 760, 12)
    page = [Text(72, 780, "Cooperation projects", 14)] + items + grid_rules(xs, ys, filled=True)
    page += _columns(ys[-1] - 10)
    doc = read_bytes(write_pdf_pages([page]), "table-then-columns.pdf")
    assert_consistent(doc)
    assert _cells(doc)[:3] == [(1, 1, "Project"), (1, 2, "City"), (1, 3, "State")]
    assert _paragraphs(doc)[-2:] == [_LEFT_TEXT, _RIGHT_TEXT]


def test_two_columns_right_below_a_full_width_heading_are_read_column_by_column():
    page = [Text(72, 760, "International relations of the municipality in 2025: budget and priorities", 12)]
    page += _columns(748)
    doc = read_bytes(write_pdf_pages([page]), "heading-then-columns.pdf")
    assert_consistent(doc)
    assert _paragraphs(doc) == ["International relations of the municipality in 2025: budget and priorities",
                                _LEFT_TEXT, _RIGHT_TEXT]


def test_a_full_width_note_right_below_two_columns_comes_after_both():
    note = "1 Figures of the municipal accounts office as at 31 December 2025, in current pesos of that year."
    page = _columns(760) + [Text(72, 760 - 4 * 12, note, 10)]
    doc = read_bytes(write_pdf_pages([page]), "columns-then-note.pdf")
    assert_consistent(doc)
    assert _paragraphs(doc) == [_LEFT_TEXT, _RIGHT_TEXT, note]


def test_full_width_columns_full_width_is_read_region_by_region():
    top = "Chapter 7. International relations of the municipality of Valparaiso in 2025"
    bottom = "The council approved the exchange scholarships on 22 October 2025; applications close in January."
    page = [Text(72, 772, top, 10)] + _columns(760) + [Text(72, 760 - 4 * 12, bottom, 10)]
    doc = read_bytes(write_pdf_pages([page]), "sandwich.pdf")
    assert_consistent(doc)
    assert _paragraphs(doc) == [top, _LEFT_TEXT, _RIGHT_TEXT, bottom]


def test_a_short_two_column_grid_under_a_heading_is_not_cut_into_columns():
    """Two rows of label and value under a full-width line are not a region of columns (three lines needed)."""
    page = [Text(72, 760, "Delegation of the city of Busan to the harbour conference of 2025", 10),
            Text(72, 748, "Leader", 10), Text(310, 748, "Deputy mayor", 10),
            Text(72, 736, "Dates", 10), Text(310, 736, "14-16 April 2025", 10)]
    doc = read_bytes(write_pdf_pages([page]), "short-grid.pdf")
    assert_consistent(doc)
    assert "Leader Deputy mayor" in doc.text and "Dates 14-16 April 2025" in doc.text


def test_a_paragraph_ends_where_the_lines_are_set_further_apart():
    """Paragraphs separated by less than a white band of half an em, but more than their lines are apart."""
    first = ["The delegation of Busan visited the hills and", "the waste transfer plant on 14 April."]
    second = ["On 3 June the mayor met the consul general of", "China about the agreements with Shanghai."]
    page = [Text(72, 760 - k * 12, t, 10) for k, t in enumerate(first)]
    page += [Text(72, 760 - 2 * 12 - 4 - k * 12, t, 10) for k, t in enumerate(second)]
    doc = read_bytes(write_pdf_pages([page]), "paragraph-gap.pdf")
    assert_consistent(doc)
    assert _paragraphs(doc) == [" ".join(first), " ".join(second)]


def test_a_paragraph_goes_on_from_the_foot_of_one_column_to_the_top_of_the_next():
    left = ["The mayor met the consul general of China", "in Valparaiso about the existing agreements of"]
    right = ["cooperation with Shanghai and Canton.", "", "On 8 September the mayor travelled to Long",
             "Beach for the conference of port cities."]
    page = []
    for k, line in enumerate(left):
        page.append(Text(72, 760 - k * 12, line, 10))
    y = 760
    for line in right:
        if line:
            page.append(Text(310, y, line, 10))
        y -= 12
    doc = read_bytes(write_pdf_pages([page]), "column-break.pdf")
    assert_consistent(doc)
    paras = _paragraphs(doc)
    assert paras[0] == "The mayor met the consul general of China in Valparaiso about the existing agreements of " \
                       "cooperation with Shanghai and Canton."
    assert paras[1] == "On 8 September the mayor travelled to Long Beach for the conference of port cities."


def test_short_lines_after_drawn_bullets_are_list_items_in_each_column():
    """Chromium draws a list's bullets as small filled paths, not as text: each line after such a dot is an item,
    also in a column beside another list; a wrapped item's second line (under the item's text) stays with it."""
    left = ["Birmingham (United Kingdom), 1951", "Frankfurt am Main (Germany), 1960", "Milan (Italy), 1966",
            "Yokohama (Japan), 1959"]
    right = ["Montreal (Canada)", "Canton (China)", "Ho Chi Minh City (Vietnam)"]
    page = [Text(72, 780, "Twin cities", 14), Text(310, 780, "Cooperation agreements", 14)]
    for k, line in enumerate(left):
        page += [Text(88, 760 - k * 15, line, 10), Rule(80, 763 - k * 15, 80, 763 - k * 15, width=3, filled=True)]
    for k, line in enumerate(right):
        page += [Text(326, 760 - k * 15, line, 10), Rule(318, 763 - k * 15, 318, 763 - k * 15, width=3, filled=True)]
    # a wrapped item: its second line starts under the text, without a dot
    page += [Text(326, 760 - 3 * 15, "Addis Ababa (Ethiopia), agreement on water", 10),
             Rule(318, 763 - 3 * 15, 318, 763 - 3 * 15, width=3, filled=True),
             Text(326, 760 - 3 * 15 - 12, "supply signed in 2004", 10)]
    doc = read_bytes(write_pdf_pages([page]), "bullets.pdf")
    assert_consistent(doc)
    items = [b.text for b in doc.blocks if b.kind == "list_item"]
    assert items == left + right + ["Addis Ababa (Ethiopia), agreement on water supply signed in 2004"]
    assert all(b.level == 1 for b in doc.blocks if b.kind == "list_item")


def test_chromium_list_in_a_column_and_right_to_left_columns():
    """A Chromium page: an HTML list in the left of two columns gives one item per city; an Arabic page in two
    columns is read from the right-hand column."""
    css = "body{font-size:11pt} .cols{column-count:2;column-gap:12mm} p{margin:0 0 3mm} ul{margin:0}"
    html = (f'<html lang="fr"><head><meta charset="utf-8"><style>{css}</style></head><body>'
            "<h1>Villes jumelées et partenaires</h1><div class='cols'><ul><li>Birmingham (Royaume-Uni), 1951</li>"
            "<li>Milan (Italie), 1966</li><li>Yokohama (Japon), 1959</li></ul>"
            "<p style='break-before:column'>Lyon entretient des accords de coopération avec sept autres villes sur "
            "quatre continents, dont Montréal et Canton.</p></div></body></html>")
    doc = read_bytes(_chromium_pdf(html), "chromium-list.pdf")
    assert_consistent(doc)
    assert [b.text for b in doc.blocks if b.kind == "list_item"] == [
        "Birmingham (Royaume-Uni), 1951", "Milan (Italie), 1966", "Yokohama (Japon), 1959"]
    first = "استقبل رئيس المجلس الجماعي وفدا من مدينة غرناطة من 10 إلى 12 مارس 2025 لتتبع مشروع ترميم الأسوار التاريخية."
    second = "زيارة عمل لوفد من الجماعة إلى مدينة إشبيلية يومي 22 و23 أكتوبر 2025 بمناسبة الذكرى الثالثة والعشرين للتوأمة."
    html = (f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>{css}</style></head><body>'
            f"<h1>التقرير السنوي 2025</h1><div class='cols'><p>{first}</p>"
            f"<p style='break-before:column'>{second}</p></div></body></html>")
    doc = read_bytes(_chromium_pdf(html), "rtl-columns.pdf")
    assert_consistent(doc)
    paras = [b.text for b in doc.blocks if b.kind == "paragraph"]
    assert paras == [first, second]


def test_a_sentence_ending_well_short_of_the_paragraphs_width_ends_the_paragraph():
    """The next line's first word would have fitted after the sentence: the writer broke the line, so a new
    paragraph starts even without a gap; a sentence ending near the right edge (a wrapped line) does not."""
    lines = ["Auckland has been a sister city of Busan since 1996.",
             "Visit: the Deputy Mayor of Auckland led a delegation to Busan, 4-6 November",
             "2019. The programme included the port and the film festival of the city, with",
             "a reception by the mayor."]
    page = [Text(72, 760 - k * 12, t, 10) for k, t in enumerate(lines)]
    doc = read_bytes(write_pdf_pages([page]), "short-sentence.pdf")
    assert_consistent(doc)
    assert _paragraphs(doc) == [lines[0], " ".join(lines[1:])]


def test_chinese_paragraphs_without_a_gap_end_where_a_sentence_stops_short():
    """Chinese wraps at any character, so a line that ends a sentence with room for more characters ends its
    paragraph; a paragraph wrapped over several full lines stays one block."""
    first = "截至2024年12月底，我市共与22个国家的27个城市建立友好关系。"
    second = "全年共接待外国代表团112批次。"
    third = ("6月3日至5日，市政府代表团访问德国德累斯顿市，签署数字医疗合作备忘录；6月6日至7日转赴意大利比萨市，"
             "考察历史文化遗产保护工作，并与当地政府就青少年交流和文化遗产数字化合作深入交换意见。")
    html = ('<html lang="zh"><head><meta charset="utf-8"><style>body{font-size:12pt} p{margin:0}</style></head>'
            f"<body><p>{first}</p><p>{second}</p><p>{third}</p></body></html>")
    doc = read_bytes(_chromium_pdf(html), "zh-paragraphs.pdf")
    assert_consistent(doc)
    assert [b.text for b in doc.blocks if b.kind == "paragraph"] == [first, second, third]
