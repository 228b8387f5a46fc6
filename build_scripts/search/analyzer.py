"""Text → search terms, for the search index of the site and the offline bundle (index.py).

Chinese is written without spaces, so, like Lucene's CJKAnalyzer, every two consecutive Chinese
characters are a term (overlapping bigrams: 生产经营 → 生产 产经 经营), and every run of ASCII
letters and digits is a word. Text is NFKC-normalised and lowercased first (full-width ＡＢ１２
→ ab12). A query is analysed the same way in the browser (overrides/assets/site-search.js; keep
the two in step), and an article matches when it holds every term of the query.

A single Chinese character (a query of one character, or one standing alone between
punctuation) is a term only where it appears in an article's title: indexing every character
of the text as well would add about a third to the index (≈540 distinct characters per article
beside ≈1,560 bigrams), so a one-character query searches titles only, and the search page
says so.

What is indexed is what a reader sees as the article's text: its title, its abstract (when the
page shows it: not when it repeats the first paragraph), its headings and body. The page's
other blocks (topic chips, keywords, related articles, the note on a truncated page) are added
by the site's templates and are not part of these fields, so they are never indexed.

This runs in the per-article worker step (pipeline.load_one) and its result is cached with the
article (cache.py fingerprints this file); the corpus-wide part (ranking weights, files) is
index.py.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from ..arrays import distinct_counts
from ..normal_form import nfkc
from ..topics import headings_of, plain_text

# Chinese characters of the Basic Multilingual Plane: CJK Extension A, the Unified Ideographs,
# the compatibility ideographs. A bigram key (first << 16 | second) then fits in 32 bits and is
# at least 0x3400 << 16, above every single-character key (its code point, below 0x10000).
CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
WORD_RE = re.compile(r"[0-9a-z]+")
MAX_WORD = 32  # longer runs of letters and digits (hashes, pasted URLs) are not words a reader types
# Markdown link and image targets are not text a reader sees.
LINK_TARGET_RE = re.compile(r"\]\([^)\n]*\)")
MAX_COUNT = 0xFFFF
TITLE, HEADING = 1, 2  # flags of a term


@dataclass
class Terms:
    """One article's terms: Chinese bigrams and title characters as keys, ASCII words as strings."""

    keys: np.ndarray  # uint32, ascending: a bigram is first << 16 | second, a title character its code point
    counts: np.ndarray  # uint16: occurrences in the whole text (title included)
    flags: np.ndarray  # uint8: TITLE | HEADING where the term occurs there
    words: list[str]  # ASCII words, sorted
    word_counts: list[int]
    word_flags: list[int]
    length: int  # number of terms in the text (bigrams and words), for length normalisation


def normalise(text: str) -> str:
    return nfkc(text).lower()


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


def _is_cjk(points: np.ndarray) -> np.ndarray:
    mask = np.zeros(points.shape, dtype=bool)
    for low, high in CJK_RANGES:
        mask |= (points >= low) & (points <= high)
    return mask


def bigram_keys(text: str) -> np.ndarray:
    """Every pair of consecutive Chinese characters of normalised text, as uint32 keys, in text order."""
    points = _code_points(text)
    if points.size < 2:
        return np.zeros(0, dtype=np.uint32)
    cjk = _is_cjk(points)
    pair = cjk[:-1] & cjk[1:]
    return (points[:-1][pair] << np.uint32(16)) | points[1:][pair]


def char_keys(text: str) -> np.ndarray:
    """The Chinese characters of normalised text, as uint32 keys (their code points)."""
    points = _code_points(text)
    return points[_is_cjk(points)]


def held_in(keys: np.ndarray, terms: np.ndarray) -> np.ndarray:
    """np.isin(keys, terms) for ascending distinct keys: one sorted lookup of the terms (np.isin sorts both arrays
    together, about five times as long on an article's keys)."""
    held = np.zeros(keys.size, dtype=bool)
    if keys.size and terms.size:
        at = np.minimum(np.searchsorted(keys, terms), keys.size - 1)
        held[at[keys[at] == terms]] = True
    return held


def words_of(text: str) -> list[str]:
    return [w for w in WORD_RE.findall(text) if len(w) <= MAX_WORD]


def key_text(key: int) -> str:
    """The term a Chinese key stands for."""
    key = int(key)
    return chr(key) if key < 0x10000 else chr(key >> 16) + chr(key & 0xFFFF)


def article_fields(article, body_text: str | None = None) -> tuple[str, str, str]:
    """(title, headings, text) of an article as a reader sees them; text holds the title and headings too.

    body_text: plain_text(article.body) when the caller has it (topics.zone_texts' body), the text itself when
    the body has no link target to drop."""
    markdown = LINK_TARGET_RE.sub("]", article.body or "")
    body = body_text if body_text is not None and markdown == (article.body or "") else plain_text(markdown)
    parts = [article.title or ""]
    summary = "".join((article.summary or "").split()).rstrip("…")  # str.split: the spaces re's \s matches
    if summary and summary[:60] not in "".join(body.split()):
        parts.append(article.summary)  # an abstract the page shows above the text
    parts.append(body)
    headings = "\n".join(headings_of(markdown))
    return article.title or "", headings, "\n".join(parts)


def analyze(article, body_text: str | None = None) -> Terms:
    """The terms of one article: its title, shown abstract, headings and body (body_text: see article_fields)."""
    title, headings, text = (normalise(t) for t in article_fields(article, body_text))
    keys, counts = distinct_counts(bigram_keys(text))
    title_chars, title_char_counts = distinct_counts(char_keys(title))
    flags = np.where(held_in(keys, bigram_keys(title)), TITLE, 0) | np.where(held_in(keys, bigram_keys(headings)), HEADING, 0)
    length = int(counts.sum())
    # title characters first: their keys are all below the bigrams', so the result stays sorted
    keys = np.concatenate([title_chars, keys]).astype(np.uint32)
    counts = np.minimum(np.concatenate([title_char_counts, counts]), MAX_COUNT).astype(np.uint16)
    flags = np.concatenate([np.full(title_chars.size, TITLE), flags]).astype(np.uint8)
    word_counts = Counter(words_of(text))
    in_title, in_headings = set(words_of(title)), set(words_of(headings))
    words = sorted(word_counts)
    length += sum(word_counts.values())
    return Terms(
        keys, counts, flags, words, [min(word_counts[w], MAX_COUNT) for w in words],
        [(TITLE if w in in_title else 0) | (HEADING if w in in_headings else 0) for w in words], length,
    )


def query_terms(query: str) -> list[str]:
    """The terms of a query, in order, without repeats (what site-search.js computes in the browser)."""
    text = normalise(query)
    terms: list[str] = []
    for run in re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[0-9a-z]+", text):
        if run[0].isascii():
            found = [run] if len(run) <= MAX_WORD else []
        elif len(run) == 1:
            found = [run]
        else:
            found = [run[i:i + 2] for i in range(len(run) - 1)]
        terms += [t for t in found if t not in terms]
    return terms
