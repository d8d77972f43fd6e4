"""Corpus documents 107-109 (test split; see docs/evaluation.md): built by ``scripts/make_corpus.py``.

Sixth batch, written on 2026-11-30 with the dev documents 99-106 (``corpus_docs_99_106.py``), by someone
who did not write the rules. Rule writers: do not read this module (see corpus/TEST_SPLIT.md). Partner
pairs are taken from ``../shared/data/twin-cities``; kinds, years, visits, dates and cooperation items
are invented.
"""

from __future__ import annotations

from email.message import EmailMessage

from corpus_common import PLACES, Gold, Spec, claim, coop, eml_bytes, engagement, minimal_pdf, partner, registrar
from corpus_docs_43_49 import add_places

SPECS: list[Spec] = []
document = registrar(SPECS)

add_places({
    # homes
    "Tarragona": ("ES", "gn:3108288"), "Varna": ("BG", "gn:726050"), "Almaty": ("KZ", "gn:1526384"),
    # partners (some are already in the table, with the same values)
    "Klagenfurt": ("AT", "gn:2774326"), "Stafford": ("GB", "gn:2637142"), "Avignon": ("FR", "gn:3035681"),
    "Orléans": ("FR", "gn:2989317"), "Alghero": ("IT", "gn:3183284"), "Pompei": ("IT", "gn:3170335"),
    "Aalborg": ("DK", "gn:2624886"), "Aqaba": ("JO", "gn:250774"), "Cape Town": ("ZA", "gn:3369157"),
    "Dordrecht": ("NL", "gn:2756669"), "Kharkiv": ("UA", "gn:706483"), "Malmö": ("SE", "gn:2692969"),
    "Novorossiysk": ("RU", "gn:518255"), "Novosibirsk": ("RU", "gn:1496747"), "Odesa": ("UA", "gn:698740"),
    "Piraeus": ("GR", "gn:255274"), "Rostock": ("DE", "gn:2844588"), "Turku": ("FI", "gn:633679"),
    "Ningbo": ("CN", "gn:1799397"), "Surabaya": ("ID", "gn:1625822"),
    "Moscow": ("RU", "gn:524901"), "Saint Petersburg": ("RU", "gn:498817"), "Ürümqi": ("CN", "gn:1529102"),
    "Istanbul": ("TR", "gn:745044"), "Riga": ("LV", "gn:456172"), "Vilnius": ("LT", "gn:593116"),
    "Rennes": ("FR", "gn:2983990"), "Modena": ("IT", "gn:3173331"), "Daegu": ("KR", "gn:1835329"),
    "Ho Chi Minh City": ("VN", "gn:1566083"), "Alexandria (EG)": ("EG", "gn:361058"),
    "Malatya": ("TR", "gn:304922"), "Rosario": ("AR", "gn:3838583"),
})


def _countries(canons) -> int:
    return len({PLACES[c][0] for c in canons})


# --------------------------------------------------------------------------- 107 Tarragona (ca, hand-written PDF)

TGN = [  # (city, country, relation, since, canonical, kind)
    ("Klagenfurt", "Àustria", "Agermanament", 1992, "Klagenfurt", "sister"),
    ("Stafford", "Anglaterra", "Agermanament", 1989, "Stafford", "sister"),
    ("Avinyó", "França", "Agermanament", 1968, "Avignon", "sister"),
    ("Orleans", "França", "Agermanament", 1986, "Orléans", "sister"),
    ("L'Alguer", "Itàlia", "Agermanament", 2001, "Alghero", "sister"),
    ("Pompeia", "Itàlia", "Pacte d'amistat", 2014, "Pompei", "friendship"),
]
TGN_ITEMS = [("Intercanvi d'alumnes de secundària", "Stafford", "en curs", "in_progress", "Stafford"),
             ("Ruta arqueològica romana conjunta", "Pompeia", "acordat (conveni signat)", "agreed", "Pompei"),
             ("Trobada de colles castelleres", "Avinyó", "finalitzat", "completed", "Avignon"),
             ("Projecte de mobilitat elèctrica al port", "Orleans", "proposta d'Orleans, en estudi", "proposed",
              "Orléans"),
             ("Residències artístiques", "Klagenfurt", "aturat des de 2024", "stalled", "Klagenfurt")]


@document("107_tarragona_memoria_relacions_internacionals_ca.pdf", split="test", home="Tarragona", language="ca",
          handwritten=True,
          features=["pdf (hand-written, Helvetica)", "Catalan", "extract of an annual report (memòria): a "
                    "positioned four-column list (Ciutat · País · Relació · Des de)", "agermanament = sister, pacte "
                    "d'amistat = friendship", "Catalan exonyms (Avinyó, L'Alguer, Pompeia; Orleans without the "
                    "accent)", "'Del 14 al 16 de maig', 'els dies 26 i 27 de setembre' with the year from the title",
                    "a consul general received (meeting, country as the visiting party)", "a grant deadline and "
                    "the Santa Tecla festival dates as distractors", "headline 'cinc ciutats agermanades' in words",
                    "project list with Catalan statuses on page 2"])
def tarragona_pdf():
    p1 = [(56, 790, 15, "Ajuntament de Tarragona"),
          (56, 772, 11, "Servei de Relacions Internacionals - Memòria 2025 (extracte)"),
          (56, 740, 12, "1. Ciutats agermanades i pactes d'amistat"),
          (56, 720, 10, "Tarragona manté cinc ciutats agermanades i un pacte d'amistat amb Pompeia, signat el 2014."),
          (64, 696, 9, "Ciutat"), (190, 696, 9, "País"), (300, 696, 9, "Relació"), (440, 696, 9, "Des de")]
    y = 680
    for city, country, rel, since, _, _ in TGN:
        p1 += [(64, y, 9, city), (190, y, 9, country), (300, y, 9, rel), (440, y, 9, str(since))]
        y -= 16
    y -= 14
    p1 += [(56, y, 12, "2. Visites i recepcions")]
    for line in ["- Del 14 al 16 de maig, visita d'una delegació de Stafford encapçalada pel seu alcalde, amb",
                 "  estudiants del programa d'intercanvi.",
                 "- El 3 de juny, l'alcalde va rebre el cònsol general d'Àustria a Barcelona.",
                 "- L'alcalde viatjarà a l'Alguer els dies 26 i 27 de setembre per a la Festa de Sant Miquel,",
                 "  just després de les festes de Santa Tecla (15-24 de setembre).",
                 "- El termini de les beques d'intercanvi juvenil va tancar el 30 d'abril."]:
        y -= 15
        p1.append((64, y, 9.5, line))
    p1.append((56, 40, 8, "Memòria 2025 - Relacions Internacionals - pàgina 1 de 2"))
    p2 = [(56, 790, 10, "Ajuntament de Tarragona - Servei de Relacions Internacionals"),
          (56, 760, 12, "3. Projectes de cooperació (estat a 30 de juny de 2025)")]
    y = 736
    for t, p, s, _, _ in TGN_ITEMS:
        p2.append((64, y, 9.5, f"- {t} ({p}): {s}."))
        y -= 16
    p2 += [(56, y - 14, 9, "Pressupost executat: 86.400 euros (72 % del previst)."),
           (56, 40, 8, "Memòria 2025 - Relacions Internacionals - pàgina 2 de 2")]
    sisters = [t for t in TGN if t[5] == "sister"]
    gold = Gold(
        partnerships=[partner(c, canon, k) for c, _, _, _, canon, k in TGN],
        engagements=[engagement("incoming", ["Stafford"], "Tarragona", "2025-05-14", "2025-05-16"),
                     engagement("meeting", ["AT"], "Tarragona", "2025-06-03"),
                     engagement("outgoing", ["Tarragona"], "Alghero", "2025-09-26", "2025-09-27")],
        cooperation=[coop(t, s, ["Tarragona", c]) for t, _, _, s, c in TGN_ITEMS],
        claims=[claim("cinc ciutats agermanades", len(sisters), None, "sister", "consistent")],
    )
    return minimal_pdf([p1, p2]), gold


# --------------------------------------------------------------------------- 108 Varna thread (bg, windows-1251)

VARNA_SISTERS = [("Олборг", "Aalborg"), ("Акаба", "Aqaba"), ("Кейптаун", "Cape Town"), ("Дордрехт", "Dordrecht"),
                 ("Харков", "Kharkiv"), ("Малмьо", "Malmö"), ("Новоросийск", "Novorossiysk"),
                 ("Новосибирск", "Novosibirsk"), ("Одеса", "Odesa"), ("Пирея", "Piraeus"), ("Росток", "Rostock"),
                 ("Турку", "Turku")]
VARNA_MOU = [("Нинбо", "Ningbo"), ("Сурабая", "Surabaya")]
VARNA_ITEMS = [("Обмен на ученици от морските гимназии", "договорен", "agreed", "Aalborg"),
               ("Съвместен морски фестивал", "отложен за 2026 г.", "stalled", "Odesa"),
               ("Проект за дигитализация на пристанищата", "в процес на изпълнение", "in_progress", "Rostock"),
               ("Летен университет по археология", "предложение на Турку, обсъжда се", "proposed", "Turku")]


@document("108_varna_pokana_olborg_thread_cp1251.eml", split="test", home="Varna", language="bg",
          encoding="windows-1251",
          features=["eml", "Bulgarian (Cyrillic) with a forwarded English invitation", "windows-1251, "
                    "quoted-printable", "a reply thread with three quoted levels ('>', '>>', '>>>'), the "
                    "innermost a forwarded invitation", "побратимени градове = sister, споразумение за "
                    "сътрудничество = partner", "Bulgarian exonyms (Олборг, Малмьо, Пирея)", "'от 21 до 23 май', "
                    "'9–11 юни' (year from Date:); '21-23 May 2025' in the invitation", "a registration deadline "
                    "as a distractor", "headline '12 побратимени града'", "project states spread over the "
                    "levels"])
def varna_email():
    msg = EmailMessage()
    msg["From"] = "Мария Георгиева <m.georgieva@varna.example>"
    msg["To"] = "Иван Петров <i.petrov@varna.example>"
    msg["Cc"] = "Кабинет на кмета <kmet@varna.example>"
    msg["Subject"] = "Re: Re: Fwd: Invitation – Aalborg twin-city conference, 21–23 May"
    msg["Date"] = "Thu, 10 Apr 2025 16:05:00 +0300"
    msg["Message-ID"] = "<corpus-108-c@varna.example>"
    msg["In-Reply-To"] = "<corpus-108-b@varna.example>"
    body = (
        "Иване,\n\n"
        "потвърждавам: кметът ще пътува до Олборг от 21 до 23 май заедно със заместник-кмета по култура.\n"
        "Билетите са заявени. Ще подготвя и кратка справка за проектите – например обменът на ученици от\n"
        "морските гимназии с Олборг вече е договорен, а проектът за дигитализация на пристанищата с Росток\n"
        "е в процес на изпълнение.\n\n"
        "Поздрави,\nМария\n\n"
        "На 09.04.2025 г. в 11:20 Иван Петров написа:\n"
        "> Мария,\n"
        ">\n"
        "> кметът е съгласен да приеме поканата. Да проверим и дали можем да посрещнем делегацията от\n"
        "> Одеса на 9–11 юни – те питат за съвместния морски фестивал, който засега е отложен за 2026 г.\n"
        "> Турку пък предлагат летен университет по археология – обсъжда се, още няма решение.\n"
        ">\n"
        "> Иван\n"
        ">\n"
        "> На 08.04.2025 г. в 09:02 Мария Георгиева написа:\n"
        ">> Колеги,\n"
        ">>\n"
        ">> получихме покана от Олборг – препращам я по-долу. Напомням, че Варна има 12 побратимени\n"
        f">> града: {', '.join(n for n, _ in VARNA_SISTERS[:6])},\n"
        f">> {', '.join(n for n, _ in VARNA_SISTERS[6:])},\n"
        ">> както и споразумения за сътрудничество с Нинбо (Китай) и Сурабая (Индонезия).\n"
        ">>\n"
        ">> Мария Георгиева\n"
        ">> Дирекция „Международно сътрудничество“, Община Варна\n"
        ">>\n"
        ">> ---------- Препратено съобщение ----------\n"
        ">> От: Aalborg Kommune – International Office <international@aalborg.example>\n"
        ">> Дата: пн, 7.04.2025 г. в 14:31\n"
        ">> Тема: Invitation – Aalborg twin-city conference, 21–23 May\n"
        ">> До: m.georgieva@varna.example\n"
        ">>\n"
        ">>> Dear friends in Varna,\n"
        ">>>\n"
        ">>> On behalf of the Mayor of Aalborg we are pleased to invite the Mayor of Varna and a small\n"
        ">>> delegation to our twin-city conference, held together with the Aalborg Carnival,\n"
        ">>> 21-23 May 2025. The programme covers harbour regeneration and youth exchange.\n"
        ">>> Please register by 25 April 2025.\n"
        ">>>\n"
        ">>> Kind regards,\n"
        ">>> Mette Larsen, International Office, Aalborg Kommune\n")
    msg.set_content(body, charset="windows-1251", cte="quoted-printable")
    gold = Gold(
        partnerships=[partner(n, c, "sister") for n, c in VARNA_SISTERS]
        + [partner(n, c, "partner") for n, c in VARNA_MOU],
        engagements=[engagement("outgoing", ["Varna"], "Aalborg", "2025-05-21", "2025-05-23"),
                     engagement("incoming", ["Odesa"], "Varna", "2025-06-09", "2025-06-11")],
        cooperation=[coop(t, s, ["Varna", c]) for t, _, s, c in VARNA_ITEMS],
        claims=[claim("12 побратимени града", len(VARNA_SISTERS), None, "sister", "consistent")],
    )
    return eml_bytes(msg), gold


# --------------------------------------------------------------------------- 109 Almaty CSV export (kk, TXT)

ALA = [  # (city, country, relation, year, last visit, project, project status, canonical, kind)
    ("Мәскеу", "Ресей Федерациясы", "бауырлас қала", "1994", "", "", "", "Moscow", "sister"),
    ("Санкт-Петербург", "Ресей Федерациясы", "бауырлас қала", "1996", "", "", "", "Saint Petersburg", "sister"),
    ("Үрімжі", "Қытай Халық Республикасы", "бауырлас қала", "1993", "", "Сауда-өнеркәсіп көрмесі",
     "аяқталды", "Ürümqi", "sister"),
    ("Ыстамбұл", "Түркия", "бауырлас қала", "1998", "2025 ж. қазан, әкімнің Ыстамбұлға сапары (жоспар)", "", "",
     "Istanbul", "sister"),
    ("Рига", "Латвия", "бауырлас қала", "2001", "", "", "", "Riga", "sister"),
    ("Вильнюс", "Литва", "бауырлас қала", "1999", "", "", "", "Vilnius", "sister"),
    ("Ренн", "Франция", "бауырлас қала", "2004", "03.06.2025, онлайн кездесу (бейнебайланыс)", "Велосипед жолдары, "
     "\"жасыл дәліз\" жобасы", "келісілді", "Rennes", "sister"),
    ("Модена", "Италия", "бауырлас қала", "2007", "", "", "", "Modena", "sister"),
    ("Тэгу", "Корея Республикасы", "бауырлас қала", "1990", "15-17.04.2025, Тэгу делегациясы Алматыда",
     "Ақылды қала платформасы", "орындалуда", "Daegu", "sister"),
    ("Хошимин", "Вьетнам", "бауырлас қала", "2011", "", "", "", "Ho Chi Minh City", "sister"),
    ("Александрия", "Мысыр Араб Республикасы", "бауырлас қала", "1995", "", "", "", "Alexandria (EG)", "sister"),
    ("Малатия", "Түркия", "ынтымақтастық туралы меморандум", "2016", "", "Өрік фестивалі",
     "ұсынылды (Малатия тарапынан)", "Malatya", "partner"),
    ("Росарио", "Аргентина", "ынтымақтастық туралы меморандум", "2019", "", "", "", "Rosario", "partner"),
]


def _csv(fields) -> str:
    return ",".join('"' + f.replace('"', '""') + '"' for f in fields)


@document("109_almaty_bauyrlas_qalalar_export_kk.txt", split="test", home="Almaty", language="kk",
          encoding="utf-8-sig",
          features=["txt", "Kazakh (Cyrillic)", "UTF-8 with a BOM, CRLF", "spreadsheet export as CSV: every field "
                    "quoted, doubled quotes inside a field, a comma inside a quoted field, empty cells", "header "
                    "in Kazakh (Қала, Ел, Байланыс түрі, …)", "бауырлас қала = sister, ынтымақтастық туралы "
                    "меморандум = partner", "visits and projects in columns of the partner's row: '15-17.04.2025', "
                    "'2025 ж. қазан' (month only); an online meeting that is not a visit", "totals row "
                    "'Барлығы: 13 қала, 11 ел'", "project states in a column"])
def almaty_txt():
    canons = [r[7] for r in ALA]
    header = ["№", "Қала", "Ел", "Байланыс түрі", "Келісім жылы", "Соңғы сапар / кездесу", "Бірлескен жоба",
              "Жоба мәртебесі"]
    lines = [_csv(header)]
    lines += [_csv([str(i), *r[:7]]) for i, r in enumerate(ALA, 1)]
    lines.append(_csv(["", f"Барлығы: {len(canons)} қала, {_countries(canons)} ел", "", "", "", "", "", ""]))
    lines.append(_csv(["", "Экспорт: Алматы қаласы әкімдігі, Халықаралық ынтымақтастық бөлімі, 01.07.2025", "",
                       "", "", "", "", ""]))
    items = [(r[5], r[6], r[7]) for r in ALA if r[5]]
    status = {"аяқталды": "completed", "келісілді": "agreed", "орындалуда": "in_progress",
              "ұсынылды (Малатия тарапынан)": "proposed"}
    gold = Gold(
        partnerships=[partner(r[0], r[7], r[8], i) for i, r in enumerate(ALA, 1)],
        engagements=[engagement("outgoing", ["Almaty"], "Istanbul", "2025-10"),
                     engagement("incoming", ["Daegu"], "Almaty", "2025-04-15", "2025-04-17")],
        cooperation=[coop(t, status[s], ["Almaty", c]) for t, s, c in items],
        claims=[claim(f"{len(canons)} қала, {_countries(canons)} ел", len(canons), _countries(canons), "all",
                      "consistent")],
    )
    return ("\r\n".join(lines) + "\r\n").encode("utf-8-sig"), gold
