"""Helpers for the coder tests: code a sentence we wrote against the fixture dictionary."""

from __future__ import annotations

from datetime import date

from pipelines.coding import code_article
from pipelines.coding.model import CodingResult
from pipelines.temporal.model import TemporalAnalysis


def analysis(published: date | None = date(2024, 3, 6)) -> TemporalAnalysis:
    """A temporal analysis with only a publication date (a Wednesday), no dateline."""
    return TemporalAnalysis(published, "metadata" if published else "none", 0, None, [], [])


def code(text: str, published: date | None = date(2024, 3, 6)) -> CodingResult:
    return code_article(text, analysis(published), explain=True)


def events(text: str, published: date | None = date(2024, 3, 6)) -> list[tuple]:
    """(type, status, source, target) of each coded event, in order."""
    return [(e.type, e.status, e.source, e.target) for e in code(text, published).events]
