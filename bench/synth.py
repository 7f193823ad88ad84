"""Synthetic specs for the scaling benchmark: N renamed copies of our bundled document.

Copy 0 is the document itself. Copy k (k >= 1) repeats every path under `/copy{k}`, with operationIds
`{id}_copy{k}`, `x-resource` `copy{k}.{resource}` (so `client.copy{k}.messages.create`; beta resources become
`beta.copy{k}.…`, so that they stay beta operations), and every schema renamed `{Name}Copy{k}`: `$ref`s and
discriminator mappings are rewritten, titles get the same suffix.
Parameters, headers and responses stay shared (they are the same in every copy), and so does the error envelope
(`ErrorResponse` and the schemas it uses): the linter requires every error response to reference it by that name.

    python bench/synth.py SOURCE.json N OUT.json
"""

from __future__ import annotations

import copy
import json
import sys
from typing import Any

SCHEMAS = "#/components/schemas/"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


SHARED_ROOTS = ("ErrorResponse",)


def shared_schemas(doc: dict[str, Any]) -> set[str]:
    """The schemas every copy uses as they are: SHARED_ROOTS and all they reference."""
    schemas = doc.get("components", {}).get("schemas", {})
    todo = [name for name in SHARED_ROOTS if name in schemas]
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo += [ref[len(SCHEMAS) :].split("/")[0] for ref in _strings(schemas[name]) if ref.startswith(SCHEMAS)]
    return seen


def _strings(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [s for value in node.values() for s in _strings(value)]
    if isinstance(node, list):
        return [s for item in node for s in _strings(item)]
    return [node] if isinstance(node, str) else []


def _rename(node: Any, suffix: str, shared: set[str]) -> Any:
    """A copy of `node` whose schema references (and titles) carry `suffix`, except references to shared ones."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "title" and isinstance(value, str):
                out[key] = value + suffix
            else:
                out[key] = _rename(value, suffix, shared)
        return out
    if isinstance(node, list):
        return [_rename(item, suffix, shared) for item in node]
    if isinstance(node, str) and node.startswith(SCHEMAS) and node[len(SCHEMAS) :].split("/")[0] not in shared:
        return node + suffix
    return node


def _resource(resource: str, k: int) -> str:
    """`copy{k}.{resource}`, but beta operations stay beta (`beta.copy{k}.…`): the linter tells them apart."""
    head, *rest = resource.split(".")
    return ".".join(["beta", f"copy{k}", *rest] if head == "beta" else [f"copy{k}", head, *rest])


def multiply(doc: dict[str, Any], n: int) -> dict[str, Any]:
    out = copy.deepcopy(doc)
    schemas = doc["components"]["schemas"]
    shared = shared_schemas(doc)
    for k in range(1, n):
        suffix = f"Copy{k}"
        for path, item in doc["paths"].items():
            item = _rename(item, suffix, shared)
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    op["operationId"] = f"{op['operationId']}_copy{k}"
                    op["x-resource"] = _resource(op["x-resource"], k)
            out["paths"][f"/copy{k}{path}"] = item
        for name, schema in schemas.items():
            if name not in shared:
                out["components"]["schemas"][name + suffix] = _rename(schema, suffix, shared)
    return out


def counts(doc: dict[str, Any]) -> tuple[int, int]:
    """(operations, schemas) of a document."""
    ops = sum(
        isinstance(item.get(m), dict)
        for item in doc.get("paths", {}).values()
        if isinstance(item, dict)
        for m in HTTP_METHODS
    )
    return ops, len(doc.get("components", {}).get("schemas", {}))


def main() -> None:
    source, n, target = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(source, encoding="utf-8") as f:
        doc = json.load(f)
    out = multiply(doc, n)
    with open(target, "w", encoding="utf-8") as f:
        json.dump(out, f)
    print(*counts(out))


if __name__ == "__main__":
    main()
