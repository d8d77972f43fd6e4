"""TXT / Markdown reader: encodings, block structure, the seed documents."""

from __future__ import annotations

import codecs

import pytest

from intercity.core.documents import DocumentError, read_bytes, read_document
from tests.conftest import require_seeds, SEED_DECK, SEED_VISIT
from tests.core.documents.helpers import assert_consistent, texts

KO = "부산광역시는 대한민국 제2의 도시이며 국제협력을 추진합니다.\n- 1 가오슝\n- 2 로스앤젤레스\n"
JA = "福岡市と釜山広域市は姉妹都市です。\n交流を続けています。\n"
FR = "Visite de la délégation à Barcelone et à Séville, où les élus ont présenté le projet.\n"
DE = "Die Delegation aus München besuchte Köln und Düsseldorf. Die Größe der Stadt überrascht.\n"
ZH = "深圳市与釜山市是友好城市。双方在经济和文化领域开展合作。\n"


@pytest.mark.parametrize(
    "text,encoding,language",
    [
        (KO, "utf-8", "ko"),
        (KO, "utf-8-sig", "ko"),
        (KO, "utf-16", "ko"),
        (KO, "utf-16-le", "ko"),
        (KO, "utf-16-be", "ko"),
        (KO, "cp949", "ko"),
        (KO, "euc-kr", "ko"),
        (JA, "shift_jis", "ja"),
        (JA, "euc-jp", "ja"),
        (JA, "utf-8", "ja"),
        (FR, "latin-1", "fr"),
        (FR, "cp1252", "fr"),
        (DE, "latin-1", "de"),
        (ZH, "gb18030", "zh"),
        (ZH, "utf-8", "zh"),
    ],
)
def test_decodes_encodings_exactly(text, encoding, language):
    doc = read_bytes(text.encode(encoding), f"note-{encoding}.txt")
    assert doc.text == text
    assert doc.language == language
    assert_consistent(doc)


def test_bom_is_removed_and_crlf_normalised():
    doc = read_bytes(codecs.BOM_UTF8 + "Busan\r\n\r\nBarcelona\r\n".encode(), "crlf.txt")
    assert doc.text == "Busan\n\nBarcelona\n"
    assert texts(doc) == ["Busan", "Barcelona"]
    assert [b.line for b in doc.blocks] == [1, 3]
    assert doc.metadata["encoding"] == "utf-8 (BOM)"


def test_markdown_headings_lists_and_markers_kept():
    md = (
        "# Visit report\n\nIntro text with **bold**.\n\n## Sites\n\n"
        "- F1963\n- KISWIRE\n  - nested site\n\n1. Smart cities: pilots\n2. Clean energy\n"
        "\n• Bullet in Word style\n- 1 Kaohsiung\n"
    )
    doc = read_bytes(md.encode(), "report.md")
    assert doc.format == "markdown"
    assert doc.title == "# Visit report"
    heads = [(b.text, b.level) for b in doc.blocks if b.kind == "heading"]
    assert heads == [("# Visit report", 1), ("## Sites", 2)]
    items = [(b.text, b.level) for b in doc.blocks if b.kind == "list_item"]
    assert items == [
        ("- F1963", 1), ("- KISWIRE", 1), ("- nested site", 2),
        ("1. Smart cities: pilots", 1), ("2. Clean energy", 1),
        ("• Bullet in Word style", 1), ("- 1 Kaohsiung", 1),
    ]
    assert_consistent(doc)


def test_wrapped_lines_join_but_sentences_and_numbers_do_not():
    txt = (
        "The delegation visited the hydrogen fuel cell\npower plant and the Samwon FA facility.\n"
        "Next line is a new sentence.\n"
        "3.5 million people live in Busan.\n"
        "- a list item that wraps\n  onto a second line\n- next item\n"
    )
    doc = read_bytes(txt.encode(), "wrap.txt")
    assert texts(doc) == [
        "The delegation visited the hydrogen fuel cell\npower plant and the Samwon FA facility.",
        "Next line is a new sentence.",
        "3.5 million people live in Busan.",
        "- a list item that wraps\n  onto a second line",
        "- next item",
    ]
    assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph", "paragraph", "list_item", "list_item"]
    assert_consistent(doc)


def test_a_long_wrapped_line_goes_on_with_a_number_but_log_entries_and_labels_do_not():
    txt = (
        "The mayor and two councillors took part in the network meeting in Lahti on 10-12 June\n"
        "2025, together with delegations from two other cities.\n"
        "Visits this year, as recorded by the protocol office of the city\n"
        "2025-03-04 delegation from Randers\n"
        "Partner cities\n"
        "1985 Busan\n"
    )
    doc = read_bytes(txt.encode(), "wrapped.txt")
    assert texts(doc) == [
        "The mayor and two councillors took part in the network meeting in Lahti on 10-12 June\n"
        "2025, together with delegations from two other cities.",
        "Visits this year, as recorded by the protocol office of the city",
        "2025-03-04 delegation from Randers",
        "Partner cities",
        "1985 Busan",
    ]


def test_markdown_footnote_definitions_are_notes_without_their_marker():
    md = "# Report\n\nThe agreement was signed in Tacoma.[^1]\n\n[^1]: Signed on 14 May 2016; not a sister-city\nagreement.\n"
    doc = read_bytes(md.encode(), "notes.md")
    assert [(b.kind, b.text) for b in doc.blocks][-1] == ("notes", "Signed on 14 May 2016; not a sister-city\nagreement.")
    assert_consistent(doc)


def test_markdown_table_cells_have_row_and_col():
    md = "| City | Country |\n|---|---|\n| Busan | KR |\n| Barcelona | ES |\n"
    doc = read_bytes(md.encode(), "t.md")
    cells = [(b.text, b.row, b.col) for b in doc.blocks if b.kind == "table_cell"]
    assert cells == [("City", 1, 1), ("Country", 1, 2), ("Busan", 2, 1), ("KR", 2, 2), ("Barcelona", 3, 1), ("ES", 3, 2)]
    assert_consistent(doc)


def test_seed_deck_blocks():
    require_seeds()
    doc = read_document(SEED_DECK)
    assert_consistent(doc)
    assert doc.text == SEED_DECK.read_text(encoding="utf-8")  # faithful, offsets into the original
    assert doc.language == "en"
    assert doc.source == str(SEED_DECK)
    assert "\\mathbb{Y}" in texts(doc)
    assert any("**<u>port</u>**" in t for t in texts(doc))
    items = texts(doc, "list_item")
    sister = items[items.index("- 1 Kaohsiung"): items.index("- 26 Yangon") + 1]
    assert len(sister) == 26
    assert sister[:3] == ["- 1 Kaohsiung", "- 3 Shimonoseki", "- 5 Rio de Janeiro."]
    assert sister[13] == "- 2 .Los Angeles"
    friends = items[items.index("- 1 Shenzhen"): items.index("- 10 Panama City") + 1]
    assert len(friends) == 11 and "- 8 Bandar" in friends
    claim = next(b for b in doc.blocks if "37 cities from 27 countries" in b.text)
    assert claim.kind == "paragraph" and claim.line == 66
    for area in ("Smart-Energy", "Smart-Mobility", "Smart-Healthcare", "Smart-Park"):
        assert area in texts(doc)
    # the team: names and roles stay separate blocks
    assert "Ms. PARK Mee-sol, Korean-English Conference Interpreter" in texts(doc)
    assert "*Five Continents (with a focus on 25 sister/friendship cities)" in texts(doc)


def test_seed_visit_blocks():
    require_seeds()
    doc = read_document(SEED_VISIT)
    assert_consistent(doc)
    assert doc.text == SEED_VISIT.read_text(encoding="utf-8")
    assert doc.title == "Barcelona in Busan"
    bullets = [t for t in texts(doc, "list_item") if t.startswith("•")]
    assert len(bullets) == 4
    assert bullets[0].startswith("• Cultural Regeneration of Idle Spaces: Visit to F1963, KISWIRE, Suyeong Overpass")
    numbered = [t for t in texts(doc, "list_item") if t[0].isdigit()]
    assert [t.split(".")[0] for t in numbered] == ["1", "2", "3", "4", "5", "6"]
    assert numbered[2].startswith("3. Clean energy: Although Busan’s hydrogen fuel cell initiatives are not readily applicable")
    assert numbered[5].endswith("Smart City World Expo Congress in Busan.")
    assert "Areas of Future Cooperation" in texts(doc)


def test_language_guess_latin_languages():
    from intercity.core.documents import guess_language

    assert guess_language("La delegación de Barcelona visitó la ciudad de Busan para los proyectos") == "es"
    assert guess_language("La délégation de Barcelone a visité la ville et les sites du projet") == "fr"
    assert guess_language("Die Delegation aus Barcelona hat die Stadt und den Hafen besucht") == "de"
    assert guess_language("The delegation from Barcelona visited the city and the port") == "en"
    assert guess_language("부산시 국제협력과 Busan Metropolitan City intercity cooperation team") == "ko"
    assert guess_language("") == "en"


def test_whitespace_only_is_rejected():
    with pytest.raises(DocumentError, match="only whitespace"):
        read_bytes(b"  \n\n \t\n", "blank.txt")


def test_utf8_with_a_broken_byte_stays_utf8():
    data = KO.encode("utf-8")
    data = data[:9] + b"\xff" + data[9:] + "부산".encode()[:-1]  # a stray byte; cut mid-character
    doc = read_bytes(data, "broken-utf8.txt")
    assert doc.metadata["encoding"] == "utf-8 (2 invalid byte sequence(s) replaced)"
    assert doc.language == "ko" and "국제협력을 추진합니다" in doc.text


def test_windows_japanese_is_read_as_cp932():
    from intercity.core.documents.textfile import decode

    text = "姉妹都市の交流について\n①ハルビン市代表団の来訪（５月２０日～２２日）\n②ナント市訪問\n"
    got, enc = decode(text.encode("cp932"), "memo.txt")
    assert enc == "cp932" and got == text  # "～" stays the fullwidth tilde, ① decodes


def test_latin9_is_told_from_latin1_by_the_euro_sign():
    from intercity.core.documents.textfile import decode

    text = "Il costo del gemellaggio è di € 12.000,00 per la città.\n"
    got, enc = decode(text.encode("iso-8859-15"), "delibera.txt")
    assert enc == "iso-8859-15" and got == text
    got, enc = decode("Prix : 5 € à Noël, très élevé.\n".encode("cp1252"), "note.txt")
    assert enc == "cp1252" and "€" in got


def test_single_byte_code_pages_are_told_apart_by_one_language_letters():
    from intercity.core.documents.textfile import decode

    samples = {
        "koi8-r": "Новосибирск поддерживает связи с городами-побратимами.\nСПИСОК ГОРОДОВ\n",
        "cp1251": "Новосибирск поддерживает связи с городами-побратимами.\nСПИСОК ГОРОДОВ\n",
        "cp1254": "İZMİR BÜYÜKŞEHİR BELEDİYESİ\nKardeş şehirlerimiz aşağıda sıralanmıştır: Ağrı, Muğla.\n",
        "cp1250": "Město Brno má partnerská města: Dřevěné kříže, Stuttgart a Leipzig.\n",
    }
    for enc, text in samples.items():
        got, found = decode(text.encode(enc), "note.txt")
        assert got == text, (enc, found, got)
    # text that means the same in several code pages keeps the Western reading
    got, found = decode("Städtepartnerschaft mit Köln, Straße, déjà vu.\n".encode("cp1252"), "n.txt")
    assert found == "cp1252"
