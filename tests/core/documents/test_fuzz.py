"""Hypothesis fuzzing of every reader: random bytes and mutated valid files give either a
consistent ParsedDocument or a DocumentError, never another exception or a hang."""

from __future__ import annotations

import io
import os
import zipfile
from email.message import EmailMessage

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intercity.core.documents import DocumentError, ParsedDocument, read_bytes
from tests.core.documents.builders import make_docx, make_pptx
from tests.core.documents.helpers import assert_consistent
from tests.core.documents.pdfwriter import write_pdf

# INTERCITY_FUZZ_EXAMPLES=2000 for a long local run; CI keeps it short.
FUZZ = settings(max_examples=int(os.environ.get("INTERCITY_FUZZ_EXAMPLES", "40")), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _mail() -> bytes:
    m = EmailMessage()
    m["From"] = "a@example.org"
    m["Subject"] = "Busan visit"
    m.set_content("Delegation from Osaka.\n- 1 Port\n")
    m.add_attachment(b"Attached text about Busan.\n", maintype="text", subtype="plain", filename="a.txt")
    return bytes(m)


SAMPLES = {
    "txt": lambda: "Busan has Sister/Friendship City relations with 37 cities.\n\n- 1 Kaohsiung\n- 2 .Los Angeles\n".encode("utf-8"),
    "cp949": lambda: "부산광역시 국제협력과\n- 1 가오슝\n".encode("cp949"),
    "markdown": lambda: b"# Visit\n\n| City | Since |\n|---|---|\n| Busan | 1966 |\n\n1. Smart cities\n",
    "html": lambda: b"<!doctype html><html><body><main><h1>Partners</h1><ol><li>Busan</li></ol><table><tr><td>a</td></tr></table></main></body></html>",
    "eml": _mail,
    "pdf": lambda: write_pdf([["# Report", "Busan and Barcelona.", "- 1 Port"], ["Second page text."]], footer=True),
    "docx": make_docx,
    "pptx": make_pptx,
}


_BUILT = {kind: make() for kind, make in SAMPLES.items()}  # built once, outside strategies


def sample(kind: str) -> bytes:
    return _BUILT[kind]


def check(data: bytes, name: str) -> None:
    try:
        doc = read_bytes(data, name)
    except DocumentError as exc:
        assert name in str(exc) or exc.source.startswith(name)
        return
    assert isinstance(doc, ParsedDocument)
    assert_consistent(doc)


@FUZZ
@given(st.binary(min_size=0, max_size=4096))
def test_random_bytes(data):
    check(data, "random.bin")


@FUZZ
@given(st.sampled_from([b"%PDF-1.4\n", b"PK\x03\x04", b"<html>", b"From: a@b\nSubject: x\n\n", b"\xef\xbb\xbf", b"\xff\xfe", b"MZ", b"{\\rtf"]),
       st.binary(max_size=2048))
def test_magic_prefix_then_garbage(prefix, tail):
    check(prefix + tail, "prefixed.bin")


@st.composite
def mutated(draw, kind: str):
    data = bytearray(sample(kind))
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["flip", "truncate", "insert", "delete", "overwrite"]))
        if not data:
            break
        pos = draw(st.integers(0, len(data) - 1))
        if op == "flip":
            data[pos] ^= draw(st.integers(1, 255))
        elif op == "truncate":
            del data[pos:]
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=64))
        elif op == "delete":
            del data[pos:pos + draw(st.integers(1, 256))]
        else:
            chunk = draw(st.binary(min_size=1, max_size=64))
            data[pos:pos + len(chunk)] = chunk
    return bytes(data)


def _mutation_test(kind: str):
    @FUZZ
    @given(mutated(kind))
    def test(data):
        check(data, f"mutated.{kind}")

    test.__name__ = f"test_mutated_{kind}"
    return test


for _kind in SAMPLES:
    globals()[f"test_mutated_{_kind}"] = _mutation_test(_kind)


@st.composite
def xml_mutated(draw, kind: str):
    """Mutate the XML inside an Office package and re-zip it, so the damage reaches
    python-docx / python-pptx / our walkers instead of stopping at the zip CRC."""
    src = zipfile.ZipFile(io.BytesIO(sample(kind)))
    names = [n for n in src.namelist() if n.endswith(".xml")]
    target = draw(st.sampled_from(names))
    members = {n: src.read(n) for n in src.namelist()}
    data = bytearray(members[target])
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        pos = draw(st.integers(0, len(data) - 1))
        op = draw(st.sampled_from(["flip", "delete", "insert", "dup"]))
        if op == "flip":
            data[pos] = draw(st.sampled_from(b"<>/=\"' a0&;"))
        elif op == "delete":
            del data[pos:pos + draw(st.integers(1, 64))]
        elif op == "insert":
            data[pos:pos] = draw(st.sampled_from([b"<w:p><w:r><w:t>x</w:t></w:r></w:p>", b"<a:t>\x00</a:t>", b"</", b"<w:tbl>", b"\xff\xfe", b"&amp;", b"<w:numPr><w:numId w:val=\"99\"/></w:numPr>"]))
        else:
            data[pos:pos] = data[max(0, pos - 200):pos]
    members[target] = bytes(data)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, blob in members.items():
            zf.writestr(n, blob)
    return out.getvalue()


@FUZZ
@given(xml_mutated("docx"))
def test_docx_xml_mutations(data):
    check(data, "xml-mutated.docx")


@FUZZ
@given(xml_mutated("pptx"))
def test_pptx_xml_mutations(data):
    check(data, "xml-mutated.pptx")


def test_samples_are_valid():
    for kind in SAMPLES:
        doc = read_bytes(sample(kind), f"sample.{kind}")
        assert doc.blocks, kind
