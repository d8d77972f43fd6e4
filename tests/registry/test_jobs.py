"""Background ingestion: a folder queued as a job, run by the database worker, with progress and
per-file errors."""

from __future__ import annotations

import pytest

from intercity.documents.models import Document, IngestJob
from tests.registry.helpers import run_cli

# The worker closes database connections between tasks, as a long-running process should: this
# needs real transactions rather than a test wrapped in one.
pytestmark = pytest.mark.django_db(transaction=True)


def test_folder_ingested_in_the_background(tmp_path, capsys):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a-partners.txt").write_text("Sister Cities (1 cities from 1 countries)\n- 1 Barcelona\n", encoding="utf-8")
    (folder / "b-broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    code, out, err = run_cli(capsys, "ingest", str(folder), "--home", "Busan", "--accept", "--background")
    assert code == 0, err
    job = IngestJob.objects.get()
    assert job.status == "queued" and job.total == 2 and job.task_id
    assert Document.objects.count() == 0

    code, out, err = run_cli(capsys, "worker", "--once")
    job.refresh_from_db()
    assert job.status == "done" and job.done == 2
    assert job.documents.count() == 1
    assert len(job.errors) == 1 and "b-broken.pdf" in job.errors[0]
    code, out, err = run_cli(capsys, "jobs", str(job.pk))
    assert "done, 2/2 files, 1 documents" in out and "b-broken.pdf" in out
