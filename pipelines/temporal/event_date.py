"""An event's date: the temporal expression attached to its cue, else an honest none.

GDELT-style databases date every event by its article, which is how a visit "since 2000" ends
up in 2024. Here the date comes from a timex in the same clause as the cue (else the same
sentence), preferring one whose direction agrees with the status (a planned visit is not dated
last Monday). Only when the text itself says the event is of the day (present perfect, "is
visiting") does the publication date (or the dateline's) stand in, and the source says so.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipelines.temporal.model import EventDate, TemporalAnalysis, Timex

_CLAUSE_BOUNDARY_RE = re.compile(
    r"[;:\u2014]|\s-\s|,\s+\w+ing\b|,\s+(?:which|who|whom|while|but|although|though|when|after|before|as|"
    r"and\s+(?:the|a|an|he|she|it|they|we)|where)\b"
)
# The text says the event is of the day: "has signed", "have agreed", "is visiting".
# Only verbs of the act itself: "has triggered sanctions" says nothing about when they came.
_OF_THE_DAY_RE = re.compile(
    r"(?i)\b(?:has|have|is|are)\s+(?:now\s+|just\s+|formally\s+|finally\s+|officially\s+|"
    r"also\s+|today\s+)?(?:(?:sign|ink|seal|conclud|ratifi|agre|impos|slapp|extend|lift|eas|"
    r"waiv|tighten|arriv|visit|land|reach|launch|announc|adopt|approv|renew|suspend|cancel|"
    r"postpon|call|withdr|expand)(?:ed|ing|e|s)?|met|meeting|paying|made|begun|left|struck|"
    r"withdrawn|taken)\b"
)
# A modal or infinitive between a timex and a later cue: the timex dates the reporting verb
# ("said Wednesday it would impose"), not the event.
_MODAL_GAP_RE = re.compile(
    r"(?i)\b(?:would|will|shall|'ll|plans?\s+to|intends?\s+to|is\s+to|are\s+to)\b"
)
_SINCE_RE = re.compile(r"(?i)\b(?:since|until|till)\s+$")
# How far (characters) a timex in another clause of the sentence may be from the cue.
OTHER_CLAUSE_REACH = 80
_WEEK_RE = re.compile(r"(\d{4})-W(\d\d)$")
_DAY_VALUE_RE = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")
_QUARTER_OR_SEASON_RE = re.compile(r"(\d{4})-(?:Q\d|H\d|SP|SU|FA|WI)$")


def _date_of(t: Timex) -> tuple[str, str] | None:
    """(value, precision) an event can carry from this timex, or None (durations, sets, refs,
    weeks and decades do not date an event)."""
    if t.type not in ("DATE", "TIME"):
        return None
    v = t.value
    w = _WEEK_RE.match(v)
    if w:  # a week inside one month dates to that month
        try:
            first = date.fromisocalendar(int(w.group(1)), int(w.group(2)), 1)
        except ValueError:
            return None
        last = first + timedelta(days=6)
        return (first.strftime("%Y-%m"), "month") if first.month == last.month else None
    q = _QUARTER_OR_SEASON_RE.match(v)
    if q:
        return q.group(1), "year"
    m = _DAY_VALUE_RE.match(v)
    if m is None or (m.end() < len(v) and v[m.end()] not in "T"):
        return None
    y, mo, d = m.groups()
    if d:
        return f"{y}-{mo}-{d}", "day"
    if mo:
        return f"{y}-{mo}", "month"
    return y, "year"


def _boundary_between(text: str, a: int, b: int) -> bool:
    return a < b and _CLAUSE_BOUNDARY_RE.search(text, a, b) is not None


def _disagrees(value: str, status: str, pub: str | None) -> bool:
    """A planned event dated in the past, or an actual one in the future (at the value's
    precision)."""
    if pub is None:
        return False
    here = pub[: len(value)]
    if status == "planned":
        return value < here
    if status == "actual":
        return value > here
    return False


def resolve_event_date(
    analysis: TemporalAnalysis,
    text: str,
    sent_start: int,
    sent_end: int,
    cue_start: int,
    cue_end: int,
    status: str,
) -> EventDate:
    """The date of the event whose cue is text[cue_start:cue_end] in the sentence
    text[sent_start:sent_end]: nearest timex in the same clause, then the sentence."""
    anchor = analysis.publication_date or analysis.reference_date
    pub = anchor.isoformat() if anchor else None
    dl = analysis.dateline
    best: tuple[tuple[int, int, int], str, str] | None = None
    for t in analysis.timexes:
        if t.end <= sent_start or t.start >= sent_end:
            continue
        if dl is not None and t.start < dl.end and t.end > dl.start:
            continue  # the dateline's date is a fallback, not an attachment
        dated = _date_of(t)
        if dated is None:
            continue
        if t.start >= cue_end:
            gap = text[cue_end : t.start]
            other_clause = _boundary_between(text, cue_end, t.start)
            distance = t.start - cue_end
        else:
            gap = text[t.end : cue_start]
            other_clause = _boundary_between(text, t.end, cue_start)
            distance = max(0, cue_start - t.end)
            if _MODAL_GAP_RE.search(gap):
                continue
        if other_clause and distance > OTHER_CLAUSE_REACH:
            continue
        if "," in gap and _SINCE_RE.search(text, max(0, t.start - 8), t.start):
            continue  # "since 2000" belongs to the phrase it sits in
        rank = (int(other_clause), int(_disagrees(dated[0], status, pub)), distance)
        if best is None or rank < best[0]:
            best = (rank, *dated)
    if best is not None:
        return EventDate(best[1], best[2], "text")
    if status == "actual" and _said_of_the_day(text, sent_start, sent_end, cue_start, cue_end):
        if dl is not None and dl.date is not None:
            return EventDate(dl.date.isoformat(), "day", "dateline")
        if analysis.publication_date is not None:
            # the text puts it "now", not on a day: the publication month is what is known
            return EventDate(analysis.publication_date.isoformat()[:7], "month", "publication")
    return EventDate(None, "none", "none")


def _said_of_the_day(
    text: str, sent_start: int, sent_end: int, cue_start: int, cue_end: int
) -> bool:
    """Whether the clause of the cue puts the event in the present (present perfect,
    progressive): the only case where the article's own date may stand in."""
    lo, hi = sent_start, sent_end
    for b in _CLAUSE_BOUNDARY_RE.finditer(text, sent_start, cue_start):
        lo = b.end()
    after = _CLAUSE_BOUNDARY_RE.search(text, cue_end, sent_end)
    if after:
        hi = after.start()
    window = text[max(lo, cue_start - 60) : min(hi, cue_end + 60)]
    return _OF_THE_DAY_RE.search(window) is not None
