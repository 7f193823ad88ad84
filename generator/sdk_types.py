"""What the official package's types and methods carry that the spec's operations and schemas lack.

The package is read, never imported. Each SDK method that calls an operation of the spec is followed from its
signature: the return annotation against the operation's JSON response (for a paginated call, the `model=` of
its page against the items of `data`), the item of a `Stream[...]` it returns against `x-stream`'s
`event-schema`, and each keyword argument that names a property of the JSON request body against that
property's schema. The error body every API error is read as is compared with each 4xx and 5xx response. From there the comparison descends through the annotations (`Optional`, `List`, `Dict`,
`Annotated`, aliases) into the classes they name, in step with the schema's properties, items and
additionalProperties; a union is matched member by member on its `type` literal (with the alternative tagged
with it alone, else one whose `type` enum holds it).

Only what the SDK has and the spec lacks is reported: a field of a class (its wire name, `alias=` included), a
member of a union (`type=<tag>`), a value of a `Literal` that the schema's enum or const does not hold
(`field=value`), or the freedom to leave a field out (`field?`: the schema requires what the SDK may omit). The
method that bears the operation's x-method also has its query parameters and headers compared: every name it
sends an argument under must be a parameter (or a body field) of the operation. The other direction is not a
finding, because one operation of the spec serves the GA method and its client.beta twin, whose types differ,
and the API versions the SDK no longer sends.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.load import follow_refs

MAX_DEPTH = 24
WRAPPERS = {"Optional", "Required", "NotRequired", "ReadOnly", "Annotated"}
SEQUENCES = {"List", "list", "Iterable", "Sequence", "SequenceNotStr"}
MAPPINGS = {"Dict", "dict", "Mapping"}


@dataclass(frozen=True, order=True)
class FieldGap:
    """What a class of the package (or an SDK method, for its parameters) has and the spec lacks where it is met."""

    # where it was first met: `sdk.method:response|data[]|events|parameters|<argument>` or `METHOD /path status`
    # for an error body, then fields ([] items, {} values, <tag> a union member)
    where: str
    sdk_type: str  # the class, or the SDK method
    source: str  # the file in the package that defines it
    # `field` a field, `type=<tag>` a union member, `field=<value>` a Literal value, `field?` a field the spec
    # requires and the SDK may leave out, or the name of a query parameter or header
    missing: tuple[str, ...]


Annotation = ast.expr


class PackageError(Exception):
    """The package cannot be found or read."""


def parse_file(file: Path) -> ast.Module:
    """A source file of the package, parsed; a file that cannot be read or parsed is a PackageError naming it."""
    try:
        return ast.parse(file.read_text(encoding="utf-8"), filename=str(file))
    except (OSError, ValueError, SyntaxError, RecursionError) as exc:  # ValueError: not UTF-8, or a NUL byte
        raise PackageError(f"cannot read {file}: {exc}") from None


@dataclass(frozen=True)
class Field:
    module: _Module
    annotation: Annotation
    optional: bool  # the SDK may leave it out: a model's field with a default, a TypedDict's not Required


class _Module:
    """One file of the package: its classes, its module-level assignments (type aliases) and relative imports."""

    def __init__(self, file: Path):
        self.file = file
        self.tree = parse_file(file)
        self.names: dict[str, ast.ClassDef | Annotation] = {}
        self.imports: dict[str, tuple[Path, str]] = {}
        for node in self.tree.body:
            if isinstance(node, ast.ClassDef):
                self.names[node.name] = node
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
                self.names[node.target.id] = node.value
            elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                self.names[node.targets[0].id] = node.value
            elif isinstance(node, ast.ImportFrom) and node.level:
                base = file.parent
                for _ in range(node.level - 1):
                    base = base.parent
                target = base.joinpath(*node.module.split(".")) if node.module else base
                for alias in node.names:
                    self.imports[alias.asname or alias.name] = (target, alias.name)


class SdkTypes:
    """The package's modules, parsed on first use, and the names they define or import."""

    def __init__(self, package: Path):
        self.package = package
        self._modules: dict[Path, _Module | None] = {}

    def module(self, path: Path) -> _Module | None:
        """The module at `path` (a .py file, or a package's __init__.py), or None."""
        file = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
        if file not in self._modules:
            self._modules[file] = _Module(file) if file.is_file() else None
        return self._modules[file]

    def lookup(self, module: _Module, name: str, depth: int = 0) -> tuple[_Module, ast.ClassDef | Annotation] | None:
        """Where `name`, as `module` sees it, is defined: a class or an alias's value; None outside the package."""
        if name in module.names:
            return module, module.names[name]
        if name not in module.imports or depth > MAX_DEPTH:
            return None
        target, original = module.imports[name]
        for candidate in (target / original, target):  # `from . import x` (a module) or `from .m import X`
            found = self.module(candidate)
            if found is not None and (original in found.names or original in found.imports):
                return self.lookup(found, original, depth + 1)
        return None

    def fields(self, module: _Module, cls: ast.ClassDef, depth: int = 0) -> dict[str, Field]:
        """A class's fields by wire name (an `alias=` wins over the attribute), its bases' first."""
        out: dict[str, Field] = {}
        partial = any(
            k.arg == "total" and isinstance(k.value, ast.Constant) and not k.value.value for k in cls.keywords
        )
        for base in cls.bases:
            name = base.value if isinstance(base, ast.Subscript) else base
            found = self.lookup(module, name.id) if isinstance(name, ast.Name) and depth < MAX_DEPTH else None
            if found is not None and isinstance(found[1], ast.ClassDef):
                out.update(self.fields(found[0], found[1], depth + 1))
        for node in cls.body:
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                wire = node.target.id
                for item in ast.walk(node):
                    if isinstance(item, ast.keyword) and item.arg == "alias" and isinstance(item.value, ast.Constant):
                        wire = str(item.value.value)
                out[wire] = Field(module, node.annotation, _optional(node, partial))
        return out

    def type_literal(self, module: _Module, cls: ast.ClassDef) -> str | None:
        """The value of a class's `type: Literal["…"]` field: the tag of a union member."""
        field = self.fields(module, cls).get("type")
        if field is None:
            return None
        for node in ast.walk(field.annotation):
            if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "Literal":
                if isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str):
                    return node.slice.value
        return None


class _Schemas:
    """Reading the bundled document's schemas: local $refs followed, null alternatives set aside."""

    def __init__(self, document: dict[str, Any]):
        self.document = document

    def resolve(self, node: Any) -> Any:
        return follow_refs(self.document, node)[1]

    def _is_null(self, node: Any) -> bool:
        node = self.resolve(node)
        return isinstance(node, dict) and node.get("type") == "null"

    def members(self, node: Any, depth: int = 0) -> list[dict[str, Any]]:
        """The non-null alternatives of a schema, nested anyOf/oneOf flattened; the schema itself if it has none."""
        node = self.resolve(node)
        if not isinstance(node, dict):
            return []
        alternatives = [a for key in ("anyOf", "oneOf") for a in node.get(key) or [] if not self._is_null(a)]
        if not alternatives or depth > MAX_DEPTH:
            return [node]
        return [m for a in alternatives for m in self.members(a, depth + 1)]

    def single(self, node: Any, having: str | None = None) -> dict[str, Any] | None:
        """The schema without its null alternative, when one alternative is left; with `having`, the one
        alternative that has that keyword (the array of `string | array`, say)."""
        members = self.members(node)
        if having is not None:
            members = [m for m in members if having in m]
        return members[0] if len(members) == 1 else None

    def properties(self, node: Any, depth: int = 0) -> dict[str, Any]:
        """A schema's properties, those of its allOf parts included."""
        node = self.resolve(node)
        if not isinstance(node, dict) or depth > MAX_DEPTH:
            return {}
        out: dict[str, Any] = {}
        for part in node.get("allOf") or []:
            out.update(self.properties(part, depth + 1))
        properties = node.get("properties")
        if isinstance(properties, dict):
            out.update(properties)
        return out

    def tags(self, node: Any) -> set[str]:
        """The `type` values a schema takes: its const, or its enum (several where one object stands for several
        tagged classes, as one error object with an enum of error types)."""
        schema = self.single(self.properties(node).get("type"))
        if schema is None:
            return set()
        if isinstance(schema.get("const"), str):
            return {schema["const"]}
        enum = schema.get("enum")
        return {v for v in enum if isinstance(v, str)} if isinstance(enum, list) else set()

    def tagged(self, members: list[dict[str, Any]], tag: str) -> dict[str, Any] | None:
        """The alternative for the `type` value `tag`: the one tagged with it alone, else one whose enum holds it."""
        holding = sorted((m for m in members if tag in self.tags(m)), key=lambda m: len(self.tags(m)))
        return holding[0] if holding else None


class Comparison:
    """The gaps found so far, one per SDK type, at the first place each was met."""

    def __init__(self, types: SdkTypes, document: dict[str, Any]):
        self.types = types
        self.schemas = _Schemas(document)
        self.gaps: dict[tuple[str, str], FieldGap] = {}
        self._seen: set[tuple[int, Path, str]] = set()
        # the field being compared: the module and name of its class (or of the SDK method, for an argument)
        self.owner: tuple[_Module, str, str] | None = None

    def annotation(self, schema: Any, module: _Module, node: Annotation, where: str, depth: int = 0) -> None:
        """Compare what the annotation `node` (read in `module`) describes with `schema`."""
        if depth > MAX_DEPTH:
            return
        if isinstance(node, ast.Constant) and isinstance(node.value, str):  # a quoted forward reference
            try:
                node = ast.parse(node.value, mode="eval").body
            except SyntaxError:
                return
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            return self._union(schema, module, [node.left, node.right], where, depth)
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            head = node.value.id
            args = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            if head in WRAPPERS:
                return self.annotation(schema, module, args[0], where, depth + 1)
            if head == "Literal":
                return self._literal(schema, [a.value for a in args if isinstance(a, ast.Constant)], where)
            if head == "Union":
                return self._union(schema, module, list(args), where, depth)
            if head in SEQUENCES:
                target = self.schemas.single(schema, having="items")
                if target is not None:
                    self.annotation(target["items"], module, args[0], where + "[]", depth + 1)
            elif head in MAPPINGS and len(args) == 2:
                target = self.schemas.single(schema, having="additionalProperties")
                if target is not None and isinstance(target["additionalProperties"], dict):
                    self.annotation(target["additionalProperties"], module, args[1], where + "{}", depth + 1)
            return
        if isinstance(node, ast.Name):
            found = self.types.lookup(module, node.id)
            if found is None:
                return
            if isinstance(found[1], ast.ClassDef):
                return self._class(schema, found[0], found[1], where, depth)
            return self.annotation(schema, found[0], found[1], where, depth + 1)

    def _class(self, schema: Any, module: _Module, cls: ast.ClassDef, where: str, depth: int) -> None:
        target = self.schemas.single(schema)
        if target is None:  # the schema has alternatives: the class is compared with the one of its tag
            tag = self.types.type_literal(module, cls)
            members = self.schemas.members(schema) if tag is not None else []
            target = self.schemas.tagged(members, tag) if tag is not None else None
            if target is None:
                return
        key = (id(target), module.file, cls.name)
        if key in self._seen:
            return
        self._seen.add(key)
        fields = self.types.fields(module, cls)
        properties = self.schemas.properties(target)
        if not properties:  # a free-form object, or a schema of another shape: nothing to compare
            return
        required = target.get("required") if isinstance(target.get("required"), list) else []
        may_be_absent = [f"{name}?" for name in sorted(set(fields) & set(required)) if fields[name].optional]
        self.gap(module, cls.name, where, sorted(set(fields) - set(properties)) + may_be_absent)
        for name in sorted(set(fields) & set(properties)):
            saved, self.owner = self.owner, (module, cls.name, name)
            self.annotation(
                properties[name], fields[name].module, fields[name].annotation, f"{where}.{name}", depth + 1
            )
            self.owner = saved

    def _literal(self, schema: Any, values: list[Any], where: str) -> None:
        """The values of a `Literal[...]` the schema's enum or const lacks (a schema that takes any value of its
        type, or an alternative that does, lacks none)."""
        allowed: set[Any] = set()
        for member in self.schemas.members(schema):
            if "const" in member:
                allowed.add(_hashable(member["const"]))
            elif isinstance(member.get("enum"), list):
                allowed.update(_hashable(v) for v in member["enum"])
            else:
                return
        missing = [v for v in values if v not in allowed]
        if missing and self.owner is not None:
            module, type_name, field = self.owner
            self.gap(module, type_name, where, [f"{field}={v}" for v in missing])

    def _union(self, schema: Any, module: _Module, nodes: list[Annotation], where: str, depth: int) -> None:
        """Members of an SDK union matched with the schema's alternatives by their `type` tag."""
        real = [n for n in nodes if not (isinstance(n, ast.Constant) and n.value is None)]
        if len(real) == 1:
            return self.annotation(schema, module, real[0], where, depth + 1)
        members = self.schemas.members(schema)
        if len(members) == 1 and not self.schemas.properties(members[0]):
            return  # a free-form object (or another type) where the SDK has a union: nothing to compare
        for node in real:
            found = self.types.lookup(module, node.id) if isinstance(node, ast.Name) else None
            if found is None:
                self.annotation(schema, module, node, where, depth + 1)  # a nested Union, or an alias of one
                continue
            if not isinstance(found[1], ast.ClassDef):
                self.annotation(schema, found[0], found[1], where, depth + 1)
                continue
            tag = self.types.type_literal(found[0], found[1])
            if tag is None:
                continue
            target = self.schemas.tagged(members, tag)
            if target is None:
                self.gap(found[0], found[1].name, where, [f"type={tag}"])
                continue
            self._class(target, found[0], found[1], f"{where}<{tag}>", depth + 1)

    def gap(self, module: _Module, type_name: str, where: str, missing: list[str]) -> None:
        """Record what the spec lacks of an SDK type (or method), merged with what was found of it before."""
        if not missing:
            return
        source = module.file.relative_to(self.types.package.parent).as_posix()
        key = (source, type_name)
        known = self.gaps.get(key)
        merged = tuple(sorted(set(missing) | set(known.missing if known else ())))
        self.gaps[key] = FieldGap(known.where if known else where, type_name, source, merged)


def _optional(node: ast.AnnAssign, partial: bool) -> bool:
    """Whether the SDK may leave a field out: in a TypedDict of total=False (`partial`) unless Required[...], in
    another TypedDict if NotRequired[...], in a model if it has a default (`FieldInfo(alias=...)` alone is none)."""
    annotation = node.annotation
    head = (
        annotation.value.id if isinstance(annotation, ast.Subscript) and isinstance(annotation.value, ast.Name) else ""
    )
    if partial:
        return head != "Required"
    if head == "NotRequired":
        return True
    value = node.value
    if isinstance(value, ast.Call):
        return any(k.arg in ("default", "default_factory") for k in value.keywords) or bool(value.args)
    return value is not None


def _hashable(value: Any) -> Any:
    return value if isinstance(value, (str, int, float, bool)) or value is None else repr(value)


def json_media(node: Any, schemas: _Schemas) -> Any:
    """The schema of an application/json body (of a request or a response), or None."""
    node = schemas.resolve(node)
    content = node.get("content") if isinstance(node, dict) else None
    media = content.get("application/json") if isinstance(content, dict) else None
    return media.get("schema") if isinstance(media, dict) else None


def compare_method(
    comparison: Comparison,
    module: _Module,
    fn: ast.FunctionDef,
    page_model: Annotation | None,
    operation: dict[str, Any],
    name: str,
) -> None:
    """One SDK method against the operation it calls: its response, then the body arguments it takes."""
    schemas = comparison.schemas
    responses = schemas.resolve(operation.get("responses"))
    responses = responses if isinstance(responses, dict) else {}
    success = next((responses[c] for c in ("200", "201", "202") if c in responses), None)
    response = json_media(success, schemas) if success is not None else None
    if response is not None and page_model is not None:
        data = schemas.single(schemas.properties(response).get("data"))
        if data is not None and "items" in data:
            comparison.annotation(data["items"], module, page_model, f"{name}:data[]")
    elif response is not None and fn.returns is not None:
        comparison.annotation(response, module, _without_stream(fn.returns), f"{name}:response")
    stream = operation.get("x-stream")
    if isinstance(stream, dict) and "event-schema" in stream and fn.returns is not None:
        for event in _stream_items(fn.returns):  # Stream[RawMessageStreamEvent]: one event's data
            comparison.annotation(stream["event-schema"], module, event, f"{name}:events")
    body = json_media(operation.get("requestBody"), schemas)
    properties = schemas.properties(body) if body is not None else {}
    for argument in fn.args.kwonlyargs:
        if argument.arg in properties and argument.annotation is not None:
            annotation = argument.annotation
            while isinstance(annotation, ast.BinOp):  # `X | Omit`: the SDK's marker of an omitted argument
                annotation = annotation.left
            comparison.owner = (module, name, argument.arg)
            comparison.annotation(properties[argument.arg], module, annotation, f"{name}:{argument.arg}")
            comparison.owner = None
    if fn.name == operation.get("x-method"):  # not a helper such as parse() or stream(), whose arguments differ
        compare_parameters(comparison, module, fn, operation, name)


def _stream_items(returns: Annotation) -> list[Annotation]:
    """The item types of the `Stream[...]` a method's return annotation names (with `Message | Stream[...]` too)."""
    return [
        node.slice
        for node in ast.walk(returns)
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "Stream"
    ]


def _without_stream(returns: Annotation) -> Annotation:
    """`Message | Stream[...]` as `Message`: the JSON response of a method that can also stream."""
    parts: list[Annotation] = []
    pending = [returns]
    while pending:
        node = pending.pop()
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            pending += [node.right, node.left]
        else:
            parts.append(node)
    kept = [p for p in parts if not _stream_items(p)]
    return kept[0] if len(kept) == 1 and len(parts) > 1 else returns


def wire_names(fn: ast.FunctionDef) -> set[str]:
    """The names a method sends its keyword arguments under: the keys of the dict literals that map one to an
    argument (`{"created_at[gte]": created_at_gte}`, `{"anthropic-workspace-id": workspace_id}`), leaving out the
    tracing attributes (span_attributes=) and the path's arguments (path_template(..., id=id))."""
    arguments = {a.arg for a in fn.args.kwonlyargs}
    skipped: set[int] = set()
    for node in ast.walk(fn):
        if isinstance(node, ast.keyword) and node.arg == "span_attributes":
            skipped.update(id(n) for n in ast.walk(node.value))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "path_template":
            arguments -= {k.arg for k in node.keywords if k.arg}
    names: set[str] = set()
    for node in ast.walk(fn):
        if isinstance(node, ast.Dict) and id(node) not in skipped:
            for key, value in zip(node.keys, node.values):
                if isinstance(key, ast.Constant) and isinstance(value, ast.Name) and value.id in arguments:
                    names.add(str(key.value))
    return names


def compare_parameters(
    comparison: Comparison, module: _Module, fn: ast.FunctionDef, operation: dict[str, Any], name: str
) -> None:
    """What the method sends as a query parameter, header or body field and the operation does not take (an array
    query parameter may be named with `[]`, as `ids[]`)."""
    schemas = comparison.schemas
    taken: set[str] = set()
    parameters = operation.get("parameters")
    for parameter in parameters if isinstance(parameters, list) else []:
        parameter = schemas.resolve(parameter)
        if isinstance(parameter, dict) and isinstance(parameter.get("name"), str):
            # a header's name in any case (HTTP ignores it)
            taken.add(parameter["name"].lower() if parameter.get("in") == "header" else parameter["name"])
    body = schemas.resolve(operation.get("requestBody"))
    content = body.get("content") if isinstance(body, dict) else None
    for media in content.values() if isinstance(content, dict) else []:
        if isinstance(media, dict):
            taken.update(schemas.properties(media.get("schema")))
    missing = sorted(n for n in wire_names(fn) if not {n, f"{n}[]", n.lower()} & taken)
    comparison.gap(module, name, f"{name}:parameters", missing)


def compare_errors(comparison: Comparison, errors: Iterable[tuple[str, Any]]) -> None:
    """The package's error body (types/shared/error_response.py, which every API error is read as) against each
    (where, response) of the spec's 4xx and 5xx responses, each distinct schema once."""
    module = comparison.types.module(comparison.types.package / "types" / "shared" / "error_response")
    if module is None or not isinstance(module.names.get("ErrorResponse"), ast.ClassDef):
        return
    compared: set[int] = set()
    for where, response in errors:
        schema = json_media(response, comparison.schemas)
        resolved = comparison.schemas.resolve(schema)
        if schema is not None and id(resolved) not in compared:
            compared.add(id(resolved))
            comparison.annotation(schema, module, ast.Name("ErrorResponse"), where)


def field_gaps(
    document: dict[str, Any],
    types: SdkTypes,
    methods: Iterator[tuple[Path, ast.FunctionDef, Annotation | None, dict[str, Any], str]],
    errors: Iterable[tuple[str, Any]] = (),
) -> list[FieldGap]:
    """Every gap, for (file, method, page model, operation, name) of each SDK method that calls an operation, and
    for (where, response) of each error response; `types` reads the package."""
    comparison = Comparison(types, document)
    for file, fn, page_model, operation, name in methods:
        module = types.module(file)
        if module is not None:
            compare_method(comparison, module, fn, page_model, operation, name)
    compare_errors(comparison, errors)
    return sorted(comparison.gaps.values(), key=lambda g: (g.source, g.sdk_type))
