"""The per-article step gets what it needs from its caller (pipeline.WorkerContext), in this process
and in worker processes alike; nothing is left behind in module state for the next build."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from build_scripts import pipeline, topics
from build_scripts.cache import ArticleCache

SEEDS = sorted((Path(__file__).resolve().parent.parent / "source_texts").glob("[0-9][0-9][0-9]_*.txt"))


@pytest.fixture(scope="module")
def taxonomy():
    return topics.load_taxonomy()


@pytest.fixture
def many_sources(tmp_path) -> list[str]:
    """Enough sources for the worker processes (pipeline.PARALLEL_FROM)."""
    folder = tmp_path / "source_texts"
    folder.mkdir()
    copies = -(-pipeline.PARALLEL_FROM // len(SEEDS))
    for n in range(copies):
        for seed in SEEDS:
            shutil.copy(seed, folder / f"{n}-{seed.name}")
    return [str(p) for p in sorted(folder.glob("*.txt"))]


@pytest.mark.parametrize("parallel", [False, True], ids=["in this process", "in worker processes"])
def test_topics_are_scored_against_the_taxonomy_given(many_sources, taxonomy, tmp_path, monkeypatch, parallel):
    if parallel:
        monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 2)
    else:
        monkeypatch.setattr(pipeline, "PARALLEL_FROM", len(many_sources) + 1)
    cache = ArticleCache(tmp_path / "cache", "v1")
    loaded = pipeline.load_all(many_sources, cache, taxonomy)
    assert all(r.problem is None for r in loaded)
    assert all(r.auto_topics == topics.assign_topics(r.article, taxonomy) for r in loaded)
    # each worker stored its results in the cache it was given
    assert len(list((tmp_path / "cache").glob("*.pickle"))) == len(many_sources)


def test_without_a_taxonomy_nothing_is_scored_whatever_ran_before(many_sources, taxonomy, tmp_path):
    pipeline.load_all(many_sources[:1], None, taxonomy)
    assert pipeline.load_one(many_sources[0]).auto_topics is None
    assert [r.auto_topics for r in pipeline.load_all(many_sources[:2])] == [None, None]


def test_a_build_leaves_no_taxonomy_behind(tmp_path, taxonomy):
    """An earlier build in this process (as `make serve` runs them) does not change a later call."""
    project = tmp_path / "project"
    (project / "build_scripts").mkdir(parents=True)
    shutil.copytree(Path(pipeline.__file__).parent / "taxonomy", project / "build_scripts" / "taxonomy")
    shutil.copy(Path(pipeline.__file__).parent.parent / "mkdocs.yml", project / "mkdocs.yml")
    (project / "source_texts").mkdir()
    shutil.copy(SEEDS[0], project / "source_texts" / SEEDS[0].name)
    assert pipeline.run_build(run_mkdocs=False, sources_dir=str(project / "source_texts"), root=project) == 0
    assert pipeline.load_one(str(project / "source_texts" / SEEDS[0].name)).auto_topics is None
