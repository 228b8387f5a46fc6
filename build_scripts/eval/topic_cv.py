"""Topic precision and recall per batch of dev pages, and each tuned topic constant chosen by leaving one batch out.

    python -m build_scripts.eval.topic_cv            # the committed values, per batch
    python -m build_scripts.eval.topic_cv --choose   # and, per constant, the value each fold chooses

The batches are the labelling batches (the id's letter; a–d were labelled together). A constant is
fitted without the batch it is scored on: for each batch, the value that gives the best main-topic
recall with a precision of at least PRECISION_FLOOR on the other batches (a wrong topic costs a
reader more than a missing one) is scored on the held-out batch. Only dev pages are read; only
figures are printed (never a page's text).
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from dataclasses import dataclass

from .. import topics
from ..article import Source
from .judge import JUDGMENTS_DIR, PAGES_DIR, load_judgments
from .judge import batch_of as judge_batch_of

PRECISION_FLOOR = 0.92
# The constants a fold may choose, each among these values (the others stay as committed).
GRID = {
    "SINGLE_TERM_SHARE": [1.0, 0.9, 0.8, 0.7, 0.6, 0.5],
    "DERIVED_TITLE_WEIGHT": [10.0, 7.0, 5.0, 4.0, 3.0, 2.0, 0.0],
    "MIN_TOPIC_SCORE": [5.0, 6.0, 7.0, 8.0],
    "SECONDARY_SHARE": [0.5, 0.55, 0.6, 0.65, 0.7],
    "MIN_SECONDARY_SCORE": [8.0, 9.0, 10.0, 11.0, 12.0],
    "THIRD_SHARE": [0.85, 0.9, 0.95, 1.01],
}


@dataclass
class Counts:
    """right: assigned topics that are labelled; assigned; found: pages whose main topic is assigned; labelled."""

    right: int = 0
    assigned: int = 0
    found: int = 0
    labelled: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.right + other.right, self.assigned + other.assigned, self.found + other.found,
                      self.labelled + other.labelled)

    @property
    def precision(self) -> float:
        return self.right / self.assigned if self.assigned else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.labelled if self.labelled else 0.0


def batch_of(page_id: str) -> str:
    batch = judge_batch_of(page_id)
    return "a-d" if batch in ("a", "b", "c", "d") else batch


def count(labelled: list[str], assigned: list[str]) -> Counts:
    return Counts(sum(t in labelled for t in assigned), len(assigned),
                  int(bool(labelled) and labelled[0] in assigned), int(bool(labelled)))


def merit(c: Counts, floor: float = PRECISION_FLOOR) -> float:
    """Main-topic recall, less twice the shortfall of precision below the floor."""
    return c.recall - 2 * max(0.0, floor - c.precision)


def choose_leaving_out(results: dict, batches: list[str], floor: float = PRECISION_FLOOR) -> dict[str, object]:
    """results[value][batch] → Counts; for each batch, the value with the best merit on the others
    (a tie goes to the value listed first)."""
    values = list(results)
    chosen = {}
    for b in batches:
        def others(v):
            total = Counts()
            for o in batches:
                if o != b:
                    total = total + results[v][o]
            return merit(total, floor)
        chosen[b] = max(values, key=lambda v: (others(v), -values.index(v)))
    return chosen


def load_dev_articles() -> list[tuple[dict, object]]:
    """Every dev page that is saved as judged, cleaned (as the scorer cleans it)."""
    from ..cleaning import clean_source

    out = []
    for j in load_judgments(JUDGMENTS_DIR):
        path = PAGES_DIR / f"{j['id']}.txt"
        if j["split"] != "dev" or not path.exists():
            continue
        raw = path.read_bytes()
        if hashlib.sha256(raw).hexdigest() != j["page_sha256"]:
            continue
        text = raw.decode("utf-8", errors="replace").replace("\r\n", "\n")
        source = Source(path=f"eval/pages/{j['id']}.txt", name=path.name, stem=j["id"], text=text,
                        sha256=j["page_sha256"], encoding="utf-8", raw_size=len(raw))
        out.append((j, clean_source(source)))
    return out


def per_batch(pages, taxonomy) -> dict[str, Counts]:
    result: dict[str, Counts] = {}
    for j, article in pages:
        b = batch_of(j["id"])
        result[b] = result.get(b, Counts()) + count(j["topics"], topics.rule_topics(article, taxonomy))
    return result


def row(name: str, by_batch: dict[str, Counts], batches: list[str]) -> str:
    cells = [f"{by_batch[b].precision:.0%} / {by_batch[b].recall:.0%}" for b in batches]
    mean_p = sum(by_batch[b].precision for b in batches) / len(batches)
    mean_r = sum(by_batch[b].recall for b in batches) / len(batches)
    return f"| {name} | " + " | ".join(cells) + f" | {mean_p:.1%} / {mean_r:.1%} |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m build_scripts.eval.topic_cv", description=__doc__.splitlines()[0])
    parser.add_argument("--choose", action="store_true", help="choose each constant of GRID leaving one batch out")
    args = parser.parse_args(argv)
    pages = load_dev_articles()
    if not pages:
        print("topic_cv: no dev pages saved (eval/README.md says how to save them)", file=sys.stderr)
        return 1
    taxonomy = topics.load_taxonomy()
    committed = per_batch(pages, taxonomy)
    batches = sorted(committed)
    print("precision / main-topic recall per batch of dev pages\n")
    print("| | " + " | ".join(batches) + " | mean |")
    print("|---" * (len(batches) + 2) + "|")
    print(row("committed", committed, batches))
    if args.choose:
        for name, values in GRID.items():
            kept = getattr(topics, name)
            results = {}
            try:
                for v in values:
                    setattr(topics, name, v)
                    results[v] = per_batch(pages, taxonomy)
            finally:
                setattr(topics, name, kept)
            chosen = choose_leaving_out(results, batches)
            held_out = {b: results[chosen[b]][b] for b in batches}
            picks = ", ".join(f"{b}: {chosen[b]:g}" for b in batches)
            print(row(f"{name} = {kept:g}, chosen leaving each batch out ({picks})", held_out, batches))
    return 0


if __name__ == "__main__":
    sys.exit(main())
