"""Value types: what a reader yields (a candidate article or a rejection) and what a run returns.

Readers stay dumb: they turn one input unit (a line, a CSV record, a feed item, a file) into a
`Candidate` with raw field values or into a `Rejection`; validation, dates and identity are
decided once, in the engine, so every format obeys the same rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

ARTICLE_COLUMNS = [
    "article_id",
    "external_id",
    "text",
    "published",
    "title",
    "url",
    "outlet",
    "source_file",
    "position",
    "format",
    "content_hash",
    "near_duplicate_of",
    "flags",
]
SOURCE_COLUMNS = ["article_id", "source_file", "position", "url", "outlet", "is_duplicate"]
REJECTED_COLUMNS = ["source_file", "position", "reason", "excerpt"]

# Every rejection reason the module can give, so callers can group and document them.
REJECTION_REASONS = {
    "empty": "no text, or only whitespace (a file, a record, a feed without items)",
    "binary": "binary content (image, archive, executable or undecodable bytes)",
    "too_large": "text over IngestConfig.max_bytes",
    "malformed_json": "a JSONL line or JSON file that does not parse",
    "not_an_object": "a JSON value that is not an object, so it has no fields",
    "no_text": "a JSON or CSV record without any of the text fields",
    "malformed_csv": "a CSV record the csv module cannot split",
    "html_no_body": "an HTML page with no extractable main text",
    "feed_unparseable": "an RSS/Atom file that does not parse into items",
    "corrupt_archive": "a truncated or corrupt .gz/.bz2/.xz stream",
    "unreadable": "the file could not be read (permissions, vanished, not a regular file)",
}


@dataclass(slots=True)
class Candidate:
    """One input unit that may become an article. Field values are raw (a date may be a string,
    a number or a struct_time); `flags` collects what the reader had to repair."""

    position: int
    text: Any
    published: Any = None
    title: Any = None
    url: Any = None
    outlet: Any = None
    external_id: Any = None
    format: str = "txt"
    flags: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Rejection:
    """One input unit that cannot become an article, with why. `position` 0 means the file as a
    whole (nothing in it could be split into records)."""

    position: int
    reason: str
    excerpt: str = ""


@dataclass
class IngestResult:
    """The accounting of one run (or one chunk of a streaming run).

    `articles` holds one row per distinct article; `sources` one row per input that became or
    matched an article (exact duplicates keep their provenance here); `rejected` one row per
    input that was quarantined. `seen == loaded + duplicates + rejected_count` always holds.
    """

    articles: pd.DataFrame
    sources: pd.DataFrame
    rejected: pd.DataFrame
    seen: int
    loaded: int
    duplicates: int
    rejected_count: int

    @property
    def balanced(self) -> bool:
        """Whether every input is accounted for (the reconciliation invariant)."""
        return self.seen == self.loaded + self.duplicates + self.rejected_count

    @classmethod
    def concat(cls, parts: list[IngestResult]) -> IngestResult:
        """Merge the chunks of a streaming run into one result."""
        if not parts:
            return empty_result()
        return cls(
            articles=_concat([p.articles for p in parts], ARTICLE_COLUMNS),
            sources=_concat([p.sources for p in parts], SOURCE_COLUMNS),
            rejected=_concat([p.rejected for p in parts], REJECTED_COLUMNS),
            seen=sum(p.seen for p in parts),
            loaded=sum(p.loaded for p in parts),
            duplicates=sum(p.duplicates for p in parts),
            rejected_count=sum(p.rejected_count for p in parts),
        )


def frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    """A DataFrame with exactly `columns`, typed the same whether or not it has rows."""
    df = pd.DataFrame.from_records(rows, columns=columns)
    if "position" in columns:
        df["position"] = df["position"].astype("int64")
    if "is_duplicate" in columns:
        df["is_duplicate"] = df["is_duplicate"].astype("bool")
    for col in columns:
        if col not in ("position", "is_duplicate"):
            df[col] = df[col].astype("object")
    return df


def _concat(frames: list[pd.DataFrame], columns: list[str]) -> pd.DataFrame:
    non_empty = [f for f in frames if len(f)]
    if not non_empty:
        return frame([], columns)
    return pd.concat(non_empty, ignore_index=True)[columns]


def empty_result() -> IngestResult:
    """The result of a run that saw nothing."""
    return IngestResult(
        frame([], ARTICLE_COLUMNS),
        frame([], SOURCE_COLUMNS),
        frame([], REJECTED_COLUMNS),
        0,
        0,
        0,
        0,
    )
