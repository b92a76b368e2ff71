"""articles: publication dates, datelines and temporal expressions, per daily partition."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipelines.batch import normalise_articles
from pipelines.defs.partitions import partition_days, publication_days, single_run
from pipelines.defs.resources import WAREHOUSE_POOL
from pipelines.warehouse.loaders import read_raw, write_articles


@dg.asset(
    group_name="normalize",
    kinds={"python", "duckdb"},
    deps=["raw_articles"],
    partitions_def=publication_days,
    backfill_policy=single_run,
    pool=WAREHOUSE_POOL,
    code_version="1",
)
def articles(context: dg.AssetExecutionContext, duckdb: DuckDBResource) -> dg.MaterializeResult:
    """dim_article and article_timex: each article's publication date (and where it came from),
    dateline and TIMEX3 expressions resolved against the publication date."""
    window = partition_days(context)
    with duckdb.get_connection() as con:
        raw = read_raw(con, window)
    df = normalise_articles(raw)
    with duckdb.get_connection() as con:
        write_articles(con, df, window)
    return dg.MaterializeResult(
        metadata={
            "num_rows": len(df),
            "with_dateline": int(df.dateline_place.notna().sum()) if len(df) else 0,
            "timexes": int(df.timexes.map(len).sum()) if len(df) else 0,
            "flagged": int((df.temporal_flags != "").sum()) if len(df) else 0,
        }
    )
