from django.conf import settings
from django.db import models


class AuditEntry(models.Model):
    ACTIONS = [("create", "create"), ("update", "update"), ("delete", "delete"), ("decide", "decide")]
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    actor_label = models.CharField(max_length=150, blank=True)
    via = models.CharField(max_length=20, help_text="web, api, cli, import, system")
    action = models.CharField(max_length=10, choices=ACTIONS)
    model = models.CharField(max_length=60, db_index=True)
    object_id = models.CharField(max_length=64, db_index=True)
    object_repr = models.CharField(max_length=300)
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name_plural = "audit entries"

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_label or '-'} {self.action} {self.model} {self.object_repr}"
