"""Visits, delegations and missions in the languages of lexicon.py: small documents of our own, one or two
sentences each, read end to end (dates, visit words, who came and who went, a consul met at home)."""

from __future__ import annotations

import pytest

from tests.core.extraction.helpers import engagements as _got

# (home city key, text, engagements as (kind, visiting, host, start, end))
CASES = [
    # Polish: "delegacja z X" (the visitor), the home city in the locative
    ("gn:3094802", "Delegacja z Bordeaux przebywała w Krakowie od 12 do 14 maja 2024 r.",
     [("incoming", ["Bordeaux"], "Kraków", "2024-05-12", "2024-05-14")]),
    # Czech: an inflected partner ("ze Stuttgartu") found among the document's own partners
    ("gn:3078610", "Partnerská města: Stuttgart, Leeds.\n\nDelegace ze Stuttgartu navštívila Brno 5.–7. června 2024.",
     [("incoming", ["Stuttgart"], "Brno", "2024-06-05", "2024-06-07")]),
    # Croatian: "izaslanstvo iz X", listopad = October in Croatian
    ("gn:3186886", "Gradovi partneri: Mainz, Bologna.\n\n"
                   "Izaslanstvo iz Mainza boravilo je u Zagrebu od 3. do 5. listopada 2024. godine.",
     [("incoming", ["Mainz"], "Zagreb", "2024-10-03", "2024-10-05")]),
    # Slovene
    ("gn:3196359", "Partnerska mesta: Bratislava, Dunaj.\n\nDelegacija iz Bratislave je obiskala Ljubljano od 5. do 7. junija 2025.",
     [("incoming", ["Bratislava"], "Ljubljana", "2025-06-05", "2025-06-07")]),
    # Ukrainian and Bulgarian
    ("gn:702550", "Міста-партнери: Вроцлав, Люблін.\n\nДелегація з Вроцлава відвідала Львів з 5 по 7 червня 2025 р.",
     [("incoming", ["Wrocław"], "Lviv", "2025-06-05", "2025-06-07")]),
    ("gn:727011", "Делегация от Скопие посети София от 15 до 17 април 2025 г.",
     [("incoming", ["Skopje"], "Sofia", "2025-04-15", "2025-04-17")]),
    # Greek: the mayor goes ("θα μεταβεί στη X"); a municipality's delegation in the genitive ("του Δήμου Πάφου")
    ("gn:734077", "Ο Δήμαρχος θα μεταβεί στη Λάρνακα στις 10-12 Ιουνίου 2025.",
     [("outgoing", ["Thessaloníki"], "Larnaca", "2025-06-10", "2025-06-12")]),
    ("gn:734077", "Αδελφοποιημένες πόλεις: Λεμεσός, Πάφος.\n\n"
                  "Από 7 έως 9 Μαΐου 2025 πραγματοποιήθηκε επίσκεψη αντιπροσωπείας του Δήμου Πάφου στη Θεσσαλονίκη.",
     [("incoming", ["Paphos"], "Thessaloníki", "2025-05-07", "2025-05-09")]),
    # Romanian
    ("gn:681290", "Primarul a efectuat o vizită la Lyon între 5 și 7 iunie 2025.",
     [("outgoing", ["Cluj-Napoca"], "Lyon", "2025-06-05", "2025-06-07")]),
    # Lithuanian (the host in the accusative) and Latvian
    ("gn:593116", "Miestai partneriai: Ryga, Tartu.\n\n2025 m. spalio 14–15 d. meras vyks į Rygą.",
     [("outgoing", ["Vilnius"], "Riga", "2025-10-14", "2025-10-15")]),
    ("gn:456172", "Sadraudzības pilsētas: Tallina, Vilnius.\n\nRīgas mērs 2025. gada 12. martā apmeklēja Tallinu.",
     [("outgoing", ["Riga"], "Tallinn", "2025-03-12", "2025-03-12")]),
    # Finnish: the home city's delegation ("Helsingin valtuuskunta") visited a partner in the inessive
    ("gn:658225", "Ystävyyskaupungit: Tallinna, Pietari.\n\nHelsingin valtuuskunta vieraili Tallinnassa 3.–5. kesäkuuta 2025.",
     [("outgoing", ["Helsinki"], "Tallinn", "2025-06-03", "2025-06-05")]),
    # Swedish: "delegation från X besökte"; the chair at a meeting "i Bergen den 20–21 maj"
    ("gn:2692969", "En delegation från Aarhus besökte Malmö den 11–13 mars 2025.\n\n"
                   "Kommunstyrelsens ordförande deltog i ett möte i Bergen den 20–21 maj 2025.",
     [("incoming", ["Århus"], "Malmö", "2025-03-11", "2025-03-13"),
      ("outgoing", ["Malmö"], "Bergen", "2025-05-20", "2025-05-21")]),
    # Portuguese and Maltese
    ("gn:2735943", "A delegação de Bordéus visitou o Porto de 10 a 12 de outubro de 2025.",
     [("incoming", ["Bordeaux"], "Porto", "2025-10-10", "2025-10-12")]),
    ("gn:2562305", "Delegazzjoni minn Palermo żaret il-Belt Valletta mill-5 sal-7 ta’ Ġunju 2025.",
     [("incoming", ["Palermo"], "Valletta", "2025-06-05", "2025-06-07")]),
    # Vietnamese: a city's working delegation came; the city's leaders went ("thăm và làm việc tại X")
    ("gn:1581298", "Từ ngày 5 đến 7/6/2025, đoàn công tác thành phố Kitakyushu đã thăm và làm việc tại Hải Phòng.\n\n"
                   "Đoàn lãnh đạo thành phố thăm và làm việc tại Incheon từ ngày 9 – 11/9/2025.",
     [("incoming", ["Kitakyushu"], "Haiphong", "2025-06-05", "2025-06-07"),
      ("outgoing", ["Haiphong"], "Incheon", "2025-09-09", "2025-09-11")]),
    # Indonesian: "Kota X" is the city X (not Kota in India), "Wali Kota" the mayor; a consul's courtesy call
    ("gn:1650357", "Pemerintah Kota Bandung menerima kunjungan delegasi Kota Braunschweig pada 19–20 Mei 2025.\n\n"
                   "Wali Kota Bandung dijadwalkan melakukan kunjungan kerja ke Hamamatsu pada 8–11 Juli 2025.\n\n"
                   "Konsul Jenderal Jepang melakukan kunjungan kehormatan kepada Wali Kota pada 3 Juni 2025.",
     [("incoming", ["Braunschweig"], "Bandung", "2025-05-19", "2025-05-20"),
      ("meeting", ["JP"], "Bandung", "2025-06-03", "2025-06-03"),
      ("outgoing", ["Bandung"], "Hamamatsu", "2025-07-08", "2025-07-11")]),
    # Swahili and Tagalog
    ("gn:186301", "Ujumbe kutoka Seattle ulitembelea Mombasa tarehe 5 hadi 7 Juni 2025.",
     [("incoming", ["Seattle"], "Mombasa", "2025-06-05", "2025-06-07")]),
    # Turkish: a consul general met at home ("… Belediye Başkanı ile görüştü")
    ("gn:745044", "Yunanistan Başkonsolosu 12 Mart 2024 tarihinde Belediye Başkanı ile görüştü.",
     [("meeting", ["GR"], "Istanbul", "2024-03-12", "2024-03-12")]),
]


@pytest.mark.parametrize("home_key,text,expected", CASES, ids=[f"{i}-{c[0]}" for i, c in enumerate(CASES)])
def test_visits_in_many_languages(extract_text, home_key, text, expected):
    x = extract_text(text.encode(), home_key=home_key, name="visits.txt")
    assert _got(x) == sorted(expected)


def test_a_tagalog_delegation_from_a_city(extract_text):
    x = extract_text("Bumisita sa Cebu ang delegasyon mula sa Yokohama noong Marso 12, 2024.".encode(),
                     home_key="gn:1717512", name="pagbisita.txt")  # Cebu City
    assert [(k, v, d) for k, v, _h, d, _e in _got(x)] == [("incoming", ["Yokohama"], "2024-03-12")]


def test_a_word_inside_a_date_or_a_title_is_no_place(extract_text):
    """"19–20 Mei 2025": Mei is May, not Meizhou; "Wali Kota" is the mayor, not Warri and Kota."""
    x = extract_text("Wali Kota Bandung menerima delegasi Kota Braunschweig pada 19–20 Mei 2025.".encode(),
                     home_key="gn:1650357", name="berita.txt")
    assert _got(x) == [("incoming", ["Braunschweig"], "Bandung", "2025-05-19", "2025-05-20")]


def test_review_is_not_a_visit_in_hebrew():
    from intercity.core.extraction.visits import VISIT_WORDS

    assert VISIT_WORDS.search("המשלחת ביקרה בעיר")
    assert not VISIT_WORDS.search("דוח ביקורת שנתי")  # an audit report
