"""Corpus documents 135-136 (test split; see docs/evaluation.md and corpus/TEST_SPLIT.md): built by
``scripts/make_corpus.py``.

Ninth batch, written on 2026-12-01 with the dev documents 129-134, by someone who writes no rules: two held-out
documents that keep the test split at 34 of 136 (25 %). Rule writers: do not read this module.
New homes (Kolkata, Yerevan), new languages and scripts (Bengali, Armenian). Partner pairs are taken from
``../shared/data/twin-cities``; kinds, years, visits, dates and cooperation items are invented.
"""

from __future__ import annotations

from corpus_common import (PLACES, Gold, Spec, claim, coop, docx_bytes, docx_table, engagement, html_page, new_docx,
                           partner, registrar)
from corpus_docs_43_49 import add_places

SPECS: list[Spec] = []
document = registrar(SPECS)

add_places({
    # homes (checked with `intercity resolve NAME --country CC --json`)
    "Kolkata": ("IN", "gn:1275004"), "Yerevan": ("AM", "gn:616052"),
    # partners
    "Dhaka": ("BD", "gn:1185241"), "Kunming": ("CN", "gn:1804651"), "Thessaloniki": ("GR", "gn:734077"),
    "Dallas": ("US", "gn:4684888"), "Incheon": ("KR", "gn:1843564"), "Jersey City": ("US", "gn:5099836"),
    "Odesa": ("UA", "gn:698740"),
    "Buenos Aires": ("AR", "gn:3435910"), "Beirut": ("LB", "gn:276781"), "Bratislava": ("SK", "gn:3060972"),
    "Cambridge (US)": ("US", "gn:4931972"), "Carrara": ("IT", "gn:3180423"), "Chișinău": ("MD", "gn:618426"),
    "Los Angeles": ("US", "gn:5368361"), "Montréal": ("CA", "gn:6077243"), "Riga": ("LV", "gn:456172"),
    "Tbilisi": ("GE", "gn:611717"), "Nice": ("FR", "gn:2990440"), "Venice": ("IT", "gn:3164603"),
    "São Paulo": ("BR", "gn:3448439"), "Amman": ("JO", "gn:250441"),
})


def _countries(canons) -> int:
    return len({PLACES[c][0] for c in canons})


# --------------------------------------------------------------------------- 135 Kolkata municipal web page (bn, HTML)

_BN_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


def _bn(x) -> str:
    return str(x).translate(_BN_DIGITS)


KL_TIES = [  # (Bengali name, country, kind word, year, canonical, kind)
    ("ঢাকা", "বাংলাদেশ", "ভগিনী শহর", 2012, "Dhaka", "sister"),
    ("থেসালোনিকি", "গ্রিস", "ভগিনী শহর", 2005, "Thessaloniki", "sister"),
    ("ডালাস", "মার্কিন যুক্তরাষ্ট্র", "ভগিনী শহর", 2008, "Dallas", "sister"),
    ("জার্সি সিটি", "মার্কিন যুক্তরাষ্ট্র", "ভগিনী শহর", 2010, "Jersey City", "sister"),
    ("ওডেসা", "ইউক্রেন", "ভগিনী শহর", 2002, "Odesa", "sister"),
    ("কুনমিং", "চীন", "মৈত্রী শহর", 2013, "Kunming", "friendship"),
    ("ইনচন", "দক্ষিণ কোরিয়া", "সমঝোতা স্মারক", 2019, "Incheon", "partner"),
]
KL_ITEMS = [("ট্রাম ঐতিহ্য সংরক্ষণ কর্মশালা", "ওডেসা", "Odesa", "চলছে", "in_progress"),
            ("বইমেলা সাংস্কৃতিক বিনিময়", "ঢাকা", "Dhaka", "সম্পন্ন", "completed"),
            ("বর্জ্য থেকে বিদ্যুৎ উৎপাদন প্রকল্প", "ইনচন", "Incheon", "প্রস্তাবিত", "proposed"),
            ("স্মার্ট ট্রাফিক সিগন্যাল ব্যবস্থা", "ডালাস", "Dallas", "স্থগিত", "stalled")]


@document("135_kolkata_antorjatik_somporko_bn.html", split="test", home="Kolkata", language="bn",
          features=["html", "Bengali script with Bengali digits", "a municipal corporation page with navigation, "
                    "a sidebar of festival dates and neighbouring towns, and a footer", "a partner table with "
                    "ভগিনী শহর = sister, মৈত্রী শহর = friendship, সমঝোতা স্মারক = partner", "an incoming visit "
                    "'১২ থেকে ১৪ নভেম্বর ২০২৫' and a planned outgoing one 'জানুয়ারি ২০২৬' (month); the update "
                    "date and festival dates as distractors", "project statuses in Bengali",
                    "headline '৭টি শহর, ৬টি দেশ'"])
def kolkata_html():
    canons = [t[4] for t in KL_TIES]
    n, k = len(canons), _countries(canons)
    rows = "".join(f"<tr><td>{_bn(i)}</td><td>{w}</td><td>{c}</td><td>{kw}</td><td>{_bn(y)}</td></tr>"
                   for i, (w, c, kw, y, _, _) in enumerate(KL_TIES, 1))
    items = "".join(f"<li>{t} ({w}) — {s}</li>" for t, w, _, s, _ in KL_ITEMS)
    main = (
        '<nav class="crumbs">হোম › পৌরসভা › আন্তর্জাতিক সম্পর্ক</nav>\n'
        "<h1>কলকাতা পৌরসভা: আন্তর্জাতিক সম্পর্ক</h1>\n"
        f"<p>বর্তমানে কলকাতার সঙ্গে বিশ্বের {_bn(n)}টি শহর, {_bn(k)}টি দেশ আনুষ্ঠানিক সম্পর্কে যুক্ত।</p>\n"
        "<table><tr><th>ক্রম</th><th>শহর</th><th>দেশ</th><th>সম্পর্ক</th><th>সাল</th></tr>" + rows + "</table>\n"
        "<h2>সফর ও বৈঠক</h2>\n"
        f"<p>ঢাকা সিটি কর্পোরেশনের একটি প্রতিনিধিদল {_bn(12)} থেকে {_bn(14)} নভেম্বর {_bn(2025)} কলকাতা সফর "
        "করবে এবং পুর ভবনে মেয়রের সঙ্গে বৈঠক করবে। পৌরসভার একটি প্রতিনিধিদল জানুয়ারি "
        f"{_bn(2026)} মাসে কুনমিং সফরে যাবে।</p>\n"
        "<h2>যৌথ প্রকল্পের অবস্থা</h2>\n"
        f"<ul>{items}</ul>\n"
        f"<p class=\"meta\">সর্বশেষ হালনাগাদ: {_bn(30)} সেপ্টেম্বর {_bn(2025)}</p>")
    aside = ("<h3>উৎসবের দিনপঞ্জি</h3><ul>"
             f"<li>দুর্গাপূজা: {_bn(28)} সেপ্টেম্বর – {_bn(2)} অক্টোবর</li>"
             f"<li>কলকাতা আন্তর্জাতিক চলচ্চিত্র উৎসব: {_bn(6)}–{_bn(13)} নভেম্বর</li></ul>"
             "<h3>পার্শ্ববর্তী পৌরসভা</h3><ul><li>হাওড়া</li><li>বিধাননগর</li><li>বারাকপুর</li></ul>")
    nav = ('<a href="/bn">হোম</a> <a href="/bn/services">নাগরিক পরিষেবা</a> <a href="/bn/tenders">দরপত্র</a> '
           '<a href="/en">English</a>')
    footer = f"<p>কলকাতা পৌরসভা · {_bn(5)}, এস. এন. ব্যানার্জি রোড, কলকাতা {_bn(700013)}</p>"
    html = html_page("bn", "আন্তর্জাতিক সম্পর্ক — কলকাতা পৌরসভা", nav, main, aside, footer)
    gold = Gold(
        partnerships=[partner(w, c, kd, i) for i, (w, _, _, _, c, kd) in enumerate(KL_TIES, 1)],
        engagements=[engagement("incoming", ["Dhaka"], "Kolkata", "2025-11-12", "2025-11-14"),
                     engagement("outgoing", ["Kolkata"], "Kunming", "2026-01")],
        cooperation=[coop(t, st, ["Kolkata", c]) for t, _, c, _, st in KL_ITEMS],
        claims=[claim(f"{_bn(n)}টি শহর, {_bn(k)}টি দেশ", n, k, "all", "consistent")],
    )
    assert (n, k) == (7, 6)
    return html, gold


# --------------------------------------------------------------------------- 136 Yerevan reference note (hy, DOCX)

YR_TIES = [  # (Armenian name, country, year, canonical, kind)
    ("Բուենոս Այրես", "Արգենտինա", 2000, "Buenos Aires", "sister"),
    ("Բեյրութ", "Լիբանան", 1997, "Beirut", "sister"),
    ("Բրատիսլավա", "Սլովակիա", 2001, "Bratislava", "sister"),
    ("Քեմբրիջ", "ԱՄՆ, Մասաչուսեթս", 1987, "Cambridge (US)", "sister"),
    ("Կարարա", "Իտալիա", 1973, "Carrara", "sister"),
    ("Քիշնև", "Մոլդովա", 2011, "Chișinău", "sister"),
    ("Լոս Անջելես", "ԱՄՆ", 2007, "Los Angeles", "sister"),
    ("Մոնրեալ", "Կանադա", 1998, "Montréal", "sister"),
    ("Ռիգա", "Լատվիա", 2003, "Riga", "sister"),
    ("Թբիլիսի", "Վրաստան", 1996, "Tbilisi", "sister"),
    ("Նիս", "Ֆրանսիա", 2024, "Nice", "partner"),
    ("Վենետիկ", "Իտալիա", 2019, "Venice", "partner"),
    ("Սան Պաուլու", "Բրազիլիա", 2015, "São Paulo", "partner"),
    ("Ամման", "Հորդանան", 2018, "Amman", "friendship"),
]
YR_KIND = {"sister": "Քույր քաղաք", "partner": "Համագործակցության համաձայնագիր",
           "friendship": "Բարեկամության համաձայնագիր"}
YR_ITEMS = [("Էլեկտրական ավտոբուսների ներդրման փորձի փոխանակում", "Լոս Անջելես", "Los Angeles", "ընթացքում է",
             "in_progress"),
            ("Մարմարե քանդակների միջազգային սիմպոզիում", "Կարարա", "Carrara", "ավարտված է", "completed"),
            ("Երիտասարդական փոխանակման ծրագիր", "Ռիգա", "Riga", "համաձայնեցված է", "agreed"),
            ("Թանգարանային համագործակցություն", "Վենետիկ", "Venice", "առաջարկված է Վենետիկի կողմից", "proposed"),
            ("Համատեղ ջազ փառատոն", "Բեյրութ", "Beirut", "կասեցված է", "stalled")]


@document("136_yerevan_teghekank_qaghaqayin_kaper_hy.docx", split="test", home="Yerevan", language="hy",
          features=["docx", "Armenian script", "a reference note (տեղեկանք) of a mayor's office: headings, a "
                    "partner table whose 'form of relation' column is merged over the rows of each kind",
                    "Քույր քաղաք = sister, Համագործակցության համաձայնագիր = partner, Բարեկամության համաձայնագիր = "
                    "friendship; Cambridge with its state in the country cell", "Armenian dates in the genitive "
                    "('2025 թ. հոկտեմբերի 6-ից 9-ը', 'հունիսի 17–19-ը', 'սեպտեմբերի 2-ին'), a meeting with the "
                    "French ambassador; the note's date and a signing year as distractors", "items with Armenian "
                    "statuses in a bulleted list", "headline '14 քաղաք 12 երկրից'"])
def yerevan_docx():
    canons = [t[3] for t in YR_TIES]
    n, k = len(canons), _countries(canons)
    doc = new_docx()
    doc.add_paragraph("ԵՐԵՎԱՆԻ ՔԱՂԱՔԱՊԵՏԱՐԱՆ · Արտաքին կապերի և զբոսաշրջության վարչություն")
    doc.add_heading("ՏԵՂԵԿԱՆՔ", level=1)
    doc.add_paragraph("Երևանի միջքաղաքային կապերի և 2025 թվականին իրականացված աշխատանքների մասին")
    doc.add_paragraph(f"Երևանը պաշտոնական կապեր ունի աշխարհի {n} քաղաք {k} երկրից, որոնց թվում՝ 10 քույր "
                      "քաղաք։ Վերջին համաձայնագիրը՝ Նիսի հետ, ստորագրվել է 2024 թ.։")
    doc.add_heading("1. Գործընկեր քաղաքներ", level=2)
    rows = [["Հ/Հ", "Քաղաք", "Երկիր", "Կապի ձև", "Տարի"]]
    rows += [[str(i), w, c, YR_KIND[kd], str(y)] for i, (w, c, y, _, kd) in enumerate(YR_TIES, 1)]
    table = docx_table(doc, rows)
    start = 1
    while start < len(rows):  # merge the kind column over the rows of each kind
        end = start
        while end + 1 < len(rows) and rows[end + 1][3] == rows[start][3]:
            end += 1
        if end > start:
            merged = table.cell(start, 3).merge(table.cell(end, 3))
            merged.text = rows[start][3]
        start = end + 1
    doc.add_heading("2. Այցեր և հանդիպումներ", level=2)
    doc.add_paragraph("Երևանի քաղաքապետը 2025 թ. հունիսի 17–19-ը պաշտոնական այցով գտնվել է Ռիգայում։")
    doc.add_paragraph("2025 թ. սեպտեմբերի 2-ին քաղաքապետն ընդունել է Հայաստանում Ֆրանսիայի դեսպանին։")
    doc.add_paragraph("Լոս Անջելեսի քաղաքային խորհրդի պատվիրակությունը Երևանում կլինի 2025 թ. հոկտեմբերի "
                      "6-ից 9-ը։")
    doc.add_heading("3. Համատեղ ծրագրերի ընթացքը", level=2)
    for t, w, _, s, _ in YR_ITEMS:
        doc.add_paragraph(f"{t} ({w}) — {s}", style="List Bullet")
    doc.add_paragraph("Կազմվել է 2025 թ. դեկտեմբերի 1-ին։ Կատարող՝ Ա. Պետրոսյան, հեռ. 010 000 000")
    gold = Gold(
        partnerships=[partner(w, c, kd, i) for i, (w, _, _, c, kd) in enumerate(YR_TIES, 1)],
        engagements=[engagement("outgoing", ["Yerevan"], "Riga", "2025-06-17", "2025-06-19"),
                     engagement("meeting", ["FR"], "Yerevan", "2025-09-02"),
                     engagement("incoming", ["Los Angeles"], "Yerevan", "2025-10-06", "2025-10-09")],
        cooperation=[coop(t, st, ["Yerevan", c]) for t, _, c, _, st in YR_ITEMS],
        claims=[claim(f"{n} քաղաք {k} երկրից", n, k, "all", "consistent"),
                claim("10 քույր քաղաք", 10, None, "sister", "consistent")],
    )
    assert (n, k) == (14, 12) and sum(t[4] == "sister" for t in YR_TIES) == 10
    return docx_bytes(doc, "Տեղեկանք միջքաղաքային կապերի մասին"), gold
