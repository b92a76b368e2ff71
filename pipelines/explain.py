"""`geoevents explain`: which cue, actors and rule produced each event of an article, and why
the other candidates were rejected - the coder's decisions made readable."""

from __future__ import annotations

import json

from pipelines.extract import analyse_record


def _short(sentence: str, width: int = 140) -> str:
    sentence = " ".join(sentence.split())
    return sentence if len(sentence) <= width else sentence[: width - 1] + "…"


def explain_text(text: str, published: str | None = None, as_json: bool = False) -> str:
    """Run the extractor on one article with explanations on and render them (text or JSON)."""
    temporal, coding = analyse_record({"text": text, "published": published}, explain=True)
    expl = coding.explanation
    accepted = expl.accepted if expl else []
    rejected = expl.rejected if expl else []
    if as_json:
        return json.dumps(
            {
                "publication_date": temporal.publication_date.isoformat()
                if temporal.publication_date
                else None,
                "dateline": temporal.dateline.to_dict() if temporal.dateline else None,
                "events": [e.to_dict() for e in coding.events],
                "accepted": accepted,
                "rejected": rejected,
            },
            ensure_ascii=False,
            indent=2,
        )
    pub = temporal.publication_date.isoformat() if temporal.publication_date else "unknown"
    lines = [f"publication date: {pub}"]
    if temporal.dateline:
        dl = temporal.dateline
        lines.append(f"dateline: {dl.place} ({dl.country or '?'})")
    lines.append(f"events: {len(coding.events)}")
    for n, ev in enumerate(coding.events, 1):
        loc = f" at {ev.location.name}" if ev.location else ""
        lines.append(
            f"[{n}] {ev.type} {ev.status} {ev.source or '?'} -> {ev.target or '?'} "
            f"cameo {ev.cameo} date {ev.date or '-'}{loc} confidence {ev.confidence:.2f} "
            f"({len(ev.mentions)} mention{'s' if len(ev.mentions) != 1 else ''})"
        )
        for m in ev.mentions:
            lines.append(f"    sentence {m.sentence_index}: cue '{m.cue}', rule {m.rule}")
            lines.append(f"      {_short(m.sentence)}")
        actors = {
            (a["text"], a["code"], a["kind"])
            for acc in accepted
            if any(acc["sentence_index"] == m.sentence_index for m in ev.mentions)
            for a in acc["actors"]
        }
        if actors:
            shown = ", ".join(f"{t}={c} ({k})" for t, c, k in sorted(actors))
            lines.append(f"    actors: {shown}")
    if rejected:
        lines.append(f"rejected candidates: {len(rejected)}")
        for r in rejected:
            lines.append(
                f"  sentence {r['sentence_index']}: {r['type']} cue '{r['cue']}': {r['reason']}"
            )
    return "\n".join(lines)
