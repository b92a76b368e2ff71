"""Bulk loads into the warehouse, one transaction per write, DataFrames registered and inserted
with INSERT ... SELECT (never row by row). Every write deletes what it replaces first, by source
file or by partition range, so re-running a partition gives the same warehouse.

Layers, as in jaffle_shop: raw (raw_article, article_source, rejected_articles), staging/marts
(dim_article, article_timex, article_event, fact_event_mention), facts (fact_event).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

import duckdb
import pandas as pd

from pipelines.ingest import IngestResult
from pipelines.ingest.model import ARTICLE_COLUMNS, REJECTED_COLUMNS, SOURCE_COLUMNS
from pipelines.keys import stable_key
from pipelines.paths import sql_text
from pipelines.warehouse.dedup import build_facts, cluster_events

# raw_article holds what ingest yields, placed in its partition
RAW_COLUMNS = [*ARTICLE_COLUMNS, "partition_date"]
TIMEX_COLUMNS = [
    "article_id",
    "start_offset",
    "end_offset",
    "text",
    "timex_type",
    "value",
    "partition_date",
]
DIM_ARTICLE_COLUMNS = [
    "article_id",
    "external_id",
    "url",
    "outlet",
    "title",
    "publication_date",
    "publication_date_source",
    "dateline_place",
    "dateline_country",
    "dateline_date",
    "dateline_agency",
    "dateline_start",
    "dateline_end",
    "body_start",
    "content_hash",
    "near_duplicate_of",
    "source_file",
    "position",
    "format",
    "flags",
    "num_timexes",
    "partition_date",
    "ingested_at",
]


@dataclass(frozen=True)
class Days:
    """The publication days a partitioned write replaces."""

    days: list[date]

    def where(self, column: str = "partition_date") -> str:
        if not self.days:
            return "FALSE"
        listed = ", ".join(f"DATE '{d.isoformat()}'" for d in self.days)
        return f"{column} IN ({listed})"


def _transaction(con: duckdb.DuckDBPyConnection, statements) -> None:
    """Run `statements(con)` inside BEGIN/COMMIT, rolling back on any error."""
    con.execute("BEGIN TRANSACTION")
    try:
        statements(con)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def _insert(
    con: duckdb.DuckDBPyConnection, table: str, df: pd.DataFrame, columns: list[str]
) -> None:
    if df.empty:
        return
    con.register("_batch", df[columns])
    cols = ", ".join(columns)
    con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _batch")
    con.unregister("_batch")


# ------------------------------------------------------------------ raw
@dataclass
class RawTotals:
    """What a streamed ingest wrote: the accounting, the files read and the days found."""

    seen: int = 0
    loaded: int = 0
    duplicates: int = 0
    rejected: int = 0
    files: set[str] = field(default_factory=set)
    days: set[date] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)


def write_raw(con: duckdb.DuckDBPyConnection, chunks: Iterable[IngestResult]) -> RawTotals:
    """Stream ingest results into the raw layer in one transaction (articles need
    partition_date). Each file's earlier rows are replaced the first time the file appears, so
    re-reading a file changes nothing; an article keeps the `ingested_at` of its first load."""
    totals = RawTotals()

    def statements(con: duckdb.DuckDBPyConnection) -> None:
        for chunk in chunks:
            _write_raw_chunk(con, chunk, totals)

    _transaction(con, statements)
    return totals


def _write_raw_chunk(
    con: duckdb.DuckDBPyConnection, chunk: IngestResult, totals: RawTotals
) -> None:
    raw = chunk.articles
    files = set(chunk.sources.source_file) | set(chunk.rejected.source_file)
    # typed columns: an empty frame would otherwise register as DOUBLE
    con.register(
        "_ids", pd.DataFrame({"article_id": pd.Series(raw.article_id.unique(), dtype=str)})
    )
    con.register(
        "_files", pd.DataFrame({"source_file": pd.Series(sorted(files - totals.files), dtype=str)})
    )
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _first_seen AS SELECT article_id, ingested_at "
        "FROM raw_article WHERE article_id IN (SELECT article_id FROM _ids)"
    )
    con.execute(
        "DELETE FROM raw_article WHERE article_id IN (SELECT article_id FROM _ids) "
        "OR source_file IN (SELECT source_file FROM _files)"
    )
    for table in ("article_source", "rejected_articles"):
        con.execute(f"DELETE FROM {table} WHERE source_file IN (SELECT source_file FROM _files)")
    if not raw.empty:
        con.register("_batch", raw[RAW_COLUMNS])
        cols = ", ".join(RAW_COLUMNS)
        con.execute(
            f"INSERT INTO raw_article ({cols}, ingested_at) "
            f"SELECT {', '.join('b.' + c for c in RAW_COLUMNS)}, "
            "coalesce(f.ingested_at, now()::TIMESTAMP) FROM _batch b "
            "LEFT JOIN _first_seen f USING (article_id)"
        )
        con.unregister("_batch")
    _insert(con, "article_source", chunk.sources, SOURCE_COLUMNS)
    if not chunk.rejected.empty:
        con.register("_batch", chunk.rejected[REJECTED_COLUMNS])
        con.execute(
            "INSERT INTO rejected_articles SELECT source_file, position, reason, excerpt, "
            "now()::TIMESTAMP FROM _batch"
        )
        con.unregister("_batch")
    con.execute("DROP TABLE _first_seen")
    con.unregister("_ids")
    con.unregister("_files")
    totals.seen += chunk.seen
    totals.loaded += chunk.loaded
    totals.duplicates += chunk.duplicates
    totals.rejected += chunk.rejected_count
    totals.files |= files
    totals.days |= set(raw.partition_date)
    room = max(0, 20 - len(totals.warnings))
    totals.warnings += [
        f"quarantined {r.source_file}:{r.position}: {r.reason}"
        for r in chunk.rejected.head(room).itertuples()
    ]


def article_ids(
    con: duckdb.DuckDBPyConnection, days: Days, table: str = "raw_article"
) -> list[str]:
    """The ids of the articles of these days, in a stable order (the unit of streaming)."""
    rows = con.execute(
        f"SELECT article_id FROM {table} WHERE {days.where()} ORDER BY partition_date, article_id"
    ).fetchall()
    return [r[0] for r in rows]


def _read_ids(con: duckdb.DuckDBPyConnection, sql: str, ids: list[str]) -> pd.DataFrame:
    con.register("_chunk_ids", pd.DataFrame({"article_id": pd.Series(ids, dtype=str)}))
    df = con.execute(sql).df()
    con.unregister("_chunk_ids")
    return df


def replace_days(
    con: duckdb.DuckDBPyConnection,
    days: Days,
    tables: tuple[str, ...],
    ids: list[str],
    step: Callable[[duckdb.DuckDBPyConnection, list[str]], int],
    chunk_size: int = 20_000,
) -> int:
    """Delete the days' rows of `tables`, then run `step` over the ids in chunks, all in one
    transaction: a stage's days are replaced completely or not at all, and memory holds one
    chunk of articles at a time. Returns the sum of what `step` returned."""
    total = 0

    def statements(con: duckdb.DuckDBPyConnection) -> None:
        nonlocal total
        for table in tables:
            con.execute(f"DELETE FROM {table} WHERE {days.where()}")
        for i in range(0, len(ids), chunk_size):
            total += step(con, ids[i : i + chunk_size])

    _transaction(con, statements)
    return total


# ------------------------------------------------------------------ staging: articles
_RAW_FOR_IDS = (
    "SELECT r.* FROM raw_article r JOIN _chunk_ids USING (article_id) "
    "ORDER BY r.partition_date, r.article_id"
)


def read_raw(con: duckdb.DuckDBPyConnection, ids: list[str]) -> pd.DataFrame:
    """The raw articles with these ids, in a stable order."""
    return _read_ids(con, _RAW_FOR_IDS, ids)


def insert_articles(con: duckdb.DuckDBPyConnection, articles: pd.DataFrame) -> int:
    """Insert normalised articles into dim_article and their timexes into article_timex."""
    if articles.empty:
        return 0
    dims = articles.copy()
    dims["num_timexes"] = dims["timexes"].map(len)
    flags = dims["flags"].fillna("").astype(str)
    dims["flags"] = [
        ";".join(x for x in (a, b) if x) or None
        for a, b in zip(flags, dims["temporal_flags"].fillna(""))
    ]
    for col in ("publication_date", "dateline_date"):
        dims[col] = pd.to_datetime(dims[col], errors="coerce").dt.date
    timexes = pd.DataFrame(
        [
            {
                "article_id": aid,
                "start_offset": t["start"],
                "end_offset": t["end"],
                "text": t["text"],
                "timex_type": t["type"],
                "value": t["value"],
                "partition_date": pdate,
            }
            for aid, pdate, ts in zip(dims.article_id, dims.partition_date, dims.timexes)
            for t in ts
        ],
        columns=TIMEX_COLUMNS,
    ).drop_duplicates(["article_id", "start_offset"])
    _insert(con, "dim_article", dims, DIM_ARTICLE_COLUMNS)
    _insert(con, "article_timex", timexes, TIMEX_COLUMNS)
    return len(dims)


def read_articles_for_coding(con: duckdb.DuckDBPyConnection, ids: list[str]) -> pd.DataFrame:
    """Text plus stored temporal analysis of these articles: what the coder needs."""
    sql = sql_text("load/articles_for_coding.sql")
    df = _read_ids(con, sql, ids)
    df["timexes"] = [
        [
            {"start": int(s), "end": int(e), "text": t, "type": ty, "value": v}
            for s, e, t, ty, v in zip(
                x["start_offset"], x["end_offset"], x["text"], x["timex_type"], x["value"]
            )
        ]
        if isinstance(x, dict) and x.get("start_offset") is not None
        else []
        for x in df.pop("timex_lists")
    ]
    return df


# ------------------------------------------------------------------ staging: events
def insert_events(
    con: duckdb.DuckDBPyConnection, mentions: pd.DataFrame, events: pd.DataFrame
) -> int:
    """Insert article events and their mentions; returns the number of mentions."""
    events = events.drop(columns=["publication_date", "outlet"], errors="ignore")
    _insert(con, "article_event", events, list(events.columns))
    _insert(con, "fact_event_mention", mentions, list(mentions.columns))
    return len(mentions)


# ------------------------------------------------------------------ facts
_ARTICLE_EVENTS_SQL = """
SELECT e.*, a.publication_date,
       coalesce(a.near_duplicate_of, a.article_id) AS story_id,
       coalesce(a.outlet, a.dateline_agency, a.article_id) AS source_name
FROM article_event e JOIN dim_article a USING (article_id)
"""


def rebuild_facts(con: duckdb.DuckDBPyConnection, coder_version: str) -> int:
    """Re-cluster every article event in the warehouse into fact_event, in one transaction."""
    article_events = con.execute(_ARTICLE_EVENTS_SQL).df()
    labels = cluster_events(article_events)
    facts = build_facts(article_events, labels)

    def statements(con: duckdb.DuckDBPyConnection) -> None:
        con.execute("DELETE FROM fact_event")
        con.execute("DELETE FROM dim_location")
        con.execute("UPDATE article_event SET event_key = NULL")
        con.execute("UPDATE fact_event_mention SET event_key = NULL")
        if not facts.empty:
            facts["location_key"] = [
                stable_key(n, c) if n else None
                for n, c in zip(facts.location_name, facts.location_country)
            ]
            facts["coder_version"] = coder_version
            con.register("_facts", facts)
            con.execute(sql_text("load/facts.sql"))
            con.execute(sql_text("load/locations.sql"))
            con.unregister("_facts")
            con.register(
                "_labels",
                pd.DataFrame(
                    {
                        "article_event_id": article_events.article_event_id,
                        "event_key": labels.values,
                    }
                ),
            )
            for table in ("article_event", "fact_event_mention"):
                con.execute(
                    f"UPDATE {table} t SET event_key = l.event_key FROM _labels l "
                    "WHERE t.article_event_id = l.article_event_id"
                )
            con.unregister("_labels")
        con.execute(sql_text("load/dates.sql"))

    _transaction(con, statements)
    con.execute("CHECKPOINT")
    return len(facts)


def count_raw(con: duckdb.DuckDBPyConnection, files: list[str]) -> dict[str, int]:
    """What the warehouse holds for `files`: loaded articles, duplicate sources, rejections."""
    con.register("_files", pd.DataFrame({"source_file": pd.Series(sorted(set(files)), dtype=str)}))
    loaded, duplicates = con.execute(
        "SELECT count(*) FILTER (WHERE NOT is_duplicate), count(*) FILTER (WHERE is_duplicate) "
        "FROM article_source WHERE source_file IN (SELECT source_file FROM _files)"
    ).fetchall()[0]
    rejected = con.execute(
        "SELECT count(*) FROM rejected_articles "
        "WHERE source_file IN (SELECT source_file FROM _files)"
    ).fetchall()[0][0]
    con.unregister("_files")
    return {"loaded": loaded, "duplicates": duplicates, "rejected": rejected}
