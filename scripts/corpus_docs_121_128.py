"""Corpus documents 121-128 (dev split; see docs/evaluation.md): built by ``scripts/make_corpus.py``.

Eighth batch, written on 2026-12-01 (dev only: 8 more dev documents keep the test split at 32 of 128, 25 %):
new homes (Daugavpils, Odense, Tartu, Andong, Haifa, A Coruña, Chuncheon, Akureyri), new languages (Latvian,
Danish, Estonian, Hebrew, Galician, Icelandic; Korean and English beside them) and encodings (ISO-8859-13,
windows-1255 declared in a <meta>, UTF-8 in base64) and new layouts (a council resolution approving a
cooperation agreement, a newsletter with a "visits this quarter" sidebar, a spreadsheet exported to HTML by a
spreadsheet program, a forum side-event programme, a public FAQ page, a bilingual cover e-mail sending a signed
memorandum, a regional exchange programme deck naming other municipalities' partners, a scanned report's text
layer with hyphenated line ends and running headers). Partner pairs are taken from ``../shared/data/twin-cities``;
kinds, years, visits, dates and cooperation items are invented.
"""

from __future__ import annotations

from email.message import EmailMessage

from corpus_common import (PLACES, Gold, Spec, claim, coop, deck_bytes, docx_bytes, docx_table, eml_bytes,
                           engagement, html_page, minimal_pdf, new_deck, new_docx, partner, registrar, slide_table,
                           textbox, titled_slide)
from corpus_docs_43_49 import add_places

SPECS: list[Spec] = []
document = registrar(SPECS)

add_places({
    # homes (some are already in the table, same values)
    "Daugavpils": ("LV", "gn:460413"), "Odense": ("DK", "gn:2615876"), "Tartu": ("EE", "gn:588335"),
    "Andong": ("KR", "gn:1846986"), "Haifa": ("IL", "gn:294801"), "A Coruña": ("ES", "gn:3119841"),
    "Chuncheon": ("KR", "gn:1845136"), "Akureyri": ("IS", "gn:2633274"),
    # partners (checked with `intercity resolve NAME --country CC --json`)
    "Batumi": ("GE", "gn:615532"), "Harbin": ("CN", "gn:2037013"), "Kharkiv": ("UA", "gn:706483"),
    "Motala": ("SE", "gn:2690960"), "Panevėžys": ("LT", "gn:596128"), "Radom": ("PL", "gn:760778"),
    "Ramla": ("IL", "gn:293768"), "Vagharshapat": ("AM", "gn:616062"), "Visaginas": ("LT", "gn:593063"),
    "Alaverdi": ("AM", "gn:616974"),
    "Columbus": ("US", "gn:4509177"), "Funabashi": ("JP", "gn:1863905"), "Groningen": ("NL", "gn:2755251"),
    "Iksan": ("KR", "gn:1843491"), "İzmir": ("TR", "gn:311046"), "Kaunas": ("LT", "gn:598316"),
    "Kyiv": ("UA", "gn:703448"), "Klaksvík": ("FO", "gn:2618795"), "Kópavogur": ("IS", "gn:3415212"),
    "Norrköping": ("SE", "gn:2688368"), "Östersund": ("SE", "gn:2685750"), "Schwerin": ("DE", "gn:2834282"),
    "St Albans": ("GB", "gn:2638867"), "Tampere": ("FI", "gn:634963"), "Trondheim": ("NO", "gn:3133880"),
    "Shaoxing": ("CN", "gn:1795855"),
    "Frederiksberg": ("DK", "gn:2621942"), "Deventer": ("NL", "gn:2756987"), "Hafnarfjörður": ("IS", "gn:3416706"),
    "Hämeenlinna": ("FI", "gn:659180"), "Lüneburg": ("DE", "gn:2875115"), "Riga": ("LV", "gn:456172"),
    "Turku": ("FI", "gn:633679"), "Uppsala": ("SE", "gn:2666199"), "Veszprém": ("HU", "gn:3042929"),
    "Xi'an": ("CN", "gn:1790630"), "Sagae": ("JP", "gn:2111248"), "Corinth": ("GR", "gn:259289"),
    "Cusco": ("PE", "gn:3941584"), "Pingdingshan": ("CN", "gn:1798827"),
    "Bremen": ("DE", "gn:2944388"), "Düsseldorf": ("DE", "gn:2934246"), "Erfurt": ("DE", "gn:2929670"),
    "Mainz": ("DE", "gn:2874225"), "Marseille": ("FR", "gn:2995469"), "Antwerp": ("BE", "gn:2803138"),
    "Newcastle upon Tyne": ("GB", "gn:2641673"), "Shanghai": ("CN", "gn:1796236"), "Odesa": ("UA", "gn:698740"),
    "Cape Town": ("ZA", "gn:3369157"), "Shenzhen": ("CN", "gn:1795565"),
    "Limerick": ("IE", "gn:2962943"), "Mar del Plata": ("AR", "gn:3430863"), "Caracas": ("VE", "gn:3646738"),
    "Cádiz": ("ES", "gn:2520600"),
    "Hōfu": ("JP", "gn:1862302"), "Kakamigahara": ("JP", "gn:1860735"), "Addis Ababa": ("ET", "gn:344979"),
    "Ålesund": ("NO", "gn:3163392"), "Lahti": ("FI", "gn:649360"), "Randers": ("DK", "gn:2615006"),
    "Västerås": ("SE", "gn:2664454"), "Narsaq": ("GL", "gn:3421719"), "Vágur": ("FO", "gn:2610806"),
    "Denver": ("US", "gn:5419384"), "Gimli": ("CA", "gn:5961417"),
})


def _countries(canons) -> int:
    return len({PLACES[c][0] for c in canons})


# --------------------------------------------------------------------------- 121 Daugavpils council resolution (lv, ISO-8859-13)

DGP_SISTERS = [("Batumi", "Gruzija", "Batumi"), ("Harbina", "Ķīna", "Harbin"), ("Harkiva", "Ukraina", "Kharkiv"),
               ("Motāla", "Zviedrija", "Motala"), ("Panevēža", "Lietuva", "Panevėžys"), ("Radoma", "Polija", "Radom"),
               ("Ramla", "Izraēla", "Ramla"), ("Vagaršapata", "Armēnija", "Vagharshapat")]
DGP_ITEMS = [("Pārrobežu jauniešu sporta spēles", "pabeigts 2025. gadā", "completed"),
             ("Kopīgs Interreg projekts par centralizētās siltumapgādes modernizāciju", "īstenošanā", "in_progress"),
             ("Tūrisma maršruts „Latgale-Aukštaitija”", "Visaginas pašvaldības ierosinājums, izskatīšanā",
              "proposed")]


@document("121_daugavpils_domes_lemums_sadarbibas_ligums_lv.txt", split="dev", home="Daugavpils", language="lv",
          encoding="iso-8859-13",
          features=["txt (ISO-8859-13, the Baltic Latin-7 code page)", "Latvian", "a city council resolution (lēmums) "
                    "with a number, a legal basis, a justification section and numbered decisions, approving a "
                    "cooperation agreement (sadarbības līgums = partner) with a Lithuanian municipality",
                    "existing twin towns (sadraudzības pilsētas = sister) inline in the justification, with Latvian "
                    "exonyms in the nominative (Harbina, Harkiva, Panevēža, Radoma, Vagaršapata)", "the resolution "
                    "date and the partner's letter date as distractors; the signing during an incoming visit "
                    "('2026. gada 14. un 15. maijā'); an outgoing trip 'plānots 2026. gada septembrī' (month)",
                    "joint activities with Latvian states in the justification", "headline '8 sadraudzības "
                    "pilsētas 8 valstīs'", "ties with Russian and Belarusian towns 'pārtraukta' without names"])
def daugavpils_txt():
    sis = ", ".join(f"{n} ({c})" for n, c, _ in DGP_SISTERS[:-1]) + f" un {DGP_SISTERS[-1][0]} ({DGP_SISTERS[-1][1]})"
    canons = [c for *_, c in DGP_SISTERS]
    n, k = len(canons), _countries(canons)
    lines = [
        "DAUGAVPILS VALSTSPILSĒTAS PAŠVALDĪBAS DOME",
        "Reģ. Nr. 90000077325, K. Valdemāra iela 1, Daugavpils, LV-5401",
        "",
        "LĒMUMS",
        "Daugavpilī",
        "",
        "2026. gada 26. februārī                                   Nr. 118",
        "                                                          (prot. Nr. 4, 12.§)",
        "",
        "Par sadarbības līguma noslēgšanu ar Visaginas pašvaldību (Lietuvas Republika)",
        "",
        "Pamatojoties uz Pašvaldību likuma 10. panta pirmās daļas ievaddaļu un 4. panta pirmās daļas 5. punktu,",
        "ņemot vērā Visaginas pašvaldības administrācijas 2025. gada 3. decembra vēstuli Nr. S-2211 un Ārējo",
        "sakaru komitejas 2026. gada 12. februāra atzinumu,",
        "",
        "konstatē:",
        "",
        f"1. Daugavpils valstspilsētas pašvaldībai šobrīd ir {n} sadraudzības pilsētas {k} valstīs: {sis}.",
        "   Sadarbība ar Krievijas Federācijas un Baltkrievijas Republikas pilsētām ir pārtraukta 2022. gada",
        "   martā. Spēkā ir arī sadarbības līgums ar Alaverdi pilsētu (Armēnija), noslēgts 2014. gadā.",
        "2. Ar Visaginas pašvaldību pēdējos gados kopīgi īstenoti vai uzsākti šādi pasākumi:",
    ]
    lines += [f"   {i}) {t} - {s};" for i, (t, s, _) in enumerate(DGP_ITEMS, 1)]
    lines += [
        "3. Līguma projekts paredz sadarbību izglītībā, enerģētikā, kultūrā un tūrismā; tas nerada",
        "   pašvaldībai finansiālas saistības, kas pārsniedz kārtējā gada budžetā paredzētos līdzekļus.",
        "",
        "Dome, atklāti balsojot: PAR - 12, PRET - nav, ATTURAS - 1,",
        "",
        "NOLEMJ:",
        "",
        "1. Apstiprināt sadarbības līgumu starp Daugavpils valstspilsētas pašvaldību un Visaginas pašvaldību",
        "   (pielikumā).",
        "2. Pilnvarot domes priekšsēdētāju parakstīt līgumu Visaginas pašvaldības delegācijas vizītes laikā",
        "   Daugavpilī 2026. gada 14. un 15. maijā.",
        "3. Uzdot Ārējo sakaru nodaļai organizēt domes delegācijas darba braucienu uz Visaginu, kas plānots",
        "   2026. gada septembrī.",
        "4. Izdevumus segt no budžeta programmas „Starptautiskā sadarbība”.",
        "5. Lēmums stājas spēkā tā pieņemšanas dienā.",
        "",
        "Pielikumā: Sadarbības līgums uz 4 lp.",
        "",
        "Domes priekšsēdētājs                                        (personiskais paraksts)",
        "",
        "DOKUMENTS PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU UN SATUR LAIKA ZĪMOGU",
    ]
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, _, c in DGP_SISTERS]
        + [partner("Alaverdi", "Alaverdi", "partner"), partner("Visaginas", "Visaginas", "partner")],
        engagements=[engagement("incoming", ["Visaginas"], "Daugavpils", "2026-05-14", "2026-05-15"),
                     engagement("outgoing", ["Daugavpils"], "Visaginas", "2026-09")],
        cooperation=[coop(t, st, ["Daugavpils", "Visaginas"]) for t, _, st in DGP_ITEMS],
        claims=[claim(f"{n} sadraudzības pilsētas {k} valstīs", n, k, "sister", "consistent")],
    )
    return ("\n".join(lines) + "\n").encode("iso-8859-13"), gold


# --------------------------------------------------------------------------- 122 Odense newsletter with a visits sidebar (da, HTML)

OD_SISTERS = [("Columbus", "USA", "Columbus"), ("Funabashi", "Japan", "Funabashi"), ("Groningen", "Holland", "Groningen"),
              ("Iksan", "Sydkorea", "Iksan"), ("İzmir", "Tyrkiet", "İzmir"), ("Kaunas", "Litauen", "Kaunas"),
              ("Klaksvík", "Færøerne", "Klaksvík"), ("Kópavogur", "Island", "Kópavogur"),
              ("Norrköping", "Sverige", "Norrköping"), ("Östersund", "Sverige", "Östersund"),
              ("Schwerin", "Tyskland", "Schwerin"), ("St Albans", "England", "St Albans"),
              ("Tampere", "Finland", "Tampere"), ("Trondheim", "Norge", "Trondheim")]
OD_VISITS = [("1.–3. april", "Borgmesterdelegation fra Funabashi i Odense til H.C. Andersen-dagen"),
             ("14. maj", "Rådmand for By- og Kulturforvaltningen på arbejdsbesøg i Schwerin"),
             ("11.–13. juni", "Ungdomsbyrådet fra Tampere besøger Odense Ungdomsråd"),
             ("26. juni", "Ansøgningsfrist: venskabsbypuljen, 2. runde")]
OD_ITEMS = [("Fælles cykelstrategi for bymidten", "Groningen", "i gang", "in_progress"),
            ("Eventyrfestival-udveksling for fortællere", "Funabashi", "afsluttet", "completed"),
            ("Grøn havneomdannelse og kajbade", "Trondheim", "foreslået af Trondheim", "proposed"),
            ("Ungdomsudveksling om iværksætteri", "Kaunas", "sat i bero", "stalled")]


@document("122_odense_nyhedsbrev_venskabsbyer_kvartal_da.html", split="dev", home="Odense", language="da",
          features=["html", "Danish", "a quarterly newsletter page: articles in <main> that mention partners "
                    "without dates, and an <aside> 'Besøg i dette kvartal' listing the quarter's visits with day "
                    "and month only (the year from the newsletter's '2. kvartal 2025')", "a deadline in the sidebar "
                    "that is not a visit", "venskabsbyer = sister listed in the page footer; venskabsaftale = "
                    "friendship (Kyiv); samarbejdsaftale = partner (Shaoxing)", "project statuses in Danish in a "
                    "list", "headline '14 venskabsbyer i 13 lande'"])
def odense_html():
    canons = [c for *_, c in OD_SISTERS]
    n, k = len(canons), _countries(canons)
    sis = ", ".join(f"{w} ({c})" for w, c, _ in OD_SISTERS)
    main = (
        '<p class="issue">Odense i verden · Nyhedsbrev fra Internationalt Kontor · 2. kvartal 2025 · nr. 2</p>\n'
        "<h1>Eventyr, cykler og havnebade</h1>\n"
        "<article><h2>Fortællere fra Japan til H.C. Andersen-dagen</h2>"
        "<p>Da byen fejrede digterens fødselsdag, var gæsterne fra Funabashi med hele vejen: borgmesteren læste "
        "op på japansk i Eventyrhaven, og to fortællere fra Funabashis bibliotek optrådte for 600 skolebørn.</p>"
        "</article>\n"
        "<article><h2>Hvad kan vi lære af Groningen?</h2><p>Vores hollandske venskabsby har lukket bymidten for "
        "gennemkørsel i 1977. Trafikplanlæggerne fra de to byer mødes nu hver måned online.</p></article>\n"
        "<article><h2>Status på projekterne</h2><ul>"
        + "".join(f"<li>{t} ({p}): {s}</li>" for t, p, s, _ in OD_ITEMS)
        + "</ul></article>\n"
        f"<article><h2>{n} venskabsbyer i {k} lande</h2><p>Odense har {n} venskabsbyer i {k} lande. Dertil kommer "
        "en venskabsaftale med Kyiv (Ukraine), indgået i 2023, og en samarbejdsaftale med Shaoxing (Kina) om "
        "kultur og turisme.</p></article>")
    aside = ('<section class="visits"><h3>Besøg i dette kvartal</h3><dl>'
             + "".join(f"<dt>{d}</dt><dd>{t}</dd>" for d, t in OD_VISITS)
             + "</dl></section><section><h3>Tilmeld nyhedsbrevet</h3><p>Skriv til international@odense.example"
               "</p></section>")
    footer = (f"<p>Odenses venskabsbyer: {sis}.</p><p>Odense Kommune · Flakhaven 2 · 5000 Odense C · "
              "Nyhedsbrevet udkommer fire gange om året.</p>")
    html = html_page("da", "Odense i verden – nyhedsbrev 2. kvartal 2025",
                     '<a href="/">Odense Kommune</a> <a href="/borger">Borger</a> <a href="/international">'
                     'International</a>', main, aside, footer)
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, _, c in OD_SISTERS]
        + [partner("Kyiv", "Kyiv", "friendship"), partner("Shaoxing", "Shaoxing", "partner")],
        engagements=[engagement("incoming", ["Funabashi"], "Odense", "2025-04-01", "2025-04-03"),
                     engagement("outgoing", ["Odense"], "Schwerin", "2025-05-14"),
                     engagement("incoming", ["Tampere"], "Odense", "2025-06-11", "2025-06-13")],
        cooperation=[coop(t, st, ["Odense", p]) for t, p, _, st in OD_ITEMS],
        claims=[claim(f"{n} venskabsbyer i {k} lande", n, k, "sister", "consistent")],
    )
    return html, gold


# --------------------------------------------------------------------------- 123 Tartu spreadsheet exported to HTML (et)

TRT = [  # (written, country, status word, year, canonical, kind)
    ("Frederiksberg", "Taani", "sõpruslinn", 1989, "Frederiksberg", "sister"),
    ("Deventer", "Holland", "sõpruslinn", 1996, "Deventer", "sister"),
    ("Hafnarfjörður", "Island", "sõpruslinn", 1991, "Hafnarfjörður", "sister"),
    ("Hämeenlinna", "Soome", "sõpruslinn", 1989, "Hämeenlinna", "sister"),
    ("Kaunas", "Leedu", "sõpruslinn", 1999, "Kaunas", "sister"),
    ("Lüneburg", "Saksamaa", "sõpruslinn", 1990, "Lüneburg", "sister"),
    ("Riia", "Läti", "sõpruslinn", 1996, "Riga", "sister"),
    ("Tampere", "Soome", "sõpruslinn", 1971, "Tampere", "sister"),
    ("Turu", "Soome", "sõpruslinn", 1989, "Turku", "sister"),
    ("Uppsala", "Rootsi", "sõpruslinn", 1991, "Uppsala", "sister"),
    ("Veszprém", "Ungari", "partnerlinn", 2017, "Veszprém", "partner"),
]
TRT_VISITS = [("14.03.2025", 45730, "16.03.2025", 45732, "sissetulev", "Lüneburg",
               "linnapea visiit, Hansapäevade ettevalmistus"),
              ("05.06.2025", 45813, "05.06.2025", 45813, "väljaminev", "Riia", "abilinnapea, transpordikonverents"),
              ("22.09.2025", 45922, "25.09.2025", 45925, "väljaminev", "Deventer", "raamatulaat, kultuuriosakond"),
              ("11.11.2025", 45972, "", None, "veebikoosolek", "Turu", "sõpruslinnade koordinaatorite kohtumine")]
TRT_ITEMS = [("Hansapäevade ühisturundus", "Lüneburg", "käimas", "in_progress"),
             ("Nutikas tänavavalgustus", "Tampere", "lõpetatud", "completed"),
             ("Ülikoolilinnade noortevahetus", "Uppsala", "ettepanek", "proposed"),
             ("Jõeäärse ala arendus", "Hämeenlinna", "peatatud", "stalled")]


def _calc_cell(value: str, num: float | int | None = None, fmt: str | None = None, align: str = "left",
               bold: bool = False) -> str:
    attrs = ""
    if num is not None:
        attrs += f' sdval="{num}" sdnum="1061;1061;{fmt or "0"}"'
        align = "right"
    text = f"<b>{value}</b>" if bold else value
    return f'\t\t<td style="border: 1px solid #000000" align="{align}" valign="bottom"{attrs}>{text or "<br>"}</td>\n'


def _calc_table(anchor: int, sheet: str, rows: list[list[str]]) -> str:
    out = [f'<a name="table{anchor}"><h1>Leht {anchor + 1}: <em>{sheet}</em></h1></a>\n',
           '<table cellspacing="0" border="0">\n']
    for row in rows:
        out.append("\t<tr>\n" + "".join(row) + "\t</tr>\n")
    out.append("</table>\n<!-- ************************************************************************** -->\n")
    return "".join(out)


@document("123_tartu_soprusinnad_tabel_export_et.html", split="dev", home="Tartu", language="et",
          features=["html", "Estonian", "a workbook exported to HTML by a spreadsheet program (LibreOffice Calc "
                    "style: an overview of sheets with anchors, one <h1> 'Leht N' and one <table> per sheet, "
                    "sdval/sdnum attributes holding numbers and date serials, <br> in empty cells)",
                    "sõpruslinn = sister and partnerlinn = partner in a status column; Estonian exonyms (Riia, Turu) "
                    "in a sheet with separate country column", "a visits sheet with start and end dates in "
                    "separate cells ('14.03.2025', direction 'sissetulev'/'väljaminev'), an online meeting row "
                    "that is not a visit", "a projects sheet with Estonian statuses", "a totals row 'Kokku: 11 "
                    "linna 9 riigist'"])
def tartu_html():
    canons = [c for *_, c, _ in TRT]
    n, k = len(canons), _countries(canons)
    c = _calc_cell
    s1 = [[c("Nr.", bold=True), c("Linn", bold=True), c("Riik", bold=True), c("Staatus", bold=True),
           c("Alates", bold=True), c("Kontakt", bold=True)]]
    for i, (w, ctry, st, y, _, _) in enumerate(TRT, 1):
        s1.append([c(str(i), i), c(w), c(ctry), c(st), c(str(y), y), c("")])
    s1.append([c(""), c(f"Kokku: {n} linna {k} riigist", bold=True), c(""), c(""), c(""), c("")])
    s2 = [[c("Algus", bold=True), c("Lõpp", bold=True), c("Suund", bold=True), c("Linn", bold=True),
           c("Märkus", bold=True)]]
    for a, an, b, bn, d, city, note in TRT_VISITS:
        s2.append([c(a, an, "DD.MM.YYYY"), c(b, bn, "DD.MM.YYYY"), c(d), c(city), c(note)])
    s3 = [[c("Projekt", bold=True), c("Partner", bold=True), c("Seis", bold=True)]]
    s3 += [[c(t), c(p), c(s)] for t, p, s, _ in TRT_ITEMS]
    sheets = [("Sõpruslinnad", s1), ("Visiidid 2025", s2), ("Projektid", s3)]
    head = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n\n<html>\n<head>\n'
            '\t<meta http-equiv="content-type" content="text/html; charset=utf-8"/>\n\t<title>Tartu_soprus_2025</title>\n'
            '\t<meta name="generator" content="LibreOffice 7.5.9.2 (Linux)"/>\n'
            '\t<meta name="author" content="Välissuhete talitus"/>\n\t<meta name="created" content="2025-01-06T09:14:00"/>\n'
            '\t<style type="text/css">\n\t\tbody,div,table,thead,tbody,tfoot,tr,th,td,p { font-family:"Liberation Sans"; '
            'font-size:x-small }\n\t</style>\n</head>\n\n<body>\n')
    overview = ('<a name="top"><h1>Ülevaade</h1></a>\n<center>\n'
                + "".join(f'\t<a href="#table{i}">{name}</a><br>\n' for i, (name, _) in enumerate(sheets))
                + "</center>\n<hr>\n")
    body = "".join(_calc_table(i, name, rows) for i, (name, rows) in enumerate(sheets))
    html = (head + overview + body + "</body>\n\n</html>\n").encode("utf-8")
    gold = Gold(
        partnerships=[partner(w, cc, kd) for w, _, _, _, cc, kd in TRT],
        engagements=[engagement("incoming", ["Lüneburg"], "Tartu", "2025-03-14", "2025-03-16"),
                     engagement("outgoing", ["Tartu"], "Riga", "2025-06-05"),
                     engagement("outgoing", ["Tartu"], "Deventer", "2025-09-22", "2025-09-25")],
        cooperation=[coop(t, st, ["Tartu", p]) for t, p, _, st in TRT_ITEMS],
        claims=[claim(f"Kokku: {n} linna {k} riigist", n, k, "all", "consistent")],
    )
    return html, gold


# --------------------------------------------------------------------------- 124 Andong forum side-event programme (en + ko, DOCX)

AD_TIES = [("Sagae", "Japan", "사가에시", "sister", "Sagae"), ("Cusco", "Peru", "쿠스코", "sister", "Cusco"),
           ("Corinth", "Greece", "코린토스", "sister", "Corinth"), ("Xi'an", "China", "시안", "friendship", "Xi'an"),
           ("Pingdingshan", "China", "핑딩산", "friendship", "Pingdingshan")]
AD_ITEMS = [("Digital mask archive", "Cusco", "in progress / 진행 중", "in_progress"),
            ("Joint exhibition 'Masks of the Silk Road'", "Xi'an", "agreed / 합의", "agreed"),
            ("Youth mask-making workshop", "Sagae", "proposed by Sagae / 사가에시 제안", "proposed"),
            ("Theatre residency for mask performers", "Corinth", "on hold / 보류", "stalled")]


@document("124_andong_mask_forum_side_event_programme_en_ko.docx", split="dev", home="Andong", language="en",
          features=["docx", "English with Korean alongside", "a forum side-event programme: an info box, a "
                    "two-day session table (time · session · speaker) with speakers' cities, and boxes on "
                    "delegations and partners", "the side event '27–28 September 2025' inside a festival "
                    "'26 September – 5 October 2025' (distractor); partner delegations listed as attending "
                    "(one engagement with three visiting parties); a partner mayor joining by video (not a "
                    "visit); a letter-of-intent signing in the programme", "sister cities (자매도시) and "
                    "friendship cities (우호도시) with Korean names beside the English ones",
                    "cooperation items with bilingual statuses", "headline 'five partner cities in four countries'"])
def andong_docx():
    canons = [c for *_, c in AD_TIES]
    doc = new_docx()
    doc.add_heading("World Mask Culture Forum 2025 — Side Event", level=1)
    doc.add_heading("Masks Across Partner Cities / 자매·우호도시 탈문화 교류 세션", level=2)
    docx_table(doc, [["Dates / 일시", "Saturday 27 – Sunday 28 September 2025 / 2025. 9. 27.(토) ~ 9. 28.(일)"],
                     ["Venue / 장소", "Andong Cultural Arts Center, Hall 2 / 안동문화예술의전당 2전시실"],
                     ["Host / 주최", "Andong City, International Relations Division / 안동시 국제교류과"],
                     ["Context", "Held during the Andong International Mask Dance Festival (26 September – "
                                 "5 October 2025)"],
                     ["Registration", "Free; register by 12 September 2025 at mask-forum@andong.example"]])
    doc.add_heading("Programme / 프로그램", level=2)
    docx_table(doc, [
        ["Time", "Session", "Speaker"],
        ["Day 1 · Sat 27 Sep", "", ""],
        ["10:00", "Welcome / 개회사", "Mayor of Andong"],
        ["10:30", "Andean masks of the Inti Raymi", "Director of Culture, Municipality of Cusco"],
        ["11:30", "Hanagasa and the masks of Yamagata", "Head of Tourism and Culture, Sagae City"],
        ["14:00", "Shadow, opera, mask: the Shaanxi traditions", "Xi'an Municipal Foreign Affairs Office"],
        ["15:30", "Video message: the theatre of ancient Corinth (online)", "Mayor of Corinth"],
        ["Day 2 · Sun 28 Sep", "", ""],
        ["09:30", "Field visit: Hahoe Folk Village / 하회마을 답사", "—"],
        ["14:00", "Round table: keeping mask traditions alive", "all partner delegations"],
        ["16:00", "Signing: letter of intent on a partner-city mask archive network", "Andong, Cusco, Sagae"],
    ])
    doc.add_heading("Partner city delegations in Andong / 참가 대표단", level=2)
    doc.add_paragraph("Delegations from Cusco (Peru, 5 persons), Sagae (Japan, 4 persons) and Xi'an (China, "
                      "6 persons) attend both days of the side event. The City of Corinth takes part online.")
    doc.add_heading("Andong's partner cities / 안동시 자매·우호도시", level=2)
    doc.add_paragraph("Andong has five partner cities in four countries / 안동시는 4개국 5개 도시와 교류하고 있습니다.")
    doc.add_paragraph("Sister cities / 자매도시:")
    for en, ctry, ko, kd, _ in AD_TIES:
        if kd == "sister":
            doc.add_paragraph(f"{en}, {ctry} ({ko})", style="List Bullet")
    doc.add_paragraph("Friendship cities / 우호도시:")
    for en, ctry, ko, kd, _ in AD_TIES:
        if kd == "friendship":
            doc.add_paragraph(f"{en}, {ctry} ({ko})", style="List Bullet")
    doc.add_heading("Cooperation on the table / 협력사업 현황", level=2)
    docx_table(doc, [["Project", "Partner", "Status / 상태"]] + [[t, p, s] for t, p, s, _ in AD_ITEMS])
    doc.add_paragraph("Contact: International Relations Division, Andong City Hall · +82 54 000 0000")
    gold = Gold(
        partnerships=[partner(en, c, kd) for en, _, _, kd, c in AD_TIES],
        engagements=[engagement("event", ["Cusco", "Sagae", "Xi'an"], "Andong", "2025-09-27", "2025-09-28")],
        cooperation=[coop(t, st, ["Andong", p]) for t, p, _, st in AD_ITEMS],
        claims=[claim("five partner cities in four countries", len(canons), _countries(canons), "all",
                      "consistent")],
    )
    return docx_bytes(doc, "World Mask Culture Forum 2025 – Side Event programme"), gold


# --------------------------------------------------------------------------- 125 Haifa FAQ page (he, windows-1255)

HF_SISTERS = [("ברמן", "גרמניה", "Bremen"), ("דיסלדורף", "גרמניה", "Düsseldorf"), ("ארפורט", "גרמניה", "Erfurt"),
              ("מיינץ", "גרמניה", "Mainz"), ("מרסיי", "צרפת", "Marseille"), ("אנטוורפן", "בלגיה", "Antwerp"),
              ("ניוקאסל", "בריטניה", "Newcastle upon Tyne"), ("שנגחאי", "סין", "Shanghai"),
              ("אודסה", "אוקראינה", "Odesa"), ("קייפטאון", "דרום אפריקה", "Cape Town")]
HF_ITEMS = [("תוכנית חילופי נוער", "ברמן", "Bremen", "בביצוע", "in_progress"),
            ("מרכז חדשנות ימית משותף", "מרסיי", "Marseille", "הושלם", "completed"),
            ("פסטיבל סרטים משותף", "אודסה", "Odesa", "הוקפא", "stalled"),
            ("שיתוף פעולה בתחבורה ציבורית חשמלית", "שנג'ן", "Shenzhen", "הוצע על ידי שנג'ן", "proposed")]


@document("125_haifa_sheelot_nefotsot_arim_teumot_he.html", split="dev", home="Haifa", language="he",
          encoding="windows-1255",
          features=["html (windows-1255, declared only in a <meta> tag)", "Hebrew, right to left", "a public FAQ "
                    "page about the twin-city programme: one question per <h3>, answers in paragraphs and a list",
                    "ערים תאומות = sister in a bulleted answer with Hebrew names and countries; מזכר הבנות = "
                    "partner (Shenzhen, שנג'ן with a geresh)", "visits in answers ('בין 9 ל-11 בנובמבר 2025', "
                    "'בין 3 ל-5 ביוני 2025'); an application deadline and the page's update date as distractors; "
                    "neighbouring Israeli towns in the sidebar", "projects with Hebrew statuses",
                    "headline '10 ערים תאומות ב-7 מדינות'"])
def haifa_html():
    canons = [c for *_, c in HF_SISTERS]
    n, k = len(canons), _countries(canons)
    qa = [
        ("כמה ערים תאומות יש לחיפה?",
         f"<p>לחיפה {n} ערים תאומות ב-{k} מדינות. בנוסף, חתמה העירייה על מזכר הבנות לשיתוף פעולה עם "
         "שנג'ן (סין).</p>"),
        ("אילו ערים הן הערים התאומות של חיפה?",
         "<ul>" + "".join(f"<li>{w} ({c})</li>" for w, c, _ in HF_SISTERS) + "</ul>"),
        ("מה בעצם עושים עם הערים התאומות?",
         "<p>הקשרים כוללים חילופי משלחות, תלמידים ואמנים ופרויקטים משותפים. מצב הפרויקטים כיום:</p><ul>"
         + "".join(f"<li>{t} (עם {w}) – {s}</li>" for t, w, _, s, _ in HF_ITEMS) + "</ul>"),
        ("האם יש ביקורים בקרוב?",
         "<p>כן. משלחת של עיריית ברמן, בראשות ראש העיר, תבקר בחיפה בין 9 ל-11 בנובמבר 2025. "
         "בחודש יוני ביקר ראש העירייה בדיסלדורף, בין 3 ל-5 ביוני 2025, לרגל 30 שנה לקשר.</p>"),
        ("איך אפשר להצטרף למשלחת נוער?",
         "<p>בני נוער בכיתות י'–י\"א יכולים להגיש מועמדות עד 1 באוקטובר 2025 דרך אתר העירייה. "
         "ההשתתפות עולה 450 ₪.</p>"),
        ("מי מחליט על עיר תאומה חדשה?",
         "<p>ההחלטה מתקבלת במועצת העיר, לאחר המלצת ועדת הקשרים הבינלאומיים.</p>"),
    ]
    main = ('<nav class="crumbs">דף הבית › העירייה › קשרים בינלאומיים › שאלות נפוצות</nav>\n'
            "<h1>שאלות נפוצות: הערים התאומות של חיפה</h1>\n<p class=\"meta\">עודכן: 15 בספטמבר 2025</p>\n"
            + "\n".join(f'<section class="faq"><h3>{q}</h3>{a}</section>' for q, a in qa))
    aside = ("<h3>חיפה והסביבה</h3><ul><li>עכו</li><li>נשר</li><li>טירת כרמל</li><li>קריית אתא</li></ul>"
             "<p>מוקד עירוני 106</p>")
    html = (f'<!DOCTYPE html>\n<html lang="he" dir="rtl">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-1255">\n'
            "<title>שאלות נפוצות – ערים תאומות – עיריית חיפה</title>\n</head>\n<body>\n"
            '<header><nav><a href="/">עיריית חיפה</a> <a href="/residents">תושבים</a> '
            '<a href="/international">קשרים בינלאומיים</a></nav></header>\n'
            f"<main>\n{main}\n</main>\n<aside>{aside}</aside>\n"
            "<footer>עיריית חיפה · שדרות חסן שוקרי 14 · international@haifa.example</footer>\n</body>\n</html>\n")
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, _, c in HF_SISTERS] + [partner("שנג'ן", "Shenzhen", "partner")],
        engagements=[engagement("incoming", ["Bremen"], "Haifa", "2025-11-09", "2025-11-11"),
                     engagement("outgoing", ["Haifa"], "Düsseldorf", "2025-06-03", "2025-06-05")],
        cooperation=[coop(t, st, ["Haifa", c]) for t, _, c, _, st in HF_ITEMS],
        claims=[claim(f"{n} ערים תאומות ב-{k} מדינות", n, k, "sister", "consistent")],
    )
    return html.encode("windows-1255"), gold


# --------------------------------------------------------------------------- 126 A Coruña MoU cover e-mail (gl + en, base64)

AC_ITEMS = [("Ruta do patrimonio marítimo entre os dous portos", "acordada", "Maritime heritage route between the two "
             "ports", "agreed", "agreed"),
            ("Intercambio de formación profesional (Erasmus+)", "en curso", "Vocational training exchange (Erasmus+)",
             "in progress", "in_progress"),
            ("Programa conxunto de música celta", "proposta de Limerick", "Joint Celtic music programme",
             "proposed by Limerick", "proposed")]


@document("126_coruna_memorando_limerick_carta_gl_en.eml", split="dev", home="A Coruña", language="gl",
          encoding="utf-8",
          features=["eml (UTF-8 in base64)", "Galician with an English version below", "a cover e-mail sending "
                    "the signed originals of a memorandum of understanding by post: the signing date is not a "
                    "visit", "cidades irmandadas / twin cities (Limerick, Mar del Plata, Caracas, Cádiz) in "
                    "both versions", "an incoming visit 'do 12 ao 14 de agosto de 2026' / 'from 12 to 14 August "
                    "2026' and an earlier outgoing one 'en outubro de 2025' (month)", "the memorandum's lines of "
                    "work with statuses, once in each language"])
def coruna_email():
    msg = EmailMessage()
    msg["From"] = "Relacións Internacionais – Concello da Coruña <internacional@coruna.example>"
    msg["To"] = "International Office, Limerick City and County Council <international@limerick.example>"
    msg["Subject"] = "Memorando de entendemento A Coruña – Limerick / Memorandum of Understanding"
    msg["Date"] = "Thu, 15 Jan 2026 10:20:00 +0100"
    msg["Message-ID"] = "<corpus-126@coruna.example>"
    gl_items = "".join(f"  - {t}: {s}\n" for t, s, _, _, _ in AC_ITEMS)
    en_items = "".join(f"  - {t}: {s}\n" for _, _, t, s, _ in AC_ITEMS)
    body = (
        "Estimada Sra. O'Brien:\n\n"
        "Enviámoslle hoxe por correo postal os dous orixinais do memorando de entendemento sobre patrimonio "
        "marítimo e formación, asinados polo alcalde o 12 de xaneiro de 2026. Pregámoslle que nos devolva un "
        "exemplar asinado pola súa alcaldesa.\n\n"
        "A Coruña e Limerick son cidades irmandadas desde 1998, e este memorando dálle contido novo a esa "
        "relación. Lembramos con agradecemento a acollida que recibiu o noso tenente de alcalde en Limerick en "
        "outubro de 2025.\n\n"
        "O memorando recolle estas liñas de traballo (estado a día de hoxe):\n" + gl_items + "\n"
        "Será un pracer recibir a súa delegación na Coruña do 12 ao 14 de agosto de 2026, durante as Festas de "
        "María Pita. Para a súa información, a Coruña está tamén irmandada con Mar del Plata (Arxentina), "
        "Caracas (Venezuela) e Cádiz.\n\n"
        "Atentamente,\nUxía Castro Varela\nXefa de Relacións Internacionais\n\n"
        "------------------------------ English version ------------------------------\n\n"
        "Dear Ms O'Brien,\n\n"
        "Today we are sending you by post the two originals of the Memorandum of Understanding on maritime "
        "heritage and training, signed by the Mayor on 12 January 2026. Please return one copy signed by your "
        "Mayor.\n\n"
        "A Coruña and Limerick have been twin cities since 1998, and the memorandum gives that relationship new "
        "content. We remember with gratitude the welcome our Deputy Mayor received in Limerick in October 2025.\n\n"
        "The memorandum sets out these lines of work (status as of today):\n" + en_items + "\n"
        "We look forward to welcoming your delegation to A Coruña from 12 to 14 August 2026, during the María "
        "Pita festivities. For your information, A Coruña is also twinned with Mar del Plata (Argentina), "
        "Caracas (Venezuela) and Cádiz.\n\n"
        "Yours sincerely,\nUxía Castro Varela\nHead of International Relations\n")
    msg.set_content(body, charset="utf-8", cte="base64")
    gold = Gold(
        partnerships=[partner("Limerick", "Limerick", "sister"), partner("Mar del Plata", "Mar del Plata", "sister"),
                      partner("Caracas", "Caracas", "sister"), partner("Cádiz", "Cádiz", "sister")],
        engagements=[engagement("outgoing", ["A Coruña"], "Limerick", "2025-10"),
                     engagement("incoming", ["Limerick"], "A Coruña", "2026-08-12", "2026-08-14")],
        cooperation=[coop(t, st, ["A Coruña", "Limerick"]) for t, _, _, _, st in AC_ITEMS],
    )
    return eml_bytes(msg), gold


# --------------------------------------------------------------------------- 127 Chuncheon regional exchange deck (ko, PPTX)

CC_TIES = [("가카미가하라시", "일본", "자매도시", 2004, "Kakamigahara", "sister"),
           ("호후시", "일본", "자매도시", 1991, "Hōfu", "sister"),
           ("아디스아바바", "에티오피아", "우호도시", 2012, "Addis Ababa", "friendship")]
CC_ITEMS = [("청소년 홈스테이 상호 교류", "가카미가하라시", "Kakamigahara", "추진 중", "in_progress"),
            ("온라인 한일 언어교환", "호후시", "Hōfu", "완료", "completed"),
            ("참전용사 후손 장학사업 확대", "아디스아바바", "Addis Ababa", "아디스아바바 측 제안", "proposed")]


@document("127_chuncheon_gangwon_cheongsonyeon_gyoryu_ko.pptx", split="dev", home="Chuncheon", language="ko",
          features=["pptx", "Korean", "a province-wide youth exchange programme briefing for participating "
                    "municipalities: a table pairing each municipality with its partner (원주 ↔ 로어노크, 강릉 ↔ "
                    "지치부: other cities' ties, not the home's)", "the home's schedule with weekday dates "
                    "('2026. 7. 27.(월) ~ 7. 31.(금)'), another municipality's trip and an application deadline as "
                    "distractors", "자매도시 = sister, 우호도시 = friendship on a separate slide", "items with Korean "
                    "statuses", "headline '2개국 3개 도시'"])
def chuncheon_deck():
    prs = new_deck()
    s = prs.slides.add_slide(prs.slide_layouts[6])
    textbox(s.shapes, 0.8, 2.0, 11.5, 1.4, ["2026 강원 청소년 국제교류 프로그램"], 40)
    textbox(s.shapes, 0.8, 3.6, 11.5, 1.4, ["참여 시·군 설명회 자료 — 춘천시 국제교류팀", "2026. 3. 5.(목)"], 20)
    s = titled_slide(prs, "프로그램 개요 — 참여 시·군과 교류 도시")
    slide_table(s, [["시·군", "교류 도시", "국가", "관계", "교류 형태"],
                    ["춘천시", "가카미가하라시", "일본", "자매도시", "방문 (7월)"],
                    ["춘천시", "호후시", "일본", "자매도시", "초청 (8월)"],
                    ["원주시", "로어노크", "미국", "자매도시", "방문 (7월)"],
                    ["강릉시", "지치부시", "일본", "자매도시", "온라인"]], 0.8, 1.6, 11.5, 16)
    textbox(s.shapes, 0.8, 4.4, 11.5, 1.2, ["※ 도 국제교류센터가 항공·보험을 일괄 지원, 시·군은 프로그램 운영"], 14)
    s = titled_slide(prs, "춘천시 교류 일정")
    textbox(s.shapes, 0.8, 1.6, 11.5, 4.5, [
        "▶ 춘천 청소년 대표단(16명) 가카미가하라시 방문: 2026. 7. 27.(월) ~ 7. 31.(금)",
        "▶ 호후시 청소년단(12명) 춘천 방문: 2026. 8. 10.(월) ~ 8. 13.(목)",
        "▶ 참가자 모집 마감: 2026. 4. 30.(목) / 사전교육: 6. 20.(토)",
        "(참고) 원주시 대표단 로어노크 방문: 2026. 7. 20. ~ 7. 26."], 18)
    s = titled_slide(prs, "춘천시 자매·우호도시 현황")
    textbox(s.shapes, 0.8, 1.5, 11.5, 0.8, ["2개국 3개 도시"], 22)
    slide_table(s, [["도시", "국가", "관계", "체결 연도"]]
                + [[w, c, r, str(y)] for w, c, r, y, _, _ in CC_TIES], 0.8, 2.4, 11.5, 16)
    s = titled_slide(prs, "추진 과제 및 현황")
    slide_table(s, [["과제", "상대 도시", "현황"]] + [[t, w, st] for t, w, _, st, _ in CC_ITEMS], 0.8, 1.6, 11.5, 16)
    s.notes_slide.notes_text_frame.text = "원주·강릉 일정은 각 시 담당자가 별도 설명. 예산은 도비 50%, 시비 50%."
    gold = Gold(
        partnerships=[partner(w, c, kd) for w, _, _, _, c, kd in CC_TIES],
        engagements=[engagement("outgoing", ["Chuncheon"], "Kakamigahara", "2026-07-27", "2026-07-31"),
                     engagement("incoming", ["Hōfu"], "Chuncheon", "2026-08-10", "2026-08-13")],
        cooperation=[coop(t, st, ["Chuncheon", c]) for t, _, c, _, st in CC_ITEMS],
        claims=[claim("2개국 3개 도시", 3, 2, "all", "consistent")],
    )
    assert _countries([c for *_, c, _ in CC_TIES]) == 2
    return deck_bytes(prs, "2026 강원 청소년 국제교류 프로그램"), gold


# --------------------------------------------------------------------------- 128 Akureyri scanned report text layer (is, hand-written PDF)

AK_ITEMS = [("Samstarf um vetrarþjónustu og snjómokstur", "Ålesund", "í vinnslu", "in_progress"),
            ("Listamannaskipti", "Randers", "lokið", "completed"),
            ("Sameiginleg ferðaþjónustukynning", "Gimli", "í bið", "stalled"),
            ("Nemendaskipti framhaldsskóla", "Västerås", "tillaga frá Västerås", "proposed")]


@document("128_akureyri_arsskyrsla_vinabaeir_skonnud_is.pdf", split="dev", home="Akureyri", language="is",
          handwritten=True,
          features=["pdf (hand-written)", "Icelandic", "the text layer of a scanned annual report: lines broken "
                    "with hyphens inside words and inside a partner's name (Väs- / terås, vina- / bæjamót), a "
                    "running header and a page number on every page, a page break inside a paragraph",
                    "vinabæir = sister inline with Icelandic country names (í Noregi, á Grænlandi, í Færeyjum); "
                    "samstarfssamningur = partner (Gimli)", "'4.–6. júní 2025' (outgoing, a Nordic twin-town "
                    "meeting), 'Dagana 18.–20. ágúst 2025' (incoming)", "projects with Icelandic statuses on the "
                    "second page", "headline 'sjö vinabæi' in words"])
def akureyri_pdf():
    def page(no: int, body: list[str]) -> list[tuple[float, float, float, str]]:
        out = [(56, 806, 8, "AKUREYRARBÆR  -  ÁRSSKÝRSLA 2025"), (470, 806, 8, "Alþjóðlegt samstarf")]
        y = 770
        for line in body:
            if line.startswith("#"):
                out.append((56, y, 12, line[1:]))
                y -= 22
            else:
                out.append((56, y, 10, line))
                y -= 14
        out.append((290, 36, 8, f"- {no} -"))
        return out

    p1 = ["#7. Alþjóðlegt samstarf og vinabæir",
          "Akureyrarbær á sjö vinabæi: Ålesund í Noregi, Lahti í Finnlandi, Randers í Danmörku, Väs-",
          "terås í Svíþjóð, Narsaq á Grænlandi, Vágur í Færeyjum og Denver í Bandaríkjunum. Auk",
          "þess er í gildi samstarfssamningur við Gimli í Manitoba í Kanada, sem gerður var árið",
          "2019 í tengslum við sögu vesturfaranna.",
          "",
          "Eitt helsta verkefni ársins var þátttaka í norrænu vina-",
          "bæjamóti sem haldið var í Lahti 4.–6. júní 2025; það sótti fimm manna sendi-",
          "nefnd frá Akureyri undir forystu formanns bæjarráðs. Þema mótsins var loftslags-",
          "væn samgöngumál í meðalstórum bæjum.",
          "",
          "Dagana 18.–20. ágúst 2025 tók bærinn á móti sendinefnd frá Denver, sem kynnti sér",
          "m.a. hitaveitu bæjarins og starfsemi Háskólans á Akureyri. Í tengslum við heim-",
          "sóknina var haldinn opinn fundur í Hofi um ferða-"]
    p2 = ["þjónustu á norðurslóðum.",
          "",
          "#Verkefni með vinabæjum - staða í árslok",
          ]
    p2 += [f"- {t} ({p}): {s}" for t, p, s, _ in AK_ITEMS]
    p2 += ["",
           "Umsóknarfrestur í Vinabæjasjóð Akureyrar vegna ársins 2026 rennur út",
           "15. febrúar 2026. Kostnaður við alþjóðlegt samstarf nam 6,8 m.kr. á ár-",
           "inu (áætlun 7,5 m.kr.)."]
    ties = [("Ålesund", "Ålesund"), ("Lahti", "Lahti"), ("Randers", "Randers"), ("Västerås", "Västerås"),
            ("Narsaq", "Narsaq"), ("Vágur", "Vágur"), ("Denver", "Denver")]
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, c in ties] + [partner("Gimli", "Gimli", "partner")],
        engagements=[engagement("outgoing", ["Akureyri"], "Lahti", "2025-06-04", "2025-06-06"),
                     engagement("incoming", ["Denver"], "Akureyri", "2025-08-18", "2025-08-20")],
        cooperation=[coop(t, st, ["Akureyri", p]) for t, p, _, st in AK_ITEMS],
        claims=[claim("sjö vinabæi", len(ties), None, "sister", "consistent")],
    )
    return minimal_pdf([page(14, p1), page(15, p2)]), gold
