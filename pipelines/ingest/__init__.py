"""Ingestion: raw article files of any common format in, distinct articles with provenance
out, and every input accounted for (no Dagster import; the assets wrap this).

    result = ingest("path/to/folder")
    result.articles, result.sources, result.rejected
    assert result.seen == result.loaded + result.duplicates + result.rejected_count

Formats: seed-format and plain `.txt`, JSON Lines, JSON, CSV/TSV, RSS/Atom, saved HTML pages,
each optionally `.gz`/`.bz2`/`.xz`; a folder tree (sorted), one file or a list. Bad input never
raises: it becomes a row of `rejected` (reasons in `model.REJECTION_REASONS`). Only a source
path that does not exist raises FileNotFoundError.

Decisions worth knowing:
- A unit of input is a JSONL line (blank lines are separators, not records), a CSV record, a
  feed item, a JSON array element, or a whole file for `.txt` and HTML. Rejection position 0
  means the file as a whole (binary, empty, corrupt archive, unparseable feed, no records).
- A present but unusable date (unparseable, before `min_year`, beyond `max_future_days`) does
  not reject the article: `published` is None and the flag `bad_date_dropped` is set, since the
  text is still good and the temporal module may date it from the dateline.
- Exact duplicate = same normalised text (NFKC, whitespace collapsed) and same canonical URL,
  or neither has a URL. The same text under two URLs is two articles, linked as near-duplicates.
- Hidden files and folders (`.git`, `.DS_Store`) are not inputs and are not counted.
- The `flags` column shares its name with pandas' `DataFrame.flags`: use `df["flags"]`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence

from pipelines.ingest.config import IngestConfig, default_field_map
from pipelines.ingest.discovery import resolve
from pipelines.ingest.engine import Ingestor
from pipelines.ingest.model import REJECTION_REASONS, IngestResult

__all__ = [
    "REJECTION_REASONS",
    "IngestConfig",
    "IngestResult",
    "default_field_map",
    "ingest",
    "iter_ingest",
]

Source = str | os.PathLike | Sequence[str | os.PathLike]
_INTERNAL_CHUNK = 5000  # bounds the memory of one near-duplicate batch


def ingest(
    source: Source, config: IngestConfig | None = None, progress: bool = False
) -> IngestResult:
    """Read everything under `source` into one result (`progress` draws a tqdm bar on
    stderr). Raises FileNotFoundError, naming the path, when a source does not exist."""
    files = resolve(source)
    runner = Ingestor(config or IngestConfig())
    return IngestResult.concat(list(runner.run(files, _INTERNAL_CHUNK, progress)))


def iter_ingest(
    source: Source, config: IngestConfig | None = None, chunk_size: int = 5000
) -> Iterator[IngestResult]:
    """Stream a large source as results of `chunk_size` inputs each (each balanced on its own;
    duplicates and near-duplicates are still found across chunks). The source is resolved
    now, so a missing path raises here, not at the first `next()`."""
    files = resolve(source)
    return Ingestor(config or IngestConfig()).run(files, chunk_size)
