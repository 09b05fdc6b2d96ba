import pytest

from digest.tagging import Topic, assess, tag_item


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("HTS fighters enter Hama", ""),
        ("Al-Sharaa meets Erdogan in Ankara", ""),
        ("Kurdish-led SDF hands over Tabqa dam", ""),
        ("Siria: los rebeldes toman Alepo", ""),
        ("Bachar al-Assad a fui à Moscou", ""),
        ("Tausende Syrer kehren aus der Türkei zurück", ""),
        ("UNO-Vermittler hofft auf baldige Syrien-Gespräche in Genf", ""),
        ("سقوط نظام الأسد ودخول الفصائل إلى دمشق", ""),
        (  # only joined forms: "and Syria", "in Aleppo"
            "عودة اللاجئين إلى بلدهم بعد الحرب",
            "قال مسؤولون إن الآلاف عادوا وسوريا تستعد للإعمار بحلب",
        ),
        (
            "Rebels reach the outskirts of the capital",
            "Opposition fighters took Homs and pushed on to Damascus.",
        ),
    ],
)
def test_it_tags_stories_about_syria_even_without_the_word(syria: Topic, title: str, summary: str):
    assert tag_item(syria, title, summary) is not None


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Why Syrian hamsters make good first pets", "They need large cages."),
        ("Aleppo pepper: the chilli flakes chefs love", ""),
        ("How Damascus steel knives get their pattern", ""),
        ("Palmyra, New York: village board approves water tower", ""),
        ("Freshman guard Assad leads Wildcats past Tigers", "Omar Assad scored 24 points."),
        ("Japan's SDF joins earthquake relief", ""),
        ("Le nombre de SDF augmente à Paris", ""),
        ("Rockets hit Ain al-Asad air base in western Iraq", ""),
    ],
)
def test_it_ignores_homonyms(syria: Topic, title: str, summary: str):
    assert tag_item(syria, title, summary) is None


def test_a_list_of_countries_that_includes_syria_does_not_tag(syria: Topic):
    verdict = assess(syria, "Travel ban on Iran, Libya, Somalia, Syria, Yemen and North Korea", "")
    assert not verdict.tagged
    assert "in a list of countries" in verdict.why


def test_two_countries_named_together_are_not_a_list(syria: Topic):
    assert tag_item(syria, "Israel strikes Syria and Lebanon", "") is not None


def test_a_neighbour_story_with_a_passing_mention_does_not_tag(syria: Topic):
    title = "Turkish lira hits record low as inflation bites"
    summary = "The country also hosts millions of Syrian refugees."
    assert tag_item(syria, title, summary) is None


def test_a_neighbour_story_about_syria_tags(syria: Topic):
    assert tag_item(syria, "Iran evacuates its advisers from Damascus", "") is not None


def test_supporting_words_alone_do_not_tag(syria: Topic):
    title = "Hezbollah commander killed in Beirut strike"
    verdict = assess(syria, title, "Islamic State also claimed attacks.")
    assert not verdict.tagged


def test_supporting_words_raise_the_score_of_a_syrian_story(syria: Topic):
    plain = assess(syria, "Fighting near Palmyra", "")
    backed = assess(syria, "Fighting near Palmyra", "Islamic State fighters attacked an army post.")
    assert backed.score > plain.score


def test_a_title_mention_counts_more_than_a_summary_mention(syria: Topic):
    in_title = assess(syria, "Aleppo airport reopens", "Flights resume on Monday.")
    in_summary = assess(syria, "Airport reopens", "Flights to Aleppo resume on Monday.")
    assert in_title.score > in_summary.score


def test_the_explanation_names_what_matched_where_and_the_score(syria: Topic):
    tag = tag_item(syria, "Rebels seize Aleppo", "Fighters from HTS entered the city.")
    assert tag is not None
    assert tag.why.startswith("Aleppo in title, HTS in summary")
    assert tag.why.endswith(f"score {tag.score:.2f}")
    assert 0.5 <= tag.score <= 1.0


def test_words_are_matched_whole_not_inside_other_words(syria: Topic):
    assert tag_item(syria, "Hamas and Halabja: Assyrian heritage in Iraq", "") is None


def test_an_untagged_item_still_gets_an_explanation(syria: Topic):
    verdict = assess(syria, "Champions League final tonight", "")
    assert verdict.score == 0.0 and "no topic words" in verdict.why


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Halep to face Swiatek in the Madrid semi-final", "The two former champions meet again."),
        ("Hama beads: ten rainy-day crafts for children", "Melt the beads with an iron."),
        ("Mali: FDS accused of killing civilians in Moura", "Rights groups say men were executed."),
        ("Sirens sound across the Golan as Hezbollah fires rockets", "Israel struck back in Tyre."),
    ],
)
def test_an_ambiguous_alias_alone_does_not_tag(syria: Topic, title: str, summary: str):
    verdict = assess(syria, title, summary)
    assert not verdict.tagged
    assert "ambiguous, nothing corroborates it" in verdict.why


@pytest.mark.parametrize(
    "title",
    ["Rebels close in on Hama", "HTS-Kämpfer rücken auf Hama vor", "Shelling hits Halep and Idlib"],
)
def test_an_ambiguous_alias_tags_once_something_else_of_the_topic_corroborates_it(
    syria: Topic, title: str
):
    assert tag_item(syria, title, "") is not None


def test_the_country_as_a_location_word_in_another_countrys_story_does_not_tag(syria: Topic):
    title = "Iraqi forces arrest Islamic State cell near the Syrian border"
    verdict = assess(syria, title, "The suspects planned attacks in Anbar, officials said.")
    assert not verdict.tagged
    assert "Syria in title (only as a location)" in verdict.why
    # In a story about Syria itself the same words still count in full.
    assert tag_item(syria, "Syrian border guards reopen crossing as refugees return", "")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Clashes in Jaramana leave several dead", "Gunmen and security forces exchanged fire."),
        ("Hurras al-Din leader killed in drone strike", "The commander was travelling by car."),
        ("Men of Dignity says it will keep its weapons", "The militia guards the villages."),
    ],
)
def test_a_report_naming_only_a_small_town_or_a_group_is_tagged(
    syria: Topic, title: str, summary: str
):
    assert tag_item(syria, title, summary) is not None


def test_a_list_of_countries_in_a_communique_is_not_a_subject(syria: Topic):
    title = "G20 leaders call for ceasefires in Ukraine, Gaza, Sudan and Syria"
    verdict = assess(syria, title, "The communique urged humanitarian access.")
    assert not verdict.tagged
    assert "in a list of countries" in verdict.why


def test_neighbouring_syria_in_another_countrys_story_is_only_a_location(syria: Topic):
    verdict = assess(
        syria, "Lebanon elects army chief Joseph Aoun as president",
        "Hezbollah's weakening and the fall of Assad in neighbouring Syria shifted the balance.",
    )
    assert not verdict.tagged
    assert "(only as a location)" in verdict.why
