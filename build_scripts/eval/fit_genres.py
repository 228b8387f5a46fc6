"""Fit the genre classifier's weights on the dev pages and measure it leave-one-batch-out.

    python -m build_scripts.eval.fit_genres            # leave-one-batch-out accuracy, then write the weights
    python -m build_scripts.eval.fit_genres --check    # only measure (nothing written)
    python -m build_scripts.eval.fit_genres --current  # the classifier as it stands (its weights file), per batch
    python -m build_scripts.eval.fit_genres --before by  # fit on batches a…by, score the batches labelled after

The classifier (genres.py) is a multinomial logistic regression over the features of genres.article_features:
each genre's cue counts in the title, opening, closing and body, the signs of structure and voice, the kinds
of evidence (`ev/…`) and the character pairs of the title, opening, closing and headings (`w/…`). The pairs
learned are chosen from the training pages (select_words: found on pages of at least three batch groups), get
a stronger L2 penalty than the rest, and their weights under WORD_PRUNE are left out. The weights are fitted
here, on the dev pages only (held pages are never read), and written to taxonomy/genre_weights.json; at build
time a genre's score is a dot product in pure Python.

A batch is the letter of the page ids (a, b, … t: the pages labelled together, from sites new at the time);
a-d count as one group (BATCH_GROUPS). Leave-one-batch-out fits the weights, and chooses the words, without
the group it scores, so its figure says how the classifier does on sites it has not seen; the cue lists
themselves were written looking at the dev pages, so even this figure flatters them a little.

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
from scipy import sparse

from .. import genres
from .judge import EVAL_DIR, JUDGMENTS_DIR, PAGES_DIR, batch_of

CACHE = EVAL_DIR / "scratch" / "genre_dev.json"
CLEANING_DIR = Path(__file__).resolve().parents[1] / "cleaning"
# The L2 penalty on the weights (per page of the training set) and on the weight each region's own cues
# share across genres (light: that a genre's own cue speaks for it is the model's prior, not a fit).
L2, L2_SHARED = 0.02, 0.001
# …and on what one genre's cues say of another genre (a 讲话 named in the title against news): heavier, since
# with ten genres there are ten times as many such weights as a genre's own.
L2_CROSS = 1.0
# …and on the signs of structure and voice (each has a weight for every genre).
L2_SIGN = 0.003
# …and on the words learned from the pages (genres.word_features): strong, since there are thousands of them; the
# text's own pairs (`w/b/`, read since round 17) a little less. Of the pairs tried (fitted on batches a…by, a…bq and
# a…cf, scored on the later batches: `--before`), 0.02 and 0.01 scored within a point of the best and kept the
# hand-written genre tests; 0.01 for every word read short texts whose title names their kind against the title.
L2_WORD, L2_BODY = 0.02, 0.01
# A word is learned when it is found on at least WORD_MIN_PAGES training pages of at least WORD_MIN_GROUPS batch
# groups; its weights under WORD_PRUNE are left out of the weights file.
WORD_MIN_GROUPS, WORD_MIN_PAGES, WORD_PRUNE = 3, 10, 0.02
BODY_WORD = genres.WORD_PREFIX + "b/"
BATCH_GROUPS = {"a": "a-d", "b": "a-d", "c": "a-d", "d": "a-d"}


# Pages labelled 新闻报道 or 经验交流 before batch ax, whose labellers had no rule yet for telling one event from a
# sustained practice (eval/LABELLING.md, "from batch ax on"), weigh this much in the fit: fitted on a…bz and scored
# on the 1,195 later dev pages, weight 1 / 0.5 / 0.2 / 0.1 / 0 gave 81.7 / 81.8 / 82.1 / 81.5 / 80.2 %; fitted on a…dx
# and scored on dy–ed (129 pages), 86.0 / 86.8 / 88.4 / 89.1 / 89.9 %.
OLD_NEWS_WEIGHT = 0.2
NEWS_RULE_BATCH = "ax"


def _cleaning_hash() -> str:
    """Cleaned pages are re-made when the cleaning code changes (genres.py does not change the body), and when the
    judged pages do (a new batch, a relabelled page)."""
    h = hashlib.sha256()
    for path in sorted(CLEANING_DIR.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".yml"):
            h.update(path.read_bytes())
    for path in sorted(JUDGMENTS_DIR.glob("*.yml")):
        h.update(path.name.encode() + path.read_bytes())
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
        pages.append({"id": j["id"], "batch": batch_of(j["id"]), "title": article.title,
                      "body": genres.with_credits(article.body, article.authors + article.affiliations),
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


SHARED = ("named", "title", "opening", "closing", "body")


def batch_group(page: dict) -> str:
    batch = page.get("batch") or batch_of(page["id"])  # the letters of the page id
    return BATCH_GROUPS.get(batch, batch)


def select_words(pages: list[dict], min_groups: int = WORD_MIN_GROUPS, min_pages: int = WORD_MIN_PAGES) -> set[str]:
    """The word features (character pairs) found on at least min_pages pages of at least min_groups batch groups:
    words of a kind of text, not of one site's furniture or one batch's subjects."""
    groups: dict[str, set[str]] = defaultdict(set)
    df: Counter = Counter()
    for p in pages:
        for k in features_of(p):
            if k.startswith(genres.WORD_PREFIX):
                groups[k].add(batch_group(p))
                df[k] += 1
    return {k for k, gs in groups.items() if len(gs) >= min_groups and df[k] >= min_pages}


def fit(pages: list[dict], slugs: list[str], l2: float = L2, l2_shared: float = L2_SHARED,
        l2_cross: float = L2_CROSS, l2_sign: float = L2_SIGN, l2_word: float = L2_WORD,
        prune: float = WORD_PRUNE, l2_body: float = L2_BODY, old_news_weight: float = OLD_NEWS_WEIGHT) -> genres.Model:
    """The weights that best predict the pages' genres (L2-penalised multinomial logistic regression).

    Besides a weight per feature and genre, each region's own cues share one weight across the genres
    (a genre named in the title, or its cues found in the opening, speak for it): with few pages of a
    genre, its own cues still count. Word features are chosen from these pages only (select_words), carry
    their own penalty, and their weights under prune are left out of the model. A page labelled news or practice
    before batch ax (whose rule between the two came later) counts old_news_weight of a page."""
    words = select_words(pages) if l2_word else set()
    feats = [{k: v for k, v in features_of(p).items() if not k.startswith(genres.WORD_PREFIX) or k in words}
             for p in pages]
    names = sorted({k for f in feats for k in f})
    col = {k: i for i, k in enumerate(names)}
    n, m, g = len(pages), len(names), len(slugs)
    rows, cols, vals = [], [], []
    for i, f in enumerate(feats):
        for k, v in f.items():
            rows.append(i)
            cols.append(col[k])
            vals.append(v)
    x = sparse.csr_matrix((vals, (rows, cols)), shape=(n, m))
    xt = x.T.tocsr()
    own = np.zeros((len(SHARED), n, g))
    for r, region in enumerate(SHARED):
        for j, slug in enumerate(slugs):
            if f"{region}:{slug}" in col:
                own[r, :, j] = x[:, col[f"{region}:{slug}"]].toarray().ravel()
    penalty = np.full((m, g), l2_sign)
    for k, i in col.items():
        if k.startswith(genres.WORD_PREFIX):
            penalty[i, :] = l2_body if k.startswith(BODY_WORD) else l2_word
            continue
        region, _, slug = k.partition(":")
        if slug:
            penalty[i, :] = l2_cross
            penalty[i, slugs.index(slug)] = l2
    y = np.zeros((n, g))
    y[np.arange(n), [slugs.index(p["genre"]) for p in pages]] = 1.0
    weight = np.array([old_news_weight if p["genre"] in ("xinwen", "jingyan") and "batch" in p
                       and batch_order(p["batch"]) < batch_order(NEWS_RULE_BATCH) else 1.0 for p in pages])
    weight *= n / weight.sum()

    def unpack(theta):
        return theta[:g], theta[g:g + m * g].reshape(m, g), theta[g + m * g:]

    def loss(theta):
        b, w, a = unpack(theta)
        z = b + x @ w + np.tensordot(a, own, axes=1)
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        value = -np.sum(weight[:, None] * y * np.log(p + 1e-12)) / n + np.sum(penalty * w * w) / 2 + l2_shared / 2 * np.sum(a * a)
        d = weight[:, None] * (p - y) / n
        grad = np.concatenate([d.sum(axis=0), (xt @ d + penalty * w).ravel(),
                               np.einsum("rnj,nj->r", own, d) + l2_shared * a])
        return value, grad

    b, w, a = unpack(minimize_lbfgs(loss, np.zeros(g + m * g + len(SHARED))))
    for r, region in enumerate(SHARED):  # the shared weights fold into the table: a dot product at run time
        for j, slug in enumerate(slugs):
            if f"{region}:{slug}" in col:
                w[col[f"{region}:{slug}"], j] += a[r]
    b = b - b.mean()
    weights = {}
    for k, i in col.items():
        row = w[i]
        floor = prune if k.startswith(genres.WORD_PREFIX) else 0.0
        kept = {s: round(float(row[j]), 3 if floor else 4) for j, s in enumerate(slugs) if abs(row[j]) >= floor}
        kept = {s: v for s, v in kept.items() if v}
        if kept:
            weights[k] = kept
    return genres.Model({s: round(float(b[j]), 4) for j, s in enumerate(slugs)}, weights)


def minimize_lbfgs(loss, x: np.ndarray, history: int = 10, max_iter: int = 5000, tol: float = 1e-10) -> np.ndarray:
    """The minimum of a smooth convex loss (loss(x) gives its value and gradient): limited-memory BFGS with a
    backtracking line search. scipy's L-BFGS-B spends most of its time in its own bookkeeping when there are
    tens of thousands of weights (one per word and genre), and more when BLAS spreads each product of two
    vectors over threads on a busy machine; this one is plain numpy (einsum, no BLAS) and deterministic."""
    f, grad = loss(x)
    steps: list[tuple[np.ndarray, np.ndarray, float]] = []
    for _ in range(max_iter):
        q = grad.copy()
        alphas = []
        for s, y, rho in reversed(steps):
            alpha = rho * _dot(s, q)
            q -= alpha * y
            alphas.append(alpha)
        if steps:
            s, y, _ = steps[-1]
            q *= _dot(s, y) / _dot(y, y)
        else:
            q /= max(1.0, float(np.abs(grad).max()))
        for (s, y, rho), alpha in zip(steps, reversed(alphas)):
            q += s * (alpha - rho * _dot(y, q))
        direction = -q
        slope = _dot(grad, direction)
        if slope >= 0:  # not a descent direction: start again from the gradient
            steps.clear()
            direction, slope = -grad, -_dot(grad, grad)
        t = 1.0
        while True:
            f_new, grad_new = loss(x + t * direction)
            if f_new <= f + 1e-4 * t * slope or t < 1e-12:
                break
            t /= 2
        s, y = t * direction, grad_new - grad
        sy = _dot(s, y)
        if sy > 1e-12:
            steps.append((s, y, 1.0 / sy))
            if len(steps) > history:
                steps.pop(0)
        x = x + s
        done = f - f_new <= tol * max(1.0, abs(f)) and np.abs(grad_new).max() < 1e-5
        f, grad = f_new, grad_new
        if done:
            break
    return x


def _dot(u: np.ndarray, v: np.ndarray) -> float:
    return float(np.einsum("i,i->", u, v))


def features_of(page: dict) -> dict[str, float]:
    if "_features" not in page:
        page["_features"] = genres.article_features(page["title"], page["body"])
    return page["_features"]


def predict(model: genres.Model, page: dict) -> str:
    scores = genres.score_features(features_of(page), model)
    order = {s: i for i, s in enumerate(model.bias)}
    return min(scores, key=lambda s: (-scores[s], order[s]))


def batch_order(batch: str) -> tuple[int, str]:
    """Batches in the order they were labelled: a … z, then aa … az, ba …"""
    return len(batch), batch


def leave_one_batch_out(pages: list[dict], slugs: list[str], **kw) -> dict[str, str]:
    predicted = {}
    for group in sorted({batch_group(p) for p in pages}):
        model = fit([p for p in pages if batch_group(p) != group], slugs, **kw)
        predicted.update((p["id"], predict(model, p)) for p in pages if batch_group(p) == group)
    return predicted


def write_model(model: genres.Model, path: Path = genres.WEIGHTS_FILE) -> None:
    data = {"about": "Genre classifier weights: fitted on the dev pages of eval/ by "
                     "python -m build_scripts.eval.fit_genres; do not edit by hand.",
            "bias": model.bias,
            "weights": {k: model.weights[k] for k in sorted(model.weights) if model.weights[k]}}
    # One line per feature: thousands of learned words would take five lines each in indented JSON.
    lines = [f" {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False, separators=(',', ':'))}"
             for k, v in data.items() if k != "weights"]
    lines.append(' "weights": {\n' + ",\n".join(
        f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False, separators=(',', ':'))}"
        for k, v in data["weights"].items()) + "\n }")
    path.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m build_scripts.eval.fit_genres",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="measure only; do not write the weights")
    parser.add_argument("--current", action="store_true", help="score the classifier as it stands, per batch")
    parser.add_argument("--grid", action="store_true", help="leave-one-batch-out for a few L2 penalties")
    parser.add_argument("--write-only", action="store_true", help="fit on every dev page and write the weights, "
                        "without the leave-one-batch-out figures")
    parser.add_argument("--before", metavar="BATCH", help="fit on the batches up to BATCH (a, …, z, aa, …), score the "
                        "later ones: how the classifier does on pages labelled after its fit (nothing written)")
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
    slugs = [g.slug for g in genres.load_genres()]
    if args.before:
        later = [p for p in pages if batch_order(p["batch"]) > batch_order(args.before)]
        model = fit([p for p in pages if batch_order(p["batch"]) <= batch_order(args.before)], slugs)
        predicted = {p["id"]: predict(model, p) for p in later}
        report(f"fitted on a…{args.before}, scored on the later batches", later, predicted)
        confusions(later, predicted)
        return 0
    if args.grid:
        for l2_word in (0.01, 0.03, 0.1, 0.3):
            for l2_sign in (0.001, 0.003, 0.01):
                report(f"L2 word {l2_word} sign {l2_sign}", pages,
                       leave_one_batch_out(pages, slugs, l2_word=l2_word, l2_sign=l2_sign))
        return 0
    if not args.write_only:
        predicted = leave_one_batch_out(pages, slugs)
        report("leave-one-batch-out", pages, predicted)
        confusions(pages, predicted)
    model = fit(pages, slugs)
    report("fitted on all dev pages", pages, {p["id"]: predict(model, p) for p in pages})
    if not args.check:
        write_model(model)
        print(f"wrote {genres.WEIGHTS_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
