"""Corpus documents 145-150 (dev split; see docs/evaluation.md): built by ``scripts/make_corpus.py``.

Eleventh batch, written on 2026-12-01 (with the test documents 151-152 in ``corpus_docs_151_152.py``, which keeps
the held-out split at 38 of 152): new homes (Marsaskala, Delhi, Lahore, Sacramento, Suncheon, Galway), new
languages (Maltese, Hindi, Urdu, Irish; English and Korean beside them), a legacy encoding made for a new language
(ISO-8859-3 Maltese minutes, with EUR for the euro sign it lacks) and new layouts (local-council minutes with
numbered agenda items, a report of the twinning committee and decisions, running footers and a form feed; a Hindi
budget justification in Word whose partner list is only in a footnote under an inconsistent count; an Urdu e-mail
reply above a quoted message, with a right-to-left Word attachment holding a two-level partner table by continent
and a draft letter of intent; an English staff report on travel and protocol expenses printed by Chromium, its
partners only in a figure caption; a Korean deck of committee-meeting results with continent rows merged across
a table and a timeline table; an Irish FAQ page of a city council with partners, visits and projects in
answers). Partner pairs are taken from ``../shared/data/twin-cities``; kinds, years, visits, dates and cooperation
items are invented.
"""

from __future__ import annotations

from email.message import EmailMessage

from corpus_common import (PLACES, Gold, Spec, claim, coop, deck_bytes, docx_bytes, docx_table, eml_bytes,
                           engagement, html_page, new_deck, new_docx, pages_html, partner, print_pdf, registrar,
                           slide_table, textbox, titled_slide)
from corpus_docs_43_49 import add_places

SPECS: list[Spec] = []
document = registrar(SPECS)

add_places({
    # homes (checked with `intercity resolve NAME --country CC --json`)
    "Marsaskala": ("MT", "gn:2562750"), "Delhi": ("IN", "gn:1273294"), "Lahore": ("PK", "gn:1172451"),
    "Sacramento": ("US", "gn:5389489"), "Suncheon": ("KR", "gn:1835648"), "Galway": ("IE", "gn:2964180"),
    # partners
    "Sesimbra": ("PT", "gn:2262957"), "Altea": ("ES", "gn:2521804"), "Granville": ("FR", "gn:3014867"),
    "Bundoran": ("IE", "gn:2965929"), "Sherborne": ("GB", "gn:2638033"), "Meerssen": ("NL", "gn:2751037"),
    "Holstebro": ("DK", "gn:2620046"), "Sigulda": ("LV", "gn:455718"), "Rovinj": ("HR", "gn:3191518"),
    "Türi": ("EE", "gn:588153"), "Zvolen": ("SK", "gn:3056459"), "Judenburg": ("AT", "gn:2775020"),
    "Seoul": ("KR", "gn:1835848"), "Beijing": ("CN", "gn:1816670"), "Fukuoka Prefecture": ("JP", "iso:JP-40"),
    "Ottawa": ("CA", "gn:6094817"), "Leuven": ("BE", "gn:2792482"),
    "Chengdu": ("CN", "gn:1815286"), "Xi'an": ("CN", "gn:1790630"), "Haikou": ("CN", "gn:1809078"),
    "Isfahan": ("IR", "gn:418863"), "Mashhad": ("IR", "gn:124665"), "Samarkand": ("UZ", "gn:1216265"),
    "Bukhara": ("UZ", "gn:1217662"), "Dushanbe": ("TJ", "gn:1221874"), "Istanbul": ("TR", "gn:745044"),
    "Glasgow": ("GB", "gn:2648579"), "Hounslow": ("GB", "gn:2646517"), "Córdoba (ES)": ("ES", "gn:2519240"),
    "Fez": ("MA", "gn:2548885"), "Chicago": ("US", "gn:4887398"), "Rio de Janeiro": ("BR", "gn:3451190"),
    "Jinan": ("CN", "gn:1805753"), "Matsuyama": ("JP", "gn:1926099"), "Hamilton (NZ)": ("NZ", "gn:2190324"),
    "Liestal": ("CH", "gn:2659891"), "Chișinău": ("MD", "gn:618426"), "Mexicali": ("MX", "gn:3996069"),
    "Bethlehem": ("PS", "gn:284315"), "San Juan de Oriente": ("NI", "gn:3616723"), "Sumy": ("UA", "gn:692194"),
    "Izumi (JP)": ("JP", "gn:1861108"), "Taiyuan": ("CN", "gn:1793511"), "Nantes": ("FR", "gn:2990969"),
    "Kragujevac": ("RS", "gn:789128"), "Antalya": ("TR", "gn:323777"), "Columbia (US)": ("US", "gn:4381982"),
    "Lorient": ("FR", "gn:2997577"), "Aalborg": ("DK", "gn:2624886"), "Bradford": ("GB", "gn:2654993"),
    "Milwaukee": ("US", "gn:5263045"), "Seattle": ("US", "gn:5809844"), "St. Louis": ("US", "gn:4407066"),
    "Cambridge (US)": ("US", "gn:4931972"), "Menlo Park": ("US", "gn:5372223"),
})


def _countries(canons) -> int:
    return len({PLACES[c][0] for c in canons})


# --------------------------------------------------------------------------- 145 Marsaskala council minutes (mt, TXT ISO-8859-3)

MK_TWINS = [  # (as written, country in Maltese, canonical)
    ("Sesimbra", "il-Portugall", "Sesimbra"), ("Altea", "Spanja", "Altea"), ("Granville", "Franza", "Granville"),
    ("Bundoran", "l-Irlanda", "Bundoran"), ("Sherborne", "l-Ingilterra", "Sherborne"),
    ("Meerssen", "l-Olanda", "Meerssen"), ("Holstebro", "id-Danimarka", "Holstebro"),
    ("Sigulda", "il-Latvja", "Sigulda"), ("Rovinj", "il-Kroazja", "Rovinj"), ("Türi", "l-Estonja", "Türi"),
    ("Zvolen", "is-Slovakkja", "Zvolen"), ("Judenburg", "l-Awstrija", "Judenburg"),
]
MK_ITEMS = [  # (letter, title, rest of the line with the state, partner, status)
    ("a", "Skambju ta' studenti Erasmus+ mal-iskejjel primarji ta' Türi",
     "għadu għaddej, bit-tieni sena tal-proġett", "Türi", "in_progress"),
    ("b", "Mostra fotografika \"Is-sajd tradizzjonali\" ma' Sesimbra", "tlestiet b'suċċess f'Settembru",
     "Sesimbra", "completed"),
    ("c", "Kors tat-tbaħħir għaż-żgħażagħ ma' Holstebro", "il-Kunsill approvah (ara d-deċiżjoni 47/5)",
     "Holstebro", "agreed"),
    ("d", "Ġnien komunitarju ma' Meerssen", "Meerssen ipproponiet il-proġett, għadu ma ġiex diskuss",
     "Meerssen", "proposed"),
    ("e", "Festival tal-baned ma' Judenburg", "sospiż sakemm jinstab finanzjament", "Judenburg", "stalled"),
    ("f", "Sit elettroniku konġunt tat-turiżmu ma' Rovinj", "il-Kunsill iddeċieda li ma jkomplix bih",
     "Rovinj", "dropped"),
]


def _wrap(text: str, width: int, indent: str) -> list[str]:
    out, row = [], ""
    for word in text.split(" "):
        if row and len(indent) + len(row) + 1 + len(word) > width:
            out.append(indent + row)
            row = word
        else:
            row = f"{row} {word}".strip()
    out.append(indent + row)
    return out


@document("145_marsaskala_minuti_kunsill_lokali_gemellaggi_mt_latin3.txt", split="dev", home="Marsaskala",
          language="mt", encoding="iso-8859-3",
          features=["txt (ISO-8859-3, CRLF, a form feed between pages)", "Maltese (ċ ġ ħ ż in Latin-3; 'EUR' "
                    "for the euro sign Latin-3 lacks; the town also as Wied il-Għajn)", "minutes of an ordinary "
                    "local-council meeting: attendance, numbered agenda items with sub-items, proposer and "
                    "seconder, correspondence, decisions numbered 47/5, a running footer 'Paġna n minn m'",
                    "twelve twin towns (Douzelage members) in one long sentence wrapped over lines, each with its "
                    "country in brackets", "visits in prose: 'Bejn il-Ħamis 11 u l-Ħadd 14 ta' Settembru 2025' "
                    "(incoming), 'mis-16 sat-18 ta' Mejju 2025' (outgoing, general meeting), 'mis-27 ta' Lulju "
                    "sat-2 ta' Awwissu 2025' (outgoing, a range across months), an ambassador's courtesy call "
                    "'nhar it-Tnejn 6 ta' Ottubru' (year from the minutes), a delegation decided for 'Mejju "
                    "2026' (month)", "the previous and next meeting dates as distractors", "projects as lettered "
                    "sub-items with Maltese states after a dash (six states)", "headline in words 'tnax-il belt "
                    "ġemellata minn tnax-il pajjiż'"])
def marsaskala_txt():
    canons = [c for _, _, c in MK_TWINS]
    n, k = len(canons), _countries(canons)
    twins = ", ".join(f"{w} ({c})" for w, c, _ in MK_TWINS[:-1]) + f" u {MK_TWINS[-1][0]} ({MK_TWINS[-1][1]})"
    W = 92
    p1 = [
        "                              KUNSILL LOKALI MARSASKALA",
        "                                   (Wied il-Għajn)",
        "                 Triq is-Salini, Marsaskala MSK 1400  -  Tel: 2163 0000",
        "",
    ]
    p1 += _wrap("Minuti tal-Laqgħa Ordinarja Nru 47 tal-Kunsill Lokali ta' Marsaskala, li saret nhar "
                "it-Tlieta, 14 ta' Ottubru 2025, fis-18:30, fil-Kamra tal-Kunsill.", W, "")
    p1 += [
        "",
        "Preżenti:       Is-Sindku (li ppresjediet), il-Viċi Sindku, il-Kunsillier A. Cassar,",
        "                il-Kunsillier M. Farrugia, il-Kunsillier J. Grech, il-Kunsillier R. Borg",
        "Skużi:          il-Kunsillier P. Zammit",
        "Fl-attendenza:  is-Segretarju Eżekuttiv, li ħa l-minuti",
        "",
        "1.  Talba",
        "    Is-Sindku fetħet il-laqgħa bit-talba fis-18:32.",
        "",
        "2.  Qari u approvazzjoni tal-minuti tal-laqgħa Nru 46 tad-9 ta' Settembru 2025",
        "    Il-minuti ġew approvati mingħajr emendi.",
        "    Propost: il-Kunsillier Grech.  Sekondat: il-Kunsillier Borg.",
        "",
        "3.  Korrispondenza",
    ]
    p1 += _wrap("3.1 Ittra mill-Awtorità tal-Artijiet dwar il-bankini fi Triq ix-Xatt. Ġiet innutata u "
                "mgħoddija lill-Perit tal-Kunsill.", W, "    ")
    p1 += _wrap("3.2 Ittra mill-Ministeru għall-Gvern Lokali dwar l-allokazzjoni finanzjarja tal-2026. "
                "Ġiet innutata.", W, "    ")
    p1 += ["", "4.  Rapport tal-Kumitat tal-Ġemellaġġi u tad-Douzelage"]
    p1 += _wrap("Il-Kunsillier Cassar, President tal-Kumitat, ippreżenta r-rapport tal-attivitajiet tas-sena "
                f"2025. Qal li din is-sena l-Kunsill żamm kuntatt attiv ma' tnax-il belt ġemellata minn tnax-il "
                f"pajjiż: {twins}, ilkoll membri tad-Douzelage bħal Marsaskala.", W, "    ")
    p1 += [""]
    p1 += _wrap("4.1 Bejn il-Ħamis 11 u l-Ħadd 14 ta' Settembru 2025 il-Kunsill laqa' delegazzjoni ta' 24 "
                "persuna minn Sesimbra, immexxija mill-Viċi President tal-Câmara Municipal. Id-delegazzjoni żaret "
                "il-bajja ta' San Tumas u l-port tas-sajd ta' Marsaxlokk u ħadet sehem fil-Festival tal-Ħut.",
                W, "    ")
    p1 += _wrap("4.2 Is-Sindku u l-Kunsillier Farrugia attendew il-Laqgħa Ġenerali tad-Douzelage f'Sigulda "
                "mis-16 sat-18 ta' Mejju 2025. Fil-laqgħa ġiet approvata l-applikazzjoni ta' belt ġdida mill-"
                "Bulgarija.", W, "    ")
    p2 = _wrap("4.3 Il-Viċi Sindku mexxa delegazzjoni uffiċjali tal-Kunsill, flimkien ma' grupp ta' 15-il "
               "żagħżugħ u żagħżugħa, lejn Bundoran għall-kamp tas-sajf tad-Douzelage, mis-27 ta' Lulju "
               "sat-2 ta' Awwissu 2025.", W, "    ")
    p2 += _wrap("4.4 Nhar it-Tnejn 6 ta' Ottubru l-Ambaxxatriċi tar-Renju tal-Olanda f'Malta għamlet żjara ta' "
                "kortesija lis-Sindku fl-uffiċċju tal-Kunsill. Ġie diskuss il-ġnien komunitarju ma' Meerssen.",
                W, "    ")
    p2 += _wrap("4.5 Il-Kumitat ta aġġornament dwar il-proġetti konġunti:", W, "    ")
    for letter, title, state, _, _ in MK_ITEMS:
        p2 += _wrap(f"({letter}) {title} - {state}.", W, "        ")
    p2 += [
        "",
        "5.  Finanzi",
    ]
    p2 += _wrap("Il-Kunsill approva l-pagamenti ta' Settembru 2025 li jammontaw għal EUR 18,462.35. Il-vot "
                "tal-ġemellaġġi għall-2025 (EUR 9,000) intefaq sa issa f'74%.", W, "    ")
    p2 += [
        "    Propost: il-Kunsillier Grech.  Sekondat: il-Viċi Sindku.",
        "",
        "6.  Deċiżjonijiet",
    ]
    p2 += _wrap("47/5  Il-Kunsill approva unanimament il-parteċipazzjoni fil-kors tat-tbaħħir ma' Holstebro "
                "u vvota EUR 2,500 mill-vot tal-ġemellaġġi.", W, "    ")
    p2 += _wrap("47/6  Il-Kunsill approva li jibgħat delegazzjoni ta' tliet membri għal-Laqgħa Ġenerali "
                "tad-Douzelage f'Granville f'Mejju 2026.", W, "    ")
    p2 += [
        "",
        "7.  Mistoqsijiet mill-Kunsilliera",
    ]
    p2 += _wrap("Il-Kunsillier Borg staqsiet dwar id-dawl tat-triq fi Triq Sant'Anna. Is-Segretarju "
                "Eżekuttiv wieġeb li x-xogħol se jsir f'Novembru.", W, "    ")
    p2 += [
        "",
        "8.  Laqgħa li jmiss",
        "    Il-laqgħa li jmiss se ssir nhar it-Tlieta 11 ta' Novembru 2025 fis-18:30.",
        "    Il-laqgħa ntemmet fis-20:05.",
        "",
        "",
        "    ............................                 ............................",
        "    Sindku                                         Segretarju Eżekuttiv",
    ]

    def footer(i: int) -> list[str]:
        return ["", "", f"Minuti Nru 47 - 14.10.2025{' ' * 48}Paġna {i} minn 2"]

    text = "\r\n".join(p1 + footer(1)) + "\r\n\f" + "\r\n".join(p2 + footer(2)) + "\r\n"
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, _, c in MK_TWINS],
        engagements=[engagement("incoming", ["Sesimbra"], "Marsaskala", "2025-09-11", "2025-09-14"),
                     engagement("outgoing", ["Marsaskala"], "Sigulda", "2025-05-16", "2025-05-18"),
                     engagement("outgoing", ["Marsaskala"], "Bundoran", "2025-07-27", "2025-08-02"),
                     engagement("meeting", ["NL"], "Marsaskala", "2025-10-06"),
                     engagement("outgoing", ["Marsaskala"], "Granville", "2026-05")],
        cooperation=[coop(t, st, ["Marsaskala", p]) for _, t, _, p, st in MK_ITEMS],
        claims=[claim("tnax-il belt ġemellata minn tnax-il pajjiż", n, k, "sister", "consistent")],
    )
    assert (n, k) == (12, 12)
    return text.encode("iso-8859-3"), gold


# --------------------------------------------------------------------------- 146 Delhi budget justification (hi, DOCX)

DL_TIES = [  # (Hindi name, country, kind word, year, canonical, kind)
    ("सियोल", "दक्षिण कोरिया", "भगिनी नगर", 2010, "Seoul", "sister"),
    ("बीजिंग", "चीन", "भगिनी नगर", 2013, "Beijing", "sister"),
    ("फुकुओका प्रान्त", "जापान", "मैत्री समझौता", 2007, "Fukuoka Prefecture", "friendship"),
    ("ओटावा", "कनाडा", "सहयोग समझौता", 2016, "Ottawa", "partner"),
    ("ल्यूवेन", "बेल्जियम", "सहयोग समझौता", 2019, "Leuven", "partner"),
]
DL_ITEMS = [  # (number, title, partner in brackets, state sentence, canonical, status)
    ("3.1", "यमुना तट विकास पर तकनीकी सहयोग", "सियोल",
     "कार्य प्रगति पर है; चेओंगग्येचॉन पुनरुद्धार के अनुभव पर आधारित कार्यशालाएँ जारी हैं।", "Seoul", "in_progress"),
    ("3.2", "ठोस अपशिष्ट प्रबंधन प्रशिक्षण कार्यक्रम", "फुकुओका प्रान्त",
     "तीनों चरण पूर्ण हो चुके हैं; अंतिम चरण का समापन नवंबर 2025 की यात्रा के दौरान हुआ।", "Fukuoka Prefecture",
     "completed"),
    ("3.3", "शहरी वानिकी पर समझौता ज्ञापन", "ओटावा",
     "दोनों पक्षों में सहमति बन गई है; हस्ताक्षर जनवरी 2026 में प्रस्तावित हैं।", "Ottawa", "agreed"),
    ("3.4", "स्मार्ट पार्किंग पायलट परियोजना", "ल्यूवेन",
     "बेल्जियम पक्ष द्वारा प्रस्तावित; व्यवहार्यता अध्ययन अभी किया जाना है।", "Leuven", "proposed"),
    ("3.5", "धरोहर संरक्षण पर संयुक्त कार्यशाला", "बीजिंग", "वर्ष 2020 से स्थगित है।", "Beijing", "stalled"),
]


@document("146_dilli_bajat_auchitya_antarrashtriya_sambandh_hi.docx", split="dev", home="Delhi", language="hi",
          features=["docx", "Hindi (Devanagari; one date in Devanagari digits '१८ सितंबर २०२५')", "a budget "
                    "justification note (औचित्य टिप्पणी) of the municipal corporation's international relations "
                    "cell: letterhead with file number and date, numbered sections, a budget table in lakh "
                    "rupees with a justification column, a request paragraph, signature and copy list",
                    "the partners only in a footnote (superscript marker in the text, the note at the end): "
                    "भगिनी नगर = sister, मैत्री समझौता = friendship, सहयोग समझौता = partner; a Japanese "
                    "prefecture (फुकुओका प्रान्त) as a partner", "an inconsistent headline: 'छह शहरों एवं "
                    "प्रांतों' with five in the footnote", "visits in prose: '3 से 5 फ़रवरी 2025' (incoming), "
                    "'24 से 27 नवंबर 2025' (outgoing), an ambassador's courtesy call '१८ सितंबर २०२५' (a country "
                    "as the visiting party), a planned visit 'अक्टूबर 2026' in the budget table (month)",
                    "a planned MoU signing month and the note's date as distractors", "projects as numbered "
                    "paragraphs 'title (partner) — state' with Hindi states"])
def delhi_docx():
    from docx.shared import Pt

    doc = new_docx()
    doc.add_paragraph("दिल्ली नगर निगम\nअंतर्राष्ट्रीय संबंध प्रकोष्ठ, सामान्य प्रशासन विभाग\n"
                      "सिविक सेंटर, जवाहरलाल नेहरू मार्ग, नई दिल्ली – 110002")
    doc.add_paragraph("संख्या: अं.सं.प्र./बजट/2025/117\t\tदिनांक: 12 दिसंबर 2025")
    doc.add_heading("बजट अनुमान 2026-27: अंतर्राष्ट्रीय संबंध एवं भगिनी नगर कार्यक्रम — औचित्य टिप्पणी", level=1)
    doc.add_paragraph("(लेखा शीर्ष: अंतर्राष्ट्रीय संबंध एवं प्रोटोकॉल)")
    doc.add_heading("1. पृष्ठभूमि", level=2)
    p = doc.add_paragraph("दिल्ली के विश्व के छह शहरों एवं प्रांतों के साथ औपचारिक संबंध हैं")
    sup = p.add_run("1")
    sup.font.superscript = True
    p.add_run(", जिनके अंतर्गत प्रतिवर्ष प्रतिनिधिमंडलों का आदान-प्रदान, तकनीकी प्रशिक्षण तथा सांस्कृतिक कार्यक्रम "
              "आयोजित किए जाते हैं। इन संबंधों के निर्वहन हेतु निगम के बजट में एक पृथक लेखा शीर्ष रखा गया है।")
    doc.add_heading("2. वर्ष 2024-25 एवं 2025-26 की प्रमुख गतिविधियाँ", level=2)
    doc.add_paragraph("(क) ओटावा नगर परिषद के उप-महापौर के नेतृत्व में पाँच सदस्यीय प्रतिनिधिमंडल 3 से 5 फ़रवरी 2025 "
                      "तक दिल्ली के दौरे पर रहा तथा शहरी वानिकी परियोजनाओं का अवलोकन किया।")
    doc.add_paragraph("(ख) बेल्जियम के राजदूत ने १८ सितंबर २०२५ को महापौर से शिष्टाचार भेंट की और ल्यूवेन के साथ "
                      "स्मार्ट पार्किंग पायलट का प्रस्ताव रखा।")
    doc.add_paragraph("(ग) महापौर के नेतृत्व में निगम का एक प्रतिनिधिमंडल 24 से 27 नवंबर 2025 तक फुकुओका प्रान्त के "
                      "दौरे पर गया, जहाँ अपशिष्ट प्रबंधन प्रशिक्षण कार्यक्रम का समापन समारोह आयोजित किया गया।")
    doc.add_heading("3. सहयोग परियोजनाओं की स्थिति", level=2)
    for num, title, who, state, _, _ in DL_ITEMS:
        doc.add_paragraph(f"{num} {title} ({who}) — {state}")
    doc.add_heading("4. बजट अनुमान (₹ लाख में)", level=2)
    budget = [("विदेशी प्रतिनिधिमंडलों का आतिथ्य", 18.40, 22.00, 25.00, "वर्ष 2026-27 में दो प्रतिनिधिमंडल अपेक्षित"),
              ("महापौर/पार्षदों की विदेश यात्रा", 12.75, 15.50, 21.00,
               "अक्टूबर 2026 में सियोल की प्रस्तावित यात्रा (भगिनी नगर संबंध के 16 वर्ष)"),
              ("प्रशिक्षण एवं कार्यशालाएँ", 6.20, 8.00, 9.50, "यमुना तट विकास कार्यशालाएँ"),
              ("सांस्कृतिक कार्यक्रम", 4.00, 3.50, 5.00, "भगिनी नगर सप्ताह")]
    rows = [["क्र.सं.", "मद", "वास्तविक 2024-25", "संशोधित अनुमान 2025-26", "बजट अनुमान 2026-27", "औचित्य"]]
    rows += [[str(i), m, f"{a:.2f}", f"{b:.2f}", f"{c:.2f}", j] for i, (m, a, b, c, j) in enumerate(budget, 1)]
    totals = [sum(r[i] for r in budget) for i in (1, 2, 3)]
    rows.append(["", "योग", *(f"{t:.2f}" for t in totals), ""])
    docx_table(doc, rows)
    assert [round(t, 2) for t in totals] == [41.35, 49.00, 60.50]
    doc.add_heading("5. अनुरोध", level=2)
    doc.add_paragraph(f"अतः अनुरोध है कि वर्ष 2026-27 हेतु उपर्युक्त लेखा शीर्ष में ₹{totals[2]:.2f} लाख का बजट "
                      "अनुमान स्वीकृत किया जाए।")
    doc.add_paragraph("(हस्ताक्षर)\nउपायुक्त\nअंतर्राष्ट्रीय संबंध प्रकोष्ठ")
    doc.add_paragraph("प्रतिलिपि: 1. मुख्य लेखा परीक्षक  2. वित्त नियंत्रक  3. गार्ड फ़ाइल")
    doc.add_paragraph("______________________")
    note = "; ".join(f"{w} ({c}), {kw}, {y}" for w, c, kw, y, _, _ in DL_TIES)
    fn = doc.add_paragraph()
    mark = fn.add_run("1")
    mark.font.superscript = True
    run = fn.add_run(f" {note}।")
    run.font.size = Pt(8)
    gold = Gold(
        partnerships=[partner(w, c, kd) for w, _, _, _, c, kd in DL_TIES],
        engagements=[engagement("incoming", ["Ottawa"], "Delhi", "2025-02-03", "2025-02-05"),
                     engagement("meeting", ["BE"], "Delhi", "2025-09-18"),
                     engagement("outgoing", ["Delhi"], "Fukuoka Prefecture", "2025-11-24", "2025-11-27"),
                     engagement("outgoing", ["Delhi"], "Seoul", "2026-10")],
        cooperation=[coop(t, st, ["Delhi", c]) for _, t, _, _, c, st in DL_ITEMS],
        claims=[claim("छह शहरों एवं प्रांतों", 6, None, "all", "inconsistent")],
    )
    assert len(DL_TIES) == 5
    return docx_bytes(doc, "बजट अनुमान 2026-27 औचित्य टिप्पणी"), gold


# --------------------------------------------------------------------------- 147 Lahore e-mail reply (ur, EML + RTL DOCX)

LH_TIES = [  # (continent row, Urdu name, country, kind word, year, canonical, kind)
    ("براعظم ایشیا", "چینگدو", "چین", "جڑواں شہر", 2006, "Chengdu", "sister"),
    ("براعظم ایشیا", "شیان", "چین", "جڑواں شہر", 1992, "Xi'an", "sister"),
    ("براعظم ایشیا", "ہائیکو", "چین", "دوستی کا معاہدہ", 2016, "Haikou", "friendship"),
    ("براعظم ایشیا", "اصفہان", "ایران", "جڑواں شہر", 2004, "Isfahan", "sister"),
    ("براعظم ایشیا", "مشہد", "ایران", "جڑواں شہر", 1996, "Mashhad", "sister"),
    ("براعظم ایشیا", "سمرقند", "ازبکستان", "جڑواں شہر", 1994, "Samarkand", "sister"),
    ("براعظم ایشیا", "بخارا", "ازبکستان", "جڑواں شہر", 1995, "Bukhara", "sister"),
    ("براعظم ایشیا", "دوشنبے", "تاجکستان", "دوستی کا معاہدہ", 2008, "Dushanbe", "friendship"),
    ("براعظم یورپ", "استنبول", "ترکی", "جڑواں شہر", 1998, "Istanbul", "sister"),
    ("براعظم یورپ", "گلاسگو", "برطانیہ", "جڑواں شہر", 2006, "Glasgow", "sister"),
    ("براعظم یورپ", "ہاؤنسلو", "برطانیہ", "مفاہمتی یادداشت", 2011, "Hounslow", "partner"),
    ("براعظم یورپ", "قرطبہ", "سپین", "جڑواں شہر", 2001, "Córdoba (ES)", "sister"),
    ("براعظم افریقہ", "فاس", "مراکش", "جڑواں شہر", 2003, "Fez", "sister"),
    ("براعظم امریکہ", "شکاگو", "امریکہ", "جڑواں شہر", 2007, "Chicago", "sister"),
    ("براعظم امریکہ", "ریو ڈی جنیرو", "برازیل", "جڑواں شہر", 2010, "Rio de Janeiro", "sister"),
]
LH_ITEMS = [  # (title, partner in brackets, state, canonical, status)
    ("میٹرو بس عملے کی تربیت", "استنبول", "مکمل ہو چکی ہے۔", "Istanbul", "completed"),
    ("ثقافتی ورثے کے تحفظ کی مشترکہ ورکشاپ", "سمرقند", "دونوں فریقوں نے اتفاق کر لیا ہے، تاریخیں طے ہونا باقی ہیں۔",
     "Samarkand", "agreed"),
    ("ٹھوس فضلہ کے انتظام کا منصوبہ", "شکاگو", "فنڈز کی عدم دستیابی کے باعث فی الحال تعطل کا شکار ہے۔", "Chicago",
     "stalled"),
]
LH_LOI = [  # (letter, area) of the draft letter of intent with Glasgow: proposed
    ("الف", "سرکاری اسکولوں کے اساتذہ کا تبادلہ پروگرام"),
    ("ب", "بنیادی صحت مراکز کے انتظام میں تکنیکی معاونت"),
    ("ج", "شہری ورثے کی ڈیجیٹل دستاویز بندی"),
]


def _rtl(paragraph):
    from docx.oxml import OxmlElement

    paragraph._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
    return paragraph


def _lahore_docx() -> bytes:
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement

    doc = new_docx()
    _rtl(doc.add_paragraph("میٹروپولیٹن کارپوریشن لاہور — شعبہ بین الاقوامی تعلقات"))
    _rtl(doc.add_heading("جڑواں اور دوست شہروں کی فہرست (نومبر 2025)", level=1))
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    tbl_pr = table._tbl.tblPr
    style = tbl_pr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tblStyle")
    bidi = OxmlElement("w:bidiVisual")
    if style is not None:
        style.addnext(bidi)
    else:
        tbl_pr.insert(0, bidi)
    for cell, text in zip(table.rows[0].cells, ["نمبر شمار", "شہر", "ملک", "نوعیت", "سال"]):
        cell.text = text
    current = None
    for i, (cont, name, country, kw, year, _, _) in enumerate(LH_TIES, 1):
        if cont != current:  # a continent row merged across the table
            cells = table.add_row().cells
            merged = cells[0].merge(cells[-1])
            merged.text = cont
            current = cont
        for cell, text in zip(table.add_row().cells, [str(i), name, country, kw, str(year)]):
            cell.text = text
    for row in table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                _rtl(p)
    _rtl(doc.add_paragraph("ماخذ: شعبہ بین الاقوامی تعلقات کا ریکارڈ۔ سال سے مراد معاہدے پر دستخط کا سال ہے۔"))
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _rtl(doc.add_heading("لیٹر آف انٹینٹ (مسودہ)", level=1))
    _rtl(doc.add_paragraph(
        "میٹروپولیٹن کارپوریشن لاہور اور گلاسگو سٹی کونسل، 2006 سے قائم جڑواں شہر کے تعلق کو مزید مضبوط بنانے کی "
        "غرض سے، درج ذیل شعبوں میں تعاون کے ارادے کا اظہار کرتے ہیں:"))
    for letter, area in LH_LOI:
        _rtl(doc.add_paragraph(f"({letter}) {area}"))
    _rtl(doc.add_paragraph(
        "یہ دستاویز کسی فریق پر قانونی طور پر لازم نہیں ہے۔ تعاون کی تفصیلات دونوں فریقوں کی باہمی رضامندی سے "
        "علیحدہ معاہدوں میں طے کی جائیں گی۔"))
    _rtl(doc.add_paragraph("برائے میٹروپولیٹن کارپوریشن لاہور: ____________    برائے گلاسگو سٹی کونسل: ____________"))
    _rtl(doc.add_paragraph("تاریخ: ____________    مقام: ____________"))
    return docx_bytes(doc, "جڑواں شہروں کی فہرست اور لیٹر آف انٹینٹ")


@document("147_lahore_jurwan_shehar_jawabi_email_ur.eml", split="dev", home="Lahore", language="ur",
          encoding="utf-8",
          features=["eml (UTF-8, base64) with a DOCX attachment", "Urdu (right to left; Western digits, "
                    "Urdu month names)", "a reply written above a quoted message ('… نے لکھا:' and '> ' lines), "
                    "with a signature block", "visits in prose: '3 سے 5 نومبر' (incoming, year from the Date: "
                    "header), 'گزشتہ جمعرات' (a consul general's call last Thursday, relative to the Date: header), "
                    "'29 ستمبر تا 2 اکتوبر 2025' (outgoing, a range across months), 'فروری 2026' (incoming, planned "
                    "month)", "projects in a dash list 'title (partner): state' with Urdu states",
                    "the attachment: a right-to-left Word table (w:bidiVisual) of fifteen partners with continent "
                    "rows merged across the table (two levels: continent, then numbered cities) and a kind column "
                    "(جڑواں شہر = sister, دوستی کا معاہدہ = friendship, مفاہمتی یادداشت = partner); امریکہ as "
                    "both a continent row and a country", "a draft letter of intent in the attachment whose "
                    "three areas of cooperation are proposed", "headline '10 ممالک میں 15 جڑواں اور دوست شہر'"])
def lahore_email():
    canons = [t[5] for t in LH_TIES]
    n, k = len(canons), _countries(canons)
    msg = EmailMessage()
    msg["From"] = "شعبہ بین الاقوامی تعلقات <intl.relations@mcl.example>"
    msg["To"] = "دفتر ایڈمنسٹریٹر <administrator@mcl.example>"
    msg["Subject"] = "جواب: جڑواں شہروں کی فہرست اور گلاسگو کے ساتھ لیٹر آف انٹینٹ کا مسودہ"
    msg["Date"] = "Tue, 18 Nov 2025 11:40:00 +0500"
    msg["Message-ID"] = "<corpus-147-reply@mcl.example>"
    msg["In-Reply-To"] = "<corpus-147@mcl.example>"
    quoted = (
        "محترم ڈپٹی ڈائریکٹر صاحب،\n\n"
        "ایڈمنسٹریٹر صاحب کو جمعہ کے روز صوبائی کابینہ کی کمیٹی کو بریفنگ دینی ہے۔ براہ کرم جڑواں شہروں کی تازہ\n"
        "فہرست (ملک اور سال کے ساتھ)، حالیہ دوروں کی تفصیل اور گلاسگو والے لیٹر آف انٹینٹ کا مسودہ کل دوپہر تک\n"
        "ارسال کر دیں۔\n\n"
        "شکریہ\n"
        "پرنسپل اسٹاف آفیسر\n"
        "دفتر ایڈمنسٹریٹر\n")
    quoted = "\n".join("> " + line if line else ">" for line in quoted.splitlines())
    items = "\n".join(f"- {t} ({p}): {s}" for t, p, s, _, _ in LH_ITEMS)
    body = (
        "محترم جناب،\n"
        "السلام علیکم!\n\n"
        "آپ کی ای میل کا شکریہ۔ جڑواں شہروں کی تازہ فہرست اور گلاسگو سٹی کونسل کے ساتھ لیٹر آف انٹینٹ کا مسودہ\n"
        f"منسلک ہے۔ فہرست کے مطابق لاہور کے {k} ممالک میں {n} جڑواں اور دوست شہر ہیں؛ براعظم وار تفصیل منسلکہ\n"
        "دستاویز میں دی گئی ہے۔\n\n"
        "حالیہ دورے اور ملاقاتیں:\n\n"
        "1۔ سمرقند کے حاکم کی قیادت میں پانچ رکنی وفد 3 سے 5 نومبر تک لاہور کے دورے پر رہا۔ وفد نے شاہی قلعہ\n"
        "اور اندرون شہر کا دورہ کیا اور ثقافتی ورثے کے تحفظ پر مشترکہ ورکشاپ کے خدوخال طے کیے۔\n\n"
        "2۔ گزشتہ جمعرات کو ترکی کے قونصل جنرل نے ایڈمنسٹریٹر صاحب سے ملاقات کی اور استنبول کے ساتھ میٹرو بس\n"
        "تربیتی پروگرام کی تکمیل پر مبارکباد دی۔\n\n"
        "3۔ چیف آفیسر کی سربراہی میں چار رکنی وفد نے 29 ستمبر تا 2 اکتوبر 2025 گلاسگو کا دورہ کیا، جہاں لیٹر آف\n"
        "انٹینٹ کے نکات پر گلاسگو سٹی کونسل کے حکام سے بات چیت ہوئی۔ گلاسگو کا وفد فروری 2026 میں لاہور آئے گا\n"
        "اور توقع ہے کہ اسی موقع پر لیٹر آف انٹینٹ پر دستخط ہوں گے۔\n\n"
        "منصوبوں کی صورتحال:\n\n"
        f"{items}\n\n"
        "براہ کرم مسودے پر اپنی رائے 25 نومبر تک دے دیں تاکہ اسے گلاسگو بھیجا جا سکے۔\n\n"
        "والسلام\n\n"
        "محمد عاصم\n"
        "ڈپٹی ڈائریکٹر، شعبہ بین الاقوامی تعلقات\n"
        "میٹروپولیٹن کارپوریشن لاہور، ٹاؤن ہال، لاہور\n"
        "فون: 042-99200000\n\n"
        "پیر، 17 نومبر، 2025 کو 4:05 PM پر دفتر ایڈمنسٹریٹر <administrator@mcl.example> نے لکھا:\n"
        f"{quoted}\n")
    msg.set_content(body, charset="utf-8", cte="base64")
    msg.add_attachment(_lahore_docx(), maintype="application",
                       subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                       filename="jurwan_shehar_aur_LOI_nov2025.docx")
    gold = Gold(
        partnerships=[partner(w, c, kd, i) for i, (_, w, _, _, _, c, kd) in enumerate(LH_TIES, 1)],
        engagements=[engagement("incoming", ["Samarkand"], "Lahore", "2025-11-03", "2025-11-05"),
                     engagement("meeting", ["TR"], "Lahore", "2025-11-13"),
                     engagement("outgoing", ["Lahore"], "Glasgow", "2025-09-29", "2025-10-02"),
                     engagement("incoming", ["Glasgow"], "Lahore", "2026-02")],
        cooperation=[coop(t, st, ["Lahore", c]) for t, _, _, c, st in LH_ITEMS]
        + [coop(area, "proposed", ["Lahore", "Glasgow"]) for _, area in LH_LOI],
        claims=[claim(f"{k} ممالک میں {n} جڑواں اور دوست شہر", n, k, "all", "consistent")],
    )
    assert (n, k) == (15, 10)
    return eml_bytes(msg), gold


# --------------------------------------------------------------------------- 148 Sacramento travel-expense report (en, printed PDF)

SC_TIES = [  # (as in the caption, country, year, canonical, kind)
    ("Jinan", "China", 1985, "Jinan", "sister"),
    ("Matsuyama", "Japan", 1981, "Matsuyama", "sister"),
    ("Hamilton", "New Zealand", 2014, "Hamilton (NZ)", "sister"),
    ("Liestal", "Switzerland", 1989, "Liestal", "sister"),
    ("Chișinău", "Moldova", 1999, "Chișinău", "sister"),
    ("Mexicali", "Mexico", 2002, "Mexicali", "sister"),
    ("Bethlehem", "Palestine", 2009, "Bethlehem", "sister"),
    ("San Juan de Oriente", "Nicaragua", 1995, "San Juan de Oriente", "sister"),
    ("Sumy", "Ukraine", 2024, "Sumy", "friendship"),
]
SC_TRAVEL = [  # (traveller, destination, purpose, dates, airfare, lodging, meals)
    ("Mayor; Chief of Protocol", "Jinan, China", "40th anniversary of the Jinan–Sacramento relationship; "
     "water-recycling MOU", "Mon., Apr. 14 – Fri., Apr. 18, 2025", 3412.60, 1180.00, 468.00),
    ("Councilmember, District 4", "Chișinău, Moldova", "Library partnership meetings",
     "Sept. 29 – Oct. 3, 2024", 1986.30, 512.00, 310.00),
    ("Chief of Protocol", "Washington, DC", "Sister Cities International annual conference",
     "July 17–20, 2024", 488.20, 936.00, 276.00),
]
SC_HOSTED = [  # (delegation, dates, programme, cost)
    ("Matsuyama City Council (8 members)", "Wednesday, November 13, 2024",
     "Courtesy call on the Mayor; State Capitol tour; dinner", 1240.00),
    ("Mayor of Hamilton and business delegation", "Feb. 24–26, 2025",
     "Riverfront design charrette; Port of West Sacramento", 2915.75),
    ("Consul General of Mexico in Sacramento", "March 6, 2025", "Courtesy call; preparation of the Mexicali fair",
     85.00),
]
SC_ITEMS = [  # (programme, partner, where things stand, canonical, status)
    ("Water-recycling technical exchange", "Jinan", "MOU signed April 16, 2025; first staff exchange to be "
     "scheduled", "Jinan", "agreed"),
    ("Youth baseball exchange", "Matsuyama", "Ongoing; third season under way", "Matsuyama", "in_progress"),
    ("Riverfront design charrette", "Hamilton", "Completed February 2025; report published", "Hamilton (NZ)",
     "completed"),
    ("Public library e-book partnership", "Chișinău", "Paused until the state library grant is renewed",
     "Chișinău", "stalled"),
    ("Cross-border farm-to-fork fair", "Mexicali", "Proposed by Mexicali; staff review pending", "Mexicali",
     "proposed"),
]


@document("148_sacramento_official_travel_protocol_expenses_fy2025_en.pdf", split="dev", home="Sacramento",
          language="en",
          features=["pdf (printed by Chromium)", "English (US city staff report: Report Type, Meeting Date, "
                    "Recommendation 'Receive and file', Fiscal Impact, CEQA boilerplate, Submitted by)",
                    "a report on official travel and protocol expenses: a travel table with traveller, "
                    "destination, purpose, dates and dollar columns; a hosted-delegations table; a programme "
                    "status table", "the partners only in a figure caption under a photo placeholder, "
                    "'left to right: Jinan (China, 1985), …' with a friendship city at the end",
                    "dates: 'Mon., Apr. 14 – Fri., Apr. 18, 2025' and 'Sept. 29 – Oct. 3, 2024' (outgoing), "
                    "'Wednesday, November 13, 2024' and 'Feb. 24–26, 2025' (incoming), a consul general's "
                    "courtesy call 'March 6, 2025'", "a domestic conference trip, the meeting date and an MOU "
                    "signing date as distractors; 'travel … to two foreign countries' as a count that is not a "
                    "partnership claim", "headline 'nine international relationships in nine countries'"])
def sacramento_pdf():
    canons = [t[3] for t in SC_TIES]
    n, k = len(canons), _countries(canons)
    words = {9: "nine", 8: "eight", 1: "one"}
    sisters = [t for t in SC_TIES if t[4] == "sister"]
    caption = ", ".join(f"{w} ({c}, {y})" for w, c, y, _, _ in sisters[:-1]) + \
        f" and {sisters[-1][0]} ({sisters[-1][1]}, {sisters[-1][2]})"
    fr = [t for t in SC_TIES if t[4] == "friendship"][0]

    def money(x: float) -> str:
        return f"${x:,.2f}"

    travel = "".join(f"<tr><td>{t}</td><td>{d}</td><td>{p}</td><td>{dt}</td><td>{money(a)}</td><td>{money(lo)}</td>"
                     f"<td>{money(m)}</td><td>{money(a + lo + m)}</td></tr>" for t, d, p, dt, a, lo, m in SC_TRAVEL)
    travel_total = sum(a + lo + m for *_, a, lo, m in SC_TRAVEL)
    hosted = "".join(f"<tr><td>{d}</td><td>{dt}</td><td>{p}</td><td>{money(c)}</td></tr>"
                     for d, dt, p, c in SC_HOSTED)
    hosted_total = sum(c for *_, c in SC_HOSTED)
    items = "".join(f"<tr><td>{t}</td><td>{p}</td><td>{s}</td></tr>" for t, p, s, _, _ in SC_ITEMS)
    p1 = (
        "<h1>Official Travel and Protocol Expenses, Fiscal Year 2024/25</h1>"
        '<table class="meta"><tr><td>File ID</td><td>2025-01187</td><td>Report Type</td><td>Consent</td></tr>'
        "<tr><td>Meeting Date</td><td>9/9/2025</td><td>Location</td><td>Citywide</td></tr>"
        "<tr><td>From</td><td colspan=\"3\">Office of the Mayor, Protocol and International Affairs</td></tr></table>"
        "<h2>Issue Detail</h2>"
        "<p>The Council Rules of Procedure require an annual report of official travel by elected officials and "
        "of the cost of hosting official delegations. This report covers July 1, 2024 through June 30, 2025.</p>"
        "<h2>Recommendation</h2><p>Receive and file.</p>"
        "<h2>Background</h2>"
        f"<p>Sacramento maintains {words[n]} international relationships in {words[k]} countries: "
        f"{words[len(sisters)]} sister cities and {words[1]} friendship city (Figure 1). Official travel in "
        "FY 2024/25 took elected officials to two foreign countries. In April the Mayor led the City's delegation to "
        "Jinan for the 40th anniversary of the relationship, where the water-recycling memorandum of "
        "understanding was signed on April 16, 2025; in the autumn of 2024 the District 4 Councilmember "
        "travelled to Chișinău to meet the municipal library board.</p>"
        '<div class="photo"></div>'
        f'<p class="cap">Figure 1. Flags of Sacramento\'s sister cities at the Sister Cities plaza beside City '
        f"Hall, left to right: {caption}, with the flag of our friendship city, {fr[0]} ({fr[1]}, {fr[2]}).</p>"
    )
    p2 = (
        "<h2>Table 1. Official travel by elected officials and staff</h2>"
        '<table class="travel"><colgroup><col style="width:15%"><col style="width:12%"><col style="width:21%">'
        '<col style="width:15%"><col style="width:9.5%"><col style="width:9.5%"><col style="width:9%">'
        '<col style="width:9%"></colgroup><tr><th>Traveler</th><th>Destination</th>'
        "<th>Purpose</th><th>Travel dates</th><th>Airfare</th>"
        f"<th>Lodging</th><th>Meals &amp; incidentals</th><th>Total</th></tr>{travel}"
        f'<tr><td colspan="7">Total official travel</td><td>{money(travel_total)}</td></tr></table>'
        "<h2>Table 2. Official delegations hosted by the City</h2>"
        "<table><tr><th>Delegation</th><th>Date(s)</th><th>Program</th><th>Hospitality cost</th></tr>"
        f'{hosted}<tr><td colspan="3">Total hospitality</td><td>{money(hosted_total)}</td></tr></table>'
        "<p>The Matsuyama delegation paid a courtesy call on the Mayor and was received by the Council in "
        "chambers. The Mayor of Hamilton, who was hosted for three days in February, opened the riverfront "
        "design charrette with the City's Urban Design Manager.</p>")
    p3 = (
        "<h2>Table 3. Sister-city programs: where things stand (June 30, 2025)</h2>"
        f"<table><tr><th>Program</th><th>Partner</th><th>Status</th></tr>{items}</table>"
        "<h2>Fiscal Impact</h2>"
        f"<p>Total FY 2024/25 expenditure was {money(travel_total + hosted_total)} against a budget of "
        "$25,000.00 in the Mayor's Office protocol account. Costs of the Jinan trip for the Chief of Protocol "
        "were shared with Sacramento Sister Cities Inc.</p>"
        "<h2>Environmental Considerations</h2><p>Receiving this report is not a project under the California "
        "Environmental Quality Act (CEQA Guidelines §15378).</p>"
        "<h2>Attachments</h2><p>1. Travel expense detail (on file with the City Clerk)</p>"
        '<p class="sig">Submitted by: Dana Whitfield, Chief of Protocol<br>Approved by: City Manager</p>')
    css = (".meta td { border: none; padding: 0.5mm 3mm 0.5mm 0; font-size: 9.5pt; } "
           ".photo { height: 70mm; background: #c9ccd1; margin: 3mm 0 1mm 0; } "
           ".cap { font-size: 8.5pt; font-style: italic; } "
           "table { font-size: 8.5pt; margin-bottom: 3mm; width: 100%; } "
           ".sig { margin-top: 6mm; } .travel td, .travel th { padding: 1mm 1.5mm; font-size: 8pt; } "
           ".travel { table-layout: fixed; }")
    html = pages_html("en", [p1, p2, p3], "City of Sacramento · Report to Council · File ID 2025-01187",
                      "Official Travel and Protocol Expenses, FY 2024/25 — Page {page} of {pages}")
    html = html.replace("</style>", css + "</style>")
    gold = Gold(
        partnerships=[partner(w, c, kd) for w, _, _, c, kd in SC_TIES],
        engagements=[engagement("outgoing", ["Sacramento"], "Jinan", "2025-04-14", "2025-04-18"),
                     engagement("outgoing", ["Sacramento"], "Chișinău", "2024-09-29", "2024-10-03"),
                     engagement("incoming", ["Matsuyama"], "Sacramento", "2024-11-13"),
                     engagement("incoming", ["Hamilton (NZ)"], "Sacramento", "2025-02-24", "2025-02-26"),
                     engagement("meeting", ["MX"], "Sacramento", "2025-03-06")],
        cooperation=[coop(t, st, ["Sacramento", c]) for t, _, _, c, st in SC_ITEMS],
        claims=[claim(f"{words[n]} international relationships in {words[k]} countries", n, k, "all",
                      "consistent")],
    )
    assert (n, k) == (9, 9)
    return print_pdf(html), gold


# --------------------------------------------------------------------------- 149 Suncheon committee results deck (ko, PPTX)

SU_TIES = [  # (continent row, country, Korean name with note, name as written, signed, canonical, kind word, kind)
    ("아시아", "일본", "이즈미시(가고시마현)", "이즈미시", "2013. 10. 18.", "Izumi (JP)", "자매도시", "sister"),
    ("아시아", "중국", "타이위안시(산시성)", "타이위안시", "2017. 6. 2.", "Taiyuan", "우호도시", "friendship"),
    ("유럽", "프랑스", "낭트시", "낭트시", "2021. 11. 9.", "Nantes", "자매도시", "sister"),
    ("유럽", "세르비아", "크라구예바츠시", "크라구예바츠시", "2019. 5. 27.", "Kragujevac", "우호도시", "friendship"),
    ("유럽", "튀르키예", "안탈리아시", "안탈리아시", "2011. 9. 14.", "Antalya", "우호도시", "friendship"),
    ("아메리카", "미국", "컬럼비아시(미주리주)", "컬럼비아시", "2004. 3. 30.", "Columbia (US)", "자매도시", "sister"),
]
SU_ITEMS = [  # (title, partner, state as said, canonical, status)
    ("정원 조성 기술 교류", "낭트시", "6월 협약 체결로 합의 완료, 2026년부터 시행", "Nantes", "agreed"),
    ("흑두루미 서식지 공동 모니터링", "이즈미시", "추진 중(분기별 자료 교환)", "Izumi (JP)", "in_progress"),
    ("청소년 홈스테이 교류", "컬럼비아시", "9월 완료", "Columbia (US)", "completed"),
    ("교역 사절단 파견", "안탈리아시", "주한 튀르키예 대사 제안, 검토 예정", "Antalya", "proposed"),
    ("스마트 농업 연수", "타이위안시", "상대 도시 사정으로 잠정 보류", "Taiyuan", "stalled"),
]


@document("149_suncheon_gukje_gyoryu_hyeobuihoe_gyeolgwa_ko.pptx", split="dev", home="Suncheon", language="ko",
          features=["pptx", "Korean", "a deck reporting the results of the city's international exchange "
                    "committee meeting: overview slide (일시, 장소, 참석, 안건), members' opinions as minutes, "
                    "speaker notes", "a two-level partner table: continent rows merged across all columns "
                    "(아시아 / 유럽 / 아메리카), then country · city · kind · signing date rows; 자매도시 = sister, "
                    "우호도시 = friendship; 이즈미시(가고시마현) = Izumi, Kagoshima (not Izumi, Osaka), "
                    "컬럼비아시(미주리주) = Columbia, Missouri", "a timeline table of the year's exchanges with "
                    "'4. 8.(화)~4. 11.(금)' (incoming), '6. 30.(월)~7. 3.(목)' (outgoing, across months), "
                    "'9월 중' (incoming, month), '11. 14.(금)' (a meeting with the Turkish ambassador), the year "
                    "from the slide title", "a planned incoming delegation '2026. 3월 중(예정)'; a partner's visit "
                    "'내년 상반기' only as reported speech in the notes (no date)", "the meeting date and dotted "
                    "signing dates as distractors", "projects as bullets 'title(partner): state' with Korean "
                    "states", "headline '6개국 6개 도시'"])
def suncheon_deck():
    from pptx.util import Pt

    canons = [t[5] for t in SU_TIES]
    n, k = len(canons), _countries(canons)
    prs = new_deck()
    s = prs.slides.add_slide(prs.slide_layouts[6])
    textbox(s.shapes, 0.8, 2.2, 11.5, 1.2, ["2025년 국제교류 협의회 회의 결과 보고"], 36)
    textbox(s.shapes, 0.8, 3.6, 11.5, 1.0, ["2025. 12. 5.  |  순천시 국제협력과"], 20)
    s = titled_slide(prs, "Ⅰ. 회의 개요")
    textbox(s.shapes, 0.8, 1.6, 11.5, 4.5,
            ["○ 일시: 2025. 12. 3.(수) 14:00~16:00", "○ 장소: 시청 본관 3층 소회의실",
             "○ 참석: 부시장(위원장), 위원 9명, 국제협력과장 등 14명",
             "○ 안건: ① 2025년 국제교류 추진 실적 보고  ② 2026년 교류 계획(안) 심의  ③ 기타"], 20)
    s = titled_slide(prs, f"Ⅱ. 자매·우호도시 현황 ({k}개국 {n}개 도시)")
    rows = [["국가", "도시", "구분", "협약 체결일"]]
    heads = []
    current = None
    for cont, ctry, city, _, signed, _, kw, _ in SU_TIES:
        if cont != current:
            heads.append(len(rows))
            rows.append([cont, "", "", ""])
            current = cont
        rows.append([ctry, city, kw, signed])
    shape = slide_table(s, rows, 0.8, 1.5, 11.5, 14)
    for r in heads:
        shape.table.cell(r, 0).merge(shape.table.cell(r, 3))
    s.notes_slide.notes_text_frame.text = (
        "이즈미시는 오사카부의 이즈미시가 아니라 가고시마현 이즈미시(出水市)이며, 흑두루미 월동지라는 공통점으로 "
        "자매결연을 맺었음. 컬럼비아시는 미주리주 컬럼비아시임.")
    s = titled_slide(prs, "Ⅲ. 2025년 주요 교류 실적")
    timeline = [["일자", "구분", "상대 도시", "주요 내용"],
                ["4. 8.(화)~4. 11.(금)", "초청", "이즈미시", "시장 등 방문단 6명 내방, 순천만국가정원 및 흑두루미 서식지 시찰"],
                ["6. 30.(월)~7. 3.(목)", "방문", "낭트시", "시장 등 5명 낭트시 방문, 정원 교류 협약 체결"],
                ["9월 중", "초청", "컬럼비아시", "청소년 교류단 12명 내방(인솔: 컬럼비아시 국제교류담당관), 홈스테이"],
                ["11. 14.(금)", "접견", "주한 튀르키예 대사", "시장 접견, 안탈리아시와의 교역 사절단 파견 제안"]]
    slide_table(s, timeline, 0.6, 1.5, 12.0, 13)
    s.notes_slide.notes_text_frame.text = (
        "크라구예바츠시 측은 내년 상반기 중 순천을 방문하겠다는 뜻을 전해 왔다고 국제협력과장이 보고함. "
        "일정은 확정되지 않았음.")
    s = titled_slide(prs, "Ⅳ. 협력사업 추진 현황")
    textbox(s.shapes, 0.8, 1.6, 11.8, 4.8, [f"○ {t}({p}): {st}" for t, p, st, _, _ in SU_ITEMS], 18)
    s = titled_slide(prs, "Ⅴ. 2026년 교류 계획(안) 및 위원 주요 의견")
    box = textbox(s.shapes, 0.8, 1.5, 11.8, 5.5,
                  ["□ 2026년 교류 계획(안)",
                   "  ○ 타이위안시 대표단 초청: 2026. 3월 중(예정)",
                   "  ○ 안탈리아시 교역 사절단 파견: 시기 미정(예산 확보 후 추진)",
                   "□ 위원 주요 의견",
                   "  ○ 김○○ 위원: 우호도시와의 교류가 의례적 방문에 그치지 않도록 성과 지표를 마련할 것",
                   "  ○ 박○○ 위원: 청소년 교류 참가자 선발 기준을 공개할 것",
                   "  → 국제협력과: 2026년 1월 중 세부 추진계획 수립 예정"], 16)
    for p in box.text_frame.paragraphs[:1] + box.text_frame.paragraphs[3:4]:
        for run in p.runs:
            run.font.bold = True
            run.font.size = Pt(18)
    gold = Gold(
        partnerships=[partner(w, c, kd) for _, _, _, w, _, c, _, kd in SU_TIES],
        engagements=[engagement("incoming", ["Izumi (JP)"], "Suncheon", "2025-04-08", "2025-04-11"),
                     engagement("outgoing", ["Suncheon"], "Nantes", "2025-06-30", "2025-07-03"),
                     engagement("incoming", ["Columbia (US)"], "Suncheon", "2025-09"),
                     engagement("meeting", ["TR"], "Suncheon", "2025-11-14"),
                     engagement("incoming", ["Taiyuan"], "Suncheon", "2026-03")],
        cooperation=[coop(t, st, ["Suncheon", c]) for t, _, _, c, st in SU_ITEMS],
        claims=[claim(f"{k}개국 {n}개 도시", n, k, "all", "consistent")],
    )
    assert (n, k) == (6, 6)
    return deck_bytes(prs, "2025년 국제교류 협의회 회의 결과 보고"), gold


# --------------------------------------------------------------------------- 150 Galway FAQ page (ga, HTML)

GA_ITEMS = [  # (title, state as written, partner, status)
    ("Malartú mac léinn innealtóireachta le hAalborg", "ar siúl", "Aalborg", "in_progress"),
    ("Taispeántas grianghrafadóireachta le Bradford", "críochnaithe i mí an Mheithimh", "Bradford", "completed"),
    ("Clár nuálaíochta i dteicneolaíocht leighis le Menlo Park", "comhaontaithe ag an dá chomhairle",
     "Menlo Park", "agreed"),
    ("Séasúr ceoil thraidisiúnta i Milwaukee", "curtha ar fionraí go fóill", "Milwaukee", "stalled"),
    ("Clár scoláireachtaí le St. Louis", "molta ag St. Louis, faoi bhreithniú", "St. Louis", "proposed"),
]


@document("150_gaillimh_ceisteanna_coitianta_cathracha_nasctha_ga.html", split="dev", home="Galway",
          language="ga",
          features=["html", "Irish (Gaeilge: initial mutations such as 'le hAalborg', 'sa Fhrainc', 'i gcúig "
                    "thír', 'Iúil', 'Deireadh Fómhair')", "an FAQ page of a city council: navigation with an "
                    "English switch, breadcrumb, one question heading per item with its answer, a news sidebar "
                    "with dates, a footer of neighbouring areas", "partners only in an answer's prose: 'nasctha "
                    "le trí chathair Eorpacha' (sister), 'caidreamh cathrach deirfiúr … le cúig chathair' in the "
                    "United States with the state in brackets (Cambridge, Massachusetts), 'comhaontú cairdis' "
                    "(friendship, Menlo Park)", "an inconsistent count: 'Naoi gcathair i gcúig thír' (four "
                    "countries listed)", "visits in an answer: 'ón Luan 14ú go dtí an Déardaoin 17ú Iúil 2025' "
                    "(incoming, ordinal days and weekdays), 'ar an 15 Márta 2025' (outgoing, one day), an "
                    "ambassador's courtesy call 'ar an 2 Deireadh Fómhair 2025', 'i mí na Bealtaine 2026' (incoming, "
                    "planned month)", "a grant deadline and the update date as distractors", "projects as a list "
                    "'title: state' with Irish states"])
def galway_html():
    eu = [("Lorient", "sa Fhrainc", 1975, "Lorient"), ("Aalborg", "sa Danmhairg", 1997, "Aalborg"),
          ("Bradford", "i Sasana", 1987, "Bradford")]
    us = [("Chicago", "Illinois", "Chicago"), ("Milwaukee", "Wisconsin", "Milwaukee"),
          ("Seattle", "Washington", "Seattle"), ("St. Louis", "Missouri", "St. Louis"),
          ("Cambridge", "Massachusetts", "Cambridge (US)")]
    canons = [c for *_, c in eu] + [c for *_, c in us] + ["Menlo Park"]
    n = len(canons)
    assert (n, _countries(canons)) == (9, 4)
    eu_txt = ", ".join(f"{w} {c} (ó {y})" for w, c, y, _ in eu[:-1]) + f" agus {eu[-1][0]} {eu[-1][1]} (ó {eu[-1][2]})"
    us_txt = ", ".join(f"{w} ({s})" for w, s, _ in us[:-1]) + f" agus {us[-1][0]} ({us[-1][1]})"
    items = "".join(f"<li>{t}: <em>{s}</em></li>" for t, s, _, _ in GA_ITEMS)
    faq = [
        ("Cad is cathair nasctha ann?",
         "<p>Is éard is cathair nasctha ann ná cathair a bhfuil comhaontú foirmiúil ag Comhairle Cathrach na "
         "Gaillimhe léi chun cairdeas, cultúr, oideachas agus trádáil a chur chun cinn. Úsáidtear an téarma "
         "'cathair dheirfiúr' go háirithe i gcás cathracha i Meiriceá. Is gréasán é Eurocities, ní cathair "
         "nasctha.</p>"),
        ("Cé hiad cathracha nasctha na Gaillimhe?",
         f"<p>Tá Gaillimh nasctha le trí chathair Eorpacha: {eu_txt}. Tá caidreamh cathrach deirfiúr ag Gaillimh "
         f"le cúig chathair i Stáit Aontaithe Mheiriceá: {us_txt}. Ina theannta sin, shínigh an Chomhairle "
         "comhaontú cairdis le Menlo Park, California, in 2022.</p>"),
        ("Cé mhéad cathair nasctha atá ag Gaillimh?",
         "<p>Naoi gcathair i gcúig thír san iomlán, má chuirtear an comhaontú cairdis le Menlo Park san "
         "áireamh.</p>"),
        ("An dtagann toscaireachtaí go Gaillimh, agus an dtéann an Méara thar lear?",
         "<p>Tagann agus téann. I mbliana chuir an Chomhairle fáilte roimh thoscaireacht ó Lorient a bhí anseo ón "
         "Luan 14ú go dtí an Déardaoin 17ú Iúil 2025, le linn Fhéile Ealaíon na Gaillimhe. Thaistil an Méara go "
         "Chicago do pharáid Lá Fhéile Pádraig ar an 15 Márta 2025, agus bhuail sé le Méara Chicago an lá "
         "céanna.</p><p>Ar an 2 Deireadh Fómhair 2025 thug Ambasadóir na Danmhairge cuairt chúirtéise ar an "
         "Méara i Halla na Cathrach. Táthar ag súil le grúpa ó Seattle i mí na Bealtaine 2026.</p>"),
        ("Conas is féidir le mo chlub nó le mo scoil páirt a ghlacadh?",
         "<p>Déan iarratas ar Scéim Deontais na gCathracha Nasctha. Is é an 30 Eanáir 2026 an dáta deiridh "
         "d'iarratais. Tá an fhoirm ar fáil ón Oifig Idirnáisiúnta.</p>"),
        ("Cad iad na tionscadail atá ar bun faoi láthair?", f"<ul>{items}</ul>"),
    ]
    body = "".join(f'<div class="faq-item"><h3>{q}</h3><div class="freagra">{a}</div></div>\n' for q, a in faq)
    main = (
        '<nav class="breadcrumb">Baile › An Chomhairle › Caidreamh Idirnáisiúnta › Ceisteanna Coitianta</nav>\n'
        "<h1>Cathracha nasctha na Gaillimhe: ceisteanna coitianta</h1>\n"
        '<p class="meta">Nuashonraithe: 3 Samhain 2025</p>\n'
        f'<section class="faq">\n{body}</section>\n'
        '<p class="contact">Tuilleadh eolais: An Oifig Idirnáisiúnta, idirnaisiunta@galwaycity.example, '
        "091 000 000</p>")
    aside = ('<section><h3>Nuacht</h3><ul>'
             "<li>28 Deireadh Fómhair 2025 · Oibreacha bóthair ar Bhóthar na Trá</li>"
             "<li>21 Deireadh Fómhair 2025 · Cruinniú míosúil na Comhairle</li>"
             "<li>14 Deireadh Fómhair 2025 · Scéim na gcrann sráide 2026</li></ul></section>")
    nav = ('<a href="/ga">Baile</a> <a href="/ga/seirbhisi">Seirbhísí</a> <a href="/ga/comhairle">An Chomhairle</a> '
           '<a href="/ga/gno">Gnó</a> <a href="/ga/turasoireacht">Turasóireacht</a> <a href="/en">English</a>')
    footer = ("<p>Comhairle Cathrach na Gaillimhe · Halla na Cathrach · Bóthar an Choláiste · Gaillimh</p>"
              "<p>Ceantair máguaird: Bearna · Órán Mór · Maigh Cuilinn · Baile Chláir</p>")
    html = html_page("ga", "Ceisteanna Coitianta: Cathracha Nasctha – Comhairle Cathrach na Gaillimhe", nav, main,
                     aside, footer)
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, _, _, c in eu] + [partner(w, c, "sister") for w, _, c in us]
        + [partner("Menlo Park", "Menlo Park", "friendship")],
        engagements=[engagement("incoming", ["Lorient"], "Galway", "2025-07-14", "2025-07-17"),
                     engagement("outgoing", ["Galway"], "Chicago", "2025-03-15"),
                     engagement("meeting", ["DK"], "Galway", "2025-10-02"),
                     engagement("incoming", ["Seattle"], "Galway", "2026-05")],
        cooperation=[coop(t, st, ["Galway", p]) for t, _, p, st in GA_ITEMS],
        claims=[claim("Naoi gcathair i gcúig thír", n, 5, "all", "inconsistent")],
    )
    return html, gold
