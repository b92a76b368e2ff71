from coding_helpers import code, events


def test_bilateral_signing_is_actual_057() -> None:
    result = code("China and Kenya signed a trade agreement in Nairobi on Monday.")
    (ev,) = [e for e in result.events if e.type == "treaty"]
    assert (ev.type, ev.status, sorted(ev.parties), ev.cameo) == (
        "treaty",
        "actual",
        ["CHN", "KEN"],
        "057",
    )
    assert ev.location is not None and ev.location.country == "KEN"


def test_multilateral_treaty_lists_all_parties() -> None:
    (ev,) = code("France, Germany and Japan signed a climate pact in Paris.").events
    assert ev.parties == ["DEU", "FRA", "JPN"]


def test_planned_and_reversed_treaties() -> None:
    assert events("India and Japan will sign a defence accord next week.") == [
        ("treaty", "planned", "IND", "JPN")
    ]
    assert events("Russia withdrew from the arms treaty with the United States.") == [
        ("treaty", "reversed", "RUS", "USA")
    ]


def test_company_deal_is_not_a_treaty() -> None:
    assert events("A Chinese battery maker signed a supply deal with a carmaker.") == []


def test_hyphen_compound_names_the_parties() -> None:
    got = events("The United States will host the signing of the Iran-India accord.")
    assert got == [("treaty", "planned", "IRN", "IND")]


def test_one_party_is_completed_from_the_visit_of_the_article() -> None:
    text = (
        "Modi arrived in Nairobi on Monday for a two-day visit. "
        "The two countries signed a health agreement later that day."
    )
    kinds = {(e.type, tuple(sorted(e.parties))) for e in code(text).events}
    assert ("treaty", ("IND", "KEN")) in kinds


def test_signing_in_a_partys_country_is_a_visit_of_the_other() -> None:
    got = events("China and Kenya signed a trade agreement in Nairobi on Monday.")
    assert ("visit", "actual", "CHN", "KEN") in got


def test_signing_in_a_third_country_is_a_visit_of_each_party() -> None:
    got = events("India and Iran signed a transit accord in Tokyo on Friday.")
    assert ("visit", "actual", "IND", "JPN") in got and ("visit", "actual", "IRN", "JPN") in got


def test_a_place_in_brackets_or_in_the_attribution_is_not_the_venue() -> None:
    got = events("India and Iran signed a transit accord on Friday (Saturday in Tokyo).")
    assert [g for g in got if g[0] == "visit"] == []


def test_countries_inside_company_names_are_not_parties() -> None:
    assert events("Bank of India signed a loan agreement with Kenya Airways on Monday.") == []
    assert events("<China Everbright Holdings> signed an accord with a French firm.") == []


def test_a_sign_of_trust_is_not_a_signing() -> None:
    assert events("The accord between India and Japan was a sign of trust, Modi said.") == []


def test_a_treaty_named_in_a_title_is_not_signed_by_the_sentence() -> None:
    assert events("France said Japan was violating the General Agreement on Tariffs.") == []


def test_once_concluded_is_planned() -> None:
    assert events("The accord, once concluded, would be approved by France and India.") == [
        ("treaty", "planned", "FRA", "IND")
    ]


def test_under_the_accord_is_a_reference_not_a_signing() -> None:
    assert events("Under the terms of the India-Japan accord, Japan may ask to suspend it.") == []


def test_a_reversal_verb_must_govern_the_agreement() -> None:
    got = events(
        "France and India signed the accord after Iran's decision to suspend its payments."
    )
    assert got == [("treaty", "actual", "FRA", "IND")]
    assert events("India withdrew from the accord with France.") == [
        ("treaty", "reversed", "IND", "FRA")
    ]


def test_a_country_named_as_a_location_is_not_a_party() -> None:
    got = events("A meeting in Kenya reaffirmed the accord France and India signed in May.")
    assert [g for g in got if g[0] == "treaty"] == [("treaty", "actual", "FRA", "IND")]


def test_deals_with_a_counterpart_pair_each_party_with_it() -> None:
    got = events("France and Germany suspended their arms deals with Iran.")
    assert sorted(got) == [
        ("treaty", "reversed", "DEU", "IRN"),
        ("treaty", "reversed", "FRA", "IRN"),
    ]


def test_states_after_an_apposition_are_not_parties() -> None:
    got = events("China signed a pact with Kenya, a move set to worry India and Japan.")
    assert [g for g in got if g[0] == "treaty"] == [("treaty", "actual", "CHN", "KEN")]


def test_an_opposed_or_named_withdrawal_is_not_a_reversal() -> None:
    assert events("Macron warned against scrapping the nuclear accord with Iran.") == []
    got = events("The French parliament rejected the withdrawal agreement with Kenya.")
    assert ("treaty", "reversed", "FRA", "KEN") not in got


def test_one_state_withdrawing_from_or_joining_a_multilateral_accord() -> None:
    assert events("The United States withdrew from the Paris climate accord.") == [
        ("treaty", "reversed", "USA", None)
    ]
    assert events("Kenya signed up to the regional trade pact on Monday.") == [
        ("treaty", "actual", "KEN", None)
    ]


def test_negotiations_launched_far_before_a_long_agreement_name() -> None:
    got = events(
        "India and Kenya launched negotiations on the India-Kenya Comprehensive Economic "
        "Partnership Agreement on Wednesday."
    )
    assert got == [("treaty", "planned", "IND", "KEN")]


def test_refusing_or_failing_to_join_or_sign_is_not_an_event() -> None:
    assert events("Kenya refused to join the regional trade pact.") == []
    assert events("India and Japan failed to sign the accord on Monday.") == []


def test_a_compound_far_from_the_agreement_does_not_name_its_parties() -> None:
    result = code("Within the France-Germany process, India and Kenya signed framework agreements.")
    (ev,) = result.events
    assert ev.evidence.rule != "compound_parties"
    assert {"IND", "KEN"} <= set(ev.parties)
