"""raw_articles: every input file read into the raw layer, every input accounted for."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipelines.defs.partitions import register_days
from pipelines.defs.resources import WAREHOUSE_POOL, ArticleSource
from pipelines.ingest import IngestConfig, ingest
from pipelines.partitions import assign_partitions
from pipelines.warehouse.loaders import count_raw, write_raw
from pipelines.warehouse.migrations import apply_migrations

ACCOUNTED = "every_input_accounted_for"


@dg.asset(
    group_name="ingest",
    kinds={"python", "duckdb"},
    pool=WAREHOUSE_POOL,
    retry_policy=dg.RetryPolicy(max_retries=3, delay=2, backoff=dg.Backoff.EXPONENTIAL),
    check_specs=[
        dg.AssetCheckSpec(
            ACCOUNTED,
            asset="raw_articles",
            blocking=True,
            description="seen = loaded + duplicates + rejected, and the warehouse holds exactly "
            "what the run counted.",
        )
    ],
    code_version="1",
)
def raw_articles(
    context: dg.AssetExecutionContext, article_source: ArticleSource, duckdb: DuckDBResource
) -> dg.MaterializeResult:
    """Articles read from the configured source into raw_article (with their text), every source
    position into article_source, and every unusable input into rejected_articles with a reason.
    Each article is placed in the daily partition of its publication date."""
    result = assign_partitions(
        ingest(article_source.paths(), IngestConfig(max_bytes=article_source.max_bytes))
    )
    files = sorted(set(result.sources.source_file) | set(result.rejected.source_file))
    with duckdb.get_connection() as con:
        apply_migrations(con)
        write_raw(con, result, files)
        stored = count_raw(con, files)
    dates = sorted(set(result.articles.partition_date))
    new_days = register_days(context.instance, dates)
    for row in result.rejected.head(20).itertuples():
        context.log.warning(f"quarantined {row.source_file}:{row.position}: {row.reason}")
    counted = {
        "seen": result.seen,
        "loaded": result.loaded,
        "duplicates": result.duplicates,
        "rejected": result.rejected_count,
    }
    balanced = result.seen == result.loaded + result.duplicates + result.rejected_count
    return dg.MaterializeResult(
        metadata={
            **counted,
            "reconciled": balanced,
            "partition_dates": dg.MetadataValue.json([d.isoformat() for d in dates]),
            "new_partitions": len(new_days),
            "source": article_source.path,
        },
        check_results=[
            dg.AssetCheckResult(
                check_name=ACCOUNTED,
                passed=balanced and stored == {k: counted[k] for k in stored},
                metadata={**counted, **{f"stored_{k}": v for k, v in stored.items()}},
            )
        ],
    )
