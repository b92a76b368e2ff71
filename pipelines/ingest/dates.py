"""Publication dates from whatever a source put in its date field, checked for sanity.

The result is a calendar date as the source printed it (no conversion to UTC: an article dated
23:30 in New York was published on that New York day). A date that is present but unusable
(unparseable, before `min_year`, too far in the future) is dropped with the flag
`bad_date_dropped` rather than rejecting the article: the text is still good, and the temporal
module may find the date in the dateline.
"""

from __future__ import annotations

import math
import re
import time
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_tz
from functools import lru_cache

FLAG_BAD_DATE = "bad_date_dropped"

# The seed format's first line: " date 2024-06-19", the article may follow on the same line.
SEED_HEADER = re.compile(r"\A\s*date[ \t]+(\d{4}-\d{1,2}-\d{1,2})(?![\d-])", re.IGNORECASE)
_ISO = re.compile(r"\A(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s_])")
_COMPACT = re.compile(r"\A(\d{4})(\d{2})(\d{2})(?:$|T)")
_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y", "%B %d %Y")
_MS_EPOCH = 100_000_000_000
_MIN_EPOCH = 100_000_000  # 1973-03-03: below this a number is more likely a year or a count


def seed_header_date(text: str) -> str | None:
    """The date string of a seed-format header at the start of `text`, if there is one."""
    match = SEED_HEADER.match(text)
    return match.group(1) if match else None


def normalise_date(value: object, min_year: int, max_future_days: int) -> tuple[str | None, bool]:
    """(YYYY-MM-DD or None, whether a present value had to be dropped)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, False
    parsed = _to_date(value)
    if parsed is None:
        return None, True
    latest = datetime.now(UTC).date() + timedelta(days=max_future_days)
    if parsed.year < min_year or parsed > latest:
        return None, True
    return parsed.isoformat(), False


def _to_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, time.struct_time):
        return _safe_date(value.tm_year, value.tm_mon, value.tm_mday)
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return _from_number(float(value))
    if isinstance(value, str):
        return _parse_string(value.strip()[:100])
    return None


def _from_number(value: float) -> date | None:
    """A number is a compact YYYYMMDD date or a Unix time in seconds or milliseconds. Smaller
    numbers (a bare year, a day count) are not a publication day."""
    if not math.isfinite(value) or value < 0:
        return None
    if 10_000_101 <= value <= 99_991_231 and value == int(value):
        number = int(value)
        return _safe_date(number // 10_000, number // 100 % 100, number % 100)
    if value < _MIN_EPOCH:
        return None
    return _from_epoch(value)


def _from_epoch(seconds: float) -> date | None:
    if seconds > _MS_EPOCH:
        seconds /= 1000
    try:
        return datetime.fromtimestamp(seconds, UTC).date()
    except (OverflowError, OSError, ValueError):
        return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _parse_string(value: str) -> date | None:
    """ISO and compact numeric forms, RFC 822 (RSS), a few English spellings, then dateparser
    in strict mode (day, month and year all required) for anything else."""
    match = _ISO.match(value) or _COMPACT.match(value)
    if match:
        return _safe_date(*(int(g) for g in match.groups()))
    try:
        rfc = parsedate_tz(value)
    except (TypeError, ValueError, IndexError):
        rfc = None
    if rfc is not None:
        return _safe_date(rfc[0], rfc[1], rfc[2])
    for fmt in _FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    if not any(ch.isdigit() for ch in value):
        return None
    return _dateparser(value)


_FIXED_BASE = datetime(2000, 1, 1)


def _dateparser(value: str) -> date | None:
    import dateparser  # slow to import; only unusual spellings reach this point

    try:
        parsed = dateparser.parse(
            value,
            languages=["en"],
            # strict parsing needs day, month and year, so the base never decides the result;
            # it is fixed so that nothing here can depend on the clock
            settings={
                "STRICT_PARSING": True,
                "RETURN_AS_TIMEZONE_AWARE": False,
                "RELATIVE_BASE": _FIXED_BASE,
            },
        )
    except Exception:  # a third-party parser on arbitrary input: any failure means "no date"
        return None
    return parsed.date() if parsed else None
