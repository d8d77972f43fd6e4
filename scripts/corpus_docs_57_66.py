"""Corpus documents 57-66 (dev split; see docs/evaluation.md): built by ``scripts/make_corpus.py``.

Third batch, written on 2026-11-30 (57-70, with ``corpus_docs_67_70.py`` for the test documents):
new homes (Hangzhou, Grenoble, Nuremberg, Poznań, Denver, Niigata, Cádiz, Gimhae, Taoyuan, Florence),
new layouts (a council deliberation, an e-mail thread with a quoted message, a definition list, a
cross-tab of counts, record blocks, a day-by-day programme) and two new languages (Polish and, in
the test documents, Czech). Partner pairs are taken from ``../shared/data/twin-cities``; kinds,
years, visits, dates and cooperation items are invented.
"""

from __future__ import annotations

from email.message import EmailMessage

from corpus_common import (PLACES, Gold, Spec, claim, coop, deck_bytes, docx_bytes, docx_table, eml_bytes,
                           engagement, html_page, minimal_pdf, need, new_deck, new_docx, pages_html, partner,
                           print_pdf, registrar, slide_table, textbox, titled_slide)
from corpus_docs_43_49 import add_places

SPECS: list[Spec] = []
document = registrar(SPECS)

add_places({
    # homes
    "Hangzhou": ("CN", "gn:1808926"), "Grenoble": ("FR", "gn:3014728"), "Nuremberg": ("DE", "gn:2861650"),
    "Poznań": ("PL", "gn:3088171"), "Denver": ("US", "gn:5419384"), "Niigata": ("JP", "gn:1855431"),
    "Cádiz": ("ES", "gn:2520600"), "Gimhae": ("KR", "gn:1842943"), "Taoyuan": ("TW", "gn:6696918"),
    "Florence": ("IT", "gn:3176959"),
    # partners
    "Gifu": ("JP", "gn:1863641"), "Fukui": ("JP", "gn:1863985"), "Baguio": ("PH", "gn:1728930"),
    "Kota Kinabalu": ("MY", "gn:1733432"), "Hamamatsu": ("JP", "gn:1863289"), "Yeosu": ("KR", "gn:1884138"),
    "Seogwipo": ("KR", "gn:6621166"), "Nice": ("FR", "gn:2990440"), "Pisa": ("IT", "gn:3170647"),
    "Oulu": ("FI", "gn:643492"), "Kazan": ("RU", "gn:551487"), "Heidelberg": ("DE", "gn:2907911"),
    "Maribor": ("SI", "gn:3195506"), "Split": ("HR", "gn:3190261"), "Lugano": ("CH", "gn:2659836"),
    "Oviedo": ("ES", "gn:3114711"), "Paramaribo": ("SR", "gn:3383330"), "Montego Bay": ("JM", "gn:3489460"),
    "El Calafate": ("AR", "gn:3858677"), "Cape Town": ("ZA", "gn:3369157"), "Agadir": ("MA", "gn:2561668"),
    "Nadi": ("FJ", "gn:2202064"), "Catania": ("IT", "gn:2525068"), "Essen": ("DE", "gn:2928810"),
    "Halle (Saale)": ("DE", "gn:2911522"), "Rehovot": ("IL", "gn:293725"), "Oxford": ("GB", "gn:2640729"),
    "Kaunas": ("LT", "gn:598316"), "Sfax": ("TN", "gn:2467454"), "Corato": ("IT", "gn:3178131"),
    "Tsukuba": ("JP", "gn:2110681"), "Constantine": ("DZ", "gn:2501152"), "Chișinău": ("MD", "gn:618426"),
    "Sevan": ("AM", "gn:616250"), "Glasgow": ("GB", "gn:2648579"), "Skopje": ("MK", "gn:785842"),
    "Kavala": ("GR", "gn:735861"), "Córdoba (ES)": ("ES", "gn:2519240"), "Venice": ("IT", "gn:3164603"),
    "Hadera": ("IL", "gn:294946"), "Brașov": ("RO", "gn:683844"), "San Carlos (NI)": ("NI", "gn:3616911"),
    "Assen": ("NL", "gn:2759633"), "Brno": ("CZ", "gn:3078610"), "Győr": ("HU", "gn:3052009"),
    "Jyväskylä": ("FI", "gn:655194"), "Kutaisi": ("GE", "gn:613607"), "Nottinghamshire": ("GB", "iso:GB-NTT"),
    "Pozuelo de Alarcón": ("ES", "gn:3112989"), "Ra'anana": ("IL", "gn:293807"), "Toledo (US)": ("US", "gn:5174035"),
    "Brest (FR)": ("FR", "gn:3030300"), "Takayama": ("JP", "gn:1850892"), "Cuernavaca": ("MX", "gn:3529947"),
    "Karmiel": ("IL", "gn:294577"), "Kunming": ("CN", "gn:1804651"), "Nairobi": ("KE", "gn:184745"),
    "Potsdam": ("DE", "gn:2852458"), "Chennai": ("IN", "gn:1264527"), "Axum": ("ET", "gn:344420"),
    "Akureyri": ("IS", "gn:2633274"), "Galveston": ("US", "gn:4692883"), "Khabarovsk": ("RU", "gn:2022890"),
    "Harbin": ("CN", "gn:2037013"), "Birobidzhan": ("RU", "gn:2026643"), "Kingston upon Hull": ("GB", "gn:2645425"),
    "Buenos Aires": ("AR", "gn:3435910"), "Quito": ("EC", "gn:3652462"), "San Juan (PR)": ("PR", "gn:4568127"),
    "Cartagena (CO)": ("CO", "gn:3687238"), "Tangier": ("MA", "gn:2530335"), "A Coruña": ("ES", "gn:3119841"),
    "Santa Cruz de Tenerife": ("ES", "gn:2511174"), "Huelva": ("ES", "gn:2516548"), "Móstoles": ("ES", "gn:3116025"),
    "Torrevieja": ("ES", "gn:2510253"), "Wuxi": ("CN", "gn:1790923"), "Munakata": ("JP", "gn:11611614"),
    "Ayodhya": ("IN", "gn:1278094"), "Biên Hòa": ("VN", "gn:1587923"), "Lakewood (CA)": ("US", "gn:5364855"),
    "Çorum": ("TR", "gn:748879"), "Salem (OR)": ("US", "gn:5750162"), "Irvine": ("US", "gn:5359777"),
    "Long Beach": ("US", "gn:5367929"), "Garland": ("US", "gn:4693003"), "Kennewick": ("US", "gn:5799610"),
    "Orange Walk": ("BZ", "gn:3581514"), "Angeles City": ("PH", "gn:1730737"), "Kaga": ("JP", "gn:6822141"),
    "Ramat Gan": ("IL", "gn:293788"), "Logan City": ("AU", "gn:7281838"), "DeSoto": ("US", "gn:4685524"),
    "Narita": ("JP", "gn:2111684"), "Tsukubamirai": ("JP", "gn:6822100"), "Singkawang": ("ID", "gn:1626916"),
    "Radom": ("PL", "gn:760778"), "Kassel": ("DE", "gn:2892518"), "Kuwait City": ("KW", "gn:285787"),
    "Puebla": ("MX", "gn:3521081"), "Nazareth": ("IL", "gn:294098"), "Salvador": ("BR", "gn:3450554"),
    "Tirana": ("AL", "gn:3183875"),
    # also added by corpus_docs_50_56 (same values): this module builds on its own
    "Suzhou": ("CN", "gn:1886760"), "Hanover": ("DE", "gn:2910831"), "Antalya": ("TR", "gn:323777"),
    "Havana": ("CU", "gn:3553478"),
})


def _countries(canons) -> int:
    return len({PLACES[c][0] for c in canons})


# --------------------------------------------------------------------------- 57 Hangzhou annual summary (zh, PDF)

HANGZHOU = [  # (continent, region slug, total as printed, sister [(country, city, canon)], friendship [...])
    ("亚洲", "asia", 7,
     [("日本", "岐阜市", "Gifu"), ("日本", "福井市", "Fukui"), ("菲律宾", "碧瑶市", "Baguio"),
      ("马来西亚", "亚庇市", "Kota Kinabalu")],
     [("日本", "滨松市", "Hamamatsu"), ("韩国", "丽水市", "Yeosu"), ("韩国", "西归浦市", "Seogwipo")]),
    ("欧洲", "europe", 12,
     [("法国", "尼斯市", "Nice"), ("英国", "利兹市", "Leeds"), ("德国", "德累斯顿市", "Dresden"),
      ("意大利", "比萨市", "Pisa"), ("芬兰", "奥卢市", "Oulu"), ("俄罗斯", "喀山市", "Kazan")],
     [("德国", "海德堡市", "Heidelberg"), ("斯洛文尼亚", "马里博尔市", "Maribor"), ("克罗地亚", "斯普利特市", "Split"),
      ("瑞士", "卢加诺市", "Lugano"), ("西班牙", "奥维耶多市", "Oviedo")]),
    ("美洲", "americas", 6,
     [("美国", "波士顿市", "Boston"), ("美国", "印第安纳波利斯市", "Indianapolis"), ("巴西", "库里蒂巴市", "Curitiba"),
      ("苏里南", "帕拉马里博市", "Paramaribo")],
     [("牙买加", "蒙特哥贝市", "Montego Bay"), ("阿根廷", "埃尔卡拉法特市", "El Calafate")]),
    ("非洲", "africa", 2, [("南非", "开普敦市", "Cape Town")], [("摩洛哥", "阿加迪尔市", "Agadir")]),
    ("大洋洲", "oceania", 1, [], [("斐济", "楠迪市", "Nadi")]),
]
HANGZHOU_ITEMS = [("长良川鹈饲与西湖文化交流展", "岐阜市", "市文化广电旅游局", "已完成", "completed", "Gifu"),
                  ("数字医疗合作备忘录", "德累斯顿市", "市卫生健康委", "已签署", "agreed", "Dresden"),
                  ("亚运遗产体育交流项目", "开普敦市", "市体育局", "正在推进", "in_progress", "Cape Town"),
                  ("青少年冰雪运动营", "喀山市", "市教育局", "暂缓实施", "stalled", "Kazan"),
                  ("智慧旅游联合推广", "尼斯市", "市文化广电旅游局", "法方提议，尚在论证", "proposed", "Nice"),
                  ("大学生实习交流计划", "波士顿市", "市外办", "因经费原因终止", "dropped", "Boston")]


@document("57_hangzhou_waishi_nianzhong_zongjie_zh.pdf", split="dev", home="Hangzhou", language="zh",
          features=["pdf (Chromium)", "Simplified Chinese", "外事办 annual summary with numbered sections (一、二、…)",
                    "友好城市 = sister and 友好交流城市 = friendship, listed inline by continent with the country "
                    "before each city", "cross-tab of counts (continent × kind, with totals; one total wrong)",
                    "headline claim with per-kind counts", "dates without a year under a '2024年' heading",
                    "meeting with a consul general", "project table with lead units and all six states"])
def hangzhou_pdf():
    sisters = [c for *_, s, _ in HANGZHOU for *_, c in s]
    friends = [c for *_, f in HANGZHOU for *_, c in f]
    blocks = []
    for continent, _, _, s, f in HANGZHOU:
        lines = [f"<p><b>{continent}</b></p>"]
        if s:
            lines.append(f"<p>友好城市（{len(s)}个）：{'、'.join(n + c for n, c, _ in s)}。</p>")
        lines.append(f"<p>友好交流城市（{len(f)}个）：{'、'.join(n + c for n, c, _ in f)}。</p>")
        blocks.append("".join(lines))
    counts = "".join(f"<tr><td>{c}</td><td>{len(s)}</td><td>{len(f)}</td><td>{n}</td></tr>"
                     for c, _, n, s, f in HANGZHOU)
    items = "".join(f"<tr><td>{t}</td><td>{p}</td><td>{u}</td><td>{s}</td></tr>" for t, p, u, s, _, _ in HANGZHOU_ITEMS)
    page1 = (
        "<h1>杭州市2024年度外事工作总结</h1><p>杭州市人民政府外事办公室　2025年1月</p>"
        "<h2>一、总体情况</h2>"
        f"<p>截至2024年12月底，我市共与{_countries(sisters + friends)}个国家的{len(sisters + friends)}个城市建立友好关系，"
        f"其中友好城市{len(sisters)}个、友好交流城市{len(friends)}个。全年共接待外国代表团112批次，派出因公出访团组"
        "46批次。</p>"
        "<h2>二、国际友城分布</h2>" + "".join(blocks)
        + "<p>分布情况统计如下：</p><table><tr><th>大洲</th><th>友好城市</th><th>友好交流城市</th><th>合计</th></tr>"
        f"{counts}</table>")
    page2 = (
        "<h2>三、2024年主要外事活动</h2>"
        "<p>（一）3月18日至21日，日本岐阜市市长率代表团访问我市，出席两市结好45周年纪念活动。</p>"
        "<p>（二）6月3日至5日，市政府代表团访问德国德累斯顿市，签署数字医疗合作备忘录；6月6日至7日转赴意大利比萨市，"
        "考察历史文化遗产保护工作。</p>"
        "<p>（三）10月9日，美国波士顿市副市长一行来杭，就大学生实习交流等事宜进行会谈。</p>"
        "<p>（四）11月5日，市领导会见法国驻上海总领事，双方就深化杭州与尼斯的合作交换意见。</p>"
        "<h2>四、重点合作项目进展</h2>"
        f"<table><tr><th>项目</th><th>合作城市</th><th>牵头单位</th><th>进展情况</th></tr>{items}</table>"
        "<h2>五、2025年工作打算</h2><p>继续优化友城布局，重点拓展共建“一带一路”国家友城资源。</p>")
    html = pages_html("zh-CN", [page1, page2], "杭州市人民政府外事办公室", "2024年度工作总结 · 第{page}页")
    regions = [(c, r, n, [x for *_, x in s + f]) for c, r, n, s, f in HANGZHOU]
    gold = Gold(
        partnerships=[partner(w, c, "sister") for *_, s, _ in HANGZHOU for _, w, c in s]
        + [partner(w, c, "friendship") for *_, f in HANGZHOU for _, w, c in f],
        engagements=[engagement("incoming", ["Gifu"], "Hangzhou", "2024-03-18", "2024-03-21"),
                     engagement("outgoing", ["Hangzhou"], "Dresden", "2024-06-03", "2024-06-05"),
                     engagement("outgoing", ["Hangzhou"], "Pisa", "2024-06-06", "2024-06-07"),
                     engagement("incoming", ["Boston"], "Hangzhou", "2024-10-09"),
                     engagement("meeting", ["FR"], "Hangzhou", "2024-11-05")],
        cooperation=[coop(t, st, ["Hangzhou", p]) for t, _, _, _, st, p in HANGZHOU_ITEMS],
        claims=[claim(f"{_countries(sisters + friends)}个国家的{len(sisters + friends)}个城市",
                      len(sisters + friends), _countries(sisters + friends), "all", "consistent"),
                claim(f"友好城市{len(sisters)}个", len(sisters), None, "sister", "consistent"),
                claim(f"友好交流城市{len(friends)}个", len(friends), None, "friendship", "consistent")]
        + [claim(f"{c} 合计{n}", n, None, f"region:{r}", "consistent" if n == len(cs) else "inconsistent")
           for c, r, n, cs in regions],
    )
    return print_pdf(html), gold


# --------------------------------------------------------------------------- 58 Grenoble council deliberation (fr)

GRENOBLE_TWINS = [("Catane", "Italie", "12 mars 1961", "Catania"),
                  ("Innsbruck", "Autriche", "8 juillet 1963", "Innsbruck"),
                  ("Essen", "Allemagne", "24 mai 1976", "Essen"),
                  ("Halle-sur-Saale", "Allemagne", "24 mai 1976", "Halle (Saale)"),
                  ("Rehovot", "Israël", "21 novembre 1977", "Rehovot"),
                  ("Oxford", "Royaume-Uni", "2 avril 1979", "Oxford"),
                  ("Phoenix", "États-Unis", "17 décembre 1990", "Phoenix"),
                  ("Kaunas", "Lituanie", "30 juin 1997", "Kaunas"),
                  ("Suzhou", "Chine", "9 mars 1998", "Suzhou"), ("Sfax", "Tunisie", "9 mars 1998", "Sfax"),
                  ("Corato", "Italie", "14 octobre 2002", "Corato")]
GRENOBLE_COOP = [("Ouagadougou", "Burkina Faso", "Ouagadougou"), ("Constantine", "Algérie", "Constantine"),
                 ("Oujda", "Maroc", "Oujda"), ("Bethléem", "Palestine", "Bethlehem"),
                 ("Chisinau", "Moldavie", "Chișinău"),
                 ("Sevan", "Arménie", "Sevan")]
GRENOBLE_ACTIONS = [
    ("Échanges de doctorants en micro et nanotechnologies", "Tsukuba", "Université Grenoble Alpes", "rentrée 2025",
     "validé par les deux parties", "agreed", "Tsukuba"),
    ("Réseau des fablabs", "Tsukuba", "Direction de l'économie", "2026", "proposition japonaise, à l'étude", "proposed",
     "Tsukuba"),
    ("Plan chaleur urbaine partagé", "Phoenix", "Direction de l'environnement", "juin 2025", "en cours", "in_progress",
     "Phoenix"),
    ("Chantier international de jeunes", "Sevan", "Maison des jeunes Teisseire", "juillet 2024", "réalisé", "completed",
     "Sevan"),
    ("Formation des agents de la régie des eaux", "Ouagadougou", "Eaux de Grenoble Alpes", "—",
     "suspendue (contexte sécuritaire)", "stalled", "Ouagadougou"),
    ("Festival des musiques alpines", "Innsbruck", "Direction de la culture", "—", "abandonné", "dropped", "Innsbruck")]


@document("58_grenoble_deliberation_pacte_amitie_fr.docx", split="dev", home="Grenoble", language="fr",
          features=["docx", "French", "conseil municipal deliberation (Vu / Considérant / DÉCIDE / Article n)",
                    "one 'Vu la délibération du … approuvant le jumelage avec …' line per twin: dates that are "
                    "signings, not visits", "exonyms (Catane, Halle-sur-Saale, Bethléem, Moldavie)",
                    "the new tie (pacte d'amitié = friendship) approved in Article 1",
                    "'du 13 au 17 mai 2024', 'du 14 au 16 octobre 2024'", "headline in words (onze … neuf pays)",
                    "annex table with pilot, deadline and state (all six states)"])
def grenoble_docx():
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = new_docx()
    for text in ["VILLE DE GRENOBLE", "CONSEIL MUNICIPAL — SÉANCE DU 16 DÉCEMBRE 2024"]:
        doc.add_paragraph().add_run(text).bold = True
    doc.add_paragraph("Délibération n° 2024-DEL-0457")
    doc.add_paragraph("Objet : Relations internationales — Pacte d'amitié entre la Ville de Grenoble et la Ville de "
                      "Tsukuba (Japon)")
    doc.add_paragraph("Rapporteure : Mme l'adjointe aux relations internationales et à la coopération décentralisée")
    doc.add_paragraph("Le Conseil municipal,")
    doc.add_paragraph("Vu le code général des collectivités territoriales, et notamment son article L. 1115-1 ;")
    for city, country, date, _ in GRENOBLE_TWINS:
        de = "d'" if city[0] in "AEIOU" else "de "
        doc.add_paragraph(f"Vu la délibération du {date} approuvant le jumelage avec la ville {de}{city} ({country}) ;")
    twins = [c for *_, c in GRENOBLE_TWINS]
    words = {11: "onze", 9: "neuf"}
    n_twins, n_countries = words[len(twins)], words[_countries(twins)]
    coop_list = ", ".join(f"{c} ({n})" for c, n, _ in GRENOBLE_COOP[:-1])
    for text in [
        f"Considérant que la Ville entretient aujourd'hui {n_twins} jumelages avec des villes de {n_countries} pays ;",
        f"Considérant qu'elle a également conclu des accords de coopération décentralisée avec {coop_list} et "
        f"{GRENOBLE_COOP[-1][0]} ({GRENOBLE_COOP[-1][1]}) ;",
        "Considérant la mission conduite à Tsukuba par l'adjointe aux relations internationales du 13 au 17 mai 2024, "
        "avec l'université et les acteurs de la recherche ;",
        "Considérant la visite à Grenoble d'une délégation de la Ville de Tsukuba conduite par son maire, du 14 au "
        "16 octobre 2024, au cours de laquelle les deux villes ont arrêté le texte du pacte ;",
        "Après en avoir délibéré,"]:
        doc.add_paragraph(text)
    p = doc.add_paragraph()
    p.add_run("DÉCIDE :").bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for text in ["Article 1 — D'approuver le pacte d'amitié entre la Ville de Grenoble et la Ville de Tsukuba (Japon), "
                 "annexé à la présente délibération.",
                 "Article 2 — D'autoriser Monsieur le Maire à signer ce pacte ainsi que tout document afférent.",
                 "Article 3 — D'imputer la dépense, estimée à 18 000 €, au budget 2025 de la direction des relations "
                 "internationales."]:
        doc.add_paragraph(text)
    doc.add_paragraph("Adopté à l'unanimité. Le Maire, Le secrétaire de séance.")
    doc.add_page_break()
    doc.add_heading("Annexe 2 — État d'avancement des actions de coopération", 2)
    docx_table(doc, [["Action", "Ville partenaire", "Pilote", "Échéance", "État"]]
               + [[a, v, pi, e, s] for a, v, pi, e, s, _, _ in GRENOBLE_ACTIONS])
    gold = Gold(
        partnerships=[partner(c, canon, "sister") for c, _, _, canon in GRENOBLE_TWINS]
        + [partner(c, canon, "partner") for c, _, canon in GRENOBLE_COOP]
        + [partner("Tsukuba", "Tsukuba", "friendship")],
        engagements=[engagement("outgoing", ["Grenoble"], "Tsukuba", "2024-05-13", "2024-05-17"),
                     engagement("incoming", ["Tsukuba"], "Grenoble", "2024-10-14", "2024-10-16")],
        cooperation=[coop(a, st, ["Grenoble", p]) for a, _, _, _, _, st, p in GRENOBLE_ACTIONS],
        claims=[claim(f"{n_twins} jumelages avec des villes de {n_countries} pays", len(twins), _countries(twins),
                      "sister", "consistent")],
    )
    return docx_bytes(doc, "Deliberation 2024-DEL-0457"), gold


# --------------------------------------------------------------------------- 59 Nuremberg e-mail thread (de) + PDF

NUERNBERG_TWINS = [("Nizza", "Frankreich", "1954", "Nice"), ("Krakau", "Polen", "1979", "Kraków"),
                   ("Skopje", "Nordmazedonien", "1982", "Skopje"), ("Glasgow", "Schottland", "1985", "Glasgow"),
                   ("Charkiw", "Ukraine", "1990", "Kharkiv"), ("Prag", "Tschechien", "1990", "Prague"),
                   ("Córdoba", "Spanien", "1994", "Córdoba (ES)"), ("Antalya", "Türkei", "1997", "Antalya"),
                   ("Shenzhen", "China", "1997", "Shenzhen"), ("Atlanta", "USA", "1998", "Atlanta"),
                   ("Kavala", "Griechenland", "1999", "Kavala"), ("Venedig", "Italien", "1999", "Venice")]
NUERNBERG_FRIENDS = [("Hadera", "Israel", "Hadera"), ("Brasov", "Rumänien", "Brașov"),
                     ("San Carlos", "Nicaragua", "San Carlos (NI)")]
NUERNBERG_ITEMS = [("Wiederaufbau der Schule Nr. 7 in Charkiw", "läuft, zweiter Bauabschnitt seit Januar",
                    "in_progress", "Kharkiv"),
                   ("Klimapartnerschaft mit Antalya", "im November vereinbart", "agreed", "Antalya"),
                   ("Jugendorchester-Austausch mit Krakau", "abgeschlossen", "completed", "Kraków"),
                   ("Beratung zur Straßenbahn in Skopje", "ruht derzeit", "stalled", "Skopje"),
                   ("Weihnachtsmarkt-Kooperation mit Shenzhen", "von Shenzhen vorgeschlagen, noch keine Entscheidung",
                    "proposed", "Shenzhen")]


def nuernberg_press_pdf() -> bytes:
    words = {12: "zwölf"}
    twins = [c for *_, c in NUERNBERG_TWINS]
    lines = [(50, 800, 9, "Stadt Nürnberg - Presse- und Informationsamt - ENTWURF, Stand 05.02.2025"),
             (50, 760, 16, "Partnerschaftsjahr 2025: Nürnberg feiert seine Partnerstädte"),
             (50, 730, 11, f"Nürnberg pflegt Städtepartnerschaften mit {words[len(twins)]} Städten in "
                           f"{words[_countries(twins)]} Ländern. Im"),
             (50, 715, 11, "Partnerschaftsjahr 2025 stellen sich alle Partnerstädte mit Veranstaltungen in der "
                           "Innenstadt vor."),
             (50, 690, 12, "Die Partnerstädte im Überblick (seit):")]
    y = 670
    for i, (city, country, year, _) in enumerate(NUERNBERG_TWINS):
        x = 62 if i < 6 else 310  # two columns
        lines.append((x, y - 16 * (i % 6), 11, f"{city} ({country}) - {year}"))
    y -= 16 * 6 + 14
    friends = ", ".join(f"{c} ({n})" for c, n, _ in NUERNBERG_FRIENDS[:-1])
    lines += [(50, y, 11, f"Städtefreundschaften bestehen außerdem mit {friends}"),
              (50, y - 15, 11, f"und {NUERNBERG_FRIENDS[-1][0]} ({NUERNBERG_FRIENDS[-1][1]})."),
              (50, y - 45, 11, "Pressekontakt: Presse- und Informationsamt, Hauptmarkt 18, 90403 Nürnberg"),
              (50, 40, 9, "Seite 1 von 1")]
    return minimal_pdf([lines])


@document("59_nuernberg_pm_partnerstaedte_thread_de.eml", split="dev", home="Nuremberg", language="de",
          encoding="iso-8859-15",
          features=["eml", "German", "ISO-8859-15, quoted-printable", "a reply above a quoted earlier message "
                    "('Am … schrieb …:' and '>' lines)", "hand-written PDF attachment (press release draft) with "
                    "the partner list in two columns", "German exonyms (Nizza, Krakau, Charkiw, "
                    "Prag, Venedig)", "'von Montag, 24., bis Mittwoch, 26. März' and 'vom 15. bis 18. Mai' "
                    "(year from Date:)", "'am 12.09.2024'", "Städtefreundschaften = friendship",
                    "project states in a dash list", "headline in words"])
def nuernberg_email():
    msg = EmailMessage()
    msg["From"] = "Timo Yilmaz <internationales@stadt.nuernberg.example>"
    msg["To"] = "Sabine Albrecht <presse@stadt.nuernberg.example>"
    msg["Subject"] = "AW: PM Partnerschaftsjahr 2025 - Termine und Stand der Projekte"
    msg["Date"] = "Wed, 05 Feb 2025 11:20:00 +0100"
    msg["Message-ID"] = "<corpus-59@stadt.nuernberg.example>"
    msg["In-Reply-To"] = "<corpus-59-prev@stadt.nuernberg.example>"
    items = "\n".join(f"- {t}: {s}." for t, s, _, _ in NUERNBERG_ITEMS)
    msg.set_content(
        "Hallo Frau Albrecht,\n\n"
        "hier die Termine, die Sie noch brauchen:\n\n"
        "- Die Delegation aus Charkiw ist von Montag, 24., bis Mittwoch, 26. März in Nürnberg (Empfang im\n"
        "  Rathaus am 24.).\n"
        "- Die Reise des Oberbürgermeisters nach Kavala ist vom 15. bis 18. Mai angesetzt.\n"
        "- Der Besuch der Bürgermeisterin von Atlanta war am 12.09.2024, nicht im Oktober.\n\n"
        "Zum Stand der Projekte (bitte so übernehmen):\n"
        f"{items}\n\n"
        "Den überarbeiteten Entwurf der PM habe ich als PDF angehängt. Die Liste der Partnerstädte ist jetzt\n"
        "vollständig (Venedig fehlte). Die Kosten für das Partnerschaftsfest liegen bei ca. 40.000 €.\n\n"
        "Viele Grüße\nTimo Yilmaz\nStadt Nürnberg - Amt für Internationale Beziehungen\n\n"
        "Am 04.02.2025 um 16:22 schrieb Sabine Albrecht:\n"
        "> Hallo Herr Yilmaz,\n>\n"
        "> für die Pressemitteilung zum Partnerschaftsjahr brauche ich noch die genauen\n"
        "> Termine: Wann kommt die Delegation aus Charkiw, und stimmt es, dass der OB im\n"
        "> Mai nach Kavala fährt? Atlanta war doch im Oktober, oder?\n>\n"
        "> Und wie ist der Stand bei den Projekten mit Charkiw, Antalya, Krakau, Skopje\n"
        "> und Shenzhen?\n>\n"
        "> Danke und Gruß\n> Sabine Albrecht\n> Presse- und Informationsamt\n",
        charset="iso-8859-15", cte="quoted-printable")
    msg.add_attachment(nuernberg_press_pdf(), maintype="application", subtype="pdf",
                       filename="PM_Partnerschaftsjahr_2025_Entwurf.pdf")
    twins = [c for *_, c in NUERNBERG_TWINS]
    gold = Gold(
        partnerships=[partner(c, canon, "sister") for c, _, _, canon in NUERNBERG_TWINS]
        + [partner(c, canon, "friendship") for c, _, canon in NUERNBERG_FRIENDS],
        engagements=[engagement("incoming", ["Kharkiv"], "Nuremberg", "2025-03-24", "2025-03-26"),
                     engagement("outgoing", ["Nuremberg"], "Kavala", "2025-05-15", "2025-05-18"),
                     engagement("incoming", ["Atlanta"], "Nuremberg", "2024-09-12")],
        cooperation=[coop(t, st, ["Nuremberg", p]) for t, _, st, p in NUERNBERG_ITEMS],
        claims=[claim("zwölf Städten in zwölf Ländern", len(twins), _countries(twins), "sister", "consistent")],
    )
    return eml_bytes(msg), gold


# --------------------------------------------------------------------------- 60 Poznań web page (pl)

POZNAN = [  # (as written, dd text, canonical, kind)
    ("Assen", "Holandia · miasto partnerskie od 1994 r.", "Assen", "sister"),
    ("Brno", "Czechy · miasto partnerskie od 1966 r.", "Brno", "sister"),
    ("Charków", "Ukraina · miasto partnerskie od 1998 r.", "Kharkiv", "sister"),
    ("Győr", "Węgry · miasto partnerskie od 2008 r.", "Győr", "sister"),
    ("Hanower", "Niemcy · miasto partnerskie od 1979 r.", "Hanover", "sister"),
    ("Jyväskylä", "Finlandia · miasto partnerskie od 1977 r.", "Jyväskylä", "sister"),
    ("Nottinghamshire", "hrabstwo, Wielka Brytania · partnerstwo od 1995 r.", "Nottinghamshire", "sister"),
    ("Pozuelo de Alarcón", "Hiszpania · miasto partnerskie od 2000 r.", "Pozuelo de Alarcón", "sister"),
    ("Ra'anana", "Izrael · miasto partnerskie od 2005 r.", "Ra'anana", "sister"),
    ("Rennes", "Francja · miasto partnerskie od 1998 r.", "Rennes", "sister"),
    ("Shenzhen", "Chiny · miasto partnerskie od 1993 r.", "Shenzhen", "sister"),
    ("Toledo", "Ohio, USA · miasto partnerskie od 1990 r.", "Toledo (US)", "sister"),
    ("Kutaisi", "Gruzja · porozumienie o współpracy z 2010 r.", "Kutaisi", "partner"),
    ("Nablus", "Palestyna · porozumienie o współpracy z 2012 r.", "Nablus", "partner"),
]
POZNAN_ITEMS = [("Wymiana młodzieży z Rennes", "zakończony", "completed", "Rennes"),
                ("Pomoc dla szpitali w Charkowie", "w realizacji", "in_progress", "Kharkiv"),
                ("Wspólna strategia rowerowa z Assen", "uzgodniony", "agreed", "Assen"),
                ("Festiwal jazzowy Poznań–Brno", "zawieszony", "stalled", "Brno"),
                ("Program staży w Shenzhen", "zaproponowany przez stronę chińską", "proposed", "Shenzhen")]


@document("60_poznan_miasta_partnerskie_pl.html", split="dev", home="Poznań", language="pl",
          features=["html", "Polish", "definition list (dt = city, dd = country · kind · year)",
                    "Polish exonyms and inflected forms (Charków / w Charkowie, Hanower / Hanoweru, z Nablusem)",
                    "a county as a partner (Nottinghamshire)", "'miasto partnerskie' = sister, 'porozumienie o "
                    "współpracy' = partner", "'W dniach 6–8 maja 2024 r.', '22 listopada 2023 r.'",
                    "news items with publication dates", "mega-menu, sidebar and footer naming other places",
                    "status list in Polish", "headline claim"])
def poznan_html():
    dl = "\n".join(f"<dt>{w}</dt><dd>{d}</dd>" for w, d, _, _ in POZNAN)
    sisters = [c for _, _, c, k in POZNAN if k == "sister"]
    items = "".join(f"<li>{t} – <em>{s}</em></li>" for t, s, _, _ in POZNAN_ITEMS)
    main = (
        '<nav class="breadcrumb">Poznan.pl › Miasto › Współpraca międzynarodowa › Miasta partnerskie</nav>'
        "<h1>Miasta partnerskie Poznania</h1>"
        f"<p class=\"lead\">Poznań współpracuje z {len(sisters)} miastami partnerskimi z {_countries(sisters)} krajów. "
        "Miasto podpisało także porozumienia o współpracy z Kutaisi i z Nablusem.</p>"
        f'<dl class="partners">\n{dl}\n</dl>'
        '<section class="news"><h2>Aktualności</h2>'
        '<article><p class="date">Opublikowano: 14.05.2024</p><h3>Delegacja z Hanoweru w Poznaniu</h3>'
        "<p>W dniach 6–8 maja 2024 r. Poznań gościł delegację Hanoweru z nadburmistrzem na czele. Goście odwiedzili "
        "Międzynarodowe Targi Poznańskie i Politechnikę.</p></article>"
        '<article><p class="date">Opublikowano: 27.11.2023</p><h3>Prezydent Poznania w Kutaisi</h3>'
        "<p>22 listopada 2023 r. prezydent Poznania odwiedził Kutaisi, gdzie rozmawiano o pomocy w rozwoju "
        "transportu publicznego.</p></article></section>"
        f"<section><h2>Stan projektów</h2><ul>{items}</ul></section>")
    nav = ("<a href='/'>Poznan.pl</a> <ul class='mega'><li>Dzielnice: Jeżyce, Grunwald, Wilda, Nowe Miasto</li>"
           "<li>Dojazd z Berlina i Warszawy</li><li>Lotnisko Poznań-Ławica</li></ul> <a href='/kultura'>Kultura</a> "
           "<a href='/biznes'>Biznes</a> <a href='/urzad'>Urząd Miasta</a>")
    aside = ("<h3>Polecamy</h3><ul><li>Weekend w Gnieźnie i Kórniku</li><li>Nowe połączenie kolejowe do Wrocławia"
             "</li><li>Jarmark w Lipsku – wyjazd autokarowy</li></ul>")
    footer = "© Urząd Miasta Poznania · pl. Kolegiacki 17, 61-841 Poznań · Deklaracja dostępności · RODO"
    gold = Gold(
        partnerships=[partner(w, c, k) for w, _, c, k in POZNAN],
        engagements=[engagement("incoming", ["Hanover"], "Poznań", "2024-05-06", "2024-05-08"),
                     engagement("outgoing", ["Poznań"], "Kutaisi", "2023-11-22")],
        cooperation=[coop(t, st, ["Poznań", p]) for t, _, st, p in POZNAN_ITEMS],
        claims=[claim(f"{len(sisters)} miastami partnerskimi z {_countries(sisters)} krajów", len(sisters),
                      _countries(sisters), "sister", "consistent")],
    )
    return html_page("pl", "Miasta partnerskie – Poznan.pl", nav, main, aside, footer), gold


# --------------------------------------------------------------------------- 61 Denver annual report (en, Markdown)

DENVER = [("Brest", "France", "1956", "Brest (FR)"), ("Takayama", "Japan", "1960", "Takayama"),
          ("Nairobi", "Kenya", "1975", "Nairobi"), ("Cuernavaca", "Mexico", "1983", "Cuernavaca"),
          ("Chennai", "India", "1984", "Chennai"), ("Karmiel", "Israel", "1986", "Karmiel"),
          ("Kunming", "China", "1986", "Kunming"), ("Axum", "Ethiopia", "1995", "Axum"),
          ("Potsdam", "Germany", "1997", "Potsdam"), ("Ulaanbaatar", "Mongolia", "2001", "Ulaanbaatar")]
DENVER_ITEMS = [("Water reuse knowledge exchange", "Chennai", "Denver Water / C. Ortiz", "MoU draft, Mar 2025",
                 "Proposed by Chennai", "proposed"),
                ("Cuernavaca artist residency", "Cuernavaca", "Arts & Venues / L. Pham", "2nd cohort, Jun 2025",
                 "On track", "in_progress"),
                ("Climate action pairing", "Potsdam", "Office of Climate Action / J. Weber", "kickoff Q1 2025",
                 "Agreed", "agreed"),
                ("Takayama youth exchange 2024", "Takayama", "DSCI youth committee", "—", "Done", "completed"),
                ("Kunming trade desk", "Kunming", "Economic Development / R. Chen", "review Sept 2025", "Paused",
                 "stalled"),
                ("Axum library project", "Axum", "DSCI Axum committee", "—", "Discontinued", "dropped")]


@document("61_denver_sister_cities_annual_report.md", split="dev", home="Denver", language="en",
          features=["markdown", "Sister Cities International annual report", "'At a glance' bullets with per-kind "
                    "counts and distracting numbers (volunteers, exchanges)", "numbered table of sister cities",
                    "friendship city inline in a bullet", "'Jul 8–14, 2024', 'Sept. 16–18' and 'Sept. 19–20' (year "
                    "from the section heading), 'Oct. 3, 2024'", "status table with owners and next milestones "
                    "(all six states)", "a need"])
def denver_md():
    canons = [c for *_, c in DENVER]
    rows = "\n".join(f"| {i} | {w} | {n} | {y} |" for i, (w, n, y, _) in enumerate(DENVER, 1))
    items = "\n".join(f"| {t} | {p} | {o} | {m} | {s} |" for t, p, o, m, s, _ in DENVER_ITEMS)
    text = (
        "# Denver Sister Cities International — 2024 Annual Report\n\n"
        "_Prepared for the Mayor's Office of International Affairs · January 2025_\n\n"
        "## At a glance\n\n"
        f"- **{len(canons)} sister cities** in {_countries(canons)} countries on five continents\n"
        "- **1 friendship city**: Akureyri, Iceland (since 2019)\n"
        "- **7** active youth and school exchanges\n"
        "- **312** volunteers on 11 city committees\n\n"
        "## Our sister cities\n\n"
        "| # | Sister city | Country | Since |\n|---|---|---|---|\n"
        f"{rows}\n\n"
        "## Delegations in 2024\n\n"
        "- **Jul 8–14, 2024** — Takayama youth delegation (16 students) hosted by Denver families.\n"
        "- **Sept. 16–18** — the Mayor's delegation in Potsdam for the Brandenburg climate forum.\n"
        "- **Sept. 19–20** — the same delegation in Brest, for the maritime innovation days.\n"
        "- **Oct. 3, 2024** — the Governor of Nairobi City County visited Denver's Regional Transportation "
        "District.\n\n"
        "During that visit, Nairobi's planners asked to learn from Denver's experience with bus rapid transit.\n\n"
        "## Program status (as of Dec. 31, 2024)\n\n"
        "| Program | Partner | Owner | Next milestone | Status |\n|---|---|---|---|---|\n"
        f"{items}\n\n"
        "---\nDenver Sister Cities International is a member of Sister Cities International (Washington, D.C.).\n")
    gold = Gold(
        partnerships=[partner(w, c, "sister", i) for i, (w, _, _, c) in enumerate(DENVER, 1)]
        + [partner("Akureyri", "Akureyri", "friendship")],
        engagements=[engagement("incoming", ["Takayama"], "Denver", "2024-07-08", "2024-07-14"),
                     engagement("outgoing", ["Denver"], "Potsdam", "2024-09-16", "2024-09-18"),
                     engagement("outgoing", ["Denver"], "Brest (FR)", "2024-09-19", "2024-09-20"),
                     engagement("incoming", ["Nairobi"], "Denver", "2024-10-03")],
        cooperation=[coop(t, st, ["Denver", next(c for w, _, _, c in DENVER if w == p)])
                     for t, p, _, _, _, st in DENVER_ITEMS],
        claims=[claim(f"{len(canons)} sister cities in {_countries(canons)} countries", len(canons),
                      _countries(canons), "sister", "consistent"),
                claim("1 friendship city", 1, None, "friendship", "consistent")],
        needs=[need("Nairobi", "bus rapid transit", "Denver")],
    )
    return text.encode("utf-8"), gold


# --------------------------------------------------------------------------- 62 Niigata committee report (ja, cp932)

NIIGATA = [("（１）姉妹都市", [("ガルベストン市", "アメリカ合衆国テキサス州", "昭和４０年", "Galveston"),
                             ("ハバロフスク市", "ロシア連邦", "昭和４０年", "Khabarovsk"),
                             ("ウラジオストク市", "ロシア連邦", "平成３年", "Vladivostok")], "sister"),
           ("（２）友好都市", [("ハルビン市", "中華人民共和国黒竜江省", "昭和５４年", "Harbin")], "friendship"),
           ("（３）パートナー都市", [("ビロビジャン市", "ロシア連邦", "平成４年", "Birobidzhan"),
                                 ("ナント市", "フランス共和国", "平成２１年", "Nantes"),
                                 ("キングストン・アポン・ハル市", "英国", "平成２６年", "Kingston upon Hull")], "partner")]
NIIGATA_ITEMS = [("青少年ホームステイ派遣（ガルベストン市）", "実施済み", "completed", "Galveston"),
                 ("氷雪芸術の相互出展（ハルビン市）", "継続協議中", "in_progress", "Harbin"),
                 ("日本海横断航路の再開（ウラジオストク市）", "当面休止", "stalled", "Vladivostok"),
                 ("港湾技術研修の受入れ（キングストン・アポン・ハル市）", "受入れで合意", "agreed", "Kingston upon Hull"),
                 ("食文化交流事業（ナント市）", "先方から提案あり・検討中", "proposed", "Nantes")]


@document("62_niigata_kokusai_koryu_hokoku_cp932.txt", split="dev", home="Niigata", language="ja", encoding="cp932",
          features=["txt", "Japanese", "cp932 (circled numbers ①–④ and the full-width tilde, not in plain "
                    "Shift_JIS)", "committee report with full-width digits and （１）… sub-headings per kind",
                    "パートナー都市 = partner", "dates under a fiscal-year heading (令和６年度) without a year, and "
                    "令和７年２月 (month only)", "meeting with a consul general", "items with → states",
                    "inconsistent headline (８都市 for seven)"])
def niigata_txt():
    lines = ["令和６年１２月１０日", "総務常任委員会　報告資料", "観光・国際交流部　国際課", "",
             "　　　　国際交流の状況について（報告）", "", "１　姉妹都市・友好都市等の状況",
             "　本市は現在、５か国８都市と姉妹都市・友好都市・パートナー都市の関係にある。"]
    for heading, cities, _ in NIIGATA:
        lines.append(heading)
        lines += [f"　　{c}（{n}）　{y}提携" for c, n, y, _ in cities]
    lines += ["", "２　令和６年度の主な交流実績", "　①ハルビン市政府代表団の来訪（５月２０日～２２日）",
              "　　　市長表敬、新潟西港・万代島地区の視察", "　②市長のガルベストン市訪問（８月２６日～２９日）",
              "　　　姉妹都市提携記念式典に出席", "　③在新潟中華人民共和国総領事の表敬訪問（１０月３日）",
              "　④ナント市食文化交流団の来訪（令和７年２月予定）", "", "３　交流事業の進捗状況"]
    lines += [f"　・{t}　→　{s}" for t, s, _, _ in NIIGATA_ITEMS]
    lines += ["", "　　　　　　　　　　　　　　　　　　　　　　　　　以上", ""]
    canons = [c for _, cities, _ in NIIGATA for *_, c in cities]
    assert (_countries(canons), len(canons)) == (5, 7)
    gold = Gold(
        partnerships=[partner(c, canon, kind) for _, cities, kind in NIIGATA for c, _, _, canon in cities],
        engagements=[engagement("incoming", ["Harbin"], "Niigata", "2024-05-20", "2024-05-22"),
                     engagement("outgoing", ["Niigata"], "Galveston", "2024-08-26", "2024-08-29"),
                     engagement("meeting", ["CN"], "Niigata", "2024-10-03"),
                     engagement("incoming", ["Nantes"], "Niigata", "2025-02")],
        cooperation=[coop(t.split("（")[0], st, ["Niigata", p]) for t, _, st, p in NIIGATA_ITEMS],
        claims=[claim("５か国８都市", 8, 5, "all", "inconsistent")],
    )
    return ("\r\n".join(lines)).encode("cp932"), gold


# --------------------------------------------------------------------------- 63 Cádiz press release (es, hand-written)

CADIZ_ABROAD = [("Buenos Aires", "Argentina", "Buenos Aires"), ("Santos", "Brasil", "Santos"),
                ("La Habana", "Cuba", "Havana"), ("Veracruz", "México", "Veracruz"),
                ("Montevideo", "Uruguay", "Montevideo"), ("Quito", "Ecuador", "Quito"),
                ("San Juan", "Puerto Rico", "San Juan (PR)"), ("Cartagena de Indias", "Colombia", "Cartagena (CO)"),
                ("Brest", "Francia", "Brest (FR)"), ("Tánger", "Marruecos", "Tangier")]
CADIZ_SPAIN = ["A Coruña", "Santa Cruz de Tenerife", "Huelva", "Móstoles", "Torrevieja"]
CADIZ_ITEMS = [("restauración conjunta de fachadas del casco histórico", "agreed"),
               ("programa de becas para estudiantes de la Universidad de Cádiz", "in_progress"),
               ("ruta del Carnaval entre las dos ciudades", "proposed"),
               ("intercambio de bandas de música", "stalled")]


@document("63_cadiz_nota_prensa_hermanamientos_es.pdf", split="dev", home="Cádiz", language="es", handwritten=True,
          features=["pdf (hand-written, Helvetica)", "Spanish", "press release (nota de prensa) with a dateline",
                    "body lines wrapped by hand: a name broken across two lines (A / Coruña)",
                    "cooperation items and their states only in running prose",
                    "'del 11 al 13 de marzo' (year from the dateline), 'en la primera quincena de junio'",
                    "domestic twins (municipios españoles)", "noise: Plaza de San Juan de Dios",
                    "headline in words"])
def cadiz_pdf():
    abroad = ", ".join(f"{c} ({n})" for c, n, _ in CADIZ_ABROAD[:-1]) + f" y {CADIZ_ABROAD[-1][0]} " \
        f"({CADIZ_ABROAD[-1][1]})"
    spain = ", ".join(CADIZ_SPAIN[:-1]) + f" y {CADIZ_SPAIN[-1]}"
    canons = [c for *_, c in CADIZ_ABROAD] + CADIZ_SPAIN
    words = {15: "quince", 11: "once"}
    text = (
        "Una delegación de La Habana, encabezada por su vicegobernador, ha visitado Cádiz del 11 al 13 de marzo "
        "para renovar el hermanamiento que une a las dos ciudades desde 1985. El plan de trabajo firmado ayer "
        f"incluye la {CADIZ_ITEMS[0][0]}, ya acordada por ambas partes; un {CADIZ_ITEMS[1][0]}, que está en "
        f"marcha desde enero; y una {CADIZ_ITEMS[2][0]}, propuesta por La Habana y todavía en estudio. El "
        f"{CADIZ_ITEMS[3][0]}, en cambio, queda aplazado sin fecha por falta de presupuesto.|"
        "El alcalde viajará a Montevideo en la primera quincena de junio para participar en el encuentro de "
        "ciudades portuarias iberoamericanas.|"
        f"Con la renovación, Cádiz mantiene hermanamientos con {words[len(canons)]} ciudades de "
        f"{words[_countries(canons)]} países. En el extranjero: {abroad}. En España: {spain}.")
    width = 86
    lines, y = [], 700
    for para in text.split("|"):
        row = ""
        for word in para.split(" "):
            if len(row) + len(word) + 1 > width:
                lines.append((50, y, 11, row))
                y, row = y - 15, ""
            row = f"{row} {word}".strip()
        lines.append((50, y, 11, row))
        y -= 27
    page = [(50, 805, 9, "AYUNTAMIENTO DE CÁDIZ - Gabinete de Comunicación"), (50, 770, 15, "NOTA DE PRENSA"),
            (50, 748, 10, "Cádiz, 14 de marzo de 2024"),
            (50, 725, 13, "Cádiz y La Habana renuevan su hermanamiento con un plan de trabajo hasta 2026")]
    page += lines + [(50, y - 10, 9, "Más información: Gabinete de Prensa, Plaza de San Juan de Dios s/n, 11005 "
                                     "Cádiz - Tel. 956 241 000"), (50, 40, 9, "Página 1 de 1")]
    assert any(r.endswith(" A") for *_, r in lines), "the hand wrap breaks 'A / Coruña' across two lines"
    gold = Gold(
        partnerships=[partner(c, canon, "sister") for c, _, canon in CADIZ_ABROAD]
        + [partner(c, c, "sister") for c in CADIZ_SPAIN],
        engagements=[engagement("incoming", ["Havana"], "Cádiz", "2024-03-11", "2024-03-13"),
                     engagement("outgoing", ["Cádiz"], "Montevideo", "2024-06")],
        cooperation=[coop(t, st, ["Cádiz", "Havana"]) for t, st in CADIZ_ITEMS],
        claims=[claim(f"{words[len(canons)]} ciudades de {words[_countries(canons)]} países", len(canons),
                      _countries(canons), "sister", "consistent")],
    )
    return minimal_pdf([page]), gold


# --------------------------------------------------------------------------- 64 Gimhae exchange status (ko, HWP-style)

GIMHAE = [("자매도시", "중국", "장쑤성 우시시", "1999. 10. 21.", "", "Wuxi", "sister"),
          ("자매도시", "일본", "무나카타시", "1992. 9. 1.", "", "Munakata", "sister"),
          ("자매도시", "인도", "아요디아시", "2001. 3. 6.", "허왕후 인연", "Ayodhya", "sister"),
          ("자매도시", "베트남", "비엔호아시", "2005. 6. 10.", "", "Biên Hòa", "sister"),
          ("우호도시", "미국", "레이크우드시", "2004. 4. 28.", "캘리포니아주", "Lakewood (CA)", "friendship"),
          ("우호도시", "튀르키예", "초룸시", "2013. 11. 15.", "", "Çorum", "friendship"),
          ("우호도시", "미국", "세일럼시", "2016. 5. 2.", "오리건주", "Salem (OR)", "friendship")]
GIMHAE_ITEMS = [("청소년 문화교류 캠프", "무나카타시", "완료", "평생교육과", "completed", "Munakata"),
                ("가야-아요디아 공동 학술대회", "아요디아시", "추진 중", "가야사복원과", "in_progress", "Ayodhya"),
                ("농업기술 연수생 상호 파견", "비엔호아시", "합의(MOU 체결)", "농업정책과", "agreed", "Biên Hòa"),
                ("스마트팜 시범사업", "우시시", "보류", "미래농업과", "stalled", "Wuxi"),
                ("자매공원 조성", "레이크우드시", "상대도시 제안", "공원녹지과", "proposed", "Lakewood (CA)"),
                ("공무원 상호 파견 근무", "초룸시", "사업 폐지", "총무과", "dropped", "Çorum")]


@document("64_gimhae_gukje_gyoryu_hyeonhwang_ko.docx", split="dev", home="Gimhae", language="ko",
          features=["docx", "Korean", "HWP-style report: title in a one-cell table, □ sections and ○ lines",
                    "table with a 연번 (serial number) column and a 비고 column giving the US state "
                    "(레이크우드 = Lakewood, California, not the most populous Lakewood)", "자매도시 / 우호도시",
                    "dotted signing dates that are not visits", "'2024. 4. 23.～4. 25.(2박 3일)', '2024. 10. 7.～10. 9.'",
                    "meeting with an ambassador", "status table with owner departments (all six states)",
                    "headline claim in a section heading"])
def gimhae_docx():
    from docx.shared import Pt

    doc = new_docx()
    title = doc.add_table(rows=1, cols=1)
    title.style = "Table Grid"
    run = title.cell(0, 0).paragraphs[0].add_run("2024년 국제교류 추진 현황")
    run.bold, run.font.size = True, Pt(18)
    doc.add_paragraph("2024. 12.　　김해시 국제통상과")
    canons = [t[5] for t in GIMHAE]
    doc.add_paragraph(f"□ 자매·우호도시 현황 : {_countries(canons)}개국 {len(canons)}개 도시")
    docx_table(doc, [["연번", "구분", "국가", "도시명", "체결일", "비고"]]
               + [[str(i), k, n, c, d, r] for i, (k, n, c, d, r, _, _) in enumerate(GIMHAE, 1)])
    doc.add_paragraph("")
    doc.add_paragraph("□ 2024년 주요 교류 실적")
    for line in ["○ 중국 우시시 대표단 방문", "　- 기간 : 2024. 4. 23.～4. 25.(2박 3일)", "　- 방문단 : 우시시 부시장 등 "
                 "6명 / 가야테마파크, 김해국제공항 산업단지 시찰", "○ 시장 일본 무나카타시 방문", "　- 기간 : 2024. 10. 7.～10. 9.",
                 "　- 주요일정 : 자매결연 32주년 기념식 참석, 청소년 교류 협의", "○ 주한 인도대사 접견",
                 "　- 일시 : 2024. 6. 12.(수) 14:00, 시장실", "　- 내용 : 허왕후 기념공원 및 아요디아시 교류 협력 방안 논의"]:
        doc.add_paragraph(line)
    doc.add_paragraph("□ 교류사업 추진 상황")
    docx_table(doc, [["연번", "사업명", "대상도시", "추진상황", "담당부서"]]
               + [[str(i), t, c, s, d] for i, (t, c, s, d, _, _) in enumerate(GIMHAE_ITEMS, 1)])
    gold = Gold(
        partnerships=[partner(c.split(" ")[-1], canon, kind, i)
                      for i, (_, _, c, _, _, canon, kind) in enumerate(GIMHAE, 1)],
        engagements=[engagement("incoming", ["Wuxi"], "Gimhae", "2024-04-23", "2024-04-25"),
                     engagement("outgoing", ["Gimhae"], "Munakata", "2024-10-07", "2024-10-09"),
                     engagement("meeting", ["IN"], "Gimhae", "2024-06-12")],
        cooperation=[coop(t, st, ["Gimhae", p]) for t, _, _, _, st, p in GIMHAE_ITEMS],
        claims=[claim(f"{_countries(canons)}개국 {len(canons)}개 도시", len(canons), _countries(canons), "all",
                      "consistent")],
    )
    return docx_bytes(doc, "2024 international exchange status"), gold


# --------------------------------------------------------------------------- 65 Taoyuan deck (zh-Hant)

TAOYUAN = [  # (continent, sister [(country, city, canon)], friendship [...])
    ("美洲", [("美國", "爾灣市", "Irvine"), ("美國", "長堤市", "Long Beach"), ("美國", "加蘭市", "Garland"),
              ("美國", "肯納威克市", "Kennewick"), ("貝里斯", "橘園鎮", "Orange Walk")],
     [("美國", "德索托市", "DeSoto")]),
    ("亞洲", [("菲律賓", "安吉利斯市", "Angeles City"), ("日本", "加賀市", "Kaga")],
     [("日本", "成田市", "Narita"), ("日本", "筑波未來市", "Tsukubamirai"), ("印尼", "山口洋市", "Singkawang")]),
    ("歐洲及中東", [("以色列", "拉馬特甘市", "Ramat Gan")], [("波蘭", "拉東市", "Radom")]),
    ("大洋洲", [("澳洲", "羅根市", "Logan City")], []),
]
TAOYUAN_PROGRAMME = [("11月5日（二）", "14:00", "抵達桃園國際機場，市府接待", "桃園國際機場"),
                     ("", "18:30", "市長歡迎晚宴", "市府貴賓室"),
                     ("11月6日（三）", "09:30", "參訪桃園航空城計畫及物流園區", "大園區"),
                     ("", "14:00", "拜會桃園市議會", "市議會"),
                     ("11月7日（四）", "10:00", "參觀大溪老街，午後搭機返國", "大溪區")]
TAOYUAN_ITEMS = [("航空城產業交流論壇", "成田市", "已完成", "completed", "Narita"),
                 ("國際青少年棒球交流", "加賀市", "已簽署合作備忘錄", "agreed", "Kaga"),
                 ("智慧物流園區合作", "長堤市", "洽談中", "in_progress", "Long Beach"),
                 ("農產品通路合作", "安吉利斯市", "暫緩", "stalled", "Angeles City"),
                 ("電動巴士技術交流", "爾灣市", "對方提議", "proposed", "Irvine")]


@document("65_taoyuan_guoji_jiaoliu_jianbao_zh.pptx", split="dev", home="Taoyuan", language="zh",
          features=["pptx", "Traditional Chinese", "table by continent whose cells hold several 'country city' lines "
                    "(one paragraph each)", "姊妹市 = sister, 友好交流城市 = friendship", "day-by-day visit programme "
                    "table with the date only on the first row of each day and no year in the rows (year in the "
                    "deck's subtitle)", "'9/23–9/25' and '9/26–9/27' bullets", "status table",
                    "speaker notes giving place context", "headline and per-kind claims"])
def taoyuan_deck():
    prs = new_deck()
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "桃園市國際交流業務簡報"
    s.placeholders[1].text = "外交及僑務事務室　2024年12月"

    sisters = [c for _, s_, _ in TAOYUAN for *_, c in s_]
    friends = [c for *_, f in TAOYUAN for *_, c in f]
    s = titled_slide(prs, "姊妹市與友好交流城市")
    textbox(s.shapes, 0.6, 1.2, 12.0, 0.6, [f"本市已與{_countries(sisters)}國{len(sisters)}個城市締結姊妹市，並與"
                                           f"{len(friends)}個城市建立友好交流關係。"], size=16)
    slide_table(s, [["洲別", "姊妹市", "友好交流城市"]]
                + [[c, "\n".join(f"{n} {w}" for n, w, _ in s_) or "—", "\n".join(f"{n} {w}" for n, w, _ in f) or "—"]
                   for c, s_, f in TAOYUAN], 0.6, 1.9, 12.0, size=13)
    s.notes_slide.notes_text_frame.text = "羅根市位於澳洲昆士蘭州；橘園鎮為貝里斯北部城鎮。"

    s = titled_slide(prs, "日本成田市議會訪問團 訪桃行程")
    slide_table(s, [["日期", "時間", "行程", "地點"]] + [list(r) for r in TAOYUAN_PROGRAMME], 0.6, 1.5, 12.0, size=14)

    s = titled_slide(prs, "市長率團出訪美國姊妹市")
    textbox(s.shapes, 0.8, 1.6, 11.5, 3.0, [
        "• 9/23–9/25　爾灣市：出席締結姊妹市35週年慶祝活動",
        "• 9/26–9/27　長堤市：參訪長堤港及綠能港埠設施",
        "• 團員：市長、經發局長、海空港處長等8人"], size=18)

    s = titled_slide(prs, "合作項目推動情形")
    slide_table(s, [["項目", "合作城市", "狀態"]] + [[t, c, st] for t, c, st, _, _ in TAOYUAN_ITEMS], 0.6, 1.5, 12.0)
    gold = Gold(
        partnerships=[partner(w, c, "sister") for _, s_, _ in TAOYUAN for _, w, c in s_]
        + [partner(w, c, "friendship") for *_, f in TAOYUAN for _, w, c in f],
        engagements=[engagement("incoming", ["Narita"], "Taoyuan", "2024-11-05", "2024-11-07"),
                     engagement("outgoing", ["Taoyuan"], "Irvine", "2024-09-23", "2024-09-25"),
                     engagement("outgoing", ["Taoyuan"], "Long Beach", "2024-09-26", "2024-09-27")],
        cooperation=[coop(t, st, ["Taoyuan", p]) for t, _, _, st, p in TAOYUAN_ITEMS],
        claims=[claim(f"{_countries(sisters)}國{len(sisters)}個城市締結姊妹市", len(sisters), _countries(sisters),
                      "sister", "consistent"),
                claim(f"{len(friends)}個城市建立友好交流關係", len(friends), None, "friendship", "consistent")],
    )
    return deck_bytes(prs, "Taoyuan international exchange"), gold


# --------------------------------------------------------------------------- 66 Florence resolution (it, ISO-8859-15)

FIRENZE = [("gemellata con", "sister", [("Kassel", "Germania", "1952", "Kassel"), ("Reims", "Francia", "1954", "Reims"),
                                        ("Edimburgo", "Regno Unito", "1964", "Edinburgh"),
                                        ("Kyoto", "Giappone", "1965", "Kyoto"), ("Kiev", "Ucraina", "1967", "Kyiv"),
                                        ("Turku", "Finlandia", "1971", "Turku"),
                                        ("Dresda", "Germania", "1978", "Dresden"),
                                        ("Filadelfia", "Stati Uniti", "2006", "Philadelphia")]),
           ("ha sottoscritto patti di amicizia con", "friendship",
            [("Nanchino", "Cina", "1980", "Nanjing"), ("Budapest", "Ungheria", "2008", "Budapest"),
             ("Riga", "Lettonia", "2009", "Riga"), ("Valladolid", "Spagna", "2010", "Valladolid"),
             ("Salvador de Bahia", "Brasile", "2011", "Salvador"), ("Tirana", "Albania", "2014", "Tirana")]),
           ("ha stipulato accordi di cooperazione con", "partner",
            [("Betlemme", "Palestina", "1995", "Bethlehem"), ("Fès", "Marocco", "1999", "Fez"),
             ("Nazareth", "Israele", "2000", "Nazareth"), ("Puebla", "Messico", "2002", "Puebla"),
             ("Kuwait City", "Kuwait", "2005", "Kuwait City")])]
FIRENZE_ITEMS = [("Restauro condiviso degli archivi del Rinascimento", "Kyoto", "concluso", "completed", "Kyoto"),
                 ("Scambio di studenti delle accademie di belle arti", "Edimburgo", "approvato con lettera d'intenti",
                  "agreed", "Edinburgh"),
                 ("Mobilità sostenibile nei centri storici", "Reims", "in corso", "in_progress", "Reims"),
                 ("Ricostruzione del teatro di quartiere", "Kiev", "sospeso", "stalled", "Kyiv"),
                 ("Festival del Rinascimento", "Filadelfia", "proposto dalla Città di Filadelfia", "proposed",
                  "Philadelphia"),
                 ("Mercato dell'artigianato", "Fès", "annullato", "dropped", "Fez")]


@document("66_firenze_delibera_gemellaggi_latin9.txt", split="dev", home="Florence", language="it",
          encoding="iso-8859-15",
          features=["txt", "Italian", "ISO-8859-15 (€ sign)", "Giunta resolution exported as text: PREMESSO CHE / "
                    "CONSIDERATO CHE / DELIBERA with numbered points",
                    "three lettered lists a) b) c) … by kind (gemellaggi, patti di amicizia, accordi di cooperazione)",
                    "Italian exonyms (Edimburgo, Kiev, Dresda, Filadelfia, "
                    "Nanchino, Betlemme)", "'dal 9 all'11 aprile 2024', 'il 2 ottobre 2024', 'nel mese di marzo 2025'",
                    "annex as key: value record blocks (Progetto / Città partner / Stato; all six states)",
                    "headline counts per kind"])
def firenze_txt():
    lines = ["COMUNE DI FIRENZE", "DELIBERAZIONE DELLA GIUNTA COMUNALE N. 2024/G/00387", "Seduta del 19/11/2024", "",
             "OGGETTO: Relazioni internazionali - Programma 2025 dei gemellaggi, dei patti di amicizia e degli",
             "accordi di cooperazione. Approvazione.", "Proponente: Assessora alle Relazioni internazionali", "",
             "LA GIUNTA", ""]
    for i, (verb, _, cities) in enumerate(FIRENZE):
        lines.append(f"{'PREMESSO CHE la Città di Firenze è' if i == 0 else 'che la Città'} {verb}:")
        lines += [f"  {'abcdefghij'[j]}) {c} ({n}), dal {y};" for j, (c, n, y, _) in enumerate(cities)]
    counts = [len(cities) for *_, cities in FIRENZE]
    lines += ["", f"CONSIDERATO CHE la rete internazionale della Città conta quindi {counts[0]} gemellaggi, "
                  f"{counts[1]} patti di amicizia",
              f"e {counts[2]} accordi di cooperazione;",
              "che dal 9 all'11 aprile 2024 una delegazione della Città di Kyoto è stata ricevuta a Palazzo Vecchio;",
              "che il 2 ottobre 2024 il Sindaco si è recato a Edimburgo per il 60° anniversario del gemellaggio;",
              "che nel mese di marzo 2025 è prevista la visita a Firenze di una delegazione di Filadelfia;", "",
              "VISTO il parere favorevole di regolarità tecnica;", "",
              "DELIBERA", "",
              "1) di approvare il programma 2025 e lo stato dei progetti di cui all'allegato A;",
              "2) di destinare al programma la somma di € 25.000,00 sul capitolo 41230 del bilancio 2025;",
              "3) di dichiarare il presente atto immediatamente eseguibile.", "",
              "ALLEGATO A - STATO DEI PROGETTI", ""]
    for t, c, s, _, _ in FIRENZE_ITEMS:
        lines += [f"Progetto: {t}", f"Città partner: {c}", f"Stato: {s}", ""]
    lines += ["Il Segretario Generale                Il Sindaco", ""]
    gold = Gold(
        partnerships=[partner(c, canon, kind) for _, kind, cities in FIRENZE for c, _, _, canon in cities],
        engagements=[engagement("incoming", ["Kyoto"], "Florence", "2024-04-09", "2024-04-11"),
                     engagement("outgoing", ["Florence"], "Edinburgh", "2024-10-02"),
                     engagement("incoming", ["Philadelphia"], "Florence", "2025-03")],
        cooperation=[coop(t, st, ["Florence", p]) for t, _, _, st, p in FIRENZE_ITEMS],
        claims=[claim(f"{counts[0]} gemellaggi", counts[0], None, "sister", "consistent"),
                claim(f"{counts[1]} patti di amicizia", counts[1], None, "friendship", "consistent"),
                claim(f"{counts[2]} accordi di cooperazione", counts[2], None, "partner", "consistent")],
    )
    return ("\n".join(lines)).encode("iso-8859-15"), gold
