"""Run time of the generated client against the official `anthropic` SDK and raw httpx, on in-process transports.

Every client talks to a mock transport that answers with bytes prepared in advance, so what is measured is the
client: building the request, sending it through httpx, decoding and validating the answer.
- ours: claude_api.Client(http_client=httpx.Client(transport=httpx.MockTransport(...)))
- anthropic: anthropic.Anthropic(http_client=httpx2.Client(transport=httpx2.MockTransport(...))): anthropic 2.x
  sends through `httpx2` (its own fork of httpx) and refuses an `httpx.Client`
- raw httpx: httpx.Client.post() + json.loads, or iter_lines() + json.loads of each `data:` line: no models.

Rounds are interleaved (ours, anthropic, raw, ours, ...) so that load from other work hits all alike; each
figure is the median over rounds of the time of one call (one stream).

    python bench/runtime.py [--rounds N] [--quick]  # from the repository root; prints JSON
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from typing import Any, Callable, Iterator

sys.path.insert(0, os.path.join(os.getcwd(), "generated"))

import anthropic  # noqa: E402
import httpx  # noqa: E402
import httpx2  # noqa: E402

import claude_api  # noqa: E402

MODEL = "claude-sonnet-4-6"
REQUEST = {"model": MODEL, "max_tokens": 1024, "messages": [{"role": "user", "content": "Hello, Claude"}]}
HEADERS = {"content-type": "application/json", "request-id": "req_011CNha8iCJcU1wXNR6q4V8w"}
SSE_HEADERS = {"content-type": "text/event-stream; charset=utf-8", "request-id": "req_011CNha8iCJcU1wXNR6q4V8w"}
USAGE = {"input_tokens": 25, "output_tokens": 503, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0}


def message(content: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": "msg_013Zva2CMHLNnXjNJJKqJ2EF",
        "type": "message",
        "role": "assistant",
        "model": MODEL,
        "content": content,
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {**USAGE, "service_tier": "standard"},
    }


def small_message() -> bytes:
    return json.dumps(message([{"type": "text", "text": "Hi! My name is Claude.", "citations": None}])).encode()


def large_message(blocks: int) -> bytes:
    """`blocks` content blocks: thinking, text and tool_use in turn, as a long agentic answer has."""
    content: list[dict[str, Any]] = []
    for i in range(blocks):
        kind = i % 3
        if kind == 0:
            content.append(
                {
                    "type": "thinking",
                    "thinking": f"Step {i}: " + "consider the data. " * 12,
                    "signature": "EqQBCgIYAhIM" + "x" * 80,
                }
            )
        elif kind == 1:
            content.append(
                {"type": "text", "text": f"Paragraph {i}. " + "The quick brown fox jumps. " * 10, "citations": None}
            )
        else:
            content.append(
                {
                    "type": "tool_use",
                    "id": f"toolu_{i:024d}",
                    "name": "get_weather",
                    "input": {"location": f"City {i}", "unit": "celsius", "days": [1, 2, 3]},
                }
            )
    return json.dumps(message(content)).encode()


def sse_events(deltas: int) -> list[bytes]:
    """A text answer streamed as `deltas` text deltas, in the shape the API sends (with a ping)."""

    def event(name: str, data: dict[str, Any]) -> bytes:
        return f"event: {name}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n".encode()

    start = message([])
    start.update(stop_reason=None, usage={"input_tokens": 25, "output_tokens": 1})
    out = [
        event("message_start", {"type": "message_start", "message": start}),
        event(
            "content_block_start",
            {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        ),
        event("ping", {"type": "ping"}),
    ]
    words = ["Hello", " there", ",", " how", " can", " I", " help", " you", " today", "?"]
    for i in range(deltas):
        out.append(
            event(
                "content_block_delta",
                {
                    "type": "content_block_delta",
                    "index": 0,
                    "delta": {"type": "text_delta", "text": words[i % len(words)]},
                },
            )
        )
    out += [
        event("content_block_stop", {"type": "content_block_stop", "index": 0}),
        event(
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                "usage": {"output_tokens": deltas},
            },
        ),
        event("message_stop", {"type": "message_stop"}),
    ]
    return out


def rechunk(parts: list[bytes], size: int) -> list[bytes]:
    data = b"".join(parts)
    return [data[i : i + size] for i in range(0, len(data), size)]


class Answer:
    """What the mock transports send back: JSON bytes, or a list of chunks streamed one by one."""

    def __init__(self) -> None:
        self.json = b""
        self.chunks: list[bytes] = []


def make_clients(answer: Answer) -> dict[str, Any]:
    def ours_handler(request: httpx.Request) -> httpx.Response:
        if answer.chunks:
            return httpx.Response(200, headers=SSE_HEADERS, content=iter(answer.chunks))
        return httpx.Response(200, headers=HEADERS, content=answer.json)

    def sdk_handler(request: httpx2.Request) -> httpx2.Response:
        if answer.chunks:
            return httpx2.Response(200, headers=SSE_HEADERS, content=iter(answer.chunks))
        return httpx2.Response(200, headers=HEADERS, content=answer.json)

    base = "https://api.anthropic.com"
    return {
        "ours": claude_api.Client(
            api_key="sk-bench", base_url=base, http_client=httpx.Client(transport=httpx.MockTransport(ours_handler))
        ),
        "anthropic": anthropic.Anthropic(
            api_key="sk-bench", base_url=base, http_client=httpx2.Client(transport=httpx2.MockTransport(sdk_handler))
        ),
        "httpx": httpx.Client(
            base_url=base,
            transport=httpx.MockTransport(ours_handler),
            headers={"x-api-key": "sk-bench", "anthropic-version": "2023-06-01"},
        ),
    }


def create_calls(clients: dict[str, Any]) -> dict[str, Callable[[], Any]]:
    ours, sdk, raw = clients["ours"], clients["anthropic"], clients["httpx"]
    return {
        "ours": lambda: ours.messages.create(**REQUEST),
        "anthropic": lambda: sdk.messages.create(**REQUEST),
        "httpx": lambda: raw.post("/v1/messages", json=REQUEST).json(),
    }


def _raw_events(raw: httpx.Client) -> int:
    n = 0
    with raw.stream("POST", "/v1/messages", json={**REQUEST, "stream": True}) as response:
        for line in response.iter_lines():
            if line.startswith("data:"):
                json.loads(line[5:])
                n += 1
    return n


def _count(events: Iterator[Any]) -> int:
    return sum(1 for _ in events)


def stream_calls(clients: dict[str, Any]) -> dict[str, Callable[[], Any]]:
    ours, sdk, raw = clients["ours"], clients["anthropic"], clients["httpx"]
    return {
        "ours": lambda: _count(iter(ours.messages.create(**REQUEST, stream=True))),
        "anthropic": lambda: _count(iter(sdk.messages.create(**REQUEST, stream=True))),
        "httpx": lambda: _raw_events(raw),
    }


def _final_ours(client: Any) -> Any:
    with client.messages.stream(**REQUEST) as stream:
        return stream.get_final_message()


def _final_sdk(client: Any) -> Any:
    with client.messages.stream(**REQUEST) as stream:
        return stream.get_final_message()


def accumulate_calls(clients: dict[str, Any]) -> dict[str, Callable[[], Any]]:
    return {"ours": lambda: _final_ours(clients["ours"]), "anthropic": lambda: _final_sdk(clients["anthropic"])}


def measure(calls: dict[str, Callable[[], Any]], rounds: int, per_round: int) -> dict[str, Any]:
    """Median (over rounds) of the seconds per call; every round runs each client in turn."""
    for call in calls.values():  # warm up: adapters, caches, first-use imports
        for _ in range(min(per_round, 3)):
            call()
    samples: dict[str, list[float]] = {name: [] for name in calls}
    for r in range(rounds):
        order = list(calls.items())
        order = order[r % len(order) :] + order[: r % len(order)]
        for name, call in order:
            start = time.perf_counter()
            for _ in range(per_round):
                call()
            samples[name].append((time.perf_counter() - start) / per_round)
    return {name: {"median_s": statistics.median(s), "samples_s": s} for name, s in samples.items()}


def check_results(clients: dict[str, Any], answer: Answer, deltas: int, blocks: int) -> dict[str, Any]:
    """The answers each client gives, so that a table never compares a client that failed or skipped work."""
    answer.chunks = []
    answer.json = large_message(blocks)
    ours = clients["ours"].messages.create(**REQUEST)
    sdk = clients["anthropic"].messages.create(**REQUEST)
    answer.chunks = sse_events(deltas)
    ours_final = _final_ours(clients["ours"])
    sdk_final = _final_sdk(clients["anthropic"])
    return {
        "large_blocks": {"ours": len(ours.content), "anthropic": len(sdk.content)},
        "large_block_types": {"ours": type(ours.content[1]).__name__, "anthropic": type(sdk.content[1]).__name__},
        "stream_events": {
            "ours": _count(iter(clients["ours"].messages.create(**REQUEST, stream=True))),
            "anthropic": _count(iter(clients["anthropic"].messages.create(**REQUEST, stream=True))),
            "httpx": _raw_events(clients["httpx"]),
        },
        "final_text_chars": {"ours": len(ours_final.content[0].text), "anthropic": len(sdk_final.content[0].text)},
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="small sizes, to try the script")
    args = parser.parse_args()
    rounds = args.rounds
    blocks, deltas = (60, 300) if args.quick else (300, 5000)
    answer = Answer()
    clients = make_clients(answer)
    events = sse_events(deltas)
    body = b"".join(events)
    result: dict[str, Any] = {
        "sizes": {
            "large_message_blocks": blocks,
            "large_message_bytes": len(large_message(blocks)),
            "stream_text_deltas": deltas,
            "stream_events": len(events),
            "stream_bytes": len(body),
        },
        "versions": {
            "anthropic": anthropic.__version__,
            "httpx": httpx.__version__,
            "httpx2": httpx2.__version__,
        },
    }
    result["check"] = check_results(clients, answer, deltas, blocks)

    answer.chunks, answer.json = [], small_message()
    result["create_small"] = measure(create_calls(clients), rounds, 20 if args.quick else 200)
    answer.json = large_message(blocks)
    result["create_large"] = measure(create_calls(clients), rounds, 3 if args.quick else 10)
    answer.json = b""
    answer.chunks = events
    result["stream_per_event_chunks"] = measure(stream_calls(clients), rounds, 1)
    answer.chunks = rechunk(events, 16384)
    result["stream_16k_chunks"] = measure(stream_calls(clients), rounds, 1)
    answer.chunks = events
    result["accumulate_per_event_chunks"] = measure(accumulate_calls(clients), rounds, 1)
    json.dump(result, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
