from django.conf import settings
from django.db import models
from django.urls import reverse


class CooperationStatus(models.TextChoices):
    IDEA = "idea", "Idea"
    PROPOSED = "proposed", "Proposed"
    AGREED = "agreed", "Agreed"
    IN_PROGRESS = "in_progress", "In progress"
    COMPLETED = "completed", "Completed"
    STALLED = "stalled", "Stalled"
    DROPPED = "dropped", "Dropped"


OPEN_STATUSES = ("idea", "proposed", "agreed", "in_progress", "stalled")


class CooperationItem(models.Model):
    title = models.CharField(max_length=300)
    description = models.TextField(blank=True)
    status = models.CharField(max_length=12, choices=CooperationStatus.choices, default=CooperationStatus.IDEA)
    status_reason = models.CharField(max_length=500, blank=True, help_text="The wording the status was read from")
    is_area = models.BooleanField(default=False, help_text="An area of future cooperation a city put forward on its own")
    parties = models.ManyToManyField("places.Place", related_name="cooperation_items")
    themes = models.ManyToManyField("themes.Theme", blank=True)
    owner = models.ForeignKey("people.Person", null=True, blank=True, on_delete=models.SET_NULL)
    next_step = models.CharField(max_length=500, blank=True)
    due_date = models.DateField(null=True, blank=True)
    sequence = models.PositiveIntegerField(null=True, blank=True)
    partnership = models.ForeignKey("partnerships.Partnership", null=True, blank=True, on_delete=models.SET_NULL, related_name="cooperation_items")
    engagement = models.ForeignKey("engagements.Engagement", null=True, blank=True, on_delete=models.SET_NULL, related_name="cooperation_items")
    fingerprint = models.CharField(max_length=300, unique=True, help_text="parties|title: keeps re-ingestion idempotent")
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["sequence", "title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("cooperation:item_detail", args=[self.pk])


class JournalEntry(models.Model):
    item = models.ForeignKey(CooperationItem, on_delete=models.CASCADE, related_name="journal")
    at = models.DateTimeField(auto_now_add=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    text = models.TextField()

    class Meta:
        ordering = ["-at"]
        verbose_name_plural = "journal entries"

    def __str__(self):
        return f"{self.item}: {self.text[:40]}"


class InterestKind(models.TextChoices):
    NEED = "need", "Need"
    STRENGTH = "strength", "Strength"


class Interest(models.Model):
    """What a place wants to learn (a need) or has to offer (a strength), read from a document or
    entered by a person: the evidence the later matchmaking of partners uses."""

    party = models.ForeignKey("places.Place", on_delete=models.CASCADE, related_name="interests")
    kind = models.CharField(max_length=10, choices=InterestKind.choices)
    subject = models.CharField(max_length=300)
    description = models.TextField(blank=True)
    counterpart = models.ForeignKey("places.Place", null=True, blank=True, on_delete=models.SET_NULL, related_name="interests_offered",
                                    help_text="The place it would learn from (a need) or offer to (a strength), when stated")
    themes = models.ManyToManyField("themes.Theme", blank=True)
    status = models.CharField(max_length=10, choices=[("open", "Open"), ("met", "Met"), ("closed", "Closed")], default="open")
    sources = models.JSONField(default=list, blank=True, help_text="document:<id>, manual")
    fingerprint = models.CharField(max_length=400, unique=True, help_text="party|kind|subject: keeps re-ingestion idempotent")
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["kind", "subject"]

    def __str__(self):
        return f"{self.get_kind_display()} of {self.party.name}: {self.subject}"
