"""Turn a labeller's working file (with text) into a judgment (line numbers and hashes, no text).

    python -m build_scripts.eval.judge eval/labels/a017.yml [more …]
    python -m build_scripts.eval.judge --manifest        # rewrite eval/manifest.tsv from eval/judgments/

The working files (eval/labels/) and the pages (eval/pages/) hold publishers' text and are ignored
by git; eval/judgments/ and eval/manifest.tsv are committed.
"""
from __future__ import annotations

import argparse
import hashlib
import re
import sys
from datetime import date as Date
from pathlib import Path

import yaml

from .textnorm import digest, parse_ranges, ranges

ROOT = Path(__file__).resolve().parents[2]
EVAL_DIR = ROOT / "eval"
PAGES_DIR = EVAL_DIR / "pages"
JUDGMENTS_DIR = EVAL_DIR / "judgments"
MANIFEST = EVAL_DIR / "manifest.tsv"
TAXONOMY_DIR = ROOT / "build_scripts" / "taxonomy"
KINDS = {"news", "university", "enterprise", "gov", "wenku", "fanwen", "journal", "wechat", "forum", "qa", "mobile",
         "traditional", "other"}
SUBJECTS = {"enterprise", "rural", "community", "school", "organ", "discipline", "campaign", "general"}
ID_RE = re.compile(r"^([a-z]{1,2})[0-9]{3}$")  # batch letters (a-z, then aa, ab, ...) and a number
MANIFEST_COLUMNS = ["id", "split", "url", "site", "kind", "subject", "query", "page_sha256"]


def batch_of(page_id: str) -> str:
    """The batch a page was labelled in: the letters of its id (a017 -> a, ab017 -> ab)."""
    m = ID_RE.match(page_id)
    return m.group(1) if m else page_id.rstrip("0123456789")


def genre_slugs() -> set[str]:
    data = yaml.safe_load((TAXONOMY_DIR / "genres.yml").read_text(encoding="utf-8"))
    return {g["slug"] for g in data["genres"]}


def topic_slugs() -> set[str]:
    data = yaml.safe_load((TAXONOMY_DIR / "topics.yml").read_text(encoding="utf-8"))
    return {t["slug"] for t in data["topics"]}


def split_of(url: str) -> str:
    """A third of the pages are held back, chosen by the URL's hash (no one picks them)."""
    return "held" if hashlib.sha256(url.encode()).digest()[0] % 3 == 0 else "dev"


def page_lines(text: str) -> list[str]:
    """Lines numbered as `cat -n` numbers them (a final newline does not start a line)."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def judge(label_path: Path) -> tuple[dict | None, list[str]]:
    """The judgment for one working file, or the problems that stop it."""
    problems: list[str] = []
    lab = yaml.safe_load(label_path.read_text(encoding="utf-8")) or {}
    pid = str(lab.get("id") or label_path.stem)
    if not ID_RE.match(pid) or pid != label_path.stem:
        return None, [f"id {pid!r} must look like a017 or ab017 and match the file name {label_path.stem}"]
    page = PAGES_DIR / f"{pid}.txt"
    if not page.exists():
        return None, [f"{page} is missing"]
    raw = page.read_bytes()
    text = raw.decode("utf-8")
    lines = page_lines(text)
    n = len(lines)
    for key in ("url", "site", "kind", "subject", "query", "genre"):
        if not lab.get(key):
            problems.append(f"{key} is missing")
    if lab.get("kind") and lab["kind"] not in KINDS:
        problems.append(f"kind {lab['kind']!r} is not one of {sorted(KINDS)}")
    if lab.get("subject") and lab["subject"] not in SUBJECTS:
        problems.append(f"subject {lab['subject']!r} is not one of {sorted(SUBJECTS)}")
    if lab.get("genre") and lab["genre"] not in genre_slugs():
        problems.append(f"genre {lab['genre']!r} is not one of {sorted(genre_slugs())}")
    topics = lab.get("topics") or []
    known = topic_slugs()
    for t in topics:
        if t not in known:
            problems.append(f"topic {t!r} is not one of {sorted(known)}")
    if len(topics) > 3:
        problems.append("at most 3 topics")
    d = lab.get("date")
    if d is not None and not isinstance(d, Date):
        try:
            d = Date.fromisoformat(str(d))
        except ValueError:
            problems.append(f"date {d!r} is not YYYY-MM-DD")
    try:
        groups = {k: parse_ranges(lab.get(k)) for k in ("junk", "meta", "keep")}
    except ValueError as e:
        return None, problems + [f"bad line range: {e}"]
    title_line = lab.get("title_line")
    title = lab.get("title")
    title_j = None
    if title is not None:
        title = str(title)
        if not isinstance(title_line, int) or not 1 <= title_line <= n:
            problems.append(f"title_line {title_line!r} is not a line of the page (1–{n})")
        else:
            start = lines[title_line - 1].find(title)
            if start < 0:
                problems.append(f"the title is not found on line {title_line}")
            else:
                title_j = {"line": title_line, "start": start, "end": start + len(title), "sha": digest(title)}
    seen: dict[int, str] = {}
    for key, nums in groups.items():
        for i in nums:
            if not 1 <= i <= n:
                problems.append(f"{key}: line {i} is not a line of the page (1–{n})")
            elif i in seen:
                problems.append(f"line {i} is in both {seen[i]} and {key}")
            else:
                seen[i] = key
    for i, line in enumerate(lines, 1):
        if line.strip() and i not in seen and not (title is not None and i == title_line):
            problems.append(f"line {i} is not labelled (title_line, junk, meta or keep)")
        if not line.strip() and i in seen and seen[i] != "title_line":
            problems.append(f"line {i} is blank but labelled {seen[i]}")
    inline = []
    for item in lab.get("inline_junk") or []:
        i, s = item.get("line"), str(item.get("text", ""))
        if not isinstance(i, int) or not 1 <= i <= n or not s:
            problems.append(f"inline_junk {item!r}: needs a line of the page and its text")
            continue
        start = lines[i - 1].find(s)
        if start < 0:
            problems.append(f"inline_junk text is not found on line {i}")
            continue
        if groups["keep"] and i not in groups["keep"] and i != title_line and i not in groups["meta"]:
            problems.append(f"inline_junk on line {i}: the line should be keep (its junk part is what goes)")
        while start >= 0:  # every place the junk stands on that line
            span = {"line": i, "start": start, "end": start + len(s), "sha": digest(s)}
            if span not in inline:
                inline.append(span)
            start = lines[i - 1].find(s, start + len(s))
    if problems:
        return None, problems
    labelled = sorted(seen)
    return {
        "id": pid,
        "url": str(lab["url"]),
        "site": str(lab["site"]),
        "kind": lab["kind"],
        "subject": lab["subject"],
        "query": str(lab["query"]),
        "split": split_of(str(lab["url"])),
        "page_sha256": hashlib.sha256(raw).hexdigest(),
        "lines": n,
        "title": title_j,
        "date": d.isoformat() if d else None,
        "junk": ranges(groups["junk"]),
        "meta": ranges(groups["meta"]),
        "keep": ranges(groups["keep"]),
        "inline_junk": inline,
        "genre": lab["genre"],
        "topics": list(topics),
        # the normal form's hash of each labelled line: shows which lines moved if a page is saved again
        "line_sha": {i: digest(lines[i - 1]) for i in labelled},
    }, []


def write_judgment(j: dict) -> Path:
    JUDGMENTS_DIR.mkdir(parents=True, exist_ok=True)
    out = JUDGMENTS_DIR / f"{j['id']}.yml"
    out.write_text(yaml.safe_dump(j, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return out


def load_judgments(folder: Path = JUDGMENTS_DIR) -> list[dict]:
    return [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.yml"))]


def write_manifest() -> int:
    rows = ["\t".join(MANIFEST_COLUMNS)]
    judgments = load_judgments()
    for j in judgments:
        rows.append("\t".join(str(j[c]).replace("\t", " ") for c in MANIFEST_COLUMNS))
    MANIFEST.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return len(judgments)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m build_scripts.eval.judge")
    parser.add_argument("labels", nargs="*", help="eval/labels/<id>.yml files")
    parser.add_argument("--manifest", action="store_true", help="rewrite eval/manifest.tsv from the judgments")
    args = parser.parse_args(argv)
    failed = 0
    for name in args.labels:
        path = Path(name)
        try:
            j, problems = judge(path)
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
            j, problems = None, [f"cannot read: {e}"]
        if problems:
            failed += 1
            for p in problems:
                print(f"{path}: {p}")
        else:
            print(f"{path}: ok → {write_judgment(j).relative_to(ROOT)} ({j['split']})")
    if args.manifest:
        print(f"manifest: {write_manifest()} pages → {MANIFEST.relative_to(ROOT)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
