"""What came out of a generator: operations and named schema types, counted from the generated source.

Every count reads the generated files (ast, never imports them), so a silently dropped operation or schema
shows as a difference from the input's counts.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any, Iterable

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def norm(name: str) -> str:
    """Names compared across generators' spelling conventions: `simple-user`, `SimpleUser`, `simple_user`."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def spec_counts(doc: dict[str, Any]) -> dict[str, Any]:
    ops = [
        (method, path)
        for path, item in doc.get("paths", {}).items()
        if isinstance(item, dict)
        for method in HTTP_METHODS
        if isinstance(item.get(method), dict)
    ]
    schemas = doc.get("components", {}).get("schemas", {})
    return {"operations": len(ops), "schemas": len(schemas), "object_schemas": len(object_schemas(schemas))}


def object_schemas(schemas: dict[str, Any]) -> list[str]:
    """Schemas that are objects with properties: those every model generator must turn into a class."""
    return [
        name
        for name, s in schemas.items()
        if isinstance(s, dict) and isinstance(s.get("properties"), dict) and s["properties"]
    ]


def defined_names(files: Iterable[Path]) -> set[str]:
    """Top-level classes, assignments and type aliases of the given modules."""
    names: set[str] = set()
    for file in files:
        tree = ast.parse(file.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Assign):
                names.update(t.id for t in node.targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names.add(node.target.id)
            elif type(node).__name__ == "TypeAlias":
                names.add(node.name.id)  # type: ignore[attr-defined]
    return names


def schema_coverage(doc: dict[str, Any], names: set[str]) -> dict[str, Any]:
    """How many of the input's schemas have a type of their name or title (spelling aside) in the output."""
    schemas = doc.get("components", {}).get("schemas", {})
    have = {norm(n) for n in names}

    def named(name: str, schema: Any) -> bool:  # some generators name a class after the schema's title
        title = schema.get("title") if isinstance(schema, dict) else None
        return norm(name) in have or (isinstance(title, str) and norm(title) in have)

    missing = sorted(n for n, schema in schemas.items() if not named(n, schema))
    objects = set(object_schemas(schemas))
    missing_objects = [n for n in missing if n in objects]
    return {
        "named_types": len(schemas) - len(missing),
        "missing": len(missing),
        "missing_objects": len(missing_objects),
        "missing_examples": missing_objects[:5] or missing[:5],
    }


def ours(out: Path, doc: dict[str, Any]) -> dict[str, Any]:
    """Our output: methods that send a request (sync classes), and the names in types.py."""
    package = next(p.parent for p in sorted(out.glob("*/_client.py")))
    methods = set()
    for file in sorted((package / "resources").glob("*.py")):
        for cls in ast.parse(file.read_text(encoding="utf-8")).body:
            if not isinstance(cls, ast.ClassDef) or cls.name.startswith("Async") or cls.name.endswith("RawResponse"):
                continue
            for fn in cls.body:
                if isinstance(fn, ast.FunctionDef) and any(
                    isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "Request"
                    for n in ast.walk(fn)
                ):
                    methods.add((file.stem, cls.name, fn.name))
    names = defined_names([package / "types.py"])
    return {"operations": len(methods), "classes": len(names), **schema_coverage(doc, names)}


def opc(out: Path, doc: dict[str, Any], log: str) -> dict[str, Any]:
    """openapi-python-client: one module per endpoint with sync_detailed(); one module per model."""
    ops = sum(
        1
        for file in out.glob("api/**/*.py")
        for node in ast.parse(file.read_text(encoding="utf-8")).body
        if isinstance(node, ast.FunctionDef) and node.name == "sync_detailed"
    )
    names = defined_names(sorted(out.glob("models/*.py")))
    reasons: dict[str, int] = {}
    for block in re.split(r"\n(?=WARNING )", log):
        if block.startswith("WARNING") and "will not be generated" in block:
            reason = next((line for line in block.splitlines()[1:] if line.strip()), "?").strip()
            reasons[reason[:100]] = reasons.get(reason[:100], 0) + 1
    schema_warnings = len(re.findall(r"^Unable to process schema ", log, flags=re.M))
    schema_warnings += len(re.findall(r"^Unable to parse this part of your OpenAPI document", log, flags=re.M))
    return {
        "operations": ops,
        "classes": len(names),
        "schema_warnings": schema_warnings,
        "endpoints_not_generated": sum(reasons.values()),
        "why_not_generated": reasons,
        "warnings": log.count("WARNING"),
        **schema_coverage(doc, names),
    }


def dmcg(out: Path, doc: dict[str, Any]) -> dict[str, Any]:
    """datamodel-code-generator: models only (it does not generate operations)."""
    names = defined_names([out] if out.is_file() else sorted(out.glob("**/*.py")))
    return {"operations": None, "classes": len(names), **schema_coverage(doc, names)}
