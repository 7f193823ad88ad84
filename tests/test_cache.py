"""The run cache (generator/cache.py): a changed input is always a miss, and a hit gives what the pipeline gives.

Each test counts the pipeline's runs (a miss lints the spec; a hit does not) and compares what a run with the cache
prints, returns and writes with what `--no-cache` gives. No test measures time.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import generator.lint
import generator.render
from generator import cache
from generator.cli import LINT_FORMATS, main
from generator.lint.report import FORMATS
from generator.output import read_tree

ROOT = Path(__file__).resolve().parent.parent
MINIMAL = ROOT / "tests/fixtures/minimal"
HOSTILE = ROOT / "tests/fixtures/hostile"

Result = tuple[int, str, str]  # exit code, stdout, stderr


class Pipeline:
    """Counts the runs of the pipeline: every uncached lint, generate and check lints the spec once."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.runs = 0
        real = generator.lint.run

        def counting(*args: Any, **kwargs: Any) -> Any:
            self.runs += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(generator.lint, "run", counting)

    def ran(self) -> bool:
        """Whether the pipeline ran since the last call."""
        ran, self.runs = self.runs > 0, 0
        return ran


@pytest.fixture
def runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The run cache on, in a directory of its own (tests/conftest.py turns it off for every other test)."""
    monkeypatch.delenv("CLAUDE_OPENAPI_NO_CACHE", raising=False)
    root = tmp_path / "runs"
    monkeypatch.setattr(cache, "cache_root", lambda: root)
    return root


@pytest.fixture
def pipeline(monkeypatch: pytest.MonkeyPatch) -> Pipeline:
    return Pipeline(monkeypatch)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Result]:
    def run(*argv: str) -> Result:
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    """A copy of the minimal fixture: a root and four $ref'd files."""
    shutil.copytree(MINIMAL, tmp_path / "spec")
    return tmp_path / "spec/openapi.yaml"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _generate_both(cli: Callable[..., Result], spec: Path, tmp_path: Path, *extra: str) -> tuple[Result, Result]:
    """generate with the cache and without it, into two fresh directories: both results, trees compared."""
    cached, uncached = tmp_path / "cached/generated", tmp_path / "uncached/generated"
    shutil.rmtree(cached.parent, ignore_errors=True)
    shutil.rmtree(uncached.parent, ignore_errors=True)
    first = cli("generate", "--spec", str(spec), "--out", str(cached), *extra)
    second = cli("generate", "--spec", str(spec), "--out", str(uncached), "--no-cache", *extra)
    assert read_tree(cached) == read_tree(uncached)
    return first, (second[0], second[1].replace(str(uncached), str(cached)), second[2])


def test_a_hit_gives_what_the_pipeline_gives(
    runs: Path, pipeline: Pipeline, cli: Callable[..., Result], spec: Path, tmp_path: Path
) -> None:
    out = tmp_path / "generated"
    assert cli("generate", "--spec", str(spec), "--out", str(out)) == (0, f"generated {out}\n", "")
    assert pipeline.ran()
    expected = read_tree(out)
    clean = cli("check", "--spec", str(spec), "--out", str(out))
    assert not pipeline.ran()
    assert (
        clean
        == cli("check", "--spec", str(spec), "--out", str(out), "--no-cache")
        == (
            0,
            f"{out} matches {spec}\n",
            "",
        )
    )
    pipeline.ran()
    # drifted: one file changed, one removed, one added
    (out / "api.md").write_text("edited by hand\n", encoding="utf-8")
    next(p for p in sorted(out.rglob("*.py"))).unlink()
    (out / "extra.txt").write_text("x\n", encoding="utf-8")
    drifted = read_tree(out)
    hit = cli("check", "--spec", str(spec), "--out", str(out))
    assert not pipeline.ran()
    assert hit[0] == 1 and "edited by hand" in hit[1] and "extra.txt" in hit[1]
    assert hit == cli("check", "--spec", str(spec), "--out", str(out), "--no-cache")
    pipeline.ran()
    assert read_tree(out) == drifted
    # generate on a hit: the drifted tree replaced, then an unchanged one left alone
    assert cli("generate", "--spec", str(spec), "--out", str(out)) == (0, f"generated {out}\n", "")
    assert not pipeline.ran()
    assert read_tree(out) == expected
    assert cli("generate", "--spec", str(spec), "--out", str(out)) == (0, f"generated {out}\n", "")
    assert not pipeline.ran()
    assert read_tree(out) == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated", "runs", "spec"]  # no temporary tree left
    # into a directory that does not exist yet, and compared with an uncached generate
    cached, uncached = _generate_both(cli, spec, tmp_path)
    assert cached == uncached
    assert pipeline.runs == 1  # only the --no-cache run


def _project_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The generator's files copied, and used: the cache hashes the copy, and render reads its templates."""
    project = tmp_path / "project"
    for name in ("generator", "templates"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", project / "pyproject.toml")
    monkeypatch.setattr(cache, "PROJECT", project)
    monkeypatch.setattr(generator.render, "TEMPLATES", project / "templates")
    return project


def _root_byte(spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    _edit(spec, "title: Widgets", "title: Gadgets")
    return "Gadgets"


def _refd_byte(spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    _edit(spec.parent / "paths/widgets.yaml", "summary: List widgets", "summary: List gadgets")
    return "List gadgets"


def _new_file(spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    (spec.parent / "components/more.yaml").write_text(
        "Gizmo:\n  type: object\n  description: A gizmo.\n  properties:\n    id:\n      type: string\n",
        encoding="utf-8",
    )
    _edit(spec, "    ErrorResponse:\n", "    Gizmo:\n      $ref: 'components/more.yaml#/Gizmo'\n    ErrorResponse:\n")
    return "class Gizmo"


def _template(spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    project = _project_copy(tmp_path, monkeypatch)
    assert main(["generate", "--spec", str(spec), "--out", str(tmp_path / "warm/generated")]) == 0
    (project / "templates/api.md.j2").write_text(
        "<!-- changed template -->\n" + (project / "templates/api.md.j2").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    return "changed template"


def _generator_source(spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    project = _project_copy(tmp_path, monkeypatch)
    assert main(["generate", "--spec", str(spec), "--out", str(tmp_path / "warm/generated")]) == 0
    with (project / "generator/build.py").open("a", encoding="utf-8") as f:
        f.write("# a changed generator\n")
    return ""


def _tool_version(spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    installed = cache.distributions()
    black = next(name for name in installed if name.startswith("black-"))
    assert black.endswith(".dist-info")
    changed = [name.replace(black, "black-0.0.1.dist-info") for name in installed]
    monkeypatch.setattr(cache, "distributions", lambda: changed)
    return ""


CHANGES: dict[str, Callable[[Path, Path, pytest.MonkeyPatch], str]] = {
    "a byte of the root": _root_byte,
    "a byte of a $ref'd file": _refd_byte,
    "a new file the root refers to": _new_file,
    "a template": _template,
    "a generator source file": _generator_source,
    "a tool version": _tool_version,
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_a_changed_input_is_a_miss(
    change: str,
    runs: Path,
    pipeline: Pipeline,
    cli: Callable[..., Result],
    spec: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "generated"
    assert cli("generate", "--spec", str(spec), "--out", str(out))[0] == 0
    before = read_tree(out)
    marker = CHANGES[change](spec, tmp_path, monkeypatch)
    capsys.readouterr()
    pipeline.ran()
    check = cli("check", "--spec", str(spec), "--out", str(out))
    assert pipeline.ran(), "a changed input was served from the cache"
    assert check == cli("check", "--spec", str(spec), "--out", str(out), "--no-cache")
    assert check[0] == (1 if marker else 0)
    assert marker in check[1]
    cached, uncached = _generate_both(cli, spec, tmp_path)
    assert cached == uncached and cached[0] == 0
    after = read_tree(tmp_path / "cached/generated")
    assert (after != before) == bool(marker)
    assert not marker or any(marker.encode() in data for data in after.values())


def test_the_lint_configuration_is_an_input(
    runs: Path, pipeline: Pipeline, cli: Callable[..., Result], spec: Path, tmp_path: Path
) -> None:
    """No pyproject.toml (a finding is an error), one that makes it a warning, one that turns it off, none again:
    each change a miss with the uncached result, and the same configuration again a hit."""
    _edit(spec.parent / "paths/widgets.yaml", "'529':", "'599':")  # error-responses, an error by default
    out = tmp_path / "generated"
    config = spec.parent / "pyproject.toml"
    seen: dict[str | None, Result] = {}
    for text, code in (
        (None, 1),
        ('[tool.claude-openapi.lint]\nrules = { error-responses = "warning" }\n', 0),
        ('[tool.claude-openapi.lint]\nrules = { error-responses = "off" }\n', 0),
        (None, 1),
    ):
        config.unlink(missing_ok=True)
        if text is not None:
            config.write_text(text, encoding="utf-8")
        first = cli("generate", "--spec", str(spec), "--out", str(out))
        assert pipeline.ran() == (text not in seen)
        assert first[0] == code
        assert cli("generate", "--spec", str(spec), "--out", str(out)) == first
        assert not pipeline.ran()
        assert first == cli("generate", "--spec", str(spec), "--out", str(out), "--no-cache")
        pipeline.ran()
        seen[text] = first
    # lint --config names another file: its bytes are an input too
    other = tmp_path / "lint.toml"
    other.write_text('[tool.claude-openapi.lint]\nrules = { error-responses = "warning" }\n', encoding="utf-8")
    warned = cli("lint", "--spec", str(spec), "--config", str(other))
    assert pipeline.ran() and warned[0] == 0 and "(error-responses)" in warned[1]
    other.write_text('[tool.claude-openapi.lint]\nrules = { error-responses = "error" }\n', encoding="utf-8")
    failed = cli("lint", "--spec", str(spec), "--config", str(other))
    assert pipeline.ran() and failed[0] == 1
    assert failed == cli("lint", "--spec", str(spec), "--config", str(other), "--no-cache")


def test_a_spec_file_that_appears_is_a_miss(
    runs: Path, pipeline: Pipeline, cli: Callable[..., Result], spec: Path, tmp_path: Path
) -> None:
    """The root names a file that is missing: an error (never kept); once the file exists, its content counts."""
    _edit(spec, "    ErrorResponse:\n", "    Gizmo:\n      $ref: 'components/more.yaml#/Gizmo'\n    ErrorResponse:\n")
    out = tmp_path / "generated"
    code, _, err = cli("generate", "--spec", str(spec), "--out", str(out))
    assert code == 1 and "more.yaml not found" in err
    more = spec.parent / "components/more.yaml"
    more.write_text("Gizmo:\n  type: object\n  description: A gizmo.\n", encoding="utf-8")
    pipeline.ran()
    assert cli("generate", "--spec", str(spec), "--out", str(out))[0] == 0
    assert pipeline.ran()
    more.write_text("Gizmo:\n  type: object\n  description: A gizmo with an id.\n", encoding="utf-8")
    check = cli("check", "--spec", str(spec), "--out", str(out))
    assert pipeline.ran() and check[0] == 1 and "with an id" in check[1]


def test_a_ref_that_resolves_elsewhere_is_a_miss(
    runs: Path, pipeline: Pipeline, cli: Callable[..., Result], spec: Path, tmp_path: Path
) -> None:
    """paths/widgets.yaml is a symlink: pointed at another file with the same bytes, the findings name that file."""
    paths = spec.parent / "paths"
    (paths / "widgets.yaml").rename(paths / "a.yaml")
    _edit(paths / "a.yaml", "'529':", "'599':")  # a warning, reported in the file it is in
    shutil.copy(paths / "a.yaml", paths / "b.yaml")
    (paths / "widgets.yaml").symlink_to("a.yaml")
    first = cli("lint", "--spec", str(spec))
    assert pipeline.ran() and "paths/a.yaml" in first[1]
    assert cli("lint", "--spec", str(spec)) == first and not pipeline.ran()
    (paths / "widgets.yaml").unlink()
    (paths / "widgets.yaml").symlink_to("b.yaml")
    second = cli("lint", "--spec", str(spec))
    assert pipeline.ran() and "paths/b.yaml" in second[1]
    assert second == cli("lint", "--spec", str(spec), "--no-cache")


def test_options_and_working_directory_are_inputs(
    runs: Path,
    pipeline: Pipeline,
    cli: Callable[..., Result],
    spec: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "generated"
    assert cli("generate", "--spec", str(spec), "--out", str(out))[0] == 0
    pipeline.ran()
    assert cli("generate", "--spec", str(spec), "--out", str(out), "--package", "other_api")[0] == 0
    assert pipeline.ran() and (out / "other_api").is_dir()
    _edit(spec.parent / "paths/widgets.yaml", "'529':", "'599':")
    assert cli("lint", "--spec", str(spec))[1].startswith(f"{spec.parent}/paths/widgets.yaml:")
    monkeypatch.chdir(spec.parent)  # file names in findings are relative to it
    pipeline.ran()
    here = cli("lint", "--spec", str(spec))
    assert pipeline.ran() and here[1].startswith("paths/widgets.yaml:")


def test_inputs_changed_during_the_run_store_nothing(
    runs: Path,
    pipeline: Pipeline,
    cli: Callable[..., Result],
    spec: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The configuration read before the run differs from the one after: no entry, so the next run is a miss."""
    config = spec.parent / "pyproject.toml"
    config.write_text("[tool.claude-openapi.lint]\n", encoding="utf-8")
    counting = generator.lint.run

    def edit_meanwhile(*args: Any, **kwargs: Any) -> Any:
        config.write_text('[tool.claude-openapi.lint]\nfail-on = "warning"\n', encoding="utf-8")
        return counting(*args, **kwargs)

    monkeypatch.setattr(generator.lint, "run", edit_meanwhile)
    assert cli("lint", "--spec", str(spec))[0] == 0
    monkeypatch.setattr(generator.lint, "run", counting)
    pipeline.ran()
    assert not list(runs.glob("*.entry"))
    assert cli("lint", "--spec", str(spec))[0] == 0
    assert pipeline.ran()


def _entries(runs: Path) -> list[Path]:
    return sorted(runs.glob("*.entry"))


DAMAGE: dict[str, Callable[[Path], None]] = {
    "a byte of the entry": lambda runs: [
        p.write_bytes(p.read_bytes()[:-2] + bytes([p.read_bytes()[-2] ^ 1]) + p.read_bytes()[-1:])
        for p in _entries(runs)
    ],
    "a truncated entry": lambda runs: [
        p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]) for p in _entries(runs)
    ],
    "an empty entry": lambda runs: [p.write_bytes(b"") for p in _entries(runs)],
    "an index that is not one": lambda runs: [p.write_bytes(b"{]\xff") for p in runs.glob("*.index")],
    "a sealed entry of the wrong shape": lambda runs: [
        p.write_bytes(cache._seal({"key": p.stem, "observed": {}, "result": {"findings": "x"}})) for p in _entries(runs)
    ],
    "a sealed entry with wrong findings": lambda runs: [
        p.write_bytes(
            cache._seal(
                {
                    **cache._unseal(p.read_bytes()),
                    "result": {"findings": [[1, 2, 3, 4, 5, 6, 7]], "tree": {}},
                }
            )
        )
        for p in _entries(runs)
    ],
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_entry_is_a_miss(
    damage: str, runs: Path, pipeline: Pipeline, cli: Callable[..., Result], spec: Path, tmp_path: Path
) -> None:
    out = tmp_path / "generated"
    assert cli("generate", "--spec", str(spec), "--out", str(out))[0] == 0
    expected = read_tree(out)
    DAMAGE[damage](runs)
    pipeline.ran()
    assert cli("check", "--spec", str(spec), "--out", str(out)) == (0, f"{out} matches {spec}\n", "")
    assert pipeline.ran()
    assert read_tree(out) == expected
    assert cli("check", "--spec", str(spec), "--out", str(out))[0] == 0
    assert not pipeline.ran(), "the miss stored a good entry again"


def test_a_foreign_entry_is_a_miss(
    runs: Path, pipeline: Pipeline, cli: Callable[..., Result], spec: Path, tmp_path: Path
) -> None:
    """Another run's entry, sealed and whole, copied under this run's entry name: of the same spec files, but for
    another package; and of another spec."""
    out, other = tmp_path / "generated", tmp_path / "other/generated"
    assert cli("generate", "--spec", str(spec), "--out", str(out))[0] == 0
    (mine,) = _entries(runs)
    kept = mine.read_bytes()
    for argv in (["--spec", str(spec), "--package", "other_api"], ["--spec", str(HOSTILE / "openapi.yaml")]):
        assert cli("generate", *argv, "--out", str(other))[0] == 0
        foreign = max((p for p in _entries(runs) if p != mine), key=lambda p: p.stat().st_mtime_ns)
        shutil.copy(foreign, mine)
        pipeline.ran()
        assert cli("check", "--spec", str(spec), "--out", str(out)) == (0, f"{out} matches {spec}\n", "")
        assert pipeline.ran()
        assert mine.read_bytes() == kept  # stored again by the miss


def test_an_entry_changed_but_still_json_is_a_miss(
    runs: Path, pipeline: Pipeline, cli: Callable[..., Result], warned: Path
) -> None:
    """The seal: an entry edited in a way that keeps it well-formed is not served."""
    miss = cli("lint", "--spec", str(warned))
    (entry,) = _entries(runs)
    entry.write_bytes(entry.read_bytes().replace(b"does not document", b"does not DOCUMENT"))
    pipeline.ran()
    assert cli("lint", "--spec", str(warned)) == miss
    assert pipeline.ran()


@pytest.mark.parametrize("damage", ["missing", "changed"])
def test_a_damaged_blob_falls_back_to_the_pipeline(
    damage: str, runs: Path, pipeline: Pipeline, cli: Callable[..., Result], spec: Path, tmp_path: Path
) -> None:
    """A hit needs the blobs only where the output directory differs; a bad one there means running the pipeline."""
    out = tmp_path / "generated"
    assert cli("generate", "--spec", str(spec), "--out", str(out))[0] == 0
    expected = read_tree(out)
    for blob in (runs / "blobs").iterdir():
        blob.unlink() if damage == "missing" else blob.write_bytes(blob.read_bytes() + b"#")
    pipeline.ran()
    assert cli("check", "--spec", str(spec), "--out", str(out))[0] == 0
    assert not pipeline.ran()  # the output directory matches: no blob read
    (out / "api.md").write_text("edited\n", encoding="utf-8")
    drifted = cli("check", "--spec", str(spec), "--out", str(out))
    assert pipeline.ran()
    assert drifted == cli("check", "--spec", str(spec), "--out", str(out), "--no-cache") and drifted[0] == 1
    shutil.rmtree(out)
    for blob in (runs / "blobs").iterdir():
        blob.unlink() if damage == "missing" else blob.write_bytes(blob.read_bytes() + b"#")
    pipeline.ran()
    assert cli("generate", "--spec", str(spec), "--out", str(out))[0] == 0
    assert read_tree(out) == expected


def test_an_entry_that_would_write_outside_the_output_is_a_miss(
    runs: Path, pipeline: Pipeline, cli: Callable[..., Result], spec: Path, tmp_path: Path
) -> None:
    """Sealed, whole, with its blobs: still not trusted with a path that leaves the output directory."""
    out = tmp_path / "generated"
    assert cli("generate", "--spec", str(spec), "--out", str(out))[0] == 0
    expected = read_tree(out)
    (entry,) = _entries(runs)
    body = cache._unseal(entry.read_bytes())
    evil = b"x = 1\n"
    (runs / "blobs" / cache.sha256(evil)).write_bytes(evil)
    body["result"]["tree"]["../escaped.py"] = cache.sha256(evil)
    entry.write_bytes(cache._seal(body))
    pipeline.ran()
    assert cli("generate", "--spec", str(spec), "--out", str(out)) == (0, f"generated {out}\n", "")
    assert pipeline.ran()
    assert read_tree(out) == expected and not (tmp_path / "escaped.py").exists()


def test_a_read_only_cache_still_serves(
    runs: Path,
    pipeline: Pipeline,
    cli: Callable[..., Result],
    spec: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "generated"
    assert cli("generate", "--spec", str(spec), "--out", str(out))[0] == 0

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise PermissionError("read-only file system")

    monkeypatch.setattr(cache.os, "utime", refuse)
    monkeypatch.setattr(cache.tempfile, "mkstemp", refuse)
    pipeline.ran()
    assert cli("check", "--spec", str(spec), "--out", str(out)) == (0, f"{out} matches {spec}\n", "")
    assert not pipeline.ran()


def test_an_unwritable_cache_is_no_cache(
    pipeline: Pipeline, cli: Callable[..., Result], spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CLAUDE_OPENAPI_NO_CACHE", raising=False)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory\n", encoding="utf-8")
    monkeypatch.setattr(cache, "cache_root", lambda: blocker / "runs")
    out = tmp_path / "generated"
    for _ in range(2):
        assert cli("generate", "--spec", str(spec), "--out", str(out)) == (0, f"generated {out}\n", "")
        assert pipeline.ran()
        assert cli("check", "--spec", str(spec), "--out", str(out))[0] == 0
        assert pipeline.ran()


def test_off_by_environment(
    runs: Path,
    pipeline: Pipeline,
    cli: Callable[..., Result],
    spec: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "generated"
    assert cli("generate", "--spec", str(spec), "--out", str(out))[0] == 0
    monkeypatch.setenv("CLAUDE_OPENAPI_NO_CACHE", "1")
    pipeline.ran()
    assert cli("check", "--spec", str(spec), "--out", str(out))[0] == 0
    assert pipeline.ran()
    monkeypatch.delenv("CLAUDE_OPENAPI_NO_CACHE")
    assert cli("check", "--spec", str(spec), "--out", str(out))[0] == 0
    assert not pipeline.ran()


@pytest.fixture
def warned(tmp_path: Path) -> Iterator[Path]:
    """The hostile fixture with its error-responses findings made warnings (its own config turns them off)."""
    shutil.copytree(HOSTILE, tmp_path / "hostile", ignore=shutil.ignore_patterns("expected"))
    (tmp_path / "hostile/pyproject.toml").write_text(
        '[tool.claude-openapi.lint]\nrules = { error-responses = "warning" }\n'
        '[[tool.claude-openapi.lint.ignore]]\nrules = ["error-responses"]\npointer = "/paths/~1v1~1things/get*"\n'
        'reason = "one ignored, so that the count shows"\n',
        encoding="utf-8",
    )
    yield tmp_path / "hostile/openapi.yaml"


@pytest.mark.parametrize("fmt", LINT_FORMATS)
def test_lint_prints_the_same_findings_on_a_hit(
    fmt: str, runs: Path, pipeline: Pipeline, cli: Callable[..., Result], warned: Path
) -> None:
    miss = cli("lint", "--spec", str(warned), "--format", fmt)
    assert pipeline.ran()
    assert "warning(s)" in miss[2] and not miss[2].startswith(f"{warned}: 0 error(s), 0 warning(s)")
    hit = cli("lint", "--spec", str(warned), "--format", fmt)
    assert not pipeline.ran()
    assert hit == miss == cli("lint", "--spec", str(warned), "--format", fmt, "--no-cache")
    pipeline.ran()
    strict = cli("lint", "--spec", str(warned), "--format", fmt, "--fail-on", "warning")
    assert not pipeline.ran() and strict[0] == 1
    assert strict == cli("lint", "--spec", str(warned), "--format", fmt, "--fail-on", "warning", "--no-cache")


def test_lint_errors_are_reported_the_same_on_a_hit(
    runs: Path, pipeline: Pipeline, cli: Callable[..., Result], warned: Path, tmp_path: Path
) -> None:
    """generate and check of a spec with lint errors: the findings, the count and the failure, as uncached."""
    config = warned.parent / "pyproject.toml"
    config.write_text('[tool.claude-openapi.lint]\nrules = { error-responses = "error" }\n', encoding="utf-8")
    out = tmp_path / "generated"
    for command in ("generate", "check"):
        miss = cli(command, "--spec", str(warned), "--out", str(out))
        hit = cli(command, "--spec", str(warned), "--out", str(out))
        assert miss[0] == 1 and "(error-responses)" in miss[1] and "nothing was generated" in miss[2]
        assert hit == miss == cli(command, "--spec", str(warned), "--out", str(out), "--no-cache")
        assert not out.exists()
    assert pipeline.runs == 3  # the first generate, and the two --no-cache runs


def test_the_cli_knows_the_lint_formats_without_importing_the_linter() -> None:
    assert LINT_FORMATS == tuple(FORMATS)


HEAVY = ("yaml", "jsonschema", "openapi_spec_validator", "datamodel_code_generator", "jinja2", "pydantic")


def test_a_hit_imports_nothing_heavy(spec: Path, tmp_path: Path) -> None:
    """In a process of its own, as a user runs it: a served check does not import the pipeline's libraries."""
    env = {**os.environ, "CLAUDE_OPENAPI_CACHE": str(tmp_path / "cache")}
    env.pop("CLAUDE_OPENAPI_NO_CACHE", None)
    out = tmp_path / "generated"
    cmd = [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--out", str(out)]
    assert subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True).returncode == 0
    probe = (
        "import sys\nfrom generator.cli import main\n"
        f"code = main(['check', '--spec', {str(spec)!r}, '--out', {str(out)!r}])\n"
        f"print(code, sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})))\n"
    )
    proc = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True)
    assert proc.stdout.splitlines()[-1] == "0 []", proc.stdout + proc.stderr


def test_the_real_spec(
    runs: Path, pipeline: Pipeline, cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    """check of spec/ against generated/: the served result is the one the pipeline gave."""
    monkeypatch.chdir(ROOT)
    miss = cli("check")
    assert pipeline.ran() and miss == (0, "generated matches spec/openapi.yaml\n", "")
    assert cli("check") == miss
    assert not pipeline.ran()


def test_old_entries_are_pruned(
    runs: Path, cli: Callable[..., Result], spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The newest MAX_ENTRIES entries and indexes are kept, and exactly the blobs they name."""
    monkeypatch.setattr(cache, "MAX_ENTRIES", 2)
    for i, package in enumerate(("a_api", "b_api", "c_api")):
        if i == 2:
            for blob in (runs / "blobs").iterdir():
                os.utime(blob, (0, 0))  # old enough to be removed when no entry names them
        out = tmp_path / package / "generated"
        assert cli("generate", "--spec", str(spec), "--out", str(out), "--package", package)[0] == 0
        for path in [*runs.glob("*.entry"), *runs.glob("*.index")]:
            if path.stat().st_mtime > 1e6:
                os.utime(path, (1000 + i, 1000 + i))  # the order of the runs, whatever the clock's resolution
    entries = _entries(runs)
    assert len(entries) == 2 and len(list(runs.glob("*.index"))) == 2
    named = {digest for entry in entries for digest in cache._unseal(entry.read_bytes())["result"]["tree"].values()}
    assert {blob.name for blob in (runs / "blobs").iterdir()} == named
    served = cli("check", "--spec", str(spec), "--out", str(tmp_path / "a_api/generated"), "--package", "a_api")
    assert served[0] == 0


@pytest.fixture
def made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[], int]:
    """How many times datamodel-code-generator made the models since the last call: the models' process, forked
    from this one, writes a line to a file each time."""
    import generator.models

    log, real = tmp_path / "models-made", generator.models.models_source

    def logging(*args: Any) -> str:
        if args[1] != "Warm-up":  # models.warm_up's, in every models' process
            with log.open("a") as f:
                f.write("made\n")
        return real(*args)

    monkeypatch.setattr(generator.models, "models_source", logging)
    seen = [0]

    def count() -> int:
        total = len(log.read_text().splitlines()) if log.exists() else 0
        new, seen[0] = total - seen[0], total
        return new

    return count


def test_the_models_are_kept_for_an_edit_of_the_operations_alone(
    runs: Path, made: Callable[[], int], cli: Callable[..., Result], spec: Path, tmp_path: Path
) -> None:
    """A new summary misses the run cache, but the models (most of a generate) come from the models cache: the
    output is what --no-cache gives."""
    assert cli("generate", "--spec", str(spec), "--out", str(tmp_path / "first"))[0] == 0
    assert made() == 1
    _edit(spec.parent / "paths/widgets.yaml", "summary: List widgets", "summary: List the widgets")
    cached, uncached = _generate_both(cli, spec, tmp_path)
    assert cached == uncached and cached[0] == 0
    assert made() == 1  # the --no-cache run's; the cached run took the kept models
    assert any(b"List the widgets" in data for data in read_tree(tmp_path / "cached/generated").values())


@pytest.mark.parametrize(
    ("file", "old", "new"),
    [
        (
            "components/schemas.yaml",
            "    id:\n      type: string\n",
            "    id:\n      type: string\n      description: x\n",
        ),
        ("components/schemas.yaml", "      enum: [red, green, blue]", "      enum: [red, blue, green]"),
        ("openapi.yaml", "title: ", "title: Renamed "),
    ],
    ids=["a schema's description", "the order of an enum", "the title"],
)
def test_the_models_are_made_again_when_what_they_read_changes(
    file: str,
    old: str,
    new: str,
    runs: Path,
    made: Callable[[], int],
    cli: Callable[..., Result],
    spec: Path,
    tmp_path: Path,
) -> None:
    assert cli("generate", "--spec", str(spec), "--out", str(tmp_path / "first"))[0] == 0
    assert made() == 1
    _edit(spec.parent / file, old, new)
    cached, uncached = _generate_both(cli, spec, tmp_path)
    assert cached == uncached and cached[0] == 0
    assert made() == 2  # the cached run made them again, as did the --no-cache one


def test_the_models_key_covers_the_package_the_generator_and_the_environment() -> None:
    doc: dict[str, Any] = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "components": {"schemas": {}}}
    context = cache.models_context()
    base = cache.models_key(doc, None, context)
    assert base is not None and base == cache.models_key(json.loads(json.dumps(doc)), None, context)
    assert cache.models_key(doc, "other_api", context) != base
    assert cache.models_key(doc, None, ["another generator", context[1]]) != base
    assert cache.models_key(doc, None, [context[0], ["another environment"]]) != base
    reordered = {**doc, "components": {"schemas": {"B": {"type": "string"}, "A": {"type": "string"}}}}
    ordered = {**doc, "components": {"schemas": {"A": {"type": "string"}, "B": {"type": "string"}}}}
    assert cache.models_key(reordered, None, context) != cache.models_key(ordered, None, context)  # the module's order


def test_a_damaged_models_file_is_a_miss(
    runs: Path, made: Callable[[], int], cli: Callable[..., Result], spec: Path, tmp_path: Path
) -> None:
    assert cli("generate", "--spec", str(spec), "--out", str(tmp_path / "first"))[0] == 0
    [kept] = runs.glob("*.models")
    kept.write_bytes(kept.read_bytes().replace(b"class ", b"klass "))
    _edit(spec.parent / "paths/widgets.yaml", "summary: List widgets", "summary: List the widgets")
    made()
    cached, uncached = _generate_both(cli, spec, tmp_path)
    assert cached == uncached and cached[0] == 0
    assert made() == 2


def test_an_unreadable_generator_keeps_no_models(
    runs: Path, cli: Callable[..., Result], spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The models' key needs the generator's bytes: when they cannot be read, generate still works, keeping none."""

    def unreadable() -> str:
        raise PermissionError("generator/cli.py")

    monkeypatch.setattr(cache, "generator_hash", unreadable)
    assert cache.models_context() is None and cache.models_key({}, None, None) is None
    assert cli("generate", "--spec", str(spec), "--out", str(tmp_path / "out"), "--no-cache")[0] == 0
    assert cli("generate", "--spec", str(spec), "--out", str(tmp_path / "out"))[0] == 0
    assert not list(runs.glob("*.models"))
