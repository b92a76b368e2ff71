"""Exports for readers other than DuckDB: Parquet partitioned by year and month (for analysts
querying while a run writes, and for object storage), and GDELT 2.0's event-table TSV."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

from pipelines.paths import sql_text

EXPORTED_TABLES = ("fact_event", "fact_event_mention", "dim_article")


def export_parquet(con: duckdb.DuckDBPyConnection, out_dir: str | Path) -> dict[str, int]:
    """Write fact and article tables as Parquet, partitioned by year/month; returns row counts.

    Facts partition by event date (else first report), mentions and articles by publication
    date; rows with no date at all go to year=0/month=0 rather than being dropped.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    date_expr = {
        "fact_event": "coalesce(try_cast(left(event_date, 4) AS INTEGER), year(first_seen))",
        "fact_event_mention": "year(a.publication_date)",
        "dim_article": "year(publication_date)",
    }
    month_expr = {
        "fact_event": "coalesce(try_cast(substr(event_date, 6, 2) AS INTEGER), month(first_seen))",
        "fact_event_mention": "month(a.publication_date)",
        "dim_article": "month(publication_date)",
    }
    counts = {}
    for table in EXPORTED_TABLES:
        src = (
            "fact_event_mention t JOIN dim_article a USING (article_id)"
            if table == "fact_event_mention"
            else f"{table} t"
        )
        sql = (
            f"SELECT t.*, coalesce({date_expr[table]}, 0) AS year, "
            f"coalesce({month_expr[table]}, 0) AS month FROM {src}"
        )
        counts[table] = con.execute(f"SELECT count(*) FROM ({sql})").fetchall()[0][0]
        target = out_dir / table
        shutil.rmtree(target, ignore_errors=True)  # a re-export replaces, never mixes, partitions
        con.execute(
            f"COPY ({sql}) TO '{target.as_posix()}' (FORMAT parquet, PARTITION_BY (year, month))"
        )
    return counts


def export_gdelt_tsv(con: duckdb.DuckDBPyConnection, path: str | Path) -> int:
    """Write fact_event as a headerless tab-separated file in GDELT 2.0's 61-column layout."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    sql = sql_text("exports/gdelt_events.sql")
    con.execute(f"COPY ({sql}) TO '{path.as_posix()}' (FORMAT csv, DELIMITER '\t', HEADER false)")
    return con.execute(f"SELECT count(*) FROM ({sql})").fetchall()[0][0]
