"""Publication dates: the seed header, metadata, and what is refused."""

from __future__ import annotations

from datetime import date

from pipelines.temporal import analyse_article


def test_seed_header_gives_date_and_body_start():
    text = " date 2024-06-19 SEOUL: Leaders met in the capital on Wednesday."
    a = analyse_article(text)
    assert a.publication_date == date(2024, 6, 19)
    assert a.publication_date_source == "header"
    assert text[a.body_start :].startswith("SEOUL:")


def test_header_without_leading_space():
    a = analyse_article("date 2023-01-05\nThe talks resumed.")
    assert a.publication_date == date(2023, 1, 5)


def test_metadata_when_no_header():
    a = analyse_article("The talks resumed on Monday.", published="2023-01-05")
    assert (a.publication_date, a.publication_date_source) == (date(2023, 1, 5), "metadata")
    assert a.body_start == 0


def test_header_wins_over_metadata():
    a = analyse_article(" date 2022-03-01 Talks resumed.", published="2021-01-01")
    assert a.publication_date == date(2022, 3, 1)


def test_header_that_is_not_a_date_is_flagged_and_metadata_used():
    a = analyse_article(" date yesterday Talks resumed.", published="2021-01-01")
    assert a.publication_date == date(2021, 1, 1)
    assert any(f.startswith("bad_header_date") for f in a.flags)


def test_month_only_header_is_refused():
    a = analyse_article(" date 2021-02 The envoy arrived on Thursday.")
    assert a.publication_date is None
    assert any("bad_header_date" in f for f in a.flags)


def test_february_30_is_refused():
    a = analyse_article(" date 2024-02-30 Text.")
    assert a.publication_date is None
    assert any("no_such_day" in f for f in a.flags)


def test_placeholder_years_are_refused():
    for year in ("0000", "9999"):
        a = analyse_article(f" date {year}-01-01 Text.", published=f"{year}-05-05")
        assert a.publication_date is None
        assert any("implausible_year" in f for f in a.flags)


def test_dateline_date_is_the_last_resort():
    a = analyse_article("MOSCOW, June 19, 2024 (Reuters) - Talks began.")
    assert (a.publication_date, a.publication_date_source) == (date(2024, 6, 19), "dateline")
