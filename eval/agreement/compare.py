"""Agreement of two labellers, and of each with the classifier, on genre and main topic.

    .venv/bin/python eval/agreement/compare.py [PAGES_DIR] [--write]

Reads the committed files only: eval/agreement/sample.txt (the 80 dev ids), second_labels.tsv
(the second labeller's blind genre and main topic), eval/judgments/<id>.yml (the first labeller's
genre and topics) and, for the classifier, the saved pages in PAGES_DIR (eval/pages by default,
ignored by git). A page that is missing, or saved differently from the judged one, is named and
left out of the classifier's figures; the labeller-vs-labeller figures need no page.
Prints the figures as Markdown; --write puts them at the end of eval/agreement/README.md.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import math
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from build_scripts.eval.judge import JUDGMENTS_DIR, MANIFEST, PAGES_DIR, genre_slugs, page_lines, topic_slugs  # noqa: E402
from build_scripts.eval.textnorm import digest  # noqa: E402

SAMPLE = HERE / "sample.txt"
SECOND = HERE / "second_labels.tsv"
README = HERE / "README.md"
MARKER = "<!-- figures below are written by compare.py --write -->"
SAMPLE_SIZE = 80
NONE = "none"


def sample_ids(manifest: Path = MANIFEST, size: int = SAMPLE_SIZE) -> list[str]:
    """The fixed rule: dev ids sorted by sha256 of the id, the first `size` of them."""
    with manifest.open(encoding="utf-8") as f:
        dev = [r["id"] for r in csv.DictReader(f, delimiter="\t") if r["split"] == "dev"]
    return sorted(dev, key=lambda i: hashlib.sha256(i.encode("utf-8")).hexdigest())[:size]


def load_second(path: Path = SECOND) -> dict[str, dict]:
    with path.open(encoding="utf-8") as f:
        return {r["id"]: r for r in csv.DictReader(f, delimiter="\t")}


def load_first(ids: list[str]) -> dict[str, dict]:
    """The first labeller's judgment of each sampled page (dev pages only; a held one is refused)."""
    first = {}
    for i in ids:
        j = yaml.safe_load((JUDGMENTS_DIR / f"{i}.yml").read_text(encoding="utf-8"))
        if j["split"] != "dev":
            raise SystemExit(f"compare: {i} is not a dev page; the sample must hold dev pages only")
        first[i] = j
    return first


def classify_page(j: dict, page: Path) -> tuple[str, list[str]] | None:
    """Genre and topics the build gives the saved page; None when it is not the judged page."""
    from build_scripts.article import Source
    from build_scripts.cleaning import clean_source
    from build_scripts.eval.score import classify

    raw = page.read_bytes()
    text = raw.decode("utf-8", errors="replace")
    if hashlib.sha256(raw).hexdigest() != j["page_sha256"]:
        lines = page_lines(text)
        if len(lines) != j["lines"] or any(digest(lines[int(n) - 1]) != h for n, h in j["line_sha"].items()):
            return None
    source = Source(path=f"eval/pages/{j['id']}.txt", name=f"{j['id']}.txt", stem=j["id"],
                    text=text.replace("\r\n", "\n"), sha256=j["page_sha256"], encoding="utf-8", raw_size=len(raw))
    return classify(clean_source(source))


def wilson(hits: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% interval of a share measured on n pages (Wilson score interval)."""
    p = hits / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def share(hits: int, n: int) -> str:
    if not n:
        return "0/0"
    low, high = wilson(hits, n)
    return f"{hits}/{n} = {hits / n:.0%} (95% {low:.0%}–{high:.0%})"


def cohen_kappa(pairs: list[tuple[str, str]]) -> float:
    """Agreement beyond what two labellers with these label frequencies would reach by chance."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    fa, fb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    chance = sum(fa[k] * fb[k] for k in fa) / (n * n)
    return (observed - chance) / (1 - chance) if chance < 1 else 1.0


def pair_table(pairs: list[tuple[str, str]], left: str, right: str) -> list[str]:
    """Disagreements counted by unordered pair, with how many went each way."""
    counts: Counter = Counter()
    ways: dict[tuple[str, str], Counter] = {}
    for a, b in pairs:
        if a == b:
            continue
        key = tuple(sorted((a, b)))
        counts[key] += 1
        ways.setdefault(key, Counter())[(a, b)] += 1
    out = [f"| pair | pages | {left} → {right} |", "|---|---|---|"]
    for key, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        detail = ", ".join(f"{a}→{b} {k}" for (a, b), k in sorted(ways[key].items(), key=lambda kv: (-kv[1], kv[0])))
        out.append(f"| {key[0]} / {key[1]} | {c} | {detail} |")
    return out


def per_label_table(pairs: list[tuple[str, str]], labels: list[str], left: str, right: str) -> list[str]:
    fa, fb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    both = Counter(a for a, b in pairs if a == b)
    out = [f"| label | {left} | {right} | both |", "|---|---|---|---|"]
    for g in labels:
        if fa[g] or fb[g]:
            out.append(f"| {g} | {fa[g]} | {fb[g]} | {both[g]} |")
    return out


def figures(pages_dir: Path) -> tuple[list[str], list[str]]:
    """The Markdown figures and the problems met (missing or changed pages, bad labels)."""
    problems: list[str] = []
    ids = [l.strip() for l in SAMPLE.read_text(encoding="utf-8").splitlines() if l.strip()]
    if ids != sample_ids():
        problems.append(f"{SAMPLE.name} is not the first {SAMPLE_SIZE} dev ids by sha256 of the id")
    second = load_second()
    if sorted(second) != sorted(ids):
        problems.append(f"{SECOND.name} does not label exactly the sampled ids")
        ids = [i for i in ids if i in second]
    genres, topics = sorted(genre_slugs()), sorted(topic_slugs())
    for i in ids:
        s = second[i]
        if s["genre"] not in genres:
            problems.append(f"{SECOND.name}: {i}: genre {s['genre']!r} is not one of the 10")
        if s["main_topic"] not in topics and s["main_topic"] != NONE:
            problems.append(f"{SECOND.name}: {i}: main topic {s['main_topic']!r} is not a topic slug or {NONE}")
    first = load_first(ids)

    clf: dict[str, tuple[str, list[str]]] = {}
    missing, changed = [], []
    for i in ids:
        page = pages_dir / f"{i}.txt"
        if not page.exists():
            missing.append(i)
            continue
        got = classify_page(first[i], page)
        if got is None:
            changed.append(i)
        else:
            clf[i] = got
    if missing:
        problems.append(f"missing pages (classifier figures leave them out): {len(missing)}: {' '.join(missing)}")
    if changed:
        problems.append(f"pages saved differently from the judged ones (left out): {len(changed)}: {' '.join(changed)}")

    n = len(ids)
    ga = {i: first[i]["genre"] for i in ids}
    gb = {i: second[i]["genre"] for i in ids}
    ta = {i: list(first[i]["topics"]) for i in ids}
    ma = {i: (ta[i][0] if ta[i] else NONE) for i in ids}
    mb = {i: second[i]["main_topic"] for i in ids}
    c_ids = [i for i in ids if i in clf]
    gc = {i: clf[i][0] for i in c_ids}
    tc = {i: clf[i][1] for i in c_ids}
    mc = {i: (tc[i][0] if tc[i] else NONE) for i in c_ids}
    nc = len(c_ids)
    agreed = [i for i in c_ids if ga[i] == gb[i]]
    split_ = [i for i in c_ids if ga[i] != gb[i]]

    out = [f"样本：{n} 个 dev 网页（A = 第一位标注者，即 eval/judgments；B = 第二位标注者；C = 分类器，"
           f"对 {nc} 个已保存且与判断一致的网页运行）。", ""]
    out += ["### 文体（genre）", "",
            "| measure | pages |", "|---|---|",
            f"| A = B | {share(sum(ga[i] == gb[i] for i in ids), n)} (Cohen's κ {cohen_kappa([(ga[i], gb[i]) for i in ids]):.2f}) |",
            f"| C = A (what `make eval` scores) | {share(sum(gc[i] == ga[i] for i in c_ids), nc)} |",
            f"| C = B | {share(sum(gc[i] == gb[i] for i in c_ids), nc)} |",
            f"| C = A or C = B | {share(sum(gc[i] in (ga[i], gb[i]) for i in c_ids), nc)} |",
            f"| C = A on pages where A = B | {share(sum(gc[i] == ga[i] for i in agreed), len(agreed))} |",
            f"| C = A on pages where A ≠ B | {share(sum(gc[i] == ga[i] for i in split_), len(split_))} |",
            f"| C = B on pages where A ≠ B | {share(sum(gc[i] == gb[i] for i in split_), len(split_))} |",
            "", "A 与 B 的分歧（按文体对计数，“A→B” 为 A 的标签到 B 的标签）：", ""]
    out += pair_table([(ga[i], gb[i]) for i in ids], "A", "B")
    out += ["", "每个文体的页数：", ""]
    out += per_label_table([(ga[i], gb[i]) for i in ids], genres, "A", "B")
    out += ["", "分类器与 A 的分歧，只算 A = B 的网页（两位标注者一致、分类器不同）：", ""]
    out += pair_table([(ga[i], gc[i]) for i in agreed], "A", "C")

    out += ["", "### 主要专题（main topic）", "",
            "A 的专题最多 3 个，第一个为主要专题；B 只给一个主要专题（没有合适的专题时为 none，"
            "与 A 的空专题列表相当）。", "",
            "| measure | pages |", "|---|---|",
            f"| B's main among A's topics | {share(sum(mb[i] in ta[i] or (mb[i] == NONE and not ta[i]) for i in ids), n)} |",
            f"| A's main = B's main | {share(sum(ma[i] == mb[i] for i in ids), n)} (Cohen's κ {cohen_kappa([(ma[i], mb[i]) for i in ids]):.2f}) |",
            f"| A's main among C's topics (`make eval` main-topic recall) | {share(sum(ma[i] in tc[i] for i in c_ids if ta[i]), sum(1 for i in c_ids if ta[i]))} |",
            f"| B's main among C's topics | {share(sum(mb[i] in tc[i] for i in c_ids if mb[i] != NONE), sum(1 for i in c_ids if mb[i] != NONE))} |",
            f"| C's main = A's main | {share(sum(mc[i] == ma[i] for i in c_ids), nc)} |",
            f"| C's main = B's main | {share(sum(mc[i] == mb[i] for i in c_ids), nc)} |",
            f"| C's main among A's topics | {share(sum(mc[i] in ta[i] or (mc[i] == NONE and not ta[i]) for i in c_ids), nc)} |",
            f"| C's main = A's main or B's main | {share(sum(mc[i] in (ma[i], mb[i]) for i in c_ids), nc)} |",
            "", "A 与 B 主要专题的分歧（按专题对计数）：", ""]
    out += pair_table([(ma[i], mb[i]) for i in ids], "A", "B")
    out += ["", "其中 B 的主要专题在 A 的专题里（只是先后不同）的网页："
            + (" ".join(i for i in ids if ma[i] != mb[i] and mb[i] in ta[i]) or "无"), ""]
    out += ["### 逐页", "", "| id | A genre | B genre | C genre | A topics | B main | C topics |", "|---|---|---|---|---|---|---|"]
    for i in ids:
        c_g, c_t = (gc[i], ", ".join(tc[i]) or "–") if i in clf else ("?", "?")
        out.append(f"| {i} | {ga[i]} | {gb[i]} | {c_g} | {', '.join(ta[i]) or '–'} | {mb[i]} | {c_t} |")
    return out, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="?", default=str(PAGES_DIR), help="folder of saved pages (<id>.txt)")
    parser.add_argument("--write", action="store_true", help=f"rewrite the figures at the end of {README.name}")
    args = parser.parse_args(argv)
    lines, problems = figures(Path(args.pages))
    for p in problems:
        print(f"compare: {p}", file=sys.stderr)
    text = "\n".join(lines) + "\n"
    print(text, end="")
    if args.write:
        head = README.read_text(encoding="utf-8").split(MARKER)[0] if README.exists() else ""
        README.write_text(head.rstrip("\n") + "\n\n" + MARKER + "\n\n" + text, encoding="utf-8")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
