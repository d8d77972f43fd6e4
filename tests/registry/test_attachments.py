"""An e-mail's attachments become documents of their own, linked to the e-mail, and the passages of
facts found in an attachment point into the attachment's text."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.registry.helpers import run_cli, snapshot

pytestmark = pytest.mark.django_db

EML = Path(__file__).resolve().parents[2] / "corpus" / "docs" / "07_incheon_visit_confirmation.eml"


@pytest.fixture
def incheon():
    from intercity.places.services import resolve_place_text
    from intercity.workspace.services import set_home

    home = resolve_place_text("Incheon")
    set_home(home)
    return home


def test_attachment_is_its_own_document_with_its_evidence(incheon, capsys):
    from intercity.documents.models import Document, Evidence

    code, out, err = run_cli(capsys, "ingest", str(EML), "--accept")
    assert code == 0, err
    mail = Document.objects.get(format="eml")
    (child,) = mail.attachments.all()
    assert child.format == "docx"
    assert child.source_name.endswith("programme_philadelphia_2023.docx")
    assert child.text.startswith("Programme: Philadelphia delegation to Incheon")
    assert child.parent == mail and child.stored_file == ""
    # Every passage quotes the text of the document it points to.
    evidence = list(Evidence.objects.all())
    assert evidence
    for ev in evidence:
        assert ev.document.text[ev.start:ev.end] == ev.quote, (ev.document, ev.quote)
    assert any(ev.document == child for ev in evidence), "the programme's sites come from the attachment"

    # Re-ingesting changes no row.
    before = snapshot()
    code, out, err = run_cli(capsys, "ingest", str(EML), "--accept")
    assert code == 0, err
    assert snapshot() == before


def test_attachment_ingested_alone_first_is_linked_not_duplicated(incheon, tmp_path, capsys):
    from intercity.core.documents import read_document
    from intercity.documents.models import Document

    parsed = read_document(str(EML))
    # Write the attachment's own bytes out and ingest them first, as someone might.
    import email
    from email import policy

    msg = email.message_from_bytes(EML.read_bytes(), policy=policy.default)
    (part,) = list(msg.iter_attachments())
    alone = tmp_path / part.get_filename()
    alone.write_bytes(part.get_payload(decode=True))
    assert run_cli(capsys, "ingest", str(alone))[0] == 0
    assert run_cli(capsys, "ingest", str(EML))[0] == 0
    assert Document.objects.count() == 2
    child = Document.objects.get(format="docx")
    assert child.parent == Document.objects.get(format="eml")
    assert child.sha256 == parsed.attachments[0].sha256


def test_attachment_page_and_review(incheon, client, django_user_model, capsys):
    from intercity.documents.models import Document

    assert run_cli(capsys, "ingest", str(EML))[0] == 0
    user = django_user_model.objects.create_user("reviewer", password="pw-123456")
    client.force_login(user)
    mail = Document.objects.get(format="eml")
    child = mail.attachments.get()
    page = client.get(mail.get_absolute_url()).content.decode()
    assert child.get_absolute_url() in page
    page = client.get(child.get_absolute_url()).content.decode()
    assert mail.get_absolute_url() in page and "Attached to" in page
    assert client.get(f"/documents/{mail.pk}/review/").status_code == 200
