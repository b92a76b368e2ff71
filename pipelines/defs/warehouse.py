"""The DuckDB warehouse: reference dimensions, the deduplicated facts and the analyst views.

Every asset here writes through DuckDBResource with short connections, in the one writer pool,
each write one transaction (see pipelines.warehouse.loaders)."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipelines.batch import CODER_VERSION
from pipelines.defs.resources import WAREHOUSE_POOL
from pipelines.warehouse.loaders import rebuild_facts
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
            "fact_event",
            "One row per real-world event, deduplicated across every article in the warehouse.",
            deps=["events", "event_mentions", "dim_event_type", "dim_country", "dim_actor"],
        ),
        _spec("dim_location", "Places events happened at.", deps=["events"]),
        _spec("dim_date", "A calendar over the years the warehouse covers.", deps=["events"]),
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
        multi = con.execute("SELECT count(*) FROM fact_event WHERE num_articles > 1").fetchall()[0][
            0
        ]
        locations = con.execute("SELECT count(*) FROM dim_location").fetchall()[0][0]
        days = con.execute("SELECT count(*) FROM dim_date").fetchall()[0][0]
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
    deps=["fact_event", "dim_location", "dim_date"],
    pool=WAREHOUSE_POOL,
    retry_policy=RETRY,
)
def analyst_views(duckdb: DuckDBResource) -> dg.MaterializeResult:
    """The ready-made views in sql/views/ for analysts."""
    with duckdb.get_connection() as con:
        names = apply_views(con)
    return dg.MaterializeResult(metadata={"views": ", ".join(names), "num_views": len(names)})
