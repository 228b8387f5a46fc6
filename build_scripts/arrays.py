"""Sorted distinct values of integer arrays, as np.unique gives them, by sorting.

np.unique hashes first on integer arrays (numpy 2), which takes several times as long on the few thousand codes of
one article as sorting them; the result is the same (sorted, the same dtype).
"""
from __future__ import annotations

import numpy as np


def distinct(codes: np.ndarray) -> np.ndarray:
    """np.unique(codes)."""
    codes = np.sort(codes)
    return codes[np.concatenate(([True], codes[1:] != codes[:-1]))] if len(codes) else codes


def distinct_counts(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """np.unique(codes, return_counts=True)."""
    codes = np.sort(codes)
    if not len(codes):
        return codes, np.zeros(0, dtype=np.intp)
    starts = np.flatnonzero(np.concatenate(([True], codes[1:] != codes[:-1])))
    return codes[starts], np.diff(np.append(starts, len(codes)))
