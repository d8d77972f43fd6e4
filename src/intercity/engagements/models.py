from django.db import models
from django.urls import reverse


class EngagementKind(models.TextChoices):
    INCOMING = "incoming", "Incoming delegation"
    OUTGOING = "outgoing", "Outgoing mission"
    MEETING = "meeting", "Meeting"
    EVENT = "event", "Event"


class Engagement(models.Model):
    kind = models.CharField(max_length=10, choices=EngagementKind.choices)
    title = models.CharField(max_length=300)
    host = models.ForeignKey("places.Place", null=True, blank=True, on_delete=models.PROTECT, related_name="hosted_engagements")
    visiting = models.ManyToManyField("places.Place", related_name="visits", blank=True)
    start = models.DateField(null=True, blank=True)
    end = models.DateField(null=True, blank=True)
    partnership = models.ForeignKey("partnerships.Partnership", null=True, blank=True, on_delete=models.SET_NULL, related_name="engagements")
    participants = models.ManyToManyField("people.Person", blank=True, related_name="engagements")
    outcome = models.TextField(blank=True)
    fingerprint = models.CharField(max_length=300, unique=True, help_text="host|visiting|start: keeps re-ingestion idempotent")

    class Meta:
        ordering = ["-start", "-id"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("engagements:engagement_detail", args=[self.pk])


class Track(models.Model):
    """A thematic track of an engagement (e.g. 'Clean Energy City')."""

    engagement = models.ForeignKey(Engagement, on_delete=models.CASCADE, related_name="tracks")
    order = models.PositiveIntegerField(default=0)
    title = models.CharField(max_length=300)
    themes = models.ManyToManyField("themes.Theme", blank=True)

    class Meta:
        ordering = ["order", "id"]
        constraints = [models.UniqueConstraint(fields=["engagement", "title"], name="track_unique_title")]

    def __str__(self):
        return self.title


class Site(models.Model):
    """A site visited during a track."""

    track = models.ForeignKey(Track, on_delete=models.CASCADE, related_name="sites")
    order = models.PositiveIntegerField(default=0)
    name = models.CharField(max_length=300)
    themes = models.ManyToManyField("themes.Theme", blank=True)

    class Meta:
        ordering = ["order", "id"]
        constraints = [models.UniqueConstraint(fields=["track", "name"], name="site_unique_name")]

    def __str__(self):
        return self.name
