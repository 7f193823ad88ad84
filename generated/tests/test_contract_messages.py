"""Contract tests of client.messages: generated from the spec, do not edit.

Each test calls the generated client, validates the request it sends against the spec (conftest.py),
answers with the spec's example and checks the typed result.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from _contract import async_client, example_kwargs, sync_client
from pydantic import TypeAdapter

from claude_api import APIStatusError, InternalServerError, types
from claude_api._exceptions import _BY_STATUS  # pyright: ignore[reportPrivateUsage]
from claude_api.testing import FakeTransport

# POST /v1/messages/count_tokens
MESSAGES_COUNT_TOKENS_ARGS: list[Any] = []
MESSAGES_COUNT_TOKENS_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"model": "claude-sonnet-4-5", "system": "You are a scientist", "messages": [{"role": "user", "content": "Hello, Claude"}]}',
        {
            "billing_policy": "billing_policy",
            "cache_control": "cache_control",
            "compaction": "compaction",
            "context_management": "context_management",
            "messages": "messages",
            "mcp_servers": "mcp_servers",
            "model": "model",
            "output_config": "output_config",
            "speed": "speed",
            "system": "system",
            "thinking": "thinking",
            "tool_choice": "tool_choice",
            "tools": "tools",
        },
    ),
}
MESSAGES_COUNT_TOKENS_RESPONSE = (
    200,
    "application/json",
    '{"input_tokens": 2095}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_messages_count_tokens(transport: FakeTransport) -> None:
    transport.queue(*MESSAGES_COUNT_TOKENS_RESPONSE)
    client = sync_client(transport)
    result = client.messages.count_tokens(*MESSAGES_COUNT_TOKENS_ARGS, **MESSAGES_COUNT_TOKENS_KWARGS)
    assert isinstance(result, types.MessageTokensCount)
    adapter: TypeAdapter[Any] = TypeAdapter(types.MessageTokensCount)
    expected = adapter.validate_json(MESSAGES_COUNT_TOKENS_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_messages_count_tokens_async(transport: FakeTransport) -> None:
    transport.queue(*MESSAGES_COUNT_TOKENS_RESPONSE)

    async def run() -> Any:
        return await client.messages.count_tokens(*MESSAGES_COUNT_TOKENS_ARGS, **MESSAGES_COUNT_TOKENS_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.MessageTokensCount)


@pytest.mark.parametrize(
    ("status", "content_type", "body", "headers"),
    [
        (
            400,
            "application/json",
            '{"type": "error", "error": {"type": "invalid_request_error", "message": "There was an issue with the format or content of your request"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            401,
            "application/json",
            '{"type": "error", "error": {"type": "authentication_error", "message": "There is an issue with your API key"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            403,
            "application/json",
            '{"type": "error", "error": {"type": "permission_error", "message": "Your API key does not have permission to use the specified resource"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            404,
            "application/json",
            '{"type": "error", "error": {"type": "not_found_error", "message": "The requested resource was not found"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            413,
            "application/json",
            '{"type": "error", "error": {"type": "request_too_large", "message": "The request exceeds the maximum allowed number of bytes"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            429,
            "application/json",
            '{"type": "error", "error": {"type": "rate_limit_error", "message": "Your account has hit a rate limit"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {
                "anthropic-ratelimit-input-tokens-limit": "2000000",
                "anthropic-ratelimit-input-tokens-remaining": "1999000",
                "anthropic-ratelimit-input-tokens-reset": "2026-11-22T12:00:01Z",
                "anthropic-ratelimit-output-tokens-limit": "400000",
                "anthropic-ratelimit-output-tokens-remaining": "399000",
                "anthropic-ratelimit-output-tokens-reset": "2026-11-22T12:00:01Z",
                "anthropic-ratelimit-requests-limit": "4000",
                "anthropic-ratelimit-requests-remaining": "3999",
                "anthropic-ratelimit-requests-reset": "2026-11-22T12:00:30Z",
                "anthropic-ratelimit-tokens-limit": "2000000",
                "anthropic-ratelimit-tokens-remaining": "1999000",
                "anthropic-ratelimit-tokens-reset": "2026-11-22T12:00:01Z",
                "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG",
                "retry-after": "30",
            },
        ),
        (
            500,
            "application/json",
            '{"type": "error", "error": {"type": "api_error", "message": "An unexpected error has occurred internal to the system"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            529,
            "application/json",
            '{"type": "error", "error": {"type": "overloaded_error", "message": "The API is temporarily overloaded"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
    ],
)
def test_messages_count_tokens_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.messages.count_tokens(*MESSAGES_COUNT_TOKENS_ARGS, **MESSAGES_COUNT_TOKENS_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/messages
MESSAGES_CREATE_ARGS: list[Any] = []
MESSAGES_CREATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [{"role": "user", "content": "Hello, Claude"}]}',
        {
            "billing_policy": "billing_policy",
            "cache_control": "cache_control",
            "compaction": "compaction",
            "container": "container",
            "context_management": "context_management",
            "diagnostics": "diagnostics",
            "fallback_credit_token": "fallback_credit_token",
            "fallbacks": "fallbacks",
            "inference_geo": "inference_geo",
            "max_tokens": "max_tokens",
            "messages": "messages",
            "mcp_servers": "mcp_servers",
            "metadata": "metadata",
            "model": "model",
            "output_config": "output_config",
            "service_tier": "service_tier",
            "speed": "speed",
            "stop_sequences": "stop_sequences",
            "temperature": "temperature",
            "top_k": "top_k",
            "top_p": "top_p",
            "system": "system",
            "thinking": "thinking",
            "thread": "thread",
            "tool_choice": "tool_choice",
            "tools": "tools",
        },
    ),
}
MESSAGES_CREATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "msg_013Zva2CMHLNnXjNJJKqJ2EF", "type": "message", "role": "assistant", "model": "claude-sonnet-4-5", "content": [{"type": "text", "text": "Hi! My name is Claude.", "citations": null}], "stop_reason": "end_turn", "stop_sequence": null, "usage": {"input_tokens": 2095, "output_tokens": 503, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0, "service_tier": "standard"}}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_messages_create(transport: FakeTransport) -> None:
    transport.queue(*MESSAGES_CREATE_RESPONSE)
    client = sync_client(transport)
    result = client.messages.create(*MESSAGES_CREATE_ARGS, **MESSAGES_CREATE_KWARGS)
    assert isinstance(result, types.Message)
    adapter: TypeAdapter[Any] = TypeAdapter(types.Message)
    expected = adapter.validate_json(MESSAGES_CREATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_messages_create_async(transport: FakeTransport) -> None:
    transport.queue(*MESSAGES_CREATE_RESPONSE)

    async def run() -> Any:
        return await client.messages.create(*MESSAGES_CREATE_ARGS, **MESSAGES_CREATE_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.Message)


@pytest.mark.parametrize(
    ("status", "content_type", "body", "headers"),
    [
        (
            400,
            "application/json",
            '{"type": "error", "error": {"type": "invalid_request_error", "message": "There was an issue with the format or content of your request"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            401,
            "application/json",
            '{"type": "error", "error": {"type": "authentication_error", "message": "There is an issue with your API key"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            403,
            "application/json",
            '{"type": "error", "error": {"type": "permission_error", "message": "Your API key does not have permission to use the specified resource"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            404,
            "application/json",
            '{"type": "error", "error": {"type": "not_found_error", "message": "The requested resource was not found"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            413,
            "application/json",
            '{"type": "error", "error": {"type": "request_too_large", "message": "The request exceeds the maximum allowed number of bytes"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            429,
            "application/json",
            '{"type": "error", "error": {"type": "rate_limit_error", "message": "Your account has hit a rate limit"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {
                "anthropic-ratelimit-input-tokens-limit": "2000000",
                "anthropic-ratelimit-input-tokens-remaining": "1999000",
                "anthropic-ratelimit-input-tokens-reset": "2026-11-22T12:00:01Z",
                "anthropic-ratelimit-output-tokens-limit": "400000",
                "anthropic-ratelimit-output-tokens-remaining": "399000",
                "anthropic-ratelimit-output-tokens-reset": "2026-11-22T12:00:01Z",
                "anthropic-ratelimit-requests-limit": "4000",
                "anthropic-ratelimit-requests-remaining": "3999",
                "anthropic-ratelimit-requests-reset": "2026-11-22T12:00:30Z",
                "anthropic-ratelimit-tokens-limit": "2000000",
                "anthropic-ratelimit-tokens-remaining": "1999000",
                "anthropic-ratelimit-tokens-reset": "2026-11-22T12:00:01Z",
                "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG",
                "retry-after": "30",
            },
        ),
        (
            500,
            "application/json",
            '{"type": "error", "error": {"type": "api_error", "message": "An unexpected error has occurred internal to the system"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            529,
            "application/json",
            '{"type": "error", "error": {"type": "overloaded_error", "message": "The API is temporarily overloaded"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
    ],
)
def test_messages_create_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.messages.create(*MESSAGES_CREATE_ARGS, **MESSAGES_CREATE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


def test_messages_create_stream(transport: FakeTransport) -> None:
    body = 'event: message_start\ndata: {"type":"message_start","message":{"id":"msg_013Zva2CMHLNnXjNJJKqJ2EF","type":"message","role":"assistant","model":"claude-sonnet-4-5","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":25,"output_tokens":1}}}\n\nevent: content_block_start\ndata: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}\n\nevent: ping\ndata: {"type":"ping"}\n\nevent: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hello"}}\n\nevent: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"!"}}\n\nevent: content_block_stop\ndata: {"type":"content_block_stop","index":0}\n\nevent: message_delta\ndata: {"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":15}}\n\nevent: message_stop\ndata: {"type":"message_stop"}\n\n'
    transport.queue(200, "text/event-stream", body)
    client = sync_client(transport)
    with client.messages.create(*MESSAGES_CREATE_ARGS, **{**MESSAGES_CREATE_KWARGS, "stream": True}) as stream:
        events = list(stream)
    names = [line[len("event: ") :] for line in body.splitlines() if line.startswith("event: ")]
    assert [e.type for e in events] == [n for n in names if n not in ["ping"]]
    assert json.loads(transport.requests[0].content)["stream"] is True


# POST /v1/messages/batches/{message_batch_id}/cancel
MESSAGES_BATCHES_CANCEL_ARGS: list[Any] = [
    "msgbatch_013Zva2CMHLNnXjNJJKqJ2EF",
]
MESSAGES_BATCHES_CANCEL_KWARGS: dict[str, Any] = {}
MESSAGES_BATCHES_CANCEL_RESPONSE = (
    200,
    "application/json",
    '{"id": "msgbatch_013Zva2CMHLNnXjNJJKqJ2EF", "type": "message_batch", "processing_status": "canceling", "request_counts": {"processing": 2, "succeeded": 0, "errored": 0, "canceled": 0, "expired": 0}, "ended_at": null, "created_at": "2026-11-20T18:37:24.100435Z", "expires_at": "2026-11-21T18:37:24.100435Z", "archived_at": null, "cancel_initiated_at": "2026-11-20T18:40:00.000000Z", "results_url": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_messages_batches_cancel(transport: FakeTransport) -> None:
    transport.queue(*MESSAGES_BATCHES_CANCEL_RESPONSE)
    client = sync_client(transport)
    result = client.messages.batches.cancel(*MESSAGES_BATCHES_CANCEL_ARGS, **MESSAGES_BATCHES_CANCEL_KWARGS)
    assert isinstance(result, types.MessageBatch)
    adapter: TypeAdapter[Any] = TypeAdapter(types.MessageBatch)
    expected = adapter.validate_json(MESSAGES_BATCHES_CANCEL_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_messages_batches_cancel_async(transport: FakeTransport) -> None:
    transport.queue(*MESSAGES_BATCHES_CANCEL_RESPONSE)

    async def run() -> Any:
        return await client.messages.batches.cancel(*MESSAGES_BATCHES_CANCEL_ARGS, **MESSAGES_BATCHES_CANCEL_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.MessageBatch)


@pytest.mark.parametrize(
    ("status", "content_type", "body", "headers"),
    [
        (
            400,
            "application/json",
            '{"type": "error", "error": {"type": "invalid_request_error", "message": "There was an issue with the format or content of your request"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            401,
            "application/json",
            '{"type": "error", "error": {"type": "authentication_error", "message": "There is an issue with your API key"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            403,
            "application/json",
            '{"type": "error", "error": {"type": "permission_error", "message": "Your API key does not have permission to use the specified resource"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            404,
            "application/json",
            '{"type": "error", "error": {"type": "not_found_error", "message": "The requested resource was not found"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            429,
            "application/json",
            '{"type": "error", "error": {"type": "rate_limit_error", "message": "Your account has hit a rate limit"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {
                "anthropic-ratelimit-input-tokens-limit": "2000000",
                "anthropic-ratelimit-input-tokens-remaining": "1999000",
                "anthropic-ratelimit-input-tokens-reset": "2026-11-22T12:00:01Z",
                "anthropic-ratelimit-output-tokens-limit": "400000",
                "anthropic-ratelimit-output-tokens-remaining": "399000",
                "anthropic-ratelimit-output-tokens-reset": "2026-11-22T12:00:01Z",
                "anthropic-ratelimit-requests-limit": "4000",
                "anthropic-ratelimit-requests-remaining": "3999",
                "anthropic-ratelimit-requests-reset": "2026-11-22T12:00:30Z",
                "anthropic-ratelimit-tokens-limit": "2000000",
                "anthropic-ratelimit-tokens-remaining": "1999000",
                "anthropic-ratelimit-tokens-reset": "2026-11-22T12:00:01Z",
                "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG",
                "retry-after": "30",
            },
        ),
        (
            500,
            "application/json",
            '{"type": "error", "error": {"type": "api_error", "message": "An unexpected error has occurred internal to the system"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            529,
            "application/json",
            '{"type": "error", "error": {"type": "overloaded_error", "message": "The API is temporarily overloaded"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
    ],
)
def test_messages_batches_cancel_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.messages.batches.cancel(*MESSAGES_BATCHES_CANCEL_ARGS, **MESSAGES_BATCHES_CANCEL_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/messages/batches
MESSAGES_BATCHES_CREATE_ARGS: list[Any] = []
MESSAGES_BATCHES_CREATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"requests": [{"custom_id": "my-first-request", "params": {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [{"role": "user", "content": "Hello, world"}]}}, {"custom_id": "my-second-request", "params": {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [{"role": "user", "content": "Hi again, friend"}]}}]}',
        {"requests": "requests"},
    ),
}
MESSAGES_BATCHES_CREATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "msgbatch_013Zva2CMHLNnXjNJJKqJ2EF", "type": "message_batch", "processing_status": "in_progress", "request_counts": {"processing": 2, "succeeded": 0, "errored": 0, "canceled": 0, "expired": 0}, "ended_at": null, "created_at": "2026-11-20T18:37:24.100435Z", "expires_at": "2026-11-21T18:37:24.100435Z", "archived_at": null, "cancel_initiated_at": null, "results_url": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_messages_batches_create(transport: FakeTransport) -> None:
    transport.queue(*MESSAGES_BATCHES_CREATE_RESPONSE)
    client = sync_client(transport)
    result = client.messages.batches.create(*MESSAGES_BATCHES_CREATE_ARGS, **MESSAGES_BATCHES_CREATE_KWARGS)
    assert isinstance(result, types.MessageBatch)
    adapter: TypeAdapter[Any] = TypeAdapter(types.MessageBatch)
    expected = adapter.validate_json(MESSAGES_BATCHES_CREATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_messages_batches_create_async(transport: FakeTransport) -> None:
    transport.queue(*MESSAGES_BATCHES_CREATE_RESPONSE)

    async def run() -> Any:
        return await client.messages.batches.create(*MESSAGES_BATCHES_CREATE_ARGS, **MESSAGES_BATCHES_CREATE_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.MessageBatch)


@pytest.mark.parametrize(
    ("status", "content_type", "body", "headers"),
    [
        (
            400,
            "application/json",
            '{"type": "error", "error": {"type": "invalid_request_error", "message": "There was an issue with the format or content of your request"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            401,
            "application/json",
            '{"type": "error", "error": {"type": "authentication_error", "message": "There is an issue with your API key"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            403,
            "application/json",
            '{"type": "error", "error": {"type": "permission_error", "message": "Your API key does not have permission to use the specified resource"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            404,
            "application/json",
            '{"type": "error", "error": {"type": "not_found_error", "message": "The requested resource was not found"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            413,
            "application/json",
            '{"type": "error", "error": {"type": "request_too_large", "message": "The request exceeds the maximum allowed number of bytes"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            429,
            "application/json",
            '{"type": "error", "error": {"type": "rate_limit_error", "message": "Your account has hit a rate limit"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {
                "anthropic-ratelimit-input-tokens-limit": "2000000",
                "anthropic-ratelimit-input-tokens-remaining": "1999000",
                "anthropic-ratelimit-input-tokens-reset": "2026-11-22T12:00:01Z",
                "anthropic-ratelimit-output-tokens-limit": "400000",
                "anthropic-ratelimit-output-tokens-remaining": "399000",
                "anthropic-ratelimit-output-tokens-reset": "2026-11-22T12:00:01Z",
                "anthropic-ratelimit-requests-limit": "4000",
                "anthropic-ratelimit-requests-remaining": "3999",
                "anthropic-ratelimit-requests-reset": "2026-11-22T12:00:30Z",
                "anthropic-ratelimit-tokens-limit": "2000000",
                "anthropic-ratelimit-tokens-remaining": "1999000",
                "anthropic-ratelimit-tokens-reset": "2026-11-22T12:00:01Z",
                "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG",
                "retry-after": "30",
            },
        ),
        (
            500,
            "application/json",
            '{"type": "error", "error": {"type": "api_error", "message": "An unexpected error has occurred internal to the system"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            529,
            "application/json",
            '{"type": "error", "error": {"type": "overloaded_error", "message": "The API is temporarily overloaded"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
    ],
)
def test_messages_batches_create_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.messages.batches.create(*MESSAGES_BATCHES_CREATE_ARGS, **MESSAGES_BATCHES_CREATE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# DELETE /v1/messages/batches/{message_batch_id}
MESSAGES_BATCHES_DELETE_ARGS: list[Any] = [
    "msgbatch_013Zva2CMHLNnXjNJJKqJ2EF",
]
MESSAGES_BATCHES_DELETE_KWARGS: dict[str, Any] = {}
MESSAGES_BATCHES_DELETE_RESPONSE = (
    200,
    "application/json",
    '{"id": "msgbatch_013Zva2CMHLNnXjNJJKqJ2EF", "type": "message_batch_deleted"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_messages_batches_delete(transport: FakeTransport) -> None:
    transport.queue(*MESSAGES_BATCHES_DELETE_RESPONSE)
    client = sync_client(transport)
    result = client.messages.batches.delete(*MESSAGES_BATCHES_DELETE_ARGS, **MESSAGES_BATCHES_DELETE_KWARGS)
    assert isinstance(result, types.DeletedMessageBatch)
    adapter: TypeAdapter[Any] = TypeAdapter(types.DeletedMessageBatch)
    expected = adapter.validate_json(MESSAGES_BATCHES_DELETE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_messages_batches_delete_async(transport: FakeTransport) -> None:
    transport.queue(*MESSAGES_BATCHES_DELETE_RESPONSE)

    async def run() -> Any:
        return await client.messages.batches.delete(*MESSAGES_BATCHES_DELETE_ARGS, **MESSAGES_BATCHES_DELETE_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.DeletedMessageBatch)


@pytest.mark.parametrize(
    ("status", "content_type", "body", "headers"),
    [
        (
            400,
            "application/json",
            '{"type": "error", "error": {"type": "invalid_request_error", "message": "There was an issue with the format or content of your request"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            401,
            "application/json",
            '{"type": "error", "error": {"type": "authentication_error", "message": "There is an issue with your API key"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            403,
            "application/json",
            '{"type": "error", "error": {"type": "permission_error", "message": "Your API key does not have permission to use the specified resource"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            404,
            "application/json",
            '{"type": "error", "error": {"type": "not_found_error", "message": "The requested resource was not found"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            429,
            "application/json",
            '{"type": "error", "error": {"type": "rate_limit_error", "message": "Your account has hit a rate limit"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {
                "anthropic-ratelimit-input-tokens-limit": "2000000",
                "anthropic-ratelimit-input-tokens-remaining": "1999000",
                "anthropic-ratelimit-input-tokens-reset": "2026-11-22T12:00:01Z",
                "anthropic-ratelimit-output-tokens-limit": "400000",
                "anthropic-ratelimit-output-tokens-remaining": "399000",
                "anthropic-ratelimit-output-tokens-reset": "2026-11-22T12:00:01Z",
                "anthropic-ratelimit-requests-limit": "4000",
                "anthropic-ratelimit-requests-remaining": "3999",
                "anthropic-ratelimit-requests-reset": "2026-11-22T12:00:30Z",
                "anthropic-ratelimit-tokens-limit": "2000000",
                "anthropic-ratelimit-tokens-remaining": "1999000",
                "anthropic-ratelimit-tokens-reset": "2026-11-22T12:00:01Z",
                "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG",
                "retry-after": "30",
            },
        ),
        (
            500,
            "application/json",
            '{"type": "error", "error": {"type": "api_error", "message": "An unexpected error has occurred internal to the system"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            529,
            "application/json",
            '{"type": "error", "error": {"type": "overloaded_error", "message": "The API is temporarily overloaded"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
    ],
)
def test_messages_batches_delete_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.messages.batches.delete(*MESSAGES_BATCHES_DELETE_ARGS, **MESSAGES_BATCHES_DELETE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/messages/batches
MESSAGES_BATCHES_LIST_ARGS: list[Any] = []
MESSAGES_BATCHES_LIST_KWARGS: dict[str, Any] = {}
MESSAGES_BATCHES_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "msgbatch_013Zva2CMHLNnXjNJJKqJ2EF", "type": "message_batch", "processing_status": "ended", "request_counts": {"processing": 0, "succeeded": 2, "errored": 0, "canceled": 0, "expired": 0}, "ended_at": "2026-11-20T19:02:11.310092Z", "created_at": "2026-11-20T18:37:24.100435Z", "expires_at": "2026-11-21T18:37:24.100435Z", "archived_at": null, "cancel_initiated_at": null, "results_url": "https://api.anthropic.com/v1/messages/batches/msgbatch_013Zva2CMHLNnXjNJJKqJ2EF/results"}], "has_more": false, "first_id": "msgbatch_013Zva2CMHLNnXjNJJKqJ2EF", "last_id": "msgbatch_013Zva2CMHLNnXjNJJKqJ2EF"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_messages_batches_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = MESSAGES_BATCHES_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.messages.batches.list(*MESSAGES_BATCHES_LIST_ARGS, **MESSAGES_BATCHES_LIST_KWARGS)
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.MessageBatch) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["after_id"] == page["last_id"]


def test_messages_batches_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = MESSAGES_BATCHES_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.messages.batches.list(*MESSAGES_BATCHES_LIST_ARGS, **MESSAGES_BATCHES_LIST_KWARGS)
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.MessageBatch) for item in items)


@pytest.mark.parametrize(
    ("status", "content_type", "body", "headers"),
    [
        (
            400,
            "application/json",
            '{"type": "error", "error": {"type": "invalid_request_error", "message": "There was an issue with the format or content of your request"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            401,
            "application/json",
            '{"type": "error", "error": {"type": "authentication_error", "message": "There is an issue with your API key"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            403,
            "application/json",
            '{"type": "error", "error": {"type": "permission_error", "message": "Your API key does not have permission to use the specified resource"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            404,
            "application/json",
            '{"type": "error", "error": {"type": "not_found_error", "message": "The requested resource was not found"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            429,
            "application/json",
            '{"type": "error", "error": {"type": "rate_limit_error", "message": "Your account has hit a rate limit"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {
                "anthropic-ratelimit-input-tokens-limit": "2000000",
                "anthropic-ratelimit-input-tokens-remaining": "1999000",
                "anthropic-ratelimit-input-tokens-reset": "2026-11-22T12:00:01Z",
                "anthropic-ratelimit-output-tokens-limit": "400000",
                "anthropic-ratelimit-output-tokens-remaining": "399000",
                "anthropic-ratelimit-output-tokens-reset": "2026-11-22T12:00:01Z",
                "anthropic-ratelimit-requests-limit": "4000",
                "anthropic-ratelimit-requests-remaining": "3999",
                "anthropic-ratelimit-requests-reset": "2026-11-22T12:00:30Z",
                "anthropic-ratelimit-tokens-limit": "2000000",
                "anthropic-ratelimit-tokens-remaining": "1999000",
                "anthropic-ratelimit-tokens-reset": "2026-11-22T12:00:01Z",
                "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG",
                "retry-after": "30",
            },
        ),
        (
            500,
            "application/json",
            '{"type": "error", "error": {"type": "api_error", "message": "An unexpected error has occurred internal to the system"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            529,
            "application/json",
            '{"type": "error", "error": {"type": "overloaded_error", "message": "The API is temporarily overloaded"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
    ],
)
def test_messages_batches_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.messages.batches.list(*MESSAGES_BATCHES_LIST_ARGS, **MESSAGES_BATCHES_LIST_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/messages/batches/{message_batch_id}/results
MESSAGES_BATCHES_RESULTS_ARGS: list[Any] = [
    "msgbatch_013Zva2CMHLNnXjNJJKqJ2EF",
]
MESSAGES_BATCHES_RESULTS_KWARGS: dict[str, Any] = {}
MESSAGES_BATCHES_RESULTS_RESPONSE = (
    200,
    "application/x-jsonl",
    '{"custom_id":"my-first-request","result":{"type":"succeeded","message":{"id":"msg_014VwiXbi91y3JMjcpyGBHX5","type":"message","role":"assistant","model":"claude-sonnet-4-5","content":[{"type":"text","text":"Hello again! How can I help?"}],"stop_reason":"end_turn","stop_sequence":null,"usage":{"input_tokens":11,"output_tokens":36}}}}\n{"custom_id":"my-second-request","result":{"type":"errored","error":{"type":"error","error":{"type":"invalid_request_error","message":"max_tokens: Field required"}}}}\n',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_messages_batches_results(transport: FakeTransport) -> None:
    status, content_type, body, headers = MESSAGES_BATCHES_RESULTS_RESPONSE
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    items = list(client.messages.batches.results(*MESSAGES_BATCHES_RESULTS_ARGS, **MESSAGES_BATCHES_RESULTS_KWARGS))
    assert len(items) == len([line for line in body.splitlines() if line.strip()])
    assert all(isinstance(item, types.MessageBatchIndividualResponse) for item in items)


def test_messages_batches_results_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = MESSAGES_BATCHES_RESULTS_RESPONSE
    transport.queue(status, content_type, body, headers)

    async def run() -> list[Any]:
        client = async_client(transport)
        lines = await client.messages.batches.results(*MESSAGES_BATCHES_RESULTS_ARGS, **MESSAGES_BATCHES_RESULTS_KWARGS)
        return [item async for item in lines]

    items = asyncio.run(run())
    assert all(isinstance(item, types.MessageBatchIndividualResponse) for item in items) and items


@pytest.mark.parametrize(
    ("status", "content_type", "body", "headers"),
    [
        (
            400,
            "application/json",
            '{"type": "error", "error": {"type": "invalid_request_error", "message": "There was an issue with the format or content of your request"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            401,
            "application/json",
            '{"type": "error", "error": {"type": "authentication_error", "message": "There is an issue with your API key"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            403,
            "application/json",
            '{"type": "error", "error": {"type": "permission_error", "message": "Your API key does not have permission to use the specified resource"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            404,
            "application/json",
            '{"type": "error", "error": {"type": "not_found_error", "message": "The requested resource was not found"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            429,
            "application/json",
            '{"type": "error", "error": {"type": "rate_limit_error", "message": "Your account has hit a rate limit"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {
                "anthropic-ratelimit-input-tokens-limit": "2000000",
                "anthropic-ratelimit-input-tokens-remaining": "1999000",
                "anthropic-ratelimit-input-tokens-reset": "2026-11-22T12:00:01Z",
                "anthropic-ratelimit-output-tokens-limit": "400000",
                "anthropic-ratelimit-output-tokens-remaining": "399000",
                "anthropic-ratelimit-output-tokens-reset": "2026-11-22T12:00:01Z",
                "anthropic-ratelimit-requests-limit": "4000",
                "anthropic-ratelimit-requests-remaining": "3999",
                "anthropic-ratelimit-requests-reset": "2026-11-22T12:00:30Z",
                "anthropic-ratelimit-tokens-limit": "2000000",
                "anthropic-ratelimit-tokens-remaining": "1999000",
                "anthropic-ratelimit-tokens-reset": "2026-11-22T12:00:01Z",
                "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG",
                "retry-after": "30",
            },
        ),
        (
            500,
            "application/json",
            '{"type": "error", "error": {"type": "api_error", "message": "An unexpected error has occurred internal to the system"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            529,
            "application/json",
            '{"type": "error", "error": {"type": "overloaded_error", "message": "The API is temporarily overloaded"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
    ],
)
def test_messages_batches_results_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.messages.batches.results(*MESSAGES_BATCHES_RESULTS_ARGS, **MESSAGES_BATCHES_RESULTS_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/messages/batches/{message_batch_id}
MESSAGES_BATCHES_RETRIEVE_ARGS: list[Any] = [
    "msgbatch_013Zva2CMHLNnXjNJJKqJ2EF",
]
MESSAGES_BATCHES_RETRIEVE_KWARGS: dict[str, Any] = {}
MESSAGES_BATCHES_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "msgbatch_013Zva2CMHLNnXjNJJKqJ2EF", "type": "message_batch", "processing_status": "ended", "request_counts": {"processing": 0, "succeeded": 2, "errored": 0, "canceled": 0, "expired": 0}, "ended_at": "2026-11-20T19:02:11.310092Z", "created_at": "2026-11-20T18:37:24.100435Z", "expires_at": "2026-11-21T18:37:24.100435Z", "archived_at": null, "cancel_initiated_at": null, "results_url": "https://api.anthropic.com/v1/messages/batches/msgbatch_013Zva2CMHLNnXjNJJKqJ2EF/results"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_messages_batches_retrieve(transport: FakeTransport) -> None:
    transport.queue(*MESSAGES_BATCHES_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.messages.batches.retrieve(*MESSAGES_BATCHES_RETRIEVE_ARGS, **MESSAGES_BATCHES_RETRIEVE_KWARGS)
    assert isinstance(result, types.MessageBatch)
    adapter: TypeAdapter[Any] = TypeAdapter(types.MessageBatch)
    expected = adapter.validate_json(MESSAGES_BATCHES_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_messages_batches_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*MESSAGES_BATCHES_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.messages.batches.retrieve(
            *MESSAGES_BATCHES_RETRIEVE_ARGS, **MESSAGES_BATCHES_RETRIEVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.MessageBatch)


@pytest.mark.parametrize(
    ("status", "content_type", "body", "headers"),
    [
        (
            400,
            "application/json",
            '{"type": "error", "error": {"type": "invalid_request_error", "message": "There was an issue with the format or content of your request"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            401,
            "application/json",
            '{"type": "error", "error": {"type": "authentication_error", "message": "There is an issue with your API key"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            403,
            "application/json",
            '{"type": "error", "error": {"type": "permission_error", "message": "Your API key does not have permission to use the specified resource"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            404,
            "application/json",
            '{"type": "error", "error": {"type": "not_found_error", "message": "The requested resource was not found"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            429,
            "application/json",
            '{"type": "error", "error": {"type": "rate_limit_error", "message": "Your account has hit a rate limit"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {
                "anthropic-ratelimit-input-tokens-limit": "2000000",
                "anthropic-ratelimit-input-tokens-remaining": "1999000",
                "anthropic-ratelimit-input-tokens-reset": "2026-11-22T12:00:01Z",
                "anthropic-ratelimit-output-tokens-limit": "400000",
                "anthropic-ratelimit-output-tokens-remaining": "399000",
                "anthropic-ratelimit-output-tokens-reset": "2026-11-22T12:00:01Z",
                "anthropic-ratelimit-requests-limit": "4000",
                "anthropic-ratelimit-requests-remaining": "3999",
                "anthropic-ratelimit-requests-reset": "2026-11-22T12:00:30Z",
                "anthropic-ratelimit-tokens-limit": "2000000",
                "anthropic-ratelimit-tokens-remaining": "1999000",
                "anthropic-ratelimit-tokens-reset": "2026-11-22T12:00:01Z",
                "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG",
                "retry-after": "30",
            },
        ),
        (
            500,
            "application/json",
            '{"type": "error", "error": {"type": "api_error", "message": "An unexpected error has occurred internal to the system"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
        (
            529,
            "application/json",
            '{"type": "error", "error": {"type": "overloaded_error", "message": "The API is temporarily overloaded"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
    ],
)
def test_messages_batches_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.messages.batches.retrieve(*MESSAGES_BATCHES_RETRIEVE_ARGS, **MESSAGES_BATCHES_RETRIEVE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")
