"""Corpus documents 118-120 (test split; see docs/evaluation.md and corpus/TEST_SPLIT.md): built by
``scripts/make_corpus.py``. Seventh batch, written on 2026-12-01 with ``corpus_docs_110_117.py``. Partner pairs
are taken from ``../shared/data/twin-cities``; kinds, years, visits, dates and cooperation items are invented.
"""

from __future__ import annotations

from corpus_common import (PLACES, Gold, Spec, claim, coop, deck_bytes, docx_bytes, docx_table, engagement,
                           new_deck, new_docx, partner, registrar, slide_table, textbox, titled_slide)
from corpus_docs_43_49 import add_places

SPECS: list[Spec] = []
document = registrar(SPECS)

add_places({
    "Samarkand": ("UZ", "gn:1216265"), "Florianópolis": ("BR", "gn:3463237"), "Shizuoka": ("JP", "gn:1851717"),
    "Liège": ("BE", "gn:2792413"), "Rio de Janeiro": ("BR", "gn:3451190"), "Plovdiv": ("BG", "gn:728193"),
    "Xi'an": ("CN", "gn:1790630"), "Agra": ("IN", "gn:1279259"), "Isfahan": ("IR", "gn:418863"),
    "Jūrmala": ("LV", "gn:459201"), "Lahore": ("PK", "gn:1172451"), "Krasnoyarsk": ("RU", "gn:1502026"),
    "Kairouan": ("TN", "gn:2473449"),
    "Córdoba (AR)": ("AR", "gn:3860259"), "Angra do Heroísmo": ("PT", "gn:3373348"),
    "Ponta Delgada": ("PT", "gn:6941014"), "Asunción": ("PY", "gn:3439389"), "Havana": ("CU", "gn:3553478"),
    "Roanoke": ("US", "gn:4782167"), "Luján": ("AR", "gn:3430988"),
    "Cannes": ("FR", "gn:3028808"), "Omaha": ("US", "gn:5074472"), "Stockton": ("US", "gn:5399020"),
    "Shelbyville": ("US", "gn:4657077"),
})


def _countries(canons) -> int:
    return len({PLACES[c][0] for c in canons})


# --------------------------------------------------------------------------- 118 Samarkand (uz, PPTX)

SQ_SISTERS = [("Lyej", "Belgiya", "Liège"), ("Rio-de-Janeyro", "Braziliya", "Rio de Janeiro"),
              ("Plovdiv", "Bolgariya", "Plovdiv"), ("Sian", "Xitoy", "Xi'an"), ("Agra", "Hindiston", "Agra"),
              ("Isfahon", "Eron", "Isfahan"), ("Lahor", "Pokiston", "Lahore"), ("Qayrovon", "Tunis", "Kairouan")]
SQ_MEMO = [("Yurmala", "Latviya", "Jūrmala"), ("Krasnoyarsk", "Rossiya", "Krasnoyarsk")]
SQ_ITEMS = [("Registon va Sian devorlari: restavratorlar almashinuvi", "Sian", "davom etmoqda", "in_progress",
             "Xi'an"),
            ("Ipak yo'li turistik marshruti", "Isfahon", "kelishilgan", "agreed", "Isfahan"),
            ("Sanatoriya-kurort tajribasi bo'yicha seminar", "Yurmala", "taklif qilingan", "proposed", "Jūrmala")]


@document("118_samarqand_xalqaro_hamkorlik_uz.pptx", split="test", home="Samarkand", language="uz",
          features=["pptx", "Uzbek (Latin)", "sister cities and memoranda", "visits", "project table", "headline"])
def samarkand_deck():
    prs = new_deck()
    s = titled_slide(prs, "Samarqand shahri: xalqaro hamkorlik, 2025-yil")
    canons = [c for *_, c in SQ_SISTERS]
    textbox(s.shapes, 0.8, 1.6, 11.5, 1.0, [f"Samarqandning {len(canons)} ta birodar shahri bor "
                                            f"({_countries(canons)} ta davlatda)."], 20)
    slide_table(s, [["Birodar shahar", "Davlat"]] + [[n, c] for n, c, _ in SQ_SISTERS], 0.8, 2.6, 7.0, 13)
    textbox(s.shapes, 8.2, 2.6, 4.5, 3.0, ["Hamkorlik memorandumlari:"] + [f"{n} ({c})" for n, c, _ in SQ_MEMO], 14)
    s = titled_slide(prs, "Tashriflar")
    textbox(s.shapes, 0.8, 1.6, 11.5, 4.0, [
        "• 2025-yil 14–17-aprel: Sian shahri delegatsiyasi Samarqandda (Navro'z bayramidan keyin)",
        "• 2025-yil 8–10-oktabr: Samarqand hokimi Plovdivda, shaharlar forumida",
        "• 2025-yil 25-avgust – 'Sharq taronalari' festivaliga arizalar qabul qilish muddati"], 18)
    s = titled_slide(prs, "Loyihalar")
    slide_table(s, [["Loyiha", "Hamkor", "Holati"]] + [[t, p, h] for t, p, h, _, _ in SQ_ITEMS], 0.8, 1.6, 11.5, 14)
    gold = Gold(
        partnerships=[partner(n, c, "sister") for n, _, c in SQ_SISTERS] + [partner(n, c, "partner") for n, _, c in SQ_MEMO],
        engagements=[engagement("incoming", ["Xi'an"], "Samarkand", "2025-04-14", "2025-04-17"),
                     engagement("outgoing", ["Samarkand"], "Plovdiv", "2025-10-08", "2025-10-10")],
        cooperation=[coop(t, st, ["Samarkand", c]) for t, _, _, st, c in SQ_ITEMS],
        claims=[claim(f"{len(canons)} ta birodar shahri ({_countries(canons)} ta davlatda)", len(canons),
                      _countries(canons), "sister", "consistent")],
    )
    return deck_bytes(prs, "Samarqand: xalqaro hamkorlik"), gold


# --------------------------------------------------------------------------- 119 Florianópolis (pt-BR, DOCX)

FLN = [("Angra do Heroísmo", "Portugal", "Angra do Heroísmo", "sister"),
       ("Ponta Delgada", "Portugal", "Ponta Delgada", "sister"),
       ("Assunção", "Paraguai", "Asunción", "sister"), ("Havana", "Cuba", "Havana", "sister"),
       ("Roanoke", "Estados Unidos", "Roanoke", "sister"), ("Córdoba", "Argentina", "Córdoba (AR)", "partner"),
       ("Luján", "Argentina", "Luján", "partner")]
FLN_ITEMS = [("Rota gastronômica açoriana", "concluído", "completed", "Ponta Delgada"),
             ("Intercâmbio de guarda-vidas", "em negociação", "in_progress", "Roanoke"),
             ("Feira de inovação em ilhas", "proposto por Angra do Heroísmo", "proposed", "Angra do Heroísmo")]


@document("119_florianopolis_oficio_cidades_irmas_pt.docx", split="test", home="Florianópolis", language="pt",
          features=["docx", "Portuguese (Brazil)", "an official letter (ofício)", "partner table", "visits",
                    "items"])
def florianopolis_docx():
    doc = new_docx()
    doc.add_paragraph("PREFEITURA MUNICIPAL DE FLORIANÓPOLIS\nSecretaria Municipal de Relações Internacionais")
    doc.add_paragraph("Ofício nº 212/SMRI/2025 — Florianópolis, 4 de agosto de 2025")
    doc.add_paragraph("À Câmara Municipal de Florianópolis\nAssunto: resposta ao Pedido de Informação nº 88/2025")
    doc.add_paragraph("Senhor Presidente,\n\nEm atenção ao pedido, informamos os vínculos internacionais vigentes do "
                      "Município:")
    docx_table(doc, [["Cidade", "País", "Vínculo"]]
               + [[n, c, "cidade-irmã" if k == "sister" else "acordo de cooperação"] for n, c, _, k in FLN])
    doc.add_paragraph("No primeiro semestre, recebemos de 12 a 15 de maio de 2025 a comitiva de Ponta Delgada, "
                      "liderada pelo presidente da Câmara Municipal. De 20 a 24 de outubro de 2025 o prefeito irá a "
                      "Roanoke, atendendo a convite da cidade-irmã.")
    doc.add_paragraph("Situação dos projetos:")
    for t, s, _, _ in FLN_ITEMS:
        doc.add_paragraph(f"{t} — {s}", style="List Bullet")
    doc.add_paragraph("O prazo para envio de emendas ao orçamento de 2026 é 30 de setembro de 2025.\n\n"
                      "Atenciosamente,\nCarolina Mendes Silveira\nSecretária Municipal de Relações Internacionais")
    gold = Gold(
        partnerships=[partner(n, c, k) for n, _, c, k in FLN],
        engagements=[engagement("incoming", ["Ponta Delgada"], "Florianópolis", "2025-05-12", "2025-05-15"),
                     engagement("outgoing", ["Florianópolis"], "Roanoke", "2025-10-20", "2025-10-24")],
        cooperation=[coop(t, st, ["Florianópolis", c]) for t, _, st, c in FLN_ITEMS],
    )
    return docx_bytes(doc, "Ofício 212/SMRI/2025"), gold


# --------------------------------------------------------------------------- 120 Shizuoka (ja, TXT)

SZ = [("オマハ市", "アメリカ合衆国ネブラスカ州", "Omaha", "sister"), ("ストックトン市", "アメリカ合衆国カリフォルニア州", "Stockton", "sister"),
      ("シェルビービル市", "アメリカ合衆国テネシー州", "Shelbyville", "sister"), ("カンヌ市", "フランス共和国", "Cannes", "friendship")]
SZ_ITEMS = [("お茶文化講座の相互開催", "継続中", "in_progress", "Omaha"),
            ("映画祭での静岡市ブース出展", "合意済み", "agreed", "Cannes"),
            ("高校生ホームステイ", "休止中", "stalled", "Stockton")]


@document("120_shizuoka_kokusai_koryu_gyomu_nisshi_ja.txt", split="test", home="Shizuoka", language="ja",
          encoding="utf-8", features=["txt", "Japanese", "a work log with dated entries", "sister and friendship "
                                      "cities", "visits", "items"])
def shizuoka_txt():
    lines = ["静岡市 観光交流文化局 国際交流課 業務日誌（抜粋）令和7年度", "",
             "■ 当課が所管する海外の姉妹都市・友好都市"]
    lines += [f"  ・{n}（{c}）… {'姉妹都市' if k == 'sister' else '友好都市'}" for n, c, _, k in SZ]
    lines += ["", "4月8日（火）", "  オマハ市国際課とオンライン打合せ。" + f"{SZ_ITEMS[0][0]}は{SZ_ITEMS[0][1]}。",
              "5月20日（火）〜22日（木）", "  ストックトン市長一行が来静。市長表敬、清水港視察。",
              "  " + f"{SZ_ITEMS[2][0]}は引き続き{SZ_ITEMS[2][1]}との説明あり。",
              "6月2日（月）", "  補助金申請締切（国際交流協会）。",
              "10月（予定）", "  市長がカンヌ市を訪問予定。" + f"{SZ_ITEMS[1][0]}について{SZ_ITEMS[1][1]}。", ""]
    gold = Gold(
        partnerships=[partner(n, c, k) for n, _, c, k in SZ],
        engagements=[engagement("incoming", ["Stockton"], "Shizuoka", "2025-05-20", "2025-05-22"),
                     engagement("outgoing", ["Shizuoka"], "Cannes", "2025-10")],
        cooperation=[coop(t, st, ["Shizuoka", c]) for t, _, st, c in SZ_ITEMS],
    )
    return "\n".join(lines).encode("utf-8"), gold
