"""The run cache: `check`, `generate` and `lint` skip the pipeline when nothing that determines its result changed.

A run's result (the findings, and the generated tree) is a function of these inputs, and the key covers each:

- the spec: every file system observation the load made (load.py records them in `SourceMap.files` and
  `SourceMap.refs`): each file it read (its resolved path still resolves to itself, and its bytes) and each `$ref`
  file path it resolved (to the same file, which is still a file). The load is deterministic: it starts at the root,
  and what it looks at next is decided by what it has seen so far. So a load that would get the same answer to
  every recorded observation makes the same observations and reads the same bytes: a new file can only matter
  through a changed byte in a file that refers to it;
- the root as given and as resolved, and the working directory (file names in findings are relative to it);
- the lint configuration: the bytes (or absence) of `pyproject.toml` in the spec's directory and in every one above
  it, which is all that `lint.config.find` reads, and the file given with `lint --config`;
- the options that change the result (`--package`);
- the generator: the bytes of every file under generator/ and templates/ and of this project's pyproject.toml
  (the ruff and black configuration), by relative path;
- the environment: Python's version and platform, and every installed distribution with its version.

Since the spec's files are only known once it is loaded, a lookup is two steps: the index (named by the hash of
everything else) lists the observations the last load made; they are made again, and the entry is named by the
hash of everything plus their answers. An entry holds its own key and the hash of its body, and a blob is named by
the hash of its bytes: a corrupted, truncated or foreign file is a miss, never a result. The generated files are
kept as blobs, so that a check of an unchanged output directory only hashes it.

Not covered, knowingly: an edit to the generator in the moment between Python importing cli.py/cache.py and
hashing them; an input changed and changed back while a run was running (a run whose inputs differ before and
after stores nothing); directories in the project root that ruff's isort would take for first-party modules
named like the generated code's imports.

The models (datamodel-code-generator's module, most of a generate's time) are also kept on their own, under the
hash of all models.models_source reads (`openapi`, `info` and the schemas, in their order), the package option, the
generator and the environment (models_key): a run that misses because an operation changed takes them from there.

Writes are write-then-rename; a cache that cannot be written is skipped. `--no-cache` or CLAUDE_OPENAPI_NO_CACHE=1
bypasses it (neither read nor written); CLAUDE_OPENAPI_CACHE moves it (default ~/.cache/claude-openapi, `runs/`).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from generator.load import Loaded

FORMAT = "claude-openapi-run-cache 1"
PROJECT = Path(__file__).resolve().parent.parent
MAX_ENTRIES = 16  # per kind of file (indexes, entries); the oldest are removed first
FINDING_TYPES = (str, int, int, str, str, str, str)  # file, line, column, pointer, rule, severity, message
Row = list[Any]  # a finding as stored: values of the FINDING_TYPES


def enabled() -> bool:
    return os.environ.get("CLAUDE_OPENAPI_NO_CACHE", "") in ("", "0")


def cache_root() -> Path:
    return Path(os.environ.get("CLAUDE_OPENAPI_CACHE") or Path.home() / ".cache" / "claude-openapi") / "runs"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def generator_files() -> list[Path]:
    """The files whose bytes are the generator: its code, its templates and the formatters' configuration."""
    files = [PROJECT / "pyproject.toml"]
    for top in ("generator", "templates"):
        files.extend(p for p in (PROJECT / top).rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return sorted(files, key=lambda p: p.relative_to(PROJECT).as_posix())


def generator_hash() -> str:
    digest = hashlib.sha256()
    for path in generator_files():
        data = path.read_bytes()
        digest.update(f"{path.relative_to(PROJECT).as_posix()}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def distributions() -> list[str]:
    """Every installed distribution with its version: the names of the `*.dist-info` (and egg, and editable `.pth`)
    entries on sys.path, which are what importlib.metadata reads, listed at a fraction of its cost. This covers the
    tools named in the output (black, ruff, datamodel-code-generator, …) and everything they depend on."""
    names: set[str] = set()
    for entry in sys.path:
        try:
            listing = os.listdir(entry or ".")
        except OSError:
            continue
        names.update(n for n in listing if n.endswith((".dist-info", ".egg-info", ".egg-link", ".pth")))
    return sorted(names)


def environment() -> list[Any]:
    return [sys.version, sys.platform, sys.implementation.cache_tag, distributions()]


def config_inputs(spec: Path, config: Path | None) -> list[Any]:
    """What the lint configuration is read from: the given file, or every pyproject.toml `find` may read."""
    seen: list[Any] = []
    start = spec.resolve().parent
    candidates = [config] if config is not None else [d / "pyproject.toml" for d in (start, *start.parents)]
    for path in candidates:
        seen.append([str(path), sha256(path.read_bytes()) if path.is_file() else None])
    return seen


@dataclass(frozen=True)
class Key:
    kind: str  # "tree" (check, generate) or "lint"
    spec: Path
    config: Path | None  # lint --config
    options: tuple[tuple[str, str], ...]
    name: str  # the hash of everything known before the load: names the index

    def again(self) -> Key | None:
        """The key computed now: compared with the one from before the run, so that a run whose inputs changed
        while it ran (a file saved meanwhile) stores nothing."""
        return key(self.kind, self.spec, self.config, dict(self.options))


def key(kind: str, spec: Path, config: Path | None = None, options: dict[str, str] | None = None) -> Key | None:
    """The key of a run, or None when the cache is off or an input cannot be read (then the run is not cached)."""
    if not enabled():
        return None
    opts = tuple(sorted((options or {}).items()))
    try:
        parts = [
            FORMAT,
            kind,
            Path.cwd().resolve().as_posix(),
            str(spec),
            spec.resolve().as_posix(),
            config_inputs(spec, config),
            opts,
            generator_hash(),
            environment(),
        ]
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop in a resolved path
        return None
    return Key(kind, spec, config, opts, sha256(json.dumps(parts).encode()))


def record(loaded: Loaded) -> dict[str, dict[str, str]]:
    """What the load observed: {"refs": {$ref path as joined: resolved file}, "files": {file: sha256 of its bytes}}."""
    return {
        "refs": dict(sorted(loaded.sources.refs.items())),
        "files": {name: sha256(data) for name, data in sorted(loaded.sources.files.items())},
    }


def observe(refs: list[str], files: list[str]) -> dict[str, dict[str, str]] | None:
    """The same observations made now, in the form of `record`; None when one cannot be made as the load made it."""
    seen: dict[str, dict[str, str]] = {"refs": {}, "files": {}}
    for joined in refs:
        path = Path(joined).resolve()
        if not path.is_file():
            return None
        seen["refs"][joined] = path.as_posix()
    for name in files:
        path = Path(name)
        if not path.is_absolute() or path.resolve().as_posix() != name:
            return None
        seen["files"][name] = sha256(path.read_bytes())
    return seen


def _entry_name(k: Key, observed: dict[str, dict[str, str]]) -> str:
    return sha256(json.dumps([k.name, observed], sort_keys=True).encode())


def _write(path: Path, data: bytes) -> None:
    """Write-then-rename, so that a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _seal(body: dict[str, Any]) -> bytes:
    text = json.dumps(body, sort_keys=True).encode()
    return f"{FORMAT}\n{sha256(text)}\n".encode() + text


def _unseal(data: bytes) -> Any:
    """The body of a sealed file, or None when it is not one, or not whole."""
    head, sep, rest = data.partition(b"\n")
    digest, sep2, text = rest.partition(b"\n")
    if head != FORMAT.encode() or not sep or not sep2 or digest.decode("ascii", "replace") != sha256(text):
        return None
    return json.loads(text)


def _is_rows(value: Any) -> bool:
    return isinstance(value, list) and all(
        isinstance(row, list)
        and len(row) == len(FINDING_TYPES)
        and all(type(v) is t for v, t in zip(row, FINDING_TYPES))  # noqa: E721 (bool is not an int here)
        for row in value
    )


def _is_str_map(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())


def _is_relative(rel: str) -> bool:
    """A path inside the output directory, as read_tree spells it (an entry is never trusted to write elsewhere)."""
    parts = rel.split("/")
    return "\\" not in rel and all(part not in ("", ".", "..") for part in parts)


def _lookup(k: Key) -> dict[str, Any] | None:
    """The stored result for the inputs as they are now, or None."""
    root = cache_root()
    try:
        index = _unseal((root / f"{k.name}.index").read_bytes())
        if not isinstance(index, dict) or index.get("key") != k.name:
            return None
        refs, files = index.get("refs"), index.get("files")
        if not (isinstance(refs, list) and isinstance(files, list)):
            return None
        if not all(isinstance(x, str) for x in [*refs, *files]):
            return None
        observed = observe(refs, files)
        if observed is None:
            return None
        name = _entry_name(k, observed)
        entry = _unseal((root / f"{name}.entry").read_bytes())
        if not isinstance(entry, dict) or entry.get("key") != name or entry.get("observed") != observed:
            return None
        result = entry.get("result")
        if not isinstance(result, dict) or not _is_rows(result.get("findings")):
            return None
    except (OSError, ValueError, RuntimeError):  # ValueError: JSON, and UnicodeDecodeError
        return None
    try:
        os.utime(root / f"{name}.entry")  # recently used: pruned last
    except OSError:  # a cache that can be read but not written still serves
        pass
    return result


def _store(k: Key, loaded: Loaded, result: dict[str, Any], blobs: dict[str, bytes] | None = None) -> None:
    """Keep `result` for the inputs `loaded` observed, unless an input changed during the run."""
    root = cache_root()
    try:
        if k.again() != k:
            return
        observed = record(loaded)
        name = _entry_name(k, observed)
        for digest, data in (blobs or {}).items():
            _write(root / "blobs" / digest, data)
        _write(root / f"{name}.entry", _seal({"key": name, "observed": observed, "result": result}))
        index = {"key": k.name, "refs": sorted(observed["refs"]), "files": sorted(observed["files"])}
        _write(root / f"{k.name}.index", _seal(index))
        _prune(root)
    except OSError:
        pass


def _prune(root: Path) -> None:
    """Keep the newest MAX_ENTRIES indexes, entries and models, and the blobs that a kept entry names (or that are
    new: another run may be storing an entry that names them)."""
    removed = False
    for suffix in (".index", ".entry", ".models"):
        paths = sorted(root.glob(f"*{suffix}"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in paths[MAX_ENTRIES:]:
            old.unlink(missing_ok=True)
            removed = True
    if not removed:
        return
    named: set[str] = set()
    for path in root.glob("*.entry"):
        try:
            tree = _unseal(path.read_bytes())["result"]["tree"]
            named.update(tree.values())
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            continue
    for blob in (root / "blobs").glob("*"):
        if blob.name not in named and blob.stat().st_mtime < time.time() - 600:
            blob.unlink(missing_ok=True)


@dataclass(frozen=True)
class TreeHit:
    findings: list[Row]
    tree: dict[str, str] | None  # relative path -> sha256 of the generated file; None: the spec has lint errors

    def matches(self, actual: dict[str, bytes]) -> bool:
        return (
            self.tree is not None
            and self.tree.keys() == actual.keys()
            and all(sha256(data) == self.tree[rel] for rel, data in actual.items())
        )

    def files(self, actual: dict[str, bytes]) -> dict[str, bytes] | None:
        """The generated files' bytes: those equal to `actual`'s taken from there, the others from the blobs;
        None if a blob is missing or damaged."""
        out: dict[str, bytes] = {}
        for rel, digest in (self.tree or {}).items():
            if rel in actual and sha256(actual[rel]) == digest:
                out[rel] = actual[rel]
                continue
            try:
                data = (cache_root() / "blobs" / digest).read_bytes()
            except OSError:
                return None
            if sha256(data) != digest:
                return None
            out[rel] = data
        return out


def get_tree(k: Key | None) -> TreeHit | None:
    result = _lookup(k) if k is not None else None
    if result is None:
        return None
    tree = result.get("tree")
    if tree is not None and not (_is_str_map(tree) and all(_is_relative(rel) for rel in tree)):
        return None
    return TreeHit(result["findings"], tree)


def put_tree(k: Key | None, loaded: Loaded, findings: list[Row], tree: dict[str, bytes] | None) -> None:
    """Keep a generate/check result: the tree, or None when the spec has lint errors (nothing generated)."""
    if k is None:
        return
    if tree is not None:
        try:
            for data in tree.values():
                data.decode("utf-8")  # it is written back as text (output.write_tree)
        except UnicodeDecodeError:
            return
    blobs = {sha256(data): data for data in (tree or {}).values()}
    manifest = {rel: sha256(data) for rel, data in sorted(tree.items())} if tree is not None else None
    _store(k, loaded, {"findings": findings, "tree": manifest}, blobs)


def get_lint(k: Key | None) -> tuple[list[Row], int, str] | None:
    """The findings, the number ignored and the fail-on level of the configuration."""
    result = _lookup(k) if k is not None else None
    if result is None:
        return None
    ignored, fail_on = result.get("ignored"), result.get("fail_on")
    if type(ignored) is not int or fail_on not in ("error", "warning"):  # noqa: E721
        return None
    return result["findings"], ignored, fail_on


def put_lint(k: Key | None, loaded: Loaded, findings: list[Row], ignored: int, fail_on: str) -> None:
    if k is not None:
        _store(k, loaded, {"findings": findings, "ignored": ignored, "fail_on": fail_on})


# The models: datamodel-code-generator's module for the document's schemas is most of a generate's time, and a
# function of far less than the whole run: an edit of the operations alone (a description, a parameter, a new
# endpoint that uses existing schemas) finds it here.


def models_context() -> list[Any] | None:
    """What a models key takes from the generator and the environment (computed ahead, while waiting for a spec);
    None when a file of the generator cannot be read (then nothing is kept)."""
    try:
        return [generator_hash(), environment()]
    except (OSError, RuntimeError):
        return None


def models_key(bundled: dict[str, Any], package: str | None, context: list[Any] | None) -> str | None:
    """The key of the module models.models_source makes: all it reads of the document (`openapi`, `info` and the
    schemas, in their order, which is the module's), the package option, and `context`; None without a context or
    when the document is not JSON (then nothing is kept)."""
    if context is None:
        return None
    components = bundled.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    parts = [FORMAT, "models", package or "", bundled.get("openapi"), bundled.get("info"), schemas, context]
    try:
        return sha256(json.dumps(parts, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    except (TypeError, ValueError):
        return None


def get_models(k: str | None) -> str | None:
    if k is None:
        return None
    path = cache_root() / f"{k}.models"
    try:
        body = _unseal(path.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(body, dict) or body.get("key") != k or not isinstance(body.get("text"), str):
        return None
    try:
        os.utime(path)  # recently used: pruned last
    except OSError:
        pass
    return body["text"]


def put_models(k: str | None, text: str) -> None:
    if k is None:
        return
    try:
        _write(cache_root() / f"{k}.models", _seal({"key": k, "text": text}))
        _prune(cache_root())
    except (OSError, UnicodeEncodeError):
        pass
