"""Event dates: the attached timex, its precision and source, and honest nones."""

from __future__ import annotations

from pipelines.temporal import analyse_article, resolve_event_date


def _date(text: str, cue: str, status: str, published: str = "2024-06-19"):
    a = analyse_article(text, published)
    i = text.index(cue)
    return resolve_event_date(a, text, 0, len(text), i, i + len(cue), status)


def test_weekday_in_a_wednesday_article():
    d = _date("The defence pact was signed by both leaders on Wednesday.", "signed", "actual")
    assert (d.value, d.precision, d.source) == ("2024-06-19", "day", "text")


def test_since_a_year():
    d = _date("It was the president's first trip there since 2000.", "trip", "actual")
    assert (d.value, d.precision, d.source) == ("2000", "year", "text")


def test_month_precision():
    d = _date("The ministers signed the accord in March.", "signed", "actual")
    assert (d.value, d.precision) == ("2024-03", "month")


def test_planned_without_date_is_none():
    d = _date("The premier plans to visit Moscow.", "visit", "planned")
    assert (d.value, d.precision, d.source) == (None, "none", "none")


def test_planned_skips_the_reporting_day():
    text = "The minister said on Monday that he would visit Paris in July."
    d = _date(text, "visit", "planned")
    assert d.value == "2024-07"


def test_clause_beats_sentence():
    text = "The sanctions imposed in 2019 remain, and the envoy arrived on Tuesday."
    d = _date(text, "sanctions", "actual")
    assert d.value == "2019"


def test_present_perfect_falls_back_to_publication_month():
    d = _date("The two countries have signed a trade agreement.", "signed", "actual")
    assert (d.value, d.precision, d.source) == ("2024-06", "month", "publication")


def test_plain_past_without_date_is_none():
    d = _date("The two countries signed a trade agreement.", "signed", "actual")
    assert d.source == "none"


def test_durations_and_sets_do_not_date_events():
    d = _date("The embargo was extended for six months.", "embargo", "actual")
    assert d.source == "none"
    d = _date("Inspectors visit the site every week.", "visit", "actual")
    assert d.source == "none"


def test_dateline_date_for_an_event_of_the_day():
    text = "MOSCOW, June 18 (Reuters) - Russia has imposed new export bans."
    d = _date(text, "imposed", "actual")
    assert (d.value, d.precision, d.source) == ("2024-06-18", "day", "dateline")


def test_present_perfect_of_a_cause_is_not_the_act():
    text = "The invasion has triggered waves of sanctions on the regime."
    assert _date(text, "sanctions", "actual").source == "none"


def test_progressive_visit_is_of_the_day():
    d = _date("The prime minister is visiting Hanoi to open a consulate.", "visiting", "actual")
    assert (d.value, d.source) == ("2024-06", "publication")
