"""Typed helpers for reading settings from the environment. Every variable is documented in
docs/configuration.md (a test checks that)."""

from __future__ import annotations

import os

READ: dict[str, str] = {}  # name -> description, filled as settings are read


def env_str(name: str, default: str, doc: str) -> str:
    READ[name] = doc
    return os.environ.get(name, default)


def env_bool(name: str, default: bool, doc: str) -> bool:
    READ[name] = doc
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int, doc: str) -> int:
    READ[name] = doc
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise SystemExit(f"Environment variable {name} must be an integer, got {raw!r}") from exc


def env_list(name: str, default: list[str], doc: str) -> list[str]:
    READ[name] = doc
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    return [part.strip() for part in raw.split(",") if part.strip()]
