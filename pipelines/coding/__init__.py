"""The event coder: sentences, actors, cues, status, dates and evidence (no Dagster import)."""

from __future__ import annotations

from pipelines.coding.article import code_article

__all__ = ["code_article"]
