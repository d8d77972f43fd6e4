"""Corpus documents 192-197 (dev split; see docs/evaluation.md): built by ``scripts/make_corpus.py``.

A dev batch written on 2026-12-02 to be measured unseen, before anyone writes rules with it: six documents a city's
international-relations team really receives, in six formats, with new homes (Yeosu, Ōtsu, Weihai, Mar del Plata,
Angers, Austin): a Korean city's web page on its sister and friendship cities (a location map whose legend carries
circled numbers and ●/○ symbols for the kind, detail cards per city, a news box whose dates take their year from the
posting dates, a stale figure in a quick-facts box); a page spread of a Japanese municipal newsletter printed by
Chromium (two columns, an article on a partner mayor's visit, a box with the ties as a chronological anniversary list
in 和暦 with the Western year in brackets, an event calendar of distractors, a small table of exchange projects); a
Chinese e-mail of a foreign-affairs office in GBK (Foxmail-style quoted request, the year only in the `Date:` header,
one trip to two partner cities with per-city dates, a stale count quoted from the request) with a Word list of the
友好城市 and 友好交流城市 attached; an Argentine municipal management-report deck (a map slide with numbered pins and a
legend, an agenda table with dd/mm dates, a project table, a KPI box with a wrong figure); a French municipal council
deliberation in Word (visas and considérants, the ties only in a table of grants to twinning committees, a stale
number of twin towns in the exposé, a vote and a prefecture receipt); and an English council resolution of a US city
exported to plain text in windows-1252 (WHEREAS clauses with an anniversary count that disagrees with the exhibit, an
exhibit table that runs across a form feed with its header repeated, an activity calendar without years, a program
status list). Partner pairs are taken from ``../shared/data/twin-cities``; kinds, years, visits, dates and
cooperation items are invented.
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
    "Yeosu": ("KR", "gn:1884138"), "Ōtsu": ("JP", "gn:1853574"), "Weihai": ("CN", "gn:1791673"),
    "Mar del Plata": ("AR", "gn:3430863"), "Angers": ("FR", "gn:3037656"), "Austin": ("US", "gn:4671654"),
    # partners of Yeosu
    "Karatsu": ("JP", "gn:1860063"), "Hangzhou": ("CN", "gn:1808926"), "Kota Kinabalu": ("MY", "gn:1733432"),
    "Querétaro": ("MX", "gn:3991164"),
    # partners of Ōtsu
    "Lansing": ("US", "gn:4998830"), "Interlaken": ("CH", "gn:2660253"), "Würzburg": ("DE", "gn:2805615"),
    "Mudanjiang": ("CN", "gn:2035715"), "Gumi": ("KR", "gn:1842225"),
    # partners of Weihai
    "Ube": ("JP", "gn:1849498"), "Santa Barbara": ("US", "gn:5392952"), "Sochi": ("RU", "gn:491422"),
    "Cheltenham": ("GB", "gn:2653261"), "Timaru": ("NZ", "gn:2181133"), "Biella": ("IT", "gn:3182043"),
    "Sousse": ("TN", "gn:2464915"), "Nampo": ("KP", "gn:1873757"),
    # partners of Mar del Plata
    "Montevideo": ("UY", "gn:3441575"), "San Benedetto del Tronto": ("IT", "gn:3168550"),
    "Bari": ("IT", "gn:3182351"), "Sorrento": ("IT", "gn:3166350"), "A Coruña": ("ES", "gn:3119841"),
    "Isla Mujeres": ("MX", "gn:3526756"), "Fort Lauderdale": ("US", "gn:4155966"),
    # partners of Angers
    "Osnabrück": ("DE", "gn:2856883"), "Haarlem": ("NL", "gn:2755003"), "Pisa": ("IT", "gn:3170647"),
    "Wigan": ("GB", "gn:2633948"), "Södertälje": ("SE", "gn:2676176"), "Toruń": ("PL", "gn:3083271"),
    "Yantai": ("CN", "gn:1787093"),
    # partners of Austin
    "Adelaide": ("AU", "gn:2078025"), "Koblenz": ("DE", "gn:2886946"), "Pune": ("IN", "gn:1259229"),
    "Ōita": ("JP", "gn:1854487"), "Saltillo": ("MX", "gn:3988086"), "Limerick": ("IE", "gn:2962943"),
    "Gwangmyeong": ("KR", "gn:1948005"), "Antalya": ("TR", "gn:323777"),
})


def _countries(canons) -> int:
    return len({PLACES[c][0] for c in canons})


_KO_DAYS = ["월", "화", "수", "목", "금", "토", "일"]
_JA_DAYS = ["月", "火", "水", "木", "金", "土", "日"]
_ZH_DAYS = ["一", "二", "三", "四", "五", "六", "日"]
_FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
_ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
_EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _check_days(pairs, names) -> None:
    for iso, wd in pairs:
        assert names[dt.date.fromisoformat(iso).weekday()] == wd, (iso, wd)


# --------------------------------------------------------------------------- 192 Yeosu sister-city page (ko, HTML)

YS_TIES = [  # (legend no., marker, country, name as written, signed, canonical, kind)
    ("①", "●", "일본", "가라쓰시", "1982. 10. 20.", "Karatsu", "sister"),
    ("②", "●", "중국", "웨이하이시", "1996. 4. 9.", "Weihai", "sister"),
    ("③", "○", "중국", "항저우시", "2010. 11. 2.", "Hangzhou", "friendship"),
    ("④", "○", "말레이시아", "코타키나바루시", "2015. 6. 18.", "Kota Kinabalu", "friendship"),
    ("⑤", "●", "멕시코", "케레타로시", "2019. 9. 26.", "Querétaro", "sister"),
]
YS_CARDS = {  # canonical -> (region line, population, main exchanges)
    "Karatsu": ("사가현 북서부 항구도시", "약 11만 명", "청소년 홈스테이, 가라쓰 군치 축제 상호 방문, 도자기 교류"),
    "Weihai": ("산둥성 동단 항구도시", "약 290만 명", "크루즈·해양관광, 공무원 상호 파견, 경제사절단"),
    "Hangzhou": ("저장성 성도", "약 1,200만 명", "관광 설명회, 박람회 상호 참가"),
    "Kota Kinabalu": ("사바주 주도", "약 50만 명", "해양생태관광, 해양쓰레기 공동 대응"),
    "Querétaro": ("케레타로주 주도", "약 110만 명", "자동차부품 기업 교류, 문화예술단 공연"),
}
YS_ITEMS = [  # (title, partner as written, state, canonical, status)
    ("웨이하이-여수 크루즈 상호 기항 노선 개설", "웨이하이시", "협의 중 (선사와 운항 일정 협의)", "Weihai", "in_progress"),
    ("청소년 홈스테이 교류", "가라쓰시", "완료 (8월, 학생 20명)", "Karatsu", "completed"),
    ("2026 여수세계섬박람회 공동 홍보", "항저우시", "합의 (항저우시 관광설명회에 홍보관 운영)", "Hangzhou", "agreed"),
    ("해양쓰레기 공동 대응 시범사업", "코타키나바루시", "제안 (코타키나바루시 측 제안, 검토 중)", "Kota Kinabalu",
     "proposed"),
    ("공무원 상호 파견 연수", "케레타로시", "잠정 중단 (2026년 예산 미편성)", "Querétaro", "stalled"),
]


@document("192_yeosu_jamae_uhodosi_homepage_ko.html", split="dev", home="Yeosu", language="ko",
          features=["html", "Korean city homepage, section 국제교류 › 자매·우호도시: a site menu, a breadcrumb, a "
                    "page-satisfaction widget, a footer with the address and links to neighbouring cities (순천시, "
                    "광양시: not partners)", "partners in the legend of a location map (an <img> with alt text and a "
                    "legend list): circled numbers ①–⑤ (sequence), the country and the city, and a ●/○ symbol "
                    "whose meaning is given once in a key line ('● 자매도시 ○ 우호도시'); detail cards per city with "
                    "결연일 and 구분 (자매결연 / 우호협력)", "'4개국 5개 도시' in the introduction (consistent) and a "
                    "quick-facts box '해외 자매·우호도시 6개' (inconsistent)", "a 국제교류 소식 box of news items "
                    "with posting dates; the visit dates have no year (from the posting date): '10월 19일(월)부터 "
                    "21일(수)까지' (incoming), '8월 3일(월)~7일(금)' (outgoing youth delegation), '9월 15일(화)' (the "
                    "Chinese consul general in Gwangju: meeting), '2027년 3월 중' (planned incoming, month); the "
                    "2026 Yeosu World Island Expo (9. 5.~11. 4.) and posting dates as distractors",
                    "a 주요 협력사업 table with Korean states (협의 중, 완료, 합의, 제안, 잠정 중단)"])
def yeosu_html():
    canons = [t[5] for t in YS_TIES]
    n, k = len(canons), _countries(canons)
    assert (n, k) == (5, 4)
    _check_days([("2026-10-19", "월"), ("2026-10-21", "수"), ("2026-10-22", "목"), ("2026-08-03", "월"),
                 ("2026-08-07", "금"), ("2026-08-10", "월"), ("2026-09-15", "화"), ("2026-09-16", "수"),
                 ("2026-09-05", "토"), ("2026-11-04", "수")], _KO_DAYS)
    legend = "".join(f'<li><span class="no">{no}</span> {cty} {name} <span class="mk">{mk}</span></li>'
                     for no, mk, cty, name, _, _, _ in YS_TIES)
    cards = ""
    for no, _, cty, name, signed, canon, kind in YS_TIES:
        region, pop, main = YS_CARDS[canon]
        kw = "자매결연" if kind == "sister" else "우호협력"
        cards += (f'<div class="city-card" id="city{no}"><h4>{name} <small>({cty})</small></h4>'
                  f"<dl><dt>위치</dt><dd>{cty} {region}</dd><dt>결연일</dt><dd>{signed}</dd>"
                  f"<dt>구분</dt><dd>{kw}</dd><dt>인구</dt><dd>{pop}</dd><dt>주요 교류</dt><dd>{main}</dd></dl>"
                  '<a class="more" href="#">상세보기</a></div>')
    items = "".join(f"<tr><td>{i}</td><td>{t}</td><td>{p}</td><td>{s}</td></tr>"
                    for i, (t, p, s, _, _) in enumerate(YS_ITEMS, 1))
    main = (
        '<div class="location">홈 &gt; 분야별정보 &gt; 국제교류 &gt; <strong>자매·우호도시</strong></div>\n'
        '<div class="util"><a href="#">인쇄</a> <a href="#">공유</a> <a href="#">QR코드</a></div>\n'
        "<h2>자매·우호도시</h2>\n"
        "<p class=\"intro\">여수시는 세계로 열린 해양관광도시로서 1982년 일본 가라쓰시와 첫 자매결연을 맺은 이래 "
        "현재 4개국 5개 도시와 자매·우호 관계를 맺고 관광, 청소년, 경제, 행정 등 다양한 분야에서 교류하고 있습니다.</p>\n"
        '<div class="map"><img src="/images/intl/sister_city_map_2026.png" alt="여수시 자매·우호도시 위치도" '
        'width="720" height="380">\n'
        f'<p class="key">● 자매도시 &nbsp; ○ 우호도시</p><ul class="legend">{legend}</ul></div>\n'
        f'<h3>도시별 현황</h3>\n<div class="cards">{cards}</div>\n'
        "<h3>주요 협력사업 추진상황</h3>\n"
        '<table class="tbl"><caption>2026. 10. 31. 기준</caption><thead><tr><th>번호</th><th>사업명</th>'
        f"<th>상대도시</th><th>추진상황</th></tr></thead><tbody>{items}</tbody></table>\n"
        "<h3>국제교류 소식</h3>\n<ul class=\"board\">"
        '<li><a href="#"><strong>웨이하이시 대표단, 자매결연 30주년 맞아 여수 방문</strong></a>'
        '<span class="date">2026-10-22</span>'
        "<p>웨이하이시 부시장을 단장으로 한 대표단 8명이 10월 19일(월)부터 21일(수)까지 2박 3일 일정으로 여수를 "
        "방문했다. 대표단은 자매결연 30주년 기념 리셉션에 참석하고 여수세계섬박람회장과 여수항 크루즈 부두를 "
        "둘러보았다.</p></li>"
        '<li><a href="#"><strong>주광주 중국 총영사, 여수시장 예방</strong></a><span class="date">2026-09-16</span>'
        "<p>주광주 중국 총영사가 9월 15일(화) 시청을 방문하여 시장과 웨이하이시·항저우시와의 교류 확대 방안에 대해 "
        "환담했다.</p></li>"
        '<li><a href="#"><strong>여수 청소년 교류단, 자매도시 가라쓰시 홈스테이</strong></a>'
        '<span class="date">2026-08-10</span>'
        "<p>여수시 청소년 교류단(중학생 20명, 인솔 4명)이 8월 3일(월)~7일(금) 4박 5일간 가라쓰시를 방문해 "
        "현지 가정에 머물며 학교 수업과 문화 체험에 참여했다.</p></li>"
        '<li><a href="#"><strong>코타키나바루시 관광청 대표단 내년 방문 예정</strong></a>'
        '<span class="date">2026-07-28</span>'
        "<p>코타키나바루시 관광청 대표단이 2027년 3월 중 여수를 방문하여 해양생태관광 협력 방안을 논의할 "
        "예정이다.</p></li>"
        '<li><a href="#"><strong>2026 여수세계섬박람회 개막 (9. 5.~11. 4.)</strong></a>'
        '<span class="date">2026-09-05</span></li></ul>\n'
        '<div class="satisfaction"><p>이 페이지에서 제공하는 정보에 만족하십니까?</p>'
        "<label><input type=\"radio\" name=\"s\"> 매우 만족</label> <label><input type=\"radio\" name=\"s\"> 만족"
        "</label> <label><input type=\"radio\" name=\"s\"> 보통</label> <button>평가하기</button></div>\n"
        '<p class="manager">담당부서 : 국제협력과 국제교류팀 &nbsp; 전화번호 : 061-659-0000 &nbsp; '
        "최종수정일 : 2026-10-31</p>"
    )
    aside = ('<div class="lnb"><h2>국제교류</h2><ul><li><a href="#">국제교류 현황</a></li>'
             '<li class="on"><a href="#">자매·우호도시</a></li><li><a href="#">국제행사</a></li>'
             '<li><a href="#">외국인 지원</a></li></ul></div>'
             '<div class="facts"><h3>한눈에 보는 여수 국제교류</h3><ul><li>해외 자매·우호도시 <b>6개</b></li>'
             "<li>연간 교류 인원 <b>1,200여 명</b></li><li>등록 외국인 <b>4,800여 명</b></li></ul></div>")
    nav = ('<a href="/">여수시청</a> <a href="/civil/">민원안내</a> <a href="/info/">분야별정보</a> '
           '<a href="/news/">소통참여</a> <a href="/open/">정보공개</a> <a href="/yeosu/">여수소개</a>')
    footer = ("<p>(59679) 전라남도 여수시 시청로 1 (학동) · 대표전화 061-659-0000</p>"
              '<p>관련사이트: <a href="#">순천시</a> <a href="#">광양시</a> <a href="#">전라남도</a> '
              '<a href="#">여수세계섬박람회</a></p><p>COPYRIGHT © YEOSU CITY. ALL RIGHTS RESERVED.</p>')
    html = html_page("ko", "자매·우호도시 | 국제교류 | 여수시청", nav, main, aside, footer)
    seq = {"①": 1, "②": 2, "③": 3, "④": 4, "⑤": 5}
    gold = Gold(
        partnerships=[partner(w, c, kd, seq[no]) for no, _, _, w, _, c, kd in YS_TIES],
        engagements=[engagement("incoming", ["Weihai"], "Yeosu", "2026-10-19", "2026-10-21"),
                     engagement("meeting", ["CN"], "Yeosu", "2026-09-15"),
                     engagement("outgoing", ["Yeosu"], "Karatsu", "2026-08-03", "2026-08-07"),
                     engagement("incoming", ["Kota Kinabalu"], "Yeosu", "2027-03")],
        cooperation=[coop(t, st, ["Yeosu", c]) for t, _, _, c, st in YS_ITEMS],
        claims=[claim("4개국 5개 도시", n, k, "all", "consistent"),
                claim("해외 자매·우호도시 6개", 6, None, "all", "inconsistent")],
    )
    return html, gold


# --------------------------------------------------------------------------- 193 Ōtsu municipal newsletter (ja, printed PDF)

OT_TIES = [  # (era year, western year, name as written, region, kind word, canonical, kind)
    ("昭和44年", 1969, "ランシング市", "アメリカ合衆国 ミシガン州", "姉妹都市", "Lansing", "sister"),
    ("昭和53年", 1978, "インターラーケン市", "スイス連邦 ベルン州", "姉妹都市", "Interlaken", "sister"),
    ("昭和54年", 1979, "ヴュルツブルク市", "ドイツ連邦共和国 バイエルン州", "姉妹都市", "Würzburg", "sister"),
    ("昭和59年", 1984, "牡丹江市", "中華人民共和国 黒竜江省", "友好都市", "Mudanjiang", "friendship"),
    ("平成24年", 2012, "亀尾市", "大韓民国 慶尚北道", "友好交流都市", "Gumi", "friendship"),
]
OT_ITEMS = [  # (title, partner as written, state, canonical, status)
    ("高校生相互派遣事業", "ランシング市", "実施済み（7月に8人派遣）", "Lansing", "completed"),
    ("ワイン文化交流・物産展", "ヴュルツブルク市", "準備中（令和8年秋開催に向け調整）", "Würzburg", "in_progress"),
    ("観光PR協力協定", "インターラーケン市", "締結済み（5月）", "Interlaken", "agreed"),
    ("行政研修生の受入れ", "牡丹江市", "休止中", "Mudanjiang", "stalled"),
    ("スポーツ少年団の相互交流", "亀尾市", "提案あり（亀尾市から）", "Gumi", "proposed"),
]


@document("193_otsu_koho_shimaitoshi_tokushu_r7_11_ja.pdf", split="dev", home="Ōtsu", language="ja",
          features=["pdf (printed by Chromium)", "Japanese: a two-page spread (pp. 6–7) of the municipal "
                    "newsletter 広報おおつ 令和7年11月1日号, two columns, a running header with the issue and a "
                    "page number in the footer", "an article on the visit of the mayor of Würzburg: '10月6日（月）"
                    "から9日（木）まで' (incoming, year from the issue date), with '本市の4つの姉妹都市のひとつ' "
                    "(sister count, inconsistent with the three listed)", "a box '大津市の姉妹都市・友好都市（5か国・"
                    "5都市）' (consistent) listing the ties as a chronological anniversary list in 和暦 with the "
                    "Western year in brackets and the years since signing; 姉妹都市 (sister), 友好都市 and "
                    "友好交流都市 (friendship)", "'8月18日（月）～24日（日）' (outgoing citizens' delegation to "
                    "Lansing), '9月30日（火）' (the Consul General of Germany: meeting), '令和8年3月' (planned "
                    "incoming youth delegation from Mudanjiang, month)", "an event calendar (festival, homestay "
                    "recruitment deadline, a lecture) as distractors", "a small table of exchange projects with "
                    "Japanese states (実施済み, 準備中, 締結済み, 休止中, 提案あり)"])
def otsu_pdf():
    canons = [t[5] for t in OT_TIES]
    n, k = len(canons), _countries(canons)
    assert (n, k) == (5, 5) and sum(t[6] == "sister" for t in OT_TIES) == 3
    _check_days([("2025-10-06", "月"), ("2025-10-09", "木"), ("2025-08-18", "月"), ("2025-08-24", "日"),
                 ("2025-09-30", "火"), ("2025-11-23", "日"), ("2025-12-05", "金"), ("2025-11-15", "土")], _JA_DAYS)
    box_rows = "".join(
        f"<tr><td>{era}（{y}年）</td><td><b>{name}</b><br><small>{region}</small></td><td>{kw}</td>"
        f"<td>{2025 - y}年</td></tr>" for era, y, name, region, kw, _, _ in OT_TIES)
    items = "".join(f"<tr><td>{t}</td><td>{p}</td><td>{s}</td></tr>" for t, p, s, _, _ in OT_ITEMS)
    css = (".box { border: 1.2pt solid #2a6f97; padding: 2.5mm; margin: 2mm 0 3mm 0; break-inside: avoid; } "
           ".box h3 { margin: 0 0 2mm 0; font-size: 11pt; color: #2a6f97; } .box table { width: 100%; "
           "font-size: 9pt; } .cal td { font-size: 9pt; } .lead { font-weight: bold; } "
           "body { font-family: 'Noto Sans CJK JP', sans-serif; }")
    p6 = (
        "<h1>世界とつながる大津 ― 姉妹都市交流のいま</h1>"
        '<div class="cols">'
        "<h2>ヴュルツブルク市長が来訪</h2>"
        '<p class="lead">本市の4つの姉妹都市のひとつ、ドイツのヴュルツブルク市から、市長ら一行6人が10月6日（月）'
        "から9日（木）まで本市を訪れました。</p>"
        "<p>一行は市役所での歓迎式のあと、琵琶湖疏水や延暦寺を見学し、市内の中学校では生徒たちとドイツ語と日本語で"
        "交流しました。8日には市民会館で記念演奏会が開かれ、ヴュルツブルクの合唱団と大津市の市民合唱団が共演"
        "しました。市長は「ワインと湖の街どうし、若い世代の交流をさらに広げたい」と話していました。</p>"
        "<h2>ランシング市へ市民親善訪問団</h2>"
        "<p>姉妹都市提携56周年を記念して、公募の市民ら14人による親善訪問団が8月18日（月）～24日（日）、"
        "アメリカのランシング市を訪問しました。団員はホームステイをしながら、州議会議事堂やミシガン州立大学を"
        "訪れ、現地の姉妹都市委員会の皆さんと交流を深めました。</p>"
        "<h2>ドイツ総領事が表敬訪問</h2>"
        "<p>9月30日（火）、在大阪・神戸ドイツ連邦共和国総領事が市長を表敬訪問し、ヴュルツブルク市との交流や"
        "市内のドイツ系企業について懇談しました。</p>"
        "<h2>来春は牡丹江市の青少年が来訪予定</h2>"
        "<p>友好都市の牡丹江市からは、令和8年3月に中学生を中心とした青少年訪問団が来訪する予定です。"
        "ホストファミリーとして受け入れていただけるご家庭を募集します（下記カレンダー参照）。</p>"
        "</div>"
    )
    p7 = (
        '<div class="box"><h3>大津市の姉妹都市・友好都市（5か国・5都市）</h3>'
        "<table><tr><th>提携年</th><th>都市</th><th>区分</th><th>提携から</th></tr>"
        f"{box_rows}</table>"
        "<p><small>※ 提携からの年数は令和7年で数えています。</small></p></div>"
        "<h2>交流事業の状況</h2>"
        f'<table style="width: 100%"><tr><th>事業</th><th>相手都市</th><th>状況</th></tr>{items}</table>'
        '<div class="cols">'
        "<h2>国際交流カレンダー</h2>"
        '<table class="cal">'
        "<tr><td>11月15日（土）</td><td>国際理解講座「ドイツのクリスマス」／市民会館 小ホール</td></tr>"
        "<tr><td>11月23日（日・祝）</td><td>おおつ国際交流フェスタ2025／なぎさ公園 午前10時～午後3時</td></tr>"
        "<tr><td>12月5日（金）締切</td><td>牡丹江市青少年訪問団 ホストファミリー募集／申込みは国際交流課へ</td></tr>"
        "</table>"
        "<p>問合せ：国際交流課（市役所本館2階） ☎077-000-0000 FAX077-000-0001</p>"
        "</div>"
    )
    html = pages_html("ja", [p6, p7], "広報おおつ　令和7年（2025年）11月1日号", "おおつ　{page}")
    html = html.replace("</style>", css + "</style>")
    html = html.replace('<div class="ftr">おおつ　1</div>', '<div class="ftr">6　広報おおつ</div>')
    html = html.replace('<div class="ftr">おおつ　2</div>', '<div class="ftr">広報おおつ　7</div>')
    gold = Gold(
        partnerships=[partner(w, c, kd) for _, _, w, _, _, c, kd in OT_TIES],
        engagements=[engagement("incoming", ["Würzburg"], "Ōtsu", "2025-10-06", "2025-10-09"),
                     engagement("outgoing", ["Ōtsu"], "Lansing", "2025-08-18", "2025-08-24"),
                     engagement("meeting", ["DE"], "Ōtsu", "2025-09-30"),
                     engagement("incoming", ["Mudanjiang"], "Ōtsu", "2026-03")],
        cooperation=[coop(t, st, ["Ōtsu", c]) for t, _, _, c, st in OT_ITEMS],
        claims=[claim("本市の4つの姉妹都市", 4, None, "sister", "inconsistent"),
                claim("5か国・5都市", n, k, "all", "consistent")],
    )
    return print_pdf(html), gold


# --------------------------------------------------------------------------- 194 Weihai foreign-affairs office e-mail (zh, EML GBK + DOCX)

WH_TIES = [  # (name as written, country, kind word, since, canonical, kind)
    ("宇部市", "日本", "友好城市", "1992年11月", "Ube", "sister"),
    ("圣巴巴拉市", "美国", "友好城市", "1993年5月", "Santa Barbara", "sister"),
    ("丽水市", "韩国", "友好城市", "1996年4月", "Yeosu", "sister"),
    ("切尔滕纳姆市", "英国", "友好城市", "2000年9月", "Cheltenham", "sister"),
    ("索契市", "俄罗斯", "友好城市", "2006年6月", "Sochi", "sister"),
    ("蒂马鲁市", "新西兰", "友好交流城市", "2001年10月", "Timaru", "friendship"),
    ("比耶拉市", "意大利", "友好交流城市", "2009年3月", "Biella", "friendship"),
    ("苏塞市", "突尼斯", "友好交流城市", "2013年12月", "Sousse", "friendship"),
    ("南浦市", "朝鲜", "友好交流城市", "2014年8月", "Nampo", "friendship"),
]
WH_ITEMS = [  # (title, state as written, canonical, status)
    ("威海—宇部港口物流合作", "双方港务部门已签署合作备忘录", "Ube", "agreed"),
    ("威海—丽水海洋牧场技术交流", "正在推进，已完成两轮视频会商", "Yeosu", "in_progress"),
    ("与切尔滕纳姆市中学结对交流", "已完成，共有3所中学参与", "Cheltenham", "completed"),
    ("在苏塞市举办威海旅游推介会", "对方提议，我办正在研究", "Sousse", "proposed"),
    ("与索契市青少年冰球交流", "暂缓实施", "Sochi", "stalled"),
]


def _weihai_docx() -> bytes:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = new_docx()
    doc.styles["Normal"].font.size = Pt(10.5)
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("威海市国际友好城市一览表")
    run.bold = True
    run.font.size = Pt(16)
    doc.add_paragraph("（截至2025年12月）").alignment = WD_ALIGN_PARAGRAPH.CENTER
    docx_table(doc, [["序号", "城市", "所在国家", "关系类别", "结好时间"]]
               + [[str(i), w, c, kw, s] for i, (w, c, kw, s, _, _) in enumerate(WH_TIES, 1)])
    doc.add_paragraph("注：1. 按关系类别及结好时间排序。2. 国内友好城市未列入。")
    doc.add_paragraph("威海市人民政府外事办公室 友城工作科 制表")
    return docx_bytes(doc, "威海市国际友好城市一览表")


@document("194_weihai_waiban_youcheng_cailiao_huifu_zh_gbk.eml", split="dev", home="Weihai", language="zh",
          encoding="gbk",
          features=["eml (multipart/mixed; body text/plain in GBK, base64; subject and sender as GBK encoded words) "
                    "+ DOCX attachment", "Chinese reply of a municipal foreign-affairs office (外办) to the city "
                    "government research office, above a Foxmail-style '------------------ 原始邮件 "
                    "------------------' block (发件人 / 发送时间 / 收件人 / 主题) with the request",
                    "dates without a year, from the Date: header: '3月17日至20日' (incoming), one trip "
                    "'9月22日至26日' to two partner cities with per-city dates in brackets (丽水市 22日至24日, 宇部市 "
                    "24日至26日: two outgoing engagements), '11月10日' (the Russian consul general in Shenyang: "
                    "meeting), '2026年5月' (planned incoming, month); the request's deadline as a distractor",
                    "'9个国家的9个城市' in the reply (consistent); the request's stale '8个国家的8个"
                    "友城' (inconsistent)", "cooperation items as numbered paragraphs '（一）title: state' with "
                    "Chinese states (已签署合作备忘录, 正在推进, 已完成, 对方提议…正在研究, 暂缓实施)",
                    "the attachment: a numbered table 序号 · 城市 · 所在国家 · 关系类别 · 结好时间 with 友好城市 "
                    "(sister) and 友好交流城市 (friendship); 丽水市 is Yeosu in Korea (also the name of a Chinese "
                    "city), 南浦市 in the DPRK", "DOCX attachment"])
def weihai_email():
    canons = [t[4] for t in WH_TIES]
    n, k = len(canons), _countries(canons)
    assert (n, k) == (9, 9) and sum(t[5] == "sister" for t in WH_TIES) == 5
    _check_days([("2025-12-10", "三"), ("2025-12-08", "一"), ("2025-12-12", "五")], _ZH_DAYS)
    coop_lines = []
    for i, (t, s, _, _) in enumerate(WH_ITEMS):
        coop_lines.append(f"（{'一二三四五'[i]}）{t}：{s}。")
    body = "\n".join([
        "王科长：",
        "",
        "    您好！按照来函要求，现将我办2025年度友好城市工作情况报送如下，友城名单详见附件《威海市国际友好城市一览表》。",
        "",
        "一、总体情况",
        "",
        "    截至2025年底，我市已与9个国家的9个城市建立友好城市或友好交流城市关系。"
        "来函所引“8个国家的8个友城”为2014年以前的数字，请以本次报送为准。",
        "",
        "二、2025年主要交往",
        "",
        "    3月17日至20日，日本宇部市市长率经济文化代表团一行12人访问我市，出席威海—宇部友好城市合作推介会。",
        "    9月22日至26日，市政府代表团出访韩国丽水市（22日至24日）和日本宇部市（24日至26日），"
        "出席丽水市结好纪念活动并考察宇部港。",
        "    11月10日，俄罗斯驻沈阳总领事来威海访问，与分管副市长就恢复与索契市的交流进行了会谈。",
        "",
        "三、友城务实合作项目进展",
        "",
        *coop_lines,
        "",
        "四、2026年工作打算",
        "",
        "    拟于2026年5月接待美国圣巴巴拉市青少年交流团来威，并争取与比耶拉市在纺织服装领域开展合作。",
        "",
        "    以上材料如有问题，请随时联系。",
        "",
        "此致",
        "敬礼！",
        "",
        "市外办友城工作科  刘晓燕",
        "电话：0631-0000000",
        "",
        "------------------ 原始邮件 ------------------",
        "发件人: \"市政府研究室\"<yanjiushi@weihai.example>;",
        "发送时间: 2025年12月8日(星期一) 上午9:30",
        "收件人: \"市外办\"<waiban@weihai.example>;",
        "主题: 关于报送2025年度对外交流工作材料的通知",
        "",
        "市外办：",
        "    为做好2025年度市政府工作总结，请于12月12日（星期五）前报送本年度友好城市工作情况，"
        "包括友城总数（去年报送口径为“8个国家的8个友城”，请核实更新）、主要交往活动和务实合作项目进展。",
        "                                        市政府研究室",
        "",
    ])
    msg = MIMEMultipart()
    sender = Header("刘晓燕", "gbk")
    sender.append("<youcheng@weihai.example>", "us-ascii")
    msg["From"] = sender
    msg["To"] = "yanjiushi@weihai.example"
    msg["Subject"] = Header("回复：关于报送2025年度对外交流工作材料的通知", "gbk")
    msg["Date"] = "Wed, 10 Dec 2025 16:42:10 +0800"
    msg["Message-ID"] = "<corpus-194@weihai.example>"
    msg["X-Mailer"] = "Foxmail 7.2.25.375[cn]"
    msg.attach(MIMEText(body, "plain", "gbk"))
    part = MIMEApplication(_weihai_docx(), "vnd.openxmlformats-officedocument.wordprocessingml.document")
    part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", "威海市国际友好城市一览表.docx"))
    msg.attach(part)
    msg.set_boundary("=_intercity_corpus_01")
    data = msg.as_bytes(policy=compat32.clone(linesep="\r\n"))
    gold = Gold(
        partnerships=[partner(w, c, kd, i) for i, (w, _, _, _, c, kd) in enumerate(WH_TIES, 1)],
        engagements=[engagement("incoming", ["Ube"], "Weihai", "2025-03-17", "2025-03-20"),
                     engagement("outgoing", ["Weihai"], "Yeosu", "2025-09-22", "2025-09-24"),
                     engagement("outgoing", ["Weihai"], "Ube", "2025-09-24", "2025-09-26"),
                     engagement("meeting", ["RU"], "Weihai", "2025-11-10"),
                     engagement("incoming", ["Santa Barbara"], "Weihai", "2026-05")],
        cooperation=[coop(t, st, ["Weihai", c]) for t, _, c, st in WH_ITEMS],
        claims=[claim("9个国家的9个城市", n, k, "all", "consistent"),
                claim("8个国家的8个友城", 8, 8, "all", "inconsistent")],
    )
    return data, gold


# --------------------------------------------------------------------------- 195 Mar del Plata management report deck (es-AR, PPTX)

MP_TIES = [  # (pin no., name as written, country, link as written, year, canonical, kind, pin x, pin y)
    (1, "Río de Janeiro", "Brasil", "Hermanamiento", 1980, "Rio de Janeiro", "sister", 4.3, 4.6),
    (2, "Montevideo", "Uruguay", "Ciudad hermana", 1991, "Montevideo", "sister", 3.9, 5.3),
    (3, "Fort Lauderdale", "EE. UU.", "Ciudad hermana", 1999, "Fort Lauderdale", "sister", 2.6, 2.4),
    (4, "Isla Mujeres", "México", "Acuerdo de cooperación turística", 2008, "Isla Mujeres", "partner", 2.2, 2.9),
    (5, "La Coruña", "España", "Hermanamiento", 1993, "A Coruña", "sister", 6.1, 2.0),
    (6, "San Benedetto del Tronto", "Italia", "Hermanamiento", 1984, "San Benedetto del Tronto", "sister", 6.9, 2.1),
    (7, "Bari", "Italia", "Acuerdo de cooperación", 2017, "Bari", "partner", 7.1, 2.3),
    (8, "Sorrento", "Italia", "Acuerdo de amistad", 2011, "Sorrento", "friendship", 6.9, 2.5),
    (9, "San Petersburgo", "Rusia", "Ciudad hermana", 2002, "Saint Petersburg", "sister", 7.6, 1.4),
]
MP_ITEMS = [  # (project, city as written, state, canonical, status)
    ("Capacitación en gestión de playas y guardavidas", "Isla Mujeres", "En ejecución", "Isla Mujeres",
     "in_progress"),
    ("Intercambio de estudiantes de gastronomía", "San Benedetto del Tronto", "Finalizado (12 estudiantes)",
     "San Benedetto del Tronto", "completed"),
    ("Cooperación portuaria y pesquera", "Bari", "Convenio firmado en agosto", "Bari", "agreed"),
    ("Semana de Mar del Plata en Fort Lauderdale", "Fort Lauderdale", "Propuesta recibida, en evaluación",
     "Fort Lauderdale", "proposed"),
    ("Becas de posgrado en ingeniería naval", "San Petersburgo", "Suspendido", "Saint Petersburg", "stalled"),
    ("Feria de productos regionales", "Sorrento", "Dado de baja", "Sorrento", "dropped"),
]


@document("195_mar_del_plata_informe_gestion_relaciones_internacionales_2026_es.pptx", split="dev",
          home="Mar del Plata", language="es",
          features=["pptx", "Spanish (AR): a management-report deck of the Dirección de Relaciones Internacionales "
                    "of the Municipalidad de General Pueyrredon (the municipality of Mar del Plata) for the "
                    "Concejo Deliberante, 'Noviembre 2026'; a footer with the office and a slide number on every "
                    "slide", "a map slide: a grey rectangle standing for the world map, numbered pins (ovals with "
                    "the number only) drawn in map order, and a legend box 'n · city (country) · link · year' in "
                    "pin order (sequence); Hermanamiento / Ciudad hermana (sister), Acuerdo de amistad "
                    "(friendship), Acuerdo de cooperación (partner); exonyms Río de Janeiro, La Coruña, San "
                    "Petersburgo; the legend head '9 ciudades · 7 países' (consistent)", "a KPI box '10 vínculos "
                    "internacionales en 8 países' (inconsistent)", "an 'Agenda internacional 2026' table with "
                    "Argentine dates: 'lun 9/3 al jue 12/3' (incoming), '22/06 – 26/06' (outgoing), 'jueves 3 de "
                    "septiembre' (the Consul of Italy in Mar del Plata: meeting), 'octubre (a confirmar)' (planned "
                    "incoming, month); the film festival in November as a distractor", "a project table Proyecto · "
                    "Ciudad · Estado (En ejecución, Finalizado, Convenio firmado, Propuesta recibida, Suspendido, "
                    "Dado de baja)", "speaker notes"])
def mar_del_plata_pptx():
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Inches, Pt

    canons = [t[5] for t in MP_TIES]
    n, k = len(canons), _countries(canons)
    assert (n, k) == (9, 7)
    _check_days([("2026-03-09", "lunes"), ("2026-03-12", "jueves"), ("2026-06-22", "lunes"),
                 ("2026-06-26", "viernes"), ("2026-09-03", "jueves")], _ES_DAYS)
    prs = new_deck()

    def furniture(slide, no: int) -> None:
        textbox(slide.shapes, 0.4, 7.0, 9.0, 0.4,
                ["Municipalidad de General Pueyrredon · Dirección de Relaciones Internacionales"], 10)
        textbox(slide.shapes, 12.4, 7.0, 0.7, 0.4, [str(no)], 10)

    s = prs.slides.add_slide(prs.slide_layouts[6])
    textbox(s.shapes, 0.9, 2.0, 11.5, 1.5, ["Informe de gestión 2026", "Relaciones Internacionales"], 40)
    textbox(s.shapes, 0.9, 4.3, 11.5, 0.9, ["Comisión de Turismo y Relaciones Internacionales del Honorable "
                                            "Concejo Deliberante", "Mar del Plata, noviembre 2026"], 18)

    s = titled_slide(prs, "Mar del Plata en el mundo")
    furniture(s, 2)
    world = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(0.5), Inches(1.3), Inches(8.0), Inches(5.4))
    world.fill.solid()
    world.fill.fore_color.rgb = RGBColor(0xE4, 0xE8, 0xEC)
    world.line.fill.background()
    world.text_frame.text = ""
    for no, *_rest in sorted(MP_TIES, key=lambda t: (t[8], t[7])):  # pins in map order
        x, y = _rest[6], _rest[7]
        pin = s.shapes.add_shape(MSO_SHAPE.OVAL, Inches(0.5 + x), Inches(1.3 + y), Inches(0.38), Inches(0.38))
        pin.text_frame.text = str(no)
        for p in pin.text_frame.paragraphs:
            for run in p.runs:
                run.font.size = Pt(11)
    home_pin = s.shapes.add_shape(MSO_SHAPE.STAR_5_POINT, Inches(0.5 + 3.6), Inches(1.3 + 5.6 - 0.4),
                                  Inches(0.4), Inches(0.4))
    home_pin.text_frame.text = ""
    textbox(s.shapes, 3.3, 6.35, 2.5, 0.35, ["★ Mar del Plata"], 10)
    legend = ["Red de ciudades vinculadas: 9 ciudades · 7 países", ""]
    legend += [f"{no}  {w} ({c}) · {link} · {y}" for no, w, c, link, y, *_ in MP_TIES]
    textbox(s.shapes, 8.7, 1.3, 4.4, 5.4, legend, 12)
    s.notes_slide.notes_text_frame.text = (
        "El mapa es ilustrativo. Con San Petersburgo no hubo actividad desde 2022, pero el hermanamiento sigue "
        "vigente. Benito Juárez (Quintana Roo) figura en algunos listados viejos por error: el acuerdo es con Isla "
        "Mujeres.")

    s = titled_slide(prs, "Agenda internacional 2026")
    furniture(s, 3)
    rows = [["Fecha", "Actividad", "Lugar"],
            ["lun 9/3 al jue 12/3", "Visita de la delegación municipal de Isla Mujeres (guardavidas y turismo)",
             "Mar del Plata"],
            ["22/06 – 26/06", "Misión oficial del Intendente a Montevideo: Intendencia y Puerto de Montevideo",
             "Montevideo"],
            ["jueves 3 de septiembre", "Reunión con el Cónsul de Italia en Mar del Plata (programa con Bari y San "
             "Benedetto)", "Palacio Municipal"],
            ["octubre (a confirmar)", "Visita de una delegación de la Autoridad Portuaria de Bari", "Mar del Plata"],
            ["noviembre", "Festival Internacional de Cine: stand de ciudades hermanas", "Teatro Auditorium"]]
    shape = s.shapes.add_table(len(rows), 3, Inches(0.5), Inches(1.4), Inches(12.3), Inches(0.55 * len(rows)))
    for i, w in enumerate([2.6, 7.3, 2.4]):
        shape.table.columns[i].width = Inches(w)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = shape.table.cell(r, c)
            cell.text = value
            for p in cell.text_frame.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(14)
    s.notes_slide.notes_text_frame.text = (
        "La fecha de la visita de Bari depende de la reunión del consejo portuario; la confirmamos en diciembre.")

    s = titled_slide(prs, "Proyectos de cooperación")
    furniture(s, 4)
    rows = [["Proyecto", "Ciudad", "Estado"]] + [[t, w, st] for t, w, st, _, _ in MP_ITEMS]
    shape = s.shapes.add_table(len(rows), 3, Inches(0.5), Inches(1.4), Inches(9.0), Inches(0.5 * len(rows)))
    for i, w in enumerate([4.6, 2.4, 2.0]):
        shape.table.columns[i].width = Inches(w)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = shape.table.cell(r, c)
            cell.text = value
            for p in cell.text_frame.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(13)
    kpi = s.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Inches(9.8), Inches(1.4), Inches(3.2), Inches(2.6))
    tf = kpi.text_frame
    tf.word_wrap = True
    tf.text = "10"
    tf.paragraphs[0].runs[0].font.size = Pt(44)
    for line in ("vínculos internacionales", "en 8 países"):
        p = tf.add_paragraph()
        run = p.add_run()
        run.text = line
        run.font.size = Pt(16)
    textbox(s.shapes, 9.8, 4.2, 3.2, 1.5, ["Presupuesto ejecutado 2026:", "$ 48.500.000 (83 %)"], 14)
    gold = Gold(
        partnerships=[partner(w, c, kd, no) for no, w, _, _, _, c, kd, _, _ in MP_TIES],
        engagements=[engagement("incoming", ["Isla Mujeres"], "Mar del Plata", "2026-03-09", "2026-03-12"),
                     engagement("outgoing", ["Mar del Plata"], "Montevideo", "2026-06-22", "2026-06-26"),
                     engagement("meeting", ["IT"], "Mar del Plata", "2026-09-03"),
                     engagement("incoming", ["Bari"], "Mar del Plata", "2026-10")],
        cooperation=[coop(t, st, ["Mar del Plata", c]) for t, _, _, c, st in MP_ITEMS],
        claims=[claim("9 ciudades · 7 países", n, k, "all", "consistent"),
                claim("10 vínculos internacionales en 8 países", 10, 8, "all", "inconsistent")],
    )
    return deck_bytes(prs, "Informe de gestión 2026 - Relaciones Internacionales"), gold


# --------------------------------------------------------------------------- 196 Angers council deliberation (fr, DOCX)

AN_TIES = [  # (committee, city as written, country, link as written, since, grant, canonical, kind)
    ("Comité de jumelage Angers-Osnabrück", "Osnabrück", "Allemagne", "Jumelage", 1964, "6 500", "Osnabrück",
     "sister"),
    ("Association Angers-Haarlem", "Haarlem", "Pays-Bas", "Jumelage", 1964, "4 200", "Haarlem", "sister"),
    ("Comité Angers-Södertälje", "Södertälje", "Suède", "Jumelage", 1975, "2 800", "Södertälje", "sister"),
    ("Association Angers-Pise", "Pise", "Italie", "Jumelage", 1982, "3 900", "Pisa", "sister"),
    ("Comité de jumelage Angers-Wigan", "Wigan", "Royaume-Uni", "Jumelage", 1988, "3 100", "Wigan", "sister"),
    ("Association Angers-Toruń", "Toruń", "Pologne", "Jumelage", 1998, "2 600", "Toruń", "sister"),
    ("Association Angers-Bamako", "Bamako", "Mali", "Accord de coopération décentralisée", 1974, "18 000",
     "Bamako", "partner"),
    ("Association Angers-Chine (antenne Yantaï)", "Yantaï", "Chine", "Pacte d'amitié", 2006, "1 500", "Yantai",
     "friendship"),
    ("Maison de l'Europe – volet Austin", "Austin", "États-Unis", "Accord de coopération", 2011, "1 200", "Austin",
     "partner"),
]
AN_ITEMS = [  # (title, state as written, canonical, status)
    ("Programme eau et assainissement en commune IV de Bamako", "en cours (deuxième tranche)", "Bamako",
     "in_progress"),
    ("Échanges scolaires entre collèges angevins et wiganais", "réalisé (45 élèves)", "Wigan", "completed"),
    ("Coopération numérique Angers French Tech – Austin", "convention signée le 3 juillet 2025", "Austin",
     "agreed"),
    ("Festival de musique jeunes Angers-Pise", "suspendu faute d'organisateur côté pisan", "Pisa", "stalled"),
    ("Résidence d'artistes croisée avec Haarlem", "proposée par Haarlem, à l'étude", "Haarlem", "proposed"),
    ("Échange de chalets aux marchés de Noël avec Osnabrück", "abandonné", "Osnabrück", "dropped"),
]


@document("196_angers_deliberation_subventions_comites_jumelage_2025_fr.docx", split="dev", home="Angers",
          language="fr",
          features=["docx", "French municipal council deliberation: 'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS', the "
                    "sitting 'Séance du lundi 24 novembre 2025' and the convocation date as distractors, a "
                    "deliberation number, a rapporteur, an exposé, 'Vu … / Considérant …', 'DÉLIBÈRE', the vote, "
                    "'Pour extrait conforme' with a signature block, 'Date d'affichage' and a prefecture receipt "
                    "number", "the ties only in a grants table Association · Ville partenaire · Pays · Nature du "
                    "lien · Depuis · Montant (€): Jumelage (sister), Pacte d'amitié (friendship, Yantaï), Accord de "
                    "coopération (décentralisée) (partner: Bamako, Austin); exonym Pise", "'jumelée avec sept "
                    "villes européennes' in the exposé (sister, inconsistent: six in the table) and 'neuf villes "
                    "partenaires dans neuf pays' (consistent)", "the activity review in prose: 'du 12 au 15 juin' "
                    "(incoming, year from the sitting), 'du mercredi 1er au samedi 4 octobre 2025' (outgoing), "
                    "'le 18 septembre' (the ambassador of Sweden: meeting), 'en avril 2026' (planned incoming, "
                    "month)", "projects as a dash list 'title : state' (en cours, réalisé, convention signée, "
                    "suspendu, proposée … à l'étude, abandonné)"])
def angers_docx():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    canons = [t[6] for t in AN_TIES]
    n, k = len(canons), _countries(canons)
    sisters = [t for t in AN_TIES if t[7] == "sister"]
    assert (n, k, len(sisters)) == (9, 9, 6)
    _check_days([("2025-11-24", "lundi"), ("2025-10-01", "mercredi"), ("2025-10-04", "samedi"),
                 ("2025-11-14", "vendredi"), ("2025-11-28", "vendredi")], _FR_DAYS)
    doc = new_docx()
    doc.styles["Normal"].font.size = Pt(10.5)
    head = doc.add_paragraph("VILLE D'ANGERS\nDépartement de Maine-et-Loire")
    head.runs[0].bold = True
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL")
    r.bold = True
    r.font.size = Pt(13)
    doc.add_paragraph("Séance du lundi 24 novembre 2025").alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Le Conseil municipal, convoqué le vendredi 14 novembre 2025, s'est réuni à l'Hôtel de Ville "
                      "sous la présidence du Maire. Nombre de conseillers en exercice : 55 – présents : 47 – "
                      "pouvoirs : 6.")
    p = doc.add_paragraph()
    p.add_run("DEL-2025-318 – Relations internationales – Jumelages et coopération décentralisée – Attribution "
              "des subventions 2026 aux associations de jumelage").bold = True
    doc.add_paragraph("Rapporteur : Mme l'adjointe aux Relations internationales et à l'Europe")
    doc.add_paragraph("EXPOSÉ").runs[0].bold = True
    doc.add_paragraph(
        "Depuis 1964, Angers est jumelée avec sept villes européennes et entretient en outre des accords de "
        "coopération et d'amitié hors d'Europe, soit au total neuf villes partenaires dans neuf pays. Ces liens "
        "sont animés par des associations de jumelage, que la Ville soutient chaque année.")
    doc.add_paragraph(
        "L'année 2025 a été marquée par plusieurs temps forts. Du 12 au 15 juin, une délégation d'Osnabrück "
        "conduite par la Oberbürgermeisterin a été reçue à Angers à l'occasion du 61e anniversaire du "
        "jumelage. Du mercredi 1er au samedi 4 octobre 2025, le Maire, accompagné de deux "
        "élus et d'une délégation de l'Université d'Angers, s'est rendu à Toruń pour la signature d'un programme "
        "d'échanges universitaires. Le 18 septembre, l'ambassadrice de Suède en France a été reçue à l'Hôtel de "
        "Ville, en présence de l'association Angers-Södertälje.")
    doc.add_paragraph(
        "En avril 2026, la Ville accueillera une délégation de Yantaï dans le cadre du vingtième anniversaire du "
        "pacte d'amitié ; une subvention exceptionnelle sera proposée au budget primitif.")
    doc.add_paragraph("L'état d'avancement des projets menés avec les villes partenaires est le suivant :")
    for title, state, _, _ in AN_ITEMS:
        doc.add_paragraph(f"– {title} : {state} ;")
    doc.add_paragraph("Il est proposé d'attribuer pour 2026 les subventions suivantes :")
    docx_table(doc, [["Association", "Ville partenaire", "Pays", "Nature du lien", "Depuis", "Montant (€)"]]
               + [[a, w, c, link, str(y), g] for a, w, c, link, y, g, _, _ in AN_TIES]
               + [["Total", "", "", "", "", "43 800"]])
    doc.add_paragraph("")
    doc.add_paragraph("Vu le Code général des collectivités territoriales, notamment ses articles L1115-1 et "
                      "L2121-29,")
    doc.add_paragraph("Vu l'avis de la Commission Europe et relations internationales du 6 novembre 2025,")
    doc.add_paragraph("Considérant l'intérêt des échanges portés par les associations de jumelage pour le "
                      "rayonnement de la Ville,")
    doc.add_paragraph("DÉLIBÈRE").runs[0].bold = True
    doc.add_paragraph("Attribue les subventions figurant au tableau ci-dessus, pour un montant total de "
                      "43 800 euros ; Impute la dépense au budget 2026, chapitre 65, article 6574.")
    doc.add_paragraph("Adopté à l'unanimité (53 voix pour).")
    sig = doc.add_paragraph("Pour extrait conforme,\nLe Maire,\n[signé]")
    sig.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Date d'affichage : 28 novembre 2025\nAccusé de réception en préfecture : "
                      "049-214900079-20251124-DEL2025318-DE")
    gold = Gold(
        partnerships=[partner(w, c, kd) for _, w, _, _, _, _, c, kd in AN_TIES],
        engagements=[engagement("incoming", ["Osnabrück"], "Angers", "2025-06-12", "2025-06-15"),
                     engagement("outgoing", ["Angers"], "Toruń", "2025-10-01", "2025-10-04"),
                     engagement("meeting", ["SE"], "Angers", "2025-09-18"),
                     engagement("incoming", ["Yantai"], "Angers", "2026-04")],
        cooperation=[coop(t, st, ["Angers", c]) for t, _, c, st in AN_ITEMS],
        claims=[claim("jumelée avec sept villes européennes", 7, None, "sister", "inconsistent"),
                claim("neuf villes partenaires dans neuf pays", n, k, "all", "consistent")],
    )
    return docx_bytes(doc, "DEL-2025-318 Jumelages – subventions 2026"), gold


# --------------------------------------------------------------------------- 197 Austin council resolution (en, TXT cp1252)

AU_TIES = [  # (city as written, country, relationship, year, canonical, kind)
    ("Saltillo", "Mexico", "Sister City", 1968, "Saltillo", "sister"),
    ("Adelaide", "Australia", "Sister City", 1983, "Adelaide", "sister"),
    ("Oita", "Japan", "Sister City", 1990, "Ōita", "sister"),
    ("Koblenz", "Germany", "Sister City", 1992, "Koblenz", "sister"),
    ("Gwangmyeong", "Republic of Korea", "Sister City", 1997, "Gwangmyeong", "sister"),
    ("Limerick", "Ireland", "Sister City", 2005, "Limerick", "sister"),
    ("Angers", "France", "Sister City", 2011, "Angers", "sister"),
    ("Antalya", "Turkey", "Sister City", 2012, "Antalya", "sister"),
    ("Taichung", "Taiwan", "Friendship City", 1997, "Taichung", "friendship"),
    ("Pune", "India", "Friendship City", 2013, "Pune", "friendship"),
]
AU_ITEMS = [  # (title, partner, status as written, canonical, status)
    ("Music office exchange", "Adelaide", "Ongoing; second songwriter residency under way", "Adelaide",
     "in_progress"),
    ("Water reuse technical exchange", "Saltillo", "MOU executed with Aguas de Saltillo", "Saltillo", "agreed"),
    ("Youth Ambassadors to Oita", "Oita", "Completed; 12 students traveled in July", "Ōita", "completed"),
    ("Film co-production forum", "Antalya", "Proposed by Antalya; under review by the Austin Film Commission",
     "Antalya", "proposed"),
    ("Start-up incubator exchange", "Limerick", "On hold pending partner funding", "Limerick", "stalled"),
]


@document("197_austin_council_resolution_sister_cities_cp1252.txt", split="dev", home="Austin", language="en",
          encoding="cp1252",
          features=["txt (windows-1252, CRLF, form feeds): an agenda-backup export of a US city council "
                    "resolution: item number, 'RESOLUTION NO. 20251204-041', WHEREAS clauses, 'NOW, THEREFORE, BE "
                    "IT RESOLVED', ADOPTED date and ATTEST signature lines, a running header and 'Page n of 3' "
                    "footer on each page; typographic quotes and en dashes in windows-1252",
                    "the WHEREAS clauses give 'eleven international partners in ten countries' (inconsistent with "
                    "the exhibit's ten) and recognize anniversaries", "Exhibit A: a fixed-width table City · "
                    "Country · Relationship · Since that runs across a form feed, its header repeated on the next "
                    "page; Sister City (sister) and Friendship City (friendship); 'Oita' without its macron; the "
                    "heading 'Sister Cities (8)' (consistent)", "Exhibit B: a 'Calendar Year 2025' activity list "
                    "whose dates have no year: 'Mar. 9–13' (incoming, Koblenz), 'Oct. 19–22' and 'Oct. 22–25' "
                    "(one mission, two outgoing engagements), 'Nov. 6' (the Consul General of Mexico in Austin: "
                    "meeting), 'April 2026' (planned incoming, month); a proclamation date and an application "
                    "deadline as distractors", "Exhibit C: program status lines 'title (partner) – status' "
                    "(Ongoing, MOU executed, Completed, Proposed by, On hold)"])
def austin_txt():
    canons = [t[4] for t in AU_TIES]
    n, k = len(canons), _countries(canons)
    sisters = [t for t in AU_TIES if t[5] == "sister"]
    assert (n, k, len(sisters)) == (10, 10, 8)
    _check_days([("2025-12-04", "Thursday"), ("2025-11-06", "Thursday")], _EN_DAYS)
    width = 78

    def page(no: int, lines: list[str]) -> str:
        head = ["Austin City Council — Agenda Item 41 — Backup".ljust(width - 16) + "December 4, 2025", "=" * width,
                ""]
        foot = ["", "-" * width, f"Page {no} of 3".rjust(width)]
        return "\r\n".join(head + lines + foot) + "\r\n"

    def row(c1: str, c2: str, c3: str, c4: str) -> str:
        return f"  {c1:<16}{c2:<22}{c3:<20}{c4}"

    table_head = [row("City", "Country", "Relationship", "Since"), "  " + "-" * 64]
    rows = [row(w, c, rel, str(y)) for w, c, rel, y, _, _ in AU_TIES]
    p1 = [
        "RESOLUTION NO. 20251204-041",
        "",
        "WHEREAS, the City of Austin has fostered international friendship through its",
        "Sister Cities program since 1968, when Austin and Saltillo, Mexico, signed the",
        "City’s first sister city agreement; and",
        "",
        "WHEREAS, Austin today maintains eleven international partners in ten countries,",
        "listed in Exhibit A, supported by volunteer committees of Sister Cities",
        "International Austin; and",
        "",
        "WHEREAS, 2026 marks the 35th anniversary of the relationship with Oita, Japan,",
        "and the 15th anniversary of the relationship with Angers, France; and",
        "",
        "WHEREAS, the exchanges listed in Exhibit B and the programs listed in Exhibit C",
        "have brought students, artists, entrepreneurs and City staff together;",
        "",
        "NOW, THEREFORE, BE IT RESOLVED BY THE CITY COUNCIL OF THE CITY OF AUSTIN:",
        "",
        "The City Council recognizes the anniversaries of the Oita and Angers",
        "relationships and directs the City Manager to support the 2026 “Sister Cities",
        "Youth Delegation” program within existing resources.",
        "",
        "ADOPTED: December 4, 2025        ATTEST: ______________________________",
        "                                          City Clerk",
        "",
        "",
        "EXHIBIT A – AUSTIN SISTER CITIES AND FRIENDSHIP CITIES",
        "",
        "Sister Cities (8)",
        *table_head,
        *rows[:5],
    ]
    p2 = [
        "EXHIBIT A (continued)",
        "",
        *table_head,
        *rows[5:8],
        "",
        "Friendship Cities",
        *table_head,
        *rows[8:],
        "",
        "Note: the 1990 date for Oita is the date of the Council resolution; the",
        "agreement was signed in Oita the following spring.",
        "",
        "",
        "EXHIBIT B – EXCHANGE ACTIVITY, CALENDAR YEAR 2025",
        "",
        "  Mar. 9–13    Koblenz delegation (Lord Mayor and start-up founders) in Austin",
        "               during SXSW; reception at City Hall",
        "  Jul. 15      Council proclamation of Sister Cities Day",
        "  Oct. 19–22   Mayor’s trade mission to Taichung: smart-city expo and",
        "               meetings at Taichung City Hall",
        "  Oct. 22–25   Trade mission continues to Gwangmyeong: signing of a youth",
        "               soccer exchange letter",
        "  Nov. 6       Courtesy call by the Consul General of Mexico in Austin on the",
        "               Mayor",
        "  Dec. 12      Application deadline for the 2026 Youth Delegation",
        "",
        "  Planned: an Adelaide youth orchestra delegation in April 2026.",
    ]
    p3 = [
        "EXHIBIT C – PROGRAM STATUS (as of November 14, 2025)",
        "",
        *[f"  {i}. {t} ({p}) – {s}" for i, (t, p, s, _, _) in enumerate(AU_ITEMS, 1)],
        "",
        "Fiscal note: no fiscal impact; staff support from the Economic Development",
        "Department, Global Business Recruitment and Expansion Division.",
        "",
        "Sponsor: Council Member, District 4; Co-sponsors: Mayor Pro Tem, Council",
        "Member, District 9",
    ]
    text = page(1, p1) + "\f" + page(2, p2) + "\f" + page(3, p3)
    gold = Gold(
        partnerships=[partner(w, c, kd) for w, _, _, _, c, kd in AU_TIES],
        engagements=[engagement("incoming", ["Koblenz"], "Austin", "2025-03-09", "2025-03-13"),
                     engagement("outgoing", ["Austin"], "Taichung", "2025-10-19", "2025-10-22"),
                     engagement("outgoing", ["Austin"], "Gwangmyeong", "2025-10-22", "2025-10-25"),
                     engagement("meeting", ["MX"], "Austin", "2025-11-06"),
                     engagement("incoming", ["Adelaide"], "Austin", "2026-04")],
        cooperation=[coop(t, st, ["Austin", c]) for t, _, _, c, st in AU_ITEMS],
        claims=[claim("eleven international partners in ten countries", 11, 10, "all", "inconsistent"),
                claim("Sister Cities (8)", len(sisters), None, "sister", "consistent")],
    )
    return text.encode("cp1252"), gold
