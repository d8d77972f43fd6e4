"""Content that real documents carry outside the plain body: HTML sidebars, footers, definition lists and
article headers; DOCX text boxes, content controls, tracked moves, hidden text, page headers/footers and
footnotes; PPTX charts, SmartArt, wrapped shapes and layout text; e-mail bodies split or sent as HTML only,
flowed text, nested attachments and invitations."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage

from docx import Document
from docx.oxml import parse_xml as docx_xml
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.opc.package import Part
from pptx.opc.packuri import PackURI
from pptx.oxml import parse_xml as pptx_xml
from pptx.util import Inches

from intercity.core.documents import read_bytes
from tests.core.documents.builders import make_docx
from tests.core.documents.helpers import assert_consistent, texts

# ----------------------------------------------------------------------------- HTML

SIDEBAR_PAGE = """<!doctype html><html lang="da"><head><title>Nyhedsbrev</title></head><body>
<header class="site-header"><a href="/">Odense Kommune</a> <span>Borger · Erhverv · International</span></header>
<main><h1>Eventyr og cykler</h1><p>Gæster fra Funabashi var med.</p></main>
<aside class="sidebar"><h3>Besøg i dette kvartal</h3><dl>
<dt>1.–3. april</dt><dd>Borgmesterdelegation fra Funabashi i Odense</dd>
<dt>14. maj</dt><dd>Rådmand på arbejdsbesøg i Schwerin</dd></dl></aside>
<aside class="related"><h3>Se også</h3><ul><li><a href="/a">Cykelstier i byen og omegn</a></li>
<li><a href="/b">Havnebadet åbner for sæsonen</a></li></ul></aside>
<aside class="widget"><b>Vejret</b> Odense 18°</aside>
<footer class="site-footer"><p>Odenses venskabsbyer: Columbus (USA), Funabashi (Japan), Groningen (Holland), Iksan
(Sydkorea), İzmir (Tyrkiet), Kaunas (Litauen), Klaksvík (Færøerne), Kópavogur (Island), Norrköping (Sverige),
Östersund (Sverige), Schwerin (Tyskland), St Albans (England), Tampere (Finland), Trondheim (Norge).</p></footer>
</body></html>"""


def test_html_substantive_aside_and_footer_outside_main_are_read_after_it():
    doc = read_bytes(SIDEBAR_PAGE.encode(), "news.html")
    assert_consistent(doc)
    got = [(b.kind, b.text) for b in doc.blocks]
    assert got[:3] == [("heading", "Eventyr og cykler"), ("paragraph", "Gæster fra Funabashi var med."),
                       ("heading", "Besøg i dette kvartal")]
    # a definition list: each description with its term, in one block
    assert ("list_item", "1.–3. april: Borgmesterdelegation fra Funabashi i Odense") in got
    assert ("list_item", "14. maj: Rådmand på arbejdsbesøg i Schwerin") in got
    assert got[-1][0] == "paragraph" and got[-1][1].startswith("Odenses venskabsbyer: Columbus (USA)")
    for noise in ("Se også", "Cykelstier", "Vejret", "Odense Kommune", "Erhverv"):  # links, a widget, the site header
        assert noise not in doc.text


def test_html_aside_inside_the_content_is_judged_the_same_way():
    page = ("<html><body><div><h2>Partners</h2><p>Our partners.</p>"
            "<aside><p>" + "Sister cities since 1967: Kaohsiung, Los Angeles, Osaka and Barcelona, with yearly exchanges. " * 3
            + "</p></aside><aside><a href='/x'>Share</a> <a href='/y'>Print</a></aside></div></body></html>")
    doc = read_bytes(page.encode(), "a.html")
    assert any(t.startswith("Sister cities since 1967") for t in texts(doc, "paragraph"))
    assert "Share" not in doc.text


def test_html_article_header_and_footer_are_content_site_ones_are_not():
    page = """<html><body><header role="banner"><h1>City portal</h1><p>Welcome to the official site</p></header>
    <article><header><h1>Delegation from Kaohsiung</h1><p class="byline">Posted on 3 May 2025 by the International Office</p></header>
    <p>The delegation visited the port.</p><footer><p>Filed under: Kaohsiung, sister cities</p></footer></article>
    <footer><a href="/privacy">Privacy</a></footer></body></html>"""
    doc = read_bytes(page.encode(), "article.html")
    assert texts(doc) == ["Delegation from Kaohsiung", "Posted on 3 May 2025 by the International Office",
                          "The delegation visited the port.", "Filed under: Kaohsiung, sister cities"]


def test_html_definition_list_groups_and_structured_descriptions():
    page = """<html><body><main><dl>
    <dt>Kaohsiung</dt><dt>高雄</dt><dd>Taiwan · sister city since 1966</dd>
    <div><dt>Osaka:</dt><dd>Japan</dd><dd>friendship city</dd></div>
    <dt>Projects</dt><dd><ul><li>Port logistics</li><li>Smart city</li></ul></dd>
    <dt>Barcelona</dt></dl></main></body></html>"""
    doc = read_bytes(page.encode(), "dl.html")
    assert_consistent(doc)
    assert [(b.kind, b.level, b.text) for b in doc.blocks] == [
        ("list_item", 1, "Kaohsiung / 高雄: Taiwan · sister city since 1966"),
        ("list_item", 1, "Osaka: Japan"),
        ("list_item", 1, "Osaka: friendship city"),
        ("list_item", 1, "Projects"),
        ("list_item", 1, "Port logistics"),
        ("list_item", 1, "Smart city"),
        ("list_item", 1, "Barcelona"),
    ]
    assert "\n" in doc.text[doc.blocks[0].end:doc.blocks[1].start]


def test_html_details_figure_and_images_standing_for_text():
    page = """<html><body><main>
    <details><summary>Gyeongju</summary><p>Relationship: Sister city · since 2007</p></details>
    <figure><img src="seal.png" alt="Seal of the City of St. Louis, Missouri"><figcaption>Our newest partner</figcaption></figure>
    <ul class="logos"><li><a href="/k"><img src="k.png" alt="Kaohsiung"></a></li><li><img src="o.png" alt="logo_osaka.png"></li></ul>
    <p><img src="pdf.svg" alt="PDF icon"> Annual report 2024</p>
    <table><tr><td><img src="flag.png" alt="Flag of Busan"></td><td>Busan</td></tr></table>
    </main></body></html>"""
    doc = read_bytes(page.encode(), "fig.html")
    assert_consistent(doc)
    got = [(b.kind, b.text) for b in doc.blocks]
    assert got == [
        ("paragraph", "Gyeongju"),
        ("paragraph", "Relationship: Sister city · since 2007"),
        ("paragraph", "Seal of the City of St. Louis, Missouri"),
        ("caption", "Our newest partner"),
        ("list_item", "Kaohsiung"),
        ("paragraph", "Annual report 2024"),
        ("table_cell", "Flag of Busan"),
        ("table_cell", "Busan"),
    ]


def test_html_deeply_nested_regions_and_definition_lists_stay_fast():
    import time

    started = time.perf_counter()
    for inner, close in (("<aside>", "</aside>"), ("<footer>", "</footer>"), ("<dl><dt>x</dt><dd>", "</dd></dl>")):
        page = "<html><body><main><p>m</p></main>" + inner * 3000 + "deep text " * 30 + close * 3000 + "</body></html>"
        assert_consistent(read_bytes(page.encode(), "deep.html"))
    assert time.perf_counter() - started < 5


# ----------------------------------------------------------------------------- DOCX

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml"')


def _box_run(text: str):
    """A text box as Word writes it: a DrawingML choice and a VML fallback holding the same text."""
    return docx_xml(
        f'<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
        f'<wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp>'
        f'</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>'
        f'<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict>'
        f'</mc:Fallback></mc:AlternateContent></w:r>')


def _docx_with_everything() -> bytes:
    d = Document()
    d.add_paragraph("Anchor paragraph.")._p.append(_box_run("Box in body: Kaohsiung"))
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "Cell with box"
    t.cell(0, 0).paragraphs[0]._p.append(_box_run("Box in cell: Osaka"))
    t.cell(0, 1).text = "Plain"
    inner = t.cell(1, 0).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Nested A"
    inner.cell(0, 1).text = "Nested B"
    t.cell(1, 1).text = "After nested"
    d.add_paragraph()._p.append(docx_xml(f'<w:moveFrom {NS} w:id="1" w:author="x"><w:r><w:t>Moved away</w:t></w:r></w:moveFrom>'))
    d.add_paragraph()._p.append(docx_xml(f'<w:moveTo {NS} w:id="2" w:author="x"><w:r><w:t>Moved here</w:t></w:r></w:moveTo>'))
    p = d.add_paragraph("Shown")
    p._p.append(docx_xml(f'<w:r {NS}><w:rPr><w:vanish/></w:rPr><w:t> hidden</w:t></w:r>'))
    # content controls around a cell and around a row; a row starting one grid column in
    t2 = d.add_table(rows=1, cols=2)
    t2.cell(0, 0).text = "R1C1"
    tc = t2.rows[0]._tr.tc_lst[1]
    sdt = docx_xml(f'<w:sdt {NS}><w:sdtContent/></w:sdt>')
    tc.addprevious(sdt)
    sdt[0].append(tc)
    tc.xpath("./w:p")[0].append(docx_xml(f'<w:r {NS}><w:t>R1C2 in control</w:t></w:r>'))
    t2._tbl.append(docx_xml(f'<w:sdt {NS}><w:sdtContent><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:p><w:r>'
                            f'<w:t>Row in control</w:t></w:r></w:p></w:tc></w:tr></w:sdtContent></w:sdt>'))
    fp = d.add_paragraph("Body with notes")
    fp._p.append(docx_xml(f'<w:r {NS}><w:footnoteReference w:id="2"/></w:r>'))
    fp._p.append(docx_xml(f'<w:r {NS}><w:footnoteReference w:id="1"/></w:r>'))
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "City of Busan · International Relations"
    sec.footer.paragraphs[0].text = "Page 1 of 2"
    sec.footer.add_paragraph("Busan City Hall, 1001 Jungang-daero")
    new = d.add_section()
    new.header.is_linked_to_previous = False
    new.header.paragraphs[0].text = "City of Busan · International Relations"  # the same text again: read once
    buf = io.BytesIO()
    d.save(buf)
    return _with_notes(buf.getvalue())


def _with_notes(data: bytes) -> bytes:
    """Add a footnotes part (python-docx's template has none)."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    with zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            blob = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                blob = blob.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            if item.filename == "word/_rels/document.xml.rels":
                blob = blob.replace(b"</Relationships>", b'<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/'
                                    b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
            zout.writestr(item, blob)
        zout.writestr("word/footnotes.xml", (
            f'<w:footnotes {w}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:id="1"><w:p><w:r><w:t>Agreement signed in Seattle on 3 May 2019.</w:t></w:r></w:p></w:footnote>'
            '<w:footnote w:id="2"><w:p><w:r><w:t>Source: city archive.</w:t></w:r></w:p></w:footnote></w:footnotes>'))
    return out.getvalue()


def test_docx_boxes_controls_changes_headers_footers_and_footnotes():
    doc = read_bytes(_docx_with_everything(), "report.docx")
    assert_consistent(doc)
    got = [(b.kind, b.row, b.col, b.text) for b in doc.blocks]
    assert got == [
        ("header", None, None, "City of Busan · International Relations"),
        ("paragraph", None, None, "Anchor paragraph."),
        ("paragraph", None, None, "Box in body: Kaohsiung"),
        ("table_cell", 1, 1, "Cell with box\nBox in cell: Osaka"),  # the VML fallback copy is not read again
        ("table_cell", 1, 2, "Plain"),
        ("table_cell", 2, 1, "Nested A\nNested B"),
        ("table_cell", 2, 2, "After nested"),
        ("paragraph", None, None, "Moved here"),
        ("paragraph", None, None, "Shown"),
        ("table_cell", 1, 1, "R1C1"),
        ("table_cell", 1, 2, "R1C2 in control"),
        ("table_cell", 2, 2, "Row in control"),
        ("paragraph", None, None, "Body with notes"),
        ("notes", None, None, "[1] Source: city archive."),  # numbered in the order referenced
        ("notes", None, None, "[2] Agreement signed in Seattle on 3 May 2019."),
        ("header", None, None, "Busan City Hall, 1001 Jungang-daero"),  # the page number line is left out
    ]
    assert "Moved away" not in doc.text and "hidden" not in doc.text


def test_docx_without_headers_or_notes_reads_as_before():
    doc = read_bytes(make_docx(), "plain.docx")
    assert not [b for b in doc.blocks if b.kind in ("header", "notes")]


# ----------------------------------------------------------------------------- PPTX

P = ('xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
     'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
     'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"


def _text_shape(text: str, y: int = 0, sid: int = 50) -> str:
    return (f'<p:sp {P}><p:nvSpPr><p:cNvPr id="{sid}" name="Box {sid}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
            f'<p:spPr><a:xfrm><a:off x="100" y="{y}"/><a:ext cx="100" cy="100"/></a:xfrm></p:spPr>'
            f'<p:txBody><a:bodyPr/><a:p><a:r><a:t>{text}</a:t></a:r></a:p></p:txBody></p:sp>')


def _diagram(slide) -> None:
    data = (f'<dgm:dataModel xmlns:dgm="{DGM}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dgm:ptLst>'
            '<dgm:pt modelId="0" type="doc"><dgm:t><a:bodyPr/><a:p><a:endParaRPr/></a:p></dgm:t></dgm:pt>'
            '<dgm:pt modelId="3"><dgm:t><a:bodyPr/><a:p><a:r><a:t>Friendship cities</a:t></a:r></a:p></dgm:t></dgm:pt>'
            '<dgm:pt modelId="1"><dgm:t><a:bodyPr/><a:p><a:r><a:t>Sister cities</a:t></a:r></a:p></dgm:t></dgm:pt>'
            '<dgm:pt modelId="2"><dgm:t><a:bodyPr/><a:p><a:r><a:t>Kaohsiung</a:t></a:r></a:p></dgm:t></dgm:pt>'
            '<dgm:pt modelId="9" type="pres"><dgm:t><a:bodyPr/><a:p><a:r><a:t>layout text</a:t></a:r></a:p></dgm:t></dgm:pt>'
            '</dgm:ptLst><dgm:cxnLst><dgm:cxn modelId="10" srcId="0" destId="1" srcOrd="0" destOrd="0"/>'
            '<dgm:cxn modelId="11" srcId="0" destId="3" srcOrd="1" destOrd="0"/>'
            '<dgm:cxn modelId="12" srcId="1" destId="2" srcOrd="0" destOrd="0"/></dgm:cxnLst></dgm:dataModel>').encode()
    part = Part(PackURI("/ppt/diagrams/data1.xml"), "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml",
                slide.part.package, data)
    rid = slide.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/diagramData")
    slide.shapes._spTree.append(pptx_xml(
        f'<p:graphicFrame {P}><p:nvGraphicFramePr><p:cNvPr id="7" name="Diagram 1"/><p:cNvGraphicFramePr/><p:nvPr/>'
        f'</p:nvGraphicFramePr><p:xfrm><a:off x="0" y="6500000"/><a:ext cx="100" cy="100"/></p:xfrm><a:graphic>'
        f'<a:graphicData uri="{DGM}"><dgm:relIds xmlns:dgm="{DGM}" r:dm="{rid}" r:lo="" r:qs="" r:cs=""/></a:graphicData>'
        f'</a:graphic></p:graphicFrame>'))


def _deck() -> bytes:
    prs = Presentation()
    layout = prs.slide_layouts[5]
    layout.shapes._spTree.append(pptx_xml(_text_shape("Busan–Barcelona Partnership Programme", 6_800_000)))
    s = prs.slides.add_slide(layout)
    s.shapes.title.text = "Visitors"
    data = CategoryChartData()
    data.categories = ["Kaohsiung", "Osaka", "Barcelona"]
    data.add_series("2024", (3, 5, 7))
    frame = s.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1), Inches(1.5), Inches(6), Inches(4), data)
    frame.chart.has_title = True
    frame.chart.chart_title.text_frame.text = "Delegations received by partner city"
    wrapped = _text_shape("Wrapped box: Daegu", 6_000_000, 99)
    s.shapes._spTree.append(pptx_xml(f'<mc:AlternateContent {P}><mc:Choice Requires="a14">{wrapped}</mc:Choice>'
                                     f'<mc:Fallback>{wrapped}</mc:Fallback></mc:AlternateContent>'))
    _diagram(s)
    s2 = prs.slides.add_slide(layout)
    s2.shapes.title.text = "Second"
    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue()


def test_pptx_charts_smartart_wrapped_shapes_and_layout_text():
    doc = read_bytes(_deck(), "deck.pptx")
    assert_consistent(doc)
    got = [(b.slide, b.kind, b.level, b.text) for b in doc.blocks]
    assert got == [
        (1, "title", 0, "Visitors"),
        (1, "header", 0, "Busan–Barcelona Partnership Programme"),  # on the layout: read once per deck
        (1, "caption", 0, "Delegations received by partner city"),
        (1, "caption", 0, "Kaohsiung · Osaka · Barcelona"),
        (1, "paragraph", 0, "Wrapped box: Daegu"),  # inside mc:AlternateContent, read once
        (1, "list_item", 1, "Sister cities"),  # SmartArt in tree order, nested by depth
        (1, "list_item", 2, "Kaohsiung"),
        (1, "list_item", 1, "Friendship cities"),
        (2, "title", 0, "Second"),
    ]


# ----------------------------------------------------------------------------- e-mail


def test_eml_plain_stub_beside_html_reads_the_html():
    m = EmailMessage()
    m["From"] = "a@example.org"
    m["Subject"] = "Programme"
    m.set_content("This message is in HTML. Please use an HTML mail client.\n")
    m.add_alternative("<html><body><h1>Visit programme</h1><p>" + "The delegation from Kaohsiung arrives on 3 May 2025 "
                      "and visits the port. " * 5 + "</p></body></html>", subtype="html")
    doc = read_bytes(bytes(m), "stub.eml")
    assert [b.kind for b in doc.blocks] == ["header", "heading", "paragraph"]
    assert "HTML mail client" not in doc.text


def test_eml_plain_version_preferred_when_it_carries_the_text():
    m = EmailMessage()
    m["From"] = "a@example.org"
    m.set_content("The delegation from Kaohsiung arrives on 3 May 2025.\n")
    m.add_alternative("<p>The delegation from <b>Kaohsiung</b> arrives on 3 May 2025.</p>", subtype="html")
    assert texts(read_bytes(bytes(m), "both.eml"))[1:] == ["The delegation from Kaohsiung arrives on 3 May 2025."]


def test_eml_body_split_around_an_inline_picture_reads_whole():
    m = EmailMessage()
    m["From"] = "a@example.org"
    m.set_content("First half about Osaka.\n")
    m.add_attachment(b"\x89PNG\r\n\x1a\n0000", maintype="image", subtype="png", disposition="inline")
    m.add_attachment("Second half about Daegu.\n", subtype="plain", disposition="inline")
    doc = read_bytes(bytes(m), "split.eml")
    assert texts(doc)[1:] == ["First half about Osaka.", "Second half about Daegu."]
    assert not doc.attachments and not doc.warnings


def test_eml_flowed_text_is_unwrapped():
    raw = (b"From: a@example.org\r\nSubject: flowed\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: text/plain; charset=utf-8; format=flowed; delsp=no\r\n\r\n"
           b"The delegation from Kaohsiung will visit Busan \r\nfrom 3 to 5 May 2025.\r\n\r\n-- \r\nKim\r\n")
    doc = read_bytes(raw, "flowed.eml")
    assert texts(doc)[1] == "The delegation from Kaohsiung will visit Busan from 3 to 5 May 2025."


def test_eml_nested_attachments_forwarded_messages_and_invitations():
    raw = (b"From: a@example.org\r\nSubject: nested\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=A\r\n\r\n"
           b"--A\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\nBody text.\r\n"
           b"--B\r\nContent-Type: text/plain; name=prog.txt\r\nContent-Disposition: attachment; filename=prog.txt\r\n\r\n"
           b"Programme in Seattle.\r\n--B--\r\n"
           b"--A\r\nContent-Type: multipart/alternative; boundary=C\r\n\r\n--C\r\nContent-Type: text/plain\r\n\r\nSee the invitation.\r\n"
           b"--C\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\nBEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n"
           b"SUMMARY:Visit of the Osaka delegation\r\nDTSTART:20250503T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n--C--\r\n"
           b"--A\r\nContent-Type: message/rfc822\r\n\r\nFrom: b@example.org\r\nSubject: Fwd\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/mixed; boundary=D\r\n\r\n--D\r\nContent-Type: text/plain\r\n\r\nForwarded about Incheon.\r\n"
           b"--D\r\nContent-Type: text/plain; name=deep.txt\r\nContent-Disposition: attachment; filename=deep.txt\r\n\r\n"
           b"Deep attachment about Kobe.\r\n--D--\r\n--A--\r\n")
    doc = read_bytes(raw, "nested.eml")
    assert_consistent(doc)
    assert texts(doc)[1:] == ["Body text.", "See the invitation."]
    by_name = {a.source.rsplit(" › ", 1)[1]: a for a in doc.attachments}
    assert "Programme in Seattle." in by_name["prog.txt"].text
    invite = next(a for name, a in by_name.items() if name.endswith(".ics"))
    assert "Visit of the Osaka delegation" in invite.text
    forwarded = next(a for a in doc.attachments if a.format == "eml")
    assert "Forwarded about Incheon." in forwarded.text
    assert "Deep attachment about Kobe." in forwarded.attachments[0].text
