"""Contract tests of client.skills: generated from the spec, do not edit.

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
