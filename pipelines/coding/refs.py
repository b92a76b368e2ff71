"""Actor references of one sentence: dictionary matches resolved to codes, plus anaphors.

A reference knows whether it is an *official* actor (a state, organisation, leader, organ, a
capital used as metonym, or a demonym heading an official: "Russian President") and whether it
is a *location* ("visit to Pyongyang"), because only officials act and locations only host.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from pipelines.coding import cues
from pipelines.coding.actors import CAPITAL, DEMONYM, PERSON, STATE, Entry, Match, resolve
from pipelines.temporal.lexicon import MONTHS

# a capitalised word that may be a misspelt leader's name
# "officials from Tehran": the capital stands for the state that sent them
_ENVOYS_FROM = re.compile(
    r"\b(?:officials|delegations?|delegates|diplomats|envoys|negotiators|representatives"
    r"|ministers|leaders|mediators)\s+from\s+(?:the\s+)?$",
    re.I,
)
_NAME = re.compile(r"\b[A-Z][a-z]{5,}\b")
# "the summit in Hiroshima, Japan": the state after a located city names where, not who
_CITY_COMMA_BEFORE = re.compile(
    r"\b(?:in|at|to|into|near|outside)\s+(?:the\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2},\s*$"
)
# "arrived in the Ukrainian capital": a demonym before "capital" after a locative is the place
_CAPITAL_WORD = re.compile(r"\s+capital\b", re.I)


# a one-word leader's name inside a longer personal name: the next word is a name too
_NAME_GOES_ON = re.compile(
    r"\s(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December|And|But|The)\b)"
    r"[A-Z][a-z]{2,}\b"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH = re.compile(
    r"\bin\s+(January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b(?!\s+\d)"
)


def _told_dates(text: str, s: int, e: int, when: date | None) -> list[date]:
    """The times a sentence tells of besides the publication date: each year it names ("signed
    in 2010 by Obama"), and a bare month ("in January") as its last occurrence before `when`."""
    out = [date(int(y.group(0)), 7, 1) for y in _YEAR.finditer(text, s, e)]
    if when is not None:
        for mo in _MONTH.finditer(text, s, e):
            month = MONTHS[mo.group(1).lower()]
            year = when.year if month <= when.month else when.year - 1
            out.append(date(year, month, 15))
    return out


def _resolve_person(m: Match, text: str, s: int, e: int, when: date | None) -> str | None:
    """A person out of office at publication time acts for the state they served when the
    sentence's own year or month places the story ("signed in 2010 by Barack Obama")."""
    code = resolve(m.entries, when)
    if code is not None or m.kind != PERSON:
        return code
    for then in _told_dates(text, s, e, when):
        found = resolve(m.entries, then)
        if found is not None:
            return found
    return None


@dataclass(frozen=True, slots=True)
class Ref:
    start: int
    end: int
    code: str
    kind: str  # state | demonym | capital | org | person | organ | anaphor | pair
    surface: str
    official: bool
    location: bool
    aside: bool = False  # inside "including X", "such as X": not the clause's actor


def _in_a_name(text: str, m: Match, s: int) -> bool:
    """A state or demonym that is part of a company's or an organisation's name, or inside a
    wire's <TICKER> brackets, is not an actor."""
    if m.kind not in (STATE, DEMONYM, CAPITAL):
        return False
    lt = text.rfind("<", s, m.start)
    if lt != -1 and text.find(">", lt, m.start) == -1:
        return True
    return bool(
        cues.ORG_NAME_BEFORE.search(text, max(s, m.start - 30), m.start)
        or cues.ORG_NAME_AFTER.match(text, m.end, m.end + 40)
    )


def sentence_refs(
    text: str,
    matches: list[Match],
    s: int,
    e: int,
    when: date | None,
    host_code: str | None,
    pair: tuple[str, str] | None,
    fuzzy: Callable[[str], tuple[Entry, ...]] | None = None,
) -> list[Ref]:
    """References in text[s:e], in order; `host_code`/`pair` resolve "his host", "the two"."""
    refs: list[Ref] = []
    for m in matches:
        if m.kind == PERSON and " " not in m.surface and _NAME_GOES_ON.match(text, m.end, e):
            continue  # "Mullah Abdul Ghani Baradar" is not President Ghani
        code = _resolve_person(m, text, s, e, when)
        if code is None or _in_a_name(text, m, s):
            continue
        kind = m.kind
        before = text[max(s, m.start - 25) : m.start]
        located = (
            bool(cues.LOCATIVE_BEFORE.search(before)) and not _ENVOYS_FROM.search(before)
        ) or bool(kind == STATE and _CITY_COMMA_BEFORE.search(text, max(s, m.start - 45), m.start))
        if kind == DEMONYM and located and _CAPITAL_WORD.match(text, m.end, e):
            refs.append(Ref(m.start, m.end, code, STATE, m.surface, True, True))
        elif kind == DEMONYM:
            official = bool(cues.TITLE_AFTER.match(text, m.end, min(e, m.end + 60)))
            refs.append(Ref(m.start, m.end, code, kind, m.surface, official, False))
        elif kind == CAPITAL:
            metonym = not located and bool(cues.METONYM_AFTER.match(text, m.end, e))
            refs.append(Ref(m.start, m.end, code, kind, m.surface, metonym, located))
        else:
            refs.append(Ref(m.start, m.end, code, kind, m.surface, True, located and kind == STATE))
    if fuzzy is not None:
        taken = [(m.start, m.end) for m in matches]
        for w in _NAME.finditer(text, s, e):
            if any(a <= w.start() < b for a, b in taken):
                continue
            entries = fuzzy(w.group(0))
            code = resolve(entries, when) if entries else None
            if code:
                refs.append(Ref(w.start(), w.end(), code, "person", w.group(0), True, False))
    if host_code:
        for m in cues.HIS_HOST.finditer(text, s, e):
            refs.append(Ref(m.start(), m.end(), host_code, "anaphor", m.group(0), True, False))
    if pair:
        for m in cues.TWO_SIDES.finditer(text, s, e):
            for code in pair:
                refs.append(Ref(m.start(), m.end(), code, "pair", m.group(0), True, False))
    refs.sort(key=lambda r: r.start)
    return [
        replace(r, aside=True)
        if cues.ASIDE_BEFORE.search(text, max(s, r.start - 16), r.start)
        else r
        for r in refs
    ]
