"""Related articles at library scale: a ranking by text and topics, computed with sparse matrices.

The plain way (tests/related_reference.py, the oracle of tests/test_related.py) walks, for every
article, the posting list of each of its terms in Python; in a library of one field most terms occur in hundreds of articles, so the walk grows with the
square of the library (10 s at 1,000 generated articles, far more at 10,000). This module gives
the same ranking — text cosine over the terms that are not common to much of the library, plus
TOPIC_SHARE_WEIGHT × Jaccard of the topic sets, ties by slug, the same fill-ins — from sparse
matrix products done in blocks of rows, so memory stays bounded.
"""
from __future__ import annotations

from collections import Counter

import numpy as np
from scipy import sparse

from .topics import COMMON_TERM_SHARE, MAX_RELATED, TOPIC_SHARE_WEIGHT, fill_related, newest_by_topic

BLOCK_ROWS = 512  # rows of the similarity matrix held at once (dense topic overlap: 512 × n floats)


def _matrices(slugs: list[str], topics: dict[str, list[str]], vectors: dict[str, dict[str, float]]):
    n = len(slugs)
    df = Counter(t for s in slugs for t in vectors.get(s, {}))
    common = {t for t, c in df.items() if n >= 20 and c > COMMON_TERM_SHARE * n}
    column = {t: j for j, t in enumerate(sorted(t for t in df if t not in common))}
    rows, cols, vals = [], [], []
    for i, s in enumerate(slugs):
        for term, w in vectors.get(s, {}).items():
            j = column.get(term)
            if j is not None:
                rows.append(i)
                cols.append(j)
                vals.append(w)
    shape = (n, len(column))
    weights = sparse.csr_matrix((np.array(vals, dtype=np.float64), (rows, cols)), shape=shape)
    shared = sparse.csr_matrix((np.ones(len(vals), dtype=np.int32), (rows, cols)), shape=shape)
    topic_index = {t: k for k, t in enumerate(sorted({t for s in slugs for t in topics[s]}))}
    tr, tc = [], []
    for i, s in enumerate(slugs):
        for t in set(topics[s]):
            tr.append(i)
            tc.append(topic_index[t])
    incidence = sparse.csr_matrix((np.ones(len(tr), dtype=np.float64), (tr, tc)), shape=(n, len(topic_index)))
    return weights, shared, incidence


def rank_related(slugs: list[str], topics: dict[str, list[str]], vectors: dict[str, dict[str, float]],
                 dates: dict[str, str | None]) -> dict[str, list[str]]:
    """For each article, 3–5 others ranked by text cosine plus a bonus for shared topics (tests/related_reference.py gives the same lists)."""
    n = len(slugs)
    if n == 0:
        return {}
    weights, shared, incidence = _matrices(slugs, topics, vectors)
    by_name = np.argsort(np.array(slugs, dtype=object)).argsort()  # tie-break by slug, whatever the input order
    sizes = np.asarray(incidence.sum(axis=1)).ravel()
    weights_t, shared_t, incidence_t = weights.T.tocsc(), shared.T.tocsc(), incidence.T.toarray()
    newest_first, by_topic = newest_by_topic(slugs, topics, dates)
    related = {}
    for start in range(0, n, BLOCK_ROWS):
        stop = min(n, start + BLOCK_ROWS)
        cosine = (weights[start:stop] @ weights_t).tocsr()
        touching = (shared[start:stop] @ shared_t).tocsr()
        cosine.sort_indices()
        touching.sort_indices()
        overlap = incidence[start:stop] @ incidence_t  # dense: topics in common
        for r in range(stop - start):
            i = start + r
            s = slugs[i]
            cand = touching.indices[touching.indptr[r]:touching.indptr[r + 1]]  # sorted: shares a term
            lo, hi = cosine.indptr[r], cosine.indptr[r + 1]
            text = np.zeros(len(cand))
            text[np.searchsorted(cand, cosine.indices[lo:hi])] = cosine.data[lo:hi]  # a subset of cand
            keep = cand != i
            cand, text = cand[keep], text[keep]
            picked: list[str] = []
            if len(cand):
                inter = overlap[r, cand]
                union = sizes[i] + sizes[cand] - inter
                jac = np.divide(inter, union, out=np.zeros(len(cand)), where=union > 0)
                score = np.round(text + TOPIC_SHARE_WEIGHT * jac, 9)
                order = np.lexsort((by_name[cand], -score))[:MAX_RELATED]
                picked = [slugs[c] for c in cand[order]]
            related[s] = fill_related(s, picked, topics, by_topic, newest_first)
    return related
