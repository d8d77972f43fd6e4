"""Language packs for the regional and smaller languages of Europe and Afrikaans (Basque, Galician, Catalan, Welsh,
Luxembourgish, Frisian, Romansh, Faroese, Breton, Scottish Gaelic, Afrikaans), then Tajik, Kyrgyz, Turkmen and
Nepali: kind words, status words, visit
wording, month names and table headers, read end to end through the public extract API on small documents of our
own; and sentences of other languages the new stems must leave alone."""

from __future__ import annotations

import re

import pytest

from intercity.core.extraction import lexicon as lex
from intercity.core.extraction.dates import find_dates
from intercity.core.extraction.kind_words import KIND_WORDS, STATUS_WORDS
from intercity.core.extraction.kinds import kinds_in
from intercity.core.extraction.status import status_of
from tests.core.extraction.helpers import engagements as _got
from tests.core.extraction.helpers import ties

NEW = ("eu", "gl", "ca", "cy", "lb", "fy", "rm", "fo", "br", "gd", "af", "tg", "ky", "tk", "ne")
STATUSES = ("proposed", "agreed", "in_progress", "completed", "stalled", "dropped")


def test_every_new_language_has_kinds_all_six_statuses_and_visit_words():
    for lang in NEW:
        assert KIND_WORDS[lang].get("sister"), lang
        assert all(STATUS_WORDS[lang].get(s) for s in STATUSES), lang
        assert lex.VISIT_WORDS.get(lang) and lex.DELEGATION_WORDS.get(lang) and lex.RECEIVED_WORDS.get(lang), lang


# (home key, text, partners as (kind, name), engagements as (kind, visiting, host, start, end))
DOCS = [
    ("gn:3110044", "Hiri senidetuak: Reno, Trento, Batumi.\n\nRenoko ordezkaritza 2025eko maiatzaren 7tik 9ra Donostiara etorri zen.\n\n"
                   "Alkatea Trentora bidaiatu zen 2025eko irailaren 10ean.",
     {("sister", "Reno"), ("sister", "Trento"), ("sister", "Batumi")},
     [("incoming", ["Reno"], "Donostia / San Sebastián", "2025-05-07", "2025-05-09"),
      ("outgoing", ["Donostia / San Sebastián"], "Trento", "2025-09-10", "2025-09-10")]),
    ("gn:3109642", "Cidades irmandadas: Coímbra, Asís.\n\nUnha delegación de Coímbra visitou Santiago de Compostela do 5 ao 7 de xuño de 2025.",
     {("sister", "Coimbra")},
     [("incoming", ["Coimbra"], "Santiago de Compostela", "2025-06-05", "2025-06-07")]),
    ("gn:3121456", "Ciutats agermanades: Perpinyà, Rennes.\n\nEl 5 de juny de 2025 l'alcaldessa va visitar Rennes.",
     {("sister", "Perpignan"), ("sister", "Rennes")},
     [("outgoing", ["Girona"], "Rennes", "2025-06-05", "2025-06-05")]),
    ("gn:2653822", "Gefeilldrefi Caerdydd: Nantes, Stuttgart, Xiamen.\n\nYmwelodd dirprwyaeth o Nantes â Chaerdydd ar 5 Mehefin 2025.\n\n"
                   "Ymwelodd y Maer â Stuttgart 10–12 Medi 2025.",
     {("sister", "Nantes"), ("sister", "Stuttgart"), ("sister", "Xiamen")},
     [("incoming", ["Nantes"], "Cardiff", "2025-06-05", "2025-06-05"),
      ("outgoing", ["Cardiff"], "Stuttgart", "2025-09-10", "2025-09-12")]),
    ("gn:2960596", "Partnerstied: Lëtzebuerg, Cottbus.\n\nD'Delegatioun aus Cottbus gouf de 5. Juni 2025 vum Buergermeeschter empfaangen.",
     {("sister", "Luxembourg"), ("sister", "Cottbus")},
     [("incoming", ["Cottbus"], "Esch-sur-Alzette", "2025-06-05", "2025-06-05")]),
    ("gn:2751792", "Susterstêden: Gdańsk, Lübeck.\n\nIn delegaasje út Gdańsk besocht Ljouwert op 5 juny 2025.",
     {("sister", "Gdańsk"), ("sister", "Lübeck")},
     [("incoming", ["Gdańsk"], "Leeuwarden", "2025-06-05", "2025-06-05")]),
    ("gn:2611396", "Vinabýir: Reykjavík, Bergen.\n\nBorgarstjórin vitjaði Reykjavík 5. juni 2025.",
     {("sister", "Reykjavík"), ("sister", "Bergen")},
     [("outgoing", ["Tórshavn"], "Reykjavík", "2025-06-05", "2025-06-05")]),
    ("gn:2983990", "Kêrioù gevellet: Exeter, Erlangen.\n\nUr weladenn e Erlangen d'ar 5 a viz Mezheven 2025.",
     {("sister", "Exeter"), ("sister", "Erlangen")},
     [("outgoing", ["Rennes"], "Erlangen", "2025-06-05", "2025-06-05")]),
    ("gn:2646088", "Bailtean càraid: Augsburg, La Baule.\n\nThadhail am Provost air Augsburg air 5 Ògmhios 2025.",
     {("sister", "Augsburg"), ("sister", "La Baule-Escoublac")},
     [("outgoing", ["Inverness"], "Augsburg", "2025-06-05", "2025-06-05")]),
    ("gn:3361025", "Susterstede: Boulder, Wageningen.\n\n'n Afvaardiging van Wageningen het Stellenbosch op 5 Junie 2025 besoek.\n\n"
                   "Die burgemeester het 'n besoek aan Boulder gebring van 10 tot 12 September 2025.",
     {("sister", "Boulder"), ("sister", "Wageningen")},
     [("incoming", ["Wageningen"], "Stellenbosch", "2025-06-05", "2025-06-05"),
      ("outgoing", ["Stellenbosch"], "Boulder", "2025-09-10", "2025-09-12")]),
    # Tajik: "ҳайати шаҳри X" (the delegation of X), "ба шаҳри X сафар кард"; the month in the izafe ("5 июни 2025")
    ("gn:1221874", "Шаҳрҳои бародархонда: Санкт-Петербург, Клагенфурт, Лахор.\n\nҲайати шаҳри Лахор 5 июни 2025 ба Душанбе ташриф овард.\n\n"
                   "Раиси шаҳр 10 сентябри 2025 ба шаҳри Клагенфурт сафар кард.",
     {("sister", "Saint Petersburg"), ("sister", "Klagenfurt am Wörthersee"), ("sister", "Lahore")},
     [("incoming", ["Lahore"], "Dushanbe", "2025-06-05", "2025-06-05"),
      ("outgoing", ["Dushanbe"], "Klagenfurt am Wörthersee", "2025-09-10", "2025-09-10")]),
    # Kyrgyz: "X шаарынын делегациясы", "X шаарына иш сапары менен барды"; "2025-жылы 5-июнда", "10-сентябрь 2025-ж." (no sentence end)
    ("gn:1528675", "Бир тууган шаарлар: Анкара, Алматы, Тегеран.\n\nАнкара шаарынын делегациясы 2025-жылы 5-июнда Бишкекте болду.\n\n"
                   "Мэр 10-сентябрь 2025-ж. Алматы шаарына иш сапары менен барды.",
     {("sister", "Ankara"), ("sister", "Almaty"), ("sister", "Tehran")},
     [("incoming", ["Ankara"], "Bishkek", "2025-06-05", "2025-06-05"),
      ("outgoing", ["Bishkek"], "Almaty", "2025-09-10", "2025-09-10")]),
    # Turkmen: "X şäheriniň wekiliýeti", "X şäherine iş saparyna"; "5-nji iýun 2025"
    ("gn:162183", "Dogandaş şäherler: Ankara.\n\nAnkara şäheriniň wekiliýeti 5-nji iýun 2025 Aşgabada geldi.\n\n"
                  "Häkim 10 sentýabr 2025 Ankara şäherine iş saparyna bardy.",
     {("sister", "Ankara")},
     [("incoming", ["Ankara"], "Ashgabat", "2025-06-05", "2025-06-05"),
      ("outgoing", ["Ashgabat"], "Ankara", "2025-09-10", "2025-09-10")]),
    # Nepali: "X महानगरको प्रतिनिधिमण्डल", "X सहरको भ्रमण"; Devanagari digits
    ("gn:1283240", "भगिनी सम्बन्ध: ल्हासा।\n\nल्हासा महानगरको प्रतिनिधिमण्डल ५ जुन २०२५ मा काठमाडौं आइपुग्यो।\n\n"
                   "मेयर १० सेप्टेम्बर २०२५ मा ल्हासा सहरको भ्रमण गर्नुभयो।",
     {("sister", "Lhasa")},
     [("incoming", ["Lhasa"], "Kathmandu", "2025-06-05", "2025-06-05"),
      ("outgoing", ["Kathmandu"], "Lhasa", "2025-09-10", "2025-09-10")]),
]


@pytest.mark.parametrize("home_key,text,partners,visits", DOCS, ids=[f"{i}-{d[0]}" for i, d in enumerate(DOCS)])
def test_a_partner_list_and_visits_per_language(extract_text, home_key, text, partners, visits):
    x = extract_text(text.encode(), home_key=home_key, name="doc.txt")
    assert ties(x) == partners
    assert _got(x) == sorted(visits)


@pytest.mark.parametrize("home_key,html,expected", [
    ("gn:3110044", "<h1>Lankidetza proiektuak</h1><table><tr><th>Proiektua</th><th>Hiria</th><th>Egoera</th></tr>"
                   "<tr><td>Gazteen truke programa</td><td>Reno</td><td>Martxan dago</td></tr>"
                   "<tr><td>Kultura astea</td><td>Trento</td><td>Sinatu zen 2024an</td></tr></table>",
     {("Gazteen truke programa", "in_progress"), ("Kultura astea", "agreed")}),
    ("gn:2653822", "<h1>Prosiectau cydweithio</h1><table><tr><th>Prosiect</th><th>Dinas</th><th>Statws</th></tr>"
                   "<tr><td>Rhaglen gyfnewid ieuenctid</td><td>Nantes</td><td>Ar y gweill</td></tr>"
                   "<tr><td>Wythnos ddiwylliant</td><td>Stuttgart</td><td>Cwblhawyd yn 2024</td></tr></table>",
     {("Rhaglen gyfnewid ieuenctid", "in_progress"), ("Wythnos ddiwylliant", "completed")}),
])
def test_an_item_table_with_its_status(extract_text, home_key, html, expected):
    x = extract_text(f"<html><body>{html}</body></html>".encode(), home_key=home_key, name="items.html")
    assert {(c.title, c.status) for c in x.cooperation} == expected


@pytest.mark.parametrize("text,status", [
    ("Hitzarmena 2024an sinatu zen.", "agreed"), ("Proiektua martxan dago.", "in_progress"), ("Ez da sinatu oraindik.", "proposed"),
    ("O convenio foi asinado en 2024.", "agreed"), ("El projecte està en curs.", "in_progress"), ("L'acord va ser cancel·lat.", "dropped"),
    ("Llofnodwyd y cytundeb yn 2024.", "agreed"), ("Mae'r prosiect ar y gweill.", "in_progress"), ("Gohiriwyd yr ymweliad.", "stalled"),
    ("De Projet ass ofgeschloss.", "completed"), ("It projekt is útsteld.", "stalled"), ("Il project è suspendida.", "stalled"),
    ("Avtalan er undirskrivað.", "agreed"), ("Ar raktres a zo echu.", "completed"), ("Chaidh an t-aonta a shoidhneadh.", "agreed"),
    ("Die projek is voltooi.", "completed"), ("Die besoek is uitgestel.", "stalled"), ("Die ooreenkoms is nog nie onderteken nie.", "proposed"),
    ("Созишнома ба имзо расид.", "agreed"), ("Лоиҳа идома дорад.", "in_progress"), ("Долбоор уланууда.", "in_progress"),
    ("Келишимге кол коюлду.", "agreed"), ("Ylalaşyk gol çekildi.", "agreed"), ("Taslama togtadyldy.", "stalled"),
    ("समझदारी पत्रमा हस्ताक्षर भयो।", "agreed"), ("परियोजना सम्पन्न भयो।", "completed"),
    ("Plan gözden geçirildi.", "proposed"),  # Turkish "reviewed", not Turkmen
])
def test_status_words(text, status):
    assert status_of(text)[0] == status


@pytest.mark.parametrize("text,expected", [
    ("2025eko maiatzaren 7tik 9ra", ("2025-05-07", "2025-05-09")), ("2025eko ekainaren 5ean", ("2025-06-05", "2025-06-05")),
    ("5-7 Mehefin 2025", ("2025-06-05", "2025-06-07")), ("5mh dhen Ògmhios 2025", ("2025-06-05", "2025-06-05")),
    ("5 a viz Mezheven 2025", ("2025-06-05", "2025-06-05")), ("5 zercladur 2025", ("2025-06-05", "2025-06-05")),
    ("5 tot 7 Junie 2025", ("2025-06-05", "2025-06-07")), ("5. Mee 2025", ("2025-05-05", "2025-05-05")),
    ("5 июни 2025", ("2025-06-05", "2025-06-05")), ("2025-жылы 5-7-июнда", ("2025-06-05", "2025-06-07")),
    ("5-nji iýun 2025", ("2025-06-05", "2025-06-05")), ("५ जुन २०२५", ("2025-06-05", "2025-06-05")),
    ("Душанбе, 5 июни 2025", ("2025-06-05", "2025-06-05")),
])
def test_dates(text, expected):
    assert [(d.start, d.end) for d in find_dates(text)] == [expected]


@pytest.mark.parametrize("text", ["le rapport du 2025", "we are here, 2025 is coming", "Mae 2025 yn flwyddyn dda", "doet mee 2025",
                                  "वर्ष मे 2025"])
def test_month_names_that_are_words_elsewhere_need_a_full_date(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("text", [
    "Az ülés elfogadta a javaslatot.", "Het contract is net ondertekend.", "A delegação visitou o Porto em 2024.",
    "Arrivati da Roma, i delegati hanno visitato il museo.", "Wij eten samen.", "Die Partnerschaft mit Bremen läuft.",
    "The twins travelled home.", "Il est ici depuis 2020.",
])
def test_new_stems_leave_other_languages_alone(text):
    new_kinds = re.compile("|".join(f.lstrip("~") for lang in NEW for fs in KIND_WORDS[lang].values() for f in fs), re.IGNORECASE)
    assert new_kinds.search(text) is None
    assert status_of("Het contract is net ondertekend.")[0] == "agreed"  # Dutch "net" (just) is no negation


def test_portuguese_article_o_is_no_welsh_from(extract_text):
    x = extract_text("A delegação de Lisboa visitou o Porto em 5 de junho de 2025.".encode(), home_key="gn:2735943", name="pt.txt")
    assert all("Porto" not in [v.name for v in e.visiting] for e in x.engagements)


def test_the_tajik_monday_is_the_capital():
    from intercity.core.extraction import calendar_words
    assert "душанбе" not in calendar_words.WEEKDAYS  # Tajik Monday = Dushanbe: "Душанбе, 5 июни" keeps its place
