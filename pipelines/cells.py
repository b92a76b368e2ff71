"""Values read back from DataFrames and DuckDB, made plain Python again: pandas writes a missing
value as NaN or NaT and a DATE as a Timestamp, and the domain code wants None and `date`."""

from __future__ import annotations

from datetime import date

import pandas as pd


def missing(value: object) -> bool:
    """None, NaN or NaT."""
    return value is None or value is pd.NaT or (isinstance(value, float) and pd.isna(value))


def cell_date(value: object) -> date | None:
    """A date from a date, Timestamp or ISO string cell; None when missing or not a date."""
    if missing(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def cell_value(value: object) -> object:
    """The value, or None where pandas wrote NaN or NaT."""
    return None if missing(value) else value
