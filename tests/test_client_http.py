"""The generated client against a real HTTP server on 127.0.0.1: retries, waits, timeouts, connection errors."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.utils import formatdate

import pytest
from local_server import LocalServer, QuietHandler

from claude_api import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncClient,
    AuthenticationError,
    BadRequestError,
    Client,
    ConflictError,
    ContentTooLargeError,
    InternalServerError,
    NotFoundError,
    OverloadedError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from claude_api.testing import example_response

MODEL = {
    "id": "claude-sonnet-4-5",
    "type": "model",
    "display_name": "Claude Sonnet 4.5",
    "lifecycle": "active",
    "created_at": "2025-09-29T00:00:00Z",
}


@dataclass
class Reply:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = json.dumps(MODEL).encode()
    delay: float = 0.0


class Server:
    """Answers each request with the next scripted reply and records what it received."""

    def __init__(self) -> None:
        self.replies: list[Reply] = []
        self.received: list[dict[str, str]] = []
        self.paths: list[str] = []
        server = self

        class Handler(QuietHandler):
            def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
                server.received.append({k.lower(): v for k, v in self.headers.items()})
                server.paths.append(self.path)
                reply = server.replies.pop(0) if server.replies else Reply(500)
                time.sleep(reply.delay)
                self.send_response(reply.status)
                for name, value in {"content-type": "application/json", **reply.headers}.items():
                    self.send_header(name, value)
                self.send_header("content-length", str(len(reply.body)))
                self.end_headers()
                try:
                    self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.local = LocalServer(Handler)
        self.url = self.local.url

    def stop(self) -> None:
        self.local.stop()


@pytest.fixture
def server() -> Iterator[Server]:
    s = Server()
    yield s
    s.stop()


def client_for(server_url: str, sleeps: list[float], **options: object) -> Client:
    client = Client(api_key="sk-test", base_url=server_url, **options)  # type: ignore[arg-type]
    client._sleep = sleeps.append  # the clock is faked: waits are recorded, not slept
    return client


def test_rate_limit_waits_as_the_server_says_then_succeeds(server: Server) -> None:
    server.replies = [
        Reply(
            429,
            {"retry-after-ms": "1500", "retry-after": "30"},
            b'{"type":"error","error":{"type":"rate_limit_error","message":"slow"}}',
        ),
        Reply(429, {"retry-after": "2"}, b'{"type":"error","error":{"type":"rate_limit_error","message":"slow"}}'),
        Reply(),
    ]
    sleeps: list[float] = []
    model = client_for(server.url, sleeps).models.retrieve("claude-sonnet-4-5")
    assert model.id == "claude-sonnet-4-5"
    assert sleeps == [1.5, 2.0] and len(server.received) == 3
    assert all(r["x-api-key"] == "sk-test" and "authorization" not in r for r in server.received)


def test_http_date_retry_after(server: Server) -> None:
    server.replies = [Reply(503, {"retry-after": formatdate(time.time() + 5, usegmt=True)}, b"busy"), Reply()]
    sleeps: list[float] = []
    client_for(server.url, sleeps).models.retrieve("m")
    assert len(sleeps) == 1 and 3.0 <= sleeps[0] <= 5.0


def test_server_errors_back_off_exponentially_and_stop_after_max_retries(server: Server) -> None:
    server.replies = [Reply(500, {}, b'{"type":"error","error":{"type":"api_error","message":"boom"}}')] * 4
    sleeps: list[float] = []
    with pytest.raises(InternalServerError) as caught:
        client_for(server.url, sleeps).models.retrieve("m")
    assert caught.value.type == "api_error" and len(server.received) == 3
    assert 0.375 <= sleeps[0] <= 0.5 and 0.75 <= sleeps[1] <= 1.0 and len(sleeps) == 2


def test_absurd_retry_after_falls_back_to_backoff(server: Server) -> None:
    server.replies = [Reply(429, {"retry-after": "86400"}, b"{}"), Reply()]
    sleeps: list[float] = []
    client_for(server.url, sleeps).models.retrieve("m")
    assert 0.375 <= sleeps[0] <= 0.5


def test_should_retry_header_wins_over_the_status(server: Server) -> None:
    server.replies = [
        Reply(503, {"x-should-retry": "false"}, b"{}"),
        Reply(400, {"x-should-retry": "true"}, b"{}"),
        Reply(),
    ]
    sleeps: list[float] = []
    with pytest.raises(InternalServerError):
        client_for(server.url, sleeps).models.retrieve("m")
    assert len(server.received) == 1
    client_for(server.url, sleeps).models.retrieve("m")
    assert len(server.received) == 3


def test_retries_per_client_and_per_call(server: Server) -> None:
    server.replies = [Reply(429, {}, b"{}")] * 10
    sleeps: list[float] = []
    client = client_for(server.url, sleeps, max_retries=4)
    with pytest.raises(RateLimitError):
        client.with_options(max_retries=0).models.retrieve("m")
    assert len(server.received) == 1
    with pytest.raises(RateLimitError):
        client.models.retrieve("m")
    assert len(server.received) == 1 + 5 and client.max_retries == 4


def test_timeout_is_typed_and_retried(server: Server) -> None:
    server.replies = [Reply(delay=1.0), Reply(delay=1.0)]
    sleeps: list[float] = []
    client = client_for(server.url, sleeps, timeout=0.2)
    with pytest.raises(APITimeoutError):
        client.with_options(max_retries=1).models.retrieve("m")
    assert len(sleeps) == 1
    server.replies = [Reply(delay=0.5)]
    assert client.models.retrieve("m", timeout=5).id == "claude-sonnet-4-5"


def test_connection_refused_is_a_connection_error_after_retries() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    sleeps: list[float] = []
    with pytest.raises(APIConnectionError) as caught:
        client_for(f"http://127.0.0.1:{port}", sleeps).models.retrieve("m")
    assert len(sleeps) == 2 and "sk-test" not in str(caught.value)


def test_async_client_retries_too(server: Server) -> None:
    server.replies = [
        Reply(529, {"retry-after": "1"}, b'{"type":"error","error":{"type":"overloaded_error","message":"x"}}'),
        Reply(),
    ]
    sleeps: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    async def run() -> str:
        client = AsyncClient(api_key="sk-test", base_url=server.url)
        client._sleep = fake_sleep
        try:
            return (await client.models.retrieve("m")).id
        finally:
            await client.close()

    assert asyncio.run(run()) == "claude-sonnet-4-5" and sleeps == [1.0]


def test_raw_response_gives_status_request_id_and_rate_limits(server: Server) -> None:
    headers = {
        "request-id": "req_42",
        "anthropic-ratelimit-requests-limit": "4000",
        "anthropic-ratelimit-requests-remaining": "3999",
        "anthropic-ratelimit-requests-reset": "2026-11-22T12:00:30Z",
        "anthropic-ratelimit-output-tokens-remaining": "399000",
    }
    server.replies = [Reply(200, headers)]
    raw = client_for(server.url, []).models.with_raw_response.retrieve("claude-sonnet-4-5")
    assert raw.status_code == 200 and raw.request_id == "req_42"
    assert raw.parse().id == "claude-sonnet-4-5"
    limits = raw.rate_limits
    assert (limits.requests.limit, limits.requests.remaining, limits.requests.reset) == (
        4000,
        3999,
        "2026-11-22T12:00:30Z",
    )
    assert limits.output_tokens.remaining == 399000 and limits.tokens.limit is None and limits.retry_after is None


def test_async_raw_response(server: Server) -> None:
    server.replies = [Reply(200, {"request-id": "req_7", "retry-after": "3"})]

    async def run() -> tuple[str | None, float | None]:
        client = AsyncClient(api_key="sk-test", base_url=server.url)
        try:
            raw = await client.models.with_raw_response.retrieve("m")
            return raw.request_id, raw.rate_limits.retry_after
        finally:
            await client.close()

    assert asyncio.run(run()) == ("req_7", 3.0)


def example(method: str, path: str, accept: str = "application/json") -> bytes:
    """The spec's own example body for the operation."""
    return example_response(method, path, accept)[2]


@pytest.mark.parametrize(
    ("status", "error_type", "cls"),
    [
        (400, "invalid_request_error", BadRequestError),
        (401, "authentication_error", AuthenticationError),
        (403, "permission_error", PermissionDeniedError),
        (404, "not_found_error", NotFoundError),
        (409, "conflict_error", ConflictError),
        (413, "request_too_large", ContentTooLargeError),
        (422, "invalid_request_error", UnprocessableEntityError),
        (429, "rate_limit_error", RateLimitError),
        (500, "api_error", InternalServerError),
        (503, "api_error", InternalServerError),
        (529, "overloaded_error", OverloadedError),
        (418, "invalid_request_error", APIStatusError),
    ],
)
def test_each_status_gives_its_error_class(server: Server, status: int, error_type: str, cls: type[Exception]) -> None:
    body = {"type": "error", "error": {"type": error_type, "message": f"status {status}"}, "request_id": "req_9"}
    server.replies = [Reply(status, {"request-id": "req_9"}, json.dumps(body).encode())]
    with pytest.raises(APIStatusError) as caught:
        client_for(server.url, [], max_retries=0).models.retrieve("m")
    error = caught.value
    assert type(error) is cls and error.status_code == status and error.type == error_type
    assert error.message == f"status {status}" and error.body == body and error.request_id == "req_9"


def test_page_cursor_walks_every_page(server: Server) -> None:
    page = json.loads(example("GET", "/v1/files"))
    server.replies = [
        Reply(body=json.dumps({**page, "next_page": "p2"}).encode()),
        Reply(body=json.dumps({**page, "next_page": "p3"}).encode()),
        Reply(body=json.dumps({**page, "next_page": None}).encode()),
    ]
    first = client_for(server.url, []).files.list(limit=2)
    pages = list(first.iter_pages())
    assert len(pages) == 3 and not pages[-1].has_next_page() and pages[0].has_next_page()
    assert [p.split("?", 1)[1] for p in server.paths] == ["limit=2", "limit=2&page=p2", "limit=2&page=p3"]
    server.replies = [
        Reply(body=json.dumps({**page, "next_page": "p2"}).encode()),
        Reply(body=json.dumps({**page, "next_page": None}).encode()),
    ]
    ids = [f.id for f in client_for(server.url, []).files.list()]
    assert len(ids) == 2 * len(page["data"]) and ids[0] == page["data"][0]["id"]


def test_id_cursor_walks_forward_from_last_id(server: Server) -> None:
    def models_page(first: str, last: str, more: bool) -> Reply:
        data = [{**MODEL, "id": first}, {**MODEL, "id": last}]
        return Reply(body=json.dumps({"data": data, "has_more": more, "first_id": first, "last_id": last}).encode())

    server.replies = [models_page("a", "b", True), models_page("c", "d", True), models_page("e", "f", False)]
    assert [m.id for m in client_for(server.url, []).models.list(limit=2)] == ["a", "b", "c", "d", "e", "f"]
    assert [p.split("?", 1)[1] for p in server.paths] == ["limit=2", "limit=2&after_id=b", "limit=2&after_id=d"]


def test_bidirectional_page_exposes_prev_page_and_follows_next_only(server: Server) -> None:
    page = json.loads(example("GET", "/v1/sessions"))
    server.replies = [
        Reply(body=json.dumps({**page, "next_page": "n2", "prev_page": "p0"}).encode()),
        Reply(body=json.dumps({**page, "next_page": None, "prev_page": "p1"}).encode()),
    ]
    first = client_for(server.url, []).beta.sessions.list(order="desc")
    assert first.prev_page == "p0" and first.next_page == "n2"
    assert [p.prev_page for p in first.iter_pages()] == ["p0", "p1"]
    assert "page=n2" in server.paths[1] and "order=desc" in server.paths[1]


def test_stream_closes_its_connection_when_the_caller_stops_early(server: Server) -> None:
    body = example("GET", "/v1/sessions/sesn_1/events/stream", "text/event-stream")
    server.replies = [Reply(200, {"content-type": "text/event-stream"}, body)]
    client = client_for(server.url, [])
    stream = client.beta.sessions.events.stream("sesn_1")
    with stream:
        first = next(iter(stream))
    assert first.type == "session.status_running" and stream.response.is_closed
    assert server.received[0]["accept"] == "text/event-stream"
    assert server.received[0]["anthropic-beta"] == "managed-agents-2026-04-01"


def test_the_key_never_appears_in_reprs_errors_tracebacks_or_logs(
    server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "sk-ant-api03-very-secret-value"
    server.replies = [Reply(401, {}, b'{"type":"error","error":{"type":"authentication_error","message":"bad key"}}')]
    caplog.set_level(logging.DEBUG)
    client = Client(api_key=secret, base_url=server.url, max_retries=0)
    with pytest.raises(AuthenticationError) as caught:
        client.with_options(timeout=5).models.retrieve("m")
    shown = [
        repr(client),
        repr(client.with_options(max_retries=1)),
        str(caught.value),
        repr(caught.value),
        "".join(traceback.format_exception(caught.value)),
        caplog.text,
    ]
    assert caplog.text and all(secret not in text for text in shown)
    assert server.received[0]["x-api-key"] == secret


def test_every_result_carries_its_request_id(server: Server) -> None:
    page = {"data": [MODEL], "has_more": False, "first_id": MODEL["id"], "last_id": MODEL["id"]}
    server.replies = [
        Reply(200, {"request-id": "req_1"}),
        Reply(200, {"request-id": "req_2"}, json.dumps(page).encode()),
    ]
    client = client_for(server.url, [])
    model = client.models.retrieve("claude-sonnet-4-5")
    models = client.models.list()
    assert model._request_id == "req_1" and models.request_id == "req_2"  # pyright: ignore[reportPrivateUsage]
    assert models.data[0]._request_id is None  # items of a page are not responses themselves
