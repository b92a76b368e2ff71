"""Words of time shared by the dateline parser and the timex finder.

Kept in one place so that the regular expressions and the resolvers agree on spellings (AP
abbreviations like "Sept.", wire forms like "Feb" without a period, number words).
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

# Capitalised month names and abbreviations (the abbreviations take an optional period). Case
# matters: "may", "march" and "mar" in lower case are verbs far more often than months.
MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
# Days of the month written as ordinal words ("the fourth of July", "the twenty-first of May").
_ORD_UNITS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
]
_ORD_TEENS = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
ORDINAL_DAYS: dict[str, int] = {w: i + 1 for i, w in enumerate(_ORD_UNITS)}
ORDINAL_DAYS.update({w: i + 10 for i, w in enumerate(_ORD_TEENS)})
ORDINAL_DAYS.update({"twentieth": 20, "thirtieth": 30, "thirty-first": 31})
ORDINAL_DAYS.update({f"twenty-{w}": 21 + i for i, w in enumerate(_ORD_UNITS)})
ORDINAL_DAY_RE = "(?:" + "|".join(sorted(ORDINAL_DAYS, key=len, reverse=True)) + ")"

WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

UNITS: dict[str, str] = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "week": "W",
    "fortnight": "W",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
    "centurie": "CE",
}
UNIT_RE = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur(?:y|ie))"

ONES = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

_ONES_RE = "|".join(sorted((k for k in ONES if k not in ("a", "an")), key=len, reverse=True))
_TENS_RE = "|".join(TENS)
# "twenty four", "twenty-four", "24", "a", "a couple of", "hundred"
NUMBER_RE = (
    rf"(?i:\d+(?:\.\d+)?(?:\s+1/2)?|(?:{_TENS_RE})(?:[- ](?:{_ONES_RE}))?|{_ONES_RE}"
    r"|a\s+couple\s+of|a\s+hundred|an?)"
)
# Years read out in broadcast transcripts: "nineteen ninety-six", "the year two thousand".
SPELLED_YEAR_RE = (
    rf"(?i:nineteen[\s-]+(?:(?:{_TENS_RE})(?:[\s-]+(?:{_ONES_RE}))?|(?:{_ONES_RE}))"
    r"|(?<=the\syear\s)two\s+thousand(?:\s+and\s+(?:one|two|three|four|five|six|seven|eight"
    r"|nine|ten))?)"
)


def spelled_year(words: str) -> int | None:
    """The year a SPELLED_YEAR_RE match reads out ("nineteen ninety-six" -> 1996)."""
    w = words.lower().replace("-", " ").split()
    if w[:2] == ["two", "thousand"]:
        rest = number_value(" ".join(w[3:])) if len(w) > 3 else 0.0
        return 2000 + int(rest or 0)
    if w[0] == "nineteen":
        rest = number_value(" ".join(w[1:]))
        return 1900 + int(rest) if rest is not None and rest < 100 else None
    return None


def number_value(words: str) -> float | None:
    """The number a matched NUMBER_RE string stands for ("twenty four" -> 24, "2 1/2" -> 2.5)."""
    w = " ".join(words.lower().replace("-", " ").split())
    if not w:
        return None
    half = 0.5 if w.endswith(" 1/2") else 0.0
    if half:
        w = w[:-4].strip()
    if w[0].isdigit():
        try:
            return float(w) + half
        except ValueError:
            return None
    if w == "a couple of":
        return 2.0
    if w == "a hundred":
        return 100.0
    total = 0
    for part in w.split():
        if part in TENS:
            total += TENS[part]
        elif part in ONES:
            total += ONES[part]
        else:
            return None
    return float(total) + half
