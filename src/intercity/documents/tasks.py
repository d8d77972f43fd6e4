"""Background ingestion through Django's tasks API (django-tasks backport, database backend)."""

from __future__ import annotations

from django.utils import timezone
from django_tasks import task

from intercity.audit.context import acting


@task()
def run_ingest_job(job_id: int) -> dict:
    """Ingest each file of the job in its own transaction; a bad file is reported and skipped,
    never half-written. Progress is saved after each file so the CLI and the web page can follow."""
    from intercity.core.documents import DocumentError
    from intercity.documents import services
    from intercity.documents.models import IngestJob

    job = IngestJob.objects.get(pk=job_id)
    job.status = "running"
    job.total = len(job.files)
    job.save(update_fields=["status", "total"])
    errors: list[str] = []
    with acting(job.created_by, "import"):
        for entry in job.files:
            job.current = entry["name"]
            job.save(update_fields=["current"])
            try:
                result = services.ingest_path(entry["path"], home=job.home, accept_facts=job.accept_facts,
                                              user=job.created_by, display_name=entry["name"])
                job.documents.add(result.document)
            except DocumentError as exc:
                errors.append(str(exc).replace(entry["path"], entry["name"]))
            except Exception as exc:  # one broken file must not stop the batch; it is reported
                errors.append(f"{entry['name']}: {type(exc).__name__}: {exc}")
            job.done += 1
            job.errors = errors
            job.save(update_fields=["done", "errors"])
    job.status = "failed" if errors and len(errors) == job.total else "done"
    job.current = ""
    job.finished = timezone.now()
    job.save(update_fields=["status", "current", "finished"])
    return {"documents": job.documents.count(), "errors": errors}
