"""Corpus documents 183-185 (dev split; see docs/evaluation.md): built by ``scripts/make_corpus.py``.

A small dev batch written on 2026-12-02 by the eighth session's engagement writer, with its gold written from the
documents before any extraction was run on them, to measure engagement extraction on wording and layouts unseen:
a German annual report of Darmstadt's international office in Word (a table of delegations received with dotted,
spelt-out and month-only dates, prose trips of the mayor, a cancelled trip, a video conference, a day-by-day
programme of one visit, a consul general's courtesy call, a partner table); a French news page of Toulouse's
international relations (news items with year-less dates, "les 14 et 15 mai", a nominal heading "Visite du maire
d'Atlanta (9 juin 2026)", an agenda table with "12/09/2026" and "20-22/10/2026", a postponed study trip and a video
conference, twin towns in a sidebar); and a Japanese report e-mail of Tottori with Reiwa dates, a 来訪 heading over
a period field, a 来鳥 line, a late-July month-only trip, a cancelled reception and an online meeting. Partner pairs
are taken from ``../shared/data/twin-cities``; kinds, years, visits, dates and people are invented.
"""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage

from corpus_common import Gold, Spec, docx_bytes, docx_table, eml_bytes, engagement, html_page, new_docx, partner, registrar
from corpus_docs_43_49 import add_places

SPECS: list[Spec] = []
document = registrar(SPECS)

add_places({
    # homes (checked with `intercity resolve NAME --country CC --json`)
    "Darmstadt": ("DE", "gn:2938913"), "Toulouse": ("FR", "gn:2972315"), "Tottori": ("JP", "gn:1849892"),
    # partners of Darmstadt
    "Alkmaar": ("NL", "gn:2759899"), "Brescia": ("IT", "gn:3181554"), "Bursa": ("TR", "gn:750269"),
    "Chesterfield": ("GB", "gn:2653225"), "Freiberg": ("DE", "gn:2925192"), "Graz": ("AT", "gn:2778067"),
    "Liepāja": ("LV", "gn:457954"), "Logroño": ("ES", "gn:3118150"), "Płock": ("PL", "gn:3088825"),
    "San Antonio": ("US", "gn:4726206"), "Szeged": ("HU", "gn:715429"), "Trondheim": ("NO", "gn:3133880"),
    "Uzhhorod": ("UA", "gn:690548"),
    # partners of Toulouse
    "Atlanta": ("US", "gn:4180439"), "Bologna": ("IT", "gn:3181928"), "Chongqing": ("CN", "gn:1814906"),
    "Elche": ("ES", "gn:2518559"), "Kyiv": ("UA", "gn:703448"), "Tel Aviv": ("IL", "gn:293397"),
    # partners of Tottori
    "Cheongju": ("KR", "gn:1845604"), "Hanau": ("DE", "gn:2911007"), "Kushiro": ("JP", "gn:2129376"),
    "Iwakuni": ("JP", "gn:1861212"),
})


def _weekdays(pairs):
    for iso, wd in pairs:
        assert dt.date.fromisoformat(iso).strftime("%a") == wd, iso


# --------------------------------------------------------------------------- 183 Darmstadt annual report (de, DOCX)

DA_TIES = [  # (city as written, country as written, since, canonical)
    ("Alkmaar", "Niederlande", 1958, "Alkmaar"), ("Brescia", "Italien", 1991, "Brescia"),
    ("Bursa", "Türkei", 1971, "Bursa"), ("Chesterfield", "Vereinigtes Königreich", 1959, "Chesterfield"),
    ("Freiberg", "Deutschland", 1990, "Freiberg"), ("Graz", "Österreich", 1968, "Graz"),
    ("Liepāja", "Lettland", 1993, "Liepāja"), ("Logroño", "Spanien", 2002, "Logroño"),
    ("Płock", "Polen", 1988, "Płock"), ("San Antonio", "USA", 2017, "San Antonio"),
    ("Szeged", "Ungarn", 1990, "Szeged"), ("Trondheim", "Norwegen", 1968, "Trondheim"),
    ("Uzhhorod", "Ukraine", 1996, "Uzhhorod"),
]


@document("183_darmstadt_jahresbericht_internationale_beziehungen_de.docx", split="dev", home="Darmstadt",
          language="de", features=[
              "docx", "German", "an annual report of the international office ('Stand: 27.11.2026' as a distractor)",
              "a table Datum · Delegation · Anlass of delegations received: '15.–16.03.2026' (incoming), "
              "'22. bis 24. April' (incoming, year from the report), 'Juni 2026' (incoming, month), '07.09.2026' "
              "(a consul general of Türkiye: meeting)",
              "prose trips of the Oberbürgermeister: 'Vom 8. bis 10. Mai 2026 reiste … nach Trondheim' and a "
              "nominal 'Dienstreise nach Brescia (2.–4. September 2026):' (outgoing); a trip cancelled and a "
              "video conference (not engagements)",
              "a day-by-day programme under 'Besuch einer Delegation aus Uzhhorod, 19.–21. Oktober 2026' "
              "(one incoming engagement)",
              "a partner table Stadt · Land · Partnerschaft seit (13 Partnerstädte)"])
def darmstadt_docx():
    _weekdays([("2026-10-19", "Mon"), ("2026-10-20", "Tue"), ("2026-10-21", "Wed")])
    doc = new_docx()
    doc.add_paragraph("Wissenschaftsstadt Darmstadt · Der Oberbürgermeister · Referat Internationale Beziehungen")
    doc.add_heading("Jahresbericht 2026: Besuche, Delegationen und Begegnungen", level=1)
    doc.add_paragraph("Stand: 27.11.2026")
    doc.add_paragraph(
        "Auch 2026 war ein Jahr lebendiger Partnerschaften. Der Bericht fasst die Besuche zusammen, die das Referat "
        "organisiert oder begleitet hat; Schul- und Vereinsbegegnungen sind im Anhang der Vereine aufgeführt.")
    doc.add_heading("1. Empfangene Delegationen", level=2)
    docx_table(doc, [
        ["Datum", "Delegation", "Anlass / Programm"],
        ["15.–16.03.2026", "Delegation aus Szeged unter Leitung des Bürgermeisters",
         "Fachgespräche zur Fernwärme, Besuch der TU Darmstadt"],
        ["22. bis 24. April", "Stadtverordnete der Partnerstadt Płock", "Frühjahrsmesse, Empfang im Neuen Rathaus"],
        ["Juni 2026", "Mitarbeitende der Stadtverwaltung Logroño", "Hospitation im Digitalisierungsamt"],
        ["07.09.2026", "Generalkonsulin der Republik Türkei in Frankfurt am Main",
         "Antrittsbesuch beim Oberbürgermeister"],
    ])
    doc.add_heading("2. Reisen der Stadtspitze", level=2)
    doc.add_paragraph(
        "Vom 8. bis 10. Mai 2026 reiste Oberbürgermeister Hanno Benz mit einer Delegation aus Politik, Wissenschaft "
        "und Wirtschaft nach Trondheim. Im Mittelpunkt standen die Zusammenarbeit der Hochschulen und ein Besuch "
        "im Hafen.")
    doc.add_paragraph(
        "Dienstreise nach Brescia (2.–4. September 2026): Die Bürgermeisterin nahm an der Konferenz der "
        "europäischen Partnerstädte zur Klimaanpassung teil und stellte das Darmstädter Hitzeschutzkonzept vor.")
    doc.add_paragraph(
        "Die für Oktober geplante Reise einer Schülergruppe nach Bursa wurde wegen der Herbstferienregelung "
        "abgesagt; sie soll 2027 nachgeholt werden.")
    doc.add_paragraph(
        "Am 12. November tauschten sich Fachleute aus Darmstadt und San Antonio in einer Videokonferenz über "
        "Hitzeschutz in Schulen aus.")
    doc.add_heading("3. Besuch einer Delegation aus Uzhhorod, 19.–21. Oktober 2026", level=2)
    doc.add_paragraph("Montag, 19. Oktober: Ankunft, Empfang durch den Oberbürgermeister im Neuen Rathaus")
    doc.add_paragraph("Dienstag, 20. Oktober: Besichtigung des Klinikums, Gespräche zur Krankenhauspartnerschaft")
    doc.add_paragraph("Mittwoch, 21. Oktober: Führung auf der Mathildenhöhe, Abreise")
    doc.add_heading("4. Unsere Partnerstädte", level=2)
    docx_table(doc, [["Stadt", "Land", "Partnerschaft seit"]]
               + [[w, c, str(y)] for w, c, y, _ in DA_TIES])
    doc.add_paragraph("Ansprechpartnerin: Referat Internationale Beziehungen, Luisenplatz 5A, 64283 Darmstadt")
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, _, _, c in DA_TIES],
        engagements=[engagement("incoming", ["Szeged"], "Darmstadt", "2026-03-15", "2026-03-16"),
                     engagement("incoming", ["Płock"], "Darmstadt", "2026-04-22", "2026-04-24"),
                     engagement("incoming", ["Logroño"], "Darmstadt", "2026-06"),
                     engagement("meeting", ["TR"], "Darmstadt", "2026-09-07"),
                     engagement("outgoing", ["Darmstadt"], "Trondheim", "2026-05-08", "2026-05-10"),
                     engagement("outgoing", ["Darmstadt"], "Brescia", "2026-09-02", "2026-09-04"),
                     engagement("incoming", ["Uzhhorod"], "Darmstadt", "2026-10-19", "2026-10-21")],
    )
    return docx_bytes(doc, "Jahresbericht 2026 Internationale Beziehungen"), gold


# --------------------------------------------------------------------------- 184 Toulouse news page (fr, HTML)

TL_TIES = [("Atlanta", "États-Unis", "Atlanta"), ("Bologne", "Italie", "Bologna"), ("Chongqing", "Chine", "Chongqing"),
           ("Elche", "Espagne", "Elche"), ("Kyiv", "Ukraine", "Kyiv"), ("Tel Aviv", "Israël", "Tel Aviv")]


@document("184_toulouse_actualites_relations_internationales_fr.html", split="dev", home="Toulouse", language="fr",
          features=[
              "html", "French", "a news page of the international relations service ('Mis à jour le 20 novembre "
              "2026'), a navigation bar, a sidebar of the twin towns 'city (country)', a footer",
              "news items: 'Accueil d'une délégation de Bologne' with 'Du 3 au 5 février' (incoming, year from the "
              "page), 'Déplacement du maire à Elche' with 'Les 14 et 15 mai 2026' (outgoing), a nominal heading "
              "'Visite du maire d'Atlanta (9 juin 2026)' (incoming)",
              "an agenda table Date · Délégation · Objet: '12/09/2026' (incoming), '20-22/10/2026' (outgoing "
              "mission), a postponed study trip and a video conference (not engagements)"])
def toulouse_html():
    _weekdays([("2026-02-03", "Tue"), ("2026-05-14", "Thu"), ("2026-06-09", "Tue"), ("2026-09-12", "Sat")])
    rows = [("12/09/2026", "Délégation municipale de Kyiv", "Coopération pour la reconstruction des réseaux de chaleur"),
            ("20-22/10/2026", "Mission toulousaine à Chongqing", "Salon de l'aéronautique et rencontres d'entreprises"),
            ("Novembre 2026", "Voyage d'études à Tel Aviv", "Reporté à une date ultérieure"),
            ("02/12/2026", "Visioconférence avec Elche", "Suivi du programme Erasmus+ des lycées")]
    table = "".join(f"<tr><td>{d}</td><td>{w}</td><td>{o}</td></tr>" for d, w, o in rows)
    main = (
        '<nav class="breadcrumb"><a href="/">Accueil</a> › <a href="/international/">Toulouse à l\'international</a>'
        " › Actualités</nav>\n"
        "<h1>Actualités des relations internationales</h1>\n"
        '<p class="maj">Mis à jour le 20 novembre 2026</p>\n'
        "<article><h2>Accueil d'une délégation de Bologne</h2>"
        "<p>Du 3 au 5 février, Toulouse a accueilli une délégation de Bologne conduite par l'adjointe à la mobilité. "
        "Au programme : visite du chantier de la troisième ligne de métro et rencontre avec les équipes de Tisséo."
        "</p></article>\n"
        "<article><h2>Déplacement du maire à Elche</h2>"
        "<p>Les 14 et 15 mai 2026, le maire s'est rendu à Elche, notre ville jumelle espagnole, pour l'inauguration "
        "de la palmeraie pédagogique réalisée avec les jardiniers toulousains.</p></article>\n"
        "<article><h2>Visite du maire d'Atlanta (9 juin 2026)</h2>"
        "<p>Reçu au Capitole, le maire d'Atlanta a échangé avec les élus sur l'aéronautique et la transition "
        "énergétique, avant une visite de l'Oncopole.</p></article>\n"
        "<h2>Agenda des échanges – second semestre 2026</h2>\n"
        f"<table><thead><tr><th>Date</th><th>Délégation</th><th>Objet</th></tr></thead><tbody>{table}</tbody></table>\n"
    )
    aside = ('<div class="box"><h3>Nos villes jumelles</h3><ul>'
             + "".join(f"<li>{w} ({c})</li>" for w, c, _ in TL_TIES)
             + "</ul></div>")
    nav = ('<a href="/">Accueil</a> <a href="/demarches/">Démarches</a> <a href="/international/">International</a> '
           '<a href="/agenda/">Agenda</a>')
    footer = "<p>Mairie de Toulouse · Place du Capitole · 31000 Toulouse</p><p>© 2026 Ville de Toulouse</p>"
    html = html_page("fr", "Actualités des relations internationales | Toulouse", nav, main, aside, footer)
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, _, c in TL_TIES],
        engagements=[engagement("incoming", ["Bologna"], "Toulouse", "2026-02-03", "2026-02-05"),
                     engagement("outgoing", ["Toulouse"], "Elche", "2026-05-14", "2026-05-15"),
                     engagement("incoming", ["Atlanta"], "Toulouse", "2026-06-09"),
                     engagement("incoming", ["Kyiv"], "Toulouse", "2026-09-12"),
                     engagement("outgoing", ["Toulouse"], "Chongqing", "2026-10-20", "2026-10-22")],
    )
    return html, gold


# --------------------------------------------------------------------------- 185 Tottori report e-mail (ja, EML)


@document("185_tottori_kokusai_koryu_jisseki_hokoku_ja.eml", split="dev", home="Tottori", language="ja",
          features=[
              "eml", "Japanese", "a report e-mail of the international exchange division (Date: 16 Oct 2026), "
              "a 記 section with numbered items",
              "a heading '（１）清州市（大韓民国）市長一行の来訪' over a period field '期間：令和8年5月12日（火）～14日（木）' "
              "(incoming)", "'2026年8月3日～5日、市長ほか4名がハーナウ市（ドイツ）を訪問' (outgoing)",
              "'７月下旬に中学生派遣団８名が清州市を訪問' (outgoing, month, year from the fiscal year)",
              "a 来鳥 line with a year-less date (incoming) and a staff dispatch to a festival of a domestic "
              "partner (outgoing)", "a cancelled reception and an online meeting (not engagements)",
              "partners in a closing reference block with Heisei years"])
def tottori_eml():
    _weekdays([("2026-05-12", "Tue"), ("2026-05-14", "Thu")])
    body = (
        "関係各位\n\n"
        "お疲れ様です。国際交流課の山本です。\n"
        "令和8年度上半期（4月～9月）の国際交流実績を下記のとおり報告します。\n\n"
        "記\n\n"
        "１　海外姉妹・友好都市との交流\n"
        "（１）清州市（大韓民国）市長一行の来訪\n"
        "　　期間：令和8年5月12日（火）～14日（木）\n"
        "　　内容：市長表敬、鳥取砂丘視察、経済交流懇談会\n"
        "（２）市長のドイツ訪問\n"
        "　　2026年8月3日～5日、市長ほか4名がハーナウ市（ドイツ）を訪問し、グリム童話を通じた文化交流について協議した。\n"
        "（３）中学生派遣\n"
        "　　７月下旬に中学生派遣団８名が清州市を訪問し、ホームステイを体験した。\n\n"
        "２　国内姉妹都市との交流\n"
        "・7月20日　釧路市議会議員団が来鳥し、議会間の意見交換を行った。\n"
        "・9月5日～6日　岩国市の錦帯橋まつりに本市職員2名を派遣した。\n\n"
        "３　その他\n"
        "・10月に予定していたハーナウ市青少年訪問団の受入れは、先方の事情により中止となった。\n"
        "・9月18日、清州市とオンラインで観光担当者会議を開催した。\n\n"
        "（参考）本市の姉妹・友好都市\n"
        "　海外：清州市（大韓民国、姉妹都市、平成7年提携）、ハーナウ市（ドイツ、友好都市、平成22年提携）\n"
        "　国内：釧路市、岩国市（いずれも姉妹都市）\n\n"
        "以上\n\n"
        "――――――――――――\n鳥取市 企画推進部 国際交流課\n電話 0857-00-0000\n"
    )
    msg = EmailMessage()
    msg["From"] = "国際交流課 <kokusai@city.tottori.example>"
    msg["To"] = "kanbu@city.tottori.example"
    msg["Date"] = "Fri, 16 Oct 2026 10:12:00 +0900"
    msg["Subject"] = "令和8年度上半期 国際交流実績について（報告）"
    msg["Message-ID"] = "<r8-kokusai-jisseki@city.tottori.example>"
    msg.set_content(body, charset="utf-8", cte="8bit")
    gold = Gold(
        partnerships=[partner("清州市", "Cheongju", "sister"), partner("ハーナウ市", "Hanau", "friendship"),
                      partner("釧路市", "Kushiro", "sister"), partner("岩国市", "Iwakuni", "sister")],
        engagements=[engagement("incoming", ["Cheongju"], "Tottori", "2026-05-12", "2026-05-14"),
                     engagement("outgoing", ["Tottori"], "Hanau", "2026-08-03", "2026-08-05"),
                     engagement("outgoing", ["Tottori"], "Cheongju", "2026-07"),
                     engagement("incoming", ["Kushiro"], "Tottori", "2026-07-20"),
                     engagement("outgoing", ["Tottori"], "Iwakuni", "2026-09-05", "2026-09-06")],
    )
    return eml_bytes(msg), gold
