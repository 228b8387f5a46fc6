"""Genre (文体): the closed list in taxonomy/genres.yml and the choice of one genre per article.

The genre is judged from the text, never from the site it came from: cues in the title weigh most,
then cues in the opening and closing sentences, then the structure of the whole (an abstract, a
first-person voice, 同志们, numbered articles of a rule, question-and-answer lines).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .errors import ConfigError, SourceError
from .notices import Notice

GENRES_FILE = Path(__file__).parent / "taxonomy" / "genres.yml"
OPENING_CHARS, CLOSING_CHARS = 400, 300
BODY_CHARS = 2500  # the structure cues of a long text show in its first pages
TITLE_WEIGHT, OPENING_WEIGHT, BODY_WEIGHT = 3.0, 1.5, 0.5
# When nothing speaks for any genre, the likeliest genre of a party-building page.
PRIOR = {"jingyan": 0.6, "xinwen": 0.4, "lilun": 0.3}
# Structural signs: 我 per 1,000 characters from which a text speaks in the first person, and the
# weight of each sign.
FIRST_PERSON_MIN = 5.0
SIGN_WEIGHTS = {"first_person": 0.5, "comrades": 3.0, "event": 3.0, "abstract": 4.0, "question": 2.0}
# The best genre must lead by this much, and score at least DOUBT_FLOOR, or a warning says so.
DOUBT_MARGIN, DOUBT_FLOOR = 0.5, 2.5
# 我 as a speaker (not 我们, 我国, 我市 …): a learning reflection's voice.
FIRST_PERSON_RE = re.compile(r"我(?![们国省市县区乡镇村司局院校厂矿部所行党委支队团])")
EVENT_OPENING_RE = re.compile(
    r"^(?:[^。]{0,30}(?:讯|电)\s*[（(]?[^。]{0,20}[)）]?\s*)?(?:近日|日前|近期|\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月\d{1,2}日|"
    r"\d{1,2}月(?:上|中|下)旬|今年以来|为(?:深入|进一步|切实|扎实|全面|认真))[^。]{0,120}?"
    r"(?:召开|举行|举办|开展|组织|参加|走进|来到|深入|赴|迎来|启动|开班|揭牌|签订|签约|发布|表彰)")
ABSTRACT_RE = re.compile(r"^>\s*\*\*摘要")
NOTE_RE = re.compile(r"^>\s*\*\*注：\*\*.*$", re.M)
HEADING_RE = re.compile(r"^#{1,6}\s+(.+)$", re.M)


@dataclass(frozen=True)
class Genre:
    slug: str
    name: str
    description: str
    title_cues: re.Pattern
    body_cues: re.Pattern


@lru_cache(maxsize=4)
def load_genres(path: Path = GENRES_FILE) -> tuple[Genre, ...]:
    """The closed genre list (read-only, loaded once per process)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise ConfigError(f"{path}: cannot read the genre list: {str(e).splitlines()[0]}")
    out = []
    for i, g in enumerate((data or {}).get("genres") or [], 1):
        try:
            out.append(Genre(g["slug"], g["name"], g["description"], re.compile(g["title"]), re.compile(g["body"], re.M)))
        except (KeyError, TypeError, re.error) as e:
            raise ConfigError(f"{path}: genre {i}: {e}: write slug, name, description, title and body")
    if not out:
        raise ConfigError(f"{path}: genres: the list is empty")
    return tuple(out)


def genre_names() -> dict[str, str]:
    return {g.slug: g.name for g in load_genres()}


def validate_genre(value: str, label: str) -> str:
    """A genre given in a source's metadata: a slug (or its Chinese name) from the list."""
    names = {g.name: g.slug for g in load_genres()}
    slug = names.get(value, value)
    if slug not in genre_names():
        raise SourceError(label, "unknown genre", f"{value!r} 不是文体；可用的文体："
                          + ", ".join(f"{g.slug}（{g.name}）" for g in load_genres()))
    return slug


def _distinct(pattern: re.Pattern, text: str, cap: int) -> int:
    return min(cap, len({m.group(0) for m in pattern.finditer(text)}))


def score_genres(title: str, body: str) -> dict[str, float]:
    """Every genre's score for one article (title and Markdown body)."""
    body = NOTE_RE.sub("", body)  # the library's own notes (a cut-off page) say nothing of the genre
    text = re.sub(r"^(?:#{1,6}\s+|>\s?)", "", body, flags=re.M)
    plain = text.replace("*", "")
    opening, closing = plain[:OPENING_CHARS], plain[-CLOSING_CHARS:]
    heads = "\n".join(HEADING_RE.findall(body))
    sample = plain[:BODY_CHARS] + "\n" + heads
    scores = {}
    for g in load_genres():
        s = PRIOR.get(g.slug, 0.0)
        s += TITLE_WEIGHT * _distinct(g.title_cues, title, 2)
        s += OPENING_WEIGHT * _distinct(g.body_cues, opening + "\n" + closing, 3)
        s += BODY_WEIGHT * _distinct(g.body_cues, sample, 4)
        scores[g.slug] = s
    n = max(min(len(plain), BODY_CHARS), 1)
    first_person = len(FIRST_PERSON_RE.findall(plain, 0, BODY_CHARS)) * 1000 / n
    w = SIGN_WEIGHTS
    if first_person >= FIRST_PERSON_MIN:
        scores["xinde"] += w["first_person"] * min(4.0, first_person)
    if "同志们" in plain:
        scores["jianghua"] += w["comrades"]
    if EVENT_OPENING_RE.search(opening[:200]):
        scores["xinwen"] += w["event"]
    if ABSTRACT_RE.search(body):
        scores["lilun"] += w["abstract"]
    if re.search(r"[？?]\s*$", title):
        scores["zhishi"] += w["question"]
    return scores


def classify_genre(title: str, body: str) -> tuple[str, Notice | None]:
    """The likeliest genre, and a warning when no genre is clear."""
    scores = score_genres(title, body)
    order = {g.slug: i for i, g in enumerate(load_genres())}
    ranked = sorted(scores, key=lambda s: (-scores[s], order[s]))
    best, second = ranked[0], ranked[1]
    if scores[best] < DOUBT_FLOOR or scores[best] - scores[second] < DOUBT_MARGIN:
        names = genre_names()
        return best, Notice("genre-doubtful", f"文体不明确，暂定为“{names[best]}”（其次是“{names[second]}”）；"
                                              f"可在元数据里写 genre: 指定")
    return best, None
