"""Corpus documents 81-84 (held-out test split; see docs/evaluation.md): built by ``scripts/make_corpus.py``.

Rule writers: do not read this module (nor documents 81-84 or their gold). Fourth batch, written on
2026-11-30 together with the dev documents 71-80 (``corpus_docs_71_80.py``), by someone who did not
write the rules and did not look at the rules' output on these documents. Partner pairs are taken
from ``../shared/data/twin-cities`` where it has them (a few are added); kinds, years, visits, dates
and cooperation items are invented.
"""

from __future__ import annotations

from corpus_common import (PLACES, Gold, Spec, claim, coop, deck_bytes, docx_bytes, docx_table, engagement,
                           html_page, new_deck, new_docx, partner, registrar, slide_table, textbox, titled_slide)
from corpus_docs_43_49 import add_places

SPECS: list[Spec] = []
document = registrar(SPECS)

add_places({
    # homes
    "Zaporizhzhia": ("UA", "gn:687700"), "Málaga": ("ES", "gn:2514256"), "Phuket": ("TH", "gn:1151254"),
    "Recife": ("BR", "gn:3390760"),
    # partners
    "Belfort": ("FR", "gn:3033791"), "Lahti": ("FI", "gn:649360"), "Magdeburg": ("DE", "gn:2874545"),
    "Oberhausen": ("DE", "gn:2860410"), "Yichang": ("CN", "gn:1786764"), "Rzeszów": ("PL", "gn:759734"),
    "Batumi": ("GE", "gn:615532"), "Passau": ("DE", "gn:2855328"), "Popayán": ("CO", "gn:3671916"),
    "Zacatecas": ("MX", "gn:3979844"), "Mobile": ("US", "gn:4076598"), "Mar del Plata": ("AR", "gn:3430863"),
    "Tétouan": ("MA", "gn:2528910"), "Asunción": ("PY", "gn:3439389"), "Las Vegas": ("US", "gn:5506956"),
    "Nakhodka": ("RU", "gn:2019528"), "Yantai": ("CN", "gn:1787093"), "Sanya": ("CN", "gn:1796556"),
    "Denpasar": ("ID", "gn:1645528"), "Nantes": ("FR", "gn:2990969"), "Mindelo": ("CV", "gn:3374462"),
    "Coimbra": ("PT", "gn:2740637"), "Lisbon": ("PT", "gn:2267057"),
    "Luanda": ("AO", "gn:2240449"),
    # also in corpus_docs_57_66 (same values): this module builds on its own
    "Pisa": ("IT", "gn:3170647"), "Kota Kinabalu": ("MY", "gn:1733432"),
})


def _countries(canons) -> int:
    return len({PLACES[c][0] for c in canons})


# --------------------------------------------------------------------------- 81 (uk, cp1251)

ZAP_TWINS = [("Ашдод", "Ізраїль", 2001, "Ashdod"), ("Бельфор", "Франція", 2005, "Belfort"),
             ("Бірмінгем", "Велика Британія", 1991, "Birmingham"), ("Лахті", "Фінляндія", 1994, "Lahti"),
             ("Лінц", "Австрія", 1983, "Linz"), ("Магдебург", "Німеччина", 2008, "Magdeburg"),
             ("Обергаузен", "Німеччина", 1986, "Oberhausen"), ("Ічан", "Китай", 2004, "Yichang")]
ZAP_AGREEMENTS = [("Жешув", "Польща", "Rzeszów"), ("Батумі", "Грузія", "Batumi")]
ZAP_ITEMS = [("Відновлення насосного обладнання водоканалу", "Лінц", "виконується", "in_progress", "Linz"),
             ("Стажування лікарів обласної лікарні", "Магдебург", "погоджено", "agreed", "Magdeburg"),
             ("Спільний молодіжний табір", "Лахті", "призупинено", "stalled", "Lahti")]


@document("81_zaporizhzhia_mista_pobratymy_cp1251.txt", split="test", home="Zaporizhzhia", language="uk",
          encoding="cp1251",
          features=["txt", "Ukrainian", "cp1251, CRLF", "numbered довідка with 'N) Місто (Країна) — з YYYY р.'",
          "міста-побратими = sister, угоди про співпрацю = partner (inline)", "Ukrainian exonyms",
          "'22–24 травня 2025 року', 'з 8 по 10 жовтня 2025 р.'", "headline with city and country counts",
          "items in a table-like block with statuses"])
def zaporizhzhia_txt():
    twins = [c for *_, c in ZAP_TWINS]
    lines = ["ЗАПОРІЗЬКА МІСЬКА РАДА", "Відділ міжнародних зв'язків", "",
             "ДОВІДКА", "щодо міжнародного співробітництва міста станом на 01.11.2025", "",
             f"Запоріжжя має {len(twins)} міст-побратимів у {_countries(twins)} країнах:"]
    lines += [f"  {i}) {n} ({c}) — з {y} р." for i, (n, c, y, _) in enumerate(ZAP_TWINS, 1)]
    lines += ["", "Крім того, укладено угоди про співпрацю з містами "
              + " та ".join(f"{n} ({c})" for n, c, _ in ZAP_AGREEMENTS) + ".", "",
              "Візити у 2025 році:",
              "  * 22–24 травня 2025 року делегація Магдебурга перебувала у Запоріжжі (гуманітарна допомога,",
              "    обладнання для лікарень);",
              "  * з 8 по 10 жовтня 2025 р. делегація міста відвідала Лахті.", "",
              "Спільні проєкти:",
              "  Проєкт                                        | Партнер    | Стан"]
    lines += [f"  {t:<45} | {p:<10} | {s}" for t, p, s, _, _ in ZAP_ITEMS]
    lines += ["", "Начальник відділу                                   підпис"]
    gold = Gold(
        partnerships=[partner(n, c, "sister") for n, _, _, c in ZAP_TWINS]
        + [partner(n, c, "partner") for n, _, c in ZAP_AGREEMENTS],
        engagements=[engagement("incoming", ["Magdeburg"], "Zaporizhzhia", "2025-05-22", "2025-05-24"),
                     engagement("outgoing", ["Zaporizhzhia"], "Lahti", "2025-10-08", "2025-10-10")],
        cooperation=[coop(t, s, ["Zaporizhzhia", p]) for t, _, _, s, p in ZAP_ITEMS],
        claims=[claim(f"{len(twins)} міст-побратимів у {_countries(twins)} країнах", len(twins), _countries(twins),
                      "sister", "consistent")],
    )
    return ("\r\n".join(lines) + "\r\n").encode("cp1251"), gold


# --------------------------------------------------------------------------- 82 (es, DOCX)

MALAGA_SISTERS = [("Passau", "Alemania", "Passau"), ("Popayán", "Colombia", "Popayán"),
                  ("Zacatecas", "México", "Zacatecas"), ("Mobile", "Alabama, EE. UU.", "Mobile"),
                  ("Mar del Plata", "Argentina", "Mar del Plata")]
MALAGA_PROTOCOLS = [("Tetuán", "Marruecos", "Tétouan"), ("Asunción", "Paraguay", "Asunción")]
MALAGA_FRIENDS = [("Pisa", "Italia", "Pisa")]
MALAGA_ITEMS = [("Programa de intercambio de guías turísticos", "Tetuán", "aprobado", "agreed", "Tétouan"),
                ("Muestra de cine latinoamericano", "Popayán", "en curso", "in_progress", "Popayán"),
                ("Red de museos universitarios", "Pisa", "propuesta de Pisa, pendiente de estudio", "proposed",
                 "Pisa"),
                ("Intercambio escolar de verano", "Mobile", "se desiste por falta de demanda", "dropped", "Mobile")]


@document("82_malaga_acta_comision_hermanamientos_es.docx", split="test", home="Málaga", language="es",
          features=["docx", "Spanish", "acta of a commission session with Arabic-numbered points (1., 2., …) "
                    "and sub-points (4.1, 4.2)", "hermanadas = sister, protocolos de colaboración = partner, "
                    "acuerdo de amistad = friendship", "exonym (Tetuán)", "'los días 3 y 4 de marzo de 2026', "
                    "'del 18 al 20 de mayo de 2026'", "session date that is not a visit", "headline in words",
                    "items with statuses in the acta's wording"])
def malaga_docx():
    doc = new_docx()
    doc.add_heading("ACTA DE LA SESIÓN ORDINARIA DE LA COMISIÓN DE RELACIONES INTERNACIONALES", level=1)
    doc.add_paragraph("Ayuntamiento de Málaga · Sesión n.º 2/2026 · 12 de febrero de 2026, 10:00 horas · "
                      "Salón de Comisiones")
    doc.add_paragraph("Asisten: la Presidenta de la Comisión, cuatro concejales y la Jefa del Servicio de "
                      "Relaciones Internacionales, que actúa como secretaria.")
    doc.add_paragraph("1. Lectura y aprobación del acta de la sesión anterior. Se aprueba por unanimidad.")
    doc.add_paragraph(
        "2. Informe de la Jefa del Servicio sobre la red de ciudades. Málaga mantiene cinco hermanamientos: con "
        + ", ".join(f"{n} ({c})" for n, c, _ in MALAGA_SISTERS[:-1])
        + f" y {MALAGA_SISTERS[-1][0]} ({MALAGA_SISTERS[-1][1]}). Además, tiene firmados protocolos de colaboración "
        "con " + " y ".join(f"{n} ({c})" for n, c, _ in MALAGA_PROTOCOLS) + ", y un acuerdo de amistad con "
        f"{MALAGA_FRIENDS[0][0]} ({MALAGA_FRIENDS[0][1]}).")
    doc.add_paragraph(
        "3. Agenda de visitas. Se informa de la visita de una delegación de Zacatecas los días 3 y 4 de marzo de "
        "2026 y del viaje institucional del Alcalde a Passau del 18 al 20 de mayo de 2026, con motivo del "
        "aniversario del hermanamiento.")
    doc.add_paragraph("4. Proyectos de cooperación. La Comisión toma conocimiento de la situación siguiente:")
    for i, (t, p, s, _, _) in enumerate(MALAGA_ITEMS, 1):
        doc.add_paragraph(f"4.{i}. {t} ({p}): {s}.")
    doc.add_paragraph("5. Ruegos y preguntas. No se formulan.")
    doc.add_paragraph("Y no habiendo más asuntos que tratar, se levanta la sesión a las 11:20 horas.")
    docx_table(doc, [["La Presidenta", "La Secretaria"], ["(firmado)", "(firmado)"]])
    gold = Gold(
        partnerships=[partner(n, c, "sister") for n, _, c in MALAGA_SISTERS]
        + [partner(n, c, "partner") for n, _, c in MALAGA_PROTOCOLS]
        + [partner(n, c, "friendship") for n, _, c in MALAGA_FRIENDS],
        engagements=[engagement("incoming", ["Zacatecas"], "Málaga", "2026-03-03", "2026-03-04"),
                     engagement("outgoing", ["Málaga"], "Passau", "2026-05-18", "2026-05-20")],
        cooperation=[coop(t, s, ["Málaga", p]) for t, _, _, s, p in MALAGA_ITEMS],
        claims=[claim("cinco hermanamientos", len(MALAGA_SISTERS), None, "sister", "consistent")],
    )
    return docx_bytes(doc, "Acta 2/2026"), gold


# --------------------------------------------------------------------------- 83 (en, HTML)

PHUKET_TABS = [  # (tab, kind, [(name, country line, canonical)])
    ("Sister Cities", "sister", [("Las Vegas", "Nevada, USA", "Las Vegas"), ("Nakhodka", "Russia", "Nakhodka"),
                                 ("Nice", "France", "Nice"), ("Xiamen", "China", "Xiamen"),
                                 ("Yantai", "China", "Yantai")]),
    ("Friendship Cities", "friendship", [("Sanya", "Hainan, China", "Sanya"), ("Da Nang", "Vietnam", "Da Nang")]),
    ("MOU Partners", "partner", [("Denpasar", "Bali, Indonesia", "Denpasar"),
                                 ("Kota Kinabalu", "Sabah, Malaysia", "Kota Kinabalu")]),
]
PHUKET_ITEMS = [("Cruise tourism corridor", "Xiamen", "Agreed", "agreed"),
                ("Gastronomy city exchange", "Nice", "Ongoing", "in_progress"),
                ("Beach lifeguard training", "Sanya", "Suggested by Sanya", "proposed")]


@document("83_phuket_partner_cities_en.html", split="test", home="Phuket", language="en",
          features=["html", "English page of a Thai city", "three tab panels (Sister Cities / Friendship Cities / "
                    "MOU Partners), each an ordered list", "navigation and sidebar naming beaches and airports' "
                    "cities (Bangkok, Singapore, Kuala Lumpur)", "news with dates: '26–28 November 2025', "
                    "'9-12 Sept 2025'", "headline with counts", "status chips after each project"])
def phuket_html():
    canons = [c for _, _, cs in PHUKET_TABS for *_, c in cs]
    tabs = "".join(f'<li role="tab" aria-controls="tab{i}">{t}</li>' for i, (t, _, _) in enumerate(PHUKET_TABS))
    panels = "\n".join(f'<div role="tabpanel" id="tab{i}"><ol>'
                       + "".join(f"<li><strong>{n}</strong> <span>{cl}</span></li>" for n, cl, _ in cs)
                       + "</ol></div>" for i, (_, _, cs) in enumerate(PHUKET_TABS))
    items = "".join(f'<li>{t} with {p} <span class="chip">{s}</span></li>' for t, p, s, _ in PHUKET_ITEMS)
    nav = ('<ul><li>Home</li><li>City Hall</li><li>Tourism: Patong · Karon · Kata</li><li>Old Town</li>'
           '<li class="active">Partner Cities</li></ul>')
    main = (
        "<h1>Phuket City Municipality – Partner Cities</h1>\n"
        f"<p>Phuket City is linked with {len(canons)} partner cities in {_countries(canons)} countries.</p>\n"
        f'<ul role="tablist">{tabs}</ul>\n{panels}\n'
        f"<h2>Joint projects</h2><ul>{items}</ul>\n"
        "<h2>News</h2>\n"
        "<article><time>1 December 2025</time><p>A Sanya delegation toured Phuket Old Town on 26–28 November 2025 "
        "and discussed lifeguard training.</p></article>\n"
        "<article><time>15 September 2025</time><p>The Mayor of Phuket City led a mission to Yantai, 9-12 Sept 2025, "
        "to mark the anniversary of the sister-city agreement.</p></article>")
    aside = ("<p><b>Getting here</b><br>Direct flights from Bangkok, Singapore and Kuala Lumpur.</p>"
             "<p><b>Contact</b><br>International Affairs Section, Phuket City Municipality</p>")
    footer = "© 2025 Phuket City Municipality · 52 Surakul Road · Site map · Accessibility"
    gold = Gold(
        partnerships=[partner(n, c, k) for _, k, cs in PHUKET_TABS for n, _, c in cs],
        engagements=[engagement("incoming", ["Sanya"], "Phuket", "2025-11-26", "2025-11-28"),
                     engagement("outgoing", ["Phuket"], "Yantai", "2025-09-09", "2025-09-12")],
        cooperation=[coop(t, s, ["Phuket", p]) for t, p, _, s in PHUKET_ITEMS],
        claims=[claim(f"{len(canons)} partner cities in {_countries(canons)} countries", len(canons),
                      _countries(canons), "all", "consistent")],
    )
    return html_page("en", "Partner Cities | Phuket City", nav, main, aside, footer), gold


# --------------------------------------------------------------------------- 84 (pt, PPTX)

RECIFE_SISTERS = [("Porto", "Portugal", "Porto"), ("Cantão", "China", "Guangzhou"), ("Chengdu", "China", "Chengdu"),
                  ("Nantes", "França", "Nantes"), ("Mindelo", "Cabo Verde", "Mindelo"),
                  ("Maputo", "Moçambique", "Maputo")]
RECIFE_AGREEMENTS = [("Coimbra", "Portugal", "Coimbra"), ("Luanda", "Angola", "Luanda"),
                     ("Lisboa", "Portugal", "Lisbon")]
RECIFE_ITEMS = [("Rota do frevo e do fado", "Porto", "em execução", "in_progress"),
                ("Capacitação em drenagem urbana", "Nantes", "acordado", "agreed"),
                ("Festival de cinema lusófono", "Mindelo", "concluído", "completed")]


@document("84_recife_relacoes_internacionais_balanco_pt.pptx", split="test", home="Recife", language="pt",
          features=["pptx", "Portuguese (Brazil)", "deck: title, a two-column slide (cidades-irmãs table / "
                    "acordos de cooperação text box), visits, projects", "exonyms (Cantão, Lisboa)",
                    "'de 10 a 13 de novembro de 2025' and a one-day '24/06/2025'", "headline on the table slide",
                    "items with Portuguese statuses"])
def recife_deck():
    sisters = [c for *_, c in RECIFE_SISTERS]
    prs = new_deck()
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Relações Internacionais do Recife"
    s.placeholders[1].text = "Balanço 2025 · Secretaria de Desenvolvimento Econômico"
    s = titled_slide(prs, f"{len(sisters)} cidades-irmãs em {_countries(sisters)} países")
    slide_table(s, [["Cidade-irmã", "País"]] + [[n, c] for n, c, _ in RECIFE_SISTERS], 0.6, 1.5, 6.0)
    textbox(s.shapes, 7.2, 1.5, 5.5, 3.0, ["Acordos de cooperação"]
            + [f"• {n} ({c})" for n, c, _ in RECIFE_AGREEMENTS], size=16)
    s = titled_slide(prs, "Missões e visitas")
    textbox(s.shapes, 0.8, 1.6, 11.5, 2.5,
            ["Delegação de Chengdu no Recife em 24/06/2025 (Parque Tecnológico Porto Digital).",
             "Missão do Recife a Mindelo de 10 a 13 de novembro de 2025 (festival de cinema lusófono)."], size=18)
    s = titled_slide(prs, "Projetos com as cidades parceiras")
    slide_table(s, [["Projeto", "Cidade", "Situação"]] + [[t, p, st] for t, p, st, _ in RECIFE_ITEMS], 0.8, 1.6, 11.5)
    gold = Gold(
        partnerships=[partner(n, c, "sister") for n, _, c in RECIFE_SISTERS]
        + [partner(n, c, "partner") for n, _, c in RECIFE_AGREEMENTS],
        engagements=[engagement("incoming", ["Chengdu"], "Recife", "2025-06-24"),
                     engagement("outgoing", ["Recife"], "Mindelo", "2025-11-10", "2025-11-13")],
        cooperation=[coop(t, s, ["Recife", p]) for t, p, _, s in RECIFE_ITEMS],
        claims=[claim(f"{len(sisters)} cidades-irmãs em {_countries(sisters)} países", len(sisters),
                      _countries(sisters), "sister", "consistent")],
    )
    return deck_bytes(prs, "Relações Internacionais do Recife"), gold
