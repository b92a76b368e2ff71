"""The `geoevents` command: every stage of the pipeline without the UI."""

from __future__ import annotations

import argparse
import json
import sys


def _cmd_extract(args: argparse.Namespace) -> int:
    from pipelines.extract_cli import run_extract

    summary = run_extract(args.input, args.output, workers=args.workers)
    if args.output != "-":
        print(f"extracted {summary['records']} records ({summary['errors']} errors)", file=sys.stderr)
    return 0


def _cmd_explain(args: argparse.Namespace) -> int:
    from pipelines.explain import explain_text

    text = sys.stdin.read() if args.file == "-" else open(args.file, encoding="utf-8").read()
    print(explain_text(text, published=args.published, as_json=args.json))
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
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
