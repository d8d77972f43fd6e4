"""Corpus documents 67-70 (test split; see docs/evaluation.md): built by ``scripts/make_corpus.py``.

Third batch, written on 2026-11-30 with ``corpus_docs_57_66.py`` (dev): these four documents grow the
held-out test split so that it stays at a quarter of the corpus. Do not read them, their gold or
this module while writing extraction rules. Partner pairs are taken from ``../shared/data/twin-cities``;
kinds, years, visits, dates and cooperation items are invented.
"""

from __future__ import annotations

from email.message import EmailMessage

from corpus_common import (PLACES, Gold, Spec, claim, coop, deck_bytes, docx_bytes, docx_table, eml_bytes,
                           engagement, html_page, new_deck, new_docx, partner, registrar, slide_table, textbox,
                           titled_slide)
from corpus_docs_43_49 import add_places

SPECS: list[Spec] = []
document = registrar(SPECS)

add_places({
    # homes
    "Gyeongju": ("KR", "gn:1841603"), "Ostrava": ("CZ", "gn:3068799"), "Kagoshima": ("JP", "gn:1860827"),
    "Zaragoza": ("ES", "gn:3104324"),
    # partners
    "Nara": ("JP", "gn:1855612"), "Versailles": ("FR", "gn:2969679"), "Pompei": ("IT", "gn:3170335"),
    "Obama": ("JP", "gn:1854849"), "Nitra": ("SK", "gn:3058531"), "Chizhou": ("CN", "gn:1814934"),
    "Huế": ("VN", "gn:1580240"), "Ōita Prefecture": ("JP", "iso:JP-44"), "Coventry": ("GB", "gn:2652221"),
    "Piraeus": ("GR", "gn:255274"), "Miskolc": ("HU", "gn:717582"), "Košice": ("SK", "gn:724443"),
    "Gaziantep": ("TR", "gn:314830"), "Abomey": ("BJ", "gn:2395915"), "Oral": ("KZ", "gn:608668"),
    "Shreveport": ("US", "gn:4341513"), "Changsha": ("CN", "gn:1815577"), "Naples": ("IT", "gn:3172394"),
    "Pau": ("FR", "gn:2988358"), "Biarritz": ("FR", "gn:3032797"), "Campinas": ("BR", "gn:3467865"),
    "Coimbra": ("PT", "gn:2740637"), "Ponce": ("PR", "gn:4566880"), "Yoro": ("HN", "gn:3600195"),
    "Zamboanga": ("PH", "gn:1679432"), "Taizhou": ("CN", "gn:1793505"), "La Paz (BO)": ("BO", "gn:3911925"),
    "Cúcuta": ("CO", "gn:3685533"), "Zaragoza (SV)": ("SV", "gn:3582790"), "Zaragoza (GT)": ("GT", "gn:3587543"),
    "Canfranc": ("ES", "gn:3126580"),
    # also added by the dev modules (same values): this module builds on its own
    "Skopje": ("MK", "gn:785842"), "Split": ("HR", "gn:3190261"), "Móstoles": ("ES", "gn:3116025"),
    "La Plata": ("AR", "gn:3432043"),
})


def _countries(canons) -> int:
    return len({PLACES[c][0] for c in canons})


# --------------------------------------------------------------------------- 67 Gyeongju bilingual deck (ko/en)

GYEONGJU_SISTERS = [("나라시", "Nara", "일본", "Japan", "1970", "Nara"),
                    ("베르사유시", "Versailles", "프랑스", "France", "1987", "Versailles"),
                    ("폼페이시", "Pompei", "이탈리아", "Italy", "1985", "Pompei"),
                    ("시안시", "Xi'an", "중국", "China", "1994", "Xi'an"),
                    ("후에시", "Huế", "베트남", "Vietnam", "2007", "Huế"),
                    ("니트라시", "Nitra", "슬로바키아", "Slovakia", "2016", "Nitra")]
GYEONGJU_FRIENDS = [("오바마시", "Obama", "일본", "Japan", "1977", "Obama"),
                    ("츠저우시", "Chizhou", "중국", "China", "2009", "Chizhou"),
                    ("오이타현", "Ōita Prefecture", "일본", "Japan", "2012", "Ōita Prefecture")]
GYEONGJU_EVENTS = [("2024. 5. 20.~22.", "May 20–22, 2024", "나라시 대표단 경주 방문", "Nara delegation visits Gyeongju"),
                   ("2024. 9월", "September 2024", "시장 후에시 방문", "Mayor's visit to Huế"),
                   ("2024. 10. 15.~17.", "Oct 15–17, 2024", "베르사유시 문화사절단 방문",
                    "Versailles cultural mission to Gyeongju")]
GYEONGJU_ITEMS = [("세계유산 공동 보존 연구 / Joint World Heritage conservation study", "시안시 / Xi'an",
                   "추진 중 / In progress", "in_progress", "Xi'an"),
                  ("청소년 역사캠프 / Youth history camp", "나라시 / Nara", "완료 / Completed", "completed", "Nara"),
                  ("유적 디지털 복원 / Digital restoration of ruins", "폼페이시 / Pompei", "폼페이 제안 / Proposed by Pompei",
                   "proposed", "Pompei"),
                  ("관광 공동 마케팅 / Joint tourism marketing", "오이타현 / Ōita", "합의 / Agreed", "agreed",
                   "Ōita Prefecture"),
                  ("신라 문화 순회전시 / Silla culture touring exhibition", "니트라시 / Nitra", "보류 / On hold", "stalled",
                   "Nitra")]


@document("67_gyeongju_global_partners_bilingual.pptx", split="test", home="Gyeongju", language="ko",
          features=["pptx", "bilingual Korean / English on every slide", "two tables side by side (sister cities "
                    "left, friendship partners right) with two-line cells (Korean line, English line)",
                    "a prefecture as a friendship partner", "exchanges as separate text boxes laid out as a timeline",
                    "Korean and English dates for the same event, a month-only visit", "bilingual status table",
                    "headline with per-kind counts"])
def gyeongju_deck():
    prs = new_deck()
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "경주시 국제교류 현황\nGyeongju International Exchange"
    s.placeholders[1].text = "2024. 12. 국제협력과 · International Cooperation Division"

    sisters = [t[5] for t in GYEONGJU_SISTERS]
    s = titled_slide(prs, "자매·우호도시 / Sister & Friendship Partners")
    textbox(s.shapes, 0.6, 1.2, 12.2, 0.8, [
        f"경주시는 {_countries(sisters)}개국 {len(sisters)}개 자매도시, {len(GYEONGJU_FRIENDS)}개 우호도시·지역과 교류하고 "
        "있습니다.",
        f"Gyeongju has {len(sisters)} sister cities in {_countries(sisters)} countries and {len(GYEONGJU_FRIENDS)} "
        "friendship partners."], size=14)
    for left, label, rows in [(0.5, "자매도시\nSister Cities", GYEONGJU_SISTERS),
                              (7.0, "우호도시·지역\nFriendship Partners", GYEONGJU_FRIENDS)]:
        slide_table(s, [[label, "국가\nCountry", "결연\nSince"]] + [[f"{k}\n{e}", f"{nk}\n{ne}", y]
                                                                   for k, e, nk, ne, y, _ in rows],
                    left, 2.2, 5.8, size=12)

    s = titled_slide(prs, "2024 주요 교류 / Key exchanges in 2024")
    for i, (dk, de, tk, te) in enumerate(GYEONGJU_EVENTS):
        textbox(s.shapes, 0.5 + 4.2 * i, 2.0, 3.9, 2.5, [dk, de, tk, te], size=15)

    s = titled_slide(prs, "협력사업 현황 / Cooperation projects")
    slide_table(s, [["사업 / Project", "상대 / Partner", "상태 / Status"]] + [list(t[:3]) for t in GYEONGJU_ITEMS],
                0.5, 1.5, 12.3, size=13)
    s.notes_slide.notes_text_frame.text = ("오이타현은 일본 규슈의 현(prefecture). Ōita is a prefecture in Kyushu; "
                                           "the agreement is with the prefectural government.")
    gold = Gold(
        partnerships=[partner(e, c, "sister") for _, e, *_, c in GYEONGJU_SISTERS]
        + [partner(e, c, "friendship") for _, e, *_, c in GYEONGJU_FRIENDS],
        engagements=[engagement("incoming", ["Nara"], "Gyeongju", "2024-05-20", "2024-05-22"),
                     engagement("outgoing", ["Gyeongju"], "Huế", "2024-09"),
                     engagement("incoming", ["Versailles"], "Gyeongju", "2024-10-15", "2024-10-17")],
        cooperation=[coop(t, st, ["Gyeongju", p]) for t, _, _, st, p in GYEONGJU_ITEMS],
        claims=[claim(f"{len(sisters)} sister cities in {_countries(sisters)} countries", len(sisters),
                      _countries(sisters), "sister", "consistent"),
                claim(f"{len(GYEONGJU_FRIENDS)} friendship partners", len(GYEONGJU_FRIENDS), None, "friendship",
                      "consistent")],
    )
    return deck_bytes(prs, "Gyeongju international exchange"), gold


# --------------------------------------------------------------------------- 68 Ostrava spreadsheet export (cs, cp1250)

OSTRAVA = [("Coventry", "Velká Británie", "partnerské město", "1959", "Coventry"),
           ("Drážďany", "Německo", "partnerské město", "1971", "Dresden"),
           ("Katovice", "Polsko", "partnerské město", "1993", "Katowice"),
           ("Košice", "Slovensko", "partnerské město", "1993", "Košice"),
           ("Miskolc", "Maďarsko", "partnerské město", "1995", "Miskolc"),
           ("Split", "Chorvatsko", "partnerské město", "1998", "Split"),
           ("Pireus", "Řecko", "partnerské město", "1999", "Piraeus"),
           ("Gaziantep", "Turecko", "partnerské město", "2011", "Gaziantep"),
           ("Dnipro", "Ukrajina", "partnerské město", "2012", "Dnipro"),
           ("Pittsburgh", "USA", "memorandum o spolupráci", "2001", "Pittsburgh"),
           ("Shreveport", "USA", "memorandum o spolupráci", "2009", "Shreveport"),
           ("Abomey", "Benin", "dohoda o spolupráci", "2014", "Abomey"),
           ("Uralsk (Oral)", "Kazachstán", "dohoda o přátelství", "2016", "Oral")]
OSTRAVA_KIND = {"partnerské město": "sister", "memorandum o spolupráci": "partner", "dohoda o spolupráci": "partner",
                "dohoda o přátelství": "friendship"}
OSTRAVA_PROJECTS = [("Výměna hasičských jednotek", "Katovice", "Hasičský záchranný sbor", "2024", "ukončeno",
                     "completed", "Katowice"),
                    ("Revitalizace brownfieldů", "Pittsburgh", "Odbor strategického rozvoje", "2025", "probíhá",
                     "in_progress", "Pittsburgh"),
                    ("Výměna umělců festivalu Colours", "Coventry", "Odbor kultury", "2025", "dohodnuto", "agreed",
                     "Coventry"),
                    ("Obnova dětské nemocnice", "Dnipro", "Odbor zahraničních vztahů", "", "pozastaveno", "stalled",
                     "Dnipro"),
                    ("Jazzová letní akademie", "Shreveport", "Janáčkova konzervatoř", "", "navrženo partnerem",
                     "proposed", "Shreveport"),
                    ("Studie dálkového vytápění", "Miskolc", "Odbor investic", "", "zrušeno", "dropped", "Miskolc")]
OSTRAVA_VISITS = [("4.6.2024", "6.6.2024", "příjezd", "Katovice", "primátor Katovic, hornické dědictví",
                   ("incoming", ["Katowice"], "Ostrava", "2024-06-04", "2024-06-06")),
                  ("18.9.2024", "20.9.2024", "výjezd", "Coventry", "delegace vedená náměstkem primátora",
                   ("outgoing", ["Ostrava"], "Coventry", "2024-09-18", "2024-09-20")),
                  ("12.11.2024", "12.11.2024", "příjezd", "Gaziantep", "obchodní mise; jednání na radnici",
                   ("incoming", ["Gaziantep"], "Ostrava", "2024-11-12", "2024-11-12"))]


def _csv(fields) -> str:
    return ";".join(f'"{f}"' if ";" in f or " " in f else f for f in fields)


@document("68_ostrava_partnerska_mesta_export_cp1250.txt", split="test", home="Ostrava", language="cs",
          encoding="cp1250",
          features=["txt", "Czech", "windows-1250", "spreadsheet export: three sheets one after the other, "
                    "semicolon-separated, quotes only around cells with spaces", "a Poř. (serial) column",
                    "Czech exonyms (Drážďany, Katovice, Pireus) and a city given as 'Uralsk (Oral)'",
                    "kind column in Czech", "visit sheet with d.m.yyyy start and end columns and a direction column",
                    "project sheet with owners, deadlines and states", "totals rows (one wrong)"])
def ostrava_txt():
    canons = [c for *_, c in OSTRAVA]
    sisters = [c for _, _, k, _, c in OSTRAVA if OSTRAVA_KIND[k] == "sister"]
    lines = ["Statutární město Ostrava - Odbor zahraničních vztahů", "Export z evidence: partnerská města a spolupráce",
             "Datum exportu: 15.1.2025", "", "List 1: Města", _csv(["Poř.", "Město", "Stát", "Typ vztahu", "Rok",
                                                                    "Poznámka"])]
    lines += [_csv([str(i), m, st, k, r, ""]) for i, (m, st, k, r, _) in enumerate(OSTRAVA, 1)]
    lines += [_csv(["", "Celkem", f"{_countries(canons)} zemí", f"{len(canons)} měst", "", ""]),
              _csv(["", "z toho partnerská města", "", "10", "", ""]), "",
              "List 2: Návštěvy", _csv(["Datum od", "Datum do", "Směr", "Město", "Poznámka"])]
    lines += [_csv([a, b, d, m, p]) for a, b, d, m, p, _ in OSTRAVA_VISITS]
    lines += ["", "List 3: Projekty", _csv(["Projekt", "Partner", "Garant", "Termín", "Stav"])]
    lines += [_csv([t, p, g, d, s]) for t, p, g, d, s, _, _ in OSTRAVA_PROJECTS]
    lines.append("")
    gold = Gold(
        partnerships=[partner(m, c, OSTRAVA_KIND[k], i) for i, (m, _, k, _, c) in enumerate(OSTRAVA, 1)],
        engagements=[engagement(*g) for *_, g in OSTRAVA_VISITS],
        cooperation=[coop(t, st, ["Ostrava", p]) for t, _, _, _, _, st, p in OSTRAVA_PROJECTS],
        claims=[claim(f"{len(canons)} měst, {_countries(canons)} zemí", len(canons), _countries(canons), "all",
                      "consistent"),
                claim("z toho partnerská města 10", 10, None, "sister",
                      "consistent" if len(sisters) == 10 else "inconsistent")],
    )
    return ("\r\n".join(lines)).encode("cp1250"), gold


# --------------------------------------------------------------------------- 69 Kagoshima city bulletin web page (ja)

KAGOSHIMA = [("イタリアのナポリ市", "ナポリ市", "昭和35年", "Naples", "sister"),
             ("オーストラリアのパース市", "パース市", "昭和49年", "Perth", "sister"),
             ("アメリカのマイアミ市", "マイアミ市", "平成2年", "Miami", "sister"),
             ("中国の長沙市", "長沙市", "昭和57年", "Changsha", "friendship")]
KAGOSHIMA_ITEMS = [("桜島・ヴェスヴィオ火山の防災研究交流", "ナポリ市", "継続中", "in_progress", "Naples"),
                   ("高校生の短期留学", "パース市", "今年度分は実施済み", "completed", "Perth"),
                   ("茶文化交流展", "長沙市", "来年度の開催で合意", "agreed", "Changsha"),
                   ("クルーズ船誘致の協力", "マイアミ市", "先方から提案があり検討中", "proposed", "Miami")]


@document("69_kagoshima_shiho_shimai_toshi_ja.html", split="test", home="Kagoshima", language="ja",
          features=["html", "Japanese", "city bulletin (市報) feature article on the web", "partners only in running "
                    "prose with the kind after the list ('…と姉妹都市、…と友好都市の盟約')", "era years",
                    "dates without a year under an issue date (令和6年11月号), an explicit 令和7年2月",
                    "a status box as a definition list", "site navigation, ward names, a sidebar of news with "
                    "posting dates, footer with the city hall address", "headline claim"])
def kagoshima_html():
    sis = "、".join(f"{w}（{y}）" for w, _, y, _, k in KAGOSHIMA if k == "sister")
    fr = "、".join(f"{w}（{y}）" for w, _, y, _, k in KAGOSHIMA if k == "friendship")
    canons = [t[3] for t in KAGOSHIMA]
    box = "".join(f"<dt>{t}（{p}）</dt><dd>{s}</dd>" for t, p, s, _, _ in KAGOSHIMA_ITEMS)
    main = (
        '<p class="breadcrumb">ホーム ＞ 市政情報 ＞ 広報 ＞ 市民のひろば 令和6年11月号</p>'
        "<h1>特集　世界とつながる鹿児島</h1><p class=\"issue\">市民のひろば　令和6年11月号</p>"
        f"<p>本市は、{sis}と姉妹都市、{fr}と友好都市の盟約を結んでおり、{_countries(canons)}か国{len(canons)}都市との"
        "交流を続けています。</p>"
        "<h2>ナポリ市から代表団</h2>"
        "<p>10月8日から10日まで、ナポリ市の副市長を団長とする代表団が来鹿しました。一行は桜島の火山観測施設を視察し、"
        "市長と防災分野での協力について意見を交わしました。</p>"
        "<h2>長沙市の青少年が来鹿</h2><p>7月には、長沙市の中学生訪問団が市内の学校を訪れ、書道や茶道を体験しました。</p>"
        "<h2>パース市へ訪問団を派遣</h2>"
        "<p>令和7年2月には、市長を団長とする訪問団がパース市を訪れ、姉妹都市盟約50周年の記念式典に出席する予定です。</p>"
        f'<h2>交流事業の状況</h2><dl class="status">{box}</dl>'
        "<p class=\"contact\">問い合わせ　国際交流課（電話099-216-1208）</p>")
    nav = ("<ul class='gnav'><li>くらし・手続き</li><li>健康・福祉</li><li>観光・イベント</li><li>市政情報</li></ul>"
           "<ul class='wards'><li>鹿児島地域</li><li>谷山地域</li><li>桜島地域</li><li>吉田地域</li><li>喜入地域</li></ul>")
    aside = ("<h3>新着情報</h3><ul><li>2024年10月25日掲載　天文館でおはら祭の交通規制</li>"
             "<li>2024年10月21日掲載　霧島市・指宿市との観光連携協定</li><li>2024年10月18日掲載　市電の臨時ダイヤ</li></ul>")
    footer = "鹿児島市役所　〒892-8677 鹿児島市山下町11番1号　電話099-224-1111（代表）　© Kagoshima City"
    gold = Gold(
        partnerships=[partner(w, c, k) for _, w, _, c, k in KAGOSHIMA],
        engagements=[engagement("incoming", ["Naples"], "Kagoshima", "2024-10-08", "2024-10-10"),
                     engagement("incoming", ["Changsha"], "Kagoshima", "2024-07"),
                     engagement("outgoing", ["Kagoshima"], "Perth", "2025-02")],
        cooperation=[coop(t, st, ["Kagoshima", p]) for t, _, _, st, p in KAGOSHIMA_ITEMS],
        claims=[claim(f"{_countries(canons)}か国{len(canons)}都市", len(canons), _countries(canons), "all",
                      "consistent")],
    )
    return html_page("ja", "市民のひろば 令和6年11月号 特集 | 鹿児島市", nav, main, aside, footer), gold


# --------------------------------------------------------------------------- 70 Zaragoza press e-mail (es) + DOCX

ZARAGOZA = [("Pau", "Francia", "1966", "hermanamiento", "Pau"),
            ("Biarritz", "Francia", "1981", "hermanamiento", "Biarritz"),
            ("Campinas", "Brasil", "1982", "hermanamiento", "Campinas"),
            ("Coímbra", "Portugal", "1985", "hermanamiento", "Coimbra"),
            ("La Plata", "Argentina", "1987", "hermanamiento", "La Plata"),
            ("León", "Nicaragua", "1994", "hermanamiento", "León (NI)"),
            ("Tijuana", "México", "1996", "hermanamiento", "Tijuana"),
            ("Skopie", "Macedonia del Norte", "1999", "hermanamiento", "Skopje"),
            ("Belén", "Palestina", "2000", "hermanamiento", "Bethlehem"),
            ("Ponce", "Puerto Rico", "2001", "hermanamiento", "Ponce"),
            ("Yoro", "Honduras", "2003", "hermanamiento", "Yoro"),
            ("Zamboanga", "Filipinas", "2004", "hermanamiento", "Zamboanga"),
            ("Zaragoza", "El Salvador", "2005", "hermanamiento", "Zaragoza (SV)"),
            ("Zaragoza", "Guatemala", "2005", "hermanamiento", "Zaragoza (GT)"),
            ("La Paz", "Bolivia", "2007", "hermanamiento", "La Paz (BO)"),
            ("Cúcuta", "Colombia", "2008", "hermanamiento", "Cúcuta"),
            ("Taizhou", "China", "2012", "acuerdo de amistad", "Taizhou"),
            ("Canfranc", "España", "2016", "protocolo de colaboración", "Canfranc"),
            ("Móstoles", "España", "2018", "protocolo de colaboración", "Móstoles")]
ZARAGOZA_KIND = {"hermanamiento": "sister", "acuerdo de amistad": "friendship", "protocolo de colaboración": "partner"}
ZARAGOZA_ITEMS = [("Escuela taller de restauración del patrimonio", "en marcha desde 2022", "in_progress"),
                  ("Convenio de gestión del agua y saneamiento", "acordado; se firma durante la visita", "agreed"),
                  ("Muestra de cine nicaragüense en Zaragoza", "propuesta de León, en estudio", "proposed"),
                  ("Programa de becas universitarias", "suspendido desde 2023", "stalled"),
                  ("Brigadas de salud comunitaria", "finalizado", "completed")]


def zaragoza_docx() -> bytes:
    doc = new_docx()
    doc.add_heading("Relación de ciudades hermanadas y acuerdos", 1)
    doc.add_paragraph("Ayuntamiento de Zaragoza · Oficina de Relaciones Internacionales · octubre de 2024")
    docx_table(doc, [["Ciudad", "País", "Año", "Tipo de relación"]] + [[c, p, y, k] for c, p, y, k, _ in ZARAGOZA])
    doc.add_paragraph(f"Total: {len(ZARAGOZA)} ciudades.")
    doc.add_heading("Proyectos de cooperación con León (Nicaragua)", 2)
    docx_table(doc, [["Proyecto", "Estado"]] + [[t, s] for t, s, _ in ZARAGOZA_ITEMS])
    return docx_bytes(doc, "Relacion de ciudades hermanadas")


@document("70_zaragoza_nota_informativa_leon_es.eml", split="test", home="Zaragoza", language="es",
          encoding="windows-1252",
          features=["eml", "Spanish", "windows-1252 body in base64", "DOCX attachment",
                    "press note with a weekday range without a year ('del lunes 7 al jueves 10 de octubre'; year from "
                    "Date:)", "'el pasado 12 de septiembre', 'en noviembre'", "partners named Zaragoza (El Salvador, "
                    "Guatemala) like the home city", "Spanish exonyms (Coímbra, Skopie, Belén)",
                    "attachment table with a kind column and a project table with states", "claims in body and "
                    "attachment"])
def zaragoza_email():
    sisters = [c for *_, k, c in ZARAGOZA if k == "hermanamiento"]
    msg = EmailMessage()
    msg["From"] = "Relaciones Internacionales <relaciones.internacionales@zaragoza.example>"
    msg["To"] = "Medios de comunicación <prensa@zaragoza.example>"
    msg["Subject"] = "Nota informativa: el alcalde recibe a la delegación de León (Nicaragua)"
    msg["Date"] = "Mon, 07 Oct 2024 09:05:00 +0200"
    msg["Message-ID"] = "<corpus-70@zaragoza.example>"
    msg.set_content(
        "NOTA INFORMATIVA\n\n"
        "El alcalde de Zaragoza recibe hoy en el Salón de Recepciones del Ayuntamiento a la delegación de la\n"
        "Alcaldía de León (Nicaragua), que estará en la ciudad del lunes 7 al jueves 10 de octubre con motivo\n"
        "del 30 aniversario del hermanamiento entre las dos ciudades.\n\n"
        "Durante la visita se firmará el convenio de gestión del agua y saneamiento y se revisará la escuela\n"
        "taller de restauración del patrimonio, que sigue en marcha. La relación de proyectos se adjunta.\n\n"
        f"Zaragoza mantiene {len(sisters)} hermanamientos con ciudades de {_countries(sisters)} países, además de un "
        "acuerdo\nde amistad con Taizhou (China) y protocolos de colaboración con Canfranc y Móstoles.\n\n"
        "La agenda internacional de otoño incluye también la visita que realizó el alcalde de Tijuana el pasado\n"
        "12 de septiembre y el viaje de una delegación municipal a Pau en noviembre, para la feria transfronteriza.\n\n"
        "Oficina de Relaciones Internacionales\nAyuntamiento de Zaragoza · Plaza del Pilar, 18 · 976 721 100\n",
        charset="windows-1252", cte="base64")
    msg.add_attachment(zaragoza_docx(), maintype="application",
                       subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                       filename="Relacion_ciudades_hermanadas_2024.docx")
    gold = Gold(
        partnerships=[partner(c, canon, ZARAGOZA_KIND[k]) for c, _, _, k, canon in ZARAGOZA],
        engagements=[engagement("incoming", ["León (NI)"], "Zaragoza", "2024-10-07", "2024-10-10"),
                     engagement("incoming", ["Tijuana"], "Zaragoza", "2024-09-12"),
                     engagement("outgoing", ["Zaragoza"], "Pau", "2024-11")],
        cooperation=[coop(t, st, ["Zaragoza", "León (NI)"]) for t, _, st in ZARAGOZA_ITEMS],
        claims=[claim(f"{len(sisters)} hermanamientos con ciudades de {_countries(sisters)} países", len(sisters),
                      _countries(sisters), "sister", "consistent"),
                claim(f"Total: {len(ZARAGOZA)} ciudades", len(ZARAGOZA), None, "all", "consistent")],
    )
    return eml_bytes(msg), gold
