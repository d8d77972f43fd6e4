"""Ties and items outside tidy lists: a table divided by merged kind rows, a bilingual table of "Title – state" items,
a city picker beside a JSON-LD list, a count that announces the places a speech names one by one, an MoU with a
place already tied, ordinary words that look like places. New text of our own, real readers, the real gazetteer."""

from __future__ import annotations

import io

from tests.core.extraction.helpers import ties as _ties


def _sectioned_docx() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("Grad Lahti surađuje s 4 grada u 4 države. / The city cooperates with 4 cities in 4 countries.")
    rows = [("Pobratimljeni gradovi / Twin cities", None), ("Tartu, Estonija", "Tartu, Estonia"),
            ("Kaunas, Litva", "Kaunas, Lithuania"), ("Sporazumi o prijateljstvu / Friendship agreements", None),
            ("Brno, Češka", "Brno, Czechia"), ("Sporazumi o suradnji / Cooperation agreements", None),
            ("Pécs, Mađarska", "Pécs, Hungary"), ("Projekti / Projects", None),
            ("Razmjena učenika – u tijeku", "Student exchange – ongoing"),
            ("Biciklistička ruta Lahti – Tartu – prijedlog Grada Tartua", "Lahti – Tartu cycle route – proposed by Tartu"),
            ("Festival vrta – obustavljeno", "Garden festival – suspended")]
    t = d.add_table(rows=len(rows), cols=2)
    for r, (left, right) in enumerate(rows):
        if right is None:
            t.cell(r, 0).merge(t.cell(r, 1))
            t.cell(r, 0).text = left
        else:
            t.cell(r, 0).text = left
            t.cell(r, 1).text = right
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_table_sectioned_by_merged_kind_rows_and_its_bilingual_items(extract_text):
    x = extract_text(_sectioned_docx(), home_key="gn:649360", name="suradnja.docx")  # Lahti
    assert _ties(x) == {("sister", "Tartu"), ("sister", "Kaunas"), ("friendship", "Brno"), ("partner", "Pécs")}
    items = {(c.title, c.status) for c in x.cooperation}
    assert items == {("Razmjena učenika", "in_progress"), ("Biciklistička ruta Lahti – Tartu", "proposed"),
                     ("Festival vrta", "stalled")}
    assert [(c.cities, c.countries, c.check) for c in x.claims] == [(4, 4, "consistent")]


SPEECH = ("MAYOR: Magandang gabi! Salamat sa mga bisita mula Manila at Quezon City.\n\n"
          "MAYOR: Hindi po tayo nag-iisa: mayroon tayong tatlong sister cities, at gusto ko silang pasalamatan. "
          "Sa Honolulu, na laging nandiyan para sa ating mga kababayan — mahalo! Sa Vaughan, Ontario, sa mga guro. "
          "At siyempre sa Hanyū sa Saitama, Japan — na narito ngayong gabi!\n\n"
          "MAYOR: Napirmahan na natin ang MOU with Vaughan on smart tourism cooperation — agreed na po iyan. "
          "Tuloy-tuloy din ang teacher exchange natin with Honolulu; ongoing pa rin.\n")


def test_a_count_announces_the_places_a_speech_names_one_by_one(extract_text):
    x = extract_text(SPEECH, home_key="gn:1728930", name="talumpati.txt")  # Baguio
    assert _ties(x) == {("sister", "Honolulu"), ("sister", "Vaughan"), ("sister", "Hanyū")}  # no "Hindi", no MoU tie
    assert {(c.title, c.status) for c in x.cooperation} == {("smart tourism cooperation", "agreed"),
                                                            ("teacher exchange", "in_progress")}
    assert [(c.cities, c.scope, c.check) for c in x.claims] == [(3, "sister", "consistent")]


PICKER = """<!doctype html><html lang="ka"><body><main>
<script type="application/ld+json">{"@type": "ItemList", "name": "Sister cities", "itemListElement": [
{"item": {"@type": "City", "name": "Atlanta", "address": {"addressCountry": "US"}, "additionalType": "SisterCity"}},
{"item": {"@type": "City", "name": "Bilbao", "address": {"addressCountry": "ES"}, "additionalType": "SisterCity"}},
{"item": {"@type": "City", "name": "Nantes", "address": {"addressCountry": "FR"}, "additionalType": "SisterCity"}}]}</script>
<h1>დაძმობილებული ქალაქები</h1><p>თბილისს 3 დაძმობილებული ქალაქი ჰყავს.</p>
<form><select><option value="">—</option><optgroup label="დაძმობილებული ქალაქები">
<option value="a">ატლანტა</option><option value="b">ბილბაო</option><option value="n">Nantes-ი-ზზზ</option></optgroup></select></form>
</main></body></html>"""


def test_a_picker_repeating_a_json_ld_list_adds_no_unknown_ties(extract_text):
    x = extract_text(PICKER, home_key="gn:611717", name="partners.html")  # Tbilisi
    assert _ties(x) == {("sister", "Atlanta"), ("sister", "Bilbao"), ("sister", "Nantes")}
    assert all(p.place is not None for p in x.partnerships)


KO_REPORT = ("□ 해외 자매·우호도시 : 3개국 4개 도시\n\n"
             "○ 자매도시(2) : 지치부시(일, '83), 채터누가시(미, '95)\n\n"
             "○ 우호도시(2) : 자싱시('05)·더양시('12)(이상 중)\n")


def test_korean_inline_lists_with_abbreviated_countries(extract_text):
    x = extract_text(KO_REPORT, home_key="gn:1843137", name="report.txt")  # Gangneung
    assert _ties(x) == {("sister", "Chichibu"), ("sister", "Chattanooga"), ("friendship", "Jiaxing"), ("friendship", "Deyang")}
    assert {p.name_as_written: p.country_code for p in x.partnerships} == {"지치부시": "JP", "채터누가시": "US", "자싱시": "CN",
                                                                       "더양시": "CN"}
    assert ("all", 4, 3, "consistent") in {(c.scope, c.cities, c.countries, c.check) for c in x.claims}
