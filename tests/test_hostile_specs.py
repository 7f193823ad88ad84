"""Generated hostile specs: whatever names and text a spec has, the output compiles, passes ruff and runs nothing
the spec wrote; a name that cannot be kept is an error naming its source, never a renamed or numbered class.

A few derandomized examples run in the normal suite; CLAUDE_OPENAPI_FUZZ=N runs N random ones (with pytest's
--hypothesis-seed=S for a fixed seed)."""

from __future__ import annotations

import ast
import contextlib
import copy
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from generator.build import RESERVED_PARAMS, is_model_schema
from generator.cli import main
from generator.output import MARKER as GENERATED_MARK
from generator.output import isort_override, read_tree

ROOT = Path(__file__).resolve().parent.parent
FUZZ = int(os.environ.get("CLAUDE_OPENAPI_FUZZ") or 0)
MARKER = "pwned"  # planted in spec text; no identifier of the output may contain it

# Names that are keywords, builtins, soft keywords, digits, unicode, empty, dunder, or meet after sanitising.
NAMES = [
    *("class", "import", "None", "def", "return", "match", "type", "self", "async", "await", "lambda"),
    *("list", "print", "id", "str", "object", "dict", "Exception"),
    *("9lives", "0", "1_000", "ünï", "名前", "", "_", "__init__", "__class__", "model_config"),
    *("a-b", "a_b", "A_b", "AB", "a.b", "a b", "Foo-Bar", "FooBar", "foo", "Foo"),
    *("Field", "Optional", "BaseModel", "Sub", "sub", "Thing", "things", "Any", "Literal"),
    *("stream", "timeout", "extra_headers", "betas", "tests", "_client", "resources"),
]
# Text that tries to close a string or docstring, start a statement, or reach Jinja.
TEXTS = [
    '"""',
    "'''",
    '"',
    "'",
    "\\",
    "\\n",
    "\n",
    "\r\n",
    "\t",
    "{{ x }}",
    "{% raw %}",
    "{% endraw %}",
    "{#",
    "#}",
    f'"""; import {MARKER}; {MARKER}()  #',
    f"'''\n{MARKER} = 1\n'''",
    f'\\"""\n__import__("os").system("{MARKER}")\n"""',
    f"{{{{ {MARKER} }}}}{{% {MARKER} %}}",
    f"`{MARKER}` | *{MARKER}* </td>",
    "\x00\x1b",
    "\u2028",
    "ü名",
]

# Names the generator must keep or sanitise, then (less often) names it must refuse with an error naming them.
KEPT_SCHEMAS = ["Widget", "WidgetList", "Sub", "Sub1", "Thing", "Things", "X", "Field9", "Exception2"]
REFUSED_SCHEMAS = ["class", "None", "Optional", "Field", "Any", "foo", "Foo-Bar", "FooBar", "A_b", "AB", "9x", "X.y"]
SNAKE = ["class", "import", "list", "print", "id", "type", "match", "_", "__init__", "a_b", "x9", "none", "self_"]


def mostly(kept: list[str], refused: list[str], odds: int) -> st.SearchStrategy[str]:
    """One of `refused` once in `odds` draws, else one of `kept`: most specs generate, some must be refused."""
    return st.integers(1, odds).flatmap(lambda i: st.sampled_from(refused if i == odds else kept))


names = st.sampled_from(NAMES)
param_names = mostly([n for n in NAMES if n not in RESERVED_PARAMS], sorted(RESERVED_PARAMS), 40)
op_ids = mostly(SNAKE, [n for n in NAMES if n not in SNAKE], 20)
schema_names = mostly(KEPT_SCHEMAS, [*REFUSED_SCHEMAS, "../../x", "a b"], 12)
texts = st.lists(
    st.sampled_from(TEXTS) | st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=8), max_size=4
).map("".join)


@st.composite
def properties(draw: st.DrawFn) -> dict[str, Any]:
    props: dict[str, Any] = {}
    for name in draw(st.lists(param_names, max_size=4, unique=True)):
        kind = draw(st.sampled_from(["string", "enum", "inline", "integer"]))
        text = draw(texts)
        if kind == "string":
            props[name] = {"type": "string", "description": draw(texts), "default": text, "examples": [text]}
        elif kind == "enum":
            props[name] = {"type": "string", "enum": sorted({text, draw(texts)}), "description": draw(texts)}
        elif kind == "integer":
            props[name] = {"type": "integer", "description": text, "default": 3}
        else:
            props[name] = {"type": "object", "description": text, "properties": {"x": {"type": "string"}}}
    return props


@st.composite
def specs(draw: st.DrawFn) -> dict[str, Any]:
    schemas: dict[str, Any] = {}
    for name in draw(st.lists(schema_names, min_size=1, max_size=3, unique=True)):
        # Most are plain objects; some say `type: object` but are a union or a map, which get no class of their
        # name (collapse_root_models inlines them where another schema refers to one; a union's inline members
        # are numbered after it, as `Sub` would make `Sub1`).
        shape = draw(st.sampled_from(["plain"] * 2 + ["union", "map"])) if schemas else "plain"
        schemas[name] = {"type": "object", "description": draw(texts)}
        if shape == "union":
            tagged = {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}}}
            schemas[name]["oneOf"] = [{"type": "object", "properties": draw(properties())}, tagged]
        elif shape == "map":
            schemas[name]["additionalProperties"] = {"type": "string", "description": draw(texts)}
        else:
            schemas[name]["properties"] = draw(properties())
    for i, other in enumerate(list(schemas)[1:]):  # the first (a plain object) refers to every other
        schemas[next(iter(schemas))]["properties"][f"link{i}"] = {"$ref": f"#/components/schemas/{other}"}
    first = sorted(schemas)[0]
    paths: dict[str, Any] = {}
    for i, op_id in enumerate(draw(st.lists(op_ids, min_size=1, max_size=3, unique=True))):
        path_param = draw(
            st.sampled_from(
                [n for n in NAMES if n and not set(n) & set("/{} ") and n not in RESERVED_PARAMS] + [None] * 8
            )
        )
        path = f"/v1/p{i}" + (f"/{{{path_param}}}" if path_param else "")
        params: list[dict[str, Any]] = []
        if path_param is not None:
            params.append({"name": path_param, "in": "path", "required": True, "schema": {"type": "string"}})
        for name in draw(st.lists(param_names, max_size=2, unique=True)):
            if name == path_param:
                continue
            text = draw(texts)
            params.append(
                {"name": name, "in": "query", "description": text, "schema": {"type": "string"}, "example": text}
            )
        op: dict[str, Any] = {
            "operationId": op_id,
            "summary": draw(texts),
            "description": draw(texts),
            "x-resource": ".".join(draw(st.lists(names, min_size=1, max_size=2))),
            "x-method": draw(names),
            "parameters": params,
            "responses": {
                "200": {
                    "description": draw(texts),
                    "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{first}"}}},
                }
            },
        }
        method = "get"
        kind = draw(st.sampled_from(["plain", "body", "page", "stream", "multipart"]))
        if kind == "body":
            method = "post"
            body = draw(properties())
            op["requestBody"] = {"content": {"application/json": {"schema": {"type": "object", "properties": body}}}}
        elif kind == "page":
            items = draw(param_names)
            op["x-pagination"] = {"scheme": draw(st.sampled_from(["id_cursor", "page_cursor"])), "items": items}
            page = {
                "type": "object",
                "description": draw(texts),
                "properties": {items: {"type": "array", "items": {"$ref": f"#/components/schemas/{first}"}}},
            }
            op["responses"]["200"]["content"]["application/json"]["schema"] = page
        elif kind == "stream":
            events = [{"$ref": f"#/components/schemas/{name}"} for name in sorted(schemas)]
            op["x-stream"] = {"event-schema": {"oneOf": events}, "ignored-events": [draw(texts)]}
            stream = {"type": "string", "description": draw(texts), "example": draw(texts)}
            op["responses"]["200"]["content"] = {"text/event-stream": {"schema": stream}}
        elif kind == "multipart":
            method = "post"
            body = draw(properties())
            body[draw(param_names)] = {"type": "string", "format": "binary", "description": draw(texts)}
            form = {"type": "object", "properties": body}
            op["requestBody"] = {"content": {"multipart/form-data": {"schema": form}}}
        event(f"operation: {kind}")
        paths[path] = {method: op}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": draw(texts) or "T",
            "version": draw(texts),
            "description": draw(texts),
            "x-python-package": draw(names.filter(bool)),
        },
        "servers": [{"url": "https://example.test"}],
        "paths": paths,
        "components": {"schemas": schemas},
    }


def _identifiers(tree: ast.AST) -> set[str]:
    """Every name the code binds, reads, imports or passes: what spec text must never become."""
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            out.add(node.id)
        elif isinstance(node, ast.Attribute):
            out.add(node.attr)
        elif isinstance(node, ast.alias):
            out.update({node.name, node.asname or ""})
        elif isinstance(node, ast.ImportFrom):
            out.add(node.module or "")
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out.add(node.name)
        elif isinstance(node, ast.arg):
            out.add(node.arg)
        elif isinstance(node, ast.keyword):
            out.add(node.arg or "")
    return out


def _classes(source: str) -> set[str]:
    return {node.name for node in ast.parse(source).body if isinstance(node, ast.ClassDef)}


def check_spec(spec: dict[str, Any], tmp: Path) -> int:
    """Generate `spec` under tmp and check the output (or the error); the exit code."""
    tmp.mkdir(parents=True)
    (tmp / "spec").mkdir()
    (tmp / "spec/openapi.json").write_text(json.dumps(spec, indent=1, ensure_ascii=False), encoding="utf-8")
    # names are the point here, not this project's own API rules
    (tmp / "spec/pyproject.toml").write_text("[tool.claude-openapi.lint]\napi-rules = false\n", encoding="utf-8")
    out = tmp / "out"
    out.mkdir()
    (out / "keep.txt").write_text("before", encoding="utf-8")
    (out / GENERATED_MARK).write_text("an earlier tree's\n", encoding="utf-8")  # so generate may replace it
    earlier = read_tree(out)
    before = {p.relative_to(tmp).as_posix() for p in tmp.rglob("*")}
    stderr, stdout = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(stdout):
        code = main(["generate", "--spec", str(tmp / "spec/openapi.json"), "--out", str(out)])
    err = stderr.getvalue()
    assert "Traceback" not in err, err
    outside = {p.relative_to(tmp).as_posix() for p in tmp.rglob("*") if out not in (p, *p.parents)}
    assert outside <= before, f"written outside the output directory: {sorted(outside - before)}"
    if code != 0:
        assert code == 1, err
        last = err.strip().splitlines()[-1]
        assert last == "the spec has lint errors; nothing was generated" or re.fullmatch(
            r"\S+:\d+:\d+ #\S* error: .+ \([a-z0-9-]+\)", last
        ), err
        assert read_tree(out) == earlier
        return code
    tree = read_tree(out)
    assert "keep.txt" not in tree
    package = next(rel.split("/")[0] for rel in tree if rel.endswith("/_client.py"))
    assert package.isidentifier()
    for rel, data in tree.items():
        if rel.endswith(".py"):
            module = ast.parse(data.decode("utf-8"), rel)
            bad = sorted(n for n in _identifiers(module) if MARKER in n.lower())
            assert not bad, f"spec text became code in {rel}: {bad}"
    types = tree[f"{package}/types.py"].decode("utf-8")
    models = {name for name, schema in spec["components"]["schemas"].items() if is_model_schema(schema)}
    assert models <= _classes(types), "a schema lost its class name"
    proc = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--quiet", "--no-cache", "--config", str(ROOT / "pyproject.toml")]
        + ["--config", isort_override(package), str(out)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    # generate formats with ruff alone: what it writes must be what black writes
    black = [sys.executable, "-m", "black", "--check", "--quiet", "--config", str(ROOT / "pyproject.toml"), str(out)]
    proc = subprocess.run(black, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return code


@settings(
    max_examples=FUZZ or 10,
    derandomize=not FUZZ,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
@given(spec=specs())
def test_hostile_spec(spec: dict[str, Any], tmp_path_factory: Any) -> None:
    code = check_spec(spec, tmp_path_factory.mktemp("hostile") / "case")
    event("generated" if code == 0 else "refused")


OBJ = {"type": "object", "properties": {"a": {"type": "string"}}}
INLINE_SUB = {"type": "object", "properties": {"sub": {"type": "object", "properties": {"x": {"type": "string"}}}}}
INLINE_X = {"type": "object", "properties": {"x": {"type": "string"}}}
INLINE_Y = {"type": "object", "properties": {"y": {"type": "string"}}}
MAP_OF_X = {"type": "object", "additionalProperties": INLINE_X}
HOSTILE_DOC = yaml.safe_load((ROOT / "tests/fixtures/hostile/openapi.yaml").read_text(encoding="utf-8"))


def _with(schemas: dict[str, Any] | None = None, **ops: tuple[str, str]) -> dict[str, Any]:
    """The hostile fixture with more schemas, and operations (by path) of these x-resource and x-method."""
    doc = copy.deepcopy(HOSTILE_DOC)
    doc["components"]["schemas"].update(schemas or {})
    for i, (op_id, (resource, method)) in enumerate(sorted(ops.items())):
        op = copy.deepcopy(doc["paths"]["/v1/things"]["get"])
        op.update({"operationId": op_id, "x-resource": resource, "x-method": method})
        doc["paths"][f"/v1/extra{i}"] = {"get": op}
    return doc


def _create_with(*params: tuple[str, str]) -> dict[str, Any]:
    """The hostile fixture with more (name, in) parameters on POST /v1/things, whose body has `type` and `print`
    and whose query has `print` (the method's `print_query`)."""
    doc = copy.deepcopy(HOSTILE_DOC)
    for name, where in params:
        parameter = {"name": name, "in": where, "schema": {"type": "string"}}
        doc["paths"]["/v1/things"]["post"]["parameters"].append(parameter)
    return doc


def _class_styled(style: str) -> dict[str, Any]:
    """The hostile fixture with its path parameter `class` in this style."""
    doc = copy.deepcopy(HOSTILE_DOC)
    doc["paths"]["/v1/things/{class}"]["get"]["parameters"][1]["style"] = style
    return doc


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        (_with({"Foo-Bar": OBJ, "FooBar": OBJ}), "schemas 'Foo-Bar' and 'FooBar' both become class 'FooBar'"),
        # one name in two places is told apart by a location suffix; names that meet once sanitised are not
        (_create_with(("type_", "query")), "parameter 'type' (body) becomes 'type_', which 'type_' (query) already"),
        (
            _create_with(("print_query", "query")),
            "parameter 'print_query' (query) becomes 'print_query', which 'print' (query) already uses",
        ),
        (_create_with(("session", "cookie")), "parameter 'session' is in 'cookie': the client sends path, query"),
        (
            _class_styled("label"),
            "parameter 'class' (path) has style 'label', which the client does not send: use simple",
        ),
        (_with({"A_b": OBJ, "AB": OBJ}), "schemas 'AB' and 'A_b' both become class 'AB'"),
        (_with({"foo": OBJ, "Foo": OBJ}), "schemas 'Foo' and 'foo' both become class 'Foo'"),
        (_with({"None": OBJ}), "schema 'None' would become class 'None_1'"),
        (
            _with({"F": {"type": "object", "properties": {"a-b": {"type": "string"}, "a b": {"type": "string"}}}}),
            "properties 'a-b' and 'a b' of schema 'F' both become field 'a_b'",
        ),
        (_with({"Optional": OBJ}), "schema 'Optional' is a name the generated code already uses"),
        (
            _with({"Zed": INLINE_SUB, "Sub": OBJ}),
            "#/components/schemas/Zed/properties/sub and components/schemas/Sub both become class 'Sub'",
        ),
        # datamodel-code-generator names an array's inline items after the singular of the array's name, a map's
        # inline values after the map, and numbers inline schemas of one name (`Sub`, `Sub1`): a schema numbered
        # or named so loses its class
        (
            _with({"Zeds": {"type": "array", "items": INLINE_X}, "Zed": OBJ}),
            "#/components/schemas/Zeds/items and components/schemas/Zed both become class 'Zed'",
        ),
        (
            _with({"H": {"type": "object", "properties": {"zed": MAP_OF_X}}, "Zed": OBJ}),
            "#/components/schemas/H/properties/zed/additionalProperties and components/schemas/Zed both become class",
        ),
        (
            _with({"H": INLINE_SUB, "I": {"type": "object", "properties": {"sub": INLINE_Y}}, "Sub1": OBJ}),
            "class 'Sub1' in the types module is not schema 'Sub1' but #/components/schemas/I/properties/sub",
        ),
        (
            _with(
                {"H": {"type": "object", "properties": {"r": {"type": "object", "properties": {"a-b": {}, "a b": {}}}}}}
            ),
            "#/components/schemas/H/properties/r error: properties 'a-b' and 'a b' of class 'R' both become field",
        ),
        (_with(a=("import", "x"), b=("import_", "y")), "x-resource 'import_' and 'import' (#/paths/~1v1~1extra0"),
        (_with(a=("extra", "import"), b=("extra", "import_")), "operation 'a' and operation 'b' both become member"),
        (_with(a=("a_b", "x"), b=("a.b", "y")), "resources 'a_b' and 'a.b' both become class 'AB'"),
        (_with(a=("n1_000", "x"), b=("n1000", "y")), "resources 'n1_000' and 'n1000' both become class 'N1000'"),
        (_with(a=("client", "x")), "resource 'client' gives class 'AsyncClient', a name the generated runtime uses"),
    ],
)
def test_collision_is_one_error_naming_both(doc: dict[str, Any], message: str, tmp_path: Path) -> None:
    (tmp_path / "openapi.json").write_text(json.dumps(doc), encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        (ROOT / "tests/fixtures/hostile/pyproject.toml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(io.StringIO()):
        code = main(["generate", "--spec", str(tmp_path / "openapi.json"), "--out", str(tmp_path / "out")])
    lines = stderr.getvalue().strip().splitlines()
    assert code == 1 and len(lines) == 1 and message in lines[0], stderr.getvalue()
    assert re.fullmatch(r"\S+:\d+:\d+ #\S* error: .+ \(build\)", lines[0]), lines[0]
    assert not (tmp_path / "out").exists()
    # the client is written and formatted while the models are made: a collision found there leaves nothing
    assert sorted(p.name for p in tmp_path.iterdir()) == ["openapi.json", "pyproject.toml"]


def test_text_found_by_the_fuzzer_stays_text(tmp_path: Path) -> None:
    """What generated specs found once: a title, version or path closing its docstring, NUL and ESC in a summary,
    trailing whitespace and U+2028 in a description, a JSON `true` path example, `1_000` and `none` as resources."""
    doc = _with(a=("n1_000", "x"), b=("none", "y"))
    doc["info"].update(title=f'T"""; import {MARKER}  #', version=f'1"""\n{MARKER} = 1\n"""')
    doc["paths"][f'/v1/x"""; {MARKER}()/{{class}}'] = doc["paths"].pop("/v1/things/{class}")
    get = doc["paths"][f'/v1/x"""; {MARKER}()/{{class}}']["get"]
    get["summary"] = "nul \x00 esc \x1b"
    get["parameters"][1].update(schema={"type": "boolean"}, example=True)
    doc["components"]["schemas"]["Thing"]["description"] = "trailing  \nspace \u2028 line\n \n\x00"
    assert check_spec(doc, tmp_path / "case") == 0
    assert (tmp_path / "case/out/hostile_api/resources/n1_000.py").is_file()
    assert "class None_:" in (tmp_path / "case/out/hostile_api/resources/none.py").read_text(encoding="utf-8")


def test_a_leading_sign_is_spelled_out(tmp_path: Path) -> None:
    """GitHub's reaction counts `+1` and `-1` would both become `field_1` (and `_1` as parameters): an error, so
    the sign is spelled out, in the models and in the methods, and the wire names stay."""
    signed = {"type": "object", "properties": {"+1": {"type": "integer"}, "-1": {"type": "integer"}}}
    doc = _with({"Reactions": signed})
    get = doc["paths"]["/v1/things/{class}"]["get"]
    get["parameters"].append({"name": "-1", "in": "query", "schema": {"type": "string"}, "example": "x"})
    get["responses"]["200"]["content"]["application/json"]["schema"] = {"$ref": "#/components/schemas/Reactions"}
    assert check_spec(doc, tmp_path / "case") == 0
    out = tmp_path / "case/out/hostile_api"
    types = (out / "types.py").read_text(encoding="utf-8")
    assert 'plus_1: Annotated[Optional[int], Field(alias="+1")]' in types, types
    assert 'minus_1: Annotated[Optional[int], Field(alias="-1")]' in types
    assert "minus_1: " in (out / "resources/things.py").read_text(encoding="utf-8")
