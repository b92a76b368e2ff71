"""Shared vocabulary of the coding rules: candidates, rejections, the article context and
the positional helpers that find an actor left or right of a cue, listed actors and places."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipelines.coding import cues
from pipelines.coding.places import city_country
from pipelines.coding.refs import Ref


@dataclass(slots=True)
class Candidate:
    type: str
    status: str
    source: str | None
    target: str | None
    parties: list[str]
    cameo: str
    cue_start: int
    cue_end: int
    cue: str
    rule: str
    confidence: float
    location: tuple[str, str | None] | None = None
    year: str | None = None  # a date fixed by the rule itself ("first since 2000")
    venue: tuple[str, str | None] | None = None  # where a signing took place ("in Rabat")


@dataclass(slots=True)
class Rejection:
    type: str
    cue: str
    reason: str
    dyad: tuple[str | None, str | None] | None = None  # set when the roles were found


@dataclass(slots=True)
class Context:
    """What earlier sentences of the article established, for anaphors and missing roles."""

    dateline_country: str | None = None
    capitals: dict[str, tuple[str, str]] = field(default_factory=dict)
    hosts: dict[str, str] = field(default_factory=dict)  # visitor -> host of its last visit
    last_host: str | None = None
    pair: tuple[str, str] | None = None
    imposer: str | None = None  # imposer of the article's last sanctions
    target: str | None = None  # and their target
    states: set[str] = field(default_factory=set)
    main_visit: tuple[str, str] | None = None  # (visitor, host) of the article's first visit
    main_status: str | None = None  # and its status
    persons: list[tuple[int, str]] = field(default_factory=list)  # (offset, state) of people
    brokers: set[str] = field(default_factory=set)  # states that brokered the article's deal

    def antecedent(self, pos: int, within: int = 400) -> str | None:
        """The state of the person named last before `pos`: who a sentence-opening 'He' is."""
        best = None
        for at, code in self.persons:
            if at >= pos:
                break
            best = (at, code)
        return best[1] if best and pos - best[0] <= within else None


@dataclass(slots=True)
class Sentence:
    text: str  # the whole article
    s: int
    e: int
    refs: list[Ref]
    attribution: int  # offset where a trailing "..., X said" clause starts (or e)


Outcome = Candidate | Rejection


def nearest_left(
    refs: list[Ref],
    pos: int,
    *,
    exclude: set[str] = frozenset(),
    official: bool = True,
    lo: int = 0,
) -> Ref | None:
    for r in reversed(refs):
        fits = r.end <= pos and r.start >= lo and r.code not in exclude and not r.location
        if fits and (r.official or not official) and not r.aside:
            return r
    return None


def first_right(
    refs: list[Ref],
    pos: int,
    limit: int,
    *,
    exclude: set[str] = frozenset(),
    official: bool = True,
    allow_location: bool = True,
) -> Ref | None:
    for r in refs:
        fits = pos <= r.start <= pos + limit and r.code not in exclude
        if (
            fits
            and (r.official or not official or r.location)
            and (allow_location or not r.location)
        ):
            return r
    return None


COORD = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?", re.I)


def coordinated(refs: list[Ref], first: Ref | None, text: str) -> list[Ref]:
    """`first` and the references listed after it: "to South Africa, Zimbabwe and Gabon"."""
    if first is None:
        return []
    out = [first]
    for r in refs:
        if r.start >= out[-1].end and r.kind != "pair":
            if COORD.fullmatch(text, out[-1].end, r.start):
                out.append(r)
            elif r.start > out[-1].end:
                break
    return out


def place(sent: Sentence, ctx: Context, lo: int, hi: int) -> tuple[str, str | None] | None:
    """The first 'in/at/to <Place>' in text[lo:hi] that names a known capital or city."""
    for m in cues.PLACE_AFTER.finditer(sent.text, lo, hi):
        found = known_place(ctx, m.group(1))
        if found:
            return found
    return None


def known_place(ctx: Context, phrase: str) -> tuple[str, str | None] | None:
    words = phrase.split()
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        cap = ctx.capitals.get(name.lower())
        if cap:
            return cap
        country = city_country(name)
        if country:
            return (name, country)
    return None


def place_match(
    sent: Sentence, ctx: Context, lo: int, hi: int
) -> tuple[tuple[str, str | None], int] | None:
    """Where something happened: the first 'in/at <Place>' outside brackets, and its offset."""
    for m in cues.PLACE_AFTER.finditer(sent.text, lo, hi):
        if m.group(0)[:2].lower() == "to" or sent.text.count("(", lo, m.start()) > sent.text.count(
            ")", lo, m.start()
        ):
            continue
        found = known_place(ctx, m.group(1))
        if found:
            return found, m.start()
    return None


def location_ref(ref: Ref | None) -> tuple[str, str | None] | None:
    if ref is not None and ref.kind == "capital":
        return (ref.surface, ref.code)
    return None


def clause_before(text: str, lo: int, pos: int, width: int) -> str:
    """Up to `width` characters before `pos`, from the last sentence-internal stop."""
    chunk = text[max(lo, pos - width) : pos]
    cut = max(chunk.rfind(";"), chunk.rfind(" - "), chunk.rfind(": "))
    return chunk[cut + 1 :] if cut >= 0 else chunk
