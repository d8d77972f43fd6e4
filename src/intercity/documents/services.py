"""Ingestion: a file -> a Document, an extraction run, proposals in the review queue and,
when accepted, facts in the registry with evidence. Shared by the CLI, the web upload and the API.

Every ingestion is atomic: either the document, its proposals and the accepted facts are all
written, or nothing is."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from intercity.documents.models import Claim, Document, Evidence, ExtractionRun, Proposal, ProposalStatus
from intercity.places.models import Place
from intercity.places.services import place_for, ref_from_json

EXTRACTOR_VERSION = "1"
# Proposals below this confidence wait for a person even with --accept.
AUTO_ACCEPT_CONFIDENCE = 0.6


@dataclass
class IngestResult:
    document: Document
    extraction: dict
    created: bool  # a new document (False: the same bytes were ingested before)
    accepted: int = 0
    pending: int = 0
    warnings: list[str] = field(default_factory=list)


def parse_file(path: str | Path):
    """Read and parse a file (no database access). Raises ``DocumentError`` naming the file."""
    from intercity.core.documents import read_document

    return read_document(str(path), max_bytes=settings.INTERCITY_MAX_UPLOAD_MB * 1024 * 1024)


def parse_bytes(data: bytes, name: str):
    from intercity.core.documents import read_bytes

    return read_bytes(data, name, max_bytes=settings.INTERCITY_MAX_UPLOAD_MB * 1024 * 1024)


def extract(parsed, home: Place | None):
    from intercity.core.extraction import extract as core_extract
    from intercity.core.places import load_gazetteer

    known = set()
    if home is not None:
        from intercity.partnerships.network import network_partners

        known = {p.partner_of(home).key for p in network_partners(home)}
    return core_extract(parsed, load_gazetteer(), home.to_ref() if home else None, known_partner_keys=known)


# ---------------------------------------------------------------- proposals

def _fingerprint(fact_type: str, fact: dict) -> str:
    if fact_type == "partnership":
        fp = f"{fact['kind']}|{fact['name_as_written'].casefold()}"
    elif fact_type == "engagement":
        fp = f"{fact.get('start')}|{','.join(sorted(p['name'] for p in fact.get('visiting') or []))}"
    elif fact_type in ("cooperation", "area"):
        fp = f"{fact.get('sequence')}|{fact['title'].casefold()}"
    elif fact_type == "person":
        fp = fact["name"].casefold()
    elif fact_type == "interest":
        fp = f"{(fact.get('party') or {}).get('name', '?')}|{fact['kind']}|{fact['subject'].casefold()}"
    else:
        fp = f"{(fact.get('evidence') or {}).get('start')}|{fact['text']}"
    return f"{fact_type}|{fp}"[:300]


def _summary(fact_type: str, fact: dict) -> str:
    if fact_type == "partnership":
        place = fact.get("place")
        where = f"{place['name']}, {place['country_code']}" if place else "which place? " + ", ".join(
            f"{a['name']} ({a['country_code']})" for a in fact.get("alternatives", [])[:4])
        number = f" #{fact['sequence']}" if fact.get("sequence") else ""  # the list number, when the document has one
        return f"{fact['kind']}{number}: {fact['name_as_written']} → {where}"
    if fact_type == "engagement":
        return f"{fact.get('title')} ({fact.get('start')} – {fact.get('end')})"
    if fact_type in ("cooperation", "area"):
        return f"{fact['title']} [{fact.get('status')}]"
    if fact_type == "person":
        return f"{fact['name']} — {fact.get('role', '')}"
    if fact_type == "interest":
        party = (fact.get("party") or {}).get("name", "?")
        other = (fact.get("counterpart") or {}).get("name")
        rel = (" (from " if fact["kind"] == "need" else " (for ") + other + ")" if other else ""
        return f"{fact['kind']} of {party}: {fact['subject']}{rel}"
    return fact["text"]


def _needs_person(fact_type: str, fact: dict) -> tuple[bool, str]:
    if fact_type == "partnership":
        if fact.get("place") is None:
            return True, "ambiguous place" if fact.get("alternatives") else "place not found"
        if fact.get("confidence", 1) < AUTO_ACCEPT_CONFIDENCE:
            return True, "low confidence"
    if fact_type == "engagement" and (not fact.get("host") or not fact.get("visiting")):
        return True, "a party could not be resolved"
    if fact_type in ("cooperation", "area") and not fact.get("parties"):
        return True, "no party resolved"
    if fact_type == "interest" and not fact.get("party"):
        return True, "no party resolved"
    return False, ""


def _proposals_from(extraction: dict) -> list[tuple[str, dict]]:
    out = []
    for fact_type, key in (("claim", "claims"), ("person", "people"), ("partnership", "partnerships"),
                           ("engagement", "engagements"), ("area", "areas"), ("cooperation", "cooperation"),
                           ("interest", "interests")):
        out.extend((fact_type, fact) for fact in extraction.get(key) or [])
    return out


def _create_proposals(document: Document, run: ExtractionRun, extraction: dict,
                      attachments: dict[int, Document] | None = None) -> None:
    for order, (fact_type, fact) in enumerate(_proposals_from(extraction)):
        ev = fact.get("evidence") or {}
        if ev.get("attachment") is not None and attachments and ev["attachment"] in attachments:
            # The passage is in an attachment: its offsets refer to that document's text.
            ev["document"] = attachments[ev["attachment"]].pk
        needs, reason = _needs_person(fact_type, fact)
        Proposal.objects.get_or_create(
            document=document, fingerprint=_fingerprint(fact_type, fact),
            defaults={
                "run": run, "fact_type": fact_type, "order": order, "summary": _summary(fact_type, fact)[:500],
                "payload": fact, "confidence": float(fact.get("confidence", 1.0 if fact_type in ("claim", "person") else 0.8)),
                "needs_person": needs, "reason": reason,
                "start": ev.get("start") or 0, "end": ev.get("end") or 0, "quote": ev.get("quote") or "",
            },
        )


# ---------------------------------------------------------------- applying facts

def evidence_document(document: Document, ev: dict | None) -> Document:
    """The document whose text a passage's offsets refer to: an e-mail's attachment or the e-mail."""
    if ev and ev.get("document") and ev["document"] != document.pk:
        return Document.objects.filter(pk=ev["document"]).first() or document
    return document


def add_evidence(document: Document, obj, ev: dict | None) -> None:
    if not ev:
        return
    document = evidence_document(document, ev)
    Evidence.objects.get_or_create(
        document=document, content_type=ContentType.objects.get_for_model(type(obj)), object_id=obj.pk,
        start=ev.get("start") or 0, end=ev.get("end") or 0,
        defaults={"quote": ev.get("quote") or "", "page": ev.get("page"), "slide": ev.get("slide")},
    )


def _apply(proposal: Proposal, subject: Place | None):
    """Write one accepted fact into the registry; returns the registry object."""
    from intercity.cooperation.services import upsert_item
    from intercity.engagements.models import Engagement
    from intercity.engagements.services import link_partnership, upsert_engagement
    from intercity.partnerships.services import upsert_partnership
    from intercity.people.services import upsert_person

    fact, document = proposal.payload, proposal.document
    kind = proposal.fact_type
    if kind == "partnership":
        if subject is None:
            raise ValueError("a partnership needs the document's subject (set the home city)")
        partner = place_for(fact["place"]) if fact.get("place") else None
        obj = upsert_partnership(subject, partner, name_as_written=fact["name_as_written"], kind=fact["kind"],
                                 sequence=fact.get("sequence"), since=fact.get("since"),
                                 source=f"document:{document.pk}")
        for engagement in Engagement.objects.filter(host=subject, partnership__isnull=True):
            link_partnership(engagement)
    elif kind == "engagement":
        obj = upsert_engagement(fact)
    elif kind in ("cooperation", "area"):
        engagement = Engagement.objects.filter(pk__in=Evidence.objects.filter(
            document=document, content_type=ContentType.objects.get_for_model(Engagement)).values("object_id")).first()
        obj = upsert_item(fact, is_area=kind == "area", engagement=engagement if kind == "cooperation" else None)
    elif kind == "person":
        obj = upsert_person(fact["name"], fact.get("role", ""), fact.get("organisation", ""), fact.get("portfolio", ""),
                            place=subject)
    elif kind == "interest":
        from intercity.cooperation.services import upsert_interest

        obj = upsert_interest(fact, source=f"document:{document.pk}")
    elif kind == "claim":
        if subject is None:
            return None
        ev = fact.get("evidence") or {}
        obj, _ = Claim.objects.get_or_create(
            document=document, start=ev.get("start") or 0,
            defaults={"subject": subject, "text": fact["text"][:500], "cities": fact.get("cities"),
                      "countries": fact.get("countries"), "scope": fact.get("scope") or "all", "end": ev.get("end") or 0},
        )
        return obj
    else:  # pragma: no cover - the FACT_TYPES choices are closed
        raise ValueError(f"unknown fact type {kind}")
    add_evidence(document, obj, fact.get("evidence"))
    return obj


def _mark(proposal: Proposal, status: str, user, target=None) -> None:
    proposal.status = status
    proposal.decided_by = user if getattr(user, "pk", None) else None
    proposal.decided_at = timezone.now()
    if target is not None:
        proposal.target_type = ContentType.objects.get_for_model(type(target))
        proposal.target_id = target.pk
    proposal.save()


def accept(proposal: Proposal, user=None, *, place_choice: dict | None = None, edits: dict | None = None):
    """Accept a proposal (optionally choosing the place of an ambiguous partner name, or with
    edited fields) and write it into the registry. Idempotent."""
    with transaction.atomic():
        if edits:
            proposal.payload = {**proposal.payload, **edits}
        if place_choice is not None:
            proposal.payload = {**proposal.payload, "place": place_choice, "confidence": 1.0}
            proposal.needs_person = False
        target = proposal.target
        if proposal.fact_type == "partnership" and target is not None and target.place_b_id is None and proposal.payload.get("place"):
            from intercity.partnerships.services import resolve_partner

            obj = resolve_partner(target, place_for(proposal.payload["place"]))
        else:
            obj = _apply(proposal, proposal.document.subject)
        _mark(proposal, ProposalStatus.ACCEPTED, user, obj)
        return obj


def reject(proposal: Proposal, user=None) -> None:
    """Reject a proposal: it is remembered and not proposed again when the document is re-ingested."""
    with transaction.atomic():
        _mark(proposal, ProposalStatus.REJECTED, user)


def accept_all(document: Document, user=None, *, min_confidence: float = AUTO_ACCEPT_CONFIDENCE) -> int:
    """Accept every pending proposal at or above ``min_confidence`` that does not need a person."""
    count = 0
    with transaction.atomic():
        for proposal in document.proposals.filter(status=ProposalStatus.PENDING, needs_person=False,
                                                  confidence__gte=min_confidence).order_by("order", "id"):
            accept(proposal, user)
            count += 1
    return count


def _register_unresolved(document: Document) -> None:
    """Partnerships whose place needs a person are recorded with the name as written and no place,
    so the list is complete while the decision waits in the review queue."""
    from intercity.partnerships.services import upsert_partnership

    subject = document.subject
    if subject is None:
        return
    for proposal in document.proposals.filter(status=ProposalStatus.PENDING, fact_type="partnership", target_id__isnull=True):
        fact = proposal.payload
        if fact.get("place"):
            continue
        obj = upsert_partnership(subject, None, name_as_written=fact["name_as_written"], kind=fact["kind"],
                                 sequence=fact.get("sequence"), since=fact.get("since"), source=f"document:{document.pk}")
        add_evidence(document, obj, fact.get("evidence"))
        proposal.target_type = ContentType.objects.get_for_model(type(obj))
        proposal.target_id = obj.pk
        proposal.save()


# ---------------------------------------------------------------- the pipeline

def _store_copy(data: bytes, sha: str, fmt: str) -> str:
    """Keep the original bytes under the media root (never served, never executed)."""
    root = Path(settings.MEDIA_ROOT)
    rel = Path("documents") / sha[:2] / f"{sha}.{fmt}.bin"
    target = root / rel
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        tmp.write_bytes(data)
        tmp.replace(target)
    return str(rel)


def _store_attachments(document: Document, parsed, subject: Place | None, user) -> dict[int, Document]:
    """An e-mail's attachments become documents of their own, linked to the e-mail (``parent``).
    Their facts are proposed with the e-mail (one review), their passages point into their own text.
    An attachment ingested before on its own is the same document (same bytes) and is only linked."""
    out: dict[int, Document] = {}
    for n, att in enumerate(getattr(parsed, "attachments", None) or []):
        child, created = Document.objects.get_or_create(
            sha256=att.sha256,
            defaults={"source_name": str(att.source)[:500], "title": (att.title or str(att.source))[:500],
                      "format": att.format, "language": att.language or "", "text": att.text,
                      "size": len(att.text.encode("utf-8")), "subject": subject, "parent": document,
                      "uploaded_by": user if getattr(user, "pk", None) else None},
        )
        if not created and child.parent_id is None and child.pk != document.pk:
            child.parent = document
            child.save(update_fields=["parent"])
        out[n] = child
    return out


def ingest_parsed(parsed, data: bytes, *, home: Place | None, accept_facts: bool, user=None) -> IngestResult:
    """Store a parsed document, its extraction and proposals; optionally accept what needs no person."""
    extraction_obj = extract(parsed, home)
    extraction = extraction_obj.to_json()
    subject = home
    if subject is None and extraction.get("subject"):
        subject = place_for(extraction["subject"])
    sha = hashlib.sha256(data).hexdigest()
    stored = _store_copy(data, sha, parsed.format)
    with transaction.atomic():
        document, created = Document.objects.get_or_create(
            sha256=sha,
            defaults={"source_name": str(parsed.source)[:500], "title": (parsed.title or Path(str(parsed.source)).name)[:500],
                      "format": parsed.format, "language": parsed.language or "", "text": parsed.text,
                      "stored_file": stored, "size": len(data), "subject": subject,
                      "uploaded_by": user if getattr(user, "pk", None) else None},
        )
        if created:
            from intercity.themes_app.services import themes_for

            document.themes.set(themes_for(extraction.get("themes") or []))
        elif document.subject_id is None and subject is not None:
            document.subject = subject
            document.save()
        attachments = _store_attachments(document, parsed, subject, user)
        run, run_created = ExtractionRun.objects.get_or_create(
            document=document, extractor_version=EXTRACTOR_VERSION,
            defaults={"result": extraction, "warnings": extraction.get("warnings") or []},
        )
        if run_created:
            _create_proposals(document, run, extraction, attachments)
        accepted = 0
        if accept_facts:
            accepted = accept_all(document, user)
            _register_unresolved(document)
        pending = document.proposals.filter(status=ProposalStatus.PENDING).count()
    return IngestResult(document=document, extraction=extraction, created=created, accepted=accepted,
                        pending=pending, warnings=list(extraction.get("warnings") or []))


def ingest_path(path: str | Path, *, home: Place | None, accept_facts: bool, user=None,
                display_name: str | None = None) -> IngestResult:
    from intercity.core.documents import DocumentError

    parsed = parse_file(path)  # raises DocumentError before anything is written
    if display_name:
        parsed.source = display_name
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise DocumentError(str(path), f"cannot be read ({exc.strerror})") from exc
    return ingest_parsed(parsed, data, home=home, accept_facts=accept_facts, user=user)


def ingest_upload(data: bytes, name: str, *, home: Place | None, user=None) -> IngestResult:
    parsed = parse_bytes(data, name)
    return ingest_parsed(parsed, data, home=home, accept_facts=False, user=user)


def place_choices(proposal: Proposal) -> list[dict]:
    """The candidate places a reviewer may choose for a partnership proposal."""
    fact = proposal.payload
    options = list(fact.get("alternatives") or [])
    # by key, not by name: the province of Barcelona is an alternative to the city, not the city
    if fact.get("place"):
        key = ref_key(fact["place"])
        if all(ref_key(o) != key for o in options):
            options.insert(0, fact["place"])
    return options


def ref_key(place_json: dict) -> str:
    return ref_from_json(place_json).key


# ---------------------------------------------------------------- background jobs

def start_job(files: list[dict], *, home: Place | None, accept_facts: bool, user=None):
    """Queue a background ingestion of ``files`` (``[{"path", "name"}]``); returns the IngestJob.
    A worker (`intercity worker`, started by `intercity serve`) runs it."""
    from intercity.documents.models import IngestJob
    from intercity.documents.tasks import run_ingest_job

    job = IngestJob.objects.create(files=files, home=home, accept_facts=accept_facts, total=len(files),
                                   created_by=user if getattr(user, "pk", None) else None)
    transaction.on_commit(lambda: _enqueue(job, run_ingest_job))
    return job


def _enqueue(job, task) -> None:
    from intercity.documents.models import IngestJob

    queued = task.enqueue(job.pk)
    IngestJob.objects.filter(pk=job.pk).update(task_id=str(queued.id))


def stage_upload(data: bytes, name: str) -> dict:
    """Keep an uploaded file for a background job (under the media root; never served)."""
    sha = hashlib.sha256(data).hexdigest()
    rel = _store_copy(data, sha, "upload")
    return {"path": str(Path(settings.MEDIA_ROOT) / rel), "name": Path(name).name}
