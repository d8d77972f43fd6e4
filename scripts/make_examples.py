#!/usr/bin/env python3
"""Generate the example documents shipped in ``src/intercity/examples/``.

    .venv/bin/python scripts/make_examples.py [OUTDIR]

- ``busan-iurc-kickoff-2021.pptx``: a slide deck with the facts of the Busan EU-IURC kick-off
  presentation (seed 000): the team, the network (37 cities from 27 countries), the sister
  and friendship city lists in two columns, the four future areas of cooperation.
- ``barcelona-delegation-busan-2017.docx``: a Word visit report with the facts of the
  Barcelona delegation's visit to Busan (seed 002).

The wording is our own paraphrase; names, numbers, dates and states are the seeds'. The
output is byte-for-byte reproducible: fixed document properties and zip timestamps.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import PP_ALIGN
from pptx.util import Emu, Inches
from pptx.util import Pt as PPt

OUT = Path(__file__).resolve().parents[1] / "src" / "intercity" / "examples"
DECK = "busan-iurc-kickoff-2021.pptx"
REPORT = "barcelona-delegation-busan-2017.docx"
FIXED = dt.datetime(2021, 9, 30, 9, 0, 0)
ZIP_TIME = (2021, 9, 30, 9, 0, 0)

NAVY = RGBColor(0x1F, 0x3A, 0x68)
TEAL = RGBColor(0x00, 0x7C, 0x89)
GREY = RGBColor(0x55, 0x5B, 0x66)

SISTER_CITIES = [
    "Kaohsiung", "Los Angeles", "Shimonoseki", "Barcelona", "Rio de Janeiro", "Vladivostok",
    "Shanghai", "Surabaya", "Victoria", "Tijuana", "Ho Chi Minh City", "Auckland",
    "Valparaiso", "Western Cape", "Montreal", "Istanbul", "Dubai", "Fukuoka", "Chicago",
    "St. Petersburg", "Phnom Penh", "Mumbai", "Thessaloniki", "Casablanca", "Cebu Province",
    "Yangon",
]
FRIENDSHIP_CITIES = [
    "Shenzhen", "Tianjin", "Chongqing", "Osaka", "Bangkok", "Beijing", "Nagasaki", "Bandar",
    "Ulaanbaatar", "Panama City", "Guangzhou",
]
FUTURE_AREAS = [
    ("Smart-Energy", "An energy-independent city that generates all (100%) of the urban energy it consumes from renewable sources."),
    ("Smart-Mobility", "Urban mobility that is the fastest, most efficient and greenest, taking people where they need to go at minimal cost."),
    ("Smart-Healthcare", "Real-time health management for every citizen, with state-of-the-art medical experiences."),
    ("Smart-Park", "A carbon-neutral city of smart parks and urban forests that offer innovative technology experiences."),
]

_A = "http://schemas.openxmlformats.org/drawingml/2006/main"


# --------------------------------------------------------------------------- deck


def _text(tf, text: str, size: int = 18, bold: bool = False, color: RGBColor | None = None, align=None):
    """Set the first paragraph of a text frame."""
    tf.word_wrap = True
    p = tf.paragraphs[0]
    _run(p, text, size, bold, color)
    if align is not None:
        p.alignment = align
    return p


def _run(p, text: str, size: int, bold: bool = False, color: RGBColor | None = None):
    r = p.add_run()
    r.text = text
    r.font.size = PPt(size)
    r.font.bold = bold
    if color is not None:
        r.font.color.rgb = color
    return r


def _para(tf, text: str, size: int = 16, bold: bool = False, color: RGBColor | None = None, bullet: str | None = None, space_before: int = 4):
    p = tf.add_paragraph()
    _run(p, text, size, bold, color)
    p.space_before = PPt(space_before)
    if bullet:
        _bullet(p, bullet)
    return p


def _bullet(p, char: str) -> None:
    ppr = p._p.get_or_add_pPr()
    ppr.set("marL", str(Emu(Inches(0.3))))
    ppr.set("indent", str(-Emu(Inches(0.3))))
    font = etree.SubElement(ppr, f"{{{_A}}}buFont")
    font.set("typeface", "Arial")
    bu = etree.SubElement(ppr, f"{{{_A}}}buChar")
    bu.set("char", char)


def _textbox(slide_or_group, left, top, width, height):
    box = slide_or_group.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    box.text_frame.word_wrap = True
    return box


def _title(slide, text: str) -> None:
    slide.shapes.title.text_frame.text = text
    p = slide.shapes.title.text_frame.paragraphs[0]
    p.alignment = PP_ALIGN.LEFT
    for r in p.runs:
        r.font.size = PPt(30)
        r.font.bold = True
        r.font.color.rgb = NAVY


def _banner(slide) -> None:
    """The programme banner a real IURC deck carries along the bottom edge."""
    bar = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, Inches(7.05), Inches(13.333), Inches(0.45))
    bar.fill.solid()
    bar.fill.fore_color.rgb = NAVY
    bar.line.fill.background()
    _text(bar.text_frame, "INTERNATIONAL URBAN AND REGIONAL COOPERATION", 11, True, RGBColor(0xFF, 0xFF, 0xFF), PP_ALIGN.RIGHT)


def _two_column_list(slide, cities: list[str], top: float) -> None:
    """Numbered list laid out in two columns, numbered across: 1 | 2, 3 | 4 ...

    Each column is its own text box, so the text reads 1, 3, 5 ... then 2, 4, 6 ...
    exactly like the PDF-to-text output of the original deck.
    """
    rows = (len(cities) + 1) // 2
    size = 16 if rows <= 8 else 14
    for col, left in ((0, 0.9), (1, 6.9)):
        box = _textbox(slide, left, top, 5.4, 0.1 + rows * 0.4)
        tf = box.text_frame
        first = True
        for n, name in enumerate(cities, start=1):
            if (n - 1) % 2 != col:
                continue
            label = f"{n} {name}"
            if first:
                p = tf.paragraphs[0]
                _run(p, label, size)
                _bullet(p, "•")
                first = False
            else:
                _para(tf, label, size, bullet="•", space_before=2)


def build_deck() -> bytes:
    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)
    layout_title, layout_title_only, layout_blank = prs.slide_layouts[0], prs.slide_layouts[5], prs.slide_layouts[6]

    # 1. title slide
    s = prs.slides.add_slide(layout_title)
    s.shapes.title.text_frame.text = "Busan's International Relations and the EU-IURC Programme"
    sub = s.placeholders[1].text_frame
    sub.text = "Intercity Cooperation Team, Diplomacy & Trade Division, Busan Metropolitan City"
    sub.add_paragraph().text = "Presented by LEE Su-jeong, Deputy Director of Intercity Cooperation · 30 September 2021"
    tag = _textbox(s, 0.6, 0.3, 6.0, 0.5)
    _text(tag.text_frame, "A European Union Programme — International Urban and Regional Cooperation (IURC)", 12, False, GREY)
    s.notes_slide.notes_text_frame.text = "Kick-off meeting of the EU International Urban and Regional Cooperation programme, 30 September 2021."

    # 2. the team: one group per person (name + role + remit), three across
    s = prs.slides.add_slide(layout_title_only)
    _title(s, "Introducing the Intercity Cooperation Team")
    team = [
        ("Ms. LEE Su-jeong", "Deputy Director of Intercity Cooperation",
         ["Coordinates international relations and cooperation projects on five continents",
          "Focus on 25 sister and friendship cities"]),
        ("Mr. KIM Yun-jae", "Official",
         ["In charge of Asia, the Middle East and Africa", "EU IURC"]),
        ("Ms. PARK Mee-sol", "Korean-English Conference Interpreter",
         ["Korean-English translation and interpretation for the Intercity Cooperation Team"]),
    ]
    for i, (name, role, remit) in enumerate(team):
        left = 0.6 + i * 4.2
        group = s.shapes.add_group_shape()
        photo = group.shapes.add_shape(MSO_SHAPE.OVAL, Inches(left + 1.3), Inches(1.7), Inches(1.2), Inches(1.2))
        photo.fill.solid()
        photo.fill.fore_color.rgb = RGBColor(0xD9, 0xE2, 0xEC)
        photo.line.fill.background()
        head = _textbox(group, left, 3.05, 3.8, 0.9)
        _text(head.text_frame, f"{name}, {role}", 16, True, NAVY, PP_ALIGN.CENTER)
        body = _textbox(group, left, 4.0, 3.8, 2.0)
        tf = body.text_frame
        _text(tf, remit[0], 14)
        _bullet(tf.paragraphs[0], "–")
        for line in remit[1:]:
            _para(tf, line, 14, bullet="–")
    _banner(s)

    # 3. the city
    s = prs.slides.add_slide(layout_title_only)
    _title(s, "Busan Metropolitan City - Introduction")
    box = _textbox(s, 0.6, 1.5, 6.2, 4.8)
    tf = box.text_frame
    _text(tf, "Busan is the second largest city in South Korea.", 16)
    _para(tf, "Thanks to its deep harbour and gentle tides it has become the country's largest container port and the fifth largest in the world.", 16, space_before=10)
    _para(tf, "Its natural assets and long history have made Busan a world-class destination for tourism and culture, and a rising venue for international conventions.", 16, space_before=10)
    for i, caption in enumerate(["2030 Busan World Expo (North Port)", "OSIRIA Tourism Complex", "BEXCO Exhibition Center III"]):
        top = 1.5 + i * 1.7
        pic = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(7.3), Inches(top), Inches(2.2), Inches(1.4))
        pic.fill.solid()
        pic.fill.fore_color.rgb = RGBColor(0xC8, 0xD6, 0xE5)
        pic.line.fill.background()
        cap = _textbox(s, 9.7, top + 0.45, 3.2, 0.5)
        _text(cap.text_frame, caption, 13, False, GREY)
    _banner(s)

    # 4. the network, with a summary table
    s = prs.slides.add_slide(layout_title_only)
    _title(s, "Busan's International Relations")
    box = _textbox(s, 0.6, 1.5, 12.0, 0.8)
    _text(box.text_frame, "Busan has Sister/Friendship City relations with 37 cities from 27 countries.", 20, True, TEAL)
    rows = [("Relation", "Cities", "Countries"), ("Sister cities", "26", "23"), ("Friendship cities", "11", "6"), ("Total", "37", "27")]
    frame = s.shapes.add_table(len(rows), 3, Inches(2.5), Inches(2.7), Inches(8.0), Inches(2.4))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = frame.table.cell(r, c)
            cell.text = value
            for p in cell.text_frame.paragraphs:
                for run in p.runs:
                    run.font.size = PPt(16)
    s.notes_slide.notes_text_frame.text = "Sister cities are listed on the next slide, friendship cities on the one after."
    _banner(s)

    # 5. sister cities, two columns
    s = prs.slides.add_slide(layout_title_only)
    _title(s, "Sister Cities (26 cities from 23 countries)")
    _two_column_list(s, SISTER_CITIES, 1.45)
    _banner(s)

    # 6. friendship cities, two columns
    s = prs.slides.add_slide(layout_title_only)
    _title(s, "Friendship Cities (11 cities from 6 countries)")
    _two_column_list(s, FRIENDSHIP_CITIES, 1.6)
    _banner(s)

    # 7. future areas: a 2 x 2 grid of cards, each area name above its description
    s = prs.slides.add_slide(layout_title_only)
    _title(s, "Future Areas of Cooperation")
    for i, (area, description) in enumerate(FUTURE_AREAS):
        left = 0.7 + (i % 2) * 6.1
        top = 1.5 + (i // 2) * 2.7
        card = s.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Inches(left), Inches(top), Inches(5.8), Inches(2.4))
        card.fill.solid()
        card.fill.fore_color.rgb = RGBColor(0xEE, 0xF3, 0xF8)
        card.line.color.rgb = TEAL
        tf = card.text_frame
        tf.word_wrap = True
        p = _text(tf, area, 20, True, TEAL)
        p.alignment = PP_ALIGN.LEFT
        q = _para(tf, description, 15, color=GREY, space_before=8)
        q.alignment = PP_ALIGN.LEFT
    _banner(s)

    # 8. closing
    s = prs.slides.add_slide(layout_blank)
    box = _textbox(s, 3.0, 3.0, 7.3, 1.2)
    _text(box.text_frame, "Thank you", 40, True, NAVY, PP_ALIGN.CENTER)

    props = prs.core_properties
    props.title = "Busan's International Relations — EU-IURC kick-off, 30 September 2021"
    props.author = "Intercity Cooperation Team, Busan Metropolitan City"
    props.last_modified_by = "Intercity examples"
    props.created = props.modified = props.last_printed = FIXED
    props.revision = 1
    buf = io.BytesIO()
    prs.save(buf)
    return _normalise_zip(buf.getvalue())


# --------------------------------------------------------------------------- report

TRACKS = [
    ("Cultural regeneration of idle spaces", "visits to F1963, KISWIRE and the Suyeong Overpass"),
    ("Clean energy city", "visit to a hydrogen fuel cell power plant"),
    ("Public transportation", "introducing an automatic fare box system on buses; visit to the Samwon FA facility"),
    ("Establishing a smart city platform", "visit to the Busan IT Industry Promotion Agency"),
]

COOPERATION = [
    ("Smart cities",
     "The two cities will look into exchanging pilot projects in smart-city fields. Busan is currently testing "
     "26 services (among them smart streetlights, CCTV video analysis and GPS tracking systems); some of them could "
     "be trialled in Barcelona, and Barcelona could likewise test some of its own pilot projects in Busan. Busan "
     "also gives priority to sharing experience in rolling out new smart technology projects for citizens and in "
     "scaling them up."),
    ("Public transport fare system",
     "Busan and Barcelona will share information on the bus fare payment systems used in each city. "
     "Communications are ongoing to compare views, exchange experience in the public transportation sector and "
     "keep cooperating in this field."),
    ("Clean energy",
     "Busan's hydrogen fuel cell initiatives are not readily applicable to Barcelona, which pursues its own "
     "initiatives in solar energy, but avenues of cooperation in clean energy still exist. Because Busan depends "
     "heavily on nuclear power (98% of total energy production), it will gradually introduce renewable energy "
     "sources so as to reach an electricity self-sufficiency rate of 30% from renewables by 2030. Busan has "
     "expressed interest in learning from Barcelona's solar energy experience by benchmarking its solar thermal "
     "ordinances."),
    ("Regeneration of city spaces",
     "Both cities will exchange best practices in turning urban spaces into cultural or innovation areas. In "
     "particular, bilateral city-to-city communications are ongoing to apply Barcelona's 22@ model of urban "
     "innovation districts in Busan."),
    ("Universities and research centres",
     "Barcelona has expressed interest in collaboration agreements between universities and research centres "
     "in Catalonia and in Busan, especially in the field of smart cities."),
    ("Culture and tourism",
     "Communications are ongoing to bring Barcelona's Sónar electronic music festival and the Smart City Expo "
     "World Congress to Busan."),
]


def build_report() -> bytes:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    doc.add_paragraph("Barcelona in Busan", style="Title")
    sub = doc.add_paragraph("Visit report: Barcelona delegation to Busan, 15–16 March 2017")
    sub.runs[0].italic = True

    doc.add_heading("The visit", level=1)
    doc.add_paragraph(
        "Right after the World Cities plenary session held in Seoul on 14 March 2017, delegates from "
        "Barcelona visited Busan from 15 to 16 March 2017 (15.–16.03.2017). After introductory meetings at "
        "Busan City Hall, the visit was organised around four thematic areas of cooperation:"
    )
    for track, sites in TRACKS:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(track + ": ").bold = True
        p.add_run(sites[0].upper() + sites[1:])

    doc.add_heading("Areas of Future Cooperation", level=1)
    doc.add_paragraph(
        "Drawing on the site visits in Busan and the bilateral Busan-Barcelona working meetings, Barcelona and "
        "Busan have pre-identified the following areas as potential avenues of city-to-city cooperation."
    )
    for title, text in COOPERATION:
        p = doc.add_paragraph(style="List Number")
        p.add_run(title + ": ").bold = True
        p.add_run(text)

    closing = doc.add_paragraph("Prepared for the Intercity Cooperation Team, Busan Metropolitan City.")
    closing.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    closing.runs[0].font.size = Pt(9)

    props = doc.core_properties
    props.title = "Barcelona in Busan — visit report, 15–16 March 2017"
    props.author = "Intercity Cooperation Team, Busan Metropolitan City"
    props.last_modified_by = "Intercity examples"
    props.created = props.modified = props.last_printed = dt.datetime(2017, 3, 20, 9, 0, 0)
    props.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return _normalise_zip(buf.getvalue())


# --------------------------------------------------------------------------- output


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so the output is byte-for-byte reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    outdir = Path(argv[0]) if argv else OUT
    outdir.mkdir(parents=True, exist_ok=True)
    for name, build in ((DECK, build_deck), (REPORT, build_report)):
        path = outdir / name
        path.write_bytes(build())
        print(f"wrote {path} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
