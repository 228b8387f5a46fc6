"""The reference ranking of related articles: a plain walk over posting lists, the oracle the
sparse-matrix ranking in build_scripts/related.py is checked against (tests/test_related.py).

It was topics.rank_related; the build never called it, so it lives with the tests that use it.
"""
from __future__ import annotations

from collections import defaultdict

from build_scripts.topics import COMMON_TERM_SHARE, MAX_RELATED, TOPIC_SHARE_WEIGHT, fill_related, newest_by_topic


def rank_related(slugs: list[str], topics: dict[str, list[str]], vectors: dict[str, dict[str, float]],
                 dates: dict[str, str | None]) -> dict[str, list[str]]:
    """For each article, 3–5 others ranked by text cosine plus a bonus for shared topics.

    Candidates come from an inverted index over each article's terms, skipping terms common to
    much of the library, so the work grows with the postings rather than with the square of the
    library. When the text finds too few, articles sharing most topics, newest first, fill in.
    """
    n = len(slugs)
    postings: dict[str, list[str]] = defaultdict(list)
    for s in slugs:
        for term in vectors.get(s, {}):
            postings[term].append(s)
    common = {t for t, p in postings.items() if n >= 20 and len(p) > COMMON_TERM_SHARE * n}
    newest_first, by_topic = newest_by_topic(slugs, topics, dates)
    related = {}
    for s in slugs:
        mine = set(topics[s])
        score: dict[str, float] = defaultdict(float)
        vec = vectors.get(s, {})
        for term, w in vec.items():
            if term not in common:
                for other in postings[term]:
                    if other != s:
                        score[other] += w * vectors[other][term]
        for other in score:
            theirs = set(topics[other])
            score[other] += TOPIC_SHARE_WEIGHT * len(mine & theirs) / len(mine | theirs)
        picked = sorted(score, key=lambda o: (-round(score[o], 9), o))[:MAX_RELATED]
        related[s] = fill_related(s, picked, topics, by_topic, newest_first)
    return related
