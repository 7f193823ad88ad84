"""Bundled OpenAPI document -> IR. Every naming and typing decision is made here."""

from __future__ import annotations

import builtins
import json
import keyword
import re
import sys
from dataclasses import replace
from typing import Any

from datamodel_code_generator.reference import ModelResolver

from generator.ir import Api, Example, Operation, Pagination, Param, Resource, Stream
from generator.load import follow_refs, node_at

# Top-level modules the generated package and its tests import: the package must not be named like one of them.
CLIENT_DEPENDENCIES = {"httpx", "pydantic", "typing_extensions", "pytest", "openapi_core", "anyio"}
HTTP_METHODS = ("get", "post", "put", "patch", "delete")
# Headers the client itself always sets; they never become method arguments.
CLIENT_HEADERS = {"anthropic-version"}
# Names the generated runtime uses inside every method body; parameters must not shadow them.
RESERVED_PARAMS = {"self", "extra_headers", "extra_query", "extra_body", "timeout", "betas", "stream"}


class BuildError(Exception):
    def __init__(self, pointer: str, message: str):
        super().__init__(message)
        self.pointer = pointer
        self.message = message

    def __reduce__(self) -> tuple[type[BuildError], tuple[str, str]]:  # raised again after crossing a process
        return (BuildError, (self.pointer, self.message))


SIGNS = {"+": "plus_", "-": "minus_"}  # a leading sign is spelled out: `+1` and `-1` (reactions) stay two names


def py_identifier(name: str, attribute: bool = False) -> str:
    """The one place spec names become Python identifiers: never a keyword, nor a builtin unless an attribute."""
    name = name.strip()
    if len(name) > 1 and name[0] in SIGNS:
        name = SIGNS[name[0]] + name[1:]
    ident = re.sub(r"\W", "_", name, flags=re.ASCII).strip("_") or "_"
    ident = re.sub(r"_+", "_", ident)
    if ident[0].isdigit():
        ident = "_" + ident
    if keyword.iskeyword(ident) or (not attribute and ident in dir(builtins) and not ident.startswith("_")):
        ident += "_"
    return ident


def _split_union(expr: str) -> list[str]:
    """Members of a top-level Union[...] annotation, else [expr]."""
    if not (expr.startswith("Union[") and expr.endswith("]")):
        return [expr]
    members, depth, start, inner = [], 0, 0, expr[6:-1]
    for i, ch in enumerate(inner):
        depth += ch == "["
        depth -= ch == "]"
        if ch == "," and depth == 0:
            members.append(inner[start:i].strip())
            start = i + 1
    members.append(inner[start:].strip())
    return members


def union(exprs: list[str]) -> str:
    flat = list(dict.fromkeys(m for e in exprs for m in _split_union(e)))
    if "Mapping[str, Any]" in flat:  # keep the plain-dict alternative last
        flat = [m for m in flat if m != "Mapping[str, Any]"] + ["Mapping[str, Any]"]
    return flat[0] if len(flat) == 1 else "Union[" + ", ".join(flat) + "]"


PRIMITIVE_CLASSES = {
    "str": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "None": "type(None)",
    "Any": "object",
}


def runtime_classes(expr: str, module: str = "types") -> str:
    """What isinstance() accepts for a value of the annotation `expr`: `types.Model`, `(types.A, types.B)`, `list`…"""
    members = _split_union(expr[len("Optional[") : -1] if expr.startswith("Optional[") else expr)
    if expr.startswith("Optional["):
        members.append("None")
    classes: list[str] = []
    for member in members:
        if re.fullmatch(r"[A-Za-z_]\w*", member) and member not in PRIMITIVE_CLASSES:
            classes.append(f"{module}.{member}")
        else:
            head = member.split("[", 1)[0]
            literal = head == "Literal" and re.match(r"Literal\[(['\"]|\d)", member)
            classes.append(
                {"list": "list", "dict": "dict"}.get(head)
                or (
                    "str"
                    if literal and literal.group(1) in "'\""
                    else "int" if literal else PRIMITIVE_CLASSES.get(head, "object")
                )
            )
    unique = list(dict.fromkeys(classes))
    return unique[0] if len(unique) == 1 else "(" + ", ".join(unique) + ")"


def qualified(expr: str, module: str = "types") -> str:
    """The annotation with each model name prefixed by `module.` (names inside Literal strings left alone)."""

    def prefix(match: re.Match[str]) -> str:
        token = match.group(0)
        if token[0] in "'\"" or not token[0].isupper() or token in TYPING_NAMES:
            return token
        return f"{module}.{token}"

    return re.sub(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|\b[A-Za-z_]\w*\b", prefix, expr)


# Names the client and resource modules define or import next to the resource classes (templates/package/).
RUNTIME_NAMES = {"Client", "AsyncClient", "SyncClientBase", "AsyncClientBase", "Mapping", "Sequence", "Any", "Literal"}
RUNTIME_NAMES |= {"Optional", "Union", "OMIT", "Omit", "Request", "Stream", "AsyncStream", "SyncPage", "AsyncPage"}
RUNTIME_NAMES |= {"JSONLines", "AsyncJSONLines", "BinaryResponse", "AsyncBinaryResponse", "EventSchema", "FileContent"}
RUNTIME_NAMES |= {"UnknownEvent", "MessageStreamManager", "AsyncMessageStreamManager", "APIResponse", "RateLimits"}

# Names the generated types module imports (pydantic, typing) or the client's modules define next to the models.
TYPES_MODULE_NAMES = {"Annotated", "AwareDatetime", "BaseModel", "ConfigDict", "Field", "RootModel", "Dict", "List"}


def schema_class_names(schemas: dict[str, Any]) -> dict[str, str]:
    """Each schema's class in the types module, which must be its name as written.

    datamodel-code-generator turns `foo`, `Foo-Bar` or `class` into another class name, and numbers the second
    of two that meet (`A_b` and `AB`): build refers to models by schema name, so either would be a wrong or
    silently renamed class. Both are errors here, naming the schemas involved."""
    by_class: dict[str, str] = {}
    for name in sorted(schemas):
        pointer = "/components/schemas/" + name.replace("~", "~0").replace("/", "~1")
        cls = ModelResolver().get_class_name(name, unique=False).name if name else "Field"
        if cls in by_class:
            raise BuildError(
                pointer, f"schemas {by_class[cls]!r} and {name!r} both become class {cls!r} in the types module"
            )
        by_class[cls] = name
    for cls, name in sorted(by_class.items(), key=lambda item: item[1]):
        pointer = "/components/schemas/" + name.replace("~", "~0").replace("/", "~1")
        if cls != name or not name.isidentifier() or keyword.iskeyword(name):
            raise BuildError(pointer, f"schema {name!r} would become class {cls!r} in the types module: rename it")
        if name in TYPING_NAMES or name in TYPES_MODULE_NAMES or name in dir(builtins):
            raise BuildError(pointer, f"schema {name!r} is a name the generated code already uses: rename it")
    return {name: name for name in schemas}


def resource_class_name(parts: tuple[str, ...], models: set[str]) -> str:
    """The resource's class name; `…Resource` where a model has the plain name (the module imports both)."""
    plain = class_name(parts)
    for name in (plain, plain + "Resource"):
        variants = {prefix + name + suffix for prefix in ("", "Async") for suffix in ("", "WithRawResponse")}
        if not variants & models:
            return name
    clash = sorted(variants & models)[0]
    raise BuildError(
        "/paths", f"resource {'.'.join(parts)} gives class {clash}, which a schema of that name already is"
    )


def class_name(parts: tuple[str, ...]) -> str:
    """CamelCase of the parts; `_` before a leading digit or for nothing at all (`1_000` is `_1000`, `_` is `_`),
    and after a keyword or builtin (`none` is `None_`)."""
    name = "".join(p[:1].upper() + p[1:] for part in parts for p in py_identifier(part).split("_") if p)
    name = name if name[:1].isalpha() else "_" + name
    return name + "_" if keyword.iskeyword(name) or name in dir(builtins) else name  # None, True, Exception


def _resolve(doc: dict[str, Any], ref: str) -> tuple[str, dict[str, Any]]:
    """The last token and target of a local ref (lint has checked that it resolves)."""
    return ref.rsplit("/", 1)[1], node_at(doc, ref.removeprefix("#"))


def _deref(doc: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    return _schema(follow_refs(doc, node)[1])


def _schema(node: Any) -> Any:
    """A boolean schema as the object schema it means: `true` any value, `false` none."""
    return ({"not": {}} if node is False else {}) if isinstance(node, bool) else node


def is_file_schema(schema: dict[str, Any]) -> bool:
    """A string of bytes (a file part of a multipart body): format binary or a non-text contentMediaType."""
    media = schema.get("contentMediaType")
    return schema.get("type") == "string" and (
        schema.get("format") == "binary" or (isinstance(media, str) and not media.startswith("text/"))
    )


def is_model_schema(schema: dict[str, Any]) -> bool:
    """Whether datamodel-code-generator makes a BaseModel class of the named schema, under its own name.

    Build refers to these by name; every other named schema is inlined as a type. What is not a BaseModel
    becomes a RootModel, which collapse_root_models removes wherever another schema refers to it, so it must
    never be named: a union (a non-empty oneOf or anyOf, even with `type: object` or properties beside it: its
    members become `Name1`, `Name2`, …), an object that is only a map (additionalProperties, patternProperties,
    propertyNames or a size bound, without properties or allOf), and an object with `items`.
    models.check_classes proves the answer on the generated module."""
    if not isinstance(schema, dict):  # a boolean schema
        return False
    if any(isinstance(schema.get(key), list) and schema[key] for key in ("oneOf", "anyOf")) or "items" in schema:
        return False
    properties = schema.get("properties")
    if isinstance(properties, dict) and properties:
        return True
    if schema.get("type") != "object":
        return False
    bounded = ("patternProperties", "propertyNames", "minProperties", "maxProperties")
    map_only = isinstance(schema.get("additionalProperties"), dict) or any(key in schema for key in bounded)
    return "allOf" in schema or not map_only


class Typer:
    """JSON Schema -> Python annotation, in the vocabulary of the generated types module."""

    def __init__(self, doc: dict[str, Any]):
        self.doc = doc

    def expr(self, schema: dict[str, Any], request: bool) -> str:
        schema = _schema(schema)
        if request and is_file_schema(schema):
            return RUNTIME_FILE_CONTENT
        if "$ref" in schema:
            name, target = _resolve(self.doc, schema["$ref"])
            if is_model_schema(target):
                return f"Union[{name}, Mapping[str, Any]]" if request else name
            return self.expr(target, request)
        if "const" in schema:
            return f"Literal[{schema['const']!r}]"
        if "enum" in schema:
            return "Literal[" + ", ".join(repr(v) for v in schema["enum"]) + "]"
        for key in ("anyOf", "oneOf"):
            if key in schema:
                members = [m for m in map(_schema, schema[key]) if m.get("type") != "null"]
                nullable = len(members) != len(schema[key])
                if schema.get("type") == "object":  # members such as {required: [a]} are objects too
                    members = [m if "type" in m or "$ref" in m else {**m, "type": "object"} for m in members]
                inner = union([self.expr(m, request) for m in members])
                return f"Optional[{inner}]" if nullable else inner
        kind = schema.get("type")
        if isinstance(kind, list):
            members = [{**schema, "type": k} for k in kind if k != "null"]
            inner = self.expr(members[0], request) if len(members) == 1 else self.expr({"anyOf": members}, request)
            return f"Optional[{inner}]" if "null" in kind else inner
        if kind == "array":
            item = self.expr(schema.get("items", {}), request)
            return f"Sequence[{item}]" if request else f"list[{item}]"
        if kind == "object":
            return "Mapping[str, Any]" if request else "dict[str, Any]"
        return {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}.get(
            str(kind), "Any"
        )


def _param(doc: dict[str, Any], typer: Typer, raw: dict[str, Any], pointer: str) -> Param:
    p = _deref(doc, raw)
    wire = p["name"]
    schema = p.get("schema", {})
    if p["in"] not in LOCATION_ORDER[1:]:
        raise BuildError(pointer, f"parameter {wire!r} is in {p['in']!r}: the client sends path, query and header ones")
    styles = PARAM_STYLES.get(p["in"], ("simple",))  # the first is OpenAPI's default for the location
    style = p.get("style", styles[0])
    explode = bool(p.get("explode", style == "form"))
    if style not in styles:
        raise BuildError(
            pointer,
            f"parameter {wire!r} ({p['in']}) has style {style!r}, which the client does not send: use "
            + " or ".join(styles),
        )
    return Param(
        wire_name=wire,
        py_name=py_identifier(_base_name(wire, p["in"])),  # a leading sign is spelled out; other dashes become _
        location=p["in"],
        type_expr=typer.expr(schema, request=True),
        required=bool(p.get("required")),
        description=_one_line(p.get("description", "")),
        example=json.dumps(p["example"]) if "example" in p else "",
        style=style if p["in"] == "query" and (style, explode) != ("form", True) else "",
        explode=explode,
    )


# The styles the client serialises, by location, OpenAPI's default first; elsewhere only "simple".
PARAM_STYLES = {"query": ("form", "spaceDelimited", "pipeDelimited", "deepObject")}


def _base_name(wire: str, location: str) -> str:
    """What a parameter's Python name is made from: `ids[]` is `ids`, header `anthropic-beta` is `beta`."""
    base = wire.removesuffix("[]")
    return base.lower().removeprefix("anthropic-") if location == "header" else base


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _first_example(media: dict[str, Any]) -> Any:
    if "example" in media:
        return media["example"]
    for ex in (media.get("examples") or {}).values():
        if isinstance(ex, dict) and "value" in ex:
            return ex["value"]
    return None


def _example(doc: dict[str, Any], status: int, response: dict[str, Any], content_type: str) -> Example | None:
    media = response.get("content", {}).get(content_type)
    if media is None:
        return None
    value = _first_example(media)
    if value is None:
        return None
    body = value if isinstance(value, str) else json.dumps(value, sort_keys=False, ensure_ascii=False)
    headers = []
    for name, header in sorted((response.get("headers") or {}).items()):
        h = _deref(doc, header)
        if "example" in h:
            headers.append((name, str(h["example"])))
    return Example(status, content_type, body, tuple(headers))


# Which of the parameters that share one name keeps it (the others are suffixed by their location).
LOCATION_ORDER = ("body", "path", "query", "header")


def _one_name_in_two_places(params: list[Param], body: list[Param]) -> tuple[list[Param], list[Param]]:
    """OpenAPI tells parameters apart by name and location, so one name may be a path parameter and a body field
    (GitHub's `PATCH .../variables/{name}` renames the variable `name`). The body's (else the path's, the
    query's) keeps the Python name; each other takes its location as a suffix (`name_path`, `from_header`), as
    openapi-python-client names them. Names that only meet once sanitised (`a-b`, `a_b`) are left to the
    collision check."""
    groups: dict[str, list[Param]] = {}
    for p in [*params, *body]:
        groups.setdefault(p.py_name, []).append(p)
    renamed: dict[int, Param] = {}
    for group in groups.values():
        wire_names = {_base_name(p.wire_name, p.location) for p in group}
        locations = [p.location for p in group]
        if len(group) > 1 and len(wire_names) == 1 and len(set(locations)) == len(locations):
            keep = min(group, key=lambda p: LOCATION_ORDER.index(p.location))
            for p in group:
                if p is not keep:
                    renamed[id(p)] = replace(
                        p, py_name=py_identifier(f"{_base_name(p.wire_name, p.location)}_{p.location}")
                    )
    return [renamed.get(id(p), p) for p in params], [renamed.get(id(p), p) for p in body]


def _operation(
    doc: dict[str, Any], typer: Typer, path: str, method: str, op: dict[str, Any], shared: list[Any]
) -> Operation:
    pointer = f"/paths/{path.replace('~', '~0').replace('/', '~1')}/{method}"
    params = [_param(doc, typer, p, pointer) for p in [*shared, *op.get("parameters", [])]]
    params = [p for p in params if p.wire_name.lower() not in CLIENT_HEADERS]
    body_params: list[Param] = []
    request_example = None
    body_encoding = ""
    _check_extensions(op, pointer)
    stream_ext = op.get("x-stream")
    request_field = str(stream_ext.get("request-field", "")) if stream_ext else ""
    body = op.get("requestBody")
    body_content_type = ""
    if body is not None:
        request_body = _deref(doc, body)
        content = request_body.get("content", {})
        if not content:
            raise BuildError(pointer + "/requestBody", "a request body needs at least one media type under content")
        media_type, body_encoding, body_content_type = body_media_type(content)
        media = content[media_type]
        schema = _deref(doc, media.get("schema", {}))
        required = set(schema.get("required", []))
        fields = schema.get("properties", {})
        if body_encoding == "json" and not fields:  # an array, a union, a map, anything: no fields to take apart
            body_encoding = "json_value"
        if body_encoding in ("raw", "json_value"):  # the whole body is one argument, `body`
            fields = {}
            if body_encoding == "json_value":
                body_type = typer.expr(media.get("schema", {}), request=True)
            else:  # text, or the bytes of a file
                body_type = "str" if body_content_type.startswith("text/") else RUNTIME_FILE_CONTENT
            about = _one_line(request_body.get("description", ""))
            body_params.append(Param("", "body", "body", body_type, bool(request_body.get("required")), about))
        for name, prop in fields.items():
            if name == request_field:
                continue
            type_expr = typer.expr(prop, request=True)
            body_params.append(
                Param(
                    name,
                    py_identifier(_base_name(name, "body")),
                    "body",
                    type_expr,
                    name in required,
                    _one_line(_deref(doc, prop).get("description", "")),
                    file=body_encoding == "multipart" and RUNTIME_FILE_CONTENT in type_expr,
                )
            )
        example = _first_example(media)
        request_example = json.dumps(example, ensure_ascii=False) if example is not None else None
    params, body_params = _one_name_in_two_places(params, body_params)
    header_params = [p for p in params if p.location == "header" and p.wire_name.lower() != "anthropic-beta"]
    all_params = [*params, *body_params]
    seen: dict[str, str] = {}
    for p in all_params:
        source = f"{p.wire_name!r} ({p.location})" if p.wire_name else "the request body"
        if p.py_name in RESERVED_PARAMS or p.py_name in seen:
            other = seen.get(p.py_name, "the generated method itself")
            what = f"parameter {source}" if p.wire_name else source
            raise BuildError(pointer, f"{what} becomes {p.py_name!r}, which {other} already uses")
        seen[p.py_name] = source

    ok = _deref(doc, op.get("responses", {}).get("200") or op.get("responses", {}).get("201") or {"description": ""})
    content = ok.get("content", {})
    response_kind, response_type, response_model, response_content_type = "none", "None", "", ""
    binary = [ct for ct in content if ct.split(";")[0].strip() in BINARY_CONTENT_TYPES]
    if "application/json" in content:
        response_kind, response_content_type = "json", "application/json"
        response_type = typer.expr(content["application/json"].get("schema", {}), request=False)
        response_model = response_type
    elif "application/x-jsonl" in content:
        response_kind, response_content_type = "jsonl", "application/x-jsonl"
        item_schema = content["application/x-jsonl"].get("x-item-schema", {})
        if not isinstance(item_schema, (dict, bool)):
            code = "200" if op.get("responses", {}).get("200") else "201"
            where = follow_refs(doc, op["responses"][code], f"{pointer}/responses/{code}")[0]
            message = f"x-item-schema must be a schema, not {item_schema!r}"
            raise BuildError(f"{where}/content/application~1x-jsonl/x-item-schema", message)
        response_model = typer.expr(item_schema, request=False)
        response_type = response_model
    elif binary:
        response_kind, response_type, response_content_type = "binary", RUNTIME_BINARY, binary[0]
    elif "text/event-stream" in content:
        if not stream_ext:
            raise BuildError(pointer, "an event-stream response needs x-stream")
        response_kind, response_content_type = "sse", "text/event-stream"
    accept = ", ".join(binary) if binary else response_content_type or "application/json"

    pagination = None
    if op.get("x-pagination") is not None:  # null is no pagination, as for the other extensions
        ext = op["x-pagination"]
        page_schema = _deref(doc, content.get("application/json", {}).get("schema", {}))
        items = page_schema.get("properties", {}).get(ext["items"])
        if not isinstance(items, dict):
            raise BuildError(pointer + "/x-pagination", f"the 200 response has no array field {ext['items']!r}")
        pagination = Pagination(ext["scheme"], ext["items"], typer.expr(items.get("items", {}), request=False))
        response_type = pagination.item_type
    stream = None
    if stream_ext:
        event_schema = stream_ext["event-schema"]
        mapping = _deref(doc, event_schema).get("discriminator", {}).get("mapping", {})
        stream = Stream(
            request_field=request_field,
            event_type=union([typer.expr(event_schema, request=False), RUNTIME_UNKNOWN_EVENT]),
            event_model=(
                _resolve(doc, event_schema["$ref"])[0]
                if "$ref" in event_schema
                else typer.expr(event_schema, request=False)
            ),
            event_names=tuple(sorted(mapping)),
            ignored_events=tuple(stream_ext.get("ignored-events", [])),
            error_event=stream_ext.get("error-event", "error"),
            accumulate_method=(
                py_identifier(str(stream_ext["accumulate"]["method"]), attribute=True)
                if "accumulate" in stream_ext
                else ""
            ),
        )
    response_example = None
    for ct in ("application/json", "application/x-jsonl"):
        response_example = response_example or _example(doc, 200, ok, ct)
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", str(op.get("operationId"))):
        raise BuildError(
            pointer + "/operationId",
            f"operationId {op.get('operationId')!r} must be snake_case: the generated tests are named after it",
        )
    declared = {p.wire_name for p in params if p.location == "path"}
    for name in re.findall(r"\{([^}]+)\}", path):
        if name not in declared:
            raise BuildError(pointer, f"path variable {{{name}}} has no `in: path` parameter: the URL cannot be built")
    limit = op.get("x-max-request-bytes")
    if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool) or limit <= 0):
        raise BuildError(
            pointer + "/x-max-request-bytes", f"x-max-request-bytes must be a positive integer, not {limit!r}"
        )
    return Operation(
        operation_id=op["operationId"],
        method_name=py_identifier(op["x-method"], attribute=True),
        http_method=method.upper(),
        path=path,
        summary=_one_line(op.get("summary", "")),
        description=_one_line(op.get("description", "")),
        path_params=tuple(p for p in params if p.location == "path"),
        query_params=tuple(p for p in params if p.location == "query"),
        header_params=tuple(header_params),
        body_params=tuple(body_params),
        body_encoding=body_encoding,
        body_content_type=body_content_type,
        response_kind=response_kind,
        response_content_type=response_content_type,
        accept=accept,
        response_type=response_type,
        response_model=response_model,
        pagination=pagination,
        stream=stream,
        max_request_bytes=limit,
        betas=tuple(op.get("x-betas") or ()),
        request_example=request_example,
        response_example=response_example,
        stream_example=_example(doc, 200, ok, "text/event-stream") if stream_ext else None,
        error_examples=tuple(
            ex
            for status, response in sorted(op.get("responses", {}).items())
            if str(status).isdigit() and int(status) >= 400
            for ex in [_example(doc, int(status), _deref(doc, response), "application/json")]
            if ex is not None
        ),
    )


def _check_extensions(op: dict[str, Any], pointer: str) -> None:
    """The shapes of the x- extensions build reads: lint checks them, unless its API rules are turned off."""
    shapes: list[tuple[str, Any, Any, str]] = [
        ("x-pagination", op.get("x-pagination"), dict, "a mapping"),
        ("x-stream", op.get("x-stream"), dict, "a mapping"),
        ("x-betas", op.get("x-betas"), list, "a list"),
    ]
    pagination, stream = op.get("x-pagination"), op.get("x-stream")
    if isinstance(pagination, dict):
        shapes += [("x-pagination/scheme", pagination.get("scheme"), str, "id_cursor or page_cursor")]
        shapes += [("x-pagination/items", pagination.get("items"), str, "the name of the array field")]
    if isinstance(stream, dict):
        shapes += [("x-stream/event-schema", stream.get("event-schema"), dict, "a schema")]
        shapes += [("x-stream/error-event", stream.get("error-event", "error"), str, "an event name")]
        ignored = stream.get("ignored-events", [])
        shapes += [("x-stream/ignored-events", ignored, list, "a list of event names")]
        if isinstance(ignored, list):
            shapes += [(f"x-stream/ignored-events/{i}", e, str, "an event name") for i, e in enumerate(ignored)]
        accumulate = stream.get("accumulate", {})
        shapes += [("x-stream/accumulate", accumulate, dict, "a mapping")]
        if isinstance(accumulate, dict) and accumulate:
            shapes += [("x-stream/accumulate/method", accumulate.get("method"), str, "a method name")]
    betas = op.get("x-betas")
    if isinstance(betas, list):
        shapes += [(f"x-betas/{i}", beta, str, "a beta name") for i, beta in enumerate(betas)]
    for key, value, kind, what in shapes:
        if key in ("x-pagination", "x-stream", "x-betas") and value is None:
            continue
        if not isinstance(value, kind):
            raise BuildError(f"{pointer}/{key}", f"{key} must be {what}, not {value!r}")


RUNTIME_UNKNOWN_EVENT = "UnknownEvent"  # the runtime's class for events the spec does not name
RUNTIME_FILE_CONTENT = "FileContent"  # the runtime's type of a file argument (bytes, a file, a path, a tuple)
RUNTIME_BINARY = "BinaryResponse"  # the runtime's streamed binary body
TYPING_NAMES = {"Any", "Literal", "Mapping", "Optional", "Sequence", "Union", "None"}
TYPING_NAMES |= {RUNTIME_UNKNOWN_EVENT, RUNTIME_FILE_CONTENT, RUNTIME_BINARY}
# Request media types the client encodes from keyword arguments, in the order of preference; any other is "raw".
BODY_ENCODINGS = {
    "application/json": "json",
    "multipart/form-data": "multipart",
    "application/x-www-form-urlencoded": "form",
}


def _essence(media_type: str) -> str:
    """`Application/JSON; charset=utf-8` is `application/json`."""
    return media_type.split(";")[0].strip().lower()


def body_media_type(content: dict[str, Any]) -> tuple[str, str, str]:
    """The media type of a request body's `content` that the client sends, how it encodes it and the content-type
    header it names ("" for forms, whose header httpx writes): JSON (or a `+json` type) first, then multipart,
    then a form; else the first listed, sent as it is (a range such as `text/*` or `*/*` as its plainest type, text
    with its charset)."""
    for wanted, encoding in BODY_ENCODINGS.items():
        for media_type in content:
            essence = _essence(media_type)
            if essence == wanted or (encoding == "json" and essence.endswith("+json")):
                if encoding != "json":
                    return media_type, encoding, ""
                return media_type, encoding, "application/json" if "*" in essence else essence
    media_type = next(iter(content))
    essence = _essence(media_type)
    if "*" in essence or "/" not in essence:
        essence = "text/plain" if essence.startswith("text/") else "application/octet-stream"
    if essence.startswith("text/"):  # the client sends text as UTF-8; text/plain without a charset is US-ASCII
        essence += "; charset=utf-8"
    return media_type, "raw", essence


BINARY_CONTENT_TYPES = {"application/octet-stream", "application/binary"}


def _model_names(op: Operation) -> set[str]:
    exprs = [p.type_expr for p in (*op.path_params, *op.query_params, *op.header_params, *op.body_params)]
    exprs += [op.response_type, op.response_model]
    if op.stream:
        exprs += [op.stream.event_type, op.stream.event_model]
    names = {m for e in exprs for m in re.findall(r"\b[A-Za-z_]\w*\b", re.sub(r"'[^']*'", "", e))}
    return {n for n in names if n[:1].isupper() and n not in TYPING_NAMES}


def names(doc: dict[str, Any], package: str | None = None) -> tuple[str, str]:
    """The API's title and the generated package's name (the command line's, else info.x-python-package)."""
    info = doc.get("info") if isinstance(doc.get("info"), dict) else {}  # also before the lint has seen it
    package = package or py_identifier(str(info.get("x-python-package") or info.get("title", "api")).lower())
    return str(info.get("title", "API")), package


def build(doc: dict[str, Any], package: str | None = None) -> Api:
    typer = Typer(doc)
    by_resource: dict[tuple[str, ...], list[Operation]] = {}
    resource_names: dict[tuple[str, ...], tuple[str, str]] = {}  # sanitized path -> (x-resource, its pointer)
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                op = item[method]
                pointer = f"/paths/{path.replace('~', '~0').replace('/', '~1')}/{method}"
                missing = [key for key in ("x-resource", "x-method") if not isinstance(op.get(key), str)]
                if missing:
                    raise BuildError(
                        pointer, f"the operation has no {' or '.join(missing)}: the client names its methods by them"
                    )
                parts = tuple(py_identifier(p, attribute=True) for p in str(op["x-resource"]).split("."))
                first = resource_names.setdefault(parts, (str(op["x-resource"]), pointer + "/x-resource"))
                if first[0] != str(op["x-resource"]):
                    raise BuildError(
                        pointer + "/x-resource",
                        f"x-resource {str(op['x-resource'])!r} and {first[0]!r} (#{first[1]}) both become"
                        f" resource {'.'.join(parts)!r}",
                    )
                by_resource.setdefault(parts, []).append(
                    _operation(doc, typer, path, method, op, item.get("parameters", []))
                )
    # every prefix of a resource path is a resource too (messages for messages.batches)
    for parts in list(by_resource):
        for i in range(1, len(parts)):
            by_resource.setdefault(parts[:i], [])

    def make(parts: tuple[str, ...]) -> Resource:
        children = sorted(p for p in by_resource if len(p) == len(parts) + 1 and p[: len(parts)] == parts)
        ops = sorted(by_resource[parts], key=lambda o: o.method_name)
        helpers = [o.stream.accumulate_method for o in ops if o.stream and o.stream.accumulate_method]
        members = [(o.method_name, f"operation {o.operation_id!r}") for o in ops]
        members += [(h, f"the stream helper {h!r}") for h in helpers]
        members += [(c[-1], f"the resource {'.'.join(c)!r}") for c in children]
        seen: dict[str, str] = {}
        for name, source in sorted(members):
            if name in seen:
                raise BuildError(
                    "/paths", f"resource {'.'.join(parts)}: {seen[name]} and {source} both become member {name!r}"
                )
            seen[name] = source
        kids = tuple(make(c) for c in children)
        used = {name for op in ops for name in _model_names(op)} | {name for kid in kids for name in kid.model_imports}
        return Resource(parts, parts[-1], resource_class_name(parts, models), tuple(ops), kids, tuple(sorted(used)))

    models = set(schema_class_names(doc.get("components", {}).get("schemas", {})))

    resources = tuple(make(p) for p in sorted(p for p in by_resource if len(p) == 1))
    classes: dict[str, str] = {}
    stack = list(resources)
    while stack:  # the client module imports every resource class: two of one name would shadow each other
        r = stack.pop()
        stack.extend(r.children)
        clash = sorted(RUNTIME_NAMES & {a + r.class_name + b for a in ("", "Async") for b in ("", "WithRawResponse")})
        if clash:
            raise BuildError(
                "/paths", f"resource {'.'.join(r.path)!r} gives class {clash[0]!r}, a name the generated runtime uses"
            )
        if r.class_name in classes:
            raise BuildError(
                "/paths",
                f"resources {classes[r.class_name]!r} and {'.'.join(r.path)!r} both become class {r.class_name!r}",
            )
        classes[r.class_name] = ".".join(r.path)

    title, package = names(doc, package)
    if package == "tests" or package in sys.stdlib_module_names or package in CLIENT_DEPENDENCIES:
        raise BuildError(
            "/info/x-python-package",
            f"package {package!r} would be the generated tests directory or shadow a module the client imports",
        )
    version_param = _deref(doc, doc.get("components", {}).get("parameters", {}).get("AnthropicVersion", {"name": ""}))
    return Api(
        title=title,
        version=str(doc.get("info", {}).get("version", "")),
        package=package,
        base_url=str((doc.get("servers") or [{"url": "http://localhost"}])[0]["url"]),
        api_version_header=str(_deref(doc, version_param.get("schema", {})).get("default", "")),
        resources=resources,
        rate_limit_kinds=_rate_limit_kinds(doc),
    )


def _rate_limit_kinds(doc: dict[str, Any]) -> tuple[str, ...]:
    """The <kind> of every anthropic-ratelimit-<kind>-limit header any response declares."""
    names: set[str] = set()
    responses = [
        r
        for item in doc.get("paths", {}).values()
        for m in HTTP_METHODS
        if m in item
        for r in item[m].get("responses", {}).values()
    ]
    for response in [*responses, *doc.get("components", {}).get("responses", {}).values()]:
        names.update(str(n).lower() for n in _deref(doc, response).get("headers", {}))
    kinds = {m.group(1) for n in names for m in [re.fullmatch(r"anthropic-ratelimit-([a-z-]+)-limit", n)] if m}
    return tuple(sorted(kinds))
