"""The fitted title model (python -m build_scripts.eval.fit_titles writes its weights): which of a page's
title candidates (metadata.title_candidates) to take where the fitted chooser was adopted, and how sure the
choice is. Pure Python at run time: dot products over the candidates' named features."""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ConfigError

if TYPE_CHECKING:
    from .metadata import TitleCandidate

TITLE_WEIGHTS_FILE = Path(__file__).parent / "title_weights.json"


@dataclass
class TitleModel:
    """The fitted title model, in two parts.

    The chooser: a candidate's score is the dot product of its features (scale_feature) and `weights`; the
    page's best-scored candidate is its title where the chooser was adopted (`adopt`), else the rules
    choose. The confidence: P(the chosen title is right), a logistic regression on `confidence_features`
    (the chosen candidate's features, how many candidates there were, by how much it won, whether the rules
    and the chooser agree). A title whose confidence is below `threshold` is doubtful."""
    weights: dict[str, float] = field(default_factory=dict)
    confidence_bias: float = 0.0
    confidence_weights: dict[str, float] = field(default_factory=dict)
    adopt: bool = False
    threshold: float = 0.5


def scale_feature(name: str, value: float) -> float:
    """Features as the models see them: the position in tens of lines (at most 2), the rest as they are."""
    return min(value, 20.0) / 10 if name == "position" else value


def model_score(weights: dict[str, float], features: dict[str, float]) -> float:
    return sum(weights.get(k, 0.0) * scale_feature(k, v) for k, v in features.items())


def best_candidate(scores: list[float]) -> int:
    """The best-scored candidate (the first of equals)."""
    return max(range(len(scores)), key=lambda n: (scores[n], -n))


def confidence_features(candidates: list[TitleCandidate], scores: list[float], choice: int,
                        rule_choice: int) -> dict[str, float]:
    """What the confidence weighs: the chosen candidate's own features (chosen:…), whether it stood alone
    or among many, its lead over the runner-up in the chooser's score, and whether rules and chooser agree."""
    f = {f"chosen:{k}": v for k, v in candidates[choice].features.items()}
    n = len(candidates)
    f["alone" if n == 1 else "two" if n == 2 else "several"] = 1.0
    if n > 1:
        f["lead"] = min(scores[choice] - max(s for k, s in enumerate(scores) if k != choice), 4.0)
        f["agree" if rule_choice == choice else "disagree"] = 1.0
    return f


def confidence(model: TitleModel, features: dict[str, float]) -> float:
    z = model.confidence_bias + model_score(model.confidence_weights, features)
    return 1 / (1 + math.exp(-z)) if z > -30 else 0.0


@lru_cache(maxsize=2)
def load_title_model(path: Path = TITLE_WEIGHTS_FILE) -> TitleModel:
    """The fitted weights (read-only, loaded once per process)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return TitleModel({k: float(v) for k, v in data["chooser"].items()}, float(data["confidence_bias"]),
                          {k: float(v) for k, v in data["confidence"].items()}, bool(data["adopt"]),
                          float(data["threshold"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
        raise ConfigError(f"{path}: cannot read the title weights ({e}); "
                          f"refit them with python -m build_scripts.eval.fit_titles") from None


def title_doubtful(score: float | None) -> bool:
    """Whether a chosen title's confidence (ctx.title_score) is too low to go without a warning."""
    return score is not None and score < load_title_model().threshold
