"""Event dates: one test (or more) per rule of `pipelines.temporal.event_date`, with sentences
we write ourselves. 2024-06-19 is a Wednesday."""

from __future__ import annotations

from pipelines.temporal import analyse_article, resolve_event_date

# Enough text to push a sentence out of the lead (rule 5 holds only near the top).
FILLER = "Officials spoke at length about trade, fisheries and culture in the capital. " * 10


def _date(text: str, cue: str, status: str, published: str | None = "2024-06-19"):
    a = analyse_article(text, published)
    i = text.index(cue)
    stop = text.rfind(". ", 0, i)
    s = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, i) + 1)
    e = text.find(". ", i)
    e = len(text) if e < 0 else e + 1
    return resolve_event_date(a, text, s, e, i, i + len(cue), status)


# -- rule 3: the attached timex --------------------------------------------------------


def test_weekday_in_a_wednesday_article():
    d = _date("The defence pact was signed by both leaders on Wednesday.", "signed", "actual")
    assert (d.value, d.precision, d.source) == ("2024-06-19", "day", "text")


def test_since_a_year():
    d = _date("It was the president's first trip there since 2000.", "trip", "actual")
    assert (d.value, d.precision, d.source) == ("2000", "year", "text")


def test_month_precision():
    d = _date("The ministers signed the accord in March.", "signed", "actual")
    assert (d.value, d.precision) == ("2024-03", "month")


def test_clause_beats_sentence():
    text = "The sanctions imposed in 2019 remain, and the envoy arrived on Tuesday."
    d = _date(text, "sanctions", "actual")
    assert d.value == "2019"


def test_durations_and_sets_do_not_date_events():
    text = FILLER + "The embargo was extended for six months."
    assert _date(text, "embargo", "actual").source == "none"
    text = FILLER + "Inspectors visit the site every week."
    assert _date(text, "visit", "actual").source == "none"


def test_an_opening_timex_covers_the_whole_sentence():
    text = (
        FILLER + "On Monday, the agency certified the reactor's closure, setting off a long "
        "chain of reviews and the lifting of the sanctions."
    )
    d = _date(text, "lifting", "reversed")
    assert (d.value, d.source) == ("2024-06-17", "text")


def test_until_and_through_mark_the_end_of_another_span():
    text = "During the tour, which runs through Friday, the two leaders will sign a treaty."
    assert _date(text, "sign", "planned").source == "none"


# -- rule 3, planned events ---------------------------------------------------------------


def test_planned_without_date_is_none():
    d = _date("The premier plans to visit Moscow.", "visit", "planned")
    assert (d.value, d.precision, d.source) == (None, "none", "none")


def test_planned_skips_the_reporting_day():
    text = "The minister said on Monday that he would visit Paris in July."
    d = _date(text, "visit", "planned")
    assert d.value == "2024-07"


def test_a_threat_made_today_does_not_date_the_threatened_sanctions():
    text = "The president on Wednesday threatened sweeping sanctions on the junta."
    assert _date(text, "sanctions", "planned").source == "none"


def test_a_past_day_does_not_date_a_plan():
    text = "Parliament voted in May, and the bloc now plans to impose sanctions."
    assert _date(text, "sanctions", "planned").source == "none"


def test_a_weekday_in_the_plans_clause_is_the_coming_one():
    # the resolver reads the present tense "opens" as this week's, past Monday
    text = "The premier then travels on to Rome for a summit that opens on Monday."
    d = _date(text, "travels", "planned")
    assert d.value == "2024-06-24"


def test_a_weekday_of_another_clause_stays_in_the_past():
    text = "The bloc threatened sanctions over the coup, after the army seized power on Monday."
    assert _date(text, "sanctions", "planned").source == "none"


def test_next_week_narrows_to_the_day_the_article_names():
    text = "The envoy will travel to Delhi next week for talks. The talks open on June 25."
    d = _date(text, "travel", "planned")
    assert (d.value, d.precision) == ("2024-06-25", "day")


def test_next_week_without_a_named_day_keeps_its_month():
    d = _date("The envoy will travel to Delhi next week for talks.", "travel", "planned")
    assert (d.value, d.precision) == ("2024-06", "month")


# -- rule 3, reversed events --------------------------------------------------------------


def test_a_year_naming_the_agreement_does_not_date_the_withdrawal():
    text = "The president said on Monday he will withdraw from the landmark 2015 climate accord."
    d = _date(text, "withdraw", "reversed")
    assert d.value == "2024-06-17"


def test_a_year_that_is_a_date_still_dates_the_withdrawal():
    text = "The country withdrew from the accord in 2019."
    assert _date(text, "withdrew", "reversed").value == "2019"


# -- rule 1: offsets ------------------------------------------------------------------------


def test_a_day_after_counts_back_from_the_clause_day():
    text = "The president held talks in Hanoi on Thursday, a day after he signed a pact in Seoul."
    d = _date(text, "signed", "actual", published="2024-06-20")
    assert (d.value, d.precision, d.source) == ("2024-06-19", "day", "text")


def test_a_day_after_without_a_clause_day_counts_from_the_story_day():
    text = FILLER + "The speech came a day after the premier's trip to Kyiv."
    d = _date(text, "trip", "actual")
    assert (d.value, d.precision) == ("2024-06-18", "day")


def test_weeks_after_give_a_month():
    text = FILLER + "His visit to Rome comes nearly six weeks after his trip to Madrid."
    d = _date(text, "trip to Madrid", "actual")
    assert (d.value, d.precision) == ("2024-05", "month")


def test_a_week_before_counts_forward():
    text = "The pact was signed on June 3, a week before the summit in Oslo."
    d = _date(text, "summit", "actual")
    assert d.value == "2024-06-10"


# -- rule 2: anaphoric days -----------------------------------------------------------------


def test_earlier_in_the_day_is_the_last_named_day():
    text = (
        FILLER + "The president hosted a dinner for his guest on Monday. "
        "The two governments had signed a trade pact earlier in the day."
    )
    d = _date(text, "signed", "actual")
    assert (d.value, d.source) == ("2024-06-17", "text")


# -- rule 4: the story's present ---------------------------------------------------------


def test_present_perfect_falls_back_to_publication_month():
    d = _date("The two countries have signed a trade agreement.", "signed", "actual")
    assert (d.value, d.precision, d.source) == ("2024-06", "month", "publication")


def test_progressive_visit_is_of_the_day():
    d = _date("The prime minister is visiting Hanoi to open a consulate.", "visiting", "actual")
    assert (d.value, d.source) == ("2024-06", "publication")


def test_dateline_date_for_an_event_of_the_day():
    text = "MOSCOW, June 18 (Reuters) - Russia has imposed new export bans."
    d = _date(text, "imposed", "actual")
    assert (d.value, d.precision, d.source) == ("2024-06-18", "day", "dateline")


def test_present_perfect_of_a_cause_is_not_the_act():
    text = FILLER + "The invasion has triggered waves of sanctions on the regime."
    assert _date(text, "sanctions", "actual").source == "none"


def test_a_reversal_reported_as_done_is_of_the_publication_day():
    d = _date("The summit in Oslo has been cancelled.", "cancelled", "reversed")
    assert (d.value, d.precision, d.source) == ("2024-06-19", "day", "publication")


def test_the_page_date_stands_in_for_a_missing_publication_date():
    text = "Updated: 3 March 2021\n\nThe two countries have signed a fisheries accord."
    d = _date(text, "signed", "actual", published=None)
    assert (d.value, d.precision) == ("2021-03", "month")


# -- rule 5: the lead ---------------------------------------------------------------------


def test_the_lead_event_happened_on_the_story_day():
    d = _date("The two countries signed a trade agreement.", "signed", "actual")
    assert (d.value, d.precision, d.source) == ("2024-06-19", "day", "publication")


def test_the_lead_takes_the_dateline_date():
    text = "HANOI, June 18 (AFP) - The foreign minister arrived for a three-day visit."
    d = _date(text, "arrived", "actual")
    assert (d.value, d.source) == ("2024-06-18", "dateline")


def test_a_later_sentence_takes_the_day_the_story_last_named():
    text = (
        "The ministers met on Monday in Oslo. " + FILLER + "The two sides signed a fisheries "
        "accord."
    )
    d = _date(text, "signed", "actual")
    assert (d.value, d.source) == ("2024-06-17", "text")


def test_a_later_sentence_without_a_named_day_stays_undated():
    text = FILLER + "The two countries signed a trade agreement."
    assert _date(text, "signed", "actual").source == "none"


def test_headlines_and_present_tense_do_not_narrate():
    assert _date("Rome signs trade pact with Oslo\n", "signs", "actual").source == "none"
    text = "The ministry is mirroring earlier sanctions."
    assert _date(text, "sanctions", "actual").source == "none"


def test_negated_and_vague_acts_are_not_dated_by_the_story():
    text = "The ministers had not yet signed the pact."
    assert _date(text, "signed", "actual").source == "none"
    text = "The pact was recently signed by the two ministers."
    assert _date(text, "signed", "actual").source == "none"


def test_no_publication_date_guesses_nothing():
    d = _date("The two countries signed a trade agreement.", "signed", "actual", published=None)
    assert (d.value, d.source) == (None, "none")


def test_a_verb_that_is_not_the_act_does_not_narrate():
    text = "Lawmakers supported the sanctions on the regime."
    assert _date(text, "sanctions", "actual").source == "none"


def test_a_reversal_narrated_in_the_past_takes_the_story_day():
    text = (
        "The bloc lifted its trade sanctions on Monday. " + FILLER + "It also lifted the "
        "travel ban on the ministers."
    )
    d = _date(text, "lifted the", "reversed")
    assert (d.value, d.source) == ("2024-06-17", "text")


def test_a_present_perfect_lead_takes_the_day_its_next_sentence_names():
    text = "The bloc has lifted its sanctions on the junta. The decision was taken on Monday."
    d = _date(text, "lifted", "reversed")
    assert (d.value, d.source) == ("2024-06-17", "text")


def test_a_next_sentence_about_something_else_does_not_date_the_lead():
    text = "The two states have signed a fisheries pact. Their leaders dined together on Monday."
    d = _date(text, "signed", "actual")
    assert (d.value, d.precision) == ("2024-06", "month")


# -- rule 6: scheduled journeys -------------------------------------------------------------


def test_a_scheduled_stop_lies_within_the_publication_year():
    d = _date("The king will also visit Brunei and Japan.", "visit", "planned")
    assert (d.value, d.precision, d.source) == ("2024", "year", "publication")


def test_an_invitation_stays_undated():
    d = _date("The president invited his counterpart to visit Hanoi.", "visit", "planned")
    assert d.source == "none"


# -- rule 0: a host paired with a day ----------------------------------------------------------

_STATES = {"Latvia": "LVA", "Estonia": "EST", "Finland": "FIN"}.get
TOUR = (
    "The minister will tour the Baltic region next week. "
    "He will hold talks in Latvia on June 24, in Estonia on June 25 and in Finland on June 26."
)


def _visit(text: str, cue: str, host: str, status: str = "planned"):
    a = analyse_article(text, "2024-06-19")
    i = text.index(cue)
    s = text.rfind(". ", 0, i) + 2 if ". " in text[:i] else 0
    return resolve_event_date(a, text, s, len(text), i, i + len(cue), status, host, _STATES)


def test_each_stop_takes_the_day_beside_it():
    assert _visit(TOUR, "talks", "EST").value == "2024-06-25"
    assert _visit(TOUR, "talks", "FIN").value == "2024-06-26"


def test_an_undated_mention_of_a_stop_takes_its_day_from_elsewhere():
    assert _visit(TOUR, "tour", "FIN").value == "2024-06-26"


def test_a_place_the_coder_does_not_know_leaves_the_other_rules_to_speak():
    text = "The minister will fly to Oslo on June 24 for talks."
    assert _visit(text, "fly", "NOR").value == "2024-06-24"


def test_a_planned_stop_ignores_days_already_past():
    text = "The minister was in Latvia on June 17. He will visit Latvia again."
    assert _visit(text, "visit", "LVA").value == "2024"


def test_the_progressive_tells_a_scheduled_future():
    text = "The chancellor is making a state visit to Rome in July, the ministry announced Monday."
    assert _date(text, "state visit", "actual").value == "2024-07"


def test_the_simple_past_prefers_the_past_timex():
    text = "The chancellor made a state visit to Rome, the ministry said Monday ahead of July."
    assert _date(text, "state visit", "actual").value == "2024-06-17"


def test_the_date_a_cancelled_plan_had_is_not_the_cancellation():
    text = "A visit to Oslo by the minister, initially planned for April, has been deferred."
    d = _date(text, "deferred", "reversed")
    assert (d.value, d.source) == ("2024-06-19", "publication")


def test_an_offset_yields_to_the_date_of_its_own_phrase():
    text = "The treaty lapsed two years after the 2015 deal was signed."
    assert _date(text, "deal", "actual").value == "2015"


def test_a_where_clause_goes_on_at_the_visits_place():
    text = (
        "The chancellor then heads on to Warsaw, where she is scheduled to meet the president "
        "of the republic and deliver a long speech to students on Monday."
    )
    assert _date(text, "heads", "planned").value == "2024-06-24"


def test_and_then_starts_the_next_step():
    text = "She will attend a summit on June 24-25, and then travel to Rome later this month."
    assert _date(text, "travel", "planned").value == "2024-06"


def test_a_bare_month_of_a_past_act_lies_before_publication():
    # the resolver reads "leaving" as the governing tense and goes to the nearer January
    text = "Her predecessor had lifted the embargo briefly in January, days before leaving office."
    d = _date(text, "lifted", "reversed", published="2024-10-07")
    assert (d.value, d.precision) == ("2024-01", "month")


def test_a_date_time_stamp_is_the_page_date_whatever_is_glued_after_it():
    text = (
        "World News\n2021-03-03 10:15:07Daily Ledger Staff Reporter : Ann Lee Subscribe Now\n\n"
        "The two countries signed a fisheries accord on Tuesday."
    )
    d = _date(text, "signed", "actual", published=None)
    assert (d.value, d.precision) == ("2021-03-02", "day")


def test_a_date_inside_a_long_line_without_a_clock_is_not_the_page_date():
    text = (
        "World News\nOn 2021-03-03 the ministers of both countries met in the capital to talk\n\n"
        "The two countries signed a fisheries accord on Tuesday."
    )
    assert _date(text, "signed", "actual", published=None).value is None


# -- rule 7: a month of publication ---------------------------------------------------------


def test_a_month_header_dates_a_weekday_act_to_the_month():
    text = " date 2021-03 Canada on Friday imposed sanctions on four generals."
    a = analyse_article(text)
    assert (a.publication_date, a.publication_month) == (None, "2021-03")
    d = _date(text, "imposed", "actual", published=None)
    assert (d.value, d.precision, d.source) == ("2021-03", "month", "publication")


def test_a_month_header_does_not_date_a_plan_or_a_distant_act():
    text = " date 2021-03 Canada said it may impose sanctions on four generals next year."
    assert _date(text, "impose", "planned", published=None).value is None
    text = " date 2021-03 " + FILLER + "Canada once imposed sanctions on the generals."
    assert _date(text, "imposed", "actual", published=None).value is None


def test_a_bad_month_header_gives_no_month():
    assert analyse_article(" date 2021-13 Canada imposed sanctions.").publication_month is None


def test_a_journey_judged_in_the_present_perfect_is_of_the_story_month():
    text = FILLER + "Before flying home, the minister said his Kenya visit has been fruitful."
    d = _date(text, "visit", "actual")
    assert (d.value, d.precision, d.source) == ("2024-06", "month", "publication")


def test_a_journey_judged_in_the_pluperfect_stays_undated():
    text = FILLER + "Aides said his earlier Kenya visit had been fruitful."
    assert _date(text, "visit", "actual").source == "none"
