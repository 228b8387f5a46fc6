"""The title's confidence and the warning that follows it (metadata.choose_title, the fitted weights of
build_scripts/cleaning/title_weights.json, cleaning/title_model.py). Inputs are written for these tests in the style of such pages."""
from __future__ import annotations

import json

import pytest

from build_scripts.article import Source
from build_scripts.cleaning import clean_source, clean_text
from build_scripts.cleaning.metadata import TitleCandidate, decoration_kinds, text_shape
from build_scripts.cleaning.title_model import (TitleModel, confidence, confidence_features, load_title_model,
                                                title_doubtful)
from build_scripts.errors import ConfigError

BODY = ("近日，某某集团第二党支部组织党员走进社区，开展“党员进网格”志愿服务，为居民讲解垃圾分类知识，"
        "帮助独居老人打扫卫生，并收集了十余条关于楼道照明的意见。\n\n"
        "支部书记表示，将把志愿服务纳入支部年度计划，让党员在网格中亮身份、作表率。\n")


def clean(text: str):
    return clean_source(Source("t.txt", "t.txt", "t", text, "0" * 64, "utf-8"))


def title_warnings(article) -> list[str]:
    return [w.kind for w in article.warnings if w.kind.startswith("title")]


# ---- the pure parts, with a model written here ------------------------------------------------------

MODEL = TitleModel(weights={"next_meta": 1.0}, confidence_bias=0.0,
                   confidence_weights={"chosen:next_meta": 2.0, "chosen:decorated": -2.0, "alone": 0.5, "lead": 0.5},
                   threshold=0.7)


def test_confidence_is_a_logistic_of_the_weighted_features():
    assert confidence(MODEL, {}) == pytest.approx(0.5)
    assert confidence(MODEL, {"chosen:next_meta": 1.0}) == pytest.approx(1 / (1 + 2.718281828 ** -2), rel=1e-6)
    assert confidence(MODEL, {"chosen:decorated": 1.0}) < 0.5 < confidence(MODEL, {"chosen:next_meta": 1.0})
    assert confidence(MODEL, {"unknown feature": 5.0}) == pytest.approx(0.5)  # a feature without a weight counts nothing


def test_confidence_features_say_how_the_choice_was_won():
    alone = confidence_features([TitleCandidate("甲", {"next_meta": 1.0})], [1.0], 0, 0)
    assert alone == {"chosen:next_meta": 1.0, "alone": 1.0}
    cands = [TitleCandidate("甲", {"next_meta": 1.0}), TitleCandidate("乙", {}), TitleCandidate("丙", {})]
    won = confidence_features(cands, [1.0, 0.25, 0.0], 0, 0)
    assert won["several"] == 1.0 and won["agree"] == 1.0 and won["lead"] == pytest.approx(0.75)
    lost = confidence_features(cands, [1.0, 0.25, 0.0], 1, 0)  # the rules took another than the best-scored
    assert lost["disagree"] == 1.0 and lost["lead"] == pytest.approx(-0.75)
    assert confidence_features(cands, [9.0, 0.0, 0.0], 0, 0)["lead"] == 4.0  # a lead counts up to 4


def test_title_doubtful_compares_with_the_fitted_threshold():
    threshold = load_title_model().threshold
    assert 0.0 < threshold < 1.0
    assert title_doubtful(threshold - 0.01)
    assert not title_doubtful(threshold)
    assert not title_doubtful(None)  # no title chosen: the derived title has its own warning


def test_a_broken_weights_file_is_an_error_that_says_how_to_refit(tmp_path):
    path = tmp_path / "title_weights.json"
    path.write_text(json.dumps({"adopt": False, "threshold": 0.5}), encoding="utf-8")
    with pytest.raises(ConfigError, match="fit_titles"):
        load_title_model(path)


@pytest.mark.parametrize(("title", "following", "overlap"), [
    ("党员进网格志愿服务", "第二党支部开展党员进网格志愿服务活动", 1.0),
    ("课程报名咨询", BODY, 0.0),  # a site's line: its words are not the text's
    ("党员进网格服务", "党员进网格", 4 / 6),  # 党员 员进 进网 网格 found; 格服 服务 not
])
def test_overlap_is_the_share_of_the_titles_words_found_in_the_text_below(title, following, overlap):
    assert text_shape(title, following)["overlap"] == pytest.approx(overlap, abs=0.01)


def test_text_shape_marks_a_fragment_latin_letters_and_brackets():
    assert "fragment" in text_shape("在今后的学习和", "")
    assert "latin" in text_shape("我的支部ABC日记", "")
    assert "bracketed" in text_shape("（某某某）", "")
    assert not {"fragment", "latin", "bracketed"} & set(text_shape("支部书记的一天", ""))


@pytest.mark.parametrize(("line", "kind"), [
    ("社区党建工作总结（精选6篇）", "cut:count"),
    ("某某网评：让志愿服务成为党员的日常", "cut:column"),
    ("社区党建工作总结_某某范文网", "cut:site"),
    ("标题：社区党建工作总结", "cut:label"),
])
def test_what_tidying_took_off_a_title_is_named(line, kind):
    assert kind in decoration_kinds(line)


# ---- the warning on whole pages -------------------------------------------------------------------

def test_a_title_about_its_text_with_a_date_under_it_gets_no_warning():
    a = clean("第二党支部开展党员进网格志愿服务\n发布时间：2024-05-20  来源：某某集团\n\n" + BODY)
    assert a.title == "第二党支部开展党员进网格志愿服务"
    assert title_warnings(a) == []


def test_a_line_that_shares_no_words_with_the_text_and_has_nothing_under_it_is_doubtful():
    a = clean("课程报名咨询\n\n" + BODY)
    assert "title-doubtful" in title_warnings(a) or "title-derived" in title_warnings(a)


def test_the_same_title_without_the_date_under_it_is_less_sure():
    _, dated = clean_text("第二党支部开展党员进网格志愿服务\n2024-05-20\n\n" + BODY)
    _, bare = clean_text("第二党支部开展党员进网格志愿服务\n\n" + BODY)
    assert bare.title_score < dated.title_score


def test_a_title_whose_count_was_cut_off_is_doubtful():
    # labellers and readers differ on whether （精选6篇） is part of the title: the warning asks
    a = clean("社区党支部志愿服务工作总结（精选6篇）\n\n" + BODY)
    assert a.title == "社区党支部志愿服务工作总结"
    assert "title-doubtful" in title_warnings(a)


def test_a_page_with_no_candidate_gets_a_derived_title_and_its_warning():
    _, ctx = clean_text(BODY)
    assert ctx.title is None and ctx.title_score is None
    assert title_warnings(clean(BODY)) == ["title-derived"]


def test_a_title_given_in_the_metadata_is_never_doubted():
    a = clean_source(Source("t.txt", "t.txt", "t", "课程报名咨询\n\n" + BODY, "0" * 64, "utf-8",
                            meta={"title": "党员进网格"}))
    assert a.title == "党员进网格" and title_warnings(a) == []


def test_the_confidence_is_the_same_on_every_run():
    page = "社区党支部志愿服务工作总结\n2024-05-20\n\n" + BODY
    assert clean_text(page)[1].title_score == clean_text(page)[1].title_score
