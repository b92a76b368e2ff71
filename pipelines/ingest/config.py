"""What a user may tune about ingestion: size cap, field names, date sanity and near-duplicate
similarity. Defaults cover the usual news exports (NewsAPI, GDELT-style dumps, RSS readers)."""

from __future__ import annotations

from dataclasses import dataclass, field


def default_field_map() -> dict[str, list[str]]:
    """Field names tried in order for each article attribute in JSON and CSV records."""
    return {
        "text": ["text", "body", "content"],
        "published": ["published", "date", "pubDate", "published_at"],
        "url": ["url", "link"],
        "title": ["title", "headline"],
        "source": ["source", "outlet", "publisher"],
        "id": ["id", "guid"],
    }


@dataclass
class IngestConfig:
    """Knobs of one ingestion run.

    `max_bytes` caps the UTF-8 size of an article's text (bigger ones are rejected as
    `too_large`, so one runaway file cannot stall the batch). `min_year` and `max_future_days`
    bound a plausible publication date; a date outside them is dropped, not trusted.
    `near_duplicate_threshold` is the estimated Jaccard similarity of word shingles above which
    a new article is linked to an earlier one as a syndicated copy.
    """

    max_bytes: int = 2_000_000
    field_map: dict[str, list[str]] = field(default_factory=default_field_map)
    min_year: int = 1900
    max_future_days: int = 2
    near_duplicate_threshold: float = 0.8

    def fields(self, attribute: str) -> list[str]:
        """Candidate field names for `attribute`, falling back to the defaults when a partial
        map was given."""
        names = self.field_map.get(attribute)
        return names if names is not None else default_field_map()[attribute]
