"""Try a fitted topic scorer on the rules' term evidence, leave-one-batch-out, against the rules.

    python -m build_scripts.eval.fit_topics             # the rules and the model, per batch and overall
    python -m build_scripts.eval.fit_topics --variants  # and the model with per-topic and per-term weights

The build assigns topics by the rules of topics.assign_topics (weights per zone, thresholds). This tool
asks whether a scorer fitted on the same evidence does better: a logistic regression over topic_features
(each candidate topic's damped term hits per zone and in the first sentence, its distinct and specific
terms, its cues, where it stands in the title, its share of the article's rule scores, its rank), with one
weight vector shared by all topics and a bias per topic (pulled towards the shared intercept by an L2
penalty). A topic is assigned when its probability reaches the threshold, at most topics.MAX_AUTO_TOPICS,
the likeliest first; none when none does.

Leave-one-batch-out (the id's letter, a–d as one group, as in fit_genres and topic_cv): for each batch the
weights are fitted without it and so is the threshold (nested: it is chosen on the other batches'
probabilities, each from a fit that left that batch out too), as the one of best topic_cv.merit (main-topic
recall, less twice the shortfall of precision below topic_cv.PRECISION_FLOOR); then the batch is scored.
The rules are scored on the same pages (their constants were chosen on all dev pages, so their figure
flatters them a little; topic_cv --choose gives them leave-one-batch-out).

Result (eval/README.md): on the same evidence the model lands on the rules' trade-off between precision
and recall, not beyond it, so the build keeps the rules and this tool writes nothing. Only dev pages are
read; only figures are printed, never a page's text.
"""
from __future__ import annotations

import argparse
import math
import sys
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import minimize
from scipy.sparse import csr_matrix

from .. import topics
from .topic_cv import Counts, batch_of, count, load_dev_articles, merit

# L2 penalty (per page of the training set) on the shared weights of the standardised features, and on
# each topic's bias away from the shared intercept.
L2, L2_BIAS = 0.01, 0.05
# A labelled main topic counts this many times a further labelled topic in the fit: recall is read on the
# main topic alone.
MAIN_WEIGHT = 2.0
THRESHOLDS = [round(0.20 + 0.025 * k, 3) for k in range(29)]  # 0.20 … 0.90
FEATURE_NAMES = ("title", "derived", "headings", "keywords", "summary", "body", "lead", "distinct", "single",
                 "specific", "broad_only", "cue_title", "cue_lead", "title_last", "score", "share", "of_best",
                 "rank1", "rank2", "rank3")
# What --variants tries beside the shared weights: a weight of each topic's own for these features, pulled
# towards the shared one (L2_OWN), and a weight for each term of each topic (L2_TERM).
OWN_FEATURES, L2_OWN = ("title", "headings", "body", "lead", "distinct", "share"), 0.3
L2_TERM = 0.1


@dataclass(frozen=True)
class TopicModel:
    """Whether a topic is one the article is about: a logistic model over topic_features."""

    bias: dict[str, float]  # slug → bias
    weights: dict[str, float]  # feature → weight, shared by all topics
    own: dict[str, dict[str, float]] = field(default_factory=dict)  # slug → feature (or term:…) → added weight


def topic_probability(model: TopicModel, slug: str, features: dict[str, float]) -> float:
    """A pure-Python dot product, as the build would run it."""
    own = model.own.get(slug, {})
    s = model.bias.get(slug, 0.0) + sum((model.weights.get(k, 0.0) + own.get(k, 0.0)) * v
                                        for k, v in features.items())
    return 1.0 / (1.0 + math.exp(-s)) if s > -700 else 0.0


def topic_features(article, taxonomy: topics.Taxonomy) -> dict[str, dict[str, float]]:
    """The model's features of each candidate topic (one the rules score above 0), by slug.

    Per topic: its damped hits per zone (a title made up from the opening is a zone of its own), in the
    first sentence, its distinct terms and specific (not broad) ones, its cues, whether it is the last topic
    the title names (a Chinese title names who acts first and what is done last), how it stands against the
    article's other topics (its share of their scores, against the best, its rank), and each of its terms
    found (term:…, for the per-term variant)."""
    evidence = topics.topic_evidence(article, taxonomy)
    scores = evidence.scores
    candidates = [i for i, s in enumerate(scores) if s > 0]
    if not candidates:
        return {}
    matcher = taxonomy.matcher
    zones = topics.zone_texts(article)
    lead = [topics.damped(h) for h in matcher.count(topics.lead_sentence(zones["body"]))]
    title_end: dict[int, int] = {}
    for pos, term in matcher.longest_at(zones["title"]).items():
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
        f = {k: v for k, v in f.items() if v}
        f.update(("term:" + term, 1.0) for term in sorted(found))
        out[taxonomy.topics[i].slug] = f
    return out


def page_rows(pages, taxonomy) -> list[dict]:
    """Per dev page: its batch, its labelled topics and each candidate topic's features."""
    rows = []
    for j, article in pages:
        rows.append({"id": j["id"], "batch": batch_of(j["id"]), "labelled": list(j["topics"]),
                     "candidates": topic_features(article, taxonomy),
                     "rules": topics.assign_topics(article, taxonomy)})
    return rows


def fit(rows: list[dict], slugs: list[str], names: list[str], l2: float = L2, l2_bias: float = L2_BIAS,
        main_weight: float = MAIN_WEIGHT, own: tuple[str, ...] = (), l2_own: float = 1.0,
        l2_term: float | None = None) -> TopicModel:
    """The weights that best predict which candidate topics are labelled (L2-penalised logistic regression).

    Besides the shared weights and the biases: for the features named in own, a weight of each topic's own
    added to the shared one (penalty l2_own); with l2_term, a weight for each term of each topic (the
    term:… features). Deterministic: the same pages give the same weights."""
    x, t, y, w = [], [], [], []
    term_rows, term_cols, term_keys = [], [], {}
    for r in rows:
        for slug, f in sorted(r["candidates"].items()):
            if l2_term is not None:
                for k in sorted(f):
                    if k.startswith("term:"):
                        term_rows.append(len(x))
                        term_cols.append(term_keys.setdefault((slug, k), len(term_keys)))
            x.append([f.get(k, 0.0) for k in names])
            t.append(slugs.index(slug))
            labelled = slug in r["labelled"]
            y.append(float(labelled))
            w.append(main_weight if r["labelled"] and r["labelled"][0] == slug else 1.0)
    x, t, y, w = np.array(x), np.array(t), np.array(y), np.array(w)
    mean, std = x.mean(axis=0), x.std(axis=0)
    std[std == 0] = 1.0
    z = (x - mean) / std
    n_pages, m, g = len(rows), len(names), len(slugs)
    onehot = np.zeros((len(t), g))
    onehot[np.arange(len(t)), t] = 1.0
    oi = [names.index(k) for k in own]  # features with a weight of each topic's own beside the shared one
    zo = z[:, oi]
    k_own = len(oi)
    q = len(term_keys)
    xt = csr_matrix((np.ones(len(term_rows)), (term_rows, term_cols)), shape=(len(t), q))
    l2t = l2_term or 0.0

    def loss(theta):
        c, b, a = theta[0], theta[1:1 + g], theta[1 + g:1 + g + m]
        e = theta[1 + g + m:1 + g + m + g * k_own].reshape(g, k_own)
        v = theta[1 + g + m + g * k_own:]
        s = c + b[t] + z @ a + np.sum(zo * e[t], axis=1) + xt @ v
        p = 1.0 / (1.0 + np.exp(-s))
        value = (np.sum(w * (np.logaddexp(0.0, s) - y * s)) / n_pages
                 + l2 / 2 * np.sum(a * a) + l2_bias / 2 * np.sum(b * b) + l2_own / 2 * np.sum(e * e)
                 + l2t / 2 * np.sum(v * v))
        d = w * (p - y) / n_pages
        grad_e = onehot.T @ (zo * d[:, None]) + l2_own * e
        grad = np.concatenate([[d.sum()], onehot.T @ d + l2_bias * b, z.T @ d + l2 * a, grad_e.ravel(),
                               xt.T @ d + l2t * v])
        return value, grad

    result = minimize(loss, np.zeros(1 + g + m + g * k_own + q), jac=True, method="L-BFGS-B",
                      options={"maxiter": 5000, "gtol": 1e-9})
    c, b, a = result.x[0], result.x[1:1 + g], result.x[1 + g:1 + g + m]
    e = result.x[1 + g + m:1 + g + m + g * k_own].reshape(g, k_own)
    v = result.x[1 + g + m + g * k_own:]
    weights = a / std  # back to the features as topic_features gives them: a dot product at run time
    bias = c + b - float(np.sum(weights * mean))
    own_weights = {}
    for k, slug in enumerate(slugs):
        delta = e[k] / std[oi]
        bias[k] -= float(np.sum(delta * mean[oi]))
        own_weights[slug] = {own[i]: round(float(delta[i]), 4) for i in range(k_own) if round(float(delta[i]), 4)}
    for (slug, k), i in sorted(term_keys.items()):
        if round(float(v[i]), 4):
            own_weights[slug][k] = round(float(v[i]), 4)
    return TopicModel(bias={s: round(float(bias[k]), 4) for k, s in enumerate(slugs)},
                      weights={k: round(float(weights[i]), 4) for i, k in enumerate(names)},
                      own={s: v for s, v in own_weights.items() if v})


def probabilities(model: TopicModel, row: dict) -> dict[str, float]:
    return {slug: topic_probability(model, slug, f) for slug, f in row["candidates"].items()}


def assign(probs: dict[str, float], threshold: float, order: dict[str, int]) -> list[str]:
    ranked = sorted((s for s in probs if probs[s] >= threshold), key=lambda s: (-probs[s], order[s]))
    return ranked[:topics.MAX_AUTO_TOPICS]


def counts_at(rows: list[dict], probs: dict[str, dict], threshold: float, order: dict[str, int]) -> Counts:
    total = Counts()
    for r in rows:
        total = total + count(r["labelled"], assign(probs[r["id"]], threshold, order))
    return total


def choose_threshold(rows: list[dict], probs: dict[str, dict], order: dict[str, int], floor: float) -> float:
    """The threshold of best topic_cv.merit on these pages with this precision floor; a tie goes to the
    higher one."""
    return max(reversed(THRESHOLDS), key=lambda th: merit(counts_at(rows, probs, th, order), floor))


def rules_precision(rows: list[dict]) -> float:
    return sum((count(r["labelled"], r["rules"]) for r in rows), Counts()).precision


def leave_one_batch_out(rows, slugs, names, floor: float | None = None,
                        **kw) -> tuple[dict[str, list[str]], dict[str, float]]:
    """Each page's topics from weights and a threshold fitted without its batch; the threshold per batch.

    The threshold is chosen with the rules' precision on the training batches as the floor, or floor."""
    order = {s: i for i, s in enumerate(slugs)}
    batches = sorted({r["batch"] for r in rows})
    assigned, chosen = {}, {}
    for b in batches:
        train = [r for r in rows if r["batch"] != b]
        inner = {}  # the training pages' probabilities, each from a fit without its own batch
        for o in sorted({r["batch"] for r in train}):
            model = fit([r for r in train if r["batch"] != o], slugs, names, **kw)
            inner.update((r["id"], probabilities(model, r)) for r in train if r["batch"] == o)
        chosen[b] = choose_threshold(train, inner, order, rules_precision(train) if floor is None else floor)
        model = fit(train, slugs, names, **kw)
        for r in rows:
            if r["batch"] == b:
                assigned[r["id"]] = assign(probabilities(model, r), chosen[b], order)
    return assigned, chosen


def table(rows: list[dict], named: dict[str, dict[str, list[str]]]) -> list[str]:
    """precision / recall per batch and over all pages, one line per way of assigning."""
    batches = sorted({r["batch"] for r in rows})
    lines = ["| | " + " | ".join(batches) + " | all pages | mean of batches |", "|---" * (len(batches) + 3) + "|"]
    for name, assigned in named.items():
        by = {b: Counts() for b in batches}
        for r in rows:
            by[r["batch"]] = by[r["batch"]] + count(r["labelled"], assigned[r["id"]])
        total = sum(by.values(), Counts())
        cells = [f"{by[b].precision:.0%} / {by[b].recall:.0%}" for b in batches]
        mean_p = sum(by[b].precision for b in batches) / len(batches)
        mean_r = sum(by[b].recall for b in batches) / len(batches)
        lines.append(f"| {name} | " + " | ".join(cells)
                     + f" | {total.precision:.1%} / {total.recall:.1%} ({total.right}/{total.assigned}, "
                       f"{total.found}/{total.labelled}) | {mean_p:.1%} / {mean_r:.1%} |")
    return lines


VARIANTS = {
    "model: shared weights, a bias per topic": {},
    "… and each topic's own weights for a few features": {"own": OWN_FEATURES, "l2_own": L2_OWN},
    "… and a weight for each term of each topic": {"l2_term": L2_TERM},
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m build_scripts.eval.fit_topics",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--variants", action="store_true", help="also the per-topic and per-term variants")
    parser.add_argument("--floor", type=float, help="choose the threshold with this precision floor (e.g. 0.92, "
                                                      "as topic_cv) instead of the rules' precision")
    args = parser.parse_args(argv)
    pages = load_dev_articles()
    if not pages:
        print("fit_topics: no dev pages saved (eval/README.md says how to save them)", file=sys.stderr)
        return 1
    taxonomy = topics.load_taxonomy()
    slugs = [t.slug for t in taxonomy.topics]
    rows = page_rows(pages, taxonomy)
    named = {"rules (topics.assign_topics, as committed)": {r["id"]: r["rules"] for r in rows}}
    thresholds = {}
    for name, kw in list(VARIANTS.items())[: None if args.variants else 1]:
        assigned, thresholds[name] = leave_one_batch_out(rows, slugs, FEATURE_NAMES, args.floor, **kw)
        named[name + ", leave-one-batch-out"] = assigned
    print("precision / main-topic recall per batch of dev pages (pooled over the pages, and the mean of batches)\n")
    print("\n".join(table(rows, named)))
    for name, chosen in thresholds.items():
        print(f"\nthreshold chosen per batch ({name}): " + ", ".join(f"{b} {th:g}" for b, th in sorted(chosen.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
