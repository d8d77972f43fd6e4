"""Corpus documents 153-158 (dev split; see docs/evaluation.md): built by ``scripts/make_corpus.py``.

Twelfth batch, written on 2026-12-01 (with the test documents 159-160 in ``corpus_docs_159_160.py``, which keeps
the held-out split at 40 of 160): new homes (Sarajevo, Mumbai, Wellington, Bishkek, Graz, Addis Ababa), new
languages (Bosnian, Marathi, Kyrgyz, Amharic; English and German beside them), a new calendar (Ethiopian dates,
converted to the Gregorian gold by a helper below) and new layouts (a Bosnian information note to the city council
exported to windows-1250 text with its tracked changes shown as bracketed [IZBRISANO: …] / [DODANO: …] edits and
reviewer comments, so that a deleted partner, a deleted visit, a corrected date, a corrected count and a changed
project state must be read in their final form; a Marathi grant-application annex in Word with a spreadsheet pasted
as tab-separated paragraphs, '########' cells and date serials, and an inconsistent count; an English transcript of
a mayor's media stand-up printed by Chromium, with visits told in questions and answers, relative dates, a
cancelled leg, a postponed delegation and a media backgrounder; a Kyrgyz weekly agenda deck of a protocol office
with weekday dates, next week's plan, a slide of changes and cancellations and partner tiles coded by symbols with a
legend; a German (Austrian) mayor's blog post with relative dates, a partner widget, a cancelled trip, a postponed
visit and readers' comments; an Amharic e-mail with Ethiopian-calendar dates and a Word attachment of one fact sheet
per partner city). Partner pairs are taken from ``../shared/data/twin-cities``; kinds, years, visits, dates and
cooperation items are invented.
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
    # homes (checked with `intercity resolve NAME --country CC --json`)
    "Sarajevo": ("BA", "gn:3191281"), "Mumbai": ("IN", "gn:1275339"), "Wellington": ("NZ", "gn:2179537"),
    "Bishkek": ("KG", "gn:1528675"), "Graz": ("AT", "gn:2778067"), "Addis Ababa": ("ET", "gn:344979"),
    # partners
    "Ankara": ("TR", "gn:323786"), "Istanbul": ("TR", "gn:745044"), "İzmir": ("TR", "gn:311046"),
    "Barcelona": ("ES", "gn:3128760"), "Madrid": ("ES", "gn:3117735"), "Magdeburg": ("DE", "gn:2874545"),
    "Innsbruck": ("AT", "gn:2775220"), "Budapest": ("HU", "gn:3054643"), "Coventry": ("GB", "gn:2652221"),
    "Venice": ("IT", "gn:3164603"), "Baku": ("AZ", "gn:587084"), "Doha": ("QA", "gn:290030"),
    "Podgorica": ("ME", "gn:3193044"), "Skopje": ("MK", "gn:785842"),
    "Los Angeles": ("US", "gn:5368361"), "Saint Petersburg": ("RU", "gn:498817"), "Stuttgart": ("DE", "gn:2825297"),
    "Yokohama": ("JP", "gn:1848354"), "Busan": ("KR", "gn:1838524"), "Shanghai": ("CN", "gn:1796236"),
    "Galați": ("RO", "gn:677697"), "Jakarta": ("ID", "gn:1642911"),
    "Sakai": ("JP", "gn:1853195"), "Xiamen": ("CN", "gn:1790645"), "Beijing": ("CN", "gn:1816670"),
    "Harrogate": ("GB", "gn:2647428"), "Canberra": ("AU", "gn:2172517"), "Sydney": ("AU", "gn:2147714"),
    "Chania": ("GR", "gn:260114"), "Çanakkale": ("TR", "gn:749780"), "Torres Vedras": ("PT", "gn:2262581"),
    "Samsun": ("TR", "gn:740264"), "Trabzon": ("TR", "gn:738648"), "Tehran": ("IR", "gn:112931"),
    "Ufa": ("RU", "gn:479561"), "Minsk": ("BY", "gn:625144"), "Wuhan": ("CN", "gn:1791247"),
    "Ürümqi": ("CN", "gn:1529102"), "Shenzhen": ("CN", "gn:1795565"), "Qazvin": ("IR", "gn:119505"),
    "Darmstadt": ("DE", "gn:2938913"), "Dubrovnik": ("HR", "gn:3201047"), "Groningen": ("NL", "gn:2755251"),
    "Ljubljana": ("SI", "gn:3196359"), "Pécs": ("HU", "gn:3046526"), "Trieste": ("IT", "gn:3165185"),
    "Trondheim": ("NO", "gn:3133880"), "Timișoara": ("RO", "gn:665087"), "Maribor": ("SI", "gn:3195506"),
    "Pula": ("HR", "gn:3192224"),
    "Leipzig": ("DE", "gn:2879139"), "Johannesburg": ("ZA", "gn:993800"), "Washington": ("US", "gn:4140963"),
    "Chuncheon": ("KR", "gn:1845136"), "Nairobi": ("KE", "gn:184745"), "Lyon": ("FR", "gn:2996944"),
})


def _countries(canons) -> int:
    return len({PLACES[c][0] for c in canons})


def _wrap(text: str, width: int, indent: str, first: str | None = None) -> list[str]:
    """Wrap at spaces; ``first`` replaces the indent of the first line (a hanging label). An edit marker stays
    on one line with its first word ("[DODANO: 14]" is not broken after the colon)."""
    for tag in ("[IZBRISANO: ", "[DODANO: "):
        text = text.replace(tag, tag[:-1] + "\x00")
    out, row = [], ""
    lead = indent if first is None else first
    for word in text.split(" "):
        cur = lead if not out else indent
        if row and len(cur) + len(row) + 1 + len(word) > width:
            out.append(cur + row)
            row = word
        else:
            row = f"{row} {word}".strip()
    out.append((lead if not out else indent) + row)
    return [line.replace("\x00", " ") for line in out]


# --------------------------------------------------------------------------- 153 Sarajevo note with tracked changes (bs, TXT windows-1250)

SA_TIES = [  # (section, country, name as written, year, canonical, kind, how the draft shows it)
    (1, "Austrija", "Innsbruck", 1980, "Innsbruck", "sister", ""),
    (1, "Italija", "Venecija", 1994, "Venice", "sister", ""),
    (1, "Mađarska", "Budimpešta", 1995, "Budapest", "sister", ""),
    (1, "Njemačka", "Magdeburg", 1996, "Magdeburg", "sister", ""),
    (1, "Španija", "Barcelona", 1996, "Barcelona", "sister", ""),
    (1, "Španija", "Madrid", 1999, "Madrid", "sister", ""),
    (1, "Turska", "Ankara", 1986, "Ankara", "sister", ""),
    (1, "Turska", "Istanbul", 1997, "Istanbul", "sister", ""),
    (1, "Turska", "Izmir", 2013, "İzmir", "sister", "added"),
    (1, "Velika Britanija", "Coventry", 1957, "Coventry", "sister", ""),
    (2, "Azerbejdžan", "Baku", 2011, "Baku", "friendship", ""),
    (2, "Katar", "Doha", 2015, "Doha", "friendship", ""),
    (3, "Crna Gora", "Podgorica", 2018, "Podgorica", "partner", ""),
    (3, "Sjeverna Makedonija", "Skoplje", 2019, "Skopje", "partner", ""),
]
SA_ITEMS = [  # (letter, title, partner as written, state as finally written (may hold an edit), canonical, status)
    ("a", "Razmjena iskustava u obnovi tramvajske infrastrukture", "Istanbul",
     "u toku; održane su dvije radionice, treća je planirana za februar 2026.", "Istanbul", "in_progress"),
    ("b", "Izložba „Olimpijski gradovi Innsbruck i Sarajevo“", "Innsbruck",
     "završena; izložba je zatvorena 31. oktobra 2025.", "Innsbruck", "completed"),
    ("c", "Ljetni kamp za mlade", "Coventry", "dogovoren s Gradskim vijećem Coventryja, prvi kamp u julu 2026.",
     "Coventry", "agreed"),
    ("d", "Digitalizacija gradskog arhiva", "Magdeburg",
     "prijedlog Magdeburga; čeka se mišljenje Službe za informatiku.", "Magdeburg", "proposed"),
    ("e", "Festival ulične hrane", "Baku", "[IZBRISANO: u pripremi][DODANO: obustavljen do daljnjeg]",
     "Baku", "stalled"),
    ("f", "Zajednička turistička ponuda „Dva glavna grada“", "Podgorica",
     "odustalo se zbog nedostatka sredstava.", "Podgorica", "dropped"),
]


@document("153_sarajevo_informacija_gradovi_prijatelji_izmjene_bs_cp1250.txt", split="dev", home="Sarajevo",
          language="bs", encoding="windows-1250",
          features=["txt (windows-1250, CRLF)", "Bosnian (ijekavian; č ć đ š ž, „…“ quotes and en dashes in "
                    "cp1250; Bosnian exonyms Budimpešta, Venecija, Skoplje; genitives and datives such as Bakua, "
                    "Coventryju, Innsbrucku)", "an information note of the mayor's office to the city council's "
                    "board, exported as text from a working draft with its tracked changes visible: '[IZBRISANO: …]' "
                    "= deleted, '[DODANO: …]' = inserted, '[KOMENTAR XY: …]' = reviewer comments, explained in a "
                    "header note; the gold is the draft's final reading", "partners in three numbered sections by "
                    "kind of act (povelja o bratimljenju = sister, sporazum o prijateljstvu i saradnji = "
                    "friendship, memorandum o razumijevanju i saradnji = partner), each a leader-dot line "
                    "'country ..... city (year), city (year)'; one sister added by an edit (Izmir), one deleted "
                    "with a comment saying it is another municipality's partner (Ferrara: not gold)",
                    "headline '[IZBRISANO: 13][DODANO: 14] gradova iz 11 država' (corrected by an edit, consistent) "
                    "and 'deset povelja o bratimljenju s gradovima iz sedam država' (sister, consistent)",
                    "visits in prose, partly passive: 'od [IZBRISANO: 12.][DODANO: 14.] do 16. maja 2025.' "
                    "(incoming, the start corrected by an edit), a visit first set for 8-10 September and held "
                    "'od 20. do 22. oktobra 2025.' (incoming, rescheduled), '2. i 3. oktobra 2025.' (outgoing), a "
                    "cancelled trip (not gold), a deleted visit that did not happen (not gold), an ambassador's "
                    "call 'u ponedjeljak, 17. novembra 2025.', a planned trip 'Za april 2026.' (month)",
                    "the note's date, the previous version's date and the board's session date as distractors",
                    "projects as lettered lines 'title (partner) – state' with Bosnian states (six states), one "
                    "state changed by an edit"])
def sarajevo_txt():
    final = SA_TIES  # the draft's final reading (Ferrara is only in a deletion)
    canons = [t[4] for t in final]
    n, k = len(canons), _countries(canons)
    sisters = [t for t in final if t[5] == "sister"]
    ns, ks = len(sisters), _countries(t[4] for t in sisters)
    W = 100

    def section_lines(sec: int) -> list[str]:
        rows: dict[str, list[str]] = {}
        for s, country, w, y, _, _, how in SA_TIES:
            if s != sec:
                continue
            piece = f"{w} ({y})"
            if how == "added":
                rows.setdefault(country, []).append(f"[DODANO: {piece}]")
            else:
                rows.setdefault(country, []).append(piece)
        out = []
        for country, pieces in rows.items():
            text = ""
            for p in pieces:
                if not text:
                    text = p
                elif p.startswith("[DODANO: "):
                    text += f"[DODANO: , {p[len('[DODANO: '):]}"
                else:
                    text += f", {p}"
            if country == "Italija":  # the deleted twin, with the reviewer's comment
                text += "[IZBRISANO: , Ferrara (2008)]"
            out.append(f"     {country} {'.' * (24 - len(country))} {text}")
            if country == "Italija":
                out += _wrap("[KOMENTAR AH: Ferrara je partnerski grad Općine Stari Grad Sarajevo, a ne Grada "
                             "Sarajeva – brisati iz pregleda.]", W, "     ")
        return out

    lines = [
        "BOSNA I HERCEGOVINA",
        "FEDERACIJA BOSNE I HERCEGOVINE",
        "KANTON SARAJEVO",
        "GRAD SARAJEVO",
        "GRADONAČELNICA",
        "Stručna služba gradonačelnice – Odsjek za protokol i međunarodnu saradnju",
        "",
        "Broj: 01-02-3117/25",
        "Sarajevo, 21.11.2025. godine",
        "",
        "*** RADNA VERZIJA 3 – S PRIKAZANIM IZMJENAMA ***",
    ]
    lines += _wrap("Izmjene u odnosu na verziju 2 od 14.11.2025. označene su ovako: [IZBRISANO: …] = brisani "
                   "tekst, [DODANO: …] = novi tekst, [KOMENTAR inicijali: …] = komentar recenzenta. Prije slanja "
                   "Kolegiju izmjene treba prihvatiti, a komentare obrisati.", W, "")
    lines += [
        "",
        "GRADSKOM VIJEĆU GRADA SARAJEVA",
        "n/r Kolegija Gradskog vijeća",
        "",
    ]
    lines += _wrap("PREDMET: Informacija o saradnji Grada Sarajeva s gradovima prijateljima i partnerskim "
                   "gradovima u 2025. godini", W, "          ", first="")
    lines += ["", "", "I. UVOD", ""]
    lines += _wrap(f"Grad Sarajevo ima potpisane akte o bratimljenju, prijateljstvu i saradnji sa [IZBRISANO: "
                   f"{n - 1}][DODANO: {n}] gradova iz {k} država. Od toga je deset povelja o bratimljenju s "
                   f"gradovima iz sedam država, dok su ostali odnosi uređeni sporazumima o prijateljstvu i "
                   "saradnji ili memorandumima o razumijevanju i saradnji. [KOMENTAR AH: u v2 je pogrešno pisalo 13 "
                   "– Ferrara izbačena, Izmir dodan, ukupno 14.]", W, "")
    lines += ["", "", "II. PREGLED GRADOVA PRIJATELJA I PARTNERSKIH GRADOVA", ""]
    lines += ["1. Povelje o bratimljenju (gradovi prijatelji)", ""]
    lines += section_lines(1)
    lines += ["", "2. Sporazumi o prijateljstvu i saradnji", ""]
    lines += section_lines(2)
    lines += ["", "3. Memorandumi o razumijevanju i saradnji", ""]
    lines += section_lines(3)
    lines += ["", "(u zagradi: godina potpisivanja akta)", "", "", "III. POSJETE I SUSRETI U 2025. GODINI", ""]
    visits = [
        "U periodu od [IZBRISANO: 12.][DODANO: 14.] do 16. maja 2025. godine Sarajevo je posjetila delegacija "
        "Grada Istanbula, predvođena zamjenikom gradonačelnika. Delegacija je primljena u Vijećnici, a "
        "razgovarano je o obnovi tramvajske infrastrukture i o zajedničkim radionicama. [KOMENTAR SM: datum "
        "provjeren s Protokolom – delegacija je stigla u srijedu, 14. maja.]",
        "Delegacija Izvršne vlasti grada Bakua, čija je posjeta prvobitno bila zakazana za 8–10. septembar, "
        "boravila je u Sarajevu od 20. do 22. oktobra 2025. godine. Posjeta je odgođena na zahtjev azerbejdžanske "
        "strane; tom prilikom dogovoreno je da se festival ulične hrane pomjeri.",
        "Gradonačelnica je 2. i 3. oktobra 2025. godine boravila u Innsbrucku, gdje je učestvovala u obilježavanju "
        "45 godina bratimljenja dva olimpijska grada i otvorila zajedničku izložbu.",
        "Planirana posjeta delegacije Grada Sarajeva Magdeburgu (23–25. juni 2025.) otkazana je zbog vanredne "
        "sjednice Gradskog vijeća. Nova posjeta za sada nije zakazana.",
        "[IZBRISANO: Zamjenik gradonačelnice posjetio je Podgoricu 4. septembra 2025. godine.] [KOMENTAR SM: "
        "posjeta nije realizovana – brisati.]",
        "Gradonačelnica je u ponedjeljak, 17. novembra 2025. godine, u Vijećnici primila u nastupnu posjetu "
        "ambasadora Kraljevine Španije u Bosni i Hercegovini.",
        "Za april 2026. godine planirana je posjeta delegacije Grada Sarajeva Coventryju, povodom [DODANO: "
        "obilježavanja] otvaranja izložbe „Sarajevo i Coventry – gradovi koji su preživjeli“.",
    ]
    for i, v in enumerate(visits, 1):
        lines += _wrap(v, W, "    ", first=f"{i}.  ")
        lines.append("")
    lines += ["", "IV. ZAJEDNIČKI PROJEKTI – STANJE NA DAN 21.11.2025.", ""]
    for letter, title, who, state, _, _ in SA_ITEMS:
        lines += _wrap(f"{title} ({who}) – {state}", W, "    ", first=f"{letter})  ")
    lines += ["", "", "V. PRIJEDLOG ZAKLJUČKA", ""]
    lines += _wrap("Predlaže se da Kolegij Gradskog vijeća na sjednici zakazanoj za 27.11.2025. godine primi k znanju "
                   "ovu Informaciju i uputi je Gradskom vijeću na razmatranje.", W, "")
    lines += [
        "",
        "",
        "Obradila: Amra H., stručna saradnica za međunarodnu saradnju",
        "Pregledao: Senad M., šef Odsjeka",
        "",
        "                                                            GRADONAČELNICA",
        "",
        "Dostaviti: 1. Kolegij Gradskog vijeća  2. Stručna služba Gradskog vijeća  3. a/a",
    ]
    text = "\r\n".join(lines) + "\r\n"
    gold = Gold(
        partnerships=[partner(w, c, kd) for _, _, w, _, c, kd, _ in final],
        engagements=[engagement("incoming", ["Istanbul"], "Sarajevo", "2025-05-14", "2025-05-16"),
                     engagement("incoming", ["Baku"], "Sarajevo", "2025-10-20", "2025-10-22"),
                     engagement("outgoing", ["Sarajevo"], "Innsbruck", "2025-10-02", "2025-10-03"),
                     engagement("meeting", ["ES"], "Sarajevo", "2025-11-17"),
                     engagement("outgoing", ["Sarajevo"], "Coventry", "2026-04")],
        cooperation=[coop(t, st, ["Sarajevo", c]) for _, t, _, _, c, st in SA_ITEMS],
        claims=[claim(f"{n} gradova iz {k} država", n, k, "all", "consistent"),
                claim("deset povelja o bratimljenju s gradovima iz sedam država", ns, ks, "sister", "consistent")],
    )
    assert (n, k, ns, ks) == (14, 11, 10, 7)
    return text.encode("windows-1250"), gold


# --------------------------------------------------------------------------- 154 Mumbai grant annex with a pasted spreadsheet (mr, DOCX)

_DEVA = str.maketrans("0123456789", "०१२३४५६७८९")


def _deva(s: str) -> str:
    return s.translate(_DEVA)


MB_TIES = [  # (no., Marathi name, country, kind word, year, last contact cell, remark, canonical, kind)
    (1, "लॉस एंजेलिस", "अमेरिका", "भगिनी शहर", 1985, "########", "", "Los Angeles", "sister"),
    (2, "सेंट पीटर्सबर्ग", "रशिया", "भगिनी शहर", 2001, "45231", "सध्या संपर्क कमी", "Saint Petersburg", "sister"),
    (3, "स्टुटगार्ट", "जर्मनी", "भगिनी शहर", 1968, "45930", "", "Stuttgart", "sister"),
    (4, "योकोहामा", "जपान", "भगिनी शहर", 1965, "45698", "", "Yokohama", "sister"),
    (5, "बुसान", "दक्षिण कोरिया", "भगिनी शहर", 2009, "45659", "", "Busan", "sister"),
    (6, "शांघाय", "चीन", "मैत्री शहर", 2015, "########", "", "Shanghai", "friendship"),
    (7, "गालात्सी", "रोमानिया", "मैत्री शहर", 2014, "44927", "", "Galați", "friendship"),
    (8, "जकार्ता", "इंडोनेशिया", "सामंजस्य करार", 2018, "45566", "2026 मध्ये नूतनीकरण", "Jakarta", "partner"),
    (9, "इझमिर", "तुर्कस्तान", "सामंजस्य करार", 2019, "########", "", "İzmir", "partner"),
]
MB_ITEMS = [  # (title, partner, state, canonical, status)
    ("किनारी रस्ता प्रकल्पासाठी तांत्रिक सल्ला", "योकोहामा", "काम सुरू आहे", "Yokohama", "in_progress"),
    ("घनकचरा व्यवस्थापन प्रशिक्षण", "बुसान", "पूर्ण झाले (मार्च २०२५)", "Busan", "completed"),
    ("वारसा इमारत संवर्धन कार्यशाळा", "स्टुटगार्ट", "दोन्ही बाजूंनी मान्य; २०२६-२७ मध्ये आयोजन", "Stuttgart", "agreed"),
    ("पूर नियंत्रण व पर्जन्यजल निचरा अभ्यास", "जकार्ता", "जकार्ताने प्रस्ताव दिला आहे; विचाराधीन", "Jakarta",
     "proposed"),
    ("चित्रपट महोत्सव आदान-प्रदान", "लॉस एंजेलिस", "निधीअभावी स्थगित", "Los Angeles", "stalled"),
]


@document("154_mumbai_anudan_prastav_parishishta_bhagini_shahare_mr.docx", split="dev", home="Mumbai",
          language="mr",
          features=["docx", "Marathi (Devanagari; Devanagari digits in the prose, Western digits in the pasted "
                    "sheet)", "annex 3 of a grant application of the municipal corporation's international "
                    "relations cell to a city-to-city cooperation scheme: letterhead, annex number with the "
                    "proposal's number and date, numbered sections, a funding request for fiscal year 2026-27 "
                    "and a submission deadline (distractors), signature", "the partner list is a spreadsheet "
                    "pasted into Word as plain paragraphs with tab-separated cells (no Word table): a header "
                    "row, numbered rows, empty trailing cells, '########' where the column was too narrow and raw "
                    "date serials (45231) in a 'last contact' column (not engagements); भगिनी शहर = sister, मैत्री "
                    "शहर = friendship, सामंजस्य करार = partner", "an inconsistent headline: 'आठ देशांतील नऊ "
                    "शहरांशी' with nine countries in the sheet", "visits as lettered paragraphs: 'दि. १० ते १२ "
                    "फेब्रुवारी २०२५' (incoming), '३० सप्टेंबर ते ३ ऑक्टोबर २०२५' (outgoing, across months, told "
                    "with reported speech), the German consul general 'गुरुवार, दि. ६ नोव्हेंबर २०२५', a cancelled "
                    "study tour (not gold), a partner's announced visit 'जानेवारी २०२६ मध्ये' (planned month, "
                    "reported)", "projects in a real Word table with Marathi states"])
def mumbai_docx():
    from docx.shared import Pt

    canons = [t[7] for t in MB_TIES]
    n, k = len(canons), _countries(canons)
    doc = new_docx()
    doc.add_paragraph("बृहन्मुंबई महानगरपालिका\nआंतरराष्ट्रीय संबंध कक्ष, महापालिका मुख्यालय, महापालिका मार्ग, फोर्ट, "
                      "मुंबई – ४०० ००१")
    doc.add_heading("परिशिष्ट – ३", level=1)
    doc.add_paragraph("(प्रस्ताव क्र. आंसंक/अनुदान/२०२५/४१८, दिनांक २८ नोव्हेंबर २०२५ सोबत)")
    doc.add_heading("शहर-ते-शहर सहकार्य अनुदान योजना : भगिनी शहर संबंध व आंतरराष्ट्रीय देवाणघेवाणीचा तपशील", level=2)
    doc.add_heading("३.१ सद्यःस्थिती", level=3)
    doc.add_paragraph("बृहन्मुंबई महानगरपालिकेचे सध्या आठ देशांतील नऊ शहरांशी भगिनी शहर, मैत्री शहर किंवा सामंजस्य "
                      "करारांद्वारे औपचारिक संबंध आहेत. त्यांचा तपशील कक्षाच्या एक्सेल नोंदवहीतून खाली जसाच्या तसा "
                      "घेतला आहे.")
    header = "अ.क्र.\tशहर\tदेश\tसंबंधाचा प्रकार\tकरार वर्ष\tशेवटचा संपर्क\tशेरा"
    rows = [header] + [f"{i}\t{w}\t{c}\t{kw}\t{y}\t{last}\t{rem}" for i, w, c, kw, y, last, rem, _, _ in MB_TIES]
    for row in rows:
        p = doc.add_paragraph(row)
        p.paragraph_format.space_after = Pt(0)
        for run in p.runs:
            run.font.size = Pt(9)
    doc.add_paragraph("\t\t\t\t\t\t")
    doc.add_heading("३.२ मागील देवाणघेवाण व नियोजित भेटी", level=3)
    doc.add_paragraph("(अ) योकोहामा शहराच्या उपमहापौरांच्या नेतृत्वाखालील सात सदस्यीय शिष्टमंडळ दि. १० ते १२ फेब्रुवारी "
                      "२०२५ या कालावधीत मुंबई भेटीवर होते. या भेटीत शिष्टमंडळाने किनारी रस्ता प्रकल्पाची पाहणी केली.")
    doc.add_paragraph("(आ) महापालिका आयुक्तांच्या नेतृत्वाखालील चार सदस्यीय शिष्टमंडळाने ३० सप्टेंबर ते ३ ऑक्टोबर २०२५ "
                      "दरम्यान स्टुटगार्टला भेट दिली. वारसा इमारत संवर्धन कार्यशाळेबाबत तेथे दोन्ही बाजूंची सहमती झाली, "
                      "असे आयुक्तांनी स्थायी समितीला सांगितले.")
    doc.add_paragraph("(इ) जर्मनीचे मुंबईतील महावाणिज्यदूत यांनी गुरुवार, दि. ६ नोव्हेंबर २०२५ रोजी महापालिका आयुक्तांची "
                      "सौजन्य भेट घेतली.")
    doc.add_paragraph("(ई) लॉस एंजेलिस येथे मे २०२५ मध्ये नियोजित असलेला अभ्यास दौरा प्रशासकीय कारणास्तव रद्द करण्यात "
                      "आला.")
    doc.add_paragraph("(उ) बुसान महानगराचे शिष्टमंडळ जानेवारी २०२६ मध्ये मुंबईला भेट देणार असल्याचे बुसानच्या "
                      "आंतरराष्ट्रीय संबंध विभागाने कळविले आहे.")
    doc.add_heading("३.३ सहकार्य प्रकल्पांची सद्यःस्थिती", level=3)
    table = [["अ.क्र.", "प्रकल्प", "भागीदार शहर", "सद्यःस्थिती"]]
    table += [[_deva(str(i)), t, p, s] for i, (t, p, s, _, _) in enumerate(MB_ITEMS, 1)]
    docx_table(doc, table)
    doc.add_heading("३.४ अनुदानाची आवश्यकता", level=3)
    doc.add_paragraph("आर्थिक वर्ष २०२६-२७ मध्ये स्टुटगार्टसोबतची कार्यशाळा आणि बुसान शिष्टमंडळाचे आदरातिथ्य यांसाठी "
                      "₹ ४२.५० लाख इतक्या अनुदानाची आवश्यकता आहे. योजनेअंतर्गत प्रस्ताव सादर करण्याची अंतिम मुदत "
                      "१५ डिसेंबर २०२५ आहे.")
    doc.add_paragraph("(सही)\nउपायुक्त (आंतरराष्ट्रीय संबंध)\nबृहन्मुंबई महानगरपालिका")
    gold = Gold(
        partnerships=[partner(w, c, kd, i) for i, w, _, _, _, _, _, c, kd in MB_TIES],
        engagements=[engagement("incoming", ["Yokohama"], "Mumbai", "2025-02-10", "2025-02-12"),
                     engagement("outgoing", ["Mumbai"], "Stuttgart", "2025-09-30", "2025-10-03"),
                     engagement("meeting", ["DE"], "Mumbai", "2025-11-06"),
                     engagement("incoming", ["Busan"], "Mumbai", "2026-01")],
        cooperation=[coop(t, st, ["Mumbai", c]) for t, _, _, c, st in MB_ITEMS],
        claims=[claim("आठ देशांतील नऊ शहरांशी", 9, 8, "all", "inconsistent")],
    )
    assert (n, k) == (9, 9)
    return docx_bytes(doc, "परिशिष्ट – ३ : भगिनी शहर संबंध"), gold


# --------------------------------------------------------------------------- 155 Wellington media stand-up transcript (en, printed PDF)

WL_TIES = [  # (as said, country, canonical, kind)
    ("Sakai", "Japan", "Sakai", "sister"), ("Xiamen", "China", "Xiamen", "sister"),
    ("Beijing", "China", "Beijing", "sister"), ("Harrogate", "England", "Harrogate", "sister"),
    ("Canberra", "Australia", "Canberra", "sister"), ("Sydney", "Australia", "Sydney", "friendship"),
    ("Chania", "Greece", "Chania", "friendship"), ("Çanakkale", "Türkiye", "Çanakkale", "friendship"),
    ("Torres Vedras", "Portugal", "Torres Vedras", "partner"),
]
WL_ITEMS = [  # (title, partner, status as in the backgrounder, canonical, status)
    ("Seismic-strengthening knowledge exchange", "Sakai", "Under way (stage two signed off October 2025)",
     "Sakai", "in_progress"),
    ("Direct air link feasibility study", "Xiamen", "Agreed: joint funding, 50/50", "Xiamen", "agreed"),
    ("Youth orchestra exchange", "Harrogate", "Proposed by Harrogate; officers assessing", "Harrogate", "proposed"),
    ("Joint screen production fund", "Canberra", "On hold (budget)", "Canberra", "stalled"),
    ("Schools essay exchange", "Çanakkale", "Finished, May 2025", "Çanakkale", "completed"),
]


@document("155_wellington_mayor_media_standup_transcript_en.pdf", split="dev", home="Wellington", language="en",
          features=["pdf (printed by Chromium)", "English (New Zealand; te reo Māori greetings and place names)",
                    "a transcript of the mayor's weekly media stand-up: speaker labels (MAYOR, the international "
                    "relations manager, reporters with their outlets), [crosstalk] and [inaudible] marks, "
                    "'lightly edited' note, ENDS, then a one-page media backgrounder", "visits told in answers with "
                    "weekday and ordinal dates whose month and year come from the transcript's date: 'in Sakai from "
                    "Monday the 13th to Wednesday the 15th, and in Xiamen on Thursday the 16th and Friday the 17th' "
                    "(two outgoing engagements), 'yesterday I met the Chinese Ambassador' (a meeting, relative "
                    "date), the Chania mayor 'next Tuesday, just for the day' (incoming, relative date), Harrogate "
                    "postponed 'from Monday the 9th to Thursday the 12th of February next year' (incoming, "
                    "rescheduled), the Beijing leg cancelled (not gold)", "the partners only in the mayor's answer "
                    "to a question about the count (five sister cities, three friendship agreements, a memorandum "
                    "of understanding) and again in the backgrounder's one-line timeline",
                    "headlines spoken: 'nine relationships in seven countries' (consistent) and 'five sister "
                    "cities' (sister, consistent)", "a committee meeting, a festival and the stand-up's date as "
                    "distractors; a dollar figure", "projects in the answers and in the backgrounder table with "
                    "states in plain words (under way, agreed, proposed, on hold, finished)"])
def wellington_pdf():
    canons = [t[2] for t in WL_TIES]
    n, k = len(canons), _countries(canons)
    sisters = [t for t in WL_TIES if t[3] == "sister"]
    friends = [t for t in WL_TIES if t[3] == "friendship"]
    mou = [t for t in WL_TIES if t[3] == "partner"][0]

    def say(who: str, text: str) -> str:
        return f'<p class="turn"><span class="who">{who}:</span> {text}</p>'

    sis_txt = ", ".join(t[0] for t in sisters[:-1]) + f" and {sisters[-1][0]}"
    fr_txt = ", ".join(t[0] for t in friends[:-1]) + f" and {friends[-1][0]}"
    p1 = (
        "<h1>Transcript: Mayor's weekly media stand-up</h1>"
        '<p class="meta">Wednesday 22 October 2025, 10.30am · Te Ngākau Civic Square, Council Chamber foyer<br>'
        "Present: the Mayor (MAYOR); Manager, International Relations (MIR); media<br>"
        "<em>This transcript has been lightly edited for readability. Check against the recording.</em></p>"
        + say("MAYOR", "Kia ora koutou, mōrena. Thanks for coming, I'll keep it short because I know most of you "
                       "have the regional council thing at eleven. As you know I got back on Sunday from Japan and "
                       "China. We were in Sakai from Monday the 13th to Wednesday the 15th, and in Xiamen on "
                       "Thursday the 16th and Friday the 17th. In Sakai we signed off stage two of the "
                       "seismic-strengthening knowledge exchange, which is well under way. In Xiamen we agreed with "
                       "the municipal government to fund a feasibility study on a direct air link, fifty-fifty. "
                       "And yesterday I met the Chinese Ambassador here in Wellington to debrief on both. Happy to "
                       "take questions.")
        + say("REPORTER (The Post)", "Mayor, you were also meant to go to Beijing. What happened there?")
        + say("MAYOR", "The Beijing leg was cancelled back in September. It clashed with the Long-Term Plan "
                       "consultation, so we pulled it. We'll look at it again next year.")
        + say("REPORTER (RNZ)", "What did the trip cost ratepayers?")
        + say("MIR", "Flights, accommodation and ground transport for the three of us came to $30,860. The "
                     "full breakdown goes to the Strategy and Finance Committee on the 30th.")
        + say("REPORTER (Stuff)", "How many sister cities does Wellington actually have? The website and the "
                                  "annual report don't agree.")
        + say("MAYOR", f"Fair question. We have five sister cities — {sis_txt} — then friendship agreements "
                       f"with {fr_txt}, and a memorandum of understanding with {mou[0]} in {mou[1]}. So nine "
                       "relationships in seven countries. The website is out of date; I'm told it's being fixed.")
    )
    p2 = (
        say("REPORTER (The Post)", "The Harrogate delegation — weren't they due next month?")
        + say("MAYOR", "They were, but their local elections moved things around, so they'll now come from "
                       "Monday the 9th to Thursday the 12th of February next year. [laughs] Better weather for "
                       "them, anyway.")
        + say("REPORTER (RNZ)", "And the mayor of Chania?")
        + say("MAYOR", "He's here next Tuesday, just for the day — he's on his way to Sydney for the Greek "
                       "festival there. We'll take him up to the Cenotaph and there's a small reception in the "
                       "Chamber at five.")
        + say("REPORTER (Stuff)", "What about the Canberra film fund that was announced last year?")
        + say("MAYOR", "The joint screen production fund is on hold. Canberra's budget hasn't allowed it, and "
                       "frankly neither has ours.")
        + say("REPORTER (Te Ao Māori News)", "Anything new with Harrogate apart from the visit?")
        + say("MAYOR", "Harrogate have proposed a youth orchestra exchange. Officers are assessing it. [crosstalk]")
        + say("REPORTER (The Post)", "— and Çanakkale?")
        + say("MIR", "The schools essay exchange with Çanakkale finished in May; the last of the essays are on "
                     "the Council website. [inaudible] … nothing else planned this year.")
        + say("MAYOR", "Last one, sorry.")
        + say("REPORTER (RNZ)", "Are you going to the Diwali festival on Saturday?")
        + say("MAYOR", "I am, with the whole family. Thanks everyone.")
        + '<p class="ends">ENDS</p>'
    )
    timeline = (f"{sisters[0][0]} (1994) · {sisters[1][0]} (1987) · {sisters[2][0]} (1994) · {sisters[3][0]} "
                f"(2001) · {sisters[4][0]} (2004) — sister cities | {friends[0][0]} (2007) · {friends[1][0]} "
                f"(2015) · {friends[2][0]} (2015) — friendship agreements | {mou[0]} (2019) — memorandum of "
                "understanding")
    items = "".join(f"<tr><td>{t}</td><td>{p}</td><td>{s}</td></tr>" for t, p, s, _, _ in WL_ITEMS)
    p3 = (
        "<h2>Media backgrounder: Wellington's international relationships</h2>"
        "<p>Wellington City Council maintains relationships with cities in Asia, Australia and Europe. They are "
        "managed by the International Relations team in the Economic Development directorate.</p>"
        f'<p class="tl">{timeline}</p>'
        "<h2>Current projects</h2>"
        f"<table><tr><th>Project</th><th>Partner</th><th>Status</th></tr>{items}</table>"
        "<p>Media enquiries: Communications, 04 000 0000 (after hours 021 000 000).</p>")
    css = (".turn { margin: 0 0 3mm 0; line-height: 1.4; } .who { font-weight: bold; } "
           ".meta { font-size: 9.5pt; margin-bottom: 5mm; } .ends { text-align: center; margin-top: 6mm; "
           "font-weight: bold; } .tl { font-size: 9.5pt; border-left: 2pt solid #888; padding-left: 3mm; } "
           "table { width: 100%; font-size: 9.5pt; }")
    html = pages_html("en", [p1, p2, p3], "Wellington City Council · Communications · Transcript",
                      "Mayor's media stand-up, 22 October 2025 — page {page} of {pages}")
    html = html.replace("</style>", css + "</style>")
    gold = Gold(
        partnerships=[partner(w, c, kd) for w, _, c, kd in WL_TIES],
        engagements=[engagement("outgoing", ["Wellington"], "Sakai", "2025-10-13", "2025-10-15"),
                     engagement("outgoing", ["Wellington"], "Xiamen", "2025-10-16", "2025-10-17"),
                     engagement("meeting", ["CN"], "Wellington", "2025-10-21"),
                     engagement("incoming", ["Harrogate"], "Wellington", "2026-02-09", "2026-02-12"),
                     engagement("incoming", ["Chania"], "Wellington", "2025-10-28")],
        cooperation=[coop(t, st, ["Wellington", c]) for t, _, _, c, st in WL_ITEMS],
        claims=[claim("nine relationships in seven countries", n, k, "all", "consistent"),
                claim("five sister cities", len(sisters), None, "sister", "consistent")],
    )
    assert (n, k, len(sisters)) == (9, 7, 5)
    return print_pdf(html), gold


# --------------------------------------------------------------------------- 156 Bishkek protocol office weekly agenda (ky, PPTX)

BI_TILES = [  # (country tile, [(symbol, Kyrgyz name, canonical)])
    ("ТҮРКИЯ", [("★", "Анкара", "Ankara"), ("★", "Измир", "İzmir"), ("★", "Самсун", "Samsun"),
                ("★", "Трабзон", "Trabzon")]),
    ("КЫТАЙ", [("◆", "Ухань", "Wuhan"), ("◆", "Үрүмчү", "Ürümqi"), ("●", "Шэньчжэнь", "Shenzhen")]),
    ("ИРАН", [("★", "Тегеран", "Tehran"), ("●", "Казвин", "Qazvin")]),
    ("РОССИЯ", [("★", "Уфа", "Ufa")]),
    ("БЕЛАРУСЬ", [("★", "Минск", "Minsk")]),
]
BI_KIND = {"★": "sister", "◆": "friendship", "●": "partner"}
BI_ITEMS = [  # (title, partner, state, canonical, status)
    ("Коомдук транспорттун төлөм системасын санариптештирүү", "Шэньчжэнь", "Ишке ашырылып жатат", "Shenzhen",
     "in_progress"),
    ("«Жашыл шаар» бак тигүү акциясы", "Анкара", "Аяктады (сентябрь)", "Ankara", "completed"),
    ("Студенттер алмашуу программасы", "Үрүмчү", "Макулдашылды, 2026-жылы башталат", "Ürümqi", "agreed"),
    ("Туризм жармаңкеси", "Самсун", "Самсун тарабы сунуштады, каралып жатат", "Samsun", "proposed"),
    ("Суу түтүктөрүн жаңылоо боюнча тажрыйба алмашуу", "Тегеран", "Убактылуу токтотулду", "Tehran", "stalled"),
]


@document("156_bishkek_protokol_aptalyk_ish_plany_ky.pptx", split="dev", home="Bishkek", language="ky",
          features=["pptx", "Kyrgyz (Cyrillic with ң ө ү; Kyrgyz weekday names and '20-октябрь' dates)",
                    "a protocol office's weekly agenda deck: a table of the week (day · time · event · who · "
                    "responsible) with weekday dates and no year in the cells (the year from the title), next "
                    "week's plan, a slide of changes and cancellations, a reference slide of partners and a "
                    "project table; speaker notes", "visits: an incoming delegation across three table days "
                    "('Шейшемби, 21-октябрь – Бейшемби, 23-октябрь') with a dinner for it on the last day, an "
                    "ambassador's call ('Дүйшөмбү, 20-октябрь', a meeting), an outgoing trip '28–31-октябрь' in "
                    "next week's plan, a visit cancelled (not gold), a trip moved 'from November 2025 to March "
                    "2026' (outgoing, planned month), a video conference moved (not a visit)", "a deadline and a "
                    "council session as distractors", "partner tiles per country in which the kind is only a "
                    "symbol explained by a legend (★ бир туугандаш шаар = sister, ◆ достук жана кызматташтык шаары "
                    "= friendship, ● кызматташтык жөнүндө макулдашуу = partner); another Kyrgyz city's partners "
                    "named in the notes as not Bishkek's", "headline 'Бардыгы: 5 өлкөдөгү 11 шаар'",
                    "projects in a table with Kyrgyz states"])
def bishkek_deck():
    from pptx.util import Pt

    ties = [(sym, w, c) for _, cities in BI_TILES for sym, w, c in cities]
    canons = [c for _, _, c in ties]
    n, k = len(canons), _countries(canons)
    prs = new_deck()
    s = prs.slides.add_slide(prs.slide_layouts[6])
    textbox(s.shapes, 0.8, 1.6, 11.5, 1.0, ["Бишкек шаарынын мэриясы", "Тышкы байланыштар жана протокол бөлүмү"], 22)
    textbox(s.shapes, 0.8, 3.0, 11.5, 1.2, ["Апталык иш планы"], 40)
    textbox(s.shapes, 0.8, 4.3, 11.5, 0.8, ["2025-жылдын 20–26-октябры (43-апта)"], 24)
    s = titled_slide(prs, "Аптанын күн тартиби")
    week = [["Күнү", "Убактысы", "Иш-чара", "Катышат", "Жооптуу"],
            ["Дүйшөмбү, 20-октябрь", "10:00–10:45", "Түркия Республикасынын Кыргыз Республикасындагы Элчисин кабыл "
             "алуу (сылык-сыпаа жолугушуу)", "Мэр, бөлүм башчысы", "Протокол сектору"],
            ["Шейшемби, 21-октябрь – Бейшемби, 23-октябрь", "күнү бою", "Самсун шаарынын расмий делегациясынын "
             "сапары (7 киши, жетекчиси – вице-мэр): мэрия, Ала-Тоо аянты, Ош базары, жылуулук ишканасы",
             "Мэрдин орун басары", "Тышкы байланыштар сектору"],
            ["Шаршемби, 22-октябрь", "15:00", "Шаардык кеңештин туруктуу комиссиясынын отуруму (2026-жылдын "
             "бюджети)", "Бөлүм башчысы", "—"],
            ["Бейшемби, 23-октябрь", "19:00", "Самсун делегациясынын урматына расмий кечки тамак", "Мэр",
             "Протокол сектору"],
            ["Жума, 24-октябрь", "18:00гө чейин", "Уфа шаарындагы жаштар форумуна катышууга арыздарды кабыл алуунун "
             "акыркы мөөнөтү", "—", "Жаштар саясаты башкармалыгы"],
            ["Ишемби – Жекшемби", "", "Дем алыш күндөр", "", ""]]
    slide_table(s, week, 0.4, 1.4, 12.5, 12)
    s.notes_slide.notes_text_frame.text = (
        "Элчи менен жолугушууда Анкара жана Измир менен болгон долбоорлор, ошондой эле Самсун делегациясынын "
        "программасы талкууланат. Котормочу: түрк тили, 1 киши.")
    s = titled_slide(prs, "Кийинки апта (27-октябрь – 2-ноябрь): алдын ала план")
    textbox(s.shapes, 0.8, 1.6, 11.8, 4.5,
            ["• 27-октябрь, 09:00 – аппараттык кеңешме",
             "• 28–31-октябрь – мэриянын делегациясынын Үрүмчү шаарына сапары (эл аралык соода-экономикалык "
             "көргөзмө жана достук шаарлардын форуму); курамы: мэрдин биринчи орун басары баш болгон 4 киши",
             "• 29-октябрь, 10:00 – Бишкек шаардык кеңешинин кезексиз сессиясы"], 18)
    s = titled_slide(prs, "Өзгөртүүлөр жана жокко чыгарылган иш-чаралар")
    textbox(s.shapes, 0.8, 1.6, 11.8, 4.5,
            ["• Ухань шаарынын делегациясынын 4–6-ноябрга пландалган сапары кытай тараптын өтүнүчү боюнча жокко "
             "чыгарылды.",
             "• Мэриянын делегациясынын Казвин шаарына (Иран) сапары 2025-жылдын ноябрынан 2026-жылдын мартына "
             "жылдырылды; так күндөрү кийин такталат.",
             "• Минск шаарынын аткаруу комитети менен видеоконференция 5-ноябрдан 12-ноябрга жылдырылды."], 18)
    s = titled_slide(prs, "Маалымдама: Бишкектин бир туугандаш жана өнөктөш шаарлары")
    textbox(s.shapes, 0.6, 1.3, 12.0, 0.5, ["★ – бир туугандаш шаар     ◆ – достук жана кызматташтык шаары     "
                                            "● – кызматташтык жөнүндө макулдашуу"], 14)
    positions = [(0.6, 2.0), (3.1, 2.0), (5.6, 2.0), (8.1, 2.0), (10.6, 2.0)]
    for (left, top), (country, cities) in zip(positions, BI_TILES):
        box = textbox(s.shapes, left, top, 2.3, 3.2, [country] + [f"{sym} {w}" for sym, w, _ in cities], 16)
        for run in box.text_frame.paragraphs[0].runs:
            run.font.bold = True
            run.font.size = Pt(18)
    textbox(s.shapes, 0.6, 5.8, 12.0, 0.6, [f"Бардыгы: {k} өлкөдөгү {n} шаар"], 18)
    s.notes_slide.notes_text_frame.text = (
        "Ош шаарынын бир туугандаш шаарлары (Стамбул, Новосибирск ж.б.) бул тизмеге кирбейт – алар Ош шаарынын "
        "мэриясы аркылуу жүрөт.")
    s = titled_slide(prs, "Биргелешкен долбоорлордун абалы (24.10.2025-ж. карата)")
    rows = [["№", "Долбоор", "Өнөктөш шаар", "Абалы"]]
    rows += [[str(i), t, p, st] for i, (t, p, st, _, _) in enumerate(BI_ITEMS, 1)]
    slide_table(s, rows, 0.6, 1.5, 12.0, 14)
    gold = Gold(
        partnerships=[partner(w, c, BI_KIND[sym]) for sym, w, c in ties],
        engagements=[engagement("meeting", ["TR"], "Bishkek", "2025-10-20"),
                     engagement("incoming", ["Samsun"], "Bishkek", "2025-10-21", "2025-10-23"),
                     engagement("outgoing", ["Bishkek"], "Ürümqi", "2025-10-28", "2025-10-31"),
                     engagement("outgoing", ["Bishkek"], "Qazvin", "2026-03")],
        cooperation=[coop(t, st, ["Bishkek", c]) for t, _, _, c, st in BI_ITEMS],
        claims=[claim(f"Бардыгы: {k} өлкөдөгү {n} шаар", n, k, "all", "consistent")],
    )
    assert (n, k) == (11, 5)
    return deck_bytes(prs, "Апталык иш планы, 43-апта"), gold


# --------------------------------------------------------------------------- 157 Graz mayor's blog post (de, HTML)

GZ_SISTERS = [  # (as in the widget, country, canonical)
    ("Coventry", "Großbritannien", "Coventry"), ("Darmstadt", "Deutschland", "Darmstadt"),
    ("Dubrovnik", "Kroatien", "Dubrovnik"), ("Groningen", "Niederlande", "Groningen"),
    ("Ljubljana", "Slowenien", "Ljubljana"), ("Pécs", "Ungarn", "Pécs"), ("Timișoara", "Rumänien", "Timișoara"),
    ("Triest", "Italien", "Trieste"), ("Trondheim", "Norwegen", "Trondheim"),
]
GZ_ITEMS = [  # (title, state, canonical, status)
    ("Erfahrungsaustausch Fernwärme mit Trondheim", "läuft seit dem Frühjahr, die nächste Arbeitsrunde ist im "
     "Dezember", "Trondheim", "in_progress"),
    ("Gemeinsames Jugendorchester mit Pécs", "beschlossene Sache – die erste Probenwoche findet im Sommer 2026 in "
     "Graz statt", "Pécs", "agreed"),
    ("Hospitationsprogramm Radverkehr in Groningen", "haben uns die Groningerinnen und Groninger angeboten, wir "
     "prüfen das gerade", "Groningen", "proposed"),
    ("Architekturausstellung „Graz baut“ in Ljubljana", "abgeschlossen, mit über 8.000 Besucherinnen und "
     "Besuchern", "Ljubljana", "completed"),
    ("Schüleraustausch mit Coventry", "liegt derzeit auf Eis", "Coventry", "stalled"),
]


@document("157_graz_buergermeisterin_blog_partnerstaedte_de.html", split="dev", home="Graz", language="de",
          features=["html", "German (Austrian: 'Jänner', 'Triest')", "a mayor's blog post on the city's site: "
                    "byline with weekday and date, category and tags, a sidebar widget 'Unsere Partnerstädte' "
                    "(city and country per line), an archive by month with counts, readers' comments with "
                    "timestamps and the mayor's reply", "visits with relative dates against the post's date "
                    "(Friday 14 November 2025): 'Von Montag bis Mittwoch vergangener Woche … in Trondheim' "
                    "(outgoing, 3-5 November), 'Gestern hat mich der slowenische Generalkonsul … besucht' (a "
                    "meeting); 'Am 9. und 10. Oktober … aus Pécs bei uns zu Gast' (incoming); Groningen's visit "
                    "postponed from June to 'vom 26. bis 28. Jänner 2026' (incoming, rescheduled); a trip to "
                    "Coventry cancelled (not gold); a reader's choir trip in 2019 (not the city's)",
                    "partners: nine Partnerstädte only in the widget, in prose only as 'von Trondheim im Norden bis "
                    "Dubrovnik im Süden'; a Freundschaftsabkommen (friendship, Maribor) and a "
                    "Kooperationsvereinbarung (partner, Pula) only in the post's prose", "an inconsistent "
                    "headline 'neun Partnerstädte in acht Ländern' (nine countries), corrected by a reader in the "
                    "comments", "projects as a bulleted list 'title: state in a sentence' (five states)"])
def graz_html():
    canons = [c for _, _, c in GZ_SISTERS]
    assert (len(canons), _countries(canons)) == (9, 9)
    items = "".join(f"<li><strong>{t}:</strong> {s}.</li>" for t, s, _, _ in GZ_ITEMS)
    post = (
        '<article class="post">\n'
        "<h1>Städtepartnerschaften sind keine Dienstreisen mit Aussicht</h1>\n"
        '<p class="byline">Freitag, 14. November 2025 · Kategorie: <a href="/blog/kategorie/rathaus">Aus dem '
        'Rathaus</a> · <a href="#kommentare">4 Kommentare</a></p>\n'
        "<p>Liebe Grazerinnen und Grazer,</p>\n"
        "<p>immer wieder werde ich gefragt, wozu eine Stadt wie Graz eigentlich Partnerstädte braucht. Die ehrliche "
        "Antwort: weil wir von ihnen lernen – und sie von uns. Von Trondheim im Norden bis Dubrovnik im Süden: Graz "
        "hat neun Partnerstädte in acht Ländern. Dazu kommen ein Freundschaftsabkommen mit Maribor und eine "
        "Kooperationsvereinbarung mit Pula, die wir 2021 unterzeichnet haben.</p>\n"
        "<p>Von Montag bis Mittwoch vergangener Woche war ich mit einer kleinen Delegation in Trondheim. Die Stadt "
        "heizt fast ausschließlich mit Fernwärme aus Abfall und Abwärme, und genau dazu läuft unser "
        "Erfahrungsaustausch. Ich habe dort zwei Dinge gelernt: wie man Bürgerinnen und Bürger früh einbindet – und "
        "dass man im November in Norwegen ohne Stirnlampe nicht weit kommt.</p>\n"
        "<p>Am 9. und 10. Oktober waren Kolleginnen und Kollegen aus Pécs bei uns zu Gast. Gemeinsam mit der "
        "Kunstuniversität haben wir das Jugendorchester auf Schiene gebracht. Gestern hat mich der slowenische "
        "Generalkonsul im Rathaus besucht; wir haben über das Freundschaftsabkommen mit Maribor und über den "
        "Radweg entlang der Mur gesprochen.</p>\n"
        "<p>Nicht alles klappt: Die Reise nach Coventry, die für Ende September geplant war, mussten wir leider "
        "absagen – die Budgetklausur ging vor. Und der Besuch aus Groningen, ursprünglich für Juni geplant, wurde "
        "verschoben: Die Delegation kommt jetzt vom 26. bis 28. Jänner 2026.</p>\n"
        "<h2>Was konkret daraus wird</h2>\n"
        f"<ul>{items}</ul>\n"
        "<p>Partnerschaften kosten Geld, ja – heuer rund 140.000 Euro, weniger als ein Promille des Budgets. Ich "
        "finde, sie sind es wert. Schreiben Sie mir gern, was Sie davon halten.</p>\n"
        '<p class="sig">Ihre Bürgermeisterin</p>\n'
        '<p class="tags">Schlagwörter: <a href="/blog/tag/partnerstaedte">Partnerstädte</a>, '
        '<a href="/blog/tag/europa">Europa</a>, <a href="/blog/tag/klima">Klima</a></p>\n'
        "</article>\n")
    comments = [
        ("Maria K.", "14. November 2025 um 18:40", "Schön zu lesen! Wann kommt endlich eine Partnerschaft mit "
         "Salzburg? 😄"),
        ("Thomas W.", "15. November 2025 um 08:12", "Kleine Korrektur: Es sind neun Partnerstädte in neun "
         "Ländern, nicht acht – jede liegt in einem anderen Land."),
        ("Bürgermeisterin", "15. November 2025 um 09:30", "Danke, Herr W., Sie haben recht!"),
        ("Sandra P.", "16. November 2025 um 20:05", "Unser Chor war 2019 in Dubrovnik, eine wunderbare Reise. "
         "Gibt es für Vereine Förderungen?"),
    ]
    ctext = "".join(f'<li class="comment"><p class="who">{w} · <time>{t}</time></p><p>{c}</p></li>'
                    for w, t, c in comments)
    main = (
        '<nav class="breadcrumb">Startseite › Rathaus › Blog der Bürgermeisterin</nav>\n'
        f"{post}"
        f'<section id="kommentare"><h2>4 Kommentare</h2><ol class="comments">{ctext}</ol>'
        '<p class="note">Kommentare werden vor der Veröffentlichung moderiert.</p></section>')
    widget = "".join(f"<li>{w} <span class=\"land\">({c})</span></li>" for w, c, _ in GZ_SISTERS)
    aside = (f'<section class="widget"><h3>Unsere Partnerstädte</h3><ul>{widget}</ul></section>'
             '<section class="widget"><h3>Archiv</h3><ul><li>November 2025 (2)</li><li>Oktober 2025 (4)</li>'
             "<li>September 2025 (3)</li><li>August 2025 (1)</li></ul></section>"
             '<section class="widget"><h3>Termine im Rathaus</h3><ul><li>20. November 2025: Gemeinderat</li>'
             "<li>27. November 2025: Bürgerinnensprechstunde</li></ul></section>")
    nav = ('<a href="/">Startseite</a> <a href="/buergerservice">Bürgerservice</a> <a href="/rathaus">Rathaus</a> '
           '<a href="/blog">Blog</a> <a href="/en">English</a>')
    footer = "<p>Stadt Graz · Rathaus, Hauptplatz 1, 8011 Graz · Impressum · Datenschutz · Barrierefreiheit</p>"
    html = html_page("de-AT", "Städtepartnerschaften sind keine Dienstreisen mit Aussicht – Blog der "
                     "Bürgermeisterin – Stadt Graz", nav, main, aside, footer)
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, _, c in GZ_SISTERS]
        + [partner("Maribor", "Maribor", "friendship"), partner("Pula", "Pula", "partner")],
        engagements=[engagement("outgoing", ["Graz"], "Trondheim", "2025-11-03", "2025-11-05"),
                     engagement("incoming", ["Pécs"], "Graz", "2025-10-09", "2025-10-10"),
                     engagement("meeting", ["SI"], "Graz", "2025-11-13"),
                     engagement("incoming", ["Groningen"], "Graz", "2026-01-26", "2026-01-28")],
        cooperation=[coop(t, st, ["Graz", c]) for t, _, c, st in GZ_ITEMS],
        claims=[claim("neun Partnerstädte in acht Ländern", 9, 8, "sister", "inconsistent")],
    )
    return html, gold


# --------------------------------------------------------------------------- 158 Addis Ababa e-mail with fact sheets (am, EML + DOCX)

_ETH_EPOCH = dt.date(2025, 9, 11).toordinal() - (365 * 2017 + 2018 // 4 + 1)  # 1 Meskerem 2018 = 11 Sep 2025


def ethiopian(year: int, month: int, day: int) -> str:
    """An Ethiopian (E.C.) date as an ISO Gregorian date (the gold of the Amharic document)."""
    return dt.date.fromordinal(_ETH_EPOCH + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day).isoformat()


AA_TIES = [  # (Amharic name, country, kind word, year E.C., canonical, kind)
    ("ላይፕዚግ", "ጀርመን", "እህትማማች ከተማ", 1996, "Leipzig", "sister"),
    ("ቤጂንግ", "ቻይና", "እህትማማች ከተማ", 2000, "Beijing", "sister"),
    ("ጆሃንስበርግ", "ደቡብ አፍሪካ", "እህትማማች ከተማ", 2005, "Johannesburg", "sister"),
    ("ዋሽንግተን ዲ.ሲ.", "አሜሪካ", "እህትማማች ከተማ", 2006, "Washington", "sister"),
    ("አንካራ", "ቱርክ", "እህትማማች ከተማ", 2009, "Ankara", "sister"),
    ("ቹንቾን", "ደቡብ ኮሪያ", "የወዳጅነት ስምምነት", 2012, "Chuncheon", "friendship"),
    ("ናይሮቢ", "ኬንያ", "የወዳጅነት ስምምነት", 2014, "Nairobi", "friendship"),
    ("ሊዮን", "ፈረንሳይ", "የትብብር መግባቢያ ሰነድ", 2016, "Lyon", "partner"),
]
AA_SHEET = {  # canonical -> (areas, project or None, state, status, last visit)
    "Leipzig": ("ቆሻሻ አወጋገድ፣ የሙያ ሥልጠና", "የቆሻሻ አወጋገድ ሥልጠና ፕሮግራም", "በሂደት ላይ", "in_progress",
                "ከመስከረም 26 እስከ 28 ቀን 2018 ዓ.ም. (ልዑክ ወደ አዲስ አበባ)"),
    "Beijing": ("ትራንስፖርት፣ የከተማ መሠረተ ልማት", "የቀላል ባቡር ጥገና ሠራተኞች ሥልጠና", "ተጠናቋል", "completed", "—"),
    "Johannesburg": ("የሕዝብ ትራንስፖርት", "የፈጣን አውቶቡስ (BRT) ልምድ ልውውጥ", "ለጊዜው ቆሟል", "stalled", "—"),
    "Washington": ("ጤና፣ የከተማ አስተዳደር", None, "", "", "—"),
    "Ankara": ("ስፖርት፣ ወጣቶች", "የወጣቶች ስፖርት ልውውጥ", "በበጀት እጥረት ምክንያት ቀርቷል", "dropped", "—"),
    "Chuncheon": ("አረንጓዴ ልማት፣ ቱሪዝም", "የከተማ አረንጓዴ ልማት ፕሮጀክት", "ሁለቱም ወገኖች ተስማምተዋል፤ በ2018 ዓ.ም. ይጀመራል",
                  "agreed", "ከነሐሴ 25 እስከ 29 ቀን 2017 ዓ.ም. (የአዲስ አበባ ልዑክ ወደ ቹንቾን)"),
    "Nairobi": ("የከተማ ፕላን", None, "", "", "—"),
    "Lyon": ("ቅርስ ጥበቃ፣ ባህል", "የታሪካዊ ቅርሶች ጥበቃ ትብብር", "በሊዮን በኩል የቀረበ ሀሳብ፤ እየታየ ነው", "proposed", "—"),
}


def _addis_docx() -> bytes:
    doc = new_docx()
    doc.add_paragraph("የአዲስ አበባ ከተማ አስተዳደር\nዓለም አቀፍ ግንኙነት ጽ/ቤት")
    doc.add_heading("የእህትማማች፣ የወዳጅነት እና የትብብር ከተሞች መረጃ ማጠቃለያ (Fact Sheet)", level=1)
    doc.add_paragraph("ጥቅምት 2018 ዓ.ም. — ለውስጥ አገልግሎት ብቻ")
    for i, (w, country, kw, year, canon, _) in enumerate(AA_TIES, 1):
        areas, project, state, _, last = AA_SHEET[canon]
        doc.add_heading(f"{i}. {w} ({country})", level=2)
        rows = [["የግንኙነት ዓይነት", kw], ["የተመሠረተበት ዓመት", f"{year} ዓ.ም."], ["ዋና የትብብር መስኮች", areas],
                ["ወቅታዊ ፕሮጀክት እና ሁኔታ", f"{project} — {state}" if project else "—"], ["የመጨረሻ ጉብኝት", last]]
        docx_table(doc, rows)
    doc.add_paragraph("ማሳሰቢያ፦ ዓመታት በኢትዮጵያ የዘመን አቆጣጠር ተገልጸዋል።")
    return docx_bytes(doc, "የእህትማማች ከተሞች መረጃ ማጠቃለያ")


@document("158_addis_abeba_ehitmamach_ketemoch_mereja_am.eml", split="dev", home="Addis Ababa", language="am",
          encoding="utf-8",
          features=["eml (multipart/mixed: multipart/alternative with UTF-8 base64 plain text and HTML, and a "
                    "DOCX attachment)", "Amharic (Ethiopic script)", "Ethiopian-calendar dates (ዓ.ም.) in the "
                    "text, Gregorian only in the Date: header: 'ከመስከረም 26 እስከ 28 ቀን 2018 ዓ.ም.' (incoming, "
                    "6-8 October 2025), 'ከነሐሴ 25 እስከ 29 ቀን 2017 ዓ.ም.' (outgoing, 31 August - 4 September 2025, "
                    "across Gregorian months and years of the Ethiopian calendar), 'ጥቅምት 4 ቀን 2018 ዓ.ም.' (the "
                    "French ambassador, a meeting), 'ከጥር 12 እስከ 14 ቀን 2018 ዓ.ም.' (incoming, planned, January "
                    "2026, 'the day after Timket'); a visit cancelled (not gold)", "a cover letter in e-mail form "
                    "(subject line 'ጉዳዩ፦', reference to a letter's date, a reply deadline as distractors) with the "
                    "count 'በ8 ሀገራት ከሚገኙ 8 ከተሞች' (consistent)", "the attachment: one fact sheet per partner "
                    "city (heading 'n. city (country)' and a two-column table: kind, year E.C., areas, current "
                    "project and state, last visit); እህትማማች ከተማ = sister, የወዳጅነት ስምምነት = friendship, "
                    "የትብብር መግባቢያ ሰነድ = partner", "projects only in the fact sheets, 'project — state' with "
                    "Amharic states (six states)"])
def addis_email():
    canons = [t[4] for t in AA_TIES]
    n, k = len(canons), _countries(canons)
    paras = [
        "ለክቡር የከንቲባ ጽ/ቤት ኃላፊ\nአዲስ አበባ",
        "ቀን፦ ጥቅምት 13 ቀን 2018 ዓ.ም.",
        "ጉዳዩ፦ የእህትማማች ከተሞች መረጃ ማጠቃለያ (Fact Sheet) ስለመላክ",
        "ጥቅምት 10 ቀን 2018 ዓ.ም. በተጻፈ ደብዳቤ በጠየቁት መሠረት፣ አዲስ አበባ የእህትማማችነት፣ የወዳጅነት እና የትብብር "
        "ግንኙነት ያላት ከተሞች መረጃ ማጠቃለያ ከዚህ ኢሜይል ጋር ተያይዞ ተልኳል። አዲስ አበባ በአሁኑ ወቅት "
        f"በ{k} ሀገራት ከሚገኙ {n} ከተሞች ጋር መደበኛ ግንኙነት አላት።",
        "የቅርብ ጊዜ ጉብኝቶችና ቀጣይ ፕሮግራሞች፦",
        "1. ከላይፕዚግ ከተማ የመጣ ባለ ስድስት አባላት ልዑክ ከመስከረም 26 እስከ 28 ቀን 2018 ዓ.ም. በአዲስ አበባ ቆይታ አድርጓል። "
        "ልዑኩ የቆሻሻ አወጋገድ ሥልጠና ፕሮግራሙን ገምግሟል።",
        "2. በምክትል ከንቲባው የተመራ የከተማ አስተዳደሩ ልዑክ ከነሐሴ 25 እስከ 29 ቀን 2017 ዓ.ም. በቹንቾን ከተማ (ደቡብ ኮሪያ) "
        "የሥራ ጉብኝት አድርጓል።",
        "3. በኢትዮጵያ የፈረንሳይ አምባሳደር ጥቅምት 4 ቀን 2018 ዓ.ም. ከክብርት ከንቲባ ጋር ተወያይተዋል፤ በውይይቱም ከሊዮን ከተማ ጋር "
        "ስለታቀደው የቅርስ ጥበቃ ትብብር ተነስቷል።",
        "4. ከጥቅምት 18 እስከ 20 ቀን 2018 ዓ.ም. ሊደረግ ታቅዶ የነበረው የናይሮቢ ከተማ ልዑክ ጉብኝት በናይሮቢ በኩል በተፈጠረ የፕሮግራም "
        "መደራረብ ምክንያት ተሰርዟል።",
        "5. የሊዮን ከተማ ልዑክ ከጥምቀት በዓል ማግስት ከጥር 12 እስከ 14 ቀን 2018 ዓ.ም. አዲስ አበባን እንደሚጎበኝ የሊዮን ከተማ "
        "ዓለም አቀፍ ግንኙነት ክፍል አሳውቋል።",
        "የመረጃ ማጠቃለያው ለኅዳር ወር የካቢኔ ስብሰባ እንዲደርስ፣ አስተያየትዎን እስከ ጥቅምት 20 ቀን 2018 ዓ.ም. ድረስ ቢያደርሱን "
        "እናመሰግናለን።",
        "ከሰላምታ ጋር\nሰላማዊት ተስፋዬ\nዓለም አቀፍ ግንኙነት ጽ/ቤት ኃላፊ\nየአዲስ አበባ ከተማ አስተዳደር\nስልክ፦ +251 11 000 0000",
    ]
    plain = "\n\n".join(paras) + "\n"
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family: \'Nyala\', \'Abyssinica SIL\', '
            'sans-serif">' + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paras) + "</body></html>\n")
    msg = EmailMessage()
    msg["From"] = "ዓለም አቀፍ ግንኙነት ጽ/ቤት <intl.relations@addisababa.example>"
    msg["To"] = "የከንቲባ ጽ/ቤት <mayor.office@addisababa.example>"
    msg["Subject"] = "የእህትማማች ከተሞች መረጃ ማጠቃለያ እና የጉብኝት መርሃ ግብር"
    msg["Date"] = "Thu, 23 Oct 2025 10:15:00 +0300"
    msg["Message-ID"] = "<corpus-158@addisababa.example>"
    msg.set_content(plain, charset="utf-8", cte="base64")
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="base64")
    msg.add_attachment(_addis_docx(), maintype="application",
                       subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                       filename="ehitmamach_ketemoch_fact_sheet_tikimt_2018.docx")
    items = [(AA_SHEET[c][1], AA_SHEET[c][3], c) for c in canons if AA_SHEET[c][1]]
    gold = Gold(
        partnerships=[partner(w, c, kd) for w, _, _, _, c, kd in AA_TIES],
        engagements=[engagement("incoming", ["Leipzig"], "Addis Ababa", ethiopian(2018, 1, 26), ethiopian(2018, 1, 28)),
                     engagement("outgoing", ["Addis Ababa"], "Chuncheon", ethiopian(2017, 12, 25),
                                ethiopian(2017, 12, 29)),
                     engagement("meeting", ["FR"], "Addis Ababa", ethiopian(2018, 2, 4)),
                     engagement("incoming", ["Lyon"], "Addis Ababa", ethiopian(2018, 5, 12), ethiopian(2018, 5, 14))],
        cooperation=[coop(t, st, ["Addis Ababa", c]) for t, st, c in items],
        claims=[claim(f"በ{k} ሀገራት ከሚገኙ {n} ከተሞች", n, k, "all", "consistent")],
    )
    assert (n, k, len(items)) == (8, 8, 6)
    assert [ethiopian(2018, 1, 26), ethiopian(2017, 12, 25), ethiopian(2017, 12, 29), ethiopian(2018, 2, 4),
            ethiopian(2018, 5, 11), ethiopian(2018, 2, 13)] == ["2025-10-06", "2025-08-31", "2025-09-04",
                                                               "2025-10-14", "2026-01-19", "2025-10-23"]
    return eml_bytes(msg), gold
