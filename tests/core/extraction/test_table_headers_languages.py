"""Tables are read by their header words; partner and project tables in scripts the first tables of the corpus did
not have (Arabic, Hebrew, Persian …): the city, country, relation and year columns, the project and status columns."""

from __future__ import annotations

import pytest

MARRAKESH = "gn:2542997"

PARTNERS = """<html><body><h2>لائحة المدن المتوأمة والشريكة</h2><table>
<tr><th>ر.ت</th><th>المدينة</th><th>البلد</th><th>طبيعة العلاقة</th><th>سنة التوقيع</th></tr>
<tr><td>1</td><td>غرناطة</td><td>إسبانيا</td><td>توأمة</td><td>1995</td></tr>
<tr><td>2</td><td>مرسيليا</td><td>فرنسا</td><td>اتفاقية تعاون</td><td>2016</td></tr>
</table></body></html>"""

PROJECTS = """<html><body><h2>مشاريع التعاون</h2><table>
<tr><th>المشروع</th><th>الوضعية</th></tr>
<tr><td>ترميم أجزاء من الأسوار التاريخية بشراكة مع غرناطة</td><td>في طور الإنجاز</td></tr>
<tr><td>برنامج لتبادل الطلبة مع مرسيليا</td><td>مقترح من طرف مرسيليا، قيد الدراسة</td></tr>
</table></body></html>"""


def test_an_arabic_partner_table_by_its_header_words(extract_text):
    x = extract_text(PARTNERS.encode(), home_key=MARRAKESH, name="partners.html")
    got = {(p.kind, p.place.key, p.since) for p in x.partnerships if p.place is not None}
    assert ("sister", "gn:2517117", "1995") in got  # Granada, twinning
    assert ("partner", "gn:2995469", "2016") in got  # Marseille, cooperation agreement
    assert not any(p.name_as_written == "المدينة" for p in x.partnerships)  # the header "the city" is no place


def test_an_arabic_project_table_by_its_header_words(extract_text):
    x = extract_text(PROJECTS.encode(), home_key=MARRAKESH, name="projects.html")
    assert sorted(c.status for c in x.cooperation) == ["in_progress", "proposed"]


@pytest.mark.parametrize("header, role", [
    ("העיר", "city"), ("کشور", "country"), ("שנה", "year"), ("نوع", "kind"), ("linn", "city"), ("riik", "country"),
    ("by", "city"), ("år", "year"), ("pilsēta", "city"), ("oraș", "city"),
])
def test_header_words_in_more_languages(header, role):
    import re

    from intercity.core.extraction.tables import _COL_WORDS

    assert re.search(_COL_WORDS[role], header, re.IGNORECASE)


KIND_COLUMN = """<html><body><h2>Sõpruslinnad</h2><table>
<tr><th>Nr.</th><th>Linn</th><th>Riik</th><th>Staatus</th><th>Alates</th></tr>
<tr><td>1</td><td>Deventer</td><td>Holland</td><td>sõpruslinn</td><td>1996</td></tr>
<tr><td>2</td><td>Hämeenlinna</td><td>Soome</td><td>sõpruslinn</td><td>1989</td></tr>
<tr><td>3</td><td>Veszprém</td><td>Ungari</td><td>partnerlinn</td><td>2017</td></tr>
</table></body></html>"""


def test_a_column_of_kind_words_is_the_kind_column_whatever_its_header(extract_text):
    """"Staatus" (status) heads the column of sõpruslinn / partnerlinn; "Linn" (city) heads the names and is no town."""
    x = extract_text(KIND_COLUMN.encode(), home_key="gn:588335", name="soprusinnad.html")
    got = {(p.kind, p.place.name) for p in x.partnerships if p.place is not None}
    assert ("partner", "Veszprém") in got and ("sister", "Deventer") in got
    assert not any(p.name_as_written == "Linn" for p in x.partnerships)


def test_the_word_city_of_other_languages_alone_is_no_place():
    from intercity.core.extraction.mentions import COMMON_WORDS

    assert {"linn", "град", "ville", "stadt"} <= COMMON_WORDS and "kota" not in COMMON_WORDS  # Kota is a city of a million
