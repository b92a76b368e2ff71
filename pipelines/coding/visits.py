"""Visits: visitor and host for a visit cue (verb, noun, 'visiting X', host side, invitation,
presence, tours), the visit's status, and the visits implied by signings and 'first since'."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.coding import cues
from pipelines.coding.refs import Ref
from pipelines.coding.roles import (
    Candidate,
    Context,
    Outcome,
    Rejection,
    Sentence,
    coordinated,
    first_right,
    known_place,
    location_ref,
    nearest_left,
    place,
    place_match,
)
from pipelines.coding.treaties import UNSIGNED
from pipelines.taxonomy import cameo_code
from pipelines.temporal.lexicon import MONTHS

_PARTICIPLE_BEFORE = re.compile(r"\b(?:before|after|while|when|then)\s*,?\s*$", re.I)
_PRONOUN_BEFORE = re.compile(
    r"\b(?:he|she|they)\s+(?:(?:was|were|is|are|will|would|had|has|have|been|be)\s+){0,2}$",
    re.I,
)
# "He then heads to Warsaw": a sentence that opens with the pronoun, whose referent is the
# person named last before it (the actor list of a cue sentence holds no one)
_OPENING_PRONOUN = re.compile(r"\s*(?:He|She)\s+(?![^.;]*\b(?:he|she)\b)")
_REPORTED = re.compile(r"\b(?:said|says|told|that|asked|wants?)\b", re.I)
# "is expected to attend ... and then travel to": a bare verb joined to an earlier plan
_BARE_JOINED = re.compile(r"\b(?:and|or)\s+(?:then\s+)?(?:later\s+)?$", re.I)
_BARE_CUE = re.compile(r"(?:visit|travel|fly|head|tour|arrive|leave|stay|land|go|move)\b", re.I)
# the treaty acts at which the parties' own officials stand in one place
_SIGNING_ACT = re.compile(r"(?:sign|ink|conclud|seal|initial|put|clinch|str[iu]|forg)", re.I)
_ACCEPTED = re.compile(r"\baccept(?:s|ed|ing)?\s+(?:an|the|a|his|her|their)\s+(?:\w+\s+)?$", re.I)
_OBJECT_BEFORE = re.compile(r"\b(?:on|against|with|for|over|from|of)\s+(?:the\s+)?$", re.I)
_AUXILIARY_AFTER = re.compile(r"\s+(?:had|has|have|would|will|is|was|were|did|does|could)\b")
_POSSESSIVE = re.compile(r"^(?:'s|’s|')\s+(?:[\w-]+\s+){0,3}$")

_TO_IN = re.compile(r"\s*(?:[\w,-]+\s+){0,4}?(?:to|in|of|at|into)\s+(?:the\s+)?", re.I)

_NOUN_BEFORE = re.compile(
    r"\b(?:a|an|the|his|her|their|its|this|that|state|official|working|first|second|last|"
    r"recent|upcoming|planned|proposed|during|on|after|before|historic|landmark|rare|"
    r"surprise|unannounced|previous|\d+-day|day-long|week-long|brief|private|return|"
    r"reciprocal|possible|such)\s+$|['’]s\s+(?:(?!to\b)[\w-]+\s+){0,2}$",
    re.I,
)

_BE_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been|being|am)\s+$", re.I)

_RESIDENT_DIPLOMAT = re.compile(r"\b(?:ambassador|envoy|embassy|consul|charg[eé])\b", re.I)

SIGNING_VISIT = "signed_in_host_country"
TALKS_VISIT = "talks_abroad"
# "a visit to Japan by Putin eyed for the autumn": planned by a participle after the cue
_EYED_FOR = re.compile(
    r"[^.;]{0,50}?\b(?:eyed|planned|scheduled|slated|pencilled|penciled)\s+(?:for|in|to|next)\b",
    re.I,
)

# words that may stand between a travel verb and the country: "visited the neighbouring ..."
_DESTINATION_WORDS = frozenset(
    [
        "the",
        "to",
        "in",
        "at",
        "of",
        "into",
        "city",
        "capital",
        "neighbouring",
        "neighboring",
        "nearby",
        "fellow",
        "southern",
        "northern",
        "eastern",
        "western",
        "central",
        "war-torn",
        "on",
        "this",
        "last",
        "next",
        "week",
        "and",
        "also",
        "for",
        "a",
        "an",
        "two",
        "three",
        "officially",
        "briefly",
        "again",
        "island",
        "nation",
        "country",
        "state",
        "kingdom",
        "republic",
        "archipelago",
    ]
)

_TOUR_INCLUDES = re.compile(
    r"\b(?:embark\w*|begins?|began|begun|starts?|started|sets?\s+off|kick\w*\s+off)\b[^.;]{0,60}"
    r"\b(?:includ\w+|will\s+take\s+(?:him|her|them))\b[^.;]{0,20}$",
    re.I,
)

_UNKNOWN_NAME = re.compile(
    r"(?<![\w.])(?!(?:The|A|An|In|On|At|It|He|She|They|This|That|But|And|After|Before|During"
    r"|When|While|Still|However|Meanwhile|Earlier|Later|Last|Next|Finally|Also)\b)"
    r"[A-Z][a-z]{2,}(?:['’]s)?\s+(?:(?:will|would|is|was|also|then|has|had|to|expected|set|"
    r"due|plans?|first|two-day|three-day|state|official)\s+){0,3}$"
)

# "a visit to Japan by Putin", "the trip by the minister": not "the trip follows a decision by"
_VISIT_BY = re.compile(r"\s+(?:(?:to|of|in|the|here|there|[A-Z][\w.'’-]*)\s+){0,5}?by\s+")

_CAPITALISED_AFTER = re.compile(r"\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)")

_AS_PLANNED = re.compile(r"\bas\s+(?:planned|scheduled|expected|announced|agreed)\b", re.I)

_REFUSAL = re.compile(
    r"\b(?:refus\w+|declin\w+|reject\w+|snubb?\w*|not|n't|never|won't|cannot)\b", re.I
)

_REVERSAL_ELSEWHERE = re.compile(
    r"\b(?:comes?|came|could|would|might|may|affect\w*|after|as|despite|amid|follow\w*)\b", re.I
)

_FIRST_TO = re.compile(r"\b(?:first|last|only|second|third)\b(?:\s+[\w.'’-]+){0,4}?\s+to\s*$", re.I)

_THE_COUNTRY = re.compile(r"(?:the|that|this)\s+(?:country|nation|island\s+nation|kingdom)\b", re.I)

_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}$", re.I)

_TITLE_WORDS = frozenset(
    [
        "foreign",
        "minister",
        "president",
        "prime",
        "leader",
        "chief",
        "king",
        "queen",
        "secretary",
        "of",
        "the",
        "vice",
        "deputy",
        "premier",
    ]
)

# the visit is the subject of a future predicate: "the visit, due next week, will begin ..."
_LATER_PLAN = re.compile(
    r"^[^.;]{0,40}?\b(?:will\s+(?:take\s+place|be\s+held|begin|start|go\s+ahead|last|be\s+the)"
    r"|is\s+expected|is\s+due|is\s+scheduled|is\s+planned|has\s+been\s+planned)\b",
    re.I,
)


def _visit_status(sent: Sentence, start: int, end: int, lo: int) -> str | None:
    """actual | planned | reversed from the words around the cue; None when negated."""
    text = sent.text
    before = text[max(lo, start - 70) : start]
    after = text[end : min(sent.e, end + 60)]
    rev = cues.VISIT_REVERSE.search(before[-35:])
    if rev and _REVERSAL_ELSEWHERE.search(before[-35:][rev.end() :]):
        rev = None  # "the postponement comes as a visit ...": another thing was postponed
    if rev or cues.VISIT_REVERSE.search(text, end, min(sent.e, end + 110)):
        return "reversed"
    near = text[max(lo, start - 22) : start]
    if cues.NEGATION.search(near):
        if _AS_PLANNED.search(text, end, min(sent.e, end + 60)):
            return "reversed"  # "will not visit Ireland next month as planned"
        return None
    if (
        _BARE_JOINED.search(before)
        and _BARE_CUE.match(text, start, end)
        and cues.PLANNED.search(text, max(lo, start - 200), start)
    ):
        return "planned"
    if re.search(r"\bexpected\s+(?:in|at)\b", text[start:end], re.I):
        return "planned"
    if _TOUR_INCLUDES.search(before):
        return "planned"  # "has embarked on a tour which includes a visit to": the stops ahead
    if re.search(r"\bthen\s+$", before) and re.match(r"\w+s\b", text[start:end]):
        return "planned"  # "the leader then moves on to South Africa": the next stop
    described = _FIRST_TO.search(before)
    if described:  # "the first Saudi monarch to visit": a description, not an intention
        before = before[: described.start()]
    headline_to = False
    if cues.INFINITIVE_BEFORE.search(before) and not described:
        left = [r for r in sent.refs if r.end <= start and r.kind != "pair"]
        gap_from = left[-1].end if left else sent.s
        words = text[gap_from:start].split()
        headline_to = bool(words) and all(
            w[:1].isupper() or w.lower() in _TITLE_WORDS for w in words[:-1]
        )
    if (
        cues.PLANNED.search(before)
        or headline_to
        or re.match(r"^\W*(?:planned|scheduled|slated|set|plans?)\b", after, re.I)
        or _EYED_FOR.match(after)
    ):
        return "planned"
    later = _LATER_PLAN.match(after)
    if later and re.search(r"\bvisit|trip", text[start:end], re.I):
        return "planned"
    return "actual"


def _subject(refs: list[Ref], sent: Sentence, pos: int, exclude: set[str]) -> Ref | None:
    """The person or state opening the sentence ("Thatcher left Bonn ... ahead of her visit"):
    the usual antecedent of 'his/her' before the cue."""
    for r in refs:
        if r.start >= pos:
            return None
        if r.location or r.kind == "pair" or not r.official:
            continue
        lead = sent.text[sent.s : r.start]
        if r.kind in ("person", "demonym", "state") and len(lead) < 40 and r.code not in exclude:
            return r
        return None
    return None


def _person_before(refs: list[Ref], pos: int, exclude: set[str]) -> Ref | None:
    """The last person named before `pos` in the sentence, the antecedent of 'his/her'."""
    people = [r for r in refs if r.end <= pos and r.kind == "person" and r.code not in exclude]
    return people[-1] if people else None


def _guest_gap_ok(text: str, end: int, who: Ref) -> bool:
    """'welcomed the visiting Sri Lankan President' yes; 'hosted a meeting between' or
    'welcomed Reagan's statement' no: only titles, names and a few words before the guest."""
    gap = text[end : who.start]
    if cues.EVENT_OBJECT.search(gap) or re.match(r"['’]s\b", text[who.end : who.end + 3]):
        return False
    if cues.THING_AFTER.match(text, who.end, who.end + 60):
        return False
    if cues.EVENT_OBJECT.match(text, who.end, who.end + 1) or re.match(
        r"\s+(?:\([^)]{1,12}\)\s+)?(?:[\w-]+\s+)?(?:summit|meeting|conference|talks|forum)\b",
        text[who.end : who.end + 40],
        re.I,
    ):
        return False  # "hosting a United Nations (UN) climate summit"
    return all(w in cues.GUEST_GAP_WORDS for w in re.findall(r"\b[a-z][a-z-]*\b", gap))


@dataclass(slots=True)
class Roles:
    """What one family of cues found: who travels where, by which rule, how sure."""

    visitor: str | None
    host: str | None
    loc: tuple[str, str | None] | None
    rule: str
    conf: float
    listed: list[str]


def _family(sent: Sentence, usable: list[Ref], m: re.Match, family: str) -> str:
    """'visit' after 'a', 'his', "Putin's" or before 'to/of/by' is a noun; 'the visiting
    French President' is an adjective; otherwise the pattern's own family."""
    if family != "verb":
        return family
    text, start, end, cue = sent.text, m.start(), m.end(), m.group(0)

    prev = text[max(sent.s, start - 30) : start]
    compound = next((r for r in reversed(usable) if r.end <= start), None)
    if cue.lower() in ("visit", "visits") and (
        _NOUN_BEFORE.search(prev)
        or re.match(r"\s+(?:of|to|by)\b", text[end : end + 5])
        or (
            compound is not None
            and compound.kind in ("state", "capital")
            and re.fullmatch(r"\s+(?:[\w-]+\s+)?", text[compound.end : start])
        )
    ):
        return "noun"
    if cue.lower() == "visiting" and not _BE_BEFORE.search(prev):
        nxt = first_right(usable, end, 25, allow_location=False)
        # "the visiting French President", not "Modi, visiting France, said"
        if nxt is not None and (
            nxt.kind in ("demonym", "person")
            or cues.TITLE_AFTER.match(text, nxt.end, min(sent.e, nxt.end + 60))
        ):
            return "visiting_adj"
    return family


def _verb_roles(sent: Sentence, ctx: Context, usable: list[Ref], m: re.Match) -> Roles | Rejection:
    """ "X visited Y", "X arrived in Y", "X was visited by Y"."""
    text, start, end, cue = sent.text, m.start(), m.end(), m.group(0)
    visitor = host = None
    listed: list[str] = []
    loc = None
    conf = 0.85
    rule = "verb"
    by = None
    if re.match(r"^\s+by\b", text[end : end + 6], re.I):
        by = first_right(usable, end, 40, allow_location=False)
    if by is not None:
        rule = "passive_visit"
        visitor = by.code
        left = nearest_left(usable, start, exclude={visitor}, lo=sent.s)
        host = left.code if left else None
    else:
        obj = first_right(usable, end, 45)
        if obj is not None and any(
            w not in _DESTINATION_WORDS
            for w in re.findall(r"\b[a-z][a-z-]*\b", text[end : obj.start])
        ):
            return Rejection("visit", cue, "what was visited is not the country named after it")
        named = _CAPITALISED_AFTER.match(text, end, min(sent.e, end + 40))
        if (
            obj is None
            and named
            and cue[:1].islower()
            and not known_place(ctx, named.group(1))
            and not place(sent, ctx, sent.s, sent.e)
        ):
            return Rejection("visit", cue, f"destination '{named.group(1)}' is not a country")
        if obj is None and _THE_COUNTRY.match(text, end + 1, end + 30):
            here = nearest_left(usable, start, lo=sent.s)
            obj = here
        elif (
            obj is None
            and re.match(r"\s+(?:a|an|the)?\s*[a-z]", text[end : end + 12])
            and not place(sent, ctx, end, min(sent.e, end + 50))
            and not re.match(r"\s+(?:to|in|for)\b", text[end : end + 6])
        ):
            return Rejection("visit", cue, "the object visited is not a country")
        host = obj.code if obj else None
        loc = location_ref(obj)
        listed = [r.code for r in _onward(usable, coordinated(usable, obj, text), text)]
        subj = nearest_left(usable, start, exclude=set(listed), lo=sent.s)
        if _PARTICIPLE_BEFORE.search(text, max(sent.s, start - 20), start):
            # "X held talks with Abe before heading to Pyongyang": X travels
            subj = _subject(usable, sent, start, set(listed)) or subj
        elif _PRONOUN_BEFORE.search(text, max(sent.s, start - 25), start) and (
            subj is None or subj.kind != "person"
        ):
            he = ctx.antecedent(sent.s) if _OPENING_PRONOUN.match(text, sent.s, start) else None
            if he is None or he in listed:
                return Rejection("visit", cue, "the traveller is a 'he/she' who is not an actor")
            return Roles(he, host, loc, rule + "+pronoun", 0.85, listed)
        if (
            (subj is None or subj.kind in ("org", "organ"))
            and _OPENING_PRONOUN.match(text, sent.s, start)
            and not _REPORTED.search(text, sent.s, start)
        ):
            he = ctx.antecedent(sent.s)
            if he is not None and he not in listed:
                return Roles(he, host, loc, rule + "+pronoun", 0.85, listed)
        if subj is None:
            subj = first_right(usable, end, 90, exclude=set(listed), allow_location=False)
            if subj is not None and not re.match(
                r"\s+(?:delegation|officials|team|minister|president|leader)",
                text[subj.end : subj.end + 14],
                re.I,
            ):
                subj = None
        described = _FIRST_TO.search(text, max(sent.s, start - 70), start)
        if described:
            # "the first Saudi monarch to visit": the visitor is named inside the phrase
            inside = [r for r in usable if described.start() <= r.start < described.end()]
            if not inside:
                return Rejection("visit", cue, "'the first ... to visit' names no actor")
            subj = inside[-1]
        visitor = subj.code if subj else None
    return Roles(visitor, host, loc, rule, conf, listed)


_AND_ON_TO = re.compile(
    r"\s+(?:(?:on|next|this|in)\s+\w+\s+)?,?\s*(?:and|then|before)\s+(?:then\s+)?(?:on\s+)?to\s+(?:the\s+)?"
)


def _onward(refs: list[Ref], hosts: list[Ref], text: str) -> list[Ref]:
    """Hosts joined as stops: "to Qatar on Wednesday and to the UAE on Thursday"."""
    while hosts:
        m = _AND_ON_TO.match(text, hosts[-1].end)
        nxt = next((r for r in refs if m and r.start == m.end()), None)
        if nxt is None:
            break
        hosts = [*hosts, nxt]
    return hosts


def _noun_roles(sent: Sentence, ctx: Context, usable: list[Ref], m: re.Match) -> Roles | Rejection:
    """ "X's visit to Y", "a visit to Y by X", "the visit of X to Y", "his trip"."""
    text, start, end, cue = sent.text, m.start(), m.end(), m.group(0)
    visitor = host = None
    listed: list[str] = []
    loc = None
    conf = 0.85
    rule = "noun"
    prev = text[max(sent.s, start - 40) : start]
    prev = text[max(sent.s, start - 40) : start]
    poss = None
    for r in reversed(usable):
        if r.end <= start and _POSSESSIVE.match(text[r.end : start]):
            poss = r
            break
    gap = _TO_IN.match(text, end, min(sent.e, end + 40))
    obj = first_right(usable, gap.end(), 25) if gap else None
    of_ref = None
    if (
        gap
        and obj is not None
        and (
            obj.kind in ("person", "demonym")
            or cues.TITLE_AFTER.match(text, obj.end, min(sent.e, obj.end + 60))
        )
        and re.search(r"\bof\s+(?:the\s+)?$", text[end : gap.end()], re.I)
    ):
        # "the visit of Prime Minister X to Argentina": X is the visitor
        of_ref = obj
        gap = _TO_IN.match(text, obj.end, min(sent.e, obj.end + 40))
        obj = first_right(usable, gap.end(), 25) if gap else None
    if gap and obj is None and _THE_COUNTRY.search(text, gap.start(), gap.end() + 20):
        # "X's visit to the country": the country named before, not the visitor's own
        before_refs = [r for r in usable if r.end <= start]
        own = before_refs[-1].code if before_refs else None
        states = [r for r in before_refs if r.kind in ("state", "capital") and r.code != own]
        obj = states[-1] if states else None
    compound = next((r for r in reversed(usable) if r.end <= start), None)
    is_compound = (
        compound is not None
        and compound.kind in ("state", "capital")
        and re.fullmatch(r"\s+(?:[\w-]+\s+)?", text[compound.end : start])
    )
    if (
        gap
        and obj is None
        and not is_compound
        and re.match(r"(?:a|an|the)?\s*[a-z]", text[gap.end() : gap.end() + 12])
    ):
        dest = text[gap.end() : gap.end() + 30]
        if not place(sent, ctx, gap.start(), min(sent.e, gap.end() + 40)):
            return Rejection("visit", cue, f"destination '{dest.strip()}' is not a country")
    compound = next((r for r in reversed(usable) if r.end <= start), None)
    if (
        obj is None
        and compound is not None
        and compound.kind in ("state", "capital")
        and re.fullmatch(r"\s+(?:[\w-]+\s+)?", text[compound.end : start])
    ):
        obj = compound  # "Putin's Japan visit"
    if obj is None:
        obj = first_right(usable, end, 40)
        if obj is not None and not obj.location and obj.kind not in ("state", "capital"):
            obj = None
        if (
            obj is not None
            and obj.kind == "capital"
            and obj.start - end < 3
            and _AUXILIARY_AFTER.match(text, obj.end, sent.e)
        ):
            obj = None  # "a visit Beijing had warned against": the capital speaks, no host
    by_ref = None
    bym = _VISIT_BY.match(text[end : end + 60])
    if bym:
        by_ref = first_right(usable, end + bym.end(), 25, allow_location=False)
    if obj is not None and by_ref is not None and obj.code == by_ref.code:
        obj = None
    host = obj.code if obj else None
    loc = location_ref(obj)
    listed = [r.code for r in coordinated(usable, obj, text)]
    excl = set(listed)
    if of_ref is not None and of_ref.code not in excl:
        visitor, rule = of_ref.code, "visit_of"
    elif poss is not None and poss.code not in excl:
        visitor, rule = poss.code, "possessive_visit"
    elif by_ref is not None and by_ref.code not in excl:
        visitor, rule = by_ref.code, "visit_by"
    elif obj is None and ctx.main_visit and _DEFINITE_BEFORE.search(prev):
        visitor, host = ctx.main_visit
        rule, conf = "visit_anaphor", 0.7
    elif re.search(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}$", prev, re.I) and (
        subject := _person_before(usable, start, excl) or _subject(usable, sent, start, excl)
    ):
        # "China sanctioned Pelosi over her visit": 'her' is the person, not a state subject
        visitor, rule, conf = subject.code, "visit_his_subject", 0.75
    elif (
        ctx.main_visit
        and re.search(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}$", prev, re.I)
        and ctx.main_visit[0] not in excl
        and nearest_left(usable, start, exclude=excl, lo=max(sent.s, start - 60)) is None
    ):
        visitor, rule, conf = ctx.main_visit[0], "visit_his", 0.7
    else:
        subj = nearest_left(usable, start, exclude=excl, lo=sent.s)
        if subj is not None and _OBJECT_BEFORE.search(
            text, max(sent.s, subj.start - 12), subj.start
        ):
            # "lifting sanctions on Syria, announced during a visit to Riyadh": the object of
            # a preposition does not travel; the sentence's subject does
            opener = _subject(usable, sent, start, excl)
            if opener is not None and opener.code != subj.code:
                subj = opener
        if subj is None and not re.search(r"\b(?:his|her|their|its)\s+$", prev, re.I):
            subj = first_right(usable, end, 60, exclude=excl, allow_location=False)
            if subj is not None and subj.kind not in ("person", "demonym"):
                subj = None
            conf = 0.7
        visitor = subj.code if subj else None
        rule = "visit_noun_subject"
    return Roles(visitor, host, loc, rule, conf, listed)


def _take_roles(sent: Sentence, ctx: Context, usable: list[Ref], m: re.Match) -> Roles | Rejection:
    """ "a tour that will take X to Y and Z"."""
    text, start, end, cue = sent.text, m.start(), m.end(), m.group(0)
    visitor = host = None
    listed: list[str] = []
    loc = None
    conf = 0.85
    rule = "take"
    inside = [r for r in usable if start < r.start and r.end <= end and r.kind == "person"]
    dest = first_right(usable, end, 20)
    if not inside or dest is None or dest.code == inside[-1].code:
        return Rejection("visit", cue, "'take X to' without a leader and a country")
    visitor, host, loc, rule = inside[-1].code, dest.code, location_ref(dest), "taken_to"
    listed = [r.code for r in coordinated(usable, dest, text)]
    return Roles(visitor, host, loc, rule, conf, listed)


def _presence_roles(
    sent: Sentence, ctx: Context, usable: list[Ref], m: re.Match
) -> Roles | Rejection:
    """ "X was in <a foreign capital>"."""
    start, end, cue = m.start(), m.end(), m.group(0)
    visitor = host = None
    listed: list[str] = []
    loc = None
    conf = 0.85
    rule = "presence"
    where = first_right(usable, end, 4)
    who = nearest_left(usable, start, lo=max(sent.s, start - 40))
    expected = "expected" in cue.lower()  # "Trump is still expected in Poland": a plan
    kinds = ("capital", "state") if expected else ("capital",)
    if where is None or where.kind not in kinds or who is None or who.kind != "person":
        return Rejection("visit", cue, "'was in' without a leader and a capital")
    if who.code == where.code:
        return Rejection("visit", cue, "a leader at home")
    visitor, host, loc, rule = who.code, where.code, location_ref(where), "presence_abroad"
    return Roles(visitor, host, loc, rule, conf, listed)


def _visiting_roles(
    sent: Sentence, ctx: Context, usable: list[Ref], m: re.Match
) -> Roles | Rejection:
    """ "the visiting French President"."""
    text, start, end, cue = sent.text, m.start(), m.end(), m.group(0)
    visitor = host = None
    listed: list[str] = []
    loc = None
    conf = 0.85
    rule = "visiting_adj"
    if _REFUSAL.search(text, max(sent.s, start - 45), start):
        return Rejection("visit", cue, "a refused or negated meeting with a 'visiting' guest")
    who = first_right(usable, end, 25, allow_location=False)
    visitor = who.code if who else None
    left = nearest_left(usable, start, exclude={visitor} if visitor else set(), lo=sent.s)
    host = left.code if left else None
    rule = "visiting_adjective"
    return Roles(visitor, host, loc, rule, conf, listed)


def _host_roles(sent: Sentence, ctx: Context, usable: list[Ref], m: re.Match) -> Roles | Rejection:
    """ "X hosted Y", "X welcomed Y", "thanked his host X"."""
    text, start, end, cue = sent.text, m.start(), m.end(), m.group(0)
    visitor = host = None
    listed: list[str] = []
    loc = None
    conf = 0.85
    rule = "host"
    head = cue.lower()
    if head.startswith(("receiv", "greet")):
        who = first_right(usable, end, 35, allow_location=False)
        if who is None or who.kind not in ("person", "demonym", "org", "anaphor"):
            return Rejection("visit", cue, "'received' without an official as object")
    if head in ("host", "hosts") and _NOUN_BEFORE.search(text[max(sent.s, start - 20) : start]):
        # "thanked his host Kim": the named host receives the sentence's subject
        named = first_right(usable, end, 12, allow_location=False)
        if named is None or named.kind != "person":
            return Rejection("visit", cue, "'host' as a noun without a named host")
        host = named.code
        guest = nearest_left(usable, start, exclude={host}, lo=sent.s)
        visitor = guest.code if guest else None
        rule = "named_host"
    else:
        host_ref = nearest_left(usable, start, lo=sent.s)
        host = host_ref.code if host_ref else None
        who = first_right(usable, end, 60, exclude={host} if host else set(), allow_location=False)
        if who is not None and not _guest_gap_ok(text, end, who):
            return Rejection("visit", cue, "host-side verb whose object is not a guest")
        visitor = who.code if who else None
        rule = "host_side"
    if host is None or visitor is None:
        return Rejection("visit", cue, "host-side cue without both host and guest")
    return Roles(visitor, host, loc, rule, conf, listed)


def _invitation(sent: Sentence, ctx: Context, usable: list[Ref], m: re.Match) -> Outcome:
    """ "X invited Y to visit Z": a planned visit of Y (CAMEO 036)."""
    text, start, end, cue = sent.text, m.start(), m.end(), m.group(0)
    if re.search(
        r"\b(?:at|on|upon|following)\s+(?:the\s+)?(?:\w+\s+)?$",
        text[max(sent.s, start - 25) : start],
        re.I,
    ):
        return Rejection("visit", cue, "'at the invitation of' names the host of this visit")
    if _ACCEPTED.search(text, max(sent.s, start - 30), start):
        # "Trump had accepted an invitation from Queen Margrethe": the subject is the guest
        guest_ref = nearest_left(usable, start, lo=sent.s)
        by = re.match(r"\s+(?:from|of|extended\s+by)\s+", text[end : end + 20], re.I)
        host_ref = (
            first_right(usable, end + by.end(), 40, exclude={guest_ref.code})
            if by and guest_ref
            else None
        )
        if guest_ref is None or host_ref is None:
            return Rejection("visit", cue, "accepted invitation without guest and host")
        return Candidate(
            "visit",
            "planned",
            guest_ref.code,
            host_ref.code,
            sorted({guest_ref.code, host_ref.code}),
            cameo_code("visit", "planned"),
            start,
            end,
            cue,
            "accepted_invitation",
            0.8,
            place(sent, ctx, end, sent.e),
        )
    inviter = nearest_left(usable, start, lo=sent.s)
    to = re.search(
        r"\bto\s+(?:visit|come\s+to|travel\s+to|make\s+a\s+visit\s+to)?",
        text[end : min(sent.e, end + 80)],
        re.I,
    )
    if to is None and cue.lower() != "invitation":
        return Rejection("visit", cue, "invitation without a destination")
    limit = to.start() if to else 60
    guest = first_right(
        usable, end, limit, exclude={inviter.code} if inviter else set(), allow_location=False
    )
    visitor = guest.code if guest else None
    dest = first_right(
        usable, end + (to.end() if to else 0), 40, exclude={visitor} if visitor else set()
    )
    host = dest.code if dest else (inviter.code if inviter else None)
    loc = location_ref(dest)
    rule = "invitation"
    if visitor is None or host is None or visitor == host:
        return Rejection("visit", cue, "invitation without guest and host")
    return Candidate(
        "visit",
        "planned",
        visitor,
        host,
        sorted({visitor, host}),
        cameo_code("visit", "planned"),
        start,
        end,
        cue,
        rule,
        0.8,
        loc or place(sent, ctx, end, sent.e),
    )


_FAMILIES = {
    "verb": _verb_roles,
    "noun": _noun_roles,
    "take": _take_roles,
    "presence": _presence_roles,
    "visiting_adj": _visiting_roles,
    "host": _host_roles,
}


def visit(sent: Sentence, ctx: Context, m: re.Match, family: str) -> Outcome | list[Outcome]:
    """Visitor and host for one visit cue, then the checks every visit must pass, its status
    and one candidate per listed host."""
    text, start, end, cue = sent.text, m.start(), m.end(), m.group(0)
    lead = text[max(sent.s, start - 30) : start]
    opinion = cues.OPINION.search(lead)
    scheduled = opinion is not None and (
        opinion.group(0).lower().startswith("due") and not lead[opinion.end() :].strip()
    )
    if opinion and not scheduled:
        # "is due to travel on to Qatar" is a schedule, "due to the visit" a cause
        return Rejection("visit", cue, "opinion about the visit, not a visit")
    usable = [
        r for r in sent.refs if (r.start < sent.attribution or r.start < start) and r.kind != "pair"
    ]
    family = _family(sent, usable, m, family)
    if family == "invite":
        return _invitation(sent, ctx, usable, m)
    found = _FAMILIES[family](sent, ctx, usable, m)
    if isinstance(found, Rejection):
        return found
    visitor, host, loc, rule, conf, listed = (
        found.visitor,
        found.host,
        found.loc,
        found.rule,
        found.conf,
        found.listed,
    )
    if loc is None:
        loc = place(sent, ctx, start, sent.e)
    if (
        visitor is None
        and ctx.main_visit
        and family in ("verb", "noun")
        and _UNKNOWN_NAME.search(text, max(sent.s, start - 30), start)
        and ctx.main_visit[0] != host
    ):
        # "Salman will also visit Brunei": a name the dictionaries lack, in an article
        # about that leader's travels
        visitor, rule, conf = ctx.main_visit[0], rule + "+article_visitor", 0.6
    if host is None and loc is not None and loc[1] != visitor:
        host, conf = loc[1], min(conf, 0.75)
    if (
        host is None
        and visitor is not None
        and visitor == ctx.dateline_country
        and rule == "visit_noun_subject"
    ):
        # "Xi and Putin signed ... on the second day of a visit", filed from Moscow: the
        # dateline's state hosts, the other leader of the sentence is the guest
        guests = {
            r.code
            for r in usable
            if r.official and not r.location and r.code != visitor and r.kind != "org"
        }
        if len(guests) == 1:
            (guest,) = guests
            visitor, host, conf, rule = guest, ctx.dateline_country, 0.65, rule + "+dateline_host"
    if host is None and visitor is not None:
        other = [
            r
            for r in usable
            if r.code != visitor and r.official and (not r.location or 0 <= r.start - end < 60)
        ]
        if len({r.code for r in other}) == 1:
            host, conf = other[0].code, 0.65
        elif visitor in ctx.hosts:
            host, conf = ctx.hosts[visitor], 0.6
        elif ctx.dateline_country and ctx.dateline_country != visitor:
            host, conf = ctx.dateline_country, 0.55
    if visitor is None:
        return Rejection("visit", cue, "no visitor (state, organisation or official) found")
    vref = next((r for r in usable if r.code == visitor), None)
    if vref is not None and cues.NON_OFFICIAL_AFTER.match(
        text, vref.end, min(sent.e, vref.end + 40)
    ):
        return Rejection("visit", cue, "troops, teams or private travellers, not an official visit")
    if vref is not None and _RESIDENT_DIPLOMAT.search(text[vref.start : start]):
        return Rejection("visit", cue, "a resident diplomat's call, not a visit")
    if host is None:
        return Rejection("visit", cue, "no host country found")
    if visitor == host:
        return Rejection("visit", cue, "visitor and host are the same state")
    if ctx.states and host not in ctx.states:
        return Rejection("visit", cue, f"the host {host} is not a state")
    status = _visit_status(sent, start, end, sent.s)
    if status is None:
        return Rejection("visit", cue, "negated", (visitor, host))
    if loc is not None and loc[1] != host:
        loc = None
    anaphoric = rule in ("visit_anaphor", "visit_his") or re.search(
        r"\b(?:during|throughout|on|after)\s+(?:his|her|the|this)\s+(?:[\w-]+\s+){0,2}$",
        text[max(sent.s, start - 40) : start],
        re.I,
    )
    if (
        status == "actual"
        and ctx.main_status
        and ctx.main_visit == (visitor, host)
        and (anaphoric or conf < 0.85)
    ):
        status = ctx.main_status  # "announcing the visit": the article's visit, as it stands
    cameo = cameo_code("visit", status)  # the visitor is the source, host side included
    hosts = [host] + [c for c in dict.fromkeys(listed) if c not in (host, visitor)]
    return [
        Candidate(
            "visit",
            status,
            visitor,
            h,
            sorted({visitor, h}),
            cameo,
            start,
            end,
            cue,
            rule if n == 0 else rule + "+listed",
            conf,
            loc if n == 0 else None,
        )
        for n, h in enumerate(hosts)
    ]


def visits_of_talks(sent: Sentence, ctx: Context, m: re.Match) -> list[Outcome]:
    """Officials of A and B who hold talks in a city of C travelled to C: one visit each
    (not a visit of A to B - that is a meeting)."""
    start, end, cue = m.start(), m.end(), m.group(0)
    found = place_match(sent, ctx, end, min(sent.e, end + 80))
    if found is None or found[0][1] is None:
        return []
    where, at = found
    host = where[1]
    guests = [
        r.code
        for r in sent.refs
        if r.official
        and not r.location
        and r.kind != "pair"
        and r.start < at
        and r.start < sent.attribution
        and r.code != host
        and r.code in ctx.states
    ]
    if not guests or host not in ctx.states:
        return []
    # the modality must govern the talks themselves: "will hold talks", not "a visit agreed
    # to at a meeting"
    lo = start if cue[:2].lower() == "at" else max(sent.s, start - 25)
    status = _visit_status(sent, start, end, lo)
    if status is None:
        return [Rejection("visit", cue, "negated talks abroad")]
    cameo = cameo_code("visit", status)
    return [
        Candidate(
            "visit",
            status,
            g,
            host,
            sorted({g, host}),
            cameo,
            start,
            end,
            cue,
            TALKS_VISIT,
            0.6,
            where,
        )
        for g in dict.fromkeys(guests)
    ]


def visits_of_signing(cand: Candidate, ctx: Context) -> list[Candidate]:
    """States that sign in a place travelled there: "A and B signed in <B's capital>" is a
    visit of A to B; "A and B signed in <C's city>" is a visit of each to C."""
    if cand.venue is None or cand.status == "reversed" or cand.venue[1] is None:
        return []
    if not _SIGNING_ACT.match(cand.cue):
        return []  # entry into force, ratification: instruments are exchanged, not carried
    where = cand.venue[1]
    if not all(p in ctx.states for p in cand.parties):
        return []
    guests = [p for p in cand.parties if p != where]
    if where in cand.parties and len(cand.parties) != 2:
        return []
    # "left the White House without signing": the guests were there, whatever the deal
    status = "actual" if cand.rule == UNSIGNED else cand.status
    cameo = cameo_code("visit", status)
    return [
        Candidate(
            "visit",
            status,
            g,
            where,
            sorted({g, where}),
            cameo,
            cand.cue_start,
            cand.cue_end,
            cand.cue,
            SIGNING_VISIT,
            0.6,
            cand.location,
        )
        for g in guests
    ]


def first_since(sent: Sentence, cand: Candidate) -> Candidate | None:
    """'the trip, X's first to Y since 2000' also tells of an earlier visit in that year, and
    so does a called-off trip that 'would have been the first since 2018'."""
    m = cues.FIRST_SINCE.search(sent.text, sent.s, sent.e)
    if m is None or cand.type != "visit":
        return None
    return Candidate(
        "visit",
        "actual",
        cand.source,
        cand.target,
        list(cand.parties),
        cameo_code("visit", "actual"),
        m.start(),
        m.end(),
        m.group(0),
        "first_since_year",
        0.6,
        None,
        f"{m.group(2)}-{MONTHS[m.group(1).strip().lower()]:02d}" if m.group(1) else m.group(2),
    )
