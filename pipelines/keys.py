"""Deterministic keys: a hash of the fields that define a row, so re-runs give the same IDs."""

from __future__ import annotations

import hashlib


def stable_key(*parts: object, length: int = 16) -> str:
    """A hex key from the defining fields; None and '' are distinct from each other."""
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        h.update(b"\x00" if part is None else str(part).encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]
