"""Format the rendered files, then write them atomically or compare them with the committed copy."""

from __future__ import annotations

import ctypes
import difflib
import errno
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
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


def format_tree(root: Path, package: str, targets: list[str] | None = None) -> None:
    """ruff --fix, then ruff format, with the project's configuration, on every .py file under root.

    ruff's formatter is black-compatible: its output is what black writes, which `./scripts/test` checks with
    `black --check` on generated/ and the hostile-spec tests check on every generated tree. Running black here
    as well took half of a cold generate (5 s on 80k lines) to change nothing. The two ruff runs take 0.2 s on
    our spec, so nothing is cached: a file is formatted from what was rendered, every time. `targets` (paths
    under root) limits them to those files."""
    paths = targets if targets is not None else ["."]
    config = Path(__file__).resolve().parent.parent / "pyproject.toml"
    for args in (
        ["check", "--fix-only", "--quiet", "--config", str(config), "--config", isort_override(package), "--no-cache"],
        ["format", "--quiet", "--config", str(config), "--no-cache"],
    ):
        proc = subprocess.run([*_ruff(), *args, *paths], cwd=root, capture_output=True, text=True)
        if proc.returncode != 0:
            raise FormatError(f"ruff {args[0]} failed on the generated code:\n{proc.stderr or proc.stdout}")


def _ruff() -> list[str]:
    """The ruff executable the installed package ships, run directly (`python -m ruff` starts an interpreter
    first, for 20 ms a run)."""
    try:
        from ruff import find_ruff_bin

        return [os.fsdecode(find_ruff_bin())]
    except (ImportError, FileNotFoundError):  # an older ruff, or its executable not where the package says
        return [sys.executable, "-m", "ruff"]


def read_tree(root: Path) -> dict[str, bytes]:
    if not root.is_dir():
        return {}
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and ".pytest_cache" not in p.parts
    }


def temp_prefix(target: Path) -> str:
    """Temporary trees are built beside the target, named after it and after the process that owns them."""
    return f".{target.name}.tmp-{os.getpid()}-"


_ASIDE = "aside"  # after the temporary prefix, the name of a tree moved aside by swap's fallback


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but is another user's
        return True
    return True


def recover(target: Path) -> None:
    """Undo what a run killed mid-swap left: the old tree put back if the new one never arrived, and the
    temporary trees of dead runs (beside the target, never inside it) removed. Live runs' trees are kept."""
    prefix = f".{target.name}.tmp-"
    dead = [
        stale
        for stale in sorted(target.parent.glob(prefix + "*"))
        if (pid := stale.name.removeprefix(prefix).split("-", 1)[0]).isdigit() and not _alive(int(pid))
    ]
    for stale in dead:
        if stale.name.endswith("-" + _ASIDE) and not target.exists() and stale.is_dir():
            os.replace(stale, target)
    for stale in dead:
        shutil.rmtree(stale, ignore_errors=True)


class OutputError(Exception):
    """The output directory cannot be used as it is: one line, nothing written."""


MARKER = ".claude-openapi"
MARKER_TEXT = (
    "Generated from the OpenAPI description: `python -m generator generate` replaces this directory whole.\n"
    "It replaces a directory only when that is empty or holds this file: edits here are lost.\n"
)


def output_dir(out: Path, replacing: bool) -> Path:
    """`out` resolved (through `.` or a symbolic link: what is replaced is the directory it names). To be
    replaced, it must be absent, empty or hold MARKER, which every generated tree has: anything else may be
    someone's work, which a swap would delete."""
    try:
        target = out.resolve()
    except RuntimeError:  # Python < 3.13 raises this for a loop (3.13 an OSError, which the command reports)
        raise OutputError(f"{out}: a loop of symbolic links: nothing was written") from None
    if target == target.parent:
        raise OutputError(f"{out}: the output directory cannot be the root of the file system")
    if target.exists() and not target.is_dir():
        raise OutputError(f"{out} is a file, not a directory: nothing was written (choose a directory with --out)")
    existing = next(parent for parent in target.parents if parent.exists())
    if not existing.is_dir():
        raise OutputError(f"{out}: {existing} is a file, not a directory: nothing was written")
    if replacing and target.is_dir() and not (target / MARKER).is_file() and any(target.iterdir()):
        raise OutputError(
            f"{out} is not empty and has no {MARKER} file, the mark of a directory generate wrote: it is not "
            "replaced, and nothing was written (choose a new or empty directory with --out, or delete this one if "
            "it holds nothing to keep)"
        )
    return target


def produce(
    files: dict[str, str],
    workdir: Path | None,
    package: str | None,
    prefix: str = "generated-",
    then: Callable[[], dict[str, str]] | None = None,
) -> Path:
    """Write the files in a fresh directory under workdir (None: the system's temporary directory) and, given the
    package, format them; returns it.
    Without a package the files are taken as they are (already formatted, from the run cache). `then` gives
    more files once these are formatted (the models, made meanwhile in another process); they are added and
    formatted alone."""
    out = Path(tempfile.mkdtemp(prefix=prefix, dir=workdir))
    try:
        write_tree(files, out)
        if package is not None:
            format_tree(out, package)
        if then is not None:
            more = then()
            write_tree(more, out)
            python = sorted(rel for rel in more if rel.endswith(".py"))
            if package is not None and python:
                format_tree(out, package, python)
    except BaseException:
        shutil.rmtree(out, ignore_errors=True)
        raise
    return out


def _exchange(a: Path, b: Path) -> bool:
    """Swap two directories in one step (Linux renameat2 RENAME_EXCHANGE); False where that is not available."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def _same_mode(new: Path, target: Path) -> None:
    """The new tree's directory gets the mode of the one it replaces, else the umask's (a temporary directory is
    made private: 0700)."""
    if target.is_dir():
        shutil.copymode(target, new)
    else:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(new, 0o777 & ~umask)


def swap(new: Path, target: Path) -> None:
    """Replace target by new, so that a reader (or a kill) sees the old tree or the new one, never a mix.

    Where the directories cannot be exchanged in one step, target is moved aside under a temporary name first; a
    run killed between the two renames leaves no target, and `recover` (at the start of the next run) puts it
    back."""
    recover(target)
    _same_mode(new, target)
    if target.is_dir() and _exchange(new, target):
        shutil.rmtree(new, ignore_errors=True)  # the old tree, now under the temporary name
        return
    aside = target.with_name(temp_prefix(target) + _ASIDE)
    if target.exists():
        os.replace(target, aside)
    try:
        os.replace(new, target)
    except BaseException:
        if aside.exists() and not target.exists():  # the old tree back where it was
            os.replace(aside, target)
        raise
    shutil.rmtree(aside, ignore_errors=True)


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
