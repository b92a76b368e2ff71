"""The `geoevents` command: every stage of the pipeline without the UI."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def _cmd_extract(args: argparse.Namespace) -> int:
    from pipelines.extract_cli import run_extract

    summary = run_extract(args.input, args.output, workers=args.workers)
    if args.output != "-":
        print(
            f"extracted {summary['records']} records ({summary['errors']} errors)", file=sys.stderr
        )
    return 0


def _cmd_explain(args: argparse.Namespace) -> int:
    from pipelines.explain import explain_text

    text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
    print(explain_text(text, published=args.published, as_json=args.json))
    return 0


def _cmd_run(args: argparse.Namespace) -> int:
    from pipelines.runner import format_summary, run_pipeline

    summary = run_pipeline(source=args.source, warehouse=args.warehouse)
    print(json.dumps(summary, default=str) if args.json else format_summary(summary))
    return 0 if summary["success"] else 1


def _cmd_sql(args: argparse.Namespace) -> int:
    from pipelines.sql_console import run_query

    query = args.query
    if query.startswith("@"):
        query = Path(query[1:]).read_text(encoding="utf-8")
    print(run_query(query, warehouse=args.warehouse, fmt=args.format, limit=args.limit))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="geoevents", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="articles JSONL in, events JSONL out (the eval contract)")
    p.add_argument("--input", required=True, help="JSONL file, or - for stdin")
    p.add_argument("--output", required=True, help="JSONL file, or - for stdout")
    p.add_argument("--workers", type=int, default=None, help="processes (default: up to 2)")
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("explain", help="show which cues, actors and rules coded an article")
    p.add_argument("file", help="an article (seed format or plain text), or - for stdin")
    p.add_argument("--published", help="publication date YYYY-MM-DD if the text has no header")
    p.add_argument("--json", action="store_true", help="print the explanation as JSON")
    p.set_defaults(func=_cmd_explain)

    p = sub.add_parser("run", help="materialise every asset through Dagster and summarise")
    p.add_argument(
        "--source", help="folder, file or comma-separated files (default: sample corpus)"
    )
    p.add_argument("--warehouse", help="DuckDB file (default: $GEOEVENTS_WAREHOUSE or warehouse/)")
    p.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    p.set_defaults(func=_cmd_run)

    p = sub.add_parser("sql", help="query the warehouse read-only and print a table")
    p.add_argument("query", help="SQL text, or @file.sql")
    p.add_argument("--warehouse", help="DuckDB file (default: $GEOEVENTS_WAREHOUSE or warehouse/)")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.add_argument("--limit", type=int, default=200, help="rows to print at most (table format)")
    p.set_defaults(func=_cmd_sql)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
