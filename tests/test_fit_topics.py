"""The fitted topic scorer tried against the rules (build_scripts/eval/fit_topics.py)."""
from __future__ import annotations

import pytest

from build_scripts import topics
from build_scripts.article import Article
from build_scripts.eval import fit_topics


@pytest.fixture(scope="module")
def taxonomy():
    return topics.load_taxonomy()


def make_article(title, body):
    return Article(title=title, body=body, slug="a", source_file="source_texts/a.txt", source_sha256="0" * 64)


def test_features_rank_the_candidate_topics_and_share_their_scores(taxonomy):
    article = make_article("某某村党支部推进乡村振兴", "村党支部带领村民发展集体经济。\n\n驻村第一书记走访农户，组织党员学习党史。")
    features = fit_topics.topic_features(article, taxonomy)
    assert features["nongcun-dangjian"]["rank1"] == 1.0 and features["nongcun-dangjian"]["title_last"] == 1.0
    assert sum(f.get("share", 0.0) for f in features.values()) == pytest.approx(1.0)
    assert "term:乡村振兴" in features["nongcun-dangjian"]
    assert all(set(f) - {k for k in f if k.startswith("term:")} <= set(fit_topics.FEATURE_NAMES)
               for f in features.values())


def test_an_article_about_no_topic_has_no_candidates(taxonomy):
    assert fit_topics.topic_features(make_article("天气", "今天下雨。"), taxonomy) == {}


def test_assign_keeps_topics_over_the_threshold_likeliest_first_at_most_three():
    order = {s: i for i, s in enumerate("abcde")}
    probs = {"a": 0.6, "b": 0.9, "c": 0.6, "d": 0.7, "e": 0.2}
    assert fit_topics.assign(probs, 0.5, order) == ["b", "d", "a"]  # a before c: a tie goes to the list's order
    assert fit_topics.assign(probs, 0.95, order) == []


def _rows():
    # two made-up topics: x's evidence is a strong title hit, y's a weak body hit; pages in three batches
    rows = []
    for k in range(30):
        labelled = ["x"] if k % 3 else ["y"]
        rows.append({"id": f"p{k}", "batch": "abc"[k // 10], "labelled": labelled, "rules": [],
                     "candidates": {"x": {"title": 1.0 if k % 3 else 0.2, "share": 0.8 if k % 3 else 0.3},
                                    "y": {"body": 0.5 if k % 3 else 1.5, "share": 0.2 if k % 3 else 0.7}}})
    return rows


def test_the_fit_is_deterministic_and_learns_which_evidence_speaks_for_a_topic():
    names = ["title", "body", "share"]
    first = fit_topics.fit(_rows(), ["x", "y"], names)
    assert first == fit_topics.fit(_rows(), ["x", "y"], names)
    strong = fit_topics.topic_probability(first, "x", {"title": 1.0, "share": 0.8})
    weak = fit_topics.topic_probability(first, "x", {"title": 0.2, "share": 0.3})
    assert strong > 0.5 > weak


def test_leaving_one_batch_out_gives_every_page_topics_and_every_batch_a_threshold():
    assigned, chosen = fit_topics.leave_one_batch_out(_rows(), ["x", "y"], ["title", "body", "share"])
    assert sorted(chosen) == ["a", "b", "c"] and all(th in fit_topics.THRESHOLDS for th in chosen.values())
    assert len(assigned) == 30
    right = sum(r["labelled"][0] in assigned[r["id"]] for r in _rows())
    assert right >= 27  # the made-up evidence separates the topics


def test_the_threshold_is_held_to_the_rules_precision_on_the_training_pages():
    rows = _rows()
    for r in rows:
        r["rules"] = ["x"]  # right on 20 pages of 30
    assert fit_topics.rules_precision(rows) == pytest.approx(2 / 3)
    order = {"x": 0, "y": 1}
    probs = {r["id"]: {"x": 0.9 if r["labelled"] == ["x"] else 0.6, "y": 0.55} for r in rows}
    # at 0.6 and below every page gets x (and y below 0.55): 2/3 precision at best; above 0.6 only right ones
    assert fit_topics.choose_threshold(rows, probs, order, floor=0.9) > 0.6
