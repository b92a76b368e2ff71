"""Rule classes found on our own sample corpus (seeds/articles), each checked on sentences
written for these tests against the fixture dictionary."""

from coding_helpers import code, events


def test_the_holder_of_frozen_assets_is_the_target() -> None:
    assert events("The European Union froze the assets of Vladimir Putin on Tuesday.") == [
        ("sanctions", "actual", "EU", "RUS")
    ]
    # "held by X" names the holder, never the imposer
    assert events("France agreed on Monday to freeze assets held by Vladimir Putin.") == [
        ("sanctions", "actual", "FRA", "RUS")
    ]


def test_a_bare_freeze_with_no_one_freezing_is_no_event() -> None:
    assert events("Measures listed: freeze of assets of Iran in regional banks.") == []


def test_threatened_x_with_sanctions() -> None:
    assert events("The United States threatened Iran with tough sanctions on Friday.") == [
        ("sanctions", "planned", "USA", "IRN")
    ]


def test_a_verb_object_stops_at_the_next_clause() -> None:
    got = events(
        "The United States imposed sanctions on two Russian oil firms on Friday. "
        "Japan sanctioned the two firms on Monday, and France is expected to follow."
    )
    assert ("sanctions", "actual", "JPN", "RUS") in got
    assert not [e for e in got if e[3] == "FRA"]


def test_sanctions_on_both_men_target_the_people_just_named() -> None:
    got = events(
        "The EU froze the assets of Vladimir Putin and Kim Jong Un on Friday, and the "
        "United States followed with its own sanctions on both men."
    )
    assert ("sanctions", "actual", "USA", "PRK") in got


def test_first_imposed_in_a_year_is_an_earlier_event() -> None:
    evs = code(
        "The EU extended its sanctions on Russia on Monday. "
        "The EU first imposed sanctions on Russia in 2014."
    ).events
    assert [(e.source, e.target, e.status) for e in evs] == [("EU", "RUS", "actual")] * 2
    assert "2014" in {e.date for e in evs}


def test_open_ended_sanctions_are_not_ended() -> None:
    assert events("The open-ended UN sanctions on North Korea stay in force.") == [
        ("sanctions", "actual", "UN", "PRK")
    ]


def test_a_sentence_opening_with_he_travels_as_the_person_named_before() -> None:
    got = events("Narendra Modi met business leaders on Monday. He then heads to Tokyo.")
    assert got == [("visit", "planned", "IND", "JPN")]


def test_the_demonym_capital_is_a_place() -> None:
    assert events("Xi Jinping arrived in the Russian capital on Tuesday.") == [
        ("visit", "actual", "CHN", "RUS")
    ]


def test_an_official_named_after_state_and_title_and_later_by_surname() -> None:
    got = events(
        "U.S. Trade Secretary John Smithson arrived in Tehran on Monday. "
        "Smithson later flew to New Delhi."
    )
    assert got == [("visit", "actual", "USA", "IRN"), ("visit", "actual", "USA", "IND")]


def test_accepted_invitation_makes_the_subject_the_guest() -> None:
    assert events("Vladimir Putin accepted an invitation from Xi Jinping for the trip.") == [
        ("visit", "planned", "RUS", "CHN")
    ]


def test_onward_stops_each_get_a_visit() -> None:
    got = events("Macron is due to travel on to Japan on Wednesday and to India on Thursday.")
    assert got == [("visit", "planned", "FRA", "JPN"), ("visit", "planned", "FRA", "IND")]


def test_go_between_is_no_party_and_the_signing_venue_hosts_both() -> None:
    got = events("Iran and India signed an agreement in Beijing, in a deal brokered by China.")
    assert ("treaty", "actual", "IRN", "IND") in got
    assert ("visit", "actual", "IRN", "CHN") in got
    assert ("visit", "actual", "IND", "CHN") in got
    assert not [e for e in got if e[0] == "treaty" and "CHN" in e[2:]]


def test_a_seat_of_government_is_a_place_of_its_state() -> None:
    got = events("India and Brazil signed a trade agreement at the Kremlin on Friday.")
    assert ("visit", "actual", "IND", "RUS") in got
    assert ("visit", "actual", "BRA", "RUS") in got


def test_only_a_finite_reached_concludes_an_agreement() -> None:
    assert events("Iran and France reached an agreement on Monday.") == [
        ("treaty", "actual", "IRN", "FRA")
    ]
    assert events("Macron urged Iran and India to reach an agreement soon.") == []
    assert events("Iran must reach an agreement with France before June.") == []


def test_left_without_signing_is_planned_and_a_visit() -> None:
    got = events("Narendra Modi left Paris without signing the trade agreement with France.")
    assert ("treaty", "planned", "IND", "FRA") in got


def test_a_deal_with_the_taliban_has_a_null_side() -> None:
    assert events("The United States signed a deal with the Taliban on Saturday.") == [
        ("treaty", "actual", "USA", None)
    ]
