"""Corpus documents 143-144 (test split; see docs/evaluation.md and corpus/TEST_SPLIT.md): built by
``scripts/make_corpus.py``.

Tenth batch, written on 2026-12-01 with the dev documents 137-142 (``corpus_docs_137_142.py``) by someone who
writes no rules: two more held-out documents, which keep the test split at 36 of 144 (25 %). Rule writers do not
read this module. Partner pairs are taken from ``../shared/data/twin-cities``; kinds, years, visits, dates and
cooperation items are invented.
"""

from __future__ import annotations

from corpus_common import (PLACES, Gold, Spec, claim, coop, engagement, html_page, pages_html, partner, print_pdf,
                           registrar)
from corpus_docs_43_49 import add_places

SPECS: list[Spec] = []
document = registrar(SPECS)

add_places({
    # homes (checked with `intercity resolve NAME --country CC --json`; some are already in the table)
    "Xiamen": ("CN", "gn:1790645"), "Nantes": ("FR", "gn:2990969"),
    # partners
    "Baltimore": ("US", "gn:4347778"), "Cardiff": ("GB", "gn:2653822"), "Guadalajara": ("MX", "gn:4005539"),
    "Sasebo": ("JP", "gn:1852899"), "Wellington": ("NZ", "gn:2179537"), "Surabaya": ("ID", "gn:1625822"),
    "Trier": ("DE", "gn:2821164"), "Nice": ("FR", "gn:2990440"), "Kaunas": ("LT", "gn:598316"),
    "Mokpo": ("KR", "gn:1841066"), "İzmir": ("TR", "gn:311046"), "Phuket": ("TH", "gn:1151254"),
    "Saarbrücken": ("DE", "gn:2842647"), "Jacksonville": ("US", "gn:4160021"), "Seattle": ("US", "gn:5809844"),
    "Tbilisi": ("GE", "gn:611717"), "Cluj-Napoca": ("RO", "gn:681290"), "Niigata": ("JP", "gn:1855431"),
    "Vigo": ("ES", "gn:3105976"), "Qingdao": ("CN", "gn:1797929"), "Suncheon": ("KR", "gn:1835648"),
})


def _countries(canons) -> int:
    return len({PLACES[c][0] for c in canons})


# --------------------------------------------------------------------------- 143

XM_TIES = [  # (Chinese name, country, year, canonical, kind word, kind)
    ("巴尔的摩市", "美国", 1985, "Baltimore", "友好城市", "sister"),
    ("卡迪夫市", "英国", 1983, "Cardiff", "友好城市", "sister"),
    ("瓜达拉哈拉市", "墨西哥", 2005, "Guadalajara", "友好城市", "sister"),
    ("佐世保市", "日本", 1983, "Sasebo", "友好城市", "sister"),
    ("惠灵顿市", "新西兰", 1987, "Wellington", "友好城市", "sister"),
    ("泗水市", "印度尼西亚", 2008, "Surabaya", "友好城市", "sister"),
    ("特里尔市", "德国", 2016, "Trier", "友好城市", "sister"),
    ("尼斯市", "法国", 2014, "Nice", "友好城市", "sister"),
    ("考纳斯市", "立陶宛", 2011, "Kaunas", "友好城市", "sister"),
    ("木浦市", "韩国", 2007, "Mokpo", "友好城市", "sister"),
    ("伊兹密尔市", "土耳其", 2013, "İzmir", "友好交流城市", "friendship"),
    ("普吉府", "泰国", 2017, "Phuket", "友好交流城市", "friendship"),
]
XM_ITEMS = [  # (item, partner, status words, canonical, status)
    ("邮轮旅游与港口合作备忘录", "佐世保", "已签署", "Sasebo", "agreed"),
    ("中欧班列物流合作项目", "考纳斯", "正在推进", "Kaunas", "in_progress"),
    ("青少年足球交流营", "卡迪夫", "已圆满完成", "Cardiff", "completed"),
    ("海洋垃圾治理联合研究", "木浦", "木浦方面提议，待商议", "Mokpo", "proposed"),
]


@document("143_xiamen_waiban_xinwen_youcheng_jiaoliuhui_zh.html", split="test", home="Xiamen", language="zh",
          features=["html", "Simplified Chinese news item of a foreign-affairs office site (breadcrumb, publication "
                    "line with views counter, related-news sidebar with dates, footer)", "a multi-partner event "
                    "('11月18日至20日', year from the publication date) with four partner delegations; an incoming "
                    "visit '10月14日至16日'; an outgoing trip in '9月' to two partners (two engagements, month)",
                    "友好城市 = sister, 友好交流城市 = friendship, in a numbered appendix table", "items in a list "
                    "with Chinese statuses", "headline with total and per-kind counts", "a registration deadline "
                    "as a distractor"])
def xiamen_html():
    canons = [t[3] for t in XM_TIES]
    n, k = len(canons), _countries(canons)
    n_s = sum(t[5] == "sister" for t in XM_TIES)
    rows = "".join(f"<tr><td>{i}</td><td>{w}</td><td>{c}</td><td>{y}年</td><td>{kw}</td></tr>"
                   for i, (w, c, y, _, kw, _) in enumerate(XM_TIES, 1))
    items = "".join(f"<li>{t}（{p}）：{s}；</li>" for t, p, s, _, _ in XM_ITEMS)
    main = (
        '<div class="crumb">当前位置：首页 &gt; 外事动态 &gt; 友城工作</div>\n'
        '<div class="article"><h1>2025厦门国际友城合作交流会成功举办</h1>\n'
        '<div class="info">发布时间：2025-11-21 16:35　来源：市外办　浏览次数：1268　【字体：大 中 小】</div>\n'
        "<p>11月18日至20日，2025厦门国际友城合作交流会在厦门国际会议中心举行。来自卡迪夫、佐世保、木浦、考纳斯"
        "等友好城市的代表团应邀出席，围绕港口、物流和青少年交流等议题进行了深入交流。市长在开幕式上致辞，欢迎"
        "各位友城嘉宾的到来。</p>\n"
        f"<p>截至目前，厦门已与{k}个国家的{n}个城市建立友好城市或友好交流城市关系，其中友好城市{n_s}个。</p>\n"
        "<p>交流会期间，双方城市就以下合作事项交换了意见：</p>\n"
        f"<ul>{items}</ul>\n"
        "<p>今年以来，厦门友城工作成果丰硕。10月14日至16日，巴尔的摩市市长率代表团访问厦门，双方回顾了40年来的"
        "友好交往。9月，厦门市政府代表团赴欧洲访问，先后到访特里尔市和尼斯市。</p>\n"
        "<p>另悉，2026年“友城青年使者”项目报名将于12月31日截止。</p>\n"
        f"<h3>附：厦门市国际友好城市一览</h3><table><tr><th>序号</th><th>城市</th><th>国家</th><th>缔结时间</th>"
        f"<th>类别</th></tr>{rows}</table>\n"
        '<div class="editor">（责任编辑：林晓）</div></div>')
    aside = ('<div class="box"><h3>相关新闻</h3><ul><li>2025-11-10 市外办召开涉外安全工作会议</li>'
             "<li>2025-10-30 厦门举办外籍人士中秋博饼活动</li><li>2025-09-28 金砖国家新工业革命伙伴关系论坛筹备会召开"
             "</li></ul></div><div class=\"box\"><h3>快速通道</h3><ul><li>因公出国（境）审批</li><li>APEC商务旅行卡"
             "</li><li>外国人来华邀请</li></ul></div>")
    nav = "<a href=\"/\">首页</a> <a href=\"/wsdt\">外事动态</a> <a href=\"/ycgz\">友城工作</a> <a href=\"/zwgk\">政务公开</a>"
    footer = "<p>主办：厦门市人民政府外事办公室　地址：厦门市思明区湖滨北路61号　闽ICP备05000000号</p>"
    html = html_page("zh-CN", "2025厦门国际友城合作交流会成功举办_厦门市外事办公室", nav, main, aside, footer)
    gold = Gold(
        partnerships=[partner(w, c, kd, i) for i, (w, _, _, c, _, kd) in enumerate(XM_TIES, 1)],
        engagements=[engagement("event", ["Cardiff", "Sasebo", "Mokpo", "Kaunas"], "Xiamen", "2025-11-18",
                                "2025-11-20"),
                     engagement("incoming", ["Baltimore"], "Xiamen", "2025-10-14", "2025-10-16"),
                     engagement("outgoing", ["Xiamen"], "Trier", "2025-09"),
                     engagement("outgoing", ["Xiamen"], "Nice", "2025-09")],
        cooperation=[coop(t, st, ["Xiamen", c]) for t, _, _, c, st in XM_ITEMS],
        claims=[claim(f"{k}个国家的{n}个城市", n, k, "all", "consistent"),
                claim(f"友好城市{n_s}个", n_s, None, "sister", "consistent")],
    )
    assert (n, k) == (12, 12)
    return html, gold


# --------------------------------------------------------------------------- 144

NT_SISTERS = [  # (French name, country, year, canonical)
    ("Sarrebruck", "Allemagne", 1965, "Saarbrücken"), ("Cardiff", "Royaume-Uni", 1964, "Cardiff"),
    ("Jacksonville", "États-Unis", 1979, "Jacksonville"), ("Tbilissi", "Géorgie", 1979, "Tbilisi"),
    ("Seattle", "États-Unis", 1980, "Seattle"), ("Cluj-Napoca", "Roumanie", 1992, "Cluj-Napoca"),
    ("Vigo", "Espagne", 1993, "Vigo"), ("Niigata", "Japon", 1999, "Niigata"),
]
NT_PARTNERS = [("Qingdao", "Chine", 2005, "Qingdao"), ("Suncheon", "Corée du Sud", 2014, "Suncheon")]
NT_ITEMS = [  # (item, partner, status words, canonical, status)
    ("Échanges d'apprentis des métiers du bâtiment", "Sarrebruck", "en cours", "Saarbrücken", "in_progress"),
    ("Résidences d'artistes croisées", "Tbilissi", "achevé", "Tbilisi", "completed"),
    ("Coopération sur l'éolien en mer et les ports", "Qingdao", "convention signée", "Qingdao", "agreed"),
    ("Festival de jazz partagé", "Jacksonville", "suspendu", "Jacksonville", "stalled"),
    ("Échanges entre écoles de la mer", "Vigo", "proposé par Vigo", "Vigo", "proposed"),
]


@document("144_nantes_deliberation_conseil_municipal_relations_internationales_fr.pdf", split="test", home="Nantes",
          language="fr",
          features=["pdf (printed by Chromium)", "French council deliberation (Vu / Considérant / Article) with "
                    "running header and numbered footer", "jumelage signing dates in 'Vu' lines as distractors",
                    "visits and a consul-general meeting inside 'Considérant' clauses", "items with French "
                    "statuses in Article 2", "villes jumelées and accords de coopération in an annex table with "
                    "French exonyms (Sarrebruck, Tbilissi)", "headline 'huit villes jumelées dans sept pays'"])
def nantes_pdf():
    canons = [t[3] for t in NT_SISTERS]
    n, k = len(canons), _countries(canons)
    rows = "".join(f"<tr><td>{w}</td><td>{c}</td><td>Jumelage</td><td>{y}</td></tr>" for w, c, y, _ in NT_SISTERS)
    rows += "".join(f"<tr><td>{w}</td><td>{c}</td><td>Accord de coopération</td><td>{y}</td></tr>"
                    for w, c, y, _ in NT_PARTNERS)
    items = "".join(f"<li>{t} ({p}) : {s} ;</li>" for t, p, s, _, _ in NT_ITEMS)
    p1 = (
        "<p>CONSEIL MUNICIPAL DU 12 DÉCEMBRE 2025</p>"
        "<p>Délibération n° 2025-214 — Direction des relations internationales</p>"
        "<h1>Objet : Relations internationales – Bilan 2025 des jumelages et programme 2026</h1>"
        "<p>Le Conseil municipal,</p>"
        "<p>Vu le Code général des collectivités territoriales, notamment son article L. 1115-1 ;<br>"
        "Vu la délibération du 2 juillet 1965 approuvant le jumelage avec Sarrebruck ;<br>"
        "Vu la délibération du 16 octobre 2014 approuvant l'accord de coopération avec Suncheon ;<br>"
        "Vu l'avis de la commission Rayonnement et international du 25 novembre 2025 ;</p>"
        "<p>Considérant que Nantes compte huit villes jumelées dans sept pays, ainsi que deux accords de "
        "coopération avec des villes d'Asie (liste en annexe) ;</p>"
        "<p>Considérant qu'en 2025 la Ville a accueilli, du 2 au 4 avril 2025, une délégation de Cardiff conduite "
        "par le Lord Mayor, à l'occasion des soixante ans de la coopération portuaire, et que Mme la Maire a "
        "conduit une mission à Niigata du 21 au 24 octobre 2025 ;</p>"
        "<p>Considérant que le consul général des États-Unis à Paris a été reçu à l'Hôtel de Ville le 17 juin "
        "2025 ;</p>"
        "<p>Après en avoir délibéré, DÉCIDE :</p>"
        "<p><b>Article 1</b> – de prendre acte du bilan 2025 des jumelages et accords de coopération ;</p>"
        f"<p><b>Article 2</b> – d'approuver la poursuite des actions suivantes :</p><ul>{items}</ul>"
        "<p><b>Article 3</b> – d'autoriser Mme la Maire à signer tout document afférent. Les crédits sont inscrits "
        "au budget 2026, chapitre 65.</p>"
        "<p>Adopté à l'unanimité. Transmis en préfecture le 15 décembre 2025.</p>")
    p2 = (
        "<h2>Annexe – Villes jumelées et accords de coopération de Nantes</h2>"
        "<table><tr><th>Ville</th><th>Pays</th><th>Nature du lien</th><th>Depuis</th></tr>"
        f"{rows}</table>"
        "<p>Pour extrait conforme, Nantes, le 15 décembre 2025. Pour la Maire, l'adjoint délégué.</p>")
    html = pages_html("fr", [p1, p2], "Ville de Nantes · Conseil municipal du 12 décembre 2025",
                      "Délibération n° 2025-214 — page {page}/{pages}")
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, _, _, c in NT_SISTERS]
        + [partner(w, c, "partner") for w, _, _, c in NT_PARTNERS],
        engagements=[engagement("incoming", ["Cardiff"], "Nantes", "2025-04-02", "2025-04-04"),
                     engagement("outgoing", ["Nantes"], "Niigata", "2025-10-21", "2025-10-24"),
                     engagement("meeting", ["US"], "Nantes", "2025-06-17")],
        cooperation=[coop(t, st, ["Nantes", c]) for t, _, _, c, st in NT_ITEMS],
        claims=[claim("huit villes jumelées dans sept pays", n, k, "sister", "consistent")],
    )
    assert (n, k) == (8, 7)
    return print_pdf(html), gold
