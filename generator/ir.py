"""The intermediate model: what templates see. Plain frozen dataclasses, no I/O, no Jinja."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class Param:
    wire_name: str  # as sent: "anthropic-beta", "lifecycle[]", "message_batch_id"
    py_name: str  # sanitized Python identifier
    location: str  # path | query | header | body
    type_expr: str  # Python annotation, names resolve in the generated types module
    required: bool
    description: str
    example: str = ""  # JSON text of the spec's example value, "" when there is none
    file: bool = False  # a multipart file part (or an array of them), not a form field
    style: str = ""  # a query parameter's OpenAPI style when it or explode is not the default (form, exploded)
    explode: bool = True


@dataclass(frozen=True)
class Pagination:
    scheme: str  # id_cursor | page_cursor
    items_field: str
    item_type: str


@dataclass(frozen=True)
class Stream:
    request_field: str  # the boolean body field that turns streaming on; "" when the operation always streams
    event_type: str  # annotation of one event
    event_model: str  # class validated per event
    event_names: tuple[str, ...]  # the names the event schema knows; others arrive as UnknownEvent
    ignored_events: tuple[str, ...]
    error_event: str
    accumulate_method: str = ""  # name of the helper that builds the final message from the events; "" for none


@dataclass(frozen=True)
class Example:
    status: int
    content_type: str
    body: str  # JSON text, or the raw SSE / JSON Lines text
    headers: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method_name: str
    http_method: str
    path: str
    summary: str
    description: str
    path_params: tuple[Param, ...]
    query_params: tuple[Param, ...]
    header_params: tuple[Param, ...]
    body_params: tuple[Param, ...]
    # json | multipart | form: the body's fields are arguments; json_value (an array, a union, a map) | raw (text,
    # bytes): the whole body is one argument, `body`; "" (no body)
    body_encoding: str
    body_content_type: str  # the content-type header the method names: application/json, text/plain, ... ("" for
    # forms, whose header httpx writes, and without a body)
    response_kind: str  # json | sse | jsonl | binary | none
    response_content_type: str  # of the success response: "application/json", "text/event-stream", …; "" when none
    accept: str  # the Accept header the client sends (a stream with a request field switches it per call)
    response_type: str  # annotation of the parsed result
    response_model: str  # class validated for json/jsonl items; "" when none
    pagination: Pagination | None
    stream: Stream | None
    max_request_bytes: int | None
    betas: tuple[str, ...]
    request_example: str | None  # JSON text of the first request body example
    response_example: Example | None
    stream_example: Example | None
    error_examples: tuple[Example, ...]  # the documented error responses, by status


@dataclass(frozen=True)
class Resource:
    path: tuple[str, ...]  # ("messages", "batches")
    attr: str  # attribute on the parent: "batches"
    class_name: str  # "MessagesBatches"
    operations: tuple[Operation, ...]
    children: tuple[Resource, ...]
    model_imports: tuple[str, ...]  # generated types the module of this subtree uses

    def subtree_operations(self) -> list[Operation]:
        """The operations of this resource, then of its children's subtrees, depth first."""
        return [*self.operations, *(op for child in self.children for op in child.subtree_operations())]


@dataclass(frozen=True)
class Api:
    title: str
    version: str
    package: str
    base_url: str
    api_version_header: str  # default anthropic-version value
    resources: tuple[Resource, ...]  # top level, sorted by attr
    rate_limit_kinds: tuple[str, ...]  # "requests", "input-tokens", … from anthropic-ratelimit-<kind>-limit headers

    def all_resources(self) -> list[Resource]:
        out: list[Resource] = []
        stack = list(reversed(self.resources))
        while stack:
            r = stack.pop()
            out.append(r)
            stack.extend(reversed(r.children))
        return out

    def resource_of(self, op: Operation) -> Resource:
        return self._resource_by_operation[id(op)]

    @cached_property
    def _resource_by_operation(self) -> dict[int, Resource]:
        """Each operation's resource, by identity: a search per operation made the render quadratic."""
        return {id(op): r for r in self.all_resources() for op in r.operations}

    def all_operations(self) -> list[Operation]:
        return [op for r in self.resources for op in r.subtree_operations()]

    def has_raw_body(self) -> bool:
        """Whether some operation's body is one argument sent as it is (text, or a file's bytes)."""
        return any(op.body_encoding == "raw" for op in self.all_operations())

    def has_accumulator(self) -> bool:
        """Whether some operation's stream has a helper that builds the final message."""
        return any(op.stream is not None and op.stream.accumulate_method for op in self.all_operations())
