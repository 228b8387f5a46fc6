"""Fit the genre classifier's weights on the dev pages and measure it leave-one-batch-out.

    python -m build_scripts.eval.fit_genres            # leave-one-batch-out accuracy, then write the weights
    python -m build_scripts.eval.fit_genres --check    # only measure (nothing written)
    python -m build_scripts.eval.fit_genres --current  # the classifier as it stands (its weights file), per batch

The classifier (genres.py) is a multinomial logistic regression over the features of genres.genre_features:
each genre's cue counts in the title, opening, closing and body, and the signs of structure and voice. The
weights are fitted here, on the dev pages only (held pages are never read), with an L2 penalty, and written
to taxonomy/genre_weights.json; at build time a genre's score is a dot product in pure Python.

A batch is the letter of the page ids (a, b, … h: the pages labelled together, from sites new at the time).
Leave-one-batch-out fits the weights without the batch it scores, so its figure says how the classifier does
on sites it has not seen; the cue lists themselves were written looking at the dev pages, so even this figure
flatters them a little.

The pages are cleaned once and cached (eval/scratch/, ignored by git: it holds the pages' text).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

from .. import genres
from .judge import EVAL_DIR, JUDGMENTS_DIR, PAGES_DIR

CACHE = EVAL_DIR / "scratch" / "genre_dev.json"
CLEANING_DIR = Path(__file__).resolve().parents[1] / "cleaning"
# The L2 penalty on the weights (per page of the training set) and on the weight each region's own cues
# share across genres (light: that a genre's own cue speaks for it is the model's prior, not a fit).
L2, L2_SHARED = 0.03, 0.003
BATCH_GROUPS = {"a": "a-d", "b": "a-d", "c": "a-d", "d": "a-d"}


def _cleaning_hash() -> str:
    """Cleaned pages are re-made when the cleaning code changes (genres.py does not change the body)."""
    h = hashlib.sha256()
    for path in sorted(CLEANING_DIR.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".yml"):
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def load_dev_pages() -> list[dict]:
    """id, batch, title, body and labelled genre of every dev page (cleaned, from the cache when current)."""
    from ..article import Source
    from ..cleaning import clean_source
    from .judge import load_judgments

    key = _cleaning_hash()
    if CACHE.exists():
        cached = json.loads(CACHE.read_text(encoding="utf-8"))
        if cached.get("key") == key:
            return cached["pages"]
    pages = []
    for j in load_judgments(JUDGMENTS_DIR):
        if j["split"] != "dev":  # held pages are never read here
            continue
        path = PAGES_DIR / f"{j['id']}.txt"
        if not path.exists():
            continue
        raw = path.read_bytes()
        text = raw.decode("utf-8", errors="replace").replace("\r\n", "\n")
        source = Source(path=str(path), name=path.name, stem=j["id"], text=text, sha256=j["page_sha256"],
                        encoding="utf-8", raw_size=len(raw))
        article = clean_source(source)
        pages.append({"id": j["id"], "batch": j["id"][0], "title": article.title, "body": article.body,
                      "genre": j["genre"]})
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    CACHE.write_text(json.dumps({"key": key, "pages": pages}, ensure_ascii=False), encoding="utf-8")
    return pages


def report(name: str, pages: list[dict], predicted: dict[str, str]) -> float:
    """Per-batch accuracy and its mean over batches; returns the overall accuracy."""
    by_batch = defaultdict(list)
    for p in pages:
        by_batch[p["batch"]].append(predicted[p["id"]] == p["genre"])
    cells = [f"{b} {sum(v) / len(v):.0%} ({sum(v)}/{len(v)})" for b, v in sorted(by_batch.items())]
    group = [x for b, v in by_batch.items() if b in BATCH_GROUPS for x in v]
    mean = sum(sum(v) / len(v) for v in by_batch.values()) / len(by_batch)
    overall = sum(predicted[p["id"]] == p["genre"] for p in pages) / len(pages)
    print(f"{name}: overall {overall:.1%}, mean of batches {mean:.1%}, a-d {sum(group) / max(len(group), 1):.1%}; "
          + ", ".join(cells))
    return overall


def confusions(pages: list[dict], predicted: dict[str, str]) -> None:
    pairs = Counter((p["genre"], predicted[p["id"]]) for p in pages if predicted[p["id"]] != p["genre"])
    print("  confusions (labelled → predicted): " + ", ".join(f"{a}→{b} {n}" for (a, b), n in pairs.most_common(12)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m build_scripts.eval.fit_genres",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="measure only; do not write the weights")
    parser.add_argument("--current", action="store_true", help="score the classifier as it stands, per batch")
    args = parser.parse_args(argv)
    pages = load_dev_pages()
    if not pages:
        print(f"fit_genres: no dev pages in {PAGES_DIR}", file=sys.stderr)
        return 1
    if args.current:
        predicted = {p["id"]: genres.classify_genre(p["title"], p["body"])[0] for p in pages}
        report("current classifier", pages, predicted)
        confusions(pages, predicted)
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
