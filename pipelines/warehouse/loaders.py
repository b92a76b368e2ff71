"""Bulk loads into the warehouse: one transaction per batch, DataFrames registered and inserted
with INSERT ... SELECT (never row by row), deletes first so a re-run replaces rather than adds."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pandas as pd

from pipelines.keys import stable_key
from pipelines.warehouse.dedup import build_facts, cluster_events

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
    "content_hash",
    "near_duplicate_of",
    "source_file",
    "position",
    "format",
    "flags",
    "num_timexes",
]
SOURCE_COLUMNS = ["article_id", "source_file", "position", "url", "outlet", "is_duplicate"]
REJECTED_COLUMNS = ["source_file", "position", "reason", "excerpt"]


@dataclass(frozen=True)
class BatchCounts:
    articles: int
    sources: int
    rejected: int
    article_events: int
    mentions: int


def _insert(
    con: duckdb.DuckDBPyConnection, table: str, df: pd.DataFrame, columns: list[str]
) -> None:
    if df.empty:
        return
    con.register("_batch", df[columns])
    cols = ", ".join(columns)
    con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _batch")
    con.unregister("_batch")


def article_dimension_frame(articles: pd.DataFrame) -> pd.DataFrame:
    """dim_article rows from the normalised articles frame."""
    df = articles.copy()
    df["num_timexes"] = df["timexes"].map(len)
    for col in ("publication_date", "dateline_date"):
        df[col] = pd.to_datetime(df[col], errors="coerce").dt.date
    return df[DIM_ARTICLE_COLUMNS]


def load_batch(
    con: duckdb.DuckDBPyConnection,
    articles: pd.DataFrame,
    sources: pd.DataFrame,
    rejected: pd.DataFrame,
    article_events: pd.DataFrame,
    mentions: pd.DataFrame,
    source_files: list[str],
) -> BatchCounts:
    """Replace everything this batch's articles and files contributed, atomically.

    `source_files` are all the files the batch read: their earlier rejections and source rows
    are replaced too, so a file fixed since the last run leaves no stale quarantine row.
    `ingested_at` survives re-loads of the same article, so a re-run gives identical rows.
    """
    dims = article_dimension_frame(articles)
    events = article_events.drop(columns=["publication_date", "outlet"], errors="ignore")
    con.execute("BEGIN TRANSACTION")
    try:
        con.register("_ids", pd.DataFrame({"article_id": dims.article_id.unique()}))
        con.register("_files", pd.DataFrame({"source_file": sorted(set(source_files))}))
        con.execute(
            "CREATE OR REPLACE TEMP TABLE _first_seen AS SELECT article_id, ingested_at "
            "FROM dim_article WHERE article_id IN (SELECT article_id FROM _ids)"
        )
        for table in ("fact_event_mention", "article_event", "dim_article"):
            con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM _ids)")
        for table in ("article_source", "rejected_articles"):
            con.execute(
                f"DELETE FROM {table} WHERE source_file IN (SELECT source_file FROM _files)"
            )
        if not dims.empty:
            con.register("_batch", dims)
            cols = ", ".join(DIM_ARTICLE_COLUMNS)
            con.execute(
                f"INSERT INTO dim_article ({cols}, ingested_at) "
                f"SELECT {', '.join('b.' + c for c in DIM_ARTICLE_COLUMNS)}, "
                "coalesce(f.ingested_at, now()::TIMESTAMP) FROM _batch b "
                "LEFT JOIN _first_seen f USING (article_id)"
            )
            con.unregister("_batch")
        _insert(con, "article_source", sources, SOURCE_COLUMNS)
        if not rejected.empty:
            con.register("_batch", rejected[REJECTED_COLUMNS])
            con.execute(
                "INSERT INTO rejected_articles SELECT source_file, position, reason, excerpt, "
                "now()::TIMESTAMP FROM _batch"
            )
            con.unregister("_batch")
        _insert(con, "article_event", events, [c for c in events.columns if c != "event_key"])
        _insert(con, "fact_event_mention", mentions, list(mentions.columns))
        con.execute("DROP TABLE _first_seen")
        con.unregister("_ids")
        con.unregister("_files")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return BatchCounts(len(dims), len(sources), len(rejected), len(events), len(mentions))


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
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM fact_event")
        con.execute("DELETE FROM dim_location")
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
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    con.execute("CHECKPOINT")
    return len(facts)


def _load_sql(name: str) -> str:
    from pipelines.paths import SQL_DIR

    return (SQL_DIR / "load" / f"{name}.sql").read_text(encoding="utf-8")
