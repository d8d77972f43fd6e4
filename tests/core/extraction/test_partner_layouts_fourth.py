"""Partner lists in the layouts of dev 71–80, on new text of our own."""

from intercity.core.extraction.kinds import kinds_in


def test_kind_words_in_more_languages():
    assert kinds_in("Наши города-побратимы") == ["sister"]
    assert kinds_in("Kardeş kentlerimiz") == ["sister"]
    assert kinds_in("İşbirliği protokolü imzalanan şehirler") == ["partner"]
    assert kinds_in("Соглашение о сотрудничестве") == ["partner"]
    assert kinds_in("Testvérvárosok listája") == ["sister"]


def test_dotted_leaders_to_a_word_and_unknown_bracket_and_country_headings(seed_gazetteer=None):
    from intercity.core.extraction.lists import parse_item_text
    from intercity.core.extraction.mentions import PlaceFinder
    from intercity.core.extraction.text import split_marker
    from intercity.core.places import load_gazetteer

    finder = PlaceFinder(load_gazetteer())
    items = parse_item_text("Прага (ЧССР) ........ соглашение о сотрудничестве", finder)
    assert items and items[0].name == "Прага" and items[0].kind == "partner"
    items = parse_item_text("Вена (Австрия) .......... 1998", finder)
    assert items and items[0].since == "1998"
    assert split_marker("» Lyon (1990)").bullet
    from intercity.core.extraction.layouts import country_heading
    assert country_heading("ALMANYA", finder) == "DE"
    assert country_heading("Almanya", finder) is None
