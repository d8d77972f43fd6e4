"""Small helpers shared by the extraction tests: an in-memory e-mail, and the facts of an
extraction reduced to comparable tuples."""

from __future__ import annotations


def eml(subject: str, body: str, date: str = "Tue, 10 May 2022 09:00:00 +0200") -> bytes:
    """A plain UTF-8 e-mail with the given subject, body and Date header."""
    head = (f"From: <intl@city.example>\nTo: <all@city.example>\nDate: {date}\nSubject: {subject}\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n")
    return (head + body).encode()


def engagements(x) -> list[tuple]:
    """(kind, visiting names — a country as its code —, host name, start, end) of each engagement, sorted."""
    return sorted((e.kind, [v.name if v.kind != "country" else v.country_code for v in e.visiting], e.host.name,
                   e.start, e.end) for e in x.engagements)


def ties(x) -> set[tuple[str, str]]:
    """(kind, place name, or the name as written when unresolved) of each partnership."""
    return {(p.kind, p.place.name if p.place is not None else p.name_as_written) for p in x.partnerships}
