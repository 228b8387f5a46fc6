"""Find articles that repeat one another: exact copies and near copies of the same cleaned text."""
from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass

import numpy as np

from .arrays import distinct
from .normal_form import nfkc

# Five characters is about two Chinese words: long enough that two unrelated articles on the
# same topic share few shingles, short enough that different junk around the same text barely
# moves the score.
SHINGLE_CHARS = 5
NUM_PERM = 128
SEED = 1
LSH_SLACK = 0.8
# Only letters, digits and CJK characters count: punctuation width, Markdown escapes and
# line breaks differ between two scrapes of one article without changing what it says.
NOT_WORD = re.compile(r"[\W_]+")
# Polynomial rolling hash of SHINGLE_CHARS code points, in wrapping uint64 arithmetic.
HASH_BASE = np.uint64(1_000_003)


def normalise_text(text: str) -> str:
    """The text as compared: NFKC, lower case, letters and digits only."""
    return NOT_WORD.sub("", nfkc(text).lower())


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
    return distinct((h ^ (h >> np.uint64(32))) & np.uint64(0xFFFFFFFF))


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard similarity of two sorted unique hash arrays."""
    if not len(a) and not len(b):
        return 1.0
    common = len(np.intersect1d(a, b, assume_unique=True))
    return common / (len(a) + len(b) - common)


@functools.lru_cache(maxsize=1)
def _permutations() -> np.ndarray:
    """The NUM_PERM affine permutations h -> a*h + b (mod 2^32), as rows a and b: the draw of
    datasketch's MinHash(num_perm=NUM_PERM, seed=SEED) in its "affine32" scheme, so signatures keep
    the values they had when datasketch computed them. An odd a makes each map a bijection."""
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    permutations = np.array([a, b])
    permutations.setflags(write=False)
    return permutations


@functools.lru_cache(maxsize=None)
def band_shape(threshold: float, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """The LSH bands (count, rows per band) for a Jaccard threshold: the shape that minimises the
    sum of the false-positive area below the threshold and the false-negative area above it under
    the banding S-curve 1 - (1 - s^rows)^bands, as in Mining of Massive Datasets, chapter 3 (and
    datasketch's MinHashLSH, whose scipy import cost every build half a second of CPU)."""
    below, above = np.linspace(0.0, threshold, 2001), np.linspace(threshold, 1.0, 2001)
    best, shape = float("inf"), (0, 0)
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            false_positive = np.trapezoid(1.0 - (1.0 - below ** rows) ** bands, below)
            false_negative = np.trapezoid((1.0 - above ** rows) ** bands, above)
            if false_positive + false_negative < best:
                best, shape = false_positive + false_negative, (bands, rows)
    return shape


@dataclass(frozen=True)
class Signature:
    """What duplicate detection needs of one text; computed once (in a build worker) and cached with it."""

    digest: bytes  # sha256 of the shingle hashes: texts that compare equal have equal digests
    hashvalues: np.ndarray | None  # the MinHash of the shingles (uint32); None for a text with no letters


# MurmurHash3's 32-bit finalizer, with which each input hash is mixed before the permutations (as in
# datasketch's "affine32" scheme)
# (shift, multiplier, shift, multiplier, shift).
FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))
# Rows of the (shingles x NUM_PERM) matrix computed at once by affine32_minhash.
AFFINE_ROWS = 4096


def affine32_minhash(hashes: np.ndarray, permutations: np.ndarray) -> np.ndarray:
    """The MinHash of a set of 32-bit hashes: for each permutation, the least permuted mixed hash
    (the values datasketch's MinHash.update_batch gives in its "affine32" scheme)."""
    a, b = permutations
    s1, m1, s2, m2, s3 = FMIX32
    out = np.full(len(a), np.uint32(0xFFFFFFFF), dtype=np.uint32)
    for start in range(0, len(hashes), AFFINE_ROWS):
        h = hashes[start:start + AFFINE_ROWS].astype(np.uint32)
        h ^= h >> s1
        h *= m1
        h ^= h >> s2
        h *= m2
        h ^= h >> s3
        np.minimum(out, (h[:, None] * a + b).min(axis=0), out=out)
    return out


def signature_of(text: str) -> Signature:
    hashes = shingle_hashes(text)
    if not len(hashes):
        return Signature(b"", None)
    values = affine32_minhash(hashes, _permutations())
    return Signature(hashlib.sha256(hashes.tobytes()).digest(), values)


def find_duplicates(items: list[tuple[str, str]], threshold: float = 0.8,
                    signatures: list[Signature] | None = None, known: dict | None = None,
                    scored: dict | None = None) -> list[tuple[str, str, float]]:
    """Pairs of items whose cleaned texts are the same article.

    `items` is (source_file, cleaned_text) in library order. Returns (earlier, later, similarity)
    for every pair whose shingle sets have Jaccard similarity >= threshold, earlier and later by
    position in `items`, sorted by that position; similarity 1.0 means the same text.
    MinHash LSH proposes candidate pairs; each candidate is then scored exactly, so the
    result does not depend on hashing luck beyond which pairs are looked at. `signatures`,
    when given, are signature_of(text) of each item, so that a rebuild need not hash every text
    again; only the candidates' shingles are then computed. `known` maps (digest, digest) of a
    pair of texts to its exact score from an earlier run (a digest names a shingle set, so the
    score is the same); every score used in this run is recorded into `scored`.
    """
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be in (0, 1], not {threshold}")
    if signatures is None:
        signatures = [signature_of(text) for _, text in items]
    # A looser LSH threshold than the one asked for: fewer pairs near the line go unseen, and
    # the exact score below drops the extra candidates.
    bands, rows = band_shape(threshold * LSH_SLACK)
    buckets: list[dict[bytes, list[int]]] = [{} for _ in range(bands)]
    pairs: set[tuple[int, int]] = set()
    first_by_text: dict[bytes, int] = {}
    sketches: dict[int, np.ndarray] = {}
    for i, sig in enumerate(signatures):
        if sig.hashvalues is None:
            continue  # an empty text repeats nothing; the source check reports it
        if sig.digest in first_by_text:
            pairs.add((first_by_text[sig.digest], i))
            continue
        first_by_text[sig.digest] = i
        m = sig.hashvalues
        # An earlier text that agrees with this one on every row of some band is a candidate.
        keys = [m[k * rows:(k + 1) * rows].tobytes() for k in range(bands)]
        candidates = {j for key, bucket in zip(keys, buckets) for j in bucket.get(key, ())}
        for j in sorted(candidates):
            # Score exactly only what the sketches say may reach the line (the LSH bands let
            # through many pairs far below it).
            if np.count_nonzero(m == sketches[j]) / NUM_PERM >= threshold * LSH_SLACK:
                pairs.add((j, i))
        for key, bucket in zip(keys, buckets):
            bucket.setdefault(key, []).append(i)
        sketches[i] = m
    shingles: dict[int, np.ndarray] = {}

    def hashes_of(i: int) -> np.ndarray:
        if i not in shingles:
            shingles[i] = shingle_hashes(items[i][1])
        return shingles[i]

    found = []
    for i, j in sorted(pairs):
        key = (signatures[i].digest, signatures[j].digest)
        score = known.get(key) if known else None
        if score is None:
            score = jaccard(hashes_of(i), hashes_of(j))
        if scored is not None:
            scored[key] = score
        if score >= threshold:
            found.append((items[i][0], items[j][0], round(score, 3)))
    return found
