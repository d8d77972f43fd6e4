"""Bad input never crashes or hangs: each case raises DocumentError naming the file and
saying what is wrong (or, for recoverable damage, reads with a warning)."""

from __future__ import annotations

import io
import os
import random
import shutil
import struct
import sys
import zipfile
import zlib

import pytest

from intercity.core.documents import DocumentError, read_bytes, read_document
from tests.core.documents.builders import make_docx, make_pptx
from tests.core.documents.helpers import assert_consistent
from tests.core.documents.pdfwriter import Text, write_pdf, write_pdf_pages


def _error(path_or_data, name="bad.bin", **kw) -> DocumentError:
    with pytest.raises(DocumentError) as info:
        if isinstance(path_or_data, (bytes, bytearray)):
            read_bytes(path_or_data, name, **kw)
        else:
            read_document(path_or_data, **kw)
    err = info.value
    assert err.source in str(err)
    return err


def test_missing_file(tmp_path):
    path = tmp_path / "nowhere.pdf"
    err = _error(path)
    assert str(err) == f"{path}: no such file"


def test_directory(tmp_path):
    assert "is a directory" in str(_error(tmp_path))


def test_empty_file(tmp_path):
    path = tmp_path / "empty.docx"
    path.write_bytes(b"")
    err = _error(path)
    assert str(err) == f"{path}: is empty (0 bytes)"


def test_random_bytes_renamed_txt(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(random.Random(7).randbytes(4096))
    err = _error(path)
    assert "notes.txt" in str(err) and ("binary" in err.problem or "not text" in err.problem)


def test_random_bytes_without_nul_are_rejected():
    data = bytes(b for b in random.Random(3).randbytes(6000) if b)[:4000]
    err = _error(data, "noise.txt")
    assert "binary" in err.problem or "not text" in err.problem


def test_control_characters_text_is_rejected():
    data = bytes(range(1, 32)) * 50
    assert "binary" in _error(data, "ctl.txt").problem


def test_executable_renamed_txt(tmp_path):
    path = tmp_path / "program.txt"
    shutil.copyfile(sys.executable if os.path.exists(sys.executable) else "/bin/sh", path)
    err = _error(path)
    assert "executable" in err.problem


def test_windows_executable_header():
    data = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + bytes(200)
    assert "Windows executable" in _error(data, "setup.pdf").problem


def test_plain_text_starting_with_mz_is_text():
    doc = read_bytes(b"MZ Gallery opened in Busan.\n", "mz.txt")
    assert doc.blocks[0].text == "MZ Gallery opened in Busan."


@pytest.mark.parametrize(
    "data,needle",
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG image"),
        (b"\xff\xd8\xff\xe0" + bytes(100), "JPEG image"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "legacy Microsoft Office"),
        (b"{\\rtf1\\ansi hello}", "RTF"),
        (b"\x1f\x8b\x08\x00" + bytes(50), "gzip"),
    ],
)
def test_refused_formats(data, needle):
    assert needle in _error(data, "file.docx").problem


def test_password_protected_office_file():
    # The start of an OLE compound file whose directory holds an "EncryptedPackage" stream, as Word
    # and PowerPoint write a document saved with a password.
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    directory = "EncryptionInfo".encode("utf-16-le") + bytes(50) + "EncryptedPackage".encode("utf-16-le") + bytes(60)
    problem = _error(header + directory + bytes(1024), "minutes.docx").problem
    assert "password-protected Office document" in problem
    # Without the stream it is an old binary Office file.
    assert "legacy Microsoft Office" in _error(header + bytes(1024), "minutes.doc").problem


def test_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"Busan " * 400)
    err = _error(path, max_bytes=1000)
    assert "too large" in err.problem and "limit" in err.problem
    assert "too large" in _error(b"x" * 2001, "up.txt", max_bytes=2000).problem
    assert read_bytes(b"Busan\n", "ok.txt", max_bytes=2000).blocks[0].text == "Busan"


# ------------------------------------------------------------------ PDF


def test_corrupt_pdf():
    err = _error(b"%PDF-1.7\n" + random.Random(1).randbytes(3000), "broken.pdf")
    assert "damaged" in err.problem or "PDF" in err.problem


def test_truncated_pdf():
    data = write_pdf([["Busan and Barcelona signed an agreement."]] * 3)
    err = _error(data[:60], "cut.pdf")
    assert "PDF" in err.problem
    # cut in the middle: PDFium may repair it; either way no crash
    try:
        doc = read_bytes(data[: len(data) // 2], "half.pdf")
        assert_consistent(doc)
    except DocumentError as exc:
        assert "half.pdf" in str(exc)


def test_encrypted_pdf():
    data = write_pdf([["Confidential: Busan delegation schedule"]], user_password="secret")
    err = _error(data, "locked.pdf")
    assert "encrypted" in err.problem and "password" in err.problem


def test_owner_password_only_pdf_is_read():
    data = write_pdf([["Open to read: Busan delegation schedule"]], user_password="")
    doc = read_bytes(data, "owner-only.pdf")
    assert doc.blocks[0].text == "Open to read: Busan delegation schedule"


def test_pdf_without_text_layer_warns():
    doc = read_bytes(write_pdf_pages([[], []]), "scan.pdf")
    assert doc.blocks == []
    assert any("no text layer" in w for w in doc.warnings)


def test_pdf_with_one_scanned_page_warns_with_page_number():
    doc = read_bytes(write_pdf_pages([[Text(72, 700, "Page with text")], []]), "mixed.pdf")
    assert [b.text for b in doc.blocks] == ["Page with text"]
    assert any("page(s) 2" in w for w in doc.warnings)


# ------------------------------------------------------------------ Office zips


def test_truncated_docx():
    data = make_docx()
    err = _error(data[: len(data) // 2], "cut.docx")
    assert "damaged or truncated" in err.problem


def test_corrupt_docx_member():
    data = bytearray(make_docx())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(start + 10, start + 60):
        data[i] ^= 0x5A
    err = _error(bytes(data), "corrupt.docx")
    assert "corrupt.docx" in str(err)


def test_corrupt_pptx_truncated():
    data = make_pptx()
    assert "damaged or truncated" in _error(data[:1000], "cut.pptx").problem


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, blob in members.items():
            zf.writestr(name, blob)
    return buf.getvalue()


def test_zip_bomb_by_ratio():
    bomb = _zip({
        "[Content_Types].xml": b"<Types/>",
        "word/document.xml": b"<w:document/>",
        "word/media/huge.bin": bytes(60 * 1024 * 1024),
    })
    assert len(bomb) < 200_000
    err = _error(bomb, "bomb.docx")
    assert "zip bomb" in err.problem and "huge.bin" in err.problem


def test_zip_bomb_by_declared_size():
    data = bytearray(_zip({"[Content_Types].xml": b"<Types/>", "ppt/presentation.xml": b"<p:presentation/>", "ppt/x.bin": b"x" * 100}))
    # patch the uncompressed size of the last member in the central directory to 3 GB
    cd = data.rfind(b"PK\x01\x02")
    data[cd + 24: cd + 28] = struct.pack("<I", 3_000_000_000)
    err = _error(bytes(data), "bomb.pptx")
    assert "zip bomb" in err.problem


def test_xml_entity_bomb_in_docx():
    lol = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>'
    )
    src = zipfile.ZipFile(io.BytesIO(make_docx()))
    members = {n: src.read(n) for n in src.namelist()}
    members["word/document.xml"] = lol
    err = _error(_zip(members), "lol.docx")
    assert "DOCTYPE or ENTITY" in err.problem and "word/document.xml" in err.problem


def test_utf16_entity_declaration_is_caught():
    src = zipfile.ZipFile(io.BytesIO(make_pptx()))
    members = {n: src.read(n) for n in src.namelist()}
    members["ppt/slides/slide1.xml"] = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY a "b">]><x/>'.encode("utf-16-le")
    assert "DOCTYPE or ENTITY" in _error(_zip(members), "u16.pptx").problem


def test_other_zips_are_refused_with_a_reason():
    assert "Excel" in _error(_zip({"[Content_Types].xml": b"<T/>", "xl/workbook.xml": b"<w/>"}), "book.xlsx").problem
    assert "zip archive" in _error(_zip({"a.txt": b"hello"}), "archive.docx").problem
    odt = _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"})
    assert "OpenDocument" in _error(odt, "doc.odt").problem


def test_docx_missing_parts():
    src = zipfile.ZipFile(io.BytesIO(make_docx()))
    members = {n: src.read(n) for n in src.namelist() if n != "[Content_Types].xml"}
    err = _error(_zip(members), "no-types.docx")
    assert "no-types.docx" in str(err)


def test_not_bytes():
    with pytest.raises(DocumentError, match="expected bytes"):
        read_bytes("a string", "s.txt")  # type: ignore[arg-type]


def test_deflate_error_inside_xml_part():
    data = bytearray(_zip({"[Content_Types].xml": b"<Types/>" * 200, "word/document.xml": b"<w:document/>" * 500}))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename)
    data[start: start + 8] = b"\xff" * 8
    err = _error(bytes(data), "deflate.docx")
    assert "damaged" in err.problem
    assert zlib  # imported for clarity of intent: zlib errors become DocumentError
