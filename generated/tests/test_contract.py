"""Contract tests: generated from the spec, do not edit.

Each test calls the generated client, validates the request it sends against the spec (conftest.py),
answers with the spec's example and checks the typed result.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any, Optional, cast

import httpx
import pytest
from pydantic import TypeAdapter

from claude_api import APIStatusError, AsyncClient, Client, InternalServerError, types
from claude_api._exceptions import _BY_STATUS  # pyright: ignore[reportPrivateUsage]
from claude_api.testing import FakeTransport


def sync_client(transport: FakeTransport) -> Client:
    return Client(api_key="test-key", max_retries=0, http_client=httpx.Client(transport=transport))


def async_client(transport: FakeTransport) -> AsyncClient:
    return AsyncClient(api_key="test-key", max_retries=0, http_client=httpx.AsyncClient(transport=transport))


def example_kwargs(example: str, names: dict[str, str], file_fields: tuple[str, ...] = ()) -> dict[str, Any]:
    """Keyword arguments from a request body example; a file field's placeholder text becomes the file's bytes."""

    def as_file(value: Any) -> Any:
        if isinstance(value, list):
            return [as_file(item) for item in cast("list[Any]", value)]
        return ("example.txt", str(value).encode("utf-8"), "text/plain")

    body: dict[str, Any] = json.loads(example)
    return {names[k]: as_file(v) if k in file_fields else v for k, v in body.items()}


# POST /v1/agents/{agent_id}/archive
BETA_AGENTS_ARCHIVE_ARGS: list[Any] = [
    "agent_011CZkYpogX7uDKUyvBTophP",
]
BETA_AGENTS_ARCHIVE_KWARGS: dict[str, Any] = {}
BETA_AGENTS_ARCHIVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "agent_011CZkYpogX7uDKUyvBTophP", "type": "agent", "name": "Research assistant", "description": "Answers questions with sources.", "system": "You are a careful research assistant. Cite every claim.", "model": {"id": "claude-sonnet-4-5", "effort": {"type": "high"}, "inference_geo": null, "speed": "standard"}, "execution_identity": {"type": "service_account"}, "mcp_servers": [{"name": "docs", "type": "url", "url": "https://mcp.example.com/mcp"}], "tools": [{"type": "agent_toolset_20260401", "default_config": {"enabled": true, "permission_policy": {"type": "always_allow"}}, "configs": [{"name": "bash", "type": "bash", "enabled": true, "permission_policy": {"type": "always_ask"}}]}, {"type": "mcp_toolset", "mcp_server_name": "docs", "default_config": {"enabled": true, "permission_policy": {"type": "always_ask"}}, "configs": []}], "skills": [{"type": "anthropic", "skill_id": "xlsx", "version": "latest"}], "multiagent": null, "metadata": {"team": "research"}, "version": 2, "created_at": "2026-11-20T18:37:24.100435Z", "updated_at": "2026-11-22T10:00:00Z", "archived_at": "2026-11-22T10:00:00Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_agents_archive(transport: FakeTransport) -> None:
    transport.queue(*BETA_AGENTS_ARCHIVE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.agents.archive(*BETA_AGENTS_ARCHIVE_ARGS, **BETA_AGENTS_ARCHIVE_KWARGS)
    assert isinstance(result, types.BetaManagedAgentsAgent)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaManagedAgentsAgent)
    expected = adapter.validate_json(BETA_AGENTS_ARCHIVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "managed-agents-2026-04-01"


def test_beta_agents_archive_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_AGENTS_ARCHIVE_RESPONSE)

    async def run() -> Any:
        return await client.beta.agents.archive(*BETA_AGENTS_ARCHIVE_ARGS, **BETA_AGENTS_ARCHIVE_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaManagedAgentsAgent)


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
def test_beta_agents_archive_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.agents.archive(*BETA_AGENTS_ARCHIVE_ARGS, **BETA_AGENTS_ARCHIVE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/agents
BETA_AGENTS_CREATE_ARGS: list[Any] = []
BETA_AGENTS_CREATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"name": "Research assistant", "model": "claude-sonnet-4-5", "system": "You are a careful research assistant.", "tools": [{"type": "agent_toolset_20260401"}]}',
        {
            "model": "model",
            "name": "name",
            "description": "description",
            "execution_identity": "execution_identity",
            "mcp_servers": "mcp_servers",
            "metadata": "metadata",
            "multiagent": "multiagent",
            "skills": "skills",
            "system": "system",
            "tools": "tools",
        },
    ),
}
BETA_AGENTS_CREATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "agent_011CZkYpogX7uDKUyvBTophP", "type": "agent", "name": "Research assistant", "description": "Answers questions with sources.", "system": "You are a careful research assistant.", "model": {"id": "claude-sonnet-4-5", "effort": {"type": "high"}, "inference_geo": null, "speed": "standard"}, "execution_identity": {"type": "service_account"}, "mcp_servers": [{"name": "docs", "type": "url", "url": "https://mcp.example.com/mcp"}], "tools": [{"type": "agent_toolset_20260401", "default_config": {"enabled": true, "permission_policy": {"type": "always_allow"}}, "configs": [{"name": "bash", "type": "bash", "enabled": true, "permission_policy": {"type": "always_ask"}}]}, {"type": "mcp_toolset", "mcp_server_name": "docs", "default_config": {"enabled": true, "permission_policy": {"type": "always_ask"}}, "configs": []}], "skills": [{"type": "anthropic", "skill_id": "xlsx", "version": "latest"}], "multiagent": null, "metadata": {"team": "research"}, "version": 1, "created_at": "2026-11-20T18:37:24.100435Z", "updated_at": "2026-11-20T18:37:24.100435Z", "archived_at": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_agents_create(transport: FakeTransport) -> None:
    transport.queue(*BETA_AGENTS_CREATE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.agents.create(*BETA_AGENTS_CREATE_ARGS, **BETA_AGENTS_CREATE_KWARGS)
    assert isinstance(result, types.BetaManagedAgentsAgent)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaManagedAgentsAgent)
    expected = adapter.validate_json(BETA_AGENTS_CREATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "managed-agents-2026-04-01"


def test_beta_agents_create_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_AGENTS_CREATE_RESPONSE)

    async def run() -> Any:
        return await client.beta.agents.create(*BETA_AGENTS_CREATE_ARGS, **BETA_AGENTS_CREATE_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaManagedAgentsAgent)


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
def test_beta_agents_create_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.agents.create(*BETA_AGENTS_CREATE_ARGS, **BETA_AGENTS_CREATE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/agents
BETA_AGENTS_LIST_ARGS: list[Any] = []
BETA_AGENTS_LIST_KWARGS: dict[str, Any] = {}
BETA_AGENTS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "agent_011CZkYpogX7uDKUyvBTophP", "type": "agent", "name": "Research assistant", "description": "Answers questions with sources.", "system": "You are a careful research assistant.", "model": {"id": "claude-sonnet-4-5", "effort": {"type": "high"}, "inference_geo": null, "speed": "standard"}, "execution_identity": {"type": "service_account"}, "mcp_servers": [{"name": "docs", "type": "url", "url": "https://mcp.example.com/mcp"}], "tools": [{"type": "agent_toolset_20260401", "default_config": {"enabled": true, "permission_policy": {"type": "always_allow"}}, "configs": [{"name": "bash", "type": "bash", "enabled": true, "permission_policy": {"type": "always_ask"}}]}, {"type": "mcp_toolset", "mcp_server_name": "docs", "default_config": {"enabled": true, "permission_policy": {"type": "always_ask"}}, "configs": []}], "skills": [{"type": "anthropic", "skill_id": "xlsx", "version": "latest"}], "multiagent": null, "metadata": {"team": "research"}, "version": 1, "created_at": "2026-11-20T18:37:24.100435Z", "updated_at": "2026-11-20T18:37:24.100435Z", "archived_at": null}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_agents_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_AGENTS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.beta.agents.list(*BETA_AGENTS_LIST_ARGS, **BETA_AGENTS_LIST_KWARGS)
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.BetaManagedAgentsAgent) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_beta_agents_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_AGENTS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.beta.agents.list(*BETA_AGENTS_LIST_ARGS, **BETA_AGENTS_LIST_KWARGS)
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.BetaManagedAgentsAgent) for item in items)


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
def test_beta_agents_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.agents.list(*BETA_AGENTS_LIST_ARGS, **BETA_AGENTS_LIST_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/agents/{agent_id}
BETA_AGENTS_RETRIEVE_ARGS: list[Any] = [
    "agent_011CZkYpogX7uDKUyvBTophP",
]
BETA_AGENTS_RETRIEVE_KWARGS: dict[str, Any] = {}
BETA_AGENTS_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "agent_011CZkYpogX7uDKUyvBTophP", "type": "agent", "name": "Research assistant", "description": "Answers questions with sources.", "system": "You are a careful research assistant.", "model": {"id": "claude-sonnet-4-5", "effort": {"type": "high"}, "inference_geo": null, "speed": "standard"}, "execution_identity": {"type": "service_account"}, "mcp_servers": [{"name": "docs", "type": "url", "url": "https://mcp.example.com/mcp"}], "tools": [{"type": "agent_toolset_20260401", "default_config": {"enabled": true, "permission_policy": {"type": "always_allow"}}, "configs": [{"name": "bash", "type": "bash", "enabled": true, "permission_policy": {"type": "always_ask"}}]}, {"type": "mcp_toolset", "mcp_server_name": "docs", "default_config": {"enabled": true, "permission_policy": {"type": "always_ask"}}, "configs": []}], "skills": [{"type": "anthropic", "skill_id": "xlsx", "version": "latest"}], "multiagent": null, "metadata": {"team": "research"}, "version": 1, "created_at": "2026-11-20T18:37:24.100435Z", "updated_at": "2026-11-20T18:37:24.100435Z", "archived_at": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_agents_retrieve(transport: FakeTransport) -> None:
    transport.queue(*BETA_AGENTS_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.agents.retrieve(*BETA_AGENTS_RETRIEVE_ARGS, **BETA_AGENTS_RETRIEVE_KWARGS)
    assert isinstance(result, types.BetaManagedAgentsAgent)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaManagedAgentsAgent)
    expected = adapter.validate_json(BETA_AGENTS_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "managed-agents-2026-04-01"


def test_beta_agents_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_AGENTS_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.beta.agents.retrieve(*BETA_AGENTS_RETRIEVE_ARGS, **BETA_AGENTS_RETRIEVE_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaManagedAgentsAgent)


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
def test_beta_agents_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.agents.retrieve(*BETA_AGENTS_RETRIEVE_ARGS, **BETA_AGENTS_RETRIEVE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/agents/{agent_id}
BETA_AGENTS_UPDATE_ARGS: list[Any] = [
    "agent_011CZkYpogX7uDKUyvBTophP",
]
BETA_AGENTS_UPDATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"version": 1, "system": "You are a careful research assistant. Cite every claim."}',
        {
            "description": "description",
            "execution_identity": "execution_identity",
            "mcp_servers": "mcp_servers",
            "metadata": "metadata",
            "model": "model",
            "multiagent": "multiagent",
            "name": "name",
            "skills": "skills",
            "system": "system",
            "tools": "tools",
            "version": "version",
        },
    ),
}
BETA_AGENTS_UPDATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "agent_011CZkYpogX7uDKUyvBTophP", "type": "agent", "name": "Research assistant", "description": "Answers questions with sources.", "system": "You are a careful research assistant. Cite every claim.", "model": {"id": "claude-sonnet-4-5", "effort": {"type": "high"}, "inference_geo": null, "speed": "standard"}, "execution_identity": {"type": "service_account"}, "mcp_servers": [{"name": "docs", "type": "url", "url": "https://mcp.example.com/mcp"}], "tools": [{"type": "agent_toolset_20260401", "default_config": {"enabled": true, "permission_policy": {"type": "always_allow"}}, "configs": [{"name": "bash", "type": "bash", "enabled": true, "permission_policy": {"type": "always_ask"}}]}, {"type": "mcp_toolset", "mcp_server_name": "docs", "default_config": {"enabled": true, "permission_policy": {"type": "always_ask"}}, "configs": []}], "skills": [{"type": "anthropic", "skill_id": "xlsx", "version": "latest"}], "multiagent": null, "metadata": {"team": "research"}, "version": 2, "created_at": "2026-11-20T18:37:24.100435Z", "updated_at": "2026-11-21T09:12:00Z", "archived_at": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_agents_update(transport: FakeTransport) -> None:
    transport.queue(*BETA_AGENTS_UPDATE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.agents.update(*BETA_AGENTS_UPDATE_ARGS, **BETA_AGENTS_UPDATE_KWARGS)
    assert isinstance(result, types.BetaManagedAgentsAgent)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaManagedAgentsAgent)
    expected = adapter.validate_json(BETA_AGENTS_UPDATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "managed-agents-2026-04-01"


def test_beta_agents_update_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_AGENTS_UPDATE_RESPONSE)

    async def run() -> Any:
        return await client.beta.agents.update(*BETA_AGENTS_UPDATE_ARGS, **BETA_AGENTS_UPDATE_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaManagedAgentsAgent)


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
def test_beta_agents_update_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.agents.update(*BETA_AGENTS_UPDATE_ARGS, **BETA_AGENTS_UPDATE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/agents/{agent_id}/versions
BETA_AGENTS_VERSIONS_LIST_ARGS: list[Any] = [
    "agent_011CZkYpogX7uDKUyvBTophP",
]
BETA_AGENTS_VERSIONS_LIST_KWARGS: dict[str, Any] = {}
BETA_AGENTS_VERSIONS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "agent_011CZkYpogX7uDKUyvBTophP", "type": "agent", "name": "Research assistant", "description": "Answers questions with sources.", "system": "You are a careful research assistant. Cite every claim.", "model": {"id": "claude-sonnet-4-5", "effort": {"type": "high"}, "inference_geo": null, "speed": "standard"}, "execution_identity": {"type": "service_account"}, "mcp_servers": [{"name": "docs", "type": "url", "url": "https://mcp.example.com/mcp"}], "tools": [{"type": "agent_toolset_20260401", "default_config": {"enabled": true, "permission_policy": {"type": "always_allow"}}, "configs": [{"name": "bash", "type": "bash", "enabled": true, "permission_policy": {"type": "always_ask"}}]}, {"type": "mcp_toolset", "mcp_server_name": "docs", "default_config": {"enabled": true, "permission_policy": {"type": "always_ask"}}, "configs": []}], "skills": [{"type": "anthropic", "skill_id": "xlsx", "version": "latest"}], "multiagent": null, "metadata": {"team": "research"}, "version": 2, "created_at": "2026-11-20T18:37:24.100435Z", "updated_at": "2026-11-21T09:12:00Z", "archived_at": null}, {"id": "agent_011CZkYpogX7uDKUyvBTophP", "type": "agent", "name": "Research assistant", "description": "Answers questions with sources.", "system": "You are a careful research assistant.", "model": {"id": "claude-sonnet-4-5", "effort": {"type": "high"}, "inference_geo": null, "speed": "standard"}, "execution_identity": {"type": "service_account"}, "mcp_servers": [{"name": "docs", "type": "url", "url": "https://mcp.example.com/mcp"}], "tools": [{"type": "agent_toolset_20260401", "default_config": {"enabled": true, "permission_policy": {"type": "always_allow"}}, "configs": [{"name": "bash", "type": "bash", "enabled": true, "permission_policy": {"type": "always_ask"}}]}, {"type": "mcp_toolset", "mcp_server_name": "docs", "default_config": {"enabled": true, "permission_policy": {"type": "always_ask"}}, "configs": []}], "skills": [{"type": "anthropic", "skill_id": "xlsx", "version": "latest"}], "multiagent": null, "metadata": {"team": "research"}, "version": 1, "created_at": "2026-11-20T18:37:24.100435Z", "updated_at": "2026-11-20T18:37:24.100435Z", "archived_at": null}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_agents_versions_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_AGENTS_VERSIONS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.beta.agents.versions.list(*BETA_AGENTS_VERSIONS_LIST_ARGS, **BETA_AGENTS_VERSIONS_LIST_KWARGS)
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.BetaManagedAgentsAgent) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_beta_agents_versions_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_AGENTS_VERSIONS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.beta.agents.versions.list(
            *BETA_AGENTS_VERSIONS_LIST_ARGS, **BETA_AGENTS_VERSIONS_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.BetaManagedAgentsAgent) for item in items)


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
def test_beta_agents_versions_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.agents.versions.list(*BETA_AGENTS_VERSIONS_LIST_ARGS, **BETA_AGENTS_VERSIONS_LIST_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/dreams/{dream_id}/archive
BETA_DREAMS_ARCHIVE_ARGS: list[Any] = [
    "drm_011CZkZgM7pYsV3aWcPj9Qx6",
]
BETA_DREAMS_ARCHIVE_KWARGS: dict[str, Any] = {}
BETA_DREAMS_ARCHIVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "drm_011CZkZgM7pYsV3aWcPj9Qx6", "type": "dream", "status": "completed", "inputs": [{"type": "memory_store", "memory_store_id": "memstore_011CZkZdJ4kVpS9xTzLf6Mu3"}, {"type": "sessions", "session_ids": ["sesn_011CZkZhN8qZtW4bXdQk1Ry7"]}], "model": {"id": "claude-sonnet-4-5", "speed": "standard"}, "instructions": null, "output_behavior": {"type": "create_new"}, "outputs": [{"type": "memory_store", "memory_store_id": "memstore_011CZkZkR2tCwZ7eAgTp4Ub1"}], "session_id": "sesn_011CZkZmS3uDxA8fBhUq5Vc2", "error": null, "usage": {"input_tokens": 18240, "output_tokens": 2150, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 4096}, "archived_at": "2026-11-21T09:12:05Z", "ended_at": "2026-11-21T09:12:05Z", "created_at": "2026-11-20T18:37:24Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_dreams_archive(transport: FakeTransport) -> None:
    transport.queue(*BETA_DREAMS_ARCHIVE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.dreams.archive(*BETA_DREAMS_ARCHIVE_ARGS, **BETA_DREAMS_ARCHIVE_KWARGS)
    assert isinstance(result, types.BetaDream)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaDream)
    expected = adapter.validate_json(BETA_DREAMS_ARCHIVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "dreaming-2026-04-21"


def test_beta_dreams_archive_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_DREAMS_ARCHIVE_RESPONSE)

    async def run() -> Any:
        return await client.beta.dreams.archive(*BETA_DREAMS_ARCHIVE_ARGS, **BETA_DREAMS_ARCHIVE_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaDream)


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
def test_beta_dreams_archive_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.dreams.archive(*BETA_DREAMS_ARCHIVE_ARGS, **BETA_DREAMS_ARCHIVE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/dreams/{dream_id}/cancel
BETA_DREAMS_CANCEL_ARGS: list[Any] = [
    "drm_011CZkZgM7pYsV3aWcPj9Qx6",
]
BETA_DREAMS_CANCEL_KWARGS: dict[str, Any] = {}
BETA_DREAMS_CANCEL_RESPONSE = (
    200,
    "application/json",
    '{"id": "drm_011CZkZgM7pYsV3aWcPj9Qx6", "type": "dream", "status": "canceled", "inputs": [{"type": "memory_store", "memory_store_id": "memstore_011CZkZdJ4kVpS9xTzLf6Mu3"}, {"type": "sessions", "session_ids": ["sesn_011CZkZhN8qZtW4bXdQk1Ry7"]}], "model": {"id": "claude-sonnet-4-5", "speed": "standard"}, "instructions": null, "output_behavior": {"type": "create_new"}, "outputs": [{"type": "memory_store", "memory_store_id": "memstore_011CZkZkR2tCwZ7eAgTp4Ub1"}], "session_id": "sesn_011CZkZmS3uDxA8fBhUq5Vc2", "error": null, "usage": {"input_tokens": 18240, "output_tokens": 2150, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 4096}, "archived_at": null, "ended_at": "2026-11-21T09:12:05Z", "created_at": "2026-11-20T18:37:24Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_dreams_cancel(transport: FakeTransport) -> None:
    transport.queue(*BETA_DREAMS_CANCEL_RESPONSE)
    client = sync_client(transport)
    result = client.beta.dreams.cancel(*BETA_DREAMS_CANCEL_ARGS, **BETA_DREAMS_CANCEL_KWARGS)
    assert isinstance(result, types.BetaDream)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaDream)
    expected = adapter.validate_json(BETA_DREAMS_CANCEL_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "dreaming-2026-04-21"


def test_beta_dreams_cancel_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_DREAMS_CANCEL_RESPONSE)

    async def run() -> Any:
        return await client.beta.dreams.cancel(*BETA_DREAMS_CANCEL_ARGS, **BETA_DREAMS_CANCEL_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaDream)


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
def test_beta_dreams_cancel_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.dreams.cancel(*BETA_DREAMS_CANCEL_ARGS, **BETA_DREAMS_CANCEL_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/dreams
BETA_DREAMS_CREATE_ARGS: list[Any] = []
BETA_DREAMS_CREATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"model": "claude-sonnet-4-5", "inputs": [{"type": "memory_store", "memory_store_id": "memstore_011CZkZdJ4kVpS9xTzLf6Mu3"}, {"type": "sessions", "session_ids": ["sesn_011CZkZhN8qZtW4bXdQk1Ry7"]}], "instructions": "Merge duplicate notes and drop resolved issues."}',
        {"inputs": "inputs", "model": "model", "instructions": "instructions", "output_behavior": "output_behavior"},
    ),
}
BETA_DREAMS_CREATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "drm_011CZkZgM7pYsV3aWcPj9Qx6", "type": "dream", "status": "pending", "inputs": [{"type": "memory_store", "memory_store_id": "memstore_011CZkZdJ4kVpS9xTzLf6Mu3"}, {"type": "sessions", "session_ids": ["sesn_011CZkZhN8qZtW4bXdQk1Ry7"]}], "model": {"id": "claude-sonnet-4-5", "speed": "standard"}, "instructions": null, "output_behavior": {"type": "create_new"}, "outputs": [], "session_id": null, "error": null, "usage": {"input_tokens": 0, "output_tokens": 0, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0}, "archived_at": null, "ended_at": null, "created_at": "2026-11-20T18:37:24Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_dreams_create(transport: FakeTransport) -> None:
    transport.queue(*BETA_DREAMS_CREATE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.dreams.create(*BETA_DREAMS_CREATE_ARGS, **BETA_DREAMS_CREATE_KWARGS)
    assert isinstance(result, types.BetaDream)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaDream)
    expected = adapter.validate_json(BETA_DREAMS_CREATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "dreaming-2026-04-21"


def test_beta_dreams_create_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_DREAMS_CREATE_RESPONSE)

    async def run() -> Any:
        return await client.beta.dreams.create(*BETA_DREAMS_CREATE_ARGS, **BETA_DREAMS_CREATE_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaDream)


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
            409,
            "application/json",
            '{"type": "error", "error": {"type": "memory_precondition_failed_error", "message": "The memory content does not match the precondition"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
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
def test_beta_dreams_create_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.dreams.create(*BETA_DREAMS_CREATE_ARGS, **BETA_DREAMS_CREATE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/dreams
BETA_DREAMS_LIST_ARGS: list[Any] = []
BETA_DREAMS_LIST_KWARGS: dict[str, Any] = {}
BETA_DREAMS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "drm_011CZkZgM7pYsV3aWcPj9Qx6", "type": "dream", "status": "running", "inputs": [{"type": "memory_store", "memory_store_id": "memstore_011CZkZdJ4kVpS9xTzLf6Mu3"}, {"type": "sessions", "session_ids": ["sesn_011CZkZhN8qZtW4bXdQk1Ry7"]}], "model": {"id": "claude-sonnet-4-5", "speed": "standard"}, "instructions": null, "output_behavior": {"type": "create_new"}, "outputs": [{"type": "memory_store", "memory_store_id": "memstore_011CZkZkR2tCwZ7eAgTp4Ub1"}], "session_id": "sesn_011CZkZmS3uDxA8fBhUq5Vc2", "error": null, "usage": {"input_tokens": 18240, "output_tokens": 2150, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 4096}, "archived_at": null, "ended_at": null, "created_at": "2026-11-20T18:37:24Z"}], "next_page": "page_MjAyNi0xMS0yMFQxODozNzoyNFo="}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_dreams_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_DREAMS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.beta.dreams.list(*BETA_DREAMS_LIST_ARGS, **BETA_DREAMS_LIST_KWARGS)
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.BetaDream) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_beta_dreams_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_DREAMS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.beta.dreams.list(*BETA_DREAMS_LIST_ARGS, **BETA_DREAMS_LIST_KWARGS)
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.BetaDream) for item in items)


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
def test_beta_dreams_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.dreams.list(*BETA_DREAMS_LIST_ARGS, **BETA_DREAMS_LIST_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/dreams/{dream_id}
BETA_DREAMS_RETRIEVE_ARGS: list[Any] = [
    "drm_011CZkZgM7pYsV3aWcPj9Qx6",
]
BETA_DREAMS_RETRIEVE_KWARGS: dict[str, Any] = {}
BETA_DREAMS_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "drm_011CZkZgM7pYsV3aWcPj9Qx6", "type": "dream", "status": "running", "inputs": [{"type": "memory_store", "memory_store_id": "memstore_011CZkZdJ4kVpS9xTzLf6Mu3"}, {"type": "sessions", "session_ids": ["sesn_011CZkZhN8qZtW4bXdQk1Ry7"]}], "model": {"id": "claude-sonnet-4-5", "speed": "standard"}, "instructions": null, "output_behavior": {"type": "create_new"}, "outputs": [{"type": "memory_store", "memory_store_id": "memstore_011CZkZkR2tCwZ7eAgTp4Ub1"}], "session_id": "sesn_011CZkZmS3uDxA8fBhUq5Vc2", "error": null, "usage": {"input_tokens": 18240, "output_tokens": 2150, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 4096}, "archived_at": null, "ended_at": null, "created_at": "2026-11-20T18:37:24Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_dreams_retrieve(transport: FakeTransport) -> None:
    transport.queue(*BETA_DREAMS_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.dreams.retrieve(*BETA_DREAMS_RETRIEVE_ARGS, **BETA_DREAMS_RETRIEVE_KWARGS)
    assert isinstance(result, types.BetaDream)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaDream)
    expected = adapter.validate_json(BETA_DREAMS_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "dreaming-2026-04-21"


def test_beta_dreams_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_DREAMS_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.beta.dreams.retrieve(*BETA_DREAMS_RETRIEVE_ARGS, **BETA_DREAMS_RETRIEVE_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaDream)


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
def test_beta_dreams_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.dreams.retrieve(*BETA_DREAMS_RETRIEVE_ARGS, **BETA_DREAMS_RETRIEVE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/environments/{environment_id}/archive
BETA_ENVIRONMENTS_ARCHIVE_ARGS: list[Any] = [
    "env_011CZkZbW7hN2cKd5sRq8uTe",
]
BETA_ENVIRONMENTS_ARCHIVE_KWARGS: dict[str, Any] = {}
BETA_ENVIRONMENTS_ARCHIVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "env_011CZkZ9vX3Q8mRbT2yN4pLd", "type": "environment", "name": "python-data", "description": "Python with pandas, limited network.", "config": {"type": "cloud", "networking": {"type": "limited", "allowed_hosts": ["api.example.com"], "allow_mcp_servers": true, "allow_package_managers": true}, "packages": {"type": "packages", "apt": [], "cargo": [], "gem": [], "go": [], "npm": [], "pip": ["pandas==2.2.3"]}}, "metadata": {"team": "research"}, "scope": "organization", "created_at": "2026-11-20T18:40:00Z", "updated_at": "2026-11-22T10:00:00Z", "archived_at": "2026-11-22T10:00:00Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_environments_archive(transport: FakeTransport) -> None:
    transport.queue(*BETA_ENVIRONMENTS_ARCHIVE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.environments.archive(*BETA_ENVIRONMENTS_ARCHIVE_ARGS, **BETA_ENVIRONMENTS_ARCHIVE_KWARGS)
    assert isinstance(result, types.BetaEnvironment)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaEnvironment)
    expected = adapter.validate_json(BETA_ENVIRONMENTS_ARCHIVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "managed-agents-2026-04-01"


def test_beta_environments_archive_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_ENVIRONMENTS_ARCHIVE_RESPONSE)

    async def run() -> Any:
        return await client.beta.environments.archive(
            *BETA_ENVIRONMENTS_ARCHIVE_ARGS, **BETA_ENVIRONMENTS_ARCHIVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaEnvironment)


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
def test_beta_environments_archive_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.environments.archive(*BETA_ENVIRONMENTS_ARCHIVE_ARGS, **BETA_ENVIRONMENTS_ARCHIVE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/environments
BETA_ENVIRONMENTS_CREATE_ARGS: list[Any] = []
BETA_ENVIRONMENTS_CREATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"name": "python-data", "description": "Python with pandas, limited network.", "config": {"type": "cloud", "networking": {"type": "limited", "allowed_hosts": ["api.example.com"], "allow_mcp_servers": true, "allow_package_managers": true}, "packages": {"pip": ["pandas==2.2.3"]}}, "metadata": {"team": "research"}}',
        {"name": "name", "config": "config", "description": "description", "metadata": "metadata", "scope": "scope"},
    ),
}
BETA_ENVIRONMENTS_CREATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "env_011CZkZ9vX3Q8mRbT2yN4pLd", "type": "environment", "name": "python-data", "description": "Python with pandas, limited network.", "config": {"type": "cloud", "networking": {"type": "limited", "allowed_hosts": ["api.example.com"], "allow_mcp_servers": true, "allow_package_managers": true}, "packages": {"type": "packages", "apt": [], "cargo": [], "gem": [], "go": [], "npm": [], "pip": ["pandas==2.2.3"]}}, "metadata": {"team": "research"}, "scope": "organization", "created_at": "2026-11-20T18:40:00Z", "updated_at": "2026-11-20T18:40:00Z", "archived_at": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_environments_create(transport: FakeTransport) -> None:
    transport.queue(*BETA_ENVIRONMENTS_CREATE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.environments.create(*BETA_ENVIRONMENTS_CREATE_ARGS, **BETA_ENVIRONMENTS_CREATE_KWARGS)
    assert isinstance(result, types.BetaEnvironment)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaEnvironment)
    expected = adapter.validate_json(BETA_ENVIRONMENTS_CREATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "managed-agents-2026-04-01"


def test_beta_environments_create_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_ENVIRONMENTS_CREATE_RESPONSE)

    async def run() -> Any:
        return await client.beta.environments.create(*BETA_ENVIRONMENTS_CREATE_ARGS, **BETA_ENVIRONMENTS_CREATE_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaEnvironment)


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
def test_beta_environments_create_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.environments.create(*BETA_ENVIRONMENTS_CREATE_ARGS, **BETA_ENVIRONMENTS_CREATE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# DELETE /v1/environments/{environment_id}
BETA_ENVIRONMENTS_DELETE_ARGS: list[Any] = [
    "env_011CZkZbW7hN2cKd5sRq8uTe",
]
BETA_ENVIRONMENTS_DELETE_KWARGS: dict[str, Any] = {}
BETA_ENVIRONMENTS_DELETE_RESPONSE = (
    200,
    "application/json",
    '{"id": "env_011CZkZ9vX3Q8mRbT2yN4pLd", "type": "environment_deleted"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_environments_delete(transport: FakeTransport) -> None:
    transport.queue(*BETA_ENVIRONMENTS_DELETE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.environments.delete(*BETA_ENVIRONMENTS_DELETE_ARGS, **BETA_ENVIRONMENTS_DELETE_KWARGS)
    assert isinstance(result, types.BetaEnvironmentDeleteResponse)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaEnvironmentDeleteResponse)
    expected = adapter.validate_json(BETA_ENVIRONMENTS_DELETE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "managed-agents-2026-04-01"


def test_beta_environments_delete_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_ENVIRONMENTS_DELETE_RESPONSE)

    async def run() -> Any:
        return await client.beta.environments.delete(*BETA_ENVIRONMENTS_DELETE_ARGS, **BETA_ENVIRONMENTS_DELETE_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaEnvironmentDeleteResponse)


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
def test_beta_environments_delete_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.environments.delete(*BETA_ENVIRONMENTS_DELETE_ARGS, **BETA_ENVIRONMENTS_DELETE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/environments
BETA_ENVIRONMENTS_LIST_ARGS: list[Any] = []
BETA_ENVIRONMENTS_LIST_KWARGS: dict[str, Any] = {}
BETA_ENVIRONMENTS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "env_011CZkZ9vX3Q8mRbT2yN4pLd", "type": "environment", "name": "python-data", "description": "Python with pandas, limited network.", "config": {"type": "cloud", "networking": {"type": "limited", "allowed_hosts": ["api.example.com"], "allow_mcp_servers": true, "allow_package_managers": true}, "packages": {"type": "packages", "apt": [], "cargo": [], "gem": [], "go": [], "npm": [], "pip": ["pandas==2.2.3"]}}, "metadata": {"team": "research"}, "scope": "organization", "created_at": "2026-11-20T18:40:00Z", "updated_at": "2026-11-20T18:40:00Z", "archived_at": null}, {"id": "env_011CZkZbW7hN2cKd5sRq8uTe", "type": "environment", "name": "on-prem sandbox", "description": null, "config": {"type": "self_hosted"}, "metadata": {}, "scope": "organization", "created_at": "2026-11-20T19:00:00Z", "updated_at": "2026-11-20T19:00:00Z", "archived_at": null}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_environments_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_ENVIRONMENTS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.beta.environments.list(*BETA_ENVIRONMENTS_LIST_ARGS, **BETA_ENVIRONMENTS_LIST_KWARGS)
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.BetaEnvironment) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_beta_environments_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_ENVIRONMENTS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.beta.environments.list(*BETA_ENVIRONMENTS_LIST_ARGS, **BETA_ENVIRONMENTS_LIST_KWARGS)
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.BetaEnvironment) for item in items)


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
def test_beta_environments_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.environments.list(*BETA_ENVIRONMENTS_LIST_ARGS, **BETA_ENVIRONMENTS_LIST_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/environments/{environment_id}
BETA_ENVIRONMENTS_RETRIEVE_ARGS: list[Any] = [
    "env_011CZkZbW7hN2cKd5sRq8uTe",
]
BETA_ENVIRONMENTS_RETRIEVE_KWARGS: dict[str, Any] = {}
BETA_ENVIRONMENTS_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "env_011CZkZ9vX3Q8mRbT2yN4pLd", "type": "environment", "name": "python-data", "description": "Python with pandas, limited network.", "config": {"type": "cloud", "networking": {"type": "limited", "allowed_hosts": ["api.example.com"], "allow_mcp_servers": true, "allow_package_managers": true}, "packages": {"type": "packages", "apt": [], "cargo": [], "gem": [], "go": [], "npm": [], "pip": ["pandas==2.2.3"]}}, "metadata": {"team": "research"}, "scope": "organization", "created_at": "2026-11-20T18:40:00Z", "updated_at": "2026-11-20T18:40:00Z", "archived_at": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_environments_retrieve(transport: FakeTransport) -> None:
    transport.queue(*BETA_ENVIRONMENTS_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.environments.retrieve(*BETA_ENVIRONMENTS_RETRIEVE_ARGS, **BETA_ENVIRONMENTS_RETRIEVE_KWARGS)
    assert isinstance(result, types.BetaEnvironment)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaEnvironment)
    expected = adapter.validate_json(BETA_ENVIRONMENTS_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "managed-agents-2026-04-01"


def test_beta_environments_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_ENVIRONMENTS_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.beta.environments.retrieve(
            *BETA_ENVIRONMENTS_RETRIEVE_ARGS, **BETA_ENVIRONMENTS_RETRIEVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaEnvironment)


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
def test_beta_environments_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.environments.retrieve(*BETA_ENVIRONMENTS_RETRIEVE_ARGS, **BETA_ENVIRONMENTS_RETRIEVE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/environments/{environment_id}
BETA_ENVIRONMENTS_UPDATE_ARGS: list[Any] = [
    "env_011CZkZbW7hN2cKd5sRq8uTe",
]
BETA_ENVIRONMENTS_UPDATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"name": "python-data-v2", "metadata": {"team": null, "owner": "data-platform"}}',
        {"config": "config", "description": "description", "metadata": "metadata", "name": "name", "scope": "scope"},
    ),
}
BETA_ENVIRONMENTS_UPDATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "env_011CZkZ9vX3Q8mRbT2yN4pLd", "type": "environment", "name": "python-data-v2", "description": "Python with pandas, limited network.", "config": {"type": "cloud", "networking": {"type": "limited", "allowed_hosts": ["api.example.com"], "allow_mcp_servers": true, "allow_package_managers": true}, "packages": {"type": "packages", "apt": [], "cargo": [], "gem": [], "go": [], "npm": [], "pip": ["pandas==2.2.3"]}}, "metadata": {"owner": "data-platform"}, "scope": "organization", "created_at": "2026-11-20T18:40:00Z", "updated_at": "2026-11-21T08:00:00Z", "archived_at": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_environments_update(transport: FakeTransport) -> None:
    transport.queue(*BETA_ENVIRONMENTS_UPDATE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.environments.update(*BETA_ENVIRONMENTS_UPDATE_ARGS, **BETA_ENVIRONMENTS_UPDATE_KWARGS)
    assert isinstance(result, types.BetaEnvironment)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaEnvironment)
    expected = adapter.validate_json(BETA_ENVIRONMENTS_UPDATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "managed-agents-2026-04-01"


def test_beta_environments_update_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_ENVIRONMENTS_UPDATE_RESPONSE)

    async def run() -> Any:
        return await client.beta.environments.update(*BETA_ENVIRONMENTS_UPDATE_ARGS, **BETA_ENVIRONMENTS_UPDATE_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaEnvironment)


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
def test_beta_environments_update_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.environments.update(*BETA_ENVIRONMENTS_UPDATE_ARGS, **BETA_ENVIRONMENTS_UPDATE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/environments/{environment_id}/work/{work_id}/ack
BETA_ENVIRONMENTS_WORK_ACK_ARGS: list[Any] = [
    "env_011CZkZbW7hN2cKd5sRq8uTe",
    "work_011CZkZdQ4mT7yVb9xKc3nFg",
]
BETA_ENVIRONMENTS_WORK_ACK_KWARGS: dict[str, Any] = {}
BETA_ENVIRONMENTS_WORK_ACK_RESPONSE = (
    200,
    "application/json",
    '{"id": "work_011CZkZdQ4mT7yVb9xKc3nFg", "type": "work", "environment_id": "env_011CZkZbW7hN2cKd5sRq8uTe", "data": {"type": "session", "id": "session_011CZkZeR5nU8zWc0yLd4oGh"}, "state": "starting", "metadata": {}, "secret": null, "created_at": "2026-11-20T19:05:00Z", "acknowledged_at": "2026-11-20T19:05:01Z", "started_at": null, "latest_heartbeat_at": null, "stop_requested_at": null, "stopped_at": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_environments_work_ack(transport: FakeTransport) -> None:
    transport.queue(*BETA_ENVIRONMENTS_WORK_ACK_RESPONSE)
    client = sync_client(transport)
    result = client.beta.environments.work.ack(*BETA_ENVIRONMENTS_WORK_ACK_ARGS, **BETA_ENVIRONMENTS_WORK_ACK_KWARGS)
    assert isinstance(result, types.BetaSelfHostedWork)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaSelfHostedWork)
    expected = adapter.validate_json(BETA_ENVIRONMENTS_WORK_ACK_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "managed-agents-2026-04-01"


def test_beta_environments_work_ack_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_ENVIRONMENTS_WORK_ACK_RESPONSE)

    async def run() -> Any:
        return await client.beta.environments.work.ack(
            *BETA_ENVIRONMENTS_WORK_ACK_ARGS, **BETA_ENVIRONMENTS_WORK_ACK_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaSelfHostedWork)


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
def test_beta_environments_work_ack_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.environments.work.ack(*BETA_ENVIRONMENTS_WORK_ACK_ARGS, **BETA_ENVIRONMENTS_WORK_ACK_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/environments/{environment_id}/work/{work_id}/heartbeat
BETA_ENVIRONMENTS_WORK_HEARTBEAT_ARGS: list[Any] = [
    "env_011CZkZbW7hN2cKd5sRq8uTe",
    "work_011CZkZdQ4mT7yVb9xKc3nFg",
]
BETA_ENVIRONMENTS_WORK_HEARTBEAT_KWARGS: dict[str, Any] = {}
BETA_ENVIRONMENTS_WORK_HEARTBEAT_RESPONSE = (
    200,
    "application/json",
    '{"type": "work_heartbeat", "last_heartbeat": "2026-11-20T19:06:00Z", "lease_extended": true, "state": "active", "ttl_seconds": 300}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_environments_work_heartbeat(transport: FakeTransport) -> None:
    transport.queue(*BETA_ENVIRONMENTS_WORK_HEARTBEAT_RESPONSE)
    client = sync_client(transport)
    result = client.beta.environments.work.heartbeat(
        *BETA_ENVIRONMENTS_WORK_HEARTBEAT_ARGS, **BETA_ENVIRONMENTS_WORK_HEARTBEAT_KWARGS
    )
    assert isinstance(result, types.BetaSelfHostedWorkHeartbeatResponse)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaSelfHostedWorkHeartbeatResponse)
    expected = adapter.validate_json(BETA_ENVIRONMENTS_WORK_HEARTBEAT_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "managed-agents-2026-04-01"


def test_beta_environments_work_heartbeat_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_ENVIRONMENTS_WORK_HEARTBEAT_RESPONSE)

    async def run() -> Any:
        return await client.beta.environments.work.heartbeat(
            *BETA_ENVIRONMENTS_WORK_HEARTBEAT_ARGS, **BETA_ENVIRONMENTS_WORK_HEARTBEAT_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaSelfHostedWorkHeartbeatResponse)


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
def test_beta_environments_work_heartbeat_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.environments.work.heartbeat(
            *BETA_ENVIRONMENTS_WORK_HEARTBEAT_ARGS, **BETA_ENVIRONMENTS_WORK_HEARTBEAT_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/environments/{environment_id}/work
BETA_ENVIRONMENTS_WORK_LIST_ARGS: list[Any] = [
    "env_011CZkZbW7hN2cKd5sRq8uTe",
]
BETA_ENVIRONMENTS_WORK_LIST_KWARGS: dict[str, Any] = {}
BETA_ENVIRONMENTS_WORK_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "work_011CZkZdQ4mT7yVb9xKc3nFg", "type": "work", "environment_id": "env_011CZkZbW7hN2cKd5sRq8uTe", "data": {"type": "session", "id": "session_011CZkZeR5nU8zWc0yLd4oGh"}, "state": "active", "metadata": {"host": "runner-7"}, "secret": null, "created_at": "2026-11-20T19:05:00Z", "acknowledged_at": "2026-11-20T19:05:01Z", "started_at": "2026-11-20T19:05:03Z", "latest_heartbeat_at": "2026-11-20T19:06:00Z", "stop_requested_at": null, "stopped_at": null}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_environments_work_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_ENVIRONMENTS_WORK_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.beta.environments.work.list(*BETA_ENVIRONMENTS_WORK_LIST_ARGS, **BETA_ENVIRONMENTS_WORK_LIST_KWARGS)
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.BetaSelfHostedWork) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_beta_environments_work_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_ENVIRONMENTS_WORK_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.beta.environments.work.list(
            *BETA_ENVIRONMENTS_WORK_LIST_ARGS, **BETA_ENVIRONMENTS_WORK_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.BetaSelfHostedWork) for item in items)


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
def test_beta_environments_work_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.environments.work.list(*BETA_ENVIRONMENTS_WORK_LIST_ARGS, **BETA_ENVIRONMENTS_WORK_LIST_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/environments/{environment_id}/work/poll
BETA_ENVIRONMENTS_WORK_POLL_ARGS: list[Any] = [
    "env_011CZkZbW7hN2cKd5sRq8uTe",
]
BETA_ENVIRONMENTS_WORK_POLL_KWARGS: dict[str, Any] = {}
BETA_ENVIRONMENTS_WORK_POLL_RESPONSE = (
    200,
    "application/json",
    '{"id": "work_011CZkZdQ4mT7yVb9xKc3nFg", "type": "work", "environment_id": "env_011CZkZbW7hN2cKd5sRq8uTe", "data": {"type": "session", "id": "session_011CZkZeR5nU8zWc0yLd4oGh"}, "state": "queued", "metadata": {}, "secret": "wks_example_secret", "created_at": "2026-11-20T19:05:00Z", "acknowledged_at": null, "started_at": null, "latest_heartbeat_at": null, "stop_requested_at": null, "stopped_at": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_environments_work_poll(transport: FakeTransport) -> None:
    transport.queue(*BETA_ENVIRONMENTS_WORK_POLL_RESPONSE)
    client = sync_client(transport)
    result = client.beta.environments.work.poll(*BETA_ENVIRONMENTS_WORK_POLL_ARGS, **BETA_ENVIRONMENTS_WORK_POLL_KWARGS)
    assert isinstance(result, (types.BetaSelfHostedWork, type(None)))
    adapter: TypeAdapter[Any] = TypeAdapter(Optional[types.BetaSelfHostedWork])
    expected = adapter.validate_json(BETA_ENVIRONMENTS_WORK_POLL_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "managed-agents-2026-04-01"


def test_beta_environments_work_poll_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_ENVIRONMENTS_WORK_POLL_RESPONSE)

    async def run() -> Any:
        return await client.beta.environments.work.poll(
            *BETA_ENVIRONMENTS_WORK_POLL_ARGS, **BETA_ENVIRONMENTS_WORK_POLL_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), (types.BetaSelfHostedWork, type(None)))


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
def test_beta_environments_work_poll_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.environments.work.poll(*BETA_ENVIRONMENTS_WORK_POLL_ARGS, **BETA_ENVIRONMENTS_WORK_POLL_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/environments/{environment_id}/work/{work_id}
BETA_ENVIRONMENTS_WORK_RETRIEVE_ARGS: list[Any] = [
    "env_011CZkZbW7hN2cKd5sRq8uTe",
    "work_011CZkZdQ4mT7yVb9xKc3nFg",
]
BETA_ENVIRONMENTS_WORK_RETRIEVE_KWARGS: dict[str, Any] = {}
BETA_ENVIRONMENTS_WORK_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "work_011CZkZdQ4mT7yVb9xKc3nFg", "type": "work", "environment_id": "env_011CZkZbW7hN2cKd5sRq8uTe", "data": {"type": "session", "id": "session_011CZkZeR5nU8zWc0yLd4oGh"}, "state": "active", "metadata": {"host": "runner-7"}, "secret": null, "created_at": "2026-11-20T19:05:00Z", "acknowledged_at": "2026-11-20T19:05:01Z", "started_at": "2026-11-20T19:05:03Z", "latest_heartbeat_at": "2026-11-20T19:06:00Z", "stop_requested_at": null, "stopped_at": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_environments_work_retrieve(transport: FakeTransport) -> None:
    transport.queue(*BETA_ENVIRONMENTS_WORK_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.environments.work.retrieve(
        *BETA_ENVIRONMENTS_WORK_RETRIEVE_ARGS, **BETA_ENVIRONMENTS_WORK_RETRIEVE_KWARGS
    )
    assert isinstance(result, types.BetaSelfHostedWork)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaSelfHostedWork)
    expected = adapter.validate_json(BETA_ENVIRONMENTS_WORK_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "managed-agents-2026-04-01"


def test_beta_environments_work_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_ENVIRONMENTS_WORK_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.beta.environments.work.retrieve(
            *BETA_ENVIRONMENTS_WORK_RETRIEVE_ARGS, **BETA_ENVIRONMENTS_WORK_RETRIEVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaSelfHostedWork)


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
def test_beta_environments_work_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.environments.work.retrieve(
            *BETA_ENVIRONMENTS_WORK_RETRIEVE_ARGS, **BETA_ENVIRONMENTS_WORK_RETRIEVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/environments/{environment_id}/work/stats
BETA_ENVIRONMENTS_WORK_STATS_ARGS: list[Any] = [
    "env_011CZkZbW7hN2cKd5sRq8uTe",
]
BETA_ENVIRONMENTS_WORK_STATS_KWARGS: dict[str, Any] = {}
BETA_ENVIRONMENTS_WORK_STATS_RESPONSE = (
    200,
    "application/json",
    '{"type": "work_queue_stats", "depth": 3, "pending": 1, "oldest_queued_at": "2026-11-20T19:05:00Z", "workers_polling": 2}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_environments_work_stats(transport: FakeTransport) -> None:
    transport.queue(*BETA_ENVIRONMENTS_WORK_STATS_RESPONSE)
    client = sync_client(transport)
    result = client.beta.environments.work.stats(
        *BETA_ENVIRONMENTS_WORK_STATS_ARGS, **BETA_ENVIRONMENTS_WORK_STATS_KWARGS
    )
    assert isinstance(result, types.BetaSelfHostedWorkQueueStats)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaSelfHostedWorkQueueStats)
    expected = adapter.validate_json(BETA_ENVIRONMENTS_WORK_STATS_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "managed-agents-2026-04-01"


def test_beta_environments_work_stats_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_ENVIRONMENTS_WORK_STATS_RESPONSE)

    async def run() -> Any:
        return await client.beta.environments.work.stats(
            *BETA_ENVIRONMENTS_WORK_STATS_ARGS, **BETA_ENVIRONMENTS_WORK_STATS_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaSelfHostedWorkQueueStats)


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
def test_beta_environments_work_stats_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.environments.work.stats(*BETA_ENVIRONMENTS_WORK_STATS_ARGS, **BETA_ENVIRONMENTS_WORK_STATS_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/environments/{environment_id}/work/{work_id}/stop
BETA_ENVIRONMENTS_WORK_STOP_ARGS: list[Any] = [
    "env_011CZkZbW7hN2cKd5sRq8uTe",
    "work_011CZkZdQ4mT7yVb9xKc3nFg",
]
BETA_ENVIRONMENTS_WORK_STOP_KWARGS: dict[str, Any] = {
    **example_kwargs('{"force": false}', {"force": "force"}),
}
BETA_ENVIRONMENTS_WORK_STOP_RESPONSE = (
    200,
    "application/json",
    '{"id": "work_011CZkZdQ4mT7yVb9xKc3nFg", "type": "work", "environment_id": "env_011CZkZbW7hN2cKd5sRq8uTe", "data": {"type": "session", "id": "session_011CZkZeR5nU8zWc0yLd4oGh"}, "state": "stopping", "metadata": {"host": "runner-7"}, "secret": null, "created_at": "2026-11-20T19:05:00Z", "acknowledged_at": "2026-11-20T19:05:01Z", "started_at": "2026-11-20T19:05:03Z", "latest_heartbeat_at": "2026-11-20T19:06:00Z", "stop_requested_at": "2026-11-20T19:30:00Z", "stopped_at": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_environments_work_stop(transport: FakeTransport) -> None:
    transport.queue(*BETA_ENVIRONMENTS_WORK_STOP_RESPONSE)
    client = sync_client(transport)
    result = client.beta.environments.work.stop(*BETA_ENVIRONMENTS_WORK_STOP_ARGS, **BETA_ENVIRONMENTS_WORK_STOP_KWARGS)
    assert isinstance(result, types.BetaSelfHostedWork)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaSelfHostedWork)
    expected = adapter.validate_json(BETA_ENVIRONMENTS_WORK_STOP_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "managed-agents-2026-04-01"


def test_beta_environments_work_stop_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_ENVIRONMENTS_WORK_STOP_RESPONSE)

    async def run() -> Any:
        return await client.beta.environments.work.stop(
            *BETA_ENVIRONMENTS_WORK_STOP_ARGS, **BETA_ENVIRONMENTS_WORK_STOP_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaSelfHostedWork)


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
def test_beta_environments_work_stop_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.environments.work.stop(*BETA_ENVIRONMENTS_WORK_STOP_ARGS, **BETA_ENVIRONMENTS_WORK_STOP_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/environments/{environment_id}/work/{work_id}
BETA_ENVIRONMENTS_WORK_UPDATE_ARGS: list[Any] = [
    "env_011CZkZbW7hN2cKd5sRq8uTe",
    "work_011CZkZdQ4mT7yVb9xKc3nFg",
]
BETA_ENVIRONMENTS_WORK_UPDATE_KWARGS: dict[str, Any] = {
    **example_kwargs('{"metadata": {"host": "runner-7"}}', {"metadata": "metadata"}),
}
BETA_ENVIRONMENTS_WORK_UPDATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "work_011CZkZdQ4mT7yVb9xKc3nFg", "type": "work", "environment_id": "env_011CZkZbW7hN2cKd5sRq8uTe", "data": {"type": "session", "id": "session_011CZkZeR5nU8zWc0yLd4oGh"}, "state": "active", "metadata": {"host": "runner-7"}, "secret": null, "created_at": "2026-11-20T19:05:00Z", "acknowledged_at": "2026-11-20T19:05:01Z", "started_at": "2026-11-20T19:05:03Z", "latest_heartbeat_at": "2026-11-20T19:06:00Z", "stop_requested_at": null, "stopped_at": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_environments_work_update(transport: FakeTransport) -> None:
    transport.queue(*BETA_ENVIRONMENTS_WORK_UPDATE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.environments.work.update(
        *BETA_ENVIRONMENTS_WORK_UPDATE_ARGS, **BETA_ENVIRONMENTS_WORK_UPDATE_KWARGS
    )
    assert isinstance(result, types.BetaSelfHostedWork)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaSelfHostedWork)
    expected = adapter.validate_json(BETA_ENVIRONMENTS_WORK_UPDATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "managed-agents-2026-04-01"


def test_beta_environments_work_update_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_ENVIRONMENTS_WORK_UPDATE_RESPONSE)

    async def run() -> Any:
        return await client.beta.environments.work.update(
            *BETA_ENVIRONMENTS_WORK_UPDATE_ARGS, **BETA_ENVIRONMENTS_WORK_UPDATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaSelfHostedWork)


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
def test_beta_environments_work_update_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.environments.work.update(
            *BETA_ENVIRONMENTS_WORK_UPDATE_ARGS, **BETA_ENVIRONMENTS_WORK_UPDATE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/memory_stores/{memory_store_id}/archive
BETA_MEMORY_STORES_ARCHIVE_ARGS: list[Any] = [
    "memstore_011CZkZdJ4kVpS9xTzLf6Mu3",
]
BETA_MEMORY_STORES_ARCHIVE_KWARGS: dict[str, Any] = {}
BETA_MEMORY_STORES_ARCHIVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "memstore_011CZkZdJ4kVpS9xTzLf6Mu3", "type": "memory_store", "name": "Support notes", "description": "Preferences and open issues of the customer this agent supports.", "metadata": {"end_user": "user-4821"}, "archived_at": "2026-11-21T09:12:05Z", "created_at": "2026-11-20T18:37:24Z", "updated_at": "2026-11-21T09:12:05Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_memory_stores_archive(transport: FakeTransport) -> None:
    transport.queue(*BETA_MEMORY_STORES_ARCHIVE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.memory_stores.archive(*BETA_MEMORY_STORES_ARCHIVE_ARGS, **BETA_MEMORY_STORES_ARCHIVE_KWARGS)
    assert isinstance(result, types.BetaManagedAgentsMemoryStore)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaManagedAgentsMemoryStore)
    expected = adapter.validate_json(BETA_MEMORY_STORES_ARCHIVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "agent-memory-2026-07-22"


def test_beta_memory_stores_archive_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_MEMORY_STORES_ARCHIVE_RESPONSE)

    async def run() -> Any:
        return await client.beta.memory_stores.archive(
            *BETA_MEMORY_STORES_ARCHIVE_ARGS, **BETA_MEMORY_STORES_ARCHIVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaManagedAgentsMemoryStore)


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
def test_beta_memory_stores_archive_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.memory_stores.archive(*BETA_MEMORY_STORES_ARCHIVE_ARGS, **BETA_MEMORY_STORES_ARCHIVE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/memory_stores
BETA_MEMORY_STORES_CREATE_ARGS: list[Any] = []
BETA_MEMORY_STORES_CREATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"name": "Support notes", "description": "Preferences and open issues of the customer this agent supports.", "metadata": {"end_user": "user-4821"}}',
        {"name": "name", "description": "description", "metadata": "metadata"},
    ),
}
BETA_MEMORY_STORES_CREATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "memstore_011CZkZdJ4kVpS9xTzLf6Mu3", "type": "memory_store", "name": "Support notes", "description": "Preferences and open issues of the customer this agent supports.", "metadata": {"end_user": "user-4821"}, "archived_at": null, "created_at": "2026-11-20T18:37:24Z", "updated_at": "2026-11-20T18:37:24Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_memory_stores_create(transport: FakeTransport) -> None:
    transport.queue(*BETA_MEMORY_STORES_CREATE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.memory_stores.create(*BETA_MEMORY_STORES_CREATE_ARGS, **BETA_MEMORY_STORES_CREATE_KWARGS)
    assert isinstance(result, types.BetaManagedAgentsMemoryStore)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaManagedAgentsMemoryStore)
    expected = adapter.validate_json(BETA_MEMORY_STORES_CREATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "agent-memory-2026-07-22"


def test_beta_memory_stores_create_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_MEMORY_STORES_CREATE_RESPONSE)

    async def run() -> Any:
        return await client.beta.memory_stores.create(
            *BETA_MEMORY_STORES_CREATE_ARGS, **BETA_MEMORY_STORES_CREATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaManagedAgentsMemoryStore)


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
def test_beta_memory_stores_create_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.memory_stores.create(*BETA_MEMORY_STORES_CREATE_ARGS, **BETA_MEMORY_STORES_CREATE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# DELETE /v1/memory_stores/{memory_store_id}
BETA_MEMORY_STORES_DELETE_ARGS: list[Any] = [
    "memstore_011CZkZdJ4kVpS9xTzLf6Mu3",
]
BETA_MEMORY_STORES_DELETE_KWARGS: dict[str, Any] = {}
BETA_MEMORY_STORES_DELETE_RESPONSE = (
    200,
    "application/json",
    '{"id": "memstore_011CZkZdJ4kVpS9xTzLf6Mu3", "type": "memory_store_deleted"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_memory_stores_delete(transport: FakeTransport) -> None:
    transport.queue(*BETA_MEMORY_STORES_DELETE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.memory_stores.delete(*BETA_MEMORY_STORES_DELETE_ARGS, **BETA_MEMORY_STORES_DELETE_KWARGS)
    assert isinstance(result, types.BetaManagedAgentsDeletedMemoryStore)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaManagedAgentsDeletedMemoryStore)
    expected = adapter.validate_json(BETA_MEMORY_STORES_DELETE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "agent-memory-2026-07-22"


def test_beta_memory_stores_delete_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_MEMORY_STORES_DELETE_RESPONSE)

    async def run() -> Any:
        return await client.beta.memory_stores.delete(
            *BETA_MEMORY_STORES_DELETE_ARGS, **BETA_MEMORY_STORES_DELETE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaManagedAgentsDeletedMemoryStore)


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
def test_beta_memory_stores_delete_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.memory_stores.delete(*BETA_MEMORY_STORES_DELETE_ARGS, **BETA_MEMORY_STORES_DELETE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/memory_stores
BETA_MEMORY_STORES_LIST_ARGS: list[Any] = []
BETA_MEMORY_STORES_LIST_KWARGS: dict[str, Any] = {}
BETA_MEMORY_STORES_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "memstore_011CZkZdJ4kVpS9xTzLf6Mu3", "type": "memory_store", "name": "Support notes", "description": "Preferences and open issues of the customer this agent supports.", "metadata": {"end_user": "user-4821"}, "archived_at": null, "created_at": "2026-11-20T18:37:24Z", "updated_at": "2026-11-20T18:37:24Z"}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_memory_stores_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_MEMORY_STORES_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.beta.memory_stores.list(*BETA_MEMORY_STORES_LIST_ARGS, **BETA_MEMORY_STORES_LIST_KWARGS)
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.BetaManagedAgentsMemoryStore) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_beta_memory_stores_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_MEMORY_STORES_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.beta.memory_stores.list(*BETA_MEMORY_STORES_LIST_ARGS, **BETA_MEMORY_STORES_LIST_KWARGS)
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.BetaManagedAgentsMemoryStore) for item in items)


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
def test_beta_memory_stores_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.memory_stores.list(*BETA_MEMORY_STORES_LIST_ARGS, **BETA_MEMORY_STORES_LIST_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/memory_stores/{memory_store_id}
BETA_MEMORY_STORES_RETRIEVE_ARGS: list[Any] = [
    "memstore_011CZkZdJ4kVpS9xTzLf6Mu3",
]
BETA_MEMORY_STORES_RETRIEVE_KWARGS: dict[str, Any] = {}
BETA_MEMORY_STORES_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "memstore_011CZkZdJ4kVpS9xTzLf6Mu3", "type": "memory_store", "name": "Support notes", "description": "Preferences and open issues of the customer this agent supports.", "metadata": {"end_user": "user-4821"}, "archived_at": null, "created_at": "2026-11-20T18:37:24Z", "updated_at": "2026-11-20T18:37:24Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_memory_stores_retrieve(transport: FakeTransport) -> None:
    transport.queue(*BETA_MEMORY_STORES_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.memory_stores.retrieve(*BETA_MEMORY_STORES_RETRIEVE_ARGS, **BETA_MEMORY_STORES_RETRIEVE_KWARGS)
    assert isinstance(result, types.BetaManagedAgentsMemoryStore)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaManagedAgentsMemoryStore)
    expected = adapter.validate_json(BETA_MEMORY_STORES_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "agent-memory-2026-07-22"


def test_beta_memory_stores_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_MEMORY_STORES_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.beta.memory_stores.retrieve(
            *BETA_MEMORY_STORES_RETRIEVE_ARGS, **BETA_MEMORY_STORES_RETRIEVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaManagedAgentsMemoryStore)


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
def test_beta_memory_stores_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.memory_stores.retrieve(*BETA_MEMORY_STORES_RETRIEVE_ARGS, **BETA_MEMORY_STORES_RETRIEVE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/memory_stores/{memory_store_id}
BETA_MEMORY_STORES_UPDATE_ARGS: list[Any] = [
    "memstore_011CZkZdJ4kVpS9xTzLf6Mu3",
]
BETA_MEMORY_STORES_UPDATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"description": "Preferences of the customer this agent supports.", "metadata": {"tier": "gold"}}',
        {"description": "description", "metadata": "metadata", "name": "name"},
    ),
}
BETA_MEMORY_STORES_UPDATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "memstore_011CZkZdJ4kVpS9xTzLf6Mu3", "type": "memory_store", "name": "Support notes", "description": "Preferences of the customer this agent supports.", "metadata": {"end_user": "user-4821", "tier": "gold"}, "archived_at": null, "created_at": "2026-11-20T18:37:24Z", "updated_at": "2026-11-21T09:12:05Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_memory_stores_update(transport: FakeTransport) -> None:
    transport.queue(*BETA_MEMORY_STORES_UPDATE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.memory_stores.update(*BETA_MEMORY_STORES_UPDATE_ARGS, **BETA_MEMORY_STORES_UPDATE_KWARGS)
    assert isinstance(result, types.BetaManagedAgentsMemoryStore)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaManagedAgentsMemoryStore)
    expected = adapter.validate_json(BETA_MEMORY_STORES_UPDATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "agent-memory-2026-07-22"


def test_beta_memory_stores_update_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_MEMORY_STORES_UPDATE_RESPONSE)

    async def run() -> Any:
        return await client.beta.memory_stores.update(
            *BETA_MEMORY_STORES_UPDATE_ARGS, **BETA_MEMORY_STORES_UPDATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaManagedAgentsMemoryStore)


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
def test_beta_memory_stores_update_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.memory_stores.update(*BETA_MEMORY_STORES_UPDATE_ARGS, **BETA_MEMORY_STORES_UPDATE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/memory_stores/{memory_store_id}/memories
BETA_MEMORY_STORES_MEMORIES_CREATE_ARGS: list[Any] = [
    "memstore_011CZkZdJ4kVpS9xTzLf6Mu3",
]
BETA_MEMORY_STORES_MEMORIES_CREATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"path": "/customers/preferences.md", "content": "- Prefers email over phone\\n"}',
        {"content": "content", "path": "path"},
    ),
}
BETA_MEMORY_STORES_MEMORIES_CREATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "mem_011CZkZeK5mWqT1yUaMg7Nv4", "type": "memory", "memory_store_id": "memstore_011CZkZdJ4kVpS9xTzLf6Mu3", "memory_version_id": "memver_011CZkZfL6nXrU2zVbNh8Pw5", "path": "/customers/preferences.md", "content": null, "content_sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "content_size_bytes": 27, "created_at": "2026-11-20T18:37:24Z", "updated_at": "2026-11-20T18:37:24Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_memory_stores_memories_create(transport: FakeTransport) -> None:
    transport.queue(*BETA_MEMORY_STORES_MEMORIES_CREATE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.memory_stores.memories.create(
        *BETA_MEMORY_STORES_MEMORIES_CREATE_ARGS, **BETA_MEMORY_STORES_MEMORIES_CREATE_KWARGS
    )
    assert isinstance(result, types.BetaManagedAgentsMemory)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaManagedAgentsMemory)
    expected = adapter.validate_json(BETA_MEMORY_STORES_MEMORIES_CREATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "agent-memory-2026-07-22"


def test_beta_memory_stores_memories_create_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_MEMORY_STORES_MEMORIES_CREATE_RESPONSE)

    async def run() -> Any:
        return await client.beta.memory_stores.memories.create(
            *BETA_MEMORY_STORES_MEMORIES_CREATE_ARGS, **BETA_MEMORY_STORES_MEMORIES_CREATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaManagedAgentsMemory)


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
def test_beta_memory_stores_memories_create_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.memory_stores.memories.create(
            *BETA_MEMORY_STORES_MEMORIES_CREATE_ARGS, **BETA_MEMORY_STORES_MEMORIES_CREATE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# DELETE /v1/memory_stores/{memory_store_id}/memories/{memory_id}
BETA_MEMORY_STORES_MEMORIES_DELETE_ARGS: list[Any] = [
    "memstore_011CZkZdJ4kVpS9xTzLf6Mu3",
    "mem_011CZkZeK5mWqT1yUaMg7Nv4",
]
BETA_MEMORY_STORES_MEMORIES_DELETE_KWARGS: dict[str, Any] = {}
BETA_MEMORY_STORES_MEMORIES_DELETE_RESPONSE = (
    200,
    "application/json",
    '{"id": "mem_011CZkZeK5mWqT1yUaMg7Nv4", "type": "memory_deleted"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_memory_stores_memories_delete(transport: FakeTransport) -> None:
    transport.queue(*BETA_MEMORY_STORES_MEMORIES_DELETE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.memory_stores.memories.delete(
        *BETA_MEMORY_STORES_MEMORIES_DELETE_ARGS, **BETA_MEMORY_STORES_MEMORIES_DELETE_KWARGS
    )
    assert isinstance(result, types.BetaManagedAgentsDeletedMemory)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaManagedAgentsDeletedMemory)
    expected = adapter.validate_json(BETA_MEMORY_STORES_MEMORIES_DELETE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "agent-memory-2026-07-22"


def test_beta_memory_stores_memories_delete_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_MEMORY_STORES_MEMORIES_DELETE_RESPONSE)

    async def run() -> Any:
        return await client.beta.memory_stores.memories.delete(
            *BETA_MEMORY_STORES_MEMORIES_DELETE_ARGS, **BETA_MEMORY_STORES_MEMORIES_DELETE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaManagedAgentsDeletedMemory)


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
            409,
            "application/json",
            '{"type": "error", "error": {"type": "memory_precondition_failed_error", "message": "The memory content does not match the precondition"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
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
def test_beta_memory_stores_memories_delete_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.memory_stores.memories.delete(
            *BETA_MEMORY_STORES_MEMORIES_DELETE_ARGS, **BETA_MEMORY_STORES_MEMORIES_DELETE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/memory_stores/{memory_store_id}/memories
BETA_MEMORY_STORES_MEMORIES_LIST_ARGS: list[Any] = [
    "memstore_011CZkZdJ4kVpS9xTzLf6Mu3",
]
BETA_MEMORY_STORES_MEMORIES_LIST_KWARGS: dict[str, Any] = {}
BETA_MEMORY_STORES_MEMORIES_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "mem_011CZkZeK5mWqT1yUaMg7Nv4", "type": "memory", "memory_store_id": "memstore_011CZkZdJ4kVpS9xTzLf6Mu3", "memory_version_id": "memver_011CZkZfL6nXrU2zVbNh8Pw5", "path": "/customers/preferences.md", "content": null, "content_sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "content_size_bytes": 27, "created_at": "2026-11-20T18:37:24Z", "updated_at": "2026-11-20T18:37:24Z"}, {"type": "memory_prefix", "path": "/customers/archive/"}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_memory_stores_memories_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_MEMORY_STORES_MEMORIES_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.beta.memory_stores.memories.list(
        *BETA_MEMORY_STORES_MEMORIES_LIST_ARGS, **BETA_MEMORY_STORES_MEMORIES_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, (types.BetaManagedAgentsMemory, types.BetaManagedAgentsMemoryPrefix)) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_beta_memory_stores_memories_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_MEMORY_STORES_MEMORIES_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.beta.memory_stores.memories.list(
            *BETA_MEMORY_STORES_MEMORIES_LIST_ARGS, **BETA_MEMORY_STORES_MEMORIES_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(
        isinstance(item, (types.BetaManagedAgentsMemory, types.BetaManagedAgentsMemoryPrefix)) for item in items
    )


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
def test_beta_memory_stores_memories_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.memory_stores.memories.list(
            *BETA_MEMORY_STORES_MEMORIES_LIST_ARGS, **BETA_MEMORY_STORES_MEMORIES_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/memory_stores/{memory_store_id}/memories/{memory_id}
BETA_MEMORY_STORES_MEMORIES_RETRIEVE_ARGS: list[Any] = [
    "memstore_011CZkZdJ4kVpS9xTzLf6Mu3",
    "mem_011CZkZeK5mWqT1yUaMg7Nv4",
]
BETA_MEMORY_STORES_MEMORIES_RETRIEVE_KWARGS: dict[str, Any] = {}
BETA_MEMORY_STORES_MEMORIES_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "mem_011CZkZeK5mWqT1yUaMg7Nv4", "type": "memory", "memory_store_id": "memstore_011CZkZdJ4kVpS9xTzLf6Mu3", "memory_version_id": "memver_011CZkZfL6nXrU2zVbNh8Pw5", "path": "/customers/preferences.md", "content": "- Prefers email over phone\\n", "content_sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "content_size_bytes": 27, "created_at": "2026-11-20T18:37:24Z", "updated_at": "2026-11-20T18:37:24Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_memory_stores_memories_retrieve(transport: FakeTransport) -> None:
    transport.queue(*BETA_MEMORY_STORES_MEMORIES_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.memory_stores.memories.retrieve(
        *BETA_MEMORY_STORES_MEMORIES_RETRIEVE_ARGS, **BETA_MEMORY_STORES_MEMORIES_RETRIEVE_KWARGS
    )
    assert isinstance(result, types.BetaManagedAgentsMemory)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaManagedAgentsMemory)
    expected = adapter.validate_json(BETA_MEMORY_STORES_MEMORIES_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "agent-memory-2026-07-22"


def test_beta_memory_stores_memories_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_MEMORY_STORES_MEMORIES_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.beta.memory_stores.memories.retrieve(
            *BETA_MEMORY_STORES_MEMORIES_RETRIEVE_ARGS, **BETA_MEMORY_STORES_MEMORIES_RETRIEVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaManagedAgentsMemory)


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
def test_beta_memory_stores_memories_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.memory_stores.memories.retrieve(
            *BETA_MEMORY_STORES_MEMORIES_RETRIEVE_ARGS, **BETA_MEMORY_STORES_MEMORIES_RETRIEVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/memory_stores/{memory_store_id}/memories/{memory_id}
BETA_MEMORY_STORES_MEMORIES_UPDATE_ARGS: list[Any] = [
    "memstore_011CZkZdJ4kVpS9xTzLf6Mu3",
    "mem_011CZkZeK5mWqT1yUaMg7Nv4",
]
BETA_MEMORY_STORES_MEMORIES_UPDATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"content": "- Prefers email over phone\\n- Timezone: Europe/London\\n", "precondition": {"type": "content_sha256", "content_sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}}',
        {"content": "content", "path": "path", "precondition": "precondition"},
    ),
}
BETA_MEMORY_STORES_MEMORIES_UPDATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "mem_011CZkZeK5mWqT1yUaMg7Nv4", "type": "memory", "memory_store_id": "memstore_011CZkZdJ4kVpS9xTzLf6Mu3", "memory_version_id": "memver_011CZkZnT4vEyB9gCiVr6Wd3", "path": "/customers/preferences.md", "content": null, "content_sha256": "3b1f6a0e8d2c4b5a69788f7e6d5c4b3a2918f7e6d5c4b3a29180f7e6d5c4b3a2", "content_size_bytes": 53, "created_at": "2026-11-20T18:37:24Z", "updated_at": "2026-11-21T09:12:05Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_memory_stores_memories_update(transport: FakeTransport) -> None:
    transport.queue(*BETA_MEMORY_STORES_MEMORIES_UPDATE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.memory_stores.memories.update(
        *BETA_MEMORY_STORES_MEMORIES_UPDATE_ARGS, **BETA_MEMORY_STORES_MEMORIES_UPDATE_KWARGS
    )
    assert isinstance(result, types.BetaManagedAgentsMemory)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaManagedAgentsMemory)
    expected = adapter.validate_json(BETA_MEMORY_STORES_MEMORIES_UPDATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "agent-memory-2026-07-22"


def test_beta_memory_stores_memories_update_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_MEMORY_STORES_MEMORIES_UPDATE_RESPONSE)

    async def run() -> Any:
        return await client.beta.memory_stores.memories.update(
            *BETA_MEMORY_STORES_MEMORIES_UPDATE_ARGS, **BETA_MEMORY_STORES_MEMORIES_UPDATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaManagedAgentsMemory)


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
            409,
            "application/json",
            '{"type": "error", "error": {"type": "memory_precondition_failed_error", "message": "The memory content does not match the precondition"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
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
def test_beta_memory_stores_memories_update_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.memory_stores.memories.update(
            *BETA_MEMORY_STORES_MEMORIES_UPDATE_ARGS, **BETA_MEMORY_STORES_MEMORIES_UPDATE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/memory_stores/{memory_store_id}/memory_versions
BETA_MEMORY_STORES_MEMORY_VERSIONS_LIST_ARGS: list[Any] = [
    "memstore_011CZkZdJ4kVpS9xTzLf6Mu3",
]
BETA_MEMORY_STORES_MEMORY_VERSIONS_LIST_KWARGS: dict[str, Any] = {}
BETA_MEMORY_STORES_MEMORY_VERSIONS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "memver_011CZkZfL6nXrU2zVbNh8Pw5", "type": "memory_version", "memory_id": "mem_011CZkZeK5mWqT1yUaMg7Nv4", "memory_store_id": "memstore_011CZkZdJ4kVpS9xTzLf6Mu3", "operation": "created", "path": "/customers/preferences.md", "content": null, "content_sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "content_size_bytes": 27, "created_by": {"type": "session_actor", "session_id": "sesn_011CZkZhN8qZtW4bXdQk1Ry7"}, "redacted_at": null, "redacted_by": null, "created_at": "2026-11-20T18:37:24Z"}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_memory_stores_memory_versions_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_MEMORY_STORES_MEMORY_VERSIONS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.beta.memory_stores.memory_versions.list(
        *BETA_MEMORY_STORES_MEMORY_VERSIONS_LIST_ARGS, **BETA_MEMORY_STORES_MEMORY_VERSIONS_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.BetaManagedAgentsMemoryVersion) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_beta_memory_stores_memory_versions_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_MEMORY_STORES_MEMORY_VERSIONS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.beta.memory_stores.memory_versions.list(
            *BETA_MEMORY_STORES_MEMORY_VERSIONS_LIST_ARGS, **BETA_MEMORY_STORES_MEMORY_VERSIONS_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.BetaManagedAgentsMemoryVersion) for item in items)


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
def test_beta_memory_stores_memory_versions_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.memory_stores.memory_versions.list(
            *BETA_MEMORY_STORES_MEMORY_VERSIONS_LIST_ARGS, **BETA_MEMORY_STORES_MEMORY_VERSIONS_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/memory_stores/{memory_store_id}/memory_versions/{memory_version_id}/redact
BETA_MEMORY_STORES_MEMORY_VERSIONS_REDACT_ARGS: list[Any] = [
    "memstore_011CZkZdJ4kVpS9xTzLf6Mu3",
    "memver_011CZkZfL6nXrU2zVbNh8Pw5",
]
BETA_MEMORY_STORES_MEMORY_VERSIONS_REDACT_KWARGS: dict[str, Any] = {}
BETA_MEMORY_STORES_MEMORY_VERSIONS_REDACT_RESPONSE = (
    200,
    "application/json",
    '{"id": "memver_011CZkZfL6nXrU2zVbNh8Pw5", "type": "memory_version", "memory_id": "mem_011CZkZeK5mWqT1yUaMg7Nv4", "memory_store_id": "memstore_011CZkZdJ4kVpS9xTzLf6Mu3", "operation": "created", "path": null, "content": null, "content_sha256": null, "content_size_bytes": null, "created_by": {"type": "session_actor", "session_id": "sesn_011CZkZhN8qZtW4bXdQk1Ry7"}, "redacted_at": "2026-11-21T09:12:05Z", "redacted_by": {"type": "api_actor", "api_key_id": "apikey_01Rj2N8SVvo6BePZj99NhmiT"}, "created_at": "2026-11-20T18:37:24Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_memory_stores_memory_versions_redact(transport: FakeTransport) -> None:
    transport.queue(*BETA_MEMORY_STORES_MEMORY_VERSIONS_REDACT_RESPONSE)
    client = sync_client(transport)
    result = client.beta.memory_stores.memory_versions.redact(
        *BETA_MEMORY_STORES_MEMORY_VERSIONS_REDACT_ARGS, **BETA_MEMORY_STORES_MEMORY_VERSIONS_REDACT_KWARGS
    )
    assert isinstance(result, types.BetaManagedAgentsMemoryVersion)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaManagedAgentsMemoryVersion)
    expected = adapter.validate_json(BETA_MEMORY_STORES_MEMORY_VERSIONS_REDACT_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "agent-memory-2026-07-22"


def test_beta_memory_stores_memory_versions_redact_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_MEMORY_STORES_MEMORY_VERSIONS_REDACT_RESPONSE)

    async def run() -> Any:
        return await client.beta.memory_stores.memory_versions.redact(
            *BETA_MEMORY_STORES_MEMORY_VERSIONS_REDACT_ARGS, **BETA_MEMORY_STORES_MEMORY_VERSIONS_REDACT_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaManagedAgentsMemoryVersion)


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
def test_beta_memory_stores_memory_versions_redact_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.memory_stores.memory_versions.redact(
            *BETA_MEMORY_STORES_MEMORY_VERSIONS_REDACT_ARGS, **BETA_MEMORY_STORES_MEMORY_VERSIONS_REDACT_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/memory_stores/{memory_store_id}/memory_versions/{memory_version_id}
BETA_MEMORY_STORES_MEMORY_VERSIONS_RETRIEVE_ARGS: list[Any] = [
    "memstore_011CZkZdJ4kVpS9xTzLf6Mu3",
    "memver_011CZkZfL6nXrU2zVbNh8Pw5",
]
BETA_MEMORY_STORES_MEMORY_VERSIONS_RETRIEVE_KWARGS: dict[str, Any] = {}
BETA_MEMORY_STORES_MEMORY_VERSIONS_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "memver_011CZkZfL6nXrU2zVbNh8Pw5", "type": "memory_version", "memory_id": "mem_011CZkZeK5mWqT1yUaMg7Nv4", "memory_store_id": "memstore_011CZkZdJ4kVpS9xTzLf6Mu3", "operation": "created", "path": "/customers/preferences.md", "content": "- Prefers email over phone\\n", "content_sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "content_size_bytes": 27, "created_by": {"type": "session_actor", "session_id": "sesn_011CZkZhN8qZtW4bXdQk1Ry7"}, "redacted_at": null, "redacted_by": null, "created_at": "2026-11-20T18:37:24Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_memory_stores_memory_versions_retrieve(transport: FakeTransport) -> None:
    transport.queue(*BETA_MEMORY_STORES_MEMORY_VERSIONS_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.memory_stores.memory_versions.retrieve(
        *BETA_MEMORY_STORES_MEMORY_VERSIONS_RETRIEVE_ARGS, **BETA_MEMORY_STORES_MEMORY_VERSIONS_RETRIEVE_KWARGS
    )
    assert isinstance(result, types.BetaManagedAgentsMemoryVersion)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaManagedAgentsMemoryVersion)
    expected = adapter.validate_json(BETA_MEMORY_STORES_MEMORY_VERSIONS_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "agent-memory-2026-07-22"


def test_beta_memory_stores_memory_versions_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_MEMORY_STORES_MEMORY_VERSIONS_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.beta.memory_stores.memory_versions.retrieve(
            *BETA_MEMORY_STORES_MEMORY_VERSIONS_RETRIEVE_ARGS, **BETA_MEMORY_STORES_MEMORY_VERSIONS_RETRIEVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaManagedAgentsMemoryVersion)


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
def test_beta_memory_stores_memory_versions_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.memory_stores.memory_versions.retrieve(
            *BETA_MEMORY_STORES_MEMORY_VERSIONS_RETRIEVE_ARGS, **BETA_MEMORY_STORES_MEMORY_VERSIONS_RETRIEVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/plugin_marketplaces
BETA_ORGANIZATION_PLUGIN_MARKETPLACES_LIST_ARGS: list[Any] = []
BETA_ORGANIZATION_PLUGIN_MARKETPLACES_LIST_KWARGS: dict[str, Any] = {}
BETA_ORGANIZATION_PLUGIN_MARKETPLACES_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "marketplace_01Jq3Ls8Nw5Xe2Vb7RkYdMtC", "type": "plugin_marketplace", "name": "acme-library", "owner": {"type": "organization"}, "source": "manual", "default_installation_preference": "available", "sync_status": null, "last_sync_ended_at": null, "last_sync_read_sha": null, "created_at": "2026-09-14T16:20:05Z"}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_organization_plugin_marketplaces_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_ORGANIZATION_PLUGIN_MARKETPLACES_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.beta.organization.plugin_marketplaces.list(
        *BETA_ORGANIZATION_PLUGIN_MARKETPLACES_LIST_ARGS, **BETA_ORGANIZATION_PLUGIN_MARKETPLACES_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.BetaPluginMarketplace) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_beta_organization_plugin_marketplaces_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_ORGANIZATION_PLUGIN_MARKETPLACES_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.beta.organization.plugin_marketplaces.list(
            *BETA_ORGANIZATION_PLUGIN_MARKETPLACES_LIST_ARGS, **BETA_ORGANIZATION_PLUGIN_MARKETPLACES_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.BetaPluginMarketplace) for item in items)


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
def test_beta_organization_plugin_marketplaces_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.organization.plugin_marketplaces.list(
            *BETA_ORGANIZATION_PLUGIN_MARKETPLACES_LIST_ARGS, **BETA_ORGANIZATION_PLUGIN_MARKETPLACES_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/plugin_marketplaces/{marketplace_id}
BETA_ORGANIZATION_PLUGIN_MARKETPLACES_RETRIEVE_ARGS: list[Any] = [
    "marketplace_01Jq3Ls8Nw5Xe2Vb7RkYdMtC",
]
BETA_ORGANIZATION_PLUGIN_MARKETPLACES_RETRIEVE_KWARGS: dict[str, Any] = {}
BETA_ORGANIZATION_PLUGIN_MARKETPLACES_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "marketplace_01Jq3Ls8Nw5Xe2Vb7RkYdMtC", "type": "plugin_marketplace", "name": "acme-library", "owner": {"type": "organization"}, "source": "manual", "default_installation_preference": "available", "sync_status": null, "last_sync_ended_at": null, "last_sync_read_sha": null, "created_at": "2026-09-14T16:20:05Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_organization_plugin_marketplaces_retrieve(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_PLUGIN_MARKETPLACES_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.organization.plugin_marketplaces.retrieve(
        *BETA_ORGANIZATION_PLUGIN_MARKETPLACES_RETRIEVE_ARGS, **BETA_ORGANIZATION_PLUGIN_MARKETPLACES_RETRIEVE_KWARGS
    )
    assert isinstance(result, types.BetaPluginMarketplace)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaPluginMarketplace)
    expected = adapter.validate_json(BETA_ORGANIZATION_PLUGIN_MARKETPLACES_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "ce-plugins-2026-09-01"


def test_beta_organization_plugin_marketplaces_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_PLUGIN_MARKETPLACES_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.beta.organization.plugin_marketplaces.retrieve(
            *BETA_ORGANIZATION_PLUGIN_MARKETPLACES_RETRIEVE_ARGS,
            **BETA_ORGANIZATION_PLUGIN_MARKETPLACES_RETRIEVE_KWARGS,
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaPluginMarketplace)


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
def test_beta_organization_plugin_marketplaces_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.organization.plugin_marketplaces.retrieve(
            *BETA_ORGANIZATION_PLUGIN_MARKETPLACES_RETRIEVE_ARGS,
            **BETA_ORGANIZATION_PLUGIN_MARKETPLACES_RETRIEVE_KWARGS,
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/plugin_marketplaces/{marketplace_id}
BETA_ORGANIZATION_PLUGIN_MARKETPLACES_UPDATE_ARGS: list[Any] = [
    "marketplace_01Jq3Ls8Nw5Xe2Vb7RkYdMtC",
]
BETA_ORGANIZATION_PLUGIN_MARKETPLACES_UPDATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"default_installation_preference": "required"}',
        {"default_installation_preference": "default_installation_preference"},
    ),
}
BETA_ORGANIZATION_PLUGIN_MARKETPLACES_UPDATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "marketplace_01Jq3Ls8Nw5Xe2Vb7RkYdMtC", "type": "plugin_marketplace", "name": "acme-library", "owner": {"type": "organization"}, "source": "manual", "default_installation_preference": "required", "sync_status": null, "last_sync_ended_at": null, "last_sync_read_sha": null, "created_at": "2026-09-14T16:20:05Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_organization_plugin_marketplaces_update(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_PLUGIN_MARKETPLACES_UPDATE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.organization.plugin_marketplaces.update(
        *BETA_ORGANIZATION_PLUGIN_MARKETPLACES_UPDATE_ARGS, **BETA_ORGANIZATION_PLUGIN_MARKETPLACES_UPDATE_KWARGS
    )
    assert isinstance(result, types.BetaPluginMarketplace)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaPluginMarketplace)
    expected = adapter.validate_json(BETA_ORGANIZATION_PLUGIN_MARKETPLACES_UPDATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "ce-plugins-2026-09-01"


def test_beta_organization_plugin_marketplaces_update_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_PLUGIN_MARKETPLACES_UPDATE_RESPONSE)

    async def run() -> Any:
        return await client.beta.organization.plugin_marketplaces.update(
            *BETA_ORGANIZATION_PLUGIN_MARKETPLACES_UPDATE_ARGS, **BETA_ORGANIZATION_PLUGIN_MARKETPLACES_UPDATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaPluginMarketplace)


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
def test_beta_organization_plugin_marketplaces_update_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.organization.plugin_marketplaces.update(
            *BETA_ORGANIZATION_PLUGIN_MARKETPLACES_UPDATE_ARGS, **BETA_ORGANIZATION_PLUGIN_MARKETPLACES_UPDATE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/plugin_marketplaces/validate_archive
BETA_ORGANIZATION_PLUGIN_MARKETPLACES_VALIDATE_ARCHIVE_ARGS: list[Any] = []
BETA_ORGANIZATION_PLUGIN_MARKETPLACES_VALIDATE_ARCHIVE_KWARGS: dict[str, Any] = {
    **example_kwargs('{"archive": "<contents of marketplace.zip>"}', {"archive": "archive"}, ("archive",)),
}
BETA_ORGANIZATION_PLUGIN_MARKETPLACES_VALIDATE_ARCHIVE_RESPONSE = (
    200,
    "application/json",
    '{"type": "plugin_marketplace_validation_report", "valid": false, "total_plugin_count": 3, "commit_sha": "4f2a9c1e8b7d6f5a3c2b1e0d9f8a7b6c5d4e3f2a", "ref": null, "manifest_error": null, "manifest_error_code": null, "plugin_errors": [{"name": "deploy-helper", "error_code": "plugin_manifest_missing", "error": "The plugin has no .claude-plugin/plugin.json."}], "plugin_warnings": [{"name": "review-pr", "warnings": [{"error_code": "file_too_large", "message": "assets/demo.mp4 is over the size limit and would be left out."}]}]}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_organization_plugin_marketplaces_validate_archive(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_PLUGIN_MARKETPLACES_VALIDATE_ARCHIVE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.organization.plugin_marketplaces.validate_archive(
        *BETA_ORGANIZATION_PLUGIN_MARKETPLACES_VALIDATE_ARCHIVE_ARGS,
        **BETA_ORGANIZATION_PLUGIN_MARKETPLACES_VALIDATE_ARCHIVE_KWARGS,
    )
    assert isinstance(result, types.BetaPluginMarketplaceValidationReport)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaPluginMarketplaceValidationReport)
    expected = adapter.validate_json(BETA_ORGANIZATION_PLUGIN_MARKETPLACES_VALIDATE_ARCHIVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert sent.headers["anthropic-beta"] == "ce-plugins-2026-09-01"


def test_beta_organization_plugin_marketplaces_validate_archive_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_PLUGIN_MARKETPLACES_VALIDATE_ARCHIVE_RESPONSE)

    async def run() -> Any:
        return await client.beta.organization.plugin_marketplaces.validate_archive(
            *BETA_ORGANIZATION_PLUGIN_MARKETPLACES_VALIDATE_ARCHIVE_ARGS,
            **BETA_ORGANIZATION_PLUGIN_MARKETPLACES_VALIDATE_ARCHIVE_KWARGS,
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaPluginMarketplaceValidationReport)


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
def test_beta_organization_plugin_marketplaces_validate_archive_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.organization.plugin_marketplaces.validate_archive(
            *BETA_ORGANIZATION_PLUGIN_MARKETPLACES_VALIDATE_ARCHIVE_ARGS,
            **BETA_ORGANIZATION_PLUGIN_MARKETPLACES_VALIDATE_ARCHIVE_KWARGS,
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/plugin_marketplaces/validate_repository
BETA_ORGANIZATION_PLUGIN_MARKETPLACES_VALIDATE_REPOSITORY_ARGS: list[Any] = []
BETA_ORGANIZATION_PLUGIN_MARKETPLACES_VALIDATE_REPOSITORY_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"repository_url": "https://github.com/acme/claude-plugins", "ref": "main"}',
        {"repository_url": "repository_url", "ref": "ref"},
    ),
}
BETA_ORGANIZATION_PLUGIN_MARKETPLACES_VALIDATE_REPOSITORY_RESPONSE = (
    200,
    "application/json",
    '{"type": "plugin_marketplace_validation_report", "valid": true, "total_plugin_count": 2, "commit_sha": "4f2a9c1e8b7d6f5a3c2b1e0d9f8a7b6c5d4e3f2a", "ref": "main", "manifest_error": null, "manifest_error_code": null, "plugin_errors": [], "plugin_warnings": [{"name": "review-pr", "warnings": [{"error_code": "file_too_large", "message": "assets/demo.mp4 is over the size limit and would be left out."}]}]}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_organization_plugin_marketplaces_validate_repository(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_PLUGIN_MARKETPLACES_VALIDATE_REPOSITORY_RESPONSE)
    client = sync_client(transport)
    result = client.beta.organization.plugin_marketplaces.validate_repository(
        *BETA_ORGANIZATION_PLUGIN_MARKETPLACES_VALIDATE_REPOSITORY_ARGS,
        **BETA_ORGANIZATION_PLUGIN_MARKETPLACES_VALIDATE_REPOSITORY_KWARGS,
    )
    assert isinstance(result, types.BetaPluginMarketplaceValidationReport)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaPluginMarketplaceValidationReport)
    expected = adapter.validate_json(BETA_ORGANIZATION_PLUGIN_MARKETPLACES_VALIDATE_REPOSITORY_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "ce-plugins-2026-09-01"


def test_beta_organization_plugin_marketplaces_validate_repository_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_PLUGIN_MARKETPLACES_VALIDATE_REPOSITORY_RESPONSE)

    async def run() -> Any:
        return await client.beta.organization.plugin_marketplaces.validate_repository(
            *BETA_ORGANIZATION_PLUGIN_MARKETPLACES_VALIDATE_REPOSITORY_ARGS,
            **BETA_ORGANIZATION_PLUGIN_MARKETPLACES_VALIDATE_REPOSITORY_KWARGS,
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaPluginMarketplaceValidationReport)


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
def test_beta_organization_plugin_marketplaces_validate_repository_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.organization.plugin_marketplaces.validate_repository(
            *BETA_ORGANIZATION_PLUGIN_MARKETPLACES_VALIDATE_REPOSITORY_ARGS,
            **BETA_ORGANIZATION_PLUGIN_MARKETPLACES_VALIDATE_REPOSITORY_KWARGS,
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/plugins
BETA_ORGANIZATION_PLUGINS_CREATE_ARGS: list[Any] = []
BETA_ORGANIZATION_PLUGINS_CREATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"files[]": ["<contents of .claude-plugin/plugin.json>", "<contents of skills/review-pr/SKILL.md>"], "marketplace_id": "marketplace_01Jq3Ls8Nw5Xe2Vb7RkYdMtC", "release_notes": "First release."}',
        {"files[]": "files", "marketplace_id": "marketplace_id", "release_notes": "release_notes"},
        ("files[]",),
    ),
}
BETA_ORGANIZATION_PLUGINS_CREATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "plugin_01KfG7wQx2Vd9sLmN4rTbZcY", "type": "plugin", "name": "review-pr", "display_name": "Review PR", "description": "Pull-request review skills for the platform team.", "marketplace_id": "marketplace_01Jq3Ls8Nw5Xe2Vb7RkYdMtC", "owner": {"type": "organization"}, "latest_version_id": "pluginver_01KfG7wR3pHs6uYbC8nJeXaW", "served_version_id": "pluginver_01KfG7wR3pHs6uYbC8nJeXaW", "served_version_pinned": false, "manifest_version": "1.4.0", "reach": "contained", "components": [{"type": "skill", "name": "review-pr", "description": "Review a pull request against the team\'s checklist."}, {"type": "command", "name": "review", "description": "Run the review-pr skill on the current branch."}], "content_scan": {"status": "completed", "assessment": "pass", "reason": null}, "created_by": {"type": "api_actor", "api_key_id": "apikey_01Rj2N8SQvo6BFbWQDN5U5kT"}, "organization_installation_preference": "available", "organization_installation_preference_inherited": true, "created_at": "2026-09-14T16:20:05Z", "updated_at": "2026-09-14T16:20:05Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_organization_plugins_create(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_PLUGINS_CREATE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.organization.plugins.create(
        *BETA_ORGANIZATION_PLUGINS_CREATE_ARGS, **BETA_ORGANIZATION_PLUGINS_CREATE_KWARGS
    )
    assert isinstance(result, types.BetaPlugin)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaPlugin)
    expected = adapter.validate_json(BETA_ORGANIZATION_PLUGINS_CREATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert sent.headers["anthropic-beta"] == "ce-plugins-2026-09-01"


def test_beta_organization_plugins_create_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_PLUGINS_CREATE_RESPONSE)

    async def run() -> Any:
        return await client.beta.organization.plugins.create(
            *BETA_ORGANIZATION_PLUGINS_CREATE_ARGS, **BETA_ORGANIZATION_PLUGINS_CREATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaPlugin)


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
def test_beta_organization_plugins_create_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.organization.plugins.create(
            *BETA_ORGANIZATION_PLUGINS_CREATE_ARGS, **BETA_ORGANIZATION_PLUGINS_CREATE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# DELETE /v1/organizations/plugins/{plugin_id}
BETA_ORGANIZATION_PLUGINS_DELETE_ARGS: list[Any] = [
    "plugin_01KfG7wQx2Vd9sLmN4rTbZcY",
]
BETA_ORGANIZATION_PLUGINS_DELETE_KWARGS: dict[str, Any] = {}
BETA_ORGANIZATION_PLUGINS_DELETE_RESPONSE = (
    200,
    "application/json",
    '{"id": "plugin_01KfG7wQx2Vd9sLmN4rTbZcY", "type": "plugin_deleted"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_organization_plugins_delete(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_PLUGINS_DELETE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.organization.plugins.delete(
        *BETA_ORGANIZATION_PLUGINS_DELETE_ARGS, **BETA_ORGANIZATION_PLUGINS_DELETE_KWARGS
    )
    assert isinstance(result, types.BetaDeletedPlugin)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaDeletedPlugin)
    expected = adapter.validate_json(BETA_ORGANIZATION_PLUGINS_DELETE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "ce-plugins-2026-09-01"


def test_beta_organization_plugins_delete_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_PLUGINS_DELETE_RESPONSE)

    async def run() -> Any:
        return await client.beta.organization.plugins.delete(
            *BETA_ORGANIZATION_PLUGINS_DELETE_ARGS, **BETA_ORGANIZATION_PLUGINS_DELETE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaDeletedPlugin)


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
def test_beta_organization_plugins_delete_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.organization.plugins.delete(
            *BETA_ORGANIZATION_PLUGINS_DELETE_ARGS, **BETA_ORGANIZATION_PLUGINS_DELETE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/plugins
BETA_ORGANIZATION_PLUGINS_LIST_ARGS: list[Any] = []
BETA_ORGANIZATION_PLUGINS_LIST_KWARGS: dict[str, Any] = {}
BETA_ORGANIZATION_PLUGINS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "plugin_01KfG7wQx2Vd9sLmN4rTbZcY", "type": "plugin", "name": "review-pr", "display_name": "Review PR", "description": "Pull-request review skills for the platform team.", "marketplace_id": "marketplace_01Jq3Ls8Nw5Xe2Vb7RkYdMtC", "owner": {"type": "organization"}, "latest_version_id": "pluginver_01KfG7wR3pHs6uYbC8nJeXaW", "served_version_id": "pluginver_01KfG7wR3pHs6uYbC8nJeXaW", "served_version_pinned": false, "manifest_version": "1.4.0", "reach": "contained", "components": [{"type": "skill", "name": "review-pr", "description": "Review a pull request against the team\'s checklist."}, {"type": "command", "name": "review", "description": "Run the review-pr skill on the current branch."}], "content_scan": {"status": "completed", "assessment": "pass", "reason": null}, "created_by": {"type": "api_actor", "api_key_id": "apikey_01Rj2N8SQvo6BFbWQDN5U5kT"}, "organization_installation_preference": "available", "organization_installation_preference_inherited": true, "created_at": "2026-09-14T16:20:05Z", "updated_at": "2026-10-02T09:41:37Z"}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_organization_plugins_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_ORGANIZATION_PLUGINS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.beta.organization.plugins.list(
        *BETA_ORGANIZATION_PLUGINS_LIST_ARGS, **BETA_ORGANIZATION_PLUGINS_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.BetaPlugin) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_beta_organization_plugins_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_ORGANIZATION_PLUGINS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.beta.organization.plugins.list(
            *BETA_ORGANIZATION_PLUGINS_LIST_ARGS, **BETA_ORGANIZATION_PLUGINS_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.BetaPlugin) for item in items)


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
def test_beta_organization_plugins_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.organization.plugins.list(
            *BETA_ORGANIZATION_PLUGINS_LIST_ARGS, **BETA_ORGANIZATION_PLUGINS_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/plugins/{plugin_id}
BETA_ORGANIZATION_PLUGINS_RETRIEVE_ARGS: list[Any] = [
    "plugin_01KfG7wQx2Vd9sLmN4rTbZcY",
]
BETA_ORGANIZATION_PLUGINS_RETRIEVE_KWARGS: dict[str, Any] = {}
BETA_ORGANIZATION_PLUGINS_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "plugin_01KfG7wQx2Vd9sLmN4rTbZcY", "type": "plugin", "name": "review-pr", "display_name": "Review PR", "description": "Pull-request review skills for the platform team.", "marketplace_id": "marketplace_01Jq3Ls8Nw5Xe2Vb7RkYdMtC", "owner": {"type": "organization"}, "latest_version_id": "pluginver_01KfG7wR3pHs6uYbC8nJeXaW", "served_version_id": "pluginver_01KfG7wR3pHs6uYbC8nJeXaW", "served_version_pinned": false, "manifest_version": "1.4.0", "reach": "contained", "components": [{"type": "skill", "name": "review-pr", "description": "Review a pull request against the team\'s checklist."}, {"type": "command", "name": "review", "description": "Run the review-pr skill on the current branch."}], "content_scan": {"status": "completed", "assessment": "pass", "reason": null}, "created_by": {"type": "api_actor", "api_key_id": "apikey_01Rj2N8SQvo6BFbWQDN5U5kT"}, "organization_installation_preference": "available", "organization_installation_preference_inherited": true, "created_at": "2026-09-14T16:20:05Z", "updated_at": "2026-10-02T09:41:37Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_organization_plugins_retrieve(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_PLUGINS_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.organization.plugins.retrieve(
        *BETA_ORGANIZATION_PLUGINS_RETRIEVE_ARGS, **BETA_ORGANIZATION_PLUGINS_RETRIEVE_KWARGS
    )
    assert isinstance(result, types.BetaPlugin)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaPlugin)
    expected = adapter.validate_json(BETA_ORGANIZATION_PLUGINS_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "ce-plugins-2026-09-01"


def test_beta_organization_plugins_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_PLUGINS_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.beta.organization.plugins.retrieve(
            *BETA_ORGANIZATION_PLUGINS_RETRIEVE_ARGS, **BETA_ORGANIZATION_PLUGINS_RETRIEVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaPlugin)


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
def test_beta_organization_plugins_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.organization.plugins.retrieve(
            *BETA_ORGANIZATION_PLUGINS_RETRIEVE_ARGS, **BETA_ORGANIZATION_PLUGINS_RETRIEVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/plugins/{plugin_id}
BETA_ORGANIZATION_PLUGINS_UPDATE_ARGS: list[Any] = [
    "plugin_01KfG7wQx2Vd9sLmN4rTbZcY",
]
BETA_ORGANIZATION_PLUGINS_UPDATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"served_version_id": "pluginver_01KfG7wR3pHs6uYbC8nJeXaW"}', {"served_version_id": "served_version_id"}
    ),
}
BETA_ORGANIZATION_PLUGINS_UPDATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "plugin_01KfG7wQx2Vd9sLmN4rTbZcY", "type": "plugin", "name": "review-pr", "display_name": "Review PR", "description": "Pull-request review skills for the platform team.", "marketplace_id": "marketplace_01Jq3Ls8Nw5Xe2Vb7RkYdMtC", "owner": {"type": "organization"}, "latest_version_id": "pluginver_01KfG7wR3pHs6uYbC8nJeXaW", "served_version_id": "pluginver_01KfG7wR3pHs6uYbC8nJeXaW", "served_version_pinned": true, "manifest_version": "1.4.0", "reach": "contained", "components": [{"type": "skill", "name": "review-pr", "description": "Review a pull request against the team\'s checklist."}, {"type": "command", "name": "review", "description": "Run the review-pr skill on the current branch."}], "content_scan": {"status": "completed", "assessment": "pass", "reason": null}, "created_by": {"type": "api_actor", "api_key_id": "apikey_01Rj2N8SQvo6BFbWQDN5U5kT"}, "organization_installation_preference": "available", "organization_installation_preference_inherited": true, "created_at": "2026-09-14T16:20:05Z", "updated_at": "2026-10-02T09:41:37Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_organization_plugins_update(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_PLUGINS_UPDATE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.organization.plugins.update(
        *BETA_ORGANIZATION_PLUGINS_UPDATE_ARGS, **BETA_ORGANIZATION_PLUGINS_UPDATE_KWARGS
    )
    assert isinstance(result, types.BetaPlugin)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaPlugin)
    expected = adapter.validate_json(BETA_ORGANIZATION_PLUGINS_UPDATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "ce-plugins-2026-09-01"


def test_beta_organization_plugins_update_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_PLUGINS_UPDATE_RESPONSE)

    async def run() -> Any:
        return await client.beta.organization.plugins.update(
            *BETA_ORGANIZATION_PLUGINS_UPDATE_ARGS, **BETA_ORGANIZATION_PLUGINS_UPDATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaPlugin)


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
def test_beta_organization_plugins_update_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.organization.plugins.update(
            *BETA_ORGANIZATION_PLUGINS_UPDATE_ARGS, **BETA_ORGANIZATION_PLUGINS_UPDATE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/plugins/{plugin_id}/installation_settings
BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_LIST_ARGS: list[Any] = [
    "plugin_01KfG7wQx2Vd9sLmN4rTbZcY",
]
BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_LIST_KWARGS: dict[str, Any] = {}
BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"type": "plugin_installation_setting", "plugin_id": "plugin_01KfG7wQx2Vd9sLmN4rTbZcY", "target": {"type": "rbac_group", "rbac_group_id": "rbac_group_01JbRHdqV7s3Xk8YfM2wQpNc"}, "installation_preference": "auto_install", "created_at": "2026-10-02T09:41:37Z", "updated_at": "2026-10-02T09:41:37Z"}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_organization_plugins_installation_settings_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.beta.organization.plugins.installation_settings.list(
        *BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_LIST_ARGS,
        **BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_LIST_KWARGS,
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.BetaPluginInstallationSetting) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_beta_organization_plugins_installation_settings_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.beta.organization.plugins.installation_settings.list(
            *BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_LIST_ARGS,
            **BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_LIST_KWARGS,
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.BetaPluginInstallationSetting) for item in items)


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
def test_beta_organization_plugins_installation_settings_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.organization.plugins.installation_settings.list(
            *BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_LIST_ARGS,
            **BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_LIST_KWARGS,
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# DELETE /v1/organizations/plugins/{plugin_id}/installation_settings/{target}
BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_REMOVE_ARGS: list[Any] = [
    "plugin_01KfG7wQx2Vd9sLmN4rTbZcY",
    "rbac_group_01JbRHdqV7s3Xk8YfM2wQpNc",
]
BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_REMOVE_KWARGS: dict[str, Any] = {}
BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_REMOVE_RESPONSE = (
    200,
    "application/json",
    '{"type": "plugin_installation_setting_deleted", "plugin_id": "plugin_01KfG7wQx2Vd9sLmN4rTbZcY", "target": {"type": "rbac_group", "rbac_group_id": "rbac_group_01JbRHdqV7s3Xk8YfM2wQpNc"}}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_organization_plugins_installation_settings_remove(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_REMOVE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.organization.plugins.installation_settings.remove(
        *BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_REMOVE_ARGS,
        **BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_REMOVE_KWARGS,
    )
    assert isinstance(result, types.BetaDeletedPluginInstallationSetting)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaDeletedPluginInstallationSetting)
    expected = adapter.validate_json(BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_REMOVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "ce-plugins-2026-09-01"


def test_beta_organization_plugins_installation_settings_remove_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_REMOVE_RESPONSE)

    async def run() -> Any:
        return await client.beta.organization.plugins.installation_settings.remove(
            *BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_REMOVE_ARGS,
            **BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_REMOVE_KWARGS,
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaDeletedPluginInstallationSetting)


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
def test_beta_organization_plugins_installation_settings_remove_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.organization.plugins.installation_settings.remove(
            *BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_REMOVE_ARGS,
            **BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_REMOVE_KWARGS,
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/plugins/{plugin_id}/installation_settings/{target}
BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_SET_ARGS: list[Any] = [
    "plugin_01KfG7wQx2Vd9sLmN4rTbZcY",
    "rbac_group_01JbRHdqV7s3Xk8YfM2wQpNc",
]
BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_SET_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"installation_preference": "auto_install"}', {"installation_preference": "installation_preference"}
    ),
}
BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_SET_RESPONSE = (
    200,
    "application/json",
    '{"type": "plugin_installation_setting", "plugin_id": "plugin_01KfG7wQx2Vd9sLmN4rTbZcY", "target": {"type": "rbac_group", "rbac_group_id": "rbac_group_01JbRHdqV7s3Xk8YfM2wQpNc"}, "installation_preference": "auto_install", "created_at": "2026-10-02T09:41:37Z", "updated_at": "2026-10-02T09:41:37Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_organization_plugins_installation_settings_set(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_SET_RESPONSE)
    client = sync_client(transport)
    result = client.beta.organization.plugins.installation_settings.set(
        *BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_SET_ARGS,
        **BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_SET_KWARGS,
    )
    assert isinstance(result, types.BetaPluginInstallationSetting)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaPluginInstallationSetting)
    expected = adapter.validate_json(BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_SET_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "ce-plugins-2026-09-01"


def test_beta_organization_plugins_installation_settings_set_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_SET_RESPONSE)

    async def run() -> Any:
        return await client.beta.organization.plugins.installation_settings.set(
            *BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_SET_ARGS,
            **BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_SET_KWARGS,
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaPluginInstallationSetting)


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
def test_beta_organization_plugins_installation_settings_set_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.organization.plugins.installation_settings.set(
            *BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_SET_ARGS,
            **BETA_ORGANIZATION_PLUGINS_INSTALLATION_SETTINGS_SET_KWARGS,
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/plugins/{plugin_id}/shares
BETA_ORGANIZATION_PLUGINS_SHARES_LIST_ARGS: list[Any] = [
    "plugin_01KfG7wQx2Vd9sLmN4rTbZcY",
]
BETA_ORGANIZATION_PLUGINS_SHARES_LIST_KWARGS: dict[str, Any] = {}
BETA_ORGANIZATION_PLUGINS_SHARES_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"type": "plugin_share", "plugin_id": "plugin_01KgA2xM7bQe5TnW9cVsRuLh", "target": {"type": "organization_member", "user_id": "user_01WCz1FkmYMm4gnmykNKUu3Q"}, "granted_at": "2026-10-02T09:41:37Z"}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_organization_plugins_shares_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_ORGANIZATION_PLUGINS_SHARES_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.beta.organization.plugins.shares.list(
        *BETA_ORGANIZATION_PLUGINS_SHARES_LIST_ARGS, **BETA_ORGANIZATION_PLUGINS_SHARES_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.BetaPluginShare) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_beta_organization_plugins_shares_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_ORGANIZATION_PLUGINS_SHARES_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.beta.organization.plugins.shares.list(
            *BETA_ORGANIZATION_PLUGINS_SHARES_LIST_ARGS, **BETA_ORGANIZATION_PLUGINS_SHARES_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.BetaPluginShare) for item in items)


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
def test_beta_organization_plugins_shares_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.organization.plugins.shares.list(
            *BETA_ORGANIZATION_PLUGINS_SHARES_LIST_ARGS, **BETA_ORGANIZATION_PLUGINS_SHARES_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/plugins/{plugin_id}/versions
BETA_ORGANIZATION_PLUGINS_VERSIONS_CREATE_ARGS: list[Any] = [
    "plugin_01KfG7wQx2Vd9sLmN4rTbZcY",
]
BETA_ORGANIZATION_PLUGINS_VERSIONS_CREATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"files[]": ["<contents of review-pr.zip>"], "release_notes": "Adds the /review command."}',
        {"files[]": "files", "release_notes": "release_notes"},
        ("files[]",),
    ),
}
BETA_ORGANIZATION_PLUGINS_VERSIONS_CREATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "pluginver_01KfG7wR3pHs6uYbC8nJeXaW", "type": "plugin_version", "plugin_id": "plugin_01KfG7wQx2Vd9sLmN4rTbZcY", "display_name": "Review PR", "description": "Pull-request review skills for the platform team.", "manifest_version": "1.4.0", "reach": "contained", "components": [{"type": "skill", "name": "review-pr", "description": "Review a pull request against the team\'s checklist."}, {"type": "command", "name": "review", "description": "Run the review-pr skill on the current branch."}], "content_scan": {"status": "completed", "assessment": "pass", "reason": null}, "created_by": {"type": "api_actor", "api_key_id": "apikey_01Rj2N8SQvo6BFbWQDN5U5kT"}, "release_notes": "Adds the /review command.", "created_at": "2026-10-02T09:41:37Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_organization_plugins_versions_create(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_PLUGINS_VERSIONS_CREATE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.organization.plugins.versions.create(
        *BETA_ORGANIZATION_PLUGINS_VERSIONS_CREATE_ARGS, **BETA_ORGANIZATION_PLUGINS_VERSIONS_CREATE_KWARGS
    )
    assert isinstance(result, types.BetaPluginVersion)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaPluginVersion)
    expected = adapter.validate_json(BETA_ORGANIZATION_PLUGINS_VERSIONS_CREATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert sent.headers["anthropic-beta"] == "ce-plugins-2026-09-01"


def test_beta_organization_plugins_versions_create_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_PLUGINS_VERSIONS_CREATE_RESPONSE)

    async def run() -> Any:
        return await client.beta.organization.plugins.versions.create(
            *BETA_ORGANIZATION_PLUGINS_VERSIONS_CREATE_ARGS, **BETA_ORGANIZATION_PLUGINS_VERSIONS_CREATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaPluginVersion)


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
def test_beta_organization_plugins_versions_create_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.organization.plugins.versions.create(
            *BETA_ORGANIZATION_PLUGINS_VERSIONS_CREATE_ARGS, **BETA_ORGANIZATION_PLUGINS_VERSIONS_CREATE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/plugins/{plugin_id}/versions/{version}/content
BETA_ORGANIZATION_PLUGINS_VERSIONS_DOWNLOAD_ARGS: list[Any] = [
    "plugin_01KfG7wQx2Vd9sLmN4rTbZcY",
    "pluginver_01KfG7wR3pHs6uYbC8nJeXaW",
]
BETA_ORGANIZATION_PLUGINS_VERSIONS_DOWNLOAD_KWARGS: dict[str, Any] = {}
BETA_ORGANIZATION_PLUGINS_VERSIONS_DOWNLOAD_RESPONSE = (
    200,
    "application/octet-stream",
    "example content \u00e9",
    {"request-id": "req_example"},
)


def test_beta_organization_plugins_versions_download(transport: FakeTransport, tmp_path: Path) -> None:
    status, content_type, body, headers = BETA_ORGANIZATION_PLUGINS_VERSIONS_DOWNLOAD_RESPONSE
    transport.queue(status, content_type, body, headers)
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with client.beta.organization.plugins.versions.download(
        *BETA_ORGANIZATION_PLUGINS_VERSIONS_DOWNLOAD_ARGS, **BETA_ORGANIZATION_PLUGINS_VERSIONS_DOWNLOAD_KWARGS
    ) as download:
        assert b"".join(download.iter_bytes(3)) == body.encode("utf-8")
    client.beta.organization.plugins.versions.download(
        *BETA_ORGANIZATION_PLUGINS_VERSIONS_DOWNLOAD_ARGS, **BETA_ORGANIZATION_PLUGINS_VERSIONS_DOWNLOAD_KWARGS
    ).write_to_file(tmp_path / "out")
    assert (tmp_path / "out").read_bytes() == body.encode("utf-8")
    assert transport.requests[0].headers["accept"] == "application/octet-stream"


def test_beta_organization_plugins_versions_download_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_ORGANIZATION_PLUGINS_VERSIONS_DOWNLOAD_RESPONSE
    transport.queue(status, content_type, body, headers)

    async def run() -> bytes:
        client = async_client(transport)
        download = await client.beta.organization.plugins.versions.download(
            *BETA_ORGANIZATION_PLUGINS_VERSIONS_DOWNLOAD_ARGS, **BETA_ORGANIZATION_PLUGINS_VERSIONS_DOWNLOAD_KWARGS
        )
        return await download.read()

    assert asyncio.run(run()) == body.encode("utf-8")


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
def test_beta_organization_plugins_versions_download_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.organization.plugins.versions.download(
            *BETA_ORGANIZATION_PLUGINS_VERSIONS_DOWNLOAD_ARGS, **BETA_ORGANIZATION_PLUGINS_VERSIONS_DOWNLOAD_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/plugins/{plugin_id}/versions
BETA_ORGANIZATION_PLUGINS_VERSIONS_LIST_ARGS: list[Any] = [
    "plugin_01KfG7wQx2Vd9sLmN4rTbZcY",
]
BETA_ORGANIZATION_PLUGINS_VERSIONS_LIST_KWARGS: dict[str, Any] = {}
BETA_ORGANIZATION_PLUGINS_VERSIONS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "pluginver_01KfG7wR3pHs6uYbC8nJeXaW", "type": "plugin_version", "plugin_id": "plugin_01KfG7wQx2Vd9sLmN4rTbZcY", "display_name": "Review PR", "description": "Pull-request review skills for the platform team.", "manifest_version": "1.4.0", "reach": "contained", "components": [{"type": "skill", "name": "review-pr", "description": "Review a pull request against the team\'s checklist."}, {"type": "command", "name": "review", "description": "Run the review-pr skill on the current branch."}], "content_scan": {"status": "completed", "assessment": "pass", "reason": null}, "created_by": {"type": "api_actor", "api_key_id": "apikey_01Rj2N8SQvo6BFbWQDN5U5kT"}, "release_notes": "Adds the /review command.", "created_at": "2026-10-02T09:41:37Z"}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_organization_plugins_versions_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_ORGANIZATION_PLUGINS_VERSIONS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.beta.organization.plugins.versions.list(
        *BETA_ORGANIZATION_PLUGINS_VERSIONS_LIST_ARGS, **BETA_ORGANIZATION_PLUGINS_VERSIONS_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.BetaPluginVersion) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_beta_organization_plugins_versions_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_ORGANIZATION_PLUGINS_VERSIONS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.beta.organization.plugins.versions.list(
            *BETA_ORGANIZATION_PLUGINS_VERSIONS_LIST_ARGS, **BETA_ORGANIZATION_PLUGINS_VERSIONS_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.BetaPluginVersion) for item in items)


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
def test_beta_organization_plugins_versions_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.organization.plugins.versions.list(
            *BETA_ORGANIZATION_PLUGINS_VERSIONS_LIST_ARGS, **BETA_ORGANIZATION_PLUGINS_VERSIONS_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/plugins/{plugin_id}/versions/{version}
BETA_ORGANIZATION_PLUGINS_VERSIONS_RETRIEVE_ARGS: list[Any] = [
    "plugin_01KfG7wQx2Vd9sLmN4rTbZcY",
    "pluginver_01KfG7wR3pHs6uYbC8nJeXaW",
]
BETA_ORGANIZATION_PLUGINS_VERSIONS_RETRIEVE_KWARGS: dict[str, Any] = {}
BETA_ORGANIZATION_PLUGINS_VERSIONS_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "pluginver_01KfG7wR3pHs6uYbC8nJeXaW", "type": "plugin_version", "plugin_id": "plugin_01KfG7wQx2Vd9sLmN4rTbZcY", "display_name": "Review PR", "description": "Pull-request review skills for the platform team.", "manifest_version": "1.4.0", "reach": "contained", "components": [{"type": "skill", "name": "review-pr", "description": "Review a pull request against the team\'s checklist."}, {"type": "command", "name": "review", "description": "Run the review-pr skill on the current branch."}], "content_scan": {"status": "completed", "assessment": "pass", "reason": null}, "created_by": {"type": "api_actor", "api_key_id": "apikey_01Rj2N8SQvo6BFbWQDN5U5kT"}, "release_notes": "Adds the /review command.", "created_at": "2026-10-02T09:41:37Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_organization_plugins_versions_retrieve(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_PLUGINS_VERSIONS_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.organization.plugins.versions.retrieve(
        *BETA_ORGANIZATION_PLUGINS_VERSIONS_RETRIEVE_ARGS, **BETA_ORGANIZATION_PLUGINS_VERSIONS_RETRIEVE_KWARGS
    )
    assert isinstance(result, types.BetaPluginVersion)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaPluginVersion)
    expected = adapter.validate_json(BETA_ORGANIZATION_PLUGINS_VERSIONS_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "ce-plugins-2026-09-01"


def test_beta_organization_plugins_versions_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_PLUGINS_VERSIONS_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.beta.organization.plugins.versions.retrieve(
            *BETA_ORGANIZATION_PLUGINS_VERSIONS_RETRIEVE_ARGS, **BETA_ORGANIZATION_PLUGINS_VERSIONS_RETRIEVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaPluginVersion)


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
def test_beta_organization_plugins_versions_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.organization.plugins.versions.retrieve(
            *BETA_ORGANIZATION_PLUGINS_VERSIONS_RETRIEVE_ARGS, **BETA_ORGANIZATION_PLUGINS_VERSIONS_RETRIEVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/users/{user_id}/sign_out
BETA_ORGANIZATION_USERS_SIGN_OUT_ARGS: list[Any] = [
    "user_01WCz1FkmYMm4gnmykNKUu3Q",
]
BETA_ORGANIZATION_USERS_SIGN_OUT_KWARGS: dict[str, Any] = {}
BETA_ORGANIZATION_USERS_SIGN_OUT_RESPONSE = (
    200,
    "application/json",
    '{"id": "user_01WCz1FkmYMm4gnmykNKUu3Q", "type": "user", "email": "ada@example.com", "name": "Ada Lovelace", "role": "developer", "added_at": "2026-01-15T09:30:00Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_organization_users_sign_out(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_USERS_SIGN_OUT_RESPONSE)
    client = sync_client(transport)
    result = client.beta.organization.users.sign_out(
        *BETA_ORGANIZATION_USERS_SIGN_OUT_ARGS, **BETA_ORGANIZATION_USERS_SIGN_OUT_KWARGS
    )
    assert isinstance(result, types.OrganizationUser)
    adapter: TypeAdapter[Any] = TypeAdapter(types.OrganizationUser)
    expected = adapter.validate_json(BETA_ORGANIZATION_USERS_SIGN_OUT_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "admin-user-sign-out-2026-10-08"


def test_beta_organization_users_sign_out_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_USERS_SIGN_OUT_RESPONSE)

    async def run() -> Any:
        return await client.beta.organization.users.sign_out(
            *BETA_ORGANIZATION_USERS_SIGN_OUT_ARGS, **BETA_ORGANIZATION_USERS_SIGN_OUT_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.OrganizationUser)


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
def test_beta_organization_users_sign_out_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.organization.users.sign_out(
            *BETA_ORGANIZATION_USERS_SIGN_OUT_ARGS, **BETA_ORGANIZATION_USERS_SIGN_OUT_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/webhooks
BETA_ORGANIZATION_WEBHOOKS_CREATE_ARGS: list[Any] = []
BETA_ORGANIZATION_WEBHOOKS_CREATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"url": "https://hooks.example.com/anthropic", "enabled_events": ["user_profile.enforcement_action_opened", "user_profile.enforcement_action_resolved"], "name": "Trust and safety", "description": "Forwards enforcement actions to the on-call queue."}',
        {"enabled_events": "enabled_events", "url": "url", "description": "description", "name": "name"},
    ),
}
BETA_ORGANIZATION_WEBHOOKS_CREATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "whep_01NqT5cX8vRb2LmK7wYs3HdJ", "name": "Trust and safety", "description": "Forwards enforcement actions to the on-call queue.", "url": "https://hooks.example.com/anthropic", "enabled_events": ["user_profile.enforcement_action_opened", "user_profile.enforcement_action_resolved"], "state": "enabled", "disabled_reason": "", "created_at": "2026-09-14T16:20:05Z", "updated_at": "2026-09-14T16:20:05Z", "signing_secret": "whsec_5WbX5kEWLlfzsGNjH64I8lOOqUB6e8FH"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_organization_webhooks_create(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_WEBHOOKS_CREATE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.organization.webhooks.create(
        *BETA_ORGANIZATION_WEBHOOKS_CREATE_ARGS, **BETA_ORGANIZATION_WEBHOOKS_CREATE_KWARGS
    )
    assert isinstance(result, types.BetaNewOrganizationWebhookEndpoint)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaNewOrganizationWebhookEndpoint)
    expected = adapter.validate_json(BETA_ORGANIZATION_WEBHOOKS_CREATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "webhooks-2026-10-07"


def test_beta_organization_webhooks_create_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_WEBHOOKS_CREATE_RESPONSE)

    async def run() -> Any:
        return await client.beta.organization.webhooks.create(
            *BETA_ORGANIZATION_WEBHOOKS_CREATE_ARGS, **BETA_ORGANIZATION_WEBHOOKS_CREATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaNewOrganizationWebhookEndpoint)


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
def test_beta_organization_webhooks_create_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.organization.webhooks.create(
            *BETA_ORGANIZATION_WEBHOOKS_CREATE_ARGS, **BETA_ORGANIZATION_WEBHOOKS_CREATE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# DELETE /v1/organizations/webhooks/{webhook_endpoint_id}
BETA_ORGANIZATION_WEBHOOKS_DELETE_ARGS: list[Any] = [
    "whep_01NqT5cX8vRb2LmK7wYs3HdJ",
]
BETA_ORGANIZATION_WEBHOOKS_DELETE_KWARGS: dict[str, Any] = {}
BETA_ORGANIZATION_WEBHOOKS_DELETE_RESPONSE = (
    200,
    "application/json",
    '{"id": "whep_01NqT5cX8vRb2LmK7wYs3HdJ", "type": "webhook_endpoint_deleted"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_organization_webhooks_delete(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_WEBHOOKS_DELETE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.organization.webhooks.delete(
        *BETA_ORGANIZATION_WEBHOOKS_DELETE_ARGS, **BETA_ORGANIZATION_WEBHOOKS_DELETE_KWARGS
    )
    assert isinstance(result, types.BetaDeletedOrganizationWebhookEndpoint)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaDeletedOrganizationWebhookEndpoint)
    expected = adapter.validate_json(BETA_ORGANIZATION_WEBHOOKS_DELETE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "webhooks-2026-10-07"


def test_beta_organization_webhooks_delete_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_WEBHOOKS_DELETE_RESPONSE)

    async def run() -> Any:
        return await client.beta.organization.webhooks.delete(
            *BETA_ORGANIZATION_WEBHOOKS_DELETE_ARGS, **BETA_ORGANIZATION_WEBHOOKS_DELETE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaDeletedOrganizationWebhookEndpoint)


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
def test_beta_organization_webhooks_delete_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.organization.webhooks.delete(
            *BETA_ORGANIZATION_WEBHOOKS_DELETE_ARGS, **BETA_ORGANIZATION_WEBHOOKS_DELETE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/webhooks
BETA_ORGANIZATION_WEBHOOKS_LIST_ARGS: list[Any] = []
BETA_ORGANIZATION_WEBHOOKS_LIST_KWARGS: dict[str, Any] = {}
BETA_ORGANIZATION_WEBHOOKS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "whep_01NqT5cX8vRb2LmK7wYs3HdJ", "name": "Trust and safety", "description": "Forwards enforcement actions to the on-call queue.", "url": "https://hooks.example.com/anthropic", "enabled_events": ["user_profile.enforcement_action_opened", "user_profile.enforcement_action_resolved"], "state": "enabled", "disabled_reason": "", "created_at": "2026-09-14T16:20:05Z", "updated_at": "2026-10-02T09:41:37Z"}], "has_more": false, "first_id": "whep_01NqT5cX8vRb2LmK7wYs3HdJ", "last_id": "whep_01NqT5cX8vRb2LmK7wYs3HdJ"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_organization_webhooks_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_ORGANIZATION_WEBHOOKS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.beta.organization.webhooks.list(
        *BETA_ORGANIZATION_WEBHOOKS_LIST_ARGS, **BETA_ORGANIZATION_WEBHOOKS_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.BetaOrganizationWebhookEndpoint) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["after_id"] == page["last_id"]


def test_beta_organization_webhooks_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_ORGANIZATION_WEBHOOKS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.beta.organization.webhooks.list(
            *BETA_ORGANIZATION_WEBHOOKS_LIST_ARGS, **BETA_ORGANIZATION_WEBHOOKS_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.BetaOrganizationWebhookEndpoint) for item in items)


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
def test_beta_organization_webhooks_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.organization.webhooks.list(
            *BETA_ORGANIZATION_WEBHOOKS_LIST_ARGS, **BETA_ORGANIZATION_WEBHOOKS_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/webhooks/{webhook_endpoint_id}/regenerate_signing_secret
BETA_ORGANIZATION_WEBHOOKS_REGENERATE_SIGNING_SECRET_ARGS: list[Any] = [
    "whep_01NqT5cX8vRb2LmK7wYs3HdJ",
]
BETA_ORGANIZATION_WEBHOOKS_REGENERATE_SIGNING_SECRET_KWARGS: dict[str, Any] = {}
BETA_ORGANIZATION_WEBHOOKS_REGENERATE_SIGNING_SECRET_RESPONSE = (
    200,
    "application/json",
    '{"signing_secret": "whsec_Q3n1c8Ty0VhLpZ4eRk7MxB2sWd9aJf6G"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_organization_webhooks_regenerate_signing_secret(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_WEBHOOKS_REGENERATE_SIGNING_SECRET_RESPONSE)
    client = sync_client(transport)
    result = client.beta.organization.webhooks.regenerate_signing_secret(
        *BETA_ORGANIZATION_WEBHOOKS_REGENERATE_SIGNING_SECRET_ARGS,
        **BETA_ORGANIZATION_WEBHOOKS_REGENERATE_SIGNING_SECRET_KWARGS,
    )
    assert isinstance(result, types.BetaOrganizationWebhookEndpointSigningSecret)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaOrganizationWebhookEndpointSigningSecret)
    expected = adapter.validate_json(BETA_ORGANIZATION_WEBHOOKS_REGENERATE_SIGNING_SECRET_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "webhooks-2026-10-07"


def test_beta_organization_webhooks_regenerate_signing_secret_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_WEBHOOKS_REGENERATE_SIGNING_SECRET_RESPONSE)

    async def run() -> Any:
        return await client.beta.organization.webhooks.regenerate_signing_secret(
            *BETA_ORGANIZATION_WEBHOOKS_REGENERATE_SIGNING_SECRET_ARGS,
            **BETA_ORGANIZATION_WEBHOOKS_REGENERATE_SIGNING_SECRET_KWARGS,
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaOrganizationWebhookEndpointSigningSecret)


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
def test_beta_organization_webhooks_regenerate_signing_secret_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.organization.webhooks.regenerate_signing_secret(
            *BETA_ORGANIZATION_WEBHOOKS_REGENERATE_SIGNING_SECRET_ARGS,
            **BETA_ORGANIZATION_WEBHOOKS_REGENERATE_SIGNING_SECRET_KWARGS,
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/webhooks/{webhook_endpoint_id}
BETA_ORGANIZATION_WEBHOOKS_RETRIEVE_ARGS: list[Any] = [
    "whep_01NqT5cX8vRb2LmK7wYs3HdJ",
]
BETA_ORGANIZATION_WEBHOOKS_RETRIEVE_KWARGS: dict[str, Any] = {}
BETA_ORGANIZATION_WEBHOOKS_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "whep_01NqT5cX8vRb2LmK7wYs3HdJ", "name": "Trust and safety", "description": "Forwards enforcement actions to the on-call queue.", "url": "https://hooks.example.com/anthropic", "enabled_events": ["user_profile.enforcement_action_opened", "user_profile.enforcement_action_resolved"], "state": "enabled", "disabled_reason": "", "created_at": "2026-09-14T16:20:05Z", "updated_at": "2026-10-02T09:41:37Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_organization_webhooks_retrieve(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_WEBHOOKS_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.organization.webhooks.retrieve(
        *BETA_ORGANIZATION_WEBHOOKS_RETRIEVE_ARGS, **BETA_ORGANIZATION_WEBHOOKS_RETRIEVE_KWARGS
    )
    assert isinstance(result, types.BetaOrganizationWebhookEndpoint)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaOrganizationWebhookEndpoint)
    expected = adapter.validate_json(BETA_ORGANIZATION_WEBHOOKS_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "webhooks-2026-10-07"


def test_beta_organization_webhooks_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_WEBHOOKS_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.beta.organization.webhooks.retrieve(
            *BETA_ORGANIZATION_WEBHOOKS_RETRIEVE_ARGS, **BETA_ORGANIZATION_WEBHOOKS_RETRIEVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaOrganizationWebhookEndpoint)


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
def test_beta_organization_webhooks_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.organization.webhooks.retrieve(
            *BETA_ORGANIZATION_WEBHOOKS_RETRIEVE_ARGS, **BETA_ORGANIZATION_WEBHOOKS_RETRIEVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/webhooks/{webhook_endpoint_id}
BETA_ORGANIZATION_WEBHOOKS_UPDATE_ARGS: list[Any] = [
    "whep_01NqT5cX8vRb2LmK7wYs3HdJ",
]
BETA_ORGANIZATION_WEBHOOKS_UPDATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"state": "disabled"}',
        {
            "description": "description",
            "enabled_events": "enabled_events",
            "name": "name",
            "state": "state",
            "url": "url",
        },
    ),
}
BETA_ORGANIZATION_WEBHOOKS_UPDATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "whep_01NqT5cX8vRb2LmK7wYs3HdJ", "name": "Trust and safety", "description": "Forwards enforcement actions to the on-call queue.", "url": "https://hooks.example.com/anthropic", "enabled_events": ["user_profile.enforcement_action_opened", "user_profile.enforcement_action_resolved"], "state": "disabled", "disabled_reason": "", "created_at": "2026-09-14T16:20:05Z", "updated_at": "2026-10-02T09:41:37Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_organization_webhooks_update(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_WEBHOOKS_UPDATE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.organization.webhooks.update(
        *BETA_ORGANIZATION_WEBHOOKS_UPDATE_ARGS, **BETA_ORGANIZATION_WEBHOOKS_UPDATE_KWARGS
    )
    assert isinstance(result, types.BetaOrganizationWebhookEndpoint)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaOrganizationWebhookEndpoint)
    expected = adapter.validate_json(BETA_ORGANIZATION_WEBHOOKS_UPDATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "webhooks-2026-10-07"


def test_beta_organization_webhooks_update_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_ORGANIZATION_WEBHOOKS_UPDATE_RESPONSE)

    async def run() -> Any:
        return await client.beta.organization.webhooks.update(
            *BETA_ORGANIZATION_WEBHOOKS_UPDATE_ARGS, **BETA_ORGANIZATION_WEBHOOKS_UPDATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaOrganizationWebhookEndpoint)


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
def test_beta_organization_webhooks_update_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.organization.webhooks.update(
            *BETA_ORGANIZATION_WEBHOOKS_UPDATE_ARGS, **BETA_ORGANIZATION_WEBHOOKS_UPDATE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/skills/{skill_id}/versions/{version}/content
BETA_SKILLS_VERSIONS_DOWNLOAD_ARGS: list[Any] = [
    "skill_01AbCdEfGhIjKlMnOpQrStUv",
    "skver_01AbCdEfGhIjKlMnOpQrStUv",
]
BETA_SKILLS_VERSIONS_DOWNLOAD_KWARGS: dict[str, Any] = {}
BETA_SKILLS_VERSIONS_DOWNLOAD_RESPONSE = (
    200,
    "application/octet-stream",
    "example content \u00e9",
    {"request-id": "req_example"},
)


def test_beta_skills_versions_download(transport: FakeTransport, tmp_path: Path) -> None:
    status, content_type, body, headers = BETA_SKILLS_VERSIONS_DOWNLOAD_RESPONSE
    transport.queue(status, content_type, body, headers)
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with client.beta.skills.versions.download(
        *BETA_SKILLS_VERSIONS_DOWNLOAD_ARGS, **BETA_SKILLS_VERSIONS_DOWNLOAD_KWARGS
    ) as download:
        assert b"".join(download.iter_bytes(3)) == body.encode("utf-8")
    client.beta.skills.versions.download(
        *BETA_SKILLS_VERSIONS_DOWNLOAD_ARGS, **BETA_SKILLS_VERSIONS_DOWNLOAD_KWARGS
    ).write_to_file(tmp_path / "out")
    assert (tmp_path / "out").read_bytes() == body.encode("utf-8")
    assert transport.requests[0].headers["accept"] == "application/octet-stream"


def test_beta_skills_versions_download_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_SKILLS_VERSIONS_DOWNLOAD_RESPONSE
    transport.queue(status, content_type, body, headers)

    async def run() -> bytes:
        client = async_client(transport)
        download = await client.beta.skills.versions.download(
            *BETA_SKILLS_VERSIONS_DOWNLOAD_ARGS, **BETA_SKILLS_VERSIONS_DOWNLOAD_KWARGS
        )
        return await download.read()

    assert asyncio.run(run()) == body.encode("utf-8")


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
def test_beta_skills_versions_download_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.skills.versions.download(
            *BETA_SKILLS_VERSIONS_DOWNLOAD_ARGS, **BETA_SKILLS_VERSIONS_DOWNLOAD_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/user_profiles/{user_profile_id}/enrollment_url
BETA_USER_PROFILES_CREATE_ENROLLMENT_URL_ARGS: list[Any] = [
    "uprof_011CZkZaBF1tNoB5wlCeusgy",
]
BETA_USER_PROFILES_CREATE_ENROLLMENT_URL_KWARGS: dict[str, Any] = {}
BETA_USER_PROFILES_CREATE_ENROLLMENT_URL_RESPONSE = (
    200,
    "application/json",
    '{"type": "enrollment_url", "url": "https://claude.ai/enroll/uprof_011CZkZaBF1tNoB5wlCeusgy?token=ZXhhbXBsZQ", "expires_at": "2026-11-27T18:37:24Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_user_profiles_create_enrollment_url(transport: FakeTransport) -> None:
    transport.queue(*BETA_USER_PROFILES_CREATE_ENROLLMENT_URL_RESPONSE)
    client = sync_client(transport)
    result = client.beta.user_profiles.create_enrollment_url(
        *BETA_USER_PROFILES_CREATE_ENROLLMENT_URL_ARGS, **BETA_USER_PROFILES_CREATE_ENROLLMENT_URL_KWARGS
    )
    assert isinstance(result, types.BetaUserProfileEnrollmentURL)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaUserProfileEnrollmentURL)
    expected = adapter.validate_json(BETA_USER_PROFILES_CREATE_ENROLLMENT_URL_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "user-profiles-2026-08-18"


def test_beta_user_profiles_create_enrollment_url_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_USER_PROFILES_CREATE_ENROLLMENT_URL_RESPONSE)

    async def run() -> Any:
        return await client.beta.user_profiles.create_enrollment_url(
            *BETA_USER_PROFILES_CREATE_ENROLLMENT_URL_ARGS, **BETA_USER_PROFILES_CREATE_ENROLLMENT_URL_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaUserProfileEnrollmentURL)


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
def test_beta_user_profiles_create_enrollment_url_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.user_profiles.create_enrollment_url(
            *BETA_USER_PROFILES_CREATE_ENROLLMENT_URL_ARGS, **BETA_USER_PROFILES_CREATE_ENROLLMENT_URL_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/vaults/{vault_id}/archive
BETA_VAULTS_ARCHIVE_ARGS: list[Any] = [
    "vlt_011CZkZbG2hTnQ7vRxJd4Ks9",
]
BETA_VAULTS_ARCHIVE_KWARGS: dict[str, Any] = {}
BETA_VAULTS_ARCHIVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "vlt_011CZkZbG2hTnQ7vRxJd4Ks9", "type": "vault", "display_name": "Ada Lovelace (prod)", "metadata": {"end_user": "user-4821"}, "archived_at": "2026-11-21T09:12:05Z", "created_at": "2026-11-20T18:37:24Z", "updated_at": "2026-11-21T09:12:05Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_vaults_archive(transport: FakeTransport) -> None:
    transport.queue(*BETA_VAULTS_ARCHIVE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.vaults.archive(*BETA_VAULTS_ARCHIVE_ARGS, **BETA_VAULTS_ARCHIVE_KWARGS)
    assert isinstance(result, types.BetaManagedAgentsVault)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaManagedAgentsVault)
    expected = adapter.validate_json(BETA_VAULTS_ARCHIVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "managed-agents-2026-04-01"


def test_beta_vaults_archive_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_VAULTS_ARCHIVE_RESPONSE)

    async def run() -> Any:
        return await client.beta.vaults.archive(*BETA_VAULTS_ARCHIVE_ARGS, **BETA_VAULTS_ARCHIVE_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaManagedAgentsVault)


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
def test_beta_vaults_archive_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.vaults.archive(*BETA_VAULTS_ARCHIVE_ARGS, **BETA_VAULTS_ARCHIVE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/vaults
BETA_VAULTS_CREATE_ARGS: list[Any] = []
BETA_VAULTS_CREATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"display_name": "Ada Lovelace (prod)", "metadata": {"end_user": "user-4821"}}',
        {"display_name": "display_name", "metadata": "metadata"},
    ),
}
BETA_VAULTS_CREATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "vlt_011CZkZbG2hTnQ7vRxJd4Ks9", "type": "vault", "display_name": "Ada Lovelace (prod)", "metadata": {"end_user": "user-4821"}, "archived_at": null, "created_at": "2026-11-20T18:37:24Z", "updated_at": "2026-11-20T18:37:24Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_vaults_create(transport: FakeTransport) -> None:
    transport.queue(*BETA_VAULTS_CREATE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.vaults.create(*BETA_VAULTS_CREATE_ARGS, **BETA_VAULTS_CREATE_KWARGS)
    assert isinstance(result, types.BetaManagedAgentsVault)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaManagedAgentsVault)
    expected = adapter.validate_json(BETA_VAULTS_CREATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "managed-agents-2026-04-01"


def test_beta_vaults_create_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_VAULTS_CREATE_RESPONSE)

    async def run() -> Any:
        return await client.beta.vaults.create(*BETA_VAULTS_CREATE_ARGS, **BETA_VAULTS_CREATE_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaManagedAgentsVault)


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
def test_beta_vaults_create_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.vaults.create(*BETA_VAULTS_CREATE_ARGS, **BETA_VAULTS_CREATE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# DELETE /v1/vaults/{vault_id}
BETA_VAULTS_DELETE_ARGS: list[Any] = [
    "vlt_011CZkZbG2hTnQ7vRxJd4Ks9",
]
BETA_VAULTS_DELETE_KWARGS: dict[str, Any] = {}
BETA_VAULTS_DELETE_RESPONSE = (
    200,
    "application/json",
    '{"id": "vlt_011CZkZbG2hTnQ7vRxJd4Ks9", "type": "vault_deleted"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_vaults_delete(transport: FakeTransport) -> None:
    transport.queue(*BETA_VAULTS_DELETE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.vaults.delete(*BETA_VAULTS_DELETE_ARGS, **BETA_VAULTS_DELETE_KWARGS)
    assert isinstance(result, types.BetaManagedAgentsDeletedVault)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaManagedAgentsDeletedVault)
    expected = adapter.validate_json(BETA_VAULTS_DELETE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "managed-agents-2026-04-01"


def test_beta_vaults_delete_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_VAULTS_DELETE_RESPONSE)

    async def run() -> Any:
        return await client.beta.vaults.delete(*BETA_VAULTS_DELETE_ARGS, **BETA_VAULTS_DELETE_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaManagedAgentsDeletedVault)


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
def test_beta_vaults_delete_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.vaults.delete(*BETA_VAULTS_DELETE_ARGS, **BETA_VAULTS_DELETE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/vaults
BETA_VAULTS_LIST_ARGS: list[Any] = []
BETA_VAULTS_LIST_KWARGS: dict[str, Any] = {}
BETA_VAULTS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "vlt_011CZkZbG2hTnQ7vRxJd4Ks9", "type": "vault", "display_name": "Ada Lovelace (prod)", "metadata": {"end_user": "user-4821"}, "archived_at": null, "created_at": "2026-11-20T18:37:24Z", "updated_at": "2026-11-20T18:37:24Z"}], "next_page": "page_MjAyNi0xMS0yMFQxODozNzoyNFo="}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_vaults_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_VAULTS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.beta.vaults.list(*BETA_VAULTS_LIST_ARGS, **BETA_VAULTS_LIST_KWARGS)
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.BetaManagedAgentsVault) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_beta_vaults_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_VAULTS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.beta.vaults.list(*BETA_VAULTS_LIST_ARGS, **BETA_VAULTS_LIST_KWARGS)
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.BetaManagedAgentsVault) for item in items)


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
def test_beta_vaults_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.vaults.list(*BETA_VAULTS_LIST_ARGS, **BETA_VAULTS_LIST_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/vaults/{vault_id}
BETA_VAULTS_RETRIEVE_ARGS: list[Any] = [
    "vlt_011CZkZbG2hTnQ7vRxJd4Ks9",
]
BETA_VAULTS_RETRIEVE_KWARGS: dict[str, Any] = {}
BETA_VAULTS_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "vlt_011CZkZbG2hTnQ7vRxJd4Ks9", "type": "vault", "display_name": "Ada Lovelace (prod)", "metadata": {"end_user": "user-4821"}, "archived_at": null, "created_at": "2026-11-20T18:37:24Z", "updated_at": "2026-11-20T18:37:24Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_vaults_retrieve(transport: FakeTransport) -> None:
    transport.queue(*BETA_VAULTS_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.vaults.retrieve(*BETA_VAULTS_RETRIEVE_ARGS, **BETA_VAULTS_RETRIEVE_KWARGS)
    assert isinstance(result, types.BetaManagedAgentsVault)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaManagedAgentsVault)
    expected = adapter.validate_json(BETA_VAULTS_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "managed-agents-2026-04-01"


def test_beta_vaults_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_VAULTS_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.beta.vaults.retrieve(*BETA_VAULTS_RETRIEVE_ARGS, **BETA_VAULTS_RETRIEVE_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaManagedAgentsVault)


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
def test_beta_vaults_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.vaults.retrieve(*BETA_VAULTS_RETRIEVE_ARGS, **BETA_VAULTS_RETRIEVE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/vaults/{vault_id}
BETA_VAULTS_UPDATE_ARGS: list[Any] = [
    "vlt_011CZkZbG2hTnQ7vRxJd4Ks9",
]
BETA_VAULTS_UPDATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"display_name": "Ada Lovelace (staging)", "metadata": {"end_user": null, "env": "staging"}}',
        {"display_name": "display_name", "metadata": "metadata"},
    ),
}
BETA_VAULTS_UPDATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "vlt_011CZkZbG2hTnQ7vRxJd4Ks9", "type": "vault", "display_name": "Ada Lovelace (staging)", "metadata": {"env": "staging"}, "archived_at": null, "created_at": "2026-11-20T18:37:24Z", "updated_at": "2026-11-21T09:12:05Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_vaults_update(transport: FakeTransport) -> None:
    transport.queue(*BETA_VAULTS_UPDATE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.vaults.update(*BETA_VAULTS_UPDATE_ARGS, **BETA_VAULTS_UPDATE_KWARGS)
    assert isinstance(result, types.BetaManagedAgentsVault)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaManagedAgentsVault)
    expected = adapter.validate_json(BETA_VAULTS_UPDATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "managed-agents-2026-04-01"


def test_beta_vaults_update_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_VAULTS_UPDATE_RESPONSE)

    async def run() -> Any:
        return await client.beta.vaults.update(*BETA_VAULTS_UPDATE_ARGS, **BETA_VAULTS_UPDATE_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaManagedAgentsVault)


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
def test_beta_vaults_update_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.vaults.update(*BETA_VAULTS_UPDATE_ARGS, **BETA_VAULTS_UPDATE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/vaults/{vault_id}/credentials/{credential_id}/archive
BETA_VAULTS_CREDENTIALS_ARCHIVE_ARGS: list[Any] = [
    "vlt_011CZkZbG2hTnQ7vRxJd4Ks9",
    "vcrd_011CZkZcH3jUoR8wSyKe5Lt2",
]
BETA_VAULTS_CREDENTIALS_ARCHIVE_KWARGS: dict[str, Any] = {}
BETA_VAULTS_CREDENTIALS_ARCHIVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "vcrd_011CZkZcH3jUoR8wSyKe5Lt2", "type": "vault_credential", "vault_id": "vlt_011CZkZbG2hTnQ7vRxJd4Ks9", "display_name": "Linear", "metadata": {}, "archived_at": "2026-11-21T09:12:05Z", "created_at": "2026-11-20T18:37:24Z", "updated_at": "2026-11-21T09:12:05Z", "auth": {"type": "mcp_oauth", "mcp_server_url": "https://mcp.linear.app/mcp", "expires_at": "2026-11-20T19:37:24Z", "refresh": {"client_id": "client_8f2a", "token_endpoint": "https://linear.app/oauth/token", "token_endpoint_auth": {"type": "client_secret_post"}, "resource": null, "scope": "read write"}}}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_vaults_credentials_archive(transport: FakeTransport) -> None:
    transport.queue(*BETA_VAULTS_CREDENTIALS_ARCHIVE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.vaults.credentials.archive(
        *BETA_VAULTS_CREDENTIALS_ARCHIVE_ARGS, **BETA_VAULTS_CREDENTIALS_ARCHIVE_KWARGS
    )
    assert isinstance(result, types.BetaManagedAgentsCredential)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaManagedAgentsCredential)
    expected = adapter.validate_json(BETA_VAULTS_CREDENTIALS_ARCHIVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "managed-agents-2026-04-01"


def test_beta_vaults_credentials_archive_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_VAULTS_CREDENTIALS_ARCHIVE_RESPONSE)

    async def run() -> Any:
        return await client.beta.vaults.credentials.archive(
            *BETA_VAULTS_CREDENTIALS_ARCHIVE_ARGS, **BETA_VAULTS_CREDENTIALS_ARCHIVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaManagedAgentsCredential)


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
def test_beta_vaults_credentials_archive_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.vaults.credentials.archive(
            *BETA_VAULTS_CREDENTIALS_ARCHIVE_ARGS, **BETA_VAULTS_CREDENTIALS_ARCHIVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/vaults/{vault_id}/credentials
BETA_VAULTS_CREDENTIALS_CREATE_ARGS: list[Any] = [
    "vlt_011CZkZbG2hTnQ7vRxJd4Ks9",
]
BETA_VAULTS_CREDENTIALS_CREATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"display_name": "Linear", "auth": {"type": "mcp_oauth", "mcp_server_url": "https://mcp.linear.app/mcp", "access_token": "lin_oauth_access_example", "expires_at": "2026-11-20T19:37:24Z", "refresh": {"client_id": "client_8f2a", "refresh_token": "lin_oauth_refresh_example", "token_endpoint": "https://linear.app/oauth/token", "scope": "read write", "token_endpoint_auth": {"type": "client_secret_post", "client_secret": "secret_example"}}}}',
        {"auth": "auth", "display_name": "display_name", "metadata": "metadata"},
    ),
}
BETA_VAULTS_CREDENTIALS_CREATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "vcrd_011CZkZcH3jUoR8wSyKe5Lt2", "type": "vault_credential", "vault_id": "vlt_011CZkZbG2hTnQ7vRxJd4Ks9", "display_name": "Linear", "metadata": {}, "archived_at": null, "created_at": "2026-11-20T18:37:24Z", "updated_at": "2026-11-20T18:37:24Z", "auth": {"type": "mcp_oauth", "mcp_server_url": "https://mcp.linear.app/mcp", "expires_at": "2026-11-20T19:37:24Z", "refresh": {"client_id": "client_8f2a", "token_endpoint": "https://linear.app/oauth/token", "token_endpoint_auth": {"type": "client_secret_post"}, "resource": null, "scope": "read write"}}}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_vaults_credentials_create(transport: FakeTransport) -> None:
    transport.queue(*BETA_VAULTS_CREDENTIALS_CREATE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.vaults.credentials.create(
        *BETA_VAULTS_CREDENTIALS_CREATE_ARGS, **BETA_VAULTS_CREDENTIALS_CREATE_KWARGS
    )
    assert isinstance(result, types.BetaManagedAgentsCredential)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaManagedAgentsCredential)
    expected = adapter.validate_json(BETA_VAULTS_CREDENTIALS_CREATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "managed-agents-2026-04-01"


def test_beta_vaults_credentials_create_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_VAULTS_CREDENTIALS_CREATE_RESPONSE)

    async def run() -> Any:
        return await client.beta.vaults.credentials.create(
            *BETA_VAULTS_CREDENTIALS_CREATE_ARGS, **BETA_VAULTS_CREDENTIALS_CREATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaManagedAgentsCredential)


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
def test_beta_vaults_credentials_create_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.vaults.credentials.create(
            *BETA_VAULTS_CREDENTIALS_CREATE_ARGS, **BETA_VAULTS_CREDENTIALS_CREATE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# DELETE /v1/vaults/{vault_id}/credentials/{credential_id}
BETA_VAULTS_CREDENTIALS_DELETE_ARGS: list[Any] = [
    "vlt_011CZkZbG2hTnQ7vRxJd4Ks9",
    "vcrd_011CZkZcH3jUoR8wSyKe5Lt2",
]
BETA_VAULTS_CREDENTIALS_DELETE_KWARGS: dict[str, Any] = {}
BETA_VAULTS_CREDENTIALS_DELETE_RESPONSE = (
    200,
    "application/json",
    '{"id": "vcrd_011CZkZcH3jUoR8wSyKe5Lt2", "type": "vault_credential_deleted"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_vaults_credentials_delete(transport: FakeTransport) -> None:
    transport.queue(*BETA_VAULTS_CREDENTIALS_DELETE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.vaults.credentials.delete(
        *BETA_VAULTS_CREDENTIALS_DELETE_ARGS, **BETA_VAULTS_CREDENTIALS_DELETE_KWARGS
    )
    assert isinstance(result, types.BetaManagedAgentsDeletedCredential)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaManagedAgentsDeletedCredential)
    expected = adapter.validate_json(BETA_VAULTS_CREDENTIALS_DELETE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "managed-agents-2026-04-01"


def test_beta_vaults_credentials_delete_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_VAULTS_CREDENTIALS_DELETE_RESPONSE)

    async def run() -> Any:
        return await client.beta.vaults.credentials.delete(
            *BETA_VAULTS_CREDENTIALS_DELETE_ARGS, **BETA_VAULTS_CREDENTIALS_DELETE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaManagedAgentsDeletedCredential)


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
def test_beta_vaults_credentials_delete_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.vaults.credentials.delete(
            *BETA_VAULTS_CREDENTIALS_DELETE_ARGS, **BETA_VAULTS_CREDENTIALS_DELETE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/vaults/{vault_id}/credentials
BETA_VAULTS_CREDENTIALS_LIST_ARGS: list[Any] = [
    "vlt_011CZkZbG2hTnQ7vRxJd4Ks9",
]
BETA_VAULTS_CREDENTIALS_LIST_KWARGS: dict[str, Any] = {}
BETA_VAULTS_CREDENTIALS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "vcrd_011CZkZcH3jUoR8wSyKe5Lt2", "type": "vault_credential", "vault_id": "vlt_011CZkZbG2hTnQ7vRxJd4Ks9", "display_name": "Linear", "metadata": {}, "archived_at": null, "created_at": "2026-11-20T18:37:24Z", "updated_at": "2026-11-20T18:37:24Z", "auth": {"type": "mcp_oauth", "mcp_server_url": "https://mcp.linear.app/mcp", "expires_at": "2026-11-20T19:37:24Z", "refresh": {"client_id": "client_8f2a", "token_endpoint": "https://linear.app/oauth/token", "token_endpoint_auth": {"type": "client_secret_post"}, "resource": null, "scope": "read write"}}}, {"id": "vcrd_011CZkZjQ1sBvY6dZfSn3Ta9", "type": "vault_credential", "vault_id": "vlt_011CZkZbG2hTnQ7vRxJd4Ks9", "display_name": "GitHub token", "metadata": {}, "archived_at": null, "created_at": "2026-11-20T18:37:24Z", "updated_at": "2026-11-20T18:37:24Z", "auth": {"type": "environment_variable", "secret_name": "GITHUB_TOKEN", "injection_location": {"body": false, "header": true}, "networking": {"type": "limited", "allowed_hosts": ["api.github.com"]}}}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_vaults_credentials_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_VAULTS_CREDENTIALS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.beta.vaults.credentials.list(
        *BETA_VAULTS_CREDENTIALS_LIST_ARGS, **BETA_VAULTS_CREDENTIALS_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.BetaManagedAgentsCredential) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_beta_vaults_credentials_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = BETA_VAULTS_CREDENTIALS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.beta.vaults.credentials.list(
            *BETA_VAULTS_CREDENTIALS_LIST_ARGS, **BETA_VAULTS_CREDENTIALS_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.BetaManagedAgentsCredential) for item in items)


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
def test_beta_vaults_credentials_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.vaults.credentials.list(*BETA_VAULTS_CREDENTIALS_LIST_ARGS, **BETA_VAULTS_CREDENTIALS_LIST_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/vaults/{vault_id}/credentials/{credential_id}/mcp_oauth_validate
BETA_VAULTS_CREDENTIALS_MCP_OAUTH_VALIDATE_ARGS: list[Any] = [
    "vlt_011CZkZbG2hTnQ7vRxJd4Ks9",
    "vcrd_011CZkZcH3jUoR8wSyKe5Lt2",
]
BETA_VAULTS_CREDENTIALS_MCP_OAUTH_VALIDATE_KWARGS: dict[str, Any] = {}
BETA_VAULTS_CREDENTIALS_MCP_OAUTH_VALIDATE_RESPONSE = (
    200,
    "application/json",
    '{"type": "vault_credential_validation", "credential_id": "vcrd_011CZkZcH3jUoR8wSyKe5Lt2", "vault_id": "vlt_011CZkZbG2hTnQ7vRxJd4Ks9", "status": "valid", "has_refresh_token": true, "mcp_probe": null, "refresh": null, "validated_at": "2026-11-21T09:12:05Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_vaults_credentials_mcp_oauth_validate(transport: FakeTransport) -> None:
    transport.queue(*BETA_VAULTS_CREDENTIALS_MCP_OAUTH_VALIDATE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.vaults.credentials.mcp_oauth_validate(
        *BETA_VAULTS_CREDENTIALS_MCP_OAUTH_VALIDATE_ARGS, **BETA_VAULTS_CREDENTIALS_MCP_OAUTH_VALIDATE_KWARGS
    )
    assert isinstance(result, types.BetaManagedAgentsCredentialValidation)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaManagedAgentsCredentialValidation)
    expected = adapter.validate_json(BETA_VAULTS_CREDENTIALS_MCP_OAUTH_VALIDATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "managed-agents-2026-04-01"


def test_beta_vaults_credentials_mcp_oauth_validate_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_VAULTS_CREDENTIALS_MCP_OAUTH_VALIDATE_RESPONSE)

    async def run() -> Any:
        return await client.beta.vaults.credentials.mcp_oauth_validate(
            *BETA_VAULTS_CREDENTIALS_MCP_OAUTH_VALIDATE_ARGS, **BETA_VAULTS_CREDENTIALS_MCP_OAUTH_VALIDATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaManagedAgentsCredentialValidation)


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
def test_beta_vaults_credentials_mcp_oauth_validate_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.vaults.credentials.mcp_oauth_validate(
            *BETA_VAULTS_CREDENTIALS_MCP_OAUTH_VALIDATE_ARGS, **BETA_VAULTS_CREDENTIALS_MCP_OAUTH_VALIDATE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/vaults/{vault_id}/credentials/{credential_id}
BETA_VAULTS_CREDENTIALS_RETRIEVE_ARGS: list[Any] = [
    "vlt_011CZkZbG2hTnQ7vRxJd4Ks9",
    "vcrd_011CZkZcH3jUoR8wSyKe5Lt2",
]
BETA_VAULTS_CREDENTIALS_RETRIEVE_KWARGS: dict[str, Any] = {}
BETA_VAULTS_CREDENTIALS_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "vcrd_011CZkZcH3jUoR8wSyKe5Lt2", "type": "vault_credential", "vault_id": "vlt_011CZkZbG2hTnQ7vRxJd4Ks9", "display_name": "Linear", "metadata": {}, "archived_at": null, "created_at": "2026-11-20T18:37:24Z", "updated_at": "2026-11-20T18:37:24Z", "auth": {"type": "mcp_oauth", "mcp_server_url": "https://mcp.linear.app/mcp", "expires_at": "2026-11-20T19:37:24Z", "refresh": {"client_id": "client_8f2a", "token_endpoint": "https://linear.app/oauth/token", "token_endpoint_auth": {"type": "client_secret_post"}, "resource": null, "scope": "read write"}}}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_vaults_credentials_retrieve(transport: FakeTransport) -> None:
    transport.queue(*BETA_VAULTS_CREDENTIALS_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.vaults.credentials.retrieve(
        *BETA_VAULTS_CREDENTIALS_RETRIEVE_ARGS, **BETA_VAULTS_CREDENTIALS_RETRIEVE_KWARGS
    )
    assert isinstance(result, types.BetaManagedAgentsCredential)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaManagedAgentsCredential)
    expected = adapter.validate_json(BETA_VAULTS_CREDENTIALS_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "managed-agents-2026-04-01"


def test_beta_vaults_credentials_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_VAULTS_CREDENTIALS_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.beta.vaults.credentials.retrieve(
            *BETA_VAULTS_CREDENTIALS_RETRIEVE_ARGS, **BETA_VAULTS_CREDENTIALS_RETRIEVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaManagedAgentsCredential)


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
def test_beta_vaults_credentials_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.vaults.credentials.retrieve(
            *BETA_VAULTS_CREDENTIALS_RETRIEVE_ARGS, **BETA_VAULTS_CREDENTIALS_RETRIEVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/vaults/{vault_id}/credentials/{credential_id}
BETA_VAULTS_CREDENTIALS_UPDATE_ARGS: list[Any] = [
    "vlt_011CZkZbG2hTnQ7vRxJd4Ks9",
    "vcrd_011CZkZcH3jUoR8wSyKe5Lt2",
]
BETA_VAULTS_CREDENTIALS_UPDATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"auth": {"type": "mcp_oauth", "access_token": "lin_oauth_access_rotated", "expires_at": "2026-11-21T10:12:05Z"}}',
        {"auth": "auth", "display_name": "display_name", "metadata": "metadata"},
    ),
}
BETA_VAULTS_CREDENTIALS_UPDATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "vcrd_011CZkZcH3jUoR8wSyKe5Lt2", "type": "vault_credential", "vault_id": "vlt_011CZkZbG2hTnQ7vRxJd4Ks9", "display_name": "Linear", "metadata": {}, "archived_at": null, "created_at": "2026-11-20T18:37:24Z", "updated_at": "2026-11-21T09:12:05Z", "auth": {"type": "mcp_oauth", "mcp_server_url": "https://mcp.linear.app/mcp", "expires_at": "2026-11-21T10:12:05Z", "refresh": {"client_id": "client_8f2a", "token_endpoint": "https://linear.app/oauth/token", "token_endpoint_auth": {"type": "client_secret_post"}, "resource": null, "scope": "read write"}}}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_beta_vaults_credentials_update(transport: FakeTransport) -> None:
    transport.queue(*BETA_VAULTS_CREDENTIALS_UPDATE_RESPONSE)
    client = sync_client(transport)
    result = client.beta.vaults.credentials.update(
        *BETA_VAULTS_CREDENTIALS_UPDATE_ARGS, **BETA_VAULTS_CREDENTIALS_UPDATE_KWARGS
    )
    assert isinstance(result, types.BetaManagedAgentsCredential)
    adapter: TypeAdapter[Any] = TypeAdapter(types.BetaManagedAgentsCredential)
    expected = adapter.validate_json(BETA_VAULTS_CREDENTIALS_UPDATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "managed-agents-2026-04-01"


def test_beta_vaults_credentials_update_async(transport: FakeTransport) -> None:
    transport.queue(*BETA_VAULTS_CREDENTIALS_UPDATE_RESPONSE)

    async def run() -> Any:
        return await client.beta.vaults.credentials.update(
            *BETA_VAULTS_CREDENTIALS_UPDATE_ARGS, **BETA_VAULTS_CREDENTIALS_UPDATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.BetaManagedAgentsCredential)


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
def test_beta_vaults_credentials_update_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.beta.vaults.credentials.update(
            *BETA_VAULTS_CREDENTIALS_UPDATE_ARGS, **BETA_VAULTS_CREDENTIALS_UPDATE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# DELETE /v1/files/{file_id}
FILES_DELETE_ARGS: list[Any] = [
    "file_011CNha8iCJcU1wXNR6q4V8w",
]
FILES_DELETE_KWARGS: dict[str, Any] = {}
FILES_DELETE_RESPONSE = (
    200,
    "application/json",
    '{"id": "file_011CNha8iCJcU1wXNR6q4V8w", "type": "file_deleted"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_files_delete(transport: FakeTransport) -> None:
    transport.queue(*FILES_DELETE_RESPONSE)
    client = sync_client(transport)
    result = client.files.delete(*FILES_DELETE_ARGS, **FILES_DELETE_KWARGS)
    assert isinstance(result, types.DeletedFile)
    adapter: TypeAdapter[Any] = TypeAdapter(types.DeletedFile)
    expected = adapter.validate_json(FILES_DELETE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_files_delete_async(transport: FakeTransport) -> None:
    transport.queue(*FILES_DELETE_RESPONSE)

    async def run() -> Any:
        return await client.files.delete(*FILES_DELETE_ARGS, **FILES_DELETE_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.DeletedFile)


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
def test_files_delete_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.files.delete(*FILES_DELETE_ARGS, **FILES_DELETE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/files/{file_id}/content
FILES_DOWNLOAD_ARGS: list[Any] = [
    "file_011CNha8iCJcU1wXNR6q4V8w",
]
FILES_DOWNLOAD_KWARGS: dict[str, Any] = {}
FILES_DOWNLOAD_RESPONSE = (200, "application/octet-stream", "example content \u00e9", {"request-id": "req_example"})


def test_files_download(transport: FakeTransport, tmp_path: Path) -> None:
    status, content_type, body, headers = FILES_DOWNLOAD_RESPONSE
    transport.queue(status, content_type, body, headers)
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with client.files.download(*FILES_DOWNLOAD_ARGS, **FILES_DOWNLOAD_KWARGS) as download:
        assert b"".join(download.iter_bytes(3)) == body.encode("utf-8")
    client.files.download(*FILES_DOWNLOAD_ARGS, **FILES_DOWNLOAD_KWARGS).write_to_file(tmp_path / "out")
    assert (tmp_path / "out").read_bytes() == body.encode("utf-8")
    assert transport.requests[0].headers["accept"] == "application/octet-stream"


def test_files_download_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = FILES_DOWNLOAD_RESPONSE
    transport.queue(status, content_type, body, headers)

    async def run() -> bytes:
        client = async_client(transport)
        download = await client.files.download(*FILES_DOWNLOAD_ARGS, **FILES_DOWNLOAD_KWARGS)
        return await download.read()

    assert asyncio.run(run()) == body.encode("utf-8")


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
def test_files_download_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.files.download(*FILES_DOWNLOAD_ARGS, **FILES_DOWNLOAD_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/files
FILES_LIST_ARGS: list[Any] = []
FILES_LIST_KWARGS: dict[str, Any] = {}
FILES_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "file_011CNha8iCJcU1wXNR6q4V8w", "type": "file", "filename": "quarterly-report.pdf", "mime_type": "application/pdf", "size_bytes": 1048576, "created_at": "2026-11-20T18:37:24.100435Z", "expires_at": null, "downloadable": false}, {"id": "file_011CPMxVD3fHLUhvTqtsQA5w", "type": "file", "filename": "revenue-chart.png", "mime_type": "image/png", "size_bytes": 48213, "created_at": "2026-11-20T18:12:05.520117Z", "expires_at": null, "downloadable": true, "scope": {"id": "sesn_011CZkZaBF1tNoB5wlCeusgy", "type": "session"}}], "next_page": "page_MjAyNi0xMS0yMFQxODoxMjowNS41MjAxMTda"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_files_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = FILES_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.files.list(*FILES_LIST_ARGS, **FILES_LIST_KWARGS)
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.FileMetadata) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_files_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = FILES_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.files.list(*FILES_LIST_ARGS, **FILES_LIST_KWARGS)
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.FileMetadata) for item in items)


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
def test_files_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.files.list(*FILES_LIST_ARGS, **FILES_LIST_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/files/{file_id}
FILES_RETRIEVE_METADATA_ARGS: list[Any] = [
    "file_011CNha8iCJcU1wXNR6q4V8w",
]
FILES_RETRIEVE_METADATA_KWARGS: dict[str, Any] = {}
FILES_RETRIEVE_METADATA_RESPONSE = (
    200,
    "application/json",
    '{"id": "file_011CNha8iCJcU1wXNR6q4V8w", "type": "file", "filename": "quarterly-report.pdf", "mime_type": "application/pdf", "size_bytes": 1048576, "created_at": "2026-11-20T18:37:24.100435Z", "expires_at": null, "downloadable": false}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_files_retrieve_metadata(transport: FakeTransport) -> None:
    transport.queue(*FILES_RETRIEVE_METADATA_RESPONSE)
    client = sync_client(transport)
    result = client.files.retrieve_metadata(*FILES_RETRIEVE_METADATA_ARGS, **FILES_RETRIEVE_METADATA_KWARGS)
    assert isinstance(result, types.FileMetadata)
    adapter: TypeAdapter[Any] = TypeAdapter(types.FileMetadata)
    expected = adapter.validate_json(FILES_RETRIEVE_METADATA_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_files_retrieve_metadata_async(transport: FakeTransport) -> None:
    transport.queue(*FILES_RETRIEVE_METADATA_RESPONSE)

    async def run() -> Any:
        return await client.files.retrieve_metadata(*FILES_RETRIEVE_METADATA_ARGS, **FILES_RETRIEVE_METADATA_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.FileMetadata)


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
def test_files_retrieve_metadata_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.files.retrieve_metadata(*FILES_RETRIEVE_METADATA_ARGS, **FILES_RETRIEVE_METADATA_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/files
FILES_UPLOAD_ARGS: list[Any] = []
FILES_UPLOAD_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"file": "<contents of quarterly-report.pdf>", "expires_in_seconds": 86400}',
        {"file": "file", "expires_in_seconds": "expires_in_seconds"},
        ("file",),
    ),
}
FILES_UPLOAD_RESPONSE = (
    200,
    "application/json",
    '{"id": "file_011CNha8iCJcU1wXNR6q4V8w", "type": "file", "filename": "quarterly-report.pdf", "mime_type": "application/pdf", "size_bytes": 1048576, "created_at": "2026-11-20T18:37:24.100435Z", "expires_at": "2026-11-21T18:37:24.100435Z", "downloadable": false}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_files_upload(transport: FakeTransport) -> None:
    transport.queue(*FILES_UPLOAD_RESPONSE)
    client = sync_client(transport)
    result = client.files.upload(*FILES_UPLOAD_ARGS, **FILES_UPLOAD_KWARGS)
    assert isinstance(result, types.FileMetadata)
    adapter: TypeAdapter[Any] = TypeAdapter(types.FileMetadata)
    expected = adapter.validate_json(FILES_UPLOAD_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")


def test_files_upload_async(transport: FakeTransport) -> None:
    transport.queue(*FILES_UPLOAD_RESPONSE)

    async def run() -> Any:
        return await client.files.upload(*FILES_UPLOAD_ARGS, **FILES_UPLOAD_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.FileMetadata)


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
def test_files_upload_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.files.upload(*FILES_UPLOAD_ARGS, **FILES_UPLOAD_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/messages/count_tokens
MESSAGES_COUNT_TOKENS_ARGS: list[Any] = []
MESSAGES_COUNT_TOKENS_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"model": "claude-sonnet-4-5", "system": "You are a scientist", "messages": [{"role": "user", "content": "Hello, Claude"}]}',
        {
            "cache_control": "cache_control",
            "messages": "messages",
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
            "cache_control": "cache_control",
            "container": "container",
            "diagnostics": "diagnostics",
            "inference_geo": "inference_geo",
            "max_tokens": "max_tokens",
            "messages": "messages",
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


# GET /v1/models
MODELS_LIST_ARGS: list[Any] = []
MODELS_LIST_KWARGS: dict[str, Any] = {}
MODELS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "claude-sonnet-4-5-20250929", "type": "model", "display_name": "Claude Sonnet 4.5", "lifecycle": "active", "created_at": "2025-09-29T00:00:00Z"}], "has_more": true, "first_id": "claude-sonnet-4-5-20250929", "last_id": "claude-sonnet-4-5-20250929"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_models_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = MODELS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.models.list(*MODELS_LIST_ARGS, **MODELS_LIST_KWARGS)
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.ModelInfo) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["after_id"] == page["last_id"]


def test_models_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = MODELS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.models.list(*MODELS_LIST_ARGS, **MODELS_LIST_KWARGS)
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.ModelInfo) for item in items)


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
def test_models_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.models.list(*MODELS_LIST_ARGS, **MODELS_LIST_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/models/{model_id}
MODELS_RETRIEVE_ARGS: list[Any] = [
    "claude-sonnet-4-5",
]
MODELS_RETRIEVE_KWARGS: dict[str, Any] = {}
MODELS_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "claude-sonnet-4-5-20250929", "type": "model", "display_name": "Claude Sonnet 4.5", "lifecycle": "active", "created_at": "2025-09-29T00:00:00Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_models_retrieve(transport: FakeTransport) -> None:
    transport.queue(*MODELS_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.models.retrieve(*MODELS_RETRIEVE_ARGS, **MODELS_RETRIEVE_KWARGS)
    assert isinstance(result, types.ModelInfo)
    adapter: TypeAdapter[Any] = TypeAdapter(types.ModelInfo)
    expected = adapter.validate_json(MODELS_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_models_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*MODELS_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.models.retrieve(*MODELS_RETRIEVE_ARGS, **MODELS_RETRIEVE_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.ModelInfo)


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
def test_models_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.models.retrieve(*MODELS_RETRIEVE_ARGS, **MODELS_RETRIEVE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/oauth/token
OAUTH_TOKEN_ARGS: list[Any] = []
OAUTH_TOKEN_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion": "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJyZXBvOmV4YW1wbGUvYXBwIn0.c2lnbmF0dXJl", "federation_rule_id": "fdrl_01Fq9ZtR6hVn3XbK8mWc2PaJ", "organization_id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "service_account_id": "svac_01HkT3q9ZbWmX4cYpR7sN2Vd", "workspace_id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ"}',
        {
            "grant_type": "grant_type",
            "assertion": "assertion",
            "federation_rule_id": "federation_rule_id",
            "organization_id": "organization_id",
            "service_account_id": "service_account_id",
            "workspace_id": "workspace_id",
            "refresh_token": "refresh_token",
            "client_id": "client_id",
        },
    ),
}
OAUTH_TOKEN_RESPONSE = (
    200,
    "application/json",
    '{"access_token": "sk-ant-oat01-bW9ja19hY2Nlc3NfdG9rZW4", "token_type": "Bearer", "expires_in": 600}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_oauth_token(transport: FakeTransport) -> None:
    transport.queue(*OAUTH_TOKEN_RESPONSE)
    client = sync_client(transport)
    result = client.oauth.token(*OAUTH_TOKEN_ARGS, **OAUTH_TOKEN_KWARGS)
    assert isinstance(result, types.OAuthTokenResponse)
    adapter: TypeAdapter[Any] = TypeAdapter(types.OAuthTokenResponse)
    expected = adapter.validate_json(OAUTH_TOKEN_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["anthropic-beta"] == "oauth-2025-04-20"


def test_oauth_token_async(transport: FakeTransport) -> None:
    transport.queue(*OAUTH_TOKEN_RESPONSE)

    async def run() -> Any:
        return await client.oauth.token(*OAUTH_TOKEN_ARGS, **OAUTH_TOKEN_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.OAuthTokenResponse)


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
def test_oauth_token_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.oauth.token(*OAUTH_TOKEN_ARGS, **OAUTH_TOKEN_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/me
ORGANIZATION_RETRIEVE_ARGS: list[Any] = []
ORGANIZATION_RETRIEVE_KWARGS: dict[str, Any] = {}
ORGANIZATION_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "type": "organization", "name": "Example Corp"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_retrieve(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.retrieve(*ORGANIZATION_RETRIEVE_ARGS, **ORGANIZATION_RETRIEVE_KWARGS)
    assert isinstance(result, types.OrganizationInfo)
    adapter: TypeAdapter[Any] = TypeAdapter(types.OrganizationInfo)
    expected = adapter.validate_json(ORGANIZATION_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.organization.retrieve(*ORGANIZATION_RETRIEVE_ARGS, **ORGANIZATION_RETRIEVE_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.OrganizationInfo)


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
def test_organization_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.retrieve(*ORGANIZATION_RETRIEVE_ARGS, **ORGANIZATION_RETRIEVE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/api_keys
ORGANIZATION_API_KEYS_LIST_ARGS: list[Any] = []
ORGANIZATION_API_KEYS_LIST_KWARGS: dict[str, Any] = {}
ORGANIZATION_API_KEYS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "apikey_01Rj2N8SVvo6BePZj99NhmiT", "type": "api_key", "name": "Production key", "status": "active", "created_at": "2026-03-02T17:21:44Z", "expires_at": null, "created_by": {"id": "user_01WCz1FkmYMm4gnmykNKUu3Q", "type": "user"}, "partial_key_hint": "sk-ant-api03-R2D...igAA", "principal": null, "scope": {"type": "workspace", "workspace_id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ"}}], "has_more": false, "first_id": "apikey_01Rj2N8SVvo6BePZj99NhmiT", "last_id": "apikey_01Rj2N8SVvo6BePZj99NhmiT"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_api_keys_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_API_KEYS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.organization.api_keys.list(*ORGANIZATION_API_KEYS_LIST_ARGS, **ORGANIZATION_API_KEYS_LIST_KWARGS)
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.APIKey) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["after_id"] == page["last_id"]


def test_organization_api_keys_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_API_KEYS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.organization.api_keys.list(
            *ORGANIZATION_API_KEYS_LIST_ARGS, **ORGANIZATION_API_KEYS_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.APIKey) for item in items)


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
def test_organization_api_keys_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.api_keys.list(*ORGANIZATION_API_KEYS_LIST_ARGS, **ORGANIZATION_API_KEYS_LIST_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/api_keys/{api_key_id}
ORGANIZATION_API_KEYS_RETRIEVE_ARGS: list[Any] = [
    "apikey_01Rj2N8SVvo6BePZj99NhmiT",
]
ORGANIZATION_API_KEYS_RETRIEVE_KWARGS: dict[str, Any] = {}
ORGANIZATION_API_KEYS_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "apikey_01Rj2N8SVvo6BePZj99NhmiT", "type": "api_key", "name": "Production key", "status": "active", "created_at": "2026-03-02T17:21:44Z", "expires_at": null, "created_by": {"id": "user_01WCz1FkmYMm4gnmykNKUu3Q", "type": "user"}, "partial_key_hint": "sk-ant-api03-R2D...igAA", "principal": null, "scope": {"type": "workspace", "workspace_id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ"}}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_api_keys_retrieve(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_API_KEYS_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.api_keys.retrieve(
        *ORGANIZATION_API_KEYS_RETRIEVE_ARGS, **ORGANIZATION_API_KEYS_RETRIEVE_KWARGS
    )
    assert isinstance(result, types.APIKey)
    adapter: TypeAdapter[Any] = TypeAdapter(types.APIKey)
    expected = adapter.validate_json(ORGANIZATION_API_KEYS_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_api_keys_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_API_KEYS_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.organization.api_keys.retrieve(
            *ORGANIZATION_API_KEYS_RETRIEVE_ARGS, **ORGANIZATION_API_KEYS_RETRIEVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.APIKey)


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
def test_organization_api_keys_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.api_keys.retrieve(
            *ORGANIZATION_API_KEYS_RETRIEVE_ARGS, **ORGANIZATION_API_KEYS_RETRIEVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/api_keys/{api_key_id}
ORGANIZATION_API_KEYS_UPDATE_ARGS: list[Any] = [
    "apikey_01Rj2N8SVvo6BePZj99NhmiT",
]
ORGANIZATION_API_KEYS_UPDATE_KWARGS: dict[str, Any] = {
    **example_kwargs('{"name": "Production key (rotated)", "status": "active"}', {"name": "name", "status": "status"}),
}
ORGANIZATION_API_KEYS_UPDATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "apikey_01Rj2N8SVvo6BePZj99NhmiT", "type": "api_key", "name": "Production key (rotated)", "status": "active", "created_at": "2026-03-02T17:21:44Z", "expires_at": null, "created_by": {"id": "user_01WCz1FkmYMm4gnmykNKUu3Q", "type": "user"}, "partial_key_hint": "sk-ant-api03-R2D...igAA", "principal": null, "scope": {"type": "workspace", "workspace_id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ"}}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_api_keys_update(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_API_KEYS_UPDATE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.api_keys.update(
        *ORGANIZATION_API_KEYS_UPDATE_ARGS, **ORGANIZATION_API_KEYS_UPDATE_KWARGS
    )
    assert isinstance(result, types.APIKey)
    adapter: TypeAdapter[Any] = TypeAdapter(types.APIKey)
    expected = adapter.validate_json(ORGANIZATION_API_KEYS_UPDATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_api_keys_update_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_API_KEYS_UPDATE_RESPONSE)

    async def run() -> Any:
        return await client.organization.api_keys.update(
            *ORGANIZATION_API_KEYS_UPDATE_ARGS, **ORGANIZATION_API_KEYS_UPDATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.APIKey)


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
def test_organization_api_keys_update_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.api_keys.update(*ORGANIZATION_API_KEYS_UPDATE_ARGS, **ORGANIZATION_API_KEYS_UPDATE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/invites
ORGANIZATION_INVITES_CREATE_ARGS: list[Any] = []
ORGANIZATION_INVITES_CREATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"email": "ada@example.com", "role": "developer"}',
        {"email": "email", "rbac_group_ids": "rbac_group_ids", "role": "role"},
    ),
}
ORGANIZATION_INVITES_CREATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "invite_015gWxCN9Hfg2QhZwTK7Mdeu", "type": "invite", "email": "ada@example.com", "role": "developer", "status": "pending", "invited_at": "2026-11-20T10:00:00Z", "expires_at": "2026-12-11T10:00:00Z", "accepted_at": null, "rbac_group_ids": []}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_invites_create(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_INVITES_CREATE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.invites.create(*ORGANIZATION_INVITES_CREATE_ARGS, **ORGANIZATION_INVITES_CREATE_KWARGS)
    assert isinstance(result, types.OrganizationInvite)
    adapter: TypeAdapter[Any] = TypeAdapter(types.OrganizationInvite)
    expected = adapter.validate_json(ORGANIZATION_INVITES_CREATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_invites_create_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_INVITES_CREATE_RESPONSE)

    async def run() -> Any:
        return await client.organization.invites.create(
            *ORGANIZATION_INVITES_CREATE_ARGS, **ORGANIZATION_INVITES_CREATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.OrganizationInvite)


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
def test_organization_invites_create_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.invites.create(*ORGANIZATION_INVITES_CREATE_ARGS, **ORGANIZATION_INVITES_CREATE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# DELETE /v1/organizations/invites/{invite_id}
ORGANIZATION_INVITES_DELETE_ARGS: list[Any] = [
    "invite_015gWxCN9Hfg2QhZwTK7Mdeu",
]
ORGANIZATION_INVITES_DELETE_KWARGS: dict[str, Any] = {}
ORGANIZATION_INVITES_DELETE_RESPONSE = (
    200,
    "application/json",
    '{"id": "invite_015gWxCN9Hfg2QhZwTK7Mdeu", "type": "invite_deleted"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_invites_delete(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_INVITES_DELETE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.invites.delete(*ORGANIZATION_INVITES_DELETE_ARGS, **ORGANIZATION_INVITES_DELETE_KWARGS)
    assert isinstance(result, types.InviteDeleteResponse)
    adapter: TypeAdapter[Any] = TypeAdapter(types.InviteDeleteResponse)
    expected = adapter.validate_json(ORGANIZATION_INVITES_DELETE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_invites_delete_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_INVITES_DELETE_RESPONSE)

    async def run() -> Any:
        return await client.organization.invites.delete(
            *ORGANIZATION_INVITES_DELETE_ARGS, **ORGANIZATION_INVITES_DELETE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.InviteDeleteResponse)


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
def test_organization_invites_delete_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.invites.delete(*ORGANIZATION_INVITES_DELETE_ARGS, **ORGANIZATION_INVITES_DELETE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/invites
ORGANIZATION_INVITES_LIST_ARGS: list[Any] = []
ORGANIZATION_INVITES_LIST_KWARGS: dict[str, Any] = {}
ORGANIZATION_INVITES_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "invite_015gWxCN9Hfg2QhZwTK7Mdeu", "type": "invite", "email": "ada@example.com", "role": "developer", "status": "pending", "invited_at": "2026-11-20T10:00:00Z", "expires_at": "2026-12-11T10:00:00Z", "accepted_at": null, "rbac_group_ids": []}], "has_more": false, "first_id": "invite_015gWxCN9Hfg2QhZwTK7Mdeu", "last_id": "invite_015gWxCN9Hfg2QhZwTK7Mdeu"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_invites_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_INVITES_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.organization.invites.list(*ORGANIZATION_INVITES_LIST_ARGS, **ORGANIZATION_INVITES_LIST_KWARGS)
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.OrganizationInvite) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["after_id"] == page["last_id"]


def test_organization_invites_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_INVITES_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.organization.invites.list(
            *ORGANIZATION_INVITES_LIST_ARGS, **ORGANIZATION_INVITES_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.OrganizationInvite) for item in items)


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
def test_organization_invites_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.invites.list(*ORGANIZATION_INVITES_LIST_ARGS, **ORGANIZATION_INVITES_LIST_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/invites/{invite_id}
ORGANIZATION_INVITES_RETRIEVE_ARGS: list[Any] = [
    "invite_015gWxCN9Hfg2QhZwTK7Mdeu",
]
ORGANIZATION_INVITES_RETRIEVE_KWARGS: dict[str, Any] = {}
ORGANIZATION_INVITES_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "invite_015gWxCN9Hfg2QhZwTK7Mdeu", "type": "invite", "email": "ada@example.com", "role": "developer", "status": "pending", "invited_at": "2026-11-20T10:00:00Z", "expires_at": "2026-12-11T10:00:00Z", "accepted_at": null, "rbac_group_ids": []}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_invites_retrieve(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_INVITES_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.invites.retrieve(
        *ORGANIZATION_INVITES_RETRIEVE_ARGS, **ORGANIZATION_INVITES_RETRIEVE_KWARGS
    )
    assert isinstance(result, types.OrganizationInvite)
    adapter: TypeAdapter[Any] = TypeAdapter(types.OrganizationInvite)
    expected = adapter.validate_json(ORGANIZATION_INVITES_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_invites_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_INVITES_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.organization.invites.retrieve(
            *ORGANIZATION_INVITES_RETRIEVE_ARGS, **ORGANIZATION_INVITES_RETRIEVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.OrganizationInvite)


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
def test_organization_invites_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.invites.retrieve(
            *ORGANIZATION_INVITES_RETRIEVE_ARGS, **ORGANIZATION_INVITES_RETRIEVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/rate_limits
ORGANIZATION_RATE_LIMITS_LIST_ARGS: list[Any] = []
ORGANIZATION_RATE_LIMITS_LIST_KWARGS: dict[str, Any] = {}
ORGANIZATION_RATE_LIMITS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "rl_01Ks8YvT3nWq6ZpB4cXeR2Hd", "type": "rate_limit", "group": {"type": "model_group", "id": "rlg_01VPTCmyiu5ZLsWkcxYG2pY8", "display_name": "Claude Sonnet 4.x"}, "models": ["claude-sonnet-4-5", "claude-sonnet-4-5-20250929"], "limits": [{"type": "requests_per_minute", "value": 4000}, {"type": "input_tokens_per_minute_cache_aware", "value": 2000000}, {"type": "output_tokens_per_minute", "value": 400000}]}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_rate_limits_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_RATE_LIMITS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.organization.rate_limits.list(
        *ORGANIZATION_RATE_LIMITS_LIST_ARGS, **ORGANIZATION_RATE_LIMITS_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.OrganizationRateLimit) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_organization_rate_limits_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_RATE_LIMITS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.organization.rate_limits.list(
            *ORGANIZATION_RATE_LIMITS_LIST_ARGS, **ORGANIZATION_RATE_LIMITS_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.OrganizationRateLimit) for item in items)


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
def test_organization_rate_limits_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.rate_limits.list(
            *ORGANIZATION_RATE_LIMITS_LIST_ARGS, **ORGANIZATION_RATE_LIMITS_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/rbac_groups
ORGANIZATION_RBAC_GROUPS_CREATE_ARGS: list[Any] = []
ORGANIZATION_RBAC_GROUPS_CREATE_KWARGS: dict[str, Any] = {
    **example_kwargs('{"name": "Platform engineering"}', {"name": "name"}),
}
ORGANIZATION_RBAC_GROUPS_CREATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "rbac_group_01JbRHdqV7s3Xk8YfM2wQpNc", "type": "rbac_group", "name": "Platform engineering", "source_type": "direct", "role_ids": [], "created_at": "2026-09-14T16:20:05Z", "updated_at": "2026-10-02T09:41:37Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_rbac_groups_create(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_RBAC_GROUPS_CREATE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.rbac_groups.create(
        *ORGANIZATION_RBAC_GROUPS_CREATE_ARGS, **ORGANIZATION_RBAC_GROUPS_CREATE_KWARGS
    )
    assert isinstance(result, types.RBACGroup)
    adapter: TypeAdapter[Any] = TypeAdapter(types.RBACGroup)
    expected = adapter.validate_json(ORGANIZATION_RBAC_GROUPS_CREATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_rbac_groups_create_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_RBAC_GROUPS_CREATE_RESPONSE)

    async def run() -> Any:
        return await client.organization.rbac_groups.create(
            *ORGANIZATION_RBAC_GROUPS_CREATE_ARGS, **ORGANIZATION_RBAC_GROUPS_CREATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.RBACGroup)


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
def test_organization_rbac_groups_create_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.rbac_groups.create(
            *ORGANIZATION_RBAC_GROUPS_CREATE_ARGS, **ORGANIZATION_RBAC_GROUPS_CREATE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# DELETE /v1/organizations/rbac_groups/{rbac_group_id}
ORGANIZATION_RBAC_GROUPS_DELETE_ARGS: list[Any] = [
    "rbac_group_01JbRHdqV7s3Xk8YfM2wQpNc",
]
ORGANIZATION_RBAC_GROUPS_DELETE_KWARGS: dict[str, Any] = {}
ORGANIZATION_RBAC_GROUPS_DELETE_RESPONSE = (
    200,
    "application/json",
    '{"id": "rbac_group_01JbRHdqV7s3Xk8YfM2wQpNc", "type": "rbac_group_deleted"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_rbac_groups_delete(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_RBAC_GROUPS_DELETE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.rbac_groups.delete(
        *ORGANIZATION_RBAC_GROUPS_DELETE_ARGS, **ORGANIZATION_RBAC_GROUPS_DELETE_KWARGS
    )
    assert isinstance(result, types.DeletedRBACGroup)
    adapter: TypeAdapter[Any] = TypeAdapter(types.DeletedRBACGroup)
    expected = adapter.validate_json(ORGANIZATION_RBAC_GROUPS_DELETE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_rbac_groups_delete_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_RBAC_GROUPS_DELETE_RESPONSE)

    async def run() -> Any:
        return await client.organization.rbac_groups.delete(
            *ORGANIZATION_RBAC_GROUPS_DELETE_ARGS, **ORGANIZATION_RBAC_GROUPS_DELETE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.DeletedRBACGroup)


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
def test_organization_rbac_groups_delete_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.rbac_groups.delete(
            *ORGANIZATION_RBAC_GROUPS_DELETE_ARGS, **ORGANIZATION_RBAC_GROUPS_DELETE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/rbac_groups
ORGANIZATION_RBAC_GROUPS_LIST_ARGS: list[Any] = []
ORGANIZATION_RBAC_GROUPS_LIST_KWARGS: dict[str, Any] = {}
ORGANIZATION_RBAC_GROUPS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "rbac_group_01JbRHdqV7s3Xk8YfM2wQpNc", "type": "rbac_group", "name": "Platform engineering", "source_type": "direct", "role_ids": ["rbac_role_01H8tWqzK3mVnB5cXr6yLdPe"], "created_at": "2026-09-14T16:20:05Z", "updated_at": "2026-10-02T09:41:37Z"}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_rbac_groups_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_RBAC_GROUPS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.organization.rbac_groups.list(
        *ORGANIZATION_RBAC_GROUPS_LIST_ARGS, **ORGANIZATION_RBAC_GROUPS_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.RBACGroup) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_organization_rbac_groups_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_RBAC_GROUPS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.organization.rbac_groups.list(
            *ORGANIZATION_RBAC_GROUPS_LIST_ARGS, **ORGANIZATION_RBAC_GROUPS_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.RBACGroup) for item in items)


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
def test_organization_rbac_groups_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.rbac_groups.list(
            *ORGANIZATION_RBAC_GROUPS_LIST_ARGS, **ORGANIZATION_RBAC_GROUPS_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/rbac_groups/{rbac_group_id}
ORGANIZATION_RBAC_GROUPS_RETRIEVE_ARGS: list[Any] = [
    "rbac_group_01JbRHdqV7s3Xk8YfM2wQpNc",
]
ORGANIZATION_RBAC_GROUPS_RETRIEVE_KWARGS: dict[str, Any] = {}
ORGANIZATION_RBAC_GROUPS_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "rbac_group_01JbRHdqV7s3Xk8YfM2wQpNc", "type": "rbac_group", "name": "Platform engineering", "source_type": "direct", "role_ids": ["rbac_role_01H8tWqzK3mVnB5cXr6yLdPe"], "created_at": "2026-09-14T16:20:05Z", "updated_at": "2026-10-02T09:41:37Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_rbac_groups_retrieve(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_RBAC_GROUPS_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.rbac_groups.retrieve(
        *ORGANIZATION_RBAC_GROUPS_RETRIEVE_ARGS, **ORGANIZATION_RBAC_GROUPS_RETRIEVE_KWARGS
    )
    assert isinstance(result, types.RBACGroup)
    adapter: TypeAdapter[Any] = TypeAdapter(types.RBACGroup)
    expected = adapter.validate_json(ORGANIZATION_RBAC_GROUPS_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_rbac_groups_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_RBAC_GROUPS_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.organization.rbac_groups.retrieve(
            *ORGANIZATION_RBAC_GROUPS_RETRIEVE_ARGS, **ORGANIZATION_RBAC_GROUPS_RETRIEVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.RBACGroup)


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
def test_organization_rbac_groups_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.rbac_groups.retrieve(
            *ORGANIZATION_RBAC_GROUPS_RETRIEVE_ARGS, **ORGANIZATION_RBAC_GROUPS_RETRIEVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/rbac_groups/{rbac_group_id}
ORGANIZATION_RBAC_GROUPS_UPDATE_ARGS: list[Any] = [
    "rbac_group_01JbRHdqV7s3Xk8YfM2wQpNc",
]
ORGANIZATION_RBAC_GROUPS_UPDATE_KWARGS: dict[str, Any] = {
    **example_kwargs('{"name": "Platform & infrastructure"}', {"name": "name"}),
}
ORGANIZATION_RBAC_GROUPS_UPDATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "rbac_group_01JbRHdqV7s3Xk8YfM2wQpNc", "type": "rbac_group", "name": "Platform & infrastructure", "source_type": "direct", "role_ids": ["rbac_role_01H8tWqzK3mVnB5cXr6yLdPe"], "created_at": "2026-09-14T16:20:05Z", "updated_at": "2026-10-02T09:41:37Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_rbac_groups_update(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_RBAC_GROUPS_UPDATE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.rbac_groups.update(
        *ORGANIZATION_RBAC_GROUPS_UPDATE_ARGS, **ORGANIZATION_RBAC_GROUPS_UPDATE_KWARGS
    )
    assert isinstance(result, types.RBACGroup)
    adapter: TypeAdapter[Any] = TypeAdapter(types.RBACGroup)
    expected = adapter.validate_json(ORGANIZATION_RBAC_GROUPS_UPDATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_rbac_groups_update_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_RBAC_GROUPS_UPDATE_RESPONSE)

    async def run() -> Any:
        return await client.organization.rbac_groups.update(
            *ORGANIZATION_RBAC_GROUPS_UPDATE_ARGS, **ORGANIZATION_RBAC_GROUPS_UPDATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.RBACGroup)


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
def test_organization_rbac_groups_update_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.rbac_groups.update(
            *ORGANIZATION_RBAC_GROUPS_UPDATE_ARGS, **ORGANIZATION_RBAC_GROUPS_UPDATE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/rbac_groups/{rbac_group_id}/members
ORGANIZATION_RBAC_GROUPS_MEMBERS_ADD_ARGS: list[Any] = [
    "rbac_group_01JbRHdqV7s3Xk8YfM2wQpNc",
]
ORGANIZATION_RBAC_GROUPS_MEMBERS_ADD_KWARGS: dict[str, Any] = {
    **example_kwargs('{"user_id": "user_01WCz1FkmYMm4gnmykNKUu3Q"}', {"user_id": "user_id"}),
}
ORGANIZATION_RBAC_GROUPS_MEMBERS_ADD_RESPONSE = (
    200,
    "application/json",
    '{"type": "rbac_group_member", "rbac_group_id": "rbac_group_01JbRHdqV7s3Xk8YfM2wQpNc", "user_id": "user_01WCz1FkmYMm4gnmykNKUu3Q", "email": "ada@example.com", "created_at": "2026-10-02T09:41:37Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_rbac_groups_members_add(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_RBAC_GROUPS_MEMBERS_ADD_RESPONSE)
    client = sync_client(transport)
    result = client.organization.rbac_groups.members.add(
        *ORGANIZATION_RBAC_GROUPS_MEMBERS_ADD_ARGS, **ORGANIZATION_RBAC_GROUPS_MEMBERS_ADD_KWARGS
    )
    assert isinstance(result, types.RBACGroupMember)
    adapter: TypeAdapter[Any] = TypeAdapter(types.RBACGroupMember)
    expected = adapter.validate_json(ORGANIZATION_RBAC_GROUPS_MEMBERS_ADD_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_rbac_groups_members_add_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_RBAC_GROUPS_MEMBERS_ADD_RESPONSE)

    async def run() -> Any:
        return await client.organization.rbac_groups.members.add(
            *ORGANIZATION_RBAC_GROUPS_MEMBERS_ADD_ARGS, **ORGANIZATION_RBAC_GROUPS_MEMBERS_ADD_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.RBACGroupMember)


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
def test_organization_rbac_groups_members_add_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.rbac_groups.members.add(
            *ORGANIZATION_RBAC_GROUPS_MEMBERS_ADD_ARGS, **ORGANIZATION_RBAC_GROUPS_MEMBERS_ADD_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/rbac_groups/{rbac_group_id}/members
ORGANIZATION_RBAC_GROUPS_MEMBERS_LIST_ARGS: list[Any] = [
    "rbac_group_01JbRHdqV7s3Xk8YfM2wQpNc",
]
ORGANIZATION_RBAC_GROUPS_MEMBERS_LIST_KWARGS: dict[str, Any] = {}
ORGANIZATION_RBAC_GROUPS_MEMBERS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"type": "rbac_group_member", "rbac_group_id": "rbac_group_01JbRHdqV7s3Xk8YfM2wQpNc", "user_id": "user_01WCz1FkmYMm4gnmykNKUu3Q", "email": "ada@example.com", "created_at": "2026-10-02T09:41:37Z"}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_rbac_groups_members_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_RBAC_GROUPS_MEMBERS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.organization.rbac_groups.members.list(
        *ORGANIZATION_RBAC_GROUPS_MEMBERS_LIST_ARGS, **ORGANIZATION_RBAC_GROUPS_MEMBERS_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.RBACGroupMember) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_organization_rbac_groups_members_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_RBAC_GROUPS_MEMBERS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.organization.rbac_groups.members.list(
            *ORGANIZATION_RBAC_GROUPS_MEMBERS_LIST_ARGS, **ORGANIZATION_RBAC_GROUPS_MEMBERS_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.RBACGroupMember) for item in items)


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
def test_organization_rbac_groups_members_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.rbac_groups.members.list(
            *ORGANIZATION_RBAC_GROUPS_MEMBERS_LIST_ARGS, **ORGANIZATION_RBAC_GROUPS_MEMBERS_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# DELETE /v1/organizations/rbac_groups/{rbac_group_id}/members/{user_id}
ORGANIZATION_RBAC_GROUPS_MEMBERS_REMOVE_ARGS: list[Any] = [
    "rbac_group_01JbRHdqV7s3Xk8YfM2wQpNc",
    "user_01WCz1FkmYMm4gnmykNKUu3Q",
]
ORGANIZATION_RBAC_GROUPS_MEMBERS_REMOVE_KWARGS: dict[str, Any] = {}
ORGANIZATION_RBAC_GROUPS_MEMBERS_REMOVE_RESPONSE = (
    200,
    "application/json",
    '{"type": "rbac_group_member_deleted", "rbac_group_id": "rbac_group_01JbRHdqV7s3Xk8YfM2wQpNc", "user_id": "user_01WCz1FkmYMm4gnmykNKUu3Q"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_rbac_groups_members_remove(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_RBAC_GROUPS_MEMBERS_REMOVE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.rbac_groups.members.remove(
        *ORGANIZATION_RBAC_GROUPS_MEMBERS_REMOVE_ARGS, **ORGANIZATION_RBAC_GROUPS_MEMBERS_REMOVE_KWARGS
    )
    assert isinstance(result, types.DeletedRBACGroupMember)
    adapter: TypeAdapter[Any] = TypeAdapter(types.DeletedRBACGroupMember)
    expected = adapter.validate_json(ORGANIZATION_RBAC_GROUPS_MEMBERS_REMOVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_rbac_groups_members_remove_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_RBAC_GROUPS_MEMBERS_REMOVE_RESPONSE)

    async def run() -> Any:
        return await client.organization.rbac_groups.members.remove(
            *ORGANIZATION_RBAC_GROUPS_MEMBERS_REMOVE_ARGS, **ORGANIZATION_RBAC_GROUPS_MEMBERS_REMOVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.DeletedRBACGroupMember)


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
def test_organization_rbac_groups_members_remove_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.rbac_groups.members.remove(
            *ORGANIZATION_RBAC_GROUPS_MEMBERS_REMOVE_ARGS, **ORGANIZATION_RBAC_GROUPS_MEMBERS_REMOVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/rbac_roles
ORGANIZATION_RBAC_ROLES_LIST_ARGS: list[Any] = []
ORGANIZATION_RBAC_ROLES_LIST_KWARGS: dict[str, Any] = {}
ORGANIZATION_RBAC_ROLES_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "rbac_role_01H8tWqzK3mVnB5cXr6yLdPe", "type": "rbac_role", "display_name": "Claude Code user", "source": {"type": "built_in"}, "created_at": "2026-09-14T16:20:05Z", "updated_at": "2026-09-14T16:20:05Z"}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_rbac_roles_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_RBAC_ROLES_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.organization.rbac_roles.list(
        *ORGANIZATION_RBAC_ROLES_LIST_ARGS, **ORGANIZATION_RBAC_ROLES_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.RBACRole) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_organization_rbac_roles_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_RBAC_ROLES_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.organization.rbac_roles.list(
            *ORGANIZATION_RBAC_ROLES_LIST_ARGS, **ORGANIZATION_RBAC_ROLES_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.RBACRole) for item in items)


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
def test_organization_rbac_roles_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.rbac_roles.list(*ORGANIZATION_RBAC_ROLES_LIST_ARGS, **ORGANIZATION_RBAC_ROLES_LIST_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/rbac_roles/{rbac_role_id}
ORGANIZATION_RBAC_ROLES_RETRIEVE_ARGS: list[Any] = [
    "rbac_role_01H8tWqzK3mVnB5cXr6yLdPe",
]
ORGANIZATION_RBAC_ROLES_RETRIEVE_KWARGS: dict[str, Any] = {}
ORGANIZATION_RBAC_ROLES_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "rbac_role_01H8tWqzK3mVnB5cXr6yLdPe", "type": "rbac_role", "display_name": "Claude Code user", "source": {"type": "built_in"}, "created_at": "2026-09-14T16:20:05Z", "updated_at": "2026-09-14T16:20:05Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_rbac_roles_retrieve(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_RBAC_ROLES_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.rbac_roles.retrieve(
        *ORGANIZATION_RBAC_ROLES_RETRIEVE_ARGS, **ORGANIZATION_RBAC_ROLES_RETRIEVE_KWARGS
    )
    assert isinstance(result, types.RBACRole)
    adapter: TypeAdapter[Any] = TypeAdapter(types.RBACRole)
    expected = adapter.validate_json(ORGANIZATION_RBAC_ROLES_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_rbac_roles_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_RBAC_ROLES_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.organization.rbac_roles.retrieve(
            *ORGANIZATION_RBAC_ROLES_RETRIEVE_ARGS, **ORGANIZATION_RBAC_ROLES_RETRIEVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.RBACRole)


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
def test_organization_rbac_roles_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.rbac_roles.retrieve(
            *ORGANIZATION_RBAC_ROLES_RETRIEVE_ARGS, **ORGANIZATION_RBAC_ROLES_RETRIEVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/rbac_roles/{rbac_role_id}/permissions
ORGANIZATION_RBAC_ROLES_PERMISSIONS_LIST_ARGS: list[Any] = [
    "rbac_role_01H8tWqzK3mVnB5cXr6yLdPe",
]
ORGANIZATION_RBAC_ROLES_PERMISSIONS_LIST_KWARGS: dict[str, Any] = {}
ORGANIZATION_RBAC_ROLES_PERMISSIONS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"type": "rbac_role_permission", "action": "use", "resource": {"type": "connector_tool", "connector_id": "connector_01Gx2bYpZ8wRkT4nHs7vLqMd", "tool_name": "search_issues"}}, {"type": "rbac_role_permission", "action": "chat", "resource": {"type": "organization", "organization_id": "7a1d2c3e-4b5f-4a6b-8c7d-9e0f1a2b3c4d"}}], "next_page": "page_MjAyNi0xMC0wMlQwOTo0MTozN1o="}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_rbac_roles_permissions_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_RBAC_ROLES_PERMISSIONS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.organization.rbac_roles.permissions.list(
        *ORGANIZATION_RBAC_ROLES_PERMISSIONS_LIST_ARGS, **ORGANIZATION_RBAC_ROLES_PERMISSIONS_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.RBACRolePermission) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_organization_rbac_roles_permissions_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_RBAC_ROLES_PERMISSIONS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.organization.rbac_roles.permissions.list(
            *ORGANIZATION_RBAC_ROLES_PERMISSIONS_LIST_ARGS, **ORGANIZATION_RBAC_ROLES_PERMISSIONS_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.RBACRolePermission) for item in items)


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
def test_organization_rbac_roles_permissions_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.rbac_roles.permissions.list(
            *ORGANIZATION_RBAC_ROLES_PERMISSIONS_LIST_ARGS, **ORGANIZATION_RBAC_ROLES_PERMISSIONS_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/users
ORGANIZATION_USERS_LIST_ARGS: list[Any] = []
ORGANIZATION_USERS_LIST_KWARGS: dict[str, Any] = {}
ORGANIZATION_USERS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "user_01WCz1FkmYMm4gnmykNKUu3Q", "type": "user", "email": "ada@example.com", "name": "Ada Lovelace", "role": "developer", "added_at": "2026-01-15T09:30:00Z"}], "has_more": false, "first_id": "user_01WCz1FkmYMm4gnmykNKUu3Q", "last_id": "user_01WCz1FkmYMm4gnmykNKUu3Q"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_users_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_USERS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.organization.users.list(*ORGANIZATION_USERS_LIST_ARGS, **ORGANIZATION_USERS_LIST_KWARGS)
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.OrganizationUser) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["after_id"] == page["last_id"]


def test_organization_users_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_USERS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.organization.users.list(*ORGANIZATION_USERS_LIST_ARGS, **ORGANIZATION_USERS_LIST_KWARGS)
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.OrganizationUser) for item in items)


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
def test_organization_users_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.users.list(*ORGANIZATION_USERS_LIST_ARGS, **ORGANIZATION_USERS_LIST_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# DELETE /v1/organizations/users/{user_id}
ORGANIZATION_USERS_REMOVE_ARGS: list[Any] = [
    "user_01WCz1FkmYMm4gnmykNKUu3Q",
]
ORGANIZATION_USERS_REMOVE_KWARGS: dict[str, Any] = {}
ORGANIZATION_USERS_REMOVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "user_01WCz1FkmYMm4gnmykNKUu3Q", "type": "user_deleted"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_users_remove(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_USERS_REMOVE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.users.remove(*ORGANIZATION_USERS_REMOVE_ARGS, **ORGANIZATION_USERS_REMOVE_KWARGS)
    assert isinstance(result, types.UserRemoveResponse)
    adapter: TypeAdapter[Any] = TypeAdapter(types.UserRemoveResponse)
    expected = adapter.validate_json(ORGANIZATION_USERS_REMOVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_users_remove_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_USERS_REMOVE_RESPONSE)

    async def run() -> Any:
        return await client.organization.users.remove(
            *ORGANIZATION_USERS_REMOVE_ARGS, **ORGANIZATION_USERS_REMOVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.UserRemoveResponse)


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
def test_organization_users_remove_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.users.remove(*ORGANIZATION_USERS_REMOVE_ARGS, **ORGANIZATION_USERS_REMOVE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/users/{user_id}
ORGANIZATION_USERS_RETRIEVE_ARGS: list[Any] = [
    "user_01WCz1FkmYMm4gnmykNKUu3Q",
]
ORGANIZATION_USERS_RETRIEVE_KWARGS: dict[str, Any] = {}
ORGANIZATION_USERS_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "user_01WCz1FkmYMm4gnmykNKUu3Q", "type": "user", "email": "ada@example.com", "name": "Ada Lovelace", "role": "developer", "added_at": "2026-01-15T09:30:00Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_users_retrieve(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_USERS_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.users.retrieve(*ORGANIZATION_USERS_RETRIEVE_ARGS, **ORGANIZATION_USERS_RETRIEVE_KWARGS)
    assert isinstance(result, types.OrganizationUser)
    adapter: TypeAdapter[Any] = TypeAdapter(types.OrganizationUser)
    expected = adapter.validate_json(ORGANIZATION_USERS_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_users_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_USERS_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.organization.users.retrieve(
            *ORGANIZATION_USERS_RETRIEVE_ARGS, **ORGANIZATION_USERS_RETRIEVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.OrganizationUser)


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
def test_organization_users_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.users.retrieve(*ORGANIZATION_USERS_RETRIEVE_ARGS, **ORGANIZATION_USERS_RETRIEVE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/users/{user_id}
ORGANIZATION_USERS_UPDATE_ARGS: list[Any] = [
    "user_01WCz1FkmYMm4gnmykNKUu3Q",
]
ORGANIZATION_USERS_UPDATE_KWARGS: dict[str, Any] = {
    **example_kwargs('{"role": "billing"}', {"role": "role"}),
}
ORGANIZATION_USERS_UPDATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "user_01WCz1FkmYMm4gnmykNKUu3Q", "type": "user", "email": "ada@example.com", "name": "Ada Lovelace", "role": "billing", "added_at": "2026-01-15T09:30:00Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_users_update(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_USERS_UPDATE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.users.update(*ORGANIZATION_USERS_UPDATE_ARGS, **ORGANIZATION_USERS_UPDATE_KWARGS)
    assert isinstance(result, types.OrganizationUser)
    adapter: TypeAdapter[Any] = TypeAdapter(types.OrganizationUser)
    expected = adapter.validate_json(ORGANIZATION_USERS_UPDATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_users_update_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_USERS_UPDATE_RESPONSE)

    async def run() -> Any:
        return await client.organization.users.update(
            *ORGANIZATION_USERS_UPDATE_ARGS, **ORGANIZATION_USERS_UPDATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.OrganizationUser)


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
def test_organization_users_update_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.users.update(*ORGANIZATION_USERS_UPDATE_ARGS, **ORGANIZATION_USERS_UPDATE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/workspaces/{workspace_id}/archive
ORGANIZATION_WORKSPACES_ARCHIVE_ARGS: list[Any] = [
    "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ",
]
ORGANIZATION_WORKSPACES_ARCHIVE_KWARGS: dict[str, Any] = {}
ORGANIZATION_WORKSPACES_ARCHIVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ", "type": "workspace", "name": "Research", "display_color": "#6C5BB9", "created_at": "2026-02-01T12:00:00Z", "archived_at": "2026-11-21T08:00:00Z", "compartment_id": "cmpt_01JwQvzr7rXLA5AGx3HKfFUJ", "data_residency": {"workspace_geo": "us", "allowed_inference_geos": "unrestricted", "default_inference_geo": "global"}, "external_key_id": null, "tags": {"team": "research"}, "user_profile_id": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_workspaces_archive(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_WORKSPACES_ARCHIVE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.workspaces.archive(
        *ORGANIZATION_WORKSPACES_ARCHIVE_ARGS, **ORGANIZATION_WORKSPACES_ARCHIVE_KWARGS
    )
    assert isinstance(result, types.Workspace)
    adapter: TypeAdapter[Any] = TypeAdapter(types.Workspace)
    expected = adapter.validate_json(ORGANIZATION_WORKSPACES_ARCHIVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_workspaces_archive_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_WORKSPACES_ARCHIVE_RESPONSE)

    async def run() -> Any:
        return await client.organization.workspaces.archive(
            *ORGANIZATION_WORKSPACES_ARCHIVE_ARGS, **ORGANIZATION_WORKSPACES_ARCHIVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.Workspace)


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
def test_organization_workspaces_archive_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.workspaces.archive(
            *ORGANIZATION_WORKSPACES_ARCHIVE_ARGS, **ORGANIZATION_WORKSPACES_ARCHIVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/workspaces
ORGANIZATION_WORKSPACES_CREATE_ARGS: list[Any] = []
ORGANIZATION_WORKSPACES_CREATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"name": "Research", "display_color": "#6C5BB9", "tags": {"team": "research"}}',
        {
            "data_residency": "data_residency",
            "display_color": "display_color",
            "external_key_id": "external_key_id",
            "name": "name",
            "tags": "tags",
            "user_profile_id": "user_profile_id",
        },
    ),
}
ORGANIZATION_WORKSPACES_CREATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ", "type": "workspace", "name": "Research", "display_color": "#6C5BB9", "created_at": "2026-02-01T12:00:00Z", "archived_at": null, "compartment_id": "cmpt_01JwQvzr7rXLA5AGx3HKfFUJ", "data_residency": {"workspace_geo": "us", "allowed_inference_geos": "unrestricted", "default_inference_geo": "global"}, "external_key_id": null, "tags": {"team": "research"}, "user_profile_id": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_workspaces_create(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_WORKSPACES_CREATE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.workspaces.create(
        *ORGANIZATION_WORKSPACES_CREATE_ARGS, **ORGANIZATION_WORKSPACES_CREATE_KWARGS
    )
    assert isinstance(result, types.Workspace)
    adapter: TypeAdapter[Any] = TypeAdapter(types.Workspace)
    expected = adapter.validate_json(ORGANIZATION_WORKSPACES_CREATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_workspaces_create_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_WORKSPACES_CREATE_RESPONSE)

    async def run() -> Any:
        return await client.organization.workspaces.create(
            *ORGANIZATION_WORKSPACES_CREATE_ARGS, **ORGANIZATION_WORKSPACES_CREATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.Workspace)


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
def test_organization_workspaces_create_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.workspaces.create(
            *ORGANIZATION_WORKSPACES_CREATE_ARGS, **ORGANIZATION_WORKSPACES_CREATE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/workspaces
ORGANIZATION_WORKSPACES_LIST_ARGS: list[Any] = []
ORGANIZATION_WORKSPACES_LIST_KWARGS: dict[str, Any] = {}
ORGANIZATION_WORKSPACES_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ", "type": "workspace", "name": "Research", "display_color": "#6C5BB9", "created_at": "2026-02-01T12:00:00Z", "archived_at": null, "compartment_id": "cmpt_01JwQvzr7rXLA5AGx3HKfFUJ", "data_residency": {"workspace_geo": "us", "allowed_inference_geos": "unrestricted", "default_inference_geo": "global"}, "external_key_id": null, "tags": {"team": "research"}, "user_profile_id": null}], "has_more": false, "first_id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ", "last_id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_workspaces_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_WORKSPACES_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.organization.workspaces.list(
        *ORGANIZATION_WORKSPACES_LIST_ARGS, **ORGANIZATION_WORKSPACES_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.Workspace) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["after_id"] == page["last_id"]


def test_organization_workspaces_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_WORKSPACES_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.organization.workspaces.list(
            *ORGANIZATION_WORKSPACES_LIST_ARGS, **ORGANIZATION_WORKSPACES_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.Workspace) for item in items)


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
def test_organization_workspaces_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.workspaces.list(*ORGANIZATION_WORKSPACES_LIST_ARGS, **ORGANIZATION_WORKSPACES_LIST_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/workspaces/{workspace_id}
ORGANIZATION_WORKSPACES_RETRIEVE_ARGS: list[Any] = [
    "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ",
]
ORGANIZATION_WORKSPACES_RETRIEVE_KWARGS: dict[str, Any] = {}
ORGANIZATION_WORKSPACES_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ", "type": "workspace", "name": "Research", "display_color": "#6C5BB9", "created_at": "2026-02-01T12:00:00Z", "archived_at": null, "compartment_id": "cmpt_01JwQvzr7rXLA5AGx3HKfFUJ", "data_residency": {"workspace_geo": "us", "allowed_inference_geos": "unrestricted", "default_inference_geo": "global"}, "external_key_id": null, "tags": {"team": "research"}, "user_profile_id": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_workspaces_retrieve(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_WORKSPACES_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.workspaces.retrieve(
        *ORGANIZATION_WORKSPACES_RETRIEVE_ARGS, **ORGANIZATION_WORKSPACES_RETRIEVE_KWARGS
    )
    assert isinstance(result, types.Workspace)
    adapter: TypeAdapter[Any] = TypeAdapter(types.Workspace)
    expected = adapter.validate_json(ORGANIZATION_WORKSPACES_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_workspaces_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_WORKSPACES_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.organization.workspaces.retrieve(
            *ORGANIZATION_WORKSPACES_RETRIEVE_ARGS, **ORGANIZATION_WORKSPACES_RETRIEVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.Workspace)


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
def test_organization_workspaces_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.workspaces.retrieve(
            *ORGANIZATION_WORKSPACES_RETRIEVE_ARGS, **ORGANIZATION_WORKSPACES_RETRIEVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/workspaces/{workspace_id}
ORGANIZATION_WORKSPACES_UPDATE_ARGS: list[Any] = [
    "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ",
]
ORGANIZATION_WORKSPACES_UPDATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"name": "Research (EU)", "display_color": "#2E7D32"}',
        {
            "data_residency": "data_residency",
            "display_color": "display_color",
            "external_key_id": "external_key_id",
            "name": "name",
            "tags": "tags",
            "user_profile_id": "user_profile_id",
        },
    ),
}
ORGANIZATION_WORKSPACES_UPDATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ", "type": "workspace", "name": "Research (EU)", "display_color": "#2E7D32", "created_at": "2026-02-01T12:00:00Z", "archived_at": null, "compartment_id": "cmpt_01JwQvzr7rXLA5AGx3HKfFUJ", "data_residency": {"workspace_geo": "us", "allowed_inference_geos": "unrestricted", "default_inference_geo": "global"}, "external_key_id": null, "tags": {"team": "research"}, "user_profile_id": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_workspaces_update(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_WORKSPACES_UPDATE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.workspaces.update(
        *ORGANIZATION_WORKSPACES_UPDATE_ARGS, **ORGANIZATION_WORKSPACES_UPDATE_KWARGS
    )
    assert isinstance(result, types.Workspace)
    adapter: TypeAdapter[Any] = TypeAdapter(types.Workspace)
    expected = adapter.validate_json(ORGANIZATION_WORKSPACES_UPDATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_workspaces_update_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_WORKSPACES_UPDATE_RESPONSE)

    async def run() -> Any:
        return await client.organization.workspaces.update(
            *ORGANIZATION_WORKSPACES_UPDATE_ARGS, **ORGANIZATION_WORKSPACES_UPDATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.Workspace)


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
def test_organization_workspaces_update_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.workspaces.update(
            *ORGANIZATION_WORKSPACES_UPDATE_ARGS, **ORGANIZATION_WORKSPACES_UPDATE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/workspaces/{workspace_id}/members
ORGANIZATION_WORKSPACES_MEMBERS_ADD_ARGS: list[Any] = [
    "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ",
]
ORGANIZATION_WORKSPACES_MEMBERS_ADD_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"user_id": "user_01WCz1FkmYMm4gnmykNKUu3Q", "workspace_role": "workspace_developer"}',
        {"user_id": "user_id", "workspace_role": "workspace_role"},
    ),
}
ORGANIZATION_WORKSPACES_MEMBERS_ADD_RESPONSE = (
    200,
    "application/json",
    '{"type": "workspace_member", "user_id": "user_01WCz1FkmYMm4gnmykNKUu3Q", "workspace_id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ", "workspace_role": "workspace_developer"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_workspaces_members_add(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_WORKSPACES_MEMBERS_ADD_RESPONSE)
    client = sync_client(transport)
    result = client.organization.workspaces.members.add(
        *ORGANIZATION_WORKSPACES_MEMBERS_ADD_ARGS, **ORGANIZATION_WORKSPACES_MEMBERS_ADD_KWARGS
    )
    assert isinstance(result, types.WorkspaceMember)
    adapter: TypeAdapter[Any] = TypeAdapter(types.WorkspaceMember)
    expected = adapter.validate_json(ORGANIZATION_WORKSPACES_MEMBERS_ADD_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_workspaces_members_add_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_WORKSPACES_MEMBERS_ADD_RESPONSE)

    async def run() -> Any:
        return await client.organization.workspaces.members.add(
            *ORGANIZATION_WORKSPACES_MEMBERS_ADD_ARGS, **ORGANIZATION_WORKSPACES_MEMBERS_ADD_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.WorkspaceMember)


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
def test_organization_workspaces_members_add_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.workspaces.members.add(
            *ORGANIZATION_WORKSPACES_MEMBERS_ADD_ARGS, **ORGANIZATION_WORKSPACES_MEMBERS_ADD_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/workspaces/{workspace_id}/members
ORGANIZATION_WORKSPACES_MEMBERS_LIST_ARGS: list[Any] = [
    "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ",
]
ORGANIZATION_WORKSPACES_MEMBERS_LIST_KWARGS: dict[str, Any] = {}
ORGANIZATION_WORKSPACES_MEMBERS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"type": "workspace_member", "user_id": "user_01WCz1FkmYMm4gnmykNKUu3Q", "workspace_id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ", "workspace_role": "workspace_developer"}], "has_more": false, "first_id": "user_01WCz1FkmYMm4gnmykNKUu3Q", "last_id": "user_01WCz1FkmYMm4gnmykNKUu3Q"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_workspaces_members_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_WORKSPACES_MEMBERS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.organization.workspaces.members.list(
        *ORGANIZATION_WORKSPACES_MEMBERS_LIST_ARGS, **ORGANIZATION_WORKSPACES_MEMBERS_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.WorkspaceMember) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["after_id"] == page["last_id"]


def test_organization_workspaces_members_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_WORKSPACES_MEMBERS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.organization.workspaces.members.list(
            *ORGANIZATION_WORKSPACES_MEMBERS_LIST_ARGS, **ORGANIZATION_WORKSPACES_MEMBERS_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.WorkspaceMember) for item in items)


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
def test_organization_workspaces_members_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.workspaces.members.list(
            *ORGANIZATION_WORKSPACES_MEMBERS_LIST_ARGS, **ORGANIZATION_WORKSPACES_MEMBERS_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# DELETE /v1/organizations/workspaces/{workspace_id}/members/{user_id}
ORGANIZATION_WORKSPACES_MEMBERS_REMOVE_ARGS: list[Any] = [
    "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ",
    "user_01WCz1FkmYMm4gnmykNKUu3Q",
]
ORGANIZATION_WORKSPACES_MEMBERS_REMOVE_KWARGS: dict[str, Any] = {}
ORGANIZATION_WORKSPACES_MEMBERS_REMOVE_RESPONSE = (
    200,
    "application/json",
    '{"type": "workspace_member_deleted", "user_id": "user_01WCz1FkmYMm4gnmykNKUu3Q", "workspace_id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_workspaces_members_remove(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_WORKSPACES_MEMBERS_REMOVE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.workspaces.members.remove(
        *ORGANIZATION_WORKSPACES_MEMBERS_REMOVE_ARGS, **ORGANIZATION_WORKSPACES_MEMBERS_REMOVE_KWARGS
    )
    assert isinstance(result, types.MemberRemoveResponse)
    adapter: TypeAdapter[Any] = TypeAdapter(types.MemberRemoveResponse)
    expected = adapter.validate_json(ORGANIZATION_WORKSPACES_MEMBERS_REMOVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_workspaces_members_remove_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_WORKSPACES_MEMBERS_REMOVE_RESPONSE)

    async def run() -> Any:
        return await client.organization.workspaces.members.remove(
            *ORGANIZATION_WORKSPACES_MEMBERS_REMOVE_ARGS, **ORGANIZATION_WORKSPACES_MEMBERS_REMOVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.MemberRemoveResponse)


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
def test_organization_workspaces_members_remove_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.workspaces.members.remove(
            *ORGANIZATION_WORKSPACES_MEMBERS_REMOVE_ARGS, **ORGANIZATION_WORKSPACES_MEMBERS_REMOVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/workspaces/{workspace_id}/members/{user_id}
ORGANIZATION_WORKSPACES_MEMBERS_RETRIEVE_ARGS: list[Any] = [
    "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ",
    "user_01WCz1FkmYMm4gnmykNKUu3Q",
]
ORGANIZATION_WORKSPACES_MEMBERS_RETRIEVE_KWARGS: dict[str, Any] = {}
ORGANIZATION_WORKSPACES_MEMBERS_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"type": "workspace_member", "user_id": "user_01WCz1FkmYMm4gnmykNKUu3Q", "workspace_id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ", "workspace_role": "workspace_developer"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_workspaces_members_retrieve(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_WORKSPACES_MEMBERS_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.workspaces.members.retrieve(
        *ORGANIZATION_WORKSPACES_MEMBERS_RETRIEVE_ARGS, **ORGANIZATION_WORKSPACES_MEMBERS_RETRIEVE_KWARGS
    )
    assert isinstance(result, types.WorkspaceMember)
    adapter: TypeAdapter[Any] = TypeAdapter(types.WorkspaceMember)
    expected = adapter.validate_json(ORGANIZATION_WORKSPACES_MEMBERS_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_workspaces_members_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_WORKSPACES_MEMBERS_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.organization.workspaces.members.retrieve(
            *ORGANIZATION_WORKSPACES_MEMBERS_RETRIEVE_ARGS, **ORGANIZATION_WORKSPACES_MEMBERS_RETRIEVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.WorkspaceMember)


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
def test_organization_workspaces_members_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.workspaces.members.retrieve(
            *ORGANIZATION_WORKSPACES_MEMBERS_RETRIEVE_ARGS, **ORGANIZATION_WORKSPACES_MEMBERS_RETRIEVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/workspaces/{workspace_id}/members/{user_id}
ORGANIZATION_WORKSPACES_MEMBERS_UPDATE_ARGS: list[Any] = [
    "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ",
    "user_01WCz1FkmYMm4gnmykNKUu3Q",
]
ORGANIZATION_WORKSPACES_MEMBERS_UPDATE_KWARGS: dict[str, Any] = {
    **example_kwargs('{"workspace_role": "workspace_admin"}', {"workspace_role": "workspace_role"}),
}
ORGANIZATION_WORKSPACES_MEMBERS_UPDATE_RESPONSE = (
    200,
    "application/json",
    '{"type": "workspace_member", "user_id": "user_01WCz1FkmYMm4gnmykNKUu3Q", "workspace_id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ", "workspace_role": "workspace_admin"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_workspaces_members_update(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_WORKSPACES_MEMBERS_UPDATE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.workspaces.members.update(
        *ORGANIZATION_WORKSPACES_MEMBERS_UPDATE_ARGS, **ORGANIZATION_WORKSPACES_MEMBERS_UPDATE_KWARGS
    )
    assert isinstance(result, types.WorkspaceMember)
    adapter: TypeAdapter[Any] = TypeAdapter(types.WorkspaceMember)
    expected = adapter.validate_json(ORGANIZATION_WORKSPACES_MEMBERS_UPDATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_workspaces_members_update_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_WORKSPACES_MEMBERS_UPDATE_RESPONSE)

    async def run() -> Any:
        return await client.organization.workspaces.members.update(
            *ORGANIZATION_WORKSPACES_MEMBERS_UPDATE_ARGS, **ORGANIZATION_WORKSPACES_MEMBERS_UPDATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.WorkspaceMember)


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
def test_organization_workspaces_members_update_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.workspaces.members.update(
            *ORGANIZATION_WORKSPACES_MEMBERS_UPDATE_ARGS, **ORGANIZATION_WORKSPACES_MEMBERS_UPDATE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/workspaces/{workspace_id}/rate_limits
ORGANIZATION_WORKSPACES_RATE_LIMITS_LIST_ARGS: list[Any] = [
    "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ",
]
ORGANIZATION_WORKSPACES_RATE_LIMITS_LIST_KWARGS: dict[str, Any] = {}
ORGANIZATION_WORKSPACES_RATE_LIMITS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"type": "workspace_rate_limit", "rate_limit_id": "rl_01Ks8YvT3nWq6ZpB4cXeR2Hd", "workspace_id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ", "group": {"type": "model_group", "id": "rlg_01VPTCmyiu5ZLsWkcxYG2pY8", "display_name": "Claude Sonnet 4.x"}, "models": ["claude-sonnet-4-5", "claude-sonnet-4-5-20250929"], "limits": [{"type": "requests_per_minute", "value": 1000, "org_limit": 4000, "source": {"type": "workspace"}}]}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_workspaces_rate_limits_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_WORKSPACES_RATE_LIMITS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.organization.workspaces.rate_limits.list(
        *ORGANIZATION_WORKSPACES_RATE_LIMITS_LIST_ARGS, **ORGANIZATION_WORKSPACES_RATE_LIMITS_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.WorkspaceRateLimit) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_organization_workspaces_rate_limits_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_WORKSPACES_RATE_LIMITS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.organization.workspaces.rate_limits.list(
            *ORGANIZATION_WORKSPACES_RATE_LIMITS_LIST_ARGS, **ORGANIZATION_WORKSPACES_RATE_LIMITS_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.WorkspaceRateLimit) for item in items)


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
def test_organization_workspaces_rate_limits_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.workspaces.rate_limits.list(
            *ORGANIZATION_WORKSPACES_RATE_LIMITS_LIST_ARGS, **ORGANIZATION_WORKSPACES_RATE_LIMITS_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/workspaces/{workspace_id}/rate_limits/{rate_limit_id}
ORGANIZATION_WORKSPACES_RATE_LIMITS_UPDATE_ARGS: list[Any] = [
    "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ",
    "rl_01Ks8YvT3nWq6ZpB4cXeR2Hd",
]
ORGANIZATION_WORKSPACES_RATE_LIMITS_UPDATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"limits": [{"type": "requests_per_minute", "value": 1000}, {"type": "output_tokens_per_minute", "value": null}]}',
        {"limits": "limits"},
    ),
}
ORGANIZATION_WORKSPACES_RATE_LIMITS_UPDATE_RESPONSE = (
    200,
    "application/json",
    '{"type": "workspace_rate_limit", "rate_limit_id": "rl_01Ks8YvT3nWq6ZpB4cXeR2Hd", "workspace_id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ", "group": {"type": "model_group", "id": "rlg_01VPTCmyiu5ZLsWkcxYG2pY8", "display_name": "Claude Sonnet 4.x"}, "models": ["claude-sonnet-4-5", "claude-sonnet-4-5-20250929"], "limits": [{"type": "requests_per_minute", "value": 1000, "org_limit": 4000, "source": {"type": "workspace"}}]}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_workspaces_rate_limits_update(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_WORKSPACES_RATE_LIMITS_UPDATE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.workspaces.rate_limits.update(
        *ORGANIZATION_WORKSPACES_RATE_LIMITS_UPDATE_ARGS, **ORGANIZATION_WORKSPACES_RATE_LIMITS_UPDATE_KWARGS
    )
    assert isinstance(result, types.WorkspaceRateLimit)
    adapter: TypeAdapter[Any] = TypeAdapter(types.WorkspaceRateLimit)
    expected = adapter.validate_json(ORGANIZATION_WORKSPACES_RATE_LIMITS_UPDATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_workspaces_rate_limits_update_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_WORKSPACES_RATE_LIMITS_UPDATE_RESPONSE)

    async def run() -> Any:
        return await client.organization.workspaces.rate_limits.update(
            *ORGANIZATION_WORKSPACES_RATE_LIMITS_UPDATE_ARGS, **ORGANIZATION_WORKSPACES_RATE_LIMITS_UPDATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.WorkspaceRateLimit)


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
def test_organization_workspaces_rate_limits_update_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.workspaces.rate_limits.update(
            *ORGANIZATION_WORKSPACES_RATE_LIMITS_UPDATE_ARGS, **ORGANIZATION_WORKSPACES_RATE_LIMITS_UPDATE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/workspaces/{workspace_id}/service_accounts
ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_ADD_ARGS: list[Any] = [
    "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ",
]
ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_ADD_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"service_account_id": "svac_01HkT3q9ZbWmX4cYpR7sN2Vd", "workspace_role": "workspace_developer"}',
        {"service_account_id": "service_account_id", "workspace_role": "workspace_role"},
    ),
}
ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_ADD_RESPONSE = (
    200,
    "application/json",
    '{"type": "service_account_workspace_member", "service_account_id": "svac_01HkT3q9ZbWmX4cYpR7sN2Vd", "workspace_id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ", "workspace_role": "workspace_developer", "implicit": false, "created_by_actor_id": "user_01WCz1FkmYMm4gnmykNKUu3Q"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_workspaces_service_accounts_add(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_ADD_RESPONSE)
    client = sync_client(transport)
    result = client.organization.workspaces.service_accounts.add(
        *ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_ADD_ARGS, **ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_ADD_KWARGS
    )
    assert isinstance(result, types.ServiceAccountWorkspaceMember)
    adapter: TypeAdapter[Any] = TypeAdapter(types.ServiceAccountWorkspaceMember)
    expected = adapter.validate_json(ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_ADD_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_workspaces_service_accounts_add_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_ADD_RESPONSE)

    async def run() -> Any:
        return await client.organization.workspaces.service_accounts.add(
            *ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_ADD_ARGS, **ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_ADD_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.ServiceAccountWorkspaceMember)


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
def test_organization_workspaces_service_accounts_add_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.workspaces.service_accounts.add(
            *ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_ADD_ARGS, **ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_ADD_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/workspaces/{workspace_id}/service_accounts
ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_LIST_ARGS: list[Any] = [
    "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ",
]
ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_LIST_KWARGS: dict[str, Any] = {}
ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"type": "service_account_workspace_member", "service_account_id": "svac_01HkT3q9ZbWmX4cYpR7sN2Vd", "workspace_id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ", "workspace_role": "workspace_developer", "implicit": false, "created_by_actor_id": "user_01WCz1FkmYMm4gnmykNKUu3Q"}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_workspaces_service_accounts_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.organization.workspaces.service_accounts.list(
        *ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_LIST_ARGS, **ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.ServiceAccountWorkspaceMember) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_organization_workspaces_service_accounts_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.organization.workspaces.service_accounts.list(
            *ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_LIST_ARGS, **ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.ServiceAccountWorkspaceMember) for item in items)


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
def test_organization_workspaces_service_accounts_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.workspaces.service_accounts.list(
            *ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_LIST_ARGS, **ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# DELETE /v1/organizations/workspaces/{workspace_id}/service_accounts/{service_account_id}
ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_REMOVE_ARGS: list[Any] = [
    "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ",
    "svac_01HkT3q9ZbWmX4cYpR7sN2Vd",
]
ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_REMOVE_KWARGS: dict[str, Any] = {}
ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_REMOVE_RESPONSE = (
    200,
    "application/json",
    '{"type": "service_account_workspace_member_deleted", "service_account_id": "svac_01HkT3q9ZbWmX4cYpR7sN2Vd", "workspace_id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_workspaces_service_accounts_remove(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_REMOVE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.workspaces.service_accounts.remove(
        *ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_REMOVE_ARGS, **ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_REMOVE_KWARGS
    )
    assert isinstance(result, types.ServiceAccountRemoveResponse)
    adapter: TypeAdapter[Any] = TypeAdapter(types.ServiceAccountRemoveResponse)
    expected = adapter.validate_json(ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_REMOVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_workspaces_service_accounts_remove_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_REMOVE_RESPONSE)

    async def run() -> Any:
        return await client.organization.workspaces.service_accounts.remove(
            *ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_REMOVE_ARGS,
            **ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_REMOVE_KWARGS,
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.ServiceAccountRemoveResponse)


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
def test_organization_workspaces_service_accounts_remove_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.workspaces.service_accounts.remove(
            *ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_REMOVE_ARGS,
            **ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_REMOVE_KWARGS,
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/workspaces/{workspace_id}/service_accounts/{service_account_id}
ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_RETRIEVE_ARGS: list[Any] = [
    "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ",
    "svac_01HkT3q9ZbWmX4cYpR7sN2Vd",
]
ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_RETRIEVE_KWARGS: dict[str, Any] = {}
ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"type": "service_account_workspace_member", "service_account_id": "svac_01HkT3q9ZbWmX4cYpR7sN2Vd", "workspace_id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ", "workspace_role": "workspace_developer", "implicit": false, "created_by_actor_id": "user_01WCz1FkmYMm4gnmykNKUu3Q"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_workspaces_service_accounts_retrieve(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.workspaces.service_accounts.retrieve(
        *ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_RETRIEVE_ARGS,
        **ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_RETRIEVE_KWARGS,
    )
    assert isinstance(result, types.ServiceAccountWorkspaceMember)
    adapter: TypeAdapter[Any] = TypeAdapter(types.ServiceAccountWorkspaceMember)
    expected = adapter.validate_json(ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_workspaces_service_accounts_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.organization.workspaces.service_accounts.retrieve(
            *ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_RETRIEVE_ARGS,
            **ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_RETRIEVE_KWARGS,
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.ServiceAccountWorkspaceMember)


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
def test_organization_workspaces_service_accounts_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.workspaces.service_accounts.retrieve(
            *ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_RETRIEVE_ARGS,
            **ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_RETRIEVE_KWARGS,
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/workspaces/{workspace_id}/service_accounts/{service_account_id}
ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_UPDATE_ARGS: list[Any] = [
    "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ",
    "svac_01HkT3q9ZbWmX4cYpR7sN2Vd",
]
ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_UPDATE_KWARGS: dict[str, Any] = {
    **example_kwargs('{"workspace_role": "workspace_user"}', {"workspace_role": "workspace_role"}),
}
ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_UPDATE_RESPONSE = (
    200,
    "application/json",
    '{"type": "service_account_workspace_member", "service_account_id": "svac_01HkT3q9ZbWmX4cYpR7sN2Vd", "workspace_id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ", "workspace_role": "workspace_user", "implicit": false, "created_by_actor_id": "user_01WCz1FkmYMm4gnmykNKUu3Q"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_workspaces_service_accounts_update(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_UPDATE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.workspaces.service_accounts.update(
        *ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_UPDATE_ARGS, **ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_UPDATE_KWARGS
    )
    assert isinstance(result, types.ServiceAccountWorkspaceMember)
    adapter: TypeAdapter[Any] = TypeAdapter(types.ServiceAccountWorkspaceMember)
    expected = adapter.validate_json(ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_UPDATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_workspaces_service_accounts_update_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_UPDATE_RESPONSE)

    async def run() -> Any:
        return await client.organization.workspaces.service_accounts.update(
            *ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_UPDATE_ARGS,
            **ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_UPDATE_KWARGS,
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.ServiceAccountWorkspaceMember)


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
def test_organization_workspaces_service_accounts_update_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.workspaces.service_accounts.update(
            *ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_UPDATE_ARGS,
            **ORGANIZATION_WORKSPACES_SERVICE_ACCOUNTS_UPDATE_KWARGS,
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/skills
SKILLS_CREATE_ARGS: list[Any] = []
SKILLS_CREATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"files[]": ["<contents of financial-analysis/SKILL.md>", "<contents of financial-analysis/scripts/dcf.py>"], "display_name": "Financial Analysis"}',
        {"files[]": "files", "display_name": "display_name"},
        ("files[]",),
    ),
}
SKILLS_CREATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "skill_01AbCdEfGhIjKlMnOpQrStUv", "type": "skill", "display_name": "Financial Analysis", "latest_version_id": "skver_01AbCdEfGhIjKlMnOpQrStUv", "source": {"type": "custom"}, "created_at": "2026-11-20T18:37:24.100435Z", "updated_at": "2026-11-20T18:37:24.100435Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_skills_create(transport: FakeTransport) -> None:
    transport.queue(*SKILLS_CREATE_RESPONSE)
    client = sync_client(transport)
    result = client.skills.create(*SKILLS_CREATE_ARGS, **SKILLS_CREATE_KWARGS)
    assert isinstance(result, types.Skill)
    adapter: TypeAdapter[Any] = TypeAdapter(types.Skill)
    expected = adapter.validate_json(SKILLS_CREATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")


def test_skills_create_async(transport: FakeTransport) -> None:
    transport.queue(*SKILLS_CREATE_RESPONSE)

    async def run() -> Any:
        return await client.skills.create(*SKILLS_CREATE_ARGS, **SKILLS_CREATE_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.Skill)


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
def test_skills_create_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.skills.create(*SKILLS_CREATE_ARGS, **SKILLS_CREATE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# DELETE /v1/skills/{skill_id}
SKILLS_DELETE_ARGS: list[Any] = [
    "skill_01AbCdEfGhIjKlMnOpQrStUv",
]
SKILLS_DELETE_KWARGS: dict[str, Any] = {}
SKILLS_DELETE_RESPONSE = (
    200,
    "application/json",
    '{"id": "skill_01AbCdEfGhIjKlMnOpQrStUv", "type": "skill_deleted"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_skills_delete(transport: FakeTransport) -> None:
    transport.queue(*SKILLS_DELETE_RESPONSE)
    client = sync_client(transport)
    result = client.skills.delete(*SKILLS_DELETE_ARGS, **SKILLS_DELETE_KWARGS)
    assert isinstance(result, types.DeletedSkill)
    adapter: TypeAdapter[Any] = TypeAdapter(types.DeletedSkill)
    expected = adapter.validate_json(SKILLS_DELETE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_skills_delete_async(transport: FakeTransport) -> None:
    transport.queue(*SKILLS_DELETE_RESPONSE)

    async def run() -> Any:
        return await client.skills.delete(*SKILLS_DELETE_ARGS, **SKILLS_DELETE_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.DeletedSkill)


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
def test_skills_delete_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.skills.delete(*SKILLS_DELETE_ARGS, **SKILLS_DELETE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/skills
SKILLS_LIST_ARGS: list[Any] = []
SKILLS_LIST_KWARGS: dict[str, Any] = {}
SKILLS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "skill_01AbCdEfGhIjKlMnOpQrStUv", "type": "skill", "display_name": "Financial Analysis", "latest_version_id": "skver_01AbCdEfGhIjKlMnOpQrStUv", "source": {"type": "custom"}, "created_at": "2026-11-20T18:37:24.100435Z", "updated_at": "2026-11-20T18:37:24.100435Z"}, {"id": "pptx", "type": "skill", "display_name": "PowerPoint", "latest_version_id": "20251013", "source": {"type": "anthropic"}, "created_at": "2025-10-13T00:00:00Z", "updated_at": "2025-10-13T00:00:00Z"}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_skills_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = SKILLS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.skills.list(*SKILLS_LIST_ARGS, **SKILLS_LIST_KWARGS)
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.Skill) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_skills_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = SKILLS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.skills.list(*SKILLS_LIST_ARGS, **SKILLS_LIST_KWARGS)
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.Skill) for item in items)


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
def test_skills_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.skills.list(*SKILLS_LIST_ARGS, **SKILLS_LIST_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/skills/{skill_id}
SKILLS_RETRIEVE_ARGS: list[Any] = [
    "skill_01AbCdEfGhIjKlMnOpQrStUv",
]
SKILLS_RETRIEVE_KWARGS: dict[str, Any] = {}
SKILLS_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "skill_01AbCdEfGhIjKlMnOpQrStUv", "type": "skill", "display_name": "Financial Analysis", "latest_version_id": "skver_01AbCdEfGhIjKlMnOpQrStUv", "source": {"type": "custom"}, "created_at": "2026-11-20T18:37:24.100435Z", "updated_at": "2026-11-20T18:37:24.100435Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_skills_retrieve(transport: FakeTransport) -> None:
    transport.queue(*SKILLS_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.skills.retrieve(*SKILLS_RETRIEVE_ARGS, **SKILLS_RETRIEVE_KWARGS)
    assert isinstance(result, types.Skill)
    adapter: TypeAdapter[Any] = TypeAdapter(types.Skill)
    expected = adapter.validate_json(SKILLS_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_skills_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*SKILLS_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.skills.retrieve(*SKILLS_RETRIEVE_ARGS, **SKILLS_RETRIEVE_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.Skill)


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
def test_skills_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.skills.retrieve(*SKILLS_RETRIEVE_ARGS, **SKILLS_RETRIEVE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/skills/{skill_id}/versions
SKILLS_VERSIONS_CREATE_ARGS: list[Any] = [
    "skill_01AbCdEfGhIjKlMnOpQrStUv",
]
SKILLS_VERSIONS_CREATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"files[]": ["<contents of financial-analysis/SKILL.md>", "<contents of financial-analysis/scripts/dcf.py>"]}',
        {"files[]": "files"},
        ("files[]",),
    ),
}
SKILLS_VERSIONS_CREATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "skver_01BcDeFgHiJkLmNoPqRsTuVw", "type": "skill_version", "skill_id": "skill_01AbCdEfGhIjKlMnOpQrStUv", "name": "financial-analysis", "description": "Build discounted cash flow models from a company\'s financial statements.", "created_at": "2026-11-21T09:15:02.004511Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_skills_versions_create(transport: FakeTransport) -> None:
    transport.queue(*SKILLS_VERSIONS_CREATE_RESPONSE)
    client = sync_client(transport)
    result = client.skills.versions.create(*SKILLS_VERSIONS_CREATE_ARGS, **SKILLS_VERSIONS_CREATE_KWARGS)
    assert isinstance(result, types.SkillVersion)
    adapter: TypeAdapter[Any] = TypeAdapter(types.SkillVersion)
    expected = adapter.validate_json(SKILLS_VERSIONS_CREATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")


def test_skills_versions_create_async(transport: FakeTransport) -> None:
    transport.queue(*SKILLS_VERSIONS_CREATE_RESPONSE)

    async def run() -> Any:
        return await client.skills.versions.create(*SKILLS_VERSIONS_CREATE_ARGS, **SKILLS_VERSIONS_CREATE_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.SkillVersion)


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
def test_skills_versions_create_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.skills.versions.create(*SKILLS_VERSIONS_CREATE_ARGS, **SKILLS_VERSIONS_CREATE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# DELETE /v1/skills/{skill_id}/versions/{version}
SKILLS_VERSIONS_DELETE_ARGS: list[Any] = [
    "skill_01AbCdEfGhIjKlMnOpQrStUv",
    "skver_01AbCdEfGhIjKlMnOpQrStUv",
]
SKILLS_VERSIONS_DELETE_KWARGS: dict[str, Any] = {}
SKILLS_VERSIONS_DELETE_RESPONSE = (
    200,
    "application/json",
    '{"id": "skver_01AbCdEfGhIjKlMnOpQrStUv", "type": "skill_version_deleted"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_skills_versions_delete(transport: FakeTransport) -> None:
    transport.queue(*SKILLS_VERSIONS_DELETE_RESPONSE)
    client = sync_client(transport)
    result = client.skills.versions.delete(*SKILLS_VERSIONS_DELETE_ARGS, **SKILLS_VERSIONS_DELETE_KWARGS)
    assert isinstance(result, types.DeletedSkillVersion)
    adapter: TypeAdapter[Any] = TypeAdapter(types.DeletedSkillVersion)
    expected = adapter.validate_json(SKILLS_VERSIONS_DELETE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_skills_versions_delete_async(transport: FakeTransport) -> None:
    transport.queue(*SKILLS_VERSIONS_DELETE_RESPONSE)

    async def run() -> Any:
        return await client.skills.versions.delete(*SKILLS_VERSIONS_DELETE_ARGS, **SKILLS_VERSIONS_DELETE_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.DeletedSkillVersion)


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
def test_skills_versions_delete_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.skills.versions.delete(*SKILLS_VERSIONS_DELETE_ARGS, **SKILLS_VERSIONS_DELETE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/skills/{skill_id}/versions
SKILLS_VERSIONS_LIST_ARGS: list[Any] = [
    "skill_01AbCdEfGhIjKlMnOpQrStUv",
]
SKILLS_VERSIONS_LIST_KWARGS: dict[str, Any] = {}
SKILLS_VERSIONS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "skver_01BcDeFgHiJkLmNoPqRsTuVw", "type": "skill_version", "skill_id": "skill_01AbCdEfGhIjKlMnOpQrStUv", "name": "financial-analysis", "description": "Build discounted cash flow models from a company\'s financial statements.", "created_at": "2026-11-21T09:15:02.004511Z"}, {"id": "skver_01AbCdEfGhIjKlMnOpQrStUv", "type": "skill_version", "skill_id": "skill_01AbCdEfGhIjKlMnOpQrStUv", "name": "financial-analysis", "description": "Build DCF models.", "created_at": "2026-11-20T18:37:24.100435Z"}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_skills_versions_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = SKILLS_VERSIONS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.skills.versions.list(*SKILLS_VERSIONS_LIST_ARGS, **SKILLS_VERSIONS_LIST_KWARGS)
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.SkillVersion) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_skills_versions_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = SKILLS_VERSIONS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.skills.versions.list(*SKILLS_VERSIONS_LIST_ARGS, **SKILLS_VERSIONS_LIST_KWARGS)
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.SkillVersion) for item in items)


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
def test_skills_versions_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.skills.versions.list(*SKILLS_VERSIONS_LIST_ARGS, **SKILLS_VERSIONS_LIST_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/skills/{skill_id}/versions/{version}
SKILLS_VERSIONS_RETRIEVE_ARGS: list[Any] = [
    "skill_01AbCdEfGhIjKlMnOpQrStUv",
    "latest",
]
SKILLS_VERSIONS_RETRIEVE_KWARGS: dict[str, Any] = {}
SKILLS_VERSIONS_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "skver_01AbCdEfGhIjKlMnOpQrStUv", "type": "skill_version", "skill_id": "skill_01AbCdEfGhIjKlMnOpQrStUv", "name": "financial-analysis", "description": "Build DCF models.", "created_at": "2026-11-20T18:37:24.100435Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_skills_versions_retrieve(transport: FakeTransport) -> None:
    transport.queue(*SKILLS_VERSIONS_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.skills.versions.retrieve(*SKILLS_VERSIONS_RETRIEVE_ARGS, **SKILLS_VERSIONS_RETRIEVE_KWARGS)
    assert isinstance(result, types.SkillVersion)
    adapter: TypeAdapter[Any] = TypeAdapter(types.SkillVersion)
    expected = adapter.validate_json(SKILLS_VERSIONS_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_skills_versions_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*SKILLS_VERSIONS_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.skills.versions.retrieve(*SKILLS_VERSIONS_RETRIEVE_ARGS, **SKILLS_VERSIONS_RETRIEVE_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.SkillVersion)


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
def test_skills_versions_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.skills.versions.retrieve(*SKILLS_VERSIONS_RETRIEVE_ARGS, **SKILLS_VERSIONS_RETRIEVE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/user_profiles
USER_PROFILES_CREATE_ARGS: list[Any] = []
USER_PROFILES_CREATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"name": "Ada Lovelace", "access_type": "application", "metadata": {"plan": "pro"}, "external_user_details": {"reference_id": "user-4821", "country": "GB", "entity_type": "individual", "onboarded_at": "2026-01-15T09:00:00Z"}}',
        {
            "access_type": "access_type",
            "external_user_details": "external_user_details",
            "metadata": "metadata",
            "name": "name",
            "external_id": "external_id",
            "external_user_onboarded_at": "external_user_onboarded_at",
        },
    ),
}
USER_PROFILES_CREATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "uprof_011CZkZaBF1tNoB5wlCeusgy", "type": "user_profile", "access_type": "application", "name": "Ada Lovelace", "metadata": {"plan": "pro"}, "external_user_details": {"account_status": "active", "country": "GB", "email_hash": null, "entity_type": "individual", "name_hash": null, "onboarded_at": "2026-01-15T09:00:00Z", "reference_id": "user-4821"}, "enforcement_actions": [], "enforcement_status": "unrestricted", "programs": {"cyber": null, "efs": null}, "created_at": "2026-11-20T18:37:24Z", "updated_at": "2026-11-20T18:37:24Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_user_profiles_create(transport: FakeTransport) -> None:
    transport.queue(*USER_PROFILES_CREATE_RESPONSE)
    client = sync_client(transport)
    result = client.user_profiles.create(*USER_PROFILES_CREATE_ARGS, **USER_PROFILES_CREATE_KWARGS)
    assert isinstance(result, types.UserProfile)
    adapter: TypeAdapter[Any] = TypeAdapter(types.UserProfile)
    expected = adapter.validate_json(USER_PROFILES_CREATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_user_profiles_create_async(transport: FakeTransport) -> None:
    transport.queue(*USER_PROFILES_CREATE_RESPONSE)

    async def run() -> Any:
        return await client.user_profiles.create(*USER_PROFILES_CREATE_ARGS, **USER_PROFILES_CREATE_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.UserProfile)


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
def test_user_profiles_create_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.user_profiles.create(*USER_PROFILES_CREATE_ARGS, **USER_PROFILES_CREATE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# DELETE /v1/user_profiles/{user_profile_id}
USER_PROFILES_DELETE_ARGS: list[Any] = [
    "uprof_011CZkZaBF1tNoB5wlCeusgy",
]
USER_PROFILES_DELETE_KWARGS: dict[str, Any] = {}
USER_PROFILES_DELETE_RESPONSE = (
    200,
    "application/json",
    '{"id": "uprof_011CZkZaBF1tNoB5wlCeusgy", "type": "user_profile_deleted"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_user_profiles_delete(transport: FakeTransport) -> None:
    transport.queue(*USER_PROFILES_DELETE_RESPONSE)
    client = sync_client(transport)
    result = client.user_profiles.delete(*USER_PROFILES_DELETE_ARGS, **USER_PROFILES_DELETE_KWARGS)
    assert isinstance(result, types.DeletedUserProfile)
    adapter: TypeAdapter[Any] = TypeAdapter(types.DeletedUserProfile)
    expected = adapter.validate_json(USER_PROFILES_DELETE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_user_profiles_delete_async(transport: FakeTransport) -> None:
    transport.queue(*USER_PROFILES_DELETE_RESPONSE)

    async def run() -> Any:
        return await client.user_profiles.delete(*USER_PROFILES_DELETE_ARGS, **USER_PROFILES_DELETE_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.DeletedUserProfile)


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
def test_user_profiles_delete_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.user_profiles.delete(*USER_PROFILES_DELETE_ARGS, **USER_PROFILES_DELETE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/user_profiles
USER_PROFILES_LIST_ARGS: list[Any] = []
USER_PROFILES_LIST_KWARGS: dict[str, Any] = {}
USER_PROFILES_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "uprof_011CZkZaBF1tNoB5wlCeusgy", "type": "user_profile", "access_type": "application", "name": "Ada Lovelace", "metadata": {"plan": "pro"}, "external_user_details": {"account_status": "active", "country": "GB", "email_hash": null, "entity_type": "individual", "name_hash": null, "onboarded_at": "2026-01-15T09:00:00Z", "reference_id": "user-4821"}, "enforcement_actions": [], "enforcement_status": "unrestricted", "programs": {"cyber": null, "efs": null}, "created_at": "2026-11-20T18:37:24Z", "updated_at": "2026-11-20T18:37:24Z"}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_user_profiles_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = USER_PROFILES_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.user_profiles.list(*USER_PROFILES_LIST_ARGS, **USER_PROFILES_LIST_KWARGS)
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.UserProfile) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_user_profiles_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = USER_PROFILES_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.user_profiles.list(*USER_PROFILES_LIST_ARGS, **USER_PROFILES_LIST_KWARGS)
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.UserProfile) for item in items)


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
def test_user_profiles_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.user_profiles.list(*USER_PROFILES_LIST_ARGS, **USER_PROFILES_LIST_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/user_profiles/{user_profile_id}
USER_PROFILES_RETRIEVE_ARGS: list[Any] = [
    "uprof_011CZkZaBF1tNoB5wlCeusgy",
]
USER_PROFILES_RETRIEVE_KWARGS: dict[str, Any] = {}
USER_PROFILES_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "uprof_011CZkZaBF1tNoB5wlCeusgy", "type": "user_profile", "access_type": "application", "name": "Ada Lovelace", "metadata": {"plan": "pro"}, "external_user_details": {"account_status": "active", "country": "GB", "email_hash": null, "entity_type": "individual", "name_hash": null, "onboarded_at": "2026-01-15T09:00:00Z", "reference_id": "user-4821"}, "enforcement_actions": [], "enforcement_status": "unrestricted", "programs": {"cyber": null, "efs": null}, "created_at": "2026-11-20T18:37:24Z", "updated_at": "2026-11-20T18:37:24Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_user_profiles_retrieve(transport: FakeTransport) -> None:
    transport.queue(*USER_PROFILES_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.user_profiles.retrieve(*USER_PROFILES_RETRIEVE_ARGS, **USER_PROFILES_RETRIEVE_KWARGS)
    assert isinstance(result, types.UserProfile)
    adapter: TypeAdapter[Any] = TypeAdapter(types.UserProfile)
    expected = adapter.validate_json(USER_PROFILES_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_user_profiles_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*USER_PROFILES_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.user_profiles.retrieve(*USER_PROFILES_RETRIEVE_ARGS, **USER_PROFILES_RETRIEVE_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.UserProfile)


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
def test_user_profiles_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.user_profiles.retrieve(*USER_PROFILES_RETRIEVE_ARGS, **USER_PROFILES_RETRIEVE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/user_profiles/{user_profile_id}
USER_PROFILES_UPDATE_ARGS: list[Any] = [
    "uprof_011CZkZaBF1tNoB5wlCeusgy",
]
USER_PROFILES_UPDATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"name": "Ada King", "metadata": {"plan": "team"}}',
        {
            "access_type": "access_type",
            "external_user_details": "external_user_details",
            "metadata": "metadata",
            "name": "name",
            "external_id": "external_id",
            "external_user_onboarded_at": "external_user_onboarded_at",
        },
    ),
}
USER_PROFILES_UPDATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "uprof_011CZkZaBF1tNoB5wlCeusgy", "type": "user_profile", "access_type": "application", "name": "Ada King", "metadata": {"plan": "team"}, "external_user_details": {"account_status": "active", "country": "GB", "email_hash": null, "entity_type": "individual", "name_hash": null, "onboarded_at": "2026-01-15T09:00:00Z", "reference_id": "user-4821"}, "enforcement_actions": [], "enforcement_status": "unrestricted", "programs": {"cyber": null, "efs": null}, "created_at": "2026-11-20T18:37:24Z", "updated_at": "2026-11-21T09:12:05Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_user_profiles_update(transport: FakeTransport) -> None:
    transport.queue(*USER_PROFILES_UPDATE_RESPONSE)
    client = sync_client(transport)
    result = client.user_profiles.update(*USER_PROFILES_UPDATE_ARGS, **USER_PROFILES_UPDATE_KWARGS)
    assert isinstance(result, types.UserProfile)
    adapter: TypeAdapter[Any] = TypeAdapter(types.UserProfile)
    expected = adapter.validate_json(USER_PROFILES_UPDATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_user_profiles_update_async(transport: FakeTransport) -> None:
    transport.queue(*USER_PROFILES_UPDATE_RESPONSE)

    async def run() -> Any:
        return await client.user_profiles.update(*USER_PROFILES_UPDATE_ARGS, **USER_PROFILES_UPDATE_KWARGS)

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.UserProfile)


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
def test_user_profiles_update_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.user_profiles.update(*USER_PROFILES_UPDATE_ARGS, **USER_PROFILES_UPDATE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/user_profiles/{user_profile_id}/action_urls
USER_PROFILES_ACTION_URLS_CREATE_ARGS: list[Any] = [
    "uprof_011CZkZaBF1tNoB5wlCeusgy",
]
USER_PROFILES_ACTION_URLS_CREATE_KWARGS: dict[str, Any] = {
    **example_kwargs('{"action": {"type": "enroll_end_user"}}', {"action": "action"}),
}
USER_PROFILES_ACTION_URLS_CREATE_RESPONSE = (
    200,
    "application/json",
    '{"type": "user_profile_action_url", "url": "https://claude.ai/enroll/uprof_011CZkZaBF1tNoB5wlCeusgy?token=ZXhhbXBsZQ", "expires_at": "2026-11-27T18:37:24Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_user_profiles_action_urls_create(transport: FakeTransport) -> None:
    transport.queue(*USER_PROFILES_ACTION_URLS_CREATE_RESPONSE)
    client = sync_client(transport)
    result = client.user_profiles.action_urls.create(
        *USER_PROFILES_ACTION_URLS_CREATE_ARGS, **USER_PROFILES_ACTION_URLS_CREATE_KWARGS
    )
    assert isinstance(result, types.UserProfileActionURL)
    adapter: TypeAdapter[Any] = TypeAdapter(types.UserProfileActionURL)
    expected = adapter.validate_json(USER_PROFILES_ACTION_URLS_CREATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_user_profiles_action_urls_create_async(transport: FakeTransport) -> None:
    transport.queue(*USER_PROFILES_ACTION_URLS_CREATE_RESPONSE)

    async def run() -> Any:
        return await client.user_profiles.action_urls.create(
            *USER_PROFILES_ACTION_URLS_CREATE_ARGS, **USER_PROFILES_ACTION_URLS_CREATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.UserProfileActionURL)


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
def test_user_profiles_action_urls_create_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.user_profiles.action_urls.create(
            *USER_PROFILES_ACTION_URLS_CREATE_ARGS, **USER_PROFILES_ACTION_URLS_CREATE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")
