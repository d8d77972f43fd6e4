"""Cooperation items, seventh session: the general phenomena behind the misses of dev 171-176, on text of our own.

- a project table (title column, partner column, state column) anywhere in a cooperation section, each row's
  partner from its partner column;
- "title——state" with the unspaced dash of Chinese and Japanese;
- "with X" in a title names the item's party (en, fr, es, de, zh, ja, ko, ar);
- a proposal still under study is proposed, in every language; a list item the reader cannot split is no
  introduction whose state the other items take; a longer title before a colon and a state;
- the optional vowel marks of Arabic (and Hebrew) do not hide a status word;
- running text about a partner, a visit's leg or schedule, a day of a programme or a form's label is no item.
"""

from __future__ import annotations

import pytest

from intercity.core.extraction import status_of


def _items(x):
    return sorted((c.title, c.status) for c in x.cooperation)


def _parties(x):
    return {c.title: (c.parties[-1].name if c.parties else None) for c in x.cooperation}


# ---------------------------------------------------------------- a project table inside a section

_TABLES = {
    "en": ("## Cooperation projects", "Figures as of 1 November; the partner column names the city concerned.",
           ("No.", "Project", "Partner city", "Status"),
           [("1", "Smart port data exchange", "Seattle", "In progress"),
            ("2", "Youth homestay programme", "Barcelona", "Completed"),
            ("3", "Hydrogen bus joint study", "Shanghai", "On hold")]),
    "ko": ("## 협력사업 추진현황", "※ 2026. 11. 1. 기준, 상대도시별 현황",
           ("연번", "사업명", "상대도시", "추진상황"),
           [("1", "스마트항만 데이터 교류", "시애틀", "추진 중 (실무협의 개시)"),
            ("2", "청소년 홈스테이 상호 파견", "바르셀로나", "완료 (학생 각 10명)"),
            ("3", "수소버스 공동연구", "상하이", "잠정 중단 (예산 미확보)")]),
    "ja": ("## 協力事業の状況", "（令和8年11月1日現在）",
           ("番号", "事業名", "相手都市", "状況"),
           [("1", "港湾データ交流事業", "シアトル", "継続中"),
            ("2", "青少年ホームステイ事業", "バルセロナ", "終了"),
            ("3", "水素バス共同研究", "上海", "休止中")]),
    "zh": ("## 合作项目进展", "（截至2026年11月1日）",
           ("序号", "项目", "合作城市", "进展"),
           [("1", "智慧港口数据交流", "西雅图", "进行中"),
            ("2", "青少年互访交流", "巴塞罗那", "已完成"),
            ("3", "氢能公交联合研究", "上海", "已暂停")]),
    "es": ("## Proyectos de cooperación", "Situación a 1 de noviembre de 2026.",
           ("N.º", "Proyecto", "Ciudad socia", "Estado"),
           [("1", "Intercambio de datos portuarios", "Seattle", "En curso"),
            ("2", "Programa de acogida de jóvenes", "Barcelona", "Finalizado"),
            ("3", "Estudio conjunto de autobuses de hidrógeno", "Shanghái", "Suspendido")]),
    "fr": ("## Projets de coopération", "Situation au 1er novembre 2026.",
           ("N°", "Projet", "Ville partenaire", "État"),
           [("1", "Échange de données portuaires", "Seattle", "En cours"),
            ("2", "Accueil de jeunes en familles", "Barcelone", "Terminé"),
            ("3", "Étude commune sur les bus à hydrogène", "Shanghai", "Suspendu")]),
    "de": ("## Kooperationsprojekte", "Stand: 1. November 2026.",
           ("Nr.", "Projekt", "Partnerstadt", "Stand"),
           [("1", "Austausch von Hafendaten", "Seattle", "Läuft"),
            ("2", "Jugendgastfamilienprogramm", "Barcelona", "Abgeschlossen"),
            ("3", "Gemeinsame Studie zu Wasserstoffbussen", "Schanghai", "Ausgesetzt")]),
    "ar": ("## مشاريع التعاون", "الوضع حتى 1 تشرين الثاني 2026.",
           ("الرقم", "المشروع", "المدينة الشريكة", "الحالة"),
           [("1", "تبادل بيانات الموانئ الذكية", "سياتل", "قيد التنفيذ"),
            ("2", "برنامج الاستضافة الشبابية", "برشلونة", "أنجز"),
            ("3", "دراسة مشتركة لحافلات الهيدروجين", "شانغهاي", "متوقف مؤقتاً")]),
}
_STATES = ["in_progress", "completed", "stalled"]


def _md_table(heading, note, header, rows):
    lines = [heading, "", note, "", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("lang", sorted(_TABLES))
def test_a_project_table_after_a_note_in_a_section_with_a_partner_column(extract_text, lang):
    heading, note, header, rows = _TABLES[lang]
    x = extract_text(_md_table(heading, note, header, rows), name=f"{lang}.md")
    assert _items(x) == sorted((r[1], s) for r, s in zip(rows, _STATES))
    parties = _parties(x)
    assert [parties[r[1]] for r in rows] == ["Seattle", "Barcelona", "Shanghai"]


# ---------------------------------------------------------------- "title——state" in Chinese and Japanese

def test_items_and_states_joined_by_an_unspaced_cjk_dash(extract_text):
    zh = ("## 2026年友城合作重点项目\n\n"
          "- 与西雅图市开展智慧港口数据交流合作——进行中\n"
          "- 与巴塞罗那市签署青年创业合作备忘录——已签署\n"
          "- 与神户市开展中学生互访项目——已完成\n")
    x = extract_text(zh, name="zh.md")
    assert _items(x) == [("与巴塞罗那市签署青年创业合作备忘录", "agreed"), ("与神户市开展中学生互访项目", "completed"),
                         ("与西雅图市开展智慧港口数据交流合作", "in_progress")]
    assert _parties(x) == {"与西雅图市开展智慧港口数据交流合作": "Seattle", "与巴塞罗那市签署青年创业合作备忘录": "Barcelona",
                           "与神户市开展中学生互访项目": "Kobe"}
    ja = ("## 交流事業の進捗\n\n"
          "・シアトル市との港湾技術研修―継続中\n"
          "・バルセロナ市との青少年音楽交流――終了\n"
          "・神戸市との防災共同訓練－休止中\n")
    y = extract_text(ja, name="ja.md")
    assert _items(y) == [("シアトル市との港湾技術研修", "in_progress"), ("バルセロナ市との青少年音楽交流", "completed"),
                         ("神戸市との防災共同訓練", "stalled")]
    assert _parties(y)["神戸市との防災共同訓練"] == "Kobe"
    # a hyphen between two CJK characters inside a name is no separator
    assert status_of("上海-杭州", default="")[0] == ""


# ---------------------------------------------------------------- "with X" names the party

_WITH = {
    "en": "## Cooperation projects\n\n1. Youth exchange with Kobe: in progress\n2. Port study with Seattle: completed\n",
    "fr": "## Projets de coopération\n\n1. Échanges de jeunes avec Kobe : en cours\n2. Étude portuaire avec Seattle : terminée\n",
    "es": "## Proyectos de cooperación\n\n1. Intercambio juvenil con Kobe: en curso\n2. Estudio portuario con Seattle: finalizado\n",
    "de": "## Kooperationsprojekte\n\n1. Jugendaustausch mit Kobe: läuft\n2. Hafenstudie mit Seattle: abgeschlossen\n",
    "zh": "## 合作项目进展\n\n1. 与神户市开展青少年交流：进行中\n2. 与西雅图市开展港口研究：已完成\n",
    "ja": "## 交流事業の進捗\n\n1. 神戸市との青少年交流：継続中\n2. シアトル市との港湾研究：終了\n",
    "ko": "## 협력사업 추진현황\n\n1. 고베시와의 청소년 교류: 추진 중\n2. 시애틀시와 항만 공동연구: 완료\n",
    "ar": "## مشاريع التعاون\n\n1. تبادل الشباب مع مدينة طوكيو: قيد التنفيذ\n2. دراسة الموانئ مع سياتل: أنجز\n",
}


@pytest.mark.parametrize("lang", sorted(_WITH))
def test_with_x_in_a_title_names_the_party_not_the_visiting_city(extract_text, lang):
    # the document is about a visit from Barcelona: the items still belong to the cities their titles name
    visit = {"en": "A delegation from Barcelona visited Busan on 3 March 2026.\n\n",
             "fr": "Une délégation de Barcelone a visité Busan le 3 mars 2026.\n\n",
             "es": "Una delegación de Barcelona visitó Busan el 3 de marzo de 2026.\n\n",
             "de": "Eine Delegation aus Barcelona besuchte Busan am 3. März 2026.\n\n",
             "zh": "2026年3月3日，巴塞罗那市代表团访问釜山。\n\n",
             "ja": "2026年3月3日、バルセロナ市の代表団が釜山を訪問した。\n\n",
             "ko": "2026년 3월 3일 바르셀로나시 대표단이 부산을 방문했다.\n\n",
             "ar": "زار وفد من برشلونة مدينة بوسان في 3 آذار 2026.\n\n"}[lang]
    x = extract_text(visit + _WITH[lang], name=f"{lang}.md")
    got = sorted(_parties(x).values())
    assert got == (["Seattle", "Tokyo"] if lang == "ar" else ["Kobe", "Seattle"]), (lang, _parties(x))


# ---------------------------------------------------------------- a proposal under study is proposed

@pytest.mark.parametrize("text", [
    "proposal from Kobe, under study by the transport department",
    "being studied by both cities",
    "proposition de la Ville de Lyon, à l'étude par la direction des mobilités",
    "en cours d'étude",
    "propuesta por Lyon y todavía en estudio",
    "proposta da câmara, em análise",
    "proposta di Lione, allo studio",
    "Vorschlag aus Lyon, wird derzeit geprüft",
    "voorstel van Lyon, wordt onderzocht",
    "리옹시 제안, 검토 중",
    "リヨン市から提案、検討中",
    "对方提议，正在研究",
    "مقترحة من الجانب الفرنسي وقيد الدراسة",
    "Lionas ierosinājums, izskatīšanā",
    "на рассмотрении",
    "w trakcie analizy",
])
def test_a_proposal_under_study_is_proposed(text):
    assert status_of(text, default="")[0] == "proposed"


def test_under_study_does_not_outrank_a_signature_or_a_stop():
    assert status_of("convention signée ; volet 2 à l'étude", default="")[0] == "agreed"
    assert status_of("suspendu, reprise à l'étude", default="")[0] == "stalled"
    assert status_of("en cours", default="")[0] == "in_progress"
    assert status_of("正在推进", default="")[0] == "in_progress"


def test_an_unsplit_list_item_is_no_introduction_and_a_long_title_is_kept(extract_text):
    fr = ("## Projets de coopération : état d'avancement\n\n"
          "- Gestion des eaux pluviales à Kobe avec le syndicat intercommunal des eaux du bassin versant : convention signée en mars.\n"
          "- Échanges d'apprentis avec Seattle : en cours.\n"
          "- Plateforme sur les mobilités actives avec Barcelone : proposition de Barcelone, à l'étude.\n")
    x = extract_text(fr, name="fr.md")
    assert _items(x) == [("Gestion des eaux pluviales à Kobe avec le syndicat intercommunal des eaux du bassin versant", "agreed"),
                         ("Plateforme sur les mobilités actives avec Barcelone", "proposed"),
                         ("Échanges d'apprentis avec Seattle", "in_progress")]
    en = ("## Cooperation projects\n\n"
          "- Harbour water quality monitoring in Kobe together with the regional environment agency and the port authority: MoU signed in May.\n"
          "- Cycling plan exchange with Seattle: proposal by Seattle, under consideration.\n")
    y = extract_text(en, name="en.md")
    assert dict(_items(y))["Cycling plan exchange with Seattle"] == "proposed"


# ---------------------------------------------------------------- vowel marks

def test_vowel_marks_do_not_hide_a_status_word():
    assert status_of("أُنجز في تموز 2026", default="")[0] == "completed"
    assert status_of("أُلْغِيَ بطلب من الجانب الآخر", default="")[0] == "dropped"
    assert status_of("مُتوقِّف مؤقتاً", default="")[0] == "stalled"
    assert status_of("قَيْدَ التَّنْفِيذ", default="")[0] == "in_progress"
    assert status_of("مُقْتَرَحة", default="")[0] == "proposed"
    assert status_of("أنجـــز", default="")[0] == "completed"  # the tatweel that stretches a word


def test_an_arabic_list_with_a_completed_programme(extract_text):
    ar = ("مشاريع التعاون القائمة:\n"
          "- تبادل الخبرات في إدارة النفايات مع سياتل: قيد التنفيذ.\n"
          "- برنامج تدريب المهندسين بالتعاون مع مدينة كوبي: أُنجز في تموز 2026.\n"
          "- مهرجان الأيام الثقافية مع برشلونة: متوقف مؤقتاً لأسباب تمويلية.\n")
    x = extract_text(ar, name="ar.txt")
    assert sorted(c.status for c in x.cooperation) == ["completed", "in_progress", "stalled"]


# ---------------------------------------------------------------- what running text tells that is no item

@pytest.mark.parametrize("text", [
    # a partner told about, not a project
    "중국 안양시(허난성)는 우리 시와 이름이 같은 도시로, 2012년 우호협력 협정을 체결함.\n",
    # what was signed during a visit, a visit's schedule
    "시애틀 방문 시 합의서는 양 시 시장이 서명하였고, 세부 과제는 내년 확정 예정.\n",
    "시애틀시 방문단 일정은 시애틀시 국제교류협회와 협의 중이며 7월 하순이 유력함.\n",
    # a trip's leg, a visit after a conjunction
    "The Seattle leg was cancelled back in September.\n",
    "The Seattle leg of the tour was postponed to next year.\n",
    "La visita de Seattle, prevista para junio, se ha aplazado.\n",
    "Und der Besuch aus Seattle, ursprünglich für Juni geplant, wurde verschoben.\n",
    # a day of a programme, a form's label
    "• 9/23–9/25 西雅圖市：出席締結姊妹市35週年慶祝活動，雙方簽署備忘錄\n",
    "Submitted by: Dana Smith, Chief of Protocol Approved by: City Manager\n",
])
def test_running_text_that_is_no_item(extract_text, text):
    assert _items(extract_text(text, name="t.txt")) == []


def test_a_short_speaker_label_is_not_the_title(extract_text):
    text = ("Present: the Mayor (MAYOR); Manager, International Relations (MIR).\n\n"
            "MIR: The schools essay exchange with Seattle finished in May; the essays are online.\n")
    titles = [c.title for c in extract_text(text, name="t.txt").cooperation]
    assert "MIR" not in titles


# ---------------------------------------------------------------- items told in running text, more shapes

@pytest.mark.parametrize("text,expected", [
    # German: "Die TITLE (beider Städte) ist STATE", "ein TITLE wurde … vorgeschlagen"
    ("Eine Delegation aus Seattle war im Mai in Busan. Die Klimapartnerschaft beider Städte ist abgeschlossen; "
     "ein Folgeprojekt zur Hitzevorsorge wurde von Seattle vorgeschlagen.\n",
     [("Folgeprojekt zur Hitzevorsorge", "proposed"), ("Klimapartnerschaft", "completed")]),
    # Spanish: an aside between commas and a copula of state ("queda aplazado")
    ("Una delegación de Seattle visitó Busan en mayo. El intercambio de bandas de música, en cambio, queda aplazado "
     "sin fecha por falta de presupuesto.\n", [("intercambio de bandas de música", "stalled")]),
    # French: "Le TITLE, quant à lui, reste suspendu"
    ("Une délégation de Seattle a visité Busan en mai. Le festival des lanternes, quant à lui, reste suspendu.\n",
     [("festival des lanternes", "stalled")]),
    # Chinese: "與X市之 TITLE，已…完成"
    ("另本市與美國西雅圖市之青少年棒球交流計畫，已於今年暑假圓滿完成。\n", [("青少年棒球交流計畫", "completed")]),
])
def test_items_in_running_text_in_more_shapes(extract_text, text, expected):
    assert _items(extract_text(text, name="p.txt")) == expected


def test_the_sentence_after_an_enumerated_plan_is_read_too(extract_text):
    es = ("Una delegación de Seattle ha visitado Busan del 11 al 13 de marzo. El plan de trabajo firmado ayer incluye la "
          "restauración conjunta de fachadas, ya acordada por ambas partes; un programa de becas, que está en marcha desde "
          "enero; y una ruta gastronómica, propuesta por Seattle. El intercambio de bandas de música, en cambio, queda "
          "aplazado sin fecha.\n")
    got = dict(_items(extract_text(es, name="e.txt")))
    assert got.get("intercambio de bandas de música") == "stalled"
    assert got.get("restauración conjunta de fachadas") == "agreed"


@pytest.mark.parametrize("state,expected", [
    ("Under way (stage two signed off in October)", "in_progress"),
    ("추진 중 (4월 실무협의 개시, 연내 1차 파견)", "in_progress"),
    ("En cours (convention signée en mars)", "in_progress"),
    ("合意 (8月に覚書締結)", "agreed"),
])
def test_the_words_before_a_bracket_decide_a_state_cell(extract_text, state, expected):
    md = f"## Cooperation projects\n\n| Project | Partner | Status |\n|---|---|---|\n| Port data exchange | Seattle | {state} |\n" \
         "| Youth homestay | Kobe | Completed |\n"
    got = dict(_items(extract_text(md, name="s.md")))
    assert got["Port data exchange"] == expected


def test_an_offer_being_examined_is_proposed():
    assert status_of("haben uns die Kollegen aus Lyon angeboten, wir prüfen das gerade", default="")[0] == "proposed"
    assert status_of("offered by Lyon last spring", default="")[0] == "proposed"


# ---------------------------------------------------------------- a letter of intent's fields

_INTENT_LISTS = {
    "en": ("Busan and the City of Seattle express their intention to cooperate in the following fields:",
           ["(a) Exchange programme for school teachers", "(b) Technical assistance for health centres", "(c) Digital heritage archive"]),
    "fr": ("Busan et la Ville de Lyon expriment leur intention de coopérer dans les domaines suivants :",
           ["a) Échanges d'enseignants", "b) Assistance technique aux centres de santé", "c) Archives numériques du patrimoine"]),
    "es": ("Busan y la ciudad de Barcelona manifiestan su intención de colaborar en los siguientes ámbitos:",
           ["a) Intercambio de docentes", "b) Asistencia técnica a centros de salud"]),
    "de": ("Busan und die Stadt Hamburg bekunden ihre Absicht zur Zusammenarbeit in folgenden Bereichen:",
           ["1. Lehreraustausch", "2. Technische Hilfe für Gesundheitszentren"]),
    "ar": ("تعرب بوسان ومدينة إسطنبول عن نيتهما في التعاون في المجالات التالية:",
           ["(أ) برنامج تبادل المعلمين", "(ب) المساعدة الفنية للمراكز الصحية"]),
    "ur": ("بوسان اور استنبول درج ذیل شعبوں میں تعاون کے ارادے کا اظہار کرتے ہیں:",
           ["(الف) اساتذہ کا تبادلہ پروگرام", "(ب) صحت مراکز میں تکنیکی معاونت"]),
    "zh": ("釜山市与上海市表达在以下领域开展合作的意向：", ["（一）教师交流项目", "（二）卫生中心技术援助"]),
}


@pytest.mark.parametrize("lang", sorted(_INTENT_LISTS))
def test_the_fields_of_a_letter_of_intent_are_proposed_items(extract_text, lang):
    intro, lines = _INTENT_LISTS[lang]
    x = extract_text(intro + "\n\n" + "\n\n".join(lines) + "\n", name=f"{lang}.txt")
    assert len(x.cooperation) == len(lines), (lang, _items(x))
    assert {c.status for c in x.cooperation} == {"proposed"}
    assert all(len(c.parties) == 2 for c in x.cooperation)


def test_a_list_without_an_intention_or_of_sentences_is_no_letter_of_intent(extract_text):
    plain = "The two cities cooperate in the following fields:\n\n(a) Culture\n\n(b) Education\n"
    assert extract_text(plain, name="a.txt").cooperation == []
    sentences = ("Busan and Seattle express their intention to cooperate as follows:\n\n"
                 "(a) The teachers will travel in May. They will stay two weeks.\n\n(b) The mayors will meet. Then they sign.\n")
    assert extract_text(sentences, name="b.txt").cooperation == []


def test_an_unspaced_cjk_dash_without_a_state_after_it_is_no_separator(extract_text):
    ja = "## 交流事業の進捗\n\n・平和―未来への架け橋\n・港湾技術研修―継続中\n・防災共同訓練―終了\n"
    titles = [c.title for c in extract_text(ja, name="j.md").cooperation]
    assert "平和" not in titles and "港湾技術研修" in titles


def test_turkish_ile_names_the_party(extract_text):
    tr = ("Barselona heyeti 3 Mart 2026'da Busan'ı ziyaret etti.\n\n## İşbirliği projeleri\n\n"
          "1. Kobe ile gençlik değişimi: devam ediyor\n2. Seattle ile liman çalışması: tamamlandı\n")
    assert sorted(_parties(extract_text(tr, name="tr.md")).values()) == ["Kobe", "Seattle"]


# ---------------------------------------------------------------- fields as sub-items, project cards, partner-led lines

_NESTED = {
    "pl": ("## Projekty realizowane z miastami partnerskimi\n\n1. **Szlak dziedzictwa**\n   - partner: Seattle\n"
           "   - stan: w realizacji\n2. **Wymiana młodzieży**\n   - partner: Kobe\n   - stan: zakończony\n"
           "3. **Stoisko na targach**\n   - partner: Barcelona\n   - stan: rezygnacja z udziału\n"),
    "en": ("## Projects with partner cities\n\n1. **Heritage trail**\n   - partner: Seattle\n   - status: in progress\n"
           "2. **Youth exchange**\n   - partner: Kobe\n   - status: completed\n3. **Trade fair stand**\n   - partner: Barcelona\n"
           "   - status: cancelled\n"),
    "fr": ("## Projets avec les villes partenaires\n\n1. **Parcours du patrimoine**\n   - partenaire : Seattle\n   - état : en cours\n"
           "2. **Échange de jeunes**\n   - partenaire : Kobe\n   - état : terminé\n3. **Présence au salon**\n"
           "   - partenaire : Barcelone\n   - état : abandonné\n"),
    "de": ("## Projekte mit Partnerstädten\n\n1. **Kulturerbe-Route**\n   - Partnerstadt: Seattle\n   - Stand: läuft\n"
           "2. **Jugendaustausch**\n   - Partnerstadt: Kobe\n   - Stand: abgeschlossen\n3. **Messestand**\n"
           "   - Partnerstadt: Barcelona\n   - Stand: abgesagt\n"),
}


@pytest.mark.parametrize("lang", sorted(_NESTED))
def test_a_numbered_title_with_its_fields_as_sub_items(extract_text, lang):
    x = extract_text(_NESTED[lang], name=f"{lang}.md")
    assert [c.status for c in sorted(x.cooperation, key=lambda c: c.sequence or 0)] == ["in_progress", "completed", "dropped"]
    assert sorted(_parties(x).values()) == ["Barcelona", "Kobe", "Seattle"]
    assert not any(c.title.lower().startswith(("partner", "stan", "status", "état", "stand")) for c in x.cooperation)


_CARDS = {
    "en": ("## Current projects\n\n### Port sustainability dialogue\n\nSeattle\n\nUnderway\n\nQuarterly video calls.\n\n"
           "### Student exchange\n\nKobe\n\nMOU signed\n\nSigned during the June visit.\n\n### Harbour mural\n\nBarcelona\n\n"
           "Completed\n\nDedicated in August.\n"),
    "fr": ("## Projets en cours\n\n### Dialogue portuaire\n\nSeattle\n\nEn cours\n\nVisioconférences trimestrielles.\n\n"
           "### Échange d'étudiants\n\nKobe\n\nConvention signée\n\nSignée en juin.\n"),
    "de": ("## Aktuelle Projekte\n\n### Hafendialog\n\nSeattle\n\nLäuft\n\nVideokonferenzen jedes Quartal.\n\n"
           "### Studierendenaustausch\n\nKobe\n\nAbgeschlossen\n\nIm Juni beendet.\n"),
    "ja": ("## 現在の事業\n\n### 港湾対話\n\nシアトル\n\n継続中\n\n四半期ごとにオンライン会議。\n\n### 学生交流\n\n神戸\n\n終了\n\n6月に実施。\n"),
}


@pytest.mark.parametrize("lang", sorted(_CARDS))
def test_project_cards_heading_partner_and_state(extract_text, lang):
    x = extract_text(_CARDS[lang], name=f"{lang}.md")
    got = [c.status for c in x.cooperation]
    assert len(got) == _CARDS[lang].count("### ") and set(got) <= {"in_progress", "agreed", "completed"}
    assert "Seattle" in _parties(x).values()


def test_a_heading_over_a_list_is_no_card(extract_text):
    zh = "### 合作重点项目\n\n- 与西雅图市开展港口合作——进行中\n\n### 通知公告\n\n- 领事认证业务春节期间暂停办理的公告\n"
    titles = [c.title for c in extract_text(zh, name="z.md").cooperation]
    assert "合作重点项目" not in titles and "通知公告" not in titles


@pytest.mark.parametrize("lines", [
    ["a. Seattle: Port apprentice exchange — completed; fourteen apprentices took part.",
     "b. Kobe: Climate adaptation network — ongoing; the second workshop was held in June.",
     "c. Barcelona: Stonemasonry skills programme — agreed in principle, subject to funding."],
    ["a) Seattle : Échange d'apprentis — terminé ; quatorze apprentis.",
     "b) Kobe : Réseau d'adaptation climatique — en cours ; un atelier a eu lieu en juin.",
     "c) Barcelone : Programme de taille de pierre — convention signée."],
])
def test_a_line_led_by_its_partner(extract_text, lines):
    text = "Progress on the partnership projects, as follows:\n\n" + "\n".join(lines) + "\n"
    x = extract_text(text, name="l.txt")
    by_party = {c.parties[-1].name: (c.title, c.status) for c in x.cooperation}
    assert set(by_party) == {"Seattle", "Kobe", "Barcelona"}
    assert by_party["Kobe"][1] == "in_progress"  # the first clause decides: "ongoing; … was held"
    assert not any(t.startswith(("a.", "a)", "Seattle")) for t, _ in by_party.values())


# ---------------------------------------------------------------- more running text that is no item

@pytest.mark.parametrize("text", [
    # a field's label
    "○ 목 적: 시애틀시 자매결연 10주년 기념식 참석 및 청소년 교류 확대 협의 합의\n",
    "Purpose: attend the anniversary ceremony in Seattle, where the MoU was signed.\n",
    # a schedule's date inside the title
    "- 시애틀시 청소년 대표단(15명 내외)이 2027. 1월 중 부산을 방문하여 캠프에 참가하기로 함 (세부 일정 협의 중)\n",
    "- 당초 일정에 포함되었던 시애틀 투자유치 설명회 참석(10. 15.)은 현지 행사 연기로 취소\n",
    # a visit to a place
    "- 시애틀시 청소년 교류단의 부산 방문(당초 8월 예정)은 항공편 운항 중단으로 취소되었습니다.\n",
    # the partner with its particle, names the gazetteer may not know
    "러시아 사할린주 코르사코프시와는 1999년 자매결연을 맺었고, 지린성 왕칭현과는 2012년 우호교류 협정을 체결하였습니다.\n",
])
def test_more_running_text_that_is_no_item(extract_text, text):
    assert _items(extract_text(text, name="t.txt")) == []


def test_an_item_told_again_after_its_table_is_not_counted_twice(extract_text):
    text = ("## 협력사업 추진현황\n\n| 연번 | 사업명 | 상대도시 | 추진상황 |\n|---|---|---|---|\n"
            "| 1 | 농특산물(장단콩) 상설 판매장 설치 | 시애틀 | 제안 접수 |\n| 2 | 공무원 상호 파견 연수 | 고베 | 합의 |\n\n"
            "## 주요 성과\n\n- 시애틀시 측에서 부산 장단콩 등 농특산물 상설 판매장 설치를 제안 → 농업정책과 검토 예정\n")
    assert len(extract_text(text, name="k.md").cooperation) == 2


def test_a_call_with_its_deadline_is_no_item(extract_text):
    ja = ("## 今後の予定\n\n・ 姉妹都市提携70周年に向けた準備会の設置：検討中\n・ 中学生親善大使の募集：令和9年1月8日（金）締切\n"
          "・ 港湾技術研修：継続中\n")
    titles = [c.title for c in extract_text(ja, name="j.md").cooperation]
    assert "中学生親善大使の募集" not in titles


@pytest.mark.parametrize("state", ["廃止", "사업 종결", "재개 계획 없음", "废止"])
def test_abolished_and_closed_projects_are_dropped(state):
    assert status_of(state, default="")[0] == "dropped"
