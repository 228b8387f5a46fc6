"""Taxonomy load and validation, topic assignment, keywords and related articles."""
from __future__ import annotations

import functools
import hashlib
import html
import marshal
import math
import os
import re
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import yaml

from .errors import ConfigError, SourceError

TAXONOMY_DIR = Path(__file__).parent / "taxonomy"
TOPICS_FILE = TAXONOMY_DIR / "topics.yml"
USERDICT_FILE = TAXONOMY_DIR / "userdict.txt"
SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")

# Where a term counts more: a topic named in the title says more than one named in passing.
ZONE_WEIGHTS = {"title": 7.0, "headings": 3.0, "keywords": 4.0, "summary": 2.0, "body": 2.0}
MAX_TOPICS = 4  # given in metadata
MAX_AUTO_TOPICS = 3  # assigned by the build
# A topic is assigned only when the article is about it: named in the title or a heading, or its
# terms recur in the body. Below MIN_TOPIC_SCORE an article gets no topic (and a warning).
MIN_TOPIC_SCORE = 7.0
# A further topic must score at least this share of the best one (an article is about one or two
# things; a term named in passing is not a topic). These numbers were tuned on the dev two-thirds
# of the real-page evaluation set (eval/: `make eval`), never on the seeds.
SECONDARY_SHARE = 0.75
MIN_SECONDARY_SCORE = 7.0

MIN_KEYWORDS, MAX_KEYWORDS = 3, 8
# Words jieba's general IDF ranks high in any party-building text but that tell a reader nothing.
KEYWORD_STOPWORDS = frozenset(
    """
    工作 开展 进行 通过 加强 推进 推动 提升 提高 实现 发挥 促进 需要 能够 可以 以及 进一步 不断 积极
    方面 问题 情况 过程 作用 重要 主要 相关 一定 一些 这种 这一 其中 同时 因此 所以 但是 如果 然后
    我们 他们 自己 企业 单位 部门 公司 方式 方法 内容 水平 能力 意识 活动 要求 发展 建设 组织 坚持
    全面 有效 充分 切实 深入 各项 各级 广大 一是 二是 三是 四是 首先 其次 最后 综上所述 本文
    党员 党组织 党建 党建工作 党的建设 基层 企业党建 党委
    深度 树立 创建 路径 途径 措施 举措 实践 探索 思考 研究 分析 现状 对策 策略 新局面 落实 到位
    确保 保证 保障 形成 相应 必须 有关 当前 目前 新时代 员工
    """.split()
)
# The opening of an article names its subject, so a long one is not segmented in full for its
# keywords: 2,500 characters (about five paragraphs) give the five seeds the same keywords as 4,000 did.
FEATURE_CHARS = 2500
SIMILARITY_TERMS = 40  # per article, the top TF-IDF terms kept for text similarity
COMMON_TERM_SHARE = 0.2  # a term in more than this share of articles says little about similarity
MIN_RELATED, MAX_RELATED = 3, 5
TOPIC_SHARE_WEIGHT = 0.5  # related score = cosine(text) + this × Jaccard(topics)

_HEADING_RE = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$", re.M)
_ESCAPE_RE = re.compile(r"\\(.)")


@dataclass(frozen=True)
class Topic:
    slug: str
    name: str
    description: str
    terms: tuple[str, ...]


@dataclass
class Taxonomy:
    topics: list[Topic]

    def by_slug(self) -> dict[str, Topic]:
        return {t.slug: t for t in self.topics}


@dataclass
class Features:
    """What the site stage knows about one article's text, computed once (in a worker)."""

    keywords: list[str] = field(default_factory=list)
    vector: dict[str, float] = field(default_factory=dict)  # top TF-IDF terms, L2-normalised


def load_taxonomy(path: Path = TOPICS_FILE) -> Taxonomy:
    """Read and validate the committed topic list; raise ConfigError naming the file and entry."""
    label = str(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{label}: missing: the topic list is needed to build the site")
    except yaml.YAMLError as e:
        raise ConfigError(f"{label}: invalid YAML: {str(e).splitlines()[0]}")
    if not isinstance(data, dict) or not isinstance(data.get("topics"), list):
        raise ConfigError(f"{label}: topics: write 'topics:' as a list of entries with slug, name, description, terms")
    topics, seen = [], set()
    for i, entry in enumerate(data["topics"], 1):
        where = f"{label}: topic {i}"
        if not isinstance(entry, dict):
            raise ConfigError(f"{where}: write each topic as slug, name, description, terms")
        missing = [k for k in ("slug", "name", "description", "terms") if not entry.get(k)]
        if missing:
            raise ConfigError(f"{where}: missing {', '.join(missing)}")
        slug = str(entry["slug"])
        if not SLUG_RE.match(slug):
            raise ConfigError(f"{where}: slug {slug!r}: use lowercase ASCII letters, digits and '-'")
        if slug in seen:
            raise ConfigError(f"{where}: slug {slug!r} is used twice; give each topic its own slug")
        seen.add(slug)
        terms = entry["terms"]
        if not isinstance(terms, list) or not all(isinstance(t, str) and t.strip() for t in terms):
            raise ConfigError(f"{where} ({slug}): terms: write terms as a list of words")
        topics.append(Topic(slug, str(entry["name"]), str(entry["description"]).strip(), tuple(t.strip() for t in terms)))
    if not 1 <= len(topics):
        raise ConfigError(f"{label}: topics: the list is empty")
    if "fallback" in data:
        raise ConfigError(f"{label}: fallback: there is no fallback topic any more (an article about no topic "
                          "gets none and a warning); delete the line")
    return Taxonomy(topics)


def validate_pinned_topics(pinned: list[str], taxonomy: Taxonomy, label: str) -> list[str]:
    """Check topics given in a source's metadata; raise SourceError naming the file."""
    known = taxonomy.by_slug()
    names = {t.name: t.slug for t in taxonomy.topics}
    out = []
    for value in pinned:
        slug = names.get(value, value)  # the Chinese name is accepted too
        if slug not in known:
            raise SourceError(label, "unknown topic", f"{value!r} 不在 build_scripts/taxonomy/topics.yml 里；可用的专题：{', '.join(sorted(known))}")
        if slug not in out:
            out.append(slug)
    if len(out) > MAX_TOPICS:
        raise SourceError(label, "topics", f"写了 {len(out)} 个专题；最多写 {MAX_TOPICS} 个")
    return out


def plain_text(markdown: str) -> str:
    """Markdown body → text for matching: escapes and entities undone, markup characters dropped."""
    text = html.unescape(_ESCAPE_RE.sub(r"\1", markdown))
    return re.sub(r"^(#{1,6}|>|!!!\s*\w+.*|\s{4})", "", text, flags=re.M)


def headings_of(markdown: str) -> list[str]:
    return [html.unescape(_ESCAPE_RE.sub(r"\1", h)) for h in _HEADING_RE.findall(markdown)]


def score_topics(article, taxonomy: Taxonomy) -> dict[str, float]:
    """Score every topic by where its terms occur; log-damped so one repeated word cannot win alone."""
    zones = {
        "title": article.title or "",
        "headings": "\n".join(headings_of(article.body)),
        "keywords": "\n".join(article.keywords),
        "summary": article.summary or "",
        "body": plain_text(article.body),
    }
    index = _term_index(tuple((t.slug, t.terms) for t in taxonomy.topics))
    hits = {zone: _topic_hits(text, index) for zone, text in zones.items()}
    scores = {}
    for topic in taxonomy.topics:
        total = 0.0
        for zone in zones:
            n = hits[zone].get(topic.slug, 0)
            if n:
                total += ZONE_WEIGHTS[zone] * (1 + math.log(n))
        scores[topic.slug] = round(total, 6)
    return scores


@dataclass(frozen=True)
class _TermIndex:
    """Every distinct term of the topic list, the topics each belongs to, and, for the terms of
    two or more characters, each pair of neighbouring characters as one number (_pair_keys)."""

    owners: dict[str, tuple[str, ...]]  # a term listed twice (in one topic or two) has its topic twice
    long_terms: tuple[str, ...]
    pairs: np.ndarray  # every pair any long term holds, sorted, each once
    term_pairs: np.ndarray  # the position in `pairs` of each pair of each long term, one term after the other
    term_starts: np.ndarray  # where each long term's pairs start in term_pairs
    short_terms: tuple[str, ...]  # of fewer than two characters: always counted


@functools.lru_cache(maxsize=8)
def _term_index(topics: tuple[tuple[str, tuple[str, ...]], ...]) -> _TermIndex:
    owners: dict[str, list[str]] = defaultdict(list)
    for slug, terms in topics:
        for term in terms:
            owners[term].append(slug)
    long_terms = tuple(t for t in owners if len(t) >= 2)
    each = [_pair_keys(t) for t in long_terms]
    keys = np.concatenate(each) if each else np.zeros(0, dtype=np.uint64)
    pairs = np.unique(keys)
    starts = np.cumsum([0] + [len(k) for k in each[:-1]]).astype(np.intp)
    return _TermIndex({t: tuple(s) for t, s in owners.items()}, long_terms, pairs,
                      np.searchsorted(pairs, keys), starts, tuple(t for t in owners if len(t) < 2))


def _pair_keys(text: str) -> np.ndarray:
    """Each pair of neighbouring characters of text as one number: first << 32 | second."""
    points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    return (points[:-1] << np.uint64(32)) | points[1:]


def _topic_hits(text: str, index: _TermIndex) -> dict[str, int]:
    """Occurrences of each topic's terms in text: str.count of every term, summed per topic.

    A term with a pair of neighbouring characters that never stand side by side in the text
    cannot occur in it, so only the others are counted: in an article's body, about one term in
    seven of the 300-odd."""
    candidates = list(index.short_terms)
    if index.long_terms and len(text) >= 2:
        keys = _pair_keys(text)
        at = np.minimum(np.searchsorted(index.pairs, keys), len(index.pairs) - 1)
        seen = np.zeros(len(index.pairs), dtype=bool)
        seen[at[index.pairs[at] == keys]] = True  # the terms' pairs that stand in the text
        possible = np.logical_and.reduceat(seen[index.term_pairs], index.term_starts)
        candidates = [index.long_terms[i] for i in np.flatnonzero(possible)] + candidates
    hits: dict[str, int] = {}
    for term in candidates:
        n = text.count(term)
        if n:
            for slug in index.owners[term]:
                hits[slug] = hits.get(slug, 0) + n
    return hits


def assign_topics(article, taxonomy: Taxonomy) -> list[str]:
    """0–3 topic slugs, most central first: the best-scoring topic and those close behind it.

    An article whose best topic scores below MIN_TOPIC_SCORE is about none of them: it gets no
    topic (the build warns) rather than a wrong one."""
    scores = score_topics(article, taxonomy)
    order = {t.slug: i for i, t in enumerate(taxonomy.topics)}
    ranked = sorted((s for s in scores if scores[s] > 0), key=lambda s: (-scores[s], order[s]))
    if not ranked or scores[ranked[0]] < MIN_TOPIC_SCORE:
        return []
    best = scores[ranked[0]]
    chosen = [ranked[0]] + [
        s for s in ranked[1:] if scores[s] >= max(MIN_SECONDARY_SCORE, SECONDARY_SHARE * best)
    ]
    return chosen[:MAX_AUTO_TOPICS]


# --- keywords and text features (jieba) -------------------------------------------------------

_segmenter = None
_USERDICT_LINE = re.compile(r"^(.+?)( [0-9]+)?( [a-z]+)?$")  # as jieba.load_userdict reads it
_idf: tuple[dict[str, float], float] | None = None


def segmenter():
    """jieba's word segmentation with this field's user dictionary (loaded once per process).

    rjieba binds jieba-rs, a port of jieba with the same dictionary and the same cuts (checked on
    a thousand generated articles); it loads in 0.1 s instead of jieba's 0.8 s and segments
    about 20 times faster. jieba itself is never imported: idf_table reads its IDF file.
    """
    global _segmenter
    if _segmenter is None:
        import rjieba

        seg = rjieba.Jieba()
        for line in USERDICT_FILE.read_text(encoding="utf-8-sig").splitlines():
            # jieba's user dictionary format: word [frequency] [tag] (a missing frequency is suggested)
            found = _USERDICT_LINE.match(line.strip())
            if found:
                word, freq, tag = found.groups()
                seg.add_word(word, int(freq) if freq else None, tag.strip() if tag else None)
        idf_table()
        _segmenter = seg
    return _segmenter


def idf_table() -> tuple[dict[str, float], float]:
    """jieba's IDF table (word → IDF) and its median, the weights jieba.analyse uses.

    Read from jieba's own idf.txt, kept as a marshal file in the temporary folder as jieba keeps
    its dictionary (0.1 s instead of 0.5 s for `import jieba.analyse`, which parses it on every start).
    """
    global _idf
    if _idf is None:
        from importlib.util import find_spec
        path = Path(find_spec("jieba").origin).parent / "analyse" / "idf.txt"  # not imported: only its file is read
        st = path.stat()
        stamp = hashlib.sha256(f"{path}\0{st.st_size}\0{st.st_mtime_ns}".encode()).hexdigest()[:16]
        cached = Path(tempfile.gettempdir()) / f"dangjian-idf-{stamp}.marshal"
        try:
            _idf = marshal.loads(cached.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            freq = {}
            for line in path.read_text(encoding="utf-8").splitlines():
                word, _, value = line.strip().partition(" ")
                if value:
                    freq[word] = float(value)
            values = sorted(freq.values())
            _idf = (freq, values[len(values) // 2])
            try:
                tmp = cached.with_name(f"{cached.name}.{os.getpid()}.tmp")
                tmp.write_bytes(marshal.dumps(_idf))
                os.replace(tmp, cached)
            except OSError:
                pass  # a read-only temporary folder: parse again next time
    return _idf


_HAN = re.compile(r"[\u4e00-\u9fff]")
_NOT_IN_TERM = re.compile(r"[\d\s\\]")


def _is_term(word: str) -> bool:
    word = word.strip()
    return (
        len(word) >= 2
        and word not in KEYWORD_STOPWORDS
        and bool(_HAN.search(word))
        and not _NOT_IN_TERM.search(word)
    )


def extract_features(article) -> Features:
    """Keywords (given first, then TF-IDF) and the term vector used for related articles."""
    cut = segmenter().cut
    idf, median_idf = idf_table()
    text = "\n".join([article.title or "", article.summary or "", plain_text(article.body)[:FEATURE_CHARS]])
    # hmm=False: dictionary words only; the HMM guesses unknown words (names), which are
    # rarely keywords (the same keywords on the seeds and a sample).
    words = Counter(cut(text, False))
    counts = Counter({w: c for w, c in words.items() if _is_term(w)})  # each distinct word judged once
    total = sum(counts.values()) or 1
    weights = {w: c / total * idf.get(w, median_idf) for w, c in counts.items()}
    ranked = sorted(weights, key=lambda w: (-weights[w], w))
    keywords = []
    for word in list(article.keywords) + ranked:
        word = word.strip()
        if word and word not in keywords and len(keywords) < MAX_KEYWORDS:
            if word in article.keywords or not any(word in k or k in word for k in keywords):
                keywords.append(word)
        if len(keywords) >= MAX_KEYWORDS or (len(keywords) >= 5 and word not in article.keywords):
            break
    top = ranked[:SIMILARITY_TERMS]
    norm = math.sqrt(sum(weights[w] ** 2 for w in top)) or 1.0
    return Features(keywords=keywords, vector={w: round(weights[w] / norm, 9) for w in top})


def newest_by_topic(slugs: list[str], topics: dict[str, list[str]],
                    dates: dict[str, str | None]) -> tuple[list[str], dict[str, list[str]]]:
    """All articles newest first, and each topic's articles in that order (for fill_related)."""
    newest_first = sorted(slugs, key=lambda o: (dates.get(o) or "", o), reverse=True)
    by_topic: dict[str, list[str]] = defaultdict(list)
    for s in newest_first:
        for t in topics[s]:
            by_topic[t].append(s)
    return newest_first, by_topic


def fill_related(s: str, picked: list[str], topics: dict[str, list[str]], by_topic: dict[str, list[str]],
                 newest_first: list[str]) -> list[str]:
    """Top up the text-ranked list: articles sharing most topics (newest first), then the newest."""
    picked = list(picked)
    mine = set(topics[s])
    if len(picked) < MAX_RELATED:
        fill = []
        for t in topics[s]:
            fill += [o for o in by_topic[t][: MAX_RELATED * 4] if o != s and o not in picked and o not in fill]
        fill.sort(key=lambda o: -len(mine & set(topics[o])))  # stable: newest first within a tie
        picked += fill[: MAX_RELATED - len(picked)]
    if len(picked) < MIN_RELATED:
        picked += [o for o in newest_first if o != s and o not in picked][: MIN_RELATED - len(picked)]
    return picked
