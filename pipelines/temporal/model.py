"""Value types of the temporal module: what the rest of the pipeline may rely on."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class Dateline:
    """Where (and when) a story was filed from, as written at the head of the body."""

    place: str
    country: str | None
    date: date | None
    agency: str | None
    start: int
    end: int

    def to_dict(self) -> dict:
        return {
            "place": self.place,
            "country": self.country,
            "date": self.date.isoformat() if self.date else None,
            "agency": self.agency,
        }


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression: a span of the text with its TIMEX3 type and value."""

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str

    def to_dict(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
        }


@dataclass(frozen=True, slots=True)
class EventDate:
    """An event's date: ISO value at some precision, and where it came from."""

    value: str | None  # YYYY-MM-DD | YYYY-MM | YYYY | None
    precision: str  # day | month | year | none
    source: str  # text | dateline | publication | none


@dataclass(frozen=True, slots=True)
class TemporalAnalysis:
    """Everything the temporal module knows about one article."""

    publication_date: date | None
    publication_date_source: str  # header | metadata | dateline | none
    body_start: int  # offset where the body starts (after a ` date` header)
    dateline: Dateline | None
    timexes: list[Timex] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)  # e.g. "bad_header_date: 2024-02-30"
    # The anchor relative timexes were resolved against: the publication date, else the first
    # full date written near the top of the page (web pages print it under the headline).
    reference_date: date | None = None
    # When the header gives only a month (" date 2021-02"): "YYYY-MM". The day stays unknown,
    # so `publication_date` stays None and nothing is resolved against an invented day, but an
    # event the text puts in the story's present can still be dated to the month.
    publication_month: str | None = None
