from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "intercity.audit"
    verbose_name = "Audit log"

    def ready(self):
        from intercity.audit import signals  # noqa: F401
