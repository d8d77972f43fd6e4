"""Who is writing, and through which door. Set by the web middleware, the API, the CLI and imports;
read by the audit signal handlers so every write is recorded whichever way it came."""

from __future__ import annotations

import contextvars
from contextlib import contextmanager

_actor: contextvars.ContextVar = contextvars.ContextVar("intercity_actor", default=None)
_via: contextvars.ContextVar = contextvars.ContextVar("intercity_via", default="system")


def current() -> tuple[object | None, str]:
    return _actor.get(), _via.get()


@contextmanager
def acting(actor=None, via: str = "system"):
    """``with acting(user, "cli"): ...`` attributes every write inside the block."""
    t1 = _actor.set(actor)
    t2 = _via.set(via)
    try:
        yield
    finally:
        _actor.reset(t1)
        _via.reset(t2)
