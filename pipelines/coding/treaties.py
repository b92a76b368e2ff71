"""Treaties: the parties, status and venue of an agreement signed, planned or abandoned."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from pipelines.coding import cues
from pipelines.coding.roles import (
    Candidate,
    Context,
    Outcome,
    Rejection,
    Sentence,
    coordinated,
    place,
    place_match,
)
from pipelines.taxonomy import cameo_code

_SIGN_NOUN = re.compile(r"\b(?:a|little|no|any|the|every|clear|first|positive|good)\s+$", re.I)

_TITLE_OF_NAME = re.compile(
    r"\s+(?:on|of|for)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January"
    r"|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z]"
)

_RENEW = re.compile(r"renew|extend", re.I)
_NON_STATE = re.compile(
    r"\b(?:with|and)\s+(?:the\s+)?(?:\w+\s+)?(?:Taliban|opposition|rebels?|insurgents|militants"
    r"|militias?|Hamas|Hezbollah|Houthis?|guerrillas?)\b"
)
# "signed a presidential memorandum": one government's order, no second party
_DOMESTIC_ACT = re.compile(r"\b(?:presidential|executive|internal|cabinet)\s+$", re.I)
# "a deal brokered by China", "in the presence of China's top diplomat": a go-between
_BROKER_BEFORE = re.compile(
    r"\b(?:(?:brokered|mediated|facilitated|witnessed|hosted)\s+by|in\s+the\s+presence\s+of"
    r"|with\s+the\s+mediation\s+of)\s+(?:the\s+)?$",
    re.I,
)
# "Trump hosted the three ministers for the ceremony": the host of a signing is no party
_HOSTED_AFTER = re.compile(r"\s+(?:also\s+)?(?:hosted|hosts|welcomed)\b")
# "talks on a trade pact", "in talks over the accord": talks about the agreement plan it;
# "X guided the talks, and the agreement ..." does not
_TALKS_ABOUT = re.compile(
    r"\s+(?:(?:with|between)\s+[^,;]{0,40}?\s+)?(?:on|about|over|for|towards?|to\s+\w+|aimed\s+at"
    r"|aiming\s+at|that\s+could\s+\w+)\s+(?:[\w.'’-]+\s+){0,6}$",
    re.I,
)
_AFTER_TALKS = re.compile(
    r"\b(?:after|following|at\s+the\s+end\s+of|concluding)\s+(?:[\w-]+\s+){0,4}$", re.I
)
# "suspending its participation in New START, the last arms control treaty": the verb acts on
# the named agreement that the treaty noun stands in apposition to
_NAMED_APPOSITION = re.compile(
    r"\s+(?:(?:its|their|the)\s+(?:participation|membership|part)\s+in\s+)?(?:the\s+)?"
    r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3},\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,6}"
)

_PASSIVE_GAP = re.compile(
    r"[\s\w-]{0,30}?\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being)\s+", re.I
)

_UNDER_TERMS = re.compile(
    r"\bunder\s+(?:the\s+)?(?:terms\s+of\s+(?:the\s+)?)?(?:[\w.'’-]+\s+){0,4}$", re.I
)

_WILL_ATTEND = re.compile(
    r"\bto\s+(?:attend|participate\s+in|witness|take\s+part\s+in)\s+(?:the\s+)?$", re.I
)

_ONE_SIDED = re.compile(
    r"withdr|pull|exit|quit|renounc|abrogat|ratif|accede|accession|join|sign\w*\s+up", re.I
)
_NOT_DONE = re.compile(
    r"\b(?:against|oppos\w*|refus\w*|reject\w*|not|never|threat\w*|may|might|could|if)"
    r"\s+(?:\w+\s+)?$",
    re.I,
)
_APPOSITION = re.compile(r",\s+(?:a|an|which|who|while|but|amid|as|in\s+a)\s|\s[-–—]\s|;", re.I)
_WITH_COUNTERPART = re.compile(r"\s+with\s+(?:the\s+)?")
_FAILED = re.compile(r"\b(?:fail\w*|refus\w*|declin\w*|unable)\s+to\s+(?:\w+\s+)?$", re.I)
# "the Israel-UAE normalisation deal": the compound modifies the agreement directly
_MODIFIER_GAP = re.compile(r"\s+(?:[\w-]+\s+){0,3}")
_HYPHEN_PAIR = re.compile(r"\s*[-–/]\s*")


def _hyphen_pair(sent: Sentence, noun_start: int) -> list[str] | None:
    """ "the Israel-UAE deal", "a U.S.-Japan pact": the compound names the parties."""
    refs = [r for r in sent.refs if r.end <= noun_start and noun_start - r.end < 45]
    for a, b in pairwise(refs):
        if (
            a.code != b.code
            and _HYPHEN_PAIR.fullmatch(sent.text, a.end, b.start)
            and _MODIFIER_GAP.fullmatch(sent.text, b.end, noun_start)
        ):
            return [a.code, b.code]
    return None


UNSIGNED = "left_unsigned"


def _unsigned_at_venue(text: str, verb: re.Match) -> bool:
    """'without signing': the parties met to sign and did not, so they were at the venue."""
    return bool(re.search(r"\bwithout\s+$", text[max(0, verb.start() - 9) : verb.start()], re.I))


def _governs(text: str, verb: re.Match, noun: re.Match) -> bool:
    """Does the reversal (or renewal) verb act on this agreement? Not when it only names it
    ("the withdrawal agreement") or is opposed or hypothetical ("warned against scrapping")."""
    if _NOT_DONE.search(text, max(0, verb.start() - 25), verb.start()):
        return False
    if verb.end() <= noun.start():
        gap = text[verb.end() : noun.start()]
        if _NAMED_APPOSITION.fullmatch(gap):
            return True
        if not gap.strip() and re.search(r"(?:al|ion|exit)$", verb.group(0), re.I):
            return False
        return len(gap) <= 50 and "," not in gap and not re.search(r"\b(?:on|over|about)\b", gap)
    return bool(_PASSIVE_GAP.fullmatch(text, noun.end(), verb.start()))


def _counterpart(sent: Sentence, end: int) -> str | None:
    """The state after 'deal(s) with', the other side of every party named before."""
    m = _WITH_COUNTERPART.match(sent.text, end, sent.e)
    if m is None:
        return None
    ref = next((r for r in sent.refs if r.start == m.end() and r.official), None)
    return ref.code if ref else None


_WITH_LATER = re.compile(r"\s+(?:[\w-]+\s+){0,4}?with\s+(?:the\s+)?")


def _listed_counterparts(sent: Sentence, end: int, cut: int) -> list[str]:
    """The states listed after 'with' a few words after the agreement, before the venue."""
    m = _WITH_LATER.match(sent.text, end, min(sent.e, end + 60))
    if m is None:
        return []
    first = next((r for r in sent.refs if r.start == m.end() and r.official), None)
    if first is None:
        return []
    return [r.code for r in coordinated(sent.refs, first, sent.text) if r.start < cut]


def treaty(sent: Sentence, ctx: Context, noun: re.Match) -> Outcome | list[Outcome]:
    """Parties, status and place of a signed (planned, withdrawn) treaty, pact or agreement."""
    text = sent.text
    start, end = noun.start(), noun.end()
    lo, hi = max(sent.s, start - 110), min(sent.e, end + 200)
    if cues.OPINION.search(text[max(sent.s, start - 30) : start]):
        return Rejection("treaty", noun.group(0), "opinion about a possible agreement")
    if _DOMESTIC_ACT.search(text, max(sent.s, start - 25), start):
        return Rejection("treaty", noun.group(0), "a state's own instrument, not an agreement")
    if _UNDER_TERMS.search(text, max(sent.s, start - 60), start):
        return Rejection("treaty", noun.group(0), "'under the accord': a reference, not an act")
    if noun.group(0)[:1].isupper() and _TITLE_OF_NAME.match(text, end, min(sent.e, end + 30)):
        return Rejection("treaty", noun.group(0), "part of a name (General Agreement on ...)")
    verbs = [
        v
        for v in cues.TREATY_VERB.finditer(text, lo, hi)
        if not (
            v.group(0).lower() == "sign"
            and _SIGN_NOUN.search(text, max(sent.s, v.start() - 12), v.start())
        )
    ]
    # "after talks that ran for hours, they signed": finished talks plan nothing
    verbs = [
        v
        for v in verbs
        if not (
            v.group(0).lower() == "talks"
            and _AFTER_TALKS.search(text, max(sent.s, v.start() - 45), v.start())
        )
    ]
    verbs = [
        v
        for v in verbs
        if not (
            v.group(0).lower() == "talks"
            and v.end() <= start
            and not _TALKS_ABOUT.fullmatch(text, v.end(), start)
        )
    ]
    # "X reached an agreement" or "the agreement was reached", not "deals reached with Y",
    # a participle naming an older agreement
    verbs = [
        v
        for v in verbs
        if not (
            v.group(0).lower() == "reached"
            and v.start() > start
            and not _PASSIVE_GAP.fullmatch(text, end, v.start())
        )
    ]
    # a reversal verb must govern the agreement: "withdrew from the pact", "the accord was
    # suspended", not "the agreement ... Brazil's decision to suspend interest"
    verbs = [
        v
        for v in verbs
        if not (cues.TREATY_REVERSE.match(v.group(0)) or _RENEW.match(v.group(0)))
        or _governs(text, v, noun)
    ]
    if not verbs:
        return Rejection("treaty", noun.group(0), "no signing, ratification or withdrawal verb")
    firm = [v for v in verbs if not cues.TREATY_PLAN_VERB.match(v.group(0))]
    verb = min(firm or verbs, key=lambda v: abs(v.start() - start))
    vword = verb.group(0).lower()
    if cues.TREATY_REVERSE.match(vword):
        status = "reversed"
    elif cues.TREATY_PLAN_VERB.match(vword):
        if verb.start() > start and not vword.startswith("negotiat"):
            # "the agreement, talks on ...", "violating the Agreement ... proposal"
            return Rejection("treaty", noun.group(0), "talks mentioned after the agreement")
        status = "planned"
    else:
        first = min(verb.start(), start)
        before = text[max(sent.s, first - 70) : first]
        verb_before = text[max(sent.s, verb.start() - 25) : verb.start()]
        past = re.search(r"\b(?:signed|inked|concluded|ratified)\b", verb.group(0), re.I)
        negated = cues.NEGATION.search(text[max(sent.s, verb.start() - 20) : verb.start()])
        # "left without signing the deal": the deal is still to be signed
        unsigned = bool(negated) and negated.group(0).lower() == "without" and not past
        if (negated and not unsigned) or _FAILED.search(
            text, max(sent.s, verb.start() - 25), verb.start()
        ):
            return Rejection("treaty", noun.group(0), "negated, refused or failed")
        if (
            unsigned
            or re.search(
                r"\b(?:(?:to|will|would|shall|could|may|might)\s+be|once)\s*$", verb_before, re.I
            )
            or _WILL_ATTEND.search(text, max(sent.s, first - 60), first)
            or (
                not past
                and (
                    cues.PLANNED.search(before)
                    or cues.INFINITIVE_BEFORE.search(before)
                    or cues.PLANNED.search(verb_before)
                )
            )
        ):
            status = "planned"
        else:
            status = "actual"
    clause_end = min(sent.attribution, sent.e)
    venue_at = place_match(sent, ctx, min(start, verb.start()), clause_end)
    venue = venue_at[0] if venue_at else None
    cut = venue_at[1] if venue_at else sent.attribution  # "in Addis Ababa, the seat of the AU"
    aside = _APPOSITION.search(text, max(end, verb.end()), sent.e)
    if aside:  # "signed a pact with X, a move set to worry Y and Z"
        cut = min(cut, aside.start())
    brokers = {
        r.code for r in sent.refs if _BROKER_BEFORE.search(text, max(sent.s, r.start - 40), r.start)
    }
    ctx.brokers |= brokers
    usable = [r for r in sent.refs if r.official and r.start < cut and r.code not in brokers]
    if not usable:
        usable = [r for r in sent.refs if r.official and r.code not in brokers]
    parties: list[str] = []
    for r in usable:
        if r.code not in parties and not r.location:
            parties.append(r.code)
    if len([p for p in parties if p not in ctx.brokers]) >= 2:
        parties = [p for p in parties if p not in ctx.brokers]  # the go-between is no party
    conf = 0.85
    rule = "sign_verb_parties"
    if status == "planned" and _unsigned_at_venue(text, verb):
        rule = UNSIGNED
    pair = _hyphen_pair(sent, start)
    if pair is not None:
        parties, rule = pair, "compound_parties"
    if len(parties) == 1:
        other = None
        if ctx.pair and parties[0] in ctx.pair:
            other = ctx.pair[1] if ctx.pair[0] == parties[0] else ctx.pair[0]
        if other:
            parties.append(other)
            conf, rule = 0.65, "party_from_context"
    clause_lo = max(sent.s, min(start, verb.start()) - 80)
    if len(parties) == 1 and _NON_STATE.search(text, clause_lo, cut):
        # "signed a deal with the Taliban", "the government and the opposition signed":
        # the other side is no state (null in the contract)
        parties.append(None)
        rule, conf = "non_state_party", 0.75
    if len(parties) == 1 and _ONE_SIDED.match(verb.group(0)):
        # "the US withdrew from the Paris accord", "Russia signed up to the Minsk accords":
        # one state acts on a multilateral agreement; the other side stays unknown
        parties.append(None)
        rule, conf = "one_sided", 0.7
    if len(parties) < 2:
        return Rejection("treaty", noun.group(0), "fewer than two state/IGO parties")
    cameo = cameo_code("treaty", status)
    loc = venue or place(sent, ctx, lo, sent.e)
    cue = f"{verb.group(0)} … {noun.group(0)}"
    cand = Candidate(
        "treaty",
        status,
        parties[0],
        parties[1],
        sorted(p for p in parties if p),
        cameo,
        min(start, verb.start()),
        max(end, verb.end()),
        cue,
        rule,
        conf,
        loc,
    )
    cand.venue = venue
    counterpart = _counterpart(sent, end)
    before = {r.code for r in usable if r.end <= start}
    listed = _listed_counterparts(sent, end, cut)
    if len(listed) >= 2 and len(before) == 1 and not pair:
        # "Israel signed agreements with the UAE and Bahrain": one treaty with each
        (own,) = before
        return [
            replace(cand, source=own, target=c, parties=sorted({own, c}))
            for c in listed
            if c != own
        ]
    others = [p for p in parties if p != counterpart and p in before]
    if counterpart in parties and len(others) >= 2:
        # "A and B suspended their deals with C": A-C and B-C, not A-B
        return [
            replace(cand, source=p, target=counterpart, parties=sorted({p, counterpart}))
            for p in others
        ]
    return cand
