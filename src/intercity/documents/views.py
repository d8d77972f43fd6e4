"""Documents: list, upload, detail, the passage a fact came from, and review of proposals."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.db.models import Count, Q
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from intercity.documents import services
from intercity.documents.forms import AcceptAllForm, ProposalEditForm, UploadForm
from intercity.documents.models import Document, IngestJob, Proposal, ProposalStatus
from intercity.places.services import country_name
from intercity.workspace import dashboard as queries
from intercity.workspace.services import home_place
from intercity.workspace.views import htmx_or_page, render_page, team_view


# ---------------------------------------------------------------- text with highlighted spans

def highlight(text: str, spans: list[tuple[int, int, str]], *, current: tuple[int, int] | None = None) -> str:
    """The document text as HTML with every span wrapped in ``<mark data-p="ids">`` (overlapping
    spans split into segments listing all their ids). ``current``: one span marked ``id="passage"``."""
    n = len(text)
    spans = [(max(0, s), min(n, e), key) for s, e, key in spans if e > s and s < n]
    if current:
        spans.append((max(0, current[0]), min(n, current[1]), "passage"))
    starts: dict[int, list[str]] = {}
    ends: dict[int, list[str]] = {}
    for s, e, key in spans:
        starts.setdefault(s, []).append(key)
        ends.setdefault(e, []).append(key)
    cuts = sorted({0, n, *starts, *ends})
    active: dict[str, int] = {}  # key -> how many of its spans cover the segment (dict keeps order)
    out = []
    passage_open = False
    for a, b in zip(cuts, cuts[1:]):
        for key in ends.get(a, []):
            active[key] -= 1
            if not active[key]:
                del active[key]
        for key in starts.get(a, []):
            active[key] = active.get(key, 0) + 1
        chunk = escape(text[a:b])
        if not active:
            out.append(chunk)
            continue
        ids = " ".join(k for k in active if k != "passage")
        attrs = f' data-p="{ids}"' if ids else ""
        if "passage" in active:
            attrs += ' class="current"' + ("" if passage_open else ' id="passage"')
            passage_open = True
        out.append(f"<mark{attrs}>{chunk}</mark>")
    return mark_safe("".join(out))


def _decorate(proposals) -> list[Proposal]:
    """Add the display choices (candidate places) to partnership proposals."""
    proposals = list(proposals)
    for p in proposals:
        p.choices = []
        if p.fact_type == "partnership" and p.status == ProposalStatus.PENDING:
            chosen = services.ref_key(p.payload["place"]) if p.payload.get("place") else None
            for i, c in enumerate(services.place_choices(p), start=1):
                p.choices.append({"index": i, "name": c.get("name"), "name_ko": c.get("name_ko", ""),
                                  "kind": c.get("kind"), "country": country_name(c.get("country_code") or ""),
                                  "country_code": c.get("country_code"), "checked": services.ref_key(c) == chosen,
                                  "lat": c.get("lat"), "lon": c.get("lon")})
        p.needs_choice = p.fact_type == "partnership" and not p.payload.get("place")
        p.edit_form = ProposalEditForm(p.fact_type, p.payload) if p.status == ProposalStatus.PENDING else None
    return proposals


# ---------------------------------------------------------------- pages

@team_view
def document_list(request):
    documents = Document.objects.select_related("subject", "uploaded_by").annotate(
        pending=Count("proposals", filter=Q(proposals__status=ProposalStatus.PENDING)),
        accepted=Count("proposals", filter=Q(proposals__status=ProposalStatus.ACCEPTED)))
    jobs = IngestJob.objects.exclude(status="done")[:10]
    return render_page(request, "documents/document_list.html", {"documents": documents, "jobs": jobs, "nav_active": "documents"})


# A single file up to this size is read while the browser waits; larger files and batches go to a
# background job (the worker started by `intercity serve`) with a progress page.
READ_NOW_BYTES = 8 * 1024 * 1024


@team_view
def upload(request):
    from intercity.core.documents import DocumentError

    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        files = form.cleaned_data["file"]
        if len(files) > 1 or files[0].size > READ_NOW_BYTES:
            staged = [services.stage_upload(f.read(), f.name) for f in files]
            job = services.start_job(staged, home=home_place(), accept_facts=False, user=request.user)
            return redirect(reverse("documents:job_detail", args=[job.pk]))
        f = files[0]
        try:
            result = services.ingest_upload(f.read(), f.name, home=home_place(), user=request.user)
        except DocumentError as exc:
            form.add_error("file", str(exc) if f.name in str(exc) else f"{f.name}: {exc}")
        else:
            if result.created:
                messages.success(request, f"{f.name}: read; {result.pending} fact{'s' if result.pending != 1 else ''} proposed for review.")
            else:
                messages.info(request, f"{f.name}: this document was uploaded before; nothing was duplicated.")
            return redirect(reverse("documents:review", args=[result.document.pk]))
    return render_page(request, "documents/upload.html",
                       {"form": form, "max_mb": settings.INTERCITY_MAX_UPLOAD_MB, "nav_active": "documents"})


@team_view
def job_detail(request, pk: int):
    """A background ingestion's progress; the fragment polls itself while the job runs."""
    job = get_object_or_404(IngestJob, pk=pk)
    context = {"job": job, "documents": list(job.documents.all()), "nav_active": "documents"}
    return htmx_or_page(request, "documents/job_detail.html", "documents/_job.html", context)


@team_view
def document_detail(request, pk: int):
    document = get_object_or_404(Document.objects.select_related("subject", "uploaded_by"), pk=pk)
    context = {"document": document, "nav_active": "documents", **queries.document_summary(document)}
    return render_page(request, "documents/document_detail.html", context)


def _offset(value: str | None) -> int | None:
    if value in (None, ""):
        return None
    if not value.isdigit():
        raise ValueError(value)
    return int(value)


@team_view
def passage(request, pk: int):
    document = get_object_or_404(Document, pk=pk)
    try:
        start, end = _offset(request.GET.get("start")), _offset(request.GET.get("end"))
    except ValueError:
        return HttpResponseBadRequest("start and end must be character offsets")
    current = None
    if start is not None and end is not None:
        if not 0 <= start < end <= len(document.text):
            return HttpResponseBadRequest("the passage lies outside the document")
        current = (start, end)
    evidence = document.evidence.filter(start=start, end=end).first() if current else None
    context = {"document": document, "text_html": highlight(document.text, [], current=current), "start": start, "end": end,
               "quote": document.text[start:end] if current else "", "evidence": evidence, "nav_active": "documents"}
    return render_page(request, "documents/passage.html", context)


@team_view
def review(request, pk: int):
    document = get_object_or_404(Document.objects.select_related("subject"), pk=pk)
    proposals = _decorate(document.proposals.all())
    pending = [p for p in proposals if p.status == ProposalStatus.PENDING]
    decided = [p for p in proposals if p.status != ProposalStatus.PENDING]
    # Passages inside an e-mail's attachment are highlighted on the attachment's own page.
    spans = [(p.start, p.end, f"p{p.pk}") for p in proposals
             if p.end > p.start and not (p.payload.get("evidence") or {}).get("document")]
    context = {"document": document, "pending": pending, "decided": decided, "text_html": highlight(document.text, spans),
               "accept_all_form": AcceptAllForm(), "on_review_page": True, "nav_active": "review",
               "auto_count": sum(1 for p in pending if not p.needs_person)}
    return render_page(request, "documents/review.html", context)


@team_view
def review_queue(request):
    groups = queries.review_queue()
    for group in groups:
        group["proposals"] = _decorate(group["proposals"])
        group["attention"] = [p for p in group["proposals"] if p.needs_person]
        group["routine"] = [p for p in group["proposals"] if not p.needs_person]
    return render_page(request, "documents/review_queue.html",
                       {"groups": groups, "accept_all_form": AcceptAllForm(), "nav_active": "review"})


# ---------------------------------------------------------------- decisions (POST, CSRF, htmx)

def _card(request, proposal: Proposal, error: str = ""):
    proposal.refresh_from_db()
    if request.htmx:
        return render_page(request, "documents/_proposal.html", {
            "p": _decorate([proposal])[0], "error": error, "on_review_page": request.POST.get("on_review_page") == "1",
            "nav_pending": queries.pending_count(), "oob_count": True})
    if error:
        messages.error(request, error)
    return redirect(reverse("documents:review", args=[proposal.document_id]) + f"#proposal-{proposal.pk}")


@team_view
@require_POST
def proposal_accept(request, pk: int):
    proposal = get_object_or_404(Proposal.objects.select_related("document"), pk=pk)
    if proposal.status != ProposalStatus.PENDING:
        return _card(request, proposal, f"Already {proposal.get_status_display().lower()}.")
    choice = None
    if proposal.fact_type == "partnership":
        choices = services.place_choices(proposal)
        raw = request.POST.get("choice", "")
        if raw:
            if not raw.isdigit() or not 1 <= int(raw) <= len(choices):
                return _card(request, proposal, "Choose one of the listed places.")
            choice = choices[int(raw) - 1]
        elif not proposal.payload.get("place"):
            return _card(request, proposal, "Choose which place is meant before accepting.")
    edits = None
    if any(k.startswith("edit-") for k in request.POST):
        form = ProposalEditForm(proposal.fact_type, proposal.payload, request.POST)
        if not form.has_changed():
            form = None
        elif not form.is_valid():
            problems = "; ".join(f"{form.fields[f].label or f}: {' '.join(e)}" for f, e in form.errors.items())
            return _card(request, proposal, f"Check the edited fields — {problems}")
        edits = (form.edits() or None) if form is not None else None
    try:
        services.accept(proposal, request.user, place_choice=choice, edits=edits)
    except ValueError as exc:
        return _card(request, proposal, str(exc))
    return _card(request, proposal)


@team_view
@require_POST
def proposal_reject(request, pk: int):
    proposal = get_object_or_404(Proposal, pk=pk)
    if proposal.status == ProposalStatus.PENDING:
        services.reject(proposal, request.user)
    return _card(request, proposal)


@team_view
@require_POST
def accept_all(request, pk: int):
    document = get_object_or_404(Document, pk=pk)
    form = AcceptAllForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Give a confidence between 0 and 1.")
    else:
        try:
            count = services.accept_all(document, request.user, min_confidence=form.cleaned_data["min_confidence"])
        except ValueError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, f"Accepted {count} proposal{'s' if count != 1 else ''} at or above "
                                      f"confidence {form.cleaned_data['min_confidence']:.2f}. Ambiguous places still wait for you.")
    return redirect(reverse("documents:review", args=[document.pk]))
