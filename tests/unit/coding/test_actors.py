from datetime import date

from pipelines.coding.actors import default_gazetteer, resolve


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.kind) for m in default_gazetteer().find(text)]


def test_all_caps_alias_needs_exact_case() -> None:
    assert _found("The US said it would help us.") == [("US", "state")]


def test_capitalised_name_needs_a_capital() -> None:
    assert _found("chad the intern met officials from Chad.") == [("Chad", "state")]


def test_word_boundaries_and_longest_match() -> None:
    got = _found("North Korean leader Kim Jong Un met Russians in Moscow.")
    assert got == [("North Korean", "demonym"), ("Kim Jong Un", "person"), ("Moscow", "capital")]


def test_stance_prefix_is_not_an_actor_but_a_compound_is() -> None:
    assert _found("a pro-Russian group") == []
    assert [s for s, _ in _found("the China-India border pact")] == ["China", "India"]


def test_person_maps_to_the_state_of_their_term() -> None:
    (kim,) = default_gazetteer().find("Kim spoke.")
    assert resolve(kim.entries, date(2005, 1, 1)) == "PRK"
    assert [e.name for e in kim.entries if e.start and e.start.year == 1994] == ["Kim Jong Il"]
    (putin,) = default_gazetteer().find("Putin spoke.")
    assert resolve(putin.entries, date(2001, 1, 1)) is None  # not in the fixture's terms
    assert resolve(putin.entries, date(2024, 1, 1)) == "RUS"


def test_a_misspelt_leader_name_is_found_one_edit_away() -> None:
    gaz = default_gazetteer()
    assert {e.code for e in gaz.fuzzy_person("Macronn")} == {"FRA"}
    assert gaz.fuzzy_person("Macron") == ()  # exact names are the automaton's job
    assert gaz.fuzzy_person("Mac") == ()  # too short to guess


def test_two_edits_away_is_not_a_leader() -> None:
    assert default_gazetteer().fuzzy_person("Mecronn") == ()
