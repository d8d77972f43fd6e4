"""Audit every create/update/delete of Intercity's own models, whichever door the write came through."""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from django.forms.models import model_to_dict

from intercity.audit.context import current

AUDITED_APPS = {"places", "partnerships", "engagements", "cooperation", "people", "documents", "workspace", "themes"}
SKIP_FIELDS = {"text"}  # large document text is not copied into the log


def _snapshot(instance) -> dict:
    data = model_to_dict(instance)
    out = {}
    for key, value in data.items():
        if key in SKIP_FIELDS:
            continue
        if isinstance(value, list):
            value = [getattr(v, "pk", v) for v in value]
        elif hasattr(value, "pk"):
            value = value.pk
        elif not isinstance(value, (str, int, float, bool, type(None), dict)):
            value = str(value)
        out[key] = value
    return out


def _audited(sender) -> bool:
    meta = getattr(sender, "_meta", None)
    return bool(meta and meta.app_label in AUDITED_APPS and not getattr(sender, "audit_skip", False))


def _write(action, instance, before, after):
    from intercity.audit.models import AuditEntry

    actor, via = current()
    user = actor if getattr(actor, "pk", None) else None
    AuditEntry.objects.create(
        actor=user,
        actor_label=getattr(actor, "username", None) or (str(actor) if actor else ""),
        via=via,
        action=action,
        model=f"{instance._meta.app_label}.{instance._meta.model_name}",
        object_id=str(instance.pk),
        object_repr=str(instance)[:300],
        before=before,
        after=after,
    )


@receiver(pre_save)
def _remember_before(sender, instance, **kwargs):
    if not _audited(sender) or instance.pk is None or kwargs.get("raw"):
        return
    old = sender._default_manager.filter(pk=instance.pk).first()
    instance._audit_before = _snapshot(old) if old else None


@receiver(post_save)
def _after_save(sender, instance, created, **kwargs):
    if not _audited(sender) or kwargs.get("raw"):
        return
    after = _snapshot(instance)
    before = None if created else getattr(instance, "_audit_before", None)
    if not created and before == after:
        return
    _write("create" if created else "update", instance, before, after)


@receiver(post_delete)
def _after_delete(sender, instance, **kwargs):
    if _audited(sender):
        _write("delete", instance, _snapshot(instance), None)
