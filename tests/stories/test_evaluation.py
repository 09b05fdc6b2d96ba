from digest.stories.evaluation import accuracy, pairwise_f1


def test_pairwise_scores_count_shared_pairs():
    gold = {"a": "x", "b": "x", "c": "x", "d": "y"}
    predicted = {"a": "1", "b": "1", "c": "2", "d": "2"}
    score = pairwise_f1(gold, predicted)
    assert (score.precision, score.recall) == (0.5, 1 / 3)


def test_identical_partitions_score_one_whatever_the_key_names():
    gold = {"a": "x", "b": "x", "c": "y"}
    assert pairwise_f1(gold, {"a": "s-1", "b": "s-1", "c": "s-2"}).f1 == 1.0


def test_accuracy_is_the_share_of_matching_labels():
    assert accuracy({"a": "news", "b": "analysis"}, {"a": "news", "b": "news"}) == 0.5


def test_pairs_further_apart_than_the_reach_do_not_count():
    from digest.stories.evaluation import pairwise_f1_within

    gold = {"a": "x", "b": "x", "c": "y"}
    predicted = {"a": "1", "b": "1", "c": "1"}
    day = 86_400.0
    times = {"a": 0.0, "b": day, "c": 100 * day}  # c is months later: its wrong link is unseen
    score = pairwise_f1_within(gold, predicted, times, 30 * day)
    assert (score.precision, score.recall) == (1.0, 1.0)
    times["c"] = 2 * day  # within the month, the same wrong link now counts
    assert pairwise_f1_within(gold, predicted, times, 30 * day).precision == 1 / 3
