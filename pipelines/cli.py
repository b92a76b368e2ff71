"""The `geoevents` command: every stage of the pipeline without the UI."""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from datetime import date
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

    summary = run_pipeline(
        source=args.source,
        warehouse=args.warehouse,
        first=args.date_from,
        last=args.date_to,
        progress=not args.json and sys.stderr.isatty(),
    )
    print(json.dumps(summary, default=str) if args.json else format_summary(summary))
    return 0 if summary["success"] else 1


def _cmd_sql(args: argparse.Namespace) -> int:
    from pipelines.sql_console import run_query

    query = args.query
    if query.startswith("@"):
        query = Path(query[1:]).read_text(encoding="utf-8")
    print(run_query(query, warehouse=args.warehouse, fmt=args.format, limit=args.limit))
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from pipelines.paths import warehouse_path
    from pipelines.warehouse.connection import connect
    from pipelines.warehouse.exports import export_gdelt_tsv, export_parquet

    with connect(args.warehouse or warehouse_path(), read_only=True) as con:
        if args.format == "parquet":
            counts = export_parquet(con, args.out)
            print(", ".join(f"{t}: {n} rows" for t, n in counts.items()) + f" -> {args.out}")
        else:
            n = export_gdelt_tsv(con, args.out)
            print(f"fact_event: {n} rows -> {args.out} (GDELT 2.0 event layout)")
    return 0


def _cmd_bench(args: argparse.Namespace) -> int:
    from pipelines.bench import format_report, run_bench

    report = run_bench(
        args.n,
        articles=Path(args.articles) if args.articles else None,
        scale=args.scale,
        dateparser_sample=args.dateparser_sample,
        progress=sys.stderr.isatty(),
    )
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report) if args.json else format_report(report))
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
    p.add_argument("--from", dest="date_from", type=date.fromisoformat, help="first day YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=date.fromisoformat, help="last day YYYY-MM-DD")
    p.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    p.set_defaults(func=_cmd_run)

    p = sub.add_parser("sql", help="query the warehouse read-only and print a table")
    p.add_argument("query", help="SQL text, or @file.sql")
    p.add_argument("--warehouse", help="DuckDB file (default: $GEOEVENTS_WAREHOUSE or warehouse/)")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.add_argument("--limit", type=int, default=200, help="rows to print at most (table format)")
    p.set_defaults(func=_cmd_sql)

    p = sub.add_parser("export", help="Parquet by year/month, or a GDELT 2.0 event TSV")
    p.add_argument("--format", choices=["parquet", "gdelt"], default="parquet")
    p.add_argument("--out", required=True, help="folder (parquet) or file (gdelt)")
    p.add_argument("--warehouse", help="DuckDB file (default: $GEOEVENTS_WAREHOUSE or warehouse/)")
    p.set_defaults(func=_cmd_export)

    p = sub.add_parser("bench", help="articles/s per stage, full pipeline, vs dateparser")
    p.add_argument("-n", type=int, default=10_000, help="articles (default 10,000)")
    p.add_argument("--articles", help="JSONL corpus (default: Reuters dev if present, else sample)")
    p.add_argument("--scale", type=int, help="also time the full pipeline on 10k and this many")
    p.add_argument("--dateparser-sample", type=int, default=500, help="articles for the baseline")
    p.add_argument("--out", help="write the report as JSON here (e.g. bench/results/DATE.json)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=_cmd_bench)
    return parser


def main(argv: list[str] | None = None) -> int:
    # Dagster flags the single-run backfill policy as beta on every import; users can't act on it
    warnings.filterwarnings("ignore", message=".*is currently in beta")
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
