"""The generator end to end on fixture specs: golden output, hostile names and text, atomicity, determinism."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.build import BuildError, body_media_type, py_identifier, resource_class_name
from generator.cli import main
from generator.output import MARKER, diff, isort_override, read_tree

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ROOT / "tests/fixtures/hostile/openapi.yaml"
GOLDEN = ROOT / "tests/fixtures/hostile/expected"


@pytest.fixture(scope="module")
def hostile_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("hostile") / "generated"
    assert main(["generate", "--spec", str(HOSTILE), "--out", str(out)]) == 0
    return out


def test_golden(hostile_out: Path, update_golden: bool) -> None:
    if update_golden:
        shutil.rmtree(GOLDEN, ignore_errors=True)
        shutil.copytree(hostile_out, GOLDEN, ignore=shutil.ignore_patterns("__pycache__"))
    lines = diff(read_tree(hostile_out), read_tree(GOLDEN), "expected")
    assert not lines, "".join(lines) + "\nrun pytest tests/test_generator.py --update-golden if the change is intended"


def test_spec_text_never_becomes_code(hostile_out: Path) -> None:
    for path in sorted(hostile_out.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        calls = {n.func.attr for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)}
        assert "system" not in calls, f"spec text became a call in {path}"
        imports = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        assert "os" not in imports or path.name == "_base_client.py", path
    resources = (hostile_out / "hostile_api/resources/things.py").read_text(encoding="utf-8")
    assert "def import_(" in resources and "class_: str" in resources and "from_: int" in resources


def test_generated_code_passes_ruff(hostile_out: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--config",
            str(ROOT / "pyproject.toml"),
            "--config",
            isort_override("hostile_api"),
        ]
        + [str(hostile_out)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout


def test_generated_code_is_what_black_writes(hostile_out: Path) -> None:
    """generate formats with ruff alone; black must find nothing to change (./scripts/test checks generated/)."""
    black = [sys.executable, "-m", "black", "--check", "--config", str(ROOT / "pyproject.toml"), str(hostile_out)]
    proc = subprocess.run(black, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_generated_contract_tests_pass(hostile_out: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(hostile_out)}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--rootdir",
            str(hostile_out),
            str(hostile_out / "tests"),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=hostile_out,
    )
    assert proc.returncode == 0, proc.stdout[-3000:]
    assert " passed" in proc.stdout


def test_same_output_for_any_hash_seed(tmp_path: Path) -> None:
    trees = []
    for seed in ("0", "4242"):
        out = tmp_path / f"seed{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed, "CLAUDE_OPENAPI_CACHE": str(tmp_path / f"cache{seed}")}
        cmd = [sys.executable, "-m", "generator", "generate", "--spec", str(HOSTILE), "--out", str(out)]
        subprocess.run(cmd, check=True, capture_output=True, env=env, cwd=ROOT)
        trees.append(read_tree(out))
    assert trees[0] == trees[1]


def test_broken_spec_leaves_output_untouched(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(
        HOSTILE.read_text(encoding="utf-8").replace(
            "$ref: '#/components/schemas/Thing'\n              example: {id: t_2",
            "$ref: 'missing.yaml#/Thing'\n              example: {id: t_2",
        ),
        encoding="utf-8",
    )
    out = tmp_path / "generated"
    out.mkdir()
    (out / "keep.txt").write_text("before", encoding="utf-8")
    (out / MARKER).write_text("an earlier tree's\n", encoding="utf-8")
    earlier = read_tree(out)
    assert main(["generate", "--spec", str(spec), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    line = next(i for i, text in enumerate(spec.read_text(encoding="utf-8").splitlines(), 1) if "missing.yaml" in text)
    assert f"openapi.yaml:{line}:" in err and "missing.yaml" in err and "(ref-unresolved)" in err
    assert "Traceback" not in err
    assert read_tree(out) == earlier
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated", "openapi.yaml"]


def test_check_reports_drift(hostile_out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "generated"
    shutil.copytree(hostile_out, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert main(["check", "--spec", str(HOSTILE), "--out", str(copy)]) == 0
    (copy / "api.md").write_text("edited by hand\n", encoding="utf-8")
    assert main(["check", "--spec", str(HOSTILE), "--out", str(copy)]) == 1
    out = capsys.readouterr().out
    assert "-edited by hand" in out and "api.md (committed)" in out


@pytest.mark.parametrize(
    ("name", "attribute", "expected"),
    [
        ("class", False, "class_"),
        ("list", False, "list_"),
        ("list", True, "list"),
        ("match", True, "match"),
        ("type", False, "type_"),
        ("9lives", False, "_9lives"),
        ("created_at[gte]", False, "created_at_gte"),
        ("anthropic-beta", False, "anthropic_beta"),
        ("", False, "_"),
        ("ünï", False, "n"),
    ],
)
def test_py_identifier(name: str, attribute: bool, expected: str) -> None:
    ident = py_identifier(name, attribute=attribute)
    assert ident == expected and ident.isidentifier()


def test_resource_class_names_never_shadow_a_model() -> None:
    """organization.compliance_settings would be OrganizationComplianceSettings, a schema's name too."""
    parts = ("organization", "compliance_settings")
    assert resource_class_name(parts, {"Other"}) == "OrganizationComplianceSettings"
    assert resource_class_name(parts, {"OrganizationComplianceSettings"}) == "OrganizationComplianceSettingsResource"
    assert resource_class_name(parts, {"AsyncOrganizationComplianceSettings"}) == (
        "OrganizationComplianceSettingsResource"
    )
    with pytest.raises(BuildError, match="OrganizationComplianceSettingsResource"):
        resource_class_name(parts, {"OrganizationComplianceSettings", "OrganizationComplianceSettingsResource"})


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (["text/plain", "application/json"], ("application/json", "json", "application/json")),
        (["application/merge-patch+json"], ("application/merge-patch+json", "json", "application/merge-patch+json")),
        (["Application/JSON; charset=utf-8"], ("Application/JSON; charset=utf-8", "json", "application/json")),
        (["application/x-www-form-urlencoded", "multipart/form-data"], ("multipart/form-data", "multipart", "")),
        (["application/x-www-form-urlencoded"], ("application/x-www-form-urlencoded", "form", "")),
        (["text/plain", "text/x-markdown"], ("text/plain", "raw", "text/plain; charset=utf-8")),
        (["text/*"], ("text/*", "raw", "text/plain; charset=utf-8")),
        (["*/*"], ("*/*", "raw", "application/octet-stream")),
        (["image/png"], ("image/png", "raw", "image/png")),
        (["application/*+json"], ("application/*+json", "json", "application/json")),
        ([""], ("", "raw", "application/octet-stream")),
    ],
)
def test_the_request_media_type_the_client_sends(content: list[str], expected: tuple[str, str, str]) -> None:
    """JSON first (a `+json` type too), then multipart, then a form; else the first listed, sent as it is. httpx
    writes the content-type of forms (its multipart boundary), so the method names none."""
    assert body_media_type({media_type: {} for media_type in content}) == expected
