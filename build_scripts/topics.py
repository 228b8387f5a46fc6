"""Taxonomy load and validation, topic assignment, keywords and related articles."""
from __future__ import annotations

import hashlib
import html
import json
import marshal
import math
import os
import re
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np
import yaml

from .arrays import distinct
from .errors import ConfigError, SourceError

# libyaml's safe loader where PyYAML has it (the same data in a sixth of the time: this file is read before the
# build forks its workers, on its critical path), else PyYAML's own.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

TAXONOMY_DIR = Path(__file__).parent / "taxonomy"
TOPICS_FILE = TAXONOMY_DIR / "topics.yml"
USERDICT_FILE = TAXONOMY_DIR / "userdict.txt"
# The topic model's weights, fitted on the evaluation set's dev pages by build_scripts/eval/fit_topics.py --write.
WEIGHTS_FILE = TAXONOMY_DIR / "topic_weights.json"
SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")

# The rules below score each topic by its terms (topic_evidence) and pick topics from the scores
# (rule_topics). The build (assign_topics) gives the topics of a fitted model instead (WEIGHTS_FILE, written by
# eval/fit_topics --write; figures in eval/README.md), whose evidence is these scores and hits
# (candidate_features) and learned words (topic_words), with the topics the title names first (title_topics,
# hybrid_topics); the rules decide only without weights for exactly the topics of topics.yml.
# Where a term counts more: a topic named in the title says more than one named in passing.
ZONE_WEIGHTS = {"title": 10.0, "headings": 3.0, "keywords": 4.0, "summary": 3.0, "body": 2.0}
# A title the cleaner made up from the opening (a page without one: warning title-derived) is the
# article's first heading or first phrase, already counted where it stands; it weighs as the
# opening paragraph (the summary) does, not as an author's title. Chosen by leaving one batch of
# dev pages out at a time (every fold chose the summary's weight among 0, 2, 3, 4, 5, 7 and 10).
DERIVED_TITLE_WEIGHT = ZONE_WEIGHTS["summary"]
# A broad term (党支部, 干部, 群众, 学生 …) belongs to a topic's field but also turns up in articles
# about anything else: one counts for this share of a specific term (党支部标准化, 干部队伍建设).
BROAD_WEIGHT = 0.6
# Hits in a zone count as hits ** HIT_EXPONENT (3 hits ≈ 2.4, 10 ≈ 6.3): repetition says more than
# once, but less and less. (1 + log(hits), used before, let a topic named once in a title outweigh one
# the whole body is about.)
HIT_EXPONENT = 0.8
# The body's hits are scaled to this length when it is longer (about two screens of text).
BODY_REFERENCE_CHARS = 1500
MAX_TOPICS = 4  # given in metadata
MAX_AUTO_TOPICS = 3  # assigned by the build
# A topic is assigned only when the article is about it: named in the title or a heading, or its
# terms recur in the body. Below MIN_TOPIC_SCORE an article gets no topic (and a warning).
MIN_TOPIC_SCORE = 6.0
# A further topic must score at least this share of the best one and MIN_SECONDARY_SCORE (named in
# the title, or recurring in the body: an article is about one to three things; a term named in
# passing is not a topic). These numbers and the weights above were tuned on two-thirds of the dev
# part of the real-page evaluation set (split by page id) and checked on the other third
# (eval/: `make eval`), never on the seeds.
SECONDARY_SHARE = 0.6
MIN_SECONDARY_SCORE = 10.0
# A second or third topic needs one of its specific terms (or a cue): given on broad words alone
# (党支部, 干部, 社区, 思想 …) it was right 14 times in 27 on the dev pages, against 87% for the others.
# Leaving one batch out at a time, every fold chose the rule; per batch precision rose on six
# batches and fell on one (e), and two pages of 668 lost their main topic (in a–d and e).
# A third topic must come nearly level with the first: a third one close behind was right 6 times
# in 11 on the dev pages (a second 52 in 61), where a wrong topic costs a reader more than a missing one.
THIRD_SHARE = 0.9
# A page about party work in a school, a community or an organ names that unit as the one acting, in
# its title or first sentence (某某小学党支部开展…, 某某社区开展…), and then hardly names the setting
# again: its terms are about what was done. A topic's `cues` in topics.yml (regular expressions)
# recognise such an opening; found in the title or the first sentence, they add CUE_SCORE to the
# topic once (as much as a term in the title), enough to give the setting beside the subject.
# (On the dev pages a cue in the first sentence scored the same whether it counted half or whole.)
# A topic a cue names in the title is given beside the subject once it reaches MIN_SECONDARY_SCORE,
# however far the subject's own terms outscore it (assign_topics): the unit named as the one acting
# is where the article is filed too. (On the dev pages a title cue's topic is labelled 50 times in 57.)
CUE_SCORE = 10.0
# A topic only one of whose terms occurs (however often, wherever) is named rather than discussed:
# an article about a subject uses several of its words. On the dev pages a topic resting on one
# term was right 18 times in 31 (against 98% for four terms or more), so its score counts only this
# share, unless a cue names it in the opening (a setting named once, as the one acting, is a second
# kind of evidence). Chosen by leaving out one batch of dev pages at a time (a–d, e, f, g, h): 0.8
# raised precision on three batches, lowered it on none and lost no main topic.
SINGLE_TERM_SHARE = 0.8
LEAD_CHARS = 150  # the first sentence, at most this long (a page without full stops)

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
    terms: tuple[str, ...]  # specific: each occurrence counts 1
    broad: tuple[str, ...] = ()  # broad: each occurrence counts BROAD_WEIGHT
    cues: tuple[re.Pattern, ...] = ()  # an opening that names the setting or subject (CUE_SCORE)


@dataclass
class Taxonomy:
    topics: list[Topic]
    passing: tuple[str, ...] = ()  # phrases holding a term that name no topic (党员干部 holds 干部)

    def by_slug(self) -> dict[str, Topic]:
        return {t.slug: t for t in self.topics}

    @cached_property
    def matcher(self) -> TermMatcher:
        return TermMatcher(self.topics, self.passing)


def trie_pattern(words) -> str:
    """One regular expression matching any of the words, longest first, as a trie of characters.

    Python's re tries the branches of `a|b|c` one by one at every position (three times slower
    here); branching on one character at a time scans for all 500 terms in about half the time
    that one str.count per term took (a 3,500-character article: 0.9 ms against 1.7 ms)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alternatives = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer word wins

    return build(trie)


_LAST_BMP = 0xFFFF  # a noncharacter: TermMatcher.longest_at maps every character above it to it


class TermMatcher:
    """Counts the terms of every topic in a text in one pass (a longest match at each term found).

    A term inside a longer one counts only as the longer one: 党员干部 (every article's “party
    members and cadres”) is not 干部 of 干部队伍, 党内政治生活 is one 政治生活, not two. Terms of
    one topic that overlap (党支部 and 支部书记 in 党支部书记) count once for that topic.

    The terms are found through their first two characters: one numpy lookup of every pair of
    neighbouring characters in the text against the terms' first pairs gives the few places where
    a term may start, and only those are tried (0.3 ms for a 3,500-character article, against
    1.2 ms for the trie pattern scanning every position, which gives the same counts and is kept
    for a taxonomy with a one-character term). Half the places where a first pair stands start no
    term (党员 of 党员们, 建设 of 建设了): the character after the pair rules them out in the same numpy
    lookup (a pair that is no term itself begins only the longer terms whose third character follows
    it), which leaves a Python loop over the places that do start one. A text shorter than
    SHORT_TEXT (a title, a first sentence) is tried position by position instead, in less time
    than the arrays take to set up.

    An article's zones overlap (its opening sentence, its summary, a title made up from the opening
    are parts of its body): `part` gives the terms of a part from those of the whole, without a
    second scan."""

    SHORT_TEXT = 64  # characters: below this a position-by-position loop is quicker than numpy

    def __init__(self, topics: list[Topic], passing: tuple[str, ...] = ()):
        self.table: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for i, topic in enumerate(topics):
            for terms, weight in ((topic.terms, 1.0), (topic.broad, BROAD_WEIGHT)):
                for term in terms:
                    self.table[term].append((i, weight))
        for phrase in passing:
            self.table.setdefault(phrase, [])
        self.size = len(topics)
        self.pattern = re.compile(trie_pattern(self.table))
        # first two characters → the lengths of the terms starting with them, longest first
        lengths: dict[str, set[int]] = defaultdict(set)
        for term in self.table:
            lengths[term[:2]].add(len(term))
        self.lengths = {pair: sorted(found, reverse=True) for pair, found in lengths.items()}
        # Each character of a term gets a number (0: any other character); pair_rows gives each pair of numbers
        # that begins a term a row (0: none), and follows[row, c] says whether a term can start with that pair
        # followed by the character numbered c: the pair is a term itself, or a longer term goes on with c.
        chars = sorted({ch for term in self.table for ch in term})
        self.quick = all(len(pair) == 2 for pair in self.lengths) and all(ord(ch) < _LAST_BMP for ch in chars)
        self.char_ids = np.zeros(_LAST_BMP + 1, dtype=np.int32)
        self.char_ids[[ord(ch) for ch in chars]] = np.arange(1, len(chars) + 1, dtype=np.int32)
        self.width = width = len(chars) + 1
        self.pair_rows = np.zeros(width * width, dtype=np.int32)
        self.follows = np.zeros((len(self.lengths) + 1, width), dtype=bool)
        if self.quick:
            for row, pair in enumerate(self.lengths, 1):
                self.pair_rows[self.char_ids[ord(pair[0])] * width + self.char_ids[ord(pair[1])]] = row
            for term in self.table:
                row = self.pair_rows[self.char_ids[ord(term[0])] * width + self.char_ids[ord(term[1])]]
                if len(term) == 2:
                    self.follows[row] = True
                else:
                    self.follows[row, self.char_ids[ord(term[2])]] = True

    def longest_at(self, text: str) -> dict[int, str]:
        """The longest term starting at each position where one starts, in the order of the text."""
        if not self.quick:  # a one-character term, or one outside the Basic Multilingual Plane
            match = self.pattern.match
            return {j: m.group() for j in range(len(text)) if (m := match(text, j))}
        found: dict[int, str] = {}
        if len(text) < 2:
            return found
        table, lengths = self.table, self.lengths
        if len(text) < self.SHORT_TEXT:
            for j in range(len(text) - 1):
                for n in lengths.get(text[j:j + 2], ()):
                    if text[j:j + n] in table:
                        found[j] = text[j:j + n]
                        break
            return found
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        ids = self.char_ids[np.minimum(codes, _LAST_BMP)]  # _LAST_BMP itself is no term's character
        rows = self.pair_rows[ids[:-1] * self.width + ids[1:]]
        starts = np.flatnonzero(rows)
        after = np.append(ids, 0)[starts + 2]  # the character after the pair (0 past the end)
        for j in starts[self.follows[rows[starts], after]].tolist():
            for n in lengths[text[j:j + 2]]:
                if text[j:j + n] in table:
                    found[j] = text[j:j + n]
                    break
        return found

    def part(self, longest: dict[int, str], text: str, start: int, end: int) -> dict[int, str]:
        """longest_at(text[start:end]) from longest = longest_at(text): the terms inside the part, counted from its
        start; a term that runs past its end gives way to the longest one at that place that does not."""
        found: dict[int, str] = {}
        table, lengths = self.table, self.lengths
        for j, term in longest.items():
            if j < start:
                continue
            if j >= end:
                break
            if j + len(term) > end:
                term = next((text[j:j + n] for n in lengths.get(term[:2], ()) if j + n <= end and text[j:j + n] in table),
                            None)
                if term is None:
                    continue
            found[j - start] = term
        return found

    def count(self, text: str, seen: list[set] | None = None, longest: dict[int, str] | None = None) -> list[float]:
        """Weighted hits per topic (in the taxonomy's order); each topic's terms found are added
        to seen[topic] when seen is given. longest: the text's longest_at, when it is known already."""
        hits = [0.0] * self.size
        last_end = [0] * self.size
        table = self.table
        terms = list((self.longest_at(text) if longest is None else longest).items())  # in the order of the text
        scanned = 0  # as re.finditer: the next term is looked for after the end of the last one
        for k, (start, term) in enumerate(terms):
            if start < scanned:
                continue
            end = start + len(term)
            found = [(start, end, term)]
            # a term that starts inside this one and reaches beyond it (支部书记 in 党支部书记); none
            # inside a passing phrase, whose words name no topic (机关党支部 in 公司机关党支部). The terms
            # that start inside this one are those that follow it in the text's order, up to its end.
            if table[term]:
                for j, inner in terms[k + 1:k + len(term)]:
                    if j >= end:
                        break
                    if j + len(inner) > end:
                        found.append((j, j + len(inner), inner))
            for s, e, t in found:
                for i, weight in table[t]:
                    if s >= last_end[i]:
                        hits[i] += weight
                        last_end[i] = e
                        if seen is not None:
                            seen[i].add(t)
            scanned = end
        return hits


@dataclass
class Features:
    """What the site stage knows about one article's text, computed once (in a worker)."""

    keywords: list[str] = field(default_factory=list)
    vector: dict[str, float] = field(default_factory=dict)  # top TF-IDF terms, L2-normalised


def load_taxonomy(path: Path = TOPICS_FILE) -> Taxonomy:
    """Read and validate the committed topic list; raise ConfigError naming the file and entry."""
    label = str(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
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
        broad = entry.get("broad") or []
        if not isinstance(broad, list) or not all(isinstance(t, str) and t.strip() for t in broad):
            raise ConfigError(f"{where} ({slug}): broad: write broad terms as a list of words")
        terms, broad = [t.strip() for t in terms], [t.strip() for t in broad]
        repeated = sorted({t for t in terms + broad if (terms + broad).count(t) > 1})
        if repeated:
            raise ConfigError(f"{where} ({slug}): {'、'.join(repeated)} listed twice; keep each term once, "
                              "in terms or in broad")
        cues = entry.get("cues") or []
        if not isinstance(cues, list) or not all(isinstance(c, str) and c.strip() for c in cues):
            raise ConfigError(f"{where} ({slug}): cues: write cues as a list of regular expressions")
        compiled = []
        for cue in cues:
            try:
                compiled.append(re.compile(cue))
            except re.error as e:
                raise ConfigError(f"{where} ({slug}): cues: {cue!r} is not a regular expression ({e})")
        topics.append(Topic(slug, str(entry["name"]), str(entry["description"]).strip(), tuple(terms), tuple(broad),
                            tuple(compiled)))
    if not 1 <= len(topics):
        raise ConfigError(f"{label}: topics: the list is empty")
    if "fallback" in data:
        raise ConfigError(f"{label}: fallback: there is no fallback topic any more (an article about no topic "
                          "gets none and a warning); delete the line")
    passing = data.get("passing") or []
    if not isinstance(passing, list) or not all(isinstance(t, str) and t.strip() for t in passing):
        raise ConfigError(f"{label}: passing: write the phrases that name no topic as a list of words")
    return Taxonomy(topics, tuple(t.strip() for t in passing))


def no_topic_notice():
    """The warning for an article the build puts under no topic (the same words in check, clean and the report)."""
    from .notices import Notice
    return Notice("no-topic", "没有归入任何专题（文章没有明显讨论某个专题）；需要时在元数据里写 topics: [专题网址名]")


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


DERIVED_TITLE_CHARS = 30  # a made-up title is read as the opening's first words, whatever the reader is shown


def zone_texts(article, body_text: str | None = None) -> dict[str, str]:
    """The parts of an article whose terms are weighed differently (ZONE_WEIGHTS). A title made up from the
    opening (warning title-derived) counts as the opening's first DERIVED_TITLE_CHARS characters, where a page
    says what it is about (为庆祝…，…): the title shown to a reader may start further on, at who did it.
    body_text: plain_text(article.body), when the caller has it."""
    body_text = plain_text(article.body) if body_text is None else body_text
    title = article.title or ""
    if any(w.kind == "title-derived" for w in article.warnings):
        title = lead_sentence(body_text)[:DERIVED_TITLE_CHARS] or title
    return {
        "title": title,
        "headings": "\n".join(headings_of(article.body)),
        "keywords": "\n".join(article.keywords),
        "summary": article.summary or "",
        "body": body_text,
    }


_SENTENCE_END = re.compile(r"[。！？!?]")


def lead_sentence(body_text: str) -> str:
    """The first sentence of the body (up to LEAD_CHARS): where a report names who did what."""
    text = body_text.strip()
    end = _SENTENCE_END.search(text, 0, LEAD_CHARS)
    return text[: end.start() if end else LEAD_CHARS]


def damped(hits: float) -> float:
    """hits ** HIT_EXPONENT: each further occurrence adds less than the one before, so one repeated
    word cannot win alone; below one hit (broad terms only) in proportion."""
    return hits ** HIT_EXPONENT if hits >= 1 else hits


@dataclass
class Evidence:
    """Where each topic's terms occur in one article (lists in the taxonomy's order)."""

    zones: dict[str, list[float]]  # zone → each topic's hits there, damped (the body's scaled first)
    found: list[set[str]]  # the topic's terms that occur anywhere
    cue_title: list[bool]  # a cue of the topic in the title
    cue_lead: list[bool]  # … in the first sentence of the body
    derived_title: bool  # the title was made up from the opening (warning title-derived)
    scores: list[float]  # the rules' score of each topic (score_topics)
    # Kept for candidate_features and title_topics, which read the same texts: each topic's hits in the first
    # sentence of the body (not damped), and the terms of the title (TermMatcher.longest_at).
    lead_hits: list[float] = field(default_factory=list)
    title_terms: dict[int, str] = field(default_factory=dict)


def topic_evidence(article, taxonomy: Taxonomy, zones: dict[str, str] | None = None) -> Evidence:
    """Count every topic's terms in each zone of the article, once, and score them by the rules.

    The body's hits are counted per BODY_REFERENCE_CHARS of text: a long article names every
    topic in passing, and what it is about recurs more densely, not just more often. A topic
    only one of whose terms occurs, and no cue, counts SINGLE_TERM_SHARE of its score; a title
    made up from the opening weighs DERIVED_TITLE_WEIGHT. (The evidence itself is kept for
    eval/fit_topics, which tries a fitted scorer on it.)"""
    matcher = taxonomy.matcher
    size = len(taxonomy.topics)
    totals = [0.0] * size
    seen = [set() for _ in taxonomy.topics]
    zones = zones or zone_texts(article)
    derived = any(w.kind == "title-derived" for w in article.warnings)
    weights = {**ZONE_WEIGHTS, "title": DERIVED_TITLE_WEIGHT} if derived else ZONE_WEIGHTS
    terms = zone_terms(zones, matcher)
    damped_hits: dict[str, list[float]] = {}
    for zone, text in zones.items():
        row = damped_hits[zone] = [0.0] * size
        if not text:
            continue
        scale = min(1.0, BODY_REFERENCE_CHARS / len(text)) if zone == "body" else 1.0
        for i, hits in enumerate(matcher.count(text, seen, terms[zone])):
            if hits:
                row[i] = damped(hits * scale)
                totals[i] += weights[zone] * row[i]
    lead = lead_sentence(zones["body"])
    cue_title, cue_lead = [False] * size, [False] * size
    for i, topic in enumerate(taxonomy.topics):
        if topic.cues:
            cue_title[i] = any(cue.search(zones["title"]) for cue in topic.cues)
            cue_lead[i] = any(cue.search(lead) for cue in topic.cues)
        if cue_title[i] or cue_lead[i]:
            totals[i] += CUE_SCORE  # the opening names it: evidence beside the term
        elif len(seen[i]) == 1:
            totals[i] *= SINGLE_TERM_SHARE
    return Evidence(damped_hits, seen, cue_title, cue_lead, derived, [round(total, 6) for total in totals],
                    matcher.count(lead, longest=terms["lead"]), terms["title"])


def zone_terms(zones: dict[str, str], matcher: TermMatcher) -> dict[str, dict[int, str]]:
    """The terms of each zone (TermMatcher.longest_at) and of the body's first sentence ("lead"), the body scanned
    once: the first sentence and a summary that the body holds (its opening paragraph, 97% of generated articles)
    are parts of it, whose terms they take (TermMatcher.part). The title (a few characters, quicker to scan than
    to look for), the headings and another summary are scanned on their own."""
    body = zones["body"]
    whole = matcher.longest_at(body)
    lead = lead_sentence(body)
    lead_start = len(body) - len(body.lstrip())  # lead_sentence strips the body
    terms = {"body": whole, "lead": matcher.part(whole, body, lead_start, lead_start + len(lead))}
    for zone, text in zones.items():
        if zone != "body":
            start = body.find(text) if text and zone == "summary" else -1
            terms[zone] = (matcher.part(whole, body, start, start + len(text)) if start >= 0
                           else matcher.longest_at(text))
    return terms


# Learned words (the topic model's word features): the character pairs of the title, the headings, the
# opening (its first WORD_OPENING_CHARS) and the body (its first WORD_BODY_CHARS), named region/pair (t/, h/,
# o/, b/), digits read as 0. They find a topic in wording its term lists never named; eval/fit_topics --words learns them.
WORD_OPENING_CHARS, WORD_BODY_CHARS = 150, 3000
_DIGITS = re.compile("[1-9０-９]")  # read as 0 (one re.sub: str.translate looks up every character of the text)


_SPACE = re.compile(r"\s")  # the characters str.split() splits on (str.isspace), no more, no fewer


def _pairs_of(text: str, first: int | None = None) -> tuple[set[str], set[str] | None]:
    """The distinct pairs of neighbouring characters of text, none with a space or a line break in it (no pair
    across them); and with first, those of text[:first] too. One str.__add__ per position (map over the text
    and the text shifted by one) and one set: on the seeds 0.9 ms against 2.2 ms for slicing at every position
    in every chunk of text.split() (a busy machine; the same pairs)."""
    text = _DIGITS.sub("0", text)
    every = list(map(str.__add__, text, text[1:]))
    across = {every[k] for m in _SPACE.finditer(text) for k in (m.start() - 1, m.start()) if 0 <= k < len(every)}
    pairs = set(every) - across
    head = None if first is None else set(every[:max(first - 1, 0)]) - across
    return pairs, head


def topic_pairs(zones: dict[str, str]) -> dict[str, set[str]]:
    """The distinct character pairs of each region of an article (zone_texts), digits read as 0: of the title,
    the headings, the opening (the body's first WORD_OPENING_CHARS) and the body (its first WORD_BODY_CHARS)."""
    body = zones["body"].strip()
    pairs, opening = _pairs_of(body[:WORD_BODY_CHARS], WORD_OPENING_CHARS)
    return {"t": _pairs_of(zones["title"])[0], "h": _pairs_of(zones["headings"])[0], "o": opening, "b": pairs}


# The same pairs as numbers for the build (TopicModel.word_tables): a pair is (first << 21) | second of its code
# points, digits read as 0, and a pair with a space or line break in it is none. The build finds an article's
# pairs with numpy instead of making a string of each (on the seeds under half the time of topic_pairs, and no
# set of strings to intersect); a test checks that both give the same pairs.
_LAST_SPACE = 0x3000  # no character above U+3000 is a space; _IS_SPACE[min(code, _LAST_SPACE + 1)] says if one is
_IS_SPACE = np.array([chr(c).isspace() for c in range(_LAST_SPACE + 1)] + [False])


def pair_code(pair: str) -> int:
    return (ord(pair[0]) << 21) | ord(pair[1])


def _pair_codes_of(text: str, first: int | None = None) -> tuple[np.ndarray, np.ndarray | None]:
    """_pairs_of as sorted arrays of distinct pair codes."""
    c = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    c[((c >= 0x31) & (c <= 0x39)) | ((c >= 0xFF10) & (c <= 0xFF19))] = 0x30
    codes = (c[:-1] << 21) | c[1:]
    keep = ~_IS_SPACE[np.minimum(c, _LAST_SPACE + 1)]
    keep = keep[:-1] & keep[1:]
    pairs = distinct(codes[keep])
    head = None if first is None else distinct(codes[:max(first - 1, 0)][keep[:max(first - 1, 0)]])
    return pairs, head


def pair_codes(zones: dict[str, str]) -> dict[str, np.ndarray]:
    """topic_pairs as sorted arrays of pair codes (pair_code)."""
    body = zones["body"].strip()
    pairs, opening = _pair_codes_of(body[:WORD_BODY_CHARS], WORD_OPENING_CHARS)
    return {"t": _pair_codes_of(zones["title"])[0], "h": _pair_codes_of(zones["headings"])[0], "o": opening,
            "b": pairs}


def topic_words(article, zones: dict[str, str] | None = None) -> set[str]:
    """The learned-word features of an article: each region's pairs, named region/pair (`t/党建`, `b/村民` …)."""
    return {f"{region}/{pair}" for region, pairs in topic_pairs(zones or zone_texts(article)).items()
            for pair in pairs}


def score_topics(article, taxonomy: Taxonomy) -> dict[str, float]:
    """Score every topic by where its terms occur, each zone's hits damped, and by its cues (the rules:
    ZONE_WEIGHTS, CUE_SCORE, SINGLE_TERM_SHARE; see topic_evidence)."""
    return dict(zip((t.slug for t in taxonomy.topics), topic_evidence(article, taxonomy).scores))


def candidate_features(article, taxonomy: Taxonomy, evidence: Evidence | None = None,
                       zones: dict[str, str] | None = None) -> dict[str, dict[str, float]]:
    """The topic model's evidence of each candidate topic (one the rules score above 0), by slug.

    Per topic: its damped hits per zone (a title made up from the opening is a zone of its own), in the
    first sentence, its distinct terms and specific (not broad) ones, its cues, whether it is the last topic
    the title names (a Chinese title names who acts first and what is done last), how it stands against the
    article's other topics (its share of their scores, against the best, its rank). The first sentence's hits and
    the title's terms are the evidence's (topic_evidence counts them with the zones)."""
    evidence = evidence or topic_evidence(article, taxonomy, zones)
    scores = evidence.scores
    candidates = [i for i, s in enumerate(scores) if s > 0]
    if not candidates:
        return {}
    matcher = taxonomy.matcher
    lead = [damped(h) for h in evidence.lead_hits]
    title_end: dict[int, int] = {}
    for pos, term in evidence.title_terms.items():
        for i, _ in matcher.table[term]:
            title_end[i] = max(title_end.get(i, 0), pos + len(term))
    last_in_title = max(title_end.values(), default=-1)
    total = sum(scores[i] for i in candidates)
    best = max(scores[i] for i in candidates)
    rank = {i: r for r, i in enumerate(sorted(candidates, key=lambda i: (-scores[i], i)))}
    hits = evidence.zones
    title_zone = "derived" if evidence.derived_title else "title"
    out = {}
    for i in candidates:
        found = evidence.found[i]
        specific = len(found & set(taxonomy.topics[i].terms))
        f = {
            title_zone: hits["title"][i], "headings": hits["headings"][i], "keywords": hits["keywords"][i],
            "summary": hits["summary"][i], "body": hits["body"][i], "lead": lead[i],
            "distinct": math.log1p(len(found)), "single": float(len(found) == 1),
            "specific": math.log1p(specific), "broad_only": float(specific == 0),
            "cue_title": float(evidence.cue_title[i]), "cue_lead": float(evidence.cue_lead[i]),
            "title_last": float(title_end.get(i) == last_in_title),
            "score": math.log1p(scores[i]), "share": scores[i] / total, "of_best": scores[i] / best,
            "rank1": float(rank[i] == 0), "rank2": float(rank[i] == 1), "rank3": float(rank[i] == 2),
        }
        out[taxonomy.topics[i].slug] = {k: v for k, v in f.items() if v}
    return out


@dataclass(frozen=True)
class TopicModel:
    """A logistic model of whether an article is about a topic: per topic, a bias, weights shared by all topics
    over candidate_features, and each learned word's weight (topic_words); a topic is given when its
    probability reaches the threshold, a topic the title names when it reaches title_threshold (hybrid_topics)."""

    bias: dict[str, float]  # slug → bias
    weights: dict[str, float]  # feature of candidate_features → weight
    words: dict[str, dict[str, float]]  # learned word → slug → weight
    threshold: float
    title_threshold: float = 0.0
    # A topic's own threshold where the fit chose one (eval/fit_topics --topic-thresholds): some topics' probabilities
    # run lower or higher than others' for the same certainty; the rest use threshold.
    thresholds: dict[str, float] = field(default_factory=dict)
    # The main-topic model (fit_topics.fit_main): the same form of weights read as one choice among the topics (a
    # softmax), fitted on each page's labelled main topic alone. Its likeliest topic is given too when its share reaches
    # main_threshold: on pages labelled after its fit it found main topics the per-topic model left under its threshold
    # (eval/README.md).
    main: TopicModel | None = None
    main_threshold: float = 1.01

    @cached_property
    def by_region(self) -> dict[str, dict[str, dict[str, float]]]:
        """The learned words by region: pair → slug → weight."""
        out: dict[str, dict[str, dict[str, float]]] = defaultdict(dict)
        for word, by_slug in self.words.items():
            region, _, pair = word.partition("/")
            out[region][pair] = by_slug
        return dict(out)

    @cached_property
    def word_tables(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """Per region: the learned pairs' codes (pair_code), ascending, and their weights (pairs × topics, the
        topics in the order of bias). An article's word evidence is then one sorted lookup and one sum of rows per
        region, in ascending order: on the seeds a tenth of the time of adding each weight of each of their ~800
        learned pairs in Python (0.5 ms against 4.9 ms, pairs found included, on a busy machine)."""
        column = {slug: k for k, slug in enumerate(self.bias)}
        out = {}
        for region, pairs in self.by_region.items():
            if any(len(pair) != 2 for pair in pairs):
                raise ValueError(f"a learned word of region {region} is not two characters")
            ordered = sorted(pairs, key=pair_code)
            matrix = np.zeros((len(ordered), len(column)))
            for row, pair in enumerate(ordered):
                for slug, weight in pairs[pair].items():
                    matrix[row, column[slug]] = weight  # a slug without a bias: load_topic_model refuses the file
            out[region] = (np.array([pair_code(p) for p in ordered], dtype=np.int64), matrix)
        return out


    @cached_property
    def joint_word_tables(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """word_tables of this model and of its main-topic model in one: per region, the codes of both's learned
        pairs and their weights side by side (this model's topics, then the main model's, each in its bias's order),
        so that an article's pairs are looked up once for both (both_scores)."""
        main = self.main
        n, m = len(self.bias), len(main.bias)
        out = {}
        for region in sorted(set(self.word_tables) | set(main.word_tables)):
            own = self.word_tables.get(region, (np.zeros(0, dtype=np.int64), np.zeros((0, n))))
            other = main.word_tables.get(region, (np.zeros(0, dtype=np.int64), np.zeros((0, m))))
            codes = np.union1d(own[0], other[0])
            matrix = np.zeros((len(codes), n + m))
            matrix[np.searchsorted(codes, own[0]), :n] = own[1]
            matrix[np.searchsorted(codes, other[0]), n:] = other[1]
            out[region] = (codes, matrix)
        return out


@lru_cache(maxsize=4)
def load_topic_model(path: Path = WEIGHTS_FILE) -> TopicModel | None:
    """The fitted weights (read once per process); None when there is no weights file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as e:
        raise ConfigError(f"{path}: cannot read the topic weights ({e}); "
                          f"refit them with python -m build_scripts.eval.fit_topics --write")
    try:
        main = data.get("main")
        if main is not None:
            main = TopicModel(dict(main["bias"]), dict(main["weights"]), main["words"], float(main["threshold"]))
            if set(main.bias) != set(data["bias"]):
                raise ValueError("the main-topic model's topics are not the model's")
            _ = main.word_tables
        model = TopicModel(dict(data["bias"]), dict(data["weights"]), data["words"], float(data["threshold"]),
                           float(data.get("title_threshold", 0.0)),
                           {slug: float(t) for slug, t in data.get("thresholds", {}).items()},
                           main, main.threshold if main else 1.01)
        _ = model.word_tables  # the words' form checked once, here (a slug without a bias: KeyError)
        return model
    except (KeyError, TypeError, AttributeError, ValueError) as e:
        raise ConfigError(f"{path}: cannot read the topic weights ({e!r}); "
                          f"refit them with python -m build_scripts.eval.fit_topics --write")


def topic_probabilities(article, taxonomy: Taxonomy, model: TopicModel, evidence: Evidence | None = None,
                        zones: dict[str, str] | None = None) -> dict[str, float]:
    """Every topic's probability (in the taxonomy's order): the features' dot product, and the sum of the weights of
    the article's learned words (TopicModel.word_tables)."""
    zones = zones or zone_texts(article)
    evidence = evidence or topic_evidence(article, taxonomy, zones)
    features = candidate_features(article, taxonomy, evidence, zones)
    return logistic(topic_scores(model, taxonomy, features, pair_codes(zones)))


def logistic(scores: dict[str, float]) -> dict[str, float]:
    return {slug: 1.0 / (1.0 + math.exp(-s)) if s > -700 else 0.0 for slug, s in scores.items()}


def shares(scores: dict[str, float]) -> dict[str, float]:
    """The scores as shares of one choice (a softmax; they sum to 1)."""
    top = max(scores.values())
    exp = {slug: math.exp(s - top) for slug, s in scores.items()}
    total = sum(exp.values())
    return {slug: e / total for slug, e in exp.items()}


def main_topic_shares(article, taxonomy: Taxonomy, model: TopicModel, evidence: Evidence | None = None,
                      zones: dict[str, str] | None = None) -> dict[str, float]:
    """Each topic's share of the main-topic model's choice (TopicModel.main); {} without one."""
    if model.main is None:
        return {}
    zones = zones or zone_texts(article)
    evidence = evidence or topic_evidence(article, taxonomy, zones)
    return shares(topic_scores(model.main, taxonomy, candidate_features(article, taxonomy, evidence, zones),
                               pair_codes(zones)))


def topic_scores(model: TopicModel, taxonomy: Taxonomy, features: dict[str, dict[str, float]],
                 codes: dict[str, np.ndarray]) -> dict[str, float]:
    """Each topic's score under model: its bias, the features' dot product and its learned words' weights."""
    scores = {t.slug: model.bias.get(t.slug, 0.0) for t in taxonomy.topics}
    weights = model.weights
    for slug, f in features.items():
        scores[slug] += sum(weights.get(k, 0.0) * v for k, v in f.items())
    learned = np.zeros(len(model.bias))
    for region, pairs in codes.items():
        table = model.word_tables.get(region)
        if table and len(table[0]) and len(pairs):
            codes, matrix = table
            at = np.minimum(np.searchsorted(codes, pairs), len(codes) - 1)
            rows = at[codes[at] == pairs]  # ascending (pairs is sorted): one order of summing, on every run
            learned += matrix[rows].sum(axis=0)
    for slug, w in zip(model.bias, learned.tolist()):
        if slug in scores:
            scores[slug] += w
    return scores


def both_scores(model: TopicModel, taxonomy: Taxonomy, features: dict[str, dict[str, float]],
                codes: dict[str, np.ndarray]) -> tuple[dict[str, float], dict[str, float]]:
    """topic_scores under the model and under its main-topic model, the features read and the pairs looked up once
    (TopicModel.joint_word_tables)."""
    main = model.main
    scores = {t.slug: model.bias.get(t.slug, 0.0) for t in taxonomy.topics}
    main_scores = {t.slug: main.bias.get(t.slug, 0.0) for t in taxonomy.topics}
    weights, main_weights = model.weights, main.weights
    for slug, f in features.items():
        own = other = 0.0
        for k, v in f.items():
            own += weights.get(k, 0.0) * v
            other += main_weights.get(k, 0.0) * v
        scores[slug] += own
        main_scores[slug] += other
    n = len(model.bias)
    learned = np.zeros(n + len(main.bias))
    for region, pairs in codes.items():
        table = model.joint_word_tables.get(region)
        if table and len(table[0]) and len(pairs):
            known, matrix = table
            at = np.minimum(np.searchsorted(known, pairs), len(known) - 1)
            learned += matrix[at[known[at] == pairs]].sum(axis=0)
    learned = learned.tolist()
    for out, slugs, part in ((scores, model.bias, learned[:n]), (main_scores, main.bias, learned[n:])):
        for slug, w in zip(slugs, part):
            if slug in out:
                out[slug] += w
    return scores, main_scores


def title_topics(article, taxonomy: Taxonomy, evidence: Evidence | None = None,
                 zones: dict[str, str] | None = None) -> list[str]:
    """The topics the author's title names (the rules' own title evidence): one of a topic's specific terms
    (not a broad one) or one of its cues stands in the title; in the taxonomy's order. A title made up from
    the opening (warning title-derived) names none: the author did not choose it."""
    zones = zones or zone_texts(article)
    evidence = evidence or topic_evidence(article, taxonomy, zones)
    if evidence.derived_title or not zones["title"]:
        return []
    named = set(i for i, cue in enumerate(evidence.cue_title) if cue)
    matcher = taxonomy.matcher
    for term in evidence.title_terms.values():
        named.update(i for i, weight in matcher.table[term] if weight == 1.0)
    return [taxonomy.topics[i].slug for i in sorted(named)]


# The probability a title's only topic needs (hybrid_topics). On the dev pages' leave-one-batch-out probabilities (round
# 18, 2,580 pages) 0.3 instead of the fitted title threshold (0.5) gave 6 more topics, 2 of them labelled, the same main
# topics: level. It keeps the reader's judgment of seed 000 (探析企业基层党建工作创新路径: 党建工作创新 first), whose
# title names that one topic and whose model, refitted on 2,600 pages, gives it 0.39 (tests/test_seed_classification).
ONE_TITLE_TOPIC_THRESHOLD = 0.3


def hybrid_topics(probs: dict[str, float], threshold: float, titled: list[str], order: dict[str, int],
                  title_first: bool = True, title_threshold: float = 0.0,
                  thresholds: dict[str, float] | None = None, main: dict[str, float] | None = None,
                  main_threshold: float = 1.01) -> list[str]:
    """The model's topics (probability at least threshold, the likeliest first) and the topics the title
    names (title_topics) whose probability reaches title_threshold, at most MAX_AUTO_TOPICS: the title's first
    (the likelier first) with title_first, else after the model's. The issue: where a topic is named decides how
    central it is, the title most.

    A title's topic still needs some probability of its own: on the dev pages (leave-one-batch-out
    probabilities) one the model gave under 0.5 was labelled 10 times in 37 and never the main topic (one over
    0.9: 386 in 401). Cutting those gave about two points of main-topic recall at the same precision, the model's
    own threshold free to come down (eval/README.md). fit_topics --write chooses title_threshold with the
    threshold, at most 0.5 (fit_topics.TITLE_THRESHOLDS).

    A title that names one topic only is about it: that topic needs ONE_TITLE_TOPIC_THRESHOLD at most.

    main: the main-topic model's shares (main_topic_shares); its likeliest topic, when its share reaches
    main_threshold and it is not given already, comes after the title's topics and before the model's others."""
    by_prob = lambda s: (-probs.get(s, 0.0), order[s])  # noqa: E731
    own = thresholds or {}
    model = sorted((s for s in probs if probs[s] >= own.get(s, threshold)), key=by_prob)
    if len(titled) == 1:
        title_threshold = min(title_threshold, ONE_TITLE_TOPIC_THRESHOLD)
    named = sorted((s for s in titled if probs.get(s, 0.0) >= title_threshold), key=by_prob)
    ranked = named + [s for s in model if s not in named] if title_first else model + [s for s in named if s not in model]
    if main:
        best = min(main, key=lambda s: (-main[s], order[s]))
        if main[best] >= main_threshold and best not in ranked[:MAX_AUTO_TOPICS]:
            kept = [s for s in named if s in ranked[:MAX_AUTO_TOPICS]]
            ranked = kept + [best] + [s for s in ranked if s not in kept]
    return ranked[:MAX_AUTO_TOPICS]


def assign_topics(article, taxonomy: Taxonomy, model: TopicModel | None = None,
                  zones: dict[str, str] | None = None) -> list[str]:
    """0–3 topic slugs, most central first: the topics the title names (title_topics) that the model finds likely
    enough (its title_threshold), then those whose probability under the fitted topic model
    (taxonomy/topic_weights.json) reaches its threshold, the likeliest first (hybrid_topics). Without weights for
    exactly this taxonomy's topics (another topic list, or no weights file), the rules decide (rule_topics).

    An article no topic is likely enough for gets none (the build warns) rather than a wrong one. zones: the
    article's zone_texts, when the caller has them."""
    model = model or load_topic_model()
    zones = zones or zone_texts(article)
    if model is None or set(model.bias) != {t.slug for t in taxonomy.topics}:
        return rule_topics(article, taxonomy, topic_evidence(article, taxonomy, zones))
    evidence = topic_evidence(article, taxonomy, zones)
    features, codes = candidate_features(article, taxonomy, evidence, zones), pair_codes(zones)
    if model.main:
        scores, main_scores = both_scores(model, taxonomy, features, codes)
        probs, main = logistic(scores), shares(main_scores)
    else:
        probs, main = logistic(topic_scores(model, taxonomy, features, codes)), None
    order = {t.slug: i for i, t in enumerate(taxonomy.topics)}
    return hybrid_topics(probs, model.threshold, title_topics(article, taxonomy, evidence, zones), order,
                         title_threshold=model.title_threshold, thresholds=model.thresholds,
                         main=main, main_threshold=model.main_threshold)


def rule_topics(article, taxonomy: Taxonomy, evidence: Evidence | None = None) -> list[str]:
    """0–3 topic slugs by the rules, most central first: the best-scoring topic and those close behind it
    (a third only when it is nearly level with the first; a second or third only on a specific
    term or a cue, never on broad words alone).

    An article whose best topic scores below MIN_TOPIC_SCORE is about none of them: it gets no
    topic rather than a wrong one. (assign_topics uses these rules only for a topic list without weights.)"""
    evidence = evidence or topic_evidence(article, taxonomy)
    scores = dict(zip((t.slug for t in taxonomy.topics), evidence.scores))
    # the one acting, named in the title (某某小学党支部开展…): a topic beside the subject however much
    # the subject's own terms outscore it
    named = {t.slug for t, in_title in zip(taxonomy.topics, evidence.cue_title) if in_title}
    # a further topic rests on one of its specific terms or a cue, not on broad words alone (党支部, 干部,
    # 社区 …, which articles about anything else name too)
    specific = {t.slug for t, found, title, lead in zip(taxonomy.topics, evidence.found, evidence.cue_title,
                                                        evidence.cue_lead)
                if title or lead or not found.isdisjoint(t.terms)}
    order = {t.slug: i for i, t in enumerate(taxonomy.topics)}
    ranked = sorted((s for s in scores if scores[s] > 0), key=lambda s: (-scores[s], order[s]))
    if not ranked or scores[ranked[0]] < MIN_TOPIC_SCORE:
        return []
    best = scores[ranked[0]]
    chosen = [ranked[0]] + [
        s for s in ranked[1:]
        if s in specific and scores[s] >= MIN_SECONDARY_SCORE and (s in named or scores[s] >= SECONDARY_SHARE * best)
    ]
    if len(chosen) > 2 and scores[chosen[2]] < THIRD_SHARE * best:
        chosen = chosen[:2]
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


# The same words recur from article to article: each is judged once per process (up to _TERM_IDF_SIZE words),
# and a term keeps its IDF: word → its IDF when it is a term (_is_term), else None.
_term_idf: dict[str, float | None] = {}
_TERM_IDF_SIZE = 1 << 17


def _term_idfs(words) -> dict[str, float | None]:
    """_term_idf with every one of the words judged (the distinct words of an article)."""
    new = words - _term_idf.keys()
    if new:
        if len(_term_idf) + len(new) > _TERM_IDF_SIZE:
            _term_idf.clear()
            new = set(words)
        idf, median_idf = idf_table()
        _term_idf.update((w, idf.get(w, median_idf) if _is_term(w) else None) for w in new)
    return _term_idf


def extract_features(article, body_text: str | None = None) -> Features:
    """Keywords (given first, then TF-IDF) and the term vector used for related articles. body_text:
    plain_text(article.body), when the caller has it (topics.zone_texts' body)."""
    cut = segmenter().cut
    body_text = plain_text(article.body) if body_text is None else body_text
    text = "\n".join([article.title or "", article.summary or "", body_text[:FEATURE_CHARS]])
    # hmm=False: dictionary words only; the HMM guesses unknown words (names), which are
    # rarely keywords (the same keywords on the seeds and a sample).
    words = Counter(cut(text, False))
    term_idf = _term_idfs(words.keys())
    counts = {w: (c, idf) for w, c in words.items() if (idf := term_idf[w]) is not None}
    total = sum(c for c, _ in counts.values()) or 1
    weights = {w: c / total * idf for w, (c, idf) in counts.items()}
    ranked = sorted(weights, key=lambda w: (-weights[w], w))
    keywords = []
    for word in list(article.keywords) + ranked:
        word = word.strip()
        if word and word not in keywords and len(keywords) < MAX_KEYWORDS:
            if word not in article.keywords and (joined := joined_keyword(word, keywords, article.keywords, text)):
                keywords[joined[0]] = joined[1]
                continue
            if word in article.keywords or not any(word in k or k in word for k in keywords):
                keywords.append(word)
        if len(keywords) >= MAX_KEYWORDS or (len(keywords) >= 5 and word not in article.keywords):
            break
    top = ranked[:SIMILARITY_TERMS]
    norm = math.sqrt(sum(weights[w] ** 2 for w in top)) or 1.0
    return Features(keywords=keywords, vector={w: round(weights[w] / norm, 9) for w in top})


JOINED_KEYWORD_CHARS = 8
JOINED_SHARE = 0.8


def joined_keyword(word: str, keywords: list[str], given: list[str], text: str) -> tuple[int, str] | None:
    """A term the segmenter cut in two (无机 / 非金属材料): where the word and a keyword already taken stand
    side by side at (nearly) every place either stands, they are one keyword. (position, the joined term)"""
    for i, k in enumerate(keywords):
        if k in given:
            continue
        for joined, first, second in ((k + word, k, word), (word + k, word, k)):
            if len(joined) > JOINED_KEYWORD_CHARS:
                continue
            n = text.count(joined)
            if n and n >= JOINED_SHARE * text.count(first) and n >= JOINED_SHARE * text.count(second):
                return i, joined
    return None


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
