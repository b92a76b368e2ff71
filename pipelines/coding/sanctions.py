"""Sanctions: imposer and target (a sanctioned person or firm counts for its state), listed
imposers and targets, and the status: imposed, threatened or called for, lifted."""

from __future__ import annotations

import re

from pipelines.coding import cues
from pipelines.coding.merge import EARLIER_RULE
from pipelines.coding.roles import (
    COORD,
    Candidate,
    Context,
    Outcome,
    Rejection,
    Sentence,
    clause_before,
    coordinated,
    first_right,
    nearest_left,
)
from pipelines.taxonomy import cameo_code

_UNDER = re.compile(r"\bunder\b|\bsubject\s+to\b|\bhit\s+by\b|\bfac(?:e|es|ing)\b", re.I)

# "sanctions on X", "measures targeted at X"; a named legal basis may stand between the cue and
# its target ("sanctions under its Global Human Rights Sanctions Regime against X")
_SANCTION_TARGET_GAP = re.compile(
    r"[\s-]*(?:under\s+(?:the|its|their|a|an)\s+(?:[\w&-]+\s+){1,6}?)?(?:\w+\s+){0,4}?"
    r"(?:on|against|targeting|(?:targeted|aimed)\s+at)\s+(?:the\s+)?",
    re.I,
)

_CLAUSE_END = re.compile(r"\s[-–—]\s|[;(]|,\s+(?:which|who|saying|while|but)\b")

_IMPOSER_GAP = re.compile(
    r"^(?:['’]s)?[\s-]*(?:(?:new|fresh|tough|economic|financial|"
    r"sweeping|harsh|further|additional|more|trade|its|their|"
    r"existing|current|unilateral|international|sectoral|targeted|"
    r"treasury|decade-long|\w+-led|western|strict)\s+){0,3}$",
    re.I,
)

_TARGET_BEFORE = re.compile(
    r"\b(?:on|against|targeting|sanctioned|sanctioning)\s+(?:the\s+)?$", re.I
)

_UNNAMED_IMPOSER = re.compile(
    r"\b(?:western|international|global|allied|foreign|multilateral)\s+(?:\w+\s+)?$", re.I
)

_PASSIVE_BY = re.compile(r"\s+(?:[\w-]+\s+){0,3}?by\s", re.I)

# "froze the assets of X", "freeze any assets that X hold", "assets belonging to X": the
# holder of frozen assets is the target, and "held by X" names the holder, not the imposer
_FREEZE = re.compile(r"^(?:asset\s+freez|froze|freez)", re.I)
_HOLDER_GAP = re.compile(
    r"[\s,]*(?:(?:in|within)\s+the\s+\w+\s+)?(?:of|that|which|held\s+by|owned\s+by"
    r"|belonging\s+to|controlled\s+by)\s+(?:the\s+)?",
    re.I,
)

# "threatened Iraq with sanctions", "hit Moscow with new sanctions": X is the target
_WITH_BEFORE = re.compile(r"^\s+with\s+(?:[\w-]+\s+){0,3}$", re.I)

# a verb's object does not run into a coordinated clause with its own subject
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while)\s|[;(]|\s[-–—]\s")

_IMPOSED_IN = re.compile(
    r"\b(?:first\s+(?:imposed|introduced|slapped|adopted)|imposed)\b[^.;]{0,60}?\bin\s+((?:19|20)\d\d)\b",
    re.I,
)

_THE_SAME_PEOPLE = re.compile(
    r"(?:both\s+men|both\s+women|both\s+of\s+them|the\s+pair|the\s+two\s+men|them|him|her)\b",
    re.I,
)

# between a relative clause's antecedent and the cue: ", which also unveiled new"
_RELATIVE_SUBJECT = re.compile(
    r"^\s*,\s*(?:which|who)\s+(?:(?:also|has|have|had|on\s+\w+day|\w+ly)\s+)*"
    r"(?:imposed|announced|unveiled|adopted|introduced|slapped|approved|extended|expanded)\s+"
    r"(?:(?:its|their|new|fresh|further|additional|own|similar|more|tougher|targeted)\s+){0,3}$",
    re.I,
)

_DECIDED_TO = re.compile(
    r"\b(?:resolutions?|decided|decides|decision|voted|votes|moved|ordered|orders)"
    r"\s+(?:\w+\s+){0,2}to\s*$",
    re.I,
)


def sanctions(sent: Sentence, ctx: Context, m: re.Match) -> Outcome | list[Outcome]:
    """Imposer and target (a sanctioned person or firm counts for its state) and status."""
    text, refs = sent.text, sent.refs
    start, end = m.start(), m.end()
    cue = m.group(0)
    if cues.SANCTION_NOT.match(text, end, min(sent.e, end + 12)):
        return Rejection("sanctions", cue, "'sanctions-busting'/evasion, not a measure")
    if (
        cue[:1].isupper()
        and start > sent.s
        and re.match(r"\s+[A-Z]", text[end : end + 3])
        and not re.search(r"[.:!?\"“]\s*$", text[sent.s : start])
    ):
        return Rejection("sanctions", cue, "part of a name (a committee, a regime, an act)")
    if cue.lower().startswith("boycott") and cues.BOYCOTT_NOT.match(text, start, sent.e):
        return Rejection("sanctions", cue, "boycott of an event, not of a state")
    clause_lo = max(sent.s, start - 80)
    if cues.OPINION.search(text[max(sent.s, start - 30) : start]):
        return Rejection("sanctions", cue, "opinion about a possible consequence")
    usable = [r for r in refs if r.start < sent.attribution or r.start < start]
    imposer = target = None
    rule = "sanction_noun"
    # target: "on/against X" after the cue, or the object of "sanctioned X"
    gap = _SANCTION_TARGET_GAP.match(text, end, min(sent.e, end + 80))
    verbal = re.match(r"(?:sanction|blacklist)(?:ed|ing)$", cue, re.I)
    if verbal and re.match(r"\s+by\b", text[end : end + 5]):
        before_ref = next((r for r in reversed(refs) if r.end <= start), None)
        if before_ref is None or start - before_ref.end > 20:
            return Rejection("sanctions", cue, "'sanctioned by' in the sense of approved")
    targets: list[str] = []
    holder = _HOLDER_GAP.match(text, end, min(sent.e, end + 40)) if _FREEZE.match(cue) else None
    with_ref = next(
        (
            r
            for r in reversed(usable)
            if r.end <= start
            and start - r.end < 40
            and _WITH_BEFORE.match(text[r.end : start])
            and re.search(r"\w\s*$", text[max(sent.s, r.start - 30) : r.start])
        ),
        None,
    )
    if holder:
        rule = "asset_freeze_holder"
        stop = _NEXT_CLAUSE.search(text, holder.end(), sent.e)
        reach = min(130, (stop.start() if stop else sent.e) - holder.end())
        t = first_right(usable, holder.end(), reach, official=False)
        target = t.code if t else None
        targets = [r.code for r in coordinated(usable, t, text)]
    elif with_ref is not None:
        rule = "sanction_with_object"
        target = with_ref.code
    elif gap:
        stops = [
            _CLAUSE_END.search(text, gap.end(), sent.e),
            _NEXT_CLAUSE.search(text, gap.end(), sent.e),
        ]
        stop_at = min([st.start() for st in stops if st] or [sent.e])
        reach = min(70, stop_at - gap.end())
        t = first_right(usable, gap.end(), reach, official=False)
        target = t.code if t else None
        targets = [r.code for r in coordinated(usable, t, text)]
        if target is None and _THE_SAME_PEOPLE.match(text, gap.end(), sent.e):
            # "its own sanctions on both men": the people named before in the sentence
            named = [r for r in usable if r.end <= start and r.kind in ("person", "demonym")]
            target = named[-1].code if named else ctx.target
            rule = "sanction_on_them"
    elif verbal and _PASSIVE_BY.match(text, end, min(sent.e, end + 40)):
        rule = "sanction_passive"  # "X was blacklisted by Y": Y imposes, X is the target
        t = nearest_left(usable, start, official=False, lo=sent.s)
        target = t.code if t else None
    elif verbal:
        stop = _NEXT_CLAUSE.search(text, end, sent.e)
        t = first_right(
            usable, end, min(40, (stop.start() if stop else sent.e) - end), official=False
        )
        target = t.code if t else None
        rule = "sanction_verb"
    # imposer: a modifier right before ("UN sanctions"), "by X", or the clause subject;
    # "Western sanctions" names no single imposer
    unnamed = bool(_UNNAMED_IMPOSER.search(text[max(sent.s, start - 25) : start]))
    co_imposers: list[str] = []
    for i in range(len(usable) - 1, -1, -1):
        r = usable[i]
        if r.end <= start and _IMPOSER_GAP.match(text[r.end : start]):
            if r.code != target:
                imposer = r.code
                rule += "+modifier"
                j = i  # "EU and UK sanctions": every listed modifier imposes
                while j > 0 and COORD.fullmatch(text, usable[j - 1].end, usable[j].start):
                    j -= 1
                    co_imposers.append(usable[j].code)
            break
    if imposer is None and not holder:
        bym = re.match(r"^\s+(?:[\w-]+\s+){0,3}?by\s+", text[end : end + 50], re.I)
        if bym:
            b = first_right(usable, end + bym.end(), 25, exclude={target} if target else set())
            imposer = b.code if b else None
    under = None
    if target is None:
        unders = [u.start() for u in _UNDER.finditer(text, clause_lo, start)]
        um = unders[-1] if unders else None
        if um is not None:
            t = nearest_left(
                usable, um, official=False, lo=sent.s, exclude={imposer} if imposer else set()
            )
            if t is not None:
                target, under, rule = t.code, t, "under_sanctions"
    if imposer is None and not unnamed and not under:
        # "allies like the EU, which also unveiled sanctions": the relative clause's subject is
        # its antecedent, even one named as an example ("like", "such as")
        ante = next((r for r in reversed(usable) if r.end <= start), None)
        if (
            ante is not None
            and ante.code != target
            and _RELATIVE_SUBJECT.match(text[ante.end : start])
        ):
            imposer, rule = ante.code, rule + "+relative_subject"
    if imposer is None and not unnamed and not under:
        targets_left = {
            r.code
            for r in usable
            if r.end <= start and _TARGET_BEFORE.search(text[max(sent.s, r.start - 14) : r.start])
        }
        excl = targets_left | ({target} if target else set())
        s_ref = nearest_left(usable, start, lo=sent.s, exclude=excl)
        if s_ref is not None and (under is None or s_ref.start > under.end):
            imposer = s_ref.code
    if target is None and imposer is None:
        return Rejection("sanctions", cue, "no imposer and no target")
    if target is None and imposer is not None and ctx.target and ctx.target != imposer:
        target, rule = ctx.target, rule + "+target_from_context"
    if target is None and imposer is not None and "+modifier" in rule:
        # "Sudan welcomed the decision to lift U.S. sanctions": a state that is the clause's
        # subject while another state's name modifies the sanctions is their target
        first_imposer = min(r.start for r in usable if r.code == imposer)
        others = {
            r.code
            for r in usable
            if r.kind == "state" and r.code != imposer and r.end <= first_imposer
        }
        if len(others) == 1:
            (target,) = others
            rule += "+target_subject"
    if target is None and not gap and not verbal:
        return Rejection("sanctions", cue, "no target")
    if imposer is None and not unnamed and sent.attribution < sent.e:
        speaker = next((r for r in refs if r.start >= sent.attribution and r.official), None)
        if (
            speaker is not None
            and speaker.kind in ("organ", "state", "person")
            and (speaker.code != target)
        ):
            imposer, rule = speaker.code, rule + "+imposer_is_speaker"
    window = text[max(sent.s, start - 60) : min(sent.e, end + 35)]
    rev = cues.SANCTION_REVERSE.search(window)
    if rev:
        lead = window[max(0, rev.start() - 30) : rev.start()]
        intended = (
            cues.PLANNED.search(lead)
            or cues.SANCTION_PLANNED.search(lead)
            # "called on the US to lift sanctions", but "adopted a resolution to lift" decides
            or (re.search(r"\bto\s*$", lead) and not _DECIDED_TO.search(lead))
            or re.search(r"\b(?:if|unless|whether|until)\b", window[: rev.start()], re.I)
        )
        gerund = rev.group(0).lower().endswith("ing") and not re.search(
            r"\b(?:the|its|their|a|was|were|is|are|been)\s*$", lead, re.I
        )  # "was revoking the embargo" is done, "revoking the embargo would" is discussed
        if intended or gerund:
            return Rejection("sanctions", cue, "a lifting that is only intended or discussed")
        status = "reversed"
    elif cues.SANCTION_PLANNED.search(clause_before(text, sent.s, start, 100)):
        status = "planned"
    else:
        status = "actual"
    cameo = cameo_code("sanctions", status)
    if status == "planned" and imposer is None:
        return Rejection(
            "sanctions", cue, "a call for sanctions with no state or IGO to impose them"
        )
    if target is None and imposer is not None and ctx.target and ctx.target != imposer:
        target, rule = ctx.target, rule + "+target_from_context"
    if imposer is None and not unnamed and ctx.imposer and ctx.imposer != target:
        imposer, rule = ctx.imposer, rule + "+imposer_from_context"
    if holder and imposer is None:
        # a bare "freeze of assets of X" list item: no one is said to freeze them
        return Rejection("sanctions", cue, "an asset freeze with no one freezing")
    conf = 0.85 if imposer and target else 0.65
    out: list[Outcome] = []
    began = _IMPOSED_IN.search(text, sent.s, sent.e)
    if began and imposer and target:
        # "the EU first imposed sanctions on Russia in 2014", "measures imposed in 1997": the
        # sanctions began in that year, an earlier event than this sentence's news
        out.append(
            Candidate(
                "sanctions",
                "actual",
                imposer,
                target,
                sorted({imposer, target}),
                cameo_code("sanctions", "actual"),
                began.start(),
                began.end(),
                began.group(0),
                EARLIER_RULE,
                0.85,
                None,
                began.group(1),
            )
        )
        if status == "actual" and began.start() <= start <= began.end() + 60:
            return out  # the sentence tells only of the beginning
    for who in [imposer] + [c for c in dict.fromkeys(co_imposers) if c not in (imposer, target)]:
        for t in [target] + [c for c in dict.fromkeys(targets) if c not in (target, who)]:
            parties = sorted({c for c in (who, t) if c})
            out.append(
                Candidate(
                    "sanctions", status, who, t, parties, cameo, start, end, cue, rule, conf, None
                )
            )
    return out
