"""`geoevents sql`: one query against the warehouse, opened read-only and closed at once (an open
reader blocks DuckDB's writer, so the connection lives only as long as the query)."""

from __future__ import annotations

import duckdb

from pipelines.paths import warehouse_path
from pipelines.warehouse.connection import connect


def run_query(
    query: str, warehouse: str | None = None, fmt: str = "table", limit: int = 200
) -> str:
    """Run `query` and render the result as an aligned table, CSV or JSON lines."""
    with connect(warehouse or warehouse_path(), read_only=True) as con:
        try:
            df = con.execute(query).df()
        except duckdb.Error as exc:
            raise SystemExit(f"geoevents sql: {exc}") from None
    if fmt == "csv":
        return df.to_csv(index=False).rstrip("\n")
    if fmt == "json":
        return df.to_json(orient="records", lines=True, date_format="iso").rstrip("\n")
    shown = df.head(limit)
    text = shown.to_string(index=False, max_colwidth=80) if len(shown) else "(no rows)"
    if len(df) > limit:
        text += f"\n... {len(df) - limit} more rows (use --limit or --format csv)"
    return text
