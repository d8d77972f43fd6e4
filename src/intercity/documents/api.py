from django.conf import settings
from django.shortcuts import get_object_or_404
from ninja import File, Router, Schema
from ninja.errors import HttpError
from ninja.files import UploadedFile

from intercity.documents import services
from intercity.documents.models import Document, Proposal
from intercity.workspace.services import home_place

router = Router(tags=["documents"])


class Decision(Schema):
    action: str  # "accept" | "reject"
    choice: int | None = None  # 1-based index into the proposal's candidate places


def _proposal_json(p: Proposal) -> dict:
    return {"id": p.pk, "document": p.document_id, "type": p.fact_type, "summary": p.summary, "status": p.status,
            "needs_person": p.needs_person, "reason": p.reason, "confidence": p.confidence, "payload": p.payload,
            "evidence": {"start": p.start, "end": p.end, "quote": p.quote},
            "choices": services.place_choices(p) if p.fact_type == "partnership" else []}


@router.get("/", summary="Documents, newest first")
def list_documents(request):
    return [{"id": d.pk, "title": str(d), "format": d.format, "language": d.language, "created": d.created.isoformat(),
             "pending": d.proposals.filter(status="pending").count()} for d in Document.objects.all()[:500]]


@router.post("/", summary="Upload a document: stored, extracted, its facts proposed for review")
def upload(request, file: File[UploadedFile]):
    from intercity.core.documents import DocumentError

    if file.size > settings.INTERCITY_MAX_UPLOAD_MB * 1024 * 1024:
        raise HttpError(413, f"{file.name}: larger than {settings.INTERCITY_MAX_UPLOAD_MB} MB")
    try:
        result = services.ingest_upload(file.read(), file.name, home=home_place(), user=request.user)
    except DocumentError as exc:
        raise HttpError(400, str(exc)) from exc
    return {"id": result.document.pk, "created": result.created, "pending": result.pending, "extraction": result.extraction}


@router.get("/proposals", summary="The review queue")
def proposals(request, status: str = "pending", document: int | None = None):
    qs = Proposal.objects.filter(status=status).select_related("document")
    if document:
        qs = qs.filter(document_id=document)
    return [_proposal_json(p) for p in qs[:1000]]


@router.post("/proposals/{proposal_id}", summary="Accept (optionally choosing a place) or reject a proposal")
def decide(request, proposal_id: int, decision: Decision):
    proposal = get_object_or_404(Proposal, pk=proposal_id)
    if decision.action == "reject":
        services.reject(proposal, request.user)
    elif decision.action == "accept":
        choice = None
        if decision.choice is not None:
            choices = services.place_choices(proposal)
            if not 1 <= decision.choice <= len(choices):
                raise HttpError(400, f"choice must be between 1 and {len(choices)}")
            choice = choices[decision.choice - 1]
        elif proposal.fact_type == "partnership" and not proposal.payload.get("place"):
            raise HttpError(400, "this proposal needs a place: give 'choice'")
        services.accept(proposal, request.user, place_choice=choice)
    else:
        raise HttpError(400, "action must be 'accept' or 'reject'")
    proposal.refresh_from_db()
    return _proposal_json(proposal)


@router.get("/{document_id}", summary="One document with its latest extraction")
def document_detail(request, document_id: int):
    d = get_object_or_404(Document, pk=document_id)
    run = d.runs.first()
    return {"id": d.pk, "title": str(d), "format": d.format, "language": d.language, "sha256": d.sha256,
            "extraction": run.result if run else None}
