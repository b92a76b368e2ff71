"""Timexes whose value depends on their context: the verb, the narrative's day, the words around
a date. Every sentence is written for these tests; anchors are stated where they matter."""

from __future__ import annotations

from datetime import date

MONDAY = date(2024, 6, 24)
SUNDAY = date(2024, 6, 23)
AUGUST = date(2024, 8, 1)


def test_a_period_that_ended_is_in_the_past(values):
    # nearest-year reading would put Jan. 31 three months ahead; a period that ended is behind
    v = values("In the fiscal year ended Jan. 31, sales rose.", date(2024, 10, 31))
    assert v["Jan. 31"] == "2024-01-31"
    v = values("A year ago, in the period ended Nov. 2, it lost money.", date(2024, 10, 28))
    assert v["Nov. 2"] == "2023-11-02"


def test_a_date_ahead_keeps_the_nearest_year_without_ended(values):
    v = values("The dividend is payable Jan. 31.", date(2024, 10, 31))
    assert v["Jan. 31"] == "2025-01-31"


def test_irregular_past_verbs_point_back(values):
    v = values("Guards could not stop the shell that tore through the roof Friday.", SUNDAY)
    assert v["Friday"] == "2024-06-21"
    v = values("Thousands fled the town Thursday.", SUNDAY)
    assert v["Thursday"] == "2024-06-20"


def test_generic_today_and_tomorrow_are_not_days(values):
    assert values("The dispute shapes today's youth and the leaders of tomorrow.") == {}
    assert values("The poll was published by USA Today.") == {}


def test_today_as_a_day_is_kept(values):
    v = values("Parliament debates the bill today, and today's vote is close.")
    assert list(v.values()) == ["2024-06-19"]
    assert values("The treaty takes effect as of today.")["today"] == "2024-06-19"


def test_previous_weekday_counts_from_the_narrated_day(values):
    v = values("Shares closed lower Friday, down 2% from the previous Friday.", MONDAY)
    assert v["Friday"] == "2024-06-21"
    assert v["the previous Friday"] == "2024-06-14"


def test_following_weekday_counts_from_the_narrated_day(values):
    v = values("The envoy arrived on June 3 and left the following Monday.", MONDAY)
    assert v["the following Monday"] == "2024-06-10"


def test_previous_weekday_without_a_narrated_day_counts_from_the_anchor(values):
    assert values("Prices fell from the previous Friday.", MONDAY)["the previous Friday"] == (
        "2024-06-21"
    )


def test_the_week_of_a_date_is_a_week(values):
    v = values("A hearing is set for the week of July 8.")
    assert v == {"the week of July 8": "2024-W28"}


def test_the_day_before_a_date_is_another_day(values):
    v = values("The day before last Tuesday's vote, the envoy left.")
    assert v == {"The day before last Tuesday": "2024-06-17"}
    v = values("Talks resumed the day after June 3.")
    assert v == {"the day after June 3": "2024-06-04"}


def test_a_holiday_week_is_the_holidays_iso_week(values):
    v = values("Pilgrims arrived as Easter week began.", date(2024, 3, 25))
    assert v == {"Easter week": "2024-W13"}


def test_plural_weekday_parts_are_schedules(values):
    v = values("New flights will leave on Monday and Tuesday nights.")
    assert v == {"Monday": "XXXX-WXX-1TNI", "Tuesday nights": "XXXX-WXX-2TNI"}


def test_singular_weekday_part_stays_a_day(values):
    assert values("The convoy left Tuesday night.")["Tuesday night"] == "2024-06-18"


def test_coordinated_days_are_two_dates(values):
    v = values("The summit meets on July 9 and 10.")
    assert v == {"July 9": "2024-07-09", "10": "2024-07-10"}
    v = values("Polls open on 24 and 25 April 2025.")
    assert v == {"24": "2025-04-24", "25 April 2025": "2025-04-25"}


def test_a_day_range_stays_one_timex(values):
    assert values("The fair runs from July 9 to 12.") == {"July 9 to 12": "2024-07-09"}


def test_the_next_day_counts_from_the_narrated_day(values):
    v = values("The strike began on June 3. The following day, talks resumed.")
    assert v["The following day"] == "2024-06-04"


def test_the_next_day_without_a_narrated_day_is_left_alone(values):
    assert values("Talks resume the next day.") == {}


def test_an_ordinal_day_in_the_present_is_the_anchor(values):
    assert values("Today is the tenth day of the strike.")["the tenth day"] == "2024-06-19"
    assert values("It was the third day of the strike.") == {}


def test_a_forecast_quarter_is_not_the_reported_one(values):
    text = (
        "Profit rose in the third quarter. Fourth-quarter sales will be weaker, the company "
        "said. In the latest quarter, margins widened."
    )
    v = values(text, date(2024, 11, 5))
    assert v["the third quarter"] == "2024-Q3"
    assert v["Fourth-quarter"] == "2024-Q4"
    assert v["the latest quarter"] == "2024-Q3"


def test_a_fiscal_quarter_told_in_the_past_is_reported(values):
    text = "The firm reported lower fourth-quarter profit. Sales in the quarter fell."
    v = values(text, date(2024, 11, 5))
    assert v["the quarter"] == "2024-Q4"


def test_a_quarter_restated_in_another_year_does_not_replace_the_story_quarter(values):
    text = (
        "Net fell in the second quarter, against a gain in the 2023 period. "
        "Costs in the quarter rose."
    )
    v = values(text, date(2024, 8, 1))
    assert v["the 2023 period"] == "2023-Q2"
    assert v["the quarter"] == "2024-Q2"


def test_that_quarter_is_the_one_just_named(values):
    text = "In the year-ago quarter it lost money. Results for that quarter included a charge."
    v = values(text, date(2024, 8, 1))
    assert v["that quarter"] == v["the year-ago quarter"] == "2023-Q2"


def test_the_current_quarter_is_the_anchors(values):
    text = "Profit rose in the third quarter, and the current quarter began well."
    v = values(text, date(2024, 11, 5))
    assert v["the current quarter"] == "2024-Q4"


def test_a_quarter_a_year_back_is_one_timex(values):
    text = "Net fell in the second quarter. For the quarter a year earlier it gained."
    v = values(text, date(2024, 8, 1))
    assert v["the quarter a year earlier"] == "2023-Q2"
    v = values("Net fell in the second quarter, unlike the same period last year.", AUGUST)
    assert v["the same period last year"] == "2023-Q2"


def test_the_last_half_of_a_year(values):
    assert values("Earnings will slow in the last half of 2025.") == {
        "the last half of 2025": "2025-H2"
    }


def test_a_year_with_its_end_is_a_reporting_period(values):
    v = values("Revenue in the fiscal year ended March 31 rose.", AUGUST)
    assert v["the fiscal year"] == "P1Y"
    v = values("The firm expects a loss for the full year.", AUGUST)
    assert v["the full year"] == "2024"
    v = values("Margins should widen throughout the year.", AUGUST)
    assert v["the year"] == "P1Y"


def test_a_plan_told_in_the_pluperfect_is_behind(values):
    v = values("The offer had been scheduled to expire Friday.", MONDAY)
    assert v["Friday"] == "2024-06-21"
    v = values("The offer is scheduled to expire Friday.", MONDAY)
    assert v["Friday"] == "2024-06-28"


def test_and_a_half_durations(values):
    v = values("He served two and a half years; the hearing took an hour and a half.")
    assert v == {"two and a half years": "P2Y6M", "an hour and a half": "PT1H30M"}


def test_the_future_of_something_is_not_a_time(values):
    assert values("They debated the future of the alliance.") == {}
    assert values("Talks may resume in the future.") == {"the future": "FUTURE_REF"}


def test_the_year_of_a_results_story_is_the_reported_quarters(values):
    text = "The firm reported fourth-quarter net of $2 million. For the year, net fell."
    v = values(text, date(2025, 2, 20))
    assert v["fourth-quarter"] == "2024-Q4"
    assert v["the year"] == "2024"


def test_an_ordinal_quarter_last_year_names_its_year(values):
    v = values("Output rose in the fourth quarter last year.", date(2025, 3, 5))
    assert v == {"the fourth quarter last year": "2024-Q4"}


def test_a_day_and_a_fraction_are_not_two_days(values):
    v = values("Rates fell to 8 pct on June 3 and 7-3/4 pct on June 10.")
    assert v == {"June 3": "2024-06-03", "June 10": "2024-06-10"}


def test_the_next_day_after_the_anchor_itself_is_generic(values):
    v = values("Markets opened on June 19. Traders may settle the next day.")
    assert v == {"June 19": "2024-06-19"}


def test_a_day_of_yesterday_is_kept(values):
    assert values("The bond issue of yesterday was enlarged.") == {"yesterday": "2024-06-18"}
