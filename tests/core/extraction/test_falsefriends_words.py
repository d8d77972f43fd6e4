"""Place names in running text that are really common words (core/extraction/false_friends.py and the place finder's
``common_word``): a frequent word of the document's languages (wordfreq) naming no prominent place is no place mention
unless the document gives evidence (a place suffix, a word for city, a country next to it, a list entry, a known
partner); prominent places whose names are words too (Nice, Split, Mobile, Reading, Essen, 서울, 東京) are still found.
All sentences are our own."""

from __future__ import annotations

import pytest

from intercity.core.extraction import false_friends as ff
from intercity.core.extraction.mentions import PlaceFinder


def _finder(gaz, lang: str, **kw) -> PlaceFinder:
    f = PlaceFinder(gaz, **kw)
    f.doc_languages = {lang}
    return f


def _found(gaz, lang: str, text: str, **kw) -> list[tuple[str, str | None]]:
    return [(m.text, m.place.name if m.place is not None else None)
            for m in _finder(gaz, lang, **kw).find(text, include_countries=True)]


# ------------------------------------------------------------------ the word lists

def test_word_lists_read_without_wordfreq_tokenizers():
    assert ff.zipf("officer", ("en",)) >= 4.5
    assert ff.zipf("Bilan", ("fr",)) >= 4.5  # case folded
    assert ff.zipf("dazu", ("de",)) >= 5.0
    assert ff.zipf("예산", ("ko",)) >= 4.5
    assert ff.zipf("自由", ("ja",)) >= 5.0
    assert ff.zipf("國際", ("zh",)) == ff.zipf("国际", ("zh",)) > 5.0  # traditional read as simplified
    assert ff.zipf("Kaohsiung", ("en",)) < ff.MIN_ZIPF  # a name, not a word
    assert ff.zipf("officer", ("xx",)) == 0.0  # no list for the language


def test_languages_of_a_word():
    assert ff.languages_of("예산", ["fr"]) == ("ko",)
    assert ff.languages_of("アジア", ["en"]) == ("ja",)
    assert ff.languages_of("自由", ["ko"]) == ("zh", "ja")
    assert ff.languages_of("Bilan", ["fr"]) == ("fr", "en")
    assert ff.languages_of("Bilan", []) == ("en",)


def test_required_population_rises_with_the_word_frequency():
    assert ff.required_population(3.0) == 0  # a rare word: a name
    assert ff.required_population(3.5) == 40_000
    assert ff.required_population(4.0) < ff.required_population(4.4) < 100_000
    assert ff.required_population(5.5) == 100_000  # capitalised scripts: capped
    # without capitals, the bar keeps rising: 나라 "country" (5.49) is no Nara, 서울 (5.74) is Seoul
    assert 367_353 < ff.required_population(5.49, True) < 10_349_312
    assert ff.required_population(5.74, True) < 10_349_312
    assert ff.required_names(5.0, True) == ff.MIN_NAMES_WORLD and ff.required_names(5.0) == ff.MIN_NAMES_PROMINENT


def test_scripts_and_han_forms():
    assert ff.caseless("예산") and ff.caseless("自由") and not ff.caseless("Bilan")
    assert ff.cjk_script("위해") == "hangul" and ff.cjk_script("東京") == "han" and ff.cjk_script("Nice") is None
    assert ff.same_han("廣州市", "广州") and not ff.same_han("勝利", "東営市")


# ------------------------------------------------------------------ running text, by language

@pytest.mark.parametrize("lang, text, word", [
    ("en", "Please hand the signed forms to the Officer on duty before Friday.", "Officer"),
    ("en", "The itemised costs are set out in Annex C of this paper.", "Annex"),
    ("fr", "Bilan de l'année : les échanges scolaires ont repris après deux ans.", "Bilan"),
    ("de", "Dazu kommen noch zwei Projekte, die wir im Frühjahr beginnen.", "Dazu"),
    ("de", "Im Norden der Stadt entsteht ein neuer Radweg.", "Norden"),
    ("es", "Nivel de ejecución del programa: ochenta por ciento.", "Nivel"),
    ("ko", "내년도 예산은 시의회 심의를 거쳐 확정될 예정이다.", "예산"),
    ("ko", "두 도시의 우호를 위해 시장이 직접 편지를 보냈다.", "위해"),
    ("ko", "우리 나라의 청소년 대표단이 출국했다.", "나라"),
    ("ja", "自由な意見交換が行われ、今後の協力を確認した。", "自由"),
    ("ja", "試合の勝利を市民とともに祝った。", "勝利"),
    ("ja", "日本語の資料を準備してください。", "日本語"),
    ("zh", "双方同意推动自由贸易和人员往来。", "自由"),
    ("zh", "会议采用民主协商的方式进行。", "民主"),
    ("en", "The Green City action plan was adopted in June.", "Green"),  # "X City" after a word: a compound
    ("zh", "两市将共同发展自由市场经济。", "自由市"),  # a very common word with 市: still no alias of Freetown
    ("ja", "自由市場の原則を尊重する。", "自由市"),
])
def test_a_common_word_is_no_place(gaz, lang, text, word):
    f = _finder(gaz, lang)
    assert f.is_place_name(word, 0)  # the gazetteer knows a place of that name: the test can fail
    assert word not in [m.text for m in f.find(text, include_countries=True)]


@pytest.mark.parametrize("lang, text, want", [
    ("en", "In May the mayor flew to Split, then to Mobile and Reading.", ["Split", "Mobile", "Reading"]),
    ("fr", "Le maire s'est rendu à Nice puis à Tours au printemps.", ["Nice", "Tours"]),
    ("de", "Gäste aus Essen und Berlin besuchten die Ausstellung.", ["Essen", "Berlin"]),
    ("es", "El alcalde viajó a León y a Rosario en marzo.", ["León", "Rosario"]),
    ("ko", "서울과 부산, 대구, 전주의 대표단이 참석했다.", ["Seoul", "Busan", "Daegu", "Jeonju"]),
    ("ja", "東京と大阪と京都から代表団が来訪した。", ["Tokyo", "Osaka", "Kyoto"]),
    ("zh", "北京、上海和广州的代表团以及巴黎和纽约的客人出席了会议。",
     ["Beijing", "Shanghai", "Guangzhou", "Paris", "New York City"]),
    ("zh", "北京市、上海市和天津市的代表出席。", ["Beijing", "Shanghai", "Tianjin"]),
    ("ja", "大阪市と京都市の職員が参加した。", ["Osaka", "Kyoto"]),
])
def test_prominent_places_that_are_words_are_found(gaz, lang, text, want):
    got = {x for pair in _found(gaz, lang, text) for x in pair}  # the word found (León stays ambiguous), or its place
    for w in want:
        assert w in got


@pytest.mark.parametrize("lang, text, word, place", [
    ("ko", "시장 일행이 나라시를 방문하여 사슴공원을 둘러보았다.", "나라", "Nara-shi"),  # the suffix 시
    ("en", "A brass band from the town of Deal played at the festival.", "Deal", "Deal"),  # "the town of"
    ("en", "The choir of Deal, United Kingdom, sang on Sunday.", "Deal", "Deal"),  # a country after a comma
    ("de", "Die Stadt Norden schickte eine Jugendgruppe.", "Norden", "Norden"),  # "Stadt" before
    ("fr", "Une délégation de Bilan (Turquie) est attendue.", "Bilan", None),  # a country in a bracket
])
def test_evidence_keeps_a_common_word_a_place(gaz, lang, text, word, place):
    got = dict(_found(gaz, lang, text))
    assert word in got
    if place:
        assert got[word] == place


def test_a_known_partner_or_a_listed_name_is_kept(gaz):
    officer = gaz.resolve("Officer").best
    assert officer is not None and officer.country_code == "AU"
    text = "Greetings from the Officer community were read out."
    assert "Officer" not in [t for t, _ in _found(gaz, "en", text)]
    assert "Officer" in [t for t, _ in _found(gaz, "en", text, known_partner_keys={officer.key})]
    f = _finder(gaz, "en")
    f.listed_names["Officer"] = officer
    assert "Officer" in [m.text for m in f.find(text)]


def test_a_rare_word_elsewhere_vouches_for_the_place(gaz):
    f = _finder(gaz, "de")
    f.find("Unsere Gäste kamen aus Norden (Deutschland) und aus Leer.")
    assert "Norden" in [m.text for m in f.find("Im Norden gab es ein Konzert.")]


# ------------------------------------------------------------------ lists and list-like readers

def test_a_list_entry_that_is_a_common_word_is_still_a_partner(extract_text):
    text = ("Partnerstädte der Stadt Emden\n\nEmden unterhält Städtepartnerschaften mit diesen Städten:\n\n"
            "- Norden\n- Haugesund\n- Archangelsk\n\nDazu kommen Kontakte im Norden Europas.\n")
    x = extract_text(text, home_key="gn:2930596")
    names = {p.name_as_written for p in x.partnerships}
    assert {"Norden", "Haugesund"} <= names and "Dazu" not in names
    text = ("Twin towns of Folkestone\n\nFolkestone is twinned with the following towns:\n\n"
            "1. Deal\n2. Boulogne-sur-Mer\n3. Middelburg\n\nThe Officer for international relations will report "
            "in Annex C.\n")
    names = {p.name_as_written for p in extract_text(text, home_key="gn:2649169").partnerships}
    assert {"Deal", "Boulogne-sur-Mer", "Middelburg"} <= names
    assert not names & {"Officer", "Annex"}


def test_a_continent_line_in_a_list_is_a_group_not_an_entry(extract_text):
    text = ("Sister cities by region\n\nAsia\n- Chiba, Japan (since 1972) – medical research\n"
            "- Ulsan, South Korea (since 2020) – hydrogen\nEurope\n- Leipzig, Germany (since 1993) – trade fairs\n")
    names = {p.name_as_written for p in extract_text(text, home_key="gn:4699066").partnerships}
    assert "Asia" not in names and "Europe" not in names
    assert {"Chiba", "Ulsan", "Leipzig"} <= names


def test_a_staff_title_alone_on_a_slide_line_is_no_partner(extract_text):
    text = ("Our friendship cities\n\n1. Kaohsiung, Taiwan\n2. Chiba, Japan\n3. Leipzig, Germany\n\n"
            "Who we are\n\nDeputy Director\nCoordinates relations with partner cities\nOfficer\n"
            "Europe and Asia desk\n")
    names = {p.name_as_written for p in extract_text(text).partnerships}
    assert "Officer" not in names


def test_the_fallback_skips_a_bare_common_word_in_a_run(gaz, read):
    from intercity.core.extraction.fallback import fallback_partnerships
    from intercity.core.extraction.text import DocIndex

    text = ("Newsletter of the international office\n\nOur twin towns\n\n"
            "Lyon / Turin / Kraków / Officer / Birmingham\n\nContact: international@example.org\n")
    doc = read(text, "doc.txt")
    home = gaz.get("gn:2925533")  # Frankfurt
    f = PlaceFinder(gaz, home)
    f.doc_languages = {"en"}
    names = {x.name_as_written for x in fallback_partnerships(doc, DocIndex(doc), f, home, set(), set())}
    assert {"Lyon", "Turin", "Kraków", "Birmingham"} <= names
    assert "Officer" not in names
