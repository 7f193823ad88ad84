"""generator.load: a JSON file is read by the json module, its positions found on demand; they are the ones the
YAML reader gives, and what json alone cannot judge still goes to the YAML reader."""

from __future__ import annotations

import json
import os
import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

import generator.load as load_module
from generator.load import MAX_DEPTH, SpecLoadError, join, load

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = yaml.safe_load((ROOT / "tests/fixtures/hostile/openapi.yaml").read_text(encoding="utf-8"))


def _pointers(node: Any, pointer: str = "") -> Iterator[str]:
    yield pointer
    yield join(pointer, "absent")  # located at its nearest ancestor
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _pointers(value, join(pointer, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _pointers(value, join(pointer, i))


@pytest.mark.parametrize(
    "layout",
    [
        lambda doc: json.dumps(doc, indent=2, ensure_ascii=False),
        lambda doc: json.dumps(doc, separators=(",", ":"), ensure_ascii=False),  # one line
        # escaped non-ASCII (the YAML reader shifts what follows an escaped emoji on its line: nothing here)
        lambda doc: json.dumps(doc, indent="\t").replace("\n", "\r\n").replace(": ", " :  "),
    ],
    ids=["indented", "compact", "tabs-crlf-spaced"],
)
def test_json_positions_are_those_of_the_yaml_reader(layout: Any, tmp_path: Path) -> None:
    doc = {**HOSTILE, "x-odd": {"a/b": [[], {}, "ü\U0001f436", 1.5e3, None, True], "~0": {"": "empty key"}}}
    (tmp_path / "openapi.json").write_text(layout(doc), encoding="utf-8")
    fast = load(tmp_path / "openapi.json", tmp_path)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(load_module, "_read_json", lambda *args: None)  # type: ignore[misc]
        slow = load(tmp_path / "openapi.json", tmp_path)
    assert fast.document == slow.document == doc
    for pointer in _pointers(doc):
        assert fast.sources.find(pointer) == slow.sources.find(pointer), pointer


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"openapi": "3.1.0",\n "openapi": "3.1.1"}', "duplicate key 'openapi'"),
        ('{"openapi": "3.1.0", "info": ' + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "}", "nested more than"),
        ('{"openapi": "3.1.0",, "info": {}}', "not valid YAML"),
    ],
    ids=["duplicate-key", "too-deep", "syntax"],
)
def test_what_json_cannot_judge_goes_to_the_yaml_reader(text: str, message: str, tmp_path: Path) -> None:
    (tmp_path / "openapi.json").write_text(text, encoding="utf-8")
    with pytest.raises(SpecLoadError, match=message) as caught:
        load(tmp_path / "openapi.json", tmp_path)
    assert caught.value.location is not None and caught.value.location.file == "openapi.json"


def test_nan_is_read_as_yaml_reads_it(tmp_path: Path) -> None:
    (tmp_path / "openapi.json").write_text('{"openapi": "3.1.0", "x-n": NaN}', encoding="utf-8")
    assert load(tmp_path / "openapi.json", tmp_path).document["x-n"] == "NaN"


def test_split_json_files_are_located_in_their_own_file(tmp_path: Path) -> None:
    (tmp_path / "schemas.json").write_text('{\n  "Pet": {\n    "type": "object"\n  }\n}', encoding="utf-8")
    root = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": {"Pet": {"$ref": "schemas.json#/Pet"}}},
    }
    (tmp_path / "openapi.json").write_text(json.dumps(root, indent=1), encoding="utf-8")
    loaded = load(tmp_path / "openapi.json", tmp_path)
    assert str(loaded.sources.find("/components/schemas/Pet/type")) == "schemas.json:3:13"
    assert str(loaded.sources.find("/components/schemas")) == "openapi.json:9:14"


@pytest.mark.parametrize(
    ("line", "where", "message"),
    [
        ("x-a: !foo bar", "4:6 #/x-a", "YAML tag '!foo': a spec holds only JSON's types"),
        ("x-a: !foo {a: 1}", "4:6 #/x-a", "YAML tag '!foo'"),
        ("x-a: !!binary aGk=", "4:6 #/x-a", "YAML tag '!!binary'"),
        ("x-a: !!timestamp 2020-01-01", "4:6 #/x-a", "YAML tag '!!timestamp'"),
        ("x-a: [1, !!set {a: null}]", "4:10 #/x-a/1", "YAML tag '!!set'"),
        ("x-a: !!python/name:os.system ''", "4:6 #/x-a", "YAML tag '!!python/name:os.system'"),
        ("x-a: !!int twelve", "4:6 #/x-a", "'twelve' is not a YAML int: correct the value or remove the !!int tag"),
        ("x-a: !!bool maybe", "4:6 #/x-a", "'maybe' is not a YAML bool"),
        ("x-a: !!float one", "4:6 #/x-a", "'one' is not a YAML float"),
        ("!foo x-a: 1", "4:1 #", "YAML tag '!foo'"),
        ("? [a, b]\n: 1", "4:3 #", "a key must be a string, not a list or mapping"),
        ("x-b: &b {a: 1}\nx-c: {<<: *b}", "5:7 #/x-c", "YAML merge keys (<<) are not supported: write the keys out"),
    ],
)
def test_yaml_of_no_json_type_is_refused_where_it_is(line: str, where: str, message: str, tmp_path: Path) -> None:
    """Tags, merge keys and keys that are collections: before, some were tracebacks and some were silently wrong."""
    (tmp_path / "openapi.yaml").write_text(f"openapi: 3.1.0\ninfo: {{title: t, version: '1'}}\npaths: {{}}\n{line}\n")
    with pytest.raises(SpecLoadError) as caught:
        load(tmp_path / "openapi.yaml", tmp_path)
    error = caught.value
    assert error.location is not None and error.rule == "yaml-tag"
    assert f"{error.location.line}:{error.location.column} #{error.pointer}" == where
    assert error.message.startswith(message)


def test_yaml_scalars_keep_their_json_types(tmp_path: Path) -> None:
    text = (
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "x-a: {200: ok, 1.5: f, true: b, null: n, '<<': quoted merge, =: equals}\n"
        "x-b: [=, 12, !!int '13', !!str 14, !!float 1, 1.5e+3, .inf, true, null, ~, 0x1F, 2020-01-01T00:00:00]\n"
    )
    (tmp_path / "openapi.yaml").write_text(text)
    doc = load(tmp_path / "openapi.yaml", tmp_path).document
    assert doc["x-a"] == {"200": "ok", "1.5": "f", "true": "b", "null": "n", "<<": "quoted merge", "=": "equals"}
    assert doc["x-b"] == ["=", 12, 13, "14", 1.0, 1500.0, float("inf"), True, None, None, 31, "2020-01-01T00:00:00"]
    assert doc == yaml.load(text, Loader=load_module._Loader) | {"x-a": doc["x-a"]}  # as PyYAML makes them


# What an edit of a YAML file may put in: YAML punctuation, anchors, aliases, tags, merge keys, directives,
# document markers, control characters, a byte order mark, line separators, huge numbers, stray refs.
YAML_BITS = [
    *(":", "-", "[", "]", "{", "}", "&", "*", "!", "%", "?", "|", ">", "#", '"', "'", "\\", ",", "`", "@", "~"),
    *("\t", "\0", "\ufeff", "\x85", "\u2028", "\n", "  ", "<<: *a\n", "&a ", "*a", "!!binary ", "!foo ", "!!int "),
    *("1e1000", ".nan", "0o17", "--- \n", "...\n", "%YAML 1.1\n", "$ref: x\n", "$ref: '#/x'\n", "$ref: 5\n"),
]
EDITS = int(os.environ.get("CLAUDE_OPENAPI_FUZZ") or 0) * 10 or 300


def test_an_edited_yaml_file_loads_or_is_one_located_error(tmp_path: Path) -> None:
    """Random edits of the hostile fixture (insertions, deletions, copies; a fixed seed, EDITS of them): the load
    gives a document or a SpecLoadError at a line, never another exception."""
    text = (ROOT / "tests/fixtures/hostile/openapi.yaml").read_text(encoding="utf-8")
    rng = random.Random(6)
    spec = tmp_path / "openapi.yaml"
    for _ in range(EDITS):
        edited = text
        for _ in range(rng.randint(1, 4)):
            i = rng.randrange(len(edited))
            kind = rng.random()
            if kind < 0.2:
                edited = edited[:i] + rng.choice(YAML_BITS) + edited[i:]
            elif kind < 0.4:  # before a value or a key, where tags and anchors mean something
                starts = [m.end() for m in re.finditer(r": |- |\n +", edited)]
                i = rng.choice(starts) if starts else i
                edited = edited[:i] + rng.choice(YAML_BITS) + edited[i:]
            elif kind < 0.7:
                edited = edited[:i] + edited[i + rng.randint(1, 20) :]
            else:
                j = rng.randrange(len(edited))
                edited = edited[:i] + edited[j : j + rng.randint(1, 40)] + edited[i:]
        spec.write_text(edited, encoding="utf-8")
        try:
            load(spec, tmp_path)
        except SpecLoadError as error:
            assert error.location is not None or error.message.endswith("not YAML or JSON text"), (edited, error)


@pytest.mark.parametrize("ref", ["https://example.test/schemas.yaml#/A", "file:///srv/schemas.yaml"])
def test_a_remote_ref_is_refused_with_what_to_do(ref: str, tmp_path: Path) -> None:
    """Only local files are read: a URL was looked up as a relative file named `https:/…`, and said 'not found'."""
    (tmp_path / "openapi.yaml").write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
        f"components:\n  schemas:\n    A: {{$ref: '{ref}'}}\n",
        encoding="utf-8",
    )
    with pytest.raises(SpecLoadError) as caught:
        load(tmp_path / "openapi.yaml", tmp_path)
    error = caught.value
    assert error.rule == "ref-unresolved" and error.pointer == "/components/schemas/A"
    assert error.location is not None and (error.location.line, error.location.column) == (6, 8)
    assert "remote document" in error.message and "relative path" in error.message


def test_a_ref_to_a_directory_says_so(tmp_path: Path) -> None:
    (tmp_path / "schemas").mkdir()
    (tmp_path / "openapi.yaml").write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: schemas}\n",
        encoding="utf-8",
    )
    with pytest.raises(SpecLoadError, match=r"\$ref 'schemas': file schemas is a directory, not a file"):
        load(tmp_path / "openapi.yaml", tmp_path)
