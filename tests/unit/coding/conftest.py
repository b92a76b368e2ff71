"""Point the coder at a small dictionary written for these tests, never at seeds/ or ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURE_ACTORS = Path(__file__).parent / "fixtures" / "actors"


@pytest.fixture(autouse=True)
def _fixture_actors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GEOEVENTS_ACTORS_DIR", str(FIXTURE_ACTORS))
