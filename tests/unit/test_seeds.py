"""Row-by-row checks of the actor dictionaries and the event-type table in ``seeds/``.

The coder loads these CSVs as lookup keys; a malformed date, an unknown code or an alias that
points at two actors at once would silently mis-code events, so every row is checked here.
"""

import csv
import re
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import NamedTuple

import pycountry
import pytest

SEEDS = Path(__file__).parents[2] / "seeds"
ACTORS = SEEDS / "actors"

HEADERS = {
    ACTORS / "countries.csv": (
        "code,name,aliases,demonyms,capital,capital_aliases,latitude,longitude,region"
    ),
    ACTORS / "organisations.csv": "code,name,aliases,kind",
    ACTORS / "leaders.csv": "name,aliases,country,role,start,end",
    ACTORS / "organs.csv": "name,aliases,country,kind",
    SEEDS / "event_types.csv": (
        "event_type,status,cameo,cameo_name,cameo_root,quad_class,goldstein,plover_type,"
        "plover_mode,description"
    ),
}
MULTI_VALUED = {
    ACTORS / "countries.csv": ("aliases", "demonyms", "capital_aliases"),
    ACTORS / "organisations.csv": ("aliases",),
    ACTORS / "leaders.csv": ("aliases",),
    ACTORS / "organs.csv": ("aliases",),
}
# Codes the event schema names explicitly; the coder emits them, so they must exist.
SCHEMA_ORGS = {"UN", "EU", "NATO", "ASEAN", "AU", "G7", "G20", "IAEA", "WTO", "IMF", "OPEC"}
SCHEMA_ORGS |= {"GCC", "ARAB_LEAGUE"}
M49_REGIONS = {
    "Northern Africa", "Eastern Africa", "Middle Africa", "Southern Africa", "Western Africa",
    "Caribbean", "Central America", "South America", "Northern America", "Central Asia",
    "Eastern Asia", "South-eastern Asia", "Southern Asia", "Western Asia", "Eastern Europe",
    "Northern Europe", "Southern Europe", "Western Europe", "Australia and New Zealand",
    "Melanesia", "Micronesia", "Polynesia", "Antarctica",
}  # fmt: skip
ROLES = {"head_of_state", "head_of_government", "foreign_minister", "igo_head"}
ORGAN_KINDS = {"executive", "ministry", "legislature", "military", "agency"}
PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE",
    "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "CRIME", "SANCTION", "MOBILIZE",
    "COERCE", "ASSAULT",
}  # fmt: skip
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Open-ended terms are treated as running to the far future when checking overlaps.
OPEN_END = date(9999, 12, 31)


def load(path: Path) -> list[dict[str, str]]:
    """Read a seed CSV the way the coder does: UTF-8, comma-separated, header row."""
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def split(cell: str) -> list[str]:
    """Split a multi-valued cell on ``|``; an empty cell has no values."""
    return cell.split("|") if cell else []


def iso3_codes() -> set[str]:
    """ISO 3166-1 alpha-3 codes plus the user-assigned XKX (Kosovo) used in the schema."""
    return {c.alpha_3 for c in pycountry.countries} | {"XKX"}


def org_codes() -> set[str]:
    return {row["code"] for row in load(ACTORS / "organisations.csv")}


def parse_date(text: str) -> date:
    """Parse a strict YYYY-MM-DD date (fromisoformat alone also accepts 20240101)."""
    assert ISO_DATE.fullmatch(text), f"not YYYY-MM-DD: {text!r}"
    return date.fromisoformat(text)


@pytest.mark.parametrize("path", sorted(HEADERS), ids=lambda p: p.name)
def test_header_line_is_exact(path: Path) -> None:
    first = path.read_bytes().split(b"\n", 1)[0].decode("utf-8")
    assert first == HEADERS[path]


@pytest.mark.parametrize("path", sorted(HEADERS), ids=lambda p: p.name)
def test_rows_have_every_column(path: Path) -> None:
    width = len(HEADERS[path].split(","))
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    bad = [i for i, row in enumerate(rows, 1) if len(row) != width]
    assert not bad, f"rows with the wrong number of cells: {bad}"


@pytest.mark.parametrize("path", sorted(MULTI_VALUED), ids=lambda p: p.name)
def test_multi_valued_cells_are_clean(path: Path) -> None:
    problems = []
    for row in load(path):
        for column in MULTI_VALUED[path]:
            values = split(row[column])
            if any(not v or v != v.strip() for v in values):
                problems.append((column, row[column]))
            if len(set(values)) != len(values):
                problems.append((column, row[column]))
    assert not problems


def test_countries_cover_iso_3166_once_each() -> None:
    codes = [row["code"] for row in load(ACTORS / "countries.csv")]
    assert len(codes) == len(set(codes))
    assert set(codes) == iso3_codes()


def test_country_rows_are_valid() -> None:
    for row in load(ACTORS / "countries.csv"):
        assert row["name"].strip() == row["name"] != "", row
        assert row["region"] in M49_REGIONS, row
        lat, lon = float(row["latitude"]), float(row["longitude"])
        assert -90 <= lat <= 90 and -180 <= lon <= 180, row
        assert row["capital"] or not row["capital_aliases"], row


def test_organisation_rows_are_valid() -> None:
    rows = load(ACTORS / "organisations.csv")
    codes = [row["code"] for row in rows]
    assert len(codes) == len(set(codes))
    assert set(codes) >= SCHEMA_ORGS
    assert not set(codes) & iso3_codes(), "an organisation code shadows a country code"
    for row in rows:
        assert re.fullmatch(r"[A-Z][A-Z0-9_]*", row["code"]), row
        assert row["name"] and row["kind"] == "igo", row


def test_leader_rows_are_valid() -> None:
    actors = iso3_codes() | org_codes()
    for row in load(ACTORS / "leaders.csv"):
        assert row["name"], row
        assert row["country"] in actors, row
        assert row["role"] in ROLES, row
        assert (row["role"] == "igo_head") == (row["country"] not in iso3_codes()), row
        start = parse_date(row["start"])
        end = parse_date(row["end"]) if row["end"] else OPEN_END
        assert start <= end, row
        assert end == OPEN_END or end <= date(2025, 12, 31), row


def test_organ_rows_are_valid() -> None:
    for row in load(ACTORS / "organs.csv"):
        assert row["name"], row
        assert row["country"] in iso3_codes(), row
        assert row["kind"] in ORGAN_KINDS, row


def quad_class(root: int) -> int:
    """CAMEO quad class of a root code: 01-05, 06-09, 10-14, 15-20."""
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


def test_event_type_rows_are_valid() -> None:
    rows = load(SEEDS / "event_types.csv")
    keys = [(row["event_type"], row["status"]) for row in rows]
    assert len(keys) == len(set(keys))
    expected = {(t, s) for t in ("visit", "treaty", "sanctions") for s in ("actual", "planned")}
    expected |= {(t, "reversed") for t in ("visit", "treaty", "sanctions")}
    assert set(keys) == expected
    for row in rows:
        assert re.fullmatch(r"\d{3,4}", row["cameo"]), row
        assert row["cameo_root"] == row["cameo"][:2], row
        assert 1 <= int(row["cameo_root"]) <= 20, row
        assert int(row["quad_class"]) == quad_class(int(row["cameo_root"])), row
        assert -10.0 <= float(row["goldstein"]) <= 10.0, row
        assert row["plover_type"] in PLOVER_TYPES, row
        assert row["cameo_name"] and row["description"], row


class Key(NamedTuple):
    """One lookup key as the coder sees it: who it means, and when."""

    actor: str
    start: date
    end: date
    source: str


def lookup_keys() -> dict[str, list[Key]]:
    """Every string the coder may match, folded for case, with the actor and period it maps to."""
    always = (date.min, OPEN_END)
    keys: dict[str, list[Key]] = defaultdict(list)
    for row in load(ACTORS / "countries.csv"):
        names = [row["name"], row["capital"], *split(row["aliases"]), *split(row["demonyms"])]
        for name in filter(None, names + split(row["capital_aliases"])):
            keys[name.casefold()].append(Key(row["code"], *always, "countries.csv"))
    for row in load(ACTORS / "organisations.csv"):
        for name in [row["code"], row["name"], *split(row["aliases"])]:
            keys[name.casefold()].append(Key(row["code"], *always, "organisations.csv"))
    for row in load(ACTORS / "organs.csv"):
        for name in [row["name"], *split(row["aliases"])]:
            keys[name.casefold()].append(Key(row["country"], *always, "organs.csv"))
    for row in load(ACTORS / "leaders.csv"):
        end = date.fromisoformat(row["end"]) if row["end"] else OPEN_END
        for name in [row["name"], *split(row["aliases"])]:
            period = (date.fromisoformat(row["start"]), end)
            keys[name.casefold()].append(Key(row["country"], *period, row["name"]))
    return keys


def test_no_key_maps_to_two_actors_at_once() -> None:
    clashes = []
    for key, targets in lookup_keys().items():
        for i, a in enumerate(targets):
            for b in targets[i + 1 :]:
                if a.actor != b.actor and a.start <= b.end and b.start <= a.end:
                    clashes.append((key, a, b))
    assert not clashes, "\n".join(map(str, clashes[:20]))
