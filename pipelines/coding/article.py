"""`code_article`: the coder's driver over one article.

One cue regex decides whether the article needs work at all; then one Aho-Corasick pass finds
the actors, the body is split into sentences, and only sentences with a cue are analysed, in
order, so that earlier sentences can resolve "his host" and "the two countries".
"""

from __future__ import annotations

import re
from bisect import bisect_left

from pipelines.coding import cues, roles, sanctions, treaties, visits
from pipelines.coding.actors import (
    PERSON,
    default_gazetteer,
    resolve,
    short_names,
    titled_names,
)
from pipelines.coding.merge import merge_mentions, share_signing_dates
from pipelines.coding.model import CodingResult, EventMention, Explanation, Location
from pipelines.coding.refs import sentence_refs
from pipelines.coding.sentences import bounded, split_sentences
from pipelines.taxonomy import cameo_code
from pipelines.temporal import resolve_event_date
from pipelines.temporal.model import TemporalAnalysis

_VISIT_PATTERNS = (
    (cues.VISIT_INVITE, "invite"),
    (cues.VISIT_VERB, "verb"),
    (cues.VISIT_NOUN, "noun"),
    (cues.VISIT_HOST, "host"),
    (cues.VISIT_PRESENCE, "presence"),
    (cues.VISIT_TAKE, "take"),
)


# photo captions describe other, often older scenes: "FILE - X welcomes Y ..."
_CAPTION = re.compile(r"(?:FILE|PHOTO|Photo|Image|IMAGE|\(Photo|\(AP Photo)\b\s*[-–—:|]")
# candidates whose roles the syntax gave, not a fallback (context, dateline, other actor)
EXPLICIT = 0.85
# rules that infer another event from the sentence (not a guess at this cue's roles)
_INFERRED = frozenset({visits.SIGNING_VISIT, visits.TALKS_VISIT})


def _body_start(temporal: TemporalAnalysis) -> int:
    start = temporal.body_start
    dl = temporal.dateline
    if dl is not None and dl.end > start and dl.start - start < 200:
        start = dl.end
    return start


def _outcomes(sent: roles.Sentence, ctx: roles.Context) -> list[roles.Outcome]:
    text, s, e = sent.text, sent.s, sent.e
    out: list[roles.Outcome] = []
    taken: list[tuple[int, int]] = []
    for pattern, family in _VISIT_PATTERNS:
        for m in pattern.finditer(text, s, e):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            res = visits.visit(sent, ctx, m, family)
            out.extend(res if isinstance(res, list) else [res])
    for m in cues.VISIT_MEETING.finditer(text, s, e):
        out.extend(visits.visits_of_talks(sent, ctx, m))
    for m in cues.TREATY_NOUN.finditer(text, s, e):
        res = treaties.treaty(sent, ctx, m)
        for one in res if isinstance(res, list) else [res]:
            out.append(one)
            if isinstance(one, roles.Candidate):
                out.extend(visits.visits_of_signing(one, ctx))
    for m in cues.SANCTION.finditer(text, s, e):
        res = sanctions.sanctions(sent, ctx, m)
        out.extend(res if isinstance(res, list) else [res])
    return out


def _mention(
    cand: roles.Candidate, text: str, temporal: TemporalAnalysis, idx: int, s: int, e: int
) -> EventMention:
    if cand.year:
        value, source = cand.year, "text"
        precision = "month" if len(value) == 7 else "year"
    else:
        when = temporal.publication_date or temporal.reference_date

        def place_code(place: str) -> str | None:
            """The state a place as written names, for the day beside it: "in Rwanda on ..."."""
            codes = {resolve(m.entries, when) for m in default_gazetteer().find(place)} - {None}
            return codes.pop() if len(codes) == 1 else None

        host = cand.target if cand.type == "visit" else None
        d = resolve_event_date(
            temporal, text, s, e, cand.cue_start, cand.cue_end, cand.status, host, place_code
        )
        value, precision, source = d.value, d.precision, d.source
        since = cues.FIRST_SINCE.search(text, s, e)
        if since and value and value.startswith(since.group(2)):
            value, precision, source = None, "none", "none"  # that year is the earlier event's
    pub = temporal.publication_date
    if cand.status == "actual" and value and pub and value[:10] > pub.isoformat()[: len(value)]:
        cand.status = "planned"  # "is paying a state visit ... on 12 October" written before
        cand.cameo = cameo_code(cand.type, "planned")
    loc = Location(cand.location[0], cand.location[1]) if cand.location else None
    return EventMention(
        cand.type,
        cand.status,
        cand.source,
        cand.target,
        cand.parties,
        cand.cameo,
        value,
        precision,
        source,
        loc,
        cand.confidence,
        idx,
        text[s:e],
        s,
        e,
        cand.cue,
        cand.rule,
    )


def _remember(ctx: roles.Context, cand: roles.Candidate) -> None:
    if cand.rule == visits.SIGNING_VISIT:
        return  # inferred, not stated: it must not steer the roles of later sentences
    if cand.type == "sanctions":
        ctx.imposer = cand.source or ctx.imposer
        ctx.target = cand.target or ctx.target
    if cand.source and cand.target and cand.confidence >= EXPLICIT:
        ctx.pair = (cand.source, cand.target)
    if cand.type == "visit" and cand.source and cand.target and ctx.main_visit is None:
        ctx.main_visit = (cand.source, cand.target)
        ctx.main_status = cand.status
    if cand.type == "visit" and cand.source and cand.target and cand.status != "reversed":
        ctx.hosts[cand.source] = cand.target
        if cand.status == "actual":
            ctx.last_host = cand.target


def code_article(text: str, temporal: TemporalAnalysis, explain: bool = False) -> CodingResult:
    """The distinct visit, treaty and sanctions events of one article, with their mentions."""
    explanation = Explanation() if explain else None
    start = _body_start(temporal)
    lower = text.lower()
    hits = [m.start() for m in cues.ANY_CUE.finditer(lower, start)]
    if not hits:
        return CodingResult([], [], explanation)
    gaz = default_gazetteer()
    found = titled_names(text, [m for m in gaz.find(text, lower) if m.start >= start])
    matches = short_names(text, found, start)
    starts = [m.start for m in matches]
    dl = temporal.dateline
    ctx = roles.Context(
        dateline_country=dl.country if dl else None, capitals=gaz.capitals, states=gaz.states
    )
    when = temporal.publication_date
    ctx.persons = [
        (m.start, code)
        for m in matches
        if m.kind == PERSON and (code := resolve(m.entries, when)) is not None
    ]
    mentions: list[EventMention] = []
    for idx, (s, e) in enumerate(bounded(text, split_sentences(text, start))):
        h = bisect_left(hits, s)
        if h == len(hits) or hits[h] >= e or _CAPTION.match(text, s, e):
            continue
        sent_matches = [
            m for m in matches[bisect_left(starts, s) : bisect_left(starts, e)] if m.end <= e
        ]
        refs = sentence_refs(
            text, sent_matches, s, e, when, ctx.last_host, ctx.pair, gaz.fuzzy_person
        )
        am = cues.ATTRIBUTION.search(text, s, e)
        sent = roles.Sentence(text, s, e, refs, am.start() if am else e)
        outcomes = _outcomes(sent, ctx)
        # "X did not visit Y ... during the tour": a negated dyad stays negated in its sentence
        seen: set[tuple] = {
            (o.type, status, *o.dyad, None)
            for o in outcomes
            if isinstance(o, roles.Rejection) and o.dyad
            for status in ("actual", "planned", "reversed")
        }
        explicit = {
            o.type
            for o in outcomes
            if isinstance(o, roles.Candidate) and o.confidence >= EXPLICIT and not o.year
        }
        for out in outcomes:
            if (
                isinstance(out, roles.Candidate)
                and out.confidence < EXPLICIT
                and out.type in explicit
                and out.rule not in _INFERRED
            ):
                out = roles.Rejection(
                    out.type, out.cue, "roles guessed, and the sentence states them elsewhere"
                )
            if isinstance(out, roles.Rejection):
                if explanation is not None:
                    explanation.rejected.append(
                        {
                            "sentence_index": idx,
                            "type": out.type,
                            "cue": out.cue,
                            "reason": out.reason,
                            "sentence": text[s:e],
                        }
                    )
                continue
            extra = visits.first_since(sent, out)
            for cand in (out, extra) if extra else (out,):
                key = (cand.type, cand.status, cand.source, cand.target, cand.year)
                if key in seen:
                    continue
                seen.add(key)
                mention = _mention(cand, text, temporal, idx, s, e)
                mentions.append(mention)
                if explanation is not None:
                    explanation.accepted.append(
                        {
                            "sentence_index": idx,
                            "type": cand.type,
                            "status": cand.status,
                            "cue": cand.cue,
                            "rule": cand.rule,
                            "source": cand.source,
                            "target": cand.target,
                            "parties": cand.parties,
                            "actors": [
                                {"text": r.surface, "code": r.code, "kind": r.kind} for r in refs
                            ],
                            "date": mention.date,
                            "confidence": cand.confidence,
                            "sentence": text[s:e],
                        }
                    )
            _remember(ctx, out)
    events = merge_mentions(mentions)
    share_signing_dates(events)
    return CodingResult(mentions, events, explanation)
