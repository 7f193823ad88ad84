"""The project's own rules: names, the x- extensions of DESIGN.md, examples and YAML dates."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, relevance
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator.lint.findings import Finding, register
from generator.load import Loaded, escape, follow_refs, join, node_at, unescape

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SNAKE = re.compile(r"[a-z][a-z0-9_]*")
DOTTED_SNAKE = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*")
BETA = re.compile(r"[a-z0-9-]+-\d{4}-\d{2}-\d{2}")
PAGINATION = {  # scheme -> (query parameters, response properties)
    "id_cursor": ({"limit", "after_id", "before_id"}, {"has_more", "first_id", "last_id"}),
    "page_cursor": ({"limit", "page"}, {"next_page"}),
}
ACCUMULATORS = ("message",)  # stream protocols the runtime can build a final result from
SPEC_URI = "urn:spec"  # the bundled document's URI in the jsonschema registry
ERROR_SCHEMA = "/components/schemas/ErrorResponse"
MESSAGE_LIMIT = 240


def _dict(node: Any) -> dict[str, Any]:
    return node if isinstance(node, dict) else {}


def _list(node: Any) -> list[Any]:
    return node if isinstance(node, list) else []


def _all_of(doc: dict[str, Any], schema: Any, seen: tuple[str, ...] = ()) -> Iterator[dict[str, Any] | None]:
    """`schema` and its `allOf` members, through local `$ref`s, members first; None for one that cannot be read:
    a `$ref` out of the document, dangling, or back to a schema on the way (a cycle)."""
    pointer, node = follow_refs(doc, schema)
    external = isinstance(node, dict) and isinstance(node.get("$ref"), str)
    if not isinstance(node, dict) or external or pointer in seen:
        yield None
        return
    for part in _list(node.get("allOf")):
        yield from _all_of(doc, part, (*seen, pointer) if pointer else seen)
    yield node


def _properties(doc: dict[str, Any], schema: Any) -> dict[str, Any]:
    """The properties of an object schema, through local `$ref`s and `allOf`, each resolved."""
    props: dict[str, Any] = {}
    for part in _all_of(doc, schema):
        for name, prop in _dict(_dict(part).get("properties")).items():
            props[name] = follow_refs(doc, prop)[1]
    return props


def _has_type(schema: Any, type_: str) -> bool:
    declared = _dict(schema).get("type")
    return declared == type_ or (isinstance(declared, list) and type_ in declared)


def _json_schema(doc: dict[str, Any], holder: Any) -> Any:
    """The `application/json` schema of a request body or response (refs followed), or None."""
    content = _dict(_dict(follow_refs(doc, holder)[1]).get("content"))
    return _dict(content.get("application/json")).get("schema")


@dataclass(frozen=True)
class _Operation:
    pointer: str
    method: str
    node: dict[str, Any]
    params: list[tuple[str, dict[str, Any]]]  # resolved path-level and operation parameters, by pointer


@dataclass
class _Spec:
    loaded: Loaded
    operations: list[_Operation]

    @property
    def doc(self) -> dict[str, Any]:
        return self.loaded.document

    def at(self, pointer: str, rule: str, message: str) -> Finding:
        return Finding.at(self.loaded.sources, pointer, rule, message)

    def where(self, pointer: str) -> str:
        return str(self.loaded.sources.find(pointer) or f"#{pointer}")

    def response(self, op: _Operation, status: str) -> Any:
        return _dict(op.node.get("responses")).get(status)


Rule = Callable[[_Spec], Iterator[Finding]]
RULES: list[tuple[str, Rule]] = []  # (scope, rule), in the order they run


def rule(id: str, severity: str, scope: str, rationale: str, fix: str) -> Callable[[Rule], Rule]:
    """Register a rule function under `id` (its findings carry that id) with its catalog entry."""

    def decorate(function: Rule) -> Rule:
        register(id, severity, scope, rationale, fix)
        RULES.append((scope, function))
        return function

    return decorate


def operations(doc: dict[str, Any]) -> Iterator[_Operation]:
    """Each operation (path items' refs followed) with its parameters, refs followed: the path item's and its own,
    its own replacing one of the same name and place."""
    for path, item in _dict(doc.get("paths")).items():
        item_pointer, item = follow_refs(doc, item, join("/paths", path))
        item = _dict(item)
        for method in HTTP_METHODS:
            if not isinstance(item.get(method), dict):
                continue
            pointer = join(item_pointer, method)
            params: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
            for base, node in ((item_pointer, item), (pointer, item[method])):
                for i, param in enumerate(_list(node.get("parameters"))):
                    param_pointer, param = follow_refs(doc, param, join(join(base, "parameters"), i))
                    # one of another name or place the structural check reports; the rules take it as not there
                    if (
                        isinstance(param, dict)
                        and isinstance(param.get("name"), str)
                        and isinstance(param.get("in"), str)
                    ):
                        params[(param["name"], param["in"])] = (param_pointer, param)
            yield _Operation(pointer, method, item[method], list(params.values()))


@rule(
    "operation-id",
    "error",
    "oas",
    "generators and docs name operations by operationId; a missing or repeated one breaks them",
    "give every operation a unique operationId",
)
def _operation_id(spec: _Spec) -> Iterator[Finding]:
    """operationId: present and unique."""
    first: dict[str, str] = {}
    for op in spec.operations:
        op_id, pointer = op.node.get("operationId"), join(op.pointer, "operationId")
        if op_id is None:
            yield spec.at(op.pointer, "operation-id", "operation has no operationId")
        elif not isinstance(op_id, str):
            continue  # the structural check says what it must be
        elif op_id in first:
            yield spec.at(
                pointer, "operation-id", f"operationId {op_id!r} is already used at {spec.where(first[op_id])}"
            )
        else:
            first[op_id] = pointer


@rule(
    "operation-id-case",
    "error",
    "api",
    "generated names and the generator's tests assume snake_case operationIds",
    "rename the operationId to snake_case",
)
def _operation_id_case(spec: _Spec) -> Iterator[Finding]:
    """operationId: snake_case."""
    for op in spec.operations:
        op_id = op.node.get("operationId")
        if op_id is not None and (not isinstance(op_id, str) or not SNAKE.fullmatch(op_id)):
            yield spec.at(
                join(op.pointer, "operationId"), "operation-id-case", f"operationId {op_id!r} is not snake_case"
            )


@rule(
    "x-resource-method",
    "error",
    "api",
    "the client's method names come from x-resource and x-method, never from guesses",
    "add x-resource (dotted snake_case) and x-method (snake_case), unique as a pair",
)
def _resource_method(spec: _Spec) -> Iterator[Finding]:
    """x-resource (dotted snake_case) and x-method (snake_case): present, and unique as a pair."""
    first: dict[tuple[str, str], str] = {}
    for op in spec.operations:
        valid = True
        for key, pattern, shape in (
            ("x-resource", DOTTED_SNAKE, "dot-separated snake_case"),
            ("x-method", SNAKE, "snake_case"),
        ):
            value = op.node.get(key)
            if value is None:
                yield spec.at(op.pointer, "x-resource-method", f"operation has no {key}")
            elif not isinstance(value, str) or not pattern.fullmatch(value):
                yield spec.at(join(op.pointer, key), "x-resource-method", f"{key} {value!r} is not {shape}")
            else:
                continue
            valid = False
        if not valid:
            continue
        pair, pointer = (op.node["x-resource"], op.node["x-method"]), join(op.pointer, "x-method")
        if pair in first:
            name = ".".join(pair)
            yield spec.at(pointer, "x-resource-method", f"{name} is already used at {spec.where(first[pair])}")
        else:
            first[pair] = pointer


@rule(
    "x-pagination",
    "error",
    "api",
    "auto-pagination is generated from x-pagination; a mismatch with the parameters is a broken client",
    "declare x-pagination {scheme: id_cursor|page_cursor, items: the array field} with the scheme's parameters and fields",
)
def _pagination(spec: _Spec) -> Iterator[Finding]:
    """x-pagination: a known scheme whose parameters and response fields exist; pages and lists must declare it."""
    for op in spec.operations:
        page, pointer = op.node.get("x-pagination"), join(op.pointer, "x-pagination")
        schema = _json_schema(spec.doc, spec.response(op, "200"))
        props = _properties(spec.doc, schema)
        if page is None:
            if (
                op.method == "get"
                and _has_type(props.get("data"), "array")
                and {"has_more", "next_page"} & props.keys()
            ):
                yield spec.at(
                    op.pointer,
                    "x-pagination",
                    "the 200 response is a page (array data plus has_more or next_page) but there is no x-pagination",
                )
            elif op.node.get("x-method") == "list":
                yield spec.at(op.pointer, "x-pagination", "a list operation (x-method: list) has no x-pagination")
            continue
        if not isinstance(page, dict):
            yield spec.at(pointer, "x-pagination", "x-pagination must be a mapping with scheme and items")
            continue
        scheme, items = page.get("scheme"), page.get("items")
        if not isinstance(scheme, str) or scheme not in PAGINATION:
            yield spec.at(
                join(pointer, "scheme"), "x-pagination", f"scheme {scheme!r} is not one of {', '.join(PAGINATION)}"
            )
        if schema is None:
            yield spec.at(pointer, "x-pagination", "a paginated operation needs a 200 application/json response schema")
            continue
        if not isinstance(items, str) or not _has_type(props.get(items), "array"):
            yield spec.at(
                join(pointer, "items"), "x-pagination", f"items {items!r} is not an array property of the 200 response"
            )
        if isinstance(scheme, str) and scheme in PAGINATION:
            params, fields = PAGINATION[scheme]
            if missing := sorted(params - {p.get("name") for _, p in op.params if p.get("in") == "query"}):
                yield spec.at(pointer, "x-pagination", f"{scheme} needs query parameters: {', '.join(missing)}")
            if missing := sorted(fields - props.keys()):
                yield spec.at(pointer, "x-pagination", f"{scheme} needs 200 response properties: {', '.join(missing)}")


@rule(
    "x-max-request-bytes",
    "error",
    "api",
    "the client refuses oversized bodies before sending; the server answers 413 otherwise",
    "add x-max-request-bytes (a positive integer) and a 413 response to each operation with a requestBody",
)
def _max_request_bytes(spec: _Spec) -> Iterator[Finding]:
    """An operation with a request body has a positive x-max-request-bytes and a 413 response."""
    for op in spec.operations:
        if "requestBody" not in op.node:
            continue
        limit = op.node.get("x-max-request-bytes")
        if limit is None:
            yield spec.at(op.pointer, "x-max-request-bytes", "operation has a requestBody but no x-max-request-bytes")
        elif isinstance(limit, bool) or not isinstance(limit, int) or limit <= 0:
            pointer = join(op.pointer, "x-max-request-bytes")
            yield spec.at(
                pointer, "x-max-request-bytes", f"x-max-request-bytes must be a positive integer, not {limit!r}"
            )
        if "413" not in _dict(op.node.get("responses")):
            yield spec.at(
                join(op.pointer, "responses"), "x-max-request-bytes", "operation has a requestBody but no 413 response"
            )


@rule(
    "x-stream",
    "error",
    "api",
    "SSE decoding is generated from x-stream; a stream the spec does not declare cannot be decoded",
    "declare x-stream {request-field, event-schema} and a 200 text/event-stream response",
)
def _stream(spec: _Spec) -> Iterator[Finding]:
    """x-stream: its request field (if any), event schema and SSE response exist; a `stream` body flag requires it."""
    for op in spec.operations:
        stream, pointer = op.node.get("x-stream"), join(op.pointer, "x-stream")
        body = _properties(spec.doc, _json_schema(spec.doc, op.node.get("requestBody")))
        if stream is None:
            if _has_type(body.get("stream"), "boolean"):
                yield spec.at(
                    op.pointer, "x-stream", "the JSON request body has a boolean `stream` but there is no x-stream"
                )
            continue
        if not isinstance(stream, dict):
            yield spec.at(pointer, "x-stream", "x-stream must be a mapping")
            continue
        field = stream.get("request-field")  # absent: the operation always streams
        if "request-field" in stream and (not isinstance(field, str) or not _has_type(body.get(field), "boolean")):
            message = f"request-field {field!r} is not a boolean property of the JSON request body"
            yield spec.at(join(pointer, "request-field"), "x-stream", message)
        if not isinstance(follow_refs(spec.doc, stream.get("event-schema"))[1], dict):
            yield spec.at(join(pointer, "event-schema"), "x-stream", "event-schema does not resolve to a schema")
        ignored = stream.get("ignored-events", [])
        if not isinstance(ignored, list) or not all(isinstance(name, str) for name in ignored):
            yield spec.at(join(pointer, "ignored-events"), "x-stream", "ignored-events must be a list of event names")
        if not isinstance(stream.get("error-event", ""), str):
            yield spec.at(join(pointer, "error-event"), "x-stream", "error-event must be an event name")
        content = _dict(_dict(follow_refs(spec.doc, spec.response(op, "200"))[1]).get("content"))
        if "text/event-stream" not in content:
            yield spec.at(pointer, "x-stream", "x-stream needs a 200 response with text/event-stream content")
        if "accumulate" in stream:
            accumulate, where = _dict(stream.get("accumulate")), join(pointer, "accumulate")
            if accumulate.get("protocol") not in ACCUMULATORS:
                message = f"accumulate.protocol must be one of {', '.join(ACCUMULATORS)}"
                yield spec.at(where, "x-stream", message)
            if not isinstance(accumulate.get("method"), str) or not SNAKE.fullmatch(accumulate["method"]):
                yield spec.at(where, "x-stream", "accumulate.method must be the snake_case name of the helper method")
            if "request-field" not in stream or "application/json" not in content:
                message = "accumulate needs a request-field and a JSON 200 response (the message the events build)"
                yield spec.at(where, "x-stream", message)


def _is_beta(op: _Operation) -> bool:
    """A beta operation: its x-resource's first segment is `beta` (the official SDK's `client.beta.*`)."""
    resource = op.node.get("x-resource")
    return isinstance(resource, str) and resource.split(".", 1)[0] == "beta"


@rule(
    "x-betas",
    "error",
    "api",
    "the client sends x-betas as anthropic-beta by default; a malformed name is rejected by the API",
    "list beta names like files-api-2025-04-14 in x-betas; `x-betas: []` only on beta operations that send none",
)
def _betas(spec: _Spec) -> Iterator[Finding]:
    """x-betas: a list of beta names such as files-api-2025-04-14; empty only as a beta operation's opt-out."""
    for op in spec.operations:
        if "x-betas" not in op.node:
            continue
        betas, pointer = op.node["x-betas"], join(op.pointer, "x-betas")
        if not isinstance(betas, list):
            yield spec.at(pointer, "x-betas", "x-betas must be a list of beta names")
            continue
        if not betas and not _is_beta(op):
            message = (
                "an empty x-betas is the opt-out of beta operations (x-resource beta.*): list beta names or drop it"
            )
            yield spec.at(pointer, "x-betas", message)
        for i, beta in enumerate(betas):
            if not isinstance(beta, str) or not BETA.fullmatch(beta):
                message = f"{beta!r} is not a beta name like files-api-2025-04-14"
                yield spec.at(join(pointer, i), "x-betas", message)


@rule(
    "beta-operation-betas",
    "error",
    "api",
    "a beta operation (x-resource beta.*) must say which anthropic-beta values the client sends by default, "
    "even none; x-betas on other operations is allowed (oauth.token sends oauth-2025-04-20)",
    "add x-betas: [the beta names] to the operation, or x-betas: [] (with x-source) when it sends no beta header",
)
def _beta_operation_betas(spec: _Spec) -> Iterator[Finding]:
    """Every beta operation declares x-betas; `[]` states that it needs no beta header."""
    for op in spec.operations:
        if _is_beta(op) and "x-betas" not in op.node:
            message = (
                f"beta operation {op.node['x-resource']}.{op.node.get('x-method')} has no x-betas (use [] for none)"
            )
            yield spec.at(op.pointer, "beta-operation-betas", message)


def _sse_events(text: str) -> Iterator[tuple[str, str]]:
    """(event name, data) of each server-sent event in `text`; the name defaults to `message`."""
    for block in re.split(r"\n{2,}", text.replace("\r\n", "\n")):
        name, data = "message", []
        for line in block.split("\n"):
            field, _, value = line.partition(":")
            value = value[1:] if value.startswith(" ") else value
            if field == "event":
                name = value
            elif field == "data":
                data.append(value)
        if data:
            yield name, "\n".join(data)


def _explain(error: ValidationError) -> str:
    """Where and why, as ` at /path: message`; anyOf/oneOf descend into the branch the instance selects.

    A branch is ruled out by a type mismatch of the instance or by a mismatch of a tag property such as `type`
    or `role`. The branches left explain if they agree; otherwise a tag that every branch rejects does.
    """
    while error.validator in ("anyOf", "oneOf") and error.context:
        branches: dict[Any, list[ValidationError]] = {}
        for sub in error.context:
            branches.setdefault(sub.relative_schema_path[0], []).append(sub)
        best = [max(subs, key=relevance) for subs in branches.values() if not any(map(_rules_out, subs))]
        if best and all((e.absolute_path, e.message) == (best[0].absolute_path, best[0].message) for e in best):
            error = best[0]
            continue
        if all(sub.validator == "type" and not sub.relative_path for sub in error.context):
            types = " or ".join(repr(sub.validator_value) for sub in error.context)
            return _at(error.absolute_path, f"{error.instance!r} is not of type {types}")
        return _common_tag(error, branches) or _at(error.absolute_path, error.message)
    return _at(error.absolute_path, error.message)


def _allowed(error: ValidationError) -> list[Any] | None:
    """The values a const or enum mismatch allows (also through alternatives of those and of types), else None."""
    if error.validator == "const":
        return [error.validator_value]
    if error.validator == "enum":
        return list(error.validator_value)
    if error.validator in ("anyOf", "oneOf") and not any(sub.relative_path for sub in error.context):
        parts = [_allowed(sub) for sub in error.context if sub.validator != "type"]
        if parts and all(part is not None for part in parts):
            return [value for part in parts for value in part or []]
    return None


def _rules_out(error: ValidationError) -> bool:
    """A type mismatch of the instance, or a mismatch of a tag: a property with one allowed value."""
    if not error.relative_path:
        return error.validator == "type"
    allowed = _allowed(error)
    return len(error.relative_path) == 1 and allowed is not None and (error.validator != "enum" or len(allowed) == 1)


def _common_tag(error: ValidationError, branches: dict[Any, list[ValidationError]]) -> str | None:
    """` at /tag: value is not one of [...]` when every object branch rejects the same property's value."""
    per_branch: list[dict[Any, list[Any]]] = []
    for subs in branches.values():
        if not any(sub.validator == "type" and not sub.relative_path for sub in subs):
            tags = {sub.relative_path[0]: _allowed(sub) for sub in subs if len(sub.relative_path) == 1}
            per_branch.append({key: values for key, values in tags.items() if values is not None})
    common = [key for key in per_branch[0] if all(key in tags for tags in per_branch)] if per_branch else []
    if not common or not isinstance(error.instance, dict):
        return None
    allowed: list[Any] = []
    for value in (value for tags in per_branch for value in tags[common[0]]):
        if value not in allowed:
            allowed.append(value)
    return _at([*error.absolute_path, common[0]], f"{error.instance.get(common[0])!r} is not one of {allowed!r}")


def _at(path: Iterable[Any], message: str) -> str:
    where = "".join(f"/{escape(str(token))}" for token in path)
    message = message if len(message) <= MESSAGE_LIMIT else message[: MESSAGE_LIMIT - 3] + "..."
    return f" at {where}: {message}" if where else f": {message}"


def _as_json_schema(node: Any) -> Any:
    """A copy of a 3.0 document whose schemas mean in JSON Schema 2020-12 what they mean in 3.0."""
    if isinstance(node, list):
        return [_as_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _as_json_schema(value) for key, value in node.items()}
    if out.get("nullable") is True:
        if isinstance(out.get("type"), str):
            out["type"] = [out["type"], "null"]
        if isinstance(out.get("enum"), list) and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
    for bound, limit in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if isinstance(out.get(bound), bool):
            if out.pop(bound) and limit in out:
                out[bound] = out.pop(limit)
    return out


class _Examples:
    """Checks examples against their schemas, with one cached validator per schema pointer."""

    def __init__(self, spec: _Spec):
        self.spec = spec
        contents = spec.doc if str(spec.doc.get("openapi", "")).startswith("3.1") else _as_json_schema(spec.doc)
        resource = Resource.from_contents(contents, default_specification=DRAFT202012)
        self.registry = Registry().with_resource(SPEC_URI, resource)
        self.validators: dict[str, Draft202012Validator] = {}
        self.visited: set[tuple[str, str]] = set()
        self.error_schema = ERROR_SCHEMA if node_at(spec.doc, ERROR_SCHEMA) is not None else None

    def problem(self, schema_pointer: str, value: Any) -> str | None:
        """Why `value` does not match the schema at `schema_pointer` (` at /path: message`), or None."""
        if schema_pointer not in self.validators:
            ref = {"$ref": f"{SPEC_URI}#{quote(schema_pointer, safe='/~')}"}
            self.validators[schema_pointer] = Draft202012Validator(ref, registry=self.registry)
        try:
            error = max(self.validators[schema_pointer].iter_errors(value), key=relevance, default=None)
        except Exception:  # a dangling $ref (ref-unresolved) or an invalid schema (oas-structure): not judged here
            return None
        return None if error is None else _explain(error)

    def finding(self, pointer: str, message: str) -> Finding:
        return self.spec.at(pointer, "example-valid", message)

    def first_visit(self, pointer: str, context: str = "") -> bool:
        key = (pointer, context)
        if key in self.visited:
            return False
        self.visited.add(key)
        return True

    def values(self, pointer: str, holder: dict[str, Any]) -> Iterator[tuple[str, Any]]:
        """(pointer, value) of `example` and of each `examples.*.value` (Example Objects may be refs)."""
        if "example" in holder:
            yield join(pointer, "example"), holder["example"]
        for name, entry in _dict(holder.get("examples")).items():
            entry_pointer, entry = follow_refs(self.spec.doc, entry, join(join(pointer, "examples"), name))
            if isinstance(entry, dict) and "value" in entry:
                yield join(entry_pointer, "value"), entry["value"]

    def parameter(self, pointer: str, param: Any) -> Iterator[Finding]:
        """A parameter's or header's examples, against its schema or content."""
        if not isinstance(param, dict) or not self.first_visit(pointer):
            return
        if "schema" in param:
            for value_pointer, value in self.values(pointer, param):
                if (problem := self.problem(join(pointer, "schema"), value)) is not None:
                    yield self.finding(value_pointer, f"example does not match schema{problem}")
        yield from self.content(pointer, param)

    def content(self, pointer: str, holder: Any, stream: tuple[str, dict[str, Any]] | None = None) -> Iterator[Finding]:
        """The examples of each media type in `holder.content`."""
        if not isinstance(holder, dict) or not self.first_visit(join(pointer, "content"), stream[0] if stream else ""):
            return
        for media_type, media in _dict(holder.get("content")).items():
            media, media_pointer = _dict(media), join(join(pointer, "content"), media_type)
            for value_pointer, value in self.values(media_pointer, media):
                if "schema" in media and (problem := self.problem(join(media_pointer, "schema"), value)) is not None:
                    yield self.finding(value_pointer, f"example does not match schema{problem}")
                if "x-item-schema" in media:
                    yield from self.json_lines(value_pointer, value, join(media_pointer, "x-item-schema"))
                if media_type == "text/event-stream" and stream is not None:
                    yield from self.events(value_pointer, value, *stream)

    def response(
        self, pointer: str, response: Any, stream: tuple[str, dict[str, Any]] | None = None
    ) -> Iterator[Finding]:
        """A response's header and content examples."""
        for name, header in _dict(_dict(response).get("headers")).items():
            yield from self.parameter(*follow_refs(self.spec.doc, header, join(join(pointer, "headers"), name)))
        yield from self.content(pointer, response, stream)

    def json_lines(self, pointer: str, value: Any, item_schema: str) -> Iterator[Finding]:
        """Each non-empty line of a JSON Lines example, against the media type's x-item-schema."""
        if not isinstance(value, str):
            yield self.finding(pointer, "a JSON Lines example must be a string")
            return
        for number, line in enumerate(value.splitlines(), 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                yield self.finding(pointer, f"line {number} of the example is not JSON: {exc.msg}")
                continue
            if (problem := self.problem(item_schema, item)) is not None:
                yield self.finding(pointer, f"line {number} of the example does not match x-item-schema{problem}")

    def events(self, pointer: str, value: Any, stream_pointer: str, stream: dict[str, Any]) -> Iterator[Finding]:
        """Each event of an SSE example: data against x-stream's event-schema, name equal to the data's type."""
        if not isinstance(value, str):
            yield self.finding(pointer, "a text/event-stream example must be a string of events")
            return
        ignored = {name for name in _list(stream.get("ignored-events")) if isinstance(name, str)}
        for number, (name, data) in enumerate(_sse_events(value), 1):
            label = f"event {number} ({name})"
            try:
                payload = json.loads(data)
            except json.JSONDecodeError as exc:
                yield self.finding(pointer, f"{label}: data is not JSON: {exc.msg}")
                continue
            if not isinstance(payload, dict) or payload.get("type") != name:
                kind = payload.get("type") if isinstance(payload, dict) else None
                yield self.finding(pointer, f"{label}: the event name differs from the data's type {kind!r}")
            if name in ignored:
                continue
            schema = join(stream_pointer, "event-schema")
            if name == stream.get("error-event") and self.error_schema:
                schema = self.error_schema
            if (problem := self.problem(schema, payload)) is not None:
                yield self.finding(pointer, f"{label}: data does not match schema{problem}")


@rule(
    "example-valid",
    "error",
    "oas",
    "mocks, docs and contract tests answer with the examples; an example its schema rejects misleads them all",
    "correct the example (or the schema) at the reported path",
)
def _examples(spec: _Spec) -> Iterator[Finding]:
    """Examples of parameters, headers, request bodies, responses and schemas (3.1 arrays too) match their schemas."""
    doc, examples = spec.doc, _Examples(spec)
    for op in spec.operations:
        for pointer, param in op.params:
            yield from examples.parameter(pointer, param)
        yield from examples.content(*follow_refs(doc, op.node.get("requestBody"), join(op.pointer, "requestBody")))
        stream = op.node.get("x-stream")
        for status, response in _dict(op.node.get("responses")).items():
            pointer, response = follow_refs(doc, response, join(join(op.pointer, "responses"), status))
            context = (join(op.pointer, "x-stream"), stream) if status == "200" and isinstance(stream, dict) else None
            yield from examples.response(pointer, response, context)
    for pointer, schema in _schemas(doc):
        values = [(join(pointer, "example"), schema["example"])] if "example" in schema else []
        if isinstance(schema.get("examples"), list):
            values += [(join(join(pointer, "examples"), i), v) for i, v in enumerate(schema["examples"])]
        for value_pointer, value in values:
            if (problem := examples.problem(pointer, value)) is not None:
                yield examples.finding(value_pointer, f"schema example does not match its schema{problem}")
    components = _dict(doc.get("components"))
    for kind, check in (
        ("parameters", examples.parameter),
        ("headers", examples.parameter),
        ("requestBodies", examples.content),
        ("responses", examples.response),
    ):
        for name, node in _dict(components.get(kind)).items():
            yield from check(*follow_refs(doc, node, join(join("/components", kind), name)))


@rule(
    "yaml-date",
    "error",
    "oas",
    "PyYAML and other YAML 1.1 readers turn an unquoted 2023-06-01 into a date, not the string it is",
    "quote the value: '2023-06-01'",
)
def _yaml_dates(spec: _Spec) -> Iterator[Finding]:
    """Unquoted date-like scalars, which YAML 1.1 readers load as dates."""
    for pointer in spec.loaded.date_like_scalars:
        yield spec.at(pointer, "yaml-date", "unquoted date-like scalar: quote it, YAML 1.1 readers turn it into a date")


SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
SUBSCHEMA_ONE = (
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contentSchema",
    "additionalItems",
)
COMPONENT_HOLDERS = ("parameters", "headers", "requestBodies", "responses")


def _subschemas(pointer: str, schema: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    for key in SUBSCHEMA_MAPS:
        for name, sub in _dict(schema.get(key)).items():
            yield join(join(pointer, key), name), sub
    for key in SUBSCHEMA_LISTS:
        for i, sub in enumerate(_list(schema.get(key))):
            yield join(join(pointer, key), i), sub
    for key in SUBSCHEMA_ONE:
        if isinstance(schema.get(key), dict):
            yield join(pointer, key), schema[key]


def _schema_roots(doc: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """Every schema written in the document outside other schemas: components, parameters, headers, content."""
    for name, schema in _dict(_dict(doc.get("components")).get("schemas")).items():
        yield join("/components/schemas", name), schema

    def holders(pointer: str, node: Any, names: bool = False) -> Iterator[tuple[str, Any]]:
        if isinstance(node, dict):
            for key, value in node.items():
                child = join(pointer, key)
                if names:  # a header called `schema` or `example` is a header
                    yield from holders(child, value)
                elif key in ("schema", "x-item-schema", "event-schema") and isinstance(value, dict):
                    yield child, value
                elif not (pointer == "/components" and key == "schemas") and key != "examples" and key != "example":
                    yield from holders(child, value, key in NAME_MAPS and isinstance(value, dict))
        elif isinstance(node, list):
            for i, value in enumerate(node):
                yield from holders(join(pointer, i), value)

    yield from holders("", {k: v for k, v in doc.items() if k in ("paths", "components", "webhooks")})


def _schemas(doc: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every Schema Object written in the document (refs not followed: their targets are visited where they are)."""
    stack = list(_schema_roots(doc))
    while stack:
        pointer, schema = stack.pop()
        if isinstance(schema, dict):
            yield pointer, schema
            stack.extend(_subschemas(pointer, schema))


DATA_KEYS = ("example", "default", "const", "enum", "value")  # literal values: a "$ref" key there is data
# Objects whose keys are names (of properties, paths, media types, status codes, components...), not keywords:
# a property called `value` or a response called `default` holds a schema or a response, not data.
NAME_MAPS = frozenset(
    {
        *SUBSCHEMA_MAPS,
        *COMPONENT_HOLDERS,
        *("dependentRequired", "paths", "webhooks", "callbacks", "content", "links", "examples", "encoding"),
        *("variables", "scopes", "mapping", "pathItems", "securitySchemes", "schemas"),
    }
)


def _refs(node: Any) -> Iterator[tuple[str, str]]:
    """(pointer of the object holding it, value) of every `$ref` and discriminator mapping in `node`."""
    return ((pointer, ref) for pointer, ref in _ref_values(node) if isinstance(ref, str))


def _ref_values(node: Any, pointer: str = "", names: bool = False) -> Iterator[tuple[str, Any]]:
    """As _refs, with values of any type. `names`: the keys of `node` are names, so none is a keyword."""
    if isinstance(node, dict):
        if not names:
            if "$ref" in node:
                yield pointer, node["$ref"]
            mapping = _dict(node.get("discriminator")).get("mapping") if "discriminator" in node else None
            for key, value in _dict(mapping).items():
                yield join(join(join(pointer, "discriminator"), "mapping"), key), value
        for key, value in node.items():
            if names:
                yield from _ref_values(value, join(pointer, key))
            elif key not in DATA_KEYS and not (key == "examples" and isinstance(value, list)):
                yield from _ref_values(value, join(pointer, key), key in NAME_MAPS and isinstance(value, dict))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _ref_values(value, join(pointer, i))


@rule(
    "ref-unresolved",
    "error",
    "oas",
    "a $ref that points to nothing makes every tool stop or guess",
    "correct the JSON pointer of the $ref (or add the component it names)",
)
def _ref_unresolved(spec: _Spec) -> Iterator[Finding]:
    """Every `$ref` (and discriminator mapping) points to something, reported at the `$ref` itself.

    The loader records the `$ref`s of split files that find nothing in an existing file; local ones of the
    bundled document are checked here.
    """
    for pointer, message in spec.loaded.unresolved.items():
        yield spec.at(pointer, "ref-unresolved", message)
    for pointer, ref in _ref_values(spec.doc):
        if not isinstance(ref, str):
            yield spec.at(pointer, "ref-unresolved", f"a $ref must be a string (a pointer or a file), not {ref!r}")
        elif ref.startswith("#") and node_at(spec.doc, ref[1:]) is None:
            yield spec.at(pointer, "ref-unresolved", f"$ref {ref!r} points to nothing in the document")


@rule(
    "ref-cycle",
    "error",
    "oas",
    "a chain of $refs that leads back to itself describes no value at all",
    "point one of the $refs of the chain at a real schema",
)
def _ref_cycle(spec: _Spec) -> Iterator[Finding]:
    """A chain of bare `$ref`s that reaches itself, reported once, at the first `$ref` of the cycle."""
    for pointer, ref in _refs(spec.doc):
        seen = [pointer]
        while ref.startswith("#"):
            target = node_at(spec.doc, ref[1:])
            if ref[1:] in seen:
                if pointer == min(seen[seen.index(ref[1:]) :]):
                    chain = " -> ".join([*seen[seen.index(ref[1:]) :], ref[1:]])
                    yield spec.at(pointer, "ref-cycle", f"$ref chain is a cycle: {chain}")
                break
            if not isinstance(target, dict) or not isinstance(target.get("$ref"), str):
                break
            seen.append(ref[1:])
            ref = target["$ref"]


@rule(
    "unused-component",
    "warning",
    "oas",
    "a component nothing refers to is dead weight that readers still have to check",
    "refer to it where it belongs, or delete it",
)
def _unused_component(spec: _Spec) -> Iterator[Finding]:
    """Components that no `$ref` (and, for security schemes, no security requirement) names."""
    used = {ref[1:] for pointer, ref in _refs(spec.doc) if ref.startswith("#") and not ref[1:] == pointer}
    for requirement in _list(spec.doc.get("security")) + [
        req for op in spec.operations for req in _list(op.node.get("security"))
    ]:
        used.update(join("/components/securitySchemes", name) for name in _dict(requirement))
    for kind in ("schemas", "parameters", "headers", "responses", "requestBodies", "examples", "securitySchemes"):
        for name in _dict(_dict(spec.doc.get("components")).get(kind)):
            pointer = join(join("/components", kind), name)
            if pointer not in used:
                yield spec.at(pointer, "unused-component", f"components/{kind}/{name} is never used")


@rule(
    "security-defined",
    "error",
    "oas",
    "a security requirement that names no scheme cannot be satisfied by any client",
    "define the scheme under components/securitySchemes or correct the name",
)
def _security_defined(spec: _Spec) -> Iterator[Finding]:
    """Every security requirement names schemes defined under components/securitySchemes."""
    schemes = _dict(_dict(spec.doc.get("components")).get("securitySchemes"))
    holders = [("", spec.doc)] + [(op.pointer, op.node) for op in spec.operations]
    for pointer, node in holders:
        for i, requirement in enumerate(_list(node.get("security"))):
            for name in _dict(requirement):
                if name not in schemes:
                    where = join(join(join(pointer, "security"), i), name)
                    yield spec.at(where, "security-defined", f"security scheme {name!r} is not defined")


PATH_TEMPLATE = re.compile(r"\{([^{}]+)\}")


@rule(
    "path-params",
    "error",
    "oas",
    "a path template variable without a parameter (or the reverse) gives clients a URL they cannot build",
    "declare each {name} of the path as an `in: path`, required parameter, and nothing else as one",
)
def _path_params(spec: _Spec) -> Iterator[Finding]:
    """Path template variables and `in: path` parameters match, both ways."""
    for op in spec.operations:
        path = unescape(op.pointer.split("/")[2])
        template = set(PATH_TEMPLATE.findall(path))
        declared = {p.get("name"): pointer for pointer, p in op.params if p.get("in") == "path"}
        for name in sorted(template - declared.keys()):
            yield spec.at(op.pointer, "path-params", f"path variable {{{name}}} has no `in: path` parameter")
        for name in sorted(declared.keys() - template, key=str):
            yield spec.at(declared[name], "path-params", f"path parameter {name!r} is not in the path {path}")


@rule(
    "path-no-query",
    "error",
    "oas",
    "a query string in a path key (/v1/messages?beta=true) duplicates operations and breaks routing",
    "use one path and a query parameter (or a header such as anthropic-beta)",
)
def _path_no_query(spec: _Spec) -> Iterator[Finding]:
    """No `?` or `#` in path keys."""
    for path in _dict(spec.doc.get("paths")):
        if "?" in path or "#" in path:
            yield spec.at(join("/paths", path), "path-no-query", f"path {path!r} contains a query string or fragment")


@rule(
    "oas30-keyword",
    "error",
    "oas",
    "3.1 schemas are JSON Schema 2020-12: `nullable` and boolean exclusiveMinimum/Maximum are ignored there",
    "write type: [string, 'null'] (or anyOf with type: 'null'); use numeric exclusiveMinimum/exclusiveMaximum",
)
def _oas30_keyword(spec: _Spec) -> Iterator[Finding]:
    """3.0-only schema keywords inside a 3.1 document."""
    if not str(spec.doc.get("openapi", "")).startswith("3.1"):
        return
    for pointer, schema in _schemas(spec.doc):
        if "nullable" in schema:
            message = "`nullable` is OpenAPI 3.0: in 3.1 add 'null' to the type"
            yield spec.at(join(pointer, "nullable"), "oas30-keyword", message)
        for key in ("exclusiveMinimum", "exclusiveMaximum"):
            if isinstance(schema.get(key), bool):
                message = f"boolean {key} is OpenAPI 3.0: in 3.1 it is the bound itself"
                yield spec.at(join(pointer, key), "oas30-keyword", message)


TYPE_KEYWORDS = {  # keyword -> the types it applies to
    "items": ("array",),
    "prefixItems": ("array",),
    "minItems": ("array",),
    "maxItems": ("array",),
    "properties": ("object",),
    "additionalProperties": ("object",),
    "minLength": ("string",),
    "maxLength": ("string",),
    "pattern": ("string",),
    "minimum": ("integer", "number"),
    "maximum": ("integer", "number"),
}


@rule(
    "type-keyword-mismatch",
    "error",
    "oas",
    "a keyword of another type (`type: string` with `items`) is ignored by validators and misleads generators",
    "fix the type (type: array) or drop the keyword",
)
def _type_keyword_mismatch(spec: _Spec) -> Iterator[Finding]:
    """Keywords that apply to no type the schema allows."""
    for pointer, schema in _schemas(spec.doc):
        declared = schema.get("type")
        types = [declared] if isinstance(declared, str) else _list(declared)
        if not types:
            continue
        for key, applies in TYPE_KEYWORDS.items():
            if key in schema and not set(applies) & set(types):
                message = f"{key!r} applies to {' or '.join(applies)}, but the type is {declared!r}"
                yield spec.at(join(pointer, key), "type-keyword-mismatch", message)


def _own_properties(doc: dict[str, Any], schema: dict[str, Any]) -> set[str] | None:
    """The names `schema` defines, with those of its allOf members; None when others may be allowed too."""
    parts = list(_all_of(doc, schema))
    if any(p is None or p.get("additionalProperties", False) is not False or "patternProperties" in p for p in parts):
        return None
    return {name for part in parts if part is not None for name in _dict(part.get("properties"))}


@rule(
    "required-undefined",
    "error",
    "oas",
    "a required property the schema does not define has no type: generated models and docs leave it out",
    "add the property under properties (or drop it from required)",
)
def _required_undefined(spec: _Spec) -> Iterator[Finding]:
    """Every name in an object schema's `required` is one of its properties (its allOf members' included)."""
    for pointer, schema in _schemas(spec.doc):
        if not isinstance(schema.get("properties"), dict) or not isinstance(schema.get("required"), list):
            continue  # a required-only schema constrains the properties defined beside it (in allOf, if/then)
        defined = _own_properties(spec.doc, schema)
        for i, name in enumerate(schema["required"]):
            if defined is not None and isinstance(name, str) and name not in defined:
                message = f"required property {name!r} is not defined in properties"
                yield spec.at(join(join(pointer, "required"), i), "required-undefined", message)


def _header_params(op: _Operation) -> dict[str, tuple[str, dict[str, Any]]]:
    return {str(p.get("name")).lower(): (pointer, p) for pointer, p in op.params if p.get("in") == "header"}


@rule(
    "anthropic-version",
    "error",
    "api",
    "the API rejects a request without the anthropic-version header; the client must know to send it",
    "add the shared AnthropicVersion parameter (in: header, required: true) to the operation",
)
def _anthropic_version(spec: _Spec) -> Iterator[Finding]:
    """Every operation takes a required `anthropic-version` header."""
    for op in spec.operations:
        found = _header_params(op).get("anthropic-version")
        if found is None:
            yield spec.at(op.pointer, "anthropic-version", "operation has no anthropic-version header parameter")
        elif found[1].get("required") is not True:
            yield spec.at(found[0], "anthropic-version", "the anthropic-version header must be required: true")


@rule(
    "anthropic-beta-array",
    "error",
    "api",
    "anthropic-beta is a comma-separated list; as `type: string` clients cannot combine betas",
    "schema: {type: array, items: {type: string}} with style: simple, explode: false",
)
def _anthropic_beta_array(spec: _Spec) -> Iterator[Finding]:
    """Every `anthropic-beta` header parameter is an array of strings."""
    seen: set[str] = set()
    for op in spec.operations:
        found = _header_params(op).get("anthropic-beta")
        if found is None or found[0] in seen:
            continue
        seen.add(found[0])
        pointer, schema = follow_refs(spec.doc, found[1].get("schema"), join(found[0], "schema"))
        items = follow_refs(spec.doc, _dict(schema).get("items"))[1]
        if not _has_type(schema, "array") or not _has_type(items, "string"):
            yield spec.at(pointer, "anthropic-beta-array", "the anthropic-beta header must be an array of strings")


def _responses(spec: _Spec) -> Iterator[tuple[_Operation, str, str, dict[str, Any]]]:
    for op in spec.operations:
        for status, response in _dict(op.node.get("responses")).items():
            pointer, response = follow_refs(spec.doc, response, join(join(op.pointer, "responses"), status))
            if isinstance(response, dict):
                yield op, str(status), pointer, response


@rule(
    "request-id-header",
    "error",
    "api",
    "every response carries request-id; the client exposes it and support asks for it",
    "add `request-id: {$ref: '#/components/headers/RequestId'}` to the response's headers",
)
def _request_id_header(spec: _Spec) -> Iterator[Finding]:
    """Every response declares the `request-id` header."""
    seen: set[str] = set()
    for _, _, pointer, response in _responses(spec):
        if pointer not in seen and "request-id" not in {str(h).lower() for h in _dict(response.get("headers"))}:
            yield spec.at(pointer, "request-id-header", "response does not declare the request-id header")
        seen.add(pointer)


@rule(
    "rate-limit-headers",
    "error",
    "api",
    "the client's retries read retry-after and the rate-limit headers of a 429",
    "add retry-after and the anthropic-ratelimit-* headers to the 429 response",
)
def _rate_limit_headers(spec: _Spec) -> Iterator[Finding]:
    """Every 429 response declares retry-after and anthropic-ratelimit-* headers."""
    seen: set[str] = set()
    for _, status, pointer, response in _responses(spec):
        if status != "429" or pointer in seen:
            continue
        seen.add(pointer)
        headers = {str(h).lower() for h in _dict(response.get("headers"))}
        missing = [name for name in ("retry-after",) if name not in headers]
        if not any(h.startswith("anthropic-ratelimit-") for h in headers):
            missing.append("anthropic-ratelimit-*")
        if missing:
            yield spec.at(pointer, "rate-limit-headers", f"429 response lacks header(s): {', '.join(missing)}")


REQUIRED_ERRORS = ("401", "529")


@rule(
    "error-responses",
    "error",
    "api",
    "typed client errors come from the shared envelope; 401 and 529 happen on every operation",
    "document 401 and 529 (the shared responses) and give every 4xx/5xx the ErrorResponse schema",
)
def _error_responses(spec: _Spec) -> Iterator[Finding]:
    """401 and 529 on every operation; each JSON error response uses the shared ErrorResponse envelope."""
    for op in spec.operations:
        responses = _dict(op.node.get("responses"))
        if missing := [status for status in REQUIRED_ERRORS if status not in responses]:
            where = join(op.pointer, "responses")
            yield spec.at(where, "error-responses", f"operation does not document {' and '.join(missing)}")
    seen: set[str] = set()
    for _, status, pointer, response in _responses(spec):
        if status[:1] not in ("4", "5") or pointer in seen:
            continue
        seen.add(pointer)
        media = _dict(_dict(response.get("content")).get("application/json"))
        if media and _dict(media.get("schema")).get("$ref") != f"#{ERROR_SCHEMA}":
            where = join(join(join(pointer, "content"), "application/json"), "schema")
            yield spec.at(where, "error-responses", f"error response schema is not a $ref to #{ERROR_SCHEMA}")


@rule(
    "x-stream-events",
    "error",
    "api",
    "each SSE event is decoded by its `type`; an event schema without one per event cannot be dispatched",
    "make event-schema a oneOf (or anyOf) of object schemas, each with a `type` const",
)
def _stream_events(spec: _Spec) -> Iterator[Finding]:
    """x-stream's event-schema is a union with one schema per event, each tagged by a `type` constant."""
    for op in spec.operations:
        stream = op.node.get("x-stream")
        if not isinstance(stream, dict) or not isinstance(stream.get("event-schema"), dict):
            continue
        pointer, schema = follow_refs(
            spec.doc, stream["event-schema"], join(join(op.pointer, "x-stream"), "event-schema")
        )
        branches = _list(_dict(schema).get("oneOf")) or _list(_dict(schema).get("anyOf"))
        if not branches:
            yield spec.at(pointer, "x-stream-events", "event-schema is not a oneOf/anyOf of one schema per event")
            continue
        for i, branch in enumerate(branches):
            tag = _properties(spec.doc, branch).get("type")
            values = _dict(tag).get("enum", [_dict(tag).get("const")] if "const" in _dict(tag) else [])
            if len(_list(values)) != 1:
                where = join(join(pointer, "oneOf" if "oneOf" in schema else "anyOf"), i)
                yield spec.at(where, "x-stream-events", "event schema has no `type` property with a single constant")


API_EXTENSIONS = ("x-resource", "x-method", "x-pagination", "x-max-request-bytes", "x-betas", "x-stream")


def uses_api_extensions(doc: dict[str, Any]) -> bool:
    """Whether any operation uses this project's x- extensions (then the API-specific rules apply)."""
    return any(key in op.node for op in operations(doc) for key in API_EXTENSIONS)


def check(loaded: Loaded, api_rules: bool = True) -> list[Finding]:
    """The findings of every rule in RULES; those of scope "api" only when `api_rules`."""
    spec = _Spec(loaded, list(operations(loaded.document)))
    return [finding for scope, rule in RULES if api_rules or scope != "api" for finding in rule(spec)]
