from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse


class Document(models.Model):
    """A document as received. The same bytes are one document however often they are ingested."""

    sha256 = models.CharField(max_length=64, unique=True)
    source_name = models.CharField(max_length=500, help_text="File name or path as given")
    title = models.CharField(max_length=500, blank=True)
    format = models.CharField(max_length=10)
    language = models.CharField(max_length=8, blank=True)
    text = models.TextField(blank=True)
    stored_file = models.CharField(max_length=500, blank=True, help_text="Path of the stored copy under the media root (never served)")
    size = models.BigIntegerField(default=0)
    themes = models.ManyToManyField("themes.Theme", blank=True)
    subject = models.ForeignKey("places.Place", null=True, blank=True, on_delete=models.SET_NULL)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="attachments",
                               help_text="The e-mail this document was attached to (its bytes are kept inside the e-mail's stored copy)")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created", "-id"]

    def __str__(self):
        return self.title or self.source_name

    def get_absolute_url(self):
        return reverse("documents:document_detail", args=[self.pk])


class ExtractionRun(models.Model):
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="runs")
    extractor_version = models.CharField(max_length=40)
    created = models.DateTimeField(auto_now_add=True)
    result = models.JSONField(help_text="The extraction as in `intercity ingest --json`")
    warnings = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-created", "-id"]
        constraints = [models.UniqueConstraint(fields=["document", "extractor_version"], name="run_unique_version")]

    def __str__(self):
        return f"{self.document} @ {self.extractor_version}"


class ProposalStatus(models.TextChoices):
    PENDING = "pending", "Waiting for review"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"


class Proposal(models.Model):
    """One fact proposed by extraction, waiting for (or having had) a person's decision.

    ``fingerprint`` identifies the fact within its document so that re-ingestion keeps decisions
    (a rejected proposal is not proposed again)."""

    FACT_TYPES = [("partnership", "Partnership"), ("engagement", "Engagement"), ("cooperation", "Cooperation item"),
                  ("area", "Area of future cooperation"), ("person", "Person"), ("claim", "Claim"),
                  ("interest", "Need or strength")]
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="proposals")
    run = models.ForeignKey(ExtractionRun, on_delete=models.CASCADE, related_name="proposals")
    fact_type = models.CharField(max_length=12, choices=FACT_TYPES)
    fingerprint = models.CharField(max_length=300)
    order = models.PositiveIntegerField(default=0)
    summary = models.CharField(max_length=500)
    payload = models.JSONField()
    confidence = models.FloatField(default=0.0)
    needs_person = models.BooleanField(default=False, help_text="Ambiguous place or low confidence: never accepted automatically")
    reason = models.CharField(max_length=300, blank=True)
    status = models.CharField(max_length=10, choices=ProposalStatus.choices, default=ProposalStatus.PENDING)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    decided_at = models.DateTimeField(null=True, blank=True)
    start = models.PositiveIntegerField(default=0)
    end = models.PositiveIntegerField(default=0)
    quote = models.TextField(blank=True)
    target_type = models.ForeignKey(ContentType, null=True, blank=True, on_delete=models.SET_NULL)
    target_id = models.PositiveBigIntegerField(null=True, blank=True)
    target = GenericForeignKey("target_type", "target_id")

    class Meta:
        ordering = ["-needs_person", "order", "id"]
        constraints = [models.UniqueConstraint(fields=["document", "fingerprint"], name="proposal_unique_fact")]

    def __str__(self):
        return f"{self.get_fact_type_display()}: {self.summary}"


class Evidence(models.Model):
    """A link from a registry fact to the passage of the document it came from."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="evidence")
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    fact = GenericForeignKey("content_type", "object_id")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    quote = models.TextField()
    page = models.PositiveIntegerField(null=True, blank=True)
    slide = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["document", "start"]
        constraints = [models.UniqueConstraint(fields=["document", "content_type", "object_id", "start", "end"], name="evidence_unique")]
        indexes = [models.Index(fields=["content_type", "object_id"])]
        verbose_name_plural = "evidence"

    def __str__(self):
        return f"{self.document}: {self.quote[:60]}"

    def get_absolute_url(self):
        return reverse("documents:passage", args=[self.document_id]) + f"?start={self.start}&end={self.end}"


class Claim(models.Model):
    """A headline claim in a document ("37 cities from 27 countries"), checked against the registry."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="claims")
    subject = models.ForeignKey("places.Place", on_delete=models.CASCADE, related_name="claims")
    text = models.CharField(max_length=500)
    cities = models.PositiveIntegerField(null=True, blank=True)
    countries = models.PositiveIntegerField(null=True, blank=True)
    scope = models.CharField(max_length=12, help_text="all or a partnership kind")
    start = models.PositiveIntegerField(default=0)
    end = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["document", "start"]
        constraints = [models.UniqueConstraint(fields=["document", "start"], name="claim_unique_position")]

    def __str__(self):
        return self.text


class IngestJob(models.Model):
    """A batch of files ingested in the background (a folder, a large upload), with its progress."""

    STATUSES = [("queued", "Queued"), ("running", "Running"), ("done", "Done"), ("failed", "Failed")]
    created = models.DateTimeField(auto_now_add=True)
    finished = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    status = models.CharField(max_length=8, choices=STATUSES, default="queued")
    files = models.JSONField(default=list, help_text="Paths (server side or stored uploads) with their display names")
    home = models.ForeignKey("places.Place", null=True, blank=True, on_delete=models.SET_NULL)
    accept_facts = models.BooleanField(default=False)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    current = models.CharField(max_length=500, blank=True)
    documents = models.ManyToManyField(Document, blank=True)
    errors = models.JSONField(default=list, blank=True, help_text="One message per file that could not be ingested")
    task_id = models.CharField(max_length=64, blank=True)

    audit_skip = True  # progress updates are not registry facts; the documents they create are audited

    class Meta:
        ordering = ["-created", "-id"]

    def __str__(self):
        return f"job {self.pk}: {self.done}/{self.total} {self.status}"

    @property
    def percent(self) -> int:
        return int(100 * self.done / self.total) if self.total else 0
