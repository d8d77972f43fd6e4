"""Reading documents in Urdu and Hindi (scripts without capitals, their full stops, ranges and statuses), numbered
sub-sections ("3.2 Title"), and project sections named in any language: small documents of our own."""

from __future__ import annotations

from intercity.core.documents import read_bytes
from intercity.core.extraction.dates import find_dates
from intercity.core.extraction.status import status_of
from intercity.core.extraction.text import sentences, split_marker
from intercity.core.places.phonetic import consonant_key, romanise

LAHORE, ISTANBUL, GLASGOW = "gn:1172451", "gn:745044", "gn:2648579"


def test_a_wrapped_urdu_line_goes_on_and_its_full_stop_ends_a_sentence():
    body = ("سمرقند کے میئر کی قیادت میں ایک وفد لاہور آیا اور شہر کے تاریخی مقامات دیکھے، پھر ہم نے\n"
            "ثقافتی تبادلے پر بات کی۔ دوسرا جملہ یہاں ہے۔\n")
    doc = read_bytes(body.encode(), "note.txt")
    assert len(doc.blocks) == 1
    assert len(sentences(doc.blocks[0].text)) == 2


def test_urdu_and_hindi_date_ranges():
    assert [(d.start, d.end) for d in find_dates("وفد 7 سے 9 مارچ تک شہر میں رہا", default_year=2025)] == [
        ("2025-03-07", "2025-03-09")]
    assert [(d.start, d.end) for d in find_dates("28 ستمبر تا 2 اکتوبر 2025 گلاسگو", default_year=2024)] == [
        ("2025-09-28", "2025-10-02")]


def test_urdu_letters_count_in_the_consonant_key():
    # ڈ (retroflex d) and ے (bari ye) are Urdu letters: "ریو ڈی جنیرو" is Rio de Janeiro by its consonants
    assert consonant_key(romanise("ریو ڈی جنیرو")) == consonant_key("riodejaneiro")


def test_urdu_and_hindi_states():
    assert status_of("دونوں شہروں نے اتفاق کر لیا ہے", default="-")[0] == "agreed"
    assert status_of("فنڈز نہ ہونے کی وجہ سے منصوبہ تعطل کا شکار ہے", default="-")[0] == "stalled"
    assert status_of("दोनों चरण पूरे हो चुके हैं", default="-")[0] == "completed"
    assert status_of("दोनों पक्षों में सहमति बन गई है", default="-")[0] == "agreed"


def test_a_numbered_subsection_is_its_own_item_number():
    assert (split_marker("3.2 Solid waste training").number, "3.2 Solid waste training"[split_marker("3.2 Solid waste training").length:]) \
        == (2, "Solid waste training")
    assert split_marker("15.03.2017 visit").number == 15  # a date is not a sub-section


def test_an_urdu_partner_table_with_kinds_and_an_urdu_project_list(extract_text):
    text = ("جڑواں اور دوست شہروں کی فہرست:\n\n"
            "| شہر | ملک | نوعیت |\n|---|---|---|\n| استنبول | ترکی | جڑواں شہر |\n| گلاسگو | برطانیہ | دوستی کا معاہدہ |\n\n"
            "منصوبوں کی صورتحال:\n\n"
            "- میٹرو بس عملے کی تربیت (استنبول): مکمل ہو چکی ہے۔\n"
            "- کچرے کے انتظام کا منصوبہ (گلاسگو): فی الحال تعطل کا شکار ہے۔\n")
    x = extract_text(text, home_key=LAHORE, name="list.md")
    kinds = {(p.place.key if p.place else None, p.kind) for p in x.partnerships}
    assert (ISTANBUL, "sister") in kinds and (GLASGOW, "friendship") in kinds
    assert [c.status for c in x.cooperation] == ["completed", "stalled"]


def test_a_heading_naming_the_projects_opens_their_list(extract_text):
    text = ("# Report\n\n## 3. Joint projects\n\n3.1 Harbour data exchange (Kobe) - completed in May.\n\n"
            "3.2 Tram driver training (Kobe) - suspended until next year.\n")
    x = extract_text(text, home_key="gn:2078025", name="report.md")  # Adelaide
    assert [(c.title.split(" (")[0], c.status, c.sequence) for c in x.cooperation] == [
        ("Harbour data exchange", "completed", 1), ("Tram driver training", "stalled", 2)]


def test_korean_dates_without_a_year():
    assert [(d.start, d.end) for d in find_dates("11. 14.(금) 접견", default_year=2025)] == [("2025-11-14", "2025-11-14")]
    assert [(d.start, d.end) for d in find_dates("9월 중 초청", default_year=2025)] == [("2025-09", "2025-09")]
    assert find_dates("1. 3 ~ 5", default_year=2025) == []  # list numbers, no weekday: no date


def test_an_agreement_whose_making_is_completed_is_agreed():
    assert status_of("6월 협약 체결로 합의 완료, 내년부터 시행")[0] == "agreed"
    assert status_of("協定の締結完了")[0] == "agreed"
    assert status_of("The exhibition was completed in May.")[0] == "completed"


def test_a_korean_visit_log_table_names_listed_partners_by_their_written_name(extract_text):
    # the partner table places 낭트시 (no Korean name in the gazetteer) by its country column; the log writes it alone
    text = ("| 국가 | 도시 | 구분 |\n|---|---|---|\n| 프랑스 | 낭트시 | 자매도시 |\n| 일본 | 이즈미시(가고시마현) | 자매도시 |\n\n"
            "## 2025년 교류 실적\n\n| 일자 | 구분 | 상대 도시 | 내용 |\n|---|---|---|---|\n"
            "| 6. 30.(월)~7. 3.(목) | 방문 | 낭트시 | 시장 등 5명 낭트시 방문 |\n"
            "| 4. 8.(화)~4. 11.(금) | 초청 | 이즈미시 | 방문단 6명 내방 |\n")
    x = extract_text(text, home_key="gn:1835648", name="report.md")  # Suncheon
    got = {(e.kind, e.host.key if e.host else None, tuple(v.key for v in e.visiting), e.start, e.end) for e in x.engagements}
    assert ("outgoing", "gn:2990969", ("gn:1835648",), "2025-06-30", "2025-07-03") in got
    assert ("incoming", "gn:1835648", ("gn:1861108",), "2025-04-08", "2025-04-11") in got
