"""Add the minimum of our x- vocabulary to a third-party spec, so that our generator can be measured on it.

Our build needs what DESIGN.md describes; a third-party spec has none of it. This makes, mechanically:
- operationId: snake_case (`repos/get-content` -> `repos_get_content`), made unique;
- x-resource / x-method: the operationId's `group/` prefix, else its first tag, and the rest (snake_case);
- x-max-request-bytes (32 MiB) and a 413 response on every operation with a request body;
- no `example`/`examples` (our linter validates them; third-party examples often fail their own schemas);
- schema names that the models would spell otherwise (GitHub's `simple-user` is class `SimpleUser`) renamed to
  that class name, and a schema whose class name an inline schema could also get (a property `actor` beside
  schema `Actor`, or an inline schema titled like it) renamed `ActorModel`; references follow. Our build refuses both (a class of another name, a numbered one).
  Schema names are not on the wire.
Then it runs our build (in this process, from the repository root) and removes each operation the build
refuses, one at a time, recording why: those are operations our generator cannot produce. Last, it renders the
client (without the models) and compiles each file, recording any that does not compile. Nothing else changes:
schemas, parameters, bodies and responses are the spec's own.

    python bench/annotate.py IN.(json|yaml) OUT.json
    # prints {"renamed_schemas": N, "refused": [[pointer, reason], ...], "unparsable": [[file, line, text], ...]}
"""

from __future__ import annotations

import json
import keyword
import os
import re
import sys
from pathlib import Path
from typing import Any

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
MAP_KEYS = {"properties", "patternProperties", "$defs", "definitions", "schemas"}  # maps whose keys are names


def snake(text: str) -> str:
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    text = re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_").lower()
    if not text or not text[0].isalpha():
        text = "op_" + text
    return text


def _strip_examples(node: Any, parent_key: str = "") -> Any:
    if isinstance(node, dict):
        keep_all = parent_key in MAP_KEYS
        return {
            key: _strip_examples(value, key)
            for key, value in node.items()
            if keep_all or key not in ("example", "examples")
        }
    if isinstance(node, list):
        return [_strip_examples(item) for item in node]
    return node


def annotate(doc: dict[str, Any]) -> dict[str, Any]:
    doc = _strip_examples(doc)
    doc.get("components", {}).pop("examples", None)
    ids: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = item.get(method) if isinstance(item, dict) else None
            if not isinstance(op, dict):
                continue
            raw = str(op.get("operationId") or f"{method}_{path}")
            if "/" in raw:
                group, name = raw.split("/", 1)
            else:
                group, name = (op.get("tags") or ["default"])[0], raw
            resource = ".".join(snake(part) for part in str(group).split("."))
            name = snake(name)
            while (resource, name) in pairs:
                name += "_2"
            pairs.add((resource, name))
            op_id = snake(raw)
            while op_id in ids:
                op_id += "_2"
            ids.add(op_id)
            op["operationId"], op["x-resource"], op["x-method"] = op_id, resource, name
            if "requestBody" in op:
                op.setdefault("x-max-request-bytes", 32 * 1024 * 1024)
                op.setdefault("responses", {}).setdefault("413", {"description": "Request too large"})
    return doc


def rename_schemas(doc: dict[str, Any]) -> int:
    """Each schema takes the class name datamodel-code-generator gives it (`simple-user` -> `SimpleUser`); refs follow.

    Our build refuses a schema whose class in the types module would have another name than the schema."""
    from datamodel_code_generator.reference import ModelResolver

    schemas = doc.get("components", {}).get("schemas", {})

    def cls(name: str) -> str:
        return ModelResolver().get_class_name(name, unique=False).name

    from datamodel_code_generator.reference import get_singular_name

    inline = {cls(name) for name in _inline_names(schemas)}  # classes the models may give inline schemas
    inline |= {  # an array schema's inline items take the singular of its class (`rule-suites` -> `RuleSuite`)
        get_singular_name(cls(name))
        for name, schema in schemas.items()
        if isinstance(schema, dict) and isinstance(schema.get("items"), dict) and "$ref" not in schema["items"]
    }
    taken = set(schemas) | inline
    renames: dict[str, str] = {}
    for name in schemas:
        new = cls(name) if name else "Schema"
        if new == name and name.isidentifier() and not keyword.iskeyword(name) and name not in inline:
            continue
        # a word, not a number: the models number the inline classes that clash (`PullRequest2`)
        base, suffixes = new, iter(["Model", "Schema", "Type", "Definition", *(f"Model{n}" for n in range(2, 99))])
        while new in taken or keyword.iskeyword(new) or cls(new) != new:
            new = base + next(suffixes)
        taken.add(new)
        renames[name] = new
    if not renames:
        return 0
    doc["components"]["schemas"] = {renames.get(k, k): v for k, v in schemas.items()}
    prefix = "#/components/schemas/"

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        if isinstance(node, str) and node.startswith(prefix):
            name, sep, rest = node[len(prefix) :].partition("/")
            return prefix + renames.get(name, name) + sep + rest
        return node

    doc.update(walk({k: v for k, v in doc.items()}))
    return len(renames)


def _loaded(doc: dict[str, Any]) -> dict[str, Any]:
    """The document as our loader gives it (a single JSON file: the same, through JSON)."""
    return json.loads(json.dumps(doc))


def _inline_names(schemas: dict[str, Any]) -> set[str]:
    """What the models may name an inline schema's class after: the titles of inline schemas, and the names of
    properties whose schema is written in place (not a $ref).

    A schema whose name is such a class name would share it with an inline model, which our build refuses."""
    from datamodel_code_generator.reference import get_singular_name

    names: set[str] = set()
    stack: list[tuple[Any, bool]] = [(schema, True) for schema in schemas.values()]
    while stack:
        node, top = stack.pop()
        if isinstance(node, dict):
            props = node.get("properties")
            if isinstance(props, dict):
                names.update(str(k) for k, v in props.items() if isinstance(v, dict) and "$ref" not in v)
                names.update(  # an array of inline objects: its items' class takes the singular (`groups` -> `Group`)
                    get_singular_name(str(k))
                    for k, v in props.items()
                    if isinstance(v, dict) and isinstance(v.get("items"), dict) and "$ref" not in v["items"]
                )
            if not top and isinstance(node.get("title"), str):  # a schema's own title does not name its class
                names.add(node["title"])
            stack.extend((value, False) for value in node.values())
        elif isinstance(node, list):
            stack.extend((item, False) for item in node)
    return names


def unparsable(doc: dict[str, Any]) -> list[list[Any]]:
    """[file, line, text] of each rendered file (models aside) that does not compile."""
    sys.path.insert(0, os.getcwd())
    from generator.build import build
    from generator.render import render

    loaded = _loaded(doc)
    bad = []
    for rel, text in sorted(render(build(loaded, None), loaded).items()):
        if rel.endswith(".py"):
            try:
                compile(text, rel, "exec")
            except SyntaxError as exc:
                bad.append([rel, exc.lineno, (exc.text or "").strip()[:120]])
    return bad


def drop_refused(doc: dict[str, Any]) -> list[list[str]]:
    """Remove the operations our build refuses, one at a time; [pointer, reason] of each, in order.

    Stops at a refusal that is not about one operation (it is returned last, with pointer as given)."""
    sys.path.insert(0, os.getcwd())
    from generator.build import BuildError, build

    refused: list[list[str]] = []
    loaded = _loaded(doc)
    while True:
        try:
            build(loaded, None)
            return refused
        except BuildError as exc:
            refused.append([exc.pointer, str(exc)])
            parts = [p.replace("~1", "/").replace("~0", "~") for p in exc.pointer.split("/")]
            if len(parts) < 4 or parts[1] != "paths" or parts[3] not in HTTP_METHODS:
                return refused
            for target in (loaded, doc):
                del target["paths"][parts[2]][parts[3]]


def load_any(source: str | Path) -> Any:
    """A JSON or YAML document (YAML's integer keys such as `200:` become strings, as in JSON)."""
    with open(source, encoding="utf-8") as f:
        if str(source).endswith(".json"):
            return json.load(f)
        return json.loads(json.dumps(yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))))


def main() -> None:
    source, target = sys.argv[1], sys.argv[2]
    doc = annotate(load_any(source))
    report: dict[str, Any] = {"renamed_schemas": rename_schemas(doc)}
    report["refused"] = drop_refused(doc)
    report["unparsable"] = []
    if not report["refused"] or report["refused"][-1][0].startswith("/paths/"):  # the build went through
        report["unparsable"] = unparsable(doc)
    with open(target, "w", encoding="utf-8") as f:
        json.dump(doc, f)
    print(json.dumps(report))


if __name__ == "__main__":
    main()
