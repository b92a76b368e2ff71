"""Publication dates, datelines, temporal expressions and event dates (no Dagster import)."""

from __future__ import annotations

from datetime import date

from pipelines.temporal.model import EventDate, TemporalAnalysis

__all__ = ["EventDate", "TemporalAnalysis", "analyse_article", "resolve_event_date"]


def analyse_article(text: str, published: str | None = None) -> TemporalAnalysis:
    # INTERIM: replaced by the temporal module
    pub = None
    if published:
        try:
            pub = date.fromisoformat(published[:10])
        except ValueError:
            pub = None
    return TemporalAnalysis(pub, "metadata" if pub else "none", 0, None, [], [])


def resolve_event_date(
    analysis: TemporalAnalysis,
    text: str,
    sent_start: int,
    sent_end: int,
    cue_start: int,
    cue_end: int,
    status: str,
) -> EventDate:
    # INTERIM: replaced by the temporal module
    return EventDate(None, "none", "none")
