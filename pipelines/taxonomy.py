"""Our event taxonomy, read from seeds/event_types.csv: the one place a (type, status) pair
gets its CAMEO code, so the coder, the warehouse and its checks cannot disagree."""

from __future__ import annotations

import csv
from functools import cache

from pipelines.paths import SEEDS_DIR


@cache
def _codes() -> dict[tuple[str, str], str]:
    with (SEEDS_DIR / "event_types.csv").open(encoding="utf-8", newline="") as f:
        return {(row["event_type"], row["status"]): row["cameo"] for row in csv.DictReader(f)}


def cameo_code(event_type: str, status: str) -> str:
    """The CAMEO code of an event type at a status, e.g. ('sanctions', 'reversed') -> '085'."""
    try:
        return _codes()[(event_type, status)]
    except KeyError:
        raise ValueError(f"no CAMEO code for {event_type}/{status} in event_types.csv") from None
