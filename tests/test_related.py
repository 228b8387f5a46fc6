"""The sparse related-articles ranking gives the same lists as the reference walk (tests/related_reference.py)."""
from __future__ import annotations

import random

import pytest

from build_scripts import related

from . import related_reference

TERMS = [f"词{i}" for i in range(60)]
TOPICS = ["brand", "ops", "cells", "edu", "rules"]


def library(n: int, seed: int, ties: bool = False):
    rng = random.Random(seed)
    slugs = sorted(f"a{rng.randrange(10**6):06d}-{i}" for i in range(n))
    vectors, tops, dates = {}, {}, {}
    for s in slugs:
        chosen = rng.sample(TERMS[: rng.choice([12, 30, 60])], rng.randint(0, 10))
        vectors[s] = {t: 0.25 if ties else round(rng.random(), 9) for t in chosen}
        tops[s] = rng.sample(TOPICS, rng.randint(1, 3))
        dates[s] = rng.choice([None, f"20{rng.randint(10, 24)}-0{rng.randint(1, 9)}-01"])
    return slugs, tops, vectors, dates


@pytest.mark.parametrize(("n", "seed", "ties"), [(1, 0, False), (4, 1, False), (19, 2, False), (25, 3, True),
                                                (120, 4, False), (300, 5, False), (300, 6, True)])
def test_same_ranking_as_the_reference(n, seed, ties):
    args = library(n, seed, ties)
    assert related.rank_related(*args) == related_reference.rank_related(*args)
