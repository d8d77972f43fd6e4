"""Dates in the languages of the EU and of the other places city documents come from: month and weekday names
from CLDR (calendar_words.py, generated with Babel), the cases and range words of lexicon.py. For each language a
full date, a range and a month written in a sentence of our own; then forms that are no dates; then every date
Babel formats (full, long and medium) in these locales, found with its ISO value."""

from __future__ import annotations

import datetime
import importlib.util
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intercity.core.extraction.dates import find_dates

REPO = Path(__file__).resolve().parents[3]

# (language, sentence, the dates found in it as (start, end))
SENTENCES = [
    # Bulgarian
    ("bg", "Кметът подписа споразумението на 12 март 2024 г. в София.", [("2024-03-12", "2024-03-12")]),
    ("bg", "Делегацията ще посети Пловдив от 15 до 17 април 2025 г.", [("2025-04-15", "2025-04-17")]),
    ("bg", "Форумът ще се проведе през септември 2025 г.", [("2025-09", "2025-09")]),
    # Croatian (listopad is October in Croatian, November in Polish and Czech)
    ("hr", "Sporazum je potpisan 3. listopada 2023. godine u Zagrebu.", [("2023-10-03", "2023-10-03")]),
    ("hr", "Izaslanstvo je boravilo u Splitu od 12. do 14. svibnja 2024.", [("2024-05-12", "2024-05-14")]),
    ("hr", "Posjet je planiran u ožujku 2025.", [("2025-03", "2025-03")]),
    # Czech
    ("cs", "Smlouva byla podepsána 5. listopadu 2023 v Brně.", [("2023-11-05", "2023-11-05")]),
    ("cs", "Delegace z Plzně navštívila Kolín ve dnech 14.–16. června 2024.", [("2024-06-14", "2024-06-16")]),
    ("cs", "Návštěva proběhne v květnu 2025.", [("2025-05", "2025-05")]),
    # Danish
    ("da", "Aftalen blev underskrevet den 7. februar 2024 i Aarhus.", [("2024-02-07", "2024-02-07")]),
    ("da", "Delegationen besøger Odense fra den 10. til den 12. juni 2025.", [("2025-06-10", "2025-06-12")]),
    ("da", "Besøget er planlagt til september 2025.", [("2025-09", "2025-09")]),
    # Dutch
    ("nl", "Het convenant werd op 14 maart 2024 ondertekend.", [("2024-03-14", "2024-03-14")]),
    ("nl", "De delegatie bezoekt Utrecht van 3 t/m 5 oktober 2025.", [("2025-10-03", "2025-10-05")]),
    ("nl", "De opening staat gepland voor mei 2026.", [("2026-05", "2026-05")]),
    # English
    ("en", "The agreement was signed on 4 July 2023 in Leeds.", [("2023-07-04", "2023-07-04")]),
    ("en", "The mission took place from 10 to 12 March 2025.", [("2025-03-10", "2025-03-12")]),
    ("en", "The visit is planned for November 2025.", [("2025-11", "2025-11")]),
    # Estonian (a day takes the adessive: "21. märtsil")
    ("et", "Leping allkirjastati 21. märtsil 2024 Tartus.", [("2024-03-21", "2024-03-21")]),
    ("et", "Delegatsioon viibib Tallinnas 5.–7. juunil 2025.", [("2025-06-05", "2025-06-07")]),
    ("et", "Külaskäik toimub septembris 2025.", [("2025-09", "2025-09")]),
    # Finnish
    ("fi", "Sopimus allekirjoitettiin 15. maaliskuuta 2024 Tampereella.", [("2024-03-15", "2024-03-15")]),
    ("fi", "Valtuuskunta vierailee Turussa 3.–5. kesäkuuta 2025.", [("2025-06-03", "2025-06-05")]),
    ("fi", "Vierailu toteutetaan lokakuussa 2025.", [("2025-10", "2025-10")]),
    # French
    ("fr", "La convention a été signée le 8 avril 2024 à Lyon.", [("2024-04-08", "2024-04-08")]),
    ("fr", "La délégation sera à Nantes du 14 au 16 octobre 2025.", [("2025-10-14", "2025-10-16")]),
    ("fr", "La visite est prévue en juin 2025.", [("2025-06", "2025-06")]),
    # German
    ("de", "Der Vertrag wurde am 3. Februar 2024 in Köln unterzeichnet.", [("2024-02-03", "2024-02-03")]),
    ("de", "Die Delegation besucht Leipzig vom 12. bis 14. Mai 2025.", [("2025-05-12", "2025-05-14")]),
    ("de", "Der Besuch ist für September 2025 geplant.", [("2025-09", "2025-09")]),
    # Greek (genitive after a day, accusative with "του" before the year)
    ("el", "Το μνημόνιο υπογράφηκε στις 12 Μαρτίου 2024 στην Αθήνα.", [("2024-03-12", "2024-03-12")]),
    ("el", "Η αντιπροσωπεία θα επισκεφθεί την Πάτρα από 5 έως 7 Ιουνίου 2025.", [("2025-06-05", "2025-06-07")]),
    ("el", "Η επίσκεψη έχει προγραμματιστεί για τον Οκτώβριο του 2025.", [("2025-10", "2025-10")]),
    ("el", "ΣΥΝΑΝΤΗΣΗ ΣΤΙΣ 2 ΜΑΪΟΥ 2024", [("2024-05-02", "2024-05-02")]),  # capitals drop the accents
    # Hungarian (year first)
    ("hu", "A megállapodást 2024. március 15-én írták alá Szegeden.", [("2024-03-15", "2024-03-15")]),
    ("hu", "A küldöttség 2025. május 12–14. között Debrecenben tartózkodik.", [("2025-05-12", "2025-05-14")]),
    ("hu", "A látogatásra 2025 októberében kerül sor.", [("2025-10", "2025-10")]),
    # Irish
    ("ga", "Síníodh an comhaontú ar an 12 Márta 2024 i gCorcaigh.", [("2024-03-12", "2024-03-12")]),
    ("ga", "Beidh an toscaireacht i nGaillimh ón 3 go dtí an 5 Meitheamh 2025.", [("2025-06-03", "2025-06-05")]),
    ("ga", "Dáta na cuairte: Samhain 2025.", [("2025-11", "2025-11")]),
    # Italian
    ("it", "L'accordo è stato firmato il 9 maggio 2024 a Genova.", [("2024-05-09", "2024-05-09")]),
    ("it", "La delegazione sarà a Torino dal 20 al 22 novembre 2025.", [("2025-11-20", "2025-11-22")]),
    ("it", "La visita è prevista per marzo 2026.", [("2026-03", "2026-03")]),
    # Latvian (year, "gada", day, month)
    ("lv", "Līgums tika parakstīts 2024. gada 12. martā Rīgā.", [("2024-03-12", "2024-03-12")]),
    ("lv", "Delegācija uzturēsies Liepājā no 5. līdz 7. jūnijam 2025.", [("2025-06-05", "2025-06-07")]),
    ("lv", "Vizīte notiks 2025. gada oktobrī.", [("2025-10", "2025-10")]),
    # Lithuanian (year "m.", month in the genitive, day "d.")
    ("lt", "Sutartis pasirašyta 2024 m. kovo 12 d. Vilniuje.", [("2024-03-12", "2024-03-12")]),
    ("lt", "Delegacija lankysis Klaipėdoje 2025 m. birželio 5–7 d.", [("2025-06-05", "2025-06-07")]),
    ("lt", "Vizitas numatytas 2025 m. spalio mėn.", [("2025-10", "2025-10")]),
    # Maltese
    ("mt", "Il-ftehim ġie ffirmat fit-12 ta’ Marzu 2024.", [("2024-03-12", "2024-03-12")]),
    ("mt", "Id-delegazzjoni se tkun Għawdex mill-5 sal-7 ta’ Ġunju 2025.", [("2025-06-05", "2025-06-07")]),
    ("mt", "Iż-żjara hija ppjanata għal Ottubru 2025.", [("2025-10", "2025-10")]),
    # Polish
    ("pl", "Umowę podpisano 12 marca 2024 r. w Krakowie.", [("2024-03-12", "2024-03-12")]),
    ("pl", "Delegacja ze Lwowa przebywała w Gdańsku od 5 do 7 czerwca 2025 r.", [("2025-06-05", "2025-06-07")]),
    ("pl", "Wizyta planowana jest w październiku 2025 r.", [("2025-10", "2025-10")]),
    ("pl", "Spotkanie odbyło się 15 listopada 2023 r.", [("2023-11-15", "2023-11-15")]),
    # Portuguese
    ("pt", "O acordo foi assinado em 3 de abril de 2024 em Lisboa.", [("2024-04-03", "2024-04-03")]),
    ("pt", "A delegação estará no Porto de 10 a 12 de outubro de 2025.", [("2025-10-10", "2025-10-12")]),
    ("pt", "A visita está prevista para junho de 2025.", [("2025-06", "2025-06")]),
    # Romanian
    ("ro", "Acordul a fost semnat pe 14 martie 2024 la Iași.", [("2024-03-14", "2024-03-14")]),
    ("ro", "Delegația va vizita Clujul între 5 și 7 iunie 2025.", [("2025-06-05", "2025-06-07")]),
    ("ro", "Vizita este programată în octombrie 2025.", [("2025-10", "2025-10")]),
    # Slovak
    ("sk", "Zmluva bola podpísaná 12. marca 2024 v Bratislave.", [("2024-03-12", "2024-03-12")]),
    ("sk", "Delegácia navštívi Košice v dňoch 5. – 7. júna 2025.", [("2025-06-05", "2025-06-07")]),
    ("sk", "Návšteva sa uskutoční v októbri 2025.", [("2025-10", "2025-10")]),
    # Slovene (genitive after a day)
    ("sl", "Sporazum je bil podpisan 12. marca 2024 v Ljubljani.", [("2024-03-12", "2024-03-12")]),
    ("sl", "Delegacija bo obiskala Maribor od 5. do 7. junija 2025.", [("2025-06-05", "2025-06-07")]),
    ("sl", "Obisk je načrtovan za oktober 2025.", [("2025-10", "2025-10")]),
    # Spanish
    ("es", "El convenio se firmó el 15 de marzo de 2024 en Valencia.", [("2024-03-15", "2024-03-15")]),
    ("es", "La delegación estará en Bilbao del 10 al 12 de junio de 2025.", [("2025-06-10", "2025-06-12")]),
    ("es", "La visita está prevista para octubre de 2025.", [("2025-10", "2025-10")]),
    # Swedish
    ("sv", "Avtalet undertecknades den 12 mars 2024 i Malmö.", [("2024-03-12", "2024-03-12")]),
    ("sv", "Delegationen besöker Uppsala den 5–7 juni 2025.", [("2025-06-05", "2025-06-07")]),
    ("sv", "Besöket är planerat till oktober 2025.", [("2025-10", "2025-10")]),
    # Russian
    ("ru", "Соглашение подписано 12 марта 2024 г. в Казани.", [("2024-03-12", "2024-03-12")]),
    ("ru", "Делегация находилась в Твери с 5 по 7 июня 2025 г.", [("2025-06-05", "2025-06-07")]),
    ("ru", "Ответный визит состоится в мае 2025 года.", [("2025-05", "2025-05")]),
    ("ru", "Поездка длилась с 30 декабря 2024 г. по 2 января 2025 г.", [("2024-12-30", "2025-01-02")]),
    # Ukrainian
    ("uk", "Угоду підписано 12 березня 2024 р. у Львові.", [("2024-03-12", "2024-03-12")]),
    ("uk", "Делегація перебувала в Одесі з 5 по 7 червня 2025 р.", [("2025-06-05", "2025-06-07")]),
    ("uk", "Візит заплановано на жовтень 2025 р.", [("2025-10", "2025-10")]),
    # Belarusian
    ("be", "Пагадненне падпісана 12 сакавіка 2024 г. у Гродне.", [("2024-03-12", "2024-03-12")]),
    ("be", "Дэлегацыя наведала Брэст з 5 па 7 чэрвеня 2025 г.", [("2025-06-05", "2025-06-07")]),
    ("be", "Візіт запланаваны на кастрычнік 2025 г.", [("2025-10", "2025-10")]),
    # Serbian, in both scripts (genitive after a day)
    ("sr", "Споразум је потписан 12. марта 2024. године у Новом Саду.", [("2024-03-12", "2024-03-12")]),
    ("sr", "Delegacija je boravila u Nišu od 5. do 7. juna 2025. godine.", [("2025-06-05", "2025-06-07")]),
    ("sr", "Poseta je planirana za oktobar 2025.", [("2025-10", "2025-10")]),
    # Macedonian
    ("mk", "Договорот беше потпишан на 12 март 2024 г. во Битола.", [("2024-03-12", "2024-03-12")]),
    ("mk", "Делегацијата ќе го посети Охрид од 5 до 7 јуни 2025 г.", [("2025-06-05", "2025-06-07")]),
    ("mk", "Посетата е планирана за октомври 2025 г.", [("2025-10", "2025-10")]),
    # Turkish
    ("tr", "Anlaşma 12 Mart 2024 tarihinde İzmir'de imzalandı.", [("2024-03-12", "2024-03-12")]),
    ("tr", "Heyet 5-7 Haziran 2025 tarihlerinde Konya'yı ziyaret edecek.", [("2025-06-05", "2025-06-07")]),
    ("tr", "Ziyaretin Ekim 2025'te yapılması planlanıyor.", [("2025-10", "2025-10")]),
    ("tr", "TÖREN 2 MAYIS 2024 TARİHİNDE YAPILDI", [("2024-05-02", "2024-05-02")]),  # capital I without its dot
    # Vietnamese
    ("vi", "Biên bản ghi nhớ được ký ngày 12 tháng 3 năm 2024 tại Hà Nội.", [("2024-03-12", "2024-03-12")]),
    ("vi", "Đoàn công tác sẽ thăm Huế từ ngày 5 đến ngày 7 tháng 6 năm 2025.", [("2025-06-05", "2025-06-07")]),
    ("vi", "Chuyến thăm dự kiến diễn ra vào tháng 10 năm 2025.", [("2025-10", "2025-10")]),
    ("vi", "Từ ngày 9 – 11/6/2025, đoàn làm việc tại Viêng Chăn.", [("2025-06-09", "2025-06-11")]),
    # Indonesian
    ("id", "Nota kesepahaman ditandatangani pada 12 Maret 2024 di Bandung.", [("2024-03-12", "2024-03-12")]),
    ("id", "Delegasi akan berkunjung ke Medan pada 5–7 Juni 2025.", [("2025-06-05", "2025-06-07")]),
    ("id", "Kunjungan direncanakan pada bulan Oktober 2025.", [("2025-10", "2025-10")]),
    # Malay
    ("ms", "Memorandum itu ditandatangani pada 12 Mac 2024 di Melaka.", [("2024-03-12", "2024-03-12")]),
    ("ms", "Delegasi akan melawat Ipoh dari 5 hingga 7 Jun 2025.", [("2025-06-05", "2025-06-07")]),
    ("ms", "Lawatan dijadualkan pada Oktober 2025.", [("2025-10", "2025-10")]),
    # Thai (Buddhist-era years, Thai digits, words written together)
    ("th", "ลงนามบันทึกความเข้าใจเมื่อวันที่ 12 มีนาคม 2567 ณ กรุงเทพมหานคร", [("2024-03-12", "2024-03-12")]),
    ("th", "คณะผู้แทนจะเยือนเมืองขอนแก่นระหว่างวันที่ ๕-๗ มิถุนายน ๒๕๖๘", [("2025-06-05", "2025-06-07")]),
    ("th", "มีกำหนดการเยือนในเดือนตุลาคม พ.ศ. 2568", [("2025-10", "2025-10")]),
    # Tagalog
    ("tl", "Nilagdaan ang kasunduan noong Marso 12, 2024 sa Cebu.", [("2024-03-12", "2024-03-12")]),
    ("tl", "Bibisita ang delegasyon sa Davao mula Hunyo 5 hanggang 7, 2025.", [("2025-06-05", "2025-06-07")]),
    ("tl", "Nakatakda ang pagbisita sa Oktubre 2025.", [("2025-10", "2025-10")]),
    # Arabic (Egyptian and Levantine names, Arabic-Indic digits)
    ("ar", "تم توقيع الاتفاقية في 12 مارس 2024 في عمان.", [("2024-03-12", "2024-03-12")]),
    ("ar", "يزور الوفد مدينة صفاقس من 5 إلى 7 يونيو 2025.", [("2025-06-05", "2025-06-07")]),
    ("ar", "من المقرر أن تتم الزيارة في تشرين الأول ٢٠٢٥.", [("2025-10", "2025-10")]),
    # Hebrew (the preposition written on the month)
    ("he", "ההסכם נחתם ב-12 במרץ 2024 בחיפה.", [("2024-03-12", "2024-03-12")]),
    ("he", "המשלחת תבקר בנתניה בין 5 ל-7 ביוני 2025.", [("2025-06-05", "2025-06-07")]),
    ("he", "הביקור מתוכנן באוקטובר 2025.", [("2025-10", "2025-10")]),
    # Persian (Persian digits)
    ("fa", "تفاهم‌نامه در ۱۲ مارس ۲۰۲۴ در اصفهان امضا شد.", [("2024-03-12", "2024-03-12")]),
    ("fa", "هیئت از 5 تا 7 ژوئن 2025 از شیراز بازدید می‌کند.", [("2025-06-05", "2025-06-07")]),
    ("fa", "بازدید برای اکتبر 2025 برنامه‌ریزی شده است.", [("2025-10", "2025-10")]),
    # Hindi
    ("hi", "समझौते पर 12 मार्च 2024 को हस्ताक्षर किए गए।", [("2024-03-12", "2024-03-12")]),
    ("hi", "प्रतिनिधिमंडल 5 से 7 जून 2025 तक पुणे का दौरा करेगा।", [("2025-06-05", "2025-06-07")]),
    ("hi", "यह यात्रा अक्टूबर 2025 में प्रस्तावित है।", [("2025-10", "2025-10")]),
    # Swahili
    ("sw", "Makubaliano yalisainiwa tarehe 12 Machi 2024 jijini Mombasa.", [("2024-03-12", "2024-03-12")]),
    ("sw", "Ujumbe utatembelea Arusha kuanzia tarehe 5 hadi 7 Juni 2025.", [("2025-06-05", "2025-06-07")]),
    ("sw", "Ziara imepangwa kufanyika Oktoba 2025.", [("2025-10", "2025-10")]),
    # Japanese, Korean, Chinese (simplified and traditional)
    ("ja", "協定は2024年3月12日に締結された。", [("2024-03-12", "2024-03-12")]),
    ("ja", "代表団は2025年6月5日から7日まで訪問した。", [("2025-06-05", "2025-06-07")]),
    ("ja", "訪問は2025年10月に予定されている。", [("2025-10", "2025-10")]),
    ("ko", "협정은 2024년 3월 12일 체결되었다.", [("2024-03-12", "2024-03-12")]),
    ("ko", "대표단은 2025년 6월 5일부터 7일까지 방문했다.", [("2025-06-05", "2025-06-07")]),
    ("ko", "방문은 2025년 10월로 예정되어 있다.", [("2025-10", "2025-10")]),
    ("zh", "协议于2024年3月12日签署。", [("2024-03-12", "2024-03-12")]),
    ("zh", "代表团于2025年6月5日至7日访问。", [("2025-06-05", "2025-06-07")]),
    ("zh", "访问定于2025年10月进行。", [("2025-10", "2025-10")]),
    ("zh_Hant", "協議於2024年3月12日簽署。", [("2024-03-12", "2024-03-12")]),
    ("zh_Hant", "代表團於2025年6月5日至7日訪問。", [("2025-06-05", "2025-06-07")]),
    ("zh_Hant", "訪問預定於2025年10月舉行。", [("2025-10", "2025-10")]),
]


@pytest.mark.parametrize("lang,text,expected", SENTENCES, ids=[f"{c[0]}-{i}" for i, c in enumerate(SENTENCES)])
def test_dates_in_sentences(lang, text, expected):
    found = find_dates(text)
    assert [(d.start, d.end) for d in found] == expected, (lang, [(d.text, d.start, d.end) for d in found])
    for d in found:
        assert text[d.s:d.e] == d.text


def test_in_month_forms_take_the_year_from_context():
    """A form meaning "in <month>" by itself, or a month after "in", is a month of the document's year."""
    for text, iso in [("A látogatás márciusban lesz.", "2025-03"), ("Vierailu tehdään toukokuussa.", "2025-05"),
                      ("Wizyta odbędzie się w maju.", "2025-05"), ("Визит состоится в мае.", "2025-05"),
                      ("Der Besuch ist im Oktober.", "2025-10"), ("הביקור יתקיים במרץ.", "2025-03"),
                      ("Chuyến thăm vào tháng 9.", "2025-09"), ("Ziyaret Mart ayında yapılacak.", "2025-03")]:
        assert [d.start for d in find_dates(text, 2025)] == [iso], text
        assert find_dates(text) == [], text  # no year from context: no date


def test_a_name_two_languages_read_differently_follows_the_words_around_it():
    assert find_dates("Sastanak je održan 5. listopada 2024. godine.")[0].start == "2024-10-05"  # Croatian October
    assert find_dates("Spotkanie odbyło się 5 listopada 2024 r.")[0].start == "2024-11-05"  # Polish November
    assert find_dates("Schůzka se konala 5. listopadu 2024.")[0].start == "2024-11-05"  # Czech November
    assert find_dates("Sastanak je bio u listopadu 2024.")[0].start == "2024-10"  # Croatian "u listopadu"


@pytest.mark.parametrize("text", [
    "15 out of 20 cities replied",          # Portuguese "out." (outubro) is an abbreviation: a full date only
    "the Surface Pro 2 and the Mac 2020",   # Czech "pro" (December), Malay "Mac" (March)
    "see the sie 2017 report",              # Polish "sie" (August) without a day
    "Marseille 2024, Novosibirsk 2019",     # month names inside words
    "Mayoral election 2024; Octopus 2019",
    "mais 2024 a été une bonne année",      # French "but", not Estonian "in May"
    "section 5 - 12 of the 2019 act",       # numbers that are not dates
    "version 3.15.2 released",
    "call 12/34/2025 now",
    "25-30 participants, 2017-2020 strategy",
    "sent 15 mail items",
])
def test_not_dates(text):
    assert find_dates(text, 2025) == []


def test_a_dash_joins_days_only_after_from():
    assert [(d.start, d.end) for d in find_dates("Article 5 - 12/3/2025")] == [("2025-03-12", "2025-03-12")]
    assert [(d.start, d.end) for d in find_dates("from 5-7/3/2025")] == [("2025-03-05", "2025-03-07")]


def test_abbreviations_are_dates_in_full_dates_or_before_a_year_with_their_dot():
    assert [d.start for d in find_dates("15 sie 2017")] == ["2017-08-15"]
    assert [d.start for d in find_dates("janv. 2017")] == ["2017-01"]
    assert [d.start for d in find_dates("15 out. 2024")] == ["2024-10-15"]
    assert [d.start for d in find_dates("Mar 2017")] == ["2017-03"]  # the English ones as before


def test_direction_marks_and_script_digits_keep_offsets():
    text = "الموعد ١٥\u200f/٠٣\u200f/٢٠١٧ في المقر"
    (d,) = find_dates(text)
    assert (d.start, text[d.s:d.e]) == ("2017-03-15", "١٥\u200f/٠٣\u200f/٢٠١٧")


# ---------------------------------------------------------------------------------------------- CLDR's own formats

LOCALES = ["bg", "hr", "cs", "da", "nl", "en", "et", "fi", "fr", "de", "el", "hu", "ga", "it", "lv", "lt", "mt", "pl",
           "pt", "ro", "sk", "sl", "es", "sv", "ru", "uk", "be", "sr", "sr_Latn", "mk", "tr", "vi", "id", "ms", "th",
           "fil", "ar", "he", "fa", "hi", "sw", "ja", "ko", "zh", "zh_Hant", "ca", "gl", "eu", "nb", "nn", "is", "sq", "bs",
           "hy", "ka", "az", "kk", "uz", "ur", "bn"]


@settings(max_examples=300, deadline=None)
@given(day=st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2039, 12, 31)),
       locale=st.sampled_from(LOCALES), width=st.sampled_from(["full", "long", "medium"]))
def test_every_date_babel_formats_is_found(day, locale, width):
    from babel.dates import format_date

    text = format_date(day, width, locale=locale)
    found = find_dates(f"Datum: {text}.")
    assert [(d.start, d.end) for d in found] == [(day.isoformat(), day.isoformat())], (locale, width, text)


# ---------------------------------------------------------------------------------------------- the generated module

def test_the_generated_calendar_words_are_current():
    """calendar_words.py is what scripts/gen_calendar_words.py writes with the installed Babel."""
    spec = importlib.util.spec_from_file_location("gen_calendar_words", REPO / "scripts" / "gen_calendar_words.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    current = (REPO / "src" / "intercity" / "core" / "extraction" / "calendar_words.py").read_text(encoding="utf-8")
    assert current == gen.render(), "run .venv/bin/python scripts/gen_calendar_words.py and commit the result"
