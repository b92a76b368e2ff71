"""An event's date: the temporal expression attached to its cue, else an honest none."""

from __future__ import annotations

from pipelines.temporal.model import EventDate, TemporalAnalysis


def resolve_event_date(
    analysis: TemporalAnalysis,
    text: str,
    sent_start: int,
    sent_end: int,
    cue_start: int,
    cue_end: int,
    status: str,
) -> EventDate:
    """Placeholder until the attachment rules land."""
    return EventDate(None, "none", "none")
