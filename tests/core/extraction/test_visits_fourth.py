"""Engagement and date rules written for phenomena of the dev documents 71-80, exercised on small
documents of our own: a press release's own date lending its year ("내년" = the next one), parts of a
month, a consul met without the country in the sentence, an official's visit in an exchanges table."""

from __future__ import annotations

from intercity.core.extraction import find_dates

from tests.core.extraction.helpers import eml as _eml, engagements as _got


def test_parts_of_a_month_and_next_year_in_cjk_take_the_year_from_context():
    assert [(d.start, d.precision) for d in find_dates("9月下旬，代表团将赴", 2023)] == [("2023-09", "month")]
    assert [d.start for d in find_dates("내년 3월 방문할 예정", 2023)] == ["2024-03"]
    assert [d.start for d in find_dates("明年5月", 2023)] == ["2024-05"]
    assert [d.start for d in find_dates("6월 중순", 2023)] == ["2023-06"]
    assert find_dates("9月下旬") == []            # no year from context: not a date
    assert find_dates("10月", 2023) == []         # a bare month is not a date
    assert [d.start for d in find_dates("2021年4月上旬", 2023)] == ["2021-04"]


def test_a_press_release_date_lends_its_year_and_next_year_is_one_more(extract_text):
    text = ("보도일시\t2023. 5. 2.(화)\n\n"
            "부산시, 후쿠오카시와 교류 확대\n\n"
            "일본 후쿠오카시 시장 일행은 4월 20일부터 22일까지 부산을 방문했다.\n\n"
            "한편 부산시장은 내년 10월 하순 미국 시애틀시를 방문할 예정이다.\n\n"
            "참고: 자매도시 체결일 1989. 10. 6., 2007. 3. 1.\n")
    x = extract_text(text.encode(), home_key="gn:1838524", name="bodo.txt")  # Busan
    assert _got(x) == [("incoming", ["Fukuoka"], "Busan", "2023-04-20", "2023-04-22"),
                       ("outgoing", ["Busan"], "Seattle", "2024-10", "2024-10")]


def test_a_consul_without_a_country_in_the_sentence_is_the_consulate_the_letter_names(extract_text):
    body = ("Dear colleagues,\n\nGreetings from the Consulate General of Mexico in Seattle.\n\n"
            "The Consul General would be glad to pay a courtesy call on the Mayor on 4 March 2022.\n")
    x = extract_text(_eml("Courtesy call", body), home_key="gn:5809844", name="consul.eml")  # Seattle
    assert _got(x) == [("meeting", ["MX"], "Seattle", "2022-03-04", "2022-03-04")]


def test_an_officials_visit_in_its_own_cell_is_the_home_citys(extract_text):
    text = ("# 交流実績\n\n| 相手都市 | 内容 | 時期 |\n|---|---|---|\n"
            "| 大連市 | 大連市副市長一行の訪問 | 2022年5月10日 |\n"
            "| ホノルル市 | 市長訪問（記念式典） | 2022年8月 |\n")
    x = extract_text(text, home_key="gn:1862415", name="kouryu.md")  # Hiroshima
    assert _got(x) == [("incoming", ["Dalian"], "Hiroshima", "2022-05-10", "2022-05-10"),
                       ("outgoing", ["Hiroshima"], "Honolulu", "2022-08", "2022-08")]


def test_turkish_and_russian_months_and_visit_words(extract_text):
    assert [(d.start, d.end) for d in find_dates("с 3 по 6 июня 2024 г.")] == [("2024-06-03", "2024-06-06")]
    assert [(d.start, d.end) for d in find_dates("12-14 Mayıs 2024 tarihlerinde")] == [("2024-05-12", "2024-05-14")]
    text = ("2024 YILI ZİYARETLER\n\n"
            "Oulu Belediye Başkanı ve beraberindeki heyet 12-14 Mayıs 2024 tarihlerinde şehrimizi ziyaret etmiştir.\n\n"
            "Belediye Başkanımızın 7-9 Ekim 2024 tarihlerinde Darmstadt ziyareti planlanmaktadır.\n\n"
            "Heyetimiz 2-4 Aralık 2024 tarihlerinde Oulu'yu resmi ziyaret edecektir.\n")
    x = extract_text(text.encode(), home_key="gn:750269", name="not.txt")  # Bursa
    assert _got(x) == [("incoming", ["Oulu"], "Bursa", "2024-05-12", "2024-05-14"),
                       ("outgoing", ["Bursa"], "Darmstadt", "2024-10-07", "2024-10-09"),
                       ("outgoing", ["Bursa"], "Oulu", "2024-12-02", "2024-12-04")]
