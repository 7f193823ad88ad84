"""client.messages.stream(): text as it arrives and the final message, over a real server and any chunking."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from local_server import LocalServer, QuietHandler

from claude_api import Client, types
from claude_api.testing import FakeTransport

CITATION = {
    "type": "char_location",
    "cited_text": "The grass is green.",
    "document_index": 0,
    "document_title": "Facts",
    "start_char_index": 0,
    "end_char_index": 19,
}
EVENTS = [
    (
        "message_start",
        {
            "type": "message_start",
            "message": {
                "id": "msg_01",
                "type": "message",
                "role": "assistant",
                "model": "claude-sonnet-4-5",
                "content": [],
                "stop_reason": None,
                "stop_sequence": None,
                "usage": {"input_tokens": 472, "output_tokens": 2, "cache_read_input_tokens": 100},
            },
        },
    ),
    ("content_block_start", {"type": "content_block_start", "index": 0, "content_block": {"type": "thinking", "thinking": "", "signature": ""}}),
    ("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": {"type": "thinking_delta", "thinking": "The user wants "}}),
    ("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": {"type": "thinking_delta", "thinking": "the weather."}}),
    ("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": {"type": "signature_delta", "signature": "EqQBCgIYAhIM1gbcDa"}}),
    ("content_block_stop", {"type": "content_block_stop", "index": 0}),
    ("ping", {"type": "ping"}),
    ("content_block_start", {"type": "content_block_start", "index": 1, "content_block": {"type": "text", "text": ""}}),
    ("content_block_delta", {"type": "content_block_delta", "index": 1, "delta": {"type": "text_delta", "text": "Grass is "}}),
    ("content_block_delta", {"type": "content_block_delta", "index": 1, "delta": {"type": "citations_delta", "citation": CITATION}}),
    ("content_block_delta", {"type": "content_block_delta", "index": 1, "delta": {"type": "text_delta", "text": "green — “naturally” 🌱."}}),
    ("content_block_stop", {"type": "content_block_stop", "index": 1}),
    ("content_block_start", {"type": "content_block_start", "index": 2, "content_block": {"type": "tool_use", "id": "toolu_01", "name": "get_weather", "input": {}}}),
    ("content_block_delta", {"type": "content_block_delta", "index": 2, "delta": {"type": "input_json_delta", "partial_json": ""}}),
    ("content_block_delta", {"type": "content_block_delta", "index": 2, "delta": {"type": "input_json_delta", "partial_json": '{"location": "San Fra'}}),
    ("content_block_delta", {"type": "content_block_delta", "index": 2, "delta": {"type": "input_json_delta", "partial_json": 'ncisco, CA", "unit": "celsius"}'}}),
    ("content_block_stop", {"type": "content_block_stop", "index": 2}),
    ("message_delta", {"type": "message_delta", "delta": {"stop_reason": "tool_use", "stop_sequence": None}, "usage": {"output_tokens": 89}}),
    ("message_stop", {"type": "message_stop"}),
]  # fmt: skip
BODY = "".join(f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n" for name, data in EVENTS).encode()
ARGS = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [{"role": "user", "content": "Weather?"}]}


def check_final(message: types.Message) -> None:
    thinking, text, tool = message.content
    assert isinstance(thinking, types.ThinkingBlock)
    assert (thinking.thinking, thinking.signature) == ("The user wants the weather.", "EqQBCgIYAhIM1gbcDa")
    assert isinstance(text, types.TextBlock) and text.text == "Grass is green — “naturally” 🌱."
    assert text.citations is not None and [c.model_dump(mode="json", exclude_none=True) for c in text.citations] == [
        CITATION
    ]
    assert isinstance(tool, types.ToolUseBlock)
    assert tool.input == {"location": "San Francisco, CA", "unit": "celsius"}
    assert message.stop_reason == "tool_use"
    usage = message.usage
    assert (usage.input_tokens, usage.output_tokens, usage.cache_read_input_tokens) == (472, 89, 100)


class SSEServer:
    """Serves BODY as text/event-stream, written in the chunks a test sets, flushing after each."""

    def __init__(self) -> None:
        self.chunks: list[bytes] = [BODY]
        self.requests: list[dict[str, object]] = []
        server = self

        class Handler(QuietHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:  # noqa: N802 (the stdlib's name)
                server.requests.append(json.loads(self.rfile.read(int(self.headers["content-length"]))))
                self.send_response(200)
                self.send_header("content-type", "text/event-stream")
                self.send_header("transfer-encoding", "chunked")
                self.end_headers()
                for chunk in server.chunks:
                    self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                    self.wfile.flush()
                self.wfile.write(b"0\r\n\r\n")

        self.local = LocalServer(Handler)
        self.url = self.local.url

    def stop(self) -> None:
        self.local.stop()


@pytest.fixture(scope="module")
def server() -> Iterator[SSEServer]:
    s = SSEServer()
    yield s
    s.stop()


def test_text_stream_and_final_message(server: SSEServer) -> None:
    server.chunks = [BODY]
    with Client(api_key="sk-test", base_url=server.url, max_retries=0) as client:
        with client.messages.stream(**ARGS) as stream:
            texts = list(stream.text_stream)
            message = stream.get_final_message()
    assert texts == ["Grass is ", "green — “naturally” 🌱."]
    check_final(message)
    assert server.requests[-1]["stream"] is True


def test_events_are_yielded_while_the_message_builds(server: SSEServer) -> None:
    server.chunks = [BODY]
    with Client(api_key="sk-test", base_url=server.url, max_retries=0) as client:
        with client.messages.stream(**ARGS) as stream:
            types_seen = [event.type for event in stream]
            assert stream.get_final_text() == "Grass is green — “naturally” 🌱."
    assert types_seen == [name for name, _ in EVENTS if name != "ping"]


@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(min_value=1, max_value=len(BODY) - 1), max_size=40, unique=True))
def test_any_chunking_of_the_bytes_gives_the_same_message(server: SSEServer, cuts: list[int]) -> None:
    """Chunk boundaries fall anywhere: inside lines, inside \\n\\n, inside multi-byte UTF-8 characters."""
    edges = [0, *sorted(cuts), len(BODY)]
    server.chunks = [BODY[a:b] for a, b in zip(edges, edges[1:])]
    with Client(api_key="sk-test", base_url=server.url, max_retries=0) as client:
        with client.messages.stream(**ARGS) as stream:
            check_final(stream.get_final_message())


def test_async_stream(server: SSEServer) -> None:
    from claude_api import AsyncClient

    server.chunks = [BODY[i : i + 7] for i in range(0, len(BODY), 7)]

    async def run() -> tuple[list[str], types.Message]:
        async with AsyncClient(api_key="sk-test", base_url=server.url, max_retries=0) as client:
            async with client.messages.stream(**ARGS) as stream:
                texts = [text async for text in stream.text_stream]
                return texts, await stream.get_final_message()

    texts, message = asyncio.run(run())
    assert "".join(texts) == "Grass is green — “naturally” 🌱."
    check_final(message)


def test_requests_are_valid_against_the_spec() -> None:
    transport = FakeTransport()
    transport.queue(200, "text/event-stream", BODY.decode())
    client = Client(api_key="sk-test", max_retries=0, http_client=httpx.Client(transport=transport))
    with client.messages.stream(**ARGS, betas=["context-1m-2025-08-07"]) as stream:
        check_final(stream.get_final_message())
    sent = transport.requests[0]
    assert sent.headers["accept"] == "text/event-stream" and sent.headers["anthropic-beta"] == "context-1m-2025-08-07"
