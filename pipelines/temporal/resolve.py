"""Calendar arithmetic for resolving dates against the publication date (the anchor).

Pure functions on `datetime.date`; every one answers None rather than raise when the arithmetic
leaves the calendar (February 30, year 0), so a hostile input can never produce an absurd value.
"""

from __future__ import annotations

from datetime import date, timedelta

from pipelines.temporal.header import MAX_YEAR, MIN_YEAR


def safe_date(year: int, month: int, day: int) -> date | None:
    """date(year, month, day) inside the plausible range, else None."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def nearest_year_date(month: int, day: int, anchor: date) -> date | None:
    """Month-day with no year: the year that puts it nearest the anchor (Dec 31 in a Jan 2 story
    is last year's)."""
    best: date | None = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        d = safe_date(y, month, day)
        if d and (best is None or abs((d - anchor).days) < abs((best - anchor).days)):
            best = d
    return best


def shift_days(anchor: date, days: int) -> date | None:
    """anchor + days, or None outside the calendar."""
    try:
        d = anchor + timedelta(days=days)
    except OverflowError:
        return None
    return d if MIN_YEAR <= d.year <= MAX_YEAR else None


def shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) moved by delta months."""
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def weekday_date(anchor: date, weekday: int, direction: int) -> date | None:
    """A weekday relative to the anchor. direction 0: the anchor itself if it is that weekday,
    else the previous one (news reports the past); -1: strictly before; +1: strictly after;
    2: the anchor if it matches, else the next one."""
    diff = weekday - anchor.weekday()
    if direction in (0, 2) and diff == 0:
        return anchor
    if direction in (0, -1):
        back = (anchor.weekday() - weekday) % 7 or 7
        return shift_days(anchor, -back)
    ahead = diff % 7 or 7
    return shift_days(anchor, ahead)


def iso_week(d: date) -> str:
    """TIMEX3 week value: 2024-W25."""
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1
