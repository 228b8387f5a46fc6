"""The search index of the site and of the offline bundle: the library's full-text index, in small files a page loads per query.

A reader's browser downloads a small manifest, then only the index files of the query's terms and
the display data of the results it shows (overrides/assets/site-search.js), never an index of the
whole library (Material's search_index.json: 3.7 MB compressed at 1,000 articles).

Why not Pagefind: it was the site's search until measured at 10,000 articles, where its first
query for 生产经营 downloaded 616 KB compressed (two index chunks ≈ 395 KB, pf_meta 79 KB, wasm
and JS 93 KB, ten fragments 40 KB; the target is 300 KB), its indexer alone took 5.5 GB of memory
(upstream Pagefind#842; the whole build must fit in 2 GB), it added ≈ 8–11 KB per article to the
site and took 5.3 s to index 1,000 articles. This index is built from the terms the per-article
step already computed (analyzer.py, in the worker processes, cached with each article).

Terms are Chinese character bigrams and ASCII words (analyzer.py). A document matches a
query when it holds every term (AND); it scores Σ idf(term) × impact(term, document), where the
impact, computed here, is BM25's term-frequency part (k1 = 1.2, b = 0.75) plus a bonus when the
term is in the title or a heading, quantised to a byte; equal scores list the newest first.

Files, under <site>/search-index/ (all deterministic: the same library gives the same bytes):

- manifest.json: format, number of documents, of buckets and of documents per shard, the
  genres and topics ([slug, name], see facets.py), and a version (a digest of every other
  file) that the browser appends to their URLs (cache-busting).
- t/<bucket>.bin: the postings of the terms whose hash (FNV-1a over UTF-16 code units, then
  murmur3's finaliser; site-search.js computes the same) falls in that bucket; the number of
  buckets grows with the library so that a file stays a few KB. gzip of: varint term count;
  per term its UTF-8 length, UTF-8 bytes and document count; then every term's document-id
  gaps (varints); then every term's impacts (one byte each). Stored compressed, as Pagefind
  stores its chunks, so the download is the same on any host (GitHub Pages does not compress
  binary types); the browser inflates them with DecompressionStream.
- d/<shard>.bin: gzip of a JSON list of [title, url, date, source, summary] of documents
  shard × size … ; document ids are the library's order (newest first).
- f/<chunk>.bin: gzip of the genre and topics of each document (facets.py).

The offline bundle (bundle.py) adds each file's script form (<file>.js, script_of): a page
opened from file:// cannot fetch files but can load scripts, so there the same search code
loads those, and a query finds the same results in the same order as on the site.

Measured on the bench corpora (bench/out/<n>/source_texts): postings as varints came to 1.25 MB
compressed at 1,000 articles where compact JSON lists came to 1.56 MB (6.5 MB before
compression). The whole index is ≈ 1.4–1.6 KB per article; at 10,000 articles the first search
for 生产经营 (in nearly every article) downloads 43 KB compressed (the search page, its script,
the manifest, three buckets, ten shards), 党务公开 58 KB; writing the index takes ≈ 0.5 s at
1,000 articles and ≈ 4.5 s at 10,000, beside ≈ 1 ms per article of analysis in the workers.
"""
from __future__ import annotations

import base64
import gzip
import hashlib
import json
import math
import os
import shutil
import struct
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from ..website import render
from ..errors import LibraryError
from .analyzer import HEADING, TITLE, Terms, analyze, key_text
from .facets import FACET_CHUNK, facet_chunks, facet_lists, genre_names

FORMAT = 2
INDEX_DIR = "search-index"
# Ranking: BM25's term-frequency saturation and length normalisation, plus field bonuses.
K1, B = 1.2, 0.75
TITLE_BONUS, HEADING_BONUS = 1.5, 0.4
IMPACT_STEP = 1 / 8  # impacts are stored as round(value / step), 1 … 255
# Postings per bucket file on average (≈ 2 bytes each before compression): buckets are a power
# of two, at least MIN_BUCKETS.
POSTINGS_PER_BUCKET = 4096
MIN_BUCKETS = 16
SHARD_SIZE = 8  # documents per display-data file: ten results fetch at most ten small files
POSTINGS_PER_GROUP = 1 << 20  # buckets are built this many postings at a time (memory)
WORD_BASE = 0x10000  # keys of ASCII words: above single characters, below bigrams
BIGRAM_BASE = 0x3400 << 16
GZIP_LEVEL = 6  # level 9: 0.4 % smaller, twice the time
ROW_FIELDS = ("title", "url", "date", "source", "summary")  # a document's display data, in its file
# The function an index file's script form calls (script_of; site-search.js defines it).
SCRIPT_CALLBACK = "__searchShard"


def term_hash(term: str) -> int:
    """FNV-1a (32-bit) over the UTF-16 code units of a term, then murmur3's finaliser."""
    data = term.encode("utf-16-le")
    h = 0x811C9DC5
    for unit in struct.unpack(f"<{len(data) // 2}H", data):
        h = ((h ^ unit) * 0x01000193) & 0xFFFFFFFF
    return _fmix(h)


def _fmix(h: int) -> int:
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & 0xFFFFFFFF
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & 0xFFFFFFFF
    return h ^ (h >> 16)


def _key_hashes(keys: np.ndarray) -> np.ndarray:
    """term_hash of Chinese keys (a character, or a bigram first << 16 | second), vectorised."""
    mask = np.uint64(0xFFFFFFFF)
    k = keys.astype(np.uint64)
    h = np.full(k.shape, 0x811C9DC5, dtype=np.uint64)
    pair = k > 0xFFFF
    first = np.where(pair, k >> np.uint64(16), k)
    h = ((h ^ first) * np.uint64(0x01000193)) & mask
    h = np.where(pair, ((h ^ (k & np.uint64(0xFFFF))) * np.uint64(0x01000193)) & mask, h)
    h ^= h >> np.uint64(16)
    h = (h * np.uint64(0x85EBCA6B)) & mask
    h ^= h >> np.uint64(13)
    h = (h * np.uint64(0xC2B2AE35)) & mask
    h ^= h >> np.uint64(16)
    return h


def varints(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """LEB128 encoding of unsigned values: (bytes, number of bytes of each value)."""
    v = values.astype(np.uint64)
    sizes = np.ones(v.shape, dtype=np.int64)
    for shift in (7, 14, 21, 28):
        sizes += v >= (1 << shift)
    out = np.zeros(int(sizes.sum()), dtype=np.uint8)
    starts = np.cumsum(sizes) - sizes
    for j in range(5):
        sel = sizes > j
        if not sel.any():
            break
        byte = (v[sel] >> np.uint64(7 * j)) & np.uint64(0x7F)
        more = (sizes[sel] > j + 1).astype(np.uint64) << np.uint64(7)
        out[starts[sel] + j] = (byte | more).astype(np.uint8)
    return out, sizes


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def impacts(terms: Terms, counts: np.ndarray, flags: np.ndarray, avg_length: float) -> np.ndarray:
    """BM25's term-frequency part of each term of a document plus its field bonuses, as bytes."""
    tf = counts.astype(np.float64)
    norm = K1 * (1 - B + B * terms.length / avg_length)
    value = tf * (K1 + 1) / (tf + norm)
    value += np.where(flags & TITLE, TITLE_BONUS, 0.0) + np.where(flags & HEADING, HEADING_BONUS, 0.0)
    return np.clip(np.rint(value / IMPACT_STEP), 1, 255).astype(np.uint8)


def bucket_count(postings: int) -> int:
    return max(MIN_BUCKETS, 1 << max(0, math.ceil(math.log2(max(1, postings / POSTINGS_PER_BUCKET)))))


def doc_row(article, entry) -> list:
    """What a result shows: title, URL (from the site root), date, source, summary."""
    return [article.title, f"articles/{article.slug}/", article.date or "", entry.source, entry.summary]


def _pack(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0)


def build_index(rows: list[list], all_terms: list[Terms], facets: tuple[list, list, list[bytes]] | None = None) -> dict[str, bytes]:
    """Every file of the index (path under search-index/ → bytes), for documents in id order.

    facets: (genre list, topic list, uncompressed facet chunks) as facets.py makes them.

    Each document's postings are first sorted by (bucket, term); the buckets are then built a
    group at a time from those sorted runs, so memory holds one group's postings, not the whole
    library's (≈ 15 million postings at 10,000 articles). Compression runs on every core.
    """
    n = len(all_terms)
    words = sorted(set().union(*(t.words for t in all_terms)))
    word_key = {w: i for i, w in enumerate(words)}
    word_hashes = np.array([term_hash(w) for w in words], dtype=np.uint64)
    avg_length = max(1.0, sum(t.length for t in all_terms) / max(1, n))
    total = sum(t.keys.size + len(t.words) for t in all_terms)
    buckets = bucket_count(total)
    groups = min(buckets, 1 << max(0, math.ceil(math.log2(max(1, total / POSTINGS_PER_GROUP)))))
    edges = (np.arange(groups + 1, dtype=np.uint64) * np.uint64(buckets // groups)) << np.uint64(32)
    mask = np.uint64(buckets - 1)
    runs, weights, cuts = [], [], np.zeros((n, groups + 1), dtype=np.int64)
    for d, t in enumerate(all_terms):
        ids = np.fromiter((word_key[w] for w in t.words), np.int64, len(t.words))
        keys = np.concatenate([t.keys.astype(np.uint64), (ids + WORD_BASE).astype(np.uint64)])
        hashes = np.concatenate([_key_hashes(t.keys), word_hashes[ids]])
        composite = ((hashes & mask) << np.uint64(32)) | keys  # bucket, then term
        weight = impacts(t, np.concatenate([t.counts, np.asarray(t.word_counts, dtype=np.uint16)]),
                         np.concatenate([t.flags, np.asarray(t.word_flags, dtype=np.uint8)]), avg_length)
        order = np.argsort(composite)
        runs.append(composite[order])
        weights.append(weight[order])
        cuts[d] = np.searchsorted(runs[-1], edges)

    files: dict[str, bytes] = {}
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:  # zlib runs outside the GIL
        packed = {}
        for g in range(groups):
            for b, data in _bucket_files(g * (buckets // groups), (g + 1) * (buckets // groups),
                                         runs, weights, cuts[:, g], cuts[:, g + 1], words):
                packed[f"t/{b}.bin"] = pool.submit(_pack, data)
        for s in range(0, n, SHARD_SIZE):
            data = json.dumps(rows[s:s + SHARD_SIZE], ensure_ascii=False, separators=(",", ":"))
            packed[f"d/{s // SHARD_SIZE}.bin"] = pool.submit(_pack, data.encode("utf-8"))
        genre_list, topic_list, chunks = facets or ([], [], [])
        for c, data in enumerate(chunks):
            packed[f"f/{c}.bin"] = pool.submit(_pack, data)
        files = {name: future.result() for name, future in packed.items()}
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + hashlib.sha256(files[name]).digest())
    manifest = {"format": FORMAT, "docs": n, "buckets": buckets, "shard": SHARD_SIZE,
                "facetChunk": FACET_CHUNK, "genres": genre_list, "topics": topic_list,
                "version": digest.hexdigest()[:16]}
    files["manifest.json"] = json.dumps(manifest, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
    return files


def _bucket_files(first_bucket: int, end_bucket: int, runs: list, weights: list, starts: np.ndarray,
                  ends: np.ndarray, words: list[str]):
    """(bucket, uncompressed bytes) of buckets first_bucket … end_bucket - 1, from each document's sorted run."""
    sizes = ends - starts
    composite = np.concatenate([r[a:e] for r, a, e in zip(runs, starts, ends)] or [np.zeros(0, np.uint64)])
    weight = np.concatenate([w[a:e] for w, a, e in zip(weights, starts, ends)] or [np.zeros(0, np.uint8)])
    doc = np.repeat(np.arange(len(runs), dtype=np.uint32), sizes)
    order = np.argsort(composite, kind="stable")  # documents were appended in id order: they stay so per term
    composite, weight, doc = composite[order], weight[order], doc[order]
    del order
    total = composite.size
    term_start = np.flatnonzero(np.r_[True, composite[1:] != composite[:-1]]) if total else np.zeros(0, np.int64)
    term_end = np.r_[term_start[1:], total].astype(np.int64)
    term_key = (composite[term_start] & np.uint64(0xFFFFFFFF)).astype(np.int64)
    term_bucket = (composite[term_start] >> np.uint64(32)).astype(np.int64)
    del composite
    # document-id gaps, restarting at each term (the first gap is the id + 1)
    previous = np.empty(total, dtype=np.int64)
    previous[1:] = doc[:-1]
    previous[term_start] = -1
    gap_bytes, gap_sizes = varints(doc.astype(np.int64) - previous)
    del previous, doc
    gap_offsets = np.r_[0, np.cumsum(gap_sizes)]
    bucket_terms = np.searchsorted(term_bucket, np.arange(first_bucket, end_bucket + 1))
    for b in range(first_bucket, end_bucket):
        first, last = bucket_terms[b - first_bucket], bucket_terms[b - first_bucket + 1]
        head = bytearray(_varint(int(last - first)))
        for i in range(first, last):
            key = int(term_key[i])
            raw = (words[key - WORD_BASE] if key < BIGRAM_BASE and key >= WORD_BASE else key_text(key)).encode("utf-8")
            head += _varint(len(raw)) + raw + _varint(int(term_end[i] - term_start[i]))
        if last > first:
            p0, p1 = int(term_start[first]), int(term_end[last - 1])
            head += gap_bytes[gap_offsets[p0]:gap_offsets[p1]].tobytes() + weight[p0:p1].tobytes()
        yield b, bytes(head)


def write_index(out_dir: Path, articles: list, entries: dict, terms_by_source: dict, taxonomy=None) -> dict:
    """Write the index of `articles` (newest first: their order is the document ids) into out_dir.

    terms_by_source: source_file → analyzer.Terms computed by the per-article step; an article
    without (e.g. a cache entry of older code) is analysed here. taxonomy: the topics' names for
    the search page's filters (without it, a topic is shown by its slug). Returns counts and sizes.
    """
    all_terms = [terms_by_source.get(a.source_file) or analyze(a) for a in articles]
    rows = [doc_row(a, entries.get(a.slug) or render.make_entry(a)) for a in articles]
    topic_names = {t.slug: t.name for t in taxonomy.topics} if taxonomy else {}
    genre_list, topic_list = facet_lists(articles, topic_names, genre_names())
    files = build_index(rows, all_terms, (genre_list, topic_list, facet_chunks(articles, genre_list, topic_list)))
    if out_dir.exists():
        shutil.rmtree(out_dir)
    for sub in ("t", "d", "f"):
        (out_dir / sub).mkdir(parents=True)
    for name, data in files.items():
        (out_dir / name).write_bytes(data)
    return {"documents": len(articles), "files": len(files), "bytes": sum(len(d) for d in files.values())}


def script_of(name: str, data: bytes) -> bytes:
    """An index file as a script, for pages opened from file://, which cannot fetch files but can
    load scripts: it hands the file's bytes (base64) to the search page (site-search.js)."""
    return (f"{SCRIPT_CALLBACK}({json.dumps(name)},\"".encode() + base64.b64encode(data) + b'");\n')


def install(index_dir: Path, site_dir: Path) -> None:
    """Move the index written by write_index into a built site (site_dir/search-index/)."""
    if not (index_dir / "manifest.json").is_file():
        raise LibraryError(f"{index_dir}: the search index was not written; run the build again")
    target = site_dir / INDEX_DIR
    if target.exists():
        shutil.rmtree(target)
    shutil.move(str(index_dir), str(target))
