from django.db import models
from django.db.models import Q
from django.urls import reverse


class PartnershipKind(models.TextChoices):
    SISTER = "sister", "Sister city"
    FRIENDSHIP = "friendship", "Friendship city"
    PARTNER = "partner", "Partner (MoU / agreement)"
    PAIRING = "pairing", "Programme pairing"
    OTHER = "other", "Other"


class PartnershipStatus(models.TextChoices):
    ACTIVE = "active", "Active"
    DORMANT = "dormant", "Dormant"
    ENDED = "ended", "Ended"


class Partnership(models.Model):
    """A tie between two places. ``place_a`` is the side whose document or record introduced it
    (the home city for its own lists). ``place_b`` stays empty while a reviewer has to decide which
    place ``name_as_written`` means (an ambiguous name is never guessed)."""

    place_a = models.ForeignKey("places.Place", on_delete=models.PROTECT, related_name="partnerships_a")
    place_b = models.ForeignKey("places.Place", null=True, blank=True, on_delete=models.PROTECT, related_name="partnerships_b")
    name_as_written = models.CharField(max_length=200, blank=True)
    kind = models.CharField(max_length=12, choices=PartnershipKind.choices, default=PartnershipKind.SISTER)
    status = models.CharField(max_length=10, choices=PartnershipStatus.choices, default=PartnershipStatus.ACTIVE)
    since = models.CharField(max_length=10, blank=True, help_text="ISO date or year")
    sequence = models.PositiveIntegerField(null=True, blank=True, help_text="Number in the home city's own list")
    sources = models.JSONField(default=list, blank=True, help_text="document:<id>, network:<dataset>, manual")
    in_registry = models.BooleanField(
        default=True, db_index=True,
        help_text="Part of the team's own record (a document, a person). False: known only from an imported network dataset.")
    notes = models.TextField(blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["kind", "sequence", "id"]
        constraints = [
            models.UniqueConstraint(fields=["place_a", "place_b"], condition=Q(place_b__isnull=False), name="partnership_unique_pair"),
            models.UniqueConstraint(fields=["place_a", "name_as_written"], condition=Q(place_b__isnull=True), name="partnership_unique_unresolved"),
        ]

    def __str__(self):
        other = self.place_b.name if self.place_b_id else f"{self.name_as_written}?"
        return f"{self.place_a.name} – {other} ({self.kind})"

    @property
    def needs_review(self) -> bool:
        return self.place_b_id is None

    def partner_of(self, place):
        return self.place_b if self.place_a_id == place.pk else self.place_a

    def get_absolute_url(self):
        return reverse("partnerships:partnership_detail", args=[self.pk])


class PlaceCorrection(models.Model):
    """A person's decision about what a (name, country) in imported network data means. Applied on
    every re-import before the resolver is asked, so corrections are never lost."""

    name = models.CharField(max_length=200)
    country = models.CharField(max_length=100, blank=True, help_text="The country as written in the data")
    place = models.ForeignKey("places.Place", null=True, blank=True, on_delete=models.CASCADE,
                              help_text="Empty: skip this name")
    note = models.CharField(max_length=300, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["name", "country"], name="correction_unique_name")]

    def __str__(self):
        return f"{self.name} ({self.country}) → {self.place or 'skip'}"
