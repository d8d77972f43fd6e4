"""Corpus documents 189-191 (dev split; see docs/evaluation.md): built by ``scripts/make_corpus.py``.

Written on 2026-12-02 by the eighth session's claims and cooperation helper, gold first and before any extraction was
run on them, to exercise count claims and cooperation items in formats and wordings of their own: a German newsletter
of a city's office for international relations in Markdown (counts of ties abroad and at home, a total after counts
per kind, a fact box with labelled figures among counts of other things, a stale count, items told in running text
with German states); and a Spanish city-hall web page in HTML (a count of "hermanamientos", counts of ties abroad and
at home with the adjective after the noun, a table of ties per kind with a total row, a stale count corrected, counts
of visitors and a budget, a project list with Spanish states); and a Japanese report of a city's international
section in Word (counts with the counters 市 and 都市, "4か国4都市", a stale count corrected with を, a partner table, a
project table with Japanese states, counts of visitors, staff and events that are no claims). Partner pairs are taken from
``../shared/data/twin-cities``; kinds, years and cooperation items are invented.
"""

from __future__ import annotations

from corpus_common import PLACES, Gold, Spec, claim, coop, docx_bytes, docx_table, html_page, new_docx, partner, registrar
from corpus_docs_43_49 import add_places

SPECS: list[Spec] = []
document = registrar(SPECS)

add_places({
    # homes (checked with the gazetteer: resolve NAME, country CC)
    "Erlangen": ("DE", "gn:2929567"), "Córdoba (ES)": ("ES", "gn:2519240"), "Kurashiki": ("JP", "gn:1858311"),
    # partners of Erlangen
    "Eskilstuna": ("SE", "gn:2715953"), "Rennes": ("FR", "gn:2983990"), "Stoke-on-Trent": ("GB", "gn:2636841"),
    "Vladimir (RU)": ("RU", "gn:473247"), "Riverside (US)": ("US", "gn:5387877"), "San Carlos (NI)": ("NI", "gn:3616911"),
    "Bolzano": ("IT", "gn:3181913"), "Jena": ("DE", "gn:2895044"), "Umhausen": ("AT", "gn:2763164"),
    # partners of Córdoba
    "Bukhara": ("UZ", "gn:1217662"), "Damascus": ("SY", "gn:170654"), "Kairouan": ("TN", "gn:2473449"),
    "Havana": ("CU", "gn:3553478"), "Nîmes": ("FR", "gn:2990363"), "Nuremberg": ("DE", "gn:2861650"),
    "Fez (MA)": ("MA", "gn:2548885"), "Santiago de Compostela": ("ES", "gn:3109642"), "Lahore": ("PK", "gn:1172451"),
    # partners of Kurashiki
    "Kansas City (US)": ("US", "gn:4393217"), "Christchurch": ("NZ", "gn:2192362"), "Sankt Pölten": ("AT", "gn:2766429"),
    "Zhenjiang": ("CN", "gn:1784642"),
})


def _countries(canons) -> int:
    return len({PLACES[c][0] for c in canons})


# --------------------------------------------------------------------------- 189 Erlangen newsletter (de, Markdown)

ER_ABROAD = [  # (name as written, country as written, year, canonical)
    ("Eskilstuna", "Schweden", 1961, "Eskilstuna"), ("Rennes", "Frankreich", 1964, "Rennes"),
    ("Stoke-on-Trent", "Großbritannien", 1989, "Stoke-on-Trent"), ("Wladimir", "Russland", 1983, "Vladimir (RU)"),
    ("Riverside", "USA", 1976, "Riverside (US)"), ("San Carlos", "Nicaragua", 1990, "San Carlos (NI)"),
    ("Bozen", "Italien", 2026, "Bolzano"),
]
ER_ITEMS = [  # (sentence, title, canonical partner, status)
    ("Der Schüleraustausch mit Rennes läuft weiter.", "Schüleraustausch", "Rennes", "in_progress"),
    ("Das Klimaprojekt mit Eskilstuna ist abgeschlossen.", "Klimaprojekt", "Eskilstuna", "completed"),
    ("Die Kooperation der Stadtwerke mit Riverside wurde im Oktober vereinbart.", "Kooperation der Stadtwerke",
     "Riverside (US)", "agreed"),
    ("Ein gemeinsames Musikfestival mit Bozen wurde von der Südtiroler Seite vorgeschlagen.", "gemeinsames Musikfestival",
     "Bolzano", "proposed"),
    ("Die Jugendbegegnung mit Wladimir ist bis auf Weiteres ausgesetzt.", "Jugendbegegnung", "Vladimir (RU)", "stalled"),
]


@document("189_erlangen_newsletter_international_herbst_2026_de.md", split="dev", home="Erlangen", language="de",
          features=["markdown (UTF-8): a German autumn newsletter of a city's office for international relations, "
                    "front matter, an editorial, partner lists under three headings (Partnerstädte im Ausland, "
                    "innerdeutsche Partnerschaft, Städtefreundschaft)",
                    "counts of ties abroad and at home: '7 ausländische Partnerstädte' and '1 innerdeutsche "
                    "Partnerstadt' (each checked against those ties only), a total after counts per kind "
                    "('insgesamt 9'), a fact box 'Partnerstädte: 8' among labelled counts of other things (staff, "
                    "guests, pupils; not claims), a stale count 'von sechs Partnerstädten' corrected (inconsistent)",
                    "cooperation items in running text with German states: läuft weiter, ist abgeschlossen, wurde "
                    "vereinbart, wurde vorgeschlagen, ist ausgesetzt"])
def erlangen_md():
    abroad = [c for _, _, _, c in ER_ABROAD]
    assert (len(abroad), _countries(abroad)) == (7, 7)
    lines = "\n".join(f"- {w} ({land}, seit {y})" for w, land, y, _ in ER_ABROAD)
    prose = " ".join(s for s, _, _, _ in ER_ITEMS)
    text = f"""---
title: "Erlangen international - Herbst 2026"
author: Büro für internationale Beziehungen
---

# Erlangen international - Herbstausgabe 2026

Liebe Leserinnen und Leser,

mit der Unterzeichnung der Partnerschaftsurkunde mit Bozen im Frühjahr ist unsere Familie größer geworden: Erlangen
hat jetzt 7 ausländische Partnerstädte und 1 innerdeutsche Partnerstadt, dazu kommt 1 Städtefreundschaft, insgesamt 9.
Im Frühjahrsheft war versehentlich von sechs Partnerstädten die Rede; wir bitten, den Fehler zu entschuldigen.

## Aus den Partnerschaften

{prose}

## Partnerstädte im Ausland

{lines}

## Innerdeutsche Partnerschaft

- Jena (Thüringen, seit 1987)

## Städtefreundschaft

- Umhausen (Österreich, Tirol, seit 2002)

> **Erlangen international in Zahlen**
> - Partnerstädte: 8
> - Mitarbeitende im Büro für internationale Beziehungen: 5
> - Gäste beim Partnerschaftsfest 2026: 12.000
> - Schülerinnen und Schüler im Austausch: 140

Kontakt: Büro für internationale Beziehungen, Rathausplatz 1, international@erlangen.example
"""
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, _, _, c in ER_ABROAD]
        + [partner("Jena", "Jena", "sister"), partner("Umhausen", "Umhausen", "friendship")],
        cooperation=[coop(t, st, ["Erlangen", c]) for _, t, c, st in ER_ITEMS],
        claims=[claim("7 ausländische Partnerstädte", 7, None, "sister", "consistent"),
                claim("1 innerdeutsche Partnerstadt", 1, None, "sister", "consistent"),
                # (left out of the first gold by oversight, added after the first run: a count per kind like the others)
                claim("1 Städtefreundschaft", 1, None, "friendship", "consistent"),
                claim("insgesamt 9", 9, None, "all", "consistent"),
                claim("Partnerstädte: 8", 8, None, "sister", "consistent"),
                claim("von sechs Partnerstädten", 6, None, "sister", "inconsistent")],
    )
    return text.encode("utf-8"), gold


# --------------------------------------------------------------------------- 190 Córdoba city-hall page (es, HTML)

CO_ABROAD = [  # (name as written, country as written, year, canonical)
    ("Bujará", "Uzbekistán", 1994, "Bukhara"), ("Damasco", "Siria", 1989, "Damascus"), ("Cairuán", "Túnez", 1991, "Kairouan"),
    ("La Habana", "Cuba", 1990, "Havana"), ("Nimes", "Francia", 1986, "Nîmes"), ("Núremberg", "Alemania", 1999, "Nuremberg"),
    ("Fez", "Marruecos", 1996, "Fez (MA)"),
]
CO_ITEMS = [  # (title, partner as written, state as written, canonical, status)
    ("Ruta del legado andalusí", "Fez", "en curso", "Fez (MA)", "in_progress"),
    ("Intercambio de orquestas juveniles", "Núremberg", "convenio firmado", "Nuremberg", "agreed"),
    ("Formación en restauración de patrimonio", "Bujará", "propuesta de la parte uzbeka", "Bukhara", "proposed"),
    ("Festival de patios", "Nimes", "completado", "Nîmes", "completed"),
    ("Programa de becas de verano", "La Habana", "continúa", "Havana", "in_progress"),
]


@document("190_cordoba_ayuntamiento_hermanamientos_pagina_es.html", split="dev", home="Córdoba (ES)", language="es",
          features=["html", "a Spanish city-hall page about twinnings: navigation, breadcrumb, a 'Última "
                    "actualización' date, a sidebar and a footer",
                    "'Córdoba mantiene ocho hermanamientos' (consistent); '7 ciudades hermanas internacionales y 1 "
                    "ciudad hermana nacional' (the adjective after the noun: abroad and at home, both consistent); a "
                    "table of ties per kind with a total row (Hermanamientos 8, Acuerdos de cooperación 1, Total 9); "
                    "a stale count 'figuraban diez hermanamientos' (inconsistent)",
                    "counts that are not claims: 1.200 visitors, a budget of 45.000 euros, 25 students from 6 "
                    "countries", "partners as a list 'City (Country, year)', a domestic twin (Santiago de "
                    "Compostela) and a cooperation agreement (Lahore) in prose",
                    "a project list 'Title (Partner): state' with Spanish states (en curso, convenio firmado, "
                    "propuesta, completado, continúa)"])
def cordoba_html():
    abroad = [c for _, _, _, c in CO_ABROAD]
    assert (len(abroad), _countries(abroad)) == (7, 7)
    lis = "".join(f"<li>{w} ({p}, {y})</li>" for w, p, y, _ in CO_ABROAD)
    items = "".join(f"<li><strong>{t}</strong> ({p}): {s}</li>" for t, p, s, _, _ in CO_ITEMS)
    main = (
        '<nav class="breadcrumb"><a href="/">Inicio</a> › <a href="/ayuntamiento/">Ayuntamiento</a> › '
        'Relaciones internacionales › Hermanamientos</nav>\n'
        '<h1>Ciudades hermanadas con Córdoba</h1>\n<p class="meta">Última actualización: 18 de noviembre de 2026</p>\n'
        "<p>Córdoba mantiene ocho hermanamientos: 7 ciudades hermanas internacionales y 1 ciudad hermana nacional, "
        "Santiago de Compostela, unida a Córdoba desde 2010 por el Camino Mozárabe. En la versión anterior de esta "
        "página figuraban diez hermanamientos; la cifra correcta es la que aquí se indica.</p>\n"
        f"<h2>Ciudades hermanas en el extranjero</h2>\n<ul>{lis}</ul>\n"
        "<p>Además, el Ayuntamiento firmó en 2015 un acuerdo de cooperación con la ciudad de Lahore (Pakistán) en "
        "materia de patrimonio y turismo.</p>\n"
        "<h2>Resumen</h2>\n<table><thead><tr><th>Tipo de relación</th><th>Número</th></tr></thead><tbody>"
        "<tr><td>Hermanamientos</td><td>8</td></tr><tr><td>Acuerdos de cooperación</td><td>1</td></tr>"
        "<tr><td><strong>Total</strong></td><td><strong>9</strong></td></tr></tbody></table>\n"
        f"<h2>Proyectos de cooperación</h2>\n<ul>{items}</ul>\n"
        "<p>En 2026 la ciudad recibió a 1.200 visitantes de sus ciudades hermanas y destinó un presupuesto de 45.000 "
        "euros a la cooperación internacional. El programa de verano acogió a 25 estudiantes de 6 países.</p>"
    )
    aside = ('<h2>Contacto</h2><p>Oficina de Relaciones Internacionales<br>Calle Capitulares 1, Córdoba<br>'
             'internacional@cordoba.example</p>')
    page = html_page("es", "Hermanamientos - Ayuntamiento de Córdoba",
                     '<a href="/">Inicio</a> <a href="/ciudad/">La ciudad</a> <a href="/turismo/">Turismo</a>',
                     main, aside, "© 2026 Ayuntamiento de Córdoba · Aviso legal · Accesibilidad")
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, _, _, c in CO_ABROAD]
        + [partner("Santiago de Compostela", "Santiago de Compostela", "sister"), partner("Lahore", "Lahore", "partner")],
        cooperation=[coop(t, st, ["Córdoba (ES)", c]) for t, _, _, c, st in CO_ITEMS],
        claims=[claim("ocho hermanamientos", 8, None, "sister", "consistent"),
                claim("7 ciudades hermanas internacionales", 7, None, "sister", "consistent"),
                claim("1 ciudad hermana nacional", 1, None, "sister", "consistent"),
                claim("Acuerdos de cooperación 1", 1, None, "partner", "consistent"),
                claim("Total 9", 9, None, "all", "consistent"),
                claim("figuraban diez hermanamientos", 10, None, "sister", "inconsistent")],
    )
    return page, gold


# --------------------------------------------------------------------------- 191 Kurashiki report (ja, DOCX)

KU_TIES = [  # (name as written, country as written, kind as written, year, canonical, kind)
    ("カンザスシティ市", "アメリカ合衆国", "姉妹都市", "1972年", "Kansas City (US)", "sister"),
    ("クライストチャーチ市", "ニュージーランド", "姉妹都市", "1973年", "Christchurch", "sister"),
    ("ザンクト・ペルテン市", "オーストリア", "姉妹都市", "1957年", "Sankt Pölten", "sister"),
    ("鎮江市", "中国", "友好都市", "1990年", "Zhenjiang", "friendship"),
]
KU_ITEMS = [  # (title, partner as written, state as written, canonical, status)
    ("青少年派遣事業", "カンザスシティ市", "実施済み", "Kansas City (US)", "completed"),
    ("港湾物流協力", "鎮江市", "協議中", "Zhenjiang", "in_progress"),
    ("大学間交流協定", "クライストチャーチ市", "締結済み", "Christchurch", "agreed"),
    ("音楽文化交流", "ザンクト・ペルテン市", "検討中", "Sankt Pölten", "proposed"),
    ("経済ミッション", "鎮江市", "延期", "Zhenjiang", "stalled"),
]


@document("191_kurashiki_kokusai_koryu_hokoku_r8_ja.docx", split="dev", home="Kurashiki", language="ja",
          features=["docx", "a Japanese report of a city's international section (a title, a date line '令和8年11月20日', "
                    "the section's name, numbered headings 1.–4.)",
                    "'4か国4都市' (all, consistent) and '姉妹都市3市、友好都市1市' (the counter 市; consistent); a stale "
                    "count '姉妹都市を4市と記載' corrected to '3市' (inconsistent)",
                    "a partner table 都市名 · 国名 · 区分 · 提携年 with katakana names and 市",
                    "a project table 事業名 · 相手都市 · 状況 with Japanese states (実施済み, 協議中, 締結済み, 検討中, 延期) and "
                    "one item in running text (との … は引き続き調整中)",
                    "counts that are no claims: visitors (延べ350人), staff (国際交流員3名), events (交流事業12件), a budget"])
def kurashiki_docx():
    canons = [t[4] for t in KU_TIES]
    assert (len(canons), _countries(canons)) == (4, 4)
    doc = new_docx()
    doc.add_heading("令和8年度 国際交流事業の実施状況について（報告）", level=1)
    doc.add_paragraph("令和8年11月20日　企画財政局 国際課")
    doc.add_heading("1. 姉妹都市・友好都市の状況", level=2)
    doc.add_paragraph("本市は現在、4か国4都市と姉妹都市・友好都市の提携を結んでおり、その内訳は姉妹都市3市、友好都市1市です。"
                      "なお、前回の委員会資料では姉妹都市を4市と記載しておりましたが、正しくは3市です。訂正してお詫びいたします。")
    docx_table(doc, [["都市名", "国名", "区分", "提携年"]] + [[w, c, k, y] for w, c, k, y, _, _ in KU_TIES])
    doc.add_heading("2. 協力事業の進捗", level=2)
    docx_table(doc, [["事業名", "相手都市", "状況"]] + [[t, p, st] for t, p, st, _, _ in KU_ITEMS])
    doc.add_paragraph("このほか、クライストチャーチ市との姉妹校提携事業は引き続き調整中です。")
    doc.add_heading("3. 交流の実績", level=2)
    doc.add_paragraph("本年度の交流事業は12件、姉妹都市からの訪問者は延べ350人となりました。国際交流員3名が各事業を支援しています。")
    doc.add_heading("4. 予算", level=2)
    doc.add_paragraph("国際交流関係予算は1,200万円（前年度比5％増）です。")
    gold = Gold(
        partnerships=[partner(w, c, k) for w, _, _, _, c, k in KU_TIES],
        cooperation=[coop(t, st, ["Kurashiki", c]) for t, _, _, c, st in KU_ITEMS]
        + [coop("姉妹校提携事業", "in_progress", ["Kurashiki", "Christchurch"])],
        claims=[claim("4か国4都市", 4, 4, "all", "consistent"),
                claim("姉妹都市3市", 3, None, "sister", "consistent"),
                claim("友好都市1市", 1, None, "friendship", "consistent"),
                claim("姉妹都市を4市と記載", 4, None, "sister", "inconsistent")],
    )
    return docx_bytes(doc, "令和8年度 国際交流事業の実施状況について"), gold
