"""raw_articles: every input file read into the raw layer, every input accounted for."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipelines.defs.partitions import register_days
from pipelines.defs.resources import WAREHOUSE_POOL, ArticleSource
from pipelines.ingest import IngestConfig, iter_ingest
from pipelines.partitions import assign_partitions, reconcile
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
    Each article is placed in the partition of its publication day. Streams in chunks, so a
    large source never sits in memory whole."""
    config = IngestConfig(max_bytes=article_source.max_bytes)
    chunks = (assign_partitions(c) for c in iter_ingest(article_source.paths(), config))
    with duckdb.get_connection() as con:
        apply_migrations(con)
        totals = write_raw(con, chunks)
        stored = count_raw(con, sorted(totals.files))
    days = sorted(totals.days)
    new_days = register_days(context.instance, days)
    for warning in totals.warnings:
        context.log.warning(warning)
    counted = {
        "seen": totals.seen,
        "loaded": totals.loaded,
        "duplicates": totals.duplicates,
        "rejected": totals.rejected,
    }
    passed, figures = reconcile(counted, stored)
    return dg.MaterializeResult(
        metadata={
            **counted,
            "reconciled": passed,
            "files": len(totals.files),
            "partition_dates": dg.MetadataValue.json([d.isoformat() for d in days]),
            "new_partitions": len(new_days),
            "source": article_source.path,
        },
        check_results=[dg.AssetCheckResult(check_name=ACCOUNTED, passed=passed, metadata=figures)],
    )
