"""Build small real documents in memory with the same libraries users' tools produce."""

from __future__ import annotations

import io

from docx import Document
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from lxml import etree
from pptx import Presentation
from pptx.util import Inches, Pt

A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def make_docx() -> bytes:
    doc = Document()
    doc.add_paragraph("Delegation report", style="Title")
    doc.add_heading("Background", level=1)
    doc.add_paragraph("The Surabaya delegation arrived on 2 May 2019.")
    doc.add_heading("Sites", level=2)
    for site in ("Busan Port Authority", "BEXCO"):
        doc.add_paragraph(site, style="List Bullet")
    doc.add_paragraph("Outcomes", style="Heading 2")
    for item in ("Port logistics exchange", "Smart city pilot", "Youth exchange"):
        doc.add_paragraph(item, style="List Number")
    table = doc.add_table(rows=3, cols=3)
    table.cell(0, 0).text = "City"
    table.cell(0, 1).text = "Country"
    table.cell(0, 2).text = "Since"
    table.cell(1, 0).text = "Surabaya"
    table.cell(1, 1).text = "Indonesia"
    table.cell(1, 2).text = "1994"
    merged = table.cell(2, 0).merge(table.cell(2, 1))
    merged.text = "Merged note"
    table.cell(2, 2).text = "n/a"
    p = doc.add_paragraph("Line one")
    p.add_run().add_break()
    p.add_run("line two\tafter tab")
    doc.add_paragraph("부산광역시 국제협력과")
    doc.core_properties.title = "Surabaya report"
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def make_pptx() -> bytes:
    prs = Presentation()
    # slide 1: title + body placeholder with bullets and a level-2 bullet
    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = "Partner cities"
    body = s.placeholders[1].text_frame
    body.text = "Sister cities"
    p = body.add_paragraph()
    p.text = "Kaohsiung"
    p.level = 1
    s.notes_slide.notes_text_frame.text = "Say hello to the delegates."
    # slide 2: two columns (right box placed slightly higher), a group, a table, auto numbers
    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "Two columns"
    right = s.shapes.add_textbox(Inches(5), Inches(1.45), Inches(4), Inches(2))
    right.text_frame.text = "2 Los Angeles"
    left = s.shapes.add_textbox(Inches(0.5), Inches(1.5), Inches(4), Inches(2))
    left.text_frame.text = "1 Kaohsiung"
    group = s.shapes.add_group_shape()
    inner = group.shapes.add_textbox(Inches(0.5), Inches(4), Inches(4), Inches(0.5))
    inner.text_frame.text = "Inside a group"
    nested = group.shapes.add_group_shape()
    deep = nested.shapes.add_textbox(Inches(0.5), Inches(4.6), Inches(4), Inches(0.5))
    deep.text_frame.text = "Inside a nested group"
    frame = s.shapes.add_table(2, 2, Inches(5), Inches(4), Inches(4), Inches(1))
    frame.table.cell(0, 0).text = "City"
    frame.table.cell(0, 1).text = "Since"
    frame.table.cell(1, 0).text = "Busan"
    frame.table.cell(1, 1).text = "2017"
    numbered = s.shapes.add_textbox(Inches(0.5), Inches(5.5), Inches(8), Inches(1.5))
    tf = numbered.text_frame
    tf.text = "Smart-Energy"
    for text in ("Smart-Mobility", "Smart-Park"):
        tf.add_paragraph().text = text
    for para in tf.paragraphs:
        ppr = para._p.get_or_add_pPr()
        auto = etree.SubElement(ppr, f"{{{A}}}buAutoNum")
        auto.set("type", "arabicPeriod")
    # slide 3: empty (no text at all)
    prs.slides.add_slide(prs.slide_layouts[6])
    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue()


def make_text_pdf(pages: list[list[str]], *, header: str | None = None, footer: bool = False,
                  columns: list[list[list[str]]] | None = None) -> bytes:
    from tests.core.documents.pdfwriter import write_pdf

    return write_pdf(pages, header=header, footer=footer, columns=columns)
