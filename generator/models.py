"""Schemas -> pydantic v2 models, through datamodel-code-generator with pinned flags."""

from __future__ import annotations

import ast
import json
import re
from collections import deque
from typing import Any

from datamodel_code_generator import DataModelType, InputFileType, PythonVersion, generate
from datamodel_code_generator.reference import ModelResolver

from generator.build import SIGNS, BuildError, is_model_schema, py_identifier
from generator.dmcg_speedup import indexed_base_lookup
from generator.load import escape, unescape
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
    # pydantic's EmailStr needs the email-validator package; the client depends on httpx and pydantic alone
    type_mappings=["email=string", "idn-email=string"],
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
    with indexed_base_lookup():
        text = generate(
            json.dumps(schemas_only, sort_keys=False),
            **FLAGS,
            base_class=f"{package}._models.BaseModel",
            aliases=_signed_fields(schemas_only["components"]["schemas"]),
        )
    assert isinstance(text, str)
    # datamodel-code-generator's own header names the input file; ours names the spec.
    text = re.sub(r"\A(#[^\n]*\n)+", "", text)
    check_classes(text, schemas_only["components"]["schemas"])
    return f'"""Models of the {docstring(title)} schemas: generated from the spec, do not edit."""\n\n' + text.lstrip()


def warm_up() -> None:
    """datamodel-code-generator imports most of itself (140 modules) on its first generate: one of a single
    schema does that ahead, in a process that would otherwise wait for the spec to be loaded."""
    schema = {"type": "object", "properties": {"a": {"type": "string"}}}
    models_source({"openapi": "3.1.0", "components": {"schemas": {"A": schema}}}, "Warm-up", "warm_up")


def _signed_fields(node: Any) -> dict[str, str]:
    """Property names with a leading sign and the field each becomes (`+1` -> `plus_1`), as build names them:
    datamodel-code-generator would make both `+1` and `-1` `field_1`."""
    out: dict[str, str] = {}
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            properties = item.get("properties")
            if isinstance(properties, dict):
                out.update({k: py_identifier(k, attribute=True) for k in properties if k[:1] in SIGNS and len(k) > 1})
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return dict(sorted(out.items()))


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
        lines = [line.rstrip().expandtabs(4) for line in out["description"].splitlines()]  # no tab in indentation
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
        if base not in classes:
            # The schema has no class of its own (a union such as `type: object` with oneOf, collapsed into the
            # schemas that use it): the numbered classes are its members, or inline schemas that took the number
            # the schema's name would have clashed with. Build never names such a schema (is_model_schema), and
            # the last loop below proves that every schema it does name has its class.
            continue
        if cls in {n.id for n in ast.walk(classes[base]) if isinstance(n, ast.Name)}:
            continue  # the schema's own members (the variants of a oneOf), numbered after it
        inline = _inline_named(schemas, base)
        raise BuildError(
            inline or _pointer(base),
            f"{'#' + inline if inline else 'an inline schema'} and components/schemas/{base} both become class"
            f" {base!r} (one would be renamed {cls!r}): rename the schema, or make the inline schema one of"
            " components/schemas under a name of its own and refer to it with $ref",
        )
    attributes = {name: _attributes(cls) for name, cls in classes.items()}
    for name in sorted(classes):
        _numbered_fields(name, attributes[name], schemas)
    for name, schema in sorted(schemas.items()):
        if isinstance(schema, dict) and is_model_schema(schema) and name not in classes:
            raise BuildError(
                _pointer(name),
                f"schema {name!r} has no class of its name in the types module (datamodel-code-generator made it"
                " something else): describe it as an object with properties, or report this shape as a generator bug",
            )
        plain = isinstance(schema, dict) and not {"allOf", "anyOf", "oneOf", "$ref"} & set(schema)
        if plain and isinstance(schema.get("properties"), dict) and name in classes:
            fields = set(attributes[name].values())  # the wire names
            if fields != set(schema["properties"]):
                taken = _inline_with(schemas, fields, name, exact=True) if fields else ""
                raise BuildError(
                    _pointer(name),
                    f"class {name!r} in the types module is not schema {name!r} but"
                    f" {'#' + taken if taken.count('/') > 3 else 'an inline schema'}: datamodel-code-generator names"
                    " inline schemas after their property and numbers them (`Sub`, `Sub1`, …): rename the schema, to"
                    " a name that does not end in a number",
                )


def _attributes(cls: ast.ClassDef) -> dict[str, str]:
    """Each field's attribute and its wire name (the alias where there is one)."""
    out: dict[str, str] = {}
    for node in cls.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            aliases = [
                k.value.value
                for call in _field_calls(node)
                for k in call.keywords
                if k.arg == "alias" and isinstance(k.value, ast.Constant)
            ]
            out[node.target.id] = str(aliases[0]) if aliases else node.target.id
    return out


def _field_calls(node: ast.AnnAssign) -> list[ast.Call]:
    """The calls that can name a field's alias: the metadata of `Annotated[T, Field(...)]` and a default value;
    an annotation of another shape is searched whole."""
    annotation = node.annotation
    if (
        isinstance(annotation, ast.Subscript)
        and isinstance(annotation.value, ast.Name)
        and annotation.value.id == "Annotated"
        and isinstance(annotation.slice, ast.Tuple)
    ):
        candidates: list[ast.AST] = list(annotation.slice.elts[1:])
    else:
        candidates = list(ast.walk(annotation))
    if node.value is not None:
        candidates.append(node.value)
    return [c for c in candidates if isinstance(c, ast.Call)]


def _numbered_fields(name: str, attributes: dict[str, str], schemas: dict[str, Any]) -> None:
    """`a-b` and `a b` both sanitise to `a_b`; datamodel-code-generator makes the second `a_b_1`: an error here.
    `attributes`: the class's fields and their wire names (_attributes)."""
    for attribute, wire in sorted(attributes.items()):
        numbered = re.fullmatch(r"(.+)_\d+", attribute)
        if numbered and wire != attribute and numbered.group(1) in attributes:
            base = numbered.group(1)
            raise BuildError(
                _pointer(name) if name in schemas else _inline_with(schemas, {attributes[base], wire}, name),
                f"properties {attributes[base]!r} and {wire!r} of {'schema' if name in schemas else 'class'}"
                f" {name!r} both become field {base!r}",
            )


def _inline_with(schemas: dict[str, Any], wires: set[str], cls: str, exact: bool = False) -> str:
    """The pointer of an inline schema with all these properties (`exact`: only these), the one named like class
    `cls` if there are several."""
    found: list[str] = []
    stack: deque[tuple[str, Any]] = deque((_pointer(name), schema) for name, schema in sorted(schemas.items()))
    while stack:
        pointer, node = stack.popleft()
        if isinstance(node, dict):
            properties = node.get("properties")
            matches = isinstance(properties, dict) and (wires == set(properties) if exact else wires <= set(properties))
            if matches and pointer.count("/") > 3:
                key = unescape(pointer.rsplit("/", 1)[1])
                if ModelResolver().get_class_name(key, unique=False).name == cls.rstrip("0123456789"):
                    return pointer
                found.append(pointer)
            stack.extend((f"{pointer}/{escape(str(k))}", v) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((f"{pointer}/{i}", v) for i, v in enumerate(node))
    return found[0] if found else "/components/schemas"


def _pointer(name: str) -> str:
    return "/components/schemas/" + escape(name)


def _inline_named(schemas: dict[str, Any], cls: str) -> str:
    """The pointer of an inline schema whose class would be `cls`, or "".

    datamodel-code-generator names an inline object after the property that holds it (`sub` -> `Sub`), the
    values of a map after the map's own name, and the items of an array after the singular of its name (schema
    `RuleSuites` or property `rule_suites`, items -> `RuleSuite`); a title changes none of these."""
    # (pointer, node, the name its class would derive from, whether that name is singularised)
    stack: deque[tuple[str, Any, str, bool]] = deque(
        (_pointer(n), s, str(n), False) for n, s in sorted(schemas.items())
    )
    while stack:
        pointer, node, owner, singular = stack.popleft()
        if isinstance(node, list):
            stack.extend((f"{pointer}/{i}", v, "", False) for i, v in enumerate(node))
            continue
        if not isinstance(node, dict):
            continue
        inline = "$ref" not in node and "/" in pointer.removeprefix("/components/schemas/")  # not a schema itself
        if inline and owner and (is_model_schema(node) or {"allOf", "oneOf", "anyOf"} & set(node)):
            if ModelResolver().get_class_name(owner, unique=False, singular_name=singular).name == cls:
                return pointer
        for key, value in node.items():
            child = f"{pointer}/{escape(str(key))}"
            if key == "properties" and isinstance(value, dict):
                stack.extend((f"{child}/{escape(str(k))}", v, str(k), False) for k, v in sorted(value.items()))
            elif key in ("items", "additionalProperties"):
                stack.append((child, value, owner, key == "items"))
            else:
                stack.append((child, value, "", False))
    return ""
