from django.db import models


class Organisation(models.Model):
    name = models.CharField(max_length=300, unique=True)
    place = models.ForeignKey("places.Place", null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Person(models.Model):
    name = models.CharField(max_length=200)
    role = models.CharField(max_length=300, blank=True)
    portfolio = models.CharField(max_length=500, blank=True)
    organisation = models.ForeignKey(Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="people")
    email = models.EmailField(blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["name", "organisation"], name="person_unique_in_org")]
        verbose_name_plural = "people"

    def __str__(self):
        return f"{self.name} — {self.role}" if self.role else self.name
