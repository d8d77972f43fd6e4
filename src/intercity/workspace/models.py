from django.db import models


class Workspace(models.Model):
    """The one workspace of this installation: its name and home city."""

    name = models.CharField(max_length=200, default="International Relations")
    home = models.ForeignKey("places.Place", null=True, blank=True, on_delete=models.PROTECT)

    def __str__(self):
        return self.name

    @classmethod
    def get(cls) -> "Workspace":
        obj, _ = cls.objects.get_or_create(pk=1)
        return obj
