"""Value types of the event coder: a mention is one sentence-level event, an event is the
distinct real-world event that one or more mentions of an article describe."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    country: str | None

    def to_dict(self) -> dict:
        return {"name": self.name, "country": self.country}


@dataclass(slots=True)
class EventMention:
    """One sentence-level event with the evidence and the rule that produced it."""

    type: str  # visit | treaty | sanctions
    status: str  # actual | planned | reversed
    source: str | None
    target: str | None
    parties: list[str]
    cameo: str
    date: str | None
    date_precision: str  # day | month | year | none
    date_source: str  # text | dateline | publication | none
    location: Location | None
    confidence: float
    sentence_index: int
    sentence: str
    start: int  # evidence sentence offsets into the article text
    end: int
    cue: str = ""  # the cue word(s) that triggered the mention
    rule: str = ""  # the rule name, for `geoevents explain`


@dataclass(slots=True)
class Event:
    """A distinct event in one article, with all its mentions."""

    type: str
    status: str
    source: str | None
    target: str | None
    parties: list[str]
    cameo: str
    date: str | None
    date_precision: str
    date_source: str
    location: Location | None
    confidence: float
    evidence: EventMention
    mentions: list[EventMention] = field(default_factory=list)

    def to_dict(self) -> dict:
        """The event as the data contract (../shared/docs/event-schema.md) writes it."""
        return {
            "type": self.type,
            "status": self.status,
            "source": self.source,
            "target": self.target,
            "parties": list(self.parties),
            "cameo": self.cameo,
            "date": self.date,
            "date_precision": self.date_precision,
            "date_source": self.date_source,
            "location": self.location.to_dict() if self.location else None,
            "confidence": round(self.confidence, 3),
            "evidence": {
                "sentence": self.evidence.sentence,
                "start": self.evidence.start,
                "end": self.evidence.end,
            },
            "num_mentions": len(self.mentions),
        }


@dataclass(slots=True)
class Explanation:
    """Why the coder produced what it did: accepted and rejected candidates, per sentence."""

    accepted: list[dict] = field(default_factory=list)
    rejected: list[dict] = field(default_factory=list)


@dataclass(slots=True)
class CodingResult:
    mentions: list[EventMention]
    events: list[Event]
    explanation: Explanation | None = None
