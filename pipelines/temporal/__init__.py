"""Publication dates, datelines, temporal expressions and event dates (no Dagster import).

`analyse_article` is the one pass over an article that everything downstream (the coder, the
assets, `geoevents extract`) relies on; `resolve_event_date` turns an event cue into a dated
event using that analysis.
"""

from __future__ import annotations

import re
from datetime import date

from pipelines.temporal.dateline import find_dateline
from pipelines.temporal.event_date import resolve_event_date
from pipelines.temporal.header import checked_date, checked_month, parse_header
from pipelines.temporal.model import Dateline, EventDate, TemporalAnalysis, Timex
from pipelines.temporal.timex import MAX_SCAN_CHARS, find_timexes

# Words that share a line with a page's date: labels, times of day, agency names.
_DATE_LINE_WORDS_RE = re.compile(
    r"(?i)\b(?:published|updated|posted|last\s+modified|date|on|at|by|am|pm|gmt|utc|ist|est|"
    r"edt|bst)\b|\d{1,2}:\d\d(?::\d\d)?|[|:,\-]"
)
# How far into an undated page its date line may sit (after menus and the headline).
PAGE_DATE_REACH = 600
# A clock time right after a full date ("2018-12-21 00:08:29", "3 March 2021, 10:15"): a
# machine-printed date-time stamp, the page's own date whatever words are glued after it.
_CLOCK_AFTER_RE = re.compile(r"[ \t,T]{1,3}\d{1,2}:\d\d(?::\d\d)?")

__all__ = [
    "Dateline",
    "EventDate",
    "TemporalAnalysis",
    "Timex",
    "analyse_article",
    "resolve_event_date",
]


def _publication(
    raw_header: str | None, published: str | None, flags: list[str]
) -> tuple[date | None, str]:
    """The publication date from the header, else the metadata; refused values are flagged."""
    if raw_header is not None:
        d, why = checked_date(raw_header)
        if d:
            return d, "header"
        flags.append(f"bad_header_date: {raw_header[:40]} ({why})")
    if published:
        d, why = checked_date(str(published))
        if d:
            return d, "metadata"
        flags.append(f"bad_published: {str(published)[:40]} ({why})")
    return None, "none"


def analyse_article(text: str, published: str | None = None) -> TemporalAnalysis:
    """Publication date, dateline and timexes of one raw article. Never raises on bad input:
    what it refuses (a header that is not a date, an empty or oversized text) is in `flags`."""
    flags: list[str] = []
    if not isinstance(text, str):
        text = ""
        flags.append("text_not_a_string")
    if not text.strip():
        flags.append("empty_text")
    elif len(text) > MAX_SCAN_CHARS:
        flags.append(f"text_truncated: scanned {MAX_SCAN_CHARS} of {len(text)} characters")
    elif not any(c.isalpha() for c in text[:2000]):
        flags.append("no_words")
    raw_header, body_start = parse_header(text)
    pub, source = _publication(raw_header, published, flags)
    dateline = find_dateline(text, body_start, pub)
    if pub is None and dateline is not None and dateline.date is not None:
        pub, source = dateline.date, "dateline"
    if dateline is not None and dateline.date is not None and pub is not None:
        gap = abs((dateline.date - pub).days)
        if gap > 2:
            flags.append(f"dateline_date_far_from_publication: {gap} days")
    timexes = find_timexes(text, pub, body_start)
    ref = pub
    if pub is None:
        ref = _date_on_page(text, timexes, body_start)
        if ref is not None:
            flags.append(f"timexes_anchored_on_page_date: {ref.isoformat()}")
            timexes = find_timexes(text, ref, body_start)
            if dateline is not None and dateline.date is None:
                dateline = find_dateline(text, body_start, ref)
    month = None
    if pub is None and raw_header is not None:
        month = checked_month(raw_header)
    return TemporalAnalysis(pub, source, body_start, dateline, timexes, flags, ref, month)


def _date_on_page(text: str, timexes: list[Timex], body_start: int) -> date | None:
    """The first full calendar date near the top of an undated page that stands on a line of
    its own (a date line, "Published: ...") or is stamped with a clock time ("2018-12-21
    00:08:29Xinhua Editor: ..."), not one inside a sentence or photo caption."""
    for t in timexes:
        if t.start - body_start > PAGE_DATE_REACH:
            break
        if t.type != "DATE" or len(t.value) != 10 or not t.value[0].isdigit():
            continue
        line_start = text.rfind("\n", 0, t.start) + 1
        line_end = text.find("\n", t.end)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        rest = _DATE_LINE_WORDS_RE.sub("", line.replace(t.text, ""))
        if len(rest.strip()) <= 30 or _CLOCK_AFTER_RE.match(text, t.end):
            d, _ = checked_date(t.value)
            if d is not None:
                return d
    return None
