"""Schemas -> pydantic v2 models, through datamodel-code-generator with pinned flags."""

from __future__ import annotations

import ast
import json
import re
from typing import Any

from datamodel_code_generator import DataModelType, InputFileType, PythonVersion, generate
from datamodel_code_generator.reference import ModelResolver

from generator.build import BuildError, is_model_schema
from generator.load import escape
from generator.render import docstring

# Pinned: the output must not change unless these do.
FLAGS: dict[str, Any] = dict(
    input_file_type=InputFileType.OpenAPI,
    output_model_type=DataModelType.PydanticV2BaseModel,
    target_python_version=PythonVersion.PY_310,
    strict_nullable=True,
    disable_timestamp=True,
    use_annotated=True,
    enum_field_as_literal="all",
    use_union_operator=False,
    use_standard_collections=True,
    field_constraints=True,
    use_schema_description=True,
    use_field_description=True,
    use_double_quotes=True,
    capitalise_enum_members=False,
    formatters=[],
    collapse_root_models=True,
)


def models_source(bundled: dict[str, Any], title: str, package: str) -> str:
    """The text of the generated types module for every schema under components."""
    schemas_only = {
        "openapi": bundled.get("openapi", "3.1.0"),
        "info": {"title": title, "version": str(bundled.get("info", {}).get("version", ""))},
        "paths": {},
        "components": {"schemas": _clean_descriptions(bundled.get("components", {}).get("schemas", {}))},
    }
    # every model inherits the package's BaseModel (it carries the response's request-id)
    text = generate(json.dumps(schemas_only, sort_keys=False), **FLAGS, base_class=f"{package}._models.BaseModel")
    assert isinstance(text, str)
    # datamodel-code-generator's own header names the input file; ours names the spec.
    text = re.sub(r"\A(#[^\n]*\n)+", "", text)
    check_classes(text, schemas_only["components"]["schemas"])
    return f'"""Models of the {docstring(title)} schemas: generated from the spec, do not edit."""\n\n' + text.lstrip()


def _clean_descriptions(node: Any) -> Any:
    """A copy of the schemas whose descriptions datamodel-code-generator can put in a docstring as they are.

    It writes them line by line: trailing whitespace (also U+2028 and form feeds, which end a line) would fail
    ruff, and a control character such as NUL cannot be in Python source at all, so it becomes its escape."""
    if isinstance(node, list):
        return [_clean_descriptions(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _clean_descriptions(v) for k, v in node.items()}
    if isinstance(out.get("description"), str):
        lines = [line.rstrip() for line in out["description"].splitlines()]
        text = "\n".join(lines).strip()
        out["description"] = re.sub(
            r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]", lambda m: ascii(m.group())[1:-1], text
        )
    return out


def check_classes(text: str, schemas: dict[str, Any]) -> None:
    """Every schema keeps its own class: none renamed, numbered or taken by an inline schema of the same name.

    datamodel-code-generator resolves a clash by numbering one of the two classes (`Sub` and `Sub1`); when the
    schema is the one numbered, `Sub` in a method's annotation would silently be another model."""
    tree = ast.parse(text)
    imported = {a.asname or a.name for node in tree.body if isinstance(node, ast.ImportFrom) for a in node.names}
    classes: dict[str, ast.ClassDef] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            if node.name in classes or node.name in imported:
                raise BuildError("/components/schemas", f"the types module defines {node.name!r} twice")
            classes[node.name] = node
    for cls in sorted(classes):
        numbered = re.fullmatch(r"(.+?)\d+", cls)
        if not numbered or cls in schemas or numbered.group(1) not in schemas:
            continue
        base = numbered.group(1)
        if cls in {n.id for n in ast.walk(classes[base]) if isinstance(n, ast.Name)}:
            continue  # the schema's own members (the variants of a oneOf), numbered after it
        inline = _inline_named(schemas, base)
        raise BuildError(
            inline or _pointer(base),
            f"{'#' + inline if inline else 'an inline schema'} and components/schemas/{base} both become class"
            f" {base!r} (one would be renamed {cls!r}): give the inline schema a title or rename the schema",
        )
    for name, cls in sorted(classes.items()):
        _numbered_fields(name, cls, schemas)
    for name, schema in sorted(schemas.items()):
        if isinstance(schema, dict) and is_model_schema(schema) and name not in classes:
            raise BuildError(_pointer(name), f"schema {name!r} has no class of its name in the types module")
        plain = isinstance(schema, dict) and not {"allOf", "anyOf", "oneOf", "$ref"} & set(schema)
        if plain and isinstance(schema.get("properties"), dict) and name in classes:
            if _fields(classes[name]) != set(schema["properties"]):
                raise BuildError(_pointer(name), f"class {name!r} in the types module is not schema {name!r}")


def _fields(cls: ast.ClassDef) -> set[str]:
    """The wire names of a model's fields: the alias where there is one, else the attribute."""
    return set(_attributes(cls).values())


def _attributes(cls: ast.ClassDef) -> dict[str, str]:
    """Each field's attribute and its wire name (the alias where there is one)."""
    out: dict[str, str] = {}
    for node in cls.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            aliases = [
                k.value.value
                for call in ast.walk(node.annotation)
                if isinstance(call, ast.Call)
                for k in call.keywords
                if k.arg == "alias" and isinstance(k.value, ast.Constant)
            ]
            out[node.target.id] = str(aliases[0]) if aliases else node.target.id
    return out


def _numbered_fields(name: str, cls: ast.ClassDef, schemas: dict[str, Any]) -> None:
    """`a-b` and `a b` both sanitise to `a_b`; datamodel-code-generator makes the second `a_b_1`: an error here."""
    attributes = _attributes(cls)
    for attribute, wire in sorted(attributes.items()):
        numbered = re.fullmatch(r"(.+)_\d+", attribute)
        if numbered and wire != attribute and numbered.group(1) in attributes:
            base = numbered.group(1)
            raise BuildError(
                _pointer(name) if name in schemas else "/components/schemas",
                f"properties {attributes[base]!r} and {wire!r} of {'schema' if name in schemas else 'class'}"
                f" {name!r} both become field {base!r}",
            )


def _pointer(name: str) -> str:
    return "/components/schemas/" + escape(name)


def _inline_named(schemas: dict[str, Any], cls: str) -> str:
    """The pointer of an inline schema (a property or a title) whose class would be `cls`, or ""."""
    stack: list[tuple[str, Any]] = [(_pointer(name), schema) for name, schema in sorted(schemas.items())]
    while stack:
        pointer, node = stack.pop(0)
        if isinstance(node, dict):
            props = node.get("properties")
            for key, value in sorted(props.items()) if isinstance(props, dict) else []:
                if isinstance(value, dict) and "$ref" not in value and pointer != _pointer(cls):
                    if ModelResolver().get_class_name(str(key), unique=False).name == cls:
                        return f"{pointer}/properties/{escape(str(key))}"
            stack.extend((f"{pointer}/{escape(str(k))}", v) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((f"{pointer}/{i}", v) for i, v in enumerate(node))
    return ""
