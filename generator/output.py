"""Format the rendered files, then write them atomically or compare them with the committed copy."""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


class FormatError(Exception):
    pass


def write_tree(files: dict[str, str], root: Path) -> None:
    for rel, text in sorted(files.items()):
        target = (root / rel).resolve()
        if root.resolve() not in target.parents:
            raise FormatError(f"refusing to write outside the output directory: {rel}")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text.encode("utf-8"))


def isort_override(package: str) -> str:
    """The generated package is first-party wherever the output is formatted or checked."""
    return f"lint.isort.known-first-party = [{package!r}]"


def format_tree(root: Path, package: str) -> None:
    """ruff --fix then black, with the project's configuration, on every .py file under root."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    config = Path(__file__).resolve().parent.parent / "pyproject.toml"
    for cmd in (
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--fix-only",
            "--quiet",
            "--config",
            str(config),
            "--config",
            isort_override(package),
            "--no-cache",
            ".",
        ],
        [sys.executable, "-m", "black", "--quiet", "--config", str(config), "."],
    ):
        proc = subprocess.run(cmd, cwd=root, env=env, capture_output=True, text=True)
        if proc.returncode != 0:
            raise FormatError(f"{' '.join(cmd[2:4])} failed on the generated code:\n{proc.stderr or proc.stdout}")


def read_tree(root: Path) -> dict[str, bytes]:
    if not root.is_dir():
        return {}
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and ".pytest_cache" not in p.parts
    }


def produce(files: dict[str, str], workdir: Path, package: str) -> Path:
    """Write and format the files in a fresh directory under workdir; returns it."""
    out = Path(tempfile.mkdtemp(prefix="generated-", dir=workdir))
    try:
        write_tree(files, out)
        format_tree(out, package)
    except BaseException:
        shutil.rmtree(out, ignore_errors=True)
        raise
    return out


def swap(new: Path, target: Path) -> None:
    """Replace target by new; the old tree is removed only once the new one is in place."""
    old = target.with_name(target.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        os.replace(target, old)
    os.replace(new, target)
    shutil.rmtree(old, ignore_errors=True)


def diff(expected: dict[str, bytes], actual: dict[str, bytes], label: str) -> list[str]:
    """Unified diff lines between the committed tree (actual) and the regenerated one (expected)."""
    lines: list[str] = []
    for rel in sorted(set(expected) | set(actual)):
        a, b = actual.get(rel), expected.get(rel)
        if a == b:
            continue
        a_lines = (a or b"").decode("utf-8", "replace").splitlines(keepends=True)
        b_lines = (b or b"").decode("utf-8", "replace").splitlines(keepends=True)
        lines.extend(difflib.unified_diff(a_lines, b_lines, f"{label}/{rel} (committed)", f"{label}/{rel} (from spec)"))
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
    return lines
