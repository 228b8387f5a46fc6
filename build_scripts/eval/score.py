"""Score one cleaned page against its judgment; add the pages up into the issue's measures."""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field

from ..article import Source
from .judge import page_lines
from .textnorm import digest, norm, norm_han, norm_punct, parse_ranges

# Targets of the real-pages issue (share of items) and of the genres-and-topics issue.
TARGETS = {"junk": 0.97, "inline": 0.80, "kept": 0.99, "title": 0.95, "date": 0.95,
           "genre": 0.90, "topic_precision": 0.90, "topic_recall": 0.85}
CHUNK = 10  # a kept line may be re-joined or re-punctuated: it survives when 90% of its 10-char chunks do
TITLE_WARNING_RULES = ("title-doubtful", "title-derived", "title-missing")
_MD_MARK = re.compile(r"^(#{1,6}\s+|>\s?|[-*+]\s+|\d+\.\s+)", re.M)


# What labellers differ on (eval/LABELLING.md): a site's column tag in front of the title (【每日一学】,
# 【某某网评】, 某某网评：) and the count a sample site adds behind it ((精选8篇), 合集12篇, 范文).
DECORATION_RES = (re.compile(r"^\s*[【\[][^】\]]{1,10}[】\]]"),
                  re.compile(r"^\s*[\u4e00-\u9fff]{0,6}(?:网评|時評|时评|網評|快评|短评|锐评|评论|評論)\s*[:：|｜丨]"),
                  re.compile(r"(?:[（(【\[][^）)】\]]{0,6}\d*[^）)】\]]{0,3}篇[）)】\]]|合集\d*篇?|\d+篇|范文)\s*$"))


def undecorated(title: str | None) -> str:
    t = title or ""
    for pattern in DECORATION_RES:
        t = pattern.sub("", t)
    return norm_han(t)


@dataclass
class PageResult:
    pid: str
    junk: tuple[int, int] = (0, 0)  # removed, total
    inline: tuple[int, int] = (0, 0)
    kept: tuple[int, int] = (0, 0)
    title: bool | None = None  # None: the page has no title
    title_loose: bool | None = None  # the same, ignoring the site's decorations (DECORATION_RES)
    title_warned: bool = False
    date: bool | None = None
    genre: bool | None = None
    topics_right: tuple[int, int] = (0, 0)  # assigned topics that are labelled, assigned topics
    main_topic: bool | None = None
    misses: list[str] = field(default_factory=list)

    @property
    def wrong_unwarned(self) -> bool:
        return (self.title is False or self.title is None) and not self.title_warned


@dataclass
class Tally:
    pages: list[PageResult] = field(default_factory=list)

    def add(self, r: PageResult) -> None:
        self.pages.append(r)

    def _sum(self, attr: str) -> tuple[int, int]:
        return sum(getattr(p, attr)[0] for p in self.pages), sum(getattr(p, attr)[1] for p in self.pages)

    def _bool(self, attr: str) -> tuple[int, int]:
        vals = [getattr(p, attr) for p in self.pages if getattr(p, attr) is not None]
        return sum(vals), len(vals)

    def measures(self) -> dict[str, tuple[int, int]]:
        return {
            "junk": self._sum("junk"), "inline": self._sum("inline"), "kept": self._sum("kept"),
            "title": self._bool("title"), "date": self._bool("date"), "genre": self._bool("genre"),
            "topic_precision": self._sum("topics_right"), "topic_recall": self._bool("main_topic"),
        }

    def table(self) -> list[str]:
        names = {"junk": "junk lines removed", "inline": "inline junk removed", "kept": "article text kept",
                 "title": "title right, where the page has one", "date": "date right, where the page shows one",
                 "genre": "genre right", "topic_precision": "topic precision (assigned topics that are right)",
                 "topic_recall": "main-topic recall (pages whose main topic is assigned)"}
        rows = ["| measure | result | target |", "|---|---|---|"]
        for key, (a, b) in self.measures().items():
            share = f"{a / b:.0%} ({a}/{b})" if b else "–"
            mark = "" if not b or a / b >= TARGETS[key] else " ✗"
            rows.append(f"| {names[key]} | {share}{mark} | ≥ {TARGETS[key]:.0%} |")
        wrong = sum(p.wrong_unwarned for p in self.pages)
        rows.append(f"| pages whose title is wrong and no warning says so | {wrong} of {len(self.pages)} | ≤ 1 of 50 |")
        right = [p for p in self.pages if p.title]
        if right:  # the other side of the warning: too many is a failure too
            needless = sum(p.title_warned for p in right)
            rows.append(f"| … right titles with a needless title warning | {needless / len(right):.0%} ({needless}/{len(right)}) | – |")
        a, b = self._bool("title_loose")
        if b:  # labellers differ on a column tag in front and a count behind (eval/LABELLING.md): both readings
            rows.append(f"| … title right, a column tag in front or a count behind not counted | {a / b:.0%} ({a}/{b}) | – |")
        return rows

    def summary(self, split: str, judged: int, unscored: int) -> str:
        parts = []
        for key, (a, b) in self.measures().items():
            parts.append(f"{key} {a / b:.1%}" if b else f"{key} –")
        wrong = sum(p.wrong_unwarned for p in self.pages)
        return (f"eval {split}: {len(self.pages)} of {judged} pages scored ({unscored} not): " + ", ".join(parts)
                + f", title wrong unwarned {wrong}")


def _present(n: str, full: str, blocks: list[str]) -> bool:
    """Whether a junk line's text still stands in the output: long text anywhere, short text as
    (most of) a block of its own."""
    if not n:
        return False
    if len(n) >= 8:
        return n in full
    return any(n in b and len(b) <= len(n) + 10 for b in blocks)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of one line, overlapping ones joined (a label may mark ■★◆ and, inside it, ★◆): removing them one by
    one from the end would cut characters of the text."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _chunks(n: str) -> list[str]:
    chunks = [n[i:i + CHUNK] for i in range(0, len(n), CHUNK)]
    return [c for c in chunks if len(c) >= 4] or chunks


def _kept(n: str, full: str, pieces: list[str] | None = None) -> bool:
    """The line's text (n, its inline junk taken out) stands in the output: whole, or 90% of its chunks. With
    pieces (the text between its inline junk, each normalised), the chunks are cut from each piece on its own:
    a chunk across a junk span's place would ask for the two sides joined, which an output that restored the
    text a garbled run stood for, or left the junk there (scored under inline junk), never has."""
    if not n or n in full:
        return True
    joined: list[str] = []  # (a piece shorter than a chunk goes with its neighbour: pinyin every few characters)
    for p in pieces or []:
        if joined and (len(p) < CHUNK or len(joined[-1]) < CHUNK):
            joined[-1] += p
        else:
            joined.append(p)
    chunks = [c for p in joined for c in _chunks(p)] if len(joined) > 1 else _chunks(n)
    return bool(chunks) and sum(c in full for c in chunks) >= 0.9 * len(chunks)


KEYWORDS_LINE_RE = re.compile(r"^\W*(?:关键词|关键字|關鍵詞|關鍵字)\W*", re.I)


def _keywords_kept(line: str, keywords: list[str]) -> bool:
    """A paper's 关键词 line is kept when its words are the article's keywords (shown on its page)."""
    m = KEYWORDS_LINE_RE.match(line)
    if not m:
        return False
    words = [norm_han(w) for w in re.split(r"[;；,，、\s]+", line[m.end():]) if norm_han(w)]
    have = {norm_han(k) for k in keywords}
    return bool(words) and sum(w in have for w in words) >= 0.8 * len(words)


# A correspondent's credit in a dateline (本报讯（通讯员 某某 某某）…, （记者 某某）): the cleaner moves its names to
# the article's byline, which its page shows; the names are not lost with the brackets.
CREDIT_BRACKETS_RE = re.compile(r"[（(][^（()）\n]{2,40}[)）]")


def _without_credits(line: str, names: list[str]) -> str:
    """The line without its bracketed credits whose names are all on the article's byline."""
    have = {norm_han(n) for n in names if len(norm_han(n)) >= 2}
    if not have:
        return line

    def drop(m: re.Match) -> str:
        words = [norm_han(w) for w in re.split(r"[\s、，,:：/]+", m.group(0)[1:-1]) if norm_han(w)]
        named = [any(h in w for h in have) for w in words]
        # every word a name of the byline or a short role word (通讯员, 记者): a credit, not a remark in brackets
        return "" if any(named) and all(n or len(w) <= 4 for w, n in zip(words, named)) else m.group(0)

    return CREDIT_BRACKETS_RE.sub(drop, line)


def _line_hash(s: str) -> str:
    """A miss names the line by number and a hash, never by its text (the judgment carries no text)."""
    return digest(s)


def classify(article):
    """The genre and topics the build would give the article (as `clean` prints them)."""
    from ..topics import assign_topics, load_taxonomy
    return article.genre, assign_topics(article, load_taxonomy())


def uncleaned(source: Source):
    """The baseline 'no cleaning at all': the page as saved, its first line taken for the title."""
    from ..article import Article

    lines = [l for l in source.text.split("\n") if l.strip()]
    return Article(title=lines[0].strip() if lines else "", body=source.text, slug=source.stem,
                   source_file=source.path, source_sha256=source.sha256)


def score_page(j: dict, raw: bytes, baseline: str | None = None) -> PageResult | None:
    """None when the saved page is not the judged one (its lines' hashes differ)."""
    text = raw.decode("utf-8", errors="replace")
    lines = page_lines(text)
    if hashlib.sha256(raw).hexdigest() != j["page_sha256"]:
        if len(lines) != j["lines"] or any(digest(lines[int(i) - 1]) != h for i, h in j["line_sha"].items()):
            return None
    from ..cleaning import clean_source
    source = Source(path=f"eval/pages/{j['id']}.txt", name=f"{j['id']}.txt", stem=j["id"], text=text.replace("\r\n", "\n"),
                    sha256=j["page_sha256"], encoding="utf-8", raw_size=len(raw))
    article = uncleaned(source) if baseline == "none" else clean_source(source)
    genre, topics = classify(article)
    body_plain = _MD_MARK.sub("", article.body)
    blocks = [norm(b) for b in re.split(r"\n\s*\n", body_plain) if norm(b)]
    # the page shows its title, its body and its keywords (a paper's 关键词 line moves there)
    full = norm(article.title or "") + "".join(blocks) + norm("关键词" + "".join(article.keywords))
    full_han = norm_han(full)
    full_p = norm_punct(body_plain)
    r = PageResult(j["id"])
    # junk lines
    junk = parse_ranges(j["junk"])
    body_full = "".join(blocks)  # a junk line may repeat the title: it must not stand in the body
    # a junk line that repeats a line to keep (a mirror's repeated paragraphs) is gone when the text stands no more
    # often than the lines to keep that say it
    keep_texts = Counter(norm(lines[i - 1]) for i in parse_ranges(j["keep"]) if 0 < i <= len(lines))
    gone = [i for i in junk if norm(lines[i - 1]) and (
        body_full.count(norm(lines[i - 1])) <= keep_texts[norm(lines[i - 1])] if keep_texts[norm(lines[i - 1])]
        else not _present(norm(lines[i - 1]), body_full, blocks))]
    r.junk = (len(gone), len([i for i in junk if norm(lines[i - 1])]))
    for i in junk:
        if i not in gone and norm(lines[i - 1]):
            r.misses.append(f"junk line {i} kept [{_line_hash(lines[i - 1])}]")
    # inline junk
    spans: dict[int, list[tuple[int, int]]] = {}
    done = 0
    for item in j["inline_junk"]:
        line = lines[item["line"] - 1]
        s, e = item["start"], item["end"]
        spans.setdefault(item["line"], []).append((s, e))
        left, right = line[max(0, s - 4):s], line[e:e + 4]
        if norm_punct(left + line[s:e] + right) not in full_p:
            done += 1
        else:
            r.misses.append(f"inline junk on line {item['line']} chars {s}-{e} kept")
    r.inline = (done, len(j["inline_junk"]))
    # kept lines
    keep = parse_ranges(j["keep"])
    kept = 0
    for i in keep:
        line, pieces, at = lines[i - 1], [], 0
        for s, e in _merged(spans.get(i, [])):
            pieces.append(norm_han(line[at:s]))
            at = e
        pieces.append(norm_han(line[at:]))
        for s, e in reversed(_merged(spans.get(i, []))):
            line = line[:s] + line[e:]
        if _kept(norm_han(line), full_han, pieces) or _keywords_kept(line, article.keywords) \
                or _kept(norm_han(_without_credits(line, article.authors)), full_han):
            kept += 1
        else:
            r.misses.append(f"text line {i} lost [{_line_hash(lines[i - 1])}]")
    r.kept = (kept, len(keep))
    # title
    warned = any(w.kind in TITLE_WARNING_RULES for w in article.warnings)
    r.title_warned = warned
    if j["title"]:
        t = j["title"]
        expected = lines[t["line"] - 1][t["start"]:t["end"]]
        r.title = norm_han(article.title) == norm_han(expected)
        r.title_loose = r.title or undecorated(article.title) == undecorated(expected)
        if not r.title:
            r.misses.append(f"title wrong (expected line {t['line']}; got {len(article.title)} chars"
                            f"{', warned' if warned else ', no warning'})")
    elif not warned:
        r.misses.append("page has no title; a title was made up with no warning")
    # date
    if j["date"]:
        r.date = article.date == j["date"]
        if not r.date:
            r.misses.append(f"date {article.date} ≠ {j['date']}")
    elif article.date:
        r.misses.append(f"date {article.date} given where the page shows none")
    # genre and topics
    r.genre = genre == j["genre"]
    if not r.genre:
        r.misses.append(f"genre {genre} ≠ {j['genre']}")
    labelled = j["topics"]
    r.topics_right = (sum(t in labelled for t in topics), len(topics))
    if labelled:
        r.main_topic = labelled[0] in topics
    wrong = [t for t in topics if t not in labelled]
    if wrong or (labelled and not r.main_topic):
        r.misses.append(f"topics {topics} vs labelled {labelled}")
    return r
