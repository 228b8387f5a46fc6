"""The build cache: an unchanged source is not cleaned again; any change to it, its metadata or the code is."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from build_scripts import pipeline
from build_scripts.cache import ArticleCache

SEEDS = Path(__file__).resolve().parent.parent / "source_texts"
NAMES = ["000_406509754edb76a3.txt", "004_e56e1db23db2c884.txt"]


@pytest.fixture
def library(tmp_path, monkeypatch):
    """Two seed sources in a folder, and a list that records every source actually cleaned."""
    folder = tmp_path / "source_texts"
    folder.mkdir()
    for name in NAMES:
        shutil.copy(SEEDS / name, folder / name)
    cleaned: list[str] = []
    real = pipeline.load_one

    def counting(path, taxonomy=None):
        cleaned.append(Path(path).name)
        return real(path, taxonomy)

    monkeypatch.setattr(pipeline, "load_one", counting)
    return folder, cleaned


def load(folder: Path, cache: ArticleCache):
    return pipeline.load_all(pipeline.list_sources(folder), cache)


def test_rebuild_cleans_only_the_changed_source(library, tmp_path):
    folder, cleaned = library
    first = load(folder, ArticleCache(tmp_path / "cache", "v1"))
    assert sorted(cleaned) == NAMES
    cleaned.clear()
    again = load(folder, ArticleCache(tmp_path / "cache", "v1"))
    assert cleaned == []
    assert [r.article.body for r in again] == [r.article.body for r in first]
    assert [r.article.title for r in again] == [r.article.title for r in first]

    changed = folder / NAMES[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n新增的一段话。\n", encoding="utf-8")
    (folder / (Path(NAMES[0]).stem + ".meta.yml")).write_text("title: 另一个标题\n", encoding="utf-8")
    result = load(folder, ArticleCache(tmp_path / "cache", "v1"))
    assert sorted(cleaned) == NAMES  # the edited text, and the source whose metadata changed
    assert result[0].article.title == "另一个标题"


def test_new_pipeline_version_or_broken_entry_is_a_miss(library, tmp_path):
    folder, cleaned = library
    load(folder, ArticleCache(tmp_path / "cache", "v1"))
    cleaned.clear()
    load(folder, ArticleCache(tmp_path / "cache", "v2"))
    assert sorted(cleaned) == NAMES
    cleaned.clear()
    for entry in (tmp_path / "cache").glob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    result = load(folder, ArticleCache(tmp_path / "cache", "v2"))
    assert sorted(cleaned) == NAMES
    assert all(r.article is not None for r in result)


def test_prune_keeps_only_entries_of_the_current_sources(library, tmp_path):
    folder, _ = library
    load(folder, ArticleCache(tmp_path / "cache", "v1"))
    (folder / NAMES[0]).unlink()
    cache = ArticleCache(tmp_path / "cache", "v1")
    load(folder, cache)
    assert cache.prune() == 1
    assert len(list((tmp_path / "cache").glob("*.pickle"))) == 1


def test_fingerprint_changes_with_a_word_list(tmp_path):
    from build_scripts.cache import code_fingerprint

    package = tmp_path / "pkg"
    (package / "cleaning" / "lexicon").mkdir(parents=True)
    (package / "cleaning" / "lexicon" / "junk.yml").write_text("line_start: [分享到]\n", encoding="utf-8")
    before = code_fingerprint(package)
    (package / "cleaning" / "lexicon" / "junk.yml").write_text("line_start: [分享到, 扫一扫]\n", encoding="utf-8")
    assert code_fingerprint(package) != before


def test_a_warm_process_builds_again_without_carrying_one_build_into_the_next(library, tmp_path):
    """make serve keeps entries in memory; gather changes what it gets (slugs, duplicate notes) on copies."""
    from build_scripts import slugs, topics

    folder, cleaned = library
    shutil.copy(folder / NAMES[0], folder / "zz_copy.txt")  # the same article saved twice
    warm: dict = {}  # what the process keeps between its builds
    taxonomy = topics.load_taxonomy()
    for _ in range(3):
        loaded = load(folder, ArticleCache(tmp_path / "cache", "v1", warm))
        lib, _ = pipeline.gather(loaded, taxonomy, slugs.SlugTable())
        notes = [w for a in lib.articles for w in a.warnings if "zz_copy.txt" in str(w)]
        assert len(notes) == 1, notes
        assert sum(len(a.also_sources) for a in lib.articles) == 1
    assert sorted(cleaned) == sorted(NAMES + ["zz_copy.txt"])  # cleaned once, then kept in memory


def test_only_a_warm_dict_the_caller_holds_keeps_articles_between_builds(library, tmp_path):
    """No module state: a build keeps articles in memory only in the dict it is given (make serve's)."""
    folder, cleaned = library
    warm: dict = {}
    load(folder, ArticleCache(tmp_path / "cache", "v1", warm))
    assert len(warm) == len(NAMES)
    (tmp_path / "cache").rename(tmp_path / "gone")  # from here on, only memory can answer
    cleaned.clear()
    load(folder, ArticleCache(tmp_path / "cache", "v1", warm))
    assert cleaned == []
    load(folder, ArticleCache(tmp_path / "cache", "v1"))  # another build, without the dict
    assert sorted(cleaned) == NAMES
