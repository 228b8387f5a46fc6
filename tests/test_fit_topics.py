"""The fitted topic scorer tried against the rules (build_scripts/eval/fit_topics.py)."""
from __future__ import annotations

import numpy as np
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


def test_the_hybrids_title_threshold_is_chosen_with_the_threshold():
    # x, named in every title, is right on the pages where the model finds it likely and wrong where it does not:
    # a title threshold above those wrong ones keeps precision without raising the model's own threshold
    rows = _rows()
    order = {"x": 0, "y": 1}
    for r in rows:
        r["title"] = ["x"]
    probs = {r["id"]: {"x": 0.95, "y": 0.1} if r["labelled"] == ["x"] else {"x": 0.35, "y": 0.6} for r in rows}
    threshold, title_threshold = fit_topics.choose_thresholds(rows, probs, order, floor=0.9, hybrid="first")
    assert 0.35 < title_threshold <= threshold and title_threshold in fit_topics.TITLE_THRESHOLDS
    assert threshold <= 0.6  # y found where x is not likely
    assert fit_topics.choose_thresholds(rows, probs, order, floor=0.9)[1] == 0.0  # no title topics without hybrid


# --- --words: the model with learned words over every topic ------------------------------------------------

_MADE_UP = [
    # (batch, labelled topics, title, body): short reports in the style of such pages, written for the test
    ("a", ["nongcun-dangjian"], "某某村党支部带领村民发展产业", "某某村党支部组织村民种植果树。\n\n驻村第一书记走访农户，村集体经济增收。"),
    ("a", ["xuexiao-dangjian"], "某某小学党支部开展主题党日", "某某小学党支部组织教师党员学习。\n\n师生一起参观校史馆。"),
    ("a", ["dangfeng-lianzheng"], "某某局开展廉政警示教育", "某某局组织党员观看警示教育片。\n\n纪检组长讲授廉政党课。"),
    ("b", ["nongcun-dangjian"], "某某村推进乡村振兴", "某某村两委带领村民修路。\n\n村党支部书记说，村里的产业越来越好。"),
    ("b", ["xuexiao-dangjian"], "某某中学党支部召开党员大会", "某某中学党支部召开党员大会。\n\n教师党员在课堂上作表率。"),
    ("b", ["dangfeng-lianzheng"], "某某公司召开党风廉政建设会议", "会议通报了违纪案例。\n\n纪委书记要求廉洁自律。"),
    ("c", ["nongcun-dangjian"], "某某乡村党支部助力增收", "村党支部领办合作社，带动村民增收。\n\n驻村工作队入户走访。"),
    ("c", ["xuexiao-dangjian"], "某某学校党建工作纪实", "某某学校党总支组织教师学习。\n\n学生参加升旗仪式。"),
    ("c", ["dangfeng-lianzheng"], "某某单位开展廉洁文化活动", "单位组织党员参观廉政教育基地。\n\n大家表示要廉洁自律。"),
]


@pytest.fixture
def made_up(taxonomy, monkeypatch):
    monkeypatch.setattr(fit_topics, "WORD_MIN_PAGES", 2)
    monkeypatch.setattr(fit_topics, "WORD_MIN_GROUPS", 2)
    pages = [({"id": f"{batch}{k:03d}", "topics": labelled}, make_article(title, body))
             for k, (batch, labelled, title, body) in enumerate(_MADE_UP)]
    rows = fit_topics.page_rows(pages, taxonomy)
    for r, (batch, *_rest) in zip(rows, _MADE_UP):
        r["batch"] = batch
    return pages, fit_topics.WordDesign.of(rows, [t.slug for t in taxonomy.topics])


def test_topic_words_are_the_pairs_of_each_region_digits_as_zero_none_across_a_space():
    article = make_article("党建 引领", "2024年村党支部开会。\n\n## 小标题\n\n正文")
    words = topics.topic_words(article)
    assert {"t/党建", "t/引领", "o/00", "b/村党", "h/小标"} <= words
    assert "t/建引" not in words and not any(" " in w for w in words)


def test_the_word_model_is_deterministic_and_the_build_scores_it_as_the_fit_does(taxonomy, made_up, tmp_path):
    pages, design = made_up
    everything = np.arange(len(pages))
    model = fit_topics.fit_words(design, everything, prune=0.0)
    assert model == fit_topics.fit_words(design, everything, prune=0.0)
    assert model.words and set(model.bias) == {t.slug for t in taxonomy.topics}
    path = tmp_path / "topic_weights.json"
    fit_topics.write_word_model(model, 0.5, path, title_threshold=0.4)
    loaded = topics.load_topic_model(path)
    assert loaded.threshold == 0.5 and loaded.title_threshold == 0.4
    vectorised = fit_topics.word_probabilities(model, design, everything)
    for j, article in pages:
        pure = topics.topic_probabilities(article, taxonomy, loaded)
        assert pure == pytest.approx(vectorised[j["id"]], abs=1e-9)
    # the learned words find each page's topic
    assert all(max(vectorised[j["id"]], key=vectorised[j["id"]].get) == j["topics"][0] for j, _ in pages)


def test_words_are_chosen_from_the_training_batches_only(made_up):
    _, design = made_up
    without_c = np.flatnonzero(design.batch_index != 2)
    chosen = {design.words[k] for k in design.chosen_words(without_c)}
    # 驻村 is found in batches a and c: two groups with c, one without it
    assert "b/驻村" in {design.words[k] for k in design.chosen_words(np.arange(len(design.rows)))}
    assert "b/驻村" not in chosen


def test_words_leave_one_batch_out_gives_every_page_topics_and_every_batch_a_threshold(made_up):
    _, design = made_up
    assigned, chosen = fit_topics.words_leave_one_batch_out(design, floor=0.5, nested=True, prune=0.0)
    assert sorted(chosen) == ["a", "b", "c"] and len(assigned) == len(_MADE_UP)
    assert all(len(t) <= topics.MAX_AUTO_TOPICS for t in assigned.values())


def test_the_main_topic_model_picks_each_pages_topic_and_the_build_reads_it_as_the_fit_does(taxonomy, made_up, tmp_path):
    pages, design = made_up
    everything = np.arange(len(pages))
    main = fit_topics.fit_main(design, everything, prune=0.0)
    assert main == fit_topics.fit_main(design, everything, prune=0.0)  # deterministic
    shares = fit_topics.main_shares(main, design, everything)
    assert all(sum(s.values()) == pytest.approx(1.0) for s in shares.values())
    assert all(max(shares[j["id"]], key=shares[j["id"]].get) == j["topics"][0] for j, _ in pages)
    path = tmp_path / "topic_weights.json"
    fit_topics.write_word_model(fit_topics.fit_words(design, everything, prune=0.0), 0.5, path, title_threshold=0.4,
                                main=main, main_threshold=0.35)
    loaded = topics.load_topic_model.__wrapped__(path)
    assert loaded.main_threshold == 0.35
    for j, article in pages:
        assert topics.main_topic_shares(article, taxonomy, loaded) == pytest.approx(shares[j["id"]], abs=1e-9)
    # a threshold that never gives the main topic writes no main-topic model
    fit_topics.write_word_model(fit_topics.fit_words(design, everything), 0.5, path, main=main,
                                main_threshold=fit_topics.NO_MAIN)
    assert topics.load_topic_model.__wrapped__(path).main is None


def test_the_main_topic_threshold_is_chosen_with_the_others_and_only_where_it_helps():
    order = {"a": 0, "b": 1}
    # the per-topic model misses a's pages (0.6); the main-topic model is sure of them (0.7)
    rows = [{"id": f"p{k}", "labelled": ["a"], "title": []} for k in range(4)]
    probs = {r["id"]: {"a": 0.6, "b": 0.05} for r in rows}
    mains = {r["id"]: {"a": 0.7, "b": 0.3} for r in rows}
    th, tt, mt = fit_topics.choose_main_thresholds(rows, probs, mains, order, floor=0.9)
    assert mt <= 0.7 and th > 0.6  # a is found by the main-topic model, not by lowering the shared threshold
    unsure = {r["id"]: {"a": 0.45, "b": 0.55} for r in rows}  # the main-topic model would give b, wrongly
    assert fit_topics.choose_main_thresholds(rows, probs, unsure, order, floor=0.9)[2] == fit_topics.NO_MAIN


def test_the_precision_floor_binds_when_some_choice_reaches_it(monkeypatch):
    from build_scripts.eval.topic_cv import Counts

    # the main-topic model at 0.4 finds 40 main topics more for 1.8 points of precision under the floor: merit (recall
    # less twice the shortfall: 0.764 against 0.760) would take it; the floor keeps the choice that stays above it
    at = {0.4: Counts(897, 1000, 800, 1000)}
    monkeypatch.setattr(fit_topics, "counts_at", lambda rows, probs, th, order, hybrid, tt, thresholds, mains, mt:
                        at.get(mt, Counts(920, 1000, 760, 1000)))
    assert fit_topics.choose_main_thresholds([], {}, {}, {}, floor=0.915)[2] != 0.4
    # where nothing reaches the floor, merit decides
    at[0.4] = Counts(930, 1000, 800, 1000)
    assert fit_topics.choose_main_thresholds([], {}, {}, {}, floor=0.95)[2] == 0.4
