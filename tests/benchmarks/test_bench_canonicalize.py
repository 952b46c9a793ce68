"""bench_canonicalize --articles: which article sets it reads (sealed sets never)."""

from pathlib import Path

import pytest

from benchmarks import bench_canonicalize


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("articles", "articles-v18", *bench_canonicalize.SEALED_SETS):
        folder = tmp_path / "tests" / "data" / name
        folder.mkdir(parents=True)
        (folder / "101_story.txt").write_text(name, encoding="utf-8")
        (folder / "README.md").write_text("not an article", encoding="utf-8")
    monkeypatch.setattr(bench_canonicalize, "REPO", tmp_path)
    return tmp_path


def test_sealed_sets_are_never_read(repo: Path) -> None:
    docs = bench_canonicalize.article_docs()
    assert docs == ["articles", "articles-v18"]
    assert not set(docs) & set(bench_canonicalize.SEALED_SETS)


def test_skip_leaves_out_an_open_set_too(repo: Path) -> None:
    # comparing two commits needs the same documents: the older tree lacks the newer sets
    assert bench_canonicalize.article_docs(("articles-v18",)) == ["articles"]
