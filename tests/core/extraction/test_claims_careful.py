"""Headline counts in more languages, the year inside a country's bracket, and the careful claim check:
``inconsistent`` on the number of cities only when the list was read completely."""

from types import SimpleNamespace

from intercity.core.extraction.claims import find_claims
from intercity.core.extraction.extract import _careful_check


def _nums(text):
    return [(c.cities, c.countries) for c in find_claims(text)]


def test_counts_in_more_languages():
    assert _nums("Staden har fem vänorter i fyra länder.") == [(5, 4)]
    assert _nums("Ο δήμος έχει 12 πόλεις σε 10 χώρες.") == [(12, 10)]
    assert _nums("Kota ini memiliki 6 kota mitra di 5 negara.") == [(6, 5)]
    assert _nums("Miestas turi 9 miestus partnerius 7 šalyse.") == [(9, 7)]
    assert _nums("Thành phố có quan hệ với 8 địa phương của 6 quốc gia.") == [(8, 6)]
    assert _nums("มีเมืองพี่เมืองน้อง ๓ เมือง") == [(3, None)]


def test_short_number_words_need_a_country_word():
    # "du" (two in Lithuanian) is a French article before a kind word
    assert _nums("le comité du jumelage se réunit") == []


def _tie(name, title, status="resolved", kind="sister"):
    return SimpleNamespace(name_as_written=name, kind=kind, country_code="XX", list_title=title,
                           resolution=SimpleNamespace(status=status))


def test_inconsistent_only_when_the_list_was_read_completely():
    claim = SimpleNamespace(cities=3, countries=None, scope="sister")
    listed = [_tie("A", "Sister cities"), _tie("B", "Sister cities")]
    assert _careful_check(claim, "", "inconsistent", "2 listed", listed, None)[0] == "inconsistent"
    prose = [_tie("A", ""), _tie("B", "")]
    check, reason = _careful_check(claim, "", "inconsistent", "2 listed", prose, None)
    assert check == "unverified" and "running text" in reason
    unknown = [_tie("A", "Sister cities"), _tie("B", "Sister cities"), _tie("x y", "Sister cities", "not_found"),
               _tie("C", "Sister cities")]
    check, reason = _careful_check(claim, "", "inconsistent", "4 listed", unknown, None)
    assert check == "unverified" and "'x y'" in reason


def test_model_ties_can_complete_the_count():
    claim = SimpleNamespace(cities=3, countries=None, scope="sister")
    read = [_tie("A", ""), _tie("B", "")]
    final = read + [_tie("C", "model: sister city")]
    assert _careful_check(claim, "", "inconsistent", "", read, final)[0] == "consistent"


def test_year_inside_the_country_bracket(gaz):
    from intercity.core.extraction.lists import parse_item_text
    from intercity.core.extraction.mentions import PlaceFinder

    finder = PlaceFinder(gaz)
    [item] = parse_item_text("Lyon (Pháp, 1999)", finder)
    assert (item.name, item.country, item.since) == ("Lyon", "FR", "1999")
    [item] = parse_item_text("Lyon (France), 1999", finder)
    assert (item.name, item.country, item.since) == ("Lyon", "FR", "1999")


def test_cooperation_run_of_dash_items_and_a_table_read_by_its_content(gaz):
    from intercity.core.documents.types import Block, ParsedDocument
    from intercity.core.extraction import extract

    lines = ["Dienotvarkė:",
             "1) Jaunimo stovykla su Lyonu – sutarta;",
             "2) Autobusų patirties mainai – vyksta;",
             "3) Bendras kultūros projektas – baigta;"]
    blocks, text, pos = [], "", 0
    for i, t in enumerate(lines):
        blocks.append(Block(index=i, text=t, start=pos, end=pos + len(t), kind="list_item" if i else "paragraph"))
        text += t + "\n"
        pos += len(t) + 1
    cells = [["Nội dung", "Đối tác", "Tình trạng"], ["Đào tạo y tế", "Lyon", "Đang triển khai"],
             ["Trao đổi sinh viên", "Lyon", "Đã hoàn thành"]]
    k = len(blocks)
    for r, row in enumerate(cells):
        for c, t in enumerate(row):
            blocks.append(Block(index=k, text=t, start=pos, end=pos + len(t), kind="table_cell", row=r, col=c))
            text += t + "\n"
            pos += len(t) + 1
            k += 1
    doc = ParsedDocument(source="x.txt", format="txt", sha256="0", text=text, blocks=blocks)
    out = extract(doc, gaz)
    got = {(c.title, c.status) for c in out.cooperation}
    assert ("Jaunimo stovykla su Lyonu", "agreed") in got
    assert ("Autobusų patirties mainai", "in_progress") in got
    assert ("Bendras kultūros projektas", "completed") in got
    assert ("Đào tạo y tế", "in_progress") in got
    assert ("Trao đổi sinh viên", "completed") in got
