"""Genre and topics of every indexed document: what the search page narrows by, and counts.

The search page shows, beside the results of a query, how many of them are of each genre and
each topic, and narrows the list to one of each (?genre=…&topic=…). The counts must cover every
result, not only the ten shown, yet a reader must not download an index of the whole library:
so each document's facets are one to four bytes in f/<chunk>.bin, a file per FACET_CHUNK
documents (by id), and a query loads only the chunks its results fall in — for a query found in
nearly every article of 10,000, three files of ≈ 8 KB compressed.

A chunk file is gzip of, per document in id order: its genre (0 = none, else 1 + the genre's
position in the manifest's list), its number of topics, and each topic's position in the
manifest's topic list (one byte each).
"""
from __future__ import annotations

from ..genres import load_genres

FACET_CHUNK = 4096
MAX_VALUES = 255  # positions are stored in a byte


def genre_names() -> dict[str, str]:
    """slug → name of every genre, in the order of taxonomy/genres.yml."""
    return {g.slug: g.name for g in load_genres()}


def facet_lists(articles: list, topic_names: dict[str, str], genres: dict[str, str]) -> tuple[list, list]:
    """([slug, name] of each genre, of each topic): the known ones in their list's order, then any
    other value an article carries, sorted (its slug stands for its name)."""
    used_genres = {g for a in articles if (g := getattr(a, "genre", None))}
    used_topics = {t for a in articles for t in a.topics}
    genre_list = [[s, n] for s, n in genres.items()] + [[s, s] for s in sorted(used_genres - genres.keys())]
    topic_list = [[s, n] for s, n in topic_names.items()] + [[s, s] for s in sorted(used_topics - topic_names.keys())]
    if len(genre_list) > MAX_VALUES or len(topic_list) > MAX_VALUES:
        raise ValueError(f"more than {MAX_VALUES} genres or topics: the search index stores each in a byte")
    return genre_list, topic_list


def facet_chunks(articles: list, genre_list: list, topic_list: list) -> list[bytes]:
    """The uncompressed f/<chunk>.bin of `articles` (in document-id order), FACET_CHUNK documents each."""
    genre_at = {slug: i + 1 for i, (slug, _name) in enumerate(genre_list)}
    topic_at = {slug: i for i, (slug, _name) in enumerate(topic_list)}
    chunks = []
    for start in range(0, len(articles), FACET_CHUNK):
        out = bytearray()
        for a in articles[start:start + FACET_CHUNK]:
            topics = [topic_at[t] for t in a.topics][:MAX_VALUES]
            out += bytes([genre_at.get(getattr(a, "genre", None), 0), len(topics), *topics])
        chunks.append(bytes(out))
    return chunks


def read_chunk(data: bytes) -> list[tuple[int, list[int]]]:
    """An uncompressed chunk → (genre number, topic positions) of each of its documents."""
    out, pos = [], 0
    while pos < len(data):
        genre, count = data[pos], data[pos + 1]
        out.append((genre, list(data[pos + 2:pos + 2 + count])))
        pos += 2 + count
    return out
