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

from pathlib import Path

import yaml

GENRES_FILE = Path(__file__).resolve().parent.parent / "taxonomy" / "genres.yml"
# The genre list of the genres-and-topics issue, used while taxonomy/genres.yml does not exist;
# the names there win once it does.
FALLBACK_GENRES = {
    "xinwen": "新闻报道", "lilun": "理论研究", "jingyan": "经验交流", "xinde": "心得体会", "diaoyan": "调研报告",
    "jianghua": "讲话发言", "zongjie": "总结述职", "fangan": "方案制度", "zhishi": "知识问答", "pinglun": "评论文章",
}
FACET_CHUNK = 4096
MAX_VALUES = 255  # positions are stored in a byte


def genre_names(path: Path = GENRES_FILE) -> dict[str, str]:
    """slug → name of every genre, in the list's order: from genres.yml when it exists, else FALLBACK_GENRES."""
    if not path.is_file():
        return dict(FALLBACK_GENRES)
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    entries = data.get("genres", data) if isinstance(data, dict) else data
    names: dict[str, str] = {}
    if isinstance(entries, dict):  # slug: name, or slug: {name: …}
        for slug, value in entries.items():
            names[str(slug)] = str(value.get("name", slug) if isinstance(value, dict) else value)
    elif isinstance(entries, list):  # [{slug: …, name: …}, …]
        for entry in entries:
            if isinstance(entry, dict) and "slug" in entry:
                names[str(entry["slug"])] = str(entry.get("name", entry["slug"]))
    return names or dict(FALLBACK_GENRES)


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
