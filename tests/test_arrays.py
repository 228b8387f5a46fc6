"""The sorting replacement for np.unique gives what np.unique gives (the search index and the topic and genre
lookups depend on the values, their order and their counts)."""
from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from build_scripts.arrays import distinct, distinct_counts

DTYPES = [np.uint32, np.uint64, np.int64]


@given(st.lists(st.integers(0, 60), max_size=300), st.sampled_from(DTYPES))
def test_distinct_is_np_unique(values, dtype):
    a = np.array(values, dtype=dtype)
    expected = np.unique(a)
    got = distinct(a)
    assert got.dtype == expected.dtype and np.array_equal(got, expected)


@given(st.lists(st.integers(0, 60), max_size=300), st.sampled_from(DTYPES))
def test_distinct_counts_is_np_unique_with_counts(values, dtype):
    a = np.array(values, dtype=dtype)
    keys, counts = np.unique(a, return_counts=True)
    got_keys, got_counts = distinct_counts(a)
    assert got_keys.dtype == keys.dtype and np.array_equal(got_keys, keys)
    assert np.array_equal(got_counts, counts) and int(got_counts.sum()) == len(values)
