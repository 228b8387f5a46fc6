"""The benchmark's generator writes N well-formed raw articles, the same ones every time."""
from __future__ import annotations

from bench.generate import generate


def test_generate_writes_n_distinct_utf8_articles_with_junk(tmp_path):
    paths = generate(12, tmp_path / "a")
    assert len(paths) == 12 == len(list((tmp_path / "a").glob("*.txt")))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    assert len({p.name.split("_")[1] for p in paths}) == 12  # named after a hash of distinct titles
    for text in texts:
        assert len(text) > 1000
        assert any(junk in text for junk in ("相关推荐", "相关文章", "猜你喜欢", "推荐阅读", "热点文章", "最新文章"))


def test_generate_is_deterministic_and_prefix_stable(tmp_path):
    small = generate(5, tmp_path / "small")
    large = generate(8, tmp_path / "large")
    again = generate(5, tmp_path / "again")
    assert [p.read_bytes() for p in small] == [p.read_bytes() for p in again]
    assert [p.read_bytes() for p in small] == [p.read_bytes() for p in large[:5]]
