"""Status of a cooperation item read from its wording (docs/extraction.md has the mapping)."""

from __future__ import annotations

import pytest

from intercity.core.extraction import status_of

CASES = [
    ("Both cities will explore the possibility of exchanging pilot projects.", "proposed", "explore the possibility"),
    ("The areas have been pre-identified by Barcelona and Busan as potential avenues.", "proposed", "pre-identified"),
    ("Communications are ongoing to reflect on shared opinions.", "in_progress", "Communications are ongoing"),
    ("bilateral city-to-city communications are currently ongoing", "in_progress", "currently ongoing"),
    ("Barcelona has expressed interest in collaboration agreements.", "proposed", "expressed interest"),
    ("Although the initiatives are not readily applicable to Barcelona, avenues of cooperation in clean energy still exist.",
     "proposed", "not readily applicable"),
    ("The two cities signed an MoU on open urban data.", "agreed", "signed"),
    ("Renewal of the agreement: agreed in principle; to be signed during the visit.", "agreed", "agreed in principle"),
    ("Completed; the week of chefs took place during the mission.", "completed", "Completed"),
    ("Suspended until further notice.", "stalled", "Suspended"),
    ("No progress since 2019.", "stalled", "No progress"),
    ("The study was abandoned in 2020.", "dropped", "abandoned"),
    ("The city will not pursue the project.", "dropped", "will not pursue"),
    # other languages
    ("las comunicaciones siguen en curso entre los operadores", "in_progress", "en curso"),
    ("se firmó un memorando de entendimiento", "agreed", "firmó"),
    ("Mobilité électrique avec Montréal : projet suspendu.", "stalled", "suspendu"),
    ("Das Klimapartnerschaftsprojekt mit León ist abgeschlossen.", "completed", "abgeschlossen"),
    ("버스 요금 결제 시스템에 관한 정보 교환은 현재 협의가 진행 중이다.", "in_progress", "진행 중"),
    ("양 도시는 스마트시티 시범사업을 서로 교환하는 방안을 검토하기로 했으며", "proposed", "검토하기로"),
    ("청소년 스포츠 교류 사업은 2019년부터 잠정 중단됨", "stalled", "잠정 중단"),
    ("ブリスベン市との職員相互派遣事業は完了した。", "completed", "完了"),
    ("リガ市との医療産業分野の協力については、現在協議中である。", "in_progress", "協議中"),
    # more wording (our own sentences)
    ("Harbour pilot exchange - under negotiation with the port authority.", "in_progress", "under negotiation"),
    ("The joint tourism card was finalised in June.", "completed", "finalised"),
    ("Canal museum loan - on ice since the election.", "stalled", "on ice"),
    ("El intercambio de bomberos fue descartado.", "dropped", "descartado"),
    ("Le festival commun est en pause.", "stalled", "en pause"),
    ("Das Radwegeprojekt wurde verworfen.", "dropped", "verworfen"),
    ("공동 관광 상품 개발은 예산 문제로 무산되었다.", "dropped", "무산"),
    ("港湾研修事業は今年度は見送りとなった。", "dropped", "見送り"),
    ("会展合作项目暂缓实施。", "stalled", "暂缓"),
]


@pytest.mark.parametrize("text,status,word", CASES)
def test_wording(text, status, word):
    got, reason = status_of(text)
    assert got == status, (text, got, reason)
    assert word.lower() in reason.lower(), reason


def test_the_strongest_wording_wins():
    # "ongoing" outranks "will exchange"; "suspended" outranks "signature" words
    assert status_of("Both cities will exchange information. Communications are ongoing.")[0] == "in_progress"
    assert status_of("suspendido hasta la firma de los convenios")[0] == "stalled"


def test_negation_and_default():
    assert status_of("The MoU was not signed.", default="proposed") == ("proposed", "")
    assert status_of("Smart traffic signals", default="idea") == ("idea", "")
    assert status_of("", default="idea") == ("idea", "")


# wording met on the dev documents 43-56 (Dutch, Italian, Portuguese, more Japanese and Chinese), on new text
@pytest.mark.parametrize("text,status", [
    ("Het convenant is in 2022 ondertekend.", "agreed"),
    # common synonyms added later: being carried out, frozen, stopped
    ("Gestión de residuos: en ejecución", "in_progress"), ("progetto in esecuzione", "in_progress"),
    ("Projekt in Umsetzung", "in_progress"), ("Туристичка промоција - запрено", "stalled"), ("project bevroren", "stalled"),
    ("overeengekomen met de haven", "agreed"),
    ("De uitwisseling loopt nog.", "in_progress"),
    ("afgerond in 2023", "completed"),
    ("voorgesteld door Antwerpen", "proposed"),
    ("geschrapt na de verkiezingen", "dropped"),
    ("opgeschort tot nader order", "stalled"),
    ("accordo firmato a marzo", "agreed"),
    ("ancora in corso", "in_progress"),
    ("mostra realizzata nel 2022", "completed"),
    ("progetto sospeso", "stalled"),
    ("proposto dalla città partner", "proposed"),
    ("convênio assinado em maio", "agreed"),
    ("obra em andamento", "in_progress"),
    ("exposição concluída", "completed"),
    ("programa suspenso por falta de verba", "stalled"),
    ("proposta pela prefeitura parceira", "proposed"),
    ("Status: complete", "completed"),
    ("in discussion with the port authority", "in_progress"),
    ("→ 次年度も継続協議とする。", "in_progress"),
    ("→ 予算の都合により見送ることとした。", "dropped"),
    ("市方提议，尚待研究。", "proposed"),
    ("備忘錄之簽署目前仍在洽談中", "in_progress"),
    ("Die Gespräche laufen weiter.", "in_progress"),
    # Nynorsk beside Bokmål, and the Scandinavian "put on ice"
    ("Utvekslinga av lærarar: vedteke i bystyret", "agreed"), ("Kunstprosjektet er lagt bort", "dropped"),
    ("Hamnesamarbeidet vart lagt på is i fjor", "stalled"), ("Projektet har lagts på is", "stalled"),
    ("Studieturen er avslutta", "completed"), ("Avtalen vart underteikna i mai", "agreed"),
])
def test_more_languages(text, status):
    assert status_of(text, default="-")[0] == status


def test_complete_as_a_verb_is_no_state():
    assert status_of("We hope to complete the study next year.", default="-")[0] == "-"


def test_status_words_of_57_66():
    from intercity.core.extraction.status import status_of

    for text, want in [("On track", "in_progress"), ("因资金问题终止", "dropped"), ("사업 폐지", "dropped"), ("暫緩", "stalled"),
                       ("当面休止", "stalled"), ("zakończony", "completed"), ("w realizacji", "in_progress"),
                       ("uzgodniony", "agreed"), ("zawieszony", "stalled"), ("zaproponowany przez partnera", "proposed"),
                       ("approvato dalla Giunta", "agreed")]:
        assert status_of(text)[0] == want, text
