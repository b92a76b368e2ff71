"""The stages as DataFrame functions: what the Dagster assets and the CLI call on a batch.

Each function is plain pandas around the per-article domain functions (temporal analysis, event
coding), and splits large batches across processes: the machine this targets has 2 cores and
coding is CPU-bound.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor

import pandas as pd

from pipelines import __version__
from pipelines.cells import cell_date
from pipelines.coding import code_article
from pipelines.coding.model import Event, EventMention
from pipelines.keys import stable_key
from pipelines.temporal import analyse_article
from pipelines.temporal.model import Dateline, TemporalAnalysis, Timex

CODER_VERSION = f"geoevents-{__version__}"
PARALLEL_THRESHOLD = 2000  # below this, process start-up costs more than it saves

ARTICLE_COLUMNS = [
    "publication_date",
    "publication_date_source",
    "body_start",
    "dateline_place",
    "dateline_country",
    "dateline_date",
    "dateline_agency",
    "dateline_start",
    "dateline_end",
    "timexes",
    "temporal_flags",
]
# what the coder says of an event, the same for an article event and for each of its mentions
CODED_COLUMNS = [
    "event_type",
    "status",
    "cameo",
    "source_actor",
    "target_actor",
    "parties",
    "event_date",
    "date_precision",
    "date_source",
    "location_name",
    "location_country",
    "confidence",
]
MENTION_COLUMNS = [
    "mention_id",
    "article_id",
    "article_event_id",
    "sentence_index",
    "start_offset",
    "end_offset",
    "evidence",
    *CODED_COLUMNS,
    "cue",
    "rule",
    "coder_version",
    "partition_date",
]
EVENT_COLUMNS = [
    "article_event_id",
    "article_id",
    *CODED_COLUMNS,
    "num_mentions",
    "evidence",
    "evidence_start",
    "evidence_end",
    "partition_date",
    "publication_date",
    "outlet",
]


def _workers(n: int) -> int:
    return min(2, os.cpu_count() or 1) if n >= PARALLEL_THRESHOLD else 1


def _map_chunks(func, items: list, workers: int) -> list:
    """Apply `func` to chunks of `items`, in processes when `workers` > 1; order is kept."""
    if workers <= 1 or len(items) < 2:
        return func(items)
    size = max(1, len(items) // (workers * 4))
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return [row for part in pool.map(func, chunks) for row in part]


# ------------------------------------------------------------------ normalise
def _temporal_rows(items: list[tuple[str, str | None]]) -> list[dict]:
    rows = []
    for text, published in items:
        t = analyse_article(text, published)
        dl = t.dateline
        rows.append(
            {
                "publication_date": t.publication_date,
                "publication_date_source": t.publication_date_source,
                "body_start": t.body_start,
                "dateline_place": dl.place if dl else None,
                "dateline_country": dl.country if dl else None,
                "dateline_date": dl.date if dl else None,
                "dateline_agency": dl.agency if dl else None,
                "dateline_start": dl.start if dl else None,
                "dateline_end": dl.end if dl else None,
                "timexes": [x.to_dict() for x in t.timexes],
                "temporal_flags": ";".join(t.flags),
            }
        )
    return rows


def normalise_articles(raw: pd.DataFrame) -> pd.DataFrame:
    """Raw articles plus publication date, dateline and temporal expressions."""
    items = list(zip(raw["text"], raw["published"].where(raw["published"].notna(), None)))
    rows = _map_chunks(_temporal_rows, items, _workers(len(items)))
    temporal = pd.DataFrame(rows, columns=ARTICLE_COLUMNS, index=raw.index)
    return pd.concat([raw, temporal], axis=1)


def temporal_from_row(row: dict) -> TemporalAnalysis:
    """Rebuild the temporal analysis stored in an `articles` row, so coding need not redo it."""
    dateline = None
    if row.get("dateline_place"):
        dateline = Dateline(
            place=row["dateline_place"],
            country=row.get("dateline_country"),
            date=cell_date(row.get("dateline_date")),
            agency=row.get("dateline_agency"),
            start=int(row["dateline_start"]),
            end=int(row["dateline_end"]),
        )
    flags = row.get("temporal_flags") or ""
    return TemporalAnalysis(
        publication_date=cell_date(row.get("publication_date")),
        publication_date_source=row.get("publication_date_source") or "none",
        body_start=int(row.get("body_start") or 0),
        dateline=dateline,
        timexes=[Timex(**t) for t in (row.get("timexes") or [])],
        flags=flags.split(";") if flags else [],
    )


# ------------------------------------------------------------------ coding
def _coded(x: Event | EventMention) -> dict:
    """The CODED_COLUMNS of an event or a mention (they share these attributes)."""
    loc = x.location
    return {
        "event_type": x.type,
        "status": x.status,
        "cameo": x.cameo,
        "source_actor": x.source,
        "target_actor": x.target,
        "parties": list(x.parties),
        "event_date": x.date,
        "date_precision": x.date_precision,
        "date_source": x.date_source,
        "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "confidence": float(x.confidence),
    }


def _coding_rows(items: list[dict]) -> list[tuple[list[dict], list[dict]]]:
    out = []
    for row in items:
        result = code_article(row["text"], temporal_from_row(row))
        article_id = row["article_id"]
        mentions, events = [], []
        for i, ev in enumerate(result.events):
            dyad = (ev.type, ev.status, ev.source, ev.target, ev.date)
            article_event_id = stable_key(article_id, i, *dyad)
            events.append(
                {
                    "article_event_id": article_event_id,
                    "article_id": article_id,
                    **_coded(ev),
                    "num_mentions": len(ev.mentions) or 1,
                    "evidence": ev.evidence.sentence,
                    "evidence_start": ev.evidence.start,
                    "evidence_end": ev.evidence.end,
                    "partition_date": row["partition_date"],
                    "publication_date": row.get("publication_date"),
                    "outlet": row.get("outlet"),
                }
            )
            for j, m in enumerate(ev.mentions or [ev.evidence]):
                mentions.append(
                    {
                        # the j-th mention of its event: two cues in one sentence are two mentions
                        "mention_id": stable_key(article_event_id, j, m.sentence_index, m.start),
                        "article_id": article_id,
                        "article_event_id": article_event_id,
                        "sentence_index": m.sentence_index,
                        "start_offset": m.start,
                        "end_offset": m.end,
                        "evidence": m.sentence,
                        **_coded(m),
                        "cue": m.cue,
                        "rule": m.rule,
                        "coder_version": CODER_VERSION,
                        "partition_date": row["partition_date"],
                    }
                )
        out.append((mentions, events))
    return out


def code_articles(articles: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Code every article: (mentions, article-level events) as DataFrames."""
    items = articles.to_dict("records")
    results = _map_chunks(_coding_rows, items, _workers(len(items)))
    mentions = [m for ms, _ in results for m in ms]
    events = [e for _, es in results for e in es]
    mentions_df = pd.DataFrame(mentions, columns=MENTION_COLUMNS)
    return mentions_df, pd.DataFrame(events, columns=EVENT_COLUMNS)
