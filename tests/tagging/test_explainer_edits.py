"""Editing a topic's who's who keeps every other line of the topic as the admin wrote it."""

from __future__ import annotations

import tomllib

import pytest

from digest.tagging.explainer_edits import explainer_tables, with_explainer, without_explainer

TOPIC = '''name = "energy"  # kept as written

[[explainers]]
name = "OPEC"
text = "The oil exporters' cartel."

[[entities]]
name = "OPEC"
weight = 1.0
aliases = ["opec"]

[[explainers]]
name = "IEA"
text = "The International Energy Agency."
match = ["IEA", "International Energy Agency"]
'''


def test_an_explainer_is_replaced_in_its_place_and_the_rest_is_untouched() -> None:
    edited = with_explainer(TOPIC, original="OPEC", name="OPEC+",
                            text="OPEC and its allies,  led by Saudi Arabia and Russia.",
                            match=["OPEC+", " OPEC plus "])
    assert edited.startswith('name = "energy"  # kept as written\n')
    assert [t["name"] for t in explainer_tables(edited)] == ["OPEC+", "IEA"]
    assert explainer_tables(edited)[0] == {
        "name": "OPEC+", "text": "OPEC and its allies, led by Saudi Arabia and Russia.",
        "match": ["OPEC+", "OPEC plus"]}
    assert tomllib.loads(edited)["entities"] == tomllib.loads(TOPIC)["entities"]


def test_a_new_explainer_goes_last_and_a_deleted_one_is_gone() -> None:
    added = with_explainer(TOPIC, original="", name="Brent", text='A "benchmark" crude.',
                           match=[])
    assert [t["name"] for t in explainer_tables(added)] == ["OPEC", "IEA", "Brent"]
    assert explainer_tables(added)[2]["text"] == 'A "benchmark" crude.'
    assert [t["name"] for t in explainer_tables(without_explainer(added, "OPEC"))] == [
        "IEA", "Brent"]


def test_editing_an_explainer_that_is_gone_says_so() -> None:
    with pytest.raises(ValueError, match="no explainer named 'WTI'"):
        with_explainer(TOPIC, original="WTI", name="WTI", text="x", match=[])
    with pytest.raises(ValueError, match="no explainer named 'WTI'"):
        without_explainer(TOPIC, "WTI")


def test_a_topic_it_cannot_rewrite_safely_is_left_alone_with_a_reason() -> None:
    # A multi-line string whose line looks like a table header: cutting the section by lines
    # would lose text, so the edit is refused rather than made.
    tricky = TOPIC + '\n[[explainers]]\nname = "X"\ntext = """one\n[not a table]\ntwo"""\n'
    tricky = tricky.replace('name = "energy"', 'name = "energy"\nnote = """a\n[[explainers]]\nb"""')
    with pytest.raises(ValueError, match="edit the TOML on the topic page"):
        with_explainer(tricky, original="", name="Y", text="y", match=[])


def test_invalid_toml_is_reported_not_rewritten() -> None:
    with pytest.raises(ValueError, match="TOML is invalid"):
        explainer_tables("name = ")
