"""Cooperation rules written for phenomena of the dev documents 71-80, tested on text of our own: items with
their state in brackets, topics in bullets under "… topics:", a numbered section heading, an action table,
Russian and Turkish state wording."""

from __future__ import annotations

from intercity.core.extraction import status_of


def _items(x):
    return sorted((c.title, c.status) for c in x.cooperation)


def test_items_with_their_state_in_brackets(extract_text):
    ko = "부산시와 시애틀시는 ▲스마트항만 공동연구(합의) ▲대학생 인턴 교류(협의 중) ▲관광 공동마케팅(시애틀시 제안) 등에 협력하기로 했다.\n"
    assert _items(extract_text(ko.encode(), name="a.txt")) == [("관광 공동마케팅", "proposed"), ("대학생 인턴 교류", "in_progress"),
                                                               ("스마트항만 공동연구", "agreed")]
    zh = "双方将在以下领域开展合作：港口物流（已签署备忘录）；青年交流营（正在筹备）；智慧城市论坛（对方提议，待研究）。\n"
    assert _items(extract_text(zh.encode(), name="b.txt")) == [("智慧城市论坛", "proposed"), ("港口物流", "agreed"),
                                                               ("青年交流营", "in_progress")]
    # one bracket alone is not an enumeration of items
    assert _items(extract_text("시장은 공동연구(합의)에 대해 설명했다.\n".encode(), name="c.txt")) == []


def test_topics_in_bullets_after_an_introduction(extract_text):
    text = ("The delegation would like to discuss three topics:\n\n"
            "- a harbour clean-up partnership, proposed by Kobe last year;\n"
            "- the student orchestra exchange, which both cities agreed in principle in 2023;\n"
            "- the airport shuttle, to be presented.\n")
    assert _items(extract_text(text.encode(), name="d.txt")) == [("Harbour clean-up partnership", "proposed"),
                                                                 ("Student orchestra exchange", "agreed")]


def test_a_numbered_section_heading_and_an_action_table(extract_text):
    ru = ("3. Проекты\n\n1) Обмен школьников с Бергеном - реализуется;\n2) Фестиваль уличного театра с Киелем - завершено;\n")
    assert _items(extract_text(ru.encode(), name="e.txt")) == [("Обмен школьников с Бергеном", "in_progress"),
                                                               ("Фестиваль уличного театра с Киелем", "completed")]
    md = ("## 5. Action list\n\n| No. | Action | Owner | Status |\n|---|---|---|---|\n"
          "| B-1 | Joint cycling map | KL | On hold |\n| B-2 | Library twinning | MO | Agreed |\n")
    assert _items(extract_text(md, name="f.md")) == [("Joint cycling map", "stalled"), ("Library twinning", "agreed")]


def test_russian_turkish_and_chinese_state_words():
    assert status_of("согласовано")[0] == "agreed"
    assert status_of("приостановлено")[0] == "stalled"
    assert status_of("работы выполнены")[0] == "completed"
    assert status_of("Kardeş şehir tarafınca önerildi")[0] == "proposed"
    assert status_of("askıya alındı")[0] == "stalled"
    assert status_of("imzalandı")[0] == "agreed"
    assert status_of("正在筹备")[0] == "in_progress"


def test_a_state_cell_is_read_from_its_first_part_unless_later_parts_stop_the_item(extract_text):
    md = ("| Partner | Programme | Status |\n|---|---|---|\n"
          "| Bergen | Jazz residency | Suggested by Bergen, budget under review |\n"
          "| Kiel | Sailing camp | Confirmed by both cities |\n"
          "| Turku | Book fair stand | Signed 2023, now on hold |\n"
          "| Rostock | Choir tour | Validé par les deux villes |\n")
    assert _items(extract_text(md, name="g.md")) == [("Book fair stand", "stalled"), ("Choir tour", "agreed"),
                                                     ("Jazz residency", "proposed"), ("Sailing camp", "agreed")]
    assert status_of("to be confirmed", default="")[0] == ""
