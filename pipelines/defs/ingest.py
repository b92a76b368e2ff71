"""raw_articles: every input file read, every input accounted for."""

from __future__ import annotations

import dagster as dg

from pipelines.defs.resources import ArticleSource
from pipelines.ingest import IngestConfig, IngestResult, ingest


@dg.asset(group_name="ingest", kinds={"python", "pandas"}, code_version="1")
def raw_articles(context: dg.AssetExecutionContext, article_source: ArticleSource) -> IngestResult:
    """Articles read from the configured source: distinct articles, their sources, and the
    quarantined inputs with a reason (seen = loaded + duplicates + rejected)."""
    result = ingest(article_source.paths(), IngestConfig(max_bytes=article_source.max_bytes))
    for row in result.rejected.head(20).itertuples():
        context.log.warning(f"quarantined {row.source_file}:{row.position}: {row.reason}")
    context.add_output_metadata(
        {
            "seen": result.seen,
            "loaded": result.loaded,
            "duplicates": result.duplicates,
            "rejected": result.rejected_count,
            "reconciled": result.seen == result.loaded + result.duplicates + result.rejected_count,
            "source": article_source.path,
        }
    )
    return result
