"""Text a reader sees outside running text: an HTML city picker (``<select>``/``<optgroup>``), JSON-LD item lists,
and the alternative text of pictures on slides."""

from __future__ import annotations

import io

from pptx import Presentation
from pptx.util import Inches

from intercity.core.documents import read_bytes
from tests.core.documents.helpers import assert_consistent

PICKER = """<!doctype html><html lang="ka"><head><title>Partners</title>
<script>var x = "not read";</script></head><body><main>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "ItemList", "name": "Sister cities",
 "itemListElement": [{"@type": "ListItem", "position": 1, "item": {"@type": "City", "name": "Atlanta",
 "address": {"@type": "PostalAddress", "addressCountry": "US"}, "additionalType": "SisterCity"}},
 {"@type": "ListItem", "position": 2, "item": {"@type": "City", "name": "Baku", "additionalType": "PartnerCity"}}]}</script>
<script type="application/ld+json">{"@type": "Organization", "name": "City Hall"}</script>
<script type="application/ld+json">{not json</script>
<h1>Partners</h1>
<form><label for="c">City:</label><select id="c"><option value="">— choose —</option>
<optgroup label="Sister cities"><option value="a">Atlanta (USA)</option><option value="b">Bilbao (Spain)</option></optgroup>
<option value="d">Doha</option><option value="x" disabled>Closed</option></select>
<input type="text" value="typed"><button>Go</button></form></main></body></html>"""


def test_select_options_and_json_ld_item_lists_are_read():
    doc = read_bytes(PICKER.encode(), "picker.html")
    assert_consistent(doc)
    got = [(b.kind, b.text) for b in doc.blocks]
    assert got == [
        ("heading", "Sister cities"),
        ("list_item", "Atlanta (US) — Sister City"),
        ("list_item", "Baku — Partner City"),
        ("heading", "Partners"),
        ("paragraph", "City:"),
        ("heading", "Sister cities"),
        ("list_item", "Atlanta (USA)"),
        ("list_item", "Bilbao (Spain)"),
        ("list_item", "Doha"),
    ]
    assert "not read" not in doc.text and "City Hall" not in doc.text and "typed" not in doc.text


def test_json_ld_bounds_and_odd_shapes():
    deep = "[" * 5000 + "]" * 5000
    odd = '{"@graph": [{"@type": ["ItemList"], "itemListElement": ["Kyiv", 3, null, {"name": ""}, {"item": "x"}]}]}'
    page = f'<!doctype html><html><body><main><p>Text</p><script type="application/ld+json">{deep}</script>' \
           f'<script type="application/ld+json">{odd}</script></main></body></html>'
    doc = read_bytes(page.encode(), "odd.html")
    assert_consistent(doc)
    assert [b.text for b in doc.blocks] == ["Text", "Kyiv"]


def _deck() -> bytes:
    prs = Presentation()
    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "Sister cities"
    png = io.BytesIO(bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d4944415478da63f8cfc0f01f0005000201c5e1e8a80000000049454e44ae426082"))
    pic = s.shapes.add_picture(png, Inches(1), Inches(2), Inches(1), Inches(1))
    pic._element.nvPicPr.cNvPr.set("descr", "Seal of the City of St. Louis, Missouri")
    png.seek(0)
    s.shapes.add_picture(png, Inches(3), Inches(2), Inches(1), Inches(1))  # "Picture 3": no alt text, default name
    png.seek(0)
    named = s.shapes.add_picture(png, Inches(5), Inches(2), Inches(1), Inches(1))
    named.name = "Logo Bilbao"
    box = s.shapes.add_textbox(Inches(1), Inches(3.5), Inches(2), Inches(1))
    box.text_frame.text = "Saint Louis"
    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue()


def test_pptx_picture_alt_text_and_given_names():
    doc = read_bytes(_deck(), "logos.pptx")
    assert_consistent(doc)
    got = [(b.kind, b.text) for b in doc.blocks]
    assert got == [("title", "Sister cities"), ("alt_text", "Seal of the City of St. Louis, Missouri"),
                   ("alt_text", "Logo Bilbao"), ("paragraph", "Saint Louis")]
