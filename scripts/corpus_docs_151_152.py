"""Corpus documents 151-152 (test split; see docs/evaluation.md and corpus/TEST_SPLIT.md): built by
``scripts/make_corpus.py``.

Eleventh batch, written on 2026-12-01 with the dev documents 145-150 (``corpus_docs_145_150.py``); these two keep
the held-out split at 38 of 152. Written by someone who writes no rules and did not run the extractor on them. New
homes (Nara, Vitebsk), a language new to the corpus (Belarusian) beside Japanese, a legacy encoding for it
(windows-1251 Markdown) and new layouts (a mayor's reception speech printed by Chromium, with partners, visits
and projects only in spoken prose and dates relative to the speech; a city news digest in Markdown with a
two-level list of partners by country, a multi-partner festival and an inconsistent count). Partner pairs are
taken from ``../shared/data/twin-cities``; kinds, years, visits, dates and cooperation items are invented.
"""

from __future__ import annotations

from corpus_common import PLACES, Gold, Spec, claim, coop, engagement, pages_html, partner, print_pdf, registrar
from corpus_docs_43_49 import add_places

SPECS: list[Spec] = []
document = registrar(SPECS)

add_places({
    # homes (checked with `intercity resolve NAME --country CC --json`)
    "Nara": ("JP", "gn:1855612"), "Vitebsk": ("BY", "gn:620127"),
    # partners
    "Gyeongju": ("KR", "gn:1841603"), "Toledo (ES)": ("ES", "gn:2510409"), "Versailles": ("FR", "gn:2969679"),
    "Canberra": ("AU", "gn:2172517"), "Xi'an": ("CN", "gn:1790630"), "Yangzhou": ("CN", "gn:1787227"),
    "Obama": ("JP", "gn:1854849"), "Kōriyama": ("JP", "gn:2112141"),
    "Smolensk": ("RU", "gn:491687"), "Pskov": ("RU", "gn:504341"), "Daugavpils": ("LV", "gn:460413"),
    "Rēzekne": ("LV", "gn:456202"), "Frankfurt (Oder)": ("DE", "gn:2925535"), "Nienburg": ("DE", "gn:2862620"),
    "Zielona Góra": ("PL", "gn:3080165"), "Harbin": ("CN", "gn:2037013"), "Jinan": ("CN", "gn:1805753"),
    "Niš": ("RS", "gn:787657"), "Bălți": ("MD", "gn:618605"), "Vanadzor": ("AM", "gn:616530"),
})


def _countries(canons) -> int:
    return len({PLACES[c][0] for c in canons})


# --------------------------------------------------------------------------- 151 Nara mayor's speech (ja, printed PDF)

NR_ABROAD = [  # (Japanese name, country, canonical, kind)
    ("慶州市", "大韓民国", "Gyeongju", "sister"), ("トレド市", "スペイン", "Toledo (ES)", "sister"),
    ("ヴェルサイユ市", "フランス", "Versailles", "sister"), ("キャンベラ市", "オーストラリア", "Canberra", "sister"),
]
NR_FRIEND = [("西安市", "Xi'an"), ("揚州市", "Yangzhou")]
NR_HOME = [("福井県小浜市", "小浜市", "Obama"), ("福島県郡山市", "郡山市", "Kōriyama")]
NR_ITEMS = [  # (title, canonical, status) as they appear in the speech
    ("中学生相互派遣", "Gyeongju", "completed"),
    ("相互観光展の開催", "Toledo (ES)", "agreed"),
    ("庭園管理の技術交流", "Versailles", "in_progress"),
    ("文化財保存の共同研究", "Xi'an", "stalled"),
    ("大運河をテーマとした共同写真展", "Yangzhou", "proposed"),
]


@document("151_nara_shicho_aisatsu_shimai_yuko_toshi_reception_ja.pdf", split="test", home="Nara", language="ja",
          features=["pdf (printed by Chromium)", "Japanese (full-width digits, 令和 dates, honorific speech style)",
                    "the manuscript of a mayor's speech at a reception for partner cities: running header with "
                    "the speech date, a boilerplate note that delivery may differ, centred page numbers",
                    "partners only in spoken prose: four overseas 姉妹都市 with the country in brackets, two "
                    "友好都市 in China, two domestic 姉妹都市 named with their prefecture (福井県小浜市, 福島県郡山市); "
                    "a prefecture-level tie (奈良県 and 陝西省) that is not the city's", "visits told in the "
                    "speech: '５月２１日から２３日まで' (outgoing, year from the header), '先月' (incoming, the month "
                    "before the speech), '昨日７日から１０日まで' (incoming, relative to the speech date), '来年２月' "
                    "(outgoing, planned month)", "projects and their states only in prose (completed, agreed, "
                    "continuing, suspended, proposed)", "headline '国内外あわせて８つの姉妹都市・友好都市'"])
def nara_pdf():
    canons = [c for *_, c, _ in NR_ABROAD] + [c for _, c in NR_FRIEND] + [c for *_, c in NR_HOME]
    n = len(canons)
    abroad = "、".join(f"{w}（{c}）" for w, c, _, _ in NR_ABROAD)
    paras = [
        "皆様、こんばんは。奈良市長でございます。本日は、姉妹都市・友好都市の皆様をはじめ、日頃から国際交流に"
        "お力添えをいただいております多くの皆様にお集まりいただき、誠にありがとうございます。",
        f"奈良市は現在、国内外あわせて８つの姉妹都市・友好都市と交流を重ねております。海外では、{abroad}の４つの"
        "姉妹都市、そして中国の西安市、揚州市の２つの友好都市でございます。また国内では、お水送りのご縁で結ばれた"
        "福井県小浜市、采女伝説のご縁で結ばれた福島県郡山市と姉妹都市の盟約を結んでおります。なお、奈良県と陝西省も"
        "友好提携を結んでおり、県とも連携してまいります。",
        "本年は交流の大きな節目の年となりました。５月２１日から２３日まで、私自ら訪問団を率いて慶州市を訪れ、"
        "市長と懇談いたしました。慶州市との中学生相互派遣は、今年で３０回目を無事に終えることができました。",
        "トレド市とは、昨年締結いたしました観光プロモーション協定に基づき、相互観光展の開催について合意いたしました。"
        "ヴェルサイユ市とは、庭園管理の技術交流を引き続き進めております。",
        "先月には、キャンベラ市から代表団をお迎えし、奈良公園や平城宮跡をご案内いたしました。そして本日は、西安市から"
        "副市長を団長とする代表団の皆様に、昨日７日から１０日までの日程でお越しいただいております。西安市との文化財"
        "保存の共同研究は、残念ながら一時中断しておりますが、本日の懇談を新たな出発点にしたいと考えております。",
        "また、揚州市からは、大運河をテーマとした共同写真展のご提案をいただいており、前向きに検討してまいります。"
        "来年２月には、ヴェルサイユ市を訪問し、庭園交流の成果を確認する予定でございます。",
        "結びに、本日お集まりの皆様のご健勝と、姉妹都市・友好都市の一層の発展を祈念いたしまして、私のあいさつと"
        "させていただきます。本日は誠にありがとうございます。",
    ]
    body = "".join(f"<p>{p}</p>" for p in paras)
    page = ('<h1 style="text-align:center">奈良市姉妹都市・友好都市交流レセプション<br>市長あいさつ</h1>'
            '<p style="text-align:right">令和７年１１月８日（土）　奈良ホテル</p>'
            f'<div class="speech">{body}</div>'
            '<p class="note">※本稿は原稿であり、実際の発言とは異なる場合があります。</p>')
    css = (".speech p { text-indent: 1em; line-height: 1.9; font-size: 11.5pt; margin-bottom: 3mm; } "
           ".note { font-size: 8.5pt; color: #444; margin-top: 6mm; } .ftr { text-align: center; }")
    html = pages_html("ja", [page], "奈良市 市長公室 秘書課　市長あいさつ原稿（令和７年１１月８日）", "－ {page} －")
    html = html.replace("</style>", css + "</style>")
    gold = Gold(
        partnerships=[partner(w, c, kd) for w, _, c, kd in NR_ABROAD]
        + [partner(w, c, "friendship") for w, c in NR_FRIEND]
        + [partner(w, c, "sister") for _, w, c in NR_HOME],
        engagements=[engagement("outgoing", ["Nara"], "Gyeongju", "2025-05-21", "2025-05-23"),
                     engagement("incoming", ["Canberra"], "Nara", "2025-10"),
                     engagement("incoming", ["Xi'an"], "Nara", "2025-11-07", "2025-11-10"),
                     engagement("outgoing", ["Nara"], "Versailles", "2026-02")],
        cooperation=[coop(t, st, ["Nara", c]) for t, c, st in NR_ITEMS],
        claims=[claim("国内外あわせて８つの姉妹都市・友好都市", n, None, "all", "consistent")],
    )
    assert n == 8
    return print_pdf(html), gold


# --------------------------------------------------------------------------- 152 Vitebsk news digest (be, Markdown cp1251)

VT_TIES = [  # (country, [(Belarusian name, canonical, kind)])
    ("Расія", [("Смаленск", "Smolensk", "sister"), ("Пскоў", "Pskov", "sister")]),
    ("Латвія", [("Даўгаўпілс", "Daugavpils", "sister"), ("Рэзэкнэ", "Rēzekne", "sister")]),
    ("Германія", [("Франкфурт-на-Одэры", "Frankfurt (Oder)", "sister"), ("Ніенбург", "Nienburg", "sister")]),
    ("Польшча", [("Зялёна-Гура", "Zielona Góra", "sister")]),
    ("Кітай", [("Харбін", "Harbin", "sister"), ("Цзінань", "Jinan", "partner")]),
    ("Сербія", [("Ніш", "Niš", "sister")]),
    ("Малдова", [("Бэльцы", "Bălți", "sister")]),
    ("Арменія", [("Ванадзор", "Vanadzor", "sister")]),
]
VT_ITEMS = [  # (title, state as written, canonical, status)
    ("Абмен студэнтамі медыцынскіх універсітэтаў з Ніенбургам", "працягваецца другі год", "Nienburg",
     "in_progress"),
    ("Фестываль харавой музыкі разам з Псковам", "праведзены ў верасні", "Pskov", "completed"),
    ("Пагадненне аб супрацоўніцтве ў галіне адукацыі з Харбінам", "падпісана падчас візіту", "Harbin", "agreed"),
    ("Дні Віцебска ў Цзінані", "прапанаваныя кітайскім бокам, разглядаюцца", "Jinan", "proposed"),
    ("Сумесны турыстычны маршрут з Даўгаўпілсам", "прыпынены да 2026 года", "Daugavpils", "stalled"),
]


@document("152_viciebsk_naviny_garady_pabratymy_be_cp1251.md", split="test", home="Vitebsk", language="be",
          encoding="windows-1251",
          features=["markdown (windows-1251, CRLF)", "Belarusian (і, ў; the city as Віцебск, Belarusian exonyms "
                    "Франкфурт-на-Одэры, Зялёна-Гура, Бэльцы, Цзінань)", "a weekly news digest of the city "
                    "executive committee: issue number and date, several news items separated by rules, "
                    "unrelated items (road works, citizens' reception hours) with their own dates",
                    "partners as a two-level Markdown list: a country in bold, then its cities as sub-items; "
                    "горад-пабрацім = sister, пагадненне аб супрацоўніцтве = partner (Цзінань, marked inline)",
                    "an inconsistent headline '14 гарадоў-пабрацімаў і партнёраў у 8 краінах' (twelve listed)",
                    "engagements in news prose, the year from the issue date: 'З 2 па 5 кастрычніка' (incoming), "
                    "a festival '10–14 ліпеня' attended by three partner delegations (one event engagement), "
                    "'23–26 верасня' (outgoing), an ambassador's call '16 кастрычніка' (a country as the "
                    "visiting party)", "projects as a list 'title — state' with Belarusian states"])
def vitebsk_md():
    listed = [c for _, cities in VT_TIES for _, c, _ in cities]
    assert (len(listed), _countries(listed)) == (12, 8)
    plist = []
    for country, cities in VT_TIES:
        plist.append(f"- **{country}**")
        for w, _, kd in cities:
            plist.append(f"  - {w}" + (" (пагадненне аб супрацоўніцтве)" if kd == "partner" else ""))
    items = "\n".join(f"- {t} — {s};" for t, s, _, _ in VT_ITEMS)
    text = f"""# Навіны Віцебскага гарвыканкама

**Выпуск № 41 · 20 кастрычніка 2025 г.**

[Галоўная](/) · [Навіны](/news) · [Гарвыканкам](/gov) · [Рус](/ru)

---

## Рамонт вуліцы Леніна завершаць да 1 лістапада

Рух транспарту па вуліцы Леніна на ўчастку ад плошчы Свабоды да вуліцы Замкавай будзе адноўлены
да 1 лістапада. Аб'езд арганізаваны па вуліцы Пушкіна.

---

## Міжнароднае супрацоўніцтва: вынікі за год

Віцебск мае 14 гарадоў-пабрацімаў і партнёраў у 8 краінах. Актуальны спіс, зацверджаны гарвыканкамам:

{chr(10).join(plist)}

З 2 па 5 кастрычніка дэлегацыя Харбіна на чале з намеснікам мэра наведала Віцебск. Госці пабывалі на
прадпрыемствах горада і ў медыцынскім універсітэце; падчас візіту было падпісана пагадненне аб
супрацоўніцтве ў галіне адукацыі.

На міжнародны фестываль мастацтваў «Славянскі базар у Віцебску» (10–14 ліпеня) па запрашэнні
гарвыканкама прыехалі афіцыйныя дэлегацыі Смаленска, Пскова і Бэльцаў.

Намеснік старшыні гарвыканкама 23–26 верасня знаходзіўся ў Ванадзоры, дзе ўзяў удзел у святкаванні
Дня горада.

Надзвычайны і Паўнамоцны Пасол Сербіі ў Рэспубліцы Беларусь 16 кастрычніка наведаў Віцебск і
сустрэўся са старшынёй гарвыканкама. Абмяркоўваліся кантакты з Нішам.

Стан сумесных праектаў:

{items}

---

## Прыём грамадзян

Старшыня гарвыканкама праводзіць прыём грамадзян 25 кастрычніка з 8.00 да 13.00 па адрасе:
вул. Леніна, 32. Папярэдні запіс па тэлефоне 8 (0212) 00-00-00.

---

*Аддзел ідэалагічнай работы і па справах моладзі Віцебскага гарвыканкама*
"""
    gold = Gold(
        partnerships=[partner(w, c, kd) for _, cities in VT_TIES for w, c, kd in cities],
        engagements=[engagement("incoming", ["Harbin"], "Vitebsk", "2025-10-02", "2025-10-05"),
                     engagement("event", ["Smolensk", "Pskov", "Bălți"], "Vitebsk", "2025-07-10", "2025-07-14"),
                     engagement("outgoing", ["Vitebsk"], "Vanadzor", "2025-09-23", "2025-09-26"),
                     engagement("meeting", ["RS"], "Vitebsk", "2025-10-16")],
        cooperation=[coop(t, st, ["Vitebsk", c]) for t, _, c, st in VT_ITEMS],
        claims=[claim("14 гарадоў-пабрацімаў і партнёраў у 8 краінах", 14, 8, "all", "inconsistent")],
    )
    return text.replace("\n", "\r\n").encode("windows-1251"), gold
