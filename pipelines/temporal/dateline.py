"""Wire datelines: `SEOUL:`, `MOSCOW, June 19 (Reuters) -`, `NAIROBI, Kenya (AP) _` ...

A dateline is only accepted when the evidence is strong enough that a headline or page furniture
cannot pass for one: a date or an agency after the place, or a place the gazetteer knows
followed by a dateline separator. Lines further down the page (after a headline, a byline or a
menu) need the same evidence; a bare line holding a place is accepted only in capitals.
"""

from __future__ import annotations

import re
from datetime import date

from pipelines.temporal.gazetteer import country_of_region, lookup_place
from pipelines.temporal.model import Dateline
from pipelines.temporal.resolve import nearest_year_date

# How far into the body a dateline may sit (web pages put headlines and bylines first).
MAX_LINES = 14
MAX_CHARS = 1500

AGENCIES = {
    "reuters": "Reuters",
    "reuter": "Reuters",
    "ap": "AP",
    "afp": "AFP",
    "xinhua": "Xinhua",
    "yonhap": "Yonhap",
    "tass": "TASS",
    "kcna": "KCNA",
    "upi": "UPI",
    "pti": "PTI",
    "ians": "IANS",
    "ani": "ANI",
    "dpa": "dpa",
    "efe": "EFE",
    "ansa": "ANSA",
    "kyodo": "Kyodo",
    "bernama": "Bernama",
    "aa": "AA",
    "andina": "Andina",
    "irna": "IRNA",
    "wam": "WAM",
    "spa": "SPA",
    "mena": "MENA",
    "bloomberg": "Bloomberg",
    "ria novosti": "RIA Novosti",
    "interfax": "Interfax",
    "sputnik": "Sputnik",
    "cna": "CNA",
    "apa": "APA",
    "ips": "IPS",
    "ina": "INA",
    "petra": "Petra",
    "sana": "SANA",
    "xinhuanet": "Xinhua",
    "cnn": "CNN",
    "bbc": "BBC",
}

# Capitalised words that open lines of page furniture and may also be (small) towns.
NOT_PLACES = {
    "police",
    "most",
    "reading",
    "mobile",
    "nice",
    "split",
    "bath",
    "sale",
    "university",
    "home",
    "opinion",
    "world",
    "business",
    "sport",
    "sports",
    "breaking",
    "updated",
    "published",
    "by",
    "editor",
    "image",
    "photo",
    "video",
    "watch",
    "listen",
    "read",
    "trending",
    "advertisement",
    "comment",
}

_MON = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)[a-z]?"
)
_WORD = r"[A-Z][\w'\u2019./\-]*"
_LATER_WORD = r"[A-Za-z][\w'\u2019./\-]*"
_PLACE = rf"(?P<place>{_WORD}(?:[ ]{_LATER_WORD}){{0,3}})"
_REGIONS = rf"(?P<regions>(?:[ ]?,[ ]*(?!{_MON}\.?[ ]+\d)(?:{_WORD})(?:[ ]{_WORD}){{0,2}}){{0,2}})"
_DATE = (
    rf"(?:[ ]?[,.]*[ ]*(?P<date>(?P<mon>{_MON})\.?[ ]*(?P<day>\d{{1,2}})(?!\d)"
    rf"(?:,?[ ]+(?P<year>\d{{4}}))?"
    rf"|(?P<day2>\d{{1,2}})[ ]+(?P<mon2>{_MON})\.?(?:,?[ ]+(?P<year2>\d{{4}}))?))?"
)
_PAREN = r"(?:[ ]*\((?P<paren>[^()\n]{1,40})\))?"
_TRAIL_AGENCY = r"(?:,[ ]*(?P<agency2>Reuters?|AP|AFP))?"
# A single hyphen only before a space: `China-Kenya ink` is a compound, not a dateline.
_SEP = r",?[ \t]*(?P<sep>--|-(?=\s)|\u2014|\u2013|_(?=\s)|:|\||\.(?=[ ]))"
_DATELINE_RE = re.compile(rf"{_PLACE}{_REGIONS}{_DATE}{_PAREN}{_TRAIL_AGENCY}{_SEP}")
_BARE_RE = re.compile(rf"{_PLACE}[ \t\r]*$")
_PIPE_AGENCY_RE = re.compile(r"[ ]*(?P<agency>[A-Z][\w ]{1,20}?)[ ]*\|")
# Wire artefacts ahead of a dateline: asterisks, a stray letter, a repeat marker.
_JUNK_RE = re.compile(r"[* \t]*(?:(?:[a-z]|RPT\W*)[ \t]+)?")
_LINE_RE = re.compile(r"[^\n]*")


def _agency(raw: str | None) -> str | None:
    if not raw:
        return None
    raw = raw.strip()
    k = raw.lower()
    if k in AGENCIES:
        return AGENCIES[k]
    if raw.isupper() and raw.isalpha() and len(raw) <= 8:
        return raw
    return None


def _place_name(raw: str, known: tuple[str, str] | None) -> str:
    """Normalised case: the gazetteer's spelling, else title case for a place in capitals."""
    if known and known[0].upper() == raw.upper().replace("\u2019", "'"):
        return known[0]
    if raw.isupper():
        return " ".join(w.capitalize() if w.isalpha() else w.title() for w in raw.split())
    return raw


def _date(m: re.Match, published: date | None) -> date | None:
    mon = m.group("mon") or m.group("mon2")
    day = m.group("day") or m.group("day2")
    if not mon or not day:
        return None
    year = m.group("year") or m.group("year2")
    month = _month_number(mon)
    if month is None:
        return None
    if year:
        try:
            return date(int(year), month, int(day))
        except ValueError:
            return None
    if published is None:
        return None
    return nearest_year_date(month, int(day), published)


def _month_number(mon: str) -> int | None:
    k = mon.lower().rstrip(".")
    for name, num in (
        ("jan", 1),
        ("feb", 2),
        ("mar", 3),
        ("apr", 4),
        ("may", 5),
        ("jun", 6),
        ("jul", 7),
        ("aug", 8),
        ("sep", 9),
        ("oct", 10),
        ("nov", 11),
        ("dec", 12),
    ):
        if k.startswith(name):
            return num
    return None


def _try_line(
    text: str, start: int, end: int, first: bool, published: date | None
) -> Dateline | None:
    """A dateline at the head of the line text[start:end], if the evidence is strong enough."""
    junk = _JUNK_RE.match(text, start, end)
    if junk:
        start = junk.end()
    m = _DATELINE_RE.match(text, start, end)
    if m is None:
        b = _BARE_RE.match(text, start, end)
        if b and b.group("place").isupper() and b.group("place").lower() not in NOT_PLACES:
            known = lookup_place(b.group("place"))
            if known:
                raw = b.group("place")
                return Dateline(_place_name(raw, known), known[1], None, None, start, b.end())
        return None
    raw = m.group("place").strip()
    regions = [r.strip() for r in m.group("regions").split(",") if r.strip()]
    head, _, last = raw.rpartition(" ")
    if head and last.endswith(".") and country_of_region(last):
        raw, regions = head, [last, *regions]  # `FARMINGTON Conn., March 9`
    known = lookup_place(raw)
    paren = m.group("paren")
    agency = _agency(paren) or _agency(m.group("agency2"))
    if paren and not agency:
        regions.append(paren)
    region_iso = next((c for c in map(country_of_region, regions) if c), None)
    if regions and region_iso is None and not known:
        return None
    sep = m.group("sep")
    stop = m.end()
    if sep == "|":
        pm = _PIPE_AGENCY_RE.match(text, stop, end)
        if pm and _agency(pm.group("agency")):
            agency, stop = _agency(pm.group("agency")), pm.end()
    has_date = bool(m.group("date"))
    if not (has_date or agency):
        if raw.lower() in NOT_PLACES or raw.split()[0].lower() in NOT_PLACES:
            return None
        if not known and region_iso is None:
            return None
        if sep == "." or (not first and sep == "_"):
            return None
    elif not (raw.isupper() or known or region_iso):
        return None
    country = region_iso or (known[1] if known else None)
    return Dateline(_place_name(raw, known), country, _date(m, published), agency, start, stop)


def find_dateline(text: str, body_start: int, published: date | None) -> Dateline | None:
    """The dateline at the head of the body (or a few lines below a headline), else None."""
    limit = min(len(text), body_start + MAX_CHARS)
    pos, seen = body_start, 0
    while pos < limit and seen < MAX_LINES:
        lm = _LINE_RE.match(text, pos, limit)
        end = lm.end()
        if text[pos:end].strip():
            found = _try_line(text, pos, end, seen == 0, published)
            if found:
                return found
            seen += 1
        pos = end + 1
    return None
