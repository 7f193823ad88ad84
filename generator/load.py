"""Load a split OpenAPI document into one bundled document plus a source map.

Every JSON pointer of the bundled document maps back to the file, line and column it came from.
External `$ref`s to entries registered in the root's `components` become local refs; any other
external `$ref` is inlined. A `$ref` into an existing file whose pointer finds nothing becomes a `$ref` to that
file relative to the root (never a local one) and is recorded in `Loaded.unresolved`, so that lint reports it
where it is written; a `$ref` to a missing file stops the load.
Date-like plain scalars stay strings (PyYAML would make them dates).
"""

from __future__ import annotations

import bisect
import copy
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

MAX_DEPTH = 100  # a hand-written spec nests ~20 levels; far deeper ones would exhaust every recursive reader
# a larger file is not a spec (the largest public ones are ~15 MB); 128 MiB still loads (JSON in seconds), for the
# synthetic 50x spec of the benchmark
MAX_FILE_BYTES = 128 * 1024 * 1024
COMPONENT_KINDS = ("schemas", "parameters", "headers", "responses", "requestBodies", "examples", "securitySchemes")
_URL_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")  # http://, https://, file://
_DATE_LIKE = re.compile(r"^\d{4}-\d\d?-\d\d?([Tt ].*)?$")


@dataclass(frozen=True)
class Location:
    file: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


class SpecLoadError(Exception):
    """The spec cannot be read or resolved; carries a location for the report."""

    def __init__(self, message: str, location: Location | None = None, pointer: str = "", rule: str = "load"):
        super().__init__(message)
        self.message = message
        self.location = location
        self.pointer = pointer
        self.rule = rule


@dataclass
class SourceMap:
    """Where the bundled document was written: each file's subtree is mounted at a pointer (the root file's at "",
    an inlined `$ref`'s target at the `$ref`), and under a mount a pointer is the same path in that file."""

    mounts: dict[str, tuple[_File, str]] = field(default_factory=lambda: {})
    # What the load saw of the file system, all of it, so that a cache can tell whether a load now would see the
    # same (generator/cache.py): every file read (resolved path -> the bytes parsed), and every $ref's file path
    # as joined -> the file it resolved to.
    files: dict[str, bytes] = field(default_factory=lambda: {})
    refs: dict[str, str] = field(default_factory=lambda: {})

    def find(self, pointer: str) -> Location | None:
        """The location of `pointer`, or of its nearest ancestor that has one."""
        mount = next((p for p in ancestors(pointer) if p in self.mounts), None)
        if mount is None:
            return None
        file, src = self.mounts[mount]
        return file.find(src + pointer[len(mount) :])


def ancestors(pointer: str) -> Iterator[str]:
    """`pointer`, its parent, and so on up to the document itself ("")."""
    while pointer:
        yield pointer
        pointer = pointer.rsplit("/", 1)[0]
    yield ""


@dataclass
class Loaded:
    document: dict[str, Any]
    sources: SourceMap
    root: Path
    date_like_scalars: list[str]  # pointers of unquoted scalars that YAML 1.1 reads as dates
    base: Path = field(default_factory=Path.cwd)  # file names in `sources` are relative to it
    unresolved: dict[str, str] = field(default_factory=lambda: {})  # pointer of a dangling $ref -> the message


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join(pointer: str, token: str | int) -> str:
    return f"{pointer}/{escape(str(token))}"


_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: same nodes, faster


def node_at(doc: Any, pointer: str) -> Any:
    """The node at a JSON pointer, or None."""
    for token in pointer.split("/")[1:]:
        token = unescape(token)
        if isinstance(doc, dict) and token in doc:
            doc = doc[token]
        elif isinstance(doc, list) and token.isdigit() and int(token) < len(doc):
            doc = doc[int(token)]
        else:
            return None
    return doc


def through_refs(doc: Any, tokens: list[Any]) -> str:
    """The pointer of `tokens` in `doc`, continuing in the target of each local `$ref` the path passes through."""
    pointer, node = "", doc
    for token in tokens:
        if isinstance(node, dict) and "$ref" in node and str(token) not in node:
            pointer, node = follow_refs(doc, node, pointer)
        if isinstance(node, dict) and str(token) in node:
            node = node[str(token)]
        elif isinstance(node, list) and isinstance(token, int) and token < len(node):
            node = node[token]
        else:
            node = None
        pointer = join(pointer, token)
    return pointer


def follow_refs(doc: dict[str, Any], node: Any, pointer: str = "") -> tuple[str, Any]:
    """Follow local `$ref`s from `node` (at `pointer`): the final pointer and node, None if a ref dangles."""
    for _ in range(64):  # a longer chain is a cycle
        ref = node.get("$ref") if isinstance(node, dict) else None
        if not isinstance(ref, str) or not ref.startswith("#"):
            return pointer, node
        pointer, node = ref[1:], node_at(doc, ref[1:])
    return pointer, None


class _Loader(_Base):
    """SafeLoader without the timestamp resolver: dates stay the strings they are in the file."""


# `=` and `<<` are strings too: YAML 1.1's value and merge tags have no JSON meaning (merge keys are refused)
_Loader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag.rpartition(":")[2] not in ("timestamp", "value", "merge")]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_SCALARS = yaml.SafeLoader("")  # constructs int, float, bool and null values from composed nodes
_YAML_TAG = "tag:yaml.org,2002:"
_STR = _YAML_TAG + "str"
_JSON_TAGS = {_YAML_TAG + name for name in ("str", "int", "float", "bool", "null", "map", "seq")}


@dataclass
class _File:
    path: Path
    data: Any
    locations: dict[str, Location]  # of every node (YAML); empty when `json` locates them on demand
    date_like: set[str]
    raw: bytes
    json: _JsonLocator | None = None

    def find(self, pointer: str) -> Location | None:
        """Where `pointer`, or its nearest ancestor in this file, is written."""
        if self.json is not None:
            return self.json.find(pointer)
        return next((self.locations[p] for p in ancestors(pointer) if p in self.locations), None)


_WS = re.compile(r"[ \t\n\r]*")


class _JsonLocator:
    """The positions of a JSON document's values, found when asked.

    A JSON file is parsed by the json module (far faster than composing YAML nodes, which the positions were
    for); the first pointer that goes through a container indexes the start of each of its children, skipping
    each value with json's own scanner."""

    def __init__(self, text: str, display: str):
        self.text, self.display = text, display
        self.starts: dict[str, int] = {"": _WS.match(text).end()}  # type: ignore[union-attr]
        self.indexed: set[str] = set()
        self.scan = json.JSONDecoder().scan_once
        self.newlines: list[int] | None = None

    def find(self, pointer: str) -> Location:
        start = next(start for p in ancestors(pointer) if (start := self._start(p)) is not None)  # "" always is
        if self.newlines is None:
            self.newlines = [m.start() for m in re.finditer("\n", self.text)]
        line = bisect.bisect_left(self.newlines, start)
        return Location(self.display, line + 1, start - (self.newlines[line - 1] if line else -1))

    def _start(self, pointer: str) -> int | None:
        if pointer in self.starts:
            return self.starts[pointer]
        parent = pointer.rsplit("/", 1)[0]
        if not pointer or parent in self.indexed:
            return None
        start = self._start(parent)
        if start is None:
            return None
        self._index(parent, start)
        return self.starts.get(pointer)

    def _index(self, pointer: str, start: int) -> None:
        self.indexed.add(pointer)
        text, ws = self.text, _WS.match
        close = {"{": "}", "[": "]"}.get(text[start])
        if close is None:
            return
        i, n = ws(text, start + 1).end(), 0  # type: ignore[union-attr]
        while text[i] != close:
            if close == "}":
                key, i = json.decoder.scanstring(text, i + 1)  # type: ignore[attr-defined]
                i = ws(text, ws(text, i).end() + 1).end()  # type: ignore[union-attr]
                child = join(pointer, key)
            else:
                child, n = join(pointer, n), n + 1
            self.starts[child] = i
            i = ws(text, self.scan(text, i)[1]).end()  # type: ignore[union-attr]
            if text[i] == ",":
                i = ws(text, i + 1).end()  # type: ignore[union-attr]


class _NotPlainJson(Exception):
    """A JSON-looking file that the YAML reader must read (and report on): duplicate keys, NaN, too deep."""


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise _NotPlainJson
    return out


def _no_constant(name: str) -> Any:
    raise _NotPlainJson


def _too_deep(data: Any) -> bool:
    stack = [(data, 0)]
    while stack:
        node, depth = stack.pop()
        children = node.values() if isinstance(node, dict) else node
        if children and depth + 1 > MAX_DEPTH:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False


def _read_json(path: Path, raw: bytes, text: str, display: str) -> _File | None:
    """The file read as JSON with positions found on demand, or None when only the YAML reader will do."""
    try:
        data = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except (ValueError, RecursionError, _NotPlainJson):
        return None
    if isinstance(data, (dict, list)) and _too_deep(data):
        return None
    return _File(path, data, {}, set(), raw, _JsonLocator(text, display))


# a JSON escape pair for a character beyond U+FFFF, not preceded by an escaping backslash
_SURROGATE_PAIR = re.compile(r"(?<!\\)((?:\\\\)*)\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})", re.IGNORECASE)


def _join_surrogate_escapes(text: str) -> str:
    """JSON writes a character beyond U+FFFF as two escapes ("\\ud83d\\ude00", as json.dumps does); YAML refuses
    them one by one, so a JSON document gets the character itself (on one line: the columns after it shift)."""

    def joined(m: re.Match[str]) -> str:
        high, low = int(m.group(2), 16), int(m.group(3), 16)
        return m.group(1) + chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))

    return _SURROGATE_PAIR.sub(joined, text)


def _read_file(path: Path, display: str) -> _File:
    try:
        if path.is_file() and path.stat().st_size > MAX_FILE_BYTES:
            raise SpecLoadError(
                f"{display} is {path.stat().st_size} bytes, more than the {MAX_FILE_BYTES} a spec file may have"
            )
        raw = path.read_bytes()
        if b"\0" in raw[:8192]:
            raise SpecLoadError(f"{display} is a binary file, not YAML or JSON text")
        text = raw.decode("utf-8")
    except FileNotFoundError:
        raise SpecLoadError(f"file not found: {display}") from None
    except IsADirectoryError:
        raise SpecLoadError(f"{display} is a directory, not a YAML or JSON file") from None
    except UnicodeDecodeError:
        raise SpecLoadError(f"{display} is not UTF-8 text", Location(display, 1, 1)) from None
    except OSError as exc:
        raise SpecLoadError(f"cannot read {display}: {exc.strerror}") from None
    if text.lstrip()[:1] in ("{", "["):
        as_json = _read_json(path, raw, text, display)
        if as_json is not None:
            return as_json
        text = _join_surrogate_escapes(text)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except RecursionError:
        raise SpecLoadError(f"{display} is nested more than {MAX_DEPTH} levels deep", Location(display, 1, 1)) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = Location(display, mark.line + 1, mark.column + 1) if mark else Location(display, 1, 1)
        raise SpecLoadError(f"not valid YAML: {exc.problem or exc.context}", where, rule="yaml-syntax") from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow: its str() spans two lines
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        message = f"not valid YAML: unacceptable character #x{exc.character:04x}: {exc.reason}"
        raise SpecLoadError(message, Location(display, line, column), rule="yaml-syntax") from None
    except yaml.YAMLError as exc:
        message = " ".join(f"not valid YAML: {exc}".split())
        raise SpecLoadError(message, Location(display, 1, 1), rule="yaml-syntax") from None
    locations: dict[str, Location] = {}
    date_like: list[str] = []
    data = _construct(node, "", display, locations, date_like) if node is not None else None
    return _File(path, data, locations, set(date_like), raw)


def _construct(
    node: yaml.Node, pointer: str, display: str, locations: dict[str, Location], date_like: list[str], depth: int = 0
) -> Any:
    locations[pointer] = Location(display, node.start_mark.line + 1, node.start_mark.column + 1)
    if depth > MAX_DEPTH:
        raise SpecLoadError(f"nested more than {MAX_DEPTH} levels deep", locations[pointer], pointer)
    if node.tag not in _JSON_TAGS:
        raise _tag_error(node, display, pointer)
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if (
                not isinstance(key_node, yaml.ScalarNode)
                or key_node.tag not in _JSON_TAGS
                or key_node.value == "<<"
                and not key_node.style
            ):
                raise _tag_error(key_node, display, pointer)
            key = key_node.value  # as written: `200:` is the key "200"
            child = join(pointer, key)
            if key in out:
                raise SpecLoadError(
                    f"duplicate key {key!r}",
                    Location(display, key_node.start_mark.line + 1, key_node.start_mark.column + 1),
                    child,
                    "duplicate-key",
                )
            out[key] = _construct(value_node, child, display, locations, date_like, depth + 1)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [
            _construct(item, join(pointer, i), display, locations, date_like, depth + 1)
            for i, item in enumerate(node.value)
        ]
    assert isinstance(node, yaml.ScalarNode)
    if node.tag == _STR:
        if not node.style and _DATE_LIKE.match(node.value):
            date_like.append(pointer)
        return node.value
    try:
        return _SCALARS.yaml_constructors[node.tag](_SCALARS, node)
    except (ValueError, KeyError):  # an explicit tag on text that is not of its type: `!!int abc`
        kind = node.tag.removeprefix(_YAML_TAG)
        message = f"{node.value!r} is not a YAML {kind}: correct the value or remove the !!{kind} tag"
        raise SpecLoadError(message, locations[pointer], pointer, "yaml-tag") from None


def _tag_error(node: yaml.Node, display: str, pointer: str) -> SpecLoadError:
    """A node of no JSON type: a tag such as `!foo` or `!!binary`, a merge key (`<<`), a key that is not a string."""
    at = Location(display, node.start_mark.line + 1, node.start_mark.column + 1)
    if not isinstance(node, yaml.ScalarNode) and node.tag in _JSON_TAGS:
        return SpecLoadError("a key must be a string, not a list or mapping", at, pointer, "yaml-tag")
    if node.tag in _JSON_TAGS:
        return SpecLoadError("YAML merge keys (<<) are not supported: write the keys out", at, pointer, "yaml-tag")
    tag = "!!" + node.tag.removeprefix(_YAML_TAG) if node.tag.startswith(_YAML_TAG) else node.tag
    return SpecLoadError(
        f"YAML tag {tag!r}: a spec holds only JSON's types (string, number, boolean, null, object, array);"
        " remove the tag, and quote the value if it is a string",
        at,
        pointer,
        "yaml-tag",
    )


class _Bundler:
    def __init__(self, root: Path, base: Path):
        self.base = base
        self.files: dict[Path, _File] = {}
        self.root_path = root.resolve()
        self.sources = SourceMap()
        self.registry: dict[tuple[Path, str], str] = {}  # (file, pointer) -> local component pointer
        self.date_like: list[str] = []
        self.unresolved: dict[str, str] = {}
        self.paths: dict[tuple[Path, str], Path] = {}

    def display(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.base).as_posix()
        except ValueError:
            return path.as_posix()

    def file(self, path: Path) -> _File:
        known = self.files.get(path)  # walk passes resolved paths: no filesystem call per node
        if known is not None:
            return known
        path = path.resolve()
        if path not in self.files:
            self.files[path] = _read_file(path, self.display(path))
            self.sources.files[path.as_posix()] = self.files[path].raw
        return self.files[path]

    def resolved(self, current: Path, file_part: str) -> Path:
        """`file_part` relative to the file `current`, resolved once per pair (a spec has thousands of refs)."""
        key = (current, file_part)
        if key not in self.paths:
            joined = current.parent / file_part
            self.paths[key] = joined.resolve()
            self.sources.refs[joined.as_posix()] = self.paths[key].as_posix()
        return self.paths[key]

    def target(self, ref: str, current: Path, where: Location | None, pointer: str) -> tuple[Path, str]:
        file_part, _, fragment = ref.partition("#")
        if _URL_SCHEME.match(file_part):
            raise SpecLoadError(
                f"$ref {ref!r} names a remote document, and only local files are read: save it beside the spec and "
                "refer to it by its relative path",
                where,
                pointer,
                "ref-unresolved",
            )
        path = self.resolved(current, file_part) if file_part else current
        if fragment and not fragment.startswith("/"):
            raise SpecLoadError(
                f"$ref {ref!r} must use a JSON pointer fragment ('#/...')", where, pointer, "ref-unresolved"
            )
        if file_part and path not in self.files and not path.is_file():
            missing = "is a directory, not a file" if path.is_dir() else "not found"
            raise SpecLoadError(f"$ref {ref!r}: file {self.display(path)} {missing}", where, pointer, "ref-unresolved")
        return path, fragment

    def lookup(self, path: Path, fragment: str) -> tuple[Any, str | None]:
        """The node at `fragment` in the file, or (None, the first token that finds nothing)."""
        node: Any = self.file(path).data
        for token in fragment.split("/")[1:] if fragment else []:
            token = unescape(token)
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                return None, token
        return node, None

    def bundle(self) -> dict[str, Any]:
        root = self.file(self.root_path)
        if not isinstance(root.data, dict):
            raise SpecLoadError(
                "the root document must be a mapping with an 'openapi' key",
                Location(self.display(self.root_path), 1, 1),
            )
        components = root.data.get("components") if isinstance(root.data.get("components"), dict) else {}
        for kind in COMPONENT_KINDS:
            for name, entry in (components.get(kind) or {}).items() if isinstance(components.get(kind), dict) else []:
                if (
                    isinstance(entry, dict)
                    and set(entry) == {"$ref"}
                    and isinstance(entry["$ref"], str)
                    and not entry["$ref"].startswith("#")
                ):
                    here = root.find(join(join("/components", kind), name))
                    path, fragment = self.target(
                        entry["$ref"], self.root_path, here, join(join("/components", kind), name)
                    )
                    self.registry[(path, fragment)] = join(join("#/components", kind), name)
        self.sources.mounts[""] = (root, "")
        return self.walk(root.data, self.root_path, "", "", [])

    def mapped(self, ref: Any, current: Path, pointer: str) -> Any:
        """A discriminator mapping value, rewritten like a $ref; it must name a registered component."""
        if not isinstance(ref, str):
            return ref
        loc = self.sources.find(pointer)
        path, fragment = self.target(ref, current, loc, pointer)
        local = self.registry.get((path, fragment))
        if local is None:
            raise SpecLoadError(
                f"discriminator mapping {ref!r} must point to a schema registered under components",
                loc,
                pointer,
                "ref-unresolved",
            )
        return local

    def walk(self, node: Any, current: Path, src_pointer: str, out_pointer: str, stack: list[tuple[Path, str]]) -> Any:
        f = self.file(current)
        if src_pointer in f.date_like:
            self.date_like.append(out_pointer)
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and not (current == self.root_path and ref.startswith("#")):
                loc = f.find(src_pointer)
                path, fragment = self.target(ref, current, loc, out_pointer)
                local = self.registry.get((path, fragment))
                is_registry_entry = out_pointer.startswith("/components/") and out_pointer.count("/") == 3
                if local is not None and not is_registry_entry:
                    return {**{k: copy.deepcopy(v) for k, v in node.items() if k != "$ref"}, "$ref": local}
                if (path, fragment) in stack:
                    raise SpecLoadError(
                        f"$ref {ref!r} is cyclic; register its target under components", loc, out_pointer, "ref-cycle"
                    )
                target, missing = self.lookup(path, fragment)
                if missing is not None:  # lint reports it at the $ref
                    self.unresolved[out_pointer] = (
                        f"$ref {ref!r} points to nothing: no {missing!r} in {self.display(path)}"
                    )
                    where = Path(os.path.relpath(path, self.root_path.parent)).as_posix()
                    return {**copy.deepcopy(node), "$ref": f"{where}#{fragment}"}
                self.sources.mounts[out_pointer] = (self.file(path), fragment)
                return self.walk(target, path, fragment, out_pointer, [*stack, (path, fragment)])
            out = {k: self.walk(v, current, join(src_pointer, k), join(out_pointer, k), stack) for k, v in node.items()}
            mapping = (
                out.get("discriminator", {}).get("mapping") if isinstance(out.get("discriminator"), dict) else None
            )
            if isinstance(mapping, dict) and current != self.root_path:
                out["discriminator"]["mapping"] = {
                    key: self.mapped(value, current, join(join(join(out_pointer, "discriminator"), "mapping"), key))
                    for key, value in mapping.items()
                }
            return out
        if isinstance(node, list):
            return [
                self.walk(v, current, join(src_pointer, i), join(out_pointer, i), stack) for i, v in enumerate(node)
            ]
        return node


def load(root: Path, base: Path | None = None) -> Loaded:
    """Read the spec rooted at `root`; file names in locations are relative to `base` (default: cwd)."""
    bundler = _Bundler(root, (base or Path.cwd()).resolve())
    document = bundler.bundle()
    return Loaded(document, bundler.sources, root, bundler.date_like, bundler.base, bundler.unresolved)
