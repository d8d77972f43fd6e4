"""Cooperation rules written for phenomena of the dev documents 43-56, on small documents of our own:
section headings in more languages, an explicit "Status:" label, state columns, minutes with outcomes
after an arrow, a "Status on …:" sentence listing items clause by clause."""

from __future__ import annotations


def _items(x):
    return [(c.title, c.status) for c in x.cooperation]


def test_portuguese_and_italian_project_lists(extract_text):
    text = ("Visita de Curitiba\n\nProjetos de cooperação\n\n- Parque linear do arroio (Curitiba) – em andamento\n"
            "- Festival de choro (Curitiba) – assinado em março\n")
    x = extract_text(text, home_key="gn:3452925", name="relatorio.md")  # Porto Alegre
    assert [(t.split(" (")[0], s) for t, s in _items(x)] == [("Parque linear do arroio", "in_progress"),
                                                               ("Festival de choro", "agreed")]
    text = "Stato dei progetti:\n\n- Rete dei musei marittimi (Valencia): conclusa\n- Scambio di cuochi (Valencia): sospeso\n"
    x = extract_text(text, home_key="gn:3176219", name="progetti.txt")  # Genoa
    assert [(t.split(" (")[0], s) for t, s in _items(x)] == [("Rete dei musei marittimi", "completed"),
                                                               ("Scambio di cuochi", "stalled")]


def test_an_explicit_status_label_ends_the_title(extract_text):
    text = ("Status of partnership projects\n\n"
            "1. Library twinning: Central Library and Kobe City Library Status: complete\n"
            "2. Tram maintenance exchange with Kobe Status: in discussion with the transit agency\n")
    x = extract_text(text, home_key="gn:2078025", name="report.txt")  # Adelaide
    assert _items(x) == [("Library twinning: Central Library and Kobe City Library", "completed"),
                         ("Tram maintenance exchange with Kobe", "in_progress")]


def test_a_korean_table_with_a_progress_column(extract_text):
    text = ("| 사업명 | 상대도시 | 추진상황 |\n|---|---|---|\n| 전통공예 교류전 | 가나자와 | 완료 |\n"
            "| 청년 창업 연수 | 가나자와 | 잠정 보류 |\n")
    x = extract_text(text, home_key="gn:1845457", name="result.md")  # Jeonju
    assert _items(x) == [("전통공예 교류전", "completed"), ("청년 창업 연수", "stalled")]


def test_minutes_with_outcomes_after_an_arrow(extract_text):
    text = ("大阪市・釜山広域市　実務者協議　議事録\n\n2　協議事項\n\n（1）観光プロモーションの共同実施について\n\n"
            "→ 来年度から実施することで合意した。\n\n（2）大学間交流の拡大について\n\n→ 継続協議とする。\n\n"
            "（3）マラソン大会の相互参加について\n\n→ 予算の都合により見送ることとした。\n")
    x = extract_text(text, home_key="gn:1853909", name="minutes.txt")  # Osaka
    assert _items(x) == [("観光プロモーションの共同実施", "agreed"), ("大学間交流の拡大", "in_progress"),
                         ("マラソン大会の相互参加", "dropped")]


def test_a_status_sentence_listing_items_clause_by_clause(extract_text):
    text = ("Hi all,\n\nStatus on the Turku files: the harbour sauna exchange was agreed in May; the choir festival is "
            "still being discussed with the cathedral; and the design residency (proposed by Turku) needs a budget line.\n")
    x = extract_text(text, home_key="gn:5809844", name="note.txt")  # Seattle
    assert _items(x) == [("harbour sauna exchange", "agreed"), ("choir festival", "in_progress"),
                         ("design residency", "proposed")]


def test_a_program_status_table_and_arrow_items_under_a_progress_heading(extract_text):
    text = ("## Program status\n\n| Program | Partner | Owner | Next milestone | Status |\n|---|---|---|---|---|\n"
            "| Harbour data exchange | Lyon | Port office | draft, May 2023 | On track |\n"
            "| Choir exchange | Lyon | Culture office | — | Done |\n")
    x = extract_text(text, home_key="gn:1838524", name="report.md")  # Busan
    assert sorted((c.title, c.status) for c in x.cooperation) == [("Choir exchange", "completed"),
                                                                   ("Harbour data exchange", "in_progress")]
    text = "交流事業の進捗状況\n\n・港湾見学の受入れ（大連市）　→　当面休止\n・書道展の相互開催（大連市）　→　受入れで合意\n"
    x = extract_text(text, home_key="gn:1862415", name="houkoku.txt")  # Hiroshima
    assert [c.status for c in x.cooperation] == ["stalled", "agreed"]


def test_a_sentence_naming_the_projects_and_ending_in_a_colon_opens_their_list(extract_text):
    text = ("Minutes of the international committee\n\n"
            "3.2 The chair gave the committee an update on the joint projects with Kobe:\n"
            "(a) Library twinning with Kobe - completed in March.\n"
            "(b) Tram maintenance exchange with Kobe - suspended until the budget is known.\n")
    x = extract_text(text, home_key="gn:2078025", name="minutes.txt")  # Adelaide
    assert [(t.split(" with ")[0], s) for t, s in _items(x)] == [("Library twinning", "completed"),
                                                                ("Tram maintenance exchange", "stalled")]


def test_maltese_states(extract_text):
    from intercity.core.extraction import status_of
    assert status_of("il-Kunsill iddeċieda li ma jkomplix bih", default="-")[0] == "dropped"
    assert status_of("tlestiet b'suċċess f'Ottubru", default="-")[0] == "completed"
    assert status_of("il-Kunsill approvah", default="-")[0] == "agreed"


def test_a_bilingual_document_lists_its_items_once(extract_text):
    text = ("Proxectos comúns con Limerick:\n\n- Ruta do patrimonio marítimo entre os dous portos: acordada\n"
            "- Intercambio de formación profesional (Erasmus+): en curso\n\n"
            "Joint projects with Limerick:\n\n- Maritime heritage route between the two ports: agreed\n"
            "- Vocational training exchange (Erasmus+): in progress\n")
    x = extract_text(text, home_key="gn:3119841", name="memorando.txt")  # A Coruña
    assert [c.status for c in x.cooperation] == ["agreed", "in_progress"]
    assert all(p.key in ("gn:3119841", "gn:2962943") for c in x.cooperation for p in c.parties)  # no Togo, no Erasmus
