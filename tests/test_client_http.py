"""The generated client against a real HTTP server on 127.0.0.1: retries, waits, timeouts, connection errors."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from claude_api import APIConnectionError, APITimeoutError, AsyncClient, Client, InternalServerError, RateLimitError

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
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
                server.received.append({k.lower(): v for k, v in self.headers.items()})
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

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


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
