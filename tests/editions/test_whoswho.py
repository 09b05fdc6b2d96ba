"""Who's who: a story gets the explainers its text calls for, named as the story names them."""

from __future__ import annotations

from digest.editions.whoswho import mentioned
from digest.tagging import load_topic

EXPLAINERS = load_topic("syria").spec.explainers


def test_an_explainer_is_named_as_the_story_spells_it() -> None:
    spelled_out = mentioned(EXPLAINERS, ["Hayat Tahrir al-Sham fighters entered Hama."])
    abbreviated = mentioned(EXPLAINERS, ["HTS fighters entered Hama."])
    assert spelled_out[0].name == "Hayat Tahrir al-Sham" and abbreviated[0].name == "HTS"
    assert spelled_out[0].key == abbreviated[0].key == "HTS"
    assert spelled_out[0].text.startswith("Hayat Tahrir al-Sham, an Islamist rebel group")


def test_explainers_come_in_order_of_first_mention_at_most_three() -> None:
    found = mentioned(EXPLAINERS, [
        "The SDF and the Fatemiyoun clashed near Bukamal as Hezbollah watched from Idlib."])
    assert [w.key for w in found] == ["SDF", "Fatemiyoun", "Bukamal"]


def test_an_explainer_already_shown_to_the_reader_is_left_out() -> None:
    found = mentioned(EXPLAINERS, ["The SDF and the Fatemiyoun clashed."], skip={"SDF"})
    assert [w.key for w in found] == ["Fatemiyoun"]


def test_a_story_naming_nobody_in_the_topic_gets_no_explainer() -> None:
    assert mentioned(EXPLAINERS, ["Markets shrugged off the widely expected rate rise."]) == []
