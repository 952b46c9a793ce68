"""`--backtranslate` on the CLI: Arabic-only gazetteer entries reached through the shipped
model, and a clear install hint (exit 2) when the `mt` extra is missing."""

import builtins
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from normx.cli import main

# Arabic names only: the Latin spellings queried below are nowhere in this gazetteer.
GAZETTEER = """\
- id: per:serhat-aksen
  type: PER
  name: {ar: سرحات أكسن}
- id: per:adnan-ozbal
  type: PER
  name: {ar: عدنان أوزبال}
- id: loc:tobruk
  type: LOC
  name: {ar: طبرق}
"""


@pytest.fixture()
def gaz(tmp_path: Path) -> str:
    path = tmp_path / "ar-only.yaml"
    path.write_text(GAZETTEER, encoding="utf-8")
    return str(path)


def _match(gaz: str, *names: str, extra: tuple[str, ...] = ()):
    # --no-inherit-names: these ids are shipped records' too, whose English names the entries
    # would otherwise inherit (normx.gazetteer.inherit); the test is about reaching Arabic
    args = ["match", "--no-default-gazetteers", "--no-inherit-names", "--gazetteer", gaz]
    args += ["--format", "jsonl"]
    return CliRunner().invoke(main, [*args, *extra, *names])


def test_backtranslation_reaches_an_arabic_only_entry(gaz):
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    plain = _match(gaz, "Serhat Akens")
    assert json.loads(plain.output)["candidates"] == []  # spelling alone does not get there
    res = _match(gaz, "Serhat Akens", extra=("--backtranslate", "--explain"))
    assert res.exit_code == 0, res.output
    (best, *_) = json.loads(res.output)["candidates"]
    assert best["id"] == "per:serhat-aksen" and best["method"] == "backtranslate"
    assert "hypothesis" in best["explain"]


def test_missing_extra_gives_install_hint_and_exit_2(gaz, monkeypatch):
    real_import = builtins.__import__

    def no_torch(name, *args, **kwargs):
        if name.split(".")[0] in ("torch", "transformers"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_torch)
    res = _match(gaz, "Serhat Akens", extra=("--backtranslate",))
    assert res.exit_code == 2
    assert "normx[mt]" in res.output and "Traceback" not in res.output


@pytest.fixture()
def torch_threads():
    torch = pytest.importorskip("torch")
    pytest.importorskip("transformers")
    before = torch.get_num_threads()
    yield torch
    torch.set_num_threads(before)  # a process-wide setting: other tests get theirs back


def test_mt_threads_sets_torch_threads_and_still_answers(gaz, torch_threads):
    torch_threads.set_num_threads(2)
    res = _match(gaz, "Adnan Uzbal", extra=("--backtranslate", "--mt-threads", "1"))
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["candidates"][0]["id"] == "per:adnan-ozbal"
    assert torch_threads.get_num_threads() == 1


def test_mt_threads_below_one_is_a_usage_error(gaz):
    res = _match(gaz, "Adnan Uzbal", extra=("--backtranslate", "--mt-threads", "0"))
    assert res.exit_code == 2 and "--mt-threads" in res.output


def test_pool_workers_run_the_model_on_one_thread(torch_threads):
    # canonicalize_stream's pool initializer: N workers on torch's default threads each would
    # share the cores N times over
    from normx.resolve.pipeline import _one_model_thread

    torch_threads.set_num_threads(2)
    _one_model_thread()
    assert torch_threads.get_num_threads() == 1
