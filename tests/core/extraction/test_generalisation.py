"""Rules written for phenomena the corpus showed on its former test split, exercised on small
documents of our own (new names, new wording): status lists with a dash, Korean e-mails with
year-less dates, ... Read with the real readers and resolved with the real gazetteer."""

from __future__ import annotations

DASH_LIST = """Daegu - Atlanta: exchange review (May 2021)

Atlanta has been a sister city of Daegu since 1981. The Atlanta delegation visited Daegu on 12 May 2021.

Cooperation items

1. Medical tourism package - agreed in principle.
2. Textile design workshop – on hold until the budget is known.
3. Airport shuttle data-sharing - communications are ongoing.
"""


def test_numbered_items_with_a_dash_before_their_state(extract_text):
    x = extract_text(DASH_LIST, home_key="gn:1835329")  # Daegu
    got = [(c.sequence, c.title, c.status, [p.name for p in c.parties]) for c in x.cooperation]
    assert got == [(1, "Medical tourism package", "agreed", ["Daegu", "Atlanta"]),
                   (2, "Textile design workshop", "stalled", ["Daegu", "Atlanta"]),
                   (3, "Airport shuttle data-sharing", "in_progress", ["Daegu", "Atlanta"])]


def test_korean_email_with_weekdays_tilde_subject_and_agreed_titles(extract_text):
    import base64

    subject = base64.b64encode("[안내] 오사카시 방문단 인천 방문 (6.7~9)".encode()).decode()
    head = (f'From: <intl@incheon.example>\nTo: <x@osaka.example>\nDate: Mon, 10 May 2021 09:00:00 +0900\n'
            f'Subject: =?UTF-8?B?{subject}?=\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n'
            'Content-Transfer-Encoding: 8bit\n\n').encode()
    body = ("오사카시 방문단의 일정을 아래와 같이 알려드립니다.\n\n"
            "- 기간: 6월 7일(월) ~ 9일(수)\n\n"
            "양 도시는 지난 화상 회의에서 항만 물류 공동 연구에 합의하였으며,\n"
            "문화 축제 교류 사업은 현재 논의 중입니다.\n").encode()
    x = extract_text(head + body, home_key="gn:1843564", name="visit.eml")  # Incheon
    (e,) = x.engagements
    assert ([v.name for v in e.visiting], e.host.name, e.start, e.end) == (["Osaka"], "Incheon", "2021-06-07", "2021-06-09")
    got = [(c.title, c.status, [p.name for p in c.parties]) for c in x.cooperation]
    assert got == [("항만 물류 공동 연구", "agreed", ["Incheon", "Osaka"]),
                   ("문화 축제 교류 사업", "in_progress", ["Incheon", "Osaka"])]


def test_everyday_korean_word_is_not_a_city(gaz):
    from intercity.core.extraction.mentions import PlaceFinder

    finder = PlaceFinder(gaz)
    assert [m.text for m in finder.find("지난 회의에서 논의했다")] == []
    assert [m.place.name for m in finder.find("중국 지난시와 교류") if m.place] == ["Jinan"]
