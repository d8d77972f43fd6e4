"""Corpus documents 85-94 (dev split; see docs/evaluation.md): built by ``scripts/make_corpus.py``.

Fifth batch, written on 2026-11-30 (85-98, with ``corpus_docs_95_98.py`` for the test documents):
new homes (Gothenburg, Thessaloniki, Surabaya, Kaunas, Gangneung, Kanazawa, Suzhou, Chiang Mai, Da Nang,
Christchurch), six new languages (Swedish, Greek in ISO-8859-7, Indonesian, Lithuanian in windows-1257,
Thai in TIS-620 with Thai digits and Buddhist-era years, Vietnamese in UTF-8 with a BOM) and new layouts
(an annual report with a month-by-month chronicle and a sentence per country, a Greek memo in fixed-width
columns, a table with "City (Country)" in one cell, an e-mail with a calendar invitation and a programme,
a Korean 업무보고 with 국외출장 / 국내방문 tables and country abbreviations, a Japanese 市政概要 page with
昭和 dates and a residents' count, a Chinese 外事工作要点 of planned months, a Thai บันทึกข้อความ, a
Vietnamese report with lists by form, an events calendar mixing visits and non-visits). Partner pairs
are taken from ``../shared/data/twin-cities`` where it has them (a few are added); kinds, years,
visits, dates and cooperation items are invented.
"""

from __future__ import annotations

from email.message import EmailMessage

from corpus_common import (PLACES, Gold, Spec, claim, coop, deck_bytes, docx_bytes, docx_table, eml_bytes,
                           engagement, html_page, minimal_pdf, new_deck, new_docx, pages_html, partner, print_pdf,
                           registrar, slide_table, textbox, titled_slide)
from corpus_docs_43_49 import add_places

SPECS: list[Spec] = []
document = registrar(SPECS)

add_places({
    # homes (Gothenburg, Thessaloniki, Surabaya, Kaunas, Kanazawa, Suzhou, Chiang Mai, Da Nang and
    # Christchurch are already in the table as partners, with the same values)
    "Gothenburg": ("SE", "gn:2711537"), "Thessaloniki": ("GR", "gn:734077"), "Surabaya": ("ID", "gn:1625822"),
    "Kaunas": ("LT", "gn:598316"), "Gangneung": ("KR", "gn:1843137"), "Kanazawa": ("JP", "gn:1860243"),
    "Suzhou": ("CN", "gn:1886760"), "Chiang Mai": ("TH", "gn:1153671"), "Da Nang": ("VN", "gn:1583992"),
    "Christchurch": ("NZ", "gn:2192362"),
    # partners
    "Bratislava": ("SK", "gn:3060972"), "Hartford": ("US", "gn:4835797"), "Kolkata": ("IN", "gn:1275004"),
    "Limassol": ("CY", "gn:146384"), "Alexandria (EG)": ("EG", "gn:361058"), "Durrës": ("AL", "gn:3185728"),
    "Korçë": ("AL", "gn:782756"), "Kōchi": ("JP", "gn:1859146"), "Shah Alam": ("MY", "gn:1732903"),
    "Linköping": ("SE", "gn:2694762"), "Växjö": ("SE", "gn:2663536"), "Toruń": ("PL", "gn:3083271"),
    "Białystok": ("PL", "gn:776069"), "Tartu": ("EE", "gn:588335"), "Odense": ("DK", "gn:2615876"),
    "Chattanooga": ("US", "gn:4612862"), "Chichibu": ("JP", "gn:1864637"), "Irkutsk": ("RU", "gn:2023469"),
    "Jiaxing": ("CN", "gn:1805953"), "Jingzhou": ("CN", "gn:1805540"), "Deyang": ("CN", "gn:1812961"),
    "Algemesí": ("ES", "gn:2522012"), "Buffalo": ("US", "gn:5110629"), "Nancy": ("FR", "gn:2990999"),
    "Ghent": ("BE", "gn:2797656"), "Konstanz": ("DE", "gn:2885679"), "Nijmegen": ("NL", "gn:2750053"),
    "Esbjerg": ("DK", "gn:2622447"), "Taupō": ("NZ", "gn:2181742"), "Ismailia": ("EG", "gn:361055"),
    "Mandalay": ("MM", "gn:1311874"), "Timișoara": ("RO", "gn:665087"), "Le Havre": ("FR", "gn:3003796"),
    "Champasak": ("LA", "iso:LA-CH"), "Savannakhet": ("LA", "iso:LA-SV"), "Battambang": ("KH", "iso:KH-2"),
    "Mukdahan": ("TH", "iso:TH-49"), "Kurashiki": ("JP", "gn:1858311"), "Christchurch (GB)": ("GB", "gn:2653075"),
    "Gansu": ("CN", "iso:CN-GS"),
})


def _countries(canons) -> int:
    return len({PLACES[c][0] for c in canons})


# --------------------------------------------------------------------------- 85 Gothenburg annual report (sv, DOCX)

GBG_SISTERS = ["Aarhus", "Bergen", "Turku", "Rostock", "Kraków", "Lyon", "Chicago"]
GBG_ITEMS = [  # (project, partner as written, status as written, status, canonical)
    ("Hamnstäder i omställning (gemensam rapport)", "Rostock", "Avslutat", "completed", "Rostock"),
    ("Gymnasieutbyte", "Åbo", "Pågår", "in_progress", "Turku"),
    ("Klimatanpassning av kajer", "Kraków", "Förslag från Kraków, utreds 2026", "proposed", "Kraków"),
    ("Cykelstadsutbyte", "Chicago", "Vilande", "stalled", "Chicago"),
    ("Gemensam kulturfestival", "Lyon", "Avbrutet", "dropped", "Lyon"),
]


@document("85_goteborg_verksamhetsberattelse_sv.docx", split="dev", home="Gothenburg", language="sv",
          features=["docx", "Swedish", "annual activity report (verksamhetsberättelse) with a month-by-month "
                    "chronicle under Januari … December headings", "partners in a paragraph with one sentence per "
                    "country", "Swedish exonyms (Århus, Åbo)", "vänort = sister, samarbetsavtal = partner "
                    "('inget vänortsavtal men ett samarbetsavtal')", "dates without a year ('11–13 mars'), the year "
                    "from the report's title", "a decision date, an application deadline and a publication date "
                    "that are not visits; a domestic network meeting in Stockholm", "headline 'sju vänorter i sju "
                    "länder' in words", "status table with all six states"])
def gothenburg_docx():
    doc = new_docx()
    doc.add_heading("Verksamhetsberättelse 2025", level=0)
    doc.add_paragraph("Internationella relationer · Stadsledningskontoret · Göteborgs Stad")
    doc.add_heading("Sammanfattning", level=1)
    doc.add_paragraph(
        "Året präglades av hamn- och klimatfrågor och av ett växande elevutbyte. Göteborg har sju vänorter i sju "
        "länder och ett samarbetsavtal med Shanghai. Nettokostnaden för det internationella arbetet blev "
        "3,4 mkr, vilket är 0,2 mkr under budget.")
    doc.add_heading("Våra vänorter", level=1)
    doc.add_paragraph(
        "I Danmark är Århus vänort sedan 1946. Norge representeras av Bergen, som också blev vänort 1946. I "
        "Finland har Göteborg Åbo som vänort, likaså sedan 1946. Tysklands Rostock har varit vänort sedan 1965 och "
        "är i dag vår viktigaste partner i hamnfrågor. I Polen är Kraków vänort sedan 1990. Frankrikes Lyon blev "
        "vänort 1999. I USA är Chicago vänort sedan 1987. I Kina har Göteborg inget vänortsavtal men ett "
        "samarbetsavtal med Shanghai, undertecknat 2011.")
    doc.add_heading("Månad för månad", level=1)
    chronicle = [
        ("Januari", "Kommunstyrelsen antog den 22 januari programmet för vänortsutbyte för gymnasieelever "
                    "2025–2027."),
        ("Februari", "Ansökningsomgången för vänortsstipendier öppnade; sista ansökningsdag var den 28 februari. "
                     "Enheten deltog i SKR:s internationella nätverk i Stockholm."),
        ("Mars", "Den 11–13 mars besökte en delegation från Åbo stadsfullmäktige Göteborg för att studera arbetet "
                 "med Älvstaden och hamnens klimatanpassning."),
        ("April", "Rapporten ”Hamnstäder i omställning”, skriven tillsammans med Rostock, publicerades den 9 april."),
        ("Maj", "Kommunstyrelsens ordförande deltog i det nordiska vänortsmötet i Bergen den 20–21 maj."),
        ("Juni", "Inga internationella besök; förberedelser inför hösten."),
        ("Juli–augusti", "Semesteruppehåll."),
        ("September", "En delegation från Chicago med företrädare för stadens hamn- och logistiksektor besökte "
                      "Göteborg 16–18 september."),
        ("Oktober", "Kraków föreslog ett gemensamt EU-projekt om klimatanpassning av kajer, som utreds under 2026."),
        ("November", "Gymnasieutbytet med Åbo startade; 24 elever deltar."),
        ("December", "Verksamhetsberättelsen fastställdes av stadsledningskontoret den 15 december."),
    ]
    for month, text in chronicle:
        doc.add_heading(month, level=2)
        doc.add_paragraph(text)
    doc.add_heading("Projekt och status", level=1)
    docx_table(doc, [["Projekt", "Vänort", "Status"]] + [[t, p, s] for t, p, s, _, _ in GBG_ITEMS])
    written = {"Aarhus": "Århus", "Turku": "Åbo"}
    gold = Gold(
        partnerships=[partner(written.get(c, c), c, "sister") for c in GBG_SISTERS]
        + [partner("Shanghai", "Shanghai", "partner")],
        engagements=[engagement("incoming", ["Turku"], "Gothenburg", "2025-03-11", "2025-03-13"),
                     engagement("outgoing", ["Gothenburg"], "Bergen", "2025-05-20", "2025-05-21"),
                     engagement("incoming", ["Chicago"], "Gothenburg", "2025-09-16", "2025-09-18")],
        cooperation=[coop(t, s, ["Gothenburg", c]) for t, _, _, s, c in GBG_ITEMS],
        claims=[claim("sju vänorter i sju länder", len(GBG_SISTERS), _countries(GBG_SISTERS), "sister",
                      "consistent" if (len(GBG_SISTERS), _countries(GBG_SISTERS)) == (7, 7) else "inconsistent")],
    )
    return docx_bytes(doc, "Verksamhetsberättelse 2025 – Internationella relationer"), gold


# --------------------------------------------------------------------------- 86 Thessaloniki memo (el, ISO-8859-7)

THESS_SISTERS = [  # (as written, country, year, canonical)
    ("Αλεξάνδρεια", "Αίγυπτος", 1993, "Alexandria (EG)"), ("Καλκούτα", "Ινδία", 2005, "Kolkata"),
    ("Κολωνία", "Γερμανία", 1988, "Cologne"), ("Κωνστάντζα", "Ρουμανία", 1988, "Constanța"),
    ("Λειψία", "Γερμανία", 1984, "Leipzig"), ("Λεμεσός", "Κύπρος", 1984, "Limassol"),
    ("Μελβούρνη", "Αυστραλία", 1984, "Melbourne"), ("Μπολόνια", "Ιταλία", 1981, "Bologna"),
    ("Μπρατισλάβα", "Σλοβακία", 2001, "Bratislava"), ("Νίκαια", "Γαλλία", 1992, "Nice"),
    ("Πουσάν", "Νότια Κορέα", 2005, "Busan"), ("Σαν Φρανσίσκο", "ΗΠΑ", 1990, "San Francisco"),
    ("Τελ Αβίβ", "Ισραήλ", 1994, "Tel Aviv"), ("Φιλιππούπολη", "Βουλγαρία", 1984, "Plovdiv"),
    ("Χάρτφορντ", "ΗΠΑ", 1962, "Hartford"),
]
THESS_MOU = [("Δυρράχιο", "Durrës"), ("Κορυτσά", "Korçë")]
THESS_ITEMS = [  # (title, status as written, status, partner)
    ("Κοινό πρόγραμμα πολιτιστικού τουρισμού με τη Λεμεσό", "σε εξέλιξη", "in_progress", "Limassol"),
    ("Ανταλλαγή τεχνογνωσίας για τη διαχείριση λιμένων με το Πουσάν", "πρόταση της πλευράς του Πουσάν",
     "proposed", "Busan"),
    ("Ψηφιακό αρχείο εβραϊκής κληρονομιάς με το Τελ Αβίβ", "ολοκληρώθηκε", "completed", "Tel Aviv"),
    ("Πρόγραμμα ανταλλαγής φοιτητών με την Μπολόνια", "σε αναστολή", "stalled", "Bologna"),
    ("Συνεργασία των φεστιβάλ κινηματογράφου με το Σαν Φρανσίσκο", "συμφωνήθηκε", "agreed", "San Francisco"),
]


@document("86_thessaloniki_adelfopoiiseis_iso8859-7.txt", split="dev", home="Thessaloniki", language="el",
          encoding="iso-8859-7",
          features=["txt", "Greek", "ISO-8859-7", "ενημερωτικό σημείωμα (memo) with a protocol number and date",
                    "fixed-width columns Α/Α · ΠΟΛΗ · ΧΩΡΑ · ΕΤΟΣ", "Greek exonyms (Φιλιππούπολη = Plovdiv, "
                    "Νίκαια = Nice, Λεμεσός, Κολωνία, Λειψία, Δυρράχιο, Κορυτσά)", "αδελφοποιημένες πόλεις = sister, "
                    "μνημόνια συνεργασίας = partner (inline sentence)", "a visiting city in the genitive "
                    "(αντιπροσωπεία του Δήμου Λεμεσού)", "'Από 7 έως 9 Μαΐου 2025', '18-19 Σεπτεμβρίου 2025' next "
                    "to the trade fair's '6-14 Σεπτεμβρίου 2025'", "a proposal deadline", "two headline counts",
                    "items with statuses after a colon"])
def thessaloniki_txt():
    sisters = [c for *_, c in THESS_SISTERS]
    every = sisters + [c for _, c in THESS_MOU]
    lines = ["ΔΗΜΟΣ ΘΕΣΣΑΛΟΝΙΚΗΣ", "Διεύθυνση Διεθνών και Ευρωπαϊκών Σχέσεων", "Τμήμα Αδελφοποιήσεων", "",
             " " * 40 + "Θεσσαλονίκη, 2 Ιουνίου 2025", " " * 40 + "Αρ. Πρωτ.: 41872", "",
             "ΕΝΗΜΕΡΩΤΙΚΟ ΣΗΜΕΙΩΜΑ", "",
             "Προς:  Γραφείο Δημάρχου",
             "Θέμα:  Αδελφοποιημένες πόλεις και μνημόνια συνεργασίας - επικαιροποίηση στοιχείων", "",
             f"Ο Δήμος Θεσσαλονίκης διατηρεί σήμερα σχέσεις με {len(every)} πόλεις σε {_countries(every)} χώρες: "
             f"{len(sisters)}",
             "αδελφοποιημένες πόλεις και δύο πόλεις με τις οποίες έχουν υπογραφεί μνημόνια συνεργασίας.", "",
             "Α. ΑΔΕΛΦΟΠΟΙΗΜΕΝΕΣ ΠΟΛΕΙΣ", "",
             f"  {'Α/Α':<5}{'ΠΟΛΗ':<18}{'ΧΩΡΑ':<16}ΕΤΟΣ",
             "  " + "-" * 43]
    for i, (name, country, year, _) in enumerate(THESS_SISTERS, 1):
        lines.append(f"  {str(i) + '.':<5}{name:<18}{country:<16}{year}")
    lines += ["", "Β. ΜΝΗΜΟΝΙΑ ΣΥΝΕΡΓΑΣΙΑΣ", "",
              "  Έχουν υπογραφεί μνημόνια συνεργασίας με το Δυρράχιο (2010) και την Κορυτσά (2012) της",
              "  Αλβανίας.", "",
              "Γ. ΕΠΙΣΚΕΨΕΙΣ", "",
              "  - Από 7 έως 9 Μαΐου 2025 πραγματοποιήθηκε επίσκεψη αντιπροσωπείας του Δήμου Λεμεσού στη",
              "    Θεσσαλονίκη, με επικεφαλής τον Δήμαρχο.",
              "  - Ο Δήμαρχος θα μεταβεί στη Φιλιππούπολη στις 18-19 Σεπτεμβρίου 2025, αμέσως μετά την 89η",
              "    ΔΕΘ (6-14 Σεπτεμβρίου 2025), για την επέτειο της αδελφοποίησης.", "",
              "Δ. ΘΕΜΑΤΑ ΣΥΝΕΡΓΑΣΙΑΣ", ""]
    lines += [f"  {i}. {t}: {s}." for i, (t, s, _, _) in enumerate(THESS_ITEMS, 1)]
    lines += ["", "Σημείωση: προθεσμία υποβολής προτάσεων για το ευρωπαϊκό πρόγραμμα «Πόλεις για την Ευρώπη»",
              "έως 30 Ιουνίου 2025.", "",
              " " * 40 + "Η Προϊσταμένη του Τμήματος", "", " " * 40 + "Μ. Παπαδοπούλου"]
    gold = Gold(
        partnerships=[partner(n, c, "sister", i) for i, (n, _, _, c) in enumerate(THESS_SISTERS, 1)]
        + [partner(n, c, "partner") for n, c in THESS_MOU],
        engagements=[engagement("incoming", ["Limassol"], "Thessaloniki", "2025-05-07", "2025-05-09"),
                     engagement("outgoing", ["Thessaloniki"], "Plovdiv", "2025-09-18", "2025-09-19")],
        cooperation=[coop(t, s, ["Thessaloniki", p]) for t, _, s, p in THESS_ITEMS],
        claims=[claim(f"{len(every)} πόλεις σε {_countries(every)} χώρες", len(every), _countries(every), "all",
                      "consistent"),
                claim(f"{len(sisters)} αδελφοποιημένες πόλεις", len(sisters), None, "sister", "consistent")],
    )
    return ("\n".join(lines) + "\n").encode("iso-8859-7"), gold


# --------------------------------------------------------------------------- 87 Surabaya (id, HTML)

SBY = [  # (cell "City (Country)", kind as written, year, canonical, kind)
    ("Seattle (Amerika Serikat)", "Sister City", 1992, "Seattle", "sister"),
    ("Busan (Korea Selatan)", "Sister City", 1994, "Busan", "sister"),
    ("Kochi (Jepang)", "Sister City", 1997, "Kōchi", "sister"),
    ("Monterrey (Meksiko)", "Sister City", 2001, "Monterrey", "sister"),
    ("Guangzhou (Tiongkok)", "Sister City", 2005, "Guangzhou", "sister"),
    ("Xiamen (Tiongkok)", "Sister City", 2006, "Xiamen", "sister"),
    ("Kitakyushu (Jepang)", "Green Sister City", 2012, "Kitakyushu", "sister"),
    ("Liverpool (Inggris)", "Sister City", 2017, "Liverpool", "sister"),
    ("Shah Alam (Malaysia)", "Kota Sahabat (Friendship City)", 2019, "Shah Alam", "friendship"),
]
SBY_ITEMS = [("Pelatihan pengelolaan sampah berbasis 3R", "Kitakyushu", "Selesai", "completed"),
             ("Pertukaran pelajar SMA", "Seattle", "Sedang berjalan", "in_progress"),
             ("Pengembangan pelabuhan pintar", "Busan", "Diusulkan oleh Busan", "proposed"),
             ("Festival kuliner bersama", "Guangzhou", "Ditunda", "stalled"),
             ("Akademi sepak bola usia muda", "Liverpool", "Disepakati", "agreed")]


@document("87_surabaya_kota_kembar_id.html", split="dev", home="Surabaya", language="id",
          features=["html", "Indonesian", "partner table with city and country in one cell 'Kochi (Jepang)'",
                    "Sister City / Green Sister City / Kota Sahabat (Friendship City)", "navigation, sidebar and "
                    "footer naming East Java towns (Malang, Sidoarjo, Gresik) and Jakarta", "news with 'Diterbitkan' "
                    "publication dates", "'pada 19–20 Mei 2025', 'pada 8–11 Juli 2025'", "a consul general's "
                    "courtesy call (meeting, country as the visiting party)", "a registration deadline",
                    "headline '9 kota mitra di 7 negara'", "program table with Indonesian statuses"])
def surabaya_html():
    canons = [c for _, _, _, c, _ in SBY]
    rows = "".join(f"<tr><td>{i}</td><td>{cell}</td><td>{kl}</td><td>{y}</td></tr>"
                   for i, (cell, kl, y, _, _) in enumerate(SBY, 1))
    items = "".join(f"<tr><td>{t}</td><td>{p}</td><td>{s}</td></tr>" for t, p, s, _ in SBY_ITEMS)
    nav = ('<ul><li><a href="/">Beranda</a></li><li><a href="/profil">Profil Kota</a></li>'
           '<li><a href="/layanan">Layanan Publik</a></li><li><a href="/kerjasama" class="active">Kerja Sama</a></li>'
           '<li><a href="/berita">Berita</a></li></ul>')
    main = (
        '<nav class="breadcrumb">Beranda › Kerja Sama › Kerja Sama Luar Negeri</nav>\n'
        '<h1>Kerja Sama Luar Negeri: Kota Kembar (Sister City)</h1>\n'
        f'<p class="lead">Hingga tahun 2025 Pemerintah Kota Surabaya telah menjalin kerja sama dengan {len(canons)} '
        f'kota mitra di {_countries(canons)} negara, baik dalam bentuk <i>sister city</i> maupun kota sahabat.</p>\n'
        '<table class="table-mitra"><thead><tr><th>No</th><th>Kota Mitra</th><th>Bentuk Kerja Sama</th>'
        f'<th>Tahun Penandatanganan</th></tr></thead><tbody>{rows}</tbody></table>\n'
        '<h2>Program Kerja Sama</h2>\n'
        f'<table class="table-program"><tr><th>Program</th><th>Kota Mitra</th><th>Status</th></tr>{items}</table>\n'
        '<h2>Berita Terkait</h2>\n'
        '<article><p class="meta">Diterbitkan: Rabu, 2 April 2025</p><h3>Konsul Jenderal AS Kunjungi Balai Kota</h3>'
        '<p>Konsul Jenderal Amerika Serikat di Surabaya melakukan kunjungan kehormatan kepada Wali Kota di Balai '
        'Kota pada 1 April 2025. Keduanya membahas pertukaran pelajar dengan Seattle.</p></article>\n'
        '<article><p class="meta">Diterbitkan: Rabu, 21 Mei 2025</p><h3>Surabaya Terima Kunjungan Delegasi Kochi'
        '</h3><p>Pemerintah Kota Surabaya menerima kunjungan delegasi Kota Kochi, Jepang, pada 19–20 Mei 2025. '
        'Rombongan yang dipimpin Wakil Wali Kota Kochi meninjau rumah kompos dan Kampung Lontong.</p></article>\n'
        '<article><p class="meta">Diterbitkan: Senin, 16 Juni 2025</p><h3>Wali Kota Dijadwalkan ke Liverpool</h3>'
        '<p>Wali Kota Surabaya dijadwalkan melakukan kunjungan kerja ke Liverpool, Inggris, pada 8–11 Juli 2025 '
        'untuk menindaklanjuti kerja sama akademi sepak bola. Pendaftaran peserta program magang ke Kitakyushu '
        'ditutup 30 Juni 2025.</p></article>')
    aside = ('<div class="widget"><b>Jelajahi Jawa Timur</b><br>Malang · Sidoarjo · Gresik · Mojokerto</div>'
             '<div class="widget"><b>Tautan</b><br>Kementerian Luar Negeri (Jakarta)<br>Pemprov Jawa Timur</div>')
    footer = "Pemerintah Kota Surabaya · Jl. Taman Surya No. 1, Surabaya 60272 · © 2025 · Pengunjung: 1.204.377"
    gold = Gold(
        partnerships=[partner(cell.split(" (")[0], c, k, i) for i, (cell, _, _, c, k) in enumerate(SBY, 1)],
        engagements=[engagement("meeting", ["US"], "Surabaya", "2025-04-01"),
                     engagement("incoming", ["Kōchi"], "Surabaya", "2025-05-19", "2025-05-20"),
                     engagement("outgoing", ["Surabaya"], "Liverpool", "2025-07-08", "2025-07-11")],
        cooperation=[coop(t, s, ["Surabaya", p]) for t, p, _, s in SBY_ITEMS],
        claims=[claim(f"{len(canons)} kota mitra di {_countries(canons)} negara", len(canons), _countries(canons),
                      "all", "consistent")],
    )
    return html_page("id", "Kerja Sama Luar Negeri | Pemerintah Kota Surabaya", nav, main, aside, footer), gold


# --------------------------------------------------------------------------- 88 Kaunas e-mail (lt + en, windows-1257)

KAUNAS = [  # (as written, canonical)
    ("Linšiopingas", "Linköping"), ("Vekšė", "Växjö"), ("Vroclavas", "Wrocław"), ("Torunė", "Toruń"),
    ("Balstogė", "Białystok"), ("Brno", "Brno"), ("Grenoblis", "Grenoble"), ("Charkivas", "Kharkiv"),
    ("Tartu", "Tartu"), ("Odensė", "Odense"), ("Los Andželas", "Los Angeles"),
]
KAUNAS_ITEMS = [("Jaunimo vasaros stovykla", "Linšiopingu", "sutarta (2026 m. vasarą)", "agreed", "Linköping"),
                ("Elektrinių autobusų patirties mainai", "Brno", "vyksta", "in_progress", "Brno"),
                ("Kultūros sostinės patirties mainai", "Tartu", "baigta", "completed", "Tartu"),
                ("Bendras išmaniojo miesto projektas", None, "Linšiopingo pasiūlymas, dar nesvarstytas",
                 "proposed", "Linköping")]


def kaunas_programme_docx() -> bytes:
    doc = new_docx()
    doc.add_heading("Linšiopingo delegacijos vizito programa (projektas)", level=1)
    doc.add_paragraph("Linköping delegation to Kaunas – draft programme")
    docx_table(doc, [["Data", "Laikas", "Veikla / Activity"],
                     ["2025-09-23 (antradienis)", "15:00", "Atvykimas, susitikimas Rotušėje / Arrival, City Hall"],
                     ["2025-09-24 (trečiadienis)", "09:30", "Susitikimas su meru; elektrinių autobusų parkas"],
                     ["2025-09-24 (trečiadienis)", "14:00", "Jaunimo stovyklos darbo grupė / Youth camp working group"],
                     ["2025-09-25 (ketvirtadienis)", "11:00", "Išvykimas / Departure"]])
    doc.add_paragraph("Rengė: Užsienio ryšių skyrius, tel. +370 37 000 000")
    return docx_bytes(doc, "Linšiopingo delegacijos programa")


KAUNAS_ICS = "\r\n".join([
    "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kauno miesto savivaldybe//Kalendorius//LT", "METHOD:REQUEST",
    "BEGIN:VEVENT", "UID:corpus-88-1@kaunas.example", "DTSTAMP:20250902T070000Z",
    "DTSTART;VALUE=DATE:20250923", "DTEND;VALUE=DATE:20250926",
    "SUMMARY:Linköping delegation in Kaunas / Linšiopingo delegacija",
    "LOCATION:Kauno rotušė, Rotušės a. 15, Kaunas", "END:VEVENT",
    "BEGIN:VEVENT", "UID:corpus-88-2@kaunas.example", "DTSTAMP:20250902T070000Z",
    "DTSTART;VALUE=DATE:20250915", "DTEND;VALUE=DATE:20250916",
    "SUMMARY:Terminas: paraiškos į Tartu jaunimo stovyklą / Deadline: Tartu youth camp applications",
    "END:VEVENT", "END:VCALENDAR", ""])


@document("88_kaunas_linkoping_vizitas_cp1257.eml", split="dev", home="Kaunas", language="lt",
          encoding="windows-1257",
          features=["eml", "Lithuanian with a quoted English message", "windows-1257, 8bit", "DOCX attachment "
                    "(bilingual programme with ISO dates) and a text/calendar invitation (.ics: DTEND is exclusive; a "
                    "second VEVENT is a deadline)", "Lithuanian exonyms in the nominative (Linšiopingas, Vekšė, "
                    "Vroclavas, Torunė, Balstogė, Charkivas, Odensė, Los Andželas) and inflected (Linšiopingu, "
                    "Vroclavą)", "miestai partneriai = sister, bendradarbiavimo sutartis = partner",
                    "'rugsėjo 23–25 d.', 'spalio 14–15 d.' (year from Date:)", "a domestic meeting in Vilnius",
                    "headline '11 miestų partnerių 8 šalyse'", "items with statuses after a dash"])
def kaunas_email():
    sisters = [c for _, c in KAUNAS]
    msg = EmailMessage()
    msg["From"] = "Rūta Petrauskienė <ruta.petrauskiene@kaunas.example>"
    msg["To"] = "Tomas Jankauskas <tomas.jankauskas@kaunas.example>"
    msg["Subject"] = "FW: Linköping delegation to Kaunas / Linšiopingo delegacija rugsėjo 23–25 d."
    msg["Date"] = "Tue, 02 Sep 2025 10:12:00 +0300"
    msg["Message-ID"] = "<corpus-88@kaunas.example>"
    body = (
        "Laba diena, Tomai,\n\n"
        "persiunčiu Linšiopingo patvirtinimą (žemiau, angliškai). Delegacija atvyks į Kauną rugsėjo 23–25 d.,\n"
        "jai vadovaus savivaldybės tarybos pirmininkė. Prisegu programos projektą ir kvietimą į kalendorių.\n\n"
        "Darbotvarkėje:\n"
        + "".join(f" {i}) {t}{' su ' + w if w else ''} – {s};\n" for i, (t, w, s, _, _) in enumerate(KAUNAS_ITEMS, 1))
        + "\n"
        "Kiti rudens darbai:\n"
        " - rugsėjo 10 d. – susitikimas Vilniuje, Užsienio reikalų ministerijoje (dėl paramos Ukrainos miestams);\n"
        " - meras spalio 14–15 d. vyks į Vroclavą, į Europos miestų forumą „Cities for Europe“.\n\n"
        f"Primenu, kad šiuo metu Kaunas turi {len(sisters)} miestų partnerių {_countries(sisters)} šalyse:\n"
        "Linšiopingas ir Vekšė (Švedija), Vroclavas, Torunė ir Balstogė (Lenkija), Brno (Čekija),\n"
        "Grenoblis (Prancūzija), Charkivas (Ukraina), Tartu (Estija), Odensė (Danija) ir Los Andželas (JAV).\n"
        "Bendradarbiavimo sutartis: Xiamenas (Kinija), pasirašyta 2019 m.\n\n"
        "Pagarbiai\n"
        "Rūta Petrauskienė\n"
        "Užsienio ryšių skyriaus vyriausioji specialistė\n"
        "Kauno miesto savivaldybė | Laisvės al. 96, Kaunas\n\n"
        "-----Original Message-----\n"
        "From: Anna Lindqvist <anna.lindqvist@linkoping.example>\n"
        "Sent: Monday, September 1, 2025 16:40\n"
        "To: Rūta Petrauskienė\n"
        "Subject: Linköping delegation to Kaunas\n\n"
        "Dear Rūta,\n\n"
        "Thank you for the kind invitation. I am happy to confirm that our delegation of seven, led by the Chair\n"
        "of the Municipal Council, will be in Kaunas from Tuesday 23 to Thursday 25 September. We would like to\n"
        "finalise the youth summer camp, which we agreed on in the spring, and to hear about Kaunas's experience\n"
        "with the electric bus fleet. We also have a first idea for a joint smart-city project that we would\n"
        "like to present.\n\n"
        "Best regards,\n"
        "Anna Lindqvist\n"
        "International Coordinator, Linköping Municipality\n")
    msg.set_content(body, charset="windows-1257", cte="8bit")
    msg.add_attachment(kaunas_programme_docx(), maintype="application",
                       subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                       filename="Linkopingo_delegacijos_programa.docx")
    msg.add_attachment(KAUNAS_ICS.encode("utf-8"), maintype="text", subtype="calendar",
                       filename="kvietimas.ics", params={"method": "REQUEST"})
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, c in KAUNAS] + [partner("Xiamenas", "Xiamen", "partner")],
        engagements=[engagement("incoming", ["Linköping"], "Kaunas", "2025-09-23", "2025-09-25"),
                     engagement("outgoing", ["Kaunas"], "Wrocław", "2025-10-14", "2025-10-15")],
        cooperation=[coop(t, s, ["Kaunas", c]) for t, _, _, s, c in KAUNAS_ITEMS],
        claims=[claim(f"{len(sisters)} miestų partnerių {_countries(sisters)} šalyse", len(sisters),
                      _countries(sisters), "sister", "consistent")],
    )
    return eml_bytes(msg), gold


# --------------------------------------------------------------------------- 89 Gangneung 업무보고 (ko, PPTX)

GN_SISTERS = [("지치부시", "일", "'83", "Chichibu"), ("채터누가시", "미", "'95", "Chattanooga"),
              ("이르쿠츠크시", "러", "'01", "Irkutsk")]
GN_FRIENDS = [("자싱시", "Jiaxing"), ("징저우시", "Jingzhou"), ("더양시", "Deyang"), ("알제메시", "Algemesí")]
GN_ITEMS = [("단오제 문화교류 업무협약", "자싱시", "협약 체결('25. 5. 28.)", "agreed", "Jiaxing"),
            ("커피산업 교류 및 공동 홍보", "채터누가시", "채터누가시 제안, 검토 중", "proposed", "Chattanooga"),
            ("공무원 상호파견", "지치부시", "협의 중", "in_progress", "Chichibu"),
            ("청소년 동계스포츠 교류캠프", "이르쿠츠크시", "잠정 중단", "stalled", "Irkutsk"),
            ("동계올림픽 유산 공동 홍보", "징저우시", "완료", "completed", "Jingzhou")]


@document("89_gangneung_eommubogo_gukje_gyoryu_ko.pptx", split="dev", home="Gangneung", language="ko",
          features=["pptx", "Korean", "업무보고 deck: □/○ text boxes, one table per section", "partners inline by "
                    "kind with one-syllable country abbreviations ('지치부시(일, '83)') and '(이상 중)' for the "
                    "three Chinese cities", "자매도시 / 우호도시", "국외출장 table ('25. 4. 8.~4. 11.', '25. 9월 "
                    "중(예정))", "국내방문 (외빈 접견) table: a partner delegation and an embassy counsellor's "
                    "courtesy call (meeting, country as the visiting party); an MOU signing date inside a visit",
                    "a domestic meeting in Chuncheon under 기타", "headline '5개국 7개 도시'", "status table; "
                    "speaker notes"])
def gangneung_deck():
    canons = [c for *_, c in GN_SISTERS] + [c for _, c in GN_FRIENDS]
    prs = new_deck()
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "2025년 상반기 주요업무 추진상황 보고"
    s.placeholders[1].text = "문화관광국 국제교류팀 | 2025. 7. 15."
    s = titled_slide(prs, "Ⅰ. 국제교류 현황")
    sis = ", ".join(f"{n}({c}, {y})" for n, c, y, _ in GN_SISTERS)
    textbox(s.shapes, 0.7, 1.5, 12, 3.5, [
        f"□ 해외 자매·우호도시 : {_countries(canons)}개국 {len(canons)}개 도시",
        f"   ○ 자매도시({len(GN_SISTERS)}) : {sis}",
        f"   ○ 우호도시({len(GN_FRIENDS)}) : 자싱시('05)·징저우시('09)·더양시('12)(이상 중), 알제메시(스페인, '18)",
        "□ 국제교류 예산 : 4억 2천만원 (전년 대비 8% 증)",
    ], size=18)
    s = titled_slide(prs, "Ⅱ. 국외출장")
    slide_table(s, [["기간", "방문지", "목적", "인원"],
                    ["'25. 4. 8.~4. 11.", "일본 지치부시", "자매결연 42주년 기념 시민축제 참석", "시장 외 5명"],
                    ["'25. 9월 중(예정)", "스페인 알제메시", "우호교류 확대 협의", "부시장 외 4명"]], 0.6, 1.6, 12.0)
    s = titled_slide(prs, "Ⅲ. 국내방문 (외빈 접견)")
    slide_table(s, [["일자", "방문단", "주요내용"],
                    ["'25. 5. 27.~5. 29.", "중국 자싱시 대표단 (부시장 등 6명)",
                     "강릉단오제 참관, 문화교류 업무협약 체결(5. 28.)"],
                    ["'25. 6. 3.", "주한 러시아대사관 참사관", "시장 예방, 이르쿠츠크 교류 재개 의견 교환"]],
                0.6, 1.6, 12.0)
    textbox(s.shapes, 0.6, 4.4, 12, 0.8, ["※ 기타 : '25. 3. 14. 강원특별자치도 국제교류 실무협의회 참석(춘천)"],
            size=14)
    s = titled_slide(prs, "Ⅳ. 협력사업 추진상황")
    slide_table(s, [["사업명", "대상도시", "추진상황"]] + [[t, p, st] for t, p, st, _, _ in GN_ITEMS], 0.6, 1.6, 12.0)
    s.notes_slide.notes_text_frame.text = ("이르쿠츠크시와의 교류는 '22년 이후 정부 방침에 따라 잠정 중단 상태임. "
                                           "징저우시 사업은 '24년 말 완료.")
    gold = Gold(
        partnerships=[partner(n, c, "sister") for n, _, _, c in GN_SISTERS]
        + [partner(n, c, "friendship") for n, c in GN_FRIENDS],
        engagements=[engagement("outgoing", ["Gangneung"], "Chichibu", "2025-04-08", "2025-04-11"),
                     engagement("outgoing", ["Gangneung"], "Algemesí", "2025-09"),
                     engagement("incoming", ["Jiaxing"], "Gangneung", "2025-05-27", "2025-05-29"),
                     engagement("meeting", ["RU"], "Gangneung", "2025-06-03")],
        cooperation=[coop(t, s, ["Gangneung", c]) for t, _, _, s, c in GN_ITEMS],
        claims=[claim(f"{_countries(canons)}개국 {len(canons)}개 도시", len(canons), _countries(canons), "all",
                      "consistent")],
    )
    return deck_bytes(prs, "2025년 상반기 주요업무 보고"), gold


# --------------------------------------------------------------------------- 90 Kanazawa 市政概要 (ja, PDF)

KANAZAWA = [  # (city, country, signed, kind label, canonical, kind)
    ("バッファロー市", "アメリカ合衆国（ニューヨーク州）", "昭和37年12月18日", "姉妹都市", "Buffalo", "sister"),
    ("ポルト・アレグレ市", "ブラジル連邦共和国", "昭和42年5月8日", "姉妹都市", "Porto Alegre", "sister"),
    ("イルクーツク市", "ロシア連邦", "昭和42年9月19日", "姉妹都市", "Irkutsk", "sister"),
    ("ゲント市", "ベルギー王国", "昭和46年9月11日", "姉妹都市", "Ghent", "sister"),
    ("ナンシー市", "フランス共和国", "昭和48年11月19日", "姉妹都市", "Nancy", "sister"),
    ("蘇州市", "中華人民共和国", "昭和56年6月13日", "友好都市", "Suzhou", "friendship"),
    ("全州市", "大韓民国", "平成14年4月23日", "姉妹都市", "Jeonju", "sister"),
]
KZ_ITEMS = [("伝統工芸職人の相互派遣", "ゲント市", "継続中", "in_progress", "Ghent"),
            ("ゲーム・デジタルアート共同事業", "バッファロー市", "バッファロー市から提案（検討中）", "proposed", "Buffalo"),
            ("青少年スポーツ交流", "イルクーツク市", "休止中", "stalled", "Irkutsk"),
            ("韓紙・金箔工芸合同展", "全州市", "実施済み", "completed", "Jeonju"),
            ("医療・介護人材研修", "蘇州市", "覚書締結済み", "agreed", "Suzhou")]


@document("90_kanazawa_shisei_gaiyo_kokusai_ja.pdf", split="dev", home="Kanazawa", language="ja",
          features=["pdf (Chromium)", "Japanese", "市政概要 excerpt: chapter pages with running header and page "
                    "numbers", "姉妹都市 / 友好都市 table with 昭和 and 平成 signing dates (not visits)",
                    "headline '7か国7都市' next to a residents' count '94か国・地域' that is not about partners",
                    "令和 dates: '令和6年10月7日〜9日' (来沢), '令和6年11月' (month only)", "a citizens' tour "
                    "deadline and the Shinkansen extension date as distractors", "status table (継続中 / 提案・検討中 "
                    "/ 休止中 / 実施済み / 覚書締結済み)"])
def kanazawa_pdf():
    canons = [c for *_, c, _ in KANAZAWA]
    rows = "".join(f"<tr><td>{c}</td><td>{n}</td><td>{d}</td><td>{k}</td></tr>" for c, n, d, k, _, _ in KANAZAWA)
    items = "".join(f"<tr><td>{t}</td><td>{p}</td><td>{s}</td></tr>" for t, p, s, _, _ in KZ_ITEMS)
    p1 = ("<h1>第9章　国際交流</h1>"
          "<h2>1　姉妹都市・友好都市</h2>"
          f"<p>本市は、{_countries(canons)}か国{len(canons)}都市と姉妹都市・友好都市の提携を結び、市民レベルの交流を"
          "進めている。</p>"
          f"<table><tr><th>都市名</th><th>国名</th><th>提携年月日</th><th>区分</th></tr>{rows}</table>"
          "<h2>2　在住外国人</h2>"
          "<p>外国人住民数　6,812人（94か国・地域）　令和7年3月末現在</p>"
          "<h2>3　国際交流団体</h2>"
          "<p>公益財団法人金沢国際交流財団（昭和62年設立）、金沢市国際交流ボランティア協議会ほか</p>")
    p2 = ("<h2>4　令和6年度の主な交流</h2>"
          "<ul><li>ナンシー市長一行の来沢（令和6年10月7日〜9日）：金沢21世紀美術館、ひがし茶屋街を視察</li>"
          "<li>市長の全州市訪問（令和6年11月）：韓紙・金箔工芸合同展の開幕式に出席</li>"
          "<li>姉妹都市訪問団（市民）の募集　締切：令和6年8月30日</li></ul>"
          "<h2>5　主な交流事業の状況</h2>"
          f"<table><tr><th>事業</th><th>相手都市</th><th>状況</th></tr>{items}</table>"
          "<h1 style='margin-top:10mm'>第10章　観光</h1>"
          "<p>北陸新幹線金沢・敦賀間の開業（令和6年3月16日）により、令和6年の観光入込客数は1,012万人となった。</p>")
    html = pages_html("ja", [p1, p2], "金沢市　市政概要 2025", "－ {page} －")
    gold = Gold(
        partnerships=[partner(c, canon, k) for c, _, _, _, canon, k in KANAZAWA],
        engagements=[engagement("incoming", ["Nancy"], "Kanazawa", "2024-10-07", "2024-10-09"),
                     engagement("outgoing", ["Kanazawa"], "Jeonju", "2024-11")],
        cooperation=[coop(t, s, ["Kanazawa", c]) for t, _, _, s, c in KZ_ITEMS],
        claims=[claim(f"{_countries(canons)}か国{len(canons)}都市", len(canons), _countries(canons), "all",
                      "consistent")],
    )
    return print_pdf(html), gold


# --------------------------------------------------------------------------- 91 Suzhou 外事工作要点 (zh, DOCX)

SZ_SISTERS = [("威尼斯", "意大利", "Venice"), ("格勒诺布尔", "法国", "Grenoble"), ("波特兰", "美国", "Portland"),
              ("金泽", "日本", "Kanazawa"), ("全州", "韩国", "Jeonju"), ("阿雷格里港", "巴西", "Porto Alegre"),
              ("康斯坦茨", "德国", "Konstanz"), ("奈梅亨", "荷兰", "Nijmegen"), ("里加", "拉脱维亚", "Riga"),
              ("伊斯梅利亚", "埃及", "Ismailia")]
SZ_FRIENDS = [("埃斯比约", "丹麦", "Esbjerg"), ("陶波", "新西兰", "Taupō"), ("洛根", "澳大利亚", "Logan City")]
SZ_ITEMS = [("与威尼斯运河遗产保护合作项目", "已签署合作备忘录，2026年启动实施", "agreed", "Venice"),
            ("与波特兰友城学校结对", "继续推进，新增结对学校4对", "in_progress", "Portland"),
            ("与全州传统工艺联合展览", "对方提议，正在研究", "proposed", "Jeonju"),
            ("与康斯坦茨职业教育合作", "项目暂停，拟于年内评估是否重启", "stalled", "Konstanz"),
            ("与奈梅亨自行车交通规划交流", "已于2025年完成", "completed", "Nijmegen")]


@document("91_suzhou_waishi_gongzuo_yaodian_2026_zh.docx", split="dev", home="Suzhou", language="zh",
          features=["docx", "Simplified Chinese", "外事办 2026年工作要点: a plan, not a report", "一、（一）1. "
                    "numbering in plain paragraphs", "友好城市 (sister) and 友好交流城市 (friendship) inline with the "
                    "country in brackets, each list ending in 等", "planned months ('3月', '5月中旬', '9月下旬') for "
                    "visits of 2026; one trip to two cities", "a youth camp with no named partner, the issue date and "
                    "a reporting deadline as distractors", "headline with totals and the number of 友好城市",
                    "projects with statuses after a colon"])
def suzhou_docx():
    canons = [c for *_, c in SZ_SISTERS + SZ_FRIENDS]
    doc = new_docx()
    doc.add_heading("苏州市人民政府外事办公室2026年工作要点", level=1)
    doc.add_paragraph("（2026年1月20日印发）")
    doc.add_paragraph(
        "2026年是“十五五”规划开局之年。市外办将紧紧围绕市委、市政府中心工作，统筹推进外事工作，现将全年工作要点"
        "安排如下。")
    doc.add_paragraph("一、深化国际友城交流合作")
    doc.add_paragraph(
        f"截至2025年底，我市共与{_countries(canons)}个国家的{len(canons)}个城市建立国际友好城市或友好交流城市关系，"
        f"其中友好城市{len(SZ_SISTERS)}个。")
    sis = "、".join(f"{n}（{c}）" for n, c, _ in SZ_SISTERS)
    fri = "、".join(f"{n}（{c}）" for n, c, _ in SZ_FRIENDS)
    doc.add_paragraph(f"（一）巩固传统友城关系。以结好周年为契机，深化与{sis}等友好城市的交往。")
    doc.add_paragraph(f"（二）拓展友好交流城市。推动与{fri}等友好交流城市在新能源、文旅、教育等领域开展务实合作。")
    doc.add_paragraph("二、做好重点出访和来访安排")
    for text in ["1. 3月，接待威尼斯市市长率团来访，共同出席“运河城市论坛”。",
                 "2. 5月中旬，市政府主要领导率团出访荷兰奈梅亨市、德国康斯坦茨市。",
                 "3. 9月下旬，邀请金泽市代表团来苏出席两市结好45周年纪念活动。",
                 "4. 11月，举办第六届苏州国际友城青少年交流营，邀请各友城青少年代表参加。"]:
        doc.add_paragraph(text)
    doc.add_paragraph("三、推动重点合作项目")
    for i, (t, s, _, _) in enumerate(SZ_ITEMS):
        doc.add_paragraph(f"（{'一二三四五'[i]}）{t}：{s}。")
    doc.add_paragraph("四、加强保障")
    doc.add_paragraph("各处室要细化任务分工，于2026年12月10日前报送全年工作总结。")
    gold = Gold(
        partnerships=[partner(n, c, "sister") for n, _, c in SZ_SISTERS]
        + [partner(n, c, "friendship") for n, _, c in SZ_FRIENDS],
        engagements=[engagement("incoming", ["Venice"], "Suzhou", "2026-03"),
                     engagement("outgoing", ["Suzhou"], "Nijmegen", "2026-05"),
                     engagement("outgoing", ["Suzhou"], "Konstanz", "2026-05"),
                     engagement("incoming", ["Kanazawa"], "Suzhou", "2026-09")],
        cooperation=[coop(t, s, ["Suzhou", c]) for t, _, s, c in SZ_ITEMS],
        claims=[claim(f"{_countries(canons)}个国家的{len(canons)}个城市", len(canons), _countries(canons), "all",
                      "consistent"),
                claim(f"友好城市{len(SZ_SISTERS)}个", len(SZ_SISTERS), None, "sister", "consistent")],
    )
    return docx_bytes(doc, "2026年外事工作要点"), gold


# --------------------------------------------------------------------------- 92 Chiang Mai memo (th, TIS-620)

_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def _th(s: str) -> str:
    return s.translate(_THAI_DIGITS)


CM_SISTERS = [("นครฮาร์บิน มณฑลเฮย์หลงเจียง", "Harbin", "นครฮาร์บิน"),
              ("นครคุนหมิง มณฑลยูนนาน", "Kunming", "นครคุนหมิง"),
              ("นครเฉิงตู มณฑลเสฉวน", "Chengdu", "นครเฉิงตู"),
              ("นครฉงชิ่ง", "Chongqing", "นครฉงชิ่ง")]
CM_ITEMS = [("โครงการแลกเปลี่ยนนักเรียนกับนครฮาร์บิน", "ดำเนินการแล้วเสร็จ", "completed", "Harbin"),
            ("ความร่วมมือด้านการจัดการขยะกับเมืองกิมแฮ", "อยู่ระหว่างดำเนินการ", "in_progress", "Gimhae"),
            ("เส้นทางท่องเที่ยวมรดกโลกร่วมกับหลวงพระบาง", "ตกลงในหลักการแล้ว", "agreed", "Luang Prabang"),
            ("การแก้ไขปัญหาหมอกควันข้ามแดน (PM2.5)", "นครเฉิงตูเสนอ อยู่ระหว่างพิจารณา", "proposed", "Chengdu")]


@document("92_chiangmai_banthuek_khokhwam_tis620.txt", split="dev", home="Chiang Mai", language="th",
          encoding="tis-620",
          features=["txt", "Thai", "TIS-620", "บันทึกข้อความ (internal memo): ส่วนราชการ / ที่ / วันที่ / เรื่อง / "
                    "เรียน", "Thai digits and Buddhist-era years (๒๕๖๘ = 2025)", "เมืองพี่เมืองน้อง = sister, "
                    "บันทึกความเข้าใจ (MOU) = partner, เมืองมิตรภาพ = friendship", "partners with their provinces "
                    "(มณฑลยูนนาน) and long country names", "'ระหว่างวันที่ ๒๔-๒๖ มีนาคม ๒๕๖๘', 'ในเดือนพฤศจิกายน "
                    "๒๕๖๘' (month only)", "a consul general's courtesy call (meeting, country as the visiting "
                    "party)", "memo date and a reporting deadline", "headline 'เมืองพี่เมืองน้อง ๔ เมือง'",
                    "items with Thai statuses after a dash"])
def chiangmai_txt():
    lines = ["บันทึกข้อความ", "",
             "ส่วนราชการ  ฝ่ายวิเทศสัมพันธ์ สำนักปลัดเทศบาล เทศบาลนครเชียงใหม่",
             _th("ที่  ชม 52001/271") + " " * 16 + "วันที่  " + _th("3 เมษายน 2568"),
             "เรื่อง  รายงานความเคลื่อนไหวด้านความสัมพันธ์ระหว่างประเทศ ไตรมาสที่ " + _th("2 ปีงบประมาณ 2568"), "",
             "เรียน  นายกเทศมนตรีนครเชียงใหม่", "",
             _th("1. เมืองพี่เมืองน้องและเมืองคู่ความร่วมมือ"),
             "    ปัจจุบันเทศบาลนครเชียงใหม่มีเมืองพี่เมืองน้อง " + _th(f"{len(CM_SISTERS)} เมือง") + " ได้แก่"]
    for i, (full, _, _) in enumerate(CM_SISTERS, 1):
        lines.append(_th(f"    ({i}) ") + full + " สาธารณรัฐประชาชนจีน")
    lines += ["    และมีบันทึกความเข้าใจว่าด้วยความร่วมมือ (MOU) กับเมืองหลวงพระบาง สาธารณรัฐประชาธิปไตยประชาชนลาว",
              "    และเมืองมัณฑะเลย์ สาธารณรัฐแห่งสหภาพเมียนมา รวมทั้งมีความสัมพันธ์ฉันมิตรในฐานะเมืองมิตรภาพ",
              "    กับเมืองกิมแฮ สาธารณรัฐเกาหลี", "",
              _th("2. การเยือนและการต้อนรับ"),
              _th("    2.1 ") + "คณะผู้แทนนครคุนหมิง นำโดยรองนายกเทศมนตรี เดินทางเยือนเทศบาลนครเชียงใหม่",
              "        ระหว่างวันที่ " + _th("24-26 มีนาคม 2568") + " เพื่อหารือความร่วมมือด้านการท่องเที่ยวและการศึกษา",
              _th("    2.2 ") + "กงสุลใหญ่ญี่ปุ่น ณ นครเชียงใหม่ เข้าเยี่ยมคารวะนายกเทศมนตรี เมื่อวันที่ " + _th("10 กุมภาพันธ์ 2568"),
              _th("    2.3 ") + "นายกเทศมนตรีมีกำหนดเดินทางเยือนเมืองหลวงพระบาง ในเดือนพฤศจิกายน " + _th("2568"),
              "        เพื่อหารือเรื่องเส้นทางท่องเที่ยวมรดกโลก", "",
              _th("3. โครงการความร่วมมือ")]
    lines += [_th(f"    ({i}) ") + f"{t} - {s}" for i, (t, s, _, _) in enumerate(CM_ITEMS, 1)]
    lines += ["", _th("4. ") + "ฝ่ายวิเทศสัมพันธ์จะจัดส่งรายงานผลการดำเนินงานต่อจังหวัด ภายในวันที่ " + _th("30 เมษายน 2568"), "",
              "จึงเรียนมาเพื่อโปรดทราบ", "",
              " " * 30 + "(นางสาวพิมพ์ชนก ใจดี)", " " * 30 + "หัวหน้าฝ่ายวิเทศสัมพันธ์"]
    gold = Gold(
        partnerships=[partner(w, c, "sister", i) for i, (_, c, w) in enumerate(CM_SISTERS, 1)]
        + [partner("หลวงพระบาง", "Luang Prabang", "partner"), partner("มัณฑะเลย์", "Mandalay", "partner"),
           partner("กิมแฮ", "Gimhae", "friendship")],
        engagements=[engagement("incoming", ["Kunming"], "Chiang Mai", "2025-03-24", "2025-03-26"),
                     engagement("meeting", ["JP"], "Chiang Mai", "2025-02-10"),
                     engagement("outgoing", ["Chiang Mai"], "Luang Prabang", "2025-11")],
        cooperation=[coop(t, s, ["Chiang Mai", c]) for t, _, s, c in CM_ITEMS],
        claims=[claim(_th(f"เมืองพี่เมืองน้อง {len(CM_SISTERS)} เมือง"), len(CM_SISTERS), None, "sister",
                      "consistent")],
    )
    return ("\r\n".join(lines) + "\r\n").encode("tis-620"), gold


# --------------------------------------------------------------------------- 93 Da Nang report (vi, Markdown, BOM)

DN_SISTER = [("Oakland", "Hoa Kỳ", 2019, "Oakland (US)"), ("Timișoara", "Ru-ma-ni", 2016, "Timișoara"),
             ("Le Havre", "Pháp", 2015, "Le Havre"), ("Daegu", "Hàn Quốc", 2010, "Daegu")]
DN_FRIEND = [("Côn Minh", "Trung Quốc", 2012, "Kunming"), ("Changwon", "Hàn Quốc", 2018, "Changwon"),
             ("Tanger", "Ma-rốc", 2021, "Tangier")]
DN_MOU = [("tỉnh Champasak", "Champasak", "Lào"), ("tỉnh Savannakhet", "Savannakhet", "Lào"),
          ("tỉnh Battambang", "Battambang", "Cam-pu-chia"), ("tỉnh Mukdahan", "Mukdahan", "Thái Lan")]
DN_ITEMS = [("Đào tạo nguồn nhân lực y tế", "Daegu", "Đang triển khai", "in_progress", "Daegu"),
            ("Mở đường bay thẳng Đà Nẵng – Côn Minh", "Côn Minh", "Đã thống nhất", "agreed", "Kunming"),
            ("Dự án cấp nước sạch cho huyện biên giới", "Savannakhet", "Đã hoàn thành", "completed", "Savannakhet"),
            ("Hợp tác phát triển cảng biển", "Le Havre", "Tạm dừng", "stalled", "Le Havre"),
            ("Trao đổi sinh viên", "Oakland", "Phía Oakland đề xuất", "proposed", "Oakland (US)")]


@document("93_danang_bao_cao_doi_ngoai_vi.md", split="dev", home="Da Nang", language="vi", encoding="utf-8-sig",
          features=["markdown", "Vietnamese", "UTF-8 with a BOM", "half-year report (báo cáo tóm tắt) with partners "
                    "in nested lists by form of relation", "thành phố kết nghĩa = sister, quan hệ hữu nghị và hợp "
                    "tác = friendship, biên bản ghi nhớ = partner (with provinces: tỉnh Champasak, Savannakhet, "
                    "Battambang, Mukdahan)", "Sino-Vietnamese exonym Côn Minh = Kunming; transcribed country names "
                    "(Ru-ma-ni, Ma-rốc, Cam-pu-chia)", "'Từ ngày 12 đến 14/3/2025', 'từ ngày 9 – 11/6/2025', "
                    "'tháng 9/2025' (month only)", "a consul general received (meeting, country as the visiting "
                    "party)", "a fireworks festival with dates and foreign teams, and a reporting deadline",
                    "headline '11 địa phương của 9 quốc gia'", "status table in Vietnamese"])
def danang_md():
    canons = [c for *_, c in DN_SISTER + DN_FRIEND] + [c for _, c, _ in DN_MOU]
    sis = "\n".join(f"  - {n} ({c}, {y})" for n, c, y, _ in DN_SISTER)
    fri = "\n".join(f"  - {n} ({c}, {y})" for n, c, y, _ in DN_FRIEND)
    mou = "\n".join(f"  - {n} ({c})" for n, _, c in DN_MOU)
    items = "\n".join(f"| {t} | {p} | {s} |" for t, p, s, _, _ in DN_ITEMS)
    text = (
        "# BÁO CÁO TÓM TẮT\n\n"
        "## Công tác đối ngoại 6 tháng đầu năm 2025 và phương hướng 6 tháng cuối năm\n\n"
        "*Sở Ngoại vụ thành phố Đà Nẵng – ngày 8/7/2025*\n\n"
        "## 1. Quan hệ với các địa phương nước ngoài\n\n"
        f"Đến nay, Đà Nẵng đã thiết lập quan hệ chính thức với {len(canons)} địa phương của {_countries(canons)} "
        "quốc gia, cụ thể:\n\n"
        f"- **Thành phố kết nghĩa:**\n{sis}\n"
        f"- **Quan hệ hữu nghị và hợp tác:**\n{fri}\n"
        f"- **Biên bản ghi nhớ hợp tác:**\n{mou}\n\n"
        "## 2. Hoạt động đoàn ra, đoàn vào\n\n"
        "- Từ ngày 12 đến 14/3/2025, đoàn công tác thành phố Changwon (Hàn Quốc) do Thị trưởng dẫn đầu đã thăm và "
        "làm việc tại Đà Nẵng.\n"
        "- Ngày 22/5/2025, Chủ tịch UBND thành phố tiếp xã giao Tổng Lãnh sự Hoa Kỳ tại TP. Hồ Chí Minh.\n"
        "- Đoàn lãnh đạo thành phố thăm và làm việc tại tỉnh Savannakhet (Lào) từ ngày 9 – 11/6/2025, bàn giao "
        "công trình cấp nước sạch.\n"
        "- Lễ hội Pháo hoa Quốc tế Đà Nẵng (DIFF) diễn ra từ 31/5 đến 12/7/2025 với các đội đến từ Pháp, Phần Lan, "
        "Ba Lan, Anh và Trung Quốc.\n\n"
        "## 3. Các chương trình hợp tác\n\n"
        "| Nội dung | Đối tác | Tình trạng |\n|---|---|---|\n"
        f"{items}\n\n"
        "## 4. Phương hướng 6 tháng cuối năm\n\n"
        "- Dự kiến tháng 9/2025, đón đoàn thành phố Oakland sang dự Lễ kỷ niệm 6 năm kết nghĩa.\n"
        "- Tiếp tục vận động mở đường bay thẳng đến Côn Minh.\n"
        "- Các sở, ngành gửi báo cáo tổng kết về Sở Ngoại vụ trước ngày 15/12/2025.\n")
    gold = Gold(
        partnerships=[partner(n, c, "sister") for n, _, _, c in DN_SISTER]
        + [partner(n, c, "friendship") for n, _, _, c in DN_FRIEND]
        + [partner(n.replace("tỉnh ", ""), c, "partner") for n, c, _ in DN_MOU],
        engagements=[engagement("incoming", ["Changwon"], "Da Nang", "2025-03-12", "2025-03-14"),
                     engagement("meeting", ["US"], "Da Nang", "2025-05-22"),
                     engagement("outgoing", ["Da Nang"], "Savannakhet", "2025-06-09", "2025-06-11"),
                     engagement("incoming", ["Oakland (US)"], "Da Nang", "2025-09")],
        cooperation=[coop(t, s, ["Da Nang", c]) for t, _, _, s, c in DN_ITEMS],
        claims=[claim(f"{len(canons)} địa phương của {_countries(canons)} quốc gia", len(canons), _countries(canons),
                      "all", "consistent")],
    )
    return text.encode("utf-8-sig"), gold


# --------------------------------------------------------------------------- 94 Christchurch events calendar (en, PDF)

CHC_SISTERS = [("Adelaide", "Adelaide"), ("Christchurch", "Christchurch (GB)"), ("Kurashiki", "Kurashiki"),
               ("Seattle", "Seattle"), ("Wuhan", "Wuhan")]
CHC_CALENDAR = [  # (date, event, type)
    ("Tue 8 Jul", "Matariki civic reception, Te Pae", "Civic"),
    ("21-24 Jul", "Kurashiki City delegation (Deputy Mayor + 6): schools, Botanic Gardens", "Incoming"),
    ("Mon 4 Aug", "Sister Cities New Zealand grant round closes", "Deadline"),
    ("Tue 12 Aug", "Online youth forum with Seattle students (Zoom)", "Online"),
    ("9-12 Sep", "Mayoral mission to Seattle: urban forest and port partnership", "Outgoing"),
    ("Wed 1 Oct", "Council meeting: sister city strategy review", "Governance"),
    ("Tue 28 Oct", "Courtesy call by the Consul-General of Japan", "Protocol"),
    ("Nov (tbc)", "Wuhan education delegation", "Incoming (tbc)"),
    ("Mon 15 Dec", "Christmas message exchange with Christchurch (Dorset)", "Civic"),
]
CHC_ITEMS = [("Urban forest and tree-canopy exchange", "Seattle", "in progress", "in_progress"),
             ("School exchange", "Kurashiki", "agreed for 2026", "agreed"),
             ("Earthquake-resilience knowledge exchange", "Wuhan", "proposed by Wuhan", "proposed"),
             ("Festival co-production", "Adelaide", "discontinued", "dropped"),
             ("Wool-processing study tour", "Gansu", "on hold", "stalled")]


@document("94_christchurch_international_events_calendar.pdf", split="dev", home="Christchurch", language="en",
          handwritten=True,
          features=["pdf (hand-written, Helvetica)", "English (New Zealand)", "events calendar in three columns "
                    "(date, event, type) mixing visits with a civic reception, a grant deadline, an online forum with "
                    "a partner, a council meeting and a message exchange", "dates without a year ('21-24 Jul', "
                    "'9-12 Sep', 'Nov (tbc)'), the year from the heading", "a consul-general's courtesy call "
                    "(meeting, country as the visiting party)", "a partner with the home city's own name "
                    "(Christchurch, Dorset)", "sister cities inline and a friendly province (Gansu)",
                    "headline 'five sister cities' in words", "status list on page 2"])
def christchurch_pdf():
    p1 = [(56, 790, 15, "Christchurch City Council - International Relations"),
          (56, 770, 11, "Events calendar: July - December 2025 (working copy, updated 30 June 2025)"),
          (56, 742, 10, "Christchurch has five sister cities - Adelaide (Australia), Christchurch (Dorset, England),"),
          (56, 728, 10, "Kurashiki (Japan), Seattle (USA) and Wuhan (China) - and a friendly relationship with"),
          (56, 714, 10, "Gansu Province (China)."),
          (56, 684, 10, "Date"), (140, 684, 10, "Event"), (470, 684, 10, "Type")]
    y = 664
    for date, event, kind in CHC_CALENDAR:
        p1 += [(56, y, 9, date), (140, y, 9, event), (470, y, 9, kind)]
        y -= 22
    p1 += [(56, y - 10, 8, "Dates are 2025 unless stated. tbc = to be confirmed by the partner city."),
           (56, 40, 8, "CCC International Relations - page 1 of 2")]
    p2 = [(56, 790, 10, "Christchurch City Council - International Relations"),
          (56, 760, 13, "Programme status (as at 30 June 2025)")]
    y = 736
    for t, p, s, _ in CHC_ITEMS:
        p2.append((64, y, 10, f"- {t} ({p}): {s}"))
        y -= 16
    p2 += [(56, y - 14, 9, "Contact: international@ccc.example - 53 Hereford Street, Christchurch 8013"),
           (56, 40, 8, "CCC International Relations - page 2 of 2")]
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, c in CHC_SISTERS] + [partner("Gansu", "Gansu", "friendship")],
        engagements=[engagement("incoming", ["Kurashiki"], "Christchurch", "2025-07-21", "2025-07-24"),
                     engagement("outgoing", ["Christchurch"], "Seattle", "2025-09-09", "2025-09-12"),
                     engagement("meeting", ["JP"], "Christchurch", "2025-10-28"),
                     engagement("incoming", ["Wuhan"], "Christchurch", "2025-11")],
        cooperation=[coop(t, s, ["Christchurch", p]) for t, p, _, s in CHC_ITEMS],
        claims=[claim("five sister cities", len(CHC_SISTERS), None, "sister", "consistent")],
    )
    return minimal_pdf([p1, p2]), gold
