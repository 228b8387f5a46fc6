"""Choosing a topic constant by leaving one batch of labelled pages out."""
from __future__ import annotations

import pytest

from build_scripts.eval.topic_cv import Counts, batch_of, choose_leaving_out, count, merit


@pytest.mark.parametrize(("labelled", "assigned", "expected"), [
    (["a", "b"], ["a"], Counts(1, 1, 1, 1)),
    (["a", "b"], ["b", "c"], Counts(1, 2, 0, 1)),
    ([], ["c"], Counts(0, 1, 0, 0)),  # a page labelled with no topic counts for precision only
    (["a"], [], Counts(0, 0, 0, 1)),
])
def test_count_scores_assigned_topics_and_the_main_one(labelled, assigned, expected):
    assert count(labelled, assigned) == expected


def test_the_first_labelling_batches_form_one_group():
    assert [batch_of(i) for i in ("a001", "d040", "e001", "h023")] == ["a-d", "a-d", "e", "h"]


def test_merit_is_recall_while_precision_holds_the_floor():
    assert merit(Counts(95, 100, 8, 10)) == pytest.approx(0.8)
    assert merit(Counts(80, 100, 9, 10)) == pytest.approx(0.9 - 2 * 0.12)


def test_each_batch_gets_the_value_best_on_the_other_batches():
    # value 1 finds more main topics everywhere but is wrong too often, except on batch y, where it is
    # precise: y's own figures must not decide what y is scored with
    results = {
        1: {"x": Counts(8, 10, 9, 10), "y": Counts(10, 10, 10, 10), "z": Counts(8, 10, 9, 10)},
        2: {"x": Counts(10, 10, 8, 10), "y": Counts(9, 10, 7, 10), "z": Counts(10, 10, 8, 10)},
    }
    assert choose_leaving_out(results, ["x", "y", "z"]) == {"x": 1, "y": 2, "z": 1}
