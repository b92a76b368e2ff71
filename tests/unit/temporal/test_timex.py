"""Timexes per rule family, resolved against Wednesday 2024-06-19 unless said otherwise."""

from __future__ import annotations

from datetime import date

from pipelines.temporal.timex import find_timexes


def test_weekdays_follow_tense(values):
    v = values("The envoy arrived on Monday and will leave on Friday.")
    assert v["Monday"] == "2024-06-17"
    assert v["Friday"] == "2024-06-21"


def test_weekday_of_the_anchor_is_the_anchor(values):
    assert values("The accord was signed Wednesday.")["Wednesday"] == "2024-06-19"


def test_last_and_next_weekday(values):
    v = values("They met last Wednesday and meet again next Tuesday.")
    assert v["last Wednesday"] == "2024-06-12"
    assert v["next Tuesday"] == "2024-06-25"


def test_ap_abbreviations_and_full_dates(values):
    v = values("Talks began Aug. 2 and ended Sept. 30, 2023; a vote came on 4 March 2022.")
    assert v["Aug. 2"] == "2024-08-02"
    assert v["Sept. 30, 2023"] == "2023-09-30"
    assert v["4 March 2022"] == "2022-03-04"


def test_month_day_without_year_is_nearest_the_anchor():
    v = {t.text: t.value for t in find_timexes("Bonds mature Jan. 5.", date(2024, 12, 20))}
    assert v["Jan. 5"] == "2025-01-05"


def test_month_names_that_are_words(values):
    v = values("Protesters may march in May, and the army will march on.")
    assert list(v.values()) == ["2024-05"]


def test_years_and_fiscal_years(values):
    v = values("Output rose in 1998 and fell in fiscal 2001 but not in mid-2005.")
    assert v == {"1998": "1998", "fiscal 2001": "2001", "mid-2005": "2005"}


def test_amounts_are_not_years(values):
    assert values("It paid $1999 for 2000 shares and 1,998 more.") == {}


def test_decades_and_centuries(values):
    v = values("Growth in the 1990s and the late 1970s dwarfed the 19th century.")
    assert v["the 1990s"] == "199"
    assert v["the late 1970s"] == "197"
    assert v["the 19th century"] == "18"


def test_relative_units(values):
    v = values("Sales fell last year, rose this month and may rise next week.")
    assert v["last year"] == "2023"
    assert v["this month"] == "2024-06"
    assert v["next week"] == "2024-W26"


def test_earlier_this_month(values):
    assert values("Troops withdrew earlier this month.")["earlier this month"] == "2024-06"


def test_quarters_and_halves(values):
    v = values("Third-quarter profit beat the second quarter of 2023 and the first half.")
    assert v["Third-quarter"] == "2023-Q3"  # a quarter not yet reached, in the past tense
    assert v["the second quarter of 2023"] == "2023-Q2"
    assert v["the first half"] == "2024-H1"


def test_quarter_ahead_of_anchor_is_last_years_in_the_past():
    v = {
        t.text: t.value
        for t in find_timexes("Profit fell in the fourth quarter.", date(2024, 2, 1))
    }
    assert v["the fourth quarter"] == "2023-Q4"


def test_quarter_fractions_are_not_time(values):
    assert values("About three-quarters of voters and a quarter of firms agreed.") == {}


def test_seasons(values):
    v = values("Talks stalled last fall and resume this summer.")
    assert v["last fall"] == "2023-FA"
    assert v["this summer"] == "2024-SU"


def test_fall_as_a_noun_is_not_a_season(values):
    assert values("The fall of the regime surprised analysts.") == {}


def test_durations(values):
    v = values("The siege lasted three days, then a two-year truce and the past 18 months.")
    assert v["three days"] == "P3D"
    assert v["two-year"] == "P2Y"
    assert v["the past 18 months"] == "P18M"


def test_decade_long_and_half_units(values):
    v = values("A decade-long dispute and talks of 2 1/2 years ended after 5 1/2 hours.")
    assert v["decade-long"] == "P10Y"
    assert v["2 1/2 years"] == "P2Y6M"
    assert v["5 1/2 hours"] == "PT5H30M"


def test_vague_durations(values):
    v = values("The plan took several years and a few weeks.")
    assert v["several years"] == "PXY"
    assert v["a few weeks"] == "PXW"


def test_ago(values):
    v = values("The border closed two years ago and reopened three days ago.")
    assert v["two years ago"] == "2022"
    assert v["three days ago"] == "2024-06-16"


def test_references(values):
    v = values("Prices are now higher than in the past, and currently rising.")
    assert v == {"now": "PRESENT_REF", "the past": "PAST_REF", "currently": "PRESENT_REF"}


def test_sets(values):
    v = values("Ministers meet every week and publish figures daily.")
    assert v == {"every week": "P1W", "daily": "P1D"}
    (t,) = find_timexes("Ministers meet every week.", date(2024, 6, 19))
    assert t.type == "SET"


def test_times(values):
    v = values("The polls will open at 10:30 a.m. Thursday and close at noon.")
    assert v["10:30 a.m. Thursday"] == "2024-06-20T10:30"
    assert v["noon"] == "2024-06-19T12:00"


def test_deixis(values):
    v = values("Officials said today that the talks, held yesterday, resume tomorrow.")
    assert v == {"today": "2024-06-19", "yesterday": "2024-06-18", "tomorrow": "2024-06-20"}


def test_dayparts(values):
    v = values("Shelling began last night and eased this morning.")
    assert v["last night"] == "2024-06-18TNI"
    assert v["this morning"] == "2024-06-19TMO"


def test_spelled_years(values):
    assert values("He left in nineteen ninety-six.")["nineteen ninety-six"] == "1996"


def test_spans_are_offsets_into_the_text():
    text = "\n\nThe pact, signed on Wednesday, holds."
    (t,) = find_timexes(text, date(2024, 6, 19))
    assert text[t.start : t.end] == t.text == "Wednesday"


def test_without_anchor_relative_values_stay_open():
    v = {t.text: t.value for t in find_timexes("They met on Friday in March.", None)}
    assert v == {"Friday": "XXXX-WXX-5", "March": "XXXX-03"}


def test_ordinal_word_days_and_their_ranges_give_the_first_day(values):
    v = values("The king tours Chile from the ninth to the twelfth of October.")
    assert v["the ninth to the twelfth of October"] == "2024-10-09"
    v = values("A vote is due on the twenty-second of July; talks ran the 3rd to the 5th of May.")
    assert v["the twenty-second of July"] == "2024-07-22"
    assert v["the 3rd to the 5th of May"] == "2024-05-03"


def test_an_ordinal_word_without_a_month_is_no_date(values):
    assert values("It was the second of three rounds of talks.") == {}


def test_a_date_glued_to_the_next_capitalised_word_is_found(values):
    v = values("Talks ended on 11 MarchThe envoy left. Posted May 2, 2023Share")
    assert v["11 March"] == "2024-03-11"
    assert v["May 2, 2023"] == "2023-05-02"


def test_a_month_inside_a_lowercase_word_is_not_glued(values):
    assert values("The Junebug fair opened.") == {}
