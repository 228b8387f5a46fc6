"""Save the evaluation pages again on a new machine (eval/README.md, 重新保存网页).

    python -m build_scripts.eval.resave --plan 40 [--skip 0]   # the next 40 searches to make: query, then id and url
    python -m build_scripts.eval.resave < answer.json            # save the search answer's excerpts, check each page

The pages are the `pages` corpus's excerpts, which only the workplace's search tool returns: a person (or a
helper) searches each planned query once and pipes the answer's results, exactly as printed, into the second
command. A result whose URL is in the manifest is written to eval/pages/<id>.txt (a trailing newline tried both
ways) and checked against its judgment: OK (the page's hash), OK-LINES (every judged line's hash: scored too) or
MISMATCH (not scored; copy it again). The plan puts the queries that found the most pages still unsaved first.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

import yaml

from .judge import JUDGMENTS_DIR, MANIFEST, PAGES_DIR, page_lines
from .textnorm import digest


def url_key(url: str) -> str:
    """A URL as the search tool and the manifest may each spell it (http or https, a trailing slash)."""
    u = url.strip()
    for prefix in ("https://", "http://"):
        if u.startswith(prefix):
            u = u[len(prefix):]
    return u.rstrip("/")


def manifest_rows(path: Path = MANIFEST) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def page_status(raw: bytes, judgment: dict) -> str:
    """OK, OK-LINES or MISMATCH: how a saved page compares with the page that was judged."""
    if hashlib.sha256(raw).hexdigest() == judgment["page_sha256"]:
        return "OK"
    lines = page_lines(raw.decode("utf-8", "replace"))
    if len(lines) == judgment["lines"] and all(
            int(i) <= len(lines) and digest(lines[int(i) - 1]) == h for i, h in judgment["line_sha"].items()):
        return "OK-LINES"
    return "MISMATCH"


def save_excerpt(page_id: str, excerpt: str, judgments: Path = JUDGMENTS_DIR, pages: Path = PAGES_DIR) -> str:
    """Write the excerpt as the page, its final newline as the judged page had it; return its status."""
    judgment = yaml.safe_load((judgments / f"{page_id}.yml").read_text(encoding="utf-8"))
    target = pages / f"{page_id}.txt"
    if target.exists() and page_status(target.read_bytes(), judgment) == "OK":
        return "OK (already saved)"
    best, best_status = None, "MISMATCH"
    for text in (excerpt + "\n", excerpt, excerpt.rstrip("\n") + "\n", excerpt + "\n\n"):
        status = page_status(text.encode("utf-8"), judgment)
        if status == "OK":
            best, best_status = text, status
            break
        if status == "OK-LINES" and best is None:
            best, best_status = text, status
    pages.mkdir(parents=True, exist_ok=True)
    target.write_text(best if best is not None else excerpt + "\n", encoding="utf-8", newline="")
    return best_status


def results_of(answer) -> list[dict]:
    """The url/excerpt pairs of a search answer, a list of results, or a {url: excerpt} mapping."""
    if isinstance(answer, dict) and "results" in answer:
        answer = answer["results"]
    if isinstance(answer, dict):
        return [{"url": u, "excerpt": e} for u, e in answer.items()]
    return [r for r in answer if isinstance(r, dict) and "url" in r and "excerpt" in r]


def save_answer(answer, rows: list[dict], judgments: Path = JUDGMENTS_DIR, pages: Path = PAGES_DIR) -> list[str]:
    by_url: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        by_url[url_key(row["url"])].append(row["id"])
    report = []
    for result in results_of(answer):
        for page_id in by_url.get(url_key(result["url"]), []):
            report.append(f"{page_id} {save_excerpt(page_id, result['excerpt'], judgments, pages)}")
    return report


def plan(rows: list[dict], pages: Path = PAGES_DIR) -> list[tuple[str, list[dict]]]:
    """The queries whose pages are not all saved, those that would bring back the most unsaved pages first."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        groups[row["query"]].append(row)
    todo = [(q, [r for r in rs if not (pages / f"{r['id']}.txt").exists()]) for q, rs in groups.items()]
    todo = [(q, rs) for q, rs in todo if rs]
    return sorted(todo, key=lambda t: (-len(t[1]), -sum(r["split"] == "held" for r in t[1]), t[1][0]["id"]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m build_scripts.eval.resave", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--plan", type=int, metavar="N", help="print the next N queries to search, with their pages")
    parser.add_argument("--skip", type=int, default=0, help="with --plan: leave out the first queries (another list)")
    args = parser.parse_args(argv)
    rows = manifest_rows()
    if args.plan:
        for k, (query, todo) in enumerate(plan(rows)[args.skip: args.skip + args.plan], 1):
            print(f"Q{k}\t{query}")
            for row in todo:
                print(f"\t{row['id']}\t{row['url']}")
        return 0
    try:
        answer = json.loads(sys.stdin.read())
    except json.JSONDecodeError as e:
        print(f"resave: the input is not the search answer's JSON ({e}); copy it exactly as printed", file=sys.stderr)
        return 2
    report = save_answer(answer, rows)
    print("\n".join(report) if report else "resave: no result's URL is in eval/manifest.tsv")
    return 0


if __name__ == "__main__":
    sys.exit(main())
