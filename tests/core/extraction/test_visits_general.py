"""Engagement rules written for phenomena of the dev documents 43-56, exercised on small documents of
our own (other cities, other wording): hard-wrapped e-mail lines, weekday dates, exchanges tables,
meetings with a consul, demonyms, clause-by-clause visits, planned visits, minutes."""

from __future__ import annotations

from tests.core.extraction.helpers import eml as _eml, engagements as _got


def test_hard_wrapped_lines_weekday_dates_a_month_subject_and_a_trip_named_after_its_city(extract_text):
    body = ("Hello all,\n\nA short note: the deputy mayor of Kaohsiung and four officials will be with us in Busan from\n"
            "Monday, June 13 through Wednesday, June 15. A dinner is planned for the first evening.\n\n"
            "Many thanks to everyone who helped with the Osaka trip (April 4-6), it was a success.\n")
    x = extract_text(_eml("Kaohsiung delegation to Busan - June 2022", body), home_key="gn:1838524", name="note.eml")  # Busan
    assert _got(x) == [("incoming", ["Kaohsiung"], "Busan", "2022-06-13", "2022-06-15"),
                       ("outgoing", ["Busan"], "Osaka", "2022-04-04", "2022-04-06")]


def test_a_month_in_the_subject_takes_the_days_of_the_body(extract_text):
    body = "Dear colleagues,\n\nOur delegation of four will travel to Seattle next month.\nWe arrive on 7 June and leave on 9 June.\n"
    x = extract_text(_eml("Delegation of Turku to Seattle - June 2022", body), home_key="gn:5809844", name="fwd.eml")  # Seattle
    assert _got(x) == [("incoming", ["Turku"], "Seattle", "2022-06-07", "2022-06-09")]


def test_a_planned_trip_in_a_month_without_a_year(extract_text):
    body = ("Hola:\n\nPara ir reservando agenda: en noviembre está previsto que la alcaldesa viaje a Burdeos para el foro\n"
            "de ciudades portuarias. Enviaré las fechas exactas más adelante.\n")
    x = extract_text(_eml("Agenda internacional", body), home_key="gn:3128026", name="agenda.eml")  # Bilbao
    assert _got(x) == [("outgoing", ["Bilbao"], "Bordeaux", "2022-11", "2022-11")]


def test_rows_of_an_exchanges_table(extract_text):
    text = ("# 最近の交流\n\n| 時期 | 相手都市 | 内容 |\n|---|---|---|\n"
            "| R4.5.10 | 大連市 | 副市長一行が来広し、平和記念公園を視察 |\n"
            "| 令和4年9月（予定） | ホノルル市 | 記念式典に本市職員が出席 |\n")
    x = extract_text(text, home_key="gn:1862415", name="kouryu.md")  # Hiroshima
    assert _got(x) == [("incoming", ["Dalian"], "Hiroshima", "2022-05-10", "2022-05-10"),
                       ("outgoing", ["Hiroshima"], "Honolulu", "2022-09", "2022-09")]


def test_a_consul_received_at_home_is_a_meeting_even_before_a_mission(extract_text):
    text = ("Le 3 mars 2022, le maire a reçu le consul général du Chili pour préparer la prochaine mission à Valparaíso.\n\n"
            "Em 12/4/2022, a prefeita recebeu no gabinete o cônsul-geral da Itália.\n")
    x = extract_text(text, home_key="gn:2998324", name="notes.txt")  # Lille
    assert _got(x) == [("meeting", ["CL"], "Lille", "2022-03-03", "2022-03-03"),
                       ("meeting", ["IT"], "Lille", "2022-04-12", "2022-04-12")]


def test_a_demonym_delegation_and_two_visits_in_one_sentence(extract_text):
    text = ("Eine Kölner Delegation war vom 3.–5.10.2022 in Turin.\n\n"
            "Vom 7. bis 9. Juni 2022 war eine Delegation der Stadt Breslau zu Gast in Köln; am 14. Juli 2022 reiste der "
            "Oberbürgermeister nach Lyon.\n")
    x = extract_text(text, home_key="gn:2886242", name="news.txt")  # Köln
    assert _got(x) == [("incoming", ["Wrocław"], "Köln", "2022-06-07", "2022-06-09"),
                       ("outgoing", ["Köln"], "Lyon", "2022-07-14", "2022-07-14"),
                       ("outgoing", ["Köln"], "Turin", "2022-10-03", "2022-10-05")]


def test_dutch_visits_in_a_list(extract_text):
    text = ("## Bezoeken\n\n- Delegatie uit Lyon op bezoek in Rotterdam, 4 t/m 6 mei 2022.\n"
            "- Werkbezoek van de wethouder aan Bremen: 12-14 okt. 2022.\n")
    x = extract_text(text, home_key="gn:2747891", name="bezoeken.md")  # Rotterdam
    assert _got(x) == [("incoming", ["Lyon"], "Rotterdam", "2022-05-04", "2022-05-06"),
                       ("outgoing", ["Rotterdam"], "Bremen", "2022-10-12", "2022-10-14")]


def test_chinese_roc_years_return_visits_and_the_home_abbreviation(extract_text):
    text = ("日本福岡市副市長率領之訪問團一行6人，於111年5月10日至12日訪問本市。市長表示，將於112年2月率團回訪福岡。\n\n"
            "2022年6月中旬，市政府代表团赴日本神户市出席纪念活动。2022年10月8日至10日，韩国仁川市长率代表团访津。\n")
    x = extract_text(text, home_key="gn:1668399", name="news.txt")  # Taichung
    got = _got(x)
    assert ("incoming", ["Fukuoka"], "Taichung", "2022-05-10", "2022-05-12") in got
    assert ("outgoing", ["Taichung"], "Fukuoka", "2023-02", "2023-02") in got
    y = extract_text(text.split("\n\n")[1], home_key="gn:1792947", name="news.txt")  # Tianjin
    assert _got(y) == [("incoming", ["Incheon"], "Tianjin", "2022-10-08", "2022-10-10"),
                       ("outgoing", ["Tianjin"], "Kobe", "2022-06", "2022-06")]


def test_korean_group_visits_and_a_date_field_under_the_title(extract_text):
    text = ("● 후쿠오카시 청소년교류단 방문 : 2022. 8. 1.(월) ~ 8. 3.(수)\n\n")
    x = extract_text(text, home_key="gn:1838524", name="plan.txt")  # Busan
    assert _got(x) == [("incoming", ["Fukuoka"], "Busan", "2022-08-01", "2022-08-03")]
    text = "나고야시 실무협의단 방문 결과 보고\n\n□ 개요\n\n○ 일시: '22. 3. 8.(화) ~ 3. 10.(목), 2박 3일\n"
    x = extract_text(text, home_key="gn:1843564", name="report.txt")  # Incheon
    assert _got(x) == [("incoming", ["Nagoya"], "Incheon", "2022-03-08", "2022-03-10")]


def test_minutes_of_talks_at_home_and_the_next_round_abroad(extract_text):
    text = ("大阪市・釜山広域市　実務者協議　議事録\n\n日時：令和4年11月2日（水）10時00分〜12時00分\n\n"
            "場所：大阪市役所\n\n・次回協議は令和5年3月に釜山で開催する予定。\n")
    x = extract_text(text, home_key="gn:1853909", name="minutes.txt")  # Osaka
    assert _got(x) == [("incoming", ["Busan"], "Osaka", "2022-11-02", "2022-11-02"),
                       ("outgoing", ["Osaka"], "Busan", "2023-03", "2023-03")]


# ---- rules written for phenomena of the dev documents 57-66, on text of our own

def test_dates_without_a_year_take_the_year_of_their_section_heading(extract_text):
    text = ("大连市2023年度外事工作总结\n\n大连市外事办公室 2024年2月\n\n二、2023年主要外事活动\n\n"
            "（一）4月10日至12日，日本北九州市市长率代表团访问我市。\n")
    x = extract_text(text, home_key="gn:1814087", name="zongjie.txt")  # Dalian
    assert _got(x) == [("incoming", ["Kitakyushu"], "Dalian", "2023-04-10", "2023-04-12")]


def test_a_japanese_fiscal_year_heading_puts_january_to_march_in_the_next_year(extract_text):
    text = ("報告資料\n\n２　令和５年度の主な交流実績\n\n①大連市政府代表団の来訪（６月５日〜７日）\n\n"
            "②市長のホノルル市訪問（２月１３日〜１５日）\n")
    x = extract_text(text, home_key="gn:1862415", name="houkoku.txt")  # Hiroshima
    assert _got(x) == [("incoming", ["Dalian"], "Hiroshima", "2023-06-05", "2023-06-07"),
                       ("outgoing", ["Hiroshima"], "Honolulu", "2024-02-13", "2024-02-15")]


def test_a_day_by_day_programme_under_a_visit_heading(extract_text):
    text = ("# 韓國仁川市訪問團 訪中行程\n\n| 日期 | 時間 | 行程 |\n|---|---|---|\n| 2023年4月3日 | 10:00 | 抵達 |\n"
            "| | 14:00 | 參觀港口 |\n| 2023年4月4日 | 09:00 | 座談會 |\n| 2023年4月5日 | 11:00 | 返國 |\n")
    x = extract_text(text, home_key="gn:1668399", name="xingcheng.md")  # Taichung
    assert _got(x) == [("incoming", ["Incheon"], "Taichung", "2023-04-03", "2023-04-05")]


def test_dated_bullets_under_the_heading_of_a_trip_abroad(extract_text):
    text = ("## 2023年市長率團出訪日本\n\n• 5/14–5/16 大阪市：出席交流活動\n\n• 5/17–5/18 神戶市：參觀港口設施\n\n• 團員：市長等6人\n")
    x = extract_text(text, home_key="gn:1668399", name="chufang.txt")  # Taichung
    assert _got(x) == [("outgoing", ["Taichung"], "Kobe", "2023-05-17", "2023-05-18"),
                       ("outgoing", ["Taichung"], "Osaka", "2023-05-14", "2023-05-16")]


def test_german_and_polish_trips_officials_and_an_abbreviated_month(extract_text):
    body = ("Hallo,\n\n- Die Reise der Oberbürgermeisterin nach Bologna ist vom 3. bis 5. Juni angesetzt.\n"
            "- Der Besuch des Bürgermeisters von Glasgow war am 14.02.2022.\n")
    x = extract_text(_eml("AW: Termine", body), home_key="gn:2886242", name="termine.eml")  # Köln
    assert _got(x) == [("incoming", ["Glasgow"], "Köln", "2022-02-14", "2022-02-14"),
                       ("outgoing", ["Köln"], "Bologna", "2022-06-03", "2022-06-05")]
    text = "## Visits in 2022\n\n- **Oct. 4–6** — the Mayor's delegation in Lyon for the river forum.\n"
    x = extract_text(text, home_key="gn:1838524", name="report.md")  # Busan
    assert _got(x) == [("outgoing", ["Busan"], "Lyon", "2022-10-04", "2022-10-06")]
    text = "25 czerwca 2022 r. prezydent miasta odwiedził Lwów.\n\nW dniach 3–5 lipca 2022 r. Kraków gościł delegację z Tbilisi.\n"
    x = extract_text(text, home_key="gn:3094802", name="news.txt")  # Kraków
    assert _got(x) == [("incoming", ["Tbilisi"], "Kraków", "2022-07-03", "2022-07-05"),
                       ("outgoing", ["Kraków"], "Lviv", "2022-06-25", "2022-06-25")]


def test_an_ambassador_written_as_one_word_with_the_country(extract_text):
    text = "□ 2022년 교류 실적\n\n○ 주한 프랑스대사 접견\n\n- 일시 : 2022. 5. 9.(월) 10:00, 시장실\n"
    x = extract_text(text, home_key="gn:1838524", name="report.txt")  # Busan
    assert _got(x) == [("meeting", ["FR"], "Busan", "2022-05-09", "2022-05-09")]
