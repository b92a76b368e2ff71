"""One event per distinct real-world event: mentions with the same type, status and dyad and
compatible dates are one event; the most confident mention is its evidence."""

from __future__ import annotations

from pipelines.coding.model import Event, EventMention

# the rule that codes an earlier event from "the first visit since 2000"
EARLIER_RULE = "first_since_year"
# "the trip", "his visit" refer back to a visit already told: the same event whatever date
# the sentence around the anaphor carries ("announced late on Tuesday that he was postponing
# the trip" is Tuesday's news about the visit cancelled on Wednesday's page)
ANAPHORIC_RULES = frozenset({"visit_anaphor", "visit_his"})
_PRECISION = {"day": 3, "month": 2, "year": 1, "none": 0}


def _dyad(m: EventMention | Event) -> tuple:
    if m.type == "treaty":
        return tuple(sorted(m.parties))
    return (m.source, m.target)


def _dates_compatible(a: str | None, b: str | None) -> bool:
    """Two dates can be one event unless both fix at least the month and disagree on it: a
    bare year is too often a stray attachment ("follows a visit in late 2018") to split on."""
    if a is None or b is None or a.startswith(b) or b.startswith(a):
        return True
    return len(a) < 7 or len(b) < 7


def _partial_fits(m: EventMention, ev: Event) -> bool:
    """A sanctions mention missing one side fits an event that agrees on the known side."""
    if m.type != "sanctions":
        return False
    if m.source is None and m.target is not None:
        return m.target == ev.target
    if m.target is None and m.source is not None:
        return m.source == ev.source
    return False


def _fits(m: EventMention, ev: Event) -> bool:
    if m.type != ev.type or m.status != ev.status:
        return False
    if (m.rule == EARLIER_RULE) != (ev.evidence.rule == EARLIER_RULE):
        return False  # "first since 2000" is another, earlier event
    if not _dates_compatible(m.date, ev.date) and m.rule not in ANAPHORIC_RULES:
        return False
    return _dyad(m) == _dyad(ev) or _partial_fits(m, ev)


def _new_event(m: EventMention) -> Event:
    return Event(
        m.type,
        m.status,
        m.source,
        m.target,
        list(m.parties),
        m.cameo,
        m.date,
        m.date_precision,
        m.date_source,
        m.location,
        m.confidence,
        m,
        [m],
    )


def _absorb(ev: Event, m: EventMention) -> None:
    ev.mentions.append(m)
    if m.confidence > ev.evidence.confidence:
        ev.evidence = m
        ev.cameo = m.cameo
    if _PRECISION[m.date_precision] > _PRECISION[ev.date_precision] or (
        _PRECISION[m.date_precision] == _PRECISION[ev.date_precision]
        and ev.date_source == "publication"
        and m.date_source == "text"
    ):
        ev.date, ev.date_precision, ev.date_source = m.date, m.date_precision, m.date_source
    if ev.location is None and m.location is not None:
        ev.location = m.location
    best = max(x.confidence for x in ev.mentions)
    ev.confidence = min(0.97, best + 0.04 * (len(ev.mentions) - 1))


def _fold_cancelled_plans(events: list[Event]) -> list[Event]:
    """A plan and its cancellation are one event: in an article that reports a visit or
    treaty as called off, the planned mentions of the same dyad describe the plan that was
    dropped ("had been scheduled to ..."), not a second event."""
    out: list[Event] = []
    for ev in events:
        if ev.status == "planned":
            gone = next(
                (
                    r
                    for r in events
                    if r.status == "reversed"
                    and r.type == ev.type
                    and _dyad(r) == _dyad(ev)
                    and _dates_compatible(r.date, ev.date)
                ),
                None,
            )
            if gone is not None:
                gone.mentions.extend(ev.mentions)
                continue
        out.append(ev)
    return out


def merge_mentions(mentions: list[EventMention]) -> list[Event]:
    """Group sentence-level mentions into distinct events, in order of first mention."""
    events: list[Event] = []
    partial: list[EventMention] = []
    for m in mentions:
        if m.type == "sanctions" and (m.source is None) != (m.target is None):
            partial.append(m)
            continue
        for ev in events:
            if _fits(m, ev):
                _absorb(ev, m)
                break
        else:
            events.append(_new_event(m))
    targets = {e.target for e in events if e.type == "sanctions" and e.target}
    for m in partial:
        if m.target is None and len(targets) == 1:
            # "the EU also unveiled sanctions" in an article about sanctions on one state
            (m.target,) = targets
            m.parties = sorted({c for c in (m.source, m.target) if c})
            m.rule += "+article_target"
        for ev in events:
            if _fits(m, ev):
                _absorb(ev, m)
                break
        else:
            events.append(_new_event(m))
    return _fold_cancelled_plans(events)


def share_signing_dates(events: list[Event]) -> None:
    """A visit told in the same sentence as a dated signing ("signed a deal during the trip")
    happened then too: an undated visit takes the signing's date, and an unplaced signing the
    visit's place."""
    for visit in (e for e in events if e.type == "visit" and e.status != "reversed"):
        sentences = {m.sentence_index for m in visit.mentions}
        for treaty in (e for e in events if e.type == "treaty" and e.status == visit.status):
            if not sentences & {m.sentence_index for m in treaty.mentions}:
                continue
            if not set(treaty.parties) & {visit.source, visit.target}:
                continue
            if visit.date is None and treaty.date is not None:
                visit.date, visit.date_precision = treaty.date, treaty.date_precision
                visit.date_source = treaty.date_source
            if treaty.location is None and visit.location is not None:
                treaty.location = visit.location
