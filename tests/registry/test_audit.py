"""Every write is audited, whichever door it came through."""

from __future__ import annotations

import pytest

from intercity.audit.context import acting
from intercity.audit.models import AuditEntry

pytestmark = pytest.mark.django_db


def test_writes_are_audited_with_actor_and_door(django_user_model):
    from intercity.places.services import resolve_place_text
    from intercity.workspace.models import Workspace

    user = django_user_model.objects.create_user("auditor", password="x-long-password-1")
    with acting(user, "web"):
        place = resolve_place_text("Barcelona, Spain")
    entry = AuditEntry.objects.get(model="places.place", object_id=str(place.pk))
    assert entry.action == "create" and entry.via == "web" and entry.actor == user
    assert entry.after["name"] == "Barcelona" and entry.before is None

    with acting(None, "cli"):
        ws = Workspace.get()
        ws.home = place
        ws.save()
        ws.save()  # no change: no second entry
    updates = AuditEntry.objects.filter(model="workspace.workspace", action="update")
    assert updates.count() == 1
    assert updates.get().before["home"] is None and updates.get().after["home"] == place.pk
    assert updates.get().via == "cli"
