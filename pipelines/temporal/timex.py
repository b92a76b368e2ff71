"""Temporal expressions: find candidates with one compiled pattern, resolve each to TIMEX3.

Values are resolved against the anchor (the publication date), in the direction the governing
verb points (tense.py). Without an anchor, relative expressions keep their TIMEX3 placeholder
form (`XXXX-WXX-5`, `PAST_REF`) rather than invent a year. A little document state is kept, as
in financial news "the quarter" and "a year earlier" refer to the last quarter mentioned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from pipelines.temporal.header import MAX_YEAR, MIN_YEAR
from pipelines.temporal.lexicon import (
    MONTHS,
    ORDINAL_DAYS,
    UNITS,
    WEEKDAYS,
    number_value,
    spelled_year,
)
from pipelines.temporal.model import Timex
from pipelines.temporal.patterns import (
    CANDIDATE_RE,
    FAMILY_RES,
    STARTERS,
    WORD_RE,
    anchor_positions,
)
from pipelines.temporal.resolve import (
    iso_week,
    nearest_year_date,
    quarter_of,
    safe_date,
    shift_days,
    shift_months,
    weekday_date,
)
from pipelines.temporal.tense import tense_at

# Texts longer than this are scanned only up to here: no article needs more, and a hostile
# multi-megabyte input must not stall the batch.
MAX_SCAN_CHARS = 200_000
# A month-day nearer than this to the anchor keeps the nearest year whatever the tense: the
# clause's verb is often not the date's ("authorized a split, payable Dec. 7").
TENSE_SHIFT_DAYS = 120
# How far (characters) "a year earlier" may sit from the quarter it compares with.
QUARTER_REACH = 400
# How far before its anchor word a candidate may start ("each of the past three years").
LOOKBACK = 48

# Relative words that count from the narrative's day rather than from the anchor.
_NARRATIVE_REL = {"previous": -1, "preceding": -1, "following": 1}
_PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_SEASON_CODES = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_ORDINALS |= {"fourth": 4, "4th": 4}
_DECADE_WORDS = {
    "twenties": "192",
    "thirties": "193",
    "forties": "194",
    "fifties": "195",
    "sixties": "196",
    "seventies": "197",
    "eighties": "198",
    "nineties": "199",
}
_MAY_CONTEXT_RE = re.compile(
    r"(?i)(?:\b(?:in|since|until|till|by|from|through|to|during|before|after|of|early|late|mid"
    r"|last|next|this|between|and|or)\s*-?)$"
)
_POSSESSIVE_RE = re.compile(r"['\u2019]s\b")
_SINCE_BEFORE_RE = re.compile(r"(?i)\bsince\s+$")
# Nouns after "today's" that make it the present era rather than the day.
_GENERIC_ERA_RE = re.compile(
    r"['\u2019]s\s+(?:(?:young|modern|global|fast-changing|complex)\s+)?(?i:world|youth"
    r"|young\s+people|generations?|society|societies|children|kids|teenagers|students|families"
    r"|parents|consumers|standards|technolog(?:y|ies)|computers|culture|economy|military)\b"
)
# "the people of tomorrow", not "as of today".
_OF_ERA_RE = re.compile(r"(?i)(?<!\bas\s)(?<!\bas)\b(?!as\b)[a-z]+\s+of\s+$")
# A capitalised word just before a capitalised "Today" makes a name ("USA Today", "VOA Today").
_NAME_BEFORE_RE = re.compile(r"\b[A-Z]\w*\s+$")
# Words before a day that make it the reference of another expression (see _compose).
_AROUND_DAY_RE = re.compile(
    r"(?i)\b(?:(?P<week>the\s+week\s+of)|the\s+day\s+(?P<rel>before|after))\s+$"
)
_HOLIDAY_WEEK_RE = re.compile(r"\s+week\b")
_HOLIDAY_NAME_RE = re.compile(r"(?i)easter|christmas|thanksgiving")
_SHARED_PLURAL_PART_RE = re.compile(
    r"\s+(?:and|or)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+"
    r"(?i:(morning|afternoon|evening|night)s)\b"
)
_COORDINATED_DAYS_RE = re.compile(
    r"(\d{1,2}(?:st|nd|rd|th)?)\s+(?:and|or)\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![-/.]\d)"
)
_PRESENT_COPULA_RE = re.compile(r"(?i)\b(?:today\s+is|it\s+is|it['\u2019]s|this\s+is)\s+$")
_ENDED_AFTER_RE = re.compile(r"\s+ended\b")
# A year back from the quarter just named ("the period a year earlier", "... last year").
_YEAR_BACK_RE = re.compile(
    r"\s+(?i:a\s+year\s+(?:ago|earlier|before)|last\s+year|(?:of\s+)?the\s+(?:previous|prior)\s+year)"
    r"(?![\w-])"
)
_PERIOD_END_RE = re.compile(r"\s+(?:ended|ending|that\s+ended|which\s+ended)\b")
_OF_AFTER_RE = re.compile(r"\s+of\b")
_ENDED_RE = re.compile(r"(?i)\bended\s+(?:on\s+)?$")
_YEAR_NOUN_RE = re.compile(
    r"\s*(?i:shares|people|troops|tons|tonnes|barrels|acres|miles|feet|dollars|dlrs|mln|cars"
    r"|units|employees|workers|members|jobs|points|votes|seats|kilometres|kilometers|metres)\b"
)


@dataclass(slots=True)
class _Ctx:
    """What a resolver knows: the text, the span, the anchor and the document's state."""

    text: str
    start: int
    end: int
    anchor: date | None
    last_quarter: tuple[int, int] | None = None
    last_quarter_pos: int = -(10**9)
    # The last quarter named at all, year-ago comparisons included ("that quarter").
    last_any_quarter: tuple[int, int] | None = None
    # The last quarter named that is not itself a year-ago comparison.
    last_named_quarter: tuple[int, int] | None = None
    last_year: int | None = None
    # The last calendar day the text mentioned: "the previous Friday" counts back from it.
    last_day: date | None = None
    # Timexes a resolver found beside its own ("April 24 and 25" yields two).
    pending: list[Timex] = field(default_factory=list)

    def tense(self) -> str | None:
        return tense_at(self.text, self.start, self.end)


# (type, value), or (type, value, start, end) when the timex is narrower than the match
Resolved = tuple[str, str] | tuple[str, str, int, int] | None


def _year_num(text: str) -> int:
    """A year as digits or read out ("nineteen ninety-six"); 0 (refused later) if neither."""
    return int(text) if text.isdigit() else (spelled_year(text) or 0)


def _day(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _weekday_dir(ctx: _Ctx, rel: str | None) -> int:
    rel = (rel or "").lower().split()[-1] if rel else ""
    if rel in ("last", "past"):
        return -1
    if rel in ("next", "coming"):
        return 1
    if _POSSESSIVE_RE.match(ctx.text, ctx.end) or _SINCE_BEFORE_RE.search(
        ctx.text, max(0, ctx.start - 8), ctx.start
    ):
        return 0  # "Wednesday's ruling", "since Monday": already happened
    return 2 if ctx.tense() == "future" else 0


def _resolve_weekday(ctx: _Ctx, name: str, rel: str | None) -> str:
    wd = WEEKDAYS[name.lower()]
    if ctx.anchor is None:
        return f"XXXX-WXX-{wd + 1}"
    last = (rel or "").lower().split()[-1:]
    if last and last[0] in _NARRATIVE_REL:
        # "the previous Friday": the one before the day being told, not before the anchor
        base = ctx.last_day or ctx.anchor
        d = weekday_date(base, wd, _NARRATIVE_REL[last[0]])
        return _day(d) or f"XXXX-WXX-{wd + 1}"
    d = weekday_date(ctx.anchor, wd, _weekday_dir(ctx, rel))
    return _day(d) or f"XXXX-WXX-{wd + 1}"


def _deixis_date(ctx: _Ctx, word: str) -> date | None:
    if ctx.anchor is None:
        return None
    w = word.lower()
    off = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}.get(w, 0)
    return shift_days(ctx.anchor, off)


def _time(ctx: _Ctx, g: dict) -> Resolved:
    if g["noon"]:
        hh, mm = (0, 0) if g["noon"].lower() == "midnight" else (12, 0)
        wd, dx = g["nwd"], g["ndx"]
    else:
        hh, mm = int(g["h"]), int(g["mi"] or 0)
        if hh > 12 or mm > 59:
            return None
        pm = g["ap"].lower().startswith("p")
        hh = (hh % 12) + (12 if pm else 0)
        wd, dx = g["twd"], g["tdx"]
    day: str | None = None
    if wd:
        day = _resolve_weekday(ctx, wd, None)
    elif dx:
        day = _day(_deixis_date(ctx, dx))
    elif g["tmon"]:
        d = _month_day(ctx, MONTHS[g["tmon"].lower().rstrip(".")], int(g["tday"]), None)
        day = _day(d)
    elif ctx.anchor:
        day = ctx.anchor.isoformat()
    return "TIME", f"{day or 'XXXX-XX-XX'}T{hh:02d}:{mm:02d}"


def _month_day(ctx: _Ctx, month: int, dd: int, year: str | None) -> date | None:
    """A month-day in the anchor's year, moved a year when the tense points across it ("will
    be paid Jan. 15" in a December story; "was founded Aug. 6" in a February one)."""
    if year:
        return safe_date(_year_num(year), month, dd)
    if ctx.anchor is None:
        return None
    if _ENDED_RE.search(ctx.text, max(0, ctx.start - 12), ctx.start):
        # "the quarter ended Oct. 31": a reporting period that has ended is not in the future
        a = ctx.anchor
        return safe_date(a.year - ((month, dd) > (a.month, a.day)), month, dd)
    y = _pick_year(ctx, month, dd)
    return safe_date(y, month, dd) or nearest_year_date(month, dd, ctx.anchor)


def _pick_year(ctx: _Ctx, month: int, dd: int) -> int:
    """Year of a month (and day) written without one: the nearest to the anchor, unless the
    tense contradicts it by more than a month (a past event is not next year's)."""
    a = ctx.anchor
    assert a is not None
    here = a.year * 372 + (a.month - 1) * 31 + a.day
    options = sorted(
        (abs(y * 372 + (month - 1) * 31 + dd - here), y) for y in (a.year - 1, a.year, a.year + 1)
    )
    y = options[0][1]
    gap = y * 372 + (month - 1) * 31 + dd - here
    if gap > TENSE_SHIFT_DAYS or gap < -TENSE_SHIFT_DAYS:
        tense = ctx.tense()
        if gap > TENSE_SHIFT_DAYS and tense == "past":
            return y - 1
        if gap < -TENSE_SHIFT_DAYS and tense == "future":
            return y + 1
    return y


def _iso(ctx: _Ctx, g: dict) -> Resolved:
    if g["iy"]:
        d = safe_date(int(g["iy"]), int(g["im"]), int(g["id"]))
    else:
        y = int(g["uy"])
        if y < 100:
            y += 1900 if y > 30 else 2000
        d = safe_date(y, int(g["um"]), int(g["ud"]))
    return ("DATE", d.isoformat()) if d else None


def _monthday(ctx: _Ctx, g: dict) -> Resolved:
    mon = g["mon"] or g["mon2"] or g["mon3"]
    dd = int(g["day"] or g["day2"]) if g["day3"] is None else ORDINAL_DAYS[g["day3"].lower()]
    month = MONTHS[mon.lower().rstrip(".")]
    year = g["year"] or g["year2"] or g["year3"]
    if not 1 <= dd <= 31:
        return None
    d = _month_day(ctx, month, dd, year)
    if d is None:
        if year or ctx.anchor is not None:
            return None  # February 30, or a year out of range
        return "DATE", f"XXXX-{month:02d}-{dd:02d}"
    ctx.last_year = d.year
    co = _COORDINATED_DAYS_RE.search(ctx.text, ctx.start, ctx.end)
    if co is not None:
        # "April 24 and 25": two dates sharing a month, each its own timex
        second = safe_date(d.year, month, int(co.group(2)))
        if second is not None:
            ctx.pending.append(
                Timex(co.start(2), ctx.end, ctx.text[co.start(2) : ctx.end], "DATE", str(second))
            )
            return "DATE", d.isoformat(), ctx.start, co.end(1)
    return "DATE", d.isoformat()


def _month(ctx: _Ctx, g: dict) -> Resolved:
    mon = g["mon"]
    month = MONTHS[mon.lower().rstrip(".")]
    bare = not (g["year"] or g["mrel"] or g["mmod"] or g["ryear"])
    if (
        mon == "May"
        and bare
        and not _MAY_CONTEXT_RE.search(ctx.text[max(0, ctx.start - 12) : ctx.start])
    ):
        return None  # the modal verb
    if g["year"]:
        y = _year_num(g["year"])
    elif ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}"
    else:
        a = ctx.anchor
        rel = (g["mrel"] or "").lower().split()
        ry = (g["ryear"] or "").lower()
        if ry:
            y = a.year + {"this": 0, "last": -1, "next": 1}[ry]
        elif rel and rel[-1] in ("last", "past"):
            # "last February" said in March is a year back: the month just gone is "last month"
            y = a.year if month < a.month - 1 else a.year - 1
        elif rel and rel[-1] in ("next", "coming"):
            y = a.year if month > a.month else a.year + 1
        elif rel:
            y = a.year
        else:
            y = _pick_year(ctx, month, 15)
    ctx.last_year = y
    return "DATE", f"{y:04d}-{month:02d}"


def _easter(y: int) -> date | None:
    """Gregorian Easter Sunday (anonymous algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    return safe_date(y, month, (h + l_ - 7 * m + 114) % 31 + 1)


def _nth_weekday(y: int, month: int, wd: int, n: int) -> date | None:
    first = safe_date(y, month, 1)
    if first is None:
        return None
    if n > 0:
        return shift_days(first, (wd - first.weekday()) % 7 + 7 * (n - 1))
    y2, m2 = shift_months(y, month, 1)
    nxt = safe_date(y2, m2, 1)
    if nxt is None:
        return None
    last = shift_days(nxt, -1)
    return shift_days(last, -((last.weekday() - wd) % 7)) if last else None


def _holiday_in(name: str, y: int) -> date | None:
    n = name.lower()
    if n.startswith("christmas eve"):
        return safe_date(y, 12, 24)
    if n.startswith("christmas"):
        return safe_date(y, 12, 25)
    if n.endswith("eve"):
        return safe_date(y, 12, 31)
    if n.startswith("new year"):
        return safe_date(y, 1, 1)
    if n.startswith("thanksgiving"):
        return _nth_weekday(y, 11, 3, 4)
    if n.startswith("independence"):
        return safe_date(y, 7, 4)
    if n.startswith("labor"):
        return _nth_weekday(y, 9, 0, 1)
    if n.startswith("memorial"):
        return _nth_weekday(y, 5, 0, -1)
    if n.startswith("halloween"):
        return safe_date(y, 10, 31)
    if n.startswith("valentine"):
        return safe_date(y, 2, 14)
    return _easter(y)


def _holiday(ctx: _Ctx, g: dict) -> Resolved:
    if ctx.anchor is None:
        return None
    a = ctx.anchor
    days = [d for y in (a.year - 1, a.year, a.year + 1) if (d := _holiday_in(g["hol"], y))]
    if not days:
        return None
    best = min(days, key=lambda d: abs((d - a).days))
    return "DATE", best.isoformat()


def _daypart(ctx: _Ctx, g: dict) -> Resolved:
    if g["dword"]:
        d = _deixis_date(ctx, "today")
        return "TIME", f"{_day(d) or 'XXXX-XX-XX'}TNI"
    pre, part = g["dpre"].lower(), _PART_CODES[g["part"].lower()]
    if g["pday"]:  # "mid-afternoon yesterday"
        pre = g["pday"].lower()
    if pre in WEEKDAYS and g["ppl"]:
        return "SET", f"XXXX-WXX-{WEEKDAYS[pre] + 1}T{part}"  # "Tuesday nights": a schedule
    if pre in WEEKDAYS:
        # "Friday night" names the day in news usage (TimeBank mostly annotates it so)
        return "DATE", _resolve_weekday(ctx, pre, None)
    elif pre == "last" and part == "NI":
        day = _day(_deixis_date(ctx, "yesterday"))
    elif pre in ("yesterday", "tomorrow"):
        day = _day(_deixis_date(ctx, pre))
    else:
        day = _day(_deixis_date(ctx, "today"))
    return "TIME", f"{day or 'XXXX-XX-XX'}T{part}"


def _generic_deixis(ctx: _Ctx, word: str) -> bool:
    """ "today's youth", "the leaders of tomorrow": the era, not a day; "USA Today": a name."""
    if _GENERIC_ERA_RE.match(ctx.text, ctx.end):
        return True
    before = ctx.text[max(0, ctx.start - 24) : ctx.start]
    if (
        word.lower() != "yesterday"
        and _OF_ERA_RE.search(before)
        and not _POSSESSIVE_RE.match(ctx.text, ctx.end)
    ):
        return True
    return word[0].isupper() and _NAME_BEFORE_RE.search(before) is not None


def _deixis(ctx: _Ctx, g: dict) -> Resolved:
    if g["deix"] and not g["xmod"] and _generic_deixis(ctx, g["deix"]):
        return None
    if g["xtwo"]:
        off = -2 if "before" in g["xtwo"].lower() else 2
        d = shift_days(ctx.anchor, off) if ctx.anchor else None
    else:
        d = _deixis_date(ctx, g["deix"])
    return "DATE", _day(d) or "XXXX-XX-XX"


def _nextday(ctx: _Ctx, g: dict) -> Resolved:
    """ "the next morning", "the following day": the day after the one being told. With no day
    told yet there is nothing to count from."""
    told = _narrated_day(ctx)
    if told is None:
        return None
    return "DATE", _day(shift_days(told, 1)) or "XXXX-XX-XX"


def _narrated_day(ctx: _Ctx) -> date | None:
    """The day the text is telling about here: the last one named, unless that is the anchor
    itself (a dateline's date, "today"): a story told on its own day says "tomorrow", so "the
    next day" there is a generic one ("settled the next day")."""
    if ctx.last_day is None or ctx.last_day == ctx.anchor:
        return None
    return ctx.last_day


def _ordday(ctx: _Ctx, g: dict) -> Resolved:
    """ "today is the eighth day of the strike": the anchor; other ordinal days ("the first day
    of the visit") need the event's start, which the text rarely gives."""
    if ctx.anchor is None or not _PRESENT_COPULA_RE.search(
        ctx.text, max(0, ctx.start - 16), ctx.start
    ):
        return None
    return "DATE", ctx.anchor.isoformat()


def _setword(ctx: _Ctx, g: dict) -> Resolved:
    if g["sadv"]:
        unit = {
            "daily": "P1D",
            "weekly": "P1W",
            "monthly": "P1M",
            "annually": "P1Y",
            "yearly": "P1Y",
            "hourly": "PT1H",
            "nightly": "P1D",
            "biweekly": "P2W",
        }[g["sadv"].lower()]
        return "SET", unit
    u = g["sunit"]
    if u.lower() in WEEKDAYS:
        return "SET", f"XXXX-WXX-{WEEKDAYS[u.lower()] + 1}"
    if u.lower() in MONTHS:
        return "SET", f"XXXX-{MONTHS[u.lower()]:02d}"
    low = u.lower()
    if low in ("morning", "evening", "night"):
        return "SET", f"XXXX-XX-XXT{_PART_CODES[low]}"
    if low == "weekend":
        return "SET", "XXXX-WXX-WE"
    if low == "second":
        return None  # "per second" is a rate, not a schedule
    code = UNITS[low]
    if code in ("H", "S") or (code == "M" and low == "minute"):
        return "SET", f"PT1{code}"
    return "SET", _period(1, low)


def _weekday(ctx: _Ctx, g: dict) -> Resolved:
    wd = WEEKDAYS[g["wd"].lower()]
    if g["wpl"]:
        return "SET", f"XXXX-WXX-{wd + 1}"
    shared = _SHARED_PLURAL_PART_RE.match(ctx.text, ctx.end)
    if shared and not g["wrel"]:
        # "on Monday and Tuesday nights": the plural part belongs to both weekdays
        return "SET", f"XXXX-WXX-{wd + 1}T{_PART_CODES[shared.group(1).lower()]}"
    return "DATE", _resolve_weekday(ctx, g["wd"], g["wrel"])


def _quarter(ctx: _Ctx, g: dict) -> Resolved:
    unit = g["qunit"].lower()
    ordw = (g["qord"] or "").lower()
    det = (g["qdet"] or "").lower()
    year_txt = g["qy"] or g["qy2"] or g["qy3"]
    n = _ORDINALS.get(ordw)
    ago = "year-ago" in det or "year-earlier" in det or ordw in ("year-ago", "year-earlier")
    if unit == "half":
        if n is None and ordw != "latest":
            n = 2 if "last" in ctx.text[ctx.start : ctx.end].lower() else None
        if n not in (1, 2):
            return None
        y = _year_num(year_txt) if year_txt else (ctx.anchor.year if ctx.anchor else None)
        return "DATE", f"{y:04d}-H{n}" if y else f"XXXX-H{n}"
    if unit == "period" and not (g["qy"] or ago or ordw or _quarter_recent(ctx)):
        return None  # "the period" is a quarter only in a story that is talking quarters
    if unit == "quarter" and not (det or year_txt or ordw or g["qfis"] or g["qfis2"]):
        return None  # a bare "quarter" is as often a fraction as a time
    if n is not None:
        if year_txt:
            y = _year_num(year_txt)
        elif ctx.anchor is None:
            return "DATE", f"XXXX-Q{n}"
        else:
            y = ctx.anchor.year
            if "last year" in det:
                y -= 1
            elif "next year" in det:
                y += 1
            elif n > quarter_of(ctx.anchor) and ctx.tense() != "future":
                y -= 1
            if ago:
                y -= 1
        q: tuple[int, int] | None = (y, n)
    elif ordw == "current" and ctx.anchor is not None:
        q = (ctx.anchor.year, quarter_of(ctx.anchor))  # "the current quarter": not yet over
    else:
        if det == "that" and ctx.last_any_quarter:
            q = ctx.last_any_quarter  # "that quarter": the one just named, year-ago or not
        elif ago and not ctx.last_quarter and ctx.last_named_quarter:
            # "the same year-ago period" in a story that has only forecast a quarter so far
            q = ctx.last_named_quarter
        elif ctx.last_quarter:
            q = ctx.last_quarter
        elif ctx.anchor:
            yy, qq = ctx.anchor.year, quarter_of(ctx.anchor) - 1
            q = (yy - 1, 4) if qq == 0 else (yy, qq)
        else:
            q = None
        if q and year_txt:
            q = (_year_num(year_txt), q[1])
        elif q and (ago or "last year" in det):
            q = (q[0] - 1, q[1])
        if q is None:
            return "DATE", "XXXX-QX"
    end = ctx.end
    back = _YEAR_BACK_RE.match(ctx.text, ctx.end)
    if back is not None:
        # "the quarter a year ago", "the same period last year": a year before the story's
        # quarter; "the fourth quarter last year" names its year outright
        year = q[0] - 1
        if n is not None and ctx.anchor is not None and back.group(0).split()[0].lower() == "last":
            year = ctx.anchor.year - 1
        q, ago, end = (year, q[1]), True, back.end()
    # "the 1988 period", "the 1985 fourth quarter": the story's quarter restated in another
    # year for comparison
    story = ctx.last_quarter
    restated = bool(year_txt) and (
        n is None or (story is not None and story[1] == n and story[0] != q[0])
    )
    if not ago and not restated and _quarter_reported(ctx, q):
        ctx.last_quarter = q
    ctx.last_any_quarter = q
    if not ago:
        ctx.last_named_quarter = q
    ctx.last_quarter_pos = end
    value = f"{q[0]:04d}-Q{q[1]}"
    span = ctx.text[ctx.start : ctx.end]
    if det in ("the", "its", "a flat", "a strong", "a weak") and re.search(
        r"(?i)\w-quarter$", span
    ):
        # `the third-quarter results`: the article belongs to the noun, not to the timex
        return "DATE", value, ctx.start + len(det) + 1, end
    return "DATE", value, ctx.start, end


def _season(ctx: _Ctx, g: dict) -> Resolved:
    code = _SEASON_CODES[g["season"].lower()]
    rel = (g["srel"] or "").lower().split()
    r = rel[-1] if rel else ""
    explicit = r in ("last", "this", "next", "past", "coming", "early", "late")
    if code == "FA" and not explicit and not g["sy"]:
        return None  # "the fall of the wall", "a fall in prices"
    if g["sy"]:
        return "DATE", f"{_year_num(g['sy']):04d}-{code}"
    if not rel and g["season"][0].islower() and code != "SU":
        return None
    if ctx.anchor is None:
        return "DATE", f"XXXX-{code}"
    a = ctx.anchor
    first = _SEASON_START[code]
    if r in ("last", "past"):
        # the latest such season that was over before the anchor
        y = a.year if shift_months(a.year, first, 3) <= (a.year, a.month) else a.year - 1
    elif r in ("next", "coming"):
        y = a.year if first > a.month else a.year + 1
    else:
        y = a.year + 1 if ctx.tense() == "future" and first + 2 < a.month else a.year
    return "DATE", f"{y:04d}-{code}"


def _decade(ctx: _Ctx, g: dict) -> Resolved:
    if g["dec4"]:
        v = g["dec4"][:3]
    elif g["dec2"]:
        v = "19" + g["dec2"][0]
    else:
        v = _DECADE_WORDS[g["decw"].lower()]
    return "DATE", v


def _century(ctx: _Ctx, g: dict) -> Resolved:
    n = int(g["cent"])
    if not 1 <= n <= 21:
        return None
    return "DATE", f"{n - 1:02d}"


def _period(n: float, unit: str) -> str:
    """TIMEX3 duration value for n units (decades as years, hours and minutes under T)."""
    code = UNITS.get(unit.lower().rstrip("s"), "X")
    if code == "DE":
        n, code = n * 10, "Y"
    elif code == "CE":
        n, code = n * 100, "Y"
    whole = int(n)
    frac = n - whole
    low = unit.lower()
    timed = low.startswith(("hour", "minute", "second"))
    if frac:
        sub = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60)}
        if low.startswith("minute"):
            sub_unit, mult = "S", 60
        elif code in sub:
            sub_unit, mult = sub[code]
        else:
            return f"P{n:g}{code}"
        rest = round(frac * mult)
        if timed or (code == "D" and sub_unit == "H"):
            return f"PT{whole}{code}{rest}{sub_unit}" if timed else f"P{whole}DT{rest}H"
        return f"P{whole}{code}{rest}{sub_unit}"
    return f"PT{whole}{code}" if timed else f"P{whole}{code}"


def _vague_period(unit: str) -> str:
    low = unit.lower().rstrip("s")
    if low in ("hour", "minute", "second"):
        return f"PTX{UNITS[low]}"
    code = UNITS.get(low, "X")
    return "PXY" if code in ("DE", "CE") else f"PX{code}"


def _ago(ctx: _Ctx, g: dict) -> Resolved:
    if g["ayear"]:
        if _quarter_recent(ctx):
            return "DATE", f"{ctx.last_quarter[0] - 1:04d}-Q{ctx.last_quarter[1]}"
        return ("DATE", f"{ctx.anchor.year - 1:04d}") if ctx.anchor else ("DATE", "XXXX")
    unit = g["aunit"].lower()
    direction = g["adir"].lower()
    n = number_value(g["anum"])
    if direction in ("later", "after") or (
        direction in ("earlier", "before") and unit not in ("year", "quarter")
    ):
        # "two days later": the length, without the direction word
        cut = ctx.start + len(g["_head"].rstrip())
        return "DURATION", _period(n, unit) if n else _vague_period(unit), ctx.start, cut
    if n is None:
        return "DATE", "FUTURE_REF" if direction in ("from now", "hence") else "PAST_REF"
    sign = 1 if direction in ("from now", "hence") else -1
    a = ctx.anchor
    if unit == "year" and direction in ("earlier", "before", "ago") and n == 1:
        if _quarter_recent(ctx):
            return "DATE", f"{ctx.last_quarter[0] - 1:04d}-Q{ctx.last_quarter[1]}"
        if direction != "ago" and ctx.last_year:
            return "DATE", f"{ctx.last_year - 1:04d}"
    if a is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
    k = int(n) if n == int(n) else None
    if k is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
    if unit in ("day",):
        return "DATE", _day(shift_days(a, sign * k)) or "XXXX-XX-XX"
    if unit in ("week", "fortnight"):
        d = shift_days(a, sign * k * (14 if unit == "fortnight" else 7))
        return "DATE", iso_week(d) if d else "XXXX-WXX"
    if unit == "month":
        y, m = shift_months(a.year, a.month, sign * k)
        return "DATE", f"{y:04d}-{m:02d}"
    if unit == "quarter":
        y, m = shift_months(a.year, a.month, sign * 3 * k)
        return "DATE", f"{y:04d}-Q{(m - 1) // 3 + 1}"
    if unit == "year":
        return "DATE", f"{a.year + sign * k:04d}"
    if unit == "decade":
        return "DATE", f"{a.year + sign * 10 * k:04d}"[:3]
    if unit in ("century", "centurie"):
        return "DATE", f"{(a.year + sign * 100 * k) // 100:02d}"
    return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"


def _quarter_reported(ctx: _Ctx, q: tuple[int, int]) -> bool:
    """Whether quarter q was over by the anchor: only such a quarter can be the one a results
    story reports ("fourth-quarter earnings are expected to fall" is a forecast). A fiscal
    quarter can end ahead of the calendar one: told in the past tense or "ended", it was over."""
    if ctx.anchor is None or q < (ctx.anchor.year, quarter_of(ctx.anchor)):
        return True
    return _ENDED_AFTER_RE.match(ctx.text, ctx.end) is not None or ctx.tense() == "past"


def _quarter_recent(ctx: _Ctx) -> bool:
    """Whether the article is talking quarters (financial news) rather than years."""
    return ctx.last_quarter is not None and ctx.start - ctx.last_quarter_pos < QUARTER_REACH


def _rel(ctx: _Ctx, g: dict) -> Resolved:
    rel = g["rrel"].lower().split()[-1]
    unit = g["runit"].lower()
    off = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(
        rel, 0
    )
    a = ctx.anchor
    if unit == "weekend":
        if a is None:
            return "DATE", "XXXX-WXX-WE"
        if rel == "the":  # the weekend just past, or the coming one when the verb says so
            ahead = ctx.tense() == "future"
            off = 0 if (a.weekday() >= 5 or ahead) else -1
        d = shift_days(a, 7 * off)
        return "DATE", f"{iso_week(d)}-WE" if d else "XXXX-WXX-WE"
    if a is None:
        return "DATE", {"week": "XXXX-WXX", "month": "XXXX-XX"}.get(unit, "XXXX")
    if unit == "week":
        d = shift_days(a, 7 * off)
        return "DATE", iso_week(d) if d else "XXXX-WXX"
    if unit == "month":
        y, m = shift_months(a.year, a.month, off)
        return "DATE", f"{y:04d}-{m:02d}"
    if unit == "year":
        ctx.last_year = a.year + off
        return "DATE", f"{a.year + off:04d}"
    if unit == "decade":
        return "DATE", f"{a.year + 10 * off:04d}"[:3]
    return "DATE", f"{(a.year + 100 * off) // 100:02d}"


def _duration(ctx: _Ctx, g: dict) -> Resolved:
    if g["bunit"]:
        return "DURATION", _vague_period(g["bunit"])
    if g["vunit"]:
        lead = g["vlead"].lower()
        if lead == "recent" and g["vunit"].lower() in ("year", "day"):
            return "DATE", "PAST_REF"
        if lead.startswith("the early"):
            return None
        return "DURATION", _vague_period(g["vunit"])
    unit = g["dunit"]
    if g["dvague"]:
        return "DURATION", _vague_period(unit)
    n = number_value(g["dnum"])
    if n is None or n <= 0 or n > 10_000:
        return None
    if g["dhalf"] or g["dhalf2"]:
        n += 0.5  # "two and a half years", "an hour and a half"
    if g["dnum"].lower() in ("a", "an") and g["dlead"] and g["dlead"].lower() == "a":
        return None
    span = ctx.text[ctx.start : ctx.end].lower()
    if g["dnum"].lower() in ("a", "an") and span.endswith("-long"):
        # "a decade-long dispute": the article belongs to the noun
        return "DURATION", _period(n, unit), ctx.start + span.rindex(unit.lower()), ctx.end
    if g["dlead"] and not g["ddir"] and not g["dpl"] and g["dnum"].lower() not in ("a", "an"):
        # "a two-year term": the article belongs to the noun the duration modifies
        s = ctx.start + len(g["dlead"])
        while ctx.text[s].isspace():
            s += 1
        return "DURATION", _period(n, unit), s, ctx.end
    low = unit.lower()
    if low == "quarter" and ("-quarter" in span or g["dnum"].lower() in ("a", "an")):
        return None  # "three-quarters of", "a quarter of": fractions
    if low == "second" and g["dnum"].lower() in ("a", "an"):
        return None
    return "DURATION", _period(n, unit)


def _year(ctx: _Ctx, g: dict) -> Resolved:
    y = _year_num(g["yv"])
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    before = ctx.text[max(0, ctx.start - 4) : ctx.start]
    if re.search(r"(?:No\.|#|\$|\d[,.]?)\s*$", before):
        return None
    if not g["ymod"] and _YEAR_NOUN_RE.match(ctx.text, ctx.end):
        return None
    ctx.last_year = y
    mod = (g["ymod"] or "").lower()
    for season, code in _SEASON_CODES.items():
        if season in mod:
            return "DATE", f"{y:04d}-{code}"
    if "first half" in mod:
        return "DATE", f"{y:04d}-H1"
    if "second half" in mod or "last half" in mod or "latter half" in mod:
        return "DATE", f"{y:04d}-H2"
    return "DATE", f"{y:04d}"


def _theyear(ctx: _Ctx, g: dict) -> Resolved:
    """ "the year ended March 31" is a reporting period (a length, its end given), as are "over
    the year" and "throughout the year"; "for the year", "that year" and "the end of the year"
    name the year itself."""
    before = ctx.text[max(0, ctx.start - 11) : ctx.start].lower()
    period = before.endswith(("over ", "throughout ")) or _PERIOD_END_RE.match(ctx.text, ctx.end)
    if period and not g["ymod2"] and g["ydet"].lower() == "the":
        return "DURATION", "P1Y"
    if g["ydet"].lower() == "that":
        return ("DATE", f"{ctx.last_year:04d}") if ctx.last_year else None
    if _quarter_recent(ctx) and ctx.tense() != "future":
        # a results story: "for the year" is the year of the quarter just reported (fourth
        # quarter 1986 results published in February 1987); a forecast is about the anchor's
        return "DATE", f"{ctx.last_quarter[0]:04d}"
    return ("DATE", f"{ctx.anchor.year:04d}") if ctx.anchor else ("DATE", "XXXX")


def _ref(ctx: _Ctx, g: dict) -> Resolved:
    if g["present"] or g["current"]:
        return "DATE", "PRESENT_REF"
    if g["past"]:
        return "DATE", "PAST_REF"
    if _OF_AFTER_RE.match(ctx.text, ctx.end):
        return None  # "the future of NATO": a thing, not a time
    return "DATE", "FUTURE_REF"


_RESOLVERS = {
    "time": _time,
    "iso": _iso,
    "monthday": _monthday,
    "month": _month,
    "holiday": _holiday,
    "daypart": _daypart,
    "deixis": _deixis,
    "nextday": _nextday,
    "ordday": _ordday,
    "setword": _setword,
    "weekday": _weekday,
    "quarter": _quarter,
    "season": _season,
    "decade": _decade,
    "century": _century,
    "ago": _ago,
    "rel": _rel,
    "theyear": _theyear,
    "duration": _duration,
    "year": _year,
    "ref": _ref,
}


def find_timexes(text: str, anchor: date | None, start: int = 0) -> list[Timex]:
    """All temporal expressions of text[start:], with offsets into the full text."""
    end = min(len(text), start + MAX_SCAN_CHARS)
    ctx = _Ctx(text, 0, 0, anchor)
    out: list[Timex] = []
    covered = start
    for p in anchor_positions(text, start, end):
        if p < covered:
            continue
        starts = [
            w.start()
            for w in WORD_RE.finditer(text, max(covered, p - LOOKBACK), p)
            if w.group().lower() in STARTERS or w.group()[0].isdigit()
        ]
        starts.append(p)
        for s in starts:
            found = _candidate_at(ctx, s, p, end)
            if found is not None:
                found = _compose(ctx, found, covered)
                out.append(found)
                covered = found.end
                if ctx.pending:
                    out.extend(ctx.pending)
                    covered = ctx.pending[-1].end
                    ctx.pending.clear()
                break
    return out


def _compose(ctx: _Ctx, t: Timex, floor: int) -> Timex:
    """A day that is only the reference of a wider expression: "the week of March 6" is a week,
    "the day before last Tuesday" another day, "Easter week" a week. Never reaches back over
    text an earlier timex took (floor)."""
    if t.type != "DATE" or len(t.value) != 10 or not t.value[0].isdigit():
        return t
    d = date.fromisoformat(t.value)
    lo = max(floor, t.start - 20)
    m = _AROUND_DAY_RE.search(ctx.text, lo, t.start)
    if m is not None:
        if m.group("week"):
            value = iso_week(d)
        else:
            value = _day(shift_days(d, -1 if m.group("rel").lower() == "before" else 1))
            if value is None:
                return t
            ctx.last_day = date.fromisoformat(value)
        return Timex(m.start(), t.end, ctx.text[m.start() : t.end], "DATE", value)
    m = _HOLIDAY_WEEK_RE.match(ctx.text, t.end)
    if m is not None and _HOLIDAY_NAME_RE.match(t.text):
        return Timex(t.start, m.end(), ctx.text[t.start : m.end()], "DATE", iso_week(d))
    return t


def _candidate_at(ctx: _Ctx, s: int, anchor_pos: int, end: int) -> Timex | None:
    """The resolved candidate starting at s that covers the anchor, if any."""
    m = CANDIDATE_RE.match(ctx.text, s, end)
    if m is None or m.end() <= anchor_pos or m.lastgroup is None:
        return None
    # parse in place (not on the extracted string) so that look-arounds still see the context
    family = FAMILY_RES[m.lastgroup]
    fm = family.match(ctx.text, m.start(), end)
    if fm is None or fm.end() != m.end():
        fm = family.fullmatch(ctx.text, m.start(), m.end())
    if fm is None:
        return None
    ctx.start, ctx.end = m.start(), m.end()
    res = _RESOLVERS[m.lastgroup](ctx, fm.groupdict())
    if res is None:
        return None
    s, e = (res[2], res[3]) if len(res) == 4 else (m.start(), m.end())
    if res[0] == "DATE" and len(res[1]) == 10 and res[1][0].isdigit():
        ctx.last_day = date.fromisoformat(res[1])
    return Timex(s, e, ctx.text[s:e], res[0], res[1])
