"""Corpus documents 171-176 (dev split; see docs/evaluation.md): built by ``scripts/make_corpus.py``.

A dev batch written on 2026-12-01 to be measured unseen, before anyone writes rules with it: six documents a city's
international-relations team really receives, in six formats and six languages, with new homes (Anyang, Houston,
Himeji, Hefei, Rennes, Amman): a Korean 실적·계획 deck with a partner table whose kind column is merged over its rows,
a friendship city bearing the home's own name, continent counts in a box, a results table with Korean weekday
dates and a terminated tie in the speaker notes; an English quarterly report of a US mayor's trade office printed by
Chromium, sister cities in bullets under region headings, visits in prose with US dates, a programme status table
and a look-ahead list; a Japanese e-mail in ISO-2022-JP above a quoted message, dates without a year (from the
``Date:`` header) and a Word attachment with the programme, the partner table and the projects; a Chinese page of a
foreign-affairs office with a partner table, friendship cities in prose, an inconsistent headline and news
summaries; a French note to the mayor in Word (header and footer with a page field, a table with a merged title
row, an exonym, cooperation ties in prose, a bulleted project list); and an Arabic memo exported to windows-1256
text (Hijri and Gregorian dates, Levantine month names with the Gregorian name in brackets, a numbered partner
list, a cancelled visit). Partner pairs are taken from ``../shared/data/twin-cities``; kinds, years, visits, dates
and cooperation items are invented.
"""

from __future__ import annotations

import datetime as dt
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32

from corpus_common import (PLACES, Gold, Spec, claim, coop, deck_bytes, docx_bytes, docx_table, engagement,
                           html_page, new_deck, new_docx, pages_html, partner, print_pdf, registrar, textbox,
                           titled_slide)
from corpus_docs_43_49 import add_places

SPECS: list[Spec] = []
document = registrar(SPECS)

add_places({
    # homes (checked with `intercity resolve NAME --country CC --json`)
    "Anyang (KR)": ("KR", "gn:1846898"), "Houston": ("US", "gn:4699066"), "Himeji": ("JP", "gn:1862627"),
    "Hefei": ("CN", "gn:1808722"), "Rennes": ("FR", "gn:2983990"), "Amman": ("JO", "gn:250441"),
    # partners
    "Garden Grove": ("US", "gn:5351515"), "Komaki": ("JP", "gn:1858926"), "Lethbridge": ("CA", "gn:6053154"),
    "Weifang": ("CN", "gn:1791681"), "Sorocaba": ("BR", "gn:3447399"), "Anyang (CN)": ("CN", "gn:1785294"),
    "Tokorozawa": ("JP", "gn:1850181"),
    "Chiba": ("JP", "gn:2113015"), "Shenzhen": ("CN", "gn:1795565"), "Ulsan": ("KR", "gn:1833747"),
    "Leipzig": ("DE", "gn:2879139"), "Stavanger": ("NO", "gn:3137115"), "Huelva": ("ES", "gn:2516548"),
    "Perth": ("AU", "gn:2063523"), "Tampico": ("MX", "gn:3516355"),
    "Phoenix": ("US", "gn:5308655"), "Charleroi": ("BE", "gn:2800481"), "Adelaide": ("AU", "gn:2078025"),
    "Curitiba": ("BR", "gn:3464975"), "Taiyuan": ("CN", "gn:1793511"), "Changwon": ("KR", "gn:1846326"),
    "Kurume": ("JP", "gn:1858088"), "Columbus": ("US", "gn:4509177"), "Osnabrück": ("DE", "gn:2856883"),
    "Aalborg": ("DK", "gn:2624886"), "Belfast": ("GB", "gn:2655984"), "Wonju": ("KR", "gn:1833105"),
    "Phnom Penh": ("KH", "gn:1821306"), "Lleida": ("ES", "gn:3118514"),
    "Exeter": ("GB", "gn:2649808"), "Rochester (US)": ("US", "gn:5134086"), "Erlangen": ("DE", "gn:2929567"),
    "Brno": ("CZ", "gn:3078610"), "Sendai": ("JP", "gn:2111149"), "Leuven": ("BE", "gn:2792482"),
    "Sétif": ("DZ", "gn:2481700"), "Jinan": ("CN", "gn:1805753"),
    "Ankara": ("TR", "gn:323786"), "Istanbul": ("TR", "gn:745044"), "Cairo": ("EG", "gn:360630"),
    "Tunis": ("TN", "gn:2464470"), "Chicago": ("US", "gn:4887398"), "Bucharest": ("RO", "gn:683506"),
    "Yerevan": ("AM", "gn:616052"),
})


def _countries(canons) -> int:
    return len({PLACES[c][0] for c in canons})


def _weekday_ok(iso: str, name: str, names: list[str]) -> bool:
    """``names`` from Monday; checks that a weekday printed in a document fits its date."""
    return names[dt.date.fromisoformat(iso).weekday()] == name


_KO_DAYS = ["월", "화", "수", "목", "금", "토", "일"]
_JA_DAYS = ["月", "火", "水", "木", "金", "土", "日"]


# --------------------------------------------------------------------------- 171 Anyang results and plan deck (ko, PPTX)

AY_TIES = [  # (kind word, country, name as written, signing date, remark, canonical, kind)
    ("자매도시", "미국", "가든그로브시", "'92. 10. 7.", "캘리포니아주", "Garden Grove", "sister"),
    ("자매도시", "일본", "코마키시", "'96. 5. 10.", "아이치현", "Komaki", "sister"),
    ("자매도시", "캐나다", "레스브리지시", "'98. 9. 22.", "앨버타주", "Lethbridge", "sister"),
    ("자매도시", "중국", "웨이팡시", "2001. 11. 3.", "산둥성", "Weifang", "sister"),
    ("자매도시", "브라질", "소로카바시", "2005. 6. 15.", "상파울루주", "Sorocaba", "sister"),
    ("우호협력도시", "중국", "안양시", "2012. 4. 18.", "허난성 (동명 도시)", "Anyang (CN)", "friendship"),
    ("우호협력도시", "일본", "도코로자와시", "2016. 11. 3.", "사이타마현", "Tokorozawa", "friendship"),
]
AY_ITEMS = [  # (title, partner as written, state, canonical, status)
    ("스마트도시 통합관제 운영 노하우 공유", "가든그로브시", "추진 중 (4월 실무협의 개시, 연내 1차 파견)", "Garden Grove",
     "in_progress"),
    ("청소년 홈스테이 상호 파견", "코마키시", "완료 (양 도시 학생 각 10명)", "Komaki", "completed"),
    ("수소 모빌리티 공동연구", "웨이팡시", "합의 (8월 합의서 서명, 2027년 착수)", "Weifang", "agreed"),
    ("자동차부품 기업 비즈니스 상담회", "소로카바시", "잠정 중단 (현지 예산 미확보)", "Sorocaba", "stalled"),
]


@document("171_anyang_gukje_gyoryu_siljeok_gyehoek_ko.pptx", split="dev", home="Anyang (KR)", language="ko",
          features=["pptx", "Korean report deck of the international cooperation division: 2026 results and the "
                    "2027 plan (title slide with the date '2026. 11. 20.(금)', Roman-numbered section titles, a page "
                    "number '- n -' and the division's name on every slide)", "partner table 구분 · 국가 · 도시 · "
                    "체결일 · 비고 whose kind column is merged over the rows of each kind (자매도시 = sister, "
                    "우호협력도시 = friendship), names with 시 ('가든그로브시', '웨이팡시'), two-digit years "
                    "(''92. 10. 7.') and the state or province in the remarks column; a friendship city with the "
                    "home's own name (안양시, 허난성: Anyang in China)",
                    "a continent box '대륙별 현황 아시아 4 미주 3' (two region claims, consistent)",
                    "speaker notes: a tie terminated in 2022 (Ulan-Ude) left out of the list (not gold)",
                    "a results table with Korean weekday dates and the year only in the title: '4. 21.(화)~4. 24.(금)' "
                    "(incoming), '8. 18.(화)~8. 21.(금)' (outgoing, with a signing inside), '10. 14.(수)' (the "
                    "ambassador of Brazil: meeting); an online briefing and an application deadline in the same "
                    "table (not engagements)", "a plan slide: '2027. 7월 중' (incoming, planned, month)",
                    "project table 연번 · 사업명 · 상대도시 · 추진상황 with Korean states (추진 중, 완료, 합의, 잠정 중단)"])
def anyang_deck():
    from pptx.util import Inches, Pt

    canons = [t[5] for t in AY_TIES]
    asia = [c for c in canons if PLACES[c][0] in {"JP", "CN"}]
    americas = [c for c in canons if PLACES[c][0] in {"US", "CA", "BR"}]
    assert (len(asia), len(americas), len(canons)) == (4, 3, 7)
    prs = new_deck()

    def furniture(slide, no: int) -> None:
        textbox(slide.shapes, 9.8, 0.15, 3.3, 0.4, ["안양시 국제협력과"], 11)
        textbox(slide.shapes, 6.1, 7.0, 1.2, 0.4, [f"- {no} -"], 11)

    def fill(shape, rows: list[list[str]], widths: list[float], size: int) -> None:
        for i, width in enumerate(widths):
            shape.table.columns[i].width = Inches(width)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = shape.table.cell(r, c)
                cell.text = value
                for p in cell.text_frame.paragraphs:
                    for run in p.runs:
                        run.font.size = Pt(size)

    s = prs.slides.add_slide(prs.slide_layouts[6])
    textbox(s.shapes, 1.0, 2.0, 11.3, 1.8, ["2026년 국제교류 추진실적 및", "2027년 추진계획"], 40)
    textbox(s.shapes, 1.0, 4.4, 11.3, 0.6, ["2026. 11. 20.(금)"], 22)
    textbox(s.shapes, 1.0, 5.1, 11.3, 0.6, ["안양시 국제협력과"], 22)
    assert _weekday_ok("2026-11-20", "금", _KO_DAYS)

    s = titled_slide(prs, "Ⅰ. 자매·우호도시 현황")
    furniture(s, 2)
    rows = [["구분", "국가", "도시", "체결일", "비고"]] + [[k, c, w, d, r] for k, c, w, d, r, _, _ in AY_TIES]
    shape = s.shapes.add_table(len(rows), 5, Inches(0.5), Inches(1.4), Inches(8.6), Inches(0.42 * len(rows)))
    # the merged kind cell keeps its text in the first row of its kind only
    fill(shape, [[v if c or r == 0 or rows[r - 1][0] != v else "" for c, v in enumerate(row)]
                 for r, row in enumerate(rows)], [1.7, 1.1, 1.9, 1.7, 2.2], 14)
    start = 1
    while start < len(rows):  # merge the kind column over the rows of each kind
        end = start
        while end + 1 < len(rows) and rows[end + 1][0] == rows[start][0]:
            end += 1
        if end > start:
            shape.table.cell(start, 0).merge(shape.table.cell(end, 0))
        start = end + 1
    textbox(s.shapes, 9.5, 1.5, 3.4, 2.6, ["대륙별 현황", f"아시아 {len(asia)}", f"미주 {len(americas)}",
                                          "※ 유럽·아프리카·오세아니아 없음"], 18)
    s.notes_slide.notes_text_frame.text = (
        "러시아 울란우데시와의 자매결연은 2022년 12월 해지되어 이번 현황에서 제외함. 중국 안양시(허난성)는 우리 시와 "
        "이름이 같은 도시로, 2012년 우호협력 협정을 체결함. 레스브리지시는 '98년 자매결연 이후 청소년 교류가 꾸준함.")

    s = titled_slide(prs, "Ⅱ. 2026년 주요 교류 실적")
    furniture(s, 3)
    results = [
        ["일자", "구분", "주요 내용", "비고"],
        ["4. 21.(화)~4. 24.(금)", "초청", "가든그로브시 대표단(단장: 시의회 의장, 8명) 안양 방문 – 스마트도시 "
         "통합운영센터·안양천 생태하천 시찰", "시의회 공동"],
        ["5. 29.(금)", "공모", "해외 자매도시 청소년 교류 공모사업 접수 마감", "교육청 협조"],
        ["8. 18.(화)~8. 21.(금)", "방문", "시장 일행 웨이팡시 방문 – 수소 모빌리티 공동연구 합의서 서명, "
         "웨이팡 고신기술산업개발구 시찰", "4명"],
        ["9. 30.(수)", "비대면", "코마키시 청소년 교류 온라인 설명회(화상)", "—"],
        ["10. 14.(수)", "접견", "주한 브라질 대사 시장 예방 – 소로카바시와의 기업 교류 재개 협조 요청", "—"],
    ]
    for iso, wd in (("2026-04-21", "화"), ("2026-04-24", "금"), ("2026-05-29", "금"), ("2026-08-18", "화"),
                    ("2026-08-21", "금"), ("2026-09-30", "수"), ("2026-10-14", "수")):
        assert _weekday_ok(iso, wd, _KO_DAYS), iso
    shape = s.shapes.add_table(len(results), 4, Inches(0.4), Inches(1.4), Inches(12.5), Inches(0.5 * len(results)))
    fill(shape, results, [2.6, 1.1, 7.4, 1.4], 13)
    s.notes_slide.notes_text_frame.text = (
        "가든그로브 대표단은 방문 기간 중 시의회 본회의(4. 22.)를 참관함. 웨이팡 방문 시 합의서는 양 시 시장이 "
        "서명하였고, 세부 연구과제는 2027년 1분기 중 확정 예정.")

    s = titled_slide(prs, "Ⅲ. 협력사업 추진현황")
    furniture(s, 4)
    items = [["연번", "사업명", "상대도시", "추진상황"]]
    items += [[str(i), t, p, st] for i, (t, p, st, _, _) in enumerate(AY_ITEMS, 1)]
    shape = s.shapes.add_table(len(items), 4, Inches(0.5), Inches(1.5), Inches(12.3), Inches(0.5 * len(items)))
    fill(shape, items, [0.9, 4.6, 2.1, 4.7], 14)

    s = titled_slide(prs, "Ⅳ. 2027년 추진계획")
    furniture(s, 5)
    textbox(s.shapes, 0.8, 1.5, 11.8, 4.8, [
        "○ 코마키시 청소년 교류단 초청: 2027. 7월 중 (15명 내외, 홈스테이)",
        "○ 자매도시 공무원 초청 연수 확대: 연 2회 → 3회",
        "○ 해외 자매도시 청소년 교류 공모사업 지속 추진 (2027. 5월 공고 예정)",
        "○ 2027년 국제교류 예산(안): 4억 2천만 원 (시비 100%)",
    ], 20)
    s.notes_slide.notes_text_frame.text = "코마키시 방문단 일정은 코마키시 국제교류협회와 협의 중이며 7월 하순이 유력함."

    gold = Gold(
        partnerships=[partner(w, c, kd) for _, _, w, _, _, c, kd in AY_TIES],
        engagements=[engagement("incoming", ["Garden Grove"], "Anyang (KR)", "2026-04-21", "2026-04-24"),
                     engagement("outgoing", ["Anyang (KR)"], "Weifang", "2026-08-18", "2026-08-21"),
                     engagement("meeting", ["BR"], "Anyang (KR)", "2026-10-14"),
                     engagement("incoming", ["Komaki"], "Anyang (KR)", "2027-07")],
        cooperation=[coop(t, st, ["Anyang (KR)", c]) for t, _, _, c, st in AY_ITEMS],
        claims=[claim(f"아시아 {len(asia)}", len(asia), None, "region:asia", "consistent"),
                claim(f"미주 {len(americas)}", len(americas), None, "region:americas", "consistent")],
    )
    return deck_bytes(prs, "2026년 국제교류 추진실적 및 2027년 추진계획"), gold


# --------------------------------------------------------------------------- 172 Houston trade office quarterly report (en, printed PDF)

HO_REGIONS = [  # (region heading, [(name as written, country as written, since, focus, canonical)])
    ("Asia", [("Chiba", "Japan", 1972, "medical and life sciences", "Chiba"),
              ("Shenzhen", "China", 2009, "technology and port logistics", "Shenzhen"),
              ("Ulsan", "Republic of Korea", 2020, "hydrogen, shipbuilding and petrochemicals", "Ulsan")]),
    ("Europe", [("Leipzig", "Germany", 1993, "culture, universities and trade fairs", "Leipzig"),
                ("Stavanger", "Norway", 1980, "offshore energy and the energy transition", "Stavanger"),
                ("Huelva", "Spain", 1987, "heritage and petrochemicals", "Huelva")]),
    ("Latin America", [("Tampico", "Mexico", 1998, "ports and cross-border trade", "Tampico")]),
    ("Oceania", [("Perth", "Australia", 1983, "LNG, mining services and education", "Perth")]),
]
HO_ITEMS = [  # (program, sister city, status as written, next step, canonical, status)
    ("Offshore wind technician exchange", "Stavanger", "In progress",
     "first cohort of six technicians back in Houston; second cohort selected in January 2027", "Stavanger",
     "in_progress"),
    ("Green shipping corridor (Port of Houston – Port of Ulsan)", "Ulsan", "MOU signed June 2, 2026",
     "joint working group meets monthly", "Ulsan", "agreed"),
    ("Nurse exchange with Chiba University Hospital", "Chiba", "Completed",
     "final report received in August", "Chiba", "completed"),
    ("Flamenco and heritage festival in Hermann Park", "Huelva", "Proposed by the Huelva committee",
     "awaiting a sponsorship decision", "Huelva", "proposed"),
]


@document("172_houston_motia_quarterly_report_q1_fy2027_en.pdf", split="dev", home="Houston", language="en",
          features=["pdf (printed by Chromium)", "English (US)", "quarterly report of a mayor's office of trade and "
                    "international affairs to a council committee: reporting period, submission and meeting dates "
                    "(distractors), numbered sections, a running header and 'Page n of 3' footer",
                    "sister cities as bullets under region headings (Asia, Europe, Latin America, Oceania), each "
                    "'City, Country (since YYYY) – committee focus', 'Republic of Korea' for South Korea",
                    "headline 'eight sister cities in eight countries' (consistent); '11 consular and diplomatic "
                    "calls' and '22 companies' as counts that are not partnership claims",
                    "visits in prose with US dates: 'from Tuesday, July 21 through Friday, July 24, 2026' "
                    "(incoming), 'Aug. 24–27' (outgoing, year from the report), 'On Wednesday, Sept. 9' (the Consul "
                    "General of Mexico: meeting); a look-ahead list with 'Oct. 19–21' (incoming, year from the "
                    "report), an application deadline and a committee date as distractors",
                    "a program status table (Program · Sister city · Status · Next step) with US wording: 'In "
                    "progress', 'MOU signed June 2, 2026' (a signing date that is not an engagement), "
                    "'Completed', 'Proposed by …'", "a fiscal table in dollars as noise"])
def houston_pdf():
    ties = [t for _, group in HO_REGIONS for t in group]
    canons = [t[4] for t in ties]
    n, k = len(canons), _countries(canons)
    assert (n, k) == (8, 8)
    words = {8: "eight"}
    for iso, wd in (("2026-07-21", "Tue"), ("2026-07-24", "Fri"), ("2026-09-09", "Wed"), ("2026-10-13", "Tue")):
        assert dt.date.fromisoformat(iso).strftime("%a") == wd, iso
    regions = "".join(
        f"<h3>{region}</h3><ul>" + "".join(f"<li><b>{w}</b>, {c} (since {y}) – {f}</li>" for w, c, y, f, _ in group)
        + "</ul>" for region, group in HO_REGIONS)
    p1 = (
        "<h1>Quarterly Report to the Economic Development Committee</h1>"
        '<p class="meta">Reporting period: July 1 – September 30, 2026 (Q1 FY2027)<br>Submitted: October 5, 2026 · '
        "Committee meeting: Tuesday, October 13, 2026, 10:00 a.m., City Hall Annex Chamber</p>"
        "<h2>1. Summary</h2>"
        f"<p>Houston's international relationships are carried by {words[n]} sister cities in {words[k]} countries, "
        "each supported by a volunteer committee of Sister Cities of Houston, Inc. During the quarter the office "
        "hosted one sister-city delegation, led one trade mission abroad, and received 11 consular and diplomatic "
        "calls. Two of the four programs below moved forward; one was completed.</p>"
        "<h2>2. Sister cities by region</h2>"
        f'<div class="regions">{regions}</div>'
        '<p class="small">Sister city status is granted by City Council resolution. Friendship and port-to-port '
        "agreements signed by the Port of Houston Authority are not listed here.</p>"
    )
    p2 = (
        "<h2>3. Delegations and missions</h2>"
        "<h3>3.1 Incoming</h3>"
        "<p><b>Ulsan.</b> A 14-member delegation led by the Mayor of Ulsan was in Houston from Tuesday, July 21 "
        "through Friday, July 24, 2026. The program included the Port of Houston's Bayport container terminal, "
        "the Texas Medical Center and a hydrogen roundtable with the Greater Houston Partnership, where the "
        "green shipping corridor working group met for the first time in person.</p>"
        "<h3>3.2 Outgoing</h3>"
        "<p><b>Stavanger — ONS 2026.</b> The Director led a Houston energy delegation of 22 companies to Offshore "
        "Northern Seas in Stavanger, Aug. 24–27, and signed the second phase of the technician exchange with "
        "Stavanger's business development office.</p>"
        "<h3>3.3 Consular and diplomatic calls</h3>"
        "<p>On Wednesday, Sept. 9, the Mayor received the Consul General of Mexico in Houston, who briefed "
        "him on the consulate's new jurisdiction and on its World Cup legacy programs. The remaining calls were "
        "courtesy visits handled by the Director and are listed in the office's protocol log.</p>"
        "<h2>4. Programs</h2>"
        "<table><tr><th>Program</th><th>Sister city</th><th>Status</th><th>Next step</th></tr>"
        + "".join(f"<tr><td>{p}</td><td>{c}</td><td>{s}</td><td>{x}</td></tr>" for p, c, s, x, _, _ in HO_ITEMS)
        + "</table>"
    )
    p3 = (
        "<h2>5. Looking ahead</h2><ul>"
        "<li><b>Oct. 19–21:</b> the Mayor of Leipzig and a Leipzig Trade Fair delegation in Houston, with a "
        "reception at City Hall on the evening of Oct. 19.</li>"
        "<li><b>Nov. 2:</b> applications open for the Sister Cities Youth Ambassadors program; the deadline is "
        "Friday, Dec. 4.</li>"
        "<li><b>Dec. 8:</b> annual meeting of Sister Cities of Houston, Inc. (committee chairs and board).</li>"
        "</ul>"
        "<h2>6. Fiscal note</h2>"
        "<table><tr><th>Line</th><th>FY2027 budget</th><th>Spent Q1</th></tr>"
        "<tr><td>Incoming delegations (protocol, ground transport)</td><td>$85,000</td><td>$21,430</td></tr>"
        "<tr><td>Outgoing missions (travel)</td><td>$120,000</td><td>$38,912</td></tr>"
        "<tr><td>Sister Cities of Houston, Inc. (grant)</td><td>$60,000</td><td>$15,000</td></tr></table>"
        '<p class="sign">Submitted by: Director, Mayor\'s Office of Trade and International Affairs<br>'
        "Contact: trade.international@houston.example · 832-000-0000</p>"
    )
    css = (".meta { color: #444; } .regions h3 { margin: 2mm 0 1mm 0; font-size: 11pt; } "
           ".small { font-size: 8.5pt; color: #555; } .sign { margin-top: 8mm; }")
    html = pages_html("en", [p1, p2, p3], "City of Houston · Mayor's Office of Trade and International Affairs",
                      "MOTIA Quarterly Report · Q1 FY2027 · Page {page} of {pages}")
    html = html.replace("</style>", css + "</style>")
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, _, _, _, c in ties],
        engagements=[engagement("incoming", ["Ulsan"], "Houston", "2026-07-21", "2026-07-24"),
                     engagement("outgoing", ["Houston"], "Stavanger", "2026-08-24", "2026-08-27"),
                     engagement("meeting", ["MX"], "Houston", "2026-09-09"),
                     engagement("incoming", ["Leipzig"], "Houston", "2026-10-19", "2026-10-21")],
        cooperation=[coop(p, st, ["Houston", c]) for p, _, _, _, c, st in HO_ITEMS],
        claims=[claim(f"{words[n]} sister cities in {words[k]} countries", n, k, "sister", "consistent")],
    )
    return print_pdf(html), gold


# --------------------------------------------------------------------------- 173 Himeji e-mail with a programme (ja, EML ISO-2022-JP + DOCX)

HM_TIES = [  # (kind word, name as written, country as written, year, canonical, kind)
    ("姉妹都市", "シャルルロア市", "ベルギー王国", "1965年（昭和40年）", "Charleroi", "sister"),
    ("姉妹都市", "フェニックス市", "アメリカ合衆国（アリゾナ州）", "1976年（昭和51年）", "Phoenix", "sister"),
    ("姉妹都市", "アデレード市", "オーストラリア連邦（南オーストラリア州）", "1982年（昭和57年）", "Adelaide", "sister"),
    ("姉妹都市", "クリチバ市", "ブラジル連邦共和国（パラナ州）", "1984年（昭和59年）", "Curitiba", "sister"),
    ("友好都市", "太原市", "中華人民共和国（山西省）", "1987年（昭和62年）", "Taiyuan", "friendship"),
    ("友好都市", "昌原市", "大韓民国（慶尚南道）", "2000年（平成12年）", "Changwon", "friendship"),
]
HM_ITEMS = [  # (partner as written, title, state, canonical, status)
    ("フェニックス市", "高校生相互派遣事業", "継続中（毎年夏に相互派遣）", "Phoenix", "in_progress"),
    ("アデレード市", "職員相互派遣事業", "覚書締結済み（令和8年9月）、令和9年度開始予定", "Adelaide", "agreed"),
    ("クリチバ市", "環境都市づくり研修（BRT・ごみ分別）", "休止中（令和5年度以降）", "Curitiba", "stalled"),
    ("シャルルロア市", "陶芸作家交流展", "終了（令和7年度に実施）", "Charleroi", "completed"),
]


def _himeji_docx() -> bytes:
    from docx.shared import Pt

    doc = new_docx()
    style = doc.styles["Normal"]
    style.font.size = Pt(10.5)
    doc.add_heading("フェニックス市（米国アリゾナ州）代表団　来姫日程（案）", level=1)
    doc.add_paragraph("令和8年9月24日現在　国際交流課")
    doc.add_paragraph("1　日程")
    docx_table(doc, [
        ["月日", "時間", "内容", "場所", "担当"],
        ["10月6日（火）", "17:10", "関西国際空港着（専用バスで姫路へ）", "―", "国際交流課"],
        ["〃", "19:30", "ホテル着", "市内ホテル", "国際交流課"],
        ["10月7日（水）", "10:00", "市長表敬訪問", "本庁舎3階応接室", "秘書課"],
        ["〃", "13:30", "姫路城・好古園視察", "姫路城", "観光推進課"],
        ["10月8日（木）", "9:30", "市立高校訪問（高校生相互派遣事業の報告会）", "市立姫路高等学校", "教育委員会"],
        ["〃", "18:30", "歓迎夕食会", "市内ホテル", "国際交流課"],
        ["10月9日（金）", "9:00", "ホテル発、関西国際空港へ", "―", "国際交流課"],
    ])
    doc.add_paragraph("")
    doc.add_paragraph("2　姉妹都市・友好都市一覧（参考）")
    docx_table(doc, [["区分", "都市名", "国名", "提携年"]] + [[kw, w, c, y] for kw, w, c, y, _, _ in HM_TIES])
    doc.add_paragraph("")
    doc.add_paragraph("3　主な交流事業の状況")
    docx_table(doc, [["相手都市", "事業名", "状況"]] + [[w, t, s] for w, t, s, _, _ in HM_ITEMS])
    doc.add_paragraph("")
    doc.add_paragraph("※ 日程は先方の航空便確定後に修正する場合があります。")
    return docx_bytes(doc, "フェニックス市代表団　来姫日程（案）")


@document("173_himeji_phoenix_daihyodan_ukeire_irai_ja.eml", split="dev", home="Himeji", language="ja",
          encoding="iso-2022-jp",
          features=["eml (multipart/mixed; body in ISO-2022-JP, 7bit; subject and sender as ISO-2022-JP encoded "
                    "words) + DOCX attachment", "Japanese business e-mail of the international exchange section to "
                    "other sections (a request with a reply deadline), signature between rules, and an Outlook-style "
                    "'-----Original Message-----' block with a quoted message ('> ' lines) below",
                    "dates without a year, the year from the Date: header: '10月6日（火）から9日（金）まで' (incoming), "
                    "'去る9月14日（月）から17日（木）まで' (outgoing, with an MoU signed during it), '11月中旬' "
                    "(incoming, planned, sounded out: month); a reply deadline '9月30日（水）' and a courtesy call on "
                    "'10月7日（水）' inside the visit (not separate engagements)",
                    "headline '海外の姉妹都市・友好都市は5か国6都市' over six countries (inconsistent)",
                    "the attachment: a day-by-day programme table with '〃' ditto marks, a partner table 区分 · 都市名 · "
                    "国名 · 提携年 with 姉妹都市 (sister) and 友好都市 (friendship), long country names with states and "
                    "provinces, years with 昭和/平成; a project table with Japanese states (継続中, 覚書締結済み, "
                    "休止中, 終了)", "DOCX attachment"])
def himeji_email():
    canons = [t[4] for t in HM_TIES]
    n, k = len(canons), _countries(canons)
    assert (n, k) == (6, 6)
    for iso, wd in (("2026-10-06", "火"), ("2026-10-07", "水"), ("2026-10-08", "木"), ("2026-10-09", "金"),
                    ("2026-09-14", "月"), ("2026-09-17", "木"), ("2026-09-30", "水"), ("2026-09-24", "木")):
        assert _weekday_ok(iso, wd, _JA_DAYS), iso
    rule = "━" * 26
    body = "\n".join([
        "関係各課　ご担当者様",
        "（CC：秘書課　田中様）",
        "",
        "お疲れ様です。国際交流課の山本です。",
        "",
        "標記の件につきまして、姉妹都市である米国アリゾナ州フェニックス市から、",
        "市議会議員を団長とする代表団（8名）が10月6日（火）から9日（金）まで来姫されます。",
        "日程（案）を添付しますので、各課で対応可能な時間帯を",
        "9月30日（水）までにご回答くださいますようお願いいたします。",
        "",
        "なお、去る9月14日（月）から17日（木）まで市長がアデレード市（オーストラリア）を訪問し、",
        "職員相互派遣事業に関する覚書を締結しました。同事業は令和9年度から開始する予定です。",
        "",
        "また、友好都市の太原市（中国山西省）から、11月中旬に友好訪問団を派遣したいとの",
        "打診がありました。詳細が決まり次第、改めてご連絡いたします。",
        "",
        "本市の海外の姉妹都市・友好都市は5か国6都市です（添付資料2ページ参照）。",
        "今回の来姫に合わせ、各都市との交流事業の状況も資料にまとめておりますので、",
        "あわせてご確認ください。",
        "",
        "以上、よろしくお願いいたします。",
        "",
        rule,
        "姫路市　観光スポーツ局　国際交流課",
        "山本　真理子",
        "〒670-8501　兵庫県姫路市安田四丁目1番地",
        "TEL：079-000-0000（内線2345）",
        "E-mail：kokusai@city.himeji.example",
        rule,
        "",
        "-----Original Message-----",
        "From: 秘書課　田中",
        "Sent: Friday, September 18, 2026 11:05 AM",
        "To: 国際交流課　山本",
        "Subject: RE: フェニックス市代表団の市長表敬について",
        "",
        "> 山本さん",
        ">",
        "> フェニックス市の件、市長の日程は10月7日（水）午前であれば調整可能です。",
        "> 表敬の場所は本庁舎3階の応接室でお願いします。",
        "> 記念品は例年どおり姫路革細工を準備します。",
        ">",
        "> 秘書課　田中",
        "",
    ])
    msg = MIMEMultipart()
    sender = Header("姫路市 国際交流課 山本", "iso-2022-jp")
    sender.append("<kokusai@city.himeji.example>", "us-ascii")
    msg["From"] = sender
    msg["To"] = "kanko-suishin@city.himeji.example, kyoiku-somu@city.himeji.example"
    msg["Cc"] = "hisho@city.himeji.example"
    msg["Subject"] = Header("【依頼】フェニックス市代表団の受入れについて（10/6〜10/9）", "iso-2022-jp")
    msg["Date"] = "Thu, 24 Sep 2026 16:42:10 +0900"
    msg["Message-ID"] = "<corpus-173@city.himeji.example>"
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg.attach(MIMEText(body, "plain", "iso-2022-jp"))
    part = MIMEApplication(_himeji_docx(), "vnd.openxmlformats-officedocument.wordprocessingml.document")
    part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", "フェニックス市代表団来姫日程案.docx"))
    msg.attach(part)
    msg.set_boundary("=_intercity_corpus_01")
    data = msg.as_bytes(policy=compat32.clone(linesep="\r\n"))
    gold = Gold(
        partnerships=[partner(w, c, kd) for _, w, _, _, c, kd in HM_TIES],
        engagements=[engagement("incoming", ["Phoenix"], "Himeji", "2026-10-06", "2026-10-09"),
                     engagement("outgoing", ["Himeji"], "Adelaide", "2026-09-14", "2026-09-17"),
                     engagement("incoming", ["Taiyuan"], "Himeji", "2026-11")],
        cooperation=[coop(t, st, ["Himeji", c]) for _, t, _, c, st in HM_ITEMS],
        claims=[claim("5か国6都市", n, 5, "all", "inconsistent")],
    )
    return data, gold


# --------------------------------------------------------------------------- 174 Hefei foreign-affairs office page (zh, HTML)

HF_SISTERS = [  # (name as written, country, signing date, canonical)
    ("久留米市", "日本", "1980年2月", "Kurume"),
    ("哥伦布市", "美国", "1988年11月", "Columbus"),
    ("奥斯纳布吕克市", "德国", "1994年9月", "Osnabrück"),
    ("奥尔堡市", "丹麦", "2004年6月", "Aalborg"),
    ("贝尔法斯特市", "英国", "2005年10月", "Belfast"),
]
HF_FRIENDS = [  # (country, name as written, year, canonical)
    ("韩国", "原州市", 2009, "Wonju"),
    ("柬埔寨", "金边市", 2013, "Phnom Penh"),
    ("西班牙", "莱里达市", 2017, "Lleida"),
]
HF_ITEMS = [  # (title, state, canonical, status)
    ("与奥斯纳布吕克市开展职业教育“双元制”合作", "进行中", "Osnabrück", "in_progress"),
    ("与久留米市签署养老服务合作备忘录", "已签署", "Kurume", "agreed"),
    ("与奥尔堡市开展中学生互访项目", "已完成", "Aalborg", "completed"),
    ("与哥伦布市共建科技企业孵化器", "已暂停", "Columbus", "stalled"),
]


@document("174_hefei_waiban_guoji_youcheng_gaikuang_zh.html", split="dev", home="Hefei", language="zh",
          features=["html", "Chinese (Simplified)", "a column page of a municipal foreign-affairs office: top "
                    "navigation, breadcrumb, a publication line with source, views counter and font-size switch, "
                    "a sidebar of notices (a submission deadline, a registration deadline) and a footer with ICP "
                    "number and links to other cities' offices (not partners)", "友好城市 (sister) in a numbered "
                    "table 序号 · 城市 · 国家 · 结好时间; 友好交流城市 (friendship) only in one prose sentence, "
                    "'country + city (year)' joined by 、 and 和", "headline '已与9个国家的9个城市' over eight cities "
                    "in eight countries (inconsistent) and '其中友好城市5个' (sister, consistent)", "news summaries "
                    "under '外事动态' with publication dates in brackets and visit dates without a year: "
                    "'11月3日至6日' (incoming), '10月15日' (the German consul general in Shanghai: meeting), "
                    "'9月22日至25日' (outgoing, an MoU signed during it)", "projects as a list 'title——state' with "
                    "Chinese states (进行中, 已签署, 已完成, 已暂停)"])
def hefei_html():
    canons = [t[3] for t in HF_SISTERS] + [t[3] for t in HF_FRIENDS]
    n, k = len(canons), _countries(canons)
    assert (n, k) == (8, 8)
    rows = "".join(f"<tr><td>{i}</td><td>{w}</td><td>{c}</td><td>{d}</td></tr>"
                   for i, (w, c, d, _) in enumerate(HF_SISTERS, 1))
    fr = [f"{c}{w}（{y}年）" for c, w, y, _ in HF_FRIENDS]
    friends = "、".join(fr[:-1]) + f"和{fr[-1]}"
    items = "".join(f"<li>{t}——<span class=\"zt\">{s}</span></li>" for t, s, _, _ in HF_ITEMS)
    main = (
        '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/gjyc/">国际友城</a> &gt; 友城概况</div>\n'
        '<article>\n<h1>合肥市国际友好城市概况</h1>\n'
        '<p class="info">发布时间：2026-11-10 16:20　来源：友城交流处　浏览次数：1286　'
        '【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</p>\n'
        "<p>合肥是长三角城市群副中心城市和全国重要的科技创新策源地。截至2026年10月，合肥市已与9个国家的9个城市建立了友好城市"
        "或友好交流城市关系，其中友好城市5个。</p>\n"
        "<h2>一、友好城市</h2>\n"
        f'<table class="yc"><tr><th>序号</th><th>城市</th><th>国家</th><th>结好时间</th></tr>{rows}</table>\n'
        "<h2>二、友好交流城市</h2>\n"
        f"<p>此外，合肥市先后与{friends}签署了建立友好交流城市关系的协议，在经贸、教育、科技和文化等领域开展务实合作。</p>\n"
        "<h2>三、2026年友城合作重点项目</h2>\n"
        f"<ul class=\"xm\">{items}</ul>\n"
        "<h2>四、外事动态</h2>\n"
        '<div class="news">\n'
        "<h3>美国哥伦布市代表团访问合肥 <span>[2026-11-07]</span></h3>\n"
        "<p>11月3日至6日，哥伦布市副市长率领的代表团一行9人访问我市，考察了合肥高新区和中国科学技术大学先进技术研究院，"
        "双方就恢复共建科技企业孵化器项目交换了意见。</p>\n"
        "<h3>市领导会见德国驻上海总领事 <span>[2026-10-15]</span></h3>\n"
        "<p>10月15日，副市长在市政府会见了来肥访问的德国驻上海总领事，双方就深化合肥与奥斯纳布吕克友城合作、扩大职业教育"
        "交流进行了交流。</p>\n"
        "<h3>我市代表团出访日本久留米 <span>[2026-09-27]</span></h3>\n"
        "<p>9月22日至25日，市政府代表团赴日本久留米市访问，出席两市友好交流座谈会，并与久留米市政府签署养老服务合作备忘录。</p>\n"
        "</div>\n</article>"
    )
    aside = (
        '<div class="box"><h3>通知公告</h3><ul>'
        "<li>关于报送2027年度因公出国（境）计划的通知（截止日期：2026年12月15日）</li>"
        "<li>2027年“友城青少年交流营”报名通知（报名截止：2026年12月20日）</li>"
        "<li>领事认证业务春节期间暂停办理的公告</li></ul></div>"
        '<div class="box"><h3>办事服务</h3><ul><li>因公护照办理</li><li>APEC商务旅行卡</li><li>外国人来华邀请</li>'
        "</ul></div>")
    nav = ('<a href="/">首页</a> <a href="/jgzn/">机构职能</a> <a href="/wsdt/">外事动态</a> '
           '<a href="/gjyc/">国际友城</a> <a href="/lsfw/">领事服务</a> <a href="/ygcg/">因公出国（境）</a> '
           '<a href="/zwgk/">政务公开</a>')
    footer = ('<p>友情链接：<a href="#">安徽省人民政府外事办公室</a> | <a href="#">南京市人民政府外事办公室</a> | '
              '<a href="#">杭州市人民政府外事办公室</a> | <a href="#">武汉市人民政府外事办公室</a></p>'
              "<p>主办单位：合肥市人民政府外事办公室　地址：安徽省合肥市滨湖新区东流路100号　电话：0551-00000000</p>"
              "<p>皖ICP备00000000号-1　网站标识码：3401000000</p>")
    html = html_page("zh-CN", "合肥市国际友好城市概况 - 合肥市人民政府外事办公室", nav, main, aside, footer)
    gold = Gold(
        partnerships=[partner(w, c, "sister", i) for i, (w, _, _, c) in enumerate(HF_SISTERS, 1)]
        + [partner(w, c, "friendship") for _, w, _, c in HF_FRIENDS],
        engagements=[engagement("incoming", ["Columbus"], "Hefei", "2026-11-03", "2026-11-06"),
                     engagement("meeting", ["DE"], "Hefei", "2026-10-15"),
                     engagement("outgoing", ["Hefei"], "Kurume", "2026-09-22", "2026-09-25")],
        cooperation=[coop(t, st, ["Hefei", c]) for t, _, c, st in HF_ITEMS],
        claims=[claim("已与9个国家的9个城市", 9, 9, "all", "inconsistent"),
                claim("其中友好城市5个", len(HF_SISTERS), None, "sister", "consistent")],
    )
    return html, gold


# --------------------------------------------------------------------------- 175 Rennes note to the mayor (fr, DOCX)

RN_TWINS = [  # (name as written, country, since, canonical)
    ("Exeter", "Royaume-Uni", 1956, "Exeter"),
    ("Rochester", "États-Unis", 1958, "Rochester (US)"),
    ("Erlangen", "Allemagne", 1964, "Erlangen"),
    ("Brno", "République tchèque", 1966, "Brno"),
    ("Sendai", "Japon", 1967, "Sendai"),
    ("Louvain", "Belgique", 1980, "Leuven"),
]
RN_CELL = {"Rochester": "Rochester (État de New York)"}  # the table cell qualifies the name
RN_COOP = [("Sétif", "Algérie", "Sétif"), ("Jinan", "Chine", "Jinan")]  # accords de coopération décentralisée
RN_ITEMS = [  # (title, state, canonical, status)
    ("Échanges d'apprentis avec Erlangen (Chambre des métiers de Moyenne-Franconie)",
     "en cours ; douze apprentis accueillis à Rennes depuis janvier", "Erlangen", "in_progress"),
    ("Gestion de l'eau potable à Sétif avec la Collectivité Eau du Bassin Rennais",
     "convention signée le 12 mars 2026, démarrage des travaux prévu en 2027", "Sétif", "agreed"),
    ("Appariement d'écoles primaires avec Jinan",
     "abandonné, faute d'établissement partenaire côté chinois", "Jinan", "dropped"),
    ("Plateforme d'échanges sur les mobilités actives avec Louvain",
     "proposition de la Ville de Louvain, à l'étude par la direction des mobilités", "Leuven", "proposed"),
]


def _page_field(paragraph) -> None:
    """A Word PAGE field (the number Word shows when it lays the page out)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


@document("175_rennes_note_maire_bilan_jumelages_2026_fr.docx", split="dev", home="Rennes", language="fr",
          features=["docx", "French", "a note to the mayor from the international relations department: a Word "
                    "header (the department) and footer ('Note n° 2026-117 – page' with a PAGE field), À / De / "
                    "Date / Objet / P.J. block, numbered sections, signature and copy list",
                    "the twin towns in a Word table with a merged title row (Ville · Pays · Type · Depuis), "
                    "'Rochester (État de New York)', the French exonym Louvain (Leuven); jumelage = sister; the two "
                    "accords de coopération décentralisée (partner: Sétif, Jinan) only in prose; a network "
                    "membership (Eurocities) that is not a partner", "headline 'six villes jumelées' (sister, "
                    "consistent)", "visits in prose: 'les 3 et 4 juin' (incoming, year from the note's date, "
                    "anniversary), 'Du 22 au 25 septembre 2026' (outgoing), 'Le mardi 6 octobre' (the ambassador "
                    "of Poland: meeting), 'en mars 2027' (incoming, planned, month)", "a council session date, a "
                    "convention signing date and a call-for-projects deadline as distractors",
                    "projects as a bulleted list 'title : state' with French states (en cours, convention signée, "
                    "abandonné, proposition … à l'étude)"])
def rennes_docx():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    canons = [t[3] for t in RN_TWINS] + [t[2] for t in RN_COOP]
    assert len(RN_TWINS) == 6 and _countries(canons) == 8
    assert dt.date(2026, 10, 6).weekday() == 1  # mardi
    doc = new_docx()
    doc.styles["Normal"].font.size = Pt(10.5)
    section = doc.sections[0]
    section.header.paragraphs[0].text = ("Ville de Rennes – Direction des relations internationales et "
                                         "européennes (DRIE)")
    foot = section.footer.paragraphs[0]
    foot.text = "DRIE – Note n° 2026-117 – page "
    foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _page_field(foot)

    doc.add_heading("NOTE", level=1)
    for label, value in (("À", "Madame la Maire"), ("De", "Direction des relations internationales et européennes"),
                         ("Date", "Rennes, le 9 novembre 2026"),
                         ("Objet", "Bilan 2026 des jumelages et des coopérations internationales ; perspectives "
                                   "2027"),
                         ("P.J.", "programme de la mission à Brno (septembre 2026)")):
        p = doc.add_paragraph()
        p.add_run(f"{label} : ").bold = True
        p.add_run(value)
        p.paragraph_format.space_after = Pt(0)

    doc.add_heading("1. Le réseau des villes partenaires", level=2)
    doc.add_paragraph(
        "Rennes compte aujourd'hui six villes jumelées, sur trois continents. La liste ci-dessous reprend la date "
        "de la charte de jumelage signée par le conseil municipal.")
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    title = table.rows[0].cells[0].merge(table.rows[0].cells[3])
    title.text = "Villes jumelées avec Rennes (au 1er novembre 2026)"
    for row in [["Ville", "Pays", "Type", "Depuis"]] + [[RN_CELL.get(w, w), c, "Jumelage", str(y)]
                                                        for w, c, y, _ in RN_TWINS]:
        cells = table.add_row().cells
        for cell, value in zip(cells, row):
            cell.text = value
    coops = " et ".join(f"{w} ({c})" for w, c, _ in RN_COOP)
    doc.add_paragraph(
        f"Par ailleurs, la Ville met en œuvre des accords de coopération décentralisée avec {coops}, dans les "
        "domaines de l'eau, de la culture et de l'enseignement supérieur. Rennes est également membre "
        "d'Eurocities et de Cités Unies France, ce qui ne constitue pas un lien bilatéral.")

    doc.add_heading("2. Les échanges en 2026", level=2)
    doc.add_paragraph(
        "Une délégation d'Exeter, conduite par le Lord Mayor, a été accueillie à Rennes les 3 et 4 juin à l'occasion "
        "des 70 ans du jumelage. Elle a participé à la plantation d'un arbre de l'amitié au parc du Thabor et à une "
        "rencontre entre les deux universités.")
    doc.add_paragraph(
        "Du 22 au 25 septembre 2026, l'adjointe déléguée aux relations internationales s'est rendue à Brno avec une "
        "délégation de six personnes (élus, services et Conservatoire à rayonnement régional). Le programme "
        "figure en pièce jointe.")
    doc.add_paragraph(
        "Le mardi 6 octobre, vous avez reçu l'ambassadeur de Pologne en France, qui a souhaité relancer les échanges "
        "universitaires entre la Bretagne et la Grande-Pologne.")
    doc.add_paragraph(
        "Perspectives : une délégation de Sendai est attendue en mars 2027 pour les 60 ans du jumelage ; le "
        "programme sera arrêté avec le bureau de Sendai à Paris d'ici la fin de l'année.")

    doc.add_heading("3. Projets de coopération : état d'avancement", level=2)
    for t, s, _, _ in RN_ITEMS:
        doc.add_paragraph(f"{t} : {s}.", style="List Bullet")

    doc.add_heading("4. Calendrier", level=2)
    doc.add_paragraph(
        "Le présent bilan sera présenté au conseil municipal lors de la séance du 14 décembre 2026. L'appel à "
        "projets « Jeunesse et jumelages » 2027 sera clos le 15 janvier 2027.")
    doc.add_paragraph("")
    doc.add_paragraph("Le Directeur des relations internationales et européennes")
    doc.add_paragraph("Copie : Cabinet de la Maire ; Direction générale des services")
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, _, _, c in RN_TWINS]
        + [partner(w, c, "partner") for w, _, c in RN_COOP],
        engagements=[engagement("incoming", ["Exeter"], "Rennes", "2026-06-03", "2026-06-04"),
                     engagement("outgoing", ["Rennes"], "Brno", "2026-09-22", "2026-09-25"),
                     engagement("meeting", ["PL"], "Rennes", "2026-10-06"),
                     engagement("incoming", ["Sendai"], "Rennes", "2027-03")],
        cooperation=[coop(t, st, ["Rennes", c]) for t, _, c, st in RN_ITEMS],
        claims=[claim("six villes jumelées", 6, None, "sister", "consistent")],
    )
    return docx_bytes(doc, "Note – Bilan 2026 des jumelages"), gold


# --------------------------------------------------------------------------- 176 Amman internal memo (ar, TXT windows-1256)

AM_TIES = [  # (name as written, country as written, kind word, year, canonical, kind)
    ("أنقرة", "الجمهورية التركية", "توأمة", 1986, "Ankara", "sister"),
    ("إسطنبول", "الجمهورية التركية", "توأمة", 1997, "Istanbul", "sister"),
    ("القاهرة", "جمهورية مصر العربية", "توأمة", 1989, "Cairo", "sister"),
    ("تونس", "الجمهورية التونسية", "توأمة", 1999, "Tunis", "sister"),
    ("شيكاغو", "الولايات المتحدة الأمريكية", "توأمة", 2004, "Chicago", "sister"),
    ("بوخارست", "رومانيا", "مذكرة تفاهم", 2010, "Bucharest", "partner"),
    ("يريفان", "جمهورية أرمينيا", "مذكرة تفاهم", 2014, "Yerevan", "partner"),
]
AM_ITEMS = [  # (title, with whom, state, canonical, status)
    ("تبادل الخبرات في إدارة النفايات الصلبة", "مع بلدية إسطنبول الكبرى", "قيد التنفيذ", "Istanbul", "in_progress"),
    ("برنامج تدريب مهندسي السير", "بالتعاون مع بلدية أنقرة الكبرى", "أُنجز في تموز 2026", "Ankara", "completed"),
    ("مهرجان الأيام الثقافية المشترك", "مع القاهرة", "متوقف مؤقتاً لأسباب تمويلية", "Cairo", "stalled"),
    ("مذكرة تفاهم في مجال السياحة الحضرية", "مع بلدية يريفان", "مقترحة من الجانب الأرمني وقيد الدراسة", "Yerevan",
     "proposed"),
]


def _hijri(day: dt.date) -> tuple[int, int, int]:
    """The tabular Islamic calendar (a day off the Umm al-Qura date at most): a distractor's date only."""
    jd = day.toordinal() + 1721425
    lv = jd - 1948440 + 10632
    n = (lv - 1) // 10631
    lv = lv - 10631 * n + 354
    j = ((10985 - lv) // 5316) * ((50 * lv) // 17719) + (lv // 5670) * ((43 * lv) // 15238)
    lv = lv - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * lv) // 709
    return 30 * n + j - 30, m, lv - (709 * m) // 24


@document("176_amman_mudhakkira_tawama_rub3_thalith_ar_cp1256.txt", split="dev", home="Amman", language="ar",
          encoding="windows-1256",
          features=["txt (windows-1256, CRLF)", "Arabic (Jordan): an internal memo of the international relations "
                    "directorate exported to text: letterhead lines, reference number, the Hijri date with its "
                    "Gregorian equivalent (distractors), إلى / من / الموضوع, sections أولاً … رابعاً, signature and "
                    "copy line", "partners as a numbered list 'n- مدينة X (country) – kind – منذ عام YYYY' with "
                    "توأمة (sister) and مذكرة تفاهم (partner); تونس is both the city and the country (the city, "
                    "with الجمهورية التونسية in brackets)", "headline 'باتفاقيات توأمة مع خمس مدن' (sister) and "
                    "'بمذكرتي تفاهم للتعاون مع مدينتين' (partner, the dual), both in words and consistent",
                    "Levantine month names with the Gregorian name in brackets: 'من 14 إلى 16 أيلول (سبتمبر) 2026' "
                    "(incoming), 'يوم الأحد الموافق 11 تشرين الأول (أكتوبر) 2026' (the ambassador of Romania: "
                    "meeting), 'يومي 3 و4 تشرين الثاني (نوفمبر) القادم' (outgoing to a forum in the partner city, "
                    "planned, year from the memo), a cancelled visit from Chicago (not gold)", "a council meeting "
                    "date and a completion month as distractors", "projects as dash lines 'title with partner: "
                    "state' with Arabic states (قيد التنفيذ, أُنجز, متوقف مؤقتاً, مقترحة … وقيد الدراسة)"])
def amman_txt():
    canons = [t[4] for t in AM_TIES]
    sisters = [t for t in AM_TIES if t[5] == "sister"]
    mous = [t for t in AM_TIES if t[5] == "partner"]
    assert (len(sisters), len(mous)) == (5, 2)
    memo = dt.date(2026, 10, 26)
    hy, hm, hd = _hijri(memo)
    assert (hy, hm) == (1448, 5)  # جمادى الأولى
    assert dt.date(2026, 10, 11).weekday() == 6  # الأحد
    lines = [
        "المملكة الأردنية الهاشمية",
        "أمانة عمّان الكبرى",
        "مديرية العلاقات الدولية والتعاون",
        "",
        "الرقم: ع د/3/4/2195",
        f"التاريخ: {hd} جمادى الأولى {hy} هـ",
        f"الموافق: {memo.day}/{memo.month}/{memo.year} م",
        "",
        "مذكرة داخلية",
        "",
        "إلى: عطوفة مدير المدينة",
        "من: مدير العلاقات الدولية والتعاون",
        "الموضوع: موجز علاقات التوأمة والتعاون وأبرز الزيارات خلال الربع الثالث من عام 2026",
        "",
        "تحية طيبة وبعد،",
        "",
        "أولاً: المدن المرتبطة مع أمانة عمّان الكبرى",
        "",
        "ترتبط الأمانة باتفاقيات توأمة مع خمس مدن، وبمذكرتي تفاهم للتعاون مع مدينتين، وذلك على النحو الآتي:",
        "",
    ]
    for i, (w, c, kw, y, _, _) in enumerate(AM_TIES, 1):
        lines.append(f"   {i}- مدينة {w} ({c}) – {kw} – منذ عام {y}")
    lines += [
        "",
        "ثانياً: أبرز الزيارات واللقاءات",
        "",
        "1. استقبلت الأمانة وفداً من بلدية أنقرة الكبرى برئاسة نائب رئيس البلدية خلال الفترة من 14 إلى 16 أيلول",
        "(سبتمبر) 2026، اطّلع خلالها على مشروع الباص السريع ومركز إدارة الحركة المرورية.",
        "2. استقبل عطوفة أمين عمّان سفير رومانيا لدى المملكة يوم الأحد الموافق 11 تشرين الأول (أكتوبر) 2026، وجرى",
        "البحث في تفعيل مذكرة التفاهم الموقعة مع بلدية بوخارست.",
        "3. أُلغيت زيارة وفد مدينة شيكاغو التي كانت مقررة في شهر آب (أغسطس) الماضي بطلب من الجانب الأمريكي، ولم",
        "يُحدد موعد بديل بعد.",
        "4. من المقرر أن يشارك وفد من الأمانة برئاسة عطوفة مدير المدينة في منتدى المدن المتوسطية الذي تستضيفه",
        "مدينة تونس يومي 3 و4 تشرين الثاني (نوفمبر) القادم.",
        "",
        "ثالثاً: مشاريع التعاون القائمة",
        "",
    ]
    for t, who, state, _, _ in AM_ITEMS:
        lines.append(f"- {t} {who}: {state}.")
    lines += [
        "",
        "رابعاً: التوصية",
        "",
        "أرجو التكرم بالاطلاع، والإيعاز بإدراج الموجز على جدول أعمال اجتماع مجلس الأمانة المقرر بتاريخ 9/11/2026.",
        "",
        "وتفضلوا بقبول فائق الاحترام،،،",
        "",
        "                                        مدير العلاقات الدولية والتعاون",
        "                                        م. سامي الحوراني",
        "",
        "نسخة/ الملف العام",
    ]
    text = "\r\n".join(lines) + "\r\n"
    gold = Gold(
        partnerships=[partner(w, c, kd, i) for i, (w, _, _, _, c, kd) in enumerate(AM_TIES, 1)],
        engagements=[engagement("incoming", ["Ankara"], "Amman", "2026-09-14", "2026-09-16"),
                     engagement("meeting", ["RO"], "Amman", "2026-10-11"),
                     engagement("outgoing", ["Amman"], "Tunis", "2026-11-03", "2026-11-04")],
        cooperation=[coop(t, st, ["Amman", c]) for t, _, _, c, st in AM_ITEMS],
        claims=[claim("باتفاقيات توأمة مع خمس مدن", len(sisters), None, "sister", "consistent"),
                claim("بمذكرتي تفاهم للتعاون مع مدينتين", len(mous), None, "partner", "consistent")],
    )
    assert len(canons) == 7
    return text.encode("windows-1256"), gold
