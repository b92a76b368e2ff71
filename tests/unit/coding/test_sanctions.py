from coding_helpers import code, events


def test_imposed_on_a_state_is_actual_163() -> None:
    (ev,) = code("The European Union imposed new sanctions on Iran on Monday.").events
    assert (ev.type, ev.status, ev.source, ev.target, ev.cameo) == (
        "sanctions",
        "actual",
        "EU",
        "IRN",
        "163",
    )


def test_modifier_imposer_and_capital_as_target() -> None:
    assert events("The war has triggered more UN sanctions on Moscow.") == [
        ("sanctions", "actual", "UN", "RUS")
    ]


def test_sanctions_on_a_person_count_for_the_state() -> None:
    assert events("The United States imposed sanctions on Kim Jong Un last year.") == [
        ("sanctions", "actual", "USA", "PRK")
    ]


def test_person_under_sanctions_is_the_target() -> None:
    assert events("They met Kim, who lives under a UN sanctions regime.") == [
        ("sanctions", "actual", "UN", "PRK")
    ]


def test_lifted_eased_and_failed_to_renew_are_reversed_085() -> None:
    for sentence in (
        "The United States lifted sanctions on Iran on Friday.",
        "The EU eased sanctions against Iran after the talks.",
        "The EU failed on Monday to renew sanctions against Iran.",
    ):
        (ev,) = code(sentence).events
        assert (ev.status, ev.cameo) == ("reversed", "085"), sentence


def test_threat_is_planned_1312() -> None:
    (ev,) = code("France threatened to impose import restrictions on Chinese goods.").events
    assert (ev.status, ev.source, ev.target, ev.cameo) == ("planned", "FRA", "CHN", "1312")


def test_not_events() -> None:
    assert events("There are fears of sanctions-busting trade between the two.") == []
    assert events("Sanctions are a blunt tool, economists say.") == []
    assert events("A bishop called for sanctions against Iran.") == []
    assert events("The opposition will boycott the elections in Iran.") == []


def test_an_intended_lifting_is_not_yet_an_event() -> None:
    assert events("Washington said lifting the sanctions on Iran is out of the question.") == []


def test_listed_imposers_each_impose() -> None:
    got = events("Washington is mirroring earlier EU and French sanctions on Iran.")
    assert ("sanctions", "actual", "EU", "IRN") in got
    assert ("sanctions", "actual", "FRA", "IRN") in got


def test_an_ally_named_in_passing_is_not_the_imposer() -> None:
    got = events("The G7 countries, including Japan, have imposed sanctions on Iran.")
    assert ("sanctions", "actual", "JPN", "IRN") not in got


def test_sanctioned_by_in_the_sense_of_approved() -> None:
    assert events("The programme was sanctioned by EU ministers in January.") == []


def test_a_conditional_lifting_is_not_a_lifting() -> None:
    assert events("Exports will not rise even if US sanctions on Iran are lifted.") == []


def test_passive_blacklisting_names_the_target_before_the_verb() -> None:
    assert events("Iran was blacklisted in 2019 by the United States.") == [
        ("sanctions", "actual", "USA", "IRN")
    ]


def test_a_call_to_lift_is_not_a_lifting_but_a_resolution_to_lift_is() -> None:
    assert events("China and Russia called on the United States to lift sanctions on Iran.") == []
    assert events(
        "The Security Council adopted a resolution to lift the arms embargo on Iran."
    ) == [("sanctions", "reversed", "UN", "IRN")]


def test_would_far_before_the_cue_still_plans_the_sanctions() -> None:
    got = events("France said it would ask the Security Council to restore all sanctions on Iran.")
    assert [g[1] for g in got] == ["planned"]


def test_the_power_to_impose_sanctions_is_not_their_imposition() -> None:
    got = events("An order gives the State Department the authority to impose sanctions on Iran.")
    assert got == [("sanctions", "planned", "USA", "IRN")]


def test_a_named_legal_basis_between_the_cue_and_a_listed_target() -> None:
    text = (
        "France announced sanctions under its Special Economic Measures Regulations against "
        "nine officials from Iran, Russia and Chad."
    )
    assert events(text) == [
        ("sanctions", "actual", "FRA", "IRN"),
        ("sanctions", "actual", "FRA", "RUS"),
        ("sanctions", "actual", "FRA", "TCD"),
    ]


def test_the_antecedent_of_a_relative_clause_imposes() -> None:
    text = (
        "Washington moved against Moscow together with partners such as Japan, which also "
        "unveiled new sanctions on Russia on Tuesday."
    )
    assert ("sanctions", "actual", "JPN", "RUS") in events(text)


def test_a_relative_clause_that_only_comments_imposes_nothing() -> None:
    text = "Partners such as Japan, which criticised the sanctions on Russia, met on Tuesday."
    assert all(e[2] != "JPN" for e in events(text))
