"""Bulk loads into the warehouse, one transaction per write, DataFrames registered and inserted
with INSERT ... SELECT (never row by row). Every write deletes what it replaces first, by source
file or by partition range, so re-running a partition gives the same warehouse.

Layers, as in jaffle_shop: raw (raw_article, article_source, rejected_articles), staging/marts
(dim_article, article_timex, article_event, fact_event_mention), facts (fact_event).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb
import pandas as pd

from pipelines.ingest import IngestResult
from pipelines.keys import stable_key
from pipelines.paths import SQL_DIR
from pipelines.warehouse.dedup import build_facts, cluster_events

RAW_COLUMNS = [
    "article_id",
    "external_id",
    "text",
    "published",
    "title",
    "url",
    "outlet",
    "source_file",
    "position",
    "format",
    "content_hash",
    "near_duplicate_of",
    "flags",
    "partition_date",
]
SOURCE_COLUMNS = ["article_id", "source_file", "position", "url", "outlet", "is_duplicate"]
REJECTED_COLUMNS = ["source_file", "position", "reason", "excerpt"]
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
    """The publication days a partitioned write replaces; None means every day."""

    days: list[date] | None = None

    def where(self, column: str = "partition_date") -> str:
        if self.days is None:
            return "TRUE"
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
def write_raw(con: duckdb.DuckDBPyConnection, result: IngestResult, files: list[str]) -> None:
    """Replace what `files` contributed before with this ingest (articles need partition_date).

    An article keeps the `ingested_at` of its first load, so re-reading a file changes nothing.
    """
    raw = result.articles
    ids = pd.DataFrame({"article_id": raw.article_id.unique()})
    file_list = pd.DataFrame({"source_file": sorted(set(files))})

    def statements(con: duckdb.DuckDBPyConnection) -> None:
        con.register("_ids", ids)
        con.register("_files", file_list)
        con.execute(
            "CREATE OR REPLACE TEMP TABLE _first_seen AS SELECT article_id, ingested_at "
            "FROM raw_article WHERE article_id IN (SELECT article_id FROM _ids)"
        )
        con.execute(
            "DELETE FROM raw_article WHERE article_id IN (SELECT article_id FROM _ids) "
            "OR source_file IN (SELECT source_file FROM _files)"
        )
        for table in ("article_source", "rejected_articles"):
            con.execute(
                f"DELETE FROM {table} WHERE source_file IN (SELECT source_file FROM _files)"
            )
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
        _insert(con, "article_source", result.sources, SOURCE_COLUMNS)
        if not result.rejected.empty:
            con.register("_batch", result.rejected[REJECTED_COLUMNS])
            con.execute(
                "INSERT INTO rejected_articles SELECT source_file, position, reason, excerpt, "
                "now()::TIMESTAMP FROM _batch"
            )
            con.unregister("_batch")
        con.execute("DROP TABLE _first_seen")
        con.unregister("_ids")
        con.unregister("_files")

    _transaction(con, statements)


def read_raw(con: duckdb.DuckDBPyConnection, window: Days) -> pd.DataFrame:
    """The raw articles of a partition range, in a stable order."""
    return con.execute(
        f"SELECT * FROM raw_article WHERE {window.where()} ORDER BY partition_date, article_id"
    ).df()


# ------------------------------------------------------------------ staging: articles
def write_articles(con: duckdb.DuckDBPyConnection, articles: pd.DataFrame, window: Days) -> None:
    """Replace the partition range's dim_article and article_timex rows."""
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
        columns=[
            "article_id",
            "start_offset",
            "end_offset",
            "text",
            "timex_type",
            "value",
            "partition_date",
        ],
    ).drop_duplicates(["article_id", "start_offset"])

    def statements(con: duckdb.DuckDBPyConnection) -> None:
        for table in ("dim_article", "article_timex"):
            con.execute(f"DELETE FROM {table} WHERE {window.where()}")
        _insert(con, "dim_article", dims, DIM_ARTICLE_COLUMNS)
        _insert(con, "article_timex", timexes, list(timexes.columns))

    _transaction(con, statements)


def read_articles_for_coding(con: duckdb.DuckDBPyConnection, window: Days) -> pd.DataFrame:
    """Text plus stored temporal analysis of a partition range: what the coder needs."""
    df = con.execute(
        (SQL_DIR / "load" / "articles_for_coding.sql")
        .read_text(encoding="utf-8")
        .replace("{window}", window.where("a.partition_date"))
    ).df()
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
def write_events(
    con: duckdb.DuckDBPyConnection,
    mentions: pd.DataFrame,
    events: pd.DataFrame,
    window: Days,
) -> None:
    """Replace the partition range's article events and mentions."""
    events = events.drop(columns=["publication_date", "outlet"], errors="ignore")

    def statements(con: duckdb.DuckDBPyConnection) -> None:
        for table in ("fact_event_mention", "article_event"):
            con.execute(f"DELETE FROM {table} WHERE {window.where()}")
        _insert(con, "article_event", events, list(events.columns))
        _insert(con, "fact_event_mention", mentions, list(mentions.columns))

    _transaction(con, statements)


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
            con.execute(_load_sql("facts"))
            con.execute(_load_sql("locations"))
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
        con.execute(_load_sql("dates"))

    _transaction(con, statements)
    con.execute("CHECKPOINT")
    return len(facts)


def _load_sql(name: str) -> str:
    return (SQL_DIR / "load" / f"{name}.sql").read_text(encoding="utf-8")


def count_raw(con: duckdb.DuckDBPyConnection, files: list[str]) -> dict[str, int]:
    """What the warehouse holds for `files`: loaded articles, duplicate sources, rejections."""
    con.register("_files", pd.DataFrame({"source_file": sorted(set(files))}))
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
