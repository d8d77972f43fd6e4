"""A visit whose other party is one of the document's own partners written in an inflected form or known
only within its country: the partner list decides (text of our own)."""

from __future__ import annotations


def _got(x):
    return sorted((e.kind, [v.name for v in e.visiting], e.host.name, e.start, e.end) for e in x.engagements)


def test_a_russian_genitive_after_delegation(extract_text):
    text = ("Справка о связях города Пусан\n\n"
            "Города-побратимы:\n"
            "1. Владивосток (Россия) — 1992\n"
            "2. Барселона (Испания) — 1983\n\n"
            "С 3 по 5 июня 2024 г. делегация Владивостока находилась в Пусане с рабочим визитом.\n")
    x = extract_text(text.encode(), name="spravka.txt")
    assert ("incoming", ["Vladivostok"], "Busan", "2024-06-03", "2024-06-05") in _got(x)


def test_a_polish_genitive_after_delegation(extract_text):
    text = ("Miasta partnerskie Pusanu:\n\n"
            "1. Barcelona, Hiszpania\n"
            "2. Hamburg, Niemcy\n"
            "3. Vladivostok, Rosja\n\n"
            "W dniach 10–12 września 2024 r. Pusan gościł delegację Hamburga z burmistrzem na czele.\n")
    x = extract_text(text.encode(), name="miasta.txt")
    assert ("incoming", ["Hamburg"], "Busan", "2024-09-10", "2024-09-12") in _got(x)


def test_no_partner_list_no_guess(extract_text):
    text = "С 3 по 5 июня 2024 г. делегация Кукуева находилась в Пусане.\n"
    assert _got(extract_text(text.encode(), name="n.txt")) == []


def test_an_announced_visit_to_a_partner_known_only_within_its_country(extract_text):
    # 하이퐁시 is found only with Vietnam given: the list gives it, the report's announcement line does not
    text = ("□ 자매도시 현황\n"
            "- 하이퐁시 (베트남), 2007년 체결\n"
            "- 바르셀로나 (스페인), 1983년 체결\n\n"
            "□ 2024년 주요 교류 실적\n"
            "○ 시장 하이퐁시 방문\n"
            "- 기간 : 2024. 11. 4.～11. 6.\n"
            "- 주요일정 : 항만 시설 시찰\n")
    x = extract_text(text.encode(), name="report.txt")
    assert ("outgoing", ["Busan"], "Haiphong", "2024-11-04", "2024-11-06") in _got(x)
