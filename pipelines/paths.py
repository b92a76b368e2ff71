"""Where the project's files live. The package is installed editable from the repository, so
seeds and SQL are read from the checkout; environment variables override the defaults."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = REPO_ROOT / "seeds"
ACTORS_DIR = SEEDS_DIR / "actors"
SAMPLE_ARTICLES_DIR = SEEDS_DIR / "articles"
SQL_DIR = REPO_ROOT / "sql"


def warehouse_path() -> Path:
    """The DuckDB file: `GEOEVENTS_WAREHOUSE`, else `warehouse/geoevents.duckdb`."""
    return Path(os.environ.get("GEOEVENTS_WAREHOUSE", REPO_ROOT / "warehouse" / "geoevents.duckdb"))


def source_path() -> Path:
    """The folder (or file) of raw articles: `GEOEVENTS_SOURCE`, else the bundled sample corpus."""
    return Path(os.environ.get("GEOEVENTS_SOURCE", SAMPLE_ARTICLES_DIR))


def dagster_home() -> Path:
    """`DAGSTER_HOME`, else `.dagster_home/` in the checkout, so CLI runs show up in the UI."""
    return Path(os.environ.get("DAGSTER_HOME", REPO_ROOT / ".dagster_home"))


def inbox_path() -> Path:
    """The folder the inbox sensor watches: `GEOEVENTS_INBOX`, else `inbox/` in the checkout."""
    return Path(os.environ.get("GEOEVENTS_INBOX", REPO_ROOT / "inbox"))


@cache
def sql_text(relative: str) -> str:
    """The text of `sql/<relative>` (e.g. "checks/unique_keys.sql"), read once per process."""
    return (SQL_DIR / relative).read_text(encoding="utf-8")
