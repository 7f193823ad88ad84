"""Transport, request building, response parsing, server-sent events, JSON Lines and pagination."""

from __future__ import annotations

import copy
import json
import mimetypes
import os
import random
import time
from collections.abc import AsyncIterator, Awaitable, Iterator, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cached_property, wraps
from typing import IO, Annotated, Any, Callable, Generic, Literal, Optional, TypeVar, Union, cast, get_args, get_origin

import httpx
import pydantic
from typing_extensions import ParamSpec

try:  # Python 3.10+: int | None is a types.UnionType
    from types import UnionType
except ImportError:  # pragma: no cover
    UnionType = None

from ._exceptions import APIConnectionError, APITimeoutError, RequestTooLargeError, make_status_error

__all__ = [
    "SyncClientBase",
    "AsyncClientBase",
    "Stream",
    "AsyncStream",
    "JSONLines",
    "AsyncJSONLines",
    "SyncPage",
    "AsyncPage",
    "APIResponse",
    "BinaryResponse",
    "AsyncBinaryResponse",
    "FileContent",
    "RateLimit",
    "RateLimits",
    "EventSchema",
    "UnknownEvent",
]

T = TypeVar("T")
P = ParamSpec("P")
DEFAULT_BASE_URL = "https://api.anthropic.com"
DEFAULT_API_VERSION = "2023-06-01"
DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
RETRYABLE_STATUSES = frozenset({408, 409, 429})  # and every status from 500 up
MAX_SERVER_DELAY = 60.0  # a longer retry-after falls back to backoff, so one answer cannot stall the client
C = TypeVar("C", bound="_ClientCore")

_adapters: dict[Any, pydantic.TypeAdapter[Any]] = {}


def _adapter(model: Any) -> pydantic.TypeAdapter[Any]:
    adapter = _adapters.get(model)
    if adapter is None:
        adapter = _adapters[model] = pydantic.TypeAdapter(model)
    return adapter


def parse(model: Any, data: Any) -> Any:
    """Decoded JSON as `model` (a RootModel gives its root).

    Validated when it fits; when the API sends what the description does not know yet (a new enum value,
    a new kind of block, a changed field), the parts that fit are still typed and the rest is kept as sent,
    so a new server release never breaks a running client."""
    value: Any = _lenient(model, data)
    if isinstance(value, pydantic.RootModel):
        return cast("pydantic.RootModel[Any]", value).root
    return value


def parse_json(model: Any, text: Union[str, bytes]) -> Any:
    """JSON text as `model`, as `parse` gives it: validated straight from the text when it fits, else leniently."""
    try:
        validate = _json_validators.get(model)
        if validate is None:
            validate = _json_validators[model] = _adapter(model).validator.validate_json
        value: Any = validate(text)
    except (pydantic.ValidationError, pydantic.PydanticSchemaGenerationError, TypeError):
        return parse(model, json.loads(text))
    if isinstance(value, pydantic.RootModel):
        return cast("pydantic.RootModel[Any]", value).root
    return value


_json_validators: dict[Any, Callable[[Union[str, bytes]], Any]] = {}


def _lenient(annotation: Any, value: Any) -> Any:
    """`value` as `annotation` where it validates, else as close as it can be built; never raises."""
    try:
        return _adapter(annotation).validate_python(value)
    except (pydantic.ValidationError, pydantic.PydanticSchemaGenerationError, TypeError):
        pass
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Annotated:
        return _lenient(args[0], value)
    if origin is Union or (UnionType is not None and isinstance(annotation, UnionType)):
        models = [m for m in args if isinstance(m, type) and issubclass(m, pydantic.BaseModel)]
        if isinstance(value, dict) and models:
            tag = cast("dict[str, Any]", value).get("type")
            same_tag = [m for m in models if _tag_of(m) == tag]
            # a tag no member has is a kind of object the description does not know yet: kept as sent
            return _lenient(same_tag[0], value) if same_tag else cast(Any, value)
        return cast(Any, value)
    if origin in (list, Sequence) and isinstance(value, list) and args:
        return [_lenient(args[0], item) for item in cast("list[Any]", value)]
    if origin in (dict, Mapping) and isinstance(value, dict) and len(args) == 2:
        return {key: _lenient(args[1], item) for key, item in cast("dict[str, Any]", value).items()}
    model: Any = annotation
    if isinstance(model, type) and issubclass(model, pydantic.RootModel) and "root" in model.model_fields:
        root_model = cast("type[pydantic.RootModel[Any]]", model)
        return root_model.model_construct(root=_lenient(root_model.model_fields["root"].annotation, value))
    if isinstance(model, type) and issubclass(model, pydantic.BaseModel) and isinstance(value, dict):
        data = cast("dict[str, Any]", value)
        fields: dict[str, Any] = {}
        for name, field in model.model_fields.items():
            key = field.alias or name
            if key in data:
                fields[name] = _lenient(field.annotation, data[key])
        return cast("type[pydantic.BaseModel]", model).model_construct(**fields)
    return cast(Any, value)


def _tag_of(model: type[pydantic.BaseModel]) -> Any:
    """The Literal value of a model's `type` field, None when it has none."""
    field = model.model_fields.get("type")
    if field is None:
        return None
    args = get_args(field.annotation)
    return args[0] if get_origin(field.annotation) is Literal and len(args) == 1 else None


def to_jsonable(value: Any) -> Any:
    """Models and mappings as plain JSON values; only fields that were set are sent."""
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in cast("Mapping[Any, Any]", value).items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in cast("Sequence[Any]", value)]
    return value


# A file argument: its bytes, an open binary file, a path, or (filename, bytes or file[, content type]).
FileContent = Union[
    bytes,
    IO[bytes],
    "os.PathLike[str]",
    tuple[str, Union[bytes, IO[bytes]]],
    tuple[str, Union[bytes, IO[bytes]], str],
]


def _file_part(value: Any) -> tuple[str, bytes, str]:
    """(filename, bytes, content type) of a file argument; read once here, so a retry sends the same bytes."""
    content_type: Optional[str] = None
    if isinstance(value, tuple):
        parts = cast("tuple[Any, ...]", value)
        name, content = str(parts[0]), parts[1]
        content_type = str(parts[2]) if len(parts) > 2 else None
    elif isinstance(value, os.PathLike):
        path = os.fspath(cast("os.PathLike[str]", value))
        name = os.path.basename(path)
        with open(path, "rb") as f:
            content = f.read()
    else:
        name, content = os.path.basename(str(getattr(value, "name", "") or "upload")), value
    data: bytes = content if isinstance(content, bytes) else cast("IO[bytes]", content).read()
    return name, data, content_type or mimetypes.guess_type(name)[0] or "application/octet-stream"


def _compact_json(value: Any) -> str:
    """Compact JSON, as the client sends it in bodies and in parameters."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _text(value: Any) -> str:
    """A value of a query or header parameter or a form field: booleans as true/false, a list or mapping inside
    one as JSON, the rest as their text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (Mapping, list)):
        return _compact_json(value)
    return str(value)


_DELIMITERS = {"form": ",", "simple": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def styled(name: str, value: Any, style: str, explode: bool) -> list[tuple[str, str]]:
    """A query or header parameter as OpenAPI serialises it in this style: (name, text) pairs."""
    value = to_jsonable(value)
    delimiter = _DELIMITERS.get(style, ",")
    if isinstance(value, Mapping):
        items = [(str(k), v) for k, v in cast("Mapping[Any, Any]", value).items() if v is not None]
        if style == "deepObject":  # nested mappings nest their keys: a[b][c]=1
            return [
                pair
                for k, v in items
                for pair in styled(f"{name}[{k}]", v, "deepObject" if isinstance(v, Mapping) else "form", True)
            ]
        if explode and style == "form":  # each property is a parameter of its own
            return [(k, _text(v)) for k, v in items]
        if explode:  # simple: R=100,G=200
            return [(name, ",".join(f"{k}={_text(v)}" for k, v in items))]
        return [(name, delimiter.join(text for k, v in items for text in (k, _text(v))))]  # R,100,G,200 or R|100|G|200
    if isinstance(value, list):
        texts = [_text(v) for v in cast("list[Any]", value) if v is not None]
        if explode and style == "form":  # the parameter repeated
            return [(name, text) for text in texts]
        return [(name, delimiter.join(texts))]
    return [(name, _text(value))]


def _raw_bytes(value: Any) -> bytes:
    """A body sent as it is: text as UTF-8, else a file argument's bytes (read once, as for a multipart file)."""
    return value.encode("utf-8") if isinstance(value, str) else _file_part(value)[1]


def _form_value(value: Any) -> str:
    """A form field's text (multipart or urlencoded): booleans as true/false, numbers and strings as they are, an
    object as JSON (what OpenAPI gives an object part of a multipart body by default)."""
    return _text(to_jsonable(value))


class Omit:
    """The default of every optional argument: the field is not sent at all."""

    def __repr__(self) -> str:
        return "OMIT"

    def __bool__(self) -> bool:
        return False


OMIT: Any = Omit()


class Request:
    """What a resource method asks of the transport."""

    def __init__(
        self,
        method: str,
        path: str,
        *,
        query: Optional[Mapping[str, Any]] = None,
        headers: Optional[Mapping[str, Any]] = None,
        body: Optional[Mapping[str, Any]] = None,
        content: Any = None,
        json_value: Any = None,
        content_type: Optional[str] = None,
        form: bool = False,
        betas: Sequence[str] = (),
        max_request_bytes: Optional[int] = None,
        accept: str = "application/json",
        file_fields: Optional[Sequence[str]] = None,
        query_styles: Optional[Mapping[str, tuple[str, bool]]] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> None:
        self.method = method
        self.path = path
        self.query: dict[str, Any] = {}
        for name, value in {**(query or {}), **(extra_query or {})}.items():
            if value is OMIT or value is None:
                continue
            style = (query_styles or {}).get(name)
            if style is None and not isinstance(value, (Mapping, pydantic.BaseModel)):
                self.query[name] = value  # a scalar, or a list that httpx repeats: form style, exploded
                continue
            for key, text in styled(name, value, *(style or ("form", True))):
                previous = self.query.get(key)
                self.query[key] = (
                    text if previous is None else [*(previous if isinstance(previous, list) else [previous]), text]
                )
        self.headers = {
            k: styled(k, v, "simple", False)[0][1]
            for k, v in (headers or {}).items()
            if v is not OMIT and v is not None
        }
        if betas:
            self.headers["anthropic-beta"] = ",".join(dict.fromkeys(betas))
        self.headers["accept"] = accept
        self.headers.update(extra_headers or {})
        # a body sent as it is (text, or a file's bytes), instead of `body`'s fields (OMIT: omitted, still raw)
        self.content: Optional[bytes] = None if content is None or content is OMIT else _raw_bytes(content)
        if extra_body and content is not None:
            raise TypeError("extra_body has no fields to join: this operation's body is sent as it is")
        if json_value is not None and json_value is not OMIT:  # the whole JSON body is one argument
            value = to_jsonable(json_value)
            if isinstance(value, Mapping):
                body = cast("Mapping[str, Any]", value)  # as any object body: extra_body joins its fields
            elif extra_body:
                raise TypeError("extra_body has no fields to join: this operation's JSON body is not an object")
            else:
                self.content = _compact_json(value).encode("utf-8")
        if extra_body and body is None:  # an operation without a body: the extras are its JSON body
            body = {}
        # multipart values stay as given: files are read when the request is built
        convert: Callable[[Any], Any] = to_jsonable if file_fields is None else (lambda value: value)
        self.body = (
            None
            if body is None
            else {k: convert(v) for k, v in {**body, **(extra_body or {})}.items() if v is not OMIT}
        )
        self.file_fields = file_fields  # None: a JSON body; else a multipart body with these fields as files
        self.form = form  # the body's fields as application/x-www-form-urlencoded
        self.content_type = content_type  # of the JSON or raw body, where it is not application/json
        self.max_request_bytes = max_request_bytes
        self.timeout = timeout

    def multipart(self) -> tuple[list[tuple[str, str]], list[tuple[str, tuple[str, bytes, str]]]]:
        """The fields and file parts of a multipart or form body; a list value repeats its field."""
        fields: list[tuple[str, str]] = []
        files: list[tuple[str, tuple[str, bytes, str]]] = []
        file_fields = self.file_fields or ()
        for name, value in (self.body or {}).items():
            # a list is many files or values; a tuple is one (filename, content) file
            many = isinstance(value, list) or (isinstance(value, tuple) and name not in file_fields)
            items: Sequence[Any] = cast("Sequence[Any]", value) if many else [value]
            for item in items:
                if item is None:
                    continue
                if name in file_fields:
                    files.append((name, _file_part(item)))
                else:
                    fields.append((name, _form_value(item)))
        return fields, files


class _ClientCore:
    def __init__(
        self,
        api_key: Optional[str],
        auth_token: Optional[str],
        base_url: Optional[str],
        api_version: str,
        timeout: Union[float, httpx.Timeout],
        max_retries: int,
        default_headers: Optional[Mapping[str, str]],
    ) -> None:
        self._api_key = api_key if api_key is not None else os.environ.get("ANTHROPIC_API_KEY")
        self._auth_token = auth_token if auth_token is not None else os.environ.get("ANTHROPIC_AUTH_TOKEN")
        self.base_url = (base_url or os.environ.get("ANTHROPIC_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
        self.api_version = api_version
        self.timeout = timeout
        self.max_retries = max_retries
        self.default_headers = dict(default_headers or {})

    def with_options(
        self: C, *, timeout: Union[float, httpx.Timeout, None, Omit] = OMIT, max_retries: Optional[int] = None
    ) -> C:
        """A client sharing this one's connections, with other defaults: `client.with_options(max_retries=5).models.list()`."""
        new = copy.copy(self)
        # resources are cached per client; the copy builds its own, bound to itself
        new.__dict__ = {
            k: v for k, v in vars(self).items() if not isinstance(getattr(type(self), k, None), cached_property)
        }
        if not isinstance(timeout, Omit):
            new.timeout = timeout if timeout is not None else DEFAULT_TIMEOUT
        if max_retries is not None:
            new.max_retries = max_retries
        return new

    def _retry_delay(self, attempt: int, error: Exception, response: Optional[httpx.Response] = None) -> float:
        """Seconds to wait before the next attempt; raises `error` when there is none."""
        if attempt >= self.max_retries or (response is not None and not should_retry(response)):
            raise error from None
        return retry_delay(response.headers if response is not None else None, attempt)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def _auth_headers(self) -> dict[str, str]:
        # An API key goes in x-api-key; a token as Bearer; never both.
        if self._api_key:
            return {"x-api-key": self._api_key}
        if self._auth_token:
            return {"authorization": f"Bearer {self._auth_token}"}
        return {}

    def _build(self, req: Request) -> httpx.Request:
        headers = {"anthropic-version": self.api_version, **self._auth_headers(), **self.default_headers, **req.headers}
        timeout = self.timeout if isinstance(req.timeout, Omit) else req.timeout
        url = self.base_url + req.path
        extensions = {"timeout": httpx.Timeout(timeout).as_dict()}
        if req.body is not None and (req.file_fields is not None or req.form):
            # httpx writes the content-type of a form, with a multipart body's boundary: a caller's would lose it
            headers = {k: v for k, v in headers.items() if k.lower() != "content-type"}
            fields, files = req.multipart()
            parts: list[tuple[str, Any]] = list(files)
            if req.file_fields is not None and not files:  # httpx sends fields alone as a form: make them parts
                parts, fields = [(name, (None, value)) for name, value in fields], []
            request = httpx.Request(
                req.method,
                url,
                params=req.query,
                headers=headers,
                data=_grouped(fields),
                files=parts or None,
                extensions=extensions,
            )
            size = int(request.headers.get("content-length", "0"))
        else:
            content = req.content
            if req.body is not None:
                content = _compact_json(req.body).encode("utf-8")
            if content is not None and not any(name.lower() == "content-type" for name in headers):  # yours wins
                headers["content-type"] = req.content_type or "application/json"
            request = httpx.Request(
                req.method, url, params=req.query, headers=headers, content=content, extensions=extensions
            )
            size = len(content or b"")
        if req.max_request_bytes is not None and size > req.max_request_bytes:
            raise RequestTooLargeError(size, req.max_request_bytes)
        return request


def _grouped(pairs: list[tuple[str, str]]) -> dict[str, Union[str, list[str]]]:
    """Form fields for httpx: a name given more than once maps to the list of its values."""
    out: dict[str, list[str]] = {}
    for name, value in pairs:
        out.setdefault(name, []).append(value)
    return {name: values[0] if len(values) == 1 else values for name, values in out.items()}


@dataclass(frozen=True)
class RateLimit:
    """One rate limit as the response headers state it; None where a header is absent."""

    limit: Optional[int]
    remaining: Optional[int]
    reset: Optional[str]


@dataclass(frozen=True)
class RateLimits:
    """The anthropic-ratelimit-* headers and retry-after of a response."""

    input_tokens: RateLimit
    output_tokens: RateLimit
    requests: RateLimit
    tokens: RateLimit
    retry_after: Optional[float]

    @classmethod
    def from_headers(cls, headers: httpx.Headers) -> RateLimits:
        def number(name: str) -> Optional[int]:
            value = headers.get(name)
            return int(value) if value is not None and value.isdigit() else None

        def limit(kind: str) -> RateLimit:
            prefix = f"anthropic-ratelimit-{kind}-"
            return RateLimit(number(prefix + "limit"), number(prefix + "remaining"), headers.get(prefix + "reset"))

        return cls(
            input_tokens=limit("input-tokens"),
            output_tokens=limit("output-tokens"),
            requests=limit("requests"),
            tokens=limit("tokens"),
            retry_after=_server_delay(headers),
        )


class APIResponse(Generic[T]):
    """A result with the HTTP response it came from."""

    def __init__(self, parsed: T, response: httpx.Response) -> None:
        self.response = response
        self._parsed = parsed

    def parse(self) -> T:
        return self._parsed

    @property
    def status_code(self) -> int:
        return self.response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.response.headers

    @property
    def request_id(self) -> Optional[str]:
        return self.response.headers.get("request-id")

    @property
    def rate_limits(self) -> RateLimits:
        return RateLimits.from_headers(self.response.headers)


# Set while a with_raw_response call runs: send() records the final response there.
_captured: ContextVar[Optional[list[httpx.Response]]] = ContextVar("_captured", default=None)


def _raw(parsed: T, captured: list[httpx.Response]) -> APIResponse[T]:
    if not captured:
        raise RuntimeError("the call sent no request")
    return APIResponse(parsed, captured[-1])


def to_raw_response(method: Callable[P, T]) -> Callable[P, APIResponse[T]]:
    """The same method, returning the HTTP response with the parsed result."""

    @wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        captured: list[httpx.Response] = []
        token = _captured.set(captured)
        try:
            return _raw(method(*args, **kwargs), captured)
        finally:
            _captured.reset(token)

    return call


def to_async_raw_response(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[APIResponse[T]]]:
    """The same coroutine method, returning the HTTP response with the parsed result."""

    @wraps(method)
    async def call(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        captured: list[httpx.Response] = []
        token = _captured.set(captured)
        try:
            return _raw(await method(*args, **kwargs), captured)
        finally:
            _captured.reset(token)

    return call


def should_retry(response: httpx.Response) -> bool:
    flag = response.headers.get("x-should-retry")
    if flag in ("true", "false"):  # the server's word wins over the status
        return flag == "true"
    return response.status_code in RETRYABLE_STATUSES or response.status_code >= 500


def _server_delay(headers: httpx.Headers) -> Optional[float]:
    """retry-after-ms, then retry-after as seconds or as an HTTP date."""
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        value = headers.get(name)
        if value is None:
            continue
        try:
            return float(value) * scale
        except ValueError:
            pass
        if name == "retry-after":
            from email.utils import parsedate_to_datetime  # only an HTTP date needs it

            try:
                return parsedate_to_datetime(value).timestamp() - time.time()
            except (TypeError, ValueError, IndexError):
                return None
    return None


def retry_delay(headers: Optional[httpx.Headers], retries_taken: int) -> float:
    """The server's delay when it gives a sane one, else exponential backoff from 0.5 s, capped at 8 s, with jitter."""
    server = _server_delay(headers) if headers is not None else None
    if server is not None and 0 <= server <= MAX_SERVER_DELAY:
        return server
    return min(0.5 * 2**retries_taken, 8.0) * (1 - 0.25 * random.random())


def _record(response: httpx.Response) -> None:
    captured = _captured.get()
    if captured is not None:
        captured.append(response)


def _error_from(response: httpx.Response) -> Exception:
    text = response.text
    try:
        body: Any = json.loads(text)
    except ValueError:
        return make_status_error(response, None, text)
    return make_status_error(response, body)


def _json(response: httpx.Response) -> Any:
    return json.loads(response.content)


def _with_request_id(response: httpx.Response, model: Any) -> Any:
    """The parsed result; a model result carries the response's request-id as `_request_id`."""
    from ._models import BaseModel  # imported when the first result arrives: it loads all of pydantic's models

    result = parse_json(model, response.content)
    if isinstance(result, BaseModel):
        result._request_id = response.headers.get("request-id")  # pyright: ignore[reportPrivateUsage]
    return result


class SyncClientBase(_ClientCore):
    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        auth_token: Optional[str] = None,
        base_url: Optional[str] = None,
        api_version: str = DEFAULT_API_VERSION,
        timeout: Union[float, httpx.Timeout] = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        http_client: Optional[httpx.Client] = None,
    ) -> None:
        super().__init__(api_key, auth_token, base_url, api_version, timeout, max_retries, default_headers)
        self._http = http_client or httpx.Client(follow_redirects=True)
        self._sleep: Callable[[float], None] = time.sleep

    def close(self) -> None:
        self._http.close()

    def __enter__(self: T) -> T:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def send(self, req: Request, *, stream: bool = False) -> httpx.Response:
        """Send with retries; a streamed body is returned once its headers arrive, so it is never retried."""
        request = self._build(req)
        attempt = 0
        while True:
            try:
                response = self._http.send(request, stream=stream)
            except httpx.TimeoutException:
                delay = self._retry_delay(attempt, APITimeoutError())
            except httpx.TransportError as exc:
                delay = self._retry_delay(attempt, APIConnectionError(f"Connection error: {type(exc).__name__}"))
            else:
                if response.status_code < 400:
                    _record(response)
                    return response
                if stream:
                    response.read()
                    response.close()
                delay = self._retry_delay(attempt, _error_from(response), response)
            self._sleep(delay)
            attempt += 1

    def request(self, req: Request, model: Any) -> Any:
        return _with_request_id(self.send(req), model)

    def stream(self, req: Request, schema: EventSchema) -> Stream[Any]:
        return Stream(self.send(req, stream=True), schema)

    def jsonl(self, req: Request, model: Any) -> JSONLines[Any]:
        return JSONLines(self.send(req, stream=True), model)

    def binary(self, req: Request) -> BinaryResponse:
        return BinaryResponse(self.send(req, stream=True))

    def page(self, req: Request, model: Any, items: str, scheme: str) -> SyncPage[Any]:
        return SyncPage(self, req, self.send(req), model, items, scheme)


class AsyncClientBase(_ClientCore):
    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        auth_token: Optional[str] = None,
        base_url: Optional[str] = None,
        api_version: str = DEFAULT_API_VERSION,
        timeout: Union[float, httpx.Timeout] = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        http_client: Optional[httpx.AsyncClient] = None,
    ) -> None:
        import asyncio  # here, not at the top: a program that never builds an async client does not load it

        super().__init__(api_key, auth_token, base_url, api_version, timeout, max_retries, default_headers)
        self._http = http_client or httpx.AsyncClient(follow_redirects=True)
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    async def close(self) -> None:
        await self._http.aclose()

    async def __aenter__(self: T) -> T:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def send(self, req: Request, *, stream: bool = False) -> httpx.Response:
        """Send with retries; a streamed body is returned once its headers arrive, so it is never retried."""
        request = self._build(req)
        attempt = 0
        while True:
            try:
                response = await self._http.send(request, stream=stream)
            except httpx.TimeoutException:
                delay = self._retry_delay(attempt, APITimeoutError())
            except httpx.TransportError as exc:
                delay = self._retry_delay(attempt, APIConnectionError(f"Connection error: {type(exc).__name__}"))
            else:
                if response.status_code < 400:
                    _record(response)
                    return response
                if stream:
                    await response.aread()
                    await response.aclose()
                delay = self._retry_delay(attempt, _error_from(response), response)
            await self._sleep(delay)
            attempt += 1

    async def request(self, req: Request, model: Any) -> Any:
        return _with_request_id(await self.send(req), model)

    async def stream(self, req: Request, schema: EventSchema) -> AsyncStream[Any]:
        return AsyncStream(await self.send(req, stream=True), schema)

    async def jsonl(self, req: Request, model: Any) -> AsyncJSONLines[Any]:
        return AsyncJSONLines(await self.send(req, stream=True), model)

    async def binary(self, req: Request) -> AsyncBinaryResponse:
        return AsyncBinaryResponse(await self.send(req, stream=True))

    async def page(self, req: Request, model: Any, items: str, scheme: str) -> AsyncPage[Any]:
        return AsyncPage(self, req, await self.send(req), model, items, scheme)


class SSEDecoder:
    """Incremental decoder of text/event-stream (WHATWG): any chunking of the bytes gives the same events.

    Lines end with \\r\\n, \\n or \\r and an empty line ends an event. The bytes are cut at event ends and each
    event is decoded from UTF-8 once, whole, so a chunk may end anywhere: inside a character, between \\r and \\n.
    An event left unfinished when the body ends is dropped, as the standard says."""

    def __init__(self) -> None:
        # the unfinished event, as the chunks it came in (line ends already turned into \n): joined once,
        # when its end arrives, so an event sent in many chunks is not copied for each
        self._held: list[bytes] = []
        self._after_cr = False  # the last byte fed was \r: a \n opening the next chunk ends the same line
        self._at_start = True  # a byte order mark may still open the stream

    def feed(self, chunk: bytes) -> list[tuple[str, str]]:
        """The (event type, data) of every event the chunk finishes."""
        if self._after_cr and chunk:
            self._after_cr = False
            if chunk[0] == 10:  # the \n of a \r\n whose \r ended the last chunk
                chunk = chunk[1:]
        if not chunk:
            return []
        if b"\r" in chunk:
            self._after_cr = chunk[-1] == 13
            chunk = chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        held = self._held
        if held:
            held.append(chunk)
            # the held bytes hold no event end: one can only be in this chunk, or begin with the last byte held
            if b"\n\n" not in chunk and not (chunk[0] == 10 and held[-2][-1] == 10):
                return []
            buffer = b"".join(held)
            held.clear()
        else:
            buffer = chunk
        end = buffer.rfind(b"\n\n")  # the last event end: found near the buffer's end
        if end < 0:
            held.append(buffer)
            return []
        if self._at_start:
            self._at_start = False
            if buffer.startswith(BOM):
                buffer, end = buffer[len(BOM) :], end - len(BOM)
        if end + 2 < len(buffer):
            held.append(buffer[end + 2 :])
        blocks = buffer[:end].split(b"\n\n")
        events: list[tuple[str, str]] = []
        # no "\n\n" inside a block: each holds one event's lines (and at most a leading or trailing empty one)
        for block in blocks:
            kind = ""
            data: list[str] = []
            for line in block.decode("utf-8", "replace").split("\n"):
                name, _, value = line.partition(":")  # a comment has no name; a line without ":" no value
                if value[:1] == " ":
                    value = value[1:]
                if name == "data":
                    data.append(value)
                elif name == "event":
                    kind = value
            if data:  # an event without data lines is not dispatched
                events.append((kind or "message", "\n".join(data)))
        return events


BOM = b"\xef\xbb\xbf"  # UTF-8 byte order mark, dropped from the start of a stream


@dataclass(frozen=True)
class EventSchema:
    """How to read one operation's events: the model, the names it knows, those to skip, the error event."""

    model: Any
    known: frozenset[str]
    ignored: frozenset[str]
    error_event: str


@dataclass(frozen=True)
class UnknownEvent:
    """An event the API description does not name yet, passed through undecoded."""

    type: str
    data: Any


class _EventFilter(Generic[T]):
    def __init__(self, response: httpx.Response, schema: EventSchema) -> None:
        self.response = response
        self._schema = schema
        self._decoder = SSEDecoder()
        self._error: Optional[Exception] = None  # raised once the events before it are given

    def _events(self, chunk: bytes) -> list[T]:
        """The typed events a chunk finishes, up to an error event or an event that cannot be read."""
        schema = self._schema
        out: list[Any] = []
        for kind, data in self._decoder.feed(chunk):
            try:
                if kind in schema.ignored:
                    continue
                if kind == schema.error_event:
                    raise make_status_error(self.response, json.loads(data))
                if schema.known and kind not in schema.known:
                    out.append(UnknownEvent(kind, json.loads(data)))
                else:
                    out.append(parse_json(schema.model, data))
            except Exception as exc:
                self._error = exc
                break
        return out


class Stream(_EventFilter[T]):
    """Typed events of a server-sent event stream; closes the connection when done or left early."""

    def __iter__(self) -> Iterator[T]:
        try:
            for chunk in self.response.iter_bytes():
                yield from self._events(chunk)
                if self._error is not None:
                    raise self._error
        finally:
            self.response.close()

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncStream(_EventFilter[T]):
    """Typed events of a server-sent event stream; closes the connection when done or left early."""

    async def __aiter__(self) -> AsyncIterator[T]:
        try:
            async for chunk in self.response.aiter_bytes():
                for event in self._events(chunk):
                    yield event
                if self._error is not None:
                    raise self._error
        finally:
            await self.response.aclose()

    async def close(self) -> None:
        await self.response.aclose()

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


class JSONLines(Generic[T]):
    """One typed item per line of a JSON Lines body, decoded as the lines arrive."""

    def __init__(self, response: httpx.Response, model: Any) -> None:
        self.response = response
        self._model = model

    def __iter__(self) -> Iterator[T]:
        try:
            for line in self.response.iter_lines():
                if line.strip():
                    yield parse_json(self._model, line)
        finally:
            self.response.close()


class AsyncJSONLines(Generic[T]):
    """One typed item per line of a JSON Lines body, decoded as the lines arrive."""

    def __init__(self, response: httpx.Response, model: Any) -> None:
        self.response = response
        self._model = model

    async def __aiter__(self) -> AsyncIterator[T]:
        try:
            async for line in self.response.aiter_lines():
                if line.strip():
                    yield parse_json(self._model, line)
        finally:
            await self.response.aclose()


class BinaryResponse:
    """A binary body, read as it arrives: iterate its chunks or write it to a file without holding it in memory."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response

    @property
    def content_type(self) -> Optional[str]:
        return self.response.headers.get("content-type")

    def read(self) -> bytes:
        """The whole body (in memory)."""
        try:
            return self.response.read()
        finally:
            self.response.close()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        try:
            yield from self.response.iter_bytes(chunk_size)
        finally:
            self.response.close()

    def write_to_file(self, file: Union[str, os.PathLike[str]]) -> None:
        with open(file, "wb") as out:
            for chunk in self.iter_bytes():
                out.write(chunk)

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> BinaryResponse:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncBinaryResponse:
    """A binary body, read as it arrives: iterate its chunks or write it to a file without holding it in memory."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response

    @property
    def content_type(self) -> Optional[str]:
        return self.response.headers.get("content-type")

    async def read(self) -> bytes:
        """The whole body (in memory)."""
        try:
            return await self.response.aread()
        finally:
            await self.response.aclose()

    async def iter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        try:
            async for chunk in self.response.aiter_bytes(chunk_size):
                yield chunk
        finally:
            await self.response.aclose()

    async def write_to_file(self, file: Union[str, os.PathLike[str]]) -> None:
        with open(file, "wb") as out:
            async for chunk in self.iter_bytes():
                out.write(chunk)

    async def close(self) -> None:
        await self.response.aclose()

    async def __aenter__(self) -> AsyncBinaryResponse:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


class _PageCore(Generic[T]):
    """One page of a list; `scheme` is the spec's x-pagination scheme."""

    def __init__(self, req: Request, response: httpx.Response, model: Any, items: str, scheme: str) -> None:
        body: Mapping[str, Any] = _json(response)
        self.request_id: Optional[str] = response.headers.get("request-id")
        self._req = req
        self._model = model
        self._items = items
        self._scheme = scheme
        raw: list[Any] = body.get(items) or []
        self.data: list[T] = [parse(model, item) for item in raw]
        self.has_more: Optional[bool] = body.get("has_more")
        self.first_id: Optional[str] = body.get("first_id")
        self.last_id: Optional[str] = body.get("last_id")
        self.next_page: Optional[str] = body.get("next_page")
        self.prev_page: Optional[str] = body.get("prev_page")

    def next_page_query(self) -> Optional[dict[str, Any]]:
        """The query of the following page, or None on the last page."""
        query = dict(self._req.query)
        if self._scheme == "id_cursor":
            if not self.has_more:
                return None
            if "before_id" in query:  # the caller walks backwards
                return {**query, "before_id": self.first_id} if self.first_id else None
            return {**query, "after_id": self.last_id} if self.last_id else None
        if self.has_more is False or not self.next_page:
            return None
        return {**query, "page": self.next_page}

    def has_next_page(self) -> bool:
        return self.next_page_query() is not None

    def _next_request(self, query: dict[str, Any]) -> Request:
        req = Request(self._req.method, self._req.path, query=query, timeout=self._req.timeout)
        req.headers = dict(self._req.headers)
        return req


class SyncPage(_PageCore[T]):
    def __init__(
        self, client: SyncClientBase, req: Request, response: httpx.Response, model: Any, items: str, scheme: str
    ) -> None:
        super().__init__(req, response, model, items, scheme)
        self._client = client

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        page: Optional[SyncPage[T]] = self
        while page is not None:
            yield page
            query = page.next_page_query()
            page = (
                None
                if query is None
                else self._client.page(self._next_request(query), self._model, self._items, self._scheme)
            )

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data


class AsyncPage(_PageCore[T]):
    def __init__(
        self, client: AsyncClientBase, req: Request, response: httpx.Response, model: Any, items: str, scheme: str
    ) -> None:
        super().__init__(req, response, model, items, scheme)
        self._client = client

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        page: Optional[AsyncPage[T]] = self
        while page is not None:
            yield page
            query = page.next_page_query()
            page = (
                None
                if query is None
                else await self._client.page(self._next_request(query), self._model, self._items, self._scheme)
            )

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item
