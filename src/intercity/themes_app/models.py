from django.db import models


class Theme(models.Model):
    """A theme of the shared taxonomy (kept as a data file in core/themes; synced into this table)."""

    slug = models.SlugField(max_length=60, unique=True)
    label_en = models.CharField(max_length=120)
    label_ko = models.CharField(max_length=120, blank=True)
    description = models.TextField(blank=True)
    sdgs = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["label_en"]

    def __str__(self):
        return self.label_en
