"""The event coder: sentences, actors, cues, status, dates and evidence (no Dagster import)."""

from __future__ import annotations

from pipelines.coding.model import CodingResult
from pipelines.temporal.model import TemporalAnalysis

__all__ = ["code_article"]


def code_article(text: str, temporal: TemporalAnalysis, explain: bool = False) -> CodingResult:
    # INTERIM: replaced by the coder
    return CodingResult([], [], None)
