from __future__ import annotations

from intercity.people.models import Organisation, Person


def upsert_person(name: str, role: str = "", organisation: str = "", portfolio: str = "", place=None) -> Person:
    org = None
    if organisation:
        org, _ = Organisation.objects.get_or_create(name=organisation[:300], defaults={"place": place})
    person, created = Person.objects.get_or_create(name=name, organisation=org, defaults={"role": role, "portfolio": portfolio})
    if not created:
        changed = False
        if role and not person.role:
            person.role, changed = role, True
        if portfolio and not person.portfolio:
            person.portfolio, changed = portfolio, True
        if changed:
            person.save()
    return person
