from pipelines.coding.sentences import split_sentences


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    text = "The U.S. envoy met Gen. Tanaka on Jan. 4 in Tokyo. Talks went well."
    assert _split(text) == [
        "The U.S. envoy met Gen. Tanaka on Jan. 4 in Tokyo.",
        "Talks went well.",
    ]


def test_quotes_close_the_sentence() -> None:
    text = '"We are ready," the minister said. "No more delays." Then he left.'
    assert _split(text) == [
        '"We are ready," the minister said.',
        '"No more delays."',
        "Then he left.",
    ]


def test_headline_lines_are_sentences_but_wrapped_wire_lines_are_not() -> None:
    assert _split("Leaders meet in Paris\nThe meeting starts today.") == [
        "Leaders meet in Paris",
        "The meeting starts today.",
    ]
    wire = (
        "PARIS, March 3 - The finance ministers of the two countries met\n"
        "on Tuesday to discuss the budget and agreed to meet again soon\n"
        "in the spring, officials from both delegations told reporters.\n"
        "    A second paragraph starts here with an indent as wires do.\n"
        "It continues on this line which is also a wrapped wire line.\n"
    )
    got = _split(wire)
    assert len(got) == 3
    assert got[0].endswith("both delegations told reporters.")
    assert got[1].startswith("A second paragraph")


def test_offsets_point_into_the_text() -> None:
    text = "  First one. Second one.  "
    for s, e in split_sentences(text):
        assert text[s:e].strip() == text[s:e]


def test_runaway_sentences_are_cut_at_whitespace_into_bounded_spans() -> None:
    from pipelines.coding.sentences import bounded

    text = "word " * 1000
    spans = bounded(text, split_sentences(text), limit=300)
    assert all(e - s <= 300 for s, e in spans)
    assert len(spans) > 10
    assert all(text[s] != " " for s, _ in spans)
