"""Duplicate detection: the same article found however it was scraped; different articles kept apart."""
from __future__ import annotations

import numpy as np
import pytest

from build_scripts import dedupe
from build_scripts.dedupe import find_duplicates

# Two articles written for these tests on neighbouring subjects: they share the field's
# vocabulary (党支部, 党员, 品牌) but say different things.
BRAND = """\
## 一、找准品牌定位

车间党支部把“红色引擎”确定为支部品牌，围绕设备检修这一中心任务，提出党员带头攻关、骨干结对帮扶、难题集中会诊三项做法。

## 二、建立工作机制

支部每月召开一次品牌推进会，书记点评、党员认领任务，年底由职工代表对每项任务打分，结果与评先评优挂钩。

## 三、品牌带来的变化

一年来，支部牵头完成检修技改课题十二项，关键设备故障停机时间比上年减少三成，三名青年职工递交了入党申请书。
"""

STUDY = """\
## 一、学习内容安排

机关第二党支部制定年度学习计划，把理论学习、业务培训和警示教育分到四个季度，每次集中学习前提前一周发放阅读材料。

## 二、学习方式创新

支部推行“一人领学、众人研讨”，由党员轮流备课讲解，并把讨论记录整理成简报，在支部微信群里分享给不能到场的同志。

## 三、学习效果检验

季度末组织一次闭卷小测验和一次交流发言，党员撰写心得体会三十余篇，其中五篇在公司内刊发表。
"""


def scraped_again(text: str) -> str:
    """The same article as another site shows it: different junk, full-width punctuation turned half-width, re-wrapped lines."""
    body = text.replace("，", ",").replace("。", ".\n").replace("“", '"').replace("”", '"')
    return "首页 > 基层动态\n分享到：微信 微博\n" + body + "\n责任编辑：王某\n【打印本页】【关闭窗口】\n"


def test_same_article_with_different_junk_is_a_near_duplicate():
    found = find_duplicates([("a.txt", BRAND), ("b.txt", scraped_again(BRAND))])
    assert len(found) == 1
    first, later, score = found[0]
    assert (first, later) == ("a.txt", "b.txt")
    assert 0.8 <= score < 1.0


def test_identical_text_scores_one_and_names_the_earlier_file_first():
    found = find_duplicates([("x.txt", STUDY), ("a.txt", BRAND), ("y.txt", STUDY)])
    assert found == [("x.txt", "y.txt", 1.0)]


def test_articles_on_related_subjects_are_not_duplicates():
    assert find_duplicates([("a.txt", BRAND), ("b.txt", STUDY)]) == []


@pytest.mark.parametrize(("threshold", "expected_pairs"), [(0.3, 1), (0.8, 0)])
def test_threshold_decides_how_alike_is_alike_enough(threshold, expected_pairs):
    # The first two of three sections: about half of the text is shared.
    half = BRAND.split("## 三")[0] + STUDY.split("## 二")[0]
    assert len(find_duplicates([("a.txt", BRAND), ("b.txt", half)], threshold=threshold)) == expected_pairs


def test_each_copy_is_tied_to_the_first_of_its_group():
    items = [("1.txt", BRAND), ("2.txt", scraped_again(BRAND)), ("3.txt", STUDY), ("4.txt", BRAND)]
    pairs = {(a, b) for a, b, _ in find_duplicates(items)}
    assert ("1.txt", "2.txt") in pairs and ("1.txt", "4.txt") in pairs
    assert not any("3.txt" in pair for pair in pairs)


def test_empty_and_punctuation_only_texts_repeat_nothing():
    assert find_duplicates([("a.txt", ""), ("b.txt", "  \n"), ("c.txt", "……——"), ("d.txt", "")]) == []


def test_threshold_outside_zero_to_one_is_refused():
    with pytest.raises(ValueError):
        find_duplicates([("a.txt", BRAND)], threshold=0)


def test_scores_of_an_earlier_run_are_reused_not_recomputed(monkeypatch):
    from build_scripts import dedupe

    items = [("a.txt", BRAND), ("b.txt", scraped_again(BRAND)), ("c.txt", STUDY)]
    signatures = [dedupe.signature_of(text) for _, text in items]
    scored: dict = {}
    first = dedupe.find_duplicates(items, signatures=signatures, scored=scored)
    assert first and scored

    def no_exact_scoring(a, b):
        raise AssertionError("a known pair was scored again")

    monkeypatch.setattr(dedupe, "jaccard", no_exact_scoring)
    assert dedupe.find_duplicates(items, signatures=signatures, known=scored) == first


def _mix(h: int) -> int:
    """MurmurHash3's 32-bit finalizer in Python integers."""
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & 0xFFFFFFFF
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & 0xFFFFFFFF
    return h ^ (h >> 16)


@pytest.mark.parametrize("text", [
    "某某公司党支部召开专题组织生活会，党员逐一对照检查。",
    "党建引领基层治理。" * 1200,  # more shingles than one block of rows (dedupe.AFFINE_ROWS)
    "a",
])
def test_the_signature_is_the_least_permuted_hash_of_each_permutation(text):
    # The array computation gives what the definition gives, one permutation at a time in Python
    # integers: min over the shingles of (a * mix(h) + b) mod 2^32.
    sig = dedupe.signature_of(text)
    mixed = [_mix(int(h)) for h in dedupe.shingle_hashes(text)]
    a, b = (row.tolist() for row in dedupe._permutations())
    expected = [min((ak * m + bk) & 0xFFFFFFFF for m in mixed) for ak, bk in zip(a, b)]
    assert sig.hashvalues.dtype == np.uint32
    assert sig.hashvalues.tolist() == expected


def test_the_permutations_are_seeded_bijections():
    # The draw is fixed by the seed (a signature cached by one build is valid in the next), and
    # every multiplier is odd, so no permutation folds two hashes into one.
    a, b = dedupe._permutations()
    assert len(a) == len(b) == dedupe.NUM_PERM
    assert np.all(a % 2 == 1)
    assert len(set(a.tolist())) == dedupe.NUM_PERM
    dedupe._permutations.cache_clear()
    assert np.array_equal(dedupe._permutations(), np.array([a, b]))


@pytest.mark.parametrize("threshold, shape", [
    # The shapes datasketch's MinHashLSH chose (equal weights for missed and extra pairs).
    (0.3, (37, 3)), (0.5, (25, 5)), (0.64, (16, 8)), (0.8, (9, 13)), (0.9, (5, 25)),
])
def test_band_shape_balances_missed_and_extra_candidates(threshold, shape):
    bands, rows = dedupe.band_shape(threshold)
    assert (bands, rows) == shape
    assert bands * rows <= dedupe.NUM_PERM


def test_a_pair_just_above_the_line_is_found_among_many_unrelated_texts():
    # 300 unrelated texts and one near copy whose Jaccard similarity is just over the threshold:
    # the bands must let the pair through, and no unrelated pair may come out.
    rng = np.random.default_rng(7)
    alphabet = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    texts = ["".join(rng.choice(alphabet, 400)) for _ in range(300)]
    original = texts[120]
    near = original[:370] + "".join(rng.choice(alphabet, 30))
    items = [(f"{k:03d}.txt", t) for k, t in enumerate(texts)] + [("near.txt", near)]
    found = find_duplicates(items)
    assert [(a, b) for a, b, _ in found] == [("120.txt", "near.txt")]
    assert 0.8 <= found[0][2] < 0.9
