"""Corpus documents 95-98 (test split; see docs/evaluation.md and corpus/TEST_SPLIT.md).

Fifth batch, written on 2026-11-30 with the dev documents 85-94 (``corpus_docs_85_94.py``) by someone who
did not write the rules: new homes (Tampere, Iași, Bergen, Szeged), three new languages (Finnish,
Romanian in ISO-8859-16, Norwegian; Hungarian in ISO-8859-2) and new layouts. Partner pairs are taken
from ``../shared/data/twin-cities`` where it has them (a few are added); kinds, years, visits, dates and
cooperation items are invented. Rule writers: do not read this module.
"""

from __future__ import annotations

from email.message import EmailMessage

from corpus_common import (PLACES, Gold, Spec, claim, coop, deck_bytes, docx_bytes, docx_table, eml_bytes,
                           engagement, minimal_pdf, new_deck, new_docx, partner, registrar, slide_table, textbox,
                           titled_slide)
from corpus_docs_43_49 import add_places

SPECS: list[Spec] = []
document = registrar(SPECS)

add_places({
    # homes (Bergen is already in the table as a partner, with the same value)
    "Tampere": ("FI", "gn:634963"), "Iași": ("RO", "gn:675810"), "Bergen": ("NO", "gn:3161732"),
    "Szeged": ("HU", "gn:715429"),
    # partners
    "Trondheim": ("NO", "gn:3133880"), "Norrköping": ("SE", "gn:2688368"), "Odense": ("DK", "gn:2615876"),
    "Kópavogur": ("IS", "gn:3415212"), "Tartu": ("EE", "gn:588335"), "Kaunas": ("LT", "gn:598316"),
    "Łódź": ("PL", "gn:3093133"), "Olomouc": ("CZ", "gn:3069011"), "Miskolc": ("HU", "gn:717582"),
    "Brașov": ("RO", "gn:683844"), "Chemnitz": ("DE", "gn:2940132"), "Kyiv": ("UA", "gn:703448"),
    "Syracuse": ("US", "gn:5140405"), "Guangzhou": ("CN", "gn:1809858"), "Mwanza": ("TZ", "gn:152224"),
    "Poitiers": ("FR", "gn:2986495"), "Villeneuve-d'Ascq": ("FR", "gn:6543862"), "Padua": ("IT", "gn:3171728"),
    "Chișinău": ("MD", "gn:618426"), "Chernivtsi": ("UA", "gn:710719"), "Veliko Tarnovo": ("BG", "gn:725993"),
    "Ashdod": ("IL", "gn:295629"), "Athens (US)": ("US", "gn:4180386"), "Monterrey": ("MX", "gn:3995465"),
    "Xi'an": ("CN", "gn:1790630"), "Isfahan": ("IR", "gn:418863"), "Ungheni": ("MD", "gn:617180"),
    "Peristeri": ("GR", "gn:255524"), "Gothenburg": ("SE", "gn:2711537"), "Aarhus": ("DK", "gn:2624652"),
    "Turku": ("FI", "gn:633679"), "Newcastle upon Tyne": ("GB", "gn:2641673"), "Seattle": ("US", "gn:5809844"),
    "Rostock": ("DE", "gn:2844588"), "Qingdao": ("CN", "gn:1797929"), "Cambridge": ("GB", "gn:2653941"),
    "Darmstadt": ("DE", "gn:2938913"), "Nice": ("FR", "gn:2990440"), "Odesa": ("UA", "gn:698740"),
    "Parma": ("IT", "gn:3171457"), "Rakhiv": ("UA", "gn:695859"), "Subotica": ("RS", "gn:3189595"),
    "Timișoara": ("RO", "gn:665087"), "Târgu Mureș": ("RO", "gn:665004"), "Toledo (US)": ("US", "gn:5174035"),
    "Weinan": ("CN", "gn:1791636"), "Kotor": ("ME", "gn:3197538"), "Larnaca": ("CY", "gn:146400"),
})


def _countries(canons) -> int:
    return len({PLACES[c][0] for c in canons})


# --------------------------------------------------------------------------- 95 Tampere map legend (fi, PPTX)

TAMPERE = [  # (no., as written, country, canonical, kind, marker left, marker top) - markers follow a map
    (1, "Trondheim", "Norja", "Trondheim", "sister", 5.55, 1.75),
    (2, "Norrköping", "Ruotsi", "Norrköping", "sister", 6.05, 2.55),
    (3, "Odense", "Tanska", "Odense", "sister", 5.6, 2.95),
    (4, "Kópavogur", "Islanti", "Kópavogur", "sister", 4.2, 1.55),
    (5, "Tartto", "Viro", "Tartu", "sister", 6.95, 2.45),
    (6, "Kaunas", "Liettua", "Kaunas", "sister", 6.8, 2.95),
    (7, "Łódź", "Puola", "Łódź", "sister", 6.5, 3.35),
    (8, "Olomouc", "Tšekki", "Olomouc", "sister", 6.25, 3.65),
    (9, "Miskolc", "Unkari", "Miskolc", "sister", 6.75, 3.8),
    (10, "Brașov", "Romania", "Brașov", "sister", 7.15, 4.15),
    (11, "Chemnitz", "Saksa", "Chemnitz", "sister", 5.85, 3.5),
    (12, "Kiova", "Ukraina", "Kyiv", "sister", 7.5, 3.45),
    (13, "Syracuse", "Yhdysvallat", "Syracuse", "sister", 1.6, 3.4),
    (14, "Guangzhou", "Kiina", "Guangzhou", "partner", 10.6, 4.6),
    (15, "Mwanza", "Tansania", "Mwanza", "partner", 7.6, 5.7),
]
TAMPERE_ITEMS = [("Kiertotalouden kumppanuus", "Norrköping", "käynnissä", "in_progress", "Norrköping"),
                 ("Nuorisovaihto 2026", "Kaunas", "sovittu", "agreed", "Kaunas"),
                 ("Tekoälyosaamisen koulutusvienti", "Guangzhou", "Guangzhoun ehdotus", "proposed", "Guangzhou"),
                 ("Koulujen jälleenrakennus", "Kiova", "käynnissä", "in_progress", "Kyiv"),
                 ("Vesihuoltohanke", "Mwanza", "päättynyt 2024", "completed", "Mwanza")]


@document("95_tampere_ystavyyskaupungit_kartta_fi.pptx", split="test", home="Tampere", language="fi",
          features=["pptx", "Finnish", "world-map slide: numbered markers placed by geography, a legend box with "
                    "'number symbol City, Country' lines and a symbol key (● ystävyyskaupunki = sister, ◆ "
                    "yhteistyökaupunki = partner)", "Finnish exonyms (Tartto, Kiova) and inflected forms "
                    "(Trondheimin, Olomouciin, Guangzhoun)", "'2.–4.4.2025', '16.–18.9.2025'", "an ambassador's "
                    "visit (meeting, country as the visiting party)", "a registration deadline", "headline "
                    "'13 ystävyyskaupunkia 13 maassa'", "project table with Finnish statuses; speaker notes"])
def tampere_deck():
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Inches, Pt

    sisters = [c for _, _, _, c, k, _, _ in TAMPERE if k == "sister"]
    prs = new_deck()
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Tampereen kaupungin kansainvälinen toiminta"
    s.placeholders[1].text = "Kaupunginhallituksen iltakoulu 3.3.2025 · Konsernihallinto, kansainväliset asiat"
    s = titled_slide(prs, "Ystävyys- ja yhteistyökaupungit")
    world = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(0.4), Inches(1.3), Inches(8.6), Inches(5.6))
    world.fill.solid()
    world.fill.fore_color.rgb = RGBColor(0xE4, 0xEF, 0xF6)
    world.line.fill.background()
    home = s.shapes.add_shape(MSO_SHAPE.STAR_5_POINT, Inches(6.45), Inches(1.9), Inches(0.3), Inches(0.3))
    home.text_frame.text = ""
    textbox(s.shapes, 6.75, 1.8, 1.2, 0.4, ["Tampere"], size=11)
    for no, _, _, _, kind, left, top in TAMPERE:
        shape = MSO_SHAPE.OVAL if kind == "sister" else MSO_SHAPE.DIAMOND
        m = s.shapes.add_shape(shape, Inches(left), Inches(top), Inches(0.32), Inches(0.32))
        m.text_frame.text = str(no)
        m.text_frame.paragraphs[0].runs[0].font.size = Pt(8)
    legend = ["Selite", "● ystävyyskaupunki   ◆ yhteistyökaupunki", ""]
    legend += [f"{no} {'●' if k == 'sister' else '◆'} {w}, {c}" for no, w, c, _, k, _, _ in TAMPERE]
    textbox(s.shapes, 9.3, 1.3, 3.8, 5.6, legend, size=11)
    textbox(s.shapes, 0.5, 6.95, 8.5, 0.4,
            [f"Tampereella on {len(sisters)} ystävyyskaupunkia {_countries(sisters)} maassa"], size=14)
    s.notes_slide.notes_text_frame.text = ("Kartan numerot viittaavat selitteen numeroihin. Yhteistyökaupunkien "
                                           "kanssa on erillinen yhteistyösopimus, ei ystävyyskaupunkisopimusta.")
    s = titled_slide(prs, "Vierailut 2025")
    textbox(s.shapes, 0.7, 1.5, 12, 4, [
        "• Trondheimin kaupungin valtuuskunta Tampereella 2.–4.4.2025 (kiertotalous, raitiotie)",
        "• Kiinan suurlähettilään vierailu kaupungintalolla 22.5.2025",
        "• Pormestarin vierailu Olomouciin 16.–18.9.2025 (ystävyyskaupunkisopimuksen vuosipäivä)",
        "• Pohjoismainen ystävyyskaupunkiviikko Tampereella: ilmoittautuminen päättyy 30.4.2025",
    ], size=18)
    s = titled_slide(prs, "Yhteistyöhankkeet")
    slide_table(s, [["Hanke", "Kumppani", "Tila"]] + [[t, p, st] for t, p, st, _, _ in TAMPERE_ITEMS],
                0.8, 1.6, 11.5)
    gold = Gold(
        partnerships=[partner(w, c, k, no) for no, w, _, c, k, _, _ in TAMPERE],
        engagements=[engagement("incoming", ["Trondheim"], "Tampere", "2025-04-02", "2025-04-04"),
                     engagement("meeting", ["CN"], "Tampere", "2025-05-22"),
                     engagement("outgoing", ["Tampere"], "Olomouc", "2025-09-16", "2025-09-18")],
        cooperation=[coop(t, s, ["Tampere", c]) for t, _, _, s, c in TAMPERE_ITEMS],
        claims=[claim(f"{len(sisters)} ystävyyskaupunkia {_countries(sisters)} maassa", len(sisters),
                      _countries(sisters), "sister", "consistent")],
    )
    return deck_bytes(prs, "Tampereen kansainvälinen toiminta"), gold


# --------------------------------------------------------------------------- 96 Iași e-mail (ro + en, ISO-8859-16)

IASI = [("Poitiers", "Poitiers"), ("Villeneuve-d'Ascq", "Villeneuve-d'Ascq"), ("Padova", "Padua"),
        ("Chișinău", "Chișinău"), ("Cernăuți", "Chernivtsi"), ("Veliko Tărnovo", "Veliko Tarnovo"),
        ("Ashdod", "Ashdod"), ("Athens", "Athens (US)"), ("Monterrey", "Monterrey"), ("Xi'an", "Xi'an"),
        ("Isfahan", "Isfahan")]
IASI_ITEMS = [("Schimb de studenți / Student exchange", "Poitiers", "în derulare / ongoing", "in_progress",
               "Poitiers"),
              ("Festivalul Francofoniei / Francophonie festival", "Poitiers", "convenit / agreed", "agreed",
               "Poitiers"),
              ("Digitalizarea arhivelor / Archive digitisation", "Padova", "propus de partea italiană / proposed "
               "by Padua", "proposed", "Padua"),
              ("Autobuze electrice / Electric buses", "Chișinău", "finalizat / completed", "completed", "Chișinău")]


def iasi_programme_docx() -> bytes:
    doc = new_docx()
    doc.add_heading("Program vizită delegație Poitiers / Visit programme, Poitiers delegation", level=1)
    docx_table(doc, [["Data / Date", "Ora / Time", "Activitate / Activity"],
                     ["06.10.2025", "18:00", "Sosire, cină oficială / Arrival, official dinner"],
                     ["07.10.2025", "10:00", "Întâlnire cu primarul / Meeting with the Mayor (Palatul Roznovanu)"],
                     ["07.10.2025", "15:00", "Universitatea „Alexandru Ioan Cuza”: schimb de studenți"],
                     ["08.10.2025", "11:00", "Plecare / Departure"]])
    doc.add_heading("Proiecte comune / Joint projects", level=2)
    docx_table(doc, [["Proiect / Project", "Partener / Partner", "Stadiu / Status"]]
               + [[t, p, s] for t, p, s, _, _ in IASI_ITEMS])
    return docx_bytes(doc, "Program vizită Poitiers")


@document("96_iasi_vizita_poitiers_fwd_iso8859-16.eml", split="test", home="Iași", language="ro",
          encoding="iso-8859-16",
          features=["eml", "Romanian with a forwarded English message", "ISO-8859-16, quoted-printable",
                    "DOCX attachment: bilingual programme (dd.mm.yyyy) and a joint-projects table with bilingual "
                    "statuses", "orașe înfrățite = sister, acorduri de cooperare = partner, inline with countries",
                    "Romanian exonyms (Padova, Cernăuți, Veliko Tărnovo); Athens in Georgia, USA", "'în perioada "
                    "6-8 octombrie 2025'; 'Monday 6 October … Wednesday 8 October' (year from Date:)", "an "
                    "ambassador's courtesy call (meeting, country as the visiting party); a one-day outgoing visit",
                    "a reply deadline", "headline '11 orașe înfrățite din 10 țări'"])
def iasi_email():
    sisters = [c for _, c in IASI]
    msg = EmailMessage()
    msg["From"] = "Direcția Relații Internaționale <relatii.internationale@primaria-iasi.example>"
    msg["To"] = "Cabinet Primar <cabinet@primaria-iasi.example>"
    msg["Subject"] = "Fw: Visit of the Poitiers delegation / Vizita delegației din Poitiers, 6-8 octombrie"
    msg["Date"] = "Wed, 03 Sep 2025 11:20:00 +0300"
    msg["Message-ID"] = "<corpus-96@primaria-iasi.example>"
    msg.set_content(
        "Bună ziua,\n\n"
        "Vă transmit mai jos confirmarea primită ieri de la Primăria din Poitiers. Delegația (8 persoane,\n"
        "condusă de viceprimarul responsabil cu relațiile internaționale) va fi la Iași în perioada\n"
        "6-8 octombrie 2025. Programul propus și lista proiectelor comune sunt atașate.\n\n"
        "Vă rugăm să confirmați participarea domnului primar la întâlnirea din 7 octombrie până la data de\n"
        "15 septembrie 2025.\n\n"
        "Alte puncte din agenda internațională:\n"
        "- Ambasadorul Italiei la București va face o vizită de curtoazie la Primărie pe 24 septembrie 2025.\n"
        "- Primarul va participa la Forumul orașelor înfrățite de la Chișinău, pe 20 noiembrie 2025.\n\n"
        f"Pentru informare: Iașul are {len(sisters)} orașe înfrățite din {_countries(sisters)} țări: Poitiers și\n"
        "Villeneuve-d'Ascq (Franța), Padova (Italia), Chișinău (Republica Moldova), Cernăuți (Ucraina), Veliko\n"
        "Tărnovo (Bulgaria), Ashdod (Israel), Athens (Georgia, SUA), Monterrey (Mexic), Xi'an (China) și Isfahan\n"
        "(Iran). Acorduri de cooperare au fost semnate cu Ungheni (Republica Moldova) și Peristeri (Grecia).\n\n"
        "Cu stimă,\n"
        "Ioana Popescu\n"
        "Direcția Relații Internaționale, Primăria Municipiului Iași\n\n"
        "---------- Forwarded message ---------\n"
        "From: Claire Dubois <c.dubois@poitiers.example>\n"
        "Date: Tue, Sep 2, 2025 at 5:02 PM\n"
        "Subject: Visit of the Poitiers delegation\n"
        "To: <relatii.internationale@primaria-iasi.example>\n\n"
        "Dear colleagues,\n\n"
        "We are delighted to confirm that our delegation will arrive in Iași on Monday 6 October and leave on\n"
        "Wednesday 8 October. The Deputy Mayor would like to review the student exchange, which has been running\n"
        "since 2023, and to sign the agreement on the Francophonie festival, which both sides have now approved.\n\n"
        "Best regards,\n"
        "Claire Dubois\n"
        "Relations internationales, Ville de Poitiers\n", charset="iso-8859-16", cte="quoted-printable")
    msg.add_attachment(iasi_programme_docx(), maintype="application",
                       subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                       filename="Program_vizita_Poitiers.docx")
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, c in IASI]
        + [partner("Ungheni", "Ungheni", "partner"), partner("Peristeri", "Peristeri", "partner")],
        engagements=[engagement("incoming", ["Poitiers"], "Iași", "2025-10-06", "2025-10-08"),
                     engagement("meeting", ["IT"], "Iași", "2025-09-24"),
                     engagement("outgoing", ["Iași"], "Chișinău", "2025-11-20")],
        cooperation=[coop(t, s, ["Iași", c]) for t, _, _, s, c in IASI_ITEMS],
        claims=[claim(f"{len(sisters)} orașe înfrățite din {_countries(sisters)} țări", len(sisters),
                      _countries(sisters), "sister", "consistent")],
    )
    return eml_bytes(msg), gold


# --------------------------------------------------------------------------- 97 Bergen anniversary memo (nb, PDF)

BERGEN = [  # (as written, country, since, anniversary line, canonical)
    ("Göteborg", "Sverige", 1946, "80-årsjubileum i 2026", "Gothenburg"),
    ("Århus", "Danmark", 1946, "80-årsjubileum i 2026", "Aarhus"),
    ("Åbo", "Finland", 1946, "80-årsjubileum i 2026", "Turku"),
    ("Rostock", "Tyskland", 1965, "60 år ble markert i 2025", "Rostock"),
    ("Seattle", "USA", 1967, "60-årsjubileum i 2027", "Seattle"),
    ("Newcastle upon Tyne", "Storbritannia", 1968, "60-årsjubileum i 2028", "Newcastle upon Tyne"),
]
BERGEN_ITEMS = [("Felles nordisk kulturprogram for 80-årsjubileet", "foreslått av Göteborg, ikke behandlet",
                 "proposed", "Gothenburg"),
                ("Havneutviklingsnettverk med Rostock", "pågår", "in_progress", "Rostock"),
                ("Studentutveksling med Åbo", "avtalt fra høsten 2026", "agreed", "Turku"),
                ("Næringslivssamarbeid med Qingdao", "stilt i bero siden 2020", "stalled", "Qingdao")]


@document("97_bergen_notat_vennskapsbyer_jubileer_nb.pdf", split="test", home="Bergen", language="nb",
          handwritten=True,
          features=["pdf (hand-written, Helvetica)", "Norwegian (bokmål)", "memo (NOTAT: Til / Fra / Dato / Sak)",
                    "partners listed with signing year and anniversary ('80-årsjubileum i 2026'): years that are "
                    "neither visits nor counts", "vennskapsbyer (søsterbyer) = sister, samarbeidsavtale = partner",
                    "Nordic exonyms (Göteborg, Århus, Åbo)", "'19.-21. mai 2026', '10.-11. juni 2026'",
                    "a deadline and a council date (dd.mm.yyyy) that are not visits", "headline 'seks "
                    "vennskapsbyer' in words", "numbered proposals with statuses after a dash"])
def bergen_pdf():
    p1 = [(56, 790, 16, "NOTAT"),
          (56, 764, 10, "Til: Byrådsleder"), (56, 750, 10, "Fra: Internasjonalt kontor, Byrådsavdeling for finans"),
          (56, 736, 10, "Dato: 12.02.2026"), (56, 722, 10, "Sak: Jubileer i vennskapsbysamarbeidet 2026-2028"),
          (56, 694, 10, "Bergen har seks vennskapsbyer (søsterbyer) og én samarbeidsavtale. Flere av forbindelsene"),
          (56, 680, 10, "har runde jubileer de neste årene, og vi foreslår å samle markeringene:"),
          ]
    y = 654
    for w, country, since, anniv, _ in BERGEN:
        p1.append((72, y, 10, f"- {w} ({country}) - vennskapsby siden {since} - {anniv}"))
        y -= 16
    p1 += [(72, y, 10, "- Qingdao (Kina) - samarbeidsavtale inngått 2009"),
           (56, y - 30, 12, "Besøk i 2026"),
           (56, y - 50, 10, "En delegasjon fra Seattle (ordføreren og ti representanter for havn og næringsliv) besøker"),
           (56, y - 64, 10, "Bergen 19.-21. mai 2026."),
           (56, y - 84, 10, "Byrådslederen reiser til Göteborg 10.-11. juni 2026 for den felles nordiske 80-årsmarkeringen."),
           (56, y - 114, 12, "Forslag til tiltak og status")]
    y = y - 136
    for i, (t, s, _, _) in enumerate(BERGEN_ITEMS, 1):
        p1.append((72, y, 10, f"{i}. {t} - {s}"))
        y -= 16
    p1 += [(56, y - 16, 10, "Frist for innspill fra avdelingene: 1. mars 2026. Saken legges fram for bystyret 25.03.2026."),
           (56, 40, 8, "Bergen kommune - Internasjonalt kontor - side 1 av 1")]
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, _, _, _, c in BERGEN] + [partner("Qingdao", "Qingdao", "partner")],
        engagements=[engagement("incoming", ["Seattle"], "Bergen", "2026-05-19", "2026-05-21"),
                     engagement("outgoing", ["Bergen"], "Gothenburg", "2026-06-10", "2026-06-11")],
        cooperation=[coop(t, s, ["Bergen", c]) for t, _, s, c in BERGEN_ITEMS],
        claims=[claim("seks vennskapsbyer", len(BERGEN), None, "sister", "consistent")],
    )
    return minimal_pdf([p1]), gold


# --------------------------------------------------------------------------- 98 Szeged testvérvárosok (hu, HTML)

SZEGED = [  # (as written, country, since, flag code, canonical, kind)
    ("Cambridge", "Egyesült Királyság", 1987, "gb", "Cambridge", "sister"),
    ("Darmstadt", "Németország", 1990, "de", "Darmstadt", "sister"),
    ("Łódź", "Lengyelország", 1992, "pl", "Łódź", "sister"),
    ("Marosvásárhely", "Románia", 1997, "ro", "Târgu Mureș", "sister"),
    ("Nizza", "Franciaország", 1968, "fr", "Nice", "sister"),
    ("Odessza", "Ukrajna", 1977, "ua", "Odesa", "sister"),
    ("Parma", "Olaszország", 1998, "it", "Parma", "sister"),
    ("Rahó", "Ukrajna", 2001, "ua", "Rakhiv", "sister"),
    ("Szabadka", "Szerbia", 1966, "rs", "Subotica", "sister"),
    ("Temesvár", "Románia", 1998, "ro", "Timișoara", "sister"),
    ("Toledo", "Ohio, Egyesült Államok", 1990, "us", "Toledo (US)", "sister"),
    ("Turku", "Finnország", 1971, "fi", "Turku", "sister"),
    ("Vejnan", "Kína", 2010, "cn", "Weinan", "partner"),
    ("Kotor", "Montenegró", 2014, "me", "Kotor", "partner"),
    ("Lárnaka", "Ciprus", 2003, "cy", "Larnaca", "friendship"),
]
SZEGED_ITEMS = [("Határon átnyúló kerékpárút (Interreg)", "Szabadka", "folyamatban", "in_progress", "Subotica"),
                ("Kettős diploma program", "Cambridge", "javaslat, egyeztetés alatt", "proposed", "Cambridge"),
                ("Közös nyári fesztivál", "Temesvár", "megvalósult", "completed", "Timișoara"),
                ("Ivóvízprogram", "Rahó", "felfüggesztve", "stalled", "Rakhiv")]


@document("98_szeged_testvervarosok_hu.html", split="test", home="Szeged", language="hu", encoding="iso-8859-2",
          features=["html", "Hungarian", "ISO-8859-2 declared in a meta tag", "three lists by kind, each entry "
                    "with a flag image (alt text naming the country), the city in bold, country and year",
                    "testvérváros = sister, együttműködési megállapodás = partner, baráti kapcsolat = friendship",
                    "Hungarian exonyms (Szabadka, Temesvár, Marosvásárhely, Nizza, Odessza, Rahó, Vejnan, Lárnaka)",
                    "news with 'Közzétéve' publication dates; '2025. május 15–17. között', '2025. szeptember "
                    "24–26. között'", "menu and footer naming Hungarian towns", "headline '12 testvérvárosa "
                    "10 országban'", "project list with Hungarian statuses"])
def szeged_html():
    sisters = [c for *_, c, k in SZEGED if k == "sister"]

    def items(kind):
        return "\n".join(f'<li><img src="/static/flags/{f}.png" alt="{n} zászlaja" width="20"> <strong>{w}</strong> '
                         f'({n}) &ndash; {y}</li>' for w, n, y, f, _, k in SZEGED if k == kind)

    projects = "\n".join(f"<li>{t} &ndash; {p}: <em>{s}</em></li>" for t, p, s, _, _ in SZEGED_ITEMS)
    html = (
        '<!DOCTYPE html>\n<html lang="hu">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
        'charset=iso-8859-2">\n<title>Testvérvárosok - Szeged.hu</title>\n</head>\n<body>\n'
        '<div id="menu"><a href="/">Kezdőlap</a> | <a href="/varoshaza">Városháza</a> | <a href="/turizmus">Turizmus'
        '</a> | <a href="/nemzetkozi">Nemzetközi kapcsolatok</a></div>\n'
        '<div id="tartalom">\n<h1>Szeged testvérvárosai</h1>\n'
        f'<p>Szegednek {len(sisters)} testvérvárosa van {_countries(sisters)} országban; emellett együttműködési '
        'megállapodás és baráti kapcsolat fűzi további városokhoz.</p>\n'
        f'<h2>Testvérvárosok</h2>\n<ul class="varosok">\n{items("sister")}\n</ul>\n'
        f'<h2>Együttműködési megállapodások</h2>\n<ul class="varosok">\n{items("partner")}\n</ul>\n'
        f'<h2>Baráti kapcsolat</h2>\n<ul class="varosok">\n{items("friendship")}\n</ul>\n'
        f'<h2>Közös projektek</h2>\n<ul>\n{projects}\n</ul>\n'
        '<h2>Hírek</h2>\n'
        '<div class="hir"><p class="datum">Közzétéve: 2025. május 19.</p><h3>Szabadkai küldöttség Szegeden</h3>'
        '<p>2025. május 15&ndash;17. között Szabadka polgármestere vezette küldöttség járt Szegeden. A felek áttekintették '
        'a határon átnyúló kerékpárút építését.</p></div>\n'
        '<div class="hir"><p class="datum">Közzétéve: 2025. szeptember 2.</p><h3>Temesvárra utazik a város '
        'delegációja</h3><p>Szeged küldöttsége 2025. szeptember 24-26. között Temesváron vesz részt a két város '
        'közös kulturális napjain. Jelentkezési határidő a kísérő programra: szeptember 10.</p></div>\n'
        '</div>\n'
        '<div id="lablec">Szeged Megyei Jogú Város Önkormányzata | 6720 Szeged, Széchenyi tér 10. | Környékbeli '
        'települések: Hódmezővásárhely, Makó, Szentes | Budapest 170 km</div>\n'
        '</body>\n</html>\n')
    gold = Gold(
        partnerships=[partner(w, c, k) for w, _, _, _, c, k in SZEGED],
        engagements=[engagement("incoming", ["Subotica"], "Szeged", "2025-05-15", "2025-05-17"),
                     engagement("outgoing", ["Szeged"], "Timișoara", "2025-09-24", "2025-09-26")],
        cooperation=[coop(t, s, ["Szeged", c]) for t, _, _, s, c in SZEGED_ITEMS],
        claims=[claim(f"{len(sisters)} testvérvárosa van {_countries(sisters)} országban", len(sisters),
                      _countries(sisters), "sister", "consistent")],
    )
    return html.encode("iso-8859-2"), gold
