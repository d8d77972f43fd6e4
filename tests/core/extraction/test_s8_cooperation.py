"""Cooperation items, eighth session: states that say an item goes on, and items told in running text with the item
as the topic of its clause (Chinese, Japanese), on text of our own.

- "continues" in more languages: Spanish continúa, French se poursuit, German geht weiter / weitergeführt, Chinese
  仍在继续 / 继续开展 are in progress (a stop named beside them still decides first);
- "The TITLE with X continues", "Le TITLE avec X se poursuit", "El TITLE con X continúa", "The TITLE is ongoing";
- Chinese "青少年足球交流的事，目前暂停", "X的港口合作项目，已经签署备忘录"; Japanese "港湾協力は協議中です";
- a sentence ends after a word whose last letters are ASCII after an accented one ("continúa."): it was read as a
  one-letter abbreviation and the next sentence's state went to this item.
"""

from __future__ import annotations

import pytest

from intercity.core.extraction import status_of
from intercity.core.extraction.text import sentences


def _items(x):
    return sorted((c.title, c.status) for c in x.cooperation)


@pytest.mark.parametrize("text,status", [
    ("El programa de becas continúa.", "in_progress"),
    ("Los talleres continúan.", "in_progress"),
    ("El programa continúa suspendido.", "stalled"),
    ("Le programme de bourses se poursuit.", "in_progress"),
    ("Der Austausch geht weiter.", "in_progress"),
    ("Das Projekt wird weitergeführt.", "in_progress"),
    ("该项目仍在继续。", "in_progress"),
    ("双方继续开展青少年交流。", "in_progress"),
])
def test_an_item_that_goes_on_is_in_progress(text, status):
    assert status_of(text, default="")[0] == status


def test_a_sentence_ends_after_an_accented_word():
    text = "El programa con Kobe continúa. El intercambio está terminado."
    assert [s.text for s in sentences(text)] == ["El programa con Kobe continúa.", "El intercambio está terminado."]


@pytest.mark.parametrize("body,expected", [
    ("A delegation from Kobe visited in May. The scholarship programme with Kobe continues. "
     "The port data exchange with Kobe is ongoing.",
     [("port data exchange", "in_progress"), ("scholarship programme", "in_progress")]),
    ("Una delegación de Kobe nos visitó en mayo. El programa de becas con Kobe continúa. "
     "El intercambio juvenil con Kobe está terminado.",
     [("intercambio juvenil", "completed"), ("programa de becas", "in_progress")]),
    ("Une délégation de Kobe est venue en mai. Le programme de bourses avec Kobe se poursuit. "
     "L'échange de jeunes avec Kobe est terminé.",
     [("programme de bourses", "in_progress"), ("échange de jeunes", "completed")]),
    ("Eine Delegation aus Kobe war im Mai zu Gast. Die Schulpartnerschaften mit Kobe laufen weiter. "
     "Der Jugendaustausch mit Kobe ist abgeschlossen.",
     [("Jugendaustausch", "completed"), ("Schulpartnerschaften", "in_progress")]),
])
def test_items_in_running_text_that_go_on(extract_text, body, expected):
    assert _items(extract_text("# News\n\n" + body + "\n", name="news.md")) == expected


@pytest.mark.parametrize("body,expected", [
    ("神户那边问青少年足球交流的事，目前暂停，等明年预算。\n神户的港口合作项目，已经签署备忘录。",
     [("港口合作项目", "agreed"), ("青少年足球交流", "stalled")]),
    ("神戸市との青少年交流事業は継続中。港湾協力は協議中です。",
     [("港湾協力", "in_progress"), ("青少年交流事業", "in_progress")]),
])
def test_cjk_items_as_the_topic_of_their_clause(extract_text, body, expected):
    assert _items(extract_text("# 记录\n\n" + body + "\n", name="notes.md")) == expected


@pytest.mark.parametrize("body", [
    "神户代表团，已于5月抵达。",          # a visit, not an item
    "神戸市は協議中です。",               # a place as the topic, not an item
])
def test_a_topic_that_is_no_item(extract_text, body):
    assert _items(extract_text("# 记录\n\n" + body + "\n", name="notes.md")) == []


def test_two_compounds_with_one_head_are_two_items(extract_text):
    body = ("Eine Kölner Delegation war im November in Lyon. Die Klimapartnerschaft beider Städte ist abgeschlossen. "
            "Die Schulpartnerschaften mit Lyon laufen weiter.")
    x = extract_text("# Aktuelles\n\n" + body + "\n", home_key="gn:2886242", name="news.md")
    assert _items(x) == [("Klimapartnerschaft", "completed"), ("Schulpartnerschaften", "in_progress")]


def test_an_item_told_again_after_its_table_is_still_one_item():
    from intercity.core.extraction.extract import _same_item

    assert _same_item("youth football exchange", "the youth football exchanges with Lyon")
    assert _same_item("농특산물(장단콩) 상설 판매장 설치", "파주 장단콩 등 농특산물 상설 판매장 설치를 제안")
    assert not _same_item("Klimapartnerschaft", "Schulpartnerschaften")


@pytest.mark.parametrize("name,text", [
    ("ja", "# 報告\n\n## 2. 協力事業の進捗\n\n| 事業名 | 相手都市 | 状況 |\n|---|---|---|\n| 港湾物流協力 | 神戸市 | 協議中 |\n"
           "| 青少年派遣事業 | 神戸市 | 実施済み |\n\nこのほか、神戸市との姉妹校提携事業は引き続き調整中です。\n"),
    ("en", "# Report\n\n## Cooperation projects\n\n| Project | Partner | Status |\n|---|---|---|\n"
           "| Port logistics study | Kobe | Ongoing |\n| Youth exchange | Kobe | Completed |\n\n"
           "The school twinning scheme with Kobe was agreed in October.\n"),
])
def test_a_sentence_beside_a_project_table_in_its_section(extract_text, name, text):
    x = extract_text(text, name="report.md")
    assert len(x.cooperation) == 3
    assert {"ja": ("姉妹校提携事業", "in_progress"), "en": ("school twinning scheme", "agreed")}[name] in _items(x)


def test_a_long_katakana_name_in_running_text(gaz):
    from intercity.core.extraction.mentions import PlaceFinder

    found = PlaceFinder(gaz).find("クライストチャーチ市との姉妹校提携事業は引き続き調整中です。")
    assert [m.place.name for m in found if m.place is not None] == ["Christchurch"]


@pytest.mark.parametrize("after", [
    "El presupuesto ejecutado del área fue de 184.300.000 pesos, un 92 % de lo programado.",  # a budget line
    "※ 추진상황 구분: 완료 / 추진 중 / 보류",                                               # a legend of states
])
def test_a_line_after_a_project_table_that_tells_no_item(extract_text, after):
    text = ("# Informe\n\n## Proyectos de cooperación\n\n| Proyecto | Ciudad socia | Estado |\n|---|---|---|\n"
            "| Intercambio de datos portuarios | Kobe | En curso |\n| Programa de acogida de jóvenes | Kobe | Finalizado |\n\n"
            + after + "\n")
    assert len(extract_text(text, name="informe.md").cooperation) == 2
