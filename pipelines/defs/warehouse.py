"""The DuckDB warehouse: reference dimensions, the article batch, the deduplicated facts and the
analyst views. Every asset here writes through DuckDBResource with short connections, in the one
writer pool, each write one transaction (see pipelines.warehouse.loaders)."""

from __future__ import annotations

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from pipelines.batch import CODER_VERSION
from pipelines.defs.resources import WAREHOUSE_POOL
from pipelines.ingest import IngestResult
from pipelines.warehouse.loaders import load_batch, rebuild_facts
from pipelines.warehouse.migrations import apply_migrations, apply_views
from pipelines.warehouse.reference import load_reference, reference_frames

RETRY = dg.RetryPolicy(max_retries=3, delay=2, backoff=dg.Backoff.EXPONENTIAL)


def _spec(name: str, description: str, deps: list | None = None) -> dg.AssetSpec:
    return dg.AssetSpec(
        name, description=description, group_name="warehouse", kinds={"duckdb"}, deps=deps or []
    )


@dg.multi_asset(
    specs=[
        _spec("dim_country", "States: ISO3 code, name, region, capital and its coordinates."),
        _spec("dim_actor", "Actors events are coded with: states and organisations."),
        _spec("dim_event_type", "Our event types and statuses with CAMEO, Goldstein and PLOVER."),
    ],
    pool=WAREHOUSE_POOL,
    retry_policy=RETRY,
)
def reference_tables(duckdb: DuckDBResource):
    """Migrate the schema and load the reference dimensions from seeds/."""
    frames = reference_frames()
    with duckdb.get_connection() as con:
        apply_migrations(con)
        counts = load_reference(con, frames)
    for table, n in counts.items():
        yield dg.MaterializeResult(asset_key=table, metadata={"num_rows": n})


@dg.multi_asset(
    specs=[
        _spec(
            "dim_article",
            "One row per distinct article, with its dates and dateline.",
            deps=["dim_country"],
        ),
        _spec("article_source", "Every file position an article was read from (duplicates too)."),
        _spec("rejected_articles", "Quarantined inputs with the file, position and reason."),
        _spec("article_event", "The distinct events of each article (the coder's output)."),
        _spec("fact_event_mention", "Every sentence-level mention, with evidence offsets."),
    ],
    ins={
        "raw_articles": dg.AssetIn(),
        "articles": dg.AssetIn(),
        "event_mentions": dg.AssetIn(),
        "events": dg.AssetIn(),
    },
    pool=WAREHOUSE_POOL,
    retry_policy=RETRY,
)
def article_tables(
    duckdb: DuckDBResource,
    raw_articles: IngestResult,
    articles: pd.DataFrame,
    event_mentions: pd.DataFrame,
    events: pd.DataFrame,
):
    """Replace this batch's articles, sources, quarantine rows, events and mentions at once."""
    files = sorted(set(raw_articles.sources.source_file) | set(raw_articles.rejected.source_file))
    with duckdb.get_connection() as con:
        apply_migrations(con)
        counts = load_batch(
            con,
            articles,
            raw_articles.sources,
            raw_articles.rejected,
            events,
            event_mentions,
            source_files=files,
        )
    yield dg.MaterializeResult(
        asset_key="dim_article",
        metadata={
            "num_rows": counts.articles,
            "seen": raw_articles.seen,
            "loaded": raw_articles.loaded,
            "duplicates": raw_articles.duplicates,
            "rejected": raw_articles.rejected_count,
        },
    )
    yield dg.MaterializeResult(asset_key="article_source", metadata={"num_rows": counts.sources})
    yield dg.MaterializeResult(
        asset_key="rejected_articles", metadata={"num_rows": counts.rejected}
    )
    yield dg.MaterializeResult(
        asset_key="article_event", metadata={"num_rows": counts.article_events}
    )
    yield dg.MaterializeResult(
        asset_key="fact_event_mention", metadata={"num_rows": counts.mentions}
    )


@dg.multi_asset(
    specs=[
        _spec(
            "fact_event",
            "One row per real-world event, deduplicated across every article in the warehouse.",
            deps=["article_event", "fact_event_mention", "dim_event_type", "dim_country"],
        ),
        _spec("dim_location", "Places events happened at.", deps=["article_event"]),
        _spec(
            "dim_date", "A calendar over the years the warehouse covers.", deps=["article_event"]
        ),
    ],
    pool=WAREHOUSE_POOL,
    retry_policy=RETRY,
)
def fact_tables(duckdb: DuckDBResource):
    """Cluster article events into facts across the whole warehouse, not just this batch."""
    with duckdb.get_connection() as con:
        n = rebuild_facts(con, CODER_VERSION)
        by_type = con.execute(
            "SELECT event_type, status, count(*), sum(num_articles) FROM fact_event "
            "GROUP BY ALL ORDER BY ALL"
        ).fetchall()
        multi = con.execute("SELECT count(*) FROM fact_event WHERE num_articles > 1").fetchone()[0]
        locations = con.execute("SELECT count(*) FROM dim_location").fetchone()[0]
        days = con.execute("SELECT count(*) FROM dim_date").fetchone()[0]
    table = "| type | status | events | articles |\n|---|---|---|---|\n" + "\n".join(
        f"| {t} | {s} | {c} | {a} |" for t, s, c, a in by_type
    )
    yield dg.MaterializeResult(
        asset_key="fact_event",
        metadata={
            "num_rows": n,
            "reported_by_several_articles": multi,
            "coder_version": CODER_VERSION,
            "by_type": dg.MetadataValue.md(table),
        },
    )
    yield dg.MaterializeResult(asset_key="dim_location", metadata={"num_rows": locations})
    yield dg.MaterializeResult(asset_key="dim_date", metadata={"num_rows": days})


@dg.asset(
    group_name="warehouse",
    kinds={"duckdb", "sql"},
    deps=["fact_event", "dim_location", "dim_actor", "dim_article", "fact_event_mention"],
    pool=WAREHOUSE_POOL,
    retry_policy=RETRY,
)
def analyst_views(duckdb: DuckDBResource) -> dg.MaterializeResult:
    """The ready-made views in sql/views/ for analysts."""
    with duckdb.get_connection() as con:
        names = apply_views(con)
    return dg.MaterializeResult(metadata={"views": ", ".join(names), "num_views": len(names)})
