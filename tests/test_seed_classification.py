"""The genre and topics a reader would give each seed, as the build (and `clean`) gives them."""
from __future__ import annotations

from pathlib import Path

import pytest

from build_scripts.cleaning import clean_source
from build_scripts.sources import read_source
from build_scripts.topics import assign_topics, load_taxonomy

SOURCES = Path(__file__).resolve().parent.parent / "source_texts"

SEEDS = [
    # 探析…创新路径: an analysis of problems and paths (理论研究). Its title has the structure of 003's,
    # [grassroots party work][innovation][paths], whose head is the innovation, and its sections are about
    # exactly those paths (企业基层党建工作创新路径优化, 机制路径创新): 党建工作创新 ("创新中遇到的难点和推进路径") first,
    # 基层党组织建设 second. It was the other way round before: read as "grassroots party organisations, and how
    # they innovate", which takes the modifier (基层党建) for the head and the article's subject for a side topic.
    ("000_406509754edb76a3", "lilun", ["dangjian-chuangxin", "jiceng-zuzhi"]),
    # A journal paper with 摘要 and 关键词 (理论研究) on merging party work with production and operation.
    ("001_f9db438ff1a70a68", "lilun", ["shengchan-jingying-ronghe"]),
    # What an enterprise's party organisation did, point by point (经验交流): grassroots organisation building.
    ("002_9a588e9c447ae832", "jingyan", ["jiceng-zuzhi"]),
    # 难点研究: the difficulties of innovation and their causes (理论研究). Its title and most of its
    # sections are about innovating party work and what stands in the way, which is what 党建工作创新
    # describes ("创新中遇到的难点和推进路径"), so that topic comes first, 基层党组织建设 second
    # (it was the other way round while term hits were log-damped and 党支部 counted as much as 创新难点).
    ("003_dde59a8e52155a52", "lilun", ["dangjian-chuangxin", "jiceng-zuzhi"]),
    # 实践探索: how branches built their party-building brands (经验交流).
    ("004_e56e1db23db2c884", "jingyan", ["dangjian-pinpai", "jiceng-zuzhi"]),
]


@pytest.mark.parametrize(("stem", "genre", "topics"), SEEDS, ids=[s[0][:3] for s in SEEDS])
def test_each_seed_gets_the_genre_and_topics_a_reader_would_give(stem, genre, topics):
    article = clean_source(read_source(SOURCES / f"{stem}.txt"))
    assert article.genre == genre
    assigned = assign_topics(article, load_taxonomy())
    assert assigned[0] == topics[0]  # the main topic first
    assert set(topics) <= set(assigned) and len(assigned) <= 3
