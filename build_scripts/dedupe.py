"""Find articles that repeat one another: exact copies and near copies of the same cleaned text."""
from __future__ import annotations

import re
import unicodedata

import numpy as np
from datasketch import MinHash, MinHashLSH

# Five characters is about two Chinese words: long enough that two unrelated articles on the
# same topic share few shingles, short enough that different junk around the same text barely
# moves the score.
SHINGLE_CHARS = 5
NUM_PERM = 128
SEED = 1
# MinHash.update_batch builds a (shingles x NUM_PERM) matrix; feed it in slices so a 5 MB text
# does not need gigabytes.
BATCH = 20000
LSH_SLACK = 0.8
# Only letters, digits and CJK characters count: punctuation width, Markdown escapes and
# line breaks differ between two scrapes of one article without changing what it says.
NOT_WORD = re.compile(r"[\W_]+")
# Polynomial rolling hash of SHINGLE_CHARS code points, in wrapping uint64 arithmetic.
HASH_BASE = np.uint64(1_000_003)


def normalise_text(text: str) -> str:
    """The text as compared: NFKC, lower case, letters and digits only."""
    return NOT_WORD.sub("", unicodedata.normalize("NFKC", text).lower())


def shingle_hashes(text: str, size: int = SHINGLE_CHARS) -> np.ndarray:
    """Sorted unique 32-bit hashes of every `size`-character run of the normalised text."""
    norm = normalise_text(text)
    if not norm:
        return np.zeros(0, dtype=np.uint64)
    codes = np.frombuffer(norm.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    size = min(size, len(codes))
    count = len(codes) - size + 1
    h = np.zeros(count, dtype=np.uint64)
    for offset in range(size):
        h = h * HASH_BASE + codes[offset:offset + count]
    return np.unique((h ^ (h >> np.uint64(32))) & np.uint64(0xFFFFFFFF))


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard similarity of two sorted unique hash arrays."""
    if not len(a) and not len(b):
        return 1.0
    common = len(np.intersect1d(a, b, assume_unique=True))
    return common / (len(a) + len(b) - common)


def minhash_of(hashes: np.ndarray) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=int)
    for start in range(0, len(hashes), BATCH):
        m.update_batch(hashes[start:start + BATCH].tolist())
    return m


def find_duplicates(items: list[tuple[str, str]], threshold: float = 0.8) -> list[tuple[str, str, float]]:
    """Pairs of items whose cleaned texts are the same article.

    `items` is (source_file, cleaned_text) in library order. Returns (earlier, later, similarity)
    for every pair whose shingle sets have Jaccard similarity >= threshold, earlier and later by
    position in `items`, sorted by that position; similarity 1.0 means the same text.
    MinHash LSH proposes candidate pairs; each candidate is then scored exactly, so the
    result does not depend on hashing luck beyond which pairs are looked at.
    """
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be in (0, 1], not {threshold}")
    hashes = [shingle_hashes(text) for _, text in items]
    # A looser LSH threshold than the one asked for: fewer pairs near the line go unseen, and
    # the exact score below drops the extra candidates.
    lsh = MinHashLSH(threshold=threshold * LSH_SLACK, num_perm=NUM_PERM)
    pairs: set[tuple[int, int]] = set()
    first_by_text: dict[bytes, int] = {}
    for i, h in enumerate(hashes):
        if not len(h):
            continue  # an empty text repeats nothing; the source check reports it
        key = h.tobytes()
        if key in first_by_text:
            pairs.add((first_by_text[key], i))
            continue
        first_by_text[key] = i
        m = minhash_of(h)
        for j in lsh.query(m):
            pairs.add((j, i))
        lsh.insert(i, m)
    found = []
    for i, j in sorted(pairs):
        score = jaccard(hashes[i], hashes[j])
        if score >= threshold:
            found.append((items[i][0], items[j][0], round(score, 3)))
    return found
