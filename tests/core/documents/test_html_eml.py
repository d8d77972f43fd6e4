"""HTML and e-mail readers; format detection by content, not by file name."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from intercity.core.documents import read_bytes, read_document
from tests.core.documents.builders import make_docx, make_pptx
from tests.core.documents.helpers import assert_consistent, texts
from tests.core.documents.pdfwriter import write_pdf

PAGE = """<!doctype html><html lang="en"><head><title>Busan partners</title>
<style>p { color: red }</style><script>var tracking = "Do not read me";</script></head><body>
<header><nav><a href="/">Home</a> | <a href="/about">About us</a></nav></header>
<main><h1>Sister cities</h1><p>Busan has   sister cities<br>on five continents.</p>
<ol start="3"><li>Kaohsiung</li><li>Los Angeles<ul><li>since 1967</li></ul></li></ol>
<table><caption>Counts</caption><thead><tr><th>City</th><th>Country</th></tr></thead>
<tbody><tr><td colspan="2">Busan, KR</td></tr><tr><td>Osaka</td><td>JP</td></tr></tbody></table>
<div hidden>hidden text</div><div style="display: none">invisible</div>
<p>Last <b>para</b> with <a href="#">a link</a>.</p><figure><figcaption>BEXCO Exhibition Center III</figcaption></figure></main>
<aside>Related links</aside><footer>Copyright 2021</footer></body></html>"""


def test_html_main_content_structure():
    doc = read_bytes(PAGE.encode(), "page.html")
    assert_consistent(doc)
    assert doc.format == "html" and doc.title == "Busan partners"
    got = [(b.kind, b.level, b.row, b.col, b.text) for b in doc.blocks]
    assert got == [
        ("heading", 1, None, None, "Sister cities"),
        ("paragraph", 0, None, None, "Busan has sister cities\non five continents."),
        ("list_item", 1, None, None, "3. Kaohsiung"),
        ("list_item", 1, None, None, "4. Los Angeles"),
        ("list_item", 2, None, None, "since 1967"),
        ("table_cell", 0, 1, 1, "City"),
        ("table_cell", 0, 1, 2, "Country"),
        ("table_cell", 0, 2, 1, "Busan, KR"),
        ("table_cell", 0, 3, 1, "Osaka"),
        ("table_cell", 0, 3, 2, "JP"),
        ("caption", 0, None, None, "Counts"),
        ("paragraph", 0, None, None, "Last para with a link."),
        ("caption", 0, None, None, "BEXCO Exhibition Center III"),
    ]
    for absent in ("Home", "About us", "tracking", "hidden text", "invisible", "Related links", "Copyright"):
        assert absent not in doc.text


def test_html_without_main_uses_body_minus_chrome():
    html = "<html><body><nav>Menu</nav><div><h2>News</h2><p>Delegation from Fukuoka.</p></div><footer>f</footer></body></html>"
    doc = read_bytes(html.encode(), "n.htm")
    assert [(b.kind, b.level, b.text) for b in doc.blocks] == [("heading", 2, "News"), ("paragraph", 0, "Delegation from Fukuoka.")]


def test_html_fragment_detected_by_markup():
    doc = read_bytes(b"<p>Busan</p>\n<p>Barcelona</p>\n<ul><li>Port</li></ul>", "fragment.txt")
    assert doc.format == "html" and texts(doc) == ["Busan", "Barcelona", "Port"]


def test_html_declared_legacy_charset():
    html = '<html><head><meta charset="euc-kr"><title>부산</title></head><body><p>부산광역시 국제협력과</p></body></html>'
    doc = read_bytes(html.encode("euc-kr"), "k.html")
    assert doc.blocks[0].text == "부산광역시 국제협력과" and doc.language == "ko"


def _mail() -> bytes:
    m = EmailMessage()
    m["From"] = "Kim Yun-jae <yjkim@busan.go.kr>"
    m["To"] = "iurc@example.eu"
    m["Subject"] = "부산-바르셀로나 협력 follow-up"
    m["Date"] = "Thu, 16 Mar 2017 10:00:00 +0900"
    m.set_content("Dear colleagues,\n\nThank you for the visit to Busan.\n- 1. Smart cities\n- 2. Fare system\n\nBest regards,\nKim\n")
    m.add_alternative("<p>Dear colleagues,</p><p>HTML version</p>", subtype="html")
    m.add_attachment(make_docx(), maintype="application", subtype="octet-stream", filename="report.docx")
    m.add_attachment(b"\x00\x01\x02binary", maintype="application", subtype="octet-stream", filename="blob.bin")
    inner = EmailMessage()
    inner["From"] = "a@example.org"
    inner["Subject"] = "Forwarded note"
    inner.set_content("Inner message about Osaka.")
    m.add_attachment(inner)
    return bytes(m)


def test_eml_headers_body_attachments():
    doc = read_bytes(_mail(), "mail.eml")
    assert_consistent(doc)
    assert doc.format == "eml"
    assert doc.title == "부산-바르셀로나 협력 follow-up"
    assert doc.metadata["sender"] == "Kim Yun-jae <yjkim@busan.go.kr>"
    assert doc.metadata["date_iso"] == "2017-03-16T10:00:00+09:00"
    header = doc.blocks[0]
    assert header.kind == "header" and header.text.startswith("From: Kim Yun-jae") and "Subject: 부산-바르셀로나" in header.text
    assert texts(doc)[1:] == ["Dear colleagues,", "Thank you for the visit to Busan.", "- 1. Smart cities", "- 2. Fare system", "Best regards,", "Kim"]
    assert [b.kind for b in doc.blocks[3:5]] == ["list_item", "list_item"]
    formats = {a.source.rsplit(" › ", 1)[1]: a.format for a in doc.attachments}
    assert formats["report.docx"] == "docx"
    assert any(a.format == "eml" and "Inner message about Osaka." in a.text for a in doc.attachments)
    assert any("blob.bin" in w and "binary" in w for w in doc.warnings)


def test_eml_html_only_body():
    m = EmailMessage()
    m["From"] = "x@example.org"
    m["Subject"] = "Visit"
    m.set_content("<html><body><h1>Visit</h1><p>Surabaya delegation</p></body></html>", subtype="html")
    doc = read_bytes(bytes(m), "h.eml")
    assert texts(doc)[1:] == ["Visit", "Surabaya delegation"]
    assert doc.blocks[1].kind == "heading"


@pytest.mark.parametrize(
    "make,fmt",
    [
        (lambda: write_pdf([["Busan"]]), "pdf"),
        (make_docx, "docx"),
        (make_pptx, "pptx"),
        (lambda: PAGE.encode(), "html"),
        (_mail, "eml"),
        (lambda: "# Title\n\n- item\n- **bold** [link](http://x)\n".encode(), "markdown"),
        (lambda: b"Just text.\n", "txt"),
    ],
)
def test_format_is_detected_from_content_not_name(tmp_path, make, fmt):
    path = tmp_path / "misnamed.xlsx"
    path.write_bytes(make())
    assert read_document(path).format == fmt


def test_html_any_nesting_depth_and_stray_list_text():
    deep = "<html><body>" + "<div>" * 5000 + "deep text" + "</div>" * 5000 + "</body></html>"
    assert texts(read_bytes(deep.encode(), "deep.html")) == ["deep text"]
    lists = "<html><body>" + "<ul><li>x" * 300 + "</body></html>"
    doc = read_bytes(lists.encode(), "lists.html")
    assert len(doc.blocks) == 300 and doc.blocks[-1].level == 300
    stray = read_bytes(b"<html><body><ol>stray<li>item</li></ol></body></html>", "stray.html")
    assert [(b.kind, b.text) for b in stray.blocks] == [("paragraph", "stray"), ("list_item", "1. item")]


def test_lines_of_a_table_cell_stay_lines():
    from intercity.core.documents import read_bytes

    html = "<table><tr><th>Sister cities</th></tr><tr><td>France Lyon<br>Germany <b>Cologne</b><p>Italy Turin</p></td></tr></table>"
    doc = read_bytes(html.encode(), "cells.html")
    cell = [b for b in doc.blocks if b.kind == "table_cell"][-1]
    assert cell.text == "France Lyon\nGermany Cologne\nItaly Turin"
    assert doc.text[cell.start:cell.end] == cell.text
