"""A larger corpus made from the sample articles, for the benchmark and the crash test.

Each copy gets its own id, a publication date moved by whole days (the seed header moves with
it, so relative dates still resolve consistently), and a small edit, so copies are distinct
articles for the identity hash while staying near-duplicates of their original.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from pipelines.ingest import ingest

_HEADER = re.compile(r"^\s?date (\d{4}-\d{2}-\d{2})\s*")
_EDITS = ("officials said.", "according to people familiar with the matter.", "a spokesman said.")


def sample_records(source: Path) -> list[dict]:
    """The sample corpus as extract-contract records (seed header kept in the text)."""
    arts = ingest([source]).articles
    return [
        {"id": r.external_id or r.article_id, "text": r.text, "published": r.published}
        for r in arts.itertuples()
        if r.published
    ]


def replicate(
    records: list[dict],
    n: int,
    seed: int = 7,
    spread_days: int = 60,
    anchor: date | None = None,
) -> Iterator[dict]:
    """`n` records cycling through `records`, each shifted and lightly edited. With `anchor`,
    every copy is published within `spread_days` of it (a day or a week of news, as a feed
    delivers it) instead of near its original's date."""
    rng = random.Random(seed)
    for i in range(n):
        base = records[i % len(records)]
        shift = timedelta(days=rng.randrange(spread_days))
        published = (anchor or date.fromisoformat(base["published"])) + shift
        text = _HEADER.sub("", base["text"], count=1)
        text = f"{text.rstrip()} The report was updated, {rng.choice(_EDITS)} (copy {i})"
        yield {
            "id": f"{base['id']}-{i}",
            "published": published.isoformat(),
            "title": f"copy {i} of {base['id']}",
            "text": f" date {published.isoformat()}\n{text}",
        }


def write_jsonl(records: Iterator[dict], path: Path) -> int:
    """Write records as JSONL; returns how many."""
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with path.open("w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n
