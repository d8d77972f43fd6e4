"""Engagement forms met on layouts nobody had tuned on (dev 110-117's languages), in our own words: full dotted
date ranges, Azerbaijani dates and visits, Slovak trips, case forms of a city the document names elsewhere, and
a diplomat's country in a case form."""

from __future__ import annotations

import pytest

from intercity.core.extraction.dates import find_dates
from tests.core.extraction.helpers import engagements as _got


def spans(text, year=2031):
    return [(d.start, d.end) for d in find_dates(text, year)]


def test_two_full_dotted_dates_joined_by_a_dash_are_one_range():
    assert spans("Gäste 11.02.2026 – 13.02.2026 im Rathaus") == [("2026-02-11", "2026-02-13")]
    assert spans("vom 30.12.2026 bis 02.01.2027") == [("2026-12-30", "2027-01-02")]
    # joined by "and": two days, not a range
    assert spans("am 11.02.2026 und 13.02.2026") == [("2026-02-11", "2026-02-11"), ("2026-02-13", "2026-02-13")]


def test_azerbaijani_month_in_the_genitive_before_days_with_case_endings():
    assert spans("2026-cı il aprelin 7-dən 9-dək") == [("2026-04-07", "2026-04-09")]
    assert spans("oktyabrın 3–5-də") == [("2031-10-03", "2031-10-05")]
    assert spans("iyulun 21-də") == [("2031-07-21", "2031-07-21")]


CASES = [
    # Azerbaijani: the visitor before "nümayəndə heyəti" (a genitive between), the home city in the locative
    ("gn:587084", "2026-cı il aprelin 7-dən 9-dək Tbilisi şəhərinin nümayəndə heyəti Bakıda səfərdə olmuşdur.",
     [("incoming", ["Tbilisi"], "Baku", "2026-04-07", "2026-04-09")]),
    # Azerbaijani: a listed partner in the dative before "səfər" is the host
    ("gn:587084", "Qardaş şəhərlər: Tbilisi, Lyon.\n\n"
                  "2026-cı il oktyabrın 3–5-də şəhər rəhbərliyi Tbilisiyə işgüzar səfər etmişdir.",
     [("outgoing", ["Baku"], "Tbilisi", "2026-10-03", "2026-10-05")]),
    # Slovak: "cesta … do X" is a trip to X
    ("gn:724443", "Z rozpočtu sa pripravuje cesta primátora do Lille, ktorá je naplánovaná na 14. – 16. októbra 2026.",
     [("outgoing", ["Košice"], "Lille", "2026-10-14", "2026-10-16")]),
    # Slovene: a city named as written earlier is read in its case form with -j- ("iz Bakuja")
    ("gn:3196359", "Videoklic s predstavniki mesta Baku.\n\n"
                   "Delegacija iz Bakuja bo v Ljubljani od 3. do 5. marca 2026.",
     [("incoming", ["Baku"], "Ljubljana", "2026-03-03", "2026-03-05")]),
]


@pytest.mark.parametrize("home_key,text,expected", CASES, ids=[f"{i}-{c[0]}" for i, c in enumerate(CASES)])
def test_visits_in_fresh_forms(extract_text, home_key, text, expected):
    x = extract_text(text.encode(), home_key=home_key, name="visits.txt")
    assert _got(x) == sorted(expected)


def test_an_ambassador_of_a_country_in_a_case_form_is_not_the_home_country(extract_text):
    """"Ambasadori i Italisë në Shqipëri": Italy (Italisë, genitive) is represented, Albania is where the envoy serves."""
    x = extract_text("Më 22.10.2026 Ambasadori i Italisë në Shqipëri bëri një vizitë kortezie te kryetari i bashkisë së Tiranës."
                     .encode(), home_key="gn:3183875", name="protokoll.txt")
    assert _got(x) == [("meeting", ["IT"], "Tirana", "2026-10-22", "2026-10-22")]


def test_an_albanian_genitive_of_a_listed_partner(extract_text):
    x = extract_text("Qytete binjake: Roma, Bari.\n\nNr.\tData\tDelegacioni\n1\t14.09.2026 – 16.09.2026\tDelegacioni i Bashkisë së Romës\n"
                     .encode(), home_key="gn:3183875", name="regjistri.txt")
    assert [(k, v, s, e) for k, v, _h, s, e in _got(x)] == [("incoming", ["Rome"], "2026-09-14", "2026-09-16")]


def test_the_from_word_before_a_range_is_no_place(extract_text):
    """Dutch "Van 3 tot 5 juni" opens a date ("from"), it is not Van (Turkey)."""
    x = extract_text("Van 3 tot 5 juni 2026 ontving de burgemeester een delegatie uit Nantes.".encode(),
                     home_key="gn:2797656", name="nieuws.txt")
    assert [(k, v, s, e) for k, v, _h, s, e in _got(x)] == [("incoming", ["Nantes"], "2026-06-03", "2026-06-05")]


def test_a_hard_wrapped_line_continued_by_a_date_the_reader_took_for_an_item_number(extract_text):
    text = ("Z položky na prijatie hostí sa financovala najmä návšteva delegácie z Lille v dňoch\n"
            "5. – 7. júna 2026 a potom aj ďalšie menšie stretnutia podľa plánu mesta na tento rok.\n")
    x = extract_text(text.encode(), home_key="gn:724443", name="odpoved.txt")
    assert [(k, v, s, e) for k, v, _h, s, e in _got(x)] == [("incoming", ["Lille"], "2026-06-05", "2026-06-07")]


def test_mongolian_delegates_and_a_governors_visit_in_verbless_notes(extract_text):
    text = ("Хурлын тэмдэглэл\n\n"
            "- Токио хотын төлөөлөгчид — 2026.03.10–12 — Улаанбаатарт\n"
            "- Засаг даргын Прага айлчлал — 10 дүгээр сар — төлөвлөгөөт\n")
    x = extract_text(text.encode(), home_key="gn:2028462", name="temdeglel.md")
    assert [(k, v, s, e) for k, v, _h, s, e in _got(x)] == [
        ("incoming", ["Tokyo"], "2026-03-10", "2026-03-12"), ("outgoing", ["Ulan Bator"], "2026-10", "2026-10")]


def test_a_month_alone_opening_a_line_or_a_row_is_a_month_of_the_year():
    assert spans("octubre (por confirmar)\tGira a Quito") == [("2031-10", "2031-10")]
    assert spans("Feb (tbc)  Study tour") == [("2031-02", "2031-02")]
    assert spans("March was a busy month") == []
    assert spans("octubre (por confirmar)", None) == []


def test_a_mission_to_a_town_hall_of_a_city_goes_there(extract_text):
    x = extract_text("# Agenda 2026\n\n| Fecha | Actividad |\n|---|---|\n| 4 al 6 de mayo | Misión de la Secretaría de Cultura a la "
                     "Municipalidad de Quito |\n".encode(), home_key="gn:3838583", name="agenda.md")
    assert [(k, h, s, e) for k, _v, h, s, e in _got(x)] == [("outgoing", "Quito", "2026-05-04", "2026-05-06")]


def test_tagalog_going_to_a_city_with_the_goer_between(extract_text):
    x = extract_text("Sa Hulyo 8 hanggang 10, 2026, pupunta po ang inyong alkalde sa Vancouver para sa isang pulong.".encode(),
                     home_key="gn:1728930", name="talumpati.txt")
    assert [(k, h, s, e) for k, _v, h, s, e in _got(x)] == [("outgoing", "Vancouver", "2026-07-08", "2026-07-10")]


def test_georgian_an_official_visit_in_a_city_is_the_home_citys_trip(extract_text):
    text = "2026 წლის 5-7 მაისს თბილისის მერი ოფიციალური ვიზიტით ლიონში იმყოფებოდა."
    x = extract_text(text.encode(), home_key="gn:611717", name="siaxleebi.txt")
    assert [(k, h, s, e) for k, _v, h, s, e in _got(x)] == [("outgoing", "Lyon", "2026-05-05", "2026-05-07")]


def test_a_chat_messages_timestamp_is_no_visit_date(extract_text):
    text = ("群聊：外办-里昂代表团接待\n\n"
            "2026-03-02 09:12 李明\n各位好，里昂代表团5月6日到8日来访，共8人\n"
            "2026-03-02 09:15 王芳\n收到\n")
    x = extract_text(text.encode(), home_key="gn:1816670", name="chat.txt")
    assert [(k, v, s, e) for k, v, _h, s, e in _got(x)] == [("incoming", ["Lyon"], "2026-05-06", "2026-05-08")]


def test_a_timetable_under_its_title_runs_from_the_first_to_the_last_day(extract_text):
    text = ("# Ratiba ya ziara ya ujumbe wa jiji dada la Lyon\n\n"
            "Toleo la 2, limesasishwa 1 Machi 2026\n\n"
            "| Muda | Shughuli |\n|---|---|\n"
            "| Jumatatu, 9 Machi 2026 | |\n| 09:00 | Kuwasili |\n"
            "| Jumanne, 10 Machi 2026 | |\n| 10:00 | Warsha |\n"
            "| Jumatano, 11 Machi 2026 | |\n| 08:00 | Kuondoka |\n")
    x = extract_text(text.encode(), home_key="gn:160263", name="ratiba.md")
    assert [(k, v, s, e) for k, v, _h, s, e in _got(x)] == [("incoming", ["Lyon"], "2026-03-09", "2026-03-11")]


def test_a_korean_plan_month_with_a_two_digit_year():
    assert spans("'26. 11월 중(예정) 방문") == [("2026-11", "2026-11")]
    assert spans("2026. 11월 중") == [("2026-11", "2026-11")]


def test_slovene_the_mayors_visit_in_a_city_is_a_trip_there(extract_text):
    text = "Pobratena mesta: Lyon, Bratislava.\n\nObisk župana v Lyonu je predviden v drugi polovici oktobra 2026."
    x = extract_text(text.encode(), home_key="gn:3196359", name="zapisnik.txt")
    assert [(k, h, s, e) for k, _v, h, s, e in _got(x)] == [("outgoing", "Lyon", "2026-10", "2026-10")]


def test_a_cjk_month_opening_a_numbered_item_before_a_comma():
    assert spans("1. 4月，接待里昂市代表团来访") == [("2031-04", "2031-04")]
    assert spans("4월: 리옹시 대표단 방문") == [("2031-04", "2031-04")]
    assert spans("共4月，") == [] and spans("1. 4月，接待", None) == []


def test_a_newsletter_without_a_dated_day_takes_the_year_of_its_masthead(extract_text):
    """"Nyhedsbrev · 2. kvartal 2025": no date in the issue has a year, the masthead's one year is theirs."""
    text = ("Odense i verden · Nyhedsbrev · 2. kvartal 2025 · nr. 2\n\nBesøg i dette kvartal\n\n"
            "1.–3. april: Borgmesterdelegation fra Funabashi på besøg i Odense.\n")
    x = extract_text(text.encode(), home_key="gn:2615876", name="nyhedsbrev.txt")
    assert [(e.kind, e.start, e.end) for e in x.engagements] == [("incoming", "2025-04-01", "2025-04-03")]


def test_a_connector_opening_a_sentence_is_no_place(extract_text):
    """"Del 8 al 11 de septiembre …": "Del" (of the) is not Del City."""
    text = "Ciudades hermanas: Long Beach, Busan.\n\nDel 8 al 11 de septiembre de 2025 la alcaldesa viajó a Long Beach.\n"
    x = extract_text(text.encode(), home_key="gn:3868626", name="cuenta.txt")
    assert not any(p.name_as_written == "Del" for p in x.partnerships)
    assert [(e.kind, e.host.name) for e in x.engagements] == [("outgoing", "Long Beach")]


def test_a_year_less_visit_takes_the_year_most_dated_days_use(extract_text):
    """Three dated days in 2025 and a deadline in January 2026: "del 14 al 16 de abril" is April 2025."""
    text = ("Ciudades hermanas: Busan, Long Beach.\n\n"
            "Del 14 al 16 de abril recibimos a una delegación de Busan.\n\n"
            "El 3 de junio de 2025 se firmó el plan. El 8 de septiembre de 2025 viajamos a Long Beach. "
            "El 22 de octubre de 2025 hubo un foro. Postulaciones hasta el 30 de enero de 2026.\n")
    x = extract_text(text.encode(), home_key="gn:3868626", name="cuenta.txt")
    assert ("incoming", "2025-04-14", "2025-04-16") in [(e.kind, e.start, e.end) for e in x.engagements]
