"""The seed-format ` date YYYY-MM-DD` header and checked publication dates.

A publication date anchors every relative expression in the article, so a wrong one is worse
than none: anything that is not a real calendar day in a plausible range is refused and flagged.
"""

from __future__ import annotations

import re
from datetime import date

# Years outside this range are placeholders (0000, 9999) or typos, never news.
MIN_YEAR, MAX_YEAR = 1800, 2100

_HEADER_RE = re.compile(r"\A\s{0,4}date[ \t]+(\S+)[ \t]*")
_ISO_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_ISO_MONTH_RE = re.compile(r"(\d{4})-(\d{1,2})")


def checked_date(value: str) -> tuple[date | None, str | None]:
    """A `YYYY-MM-DD...` string as a date, or None and the reason it was refused."""
    m = _ISO_RE.match(value.strip())
    if not m:
        return None, "not_a_date"
    y, mo, d = (int(g) for g in m.groups())
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None, "implausible_year"
    try:
        return date(y, mo, d), None
    except ValueError:
        return None, "no_such_day"


def checked_month(value: str) -> str | None:
    """A bare `YYYY-MM` string (a header that gives only the month) as `YYYY-MM`, else None."""
    m = _ISO_MONTH_RE.fullmatch(value.strip())
    if not m:
        return None
    y, mo = int(m.group(1)), int(m.group(2))
    if not (MIN_YEAR <= y <= MAX_YEAR and 1 <= mo <= 12):
        return None
    return f"{y:04d}-{mo:02d}"


def parse_header(text: str) -> tuple[str | None, int]:
    """The raw header value and the offset where the body starts (0 when there is no header)."""
    m = _HEADER_RE.match(text)
    if not m:
        return None, 0
    return m.group(1), m.end()
