"""An event's date: the temporal expression attached to its cue, else what the story implies.

GDELT-style databases date every event by its article, which is how a visit "since 2000" ends
up in 2024. Here the date comes from the text first, and the article's own date stands in only
where the text puts the event in the story's present. The rules, in order (the schema: "the day
the event happened if the text fixes it ... else YYYY-MM or YYYY, else null"):

0. A visit's host paired with a day. "meetings in Zimbabwe on Jan. 11, in Rwanda on Jan. 12":
   each stop of a tour takes the day written beside it. In the cue's sentence the host's day
   replaces a day the other rules took from beside another state; elsewhere in the article
   it dates a visit the other rules leave undated. The coder maps places to states.
1. Relative offsets. "a day after he signed the treaty", "six weeks after his trip to Moscow":
   the cue's event lies that long before (after: "a week before the summit") the clause's own
   day, else the story's day. Days give a day; weeks, months and years their coarser unit.
2. Anaphoric days. "earlier in the day", "later that day", "the same day": the last day named
   before the phrase (the narrative's day), else the story's day.
3. Attached timex: the nearest one in the cue's clause, else in the sentence within reach; a
   timex that opens the sentence ("On Saturday, ...") covers all of it. Filters by status:
   - planned: the event lies ahead, so a day on or before the publication day dates the
     announcement ("on Friday threatened sanctions"), not the plan; a bare weekday the resolver
     put in the past means the coming one ("a summit that starts on Wednesday");
   - reversed: a year that names the agreement or measure ("the 2015 climate agreement") is
     not the year it was left, nor is the date the cancelled plan had ("a visit planned for
     April has been deferred"); a modal after the timex does not block it (the withdrawal is
     dated by its announcement: "said on Thursday he will withdraw");
   - actual: a modal between a timex and a later cue means the timex dates the reporting verb
     ("said Wednesday it would impose"); a future timex is a last resort, unless the act is
     told in the progressive, which also tells a scheduled future ("is making a state visit
     in July": the coder then makes it planned).
   ", and then" starts the next step of a sequence, and a new clause ("attend the summit on
   May 19-21, and then travel to Sydney later this month").
   A "where" clause goes on at the cue's place, so it is the cue's clause ("heads to Warsaw,
   where he is scheduled to meet the president and give a speech on Tuesday").
   A bare month or weekday in a clause that narrates the act in the past (rule 5's test) lies
   before publication whatever tense the resolver saw ("had eased the sanctions in January").
   A timex after "since", "until" or "through" bounds the phrase it sits in ("the visit, which
   runs through Wednesday, ..."), not a cue beyond a comma.
   A week ("next week") narrows to the earliest day the article names in that week (articles
   name the day elsewhere: "talks on Oct 27"), else to its month if it lies in one.
4. The story's present. An actual or reversed event told in the present perfect or progressive
   ("has signed", "has been cancelled", "is visiting") is of the day: the day the next
   sentence names when it refers back to the act ("... has lifted the sanctions. The decision
   was taken on Saturday."), else the dateline's date, else, for a reversal (a decision
   reported as taken), the publication day, else the publication month (the text puts the
   act "now", not on a day).
5. The narrated day. An actual or reversed event narrated by its own verb in the past, without
   a date of its own ("Trump hosted the ministers for the ceremony", "arrived here on a state
   visit", "also lifted sanctions on Guinea") happened on the day the story last named,
   within the week up to publication; in the lead (the first lines after the dateline) the
   dateline's date or the publication date stands in when no day was named. Not narrated:
   headlines and lines without a final stop, clauses whose verb is not the act ("supported
   EU sanctions"), clauses with a present or modal auxiliary, negated acts ("had not yet
   signed"), vague references ("recently signed") and states ("under a UN sanctions
   regime").
6. A scheduled journey. A planned visit stated as on the schedule ("will also visit Brunei",
   "is due to travel on to Qatar") with no date of its own lies within the publication year;
   invitations, intentions and threats stay undated.
7. A month of publication. Where the header gives only the month (" date 2021-02"), an actual
   or reversed act dated by a weekday in its clause, told as of the day, or narrated in the
   lead is of that month.
Where the publication date is unknown, the date printed on the page (`reference_date`) stands
in; where neither is known, nothing is guessed (but for rule 7's month). The source says
which rule spoke: text, dateline or publication.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from pipelines.temporal.model import Dateline, EventDate, TemporalAnalysis, Timex

_CLAUSE_BOUNDARY_RE = re.compile(
    r"[;:\u2014]|\s-\s|,\s+\w+ing\b|,\s+(?:which|who|whom|while|but|although|though|when|after|before|as|"
    r"and\s+(?:the|a|an|he|she|it|they|we|then))\b"
)
# The text says the event is of the day: "has signed", "have agreed", "is visiting", "has been
# cancelled". Only verbs of the act itself: "has triggered sanctions" says nothing about when.
_OF_THE_DAY_RE = re.compile(
    r"(?i)\b(?:has|have|is|are)\s+(?:been\s+)?(?:now\s+|just\s+|formally\s+|finally\s+|"
    r"officially\s+|also\s+|today\s+)?(?:(?:sign|ink|seal|conclud|ratifi|agre|impos|slapp|extend|"
    r"lift|eas|waiv|tighten|arriv|visit|land|reach|launch|announc|adopt|approv|renew|suspend|"
    r"cancel|postpon|deferr?|call|withdr|expand)(?:l?ed|l?ing|e|s)?|met|meeting|paying|made|begun|left|"
    r"struck|withdrawn|taken)\b"
)
# The present progressive of the act: "is making a visit", "are visiting", "is paying".
_PROGRESSIVE_RE = re.compile(r"(?i)\b(?:is|are)\s+(?:\w+ly\s+)?\w+ing\b")
# A modal or infinitive between a timex and a later cue: the timex dates the reporting verb
# ("said Wednesday it would impose"), not the event.
_MODAL_GAP_RE = re.compile(
    r"(?i)\b(?:would|will|shall|'ll|plans?\s+to|intends?\s+to|is\s+to|are\s+to)\b"
)
_SINCE_RE = re.compile(r"(?i)\b(?:since|until|till|through)\s+$")
# What may stand between a sentence's start and a timex that opens it ("On Saturday, ...").
_OPENING_RE = re.compile(
    r"(?i)[\s\"'\u201c\u2018(]*(?:(?:on|in|at|by|late|early|earlier|later|last|next|this)\s+)?"
)
# A year that names an agreement or a measure: "the landmark 2015 global agreement".
_NAMING_YEAR_BEFORE_RE = re.compile(r"(?i)\b(?:the|its|their|his|her|this|that|landmark)\s+$")
_NAMING_YEAR_AFTER_RE = re.compile(
    r"(?i)(?:[\s-]+[a-z][a-z-]*){0,2}?\s+(?:agreements?|accords?|deal|treaty|pact|"
    r"sanctions|embargo|convention|protocol)\b"
)
# The date a cancelled plan had: "a visit planned for April", "due to begin this weekend".
_PLAN_DATE_RE = re.compile(
    r"(?i)\b(?:planned|scheduled|slated|set|due|expected)\s+(?:to\s+(?:begin|start|take\s+place)\s+"
    r"|for\s+)(?:on\s+|in\s+)?$"
)
# "a day after <cue>", "six weeks before <cue>": the duration timex ends where this starts.
_OFFSET_RE = re.compile(r"(?i)\s+(after|before)\b")
_DURATION_RE = re.compile(r"P(\d+)([DWMY])$")
# Phrases that put the event on the day the narrative last named.
_SAME_DAY_RE = re.compile(
    r"(?i)\b(?:earlier|later)\s+(?:in\s+the|that|the\s+same)\s+day\b|\b(?:that|the)\s+same\s+day\b"
    r"|\bon\s+that\s+day\b"
)
_WEEKDAY_TEXT_RE = re.compile(r"(?i)(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.ASCII)
_MONTH_TEXT_RE = re.compile(
    r"(?i)(?:in\s+|early\s+|late\s+)?(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
)
# A present or modal auxiliary: the clause reports a state, the present or a prospect, not a
# narrated day.
_PRESENT_AUX_RE = re.compile(r"(?i)\b(?:has|have|is|are|am|says|say|will|would|may|might)\b")
# The act itself, in the past: the verbs that carry a visit, a treaty or sanctions.
_ACT_PAST_RE = re.compile(
    r"(?i)\b(?:(?:sign|ink|seal|conclud|ratifi|agre|impos|slapp|extend|lift|eas|waiv|tighten|"
    r"arriv|visit|land|reach|host|welcom|receiv|travel|tour|launch|announc|adopt|approv|renew|"
    r"suspend|cancel|postpon|deferr|call|withdr|expand|unveil|witness|freez|bann|blacklist|sanction|"
    r"designat|target|revok|resum|restor)(?:l?ed|d)|met|held|flew|went|came|left|made|paid|"
    r"struck|took|put|froze|withdrew|began|undertook|oversaw)\b"
)
# "under a UN sanctions regime": a state the actor is in, not an act of some day.
_STATE_RE = re.compile(r"(?i)\bunder\s+(?:[\w-]+\s+){0,4}$")
# A negated or not-yet act has no day ("had not yet signed it").
_NEGATION_RE = re.compile(r"(?i)\b(?:not|never|yet)\b|n't\b")
_SENTENCE_END = ".!?\"'\u201d\u2019)"
# How far (characters) a timex in another clause of the sentence may be from the cue.
OTHER_CLAUSE_REACH = 80
# How far (characters) after the body's start (after the dateline) the lead's rule holds.
LEAD_REACH = 600
# A journey that is the subject of a present perfect ("his Poland visit has been special", "the
# trip has proved a success"): judged as just made, so it is of the story's present.
_JOURNEY_NOUNS = frozenset(["visit", "trip", "tour"])
_JOURNEY_JUDGED_RE = re.compile(r"(?i)\s+(?:so\s+far\s+)?has\s+(?:been|proved|proven)\b")
# A sentence whose subject refers back to the act just told: "The decision was taken ...".
_REFERS_BACK_RE = re.compile(
    r"\s*(?:[\"\u201c]\s*)?((?i:the|this|that|its|their)\s+(?:[\w-]+\s+)?(?:decision|move|"
    r"announcement|step|measures?|deal|agreement|accord|pact|treaty|sanctions|lifting|signing|"
    r"visit|trip|embargo|ban)\b)"
)
# A journey stated as scheduled: "will also visit", "is due to travel", "is scheduled to fly".
_SCHEDULED_TRIP_RE = re.compile(
    r"(?i)\b(?:will|(?:is|are)\s+(?:due|scheduled|set)\s+to)\s+(?:also\s+|then\s+|later\s+)?"
    r"(?:visit|travel|go|head|fly|stop)\b"
)
# "in <Place> on" or "to <Place> on" right before a day.
_PLACE_BEFORE_DAY_RE = re.compile(
    r"\b(?:in|to)\s+((?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+(?:and\s+|of\s+|de\s+)?"
    r"[A-Z][\w'\u2019.-]*){0,4})\s+on\s+$"
)
# How far (characters) past its sentence a present-perfect lead looks for its day.
NEXT_SENTENCE_REACH = 300
# How many days before publication the narrative's day may lie.
STORY_DAYS = 7
_WEEK_RE = re.compile(r"(\d{4})-W(\d\d)$")
_DAY_VALUE_RE = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")
_FULL_DAY_RE = re.compile(r"\d{4}-\d\d-\d\d")
_QUARTER_OR_SEASON_RE = re.compile(r"(\d{4})-(?:Q\d|H\d|SP|SU|FA|WI)$")


def _week_days(v: str) -> tuple[date, date] | None:
    w = _WEEK_RE.match(v)
    if not w:
        return None
    try:
        first = date.fromisocalendar(int(w.group(1)), int(w.group(2)), 1)
    except ValueError:
        return None
    return first, first + timedelta(days=6)


def _date_of(t: Timex) -> tuple[str, str] | None:
    """(value, precision) an event can carry from this timex, or None (durations, sets, refs
    and decades do not date an event; a week only if it lies in one month)."""
    if t.type not in ("DATE", "TIME"):
        return None
    v = t.value
    week = _week_days(v)
    if week is not None:  # a week inside one month dates to that month
        first, last = week
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


def _day_of(t: Timex) -> date | None:
    """The calendar day a DATE or TIME timex names, if it names one."""
    if t.type not in ("DATE", "TIME") or not _FULL_DAY_RE.match(t.value):
        return None
    try:
        return date.fromisoformat(t.value[:10])
    except ValueError:
        return None


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


def _in_dateline(t: Timex, dl: Dateline | None) -> bool:
    return dl is not None and t.start < dl.end and t.end > dl.start


def _narrowed_week(
    t: Timex, analysis: TemporalAnalysis, status: str, anchor: date | None
) -> tuple[str, str] | None:
    """The earliest day the article names inside the week of `t` (for a planned event, only
    days after publication), or None."""
    week = _week_days(t.value)
    if week is None:
        return None
    days = [
        d
        for x in analysis.timexes
        if (d := _day_of(x)) is not None
        and week[0] <= d <= week[1]
        and not (status == "planned" and anchor is not None and d <= anchor)
    ]
    return (min(days).isoformat(), "day") if days else None


def _for_past(t: Timex, dated: tuple[str, str], anchor: date | None) -> tuple[str, str]:
    """A bare month or weekday in a clause that narrates the act in the past lies before
    publication, whatever tense the resolver saw ("had eased the sanctions in January", in an
    October article, is last January)."""
    value, precision = dated
    if anchor is None or value <= anchor.isoformat()[: len(value)]:
        return dated
    bare = t.text.strip()
    if precision == "month" and _MONTH_TEXT_RE.fullmatch(bare):
        return f"{int(value[:4]) - 1:04d}{value[4:]}", "month"
    if precision == "day" and _WEEKDAY_TEXT_RE.fullmatch(bare):
        return (date.fromisoformat(value) - timedelta(days=7)).isoformat(), "day"
    return dated


def _for_planned(
    t: Timex, dated: tuple[str, str], anchor: date | None, same_clause: bool
) -> tuple[str, str] | None:
    """What a timex can say about a planned event: only a date after publication (at the
    value's precision; a day equal to it dates the announcement). A bare weekday in the cue's
    own clause resolved into the past means the coming one ("a summit that starts on
    Wednesday"); in another clause it is another, past event ("after lawmakers voted on
    Sunday")."""
    if anchor is None:
        return dated
    value, precision = dated
    pub = anchor.isoformat()
    if precision != "day":
        return dated if value >= pub[: len(value)] else None
    if value > pub:
        return dated
    if same_clause and value < pub and _WEEKDAY_TEXT_RE.fullmatch(t.text.strip()):
        coming = date.fromisoformat(value) + timedelta(days=7)
        if coming > anchor:
            return coming.isoformat(), "day"
    return None


def _names_the_thing(text: str, t: Timex) -> bool:
    """A year used as the name of an agreement or measure ("the 2015 accord")."""
    if not re.fullmatch(r"\d{4}", t.value):
        return False
    before = text[max(0, t.start - 12) : t.start]
    return (
        _NAMING_YEAR_BEFORE_RE.search(before) is not None
        and _NAMING_YEAR_AFTER_RE.match(text, t.end) is not None
    )


def _not_the_reversal(text: str, t: Timex) -> bool:
    """A year naming the agreement left, or the date the cancelled plan had."""
    plan = _PLAN_DATE_RE.search(text, max(0, t.start - 30), t.start)
    return plan is not None or _names_the_thing(text, t)


def _shift(day: date, n: int, unit: str, sign: int) -> tuple[str, str]:
    """`day` moved by n units (sign -1: back), at the precision the unit supports."""
    if unit == "D" or (unit == "W" and n == 1):
        return (day + timedelta(days=sign * n * (7 if unit == "W" else 1))).isoformat(), "day"
    if unit == "W":
        return (day + timedelta(days=sign * 7 * n)).strftime("%Y-%m"), "month"
    if unit == "M":
        months = day.year * 12 + day.month - 1 + sign * n
        return f"{months // 12:04d}-{months % 12 + 1:02d}", "month"
    return f"{day.year + sign * n:04d}", "year"


def _story_day(
    analysis: TemporalAnalysis, before: int, anchor: date | None, dl: Dateline | None
) -> tuple[date, str] | None:
    """The day the narrative is on at offset `before`, with its source: the last day named
    before it within the week up to publication, else the dateline's date, else the
    publication (or page) date. Without a publication or page date the story's week is
    unknown, and only the dateline can say."""
    last = None
    for t in analysis.timexes if anchor is not None else ():
        if t.end > before:
            break
        d = None if _in_dateline(t, dl) else _day_of(t)
        if d is not None and anchor - timedelta(days=STORY_DAYS) <= d <= anchor:
            last = d
    if last is not None:
        return last, "text"
    if dl is not None and dl.date is not None:
        return dl.date, "dateline"
    return (anchor, "publication") if anchor is not None else None


def _offset_date(
    analysis: TemporalAnalysis,
    text: str,
    sent_start: int,
    sent_end: int,
    cue_start: int,
    anchor: date | None,
) -> tuple[str, str] | None:
    """Rule 1: "<duration> after|before <cue>" measured from the clause's day."""
    for t in analysis.timexes:
        if t.end <= sent_start or t.start >= sent_end or t.type != "DURATION":
            continue
        m = _DURATION_RE.match(t.value)
        rel = _OFFSET_RE.match(text, t.end)
        if m is None or rel is None or not (rel.end() <= cue_start <= rel.end() + 60):
            continue
        if _boundary_between(text, rel.end(), cue_start) or any(
            rel.end() <= x.start < cue_start and _date_of(x) for x in analysis.timexes
        ):
            continue  # another clause, or the phrase dates itself ("two years after the 2015 deal")
        days = [
            (abs(t.start - x.end), d)
            for x in analysis.timexes
            if sent_start <= x.start < sent_end
            and not (t.start <= x.start < cue_start)
            and (d := _day_of(x)) is not None
        ]
        story = _story_day(analysis, t.start, anchor, analysis.dateline)
        base = min(days)[1] if days else story[0] if story else None
        if base is None:
            return None
        sign = -1 if rel.group(1).lower() == "after" else 1
        return _shift(base, int(m.group(1)), m.group(2), sign)
    return None


def _same_day(
    analysis: TemporalAnalysis, text: str, sent_start: int, sent_end: int, anchor: date | None
) -> date | None:
    """Rule 2: the day an "earlier in the day" phrase of the sentence refers to."""
    m = _SAME_DAY_RE.search(text, sent_start, sent_end)
    if m is None:
        return None
    last = None
    for t in analysis.timexes:
        if t.end > m.start():
            break
        last = _day_of(t) or last
    return last or anchor


def resolve_event_date(
    analysis: TemporalAnalysis,
    text: str,
    sent_start: int,
    sent_end: int,
    cue_start: int,
    cue_end: int,
    status: str,
    host: str | None = None,
    place_code: Callable[[str], str | None] | None = None,
) -> EventDate:
    """The date of the event whose cue is text[cue_start:cue_end] in the sentence
    text[sent_start:sent_end], by the rules of the module docstring. For a visit, `host` is
    the host's code and `place_code` maps a place as written to its state's code (rule 0)."""
    anchor = analysis.publication_date or analysis.reference_date
    found = _from_text(analysis, text, sent_start, sent_end, cue_start, cue_end, status, anchor)
    if found.source == "none" and anchor is None and analysis.publication_month:
        found = _in_publication_month(
            analysis, text, sent_start, sent_end, cue_start, cue_end, status
        )
    if host is None or place_code is None:
        return found
    pairs = [
        (at, day, place_code(place))
        for at, day, place in _place_days(analysis, text, status, anchor)
    ]
    here = [(day, code) for at, day, code in pairs if sent_start <= at < sent_end]
    own = [day for day, code in here if code == host]
    if own and found.value in {day for day, code in here if code not in (None, host)}:
        return EventDate(own[0], "day", "text")  # it took the day beside another stop
    anywhere = [day for _, day, code in pairs if code == host]
    if found.source == "none" and anywhere:
        return EventDate(anywhere[0], "day", "text")
    return found


def _from_text(
    analysis: TemporalAnalysis,
    text: str,
    sent_start: int,
    sent_end: int,
    cue_start: int,
    cue_end: int,
    status: str,
    anchor: date | None,
) -> EventDate:
    """Rules 1 to 6 (the module docstring)."""
    pub = anchor.isoformat() if anchor else None
    dl = analysis.dateline
    shifted = _offset_date(analysis, text, sent_start, sent_end, cue_start, anchor)
    if shifted is not None:
        return EventDate(shifted[0], shifted[1], "text")
    # "is making a state visit ... in July": the progressive also tells a scheduled future
    lo, hi = _clause(text, sent_start, sent_end, cue_start, cue_end)
    scheduled = _PROGRESSIVE_RE.search(text, lo, hi) is not None
    told_past = not scheduled and _narrated(text, sent_start, sent_end, cue_start, cue_end)
    same = _same_day(analysis, text, sent_start, sent_end, anchor)
    if same is not None:
        return EventDate(same.isoformat(), "day", "text")
    best: tuple[tuple[int, int, int], str, str] | None = None
    for t in analysis.timexes:
        if t.end <= sent_start or t.start >= sent_end or _in_dateline(t, dl):
            continue  # the dateline's date is a fallback, not an attachment
        dated = _narrowed_week(t, analysis, status, anchor) or _date_of(t)
        if dated is None or (status == "reversed" and _not_the_reversal(text, t)):
            continue
        opening = (
            _OPENING_RE.fullmatch(text, sent_start, t.start) is not None
            and text[t.end : t.end + 1] == ","
        )
        if t.start >= cue_end:
            gap = text[cue_end : t.start]
            other_clause = _boundary_between(text, cue_end, t.start)
            distance = t.start - cue_end
        else:
            gap = text[t.end : cue_start]
            other_clause = _boundary_between(text, t.end, cue_start) and not opening
            distance = max(0, cue_start - t.end)
            if status == "actual" and _MODAL_GAP_RE.search(gap):
                continue
        if other_clause and distance > OTHER_CLAUSE_REACH:
            continue
        if status == "planned":
            dated = _for_planned(t, dated, anchor, not other_clause)
            if dated is None:
                continue
        elif told_past and not other_clause:
            dated = _for_past(t, dated, anchor)
        if "," in gap and _SINCE_RE.search(text, max(0, t.start - 8), t.start):
            continue  # "since 2000" belongs to the phrase it sits in
        disagrees = _disagrees(dated[0], status, pub) and not (
            status == "actual" and scheduled and dated[0] > (pub or "")
        )
        rank = (int(other_clause), int(disagrees), distance)
        if best is None or rank < best[0]:
            best = (rank, *dated)
    if best is not None:
        return EventDate(best[1], best[2], "text")
    if status in ("actual", "reversed") and _said_of_the_day(
        text, sent_start, sent_end, cue_start, cue_end
    ):
        told = _day_told_next(analysis, text, sent_end, anchor)
        if told is not None:
            return EventDate(told.isoformat(), "day", "text")
        if dl is not None and dl.date is not None:
            return EventDate(dl.date.isoformat(), "day", "dateline")
        if anchor is not None and status == "reversed":
            # a decision reported as done is the news of the day
            return EventDate(pub, "day", "publication")
        if anchor is not None:
            # the text puts it "now", not on a day: the publication month is what is known
            return EventDate(pub[:7], "month", "publication")
    if (
        status in ("actual", "reversed")
        and _narrated(text, sent_start, sent_end, cue_start, cue_end)
        and not _vague(analysis, *_clause(text, sent_start, sent_end, cue_start, cue_end, None))
    ):
        story = _story_day(analysis, cue_start, anchor, dl)
        if story is not None and (story[1] == "text" or _in_lead(analysis, sent_start)):
            return EventDate(story[0].isoformat(), "day", story[1])
    if (
        status == "planned"
        and anchor is not None
        and _SCHEDULED_TRIP_RE.search(
            text, max(sent_start, cue_start - 40), min(sent_end, cue_end + 20)
        )
    ):
        # a journey on the schedule, not an invitation or a wish: within the year
        return EventDate(pub[:4], "year", "publication")
    return EventDate(None, "none", "none")


def _in_publication_month(
    analysis: TemporalAnalysis,
    text: str,
    sent_start: int,
    sent_end: int,
    cue_start: int,
    cue_end: int,
    status: str,
) -> EventDate:
    """Rule 7: only the month of publication is known. An actual or reversed act dated by a
    weekday or "yesterday" in its clause ("on Thursday slapped sanctions"), told as of the
    day, or narrated in the lead happened in that month (a weekday can only be resolved
    against a day, so the month is what is known); other events stay undated."""
    month = analysis.publication_month or ""
    if status not in ("actual", "reversed"):
        return EventDate(None, "none", "none")
    lo, hi = _clause(text, sent_start, sent_end, cue_start, cue_end)
    relative_day = any(
        lo <= t.start < hi and t.type == "DATE" and t.value.startswith("XXXX-WXX")
        for t in analysis.timexes
    )
    of_the_day = _said_of_the_day(text, sent_start, sent_end, cue_start, cue_end)
    narrated_lead = _in_lead(analysis, sent_start) and _narrated(
        text, sent_start, sent_end, cue_start, cue_end
    )
    if relative_day or of_the_day or narrated_lead:
        return EventDate(month, "month", "publication")
    return EventDate(None, "none", "none")


def _place_days(
    analysis: TemporalAnalysis, text: str, status: str, anchor: date | None
) -> list[tuple[int, str, str]]:
    """(offset, ISO day, place as written) for each place the text pairs with a day ("meetings
    in Rwanda on Jan. 12", "travel on to Qatar on Wednesday"). Planned stops take only days
    after publication, actual ones days up to it."""
    out = []
    for t in analysis.timexes:
        d = _day_of(t)
        if d is None or (anchor is not None and (d > anchor) != (status == "planned")):
            continue
        m = _PLACE_BEFORE_DAY_RE.search(text, max(0, t.start - 60), t.start)
        if m is not None:
            out.append((t.start, d.isoformat(), m.group(1)))
    return out


def _in_lead(analysis: TemporalAnalysis, sent_start: int) -> bool:
    """Whether a sentence is among the story's first lines (after the dateline)."""
    start = analysis.body_start
    dl = analysis.dateline
    if dl is not None and dl.end > start:
        start = dl.end
    return sent_start - start <= LEAD_REACH


def _vague(analysis: TemporalAnalysis, lo: int, hi: int) -> bool:
    """Whether the span holds a vague reference ("recently", "currently"): the text says it
    will not name the day."""
    return any(lo <= t.start < hi and t.value.endswith("_REF") for t in analysis.timexes)


def _narrated(text: str, sent_start: int, sent_end: int, cue_start: int, cue_end: int) -> bool:
    """Whether the cue's clause narrates: a full sentence (a headline or a line without a
    final stop reports, it does not narrate) whose verb is the act itself in the past ("signed",
    "hosted", "arrived": "supported EU sanctions" and "said the sanctions ..." are not the
    act), with no present or modal auxiliary ("has welcomed", "is mirroring" say nothing
    about a day)."""
    body = text[sent_start:sent_end].rstrip()
    if not body or body[-1] not in _SENTENCE_END:
        return False
    lo, hi = _clause(text, sent_start, sent_end, cue_start, cue_end, reach=None)
    if _STATE_RE.search(text[max(lo, cue_start - 40) : cue_start]):
        return False
    if _ACT_PAST_RE.search(text, lo, hi) is None:
        return False
    return _PRESENT_AUX_RE.search(text, lo, hi) is None and not _NEGATION_RE.search(text, lo, hi)


def _clause(
    text: str, sent_start: int, sent_end: int, cue_start: int, cue_end: int, reach: int | None = 60
) -> tuple[int, int]:
    """The span of the cue's clause (at most `reach` characters either side of the cue)."""
    lo, hi = sent_start, sent_end
    for b in _CLAUSE_BOUNDARY_RE.finditer(text, sent_start, cue_start):
        lo = b.end()
    after = _CLAUSE_BOUNDARY_RE.search(text, cue_end, sent_end)
    if after:
        hi = after.start()
    if reach is None:
        return lo, hi
    return max(lo, cue_start - reach), min(hi, cue_end + reach)


def _day_told_next(
    analysis: TemporalAnalysis, text: str, sent_end: int, anchor: date | None
) -> date | None:
    """The day named by the next sentence when it refers back to the act ("X has lifted the
    sanctions. The decision was taken on Saturday."), within the week up to publication."""
    nxt = _REFERS_BACK_RE.match(text, sent_end)
    if anchor is None or nxt is None:
        return None
    stop = text.find(". ", nxt.end())
    hi = min(stop if stop >= 0 else len(text), sent_end + NEXT_SENTENCE_REACH)
    days = [t for t in analysis.timexes if nxt.start(1) <= t.start < hi]
    if any(t.value.endswith("_REF") for t in days):
        return None  # "was recently signed": the text will not name the day
    for t in days:
        d = _day_of(t)
        if d is not None and anchor - timedelta(days=STORY_DAYS) <= d <= anchor:
            return d
    return None


def _said_of_the_day(
    text: str, sent_start: int, sent_end: int, cue_start: int, cue_end: int
) -> bool:
    """Whether the clause of the cue puts the event in the present (present perfect,
    progressive; a journey judged in the present perfect: "his visit has been special")."""
    lo, hi = _clause(text, sent_start, sent_end, cue_start, cue_end)
    if (
        text[cue_start:cue_end].lower() in _JOURNEY_NOUNS
        and _JOURNEY_JUDGED_RE.match(text, cue_end) is not None
    ):
        return True
    return _OF_THE_DAY_RE.search(text, lo, hi) is not None
