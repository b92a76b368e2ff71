"""One article in, the contract record out: the glue between the temporal module and the coder.

`extract_record` is what `geoevents extract`, the Dagster assets and the benchmark all call, so
the three can never disagree about what an article yields.
"""

from __future__ import annotations

from pipelines.coding import code_article
from pipelines.coding.model import CodingResult
from pipelines.temporal import analyse_article
from pipelines.temporal.model import TemporalAnalysis


def analyse_record(record: dict, explain: bool = False) -> tuple[TemporalAnalysis, CodingResult]:
    """Temporal analysis and event coding of one input record `{id, text, published?, title?}`."""
    text = record.get("text") or ""
    temporal = analyse_article(text, record.get("published"))
    coding = code_article(text, temporal, explain=explain)
    return temporal, coding


def extract_record(record: dict, explain: bool = False) -> dict:
    """The output line of the extract contract (../shared/eval/README.md) for one record."""
    temporal, coding = analyse_record(record, explain=explain)
    pub = temporal.publication_date
    out = {
        "id": record.get("id"),
        "publication_date": pub.isoformat() if pub else None,
        "dateline": temporal.dateline.to_dict() if temporal.dateline else None,
        "timexes": [t.to_dict() for t in temporal.timexes],
        "events": [e.to_dict() for e in coding.events],
    }
    if temporal.flags:
        out["flags"] = list(temporal.flags)
    if explain and coding.explanation is not None:
        out["explanation"] = {
            "accepted": coding.explanation.accepted,
            "rejected": coding.explanation.rejected,
        }
    return out
