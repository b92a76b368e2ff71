"""Datelines: the wire styles, places, countries, dates and agencies; and what is not one."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.temporal import analyse_article
from pipelines.temporal.dateline import find_dateline

PUB = date(2024, 6, 19)


@pytest.mark.parametrize(
    ("text", "place", "country", "day", "agency"),
    [
        ("SEOUL: The two sides met.", "Seoul", "KOR", None, None),
        ("MOSCOW, June 19 (Reuters) - Officials said.", "Moscow", "RUS", PUB, "Reuters"),
        ("PYONGYANG (AP) \u2014 Crowds lined the road.", "Pyongyang", "PRK", None, "AP"),
        ("WASHINGTON, March 2 - The bill passed.", "Washington", "USA", date(2024, 3, 2), None),
        ("NAIROBI, Kenya (AP) _ Rain fell.", "Nairobi", "KEN", None, "AP"),
        (
            "JOHANNESBURG, August 7 (Xinhua) -- Miners struck.",
            "Johannesburg",
            "ZAF",
            None,
            "Xinhua",
        ),
        ("UNITED NATIONS (AP) -- The council voted.", "United Nations", "USA", None, "AP"),
        ("SALVADOR, Feb 26 - Cocoa rains continued.", "Salvador", "BRA", None, None),
        ("ALBANY, N.Y., June 18 - The firm said.", "Albany", "USA", date(2024, 6, 18), None),
        ("FRESNO, Calif., June 17 - Growers said.", "Fresno", "USA", date(2024, 6, 17), None),
        ("KYIV, Ukraine, June 18 - Sirens sounded.", "Kyiv", "UKR", date(2024, 6, 18), None),
        ("Abuja \u2014 The bloc lifted its measures.", "Abuja", "NGA", None, None),
        ("ST. LOUIS, June 19 - Shares rose.", "St. Louis", "USA", PUB, None),
    ],
)
def test_wire_styles(text, place, country, day, agency):
    d = find_dateline(text, 0, PUB)
    assert d is not None
    assert (d.place, d.country, d.agency) == (place, country, agency)
    if day is not None:
        assert d.date == day


def test_month_day_takes_the_year_nearest_publication():
    d = find_dateline("LONDON, Dec 31 - Markets closed.", 0, date(2025, 1, 2))
    assert d.date == date(2024, 12, 31)


def test_asia_pacific_day_after_publication():
    d = find_dateline("TOKYO, June 20 - The yen fell.", 0, PUB)
    assert d.date == date(2024, 6, 20)


def test_dateline_below_headline_and_byline():
    text = (
        "Leaders agree on trade corridor\n\nBy A. Writer\nBEIJING, May 13 (Xinhua) -- Talks ended."
    )
    d = find_dateline(text, 0, date(2025, 5, 14))
    assert (d.place, d.agency, d.date) == ("Beijing", "Xinhua", date(2025, 5, 13))


@pytest.mark.parametrize(
    "text",
    [
        "trending: Markets rally as talks resume\nThe minister said.",
        "Image Credit: AFP\nThe minister said.",
        "Home>>\nWorld\nPolitics\nThe minister said on Monday.",
        "BREAKING NEWS: Council votes on new measures",
        "By Jane Reporter, Staff Writer\n\nThe minister said.",
        "Russia puts off talks as visit plan stalls\n\nThe ministry said.",
        "China-Kenya ink trade agreements in Nairobi\nThe deals were signed.",
        "Follow us on:\n\nThe minister said.",
        "The minister said on Monday that talks would resume.",
    ],
)
def test_boilerplate_is_not_a_dateline(text):
    assert find_dateline(text, 0, PUB) is None


def test_seed_style_article():
    a = analyse_article(" date 2024-06-19 SEOUL: A pact was signed on Wednesday.")
    assert a.dateline is not None
    assert (a.dateline.place, a.dateline.country) == ("Seoul", "KOR")
    assert a.dateline.to_dict()["date"] is None


def test_place_alone_on_a_line_in_capitals():
    d = find_dateline("Minister begins tour\n\nANKARA\n\nThe minister left today.", 0, PUB)
    assert (d.place, d.country) == ("Ankara", "TUR")
