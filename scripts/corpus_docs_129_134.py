"""Corpus documents 129-134 (dev split; see docs/evaluation.md): built by ``scripts/make_corpus.py``.

Ninth batch, written on 2026-12-01 (with the test documents 135-136 in ``corpus_docs_135_136.py``, which keeps
the held-out split at 34 of 136): new homes (Isfahan, San Sebastián, Swansea, Pretoria, Valparaíso, Skopje),
new languages (Persian, Basque, Welsh, Afrikaans, Macedonian; Spanish of Chile beside them), new calendars and
encodings (Solar Hijri dates in Persian digits; windows-1251 for Macedonian) and new layouts (a half-year report
in Word with right-to-left paragraphs and endnotes, a city web page with navigation and two sidebars, a bilingual
e-mail with a Word programme and a calendar invitation attached, a deck of grouped partner cards with speaker
notes, a two-column public account printed by Chromium with a table and footnotes, an information note in a
legacy code page with running headers and form feeds). Partner pairs are taken from ``../shared/data/twin-cities``;
kinds, years, visits, dates and cooperation items are invented.
"""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage

from corpus_common import (PLACES, Gold, Spec, claim, coop, deck_bytes, docx_bytes, docx_table, eml_bytes,
                           engagement, html_page, new_deck, new_docx, pages_html, partner, print_pdf, registrar,
                           slide_table, textbox, titled_slide)
from corpus_docs_43_49 import add_places

SPECS: list[Spec] = []
document = registrar(SPECS)

add_places({
    # homes (checked with `intercity resolve NAME --country CC --json`; some are already in the table)
    "Isfahan": ("IR", "gn:418863"), "San Sebastián": ("ES", "gn:3110044"), "Swansea": ("GB", "gn:2636432"),
    "Pretoria": ("ZA", "gn:964137"), "Valparaíso": ("CL", "gn:3868626"), "Skopje": ("MK", "gn:785842"),
    # partners
    "Xi'an": ("CN", "gn:1790630"), "Havana": ("CU", "gn:3553478"), "Freiburg im Breisgau": ("DE", "gn:2925177"),
    "Baalbek": ("LB", "gn:277130"), "Dakar": ("SN", "gn:2253354"), "Iași": ("RO", "gn:675810"),
    "Kazan": ("RU", "gn:551487"), "Kuala Lumpur": ("MY", "gn:1735161"), "Lahore": ("PK", "gn:1172451"),
    "Porto": ("PT", "gn:2735943"), "Samarkand": ("UZ", "gn:1216265"),
    "Plymouth": ("GB", "gn:2640194"), "Wiesbaden": ("DE", "gn:2809346"), "Trento": ("IT", "gn:3165243"),
    "Marugame": ("JP", "gn:1857665"), "Reno": ("US", "gn:5511077"),
    "Cork": ("IE", "gn:2965140"), "Ferrara": ("IT", "gn:3177090"), "Mannheim": ("DE", "gn:2873891"),
    "Pau": ("FR", "gn:2988358"), "Wuhan": ("CN", "gn:1791247"),
    "Baku": ("AZ", "gn:587084"), "Tehran": ("IR", "gn:112931"), "Bucharest": ("RO", "gn:683506"),
    "Bulawayo": ("ZW", "gn:894701"), "Hanoi": ("VN", "gn:1581130"), "Kyiv": ("UA", "gn:703448"),
    "Port Louis": ("MU", "gn:934154"), "Taipei": ("TW", "gn:1668341"), "Washington, D.C.": ("US", "gn:4140963"),
    "Córdoba (AR)": ("AR", "gn:3860259"), "Rosario": ("AR", "gn:3838583"), "Salvador": ("BR", "gn:3450554"),
    "Badalona": ("ES", "gn:3129028"), "Bat Yam": ("IL", "gn:295548"), "Busan": ("KR", "gn:1838524"),
    "Callao": ("PE", "gn:3946083"), "Long Beach": ("US", "gn:5367929"), "Manzanillo (MX)": ("MX", "gn:3996663"),
    "Medellín": ("CO", "gn:3674962"), "Oviedo": ("ES", "gn:3114711"), "Veracruz": ("MX", "gn:3514783"),
    "Shanghai": ("CN", "gn:1796236"), "Guangzhou": ("CN", "gn:1809858"),
    "Tirana": ("AL", "gn:3183875"), "Sarajevo": ("BA", "gn:3191281"), "Zagreb": ("HR", "gn:3186886"),
    "Podgorica": ("ME", "gn:3193044"), "Ljubljana": ("SI", "gn:3196359"), "Dresden": ("DE", "gn:2935022"),
    "Nuremberg": ("DE", "gn:2861650"), "Dijon": ("FR", "gn:3021372"), "Bradford": ("GB", "gn:2654993"),
    "Istanbul": ("TR", "gn:745044"), "Pittsburgh": ("US", "gn:5206379"), "Nanchang": ("CN", "gn:1800163"),
    "Tempe": ("US", "gn:5317058"),
})


def _countries(canons) -> int:
    return len({PLACES[c][0] for c in canons})


# --------------------------------------------------------------------------- 129 Isfahan half-year report (fa, DOCX)

_FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_NOWRUZ_1404 = dt.date(2025, 3, 21)  # 1 Farvardin 1404


def _fa(x) -> str:
    return str(x).translate(_FA_DIGITS)


def _jalali_1404(month: int, day: int) -> str:
    """A Solar Hijri date of 1404 as an ISO Gregorian date (months 1-6 have 31 days, 7-11 have 30)."""
    offset = 31 * min(month - 1, 6) + 30 * max(0, month - 7) + day - 1
    return (_NOWRUZ_1404 + dt.timedelta(days=offset)).isoformat()


IF_TIES = [  # (Persian name, Latin name in brackets or "", country, kind word, Jalali year, canonical, kind)
    ("شیان", "Xi'an", "چین", "خواهرخواندگی", 1368, "Xi'an", "sister"),
    ("فرایبورگ", "Freiburg im Breisgau", "آلمان", "خواهرخواندگی", 1379, "Freiburg im Breisgau", "sister"),
    ("هاوانا", "", "کوبا", "خواهرخواندگی", 1380, "Havana", "sister"),
    ("کوالالامپور", "", "مالزی", "خواهرخواندگی", 1376, "Kuala Lumpur", "sister"),
    ("یاش", "Iași", "رومانی", "خواهرخواندگی", 1378, "Iași", "sister"),
    ("کازان", "", "روسیه", "خواهرخواندگی", 1390, "Kazan", "sister"),
    ("لاهور", "", "پاکستان", "خواهرخواندگی", 1383, "Lahore", "sister"),
    ("پورتو", "Porto", "پرتغال", "خواهرخواندگی", 1397, "Porto", "sister"),
    ("سمرقند", "", "ازبکستان", "تفاهم‌نامه همکاری", 1401, "Samarkand", "partner"),
    ("داکار", "", "سنگال", "تفاهم‌نامه همکاری", 1395, "Dakar", "partner"),
    ("بعلبک", "", "لبنان", "تفاهم‌نامه همکاری", 1399, "Baalbek", "partner"),
]
IF_ITEMS = [("مرمت مشترک بناهای تاریخی و کاروانسراها", "شیان", "Xi'an", "در حال اجرا", "in_progress"),
            ("جشنواره مشترک صنایع دستی", "سمرقند", "Samarkand", "تکمیل شده", "completed"),
            ("طرح دوچرخه‌سواری شهری و پیاده‌راه چهارباغ", "فرایبورگ", "Freiburg im Breisgau", "توافق شده", "agreed"),
            ("تبادل دانشجویان معماری", "پورتو", "Porto", "پیشنهاد طرف پرتغالی", "proposed"),
            ("تور گردشگری مشترک و پرواز مستقیم", "کوالالامپور", "Kuala Lumpur", "متوقف", "stalled")]


def _rtl(paragraph) -> None:
    from docx.oxml import OxmlElement

    paragraph._p.get_or_add_pPr().append(OxmlElement("w:bidi"))


@document("129_isfahan_gozaresh_amalkard_ravabet_beinolmelal_fa.docx", split="dev", home="Isfahan", language="fa",
          features=["docx", "Persian, right-to-left paragraphs (w:bidi)", "a half-year activity report of a "
                    "municipality's international-relations office: letterhead with number and date, headings, a "
                    "numbered list of activities, a partner table (ردیف · شهر · کشور · نوع رابطه · سال) and a project "
                    "table", "Solar Hijri (Jalali) dates written with Persian digits ('۲۵ تا ۲۷ اردیبهشت ۱۴۰۴', "
                    "'۱۰ تا ۱۳ خرداد ۱۴۰۴', '۱۸ شهریور ۱۴۰۴'): the gold has the Gregorian dates", "خواهرخواندگی = "
                    "sister, تفاهم‌نامه همکاری = partner; some names with the Latin name in brackets (mixed scripts)",
                    "a meeting with the Malaysian ambassador (a country as the visiting party)", "signing years and "
                    "the report date as distractors; endnotes after the text", "headline '۱۱ شهر از ۱۱ کشور' in "
                    "Persian digits", "project statuses in Persian"])
def isfahan_docx():
    doc = new_docx()
    canons = [t[5] for t in IF_TIES]
    n, k = len(canons), _countries(canons)
    for line in ["بسمه تعالی", f"شماره: {_fa('۱۴۰۴/ب‌م/۳۱۲۷')}", f"تاریخ: {_fa(15)} مهر {_fa(1404)}", "پیوست: ندارد"]:
        _rtl(doc.add_paragraph(line))
    _rtl(doc.add_heading("شهرداری اصفهان — اداره کل روابط بین‌الملل", level=1))
    _rtl(doc.add_heading(f"گزارش عملکرد شش‌ماهه نخست سال {_fa(1404)}", level=2))
    _rtl(doc.add_paragraph(
        f"اصفهان در حال حاضر با {_fa(n)} شهر از {_fa(k)} کشور پیوند رسمی دارد؛ این پیوندها در قالب "
        "خواهرخواندگی یا تفاهم‌نامه همکاری منعقد شده‌اند¹. در شش ماه نخست سال، برنامه‌های زیر اجرا شد:"))
    acts = [f"میزبانی هیئت شهرداری فرایبورگ (Freiburg) به ریاست معاون شهردار، {_fa(25)} تا {_fa(27)} اردیبهشت "
            f"{_fa(1404)}، با بازدید از پیاده‌راه چهارباغ و مترو اصفهان؛",
            f"سفر شهردار اصفهان و هیئت همراه به کازان، {_fa(10)} تا {_fa(13)} خرداد {_fa(1404)}، برای شرکت در "
            "همایش شهرهای تاریخی و دیدار با شهردار کازان؛",
            f"دیدار سفیر مالزی با شهردار اصفهان در عمارت شهرداری، {_fa(18)} شهریور {_fa(1404)}؛",
            "برگزاری نشست برخط با کارشناسان شهرداری پورتو درباره تبادل دانشجو²."]
    for a in acts:
        _rtl(doc.add_paragraph(a, style="List Number"))
    _rtl(doc.add_heading("فهرست شهرهای طرف پیوند", level=2))
    rows = [["ردیف", "شهر", "کشور", "نوع رابطه", "سال انعقاد"]]
    for i, (fa, lat, ctry, kw, yr, _, _) in enumerate(IF_TIES, 1):
        rows.append([_fa(i), f"{fa} ({lat})" if lat else fa, ctry, kw, _fa(yr)])
    docx_table(doc, rows)
    _rtl(doc.add_heading("وضعیت پروژه‌های مشترک", level=2))
    docx_table(doc, [["عنوان پروژه", "شهر طرف همکاری", "وضعیت"]] + [[t, w, s] for t, w, _, s, _ in IF_ITEMS])
    _rtl(doc.add_paragraph(f"هزینه‌های امور بین‌الملل در این دوره {_fa('۴۸٫۵')} میلیارد ریال بوده است "
                           f"(مصوب: {_fa(60)} میلیارد ریال)."))
    _rtl(doc.add_paragraph("ـــــــــــــــــــ"))
    _rtl(doc.add_paragraph(f"¹ تفاهم‌نامه با سمرقند در سال {_fa(1401)} و در جریان سفر هیئت ازبک امضا شد."))
    _rtl(doc.add_paragraph(f"² نشست برخط در تاریخ {_fa(2)} مرداد {_fa(1404)} برگزار شد و سفر نبود."))
    _rtl(doc.add_paragraph("رونوشت: معاونت برنامه‌ریزی و توسعه سرمایه انسانی"))
    gold = Gold(
        partnerships=[partner(fa, c, kd, i) for i, (fa, _, _, _, _, c, kd) in enumerate(IF_TIES, 1)],
        engagements=[engagement("incoming", ["Freiburg im Breisgau"], "Isfahan", _jalali_1404(2, 25),
                                _jalali_1404(2, 27)),
                     engagement("outgoing", ["Isfahan"], "Kazan", _jalali_1404(3, 10), _jalali_1404(3, 13)),
                     engagement("meeting", ["MY"], "Isfahan", _jalali_1404(6, 18))],
        cooperation=[coop(t, st, ["Isfahan", c]) for t, _, c, _, st in IF_ITEMS],
        claims=[claim(f"{_fa(n)} شهر از {_fa(k)} کشور", n, k, "all", "consistent")],
    )
    assert (gold.engagements[0]["start"], gold.engagements[1]["end"]) == ("2025-05-15", "2025-06-03")
    return docx_bytes(doc, "گزارش عملکرد شش‌ماهه نخست ۱۴۰۴ — روابط بین‌الملل"), gold


# --------------------------------------------------------------------------- 130 Donostia / San Sebastián web page (eu, HTML)

SS_TIES = [("Plymouth", "Ingalaterra", 1990, "Plymouth"), ("Wiesbaden", "Alemania", 1981, "Wiesbaden"),
           ("Trento", "Italia", 1987, "Trento"), ("Marugame", "Japonia", 1990, "Marugame"),
           ("Reno", "Ameriketako Estatu Batuak", 1993, "Reno")]
SS_ITEMS = [("Zinemaldiko gazte-zinemagileen truke-programa", "Wiesbaden", "martxan", "in_progress"),
            ("Itsas-ondarearen erakusketa ibiltaria", "Plymouth", "amaituta", "completed"),
            ("Gastronomia-ikasleen praktikak", "Trento", "proposatuta (Trentoren ekimena)", "proposed"),
            ("Surf-eskolen arteko truka", "Reno", "geldituta", "stalled")]


@document("130_donostia_senide_hiriak_eu.html", split="dev", home="San Sebastián", language="eu",
          features=["html", "Basque (the city's page in euskara; the Spanish name San Sebastián only in the "
                    "title and footer)", "a city web page with a top navigation, a language switch, a left "
                    "sidebar of Gipuzkoan towns and a right sidebar of agenda items that are not engagements",
                    "senide hiriak = sister, one card per city (name, country in Basque, year)", "Basque dates "
                    "with case endings ('2025eko maiatzaren 7tik 9ra', 'urriaren 14tik 16ra', the year from the "
                    "news item's heading)", "an application deadline and the publication date as distractors",
                    "project statuses in Basque", "headline '5 senide hiri 5 herrialdetan'"])
def donostia_html():
    canons = [c for *_, c in SS_TIES]
    n, k = len(canons), _countries(canons)
    cards = "".join(f'<div class="card"><h3>{w}</h3><p>{c} · senidetze-hitzarmena {y}</p></div>'
                    for w, c, y, _ in SS_TIES)
    main = (
        '<nav class="breadcrumb">Hasiera › Udala › Nazioarteko harremanak › Senide hiriak</nav>\n'
        "<h1>Donostia munduan: senide hiriak</h1>\n"
        f"<p class=\"lead\">Donostiak {n} senide hiri ditu {k} herrialdetan. Senidetzeek hiritarren arteko "
        "harremanak, kultura-trukeak eta proiektu bateratuak bultzatzen dituzte.</p>\n"
        f'<section class="cards">{cards}</section>\n'
        '<article class="news"><p class="date">Argitaratua: 2025/09/30</p>'
        "<h2>2025eko udazkena: Wiesbadendik Marugamera</h2>"
        "<p>Wiesbadengo udal-ordezkaritza bat Donostian izan zen 2025eko maiatzaren 7tik 9ra, Zinemaldiko "
        "gazte-programa prestatzeko. Udazkenean Donostiako alkatea eta kultura-zinegotzia Marugamen izango dira "
        "urriaren 14tik 16ra, senidetzearen 35. urteurrena ospatzeko.</p></article>\n"
        '<section class="projects"><h2>Proiektuen egoera</h2><table><tr><th>Proiektua</th><th>Senide hiria</th>'
        "<th>Egoera</th></tr>"
        + "".join(f"<tr><td>{t}</td><td>{p}</td><td>{s}</td></tr>" for t, p, s, _ in SS_ITEMS)
        + "</table></section>\n"
        "<p>Gazte-trukeetarako izen-ematea: 2025eko azaroaren 15era arte.</p>")
    aside = ('<section class="towns"><h3>Gipuzkoako udalerriak</h3><ul><li>Irun</li><li>Hondarribia</li>'
             "<li>Errenteria</li><li>Zarautz</li><li>Tolosa</li></ul></section>"
             '<section class="agenda"><h3>Agenda</h3><ul><li>09/19–09/27 · Zinemaldia</li>'
             "<li>10/05 · Behobia–Donostia lasterketa</li><li>11/20 · Udalbatzarra</li></ul></section>")
    nav = ('<a href="/eu">Hasiera</a> <a href="/eu/udala">Udala</a> <a href="/eu/turismoa">Turismoa</a> '
           '<span class="lang"><a href="/eu">EU</a> | <a href="/es">ES</a> | <a href="/en">EN</a></span>')
    footer = "<p>Donostiako Udala · Ayuntamiento de San Sebastián · Ijentea 1, 20003 Donostia</p>"
    html = html_page("eu", "Senide hiriak – Donostiako Udala", nav, main, aside, footer)
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, _, _, c in SS_TIES],
        engagements=[engagement("incoming", ["Wiesbaden"], "San Sebastián", "2025-05-07", "2025-05-09"),
                     engagement("outgoing", ["San Sebastián"], "Marugame", "2025-10-14", "2025-10-16")],
        cooperation=[coop(t, st, ["San Sebastián", p]) for t, p, _, st in SS_ITEMS],
        claims=[claim(f"{n} senide hiri {k} herrialdetan", n, k, "sister", "consistent")],
    )
    return html, gold


# --------------------------------------------------------------------------- 131 Swansea bilingual e-mail (cy + en, EML + DOCX + ICS)

SW_ITEMS = [("Cyfnewid prentisiaid ynni adnewyddadwy", "Renewable energy apprentice exchange", "ar y gweill",
             "in progress", "in_progress"),
            ("Gŵyl gerddoriaeth ar y cyd yn y Marina", "Joint music festival at the Marina", "cytunwyd", "agreed",
             "agreed"),
            ("Rhaglen efeillio ysgolion uwchradd", "Secondary school twinning programme",
             "cynigiwyd gan Mannheim", "proposed by Mannheim", "proposed")]


@document("131_abertawe_ymweliad_mannheim_cy_en.eml", split="dev", home="Swansea", language="cy",
          encoding="utf-8",
          features=["eml (UTF-8, quoted-printable) with a DOCX programme and an .ics invitation attached",
                    "Welsh first, then English (the Welsh Language Standards order)", "an incoming delegation "
                    "'o ddydd Mawrth 9 i ddydd Iau 11 Mehefin' / 'from Tuesday 9 to Thursday 11 June' (year from "
                    "the Date: header and the .ics, whose DTEND is exclusive)", "an outgoing visit 'ym mis Hydref "
                    "2026' (month)", "gefeilldrefi = sister in the signature (Corc = Cork), a "
                    "cytundeb cyfeillgarwch = friendship (Wuhan)", "an RSVP deadline as a distractor",
                    "items with Welsh / English statuses in the attached programme's table",
                    "'pedair gefeilldref' / 'four twin towns' in words"])
def swansea_email():
    msg = EmailMessage()
    msg["From"] = "Tîm Rhyngwladol / International Team <rhyngwladol@abertawe.example>"
    msg["To"] = "Aelodau'r Cabinet / Cabinet Members <cabinet@abertawe.example>"
    msg["Subject"] = "Ymweliad dirprwyaeth Mannheim / Mannheim delegation visit"
    msg["Date"] = "Mon, 11 May 2026 09:05:00 +0100"
    msg["Message-ID"] = "<corpus-131@abertawe.example>"
    body = (
        "Annwyl Aelodau,\n\n"
        "Bydd dirprwyaeth o Mannheim, dan arweiniad y Dirprwy Faer, yn ymweld ag Abertawe o ddydd Mawrth 9 i "
        "ddydd Iau 11 Mehefin. Mae'r rhaglen ddrafft ynghlwm, ynghyd â gwahoddiad calendr. Rhowch wybod i ni "
        "erbyn 22 Mai a fyddwch yn ymuno â'r cinio swyddogol.\n\n"
        "Bydd Arweinydd y Cyngor yn arwain ymweliad dychwelyd i Pau ym mis Hydref 2026.\n\n"
        "Yn gywir,\nCerys Llywelyn\nRheolwr Cysylltiadau Rhyngwladol\n\n"
        "--- English ---\n\n"
        "Dear Members,\n\n"
        "A delegation from Mannheim, led by the Deputy Mayor, will visit Swansea from Tuesday 9 to Thursday 11 "
        "June. The draft programme is attached, with a calendar invitation. Please let us know by 22 May whether "
        "you will join the official dinner.\n\n"
        "The Leader of the Council will lead a return visit to Pau in October 2026.\n\n"
        "Yours sincerely,\nCerys Llywelyn\nInternational Relations Manager\n\n"
        "--\n"
        "Gefeilldrefi Abertawe: Corc (Iwerddon), Mannheim (Yr Almaen), Pau (Ffrainc) a Ferrara (Yr Eidal) - "
        "pedair gefeilldref. Cytundeb cyfeillgarwch: Wuhan (Tsieina).\n"
        "Swansea's four twin towns: Cork (Ireland), Mannheim (Germany), Pau (France) and Ferrara (Italy). "
        "Friendship agreement: Wuhan (China).\n")
    msg.set_content(body, charset="utf-8", cte="quoted-printable")

    doc = new_docx()
    doc.add_heading("Rhaglen Ymweliad Mannheim / Mannheim Visit Programme", level=1)
    doc.add_paragraph("Dyddiadau / Dates: 09–11.06.2026 · Lleoliad / Venue: Neuadd y Ddinas, Abertawe")
    docx_table(doc, [["Dydd / Day", "Amser / Time", "Gweithgaredd / Activity"],
                     ["Mawrth / Tuesday", "14:00", "Croeso yn Neuadd y Ddinas / Welcome at the Guildhall"],
                     ["Mercher / Wednesday", "10:00", "Ymweliad â Phrifysgol Abertawe / Swansea University visit"],
                     ["Mercher / Wednesday", "19:30", "Cinio swyddogol / Official dinner"],
                     ["Iau / Thursday", "09:30", "Morlyn a'r Marina / Bay and Marina walk; departure 13:00"]])
    doc.add_heading("Prosiectau / Projects", level=2)
    docx_table(doc, [["Prosiect", "Project", "Statws / Status"]]
               + [[cy, en, f"{scy} / {sen}"] for cy, en, scy, sen, _ in SW_ITEMS])
    msg.add_attachment(docx_bytes(doc, "Rhaglen Ymweliad Mannheim 2026"), maintype="application",
                       subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                       filename="Rhaglen_Mannheim_2026.docx")
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Dinas a Sir Abertawe//Rhyngwladol//CY\r\nBEGIN:VEVENT\r\n"
           "UID:mannheim-2026@abertawe.example\r\nDTSTAMP:20260511T080500Z\r\nDTSTART;VALUE=DATE:20260609\r\n"
           "DTEND;VALUE=DATE:20260612\r\nSUMMARY:Dirprwyaeth Mannheim / Mannheim delegation\r\n"
           "LOCATION:Neuadd y Ddinas\\, Abertawe\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    msg.add_attachment(ics.encode("utf-8"), maintype="text", subtype="calendar", filename="mannheim.ics")
    gold = Gold(
        partnerships=[partner("Corc", "Cork", "sister"), partner("Mannheim", "Mannheim", "sister"),
                      partner("Pau", "Pau", "sister"), partner("Ferrara", "Ferrara", "sister"),
                      partner("Wuhan", "Wuhan", "friendship")],
        engagements=[engagement("incoming", ["Mannheim"], "Swansea", "2026-06-09", "2026-06-11"),
                     engagement("outgoing", ["Swansea"], "Pau", "2026-10")],
        cooperation=[coop(en, st, ["Swansea", "Mannheim"]) for _, en, _, _, st in SW_ITEMS],
        claims=[claim("pedair gefeilldref", 4, None, "sister", "consistent")],
    )
    return eml_bytes(msg), gold


# --------------------------------------------------------------------------- 132 Pretoria / Tshwane deck of grouped cards (af, PPTX)

PT_TIES = [  # (Afrikaans name, country, kind word, year, canonical, kind)
    ("Bakoe", "Azerbeidjan", "susterstad", 2012, "Baku", "sister"),
    ("Boekarest", "Roemenië", "susterstad", 2007, "Bucharest", "sister"),
    ("Bulawayo", "Zimbabwe", "susterstad", 2003, "Bulawayo", "sister"),
    ("Kiëf", "Oekraïne", "susterstad", 2005, "Kyiv", "sister"),
    ("Taipei", "Taiwan", "susterstad", 1993, "Taipei", "sister"),
    ("Washington DC", "VSA", "susterstad", 2001, "Washington, D.C.", "sister"),
    ("Hanoi", "Viëtnam", "vriendskapstad", 2009, "Hanoi", "friendship"),
    ("Port Louis", "Mauritius", "vriendskapstad", 2014, "Port Louis", "friendship"),
    ("Teheran", "Iran", "samewerkingsooreenkoms", 2016, "Tehran", "partner"),
]
PT_ITEMS = [("Slim watermeters in Mamelodi", "Bulawayo", "aan die gang", "in_progress"),
            ("Jakarandafees-uitruilprogram", "Taipei", "voltooi", "completed"),
            ("Opleiding vir brandweerpersoneel", "Washington DC", "voorgestel deur Washington", "proposed"),
            ("Gesamentlike handelsuitstalling", "Kiëf", "opgeskort", "stalled"),
            ("Spoorverbinding-studie", "Boekarest", "laat vaar", "dropped")]


@document("132_tshwane_internasionale_betrekkinge_af.pptx", split="dev", home="Pretoria", language="af",
          features=["pptx", "Afrikaans", "a briefing deck for the mayoral committee: one card per partner "
                    "drawn as a group shape (rounded rectangle, name, country and kind in separate text boxes), "
                    "cards placed in a grid out of list order", "susterstad = sister, vriendskapstad = friendship, "
                    "samewerkingsooreenkoms = partner; Afrikaans exonyms (Bakoe, Boekarest, Kiëf, Teheran)",
                    "speaker notes saying which Washington is meant", "a timeline slide with an incoming visit "
                    "('3–5 Maart 2026'), an outgoing one ('18–21 Mei 2026') and a budget deadline as a distractor",
                    "a status table with five Afrikaans statuses", "headline '10 vennootstede in 9 lande' with "
                    "nine cards (inconsistent)"])
def tshwane_deck():
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Inches, Pt

    prs = new_deck()
    s = prs.slides.add_slide(prs.slide_layouts[6])
    textbox(s.shapes, 0.8, 2.0, 11.5, 1.4, ["Stad Tshwane: Internasionale Betrekkinge"], 40)
    textbox(s.shapes, 0.8, 3.6, 11.5, 1.4, ["Oorsig vir die Burgemeesterskomitee", "Februarie 2026"], 20)
    s = titled_slide(prs, "Ons vennootstede — 10 vennootstede in 9 lande")
    order = [4, 0, 7, 2, 8, 1, 5, 3, 6]  # the cards are drawn in this order, placed on a 3 x 3 grid
    for slot, i in enumerate(order):
        name, ctry, kw, year, _, _ = PT_TIES[i]
        col, row = (i % 3), (i // 3)
        left, top = 0.8 + col * 4.0, 1.6 + row * 1.8
        grp = s.shapes.add_group_shape()
        card = grp.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Inches(left), Inches(top), Inches(3.7),
                                    Inches(1.6))
        card.name = f"Kaart {slot + 1}"
        for txt, dy, size in [(name, 0.1, 20), (ctry, 0.65, 14), (f"{kw} · {year}", 1.05, 12)]:
            box = grp.shapes.add_textbox(Inches(left + 0.15), Inches(top + dy), Inches(3.4), Inches(0.5))
            run = box.text_frame.paragraphs[0].add_run()
            run.text = txt
            run.font.size = Pt(size)
    s.notes_slide.notes_text_frame.text = ("Washington DC is die hoofstad, nie die staat Washington nie. "
                                           "Die ooreenkoms met Teheran is 'n samewerkingsooreenkoms, nie 'n "
                                           "susterstadverhouding nie.")
    s = titled_slide(prs, "Besoeke en sperdatums 2026")
    textbox(s.shapes, 0.8, 1.6, 11.5, 4.5, [
        "• 3–5 Maart 2026: afvaardiging van Bulawayo in Tshwane (water en sanitasie)",
        "• 30 Januarie 2026: sperdatum vir begrotingsvoorleggings (internasionale reise)",
        "• 18–21 Mei 2026: Uitvoerende Burgemeester na Taipei (Smart City Summit)",
        "• Oktober: Jakarandafees — uitnodigings aan alle vennootstede"], 18)
    s.notes_slide.notes_text_frame.text = "Die Taipei-reis word deur die Taipei-verbindingskantoor gedeeltelik befonds."
    s = titled_slide(prs, "Projekte en status")
    slide_table(s, [["Projek", "Vennootstad", "Status"]] + [[t, p, st] for t, p, st, _ in PT_ITEMS], 0.8, 1.6, 11.5,
                16)
    gold = Gold(
        partnerships=[partner(w, c, kd) for w, _, _, _, c, kd in PT_TIES],
        engagements=[engagement("incoming", ["Bulawayo"], "Pretoria", "2026-03-03", "2026-03-05"),
                     engagement("outgoing", ["Pretoria"], "Taipei", "2026-05-18", "2026-05-21")],
        cooperation=[coop(t, st, ["Pretoria", c]) for (t, _, _, st), c in
                     zip(PT_ITEMS, ["Bulawayo", "Taipei", "Washington, D.C.", "Kyiv", "Bucharest"])],
        claims=[claim("10 vennootstede in 9 lande", 10, 9, "all", "inconsistent")],
    )
    assert _countries([t[4] for t in PT_TIES]) == 9 and len(PT_TIES) == 9
    return deck_bytes(prs, "Stad Tshwane: Internasionale Betrekkinge"), gold


# --------------------------------------------------------------------------- 133 Valparaíso public account (es-CL, printed PDF)

VP_SISTERS = [("Córdoba", "Argentina", 1995, "Córdoba (AR)"), ("Rosario", "Argentina", 2001, "Rosario"),
              ("Salvador de Bahía", "Brasil", 2003, "Salvador"), ("Badalona", "España", 1998, "Badalona"),
              ("Bat Yam", "Israel", 1986, "Bat Yam"), ("Busan", "Corea del Sur", 1999, "Busan"),
              ("Callao", "Perú", 1992, "Callao"), ("Long Beach", "EE. UU.", 2000, "Long Beach"),
              ("Manzanillo", "México", 2008, "Manzanillo (MX)"), ("Medellín", "Colombia", 2010, "Medellín"),
              ("Oviedo", "España", 1994, "Oviedo"), ("Veracruz", "México", 1997, "Veracruz")]
VP_ITEMS = [("Gestión de residuos en los cerros", "Busan", "en ejecución", "in_progress"),
            ("Restauración de ascensores patrimoniales", "Oviedo", "finalizado", "completed"),
            ("Plan de gestión portuaria y turismo de cruceros", "Long Beach", "acordado", "agreed"),
            ("Escuela de muralismo", "Medellín", "propuesto por Medellín", "proposed"),
            ("Ruta gastronómica del Pacífico", "Callao", "suspendido", "stalled")]


@document("133_valparaiso_cuenta_publica_relaciones_internacionales_es.pdf", split="dev", home="Valparaíso",
          language="es",
          features=["pdf (printed by Chromium)", "Spanish of Chile (alcaldesa, Ord. N°, cerros, UF)", "a "
                    "chapter of a municipal public account (cuenta pública): two-column text with soft-hyphenated "
                    "long words, a running header and a numbered footer on each page, footnotes", "ciudades "
                    "hermanas in a numbered table (N° · Ciudad · País · Año) spanning the columns; acuerdos de "
                    "cooperación (Shanghai, Cantón) in prose; a protocolo de amistad with a bare 'Santa Fe' "
                    "(genuinely ambiguous)", "'entre el lunes 14 y el miércoles 16 de abril' (year from the "
                    "chapter's 2025), 'del 8 al 11 de septiembre de 2025' (outgoing), a meeting with the Consul "
                    "General of China; a council session date and a deadline as distractors", "a project table "
                    "with five statuses", "headline '12 ciudades hermanas en 9 países'"])
def valparaiso_pdf():
    canons = [c for *_, c in VP_SISTERS]
    n, k = len(canons), _countries(canons)
    rows = "".join(f"<tr><td>{i}</td><td>{w}</td><td>{c}</td><td>{y}</td></tr>"
                   for i, (w, c, y, _) in enumerate(VP_SISTERS, 1))
    items = "".join(f"<tr><td>{t}</td><td>{p}</td><td>{s}</td></tr>" for t, p, s, _ in VP_ITEMS)
    fn = '<sup>{}</sup>'
    p1 = (
        "<h1>Capítulo 7. Relaciones Internacionales</h1>"
        '<div class="cols">'
        "<p>Durante 2025 la Oficina de Relaciones Internacionales de la Municipalidad de Valparaíso consolidó la "
        f"red de {n} ciudades hermanas en {k} países y profundizó la coo&shy;peración descentralizada con "
        "puertos del Pacífico y del Atlántico." + fn.format(1) + "</p>"
        "<p>Entre el lunes 14 y el miércoles 16 de abril recibimos a una delegación de la ciudad de Busan, "
        "encabezada por su vicealcalde, que recorrió los cerros Alegre y Concepción y la planta de trans&shy;"
        "ferencia de residuos. El 3 de junio de 2025 la alcaldesa sostuvo una reunión de trabajo con el Cónsul "
        "General de China en Valparaíso sobre los acuerdos de cooperación vigentes con Shanghai y Cantón.</p>"
        "<p>Del 8 al 11 de septiembre de 2025 la alcaldesa viajó a Long Beach para la conferencia de ciudades "
        "portuarias, donde se firmó el plan de gestión portuaria y turismo de cruceros. Además, Valparaíso "
        "mantiene un protocolo de amistad con Santa Fe, firmado en 2016, que no ha tenido actividad "
        "reciente." + fn.format(2) + "</p>"
        "<p>El Concejo Municipal aprobó en su sesión ordinaria del 22 de octubre de 2025 el programa de "
        "becas de inter&shy;cambio; las postulaciones cierran el 30 de enero de 2026.</p>"
        "</div>"
        "<h2>Ciudades hermanas de Valparaíso</h2>"
        f"<table><tr><th>N°</th><th>Ciudad</th><th>País</th><th>Año</th></tr>{rows}</table>"
        '<div class="fn"><p><sup>1</sup> Ord. N° 1.482/2025 de la Dirección de Relaciones Internacionales.</p>'
        "<p><sup>2</sup> Según el registro de convenios vigente al 31 de diciembre de 2025.</p></div>")
    p2 = (
        "<h2>Proyectos de cooperación</h2>"
        f"<table><tr><th>Proyecto</th><th>Ciudad</th><th>Estado</th></tr>{items}</table>"
        '<div class="cols">'
        "<p>El presupuesto ejecutado del área fue de $ 184.300.000 (aprox. 4.700 UF), un 92 % de lo "
        "programado. La mayor partida correspondió a pasajes y viáticos de la comitiva a Long Beach.</p>"
        "<p>Para 2026 se priorizan la gestión de residuos en los cerros, con asistencia técnica de Busan, y "
        "la escuela de muralismo que propuso Medellín.</p></div>")
    css = ".fn { font-size: 8pt; border-top: 0.5pt solid #888; margin-top: 6mm; padding-top: 2mm; }"
    html = pages_html("es", [p1, p2], "Municipalidad de Valparaíso · Cuenta Pública 2025",
                      "Cuenta Pública 2025 — página {page} de {pages}")
    html = html.replace("</style>", css + "</style>")
    gold = Gold(
        partnerships=[partner(w, c, "sister", i) for i, (w, _, _, c) in enumerate(VP_SISTERS, 1)]
        + [partner("Shanghai", "Shanghai", "partner"), partner("Cantón", "Guangzhou", "partner"),
           partner("Santa Fe", None, "friendship")],
        engagements=[engagement("incoming", ["Busan"], "Valparaíso", "2025-04-14", "2025-04-16"),
                     engagement("meeting", ["CN"], "Valparaíso", "2025-06-03"),
                     engagement("outgoing", ["Valparaíso"], "Long Beach", "2025-09-08", "2025-09-11")],
        cooperation=[coop(t, st, ["Valparaíso", p]) for t, p, _, st in VP_ITEMS],
        claims=[claim(f"{n} ciudades hermanas en {k} países", n, k, "sister", "consistent")],
    )
    assert (n, k) == (12, 9)
    return print_pdf(html), gold


# --------------------------------------------------------------------------- 134 Skopje information note (mk, windows-1251)

SK_TIES = [  # (Macedonian name, country, year, canonical, kind)
    ("Тирана", "Албанија", 1996, "Tirana", "sister"), ("Сараево", "Босна и Херцеговина", 1977, "Sarajevo", "sister"),
    ("Загреб", "Хрватска", 1977, "Zagreb", "sister"), ("Подгорица", "Црна Гора", 1978, "Podgorica", "sister"),
    ("Љубљана", "Словенија", 1977, "Ljubljana", "sister"), ("Дрезден", "Германија", 1967, "Dresden", "sister"),
    ("Нирнберг", "Германија", 1982, "Nuremberg", "sister"), ("Дижон", "Франција", 1961, "Dijon", "sister"),
    ("Брадфорд", "Велика Британија", 1963, "Bradford", "sister"), ("Истанбул", "Турција", 1994, "Istanbul", "sister"),
    ("Питсбург", "САД", 2000, "Pittsburgh", "sister"),
    ("Нанчанг", "Кина", 2013, "Nanchang", "partner"), ("Темпе", "САД", 2019, "Tempe", "partner"),
]
SK_ITEMS = [("Заедничка апликација за ИПА проект за јавен превоз", "Загреб", "во тек", "in_progress"),
            ("Реставрација на Камениот мост — стручна размена", "Дрезден", "завршено", "completed"),
            ("Летна школа за урбанизам", "Питсбург", "предложено од Питсбург", "proposed"),
            ("Туристичка промоција на Стара чаршија", "Истанбул", "запрено", "stalled"),
            ("Размена на студенти по медицина", "Нанчанг", "откажано", "dropped")]


@document("134_skopje_informacija_zbratimeni_gradovi_cp1251.txt", split="dev", home="Skopje", language="mk",
          encoding="windows-1251",
          features=["txt (windows-1251, CRLF)", "Macedonian Cyrillic (ѓ, ќ, ѕ, љ, њ, џ)", "an information note "
                    "printed to text: a running header and a page number repeated on each page, separated by form "
                    "feeds, a list that continues across the page break, footnotes marked [1], [2]",
                    "збратимени градови = sister as a numbered list with country and year in brackets; "
                    "меморандум за соработка = partner (Нанчанг, Темпе)", "dotted dates ('12-14.05.2025', "
                    "'2-4.10.2025') and a session date as a distractor", "items with Macedonian statuses after a "
                    "dash", "headline '11 збратимени градови од 10 земји'"])
def skopje_txt():
    sisters = [t for t in SK_TIES if t[4] == "sister"]
    n, k = len(sisters), _countries([t[3] for t in sisters])
    header = "ГРАД СКОПЈЕ - Сектор за меѓународна соработка          Информација бр. 08-2211/3"
    body1 = [
        "",
        "ИНФОРМАЦИЈА",
        "за збратимените градови и меѓународната соработка на Град Скопје во 2025 година",
        "",
        f"1. Град Скопје има {n} збратимени градови од {k} земји[1]. Тоа се:",
    ]
    body1 += [f"   1.{i} {w} ({c}, {y})" for i, (w, c, y, _, _) in enumerate(sisters[:7], 1)]
    body2 = [f"   1.{i} {w} ({c}, {y})" for i, (w, c, y, _, _) in enumerate(sisters[7:], 8)]
    body2 += [
        "",
        "2. Покрај збратимувањата, Градот има потпишано меморандум за соработка со Нанчанг",
        "   (Кина) и со Темпе (Аризона, САД).",
        "",
        "3. Посети во 2025 година:",
        "   - 12-14.05.2025: делегација на Градот Нирнберг во Скопје, предводена од",
        "     градоначалникот, по повод 43 години збратимување;",
        "   - 2-4.10.2025: градоначалникот на Град Скопје во работна посета на Загреб[2].",
        "",
        "4. Состојба на заедничките проекти:",
    ]
    body2 += [f"   - {t} ({p}) - {s}" for t, p, s, _ in SK_ITEMS]
    body2 += [
        "",
        "Информацијата е разгледана на седницата на Советот на Град Скопје одржана на 18.11.2025.",
        "",
        "----------",
        "[1] Соработката со градовите од Руската Федерација е замрзната од 2022 година.",
        "[2] Посетата е во рамките на Самитот на градоначалници од Југоисточна Европа.",
    ]

    def page(no: int, lines: list[str]) -> str:
        return "\r\n".join([header, "=" * 78] + lines + ["", f"{'- ' + str(no) + ' -':^78}"])

    text = page(1, body1) + "\r\n\f" + page(2, body2) + "\r\n"
    gold = Gold(
        partnerships=[partner(w, c, kd) for w, _, _, c, kd in SK_TIES],
        engagements=[engagement("incoming", ["Nuremberg"], "Skopje", "2025-05-12", "2025-05-14"),
                     engagement("outgoing", ["Skopje"], "Zagreb", "2025-10-02", "2025-10-04")],
        cooperation=[coop(t, st, ["Skopje", c]) for (t, _, _, st), c in
                     zip(SK_ITEMS, ["Zagreb", "Dresden", "Pittsburgh", "Istanbul", "Nanchang"])],
        claims=[claim(f"{n} збратимени градови од {k} земји", n, k, "sister", "consistent")],
    )
    assert (n, k) == (11, 10)
    return text.encode("windows-1251"), gold
