"""Synthetic specs for the scaling benchmark: N renamed copies of our bundled document.

Copy 0 is the document itself. Copy k (k >= 1) repeats every path under `/copy{k}`, with operationIds
`{id}_copy{k}`, `x-resource` `copy{k}.{resource}` (so `client.copy{k}.messages.create`), and every schema
renamed `{Name}Copy{k}`: `$ref`s and discriminator mappings are rewritten, titles get the same suffix.
Parameters, headers and responses stay shared (they are the same in every copy).

    python bench/synth.py SOURCE.json N OUT.json
"""

from __future__ import annotations

import copy
import json
import sys
from typing import Any

SCHEMAS = "#/components/schemas/"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _rename(node: Any, suffix: str) -> Any:
    """A copy of `node` whose schema references (and titles) carry `suffix`."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "title" and isinstance(value, str):
                out[key] = value + suffix
            else:
                out[key] = _rename(value, suffix)
        return out
    if isinstance(node, list):
        return [_rename(item, suffix) for item in node]
    if isinstance(node, str) and node.startswith(SCHEMAS):
        return node + suffix
    return node


def multiply(doc: dict[str, Any], n: int) -> dict[str, Any]:
    out = copy.deepcopy(doc)
    schemas = doc["components"]["schemas"]
    for k in range(1, n):
        suffix = f"Copy{k}"
        for path, item in doc["paths"].items():
            item = _rename(item, suffix)
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    op["operationId"] = f"{op['operationId']}_copy{k}"
                    op["x-resource"] = f"copy{k}.{op['x-resource']}"
            out["paths"][f"/copy{k}{path}"] = item
        for name, schema in schemas.items():
            out["components"]["schemas"][name + suffix] = _rename(schema, suffix)
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
