"""Fit the junk-line model (cleaning/linemodel.py) on the dev pages and measure it leave-one-batch-out.

    python -m build_scripts.eval.fit_lines            # leave-one-batch-out junk/kept figures, then write the weights
    python -m build_scripts.eval.fit_lines --check    # only measure (nothing written)

Training lines are the lines as they reach the model's step with the junk rules switched off (so that the
model sees every junk line of a page, not only those the rules miss), each matched to the labelled line of
the raw page it came from: junk (1) or article text (0); title, metadata and unmatched lines are left out.
The features are shapes and places only (cleaning/linemodel.py), never a site's name; the words are
character pairs seen in lines of at least MIN_GROUPS batches, so that no one site's furniture is learned.

Leave-one-batch-out fits without a batch (a–d count as one) and cleans that batch with the rules and the
model together: its figures say what the model adds on pages from sites it has not seen. The rules were
written looking at these pages, so the junk figure without the model is flattered and the model's gain
understated; the text it loses is measured fairly. Held pages are never read.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict

import numpy as np
from scipy.optimize import minimize

from ..cleaning import linemodel
from .fit_genres import BATCH_GROUPS
from .judge import JUDGMENTS_DIR, PAGES_DIR, batch_of, load_judgments, page_lines
from .textnorm import norm, norm_han, parse_ranges, to_simplified

L2 = 0.5  # per feature, against the summed loss over training lines
L2_WORD = 2.0  # words (character pairs) need more evidence than shapes
MIN_GROUPS = 3  # a word (character pair) counts when lines of this many batch groups have it
MIN_COUNT = 4
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
CHOSEN_THRESHOLD = 0.85  # dev LOBO a-z: 0.7 kept -0.53 pt, 0.85 -0.22; held showed losses ~3x LOBO at 0.7
RULE_STEPS = ("cut_trailing_lists", "remove_junk_lines", "trim_tail_chrome")


def group_of(pid: str) -> str:
    return BATCH_GROUPS.get(batch_of(pid), batch_of(pid))


def lines_at_model(text: str) -> list[str]:
    """The page's lines as they reach the model's step, with the junk rules switched off."""
    from .. import cleaning
    from ..cleaning.context import Context

    ctx = Context()
    for step in cleaning.TEXT_STEPS:
        text = step(text, ctx)
    lines = text.split("\n")
    for step in cleaning.LINE_STEPS:
        if step is linemodel.remove_unlikely_text:
            break
        if step.__name__ in RULE_STEPS:
            continue
        lines = step(lines, ctx)
    return lines


def labels_of(j: dict, raw_lines: list[str]) -> list[tuple[str, int]]:
    """(normal form, label) of each labelled raw line: 1 junk, 0 text, -1 title or metadata."""
    junk, keep = set(parse_ranges(j["junk"])), set(parse_ranges(j["keep"]))
    out = []
    for n, line in enumerate(raw_lines, 1):
        label = 1 if n in junk else 0 if n in keep else -1
        out.append((norm(to_simplified(line)), label))
    return out


def match_label(line: str, raw: list[tuple[str, int]]) -> int | None:
    """The label of the raw line(s) a cleaned line came from: text wins; None when unknown."""
    n = norm(line)
    if len(n) < 2:
        return None
    found = [lab for r, lab in raw if r == n]
    if not found:
        found = [lab for r, lab in raw if len(r) >= 2 and ((n in r and len(n) >= 0.5 * len(r)) or (r in n and len(r) >= 4))]
    if not found:
        return None
    if 0 in found:
        return 0
    return 1 if all(lab == 1 for lab in found) else None


def training_lines(judgments: list[dict]) -> list[dict]:
    rows = []
    for j in judgments:
        path = PAGES_DIR / f"{j['id']}.txt"
        text = path.read_bytes().decode("utf-8", errors="replace").replace("\r\n", "\n")
        raw = labels_of(j, page_lines(text))
        lines = lines_at_model(text)
        for line, feats in zip(lines, linemodel.page_features(lines)):
            if feats is None:
                continue
            label = match_label(line, raw)
            if label is not None:
                rows.append({"id": j["id"], "group": group_of(j["id"]), "features": feats, "y": label})
    return rows


def fit(rows: list[dict], threshold: float = CHOSEN_THRESHOLD, l2: float = L2) -> linemodel.LineModel:
    groups_of: dict[str, set] = defaultdict(set)
    counts: dict[str, int] = defaultdict(int)
    for r in rows:
        for f in set(r["features"]):
            groups_of[f].add(r["group"])
            counts[f] += 1
    names = sorted(f for f in groups_of if counts[f] >= MIN_COUNT and (not f.startswith("w:") or len(groups_of[f]) >= MIN_GROUPS))
    col = {f: i for i, f in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, r in enumerate(rows):
        for f in r["features"]:
            if f in col:
                x[i, col[f]] += 1.0
    y = np.array([r["y"] for r in rows], dtype=float)
    penalty = np.array([L2_WORD * l2 / L2 if f.startswith("w:") else l2 for f in names])

    def loss(theta):
        b, w = theta[0], theta[1:]
        z = b + x @ w
        p = 1 / (1 + np.exp(-z))
        value = -np.sum(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12)) + np.sum(penalty * w * w) / 2
        d = p - y
        return value, np.concatenate([[d.sum()], x.T @ d + penalty * w])

    result = minimize(loss, np.zeros(len(names) + 1), jac=True, method="L-BFGS-B", options={"maxiter": 3000})
    b, w = result.x[0], result.x[1:]
    weights = {f: round(float(w[i]), 4) for f, i in col.items() if abs(w[i]) >= 1e-4}
    return linemodel.LineModel(round(float(b), 4), weights, threshold)


def score_group(judgments: list[dict], model: linemodel.LineModel | None) -> tuple[tuple[int, int], tuple[int, int]]:
    from .score import score_page

    linemodel._override[:] = [model]
    try:
        jr = jt = kr = kt = 0
        for j in judgments:
            r = score_page(j, (PAGES_DIR / f"{j['id']}.txt").read_bytes())
            if r is None:
                continue
            jr, jt = jr + r.junk[0], jt + r.junk[1]
            kr, kt = kr + r.kept[0], kt + r.kept[1]
        return (jr, jt), (kr, kt)
    finally:
        linemodel._override.clear()


def write_model(model: linemodel.LineModel) -> None:
    data = {"about": "Junk-line model weights: fitted on the dev pages of eval/ by "
                     "python -m build_scripts.eval.fit_lines; do not edit by hand.",
            "threshold": model.threshold, "bias": model.bias,
            "weights": {k: model.weights[k] for k in sorted(model.weights)}}
    linemodel.WEIGHTS_PATH.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m build_scripts.eval.fit_lines", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="measure only; do not write the weights")
    parser.add_argument("--thresholds", type=float, nargs="*", default=list(THRESHOLDS))
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument("--fresh", default="", help="batches (letters, e.g. ijk, or comma-separated, e.g. aa,ab): fit without them, score them together")
    args = parser.parse_args(argv)
    judgments = [j for j in load_judgments(JUDGMENTS_DIR) if j["split"] == "dev" and (PAGES_DIR / f"{j['id']}.txt").exists()]
    if not judgments:
        print(f"fit_lines: no dev pages in {PAGES_DIR}", file=sys.stderr)
        return 1
    rows = training_lines(judgments)
    print(f"{len(rows)} training lines ({sum(r['y'] for r in rows)} junk) from {len(judgments)} dev pages")
    by_group = defaultdict(list)
    for j in judgments:
        by_group[group_of(j["id"])].append(j)
    if args.fresh:  # one fit on the older batches, scored on the newer ones
        fresh = {group_of(b + "000") for b in (args.fresh.split(",") if "," in args.fresh else list(args.fresh))}
        by_group = {"+".join(sorted(fresh)): [j for g in sorted(fresh) for j in by_group.get(g, [])]}
        rows = [r for r in rows if r["group"] not in fresh] + [dict(r, group="+".join(sorted(fresh))) for r in rows if r["group"] in fresh]
    totals = defaultdict(lambda: [0, 0, 0, 0])
    for g in sorted(by_group):
        base_model = fit([r for r in rows if r["group"] != g], l2=args.l2)
        cells = []
        for t in [None] + list(args.thresholds):
            model = None if t is None else linemodel.LineModel(base_model.bias, base_model.weights, t)
            (jr, jt), (kr, kt) = score_group(by_group[g], model)
            tot = totals[t]
            tot[0] += jr; tot[1] += jt; tot[2] += kr; tot[3] += kt
            cells.append(f"{'rules' if t is None else t}: junk {jr}/{jt} kept {kr}/{kt}")
        print(f"{g}: " + " | ".join(cells), flush=True)
    for t, (jr, jt, kr, kt) in totals.items():
        print(f"leave-one-batch-out {'rules only' if t is None else f'threshold {t}'}: junk {jr / jt:.1%} ({jr}/{jt}), "
              f"kept {kr / kt:.2%} ({kr}/{kt})")
    if not args.check:
        model = fit(rows, l2=args.l2)
        write_model(model)
        print(f"wrote {linemodel.WEIGHTS_PATH} ({len(model.weights)} weights, threshold {model.threshold})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
