"""Partitions by publication day for the article-derived assets.

The partitions are the days that have articles (a dynamic partition per ISO date, added by
raw_articles as it reads them), not every calendar day: news archives are sparse over history,
and Dagster records a materialisation per partition per asset, so a time-window range over
40 years would cost tens of thousands of events to cover a few hundred days of news.

Backfills over several days run as one run (BackfillPolicy.single_run): each partitioned asset
reads and writes its days in DuckDB itself, because a pickling IO manager cannot store an
output that spans several partitions.
"""

from datetime import date

import dagster as dg

from pipelines.warehouse.loaders import Days

PUBLICATION_DAY = "publication_day"
# Run tags that make one run cover a range of partition keys (a single-run backfill).
RANGE_START = "dagster/asset_partition_range_start"
RANGE_END = "dagster/asset_partition_range_end"

publication_days = dg.DynamicPartitionsDefinition(name=PUBLICATION_DAY)
single_run = dg.BackfillPolicy.single_run()


def partition_days(context: dg.AssetExecutionContext) -> Days:
    """The publication days this run covers."""
    return Days(sorted(date.fromisoformat(k) for k in context.partition_keys))


def register_days(instance: dg.DagsterInstance, days: list[date]) -> list[str]:
    """Add the days not yet known as partitions, in date order; returns the added keys."""
    known = set(instance.get_dynamic_partitions(PUBLICATION_DAY))
    new = sorted({d.isoformat() for d in days} - known)
    if new:
        instance.add_dynamic_partitions(PUBLICATION_DAY, new)
    return new
