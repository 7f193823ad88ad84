"""Add the minimum of our x- vocabulary to a third-party spec, so that our generator can be measured on it.

Our linter requires what DESIGN.md describes; a third-party spec has none of it. This makes, mechanically:
- operationId: snake_case (`repos/get-content` -> `repos_get_content`), made unique;
- x-resource / x-method: the operationId's `group/` prefix, else its first tag, and the rest (snake_case);
- x-max-request-bytes (32 MiB) and a 413 response on every operation with a request body;
- no `example`/`examples` (our linter validates them; third-party examples often fail their own schemas).
Then it runs our build (in this process, from the repository root) and removes each operation the build
refuses, one at a time, recording why: those are operations our generator cannot produce. It renders the
client (without the models) and compiles each file: if schema names that are not Python identifiers
(GitHub's `simple-user`) reach the code as they are, it records where, renames those schemas to PascalCase
(`SimpleUser`; names are not on the wire) and checks again. Nothing else changes: schemas, parameters,
bodies and responses are the spec's own.

    python bench/annotate.py IN.(json|yaml) OUT.json
    # prints {"refused": [[pointer, reason], ...], "unparsable": [[file, line, text], ...], "renamed_schemas": N}
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
    """Schemas whose names are not Python identifiers (or are keywords) get PascalCase names; refs follow."""
    schemas = doc.get("components", {}).get("schemas", {})
    taken = set(schemas)
    renames: dict[str, str] = {}
    for name in schemas:
        if name.isidentifier() and not keyword.iskeyword(name):
            continue
        new = "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", name) if part) or "Schema"
        if new[0].isdigit():
            new = "Schema" + new
        while new in taken:
            new += "_"
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
    refused = drop_refused(doc)
    report: dict[str, Any] = {"refused": refused, "unparsable": [], "renamed_schemas": 0}
    if not refused or refused[-1][0].startswith("/paths/"):  # the build went through
        report["unparsable"] = unparsable(doc)
        if report["unparsable"]:
            report["renamed_schemas"] = rename_schemas(doc)
            report["refused"] += drop_refused(doc)
            report["unparsable_after_rename"] = unparsable(doc)
    with open(target, "w", encoding="utf-8") as f:
        json.dump(doc, f)
    print(json.dumps(report))


if __name__ == "__main__":
    main()
