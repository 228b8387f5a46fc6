"""Reading the search index back, ranking as the search page does (overrides/assets/site-search.js): for tests and the benchmark."""
from __future__ import annotations

import gzip
import json
import math
from pathlib import Path

from .analyzer import query_terms
from .facets import read_chunk
from .index import ROW_FIELDS, term_hash


def _read_varint(data: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, pos


def read_bucket(data: bytes) -> dict[str, tuple[list[int], list[int]]]:
    """A bucket file → {term: (document ids, impacts)}."""
    data = gzip.decompress(data)
    count, pos = _read_varint(data, 0)
    heads = []
    for _ in range(count):
        size, pos = _read_varint(data, pos)
        term = data[pos:pos + size].decode("utf-8")
        df, pos = _read_varint(data, pos + size)
        heads.append((term, df))
    postings = {}
    for term, df in heads:
        docs, previous = [], -1
        for _ in range(df):
            gap, pos = _read_varint(data, pos)
            previous += gap
            docs.append(previous)
        postings[term] = docs
    out = {}
    for term, df in heads:
        out[term] = (postings[term], list(data[pos:pos + df]))
        pos += df
    return out


def search(index_dir: Path, query: str, genre: str | None = None, topic: str | None = None) -> list[dict]:
    """Every result of a query, best first, as the search page ranks them, narrowed to a genre
    and a topic when given: [{title, url, date, source, summary, score, genre, topics}]."""
    manifest = json.loads((index_dir / "manifest.json").read_text(encoding="utf-8"))
    n, terms = manifest["docs"], query_terms(query)
    if not terms:
        return []
    scores: dict[int, float] = {}
    for i, term in enumerate(terms):
        bucket = read_bucket((index_dir / "t" / f"{term_hash(term) & (manifest['buckets'] - 1)}.bin").read_bytes())
        docs, imps = bucket.get(term, ([], []))
        idf = math.log(1 + (n - len(docs) + 0.5) / (len(docs) + 0.5))
        found = {d: scores.get(d, 0.0) + idf * w for d, w in zip(docs, imps) if i == 0 or d in scores}
        scores = found
    ranked = sorted(scores, key=lambda d: (-scores[d], d))
    facets = document_facets(index_dir, manifest, ranked)
    ranked = [d for d in ranked if (genre is None or facets[d][0] == genre) and (topic is None or topic in facets[d][1])]
    shard, shards, results = manifest["shard"], {}, []
    for d in ranked:
        if d // shard not in shards:
            shards[d // shard] = json.loads(gzip.decompress((index_dir / "d" / f"{d // shard}.bin").read_bytes()))
        results.append(dict(zip(ROW_FIELDS, shards[d // shard][d % shard]), score=scores[d],
                            genre=facets[d][0], topics=facets[d][1]))
    return results


def document_facets(index_dir: Path, manifest: dict, docs) -> dict[int, tuple[str | None, list[str]]]:
    """document id → (genre slug or None, topic slugs) of `docs`, from the facet chunks they fall in."""
    size, genres, topics = manifest["facetChunk"], manifest["genres"], manifest["topics"]
    out, chunks = {}, {}
    for d in docs:
        if d // size not in chunks:
            chunks[d // size] = read_chunk(gzip.decompress((index_dir / "f" / f"{d // size}.bin").read_bytes()))
        genre, topic_ids = chunks[d // size][d % size]
        out[d] = (genres[genre - 1][0] if genre else None, [topics[t][0] for t in topic_ids])
    return out


def documents(index_dir: Path) -> list[dict]:
    """Every document of an index, in id order: {title, url, date, source, summary}."""
    manifest = json.loads((index_dir / "manifest.json").read_text(encoding="utf-8"))
    rows = []
    for shard in range(math.ceil(manifest["docs"] / manifest["shard"])):
        rows += json.loads(gzip.decompress((index_dir / "d" / f"{shard}.bin").read_bytes()))
    return [dict(zip(ROW_FIELDS, row)) for row in rows]
