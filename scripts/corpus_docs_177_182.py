"""Corpus documents 177-182 (dev split; see docs/evaluation.md): built by ``scripts/make_corpus.py``.

A dev batch written on 2026-12-02 to be measured unseen, before anyone writes rules with it: six documents a city's
international-relations team really receives, in six formats, with new homes (Paju, Samcheok, Glasgow, Tacoma,
Matsumoto, Lublin): a Korean 국외출장 결과 보고 in Word (an approval box, a visit programme by day covering two partner
cities, numbered results with sub-bullets, a follow-up table and a partner table whose cells hold the city and the
country together); a Korean e-mail reply in EUC-KR above a quoted request of the council office (partners only in
prose paragraphs, a stale count in the request corrected in the reply, dates without a year) with a Word project
status sheet attached; English minutes of a Scottish council working group printed by Chromium (ordinal dates,
numbered items with lettered and roman sub-items, partners in prose paragraphs, an ended twinning, a cancelled visit,
a DECIDED block); a US city's sister-city web page (a table with "City, Country" in one cell, a 2026 timeline whose
year is in the heading only, a suspended tie, project cards with status pills); a Japanese progress deck of a
fiscal year with a bilingual partner table, domestic partners, a timeline drawn along an arrow (a February date that
belongs to the next calendar year) and a project status table; and a Polish press release exported to Markdown in
ISO-8859-2 (inflected exonyms, partners per country in bullets and prose, an expired agreement, numbered projects with
sub-bullets, an inconsistent figure in a "Lublin w liczbach" box). Partner pairs are taken from
``../shared/data/twin-cities``; kinds, years, visits, dates and cooperation items are invented.
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
    "Paju": ("KR", "gn:1951567"), "Samcheok": ("KR", "gn:1838069"), "Glasgow": ("GB", "gn:2648579"),
    "Tacoma": ("US", "gn:5812944"), "Matsumoto": ("JP", "gn:1857519"), "Lublin": ("PL", "gn:765876"),
    # partners of Paju
    "Toowoomba": ("AU", "gn:2146268"), "Coquitlam": ("CA", "gn:5927690"), "Rancagua": ("CL", "gn:3873775"),
    "Mudanjiang": ("CN", "gn:2035715"), "Jinzhou": ("CN", "gn:2036427"), "Hadano": ("JP", "gn:1863431"),
    "Sasebo": ("JP", "gn:1852899"), "Stellenbosch": ("ZA", "gn:3361025"), "Cuenca (ES)": ("ES", "gn:3124132"),
    "Eskişehir": ("TR", "gn:315202"),
    # partners of Samcheok
    "Jixi": ("CN", "gn:2036389"), "Dongying": ("CN", "gn:1812101"), "Wangqing": ("CN", "gn:2034221"),
    "Akabira": ("JP", "gn:2130705"), "Kurobe": ("JP", "gn:6822126"), "Kanda (JP)": ("JP", "gn:1860234"),
    "Korsakov": ("RU", "gn:2124286"), "Kungur": ("RU", "gn:539147"), "Mareeba": ("AU", "gn:2158767"),
    # partners of Glasgow
    "Nuremberg": ("DE", "gn:2861650"), "Marseille": ("FR", "gn:2995469"), "Turin": ("IT", "gn:3165524"),
    "Bethlehem": ("PS", "gn:284315"), "Havana": ("CU", "gn:3553478"), "Mykolaiv": ("UA", "gn:700569"),
    "Dalian": ("CN", "gn:1814087"), "Lahore": ("PK", "gn:1172451"),
    # partners of Tacoma
    "Kitakyushu": ("JP", "gn:1859307"), "Fuzhou": ("CN", "gn:1810821"), "Taichung": ("TW", "gn:1668399"),
    "Gunsan": ("KR", "gn:1842025"), "Ålesund": ("NO", "gn:3163392"), "Cienfuegos": ("CU", "gn:3564124"),
    "Boca del Río": ("MX", "gn:3532193"), "El Jadida": ("MA", "gn:2550078"), "George": ("ZA", "gn:1002145"),
    "Hvar": ("HR", "gn:3199180"),
    # partners of Matsumoto
    "Salt Lake City": ("US", "gn:5780993"), "Grindelwald": ("CH", "gn:2660498"), "Kathmandu": ("NP", "gn:1283240"),
    "Langfang": ("CN", "gn:1804540"), "Takayama": ("JP", "gn:1850892"), "Fujisawa": ("JP", "gn:1864092"),
    # partners of Lublin
    "Lviv": ("UA", "gn:702550"), "Lutsk": ("UA", "gn:702569"), "Ivano-Frankivsk": ("UA", "gn:707471"),
    "Rivne": ("UA", "gn:695594"), "Kharkiv": ("UA", "gn:706483"), "Sumy": ("UA", "gn:692194"),
    "Münster": ("DE", "gn:2867543"), "Delmenhorst": ("DE", "gn:2938323"), "Nancy": ("FR", "gn:2990999"),
    "Lancaster (GB)": ("GB", "gn:2644972"), "Tilburg": ("NL", "gn:2746301"), "Debrecen": ("HU", "gn:721472"),
    "Panevėžys": ("LT", "gn:596128"), "Tbilisi": ("GE", "gn:611717"), "Timișoara": ("RO", "gn:665087"),
    "Alcalá de Henares": ("ES", "gn:3130616"), "Windsor (CA)": ("CA", "gn:6182962"), "Erie": ("US", "gn:5188843"),
    "Jiaozuo": ("CN", "gn:1805987"), "Nilüfer": ("TR", "gn:10346824"), "Rishon LeZion": ("IL", "gn:293703"),
})


def _countries(canons) -> int:
    return len({PLACES[c][0] for c in canons})


_KO_DAYS = ["월", "화", "수", "목", "금", "토", "일"]
_JA_DAYS = ["月", "火", "水", "木", "金", "土", "日"]


def _wd(iso: str, names: list[str]) -> str:
    return names[dt.date.fromisoformat(iso).weekday()]


def _check_days(pairs, names) -> None:
    for iso, wd in pairs:
        assert _wd(iso, names) == wd, (iso, wd)


# --------------------------------------------------------------------------- 177 Paju trip result report (ko, DOCX)

PJ_TIES = [  # (city (country) as in the cell, name as written, kind word, signed, canonical, kind)
    ("투움바시(호주)", "투움바시", "자매도시", "1997. 4. 21.", "Toowoomba", "sister"),
    ("코퀴틀람시(캐나다)", "코퀴틀람시", "자매도시", "2001. 9. 12.", "Coquitlam", "sister"),
    ("랑카과시(칠레)", "랑카과시", "자매도시", "2004. 11. 5.", "Rancagua", "sister"),
    ("무단장시(중국)", "무단장시", "자매도시", "2008. 6. 17.", "Mudanjiang", "sister"),
    ("에스키셰히르시(튀르키예)", "에스키셰히르시", "자매도시", "2011. 3. 8.", "Eskişehir", "sister"),
    ("하다노시(일본)", "하다노시", "우호도시", "2003. 10. 30.", "Hadano", "friendship"),
    ("사세보시(일본)", "사세보시", "우호도시", "2009. 5. 26.", "Sasebo", "friendship"),
    ("진저우시(중국)", "진저우시", "우호도시", "2016. 10. 14.", "Jinzhou", "friendship"),
    ("스텔렌보스시(남아프리카공화국)", "스텔렌보스시", "우호도시", "2018. 8. 9.", "Stellenbosch", "friendship"),
    ("쿠엔카시(스페인)", "쿠엔카시", "우호도시", "2022. 12. 1.", "Cuenca (ES)", "friendship"),
]
PJ_ITEMS = [  # (title, partner as written, state, department, canonical, status)
    ("공무원 상호 파견 연수", "진저우시", "합의 (2027년 상반기 각 1명 파견)", "총무과", "Jinzhou", "agreed"),
    ("청소년 동계캠프 상호 교류", "무단장시", "추진 중 (세부 일정 협의)", "교육청소년과", "Mudanjiang", "in_progress"),
    ("농특산물(장단콩) 상설 판매장 설치", "진저우시", "제안 접수 (진저우시 제안, 관계부서 검토 예정)", "농업정책과",
     "Jinzhou", "proposed"),
    ("중러 국경무역박람회 파주기업관 운영", "무단장시", "잠정 보류 (2027년 예산 미반영)", "기업지원과", "Mudanjiang",
     "stalled"),
    ("조선족 학교 한국어 도서 지원", "무단장시", "완료 ('26. 5월 도서 1,200권 발송)", "국제협력과", "Mudanjiang",
     "completed"),
]


@document("177_paju_gugoe_chuljang_gyeolgwa_bogo_jinzhou_mudanjiang_ko.docx", split="dev", home="Paju",
          language="ko",
          features=["docx", "Korean 국외출장 결과 보고 (overseas trip result report) of the international cooperation "
                    "division: a 결재 approval box (담당 · 팀장 · 과장 · 국장) above the title, the report date "
                    "'2026. 10. 23.(금)' (distractor), sections Ⅰ–Ⅴ with ○ lines and spaced labels (기    간, 방 문 지)",
                    "one trip to two partner cities: the period '2026. 10. 13.(화) ~ 10. 17.(토) [4박 5일]' over "
                    "both, the per-city dates in the 방문지 line '진저우시(10. 13.~10. 15.), 무단장시(10. 15.~10. 17.)' "
                    "(two outgoing engagements, year from the period line); a visit programme by day (일자 · 시간 · "
                    "주요 일정 · 장소, the date only on each day's first row) with a transit city (선양) and a "
                    "signing inside the visit", "results as numbered items with '-' sub-bullets: the 2016 signing "
                    "date of the tie (not a visit), a planned incoming delegation '2027. 1월 중' (month), a "
                    "cancelled side trip to Dalian (not a partner, not gold)", "a follow-up table 연번 · 사업명 · "
                    "상대도시 · 추진상황 · 담당부서 with Korean states (합의, 추진 중, 제안 접수, 잠정 보류, 완료)",
                    "an appendix partner table whose cell holds the city and the country together "
                    "('투움바시(호주)'), 자매도시 (sister) and 우호도시 (friendship), under the heading "
                    "'8개국 10개 도시' (consistent)", "a budget line in 천원 as noise"])
def paju_docx():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    canons = [t[4] for t in PJ_TIES]
    n, k = len(canons), _countries(canons)
    assert (n, k) == (10, 8)
    _check_days([("2026-10-13", "화"), ("2026-10-14", "수"), ("2026-10-15", "목"), ("2026-10-16", "금"),
                 ("2026-10-17", "토"), ("2026-10-23", "금")], _KO_DAYS)
    doc = new_docx()
    doc.styles["Normal"].font.size = Pt(11)
    approval = doc.add_table(rows=2, cols=4)
    approval.style = "Table Grid"
    for cell, label in zip(approval.rows[0].cells, ["담당", "팀장", "과장", "국장"]):
        cell.text = label
    for cell in approval.rows[1].cells:
        cell.text = " "
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("국외출장 결과 보고")
    run.bold = True
    run.font.size = Pt(20)
    sub = doc.add_paragraph("- 중국 진저우시·무단장시 우호교류 방문 -")
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    right = doc.add_paragraph("2026. 10. 23.(금)\n국제협력과(국제교류팀)")
    right.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_paragraph("Ⅰ. 출장 개요")
    for line in ("○ 기    간: 2026. 10. 13.(화) ~ 10. 17.(토) [4박 5일]",
                 "○ 방 문 지: 중국 랴오닝성 진저우시(10. 13.~10. 15.), 헤이룽장성 무단장시(10. 15.~10. 17.)",
                 "○ 출 장 자: 부시장 등 5명 (국제협력과장, 국제교류팀장, 주무관, 통역 1명)",
                 "○ 목    적: 진저우시 우호도시 협약 체결 10주년 기념식 참석 및 무단장시와 청소년·경제 교류 확대 협의",
                 "○ 소요예산: 18,450천원 (국외업무여비, 기념품 구입비 포함)"):
        doc.add_paragraph(line)

    doc.add_paragraph("Ⅱ. 일자별 주요 활동")
    docx_table(doc, [
        ["일자", "시간", "주요 일정", "장소"],
        ["10. 13.(화)", "09:10", "인천공항 출발 → 선양 도착(11:05)", "선양 타오셴공항"],
        ["", "15:00", "진저우시로 이동(전용차량), 숙소 도착", "진저우"],
        ["10. 14.(수)", "10:00", "진저우시장 예방 및 환담", "진저우시 인민정부"],
        ["", "14:30", "우호도시 협약 체결 10주년 기념식, 「우호교류 강화 합의서」 서명", "진저우 국제회의센터"],
        ["", "18:30", "진저우시 주최 환영만찬", "시내 호텔"],
        ["10. 15.(목)", "09:00", "진저우 경제기술개발구(태양광 소재 단지) 시찰", "경제기술개발구"],
        ["", "15:40", "진저우 → 무단장 이동(항공, 선양 경유)", "—"],
        ["10. 16.(금)", "10:00", "무단장시 부시장 면담(청소년 교류, 박람회 참가 협의)", "무단장시 인민정부"],
        ["", "14:00", "무단장 제1고급중학교 방문, 한국어반 수업 참관", "제1고급중학교"],
        ["10. 17.(토)", "12:20", "무단장 출발 → 인천공항 도착(15:30)", "—"],
    ])

    doc.add_paragraph("Ⅲ. 주요 성과")
    results = [
        ("1. 진저우시: 우호도시 협약 10주년 기념식 참석 및 합의서 서명", [
            "2016. 10. 14. 우호도시 협약 체결 이후 10년간의 교류 성과(공무원 연수 6회, 청소년 교류 4회) 공유",
            "「우호교류 강화 합의서」 서명: 2027년 상반기 공무원 상호 파견 연수(각 1명) 추진에 합의",
            "진저우시 측에서 파주 장단콩 등 농특산물 상설 판매장 설치를 제안 → 농업정책과 검토 예정"]),
        ("2. 무단장시: 자매도시 교류 활성화 협의", [
            "무단장시 청소년 대표단(15명 내외)이 2027. 1월 중 파주를 방문하여 파주 청소년 동계캠프에 참가하기로 함 "
            "(세부 일정 협의 중)",
            "무단장 중러 국경무역박람회(매년 8월) 파주기업관 운영 요청 → 2027년 본예산 미반영으로 잠정 보류",
            "조선족 학교 한국어 도서 지원(5월 발송)에 대한 감사 인사 전달"]),
        ("3. 기타", [
            "당초 일정에 포함되었던 다롄시 투자유치 설명회 참석(10. 15.)은 현지 행사 연기로 취소",
            "이동 중 경유한 선양에서는 별도 공식 일정 없음"]),
    ]
    for head, bullets in results:
        doc.add_paragraph(head)
        for b in bullets:
            p = doc.add_paragraph(f"  - {b}")
            p.paragraph_format.left_indent = Pt(18)

    doc.add_paragraph("Ⅳ. 후속 조치 계획")
    docx_table(doc, [["연번", "사업명", "상대도시", "추진상황", "담당부서"]]
               + [[str(i), t, w, s, d] for i, (t, w, s, d, _, _) in enumerate(PJ_ITEMS, 1)])

    doc.add_paragraph("Ⅴ. 참고: 파주시 해외 자매·우호도시 현황 (8개국 10개 도시)")
    docx_table(doc, [["연번", "도시(국가)", "구분", "체결일"]]
               + [[str(i), cell, kw, d] for i, (cell, _, kw, d, _, _) in enumerate(PJ_TIES, 1)])
    doc.add_paragraph("※ 체결일 순, 구분별 정렬. 국내 자매결연 도시는 제외.")
    doc.add_paragraph("붙임  1. 합의서 사본 1부.  2. 출장 사진 1부.  끝.")
    gold = Gold(
        partnerships=[partner(w, c, kd, i) for i, (_, w, _, _, c, kd) in enumerate(PJ_TIES, 1)],
        engagements=[engagement("outgoing", ["Paju"], "Jinzhou", "2026-10-13", "2026-10-15"),
                     engagement("outgoing", ["Paju"], "Mudanjiang", "2026-10-15", "2026-10-17"),
                     engagement("incoming", ["Mudanjiang"], "Paju", "2027-01")],
        cooperation=[coop(t, st, ["Paju", c]) for t, _, _, _, c, st in PJ_ITEMS],
        claims=[claim("8개국 10개 도시", n, k, "all", "consistent")],
    )
    return docx_bytes(doc, "국외출장 결과 보고(중국 진저우시·무단장시)"), gold


# --------------------------------------------------------------------------- 178 Samcheok e-mail reply to the council office (ko, EML EUC-KR + DOCX)

SC_TIES = [  # (canonical, name as written, kind)
    ("Jixi", "지시시", "sister"), ("Dongying", "둥잉시", "sister"), ("Wangqing", "왕칭현", "friendship"),
    ("Akabira", "아카비라시", "sister"), ("Kurobe", "구로베시", "friendship"), ("Kanda (JP)", "간다마치", "friendship"),
    ("Korsakov", "코르사코프시", "sister"), ("Kungur", "쿤구르시", "partner"), ("Mareeba", "마리바시", "friendship"),
]
SC_ITEMS = [  # (partner as written, title, state, remark, canonical, status)
    ("지시시", "석탄산업 유산 연계 관광상품 공동 홍보", "추진 중", "양 시 관광박람회 상호 참가", "Jixi", "in_progress"),
    ("둥잉시", "수산물 가공기업 교류 협력", "업무협약 체결('26. 9. 10.)", "참여기업 3개사", "Dongying", "agreed"),
    ("아카비라시", "청소년 스키캠프 상호 파견", "완료", "1~2월, 학생 12명", "Akabira", "completed"),
    ("왕칭현", "산채 가공기술 교류", "잠정 보류", "2026년 예산 미확보", "Wangqing", "stalled"),
    ("쿤구르시", "동굴관광 협력(환선굴-쿤구르 얼음동굴)", "사업 종결", "'22년 이후 교류 중단, 재개 계획 없음", "Kungur",
     "dropped"),
    ("마리바시", "원어민 영어캠프 공동 운영", "제안 접수(검토 중)", "마리바시 측 제안", "Mareeba", "proposed"),
]


def _samcheok_docx() -> bytes:
    from docx.shared import Pt

    doc = new_docx()
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("2026년 국제교류 협력사업 추진현황", level=1)
    doc.add_paragraph("(2026. 11. 18. 기준, 관광정책과 국제교류팀)")
    docx_table(doc, [["연번", "상대도시", "사업명", "추진상황", "비고"]]
               + [[str(i), w, t, s, r] for i, (w, t, s, r, _, _) in enumerate(SC_ITEMS, 1)])
    doc.add_paragraph("")
    doc.add_paragraph("※ 추진상황 구분: 추진 중 / 협약 체결 / 완료 / 잠정 보류 / 종결 / 제안 접수")
    doc.add_paragraph("※ 행정사무감사 제출용 (의회사무국 요청 자료 2번)")
    return docx_bytes(doc, "2026년 국제교류 협력사업 추진현황")


@document("178_samcheok_haengjeong_samusagam_jaryo_hoesin_ko_euckr.eml", split="dev", home="Samcheok",
          language="ko", encoding="euc-kr",
          features=["eml (multipart/mixed; body text/plain in EUC-KR, base64; subject and sender as EUC-KR encoded "
                    "words) + DOCX attachment", "Korean reply of the international exchange team to the council "
                    "office's data request for the administrative audit, above a Korean Outlook-style "
                    "'-----원본 메시지-----' block (보낸 사람 / 보낸 날짜 / 받는 사람 / 제목) with the request",
                    "partners only in prose paragraphs, one per country, 'province + city(year)' with 자매결연 "
                    "(sister), 우호교류 (friendship) and 교류협력 의향서(MOU) (partner); a county (왕칭현) and a town "
                    "(간다마치) as partners; a tie ended in 2020 (Leesburg, not gold)",
                    "the request's '5개국 10개 도시' (stale, inconsistent) corrected in the reply to '4개국 9개 도시' "
                    "(consistent)", "dates without a year, the year from the Date: header: '9월 8일(화)~11일(금)' "
                    "(incoming, a signing inside it), '10월 20일(화)~23일(금)' (outgoing), '11월 5일(목)' (the "
                    "Russian consul general in Busan: meeting), '12월 중' (planned incoming, month); a cancelled "
                    "visit, the audit date and the submission deadline as distractors",
                    "the attachment: a project status sheet 연번 · 상대도시 · 사업명 · 추진상황 · 비고 with Korean "
                    "states (추진 중, 업무협약 체결, 완료, 잠정 보류, 사업 종결, 제안 접수)", "DOCX attachment"])
def samcheok_email():
    canons = [c for c, _, _ in SC_TIES]
    n, k = len(canons), _countries(canons)
    assert (n, k) == (9, 4)
    _check_days([("2026-09-08", "화"), ("2026-09-11", "금"), ("2026-10-20", "화"), ("2026-10-23", "금"),
                 ("2026-11-05", "목"), ("2026-11-16", "월"), ("2026-11-20", "금"), ("2026-11-25", "수"),
                 ("2026-11-18", "수")], _KO_DAYS)
    rule = "-" * 40
    body = "\n".join([
        "김수진 주무관님, 안녕하세요.",
        "관광정책과 국제교류팀 박준호입니다.",
        "",
        "요청하신 「2026년 행정사무감사」 국제교류 분야 자료를 아래와 같이 회신드립니다.",
        "협력사업별 추진현황은 첨부파일(2026년 국제교류 협력사업 추진현황)을 참고해 주십시오.",
        "",
        "1. 자매·우호도시 현황",
        "",
        "요청서에 기재된 '5개국 10개 도시'는 시 홈페이지의 예전 자료를 인용한 것으로, 미국 버지니아주 "
        "리스버그시와의 자매결연은 2020년 양 시 합의로 종료되었습니다. 따라서 현재 우리 시의 해외 자매·우호도시는 "
        "4개국 9개 도시입니다. 홈페이지 자료는 이번 주 중 수정하겠습니다.",
        "",
        "중국에서는 헤이룽장성 지시시(1997년), 산둥성 둥잉시(2007년)와 자매결연을 맺고 있으며, 지린성 왕칭현과는 "
        "2012년 우호교류 협정을 체결하였습니다.",
        "",
        "일본은 홋카이도 아카비라시가 1991년 자매결연을 맺은 가장 오래된 자매도시이며, 도야마현 구로베시(2004년)와 "
        "후쿠오카현 간다마치(2015년)는 우호교류도시입니다.",
        "",
        "러시아 사할린주 코르사코프시와는 1999년 자매결연을 맺었고, 페름주 쿤구르시와는 2013년 교류협력 의향서(MOU)를 "
        "체결하였습니다. 호주 퀸즐랜드주 마리바시와는 2018년 우호교류 협정을 맺었습니다.",
        "",
        "2. 2026년 주요 교류 실적",
        "",
        " - 9월 8일(화)~11일(금): 둥잉시 대표단(부시장 등 6명) 삼척 방문, 체류 중 수산물 가공기업 교류 업무협약 체결(9. 10.)",
        " - 10월 20일(화)~23일(금): 시장 일행 아카비라시 방문(자매결연 35주년 기념식 참석)",
        " - 11월 5일(목): 주부산 러시아 총영사 시장 예방(코르사코프시와의 교류 재개 방안 협의)",
        " - 코르사코프시 청소년 교류단의 삼척 방문(당초 8월 예정)은 항공편 운항 중단으로 취소되었습니다.",
        "",
        "3. 향후 계획",
        "",
        " - 12월 중 구로베시 공무원 연수단(3명)이 삼척을 방문할 예정입니다(숙박·통역 지원).",
        "",
        "추가로 필요하신 자료가 있으면 말씀해 주십시오.",
        "감사합니다.",
        "",
        rule,
        "삼척시 관광정책과 국제교류팀 주무관 박준호",
        "강원특별자치도 삼척시 중앙로 296",
        "Tel. 033-000-0000 / Fax. 033-000-0001",
        rule,
        "",
        "-----원본 메시지-----",
        "보낸 사람: \"김수진\" <uihoe@samcheok.example>",
        "보낸 날짜: 2026년 11월 16일 월요일 오전 10:12",
        "받는 사람: \"국제교류팀\" <intl@samcheok.example>",
        "제목: [자료요청] 2026년 행정사무감사 국제교류 분야 자료 제출 요청",
        "",
        "국제교류팀 담당자님께,",
        "",
        "11월 25일(수) 예정된 2026년 행정사무감사(기획행정위원회)와 관련하여",
        "아래 자료를 11월 20일(금)까지 제출하여 주시기 바랍니다.",
        "",
        "  1. 자매·우호도시 현황(시 홈페이지상 5개국 10개 도시) 및 2026년 교류 실적",
        "  2. 협력사업별 추진현황 및 향후 계획",
        "",
        "의회사무국 전문위원실 김수진 드림",
        "",
    ])
    msg = MIMEMultipart()
    sender = Header("박준호", "euc-kr")
    sender.append("<intl@samcheok.example>", "us-ascii")
    msg["From"] = sender
    msg["To"] = "uihoe@samcheok.example"
    msg["Subject"] = Header("RE: [자료요청] 2026년 행정사무감사 국제교류 분야 자료 제출 요청", "euc-kr")
    msg["Date"] = "Wed, 18 Nov 2026 15:20:41 +0900"
    msg["Message-ID"] = "<corpus-178@samcheok.example>"
    msg["In-Reply-To"] = "<corpus-178-request@samcheok.example>"
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg.attach(MIMEText(body, "plain", "euc-kr"))
    part = MIMEApplication(_samcheok_docx(), "vnd.openxmlformats-officedocument.wordprocessingml.document")
    part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", "2026년 국제교류 협력사업 추진현황.docx"))
    msg.attach(part)
    msg.set_boundary("=_intercity_corpus_01")
    data = msg.as_bytes(policy=compat32.clone(linesep="\r\n"))
    gold = Gold(
        partnerships=[partner(w, c, kd) for c, w, kd in SC_TIES],
        engagements=[engagement("incoming", ["Dongying"], "Samcheok", "2026-09-08", "2026-09-11"),
                     engagement("outgoing", ["Samcheok"], "Akabira", "2026-10-20", "2026-10-23"),
                     engagement("meeting", ["RU"], "Samcheok", "2026-11-05"),
                     engagement("incoming", ["Kurobe"], "Samcheok", "2026-12")],
        cooperation=[coop(t, st, ["Samcheok", c]) for _, t, _, _, c, st in SC_ITEMS],
        claims=[claim("5개국 10개 도시", 10, 5, "all", "inconsistent"),
                claim("4개국 9개 도시", n, k, "all", "consistent")],
    )
    return data, gold


# --------------------------------------------------------------------------- 179 Glasgow working group minutes (en, printed PDF)

GL_TWINS = [("Nuremberg", 1986), ("Turin", 2003), ("Marseille", 2006), ("Bethlehem", 2015), ("Havana", 2016),
            ("Mykolaiv", 2022)]
GL_OTHERS = [("Dalian", "friendship"), ("Lahore", "partner")]
GL_ITEMS = [  # (partner, title, state as written, canonical, status)
    ("Nuremberg", "Glasgow–Nuremberg apprentice exchange", "completed; fourteen apprentices took part",
     "Nuremberg", "completed"),
    ("Marseille", "Port cities climate adaptation network", "ongoing; the second online workshop was held in June",
     "Marseille", "in_progress"),
    ("Lahore", "Heritage stonemasonry skills programme", "agreed in principle, subject to funding",
     "Lahore", "agreed"),
    ("Bethlehem", "Schools twinning programme", "on hold until travel advice changes", "Bethlehem", "stalled"),
    ("Dalian", "Offshore wind supply-chain roundtable", "proposed by Dalian; officers are assessing the request",
     "Dalian", "proposed"),
    ("Havana", "Joint book festival", "discontinued, the partner organisation having closed", "Havana", "dropped"),
]


@document("179_glasgow_international_relations_working_group_minutes_nov2026_en.pdf", split="dev", home="Glasgow",
          language="en",
          features=["pdf (printed by Chromium)", "English (UK)", "minutes of a council working group: venue and "
                    "date line 'Thursday 12th November 2026', Present / Apologies / Attending lists, numbered "
                    "minute items, a running header and 'Page n of 2' footer, the previous meeting's date and the "
                    "next meeting's date as distractors", "partners only in prose paragraphs inside a report "
                    "summary: six twin cities (sister) with years in brackets, a friendship and co-operation "
                    "agreement (Dalian: friendship) and a memorandum of understanding (Lahore: partner); a twinning "
                    "ended in 2023 (Rostov-on-Don, not gold)", "'twinned with six cities' (sister) and 'eight "
                    "international city partnerships in eight countries' (both consistent)", "visits as roman "
                    "sub-items with British ordinal dates: 'from Tuesday 22nd to Thursday 24th September' "
                    "(incoming, year from the meeting date), '5th to 7th October 2026' (outgoing), 'on Monday 19th "
                    "October' (the Consul General of Pakistan: meeting), a visit from Havana in August that did not "
                    "proceed (not gold), 'in March 2027' (planned incoming, month), a visit to Mykolaiv with no date "
                    "(not gold)", "projects as lettered sub-items 'partner: title — state' with UK wording "
                    "(completed, ongoing, agreed in principle, on hold, proposed by, discontinued)",
                    "a DECIDED block with a hospitality sum in pounds"])
def glasgow_pdf():
    canons = [c for c, _ in GL_TWINS] + [c for c, _ in GL_OTHERS]
    n, k = len(canons), _countries(canons)
    assert (n, k) == (8, 8) and len(GL_TWINS) == 6
    for iso, wd in (("2026-11-12", "Thu"), ("2026-09-22", "Tue"), ("2026-09-24", "Thu"), ("2026-10-19", "Mon"),
                    ("2026-09-10", "Thu"), ("2027-02-11", "Thu")):
        assert dt.date.fromisoformat(iso).strftime("%a") == wd, iso
    items = "".join(f"<li>{p}: <i>{t}</i> — {s}.</li>" for p, t, s, _, _ in GL_ITEMS)
    p1 = (
        "<h1>International Relations Working Group</h1>"
        "<p><b>Minutes of meeting held in Committee Room 1, City Chambers, Glasgow, on Thursday 12th November 2026 "
        "at 2pm.</b></p>"
        "<p><b>Present:</b> Councillor Ruth Macleod (Chair), Bailie Thomas Ferrie, Councillors Ann Quigley, Imran "
        "Shah and Euan Sutherland.</p>"
        "<p><b>Apologies:</b> Councillor Derek Lyall.</p>"
        "<p><b>Attending:</b> J. Kerr (Head of International Relations), S. Bell (Protocol Manager), M. Tosh "
        "(Committee Officer).</p>"
        "<h2>1 Declarations of interest</h2><p>No declarations of interest were made.</p>"
        "<h2>2 Minutes of previous meeting</h2><p>The minutes of the meeting of 10th September 2026 were approved "
        "as a correct record.</p>"
        "<h2>3 International city partnerships – annual update</h2>"
        "<p>There was submitted a report by the Executive Director of Neighbourhoods, Regeneration and "
        "Sustainability advising of the city's international partnerships and of the activity undertaken since "
        "the last annual update. The report advised</p>"
        "<p>(1) that Glasgow is twinned with six cities. The longest-standing twinning, with Nuremberg (1986), "
        "remains the most active and is supported by the Glasgow–Nuremberg Society; the twinnings with Turin "
        "(2003) and Marseille (2006) are built on culture, design and the two cities' waterfronts;</p>"
        "<p>that the links with Bethlehem (2015) and Havana (2016) are maintained largely through civic and "
        "faith groups, and that the newest twin city, Mykolaiv (2022), was added by the Council in solidarity "
        "with Ukraine;</p>"
        "<p>that beyond the twinnings the city holds a friendship and co-operation agreement with Dalian and a "
        "memorandum of understanding with Lahore, covering education and health, so that in total Glasgow has "
        "eight international city partnerships in eight countries; and</p>"
        "<p>that the twinning with Rostov-on-Don, suspended in March 2022, was formally ended by the Council on "
        "16th February 2023 and is no longer reported;</p>"
    )
    p2 = (
        "<p>(2) of the visits undertaken during the period, namely</p><ol type=\"i\">"
        "<li>an inward visit from Nuremberg from Tuesday 22nd to Thursday 24th September, led by the "
        "Oberbürgermeister, to mark the 40th anniversary of the twinning, including a civic reception in the "
        "Banqueting Hall;</li>"
        "<li>an outward visit to Turin by the Lord Provost and two officers from 5th to 7th October 2026, to open "
        "the Glasgow showcase at Turin Design Week;</li>"
        "<li>a courtesy call by the Consul General of Pakistan on the Lord Provost in the City Chambers on Monday "
        "19th October; and</li>"
        "<li>that a visit by a delegation from Havana, planned for August, did not proceed owing to visa "
        "difficulties;</li></ol>"
        f"<p>(3) of progress on the partnership projects, as follows:</p><ol type=\"a\">{items}</ol>"
        "<p>(4) that officers are arranging an inward visit from Dalian in March 2027, and that a visit to "
        "Mykolaiv will be considered when the travel advice permits.</p>"
        "<p>After discussion, during which Councillor Shah asked about the costs of the Nuremberg anniversary "
        "programme and the Head of International Relations undertook to circulate them, the Working Group</p>"
        "<p><b>DECIDED:</b> That the Working Group</p><ol type=\"a\">"
        "<li>note the report;</li>"
        "<li>approve civic hospitality of up to £6,000 for the inward visit from Dalian; and</li>"
        "<li>request a further report on the stonemasonry programme once funding has been confirmed.</li></ol>"
        "<h2>4 Date of next meeting</h2><p>The next meeting will be held on Thursday 11th February 2027 at 2pm.</p>"
    )
    css = "h2 { font-size: 11.5pt; } ol { padding-left: 8mm; }"
    html = pages_html("en-GB", [p1, p2], "Glasgow City Council · International Relations Working Group · "
                      "12 November 2026", "Minutes · Page {page} of {pages}")
    html = html.replace("</style>", css + "</style>")
    gold = Gold(
        partnerships=[partner(c, c, "sister") for c, _ in GL_TWINS] + [partner(c, c, kd) for c, kd in GL_OTHERS],
        engagements=[engagement("incoming", ["Nuremberg"], "Glasgow", "2026-09-22", "2026-09-24"),
                     engagement("outgoing", ["Glasgow"], "Turin", "2026-10-05", "2026-10-07"),
                     engagement("meeting", ["PK"], "Glasgow", "2026-10-19"),
                     engagement("incoming", ["Dalian"], "Glasgow", "2027-03")],
        cooperation=[coop(t, st, ["Glasgow", c]) for _, t, _, c, st in GL_ITEMS],
        claims=[claim("twinned with six cities", 6, None, "sister", "consistent"),
                claim("eight international city partnerships in eight countries", n, k, "all", "consistent")],
    )
    return print_pdf(html), gold


# --------------------------------------------------------------------------- 180 Tacoma sister cities page (en, HTML)

TC_TIES = [  # (cell "City, Country", name as written, relationship, year, committee, canonical, kind)
    ("Kitakyushu, Japan", "Kitakyushu", "Sister City", 1959, "Kitakyushu Committee", "Kitakyushu", "sister"),
    ("Gunsan, Republic of Korea", "Gunsan", "Sister City", 1979, "Gunsan Committee", "Gunsan", "sister"),
    ("Taichung, Taiwan", "Taichung", "Sister City", 1983, "Taichung Committee", "Taichung", "sister"),
    ("Ålesund, Norway", "Ålesund", "Sister City", 1986, "Ålesund Committee", "Ålesund", "sister"),
    ("Fuzhou, China", "Fuzhou", "Sister City", 1994, "Fuzhou Committee", "Fuzhou", "sister"),
    ("Cienfuegos, Cuba", "Cienfuegos", "Sister City", 2005, "Cienfuegos Committee", "Cienfuegos", "sister"),
    ("Boca del Río, Mexico", "Boca del Río", "Sister City", 2012, "Boca del Río Committee", "Boca del Río",
     "sister"),
    ("El Jadida, Morocco", "El Jadida", "Sister City", 2013, "El Jadida Committee", "El Jadida", "sister"),
    ("George, South Africa", "George", "Friendship City", 2019, "Africa Working Group", "George", "friendship"),
    ("Hvar, Croatia", "Hvar", "Friendship City", 2021, "Ålesund Committee (interim)", "Hvar", "friendship"),
]
TC_ITEMS = [  # (title, partner, status pill, text, canonical, status)
    ("Port-to-port sustainability dialogue", "Kitakyushu", "Underway",
     "Port staff compare shore-power and clean-truck programs in quarterly video calls.", "Kitakyushu",
     "in_progress"),
    ("Student exchange with Kunsan National University", "Gunsan", "MOU signed",
     "University of Washington Tacoma and Kunsan National University signed the exchange MOU during the June visit.",
     "Gunsan", "agreed"),
    ("Sister Cities mural at Tacoma Dome Station", "Cienfuegos", "Completed",
     "Painted by Tacoma and Cienfuegos artists; dedicated in August.", "Cienfuegos", "completed"),
    ("Fisheries and aquaculture internships", "El Jadida", "Proposed",
     "Proposed by the El Jadida Committee; the Port of Tacoma is reviewing the idea.", "El Jadida", "proposed"),
    ("Lavender festival booth", "Hvar", "Paused",
     "Paused for 2026 while the committee recruits volunteers.", "Hvar", "stalled"),
]


@document("180_tacoma_sister_cities_page_en.html", split="dev", home="Tacoma", language="en",
          features=["html", "English (US)", "a city government page about sister cities: a site navigation, a "
                    "breadcrumb, a 'Last updated' date, a hero line 'Ten cities. Ten countries. One Tacoma.', a "
                    "sidebar with quick links and a contact box, a footer naming the county, the port and other "
                    "organisations (not partners)", "a partner table whose first cell holds 'City, Country' "
                    "('Gunsan, Republic of Korea', 'Taichung, Taiwan') with a Relationship column (Sister City / "
                    "Friendship City), the year and the volunteer committee; a suspended tie (Vladivostok, not "
                    "gold) in a note under the table", "'Ten cities. Ten countries.' and 'eight sister cities' "
                    "(both consistent)", "a '2026 highlights' timeline list whose dates have no year (the year in "
                    "the heading): 'June 16–19' (incoming), 'Sept. 14–18' (outgoing), 'Oct. 2' (the Consul General "
                    "of Japan in Seattle: meeting), an annual meeting, a mural dedication and an application "
                    "deadline as distractors; 'Coming up': 'March 2027' (planned incoming, month) and a postponed "
                    "visit without a date (not gold)", "project cards with status pills (Underway, MOU signed, "
                    "Completed, Proposed, Paused)"])
def tacoma_html():
    canons = [t[5] for t in TC_TIES]
    n, k = len(canons), _countries(canons)
    sisters = [t for t in TC_TIES if t[6] == "sister"]
    assert (n, k, len(sisters)) == (10, 10, 8)
    for iso, wd in (("2026-06-16", "Tue"), ("2026-06-19", "Fri"), ("2026-09-14", "Mon"), ("2026-09-18", "Fri"),
                    ("2026-10-02", "Fri")):
        assert dt.date.fromisoformat(iso).strftime("%a") == wd, iso
    rows = "".join(f"<tr><td>{cell}</td><td>{rel}</td><td>{y}</td><td>{com}</td></tr>"
                   for cell, _, rel, y, com, _, _ in TC_TIES)
    cards = "".join(f'<div class="card"><h3>{t}</h3><p class="partner">{p}</p>'
                    f'<span class="pill">{pill}</span><p>{txt}</p></div>' for t, p, pill, txt, _, _ in TC_ITEMS)
    main = (
        '<nav class="breadcrumb"><a href="/">Home</a> › <a href="/government/">Government</a> › '
        '<a href="/government/mayor/">Office of the Mayor</a> › Sister Cities</nav>\n'
        '<h1>Sister Cities</h1>\n<p class="hero">Ten cities. Ten countries. One Tacoma.</p>\n'
        "<p>Since 1959, when Tacoma and the city that is now Kitakyushu signed the first agreement, Tacoma has "
        "built friendships that reach across the Pacific and beyond. Today the Tacoma Sister Cities Council and its "
        "volunteer committees support eight sister cities and two friendship cities, each with its own exchanges "
        "of students, artists, business people and city staff.</p>\n"
        "<h2>Our sister and friendship cities</h2>\n"
        '<table class="cities"><thead><tr><th>City</th><th>Relationship</th><th>Since</th><th>Tacoma committee'
        f"</th></tr></thead><tbody>{rows}</tbody></table>\n"
        '<p class="note">Note: the sister city relationship with Vladivostok, Russia (1992) was suspended by City '
        "Council resolution in March 2022 and is not listed above.</p>\n"
        "<h2>2026 highlights</h2>\n<ul class=\"timeline\">"
        "<li><b>Jan. 27</b> – Annual meeting of the Tacoma Sister Cities Council at the Tacoma Public Library.</li>"
        "<li><b>June 16–19</b> – A delegation from Gunsan, led by the Vice Mayor, visited Tacoma: the Port, the "
        "Museum of Glass and University of Washington Tacoma, where the student exchange MOU was signed.</li>"
        "<li><b>Aug. 8</b> – The new Sister Cities mural was dedicated at Tacoma Dome Station.</li>"
        "<li><b>Sept. 14–18</b> – Mayor's business delegation to Ålesund, with maritime and seafood companies from "
        "the South Sound.</li>"
        "<li><b>Oct. 2</b> – The Consul General of Japan in Seattle visited City Hall and met the Mayor.</li>"
        "<li><b>Oct. 23</b> – Deadline for the 2027 Youth Ambassadors program.</li></ul>\n"
        "<h2>Coming up</h2>\n<ul>"
        "<li><b>March 2027</b> – The Taichung youth orchestra performs in Tacoma during its West Coast tour.</li>"
        "<li>A visit by an El Jadida delegation planned for November has been postponed; new dates will be posted "
        "here.</li></ul>\n"
        f'<h2>Current projects</h2>\n<div class="cards">{cards}</div>\n'
        '<p class="updated">Last updated: November 20, 2026</p>'
    )
    aside = ('<div class="box"><h3>Quick links</h3><ul><li><a href="#">Tacoma Sister Cities Council</a></li>'
             '<li><a href="#">Youth Ambassadors program</a></li><li><a href="#">Sister Cities International</a></li>'
             '<li><a href="#">Visit Tacoma-Pierce County</a></li></ul></div>'
             '<div class="box"><h3>Contact</h3><p>Office of the Mayor – International Relations<br>747 Market '
             "Street, Room 1200<br>Tacoma, WA 98402<br>253-000-0000</p></div>")
    nav = ('<a href="/">Home</a> <a href="/residents/">Residents</a> <a href="/business/">Business</a> '
           '<a href="/government/">Government</a> <a href="/visitors/">Visitors</a> <a href="/news/">News</a>')
    footer = ("<p>City of Tacoma · 747 Market Street, Tacoma, WA 98402 · Partners: Pierce County, Port of Tacoma, "
              "Metro Parks Tacoma, Sound Transit</p><p>© 2026 City of Tacoma · Accessibility · Privacy</p>")
    html = html_page("en-US", "Sister Cities | City of Tacoma", nav, main, aside, footer)
    gold = Gold(
        partnerships=[partner(w, c, kd) for _, w, _, _, _, c, kd in TC_TIES],
        engagements=[engagement("incoming", ["Gunsan"], "Tacoma", "2026-06-16", "2026-06-19"),
                     engagement("outgoing", ["Tacoma"], "Ålesund", "2026-09-14", "2026-09-18"),
                     engagement("meeting", ["JP"], "Tacoma", "2026-10-02"),
                     engagement("incoming", ["Taichung"], "Tacoma", "2027-03")],
        cooperation=[coop(t, st, ["Tacoma", c]) for t, _, _, _, c, st in TC_ITEMS],
        claims=[claim("Ten cities. Ten countries.", n, k, "all", "consistent"),
                claim("eight sister cities", len(sisters), None, "sister", "consistent")],
    )
    return html, gold


# --------------------------------------------------------------------------- 181 Matsumoto progress deck (ja + en, PPTX)

MM_TIES = [  # (kind ja, kind en, name ja, name en, country ja, country en, year, canonical, kind)
    ("姉妹都市", "Sister City", "ソルトレークシティ", "Salt Lake City", "アメリカ合衆国 ユタ州", "Utah, USA", 1958,
     "Salt Lake City", "sister"),
    ("姉妹都市", "Sister City", "グリンデルワルト村", "Grindelwald", "スイス連邦 ベルン州", "Canton of Bern, Switzerland",
     1972, "Grindelwald", "sister"),
    ("友好都市", "Friendship City", "カトマンズ市", "Kathmandu", "ネパール", "Nepal", 1989, "Kathmandu", "friendship"),
    ("友好都市", "Friendship City", "廊坊市", "Langfang", "中華人民共和国 河北省", "Hebei, China", 1995, "Langfang",
     "friendship"),
    ("国内友好都市", "Domestic Friendship City", "高山市", "Takayama", "岐阜県", "Gifu Prefecture", 2000, "Takayama",
     "friendship"),
    ("国内友好都市", "Domestic Friendship City", "藤沢市", "Fujisawa", "神奈川県", "Kanagawa Prefecture", 2009,
     "Fujisawa", "friendship"),
]
MM_ITEMS = [  # (title, partner ja, progress, note, canonical, status)
    ("中学生親善大使 相互派遣", "ソルトレークシティ", "実施済み", "7〜8月に16名派遣", "Salt Lake City", "completed"),
    ("山岳観光・山岳救助 技術交流", "グリンデルワルト村", "協議中", "次年度の救助隊員研修を調整", "Grindelwald",
     "in_progress"),
    ("上下水道技術研修員 受入れ（JICA草の根技術協力）", "カトマンズ市", "協定締結済み", "令和8年9月締結、2月研修開始",
     "Kathmandu", "agreed"),
    ("職員相互研修", "廊坊市", "休止中", "令和6年度以降", "Langfang", "stalled"),
    ("北アルプス・飛騨 広域観光ルート共同PR", "高山市", "提案あり（検討中）", "高山市から提案", "Takayama", "proposed"),
    ("市民交流バスツアー", "藤沢市", "廃止", "参加者減少のため令和8年度で終了", "Fujisawa", "dropped"),
]


@document("181_matsumoto_kokusai_koryu_shinchoku_r8_ja.pptx", split="dev", home="Matsumoto", language="ja",
          features=["pptx", "Japanese with English: a progress deck of the international section for fiscal year "
                    "令和8年度 (April 2026 – March 2027): title slide with '令和8年11月27日（金）', the section's name "
                    "and a slide number on every slide", "a bilingual partner table (区分 / Type · 都市名 / City · "
                    "国・地域 / Country or region · 提携年 / Since) with 姉妹都市 / Sister City (sister), 友好都市 / "
                    "Friendship City (friendship) and two domestic friendship cities (国内友好都市, Japanese "
                    "prefectures), 'グリンデルワルト村' (a village); a summary box '海外4都市・国内2都市（計6都市）' "
                    "(consistent)", "a timeline drawn as text boxes along an arrow of the fiscal year, dates without "
                    "a year: '5月19日（火）〜22日（金）' (incoming), '7月27日（月）〜8月3日（月）' (outgoing student "
                    "delegation, across months), '10月9日（金）' (the ambassador of Nepal: meeting), a November visit "
                    "cancelled (not gold), '2月中旬（予定）' (planned incoming, month: February of the next calendar "
                    "year, 2027), a festival as a distractor", "a project status table with Japanese states (実施済み, "
                    "協議中, 協定締結済み, 休止中, 提案あり, 廃止)", "speaker notes"])
def matsumoto_pptx():
    from pptx.enum.shapes import MSO_CONNECTOR
    from pptx.util import Inches, Pt

    canons = [t[7] for t in MM_TIES]
    assert len(canons) == 6 and _countries(canons[:4]) == 4
    _check_days([("2026-11-27", "金"), ("2026-05-19", "火"), ("2026-05-22", "金"), ("2026-07-27", "月"),
                 ("2026-08-03", "月"), ("2026-10-09", "金"), ("2026-06-07", "日")], _JA_DAYS)
    prs = new_deck()

    def furniture(slide, no: int) -> None:
        textbox(slide.shapes, 9.6, 0.12, 3.5, 0.4, ["松本市 文化観光部 国際課"], 11)
        textbox(slide.shapes, 12.3, 7.0, 0.8, 0.4, [str(no)], 11)

    def fill(shape, rows, widths, size):
        for i, w in enumerate(widths):
            shape.table.columns[i].width = Inches(w)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = shape.table.cell(r, c)
                cell.text = value
                for p in cell.text_frame.paragraphs:
                    for run in p.runs:
                        run.font.size = Pt(size)

    s = prs.slides.add_slide(prs.slide_layouts[6])
    textbox(s.shapes, 0.9, 1.8, 11.5, 1.6, ["令和8年度 国際交流事業の進捗状況",
                                            "Progress of International Exchange Programs, FY2026"], 36)
    textbox(s.shapes, 0.9, 4.3, 11.5, 0.5, ["令和8年11月27日（金）　市議会 経済文教委員会 協議会資料"], 20)
    textbox(s.shapes, 0.9, 4.9, 11.5, 0.5, ["松本市 文化観光部 国際課 / International Relations Section"], 20)

    s = titled_slide(prs, "1　姉妹都市・友好都市 / Sister and Friendship Cities")
    furniture(s, 2)
    rows = [["区分 / Type", "都市名", "City", "国・地域 / Country or region", "提携年 / Since"]]
    rows += [[f"{kj}\n{ke}", nj, ne, f"{cj}\n{ce}", str(y)] for kj, ke, nj, ne, cj, ce, y, _, _ in MM_TIES]
    shape = s.shapes.add_table(len(rows), 5, Inches(0.4), Inches(1.4), Inches(10.2), Inches(0.7 * len(rows)))
    fill(shape, rows, [2.3, 2.0, 1.7, 2.8, 1.4], 12)
    textbox(s.shapes, 10.8, 1.6, 2.3, 1.6, ["海外4都市・国内2都市", "（計6都市）"], 16)
    s.notes_slide.notes_text_frame.text = (
        "グリンデルワルトは村（Gemeinde）だが、本市では姉妹都市として扱っている。姫路市とは「姉妹城」提携"
        "（松本城・姫路城）であり、都市提携ではないため一覧には含めない。")

    s = titled_slide(prs, "2　令和8年度の交流（年表） / Timeline FY2026")
    furniture(s, 3)
    s.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Inches(0.6), Inches(3.9), Inches(12.7), Inches(3.9))
    months = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]
    for i, m in enumerate(months):
        textbox(s.shapes, 0.6 + i * 1.0, 3.95, 0.9, 0.35, [m], 12)
    events = [  # (left, top, lines)
        (0.9, 1.5, ["5月19日（火）〜22日（金）", "グリンデルワルト村長一行 来松", "山岳観光・山岳救助の意見交換"]),
        (2.0, 4.5, ["6月7日（日）", "まつもと国際交流フェスタ", "（市民約3,000人来場）"]),
        (3.7, 1.5, ["7月27日（月）〜8月3日（月）", "中学生親善大使16名", "ソルトレークシティ派遣"]),
        (6.0, 4.5, ["10月9日（金）", "駐日ネパール大使 市長表敬"]),
        (7.0, 1.5, ["11月（中止）", "廊坊市経済訪問団 受入れ", "→ 先方都合により中止"]),
        (9.8, 4.5, ["2月中旬（予定）", "カトマンズ市訪問団 受入れ", "上下水道研修の開講式"]),
    ]
    for left, top, lines in events:
        textbox(s.shapes, left, top, 2.7, 1.3, lines, 12)
    s.notes_slide.notes_text_frame.text = (
        "廊坊市の訪問団は11月中旬の予定であったが、10月末に先方から延期の申し出があり、今年度の受入れは中止とした。"
        "カトマンズ市訪問団の日程は2月中旬で調整中（研修開講式に合わせる）。")

    s = titled_slide(prs, "3　事業の進捗状況 / Project Status")
    furniture(s, 4)
    rows = [["No.", "事業名", "相手都市", "進捗", "備考"]]
    rows += [[str(i), t, w, p, note] for i, (t, w, p, note, _, _) in enumerate(MM_ITEMS, 1)]
    shape = s.shapes.add_table(len(rows), 5, Inches(0.4), Inches(1.4), Inches(12.5), Inches(0.55 * len(rows)))
    fill(shape, rows, [0.6, 4.6, 2.2, 2.0, 3.1], 13)

    s = titled_slide(prs, "4　今後の予定 / Next Steps")
    furniture(s, 5)
    textbox(s.shapes, 0.8, 1.5, 11.8, 4.5, [
        "・ 令和9年度予算要求：国際交流事業費 2,850万円（前年度比 +4%）",
        "・ 中学生親善大使の募集：令和9年1月8日（金）締切",
        "・ 姉妹都市提携70周年（ソルトレークシティ、令和10年）に向けた準備会の設置",
    ], 18)
    gold = Gold(
        partnerships=[partner(nj, c, kd) for _, _, nj, _, _, _, _, c, kd in MM_TIES],
        engagements=[engagement("incoming", ["Grindelwald"], "Matsumoto", "2026-05-19", "2026-05-22"),
                     engagement("outgoing", ["Matsumoto"], "Salt Lake City", "2026-07-27", "2026-08-03"),
                     engagement("meeting", ["NP"], "Matsumoto", "2026-10-09"),
                     engagement("incoming", ["Kathmandu"], "Matsumoto", "2027-02")],
        cooperation=[coop(t, st, ["Matsumoto", c]) for t, _, _, _, c, st in MM_ITEMS],
        claims=[claim("計6都市", len(canons), None, "all", "consistent")],
    )
    assert dt.date(2027, 1, 8).weekday() == 4  # 金
    return deck_bytes(prs, "令和8年度 国際交流事業の進捗状況"), gold


# --------------------------------------------------------------------------- 182 Lublin press release (pl, Markdown ISO-8859-2)

LB_SISTERS = [  # (country heading, [(name as written, year, canonical)])
    ("Ukraina", [("Lwów", 1992, "Lviv"), ("Łuck", 1993, "Lutsk"), ("Iwano-Frankiwsk", 2002, "Ivano-Frankivsk"),
                 ("Równe", 2006, "Rivne"), ("Charków", 2009, "Kharkiv"), ("Sumy", 2010, "Sumy")]),
    ("Niemcy", [("Münster", 1991, "Münster"), ("Delmenhorst", 2005, "Delmenhorst")]),
    ("Francja", [("Nancy", 1994, "Nancy")]),
    ("Wielka Brytania", [("Lancaster", 1997, "Lancaster (GB)")]),
    ("Holandia", [("Tilburg", 2000, "Tilburg")]),
    ("Węgry", [("Debreczyn", 2001, "Debrecen")]),
    ("Litwa", [("Poniewież", 2003, "Panevėžys")]),
    ("Gruzja", [("Tbilisi", 2004, "Tbilisi")]),
    ("Rumunia", [("Timiszoara", 2008, "Timișoara")]),
    ("Hiszpania", [("Alcalá de Henares", 2011, "Alcalá de Henares")]),
    ("Kanada", [("Windsor", 2013, "Windsor (CA)")]),
    ("USA", [("Erie", 2016, "Erie")]),
]
LB_COOP = [("Jiaozuo", "Chiny", 2014, "Jiaozuo"), ("Riszon le-Cijon", "Izrael", 2012, "Rishon LeZion"),
           ("Nilüfer", "Turcja", 2019, "Nilüfer")]
LB_ITEMS = [  # (title, partner as written, state line, canonical, status)
    ("Lubelsko-lwowski Szlak Dziedzictwa", "Lwów", "stan: w realizacji - oznakowanie 12 obiektów w obu miastach",
     "Lviv", "in_progress"),
    ("Wymiana młodzieży \"Lublin-Münster 2026\"", "Münster", "stan: zakończony - 40 uczestników, lipiec 2026",
     "Münster", "completed"),
    ("Cyfrowe usługi miejskie", "Tilburg", "stan: porozumienie podpisane, start w 2027 r.", "Tilburg", "agreed"),
    ("Staże dla lekarzy rezydentów", "Charków", "stan: zawieszony do odwołania", "Kharkiv", "stalled"),
    ("Festiwal sztuki ulicznej Nancy-Lublin", "Nancy", "stan: propozycja strony francuskiej, w analizie",
     "Nancy", "proposed"),
    ("Stoisko Lublina na targach w Jiaozuo", "Jiaozuo", "stan: rezygnacja z udziału", "Jiaozuo", "dropped"),
]


@document("182_lublin_komunikat_prasowy_miasta_partnerskie_pl_latin2.md", split="dev", home="Lublin",
          language="pl", encoding="iso-8859-2",
          features=["markdown (ISO-8859-2, LF): a Polish press release of the city hall exported from a CMS: "
                    "'Lublin, 12 listopada 2026 r.' dateline, a lead in bold, ASCII hyphens and straight quotes "
                    "(no en dash or typographic quotes in Latin-2), a media contact block",
                    "visits in prose with inflected Polish exonyms: 'W dniach 14-16 października 2026 r. ... "
                    "delegację z Münster' (incoming), 'w dniach 2-4 listopada ... we Lwowie' (outgoing, year from "
                    "the dateline), 'W poniedziałek, 9 listopada ... ambasadora Gruzji' (meeting), a September "
                    "visit from Erie called off (not gold), 'W marcu 2027 r. ... z Tilburga' (planned incoming, "
                    "month)", "projects as a numbered list with sub-bullets (partner, 'stan: ...') with Polish "
                    "states (w realizacji, zakończony, porozumienie podpisane, zawieszony, propozycja ... w "
                    "analizie, rezygnacja)", "partners per country as bullets 'Kraj: city (year), city (year)' "
                    "with exonyms (Lwów, Łuck, Równe, Charków, Debreczyn, Poniewież, Timiszoara); miasta partnerskie "
                    "= sister; porozumienia o współpracy (partner) only in a prose sentence; an expired agreement "
                    "(Ługańsk, not gold)", "'18 miast partnerskich w 12 krajach' (sister, consistent) and a "
                    "'Lublin w liczbach' box with '22 miasta partnerskie i zaprzyjaźnione' over 21 (inconsistent)",
                    "a timeline (Kalendarium) of signing dates as distractors"])
def lublin_md():
    sisters = [t for _, group in LB_SISTERS for t in group]
    s_canons = [c for _, _, c in sisters]
    all_canons = s_canons + [c for _, _, _, c in LB_COOP]
    assert (len(sisters), _countries(s_canons)) == (18, 12)
    assert (len(all_canons), _countries(all_canons)) == (21, 15)
    assert dt.date(2026, 11, 9).weekday() == 0  # poniedziałek
    countries = "\n".join(f"- **{country}:** " + ", ".join(f"{w} ({y})" for w, y, _ in group)
                          for country, group in LB_SISTERS)
    coop_text = ", ".join(f"{w} ({c}, {y})" for w, c, y, _ in LB_COOP[:-1]) + \
        f" oraz {LB_COOP[-1][0]} ({LB_COOP[-1][1]}, {LB_COOP[-1][2]})"
    items = "\n".join(f"{i}. **{t}**\n   - partner: {p}\n   - {s}" for i, (t, p, s, _, _) in enumerate(LB_ITEMS, 1))
    text = f"""---
title: "Jesień z miastami partnerskimi: Münster, Lwów i Tbilisi"
category: Komunikaty prasowe
date: 2026-11-12
---

# Komunikat prasowy

**Lublin, 12 listopada 2026 r.**

**Delegacja z Münster, wizyta prezydenta we Lwowie i rozmowa z ambasadorem Gruzji - jesień w lubelskim ratuszu
upłynęła pod znakiem współpracy zagranicznej.**

W dniach 14-16 października 2026 r. Lublin gościł delegację z Münster, na której czele stał burmistrz miasta.
Goście odwiedzili Centrum Spotkania Kultur i Park Naukowo-Technologiczny, a w Trybunale Koronnym podsumowano
35 lat partnerstwa obu miast.

Z kolei w dniach 2-4 listopada prezydent Lublina przebywał we Lwowie, gdzie wraz z merem miasta otworzył
wspólną wystawę "Dwa miasta, jedno dziedzictwo" i omówił postępy prac nad Lubelsko-lwowskim Szlakiem
Dziedzictwa.

W poniedziałek, 9 listopada, prezydent przyjął w ratuszu ambasadora Gruzji w Polsce. Rozmowa dotyczyła
rozwoju współpracy z Tbilisi, m.in. wymiany studentów i promocji turystycznej.

Zaplanowana na wrzesień wizyta delegacji z Erie została odwołana przez stronę amerykańską. W marcu 2027 r.
do Lublina przyjedzie natomiast delegacja z Tilburga, aby uruchomić wspólny projekt cyfrowych usług miejskich.

## Projekty realizowane z miastami partnerskimi

{items}

## Miasta partnerskie Lublina

Lublin ma 18 miast partnerskich w 12 krajach (stan na 1 listopada 2026 r.):

{countries}

Porozumienia o współpracy Lublin zawarł także z miastami: {coop_text}. Umowa z Ługańskiem z 2008 r.
wygasła w 2018 r. i nie została przedłużona.

> **Lublin w liczbach**
> - 22 miasta partnerskie i zaprzyjaźnione
> - 35 lat współpracy zagranicznej
> - ponad 1200 uczestników wymian młodzieżowych od 2015 r.

## Kalendarium

- 12 czerwca 1991 r. - umowa o partnerstwie z Münster, pierwsza w historii miasta
- 4 października 1992 r. - umowa z Lwowem
- 2004 r. - partnerstwo z Tbilisi
- 2016 r. - najmłodsze miasto partnerskie: Erie

---

Kontakt dla mediów: Biuro Prasowe Kancelarii Prezydenta Miasta Lublin, tel. 81 000 00 00,
e-mail: prasa@lublin.example

[Wróć do listy komunikatów](/komunikaty/) | [Wersja do druku](?print=1)
"""
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, _, c in sisters]
        + [partner(w, c, "partner") for w, _, _, c in LB_COOP],
        engagements=[engagement("incoming", ["Münster"], "Lublin", "2026-10-14", "2026-10-16"),
                     engagement("outgoing", ["Lublin"], "Lviv", "2026-11-02", "2026-11-04"),
                     engagement("meeting", ["GE"], "Lublin", "2026-11-09"),
                     engagement("incoming", ["Tilburg"], "Lublin", "2027-03")],
        cooperation=[coop(t, st, ["Lublin", c]) for t, _, _, c, st in LB_ITEMS],
        claims=[claim("18 miast partnerskich w 12 krajach", len(sisters), _countries(s_canons), "sister",
                      "consistent"),
                claim("22 miasta partnerskie i zaprzyjaźnione", 22, None, "all", "inconsistent")],
    )
    return text.encode("iso-8859-2"), gold
