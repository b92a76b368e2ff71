"""Shared helpers for the temporal tests: every sentence here is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.temporal.timex import find_timexes

# A Wednesday, as in the project's seed article.
WEDNESDAY = date(2024, 6, 19)


@pytest.fixture
def values():
    """text -> {timex text: value}, resolved against a given anchor (default: WEDNESDAY)."""

    def run(text: str, anchor: date | None = WEDNESDAY) -> dict[str, str]:
        return {t.text: t.value for t in find_timexes(text, anchor)}

    return run
