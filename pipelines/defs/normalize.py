"""articles: publication dates, datelines and temporal expressions, per publication day."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipelines.batch import normalise_articles
from pipelines.defs.partitions import partition_days, publication_days, single_run
from pipelines.defs.resources import WAREHOUSE_POOL
from pipelines.warehouse.loaders import article_ids, insert_articles, read_raw, replace_days


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
    days = partition_days(context)
    with duckdb.get_connection() as con:
        ids = article_ids(con, days)
        n = replace_days(
            con,
            days,
            ("dim_article", "article_timex"),
            ids,
            lambda con, chunk: insert_articles(con, normalise_articles(read_raw(con, chunk))),
        )
        dateline, timexes, flagged = con.execute(
            f"SELECT count(dateline_place), sum(num_timexes), count(flags) FROM dim_article "
            f"WHERE {days.where()}"
        ).fetchall()[0]
    return dg.MaterializeResult(
        metadata={
            "num_rows": n,
            "with_dateline": dateline,
            "timexes": int(timexes or 0),
            "flagged": flagged,
        }
    )
