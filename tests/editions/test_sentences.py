"""The backstory quotes the sentence of a report that carries its event, as written."""

from __future__ import annotations

from digest.editions.sentences import (
    best_quote,
    event_quote,
    is_sentence,
    reads_as_past,
    split_sentences,
)


def test_it_quotes_the_sentence_that_tells_the_event_not_the_colour() -> None:
    quote = event_quote(
        "r1", "Rebels capture Hama after days of fighting",
        "Residents said the night was cold. Rebels captured Hama on Thursday after days of "
        "fighting with government forces, the army said.")
    assert quote is not None and quote.item_id == "r1"
    assert quote.text == ("Rebels captured Hama on Thursday after days of fighting with "
                          "government forces, the army said.")


def test_a_wire_dateline_is_dropped_and_the_sentence_kept_verbatim() -> None:
    assert split_sentences("BEIRUT (Reuters) - Rebels entered Aleppo on Friday. More later.") == [
        "Rebels entered Aleppo on Friday.", "More later."]


def test_a_dateline_of_two_cities_or_with_a_date_is_dropped_too() -> None:
    assert split_sentences("WASHINGTON/MOSCOW (Reuters) - The United States and Russia agreed "
                           "a truce on Monday.") == [
        "The United States and Russia agreed a truce on Monday."]
    assert split_sentences("BEIRUT, March 3 (Reuters) - Rebels shelled the city.") == [
        "Rebels shelled the city."]


def test_an_abbreviations_full_stop_does_not_end_the_sentence() -> None:
    # Wire copy: cut at "U.S." the quote would lose its subject, at "Dec." its date.
    assert split_sentences(
        "WASHINGTON (AP) - The U.S. Treasury imposed sanctions on Assad's wife on Wednesday. "
        "Some 900,000 people have fled since Dec. 1, the U.N. said. Gen. Mazloum Abdi met "
        "Sen. Lindsey Graham at 3 p.m. Sunday. It was the first such meeting.") == [
        "The U.S. Treasury imposed sanctions on Assad's wife on Wednesday.",
        "Some 900,000 people have fled since Dec. 1, the U.N. said.",
        "Gen. Mazloum Abdi met Sen. Lindsey Graham at 3 p.m. Sunday.",
        "It was the first such meeting."]


def test_a_closing_quote_stays_with_its_sentence() -> None:
    assert split_sentences('A commander said "we have won." Then the army left on Friday. '
                           "Residents said \u201cthe U.S. never came.\u201d It was over.") == [
        'A commander said "we have won."', "Then the army left on Friday.",
        "Residents said \u201cthe U.S. never came.\u201d", "It was over."]


def test_headlines_fragments_questions_and_page_furniture_are_not_sentences() -> None:
    assert not is_sentence("Syria Conflict: Rebels Seize Aleppo In Lightning Offensive Today")
    assert not is_sentence("Too short to tell.")
    assert not is_sentence("What does the fall of Aleppo mean for the rebels and the region?")
    assert not is_sentence("Follow our live coverage of the offensive in northern Syria here.")
    assert not is_sentence("Click here to read the full text of the agreement signed today.")
    assert is_sentence("The Syrian army said it had withdrawn from Hama to protect civilians.")
    # Short words a headline's Title Case leaves lower do not make it a sentence; a short
    # sentence with a verb or two is one.
    assert not is_sentence("Rebels Take Control of Aleppo in Surprise Offensive on Friday")
    assert is_sentence("Rebels led by HTS entered Aleppo on Friday.")


def test_a_sentence_that_leans_on_the_one_before_is_never_the_quote() -> None:
    # Alone in the story so far, "it is the jihadists' most ambitious attack" tells nothing.
    quote = event_quote(
        "r1", "Islamic State fighters storm Hasakah prison",
        "It is the jihadists' most ambitious attack in Syria since their caliphate fell in "
        "2019. Islamic State fighters stormed the Ghwayran prison in Hasakah to free comrades.")
    assert quote is not None and quote.text.startswith("Islamic State fighters stormed")
    assert event_quote("r1", "Assad visits China", "It is his first visit to China in almost "
                       "20 years, state media said.") is None  # the headline is told instead
    assert event_quote("r1", "Strikes resume", "This week the army resumed strikes on Idlib, "
                       "monitors said.") is not None  # a time, not a pronoun


def test_a_report_with_only_furniture_has_no_quote() -> None:
    assert event_quote("r1", "Hama falls", "Read more. Sign up for our newsletter today.") is None


def test_among_outlets_the_sentence_the_others_echo_is_chosen() -> None:
    reports = [
        ("a", "Rebels take Hama", "Fighters posed for photos by the clock tower in the square. "
                                  "Rebels captured the city of Hama after the army withdrew."),
        ("b", "Hama falls to rebels", "Rebels captured Hama, Syria's fourth city, after the "
                                      "army withdrew overnight."),
    ]
    quote = best_quote(reports)
    assert quote is not None and "captured" in quote.text and "clock tower" not in quote.text


def test_a_past_tense_sentence_wins_over_one_that_would_read_wrong_after_a_day() -> None:
    # "On Friday, rebels have entered Aleppo" reads wrong; another outlet's past tense does not.
    quote = best_quote([
        ("present", "Rebels enter Aleppo",
         "Islamist-led rebels have entered Aleppo for the first time since 2016, a monitor says."),
        ("past", "Rebels enter Aleppo",
         "Islamist-led rebels entered Aleppo on Friday for the first time since 2016, a war "
         "monitor said."),
    ])
    assert quote is not None and quote.item_id == "past"


def test_a_present_tense_sentence_is_still_quoted_when_no_outlet_has_another() -> None:
    quote = best_quote([("only", "Polls open in Syria",
                         "Polls have opened in government-held parts of Syria in an election.")])
    assert quote is not None and quote.text.startswith("Polls have opened")


def test_only_the_main_clause_decides_whether_a_sentence_reads_as_past() -> None:
    assert not reads_as_past("Rebels have already seized the airport, a monitor said.")
    assert not reads_as_past("The UN has said aid was blocked at the crossing.")
    assert not reads_as_past("Fighting goes on near Hama, monitors say.")
    # A relative clause or reported speech in the present perfect is no reason to pass it over.
    assert reads_as_past("Assad, who has been in power since 2000, fled to Moscow on Sunday.")
    assert reads_as_past("Rebels said they have captured Hama after days of fighting.")
