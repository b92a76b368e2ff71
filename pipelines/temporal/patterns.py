"""The timex candidate finder: one compiled regular expression, one alternative per family.

Families are tried in order at each position, so the more specific ones (a time with its date,
a month with its day) come before the shorter ones they contain. Each family also has its own
compiled pattern with named groups, used to take a found span apart; the combined pattern drops
the group names (Python refuses duplicates) and keeps only one named group per family.
"""

from __future__ import annotations

import re

import ahocorasick

from pipelines.temporal.lexicon import (
    MONTH_RE,
    NUMBER_RE,
    ORDINAL_DAY_RE,
    SPELLED_YEAR_RE,
    UNIT_RE,
    WEEKDAY_RE,
)

_FULL_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_YEAR = rf"(?:1[5-9]\d\d|20\d\d|{SPELLED_YEAR_RE})"
_TZ = r"(?:[ECMP][SD]T|GMT|UTC|BST|CET|local\s+time)"
_DEIX = r"(?i:today|yesterday|tomorrow|tonight)"
_ORD = r"(?i:first|second|third|fourth|1st|2nd|3rd|4th)"
_SEASON = r"(?i:spring|summer|fall|autumn|winter)"
_APPROX = (
    r"(?i:about|around|nearly|almost|some|more\s+than|less\s+than|fewer\s+than|over|up\s+to"
    r"|at\s+least|at\s+most|roughly|approximately|no\s+more\s+than|another"
    r"|an\s+additional|a\s+full)"
)

FAMILIES: list[tuple[str, str]] = [
    (
        "time",
        rf"(?:(?i:around|about|at\s+about|approximately)\s+)?(?P<h>\d{{1,2}})(?::(?P<mi>\d\d))?\s*"
        rf"(?P<ap>(?i:a\.m\.?|p\.m\.?|am\b|pm\b))(?:\s+{_TZ})?"
        rf"(?:,?\s+(?:(?P<twd>{WEEKDAY_RE})|(?P<tdx>{_DEIX})|(?P<tmon>{MONTH_RE})\s+(?P<tday>\d{{1,2}})))?"
        rf"|(?P<noon>(?i:noon|midnight|midday))(?:\s+(?:(?P<nwd>{WEEKDAY_RE})|(?P<ndx>{_DEIX})))?",
    ),
    (
        "iso",
        r"(?P<iy>\d{4})-(?P<im>\d\d)-(?P<id>\d\d)(?!\d)"
        r"|(?P<um>\d{1,2})/(?P<ud>\d{1,2})/(?P<uy>\d{4}|\d\d)(?![\d/])",
    ),
    (
        "monthday",
        rf"(?:{WEEKDAY_RE},?\s+)?(?P<mon>{MONTH_RE})\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
        rf"(?:\s*(?:-|\u2013|to|and)\s*\d{{1,2}}(?:st|nd|rd|th)?(?![-/.]\d))?(?!\d|:\d)"
        rf"(?:,?\s+(?P<year>{_YEAR})(?!\d|,\d))?"
        rf"|(?:(?i:the)\s+)?(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?"
        rf"(?:\s*(?:-|\u2013|to|and)\s*(?:(?i:the)\s+)?\d{{1,2}}(?:st|nd|rd|th)?)?\s+(?:of\s+)?"
        rf"(?P<mon2>{MONTH_RE})(?:,?\s+(?P<year2>{_YEAR})(?!\d))?"
        rf"|(?i:the)\s+(?P<day3>(?i:{ORDINAL_DAY_RE}))"
        rf"(?:\s+(?:-|\u2013|to|and)\s+(?:(?i:the)\s+)?(?i:{ORDINAL_DAY_RE}))?"
        rf"\s+(?i:of)\s+(?P<mon3>{MONTH_RE})(?:,?\s+(?P<year3>{_YEAR})(?!\d))?",
    ),
    (
        "month",
        rf"(?:(?P<mmod>(?i:early|late|mid|the\s+end\s+of|the\s+middle\s+of|the\s+beginning\s+of"
        rf"|the\s+start\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of))[\s-]+)?"
        rf"(?:(?P<mrel>(?i:last|this|next|this\s+past|this\s+coming|past|coming))\s+)?"
        rf"(?P<mon>{_FULL_MONTH}|(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.(?=,?\s+\d{{4}}))"
        rf"(?:(?:\s+of)?,?\s+(?P<year>{_YEAR})(?!\d|,\d)|\s+(?P<ryear>(?i:this|last|next))\s+year)?",
    ),
    (
        "holiday",
        r"(?P<hol>Christmas(?:\s+(?:Eve|Day))?|New\s+Year's(?:\s+(?:Eve|Day))?"
        r"|Thanksgiving(?:\s+Day)?|Independence\s+Day|Labor\s+Day|Memorial\s+Day|Halloween"
        r"|Valentine's\s+Day|Easter(?:\s+Sunday)?)",
    ),
    (
        "daypart",
        rf"(?P<dpre>(?i:this|yesterday|tomorrow|last|early|late|later\s+this|earlier\s+this"
        rf"|mid)|{WEEKDAY_RE})[\s-]+(?P<part>(?i:morning|afternoon|evening|night))(?P<ppl>s)?"
        rf"(?:\s+(?P<pday>(?i:yesterday|today|tomorrow)|{WEEKDAY_RE}))?"
        r"|(?P<dword>(?i:tonight|overnight))",
    ),
    (
        "deixis",
        r"(?:(?P<xmod>(?i:late|early|earlier|later))\s+)?(?P<deix>(?i:today|yesterday|tomorrow))"
        r"|(?P<xtwo>(?i:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)))",
    ),
    (
        "nextday",
        r"(?P<nrel>(?i:the\s+next|the\s+following))\s+"
        r"(?P<nunit>(?i:day|morning|afternoon|evening|night))(?![\w-])",
    ),
    (
        "ordday",
        r"(?:(?i:the)\s+)?(?P<oday>(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
        r"|tenth|\d{1,2}(?:st|nd|rd|th)))\s+(?i:day)(?=\s+of\b)",
    ),
    (
        "setword",
        rf"(?P<sq>(?i:every|each|per))\s+(?:(?i:other)\s+)?"
        rf"(?P<sunit>(?i:{UNIT_RE}|weekend|morning|evening|night)|{WEEKDAY_RE}|{_FULL_MONTH})"
        r"|(?P<sadv>(?i:daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly))",
    ),
    (
        "weekday",
        rf"(?:(?P<wrel>(?i:last|next|this|this\s+past|this\s+coming|early|late|the\s+previous"
        rf"|the\s+preceding|the\s+following))\s+)?"
        rf"(?P<wd>{WEEKDAY_RE})(?P<wpl>s)?",
    ),
    (
        "quarter",
        rf"(?:(?P<qdet>(?i:the|its|this|that|last\s+year's|this\s+year's|next\s+year's"
        rf"|the\s+year-ago|the\s+year-earlier|the\s+comparable\s+year-ago|the\s+comparable"
        rf"|the\s+same|the\s+corresponding|a\s+flat|a\s+strong|a\s+weak))\s+)?"
        rf"(?:(?P<qy>{_YEAR})\s+)?"
        rf"(?:(?P<qfis>(?i:fiscal|calendar))[\s-]+)?"
        rf"(?:(?P<qord>{_ORD}|(?i:latest|current|previous|final|year-ago|year-earlier|same))[\s-]+)?"
        rf"(?:(?P<qfis2>(?i:fiscal))[\s-]+)?"
        rf"(?P<qunit>(?i:quarter|period|half))(?![\s-](?i:point|percentage|century|of\s+a|of\s+the"
        rf"|mile|million|billion|pound|cent|share|stake|interest|ownership|s\b))"
        rf"(?:\s+of\s+(?P<qy2>{_YEAR})|\s+(?P<qy3>{_YEAR}))?",
    ),
    (
        "season",
        rf"(?:(?P<srel>(?i:last|this|next|this\s+past|this\s+coming|the|early|late|the\s+early"
        rf"|the\s+late|mid))[\s-]+)?(?P<season>{_SEASON})(?:\s+(?:of\s+)?(?P<sy>{_YEAR}))?",
    ),
    (
        "decade",
        r"(?:(?P<dart>(?i:the))\s+)?(?:(?P<dmod>(?i:early|mid|late|last\s+half\s+of\s+the"
        r"|first\s+half\s+of\s+the))[\s-]+)?"
        r"(?:(?P<dec4>1\d\d0|20\d0)'?s|'(?P<dec2>\d0)s"
        r"|(?P<decw>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)))",
    ),
    ("century", r"(?:(?i:the)\s+)?(?P<cent>\d{1,2})(?:st|nd|rd|th)\s+(?i:century)"),
    (
        "ago",
        rf"(?P<_head>(?:{_APPROX}\s+)?(?P<anum>{NUMBER_RE}|(?i:several|a\s+few|a\s+couple\s+of|many))"
        rf"[\s-]+(?P<aunit>(?i:{UNIT_RE}))s?)\s+"
        r"(?P<adir>(?i:ago|earlier|before|later|after|from\s+now|hence))"
        r"|(?P<ayear>(?i:year-earlier|year-ago))(?![\s-](?i:quarter|period|levels?))",
    ),
    (
        "rel",
        r"(?:(?P<rmod>(?i:earlier|later|early|late|the\s+end\s+of|the\s+beginning\s+of"
        r"|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of|mid))[\s-]+)?"
        r"(?P<rrel>(?i:last|this|next|the(?=\s+weekend)|the\s+current|the\s+past|the\s+previous|the\s+coming"
        r"|the\s+following|the\s+latest|current|previous|coming|past))\s+"
        r"(?:(?i:fiscal|calendar)\s+)?(?P<runit>(?i:weekend|week|month|year|decade|century))"
        r"(?![\w-])",
    ),
    (
        "theyear",
        r"(?P<ymod2>(?i:the\s+end\s+of|the\s+rest\s+of|the\s+beginning\s+of|the\s+start\s+of"
        r"|earlier\s+in|later\s+in)\s+)?(?P<ydet>(?i:the|that))\s+"
        r"(?:(?i:full|fiscal|calendar|entire|whole)\s+)?(?i:year)(?![\w-]|\s+(?i:two|nineteen|\d))",
    ),
    (
        "duration",
        rf"(?:(?P<dlead>(?i:the|each\s+of\s+the|its|their|his|her|a))\s+)?"
        rf"(?:(?P<ddir>(?i:past|last|next|first|latest|coming|previous|following|final"
        rf"|remaining|initial|same))\s+)?"
        rf"(?:{_APPROX}\s+)?"
        rf"(?P<dnum>{NUMBER_RE}|(?P<dvague>(?i:several|a\s+few|few|many|a\s+couple\s+of)))"
        rf"(?P<dhalf>\s+(?i:and\s+a\s+half))?"
        rf"(?:\s+(?i:more|additional|full|straight|consecutive|trading|business|calendar))?"
        rf"[\s-]+(?P<dunit>(?i:{UNIT_RE}))(?P<dpl>s)?(?:-(?i:long))?(?![\w-])"
        rf"(?:\s+(?i:or\s+so)|(?P<dhalf2>\s+(?i:and\s+a\s+half)(?![\w-])))?"
        rf"|(?P<vlead>(?i:the\s+past|the\s+last|the\s+next|the\s+coming|recent|coming|the\s+early"
        rf"))\s+(?P<vunit>(?i:second|minute|hour|day|week|month|quarter|year|decade))s"
        rf"|(?:(?<=\b[Ff]or )|(?<=\b[Oo]ver ))"
        rf"(?P<bunit>(?i:years|months|weeks|days|decades|hours))(?![\w-])",
    ),
    (
        "year",
        rf"(?:(?P<ymod>(?i:fiscal|calendar|model|mid|early|late|the\s+end\s+of|the\s+beginning"
        rf"\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of|the\s+year|the\s+spring\s+of"
        rf"|the\s+summer\s+of|the\s+fall\s+of|the\s+winter\s+of|the\s+first\s+half\s+of"
        rf"|the\s+second\s+half\s+of|the\s+last\s+half\s+of|the\s+latter\s+half\s+of))[\s-]+)?(?P<yv>{_YEAR})(?![\d'’]|,\d|\.\d|%|-\d|\s*(?i:percent|pct))",
    ),
    (
        "ref",
        r"(?P<present>(?i:right\s+now|now|currently|nowadays|at\s+present|these\s+days))"
        r"|(?P<current>current)(?!\s+(?:account|affairs|assets|liabilities|dollars))"
        r"|(?P<past>(?i:recently|lately|the\s+past))"
        r"|(?P<future>(?i:the\s+near\s+future|the\s+future|the\s+near\s+term"
        r"|the\s+short\s+term|the\s+long\s+term|a\s+later\s+date|as\s+soon\s+as\s+possible))",
    ),
]

_NAME_RE = re.compile(r"\(\?P<\w+>")

FAMILY_RES: dict[str, re.Pattern[str]] = {name: re.compile(p) for name, p in FAMILIES}

# Word boundary on the left, a non-word on the right (or a hyphenated suffix).
CANDIDATE_RE = re.compile(
    r"(?<![\w$#])(?:"
    + "|".join(f"(?P<{name}>{_NAME_RE.sub('(?:', p)})" for name, p in FAMILIES)
    # ends at a word boundary, or where a scraped page glued the next capitalised word on
    + r")(?:(?![^\W_])|(?<=[a-z\d])(?=[A-Z]))"
)

# The core words every candidate contains. Finding these first with an Aho-Corasick automaton,
# then trying the full pattern only at the few word starts just before each, is an order of
# magnitude faster than running the big alternation at every position of the text.
_ANCHOR_WORDS = [
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "hour",
    "hours",
    "minute",
    "minutes",
    "second",
    "seconds",
    "quarter",
    "quarters",
    "decade",
    "decades",
    "fortnight",
    "fortnights",
    "weekend",
    "weekends",
    "period",
    "periods",
    "century",
    "centuries",
    "half",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "overnight",
    "morning",
    "afternoon",
    "evening",
    "night",
    "now",
    "currently",
    "nowadays",
    "present",
    "recently",
    "lately",
    "past",
    "recent",
    "soon",
    "future",
    "term",
    "date",
    "possible",
    "current",
    "daily",
    "weekly",
    "monthly",
    "annually",
    "yearly",
    "hourly",
    "nightly",
    "nineteen",
    "biweekly",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "noon",
    "midnight",
    "midday",
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
    "ago",
]
# Matched only when capitalised: "may", "march" and "sun" in lower case are other words.
_CAPITALISED = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sept",
    "sep",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "christmas",
    "thanksgiving",
    "halloween",
    "easter",
    "valentine's",
]


def _automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for w in _ANCHOR_WORDS:
        auto.add_word(w, (len(w), False))
    for w in _CAPITALISED:
        auto.add_word(w, (len(w), True))
    auto.make_automaton()
    return auto


_AUTOMATON = _automaton()
_DIGITS_RE = re.compile(r"\d+")
_THOUSANDS_RE = re.compile(r"[,.]\d")
_AFTER_NUMBER_RE = re.compile(r"(?::\d\d)?\s*(?i:[ap]\.?m\b)|/\d{1,2}/\d|s\b|(?:st|nd|rd|th)\b")


def _glued(text: str, last: int) -> bool:
    """Whether the word ending at text[last] is glued to a capitalised next word (scraped pages
    lose the space or line break between blocks: "16 FebruaryThe minister"): a lower-case
    letter then an upper-case one is a word boundary there."""
    return text[last].islower() and text[last + 1].isupper()


def anchor_positions(text: str, start: int, end: int) -> list[int]:
    """Start offsets of anchor words and of numbers that can begin a date, in text order."""
    low = text[start:end].lower()
    out: list[int] = []
    for stop, (n, cap) in _AUTOMATON.iter_long(low):
        s = stop - n + 1
        if (s > 0 and low[s - 1].isalnum()) or (
            stop + 1 < len(low) and low[stop + 1].isalnum() and not _glued(text, start + stop)
        ):
            continue
        if cap and not text[start + s].isupper():
            continue
        out.append(start + s)
    for m in _DIGITS_RE.finditer(text, start, end):
        d = m.group()
        p = m.start()
        if p > 0 and text[p - 1] in ",.$#":
            continue
        if len(d) == 4:
            if "1500" <= d <= "2099" and not _THOUSANDS_RE.match(text, m.end()):
                out.append(p)
        elif len(d) <= 2 and _AFTER_NUMBER_RE.match(text, m.end()):
            out.append(p)
    out.sort()
    return out


# Words a candidate may begin with ahead of its anchor ("the past three", "at least two").
STARTERS = frozenset(
    [
        "the",
        "a",
        "an",
        "last",
        "this",
        "next",
        "early",
        "late",
        "mid",
        "each",
        "every",
        "per",
        "about",
        "around",
        "nearly",
        "almost",
        "more",
        "less",
        "fewer",
        "over",
        "up",
        "no",
        "only",
        "just",
        "some",
        "several",
        "few",
        "many",
        "recent",
        "coming",
        "past",
        "fiscal",
        "calendar",
        "model",
        "its",
        "their",
        "his",
        "her",
        "that",
        "earlier",
        "later",
        "right",
        "these",
        "as",
        "at",
        "roughly",
        "approximately",
        "another",
        "under",
        "within",
        "barely",
        "full",
        "couple",
        "first",
        "second",
        "third",
        "fourth",
        "latest",
        "current",
        "previous",
        "final",
        "following",
        "preceding",
        "remaining",
        "initial",
        "same",
        "year-ago",
        "year-earlier",
        "comparable",
        "corresponding",
        "flat",
        "strong",
        "weak",
        "new",
        "independence",
        "labor",
        "memorial",
    ]
) | frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
    ]
)
WORD_RE = re.compile(r"(?<![\w'])[\w']+")
