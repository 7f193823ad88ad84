"""Contract tests of client.compliance: generated from the spec, do not edit.

Each test calls the generated client, validates the request it sends against the spec (conftest.py),
answers with the spec's example and checks the typed result.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from _contract import async_client, sync_client
from pydantic import TypeAdapter

from claude_api import APIStatusError, InternalServerError, types
from claude_api._exceptions import _BY_STATUS  # pyright: ignore[reportPrivateUsage]
from claude_api.testing import FakeTransport

# GET /v1/compliance/activities
COMPLIANCE_ACTIVITIES_LIST_ARGS: list[Any] = []
COMPLIANCE_ACTIVITIES_LIST_KWARGS: dict[str, Any] = {}
COMPLIANCE_ACTIVITIES_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "activity_01XyDMpzjS89pFZXqSFUBDr6", "created_at": "2026-04-10T08:09:10Z", "organization_id": "org_01Wv6QeBcDfGhJkLmNpQrSt8", "organization_uuid": "abcdef01-2345-6789-abcd-ef0123456789", "actor": {"type": "user_actor", "email_address": "user@example.com", "user_id": "user_01TuVwXyZaBcDeFgH2JkLmN4", "ip_address": "192.0.2.34", "user_agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)"}, "type": "claude_chat_created", "claude_chat_id": "claude_chat_01XyDMpzjS89pFZXqSFUBDr6", "claude_project_id": "claude_proj_01KGp4eZNug9ri4kE35RSppq"}], "has_more": true, "first_id": "activity_01XyDMpzjS89pFZXqSFUBDr6", "last_id": "activity_01XyDMpzjS89pFZXqSFUBDr6"}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_activities_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_ACTIVITIES_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.compliance.activities.list(*COMPLIANCE_ACTIVITIES_LIST_ARGS, **COMPLIANCE_ACTIVITIES_LIST_KWARGS)
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.ComplianceActivity) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["after_id"] == page["last_id"]


def test_compliance_activities_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_ACTIVITIES_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.compliance.activities.list(
            *COMPLIANCE_ACTIVITIES_LIST_ARGS, **COMPLIANCE_ACTIVITIES_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.ComplianceActivity) for item in items)


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
def test_compliance_activities_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.activities.list(*COMPLIANCE_ACTIVITIES_LIST_ARGS, **COMPLIANCE_ACTIVITIES_LIST_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/compliance/apps/artifacts/{artifact_version_id}/content
COMPLIANCE_APPS_ARTIFACTS_DOWNLOAD_ARGS: list[Any] = [
    "claude_artifact_version_01KmNpQrSt3UvWxYz5AbCdEfG",
]
COMPLIANCE_APPS_ARTIFACTS_DOWNLOAD_KWARGS: dict[str, Any] = {}
COMPLIANCE_APPS_ARTIFACTS_DOWNLOAD_RESPONSE = (
    200,
    "application/json",
    '{"content": "# Dashboard requirements\\n\\n- Show weekly active users\\n- Export to CSV\\n", "title": "Dashboard Requirements Draft", "artifact_type": "text/markdown"}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_apps_artifacts_download(transport: FakeTransport) -> None:
    transport.queue(*COMPLIANCE_APPS_ARTIFACTS_DOWNLOAD_RESPONSE)
    client = sync_client(transport)
    result = client.compliance.apps.artifacts.download(
        *COMPLIANCE_APPS_ARTIFACTS_DOWNLOAD_ARGS, **COMPLIANCE_APPS_ARTIFACTS_DOWNLOAD_KWARGS
    )
    assert isinstance(result, types.ComplianceArtifactContent)
    adapter: TypeAdapter[Any] = TypeAdapter(types.ComplianceArtifactContent)
    expected = adapter.validate_json(COMPLIANCE_APPS_ARTIFACTS_DOWNLOAD_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_compliance_apps_artifacts_download_async(transport: FakeTransport) -> None:
    transport.queue(*COMPLIANCE_APPS_ARTIFACTS_DOWNLOAD_RESPONSE)

    async def run() -> Any:
        return await client.compliance.apps.artifacts.download(
            *COMPLIANCE_APPS_ARTIFACTS_DOWNLOAD_ARGS, **COMPLIANCE_APPS_ARTIFACTS_DOWNLOAD_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.ComplianceArtifactContent)


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
def test_compliance_apps_artifacts_download_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.apps.artifacts.download(
            *COMPLIANCE_APPS_ARTIFACTS_DOWNLOAD_ARGS, **COMPLIANCE_APPS_ARTIFACTS_DOWNLOAD_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/compliance/apps/artifacts/{artifact_version_id}
COMPLIANCE_APPS_ARTIFACTS_RETRIEVE_ARGS: list[Any] = [
    "claude_artifact_version_01KmNpQrSt3UvWxYz5AbCdEfG",
]
COMPLIANCE_APPS_ARTIFACTS_RETRIEVE_KWARGS: dict[str, Any] = {}
COMPLIANCE_APPS_ARTIFACTS_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "claude_artifact_01HqRsTuVwXyZa2BcDeFgH4J", "version_id": "claude_artifact_version_01KmNpQrSt3UvWxYz5AbCdEfG", "claude_chat_id": "claude_chat_01H5CWunD7RpVJ5bHa8RCkja", "title": "Dashboard Requirements Draft", "artifact_type": "text/markdown", "created_at": "2026-04-10T08:09:11Z", "size_bytes": 1873, "md5": "0cc175b9c0f1b6a831c399e269772661"}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_apps_artifacts_retrieve(transport: FakeTransport) -> None:
    transport.queue(*COMPLIANCE_APPS_ARTIFACTS_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.compliance.apps.artifacts.retrieve(
        *COMPLIANCE_APPS_ARTIFACTS_RETRIEVE_ARGS, **COMPLIANCE_APPS_ARTIFACTS_RETRIEVE_KWARGS
    )
    assert isinstance(result, types.ComplianceArtifactVersion)
    adapter: TypeAdapter[Any] = TypeAdapter(types.ComplianceArtifactVersion)
    expected = adapter.validate_json(COMPLIANCE_APPS_ARTIFACTS_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_compliance_apps_artifacts_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*COMPLIANCE_APPS_ARTIFACTS_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.compliance.apps.artifacts.retrieve(
            *COMPLIANCE_APPS_ARTIFACTS_RETRIEVE_ARGS, **COMPLIANCE_APPS_ARTIFACTS_RETRIEVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.ComplianceArtifactVersion)


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
def test_compliance_apps_artifacts_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.apps.artifacts.retrieve(
            *COMPLIANCE_APPS_ARTIFACTS_RETRIEVE_ARGS, **COMPLIANCE_APPS_ARTIFACTS_RETRIEVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# DELETE /v1/compliance/apps/chats/{claude_chat_id}
COMPLIANCE_APPS_CHATS_DELETE_ARGS: list[Any] = [
    "claude_chat_01H5CWunD7RpVJ5bHa8RCkja",
]
COMPLIANCE_APPS_CHATS_DELETE_KWARGS: dict[str, Any] = {}
COMPLIANCE_APPS_CHATS_DELETE_RESPONSE = (
    200,
    "application/json",
    '{"id": "claude_chat_01H5CWunD7RpVJ5bHa8RCkja", "type": "claude_chat_deleted"}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_apps_chats_delete(transport: FakeTransport) -> None:
    transport.queue(*COMPLIANCE_APPS_CHATS_DELETE_RESPONSE)
    client = sync_client(transport)
    result = client.compliance.apps.chats.delete(
        *COMPLIANCE_APPS_CHATS_DELETE_ARGS, **COMPLIANCE_APPS_CHATS_DELETE_KWARGS
    )
    assert isinstance(result, types.ComplianceChatDeleted)
    adapter: TypeAdapter[Any] = TypeAdapter(types.ComplianceChatDeleted)
    expected = adapter.validate_json(COMPLIANCE_APPS_CHATS_DELETE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_compliance_apps_chats_delete_async(transport: FakeTransport) -> None:
    transport.queue(*COMPLIANCE_APPS_CHATS_DELETE_RESPONSE)

    async def run() -> Any:
        return await client.compliance.apps.chats.delete(
            *COMPLIANCE_APPS_CHATS_DELETE_ARGS, **COMPLIANCE_APPS_CHATS_DELETE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.ComplianceChatDeleted)


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
def test_compliance_apps_chats_delete_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.apps.chats.delete(*COMPLIANCE_APPS_CHATS_DELETE_ARGS, **COMPLIANCE_APPS_CHATS_DELETE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/compliance/apps/chats
COMPLIANCE_APPS_CHATS_LIST_ARGS: list[Any] = []
COMPLIANCE_APPS_CHATS_LIST_KWARGS: dict[str, Any] = {}
COMPLIANCE_APPS_CHATS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "claude_chat_01H5CWunD7RpVJ5bHa8RCkja", "name": "Product Requirements Discussion", "created_at": "2026-04-10T08:09:10Z", "updated_at": "2026-04-10T09:10:11Z", "deleted_at": null, "href": "https://claude.ai/chat/abcdef01-2345-6789-abcd-ef0123456789", "model": "claude-opus-5", "organization_uuid": "91012d09-e48b-438e-a489-1bebfd8fa6f9", "project_id": "claude_proj_01KGp4eZNug9ri4kE35RSppq", "user": {"id": "user_01XyDMpzjS89pFZXqSFUBDr6", "email_address": "user@example.com"}}], "has_more": true, "first_id": "eyJrIjogInVwZGF0ZWRfYXQiLCAidCI6ICIyMDI2LTA0LTEwVDA5OjEwOjExKzAwOjAwIiwgImlkIjogImFiY2RlZjAxLS4uLiJ9", "last_id": "eyJrIjogInVwZGF0ZWRfYXQiLCAidCI6ICIyMDI2LTA0LTEwVDA5OjEwOjExKzAwOjAwIiwgImlkIjogImFiY2RlZjAxLS4uLiJ9"}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_apps_chats_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_APPS_CHATS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.compliance.apps.chats.list(*COMPLIANCE_APPS_CHATS_LIST_ARGS, **COMPLIANCE_APPS_CHATS_LIST_KWARGS)
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.ComplianceChat) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["after_id"] == page["last_id"]


def test_compliance_apps_chats_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_APPS_CHATS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.compliance.apps.chats.list(
            *COMPLIANCE_APPS_CHATS_LIST_ARGS, **COMPLIANCE_APPS_CHATS_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.ComplianceChat) for item in items)


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
def test_compliance_apps_chats_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.apps.chats.list(*COMPLIANCE_APPS_CHATS_LIST_ARGS, **COMPLIANCE_APPS_CHATS_LIST_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# DELETE /v1/compliance/apps/chats/files/{claude_file_id}
COMPLIANCE_APPS_CHATS_FILES_DELETE_ARGS: list[Any] = [
    "claude_file_01UaT9wBcDfGhJkLmNpQrSv7",
]
COMPLIANCE_APPS_CHATS_FILES_DELETE_KWARGS: dict[str, Any] = {}
COMPLIANCE_APPS_CHATS_FILES_DELETE_RESPONSE = (
    200,
    "application/json",
    '{"id": "claude_file_01UaT9wBcDfGhJkLmNpQrSv7", "type": "claude_file_deleted"}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_apps_chats_files_delete(transport: FakeTransport) -> None:
    transport.queue(*COMPLIANCE_APPS_CHATS_FILES_DELETE_RESPONSE)
    client = sync_client(transport)
    result = client.compliance.apps.chats.files.delete(
        *COMPLIANCE_APPS_CHATS_FILES_DELETE_ARGS, **COMPLIANCE_APPS_CHATS_FILES_DELETE_KWARGS
    )
    assert isinstance(result, types.ComplianceChatFileDeleted)
    adapter: TypeAdapter[Any] = TypeAdapter(types.ComplianceChatFileDeleted)
    expected = adapter.validate_json(COMPLIANCE_APPS_CHATS_FILES_DELETE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_compliance_apps_chats_files_delete_async(transport: FakeTransport) -> None:
    transport.queue(*COMPLIANCE_APPS_CHATS_FILES_DELETE_RESPONSE)

    async def run() -> Any:
        return await client.compliance.apps.chats.files.delete(
            *COMPLIANCE_APPS_CHATS_FILES_DELETE_ARGS, **COMPLIANCE_APPS_CHATS_FILES_DELETE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.ComplianceChatFileDeleted)


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
def test_compliance_apps_chats_files_delete_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.apps.chats.files.delete(
            *COMPLIANCE_APPS_CHATS_FILES_DELETE_ARGS, **COMPLIANCE_APPS_CHATS_FILES_DELETE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/compliance/apps/chats/files/{claude_file_id}/content
COMPLIANCE_APPS_CHATS_FILES_DOWNLOAD_ARGS: list[Any] = [
    "claude_file_01UaT9wBcDfGhJkLmNpQrSv7",
]
COMPLIANCE_APPS_CHATS_FILES_DOWNLOAD_KWARGS: dict[str, Any] = {}
COMPLIANCE_APPS_CHATS_FILES_DOWNLOAD_RESPONSE = (
    200,
    "application/octet-stream",
    "example content \u00e9",
    {"request-id": "req_example"},
)


def test_compliance_apps_chats_files_download(transport: FakeTransport, tmp_path: Path) -> None:
    status, content_type, body, headers = COMPLIANCE_APPS_CHATS_FILES_DOWNLOAD_RESPONSE
    transport.queue(status, content_type, body, headers)
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with client.compliance.apps.chats.files.download(
        *COMPLIANCE_APPS_CHATS_FILES_DOWNLOAD_ARGS, **COMPLIANCE_APPS_CHATS_FILES_DOWNLOAD_KWARGS
    ) as download:
        assert b"".join(download.iter_bytes(3)) == body.encode("utf-8")
    client.compliance.apps.chats.files.download(
        *COMPLIANCE_APPS_CHATS_FILES_DOWNLOAD_ARGS, **COMPLIANCE_APPS_CHATS_FILES_DOWNLOAD_KWARGS
    ).write_to_file(tmp_path / "out")
    assert (tmp_path / "out").read_bytes() == body.encode("utf-8")
    assert transport.requests[0].headers["accept"] == "application/octet-stream"


def test_compliance_apps_chats_files_download_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_APPS_CHATS_FILES_DOWNLOAD_RESPONSE
    transport.queue(status, content_type, body, headers)

    async def run() -> bytes:
        client = async_client(transport)
        download = await client.compliance.apps.chats.files.download(
            *COMPLIANCE_APPS_CHATS_FILES_DOWNLOAD_ARGS, **COMPLIANCE_APPS_CHATS_FILES_DOWNLOAD_KWARGS
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
def test_compliance_apps_chats_files_download_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.apps.chats.files.download(
            *COMPLIANCE_APPS_CHATS_FILES_DOWNLOAD_ARGS, **COMPLIANCE_APPS_CHATS_FILES_DOWNLOAD_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/compliance/apps/chats/files/{claude_file_id}
COMPLIANCE_APPS_CHATS_FILES_RETRIEVE_ARGS: list[Any] = [
    "claude_file_01UaT9wBcDfGhJkLmNpQrSv7",
]
COMPLIANCE_APPS_CHATS_FILES_RETRIEVE_KWARGS: dict[str, Any] = {}
COMPLIANCE_APPS_CHATS_FILES_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "claude_file_01UaT9wBcDfGhJkLmNpQrSv7", "filename": "dashboard_mockup_v1.pdf", "mime_type": "application/pdf", "size_bytes": 482133, "md5": "56367e4d2705cc9c025ad07424e944f0", "created_at": "2026-04-10T08:09:10Z", "message_ids": ["claude_chat_msg_01VnBPkLmtj7YdW5QrXKEA8c"], "claude_chat_ids": ["claude_chat_01H5CWunD7RpVJ5bHa8RCkja"]}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_apps_chats_files_retrieve(transport: FakeTransport) -> None:
    transport.queue(*COMPLIANCE_APPS_CHATS_FILES_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.compliance.apps.chats.files.retrieve(
        *COMPLIANCE_APPS_CHATS_FILES_RETRIEVE_ARGS, **COMPLIANCE_APPS_CHATS_FILES_RETRIEVE_KWARGS
    )
    assert isinstance(result, types.ComplianceChatFile)
    adapter: TypeAdapter[Any] = TypeAdapter(types.ComplianceChatFile)
    expected = adapter.validate_json(COMPLIANCE_APPS_CHATS_FILES_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_compliance_apps_chats_files_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*COMPLIANCE_APPS_CHATS_FILES_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.compliance.apps.chats.files.retrieve(
            *COMPLIANCE_APPS_CHATS_FILES_RETRIEVE_ARGS, **COMPLIANCE_APPS_CHATS_FILES_RETRIEVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.ComplianceChatFile)


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
def test_compliance_apps_chats_files_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.apps.chats.files.retrieve(
            *COMPLIANCE_APPS_CHATS_FILES_RETRIEVE_ARGS, **COMPLIANCE_APPS_CHATS_FILES_RETRIEVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/compliance/apps/chats/generated-files/{claude_gen_file_id}/content
COMPLIANCE_APPS_CHATS_GENERATED_FILES_DOWNLOAD_ARGS: list[Any] = [
    "claude_gen_file_01TbR8wAcCeFhJkLnPqStUvX",
]
COMPLIANCE_APPS_CHATS_GENERATED_FILES_DOWNLOAD_KWARGS: dict[str, Any] = {}
COMPLIANCE_APPS_CHATS_GENERATED_FILES_DOWNLOAD_RESPONSE = (
    200,
    "application/octet-stream",
    "example content \u00e9",
    {"request-id": "req_example"},
)


def test_compliance_apps_chats_generated_files_download(transport: FakeTransport, tmp_path: Path) -> None:
    status, content_type, body, headers = COMPLIANCE_APPS_CHATS_GENERATED_FILES_DOWNLOAD_RESPONSE
    transport.queue(status, content_type, body, headers)
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with client.compliance.apps.chats.generated_files.download(
        *COMPLIANCE_APPS_CHATS_GENERATED_FILES_DOWNLOAD_ARGS, **COMPLIANCE_APPS_CHATS_GENERATED_FILES_DOWNLOAD_KWARGS
    ) as download:
        assert b"".join(download.iter_bytes(3)) == body.encode("utf-8")
    client.compliance.apps.chats.generated_files.download(
        *COMPLIANCE_APPS_CHATS_GENERATED_FILES_DOWNLOAD_ARGS, **COMPLIANCE_APPS_CHATS_GENERATED_FILES_DOWNLOAD_KWARGS
    ).write_to_file(tmp_path / "out")
    assert (tmp_path / "out").read_bytes() == body.encode("utf-8")
    assert transport.requests[0].headers["accept"] == "application/octet-stream"


def test_compliance_apps_chats_generated_files_download_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_APPS_CHATS_GENERATED_FILES_DOWNLOAD_RESPONSE
    transport.queue(status, content_type, body, headers)

    async def run() -> bytes:
        client = async_client(transport)
        download = await client.compliance.apps.chats.generated_files.download(
            *COMPLIANCE_APPS_CHATS_GENERATED_FILES_DOWNLOAD_ARGS,
            **COMPLIANCE_APPS_CHATS_GENERATED_FILES_DOWNLOAD_KWARGS,
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
def test_compliance_apps_chats_generated_files_download_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.apps.chats.generated_files.download(
            *COMPLIANCE_APPS_CHATS_GENERATED_FILES_DOWNLOAD_ARGS,
            **COMPLIANCE_APPS_CHATS_GENERATED_FILES_DOWNLOAD_KWARGS,
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/compliance/apps/chats/generated-files/{claude_gen_file_id}
COMPLIANCE_APPS_CHATS_GENERATED_FILES_RETRIEVE_ARGS: list[Any] = [
    "claude_gen_file_01TbR8wAcCeFhJkLnPqStUvX",
]
COMPLIANCE_APPS_CHATS_GENERATED_FILES_RETRIEVE_KWARGS: dict[str, Any] = {}
COMPLIANCE_APPS_CHATS_GENERATED_FILES_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "claude_gen_file_01TbR8wAcCeFhJkLnPqStUvX", "claude_chat_id": "claude_chat_01H5CWunD7RpVJ5bHa8RCkja", "created_at": "2026-04-10T08:09:11Z", "filename": "requirements_summary.csv", "md5": "89968669461d95416549937168269d6b", "mime_type": "text/csv", "size_bytes": 2048}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_apps_chats_generated_files_retrieve(transport: FakeTransport) -> None:
    transport.queue(*COMPLIANCE_APPS_CHATS_GENERATED_FILES_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.compliance.apps.chats.generated_files.retrieve(
        *COMPLIANCE_APPS_CHATS_GENERATED_FILES_RETRIEVE_ARGS, **COMPLIANCE_APPS_CHATS_GENERATED_FILES_RETRIEVE_KWARGS
    )
    assert isinstance(result, types.ComplianceGeneratedFile)
    adapter: TypeAdapter[Any] = TypeAdapter(types.ComplianceGeneratedFile)
    expected = adapter.validate_json(COMPLIANCE_APPS_CHATS_GENERATED_FILES_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_compliance_apps_chats_generated_files_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*COMPLIANCE_APPS_CHATS_GENERATED_FILES_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.compliance.apps.chats.generated_files.retrieve(
            *COMPLIANCE_APPS_CHATS_GENERATED_FILES_RETRIEVE_ARGS,
            **COMPLIANCE_APPS_CHATS_GENERATED_FILES_RETRIEVE_KWARGS,
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.ComplianceGeneratedFile)


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
def test_compliance_apps_chats_generated_files_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.apps.chats.generated_files.retrieve(
            *COMPLIANCE_APPS_CHATS_GENERATED_FILES_RETRIEVE_ARGS,
            **COMPLIANCE_APPS_CHATS_GENERATED_FILES_RETRIEVE_KWARGS,
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/compliance/apps/chats/{claude_chat_id}/messages
COMPLIANCE_APPS_CHATS_MESSAGES_LIST_ARGS: list[Any] = [
    "claude_chat_01H5CWunD7RpVJ5bHa8RCkja",
]
COMPLIANCE_APPS_CHATS_MESSAGES_LIST_KWARGS: dict[str, Any] = {}
COMPLIANCE_APPS_CHATS_MESSAGES_LIST_RESPONSE = (
    200,
    "application/json",
    '{"id": "claude_chat_01H5CWunD7RpVJ5bHa8RCkja", "name": "Product Requirements Discussion", "created_at": "2026-04-10T08:09:10Z", "updated_at": "2026-04-10T09:10:11Z", "deleted_at": null, "href": "https://claude.ai/chat/abcdef01-2345-6789-abcd-ef0123456789", "model": "claude-opus-5", "organization_uuid": "91012d09-e48b-438e-a489-1bebfd8fa6f9", "project_id": "claude_proj_01KGp4eZNug9ri4kE35RSppq", "user": {"id": "user_01XyDMpzjS89pFZXqSFUBDr6", "email_address": "user@example.com"}, "chat_messages": [{"id": "claude_chat_msg_01VnBPkLmtj7YdW5QrXKEA8c", "role": "user", "created_at": "2026-04-10T08:09:10Z", "content": [{"type": "text", "text": "Can you help me draft requirements for our new dashboard feature?"}], "files": [{"id": "claude_file_01UaT9wBcDfGhJkLmNpQrSv7", "filename": "dashboard_mockup_v1.pdf", "mime_type": "application/pdf", "size_bytes": 482133, "md5": "56367e4d2705cc9c025ad07424e944f0", "created_at": "2026-04-10T08:09:10Z"}]}, {"id": "claude_chat_msg_01M8tFcHwbQ2kY6NpEjRZv4D", "role": "assistant", "created_at": "2026-04-10T08:09:11Z", "content": [{"type": "text", "text": "I\'d be happy to help you draft requirements for your dashboard feature..."}, {"type": "tool_use", "id": "toolu_01AbCdEfGhIjKlMnOpQrSt", "name": "create_file", "input": "{\\"path\\": \\"requirements_summary.csv\\"}", "integration_name": null, "mcp_server_url": null, "truncated": false}, {"type": "tool_result", "tool_use_id": "toolu_01AbCdEfGhIjKlMnOpQrSt", "name": "create_file", "is_error": false, "content": [{"type": "text", "text": "File created."}], "integration_name": null, "mcp_server_url": null, "truncated": false}], "generated_files": [{"id": "claude_gen_file_01TbR8wAcCeFhJkLnPqStUvX", "filename": "requirements_summary.csv", "mime_type": "text/csv", "size_bytes": 2048, "md5": "89968669461d95416549937168269d6b"}], "artifacts": [{"id": "claude_artifact_01HqRsTuVwXyZa2BcDeFgH4J", "version_id": "claude_artifact_version_01KmNpQrSt3UvWxYz5AbCdEfG", "title": "Dashboard Requirements Draft", "artifact_type": "text/markdown"}]}], "has_more": false, "first_id": "eyJtc2dfdXVpZCI6ICIwZjcwYjA2Ni0uLi4ifQ==", "last_id": "eyJtc2dfdXVpZCI6ICJhNGUwYjE3Mi0uLi4ifQ=="}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_apps_chats_messages_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_APPS_CHATS_MESSAGES_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.compliance.apps.chats.messages.list(
        *COMPLIANCE_APPS_CHATS_MESSAGES_LIST_ARGS, **COMPLIANCE_APPS_CHATS_MESSAGES_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["chat_messages"])
    assert all(isinstance(item, types.ComplianceChatMessage) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["after_id"] == page["last_id"]


def test_compliance_apps_chats_messages_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_APPS_CHATS_MESSAGES_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.compliance.apps.chats.messages.list(
            *COMPLIANCE_APPS_CHATS_MESSAGES_LIST_ARGS, **COMPLIANCE_APPS_CHATS_MESSAGES_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.ComplianceChatMessage) for item in items)


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
def test_compliance_apps_chats_messages_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.apps.chats.messages.list(
            *COMPLIANCE_APPS_CHATS_MESSAGES_LIST_ARGS, **COMPLIANCE_APPS_CHATS_MESSAGES_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# DELETE /v1/compliance/apps/code/artifacts/{artifact_id}
COMPLIANCE_APPS_CODE_ARTIFACTS_DELETE_ARGS: list[Any] = [
    "cart_01Tu9VwXyZaBcDeFgHiJkLmN",
]
COMPLIANCE_APPS_CODE_ARTIFACTS_DELETE_KWARGS: dict[str, Any] = {}
COMPLIANCE_APPS_CODE_ARTIFACTS_DELETE_RESPONSE = (
    200,
    "application/json",
    '{"id": "cart_01Tu9VwXyZaBcDeFgHiJkLmN", "type": "code_artifact_deleted"}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_apps_code_artifacts_delete(transport: FakeTransport) -> None:
    transport.queue(*COMPLIANCE_APPS_CODE_ARTIFACTS_DELETE_RESPONSE)
    client = sync_client(transport)
    result = client.compliance.apps.code.artifacts.delete(
        *COMPLIANCE_APPS_CODE_ARTIFACTS_DELETE_ARGS, **COMPLIANCE_APPS_CODE_ARTIFACTS_DELETE_KWARGS
    )
    assert isinstance(result, types.ComplianceCodeArtifactDeleted)
    adapter: TypeAdapter[Any] = TypeAdapter(types.ComplianceCodeArtifactDeleted)
    expected = adapter.validate_json(COMPLIANCE_APPS_CODE_ARTIFACTS_DELETE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_compliance_apps_code_artifacts_delete_async(transport: FakeTransport) -> None:
    transport.queue(*COMPLIANCE_APPS_CODE_ARTIFACTS_DELETE_RESPONSE)

    async def run() -> Any:
        return await client.compliance.apps.code.artifacts.delete(
            *COMPLIANCE_APPS_CODE_ARTIFACTS_DELETE_ARGS, **COMPLIANCE_APPS_CODE_ARTIFACTS_DELETE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.ComplianceCodeArtifactDeleted)


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
def test_compliance_apps_code_artifacts_delete_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.apps.code.artifacts.delete(
            *COMPLIANCE_APPS_CODE_ARTIFACTS_DELETE_ARGS, **COMPLIANCE_APPS_CODE_ARTIFACTS_DELETE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/compliance/apps/code/artifacts/{artifact_id}/content
COMPLIANCE_APPS_CODE_ARTIFACTS_DOWNLOAD_ARGS: list[Any] = [
    "cart_01Tu9VwXyZaBcDeFgHiJkLmN",
]
COMPLIANCE_APPS_CODE_ARTIFACTS_DOWNLOAD_KWARGS: dict[str, Any] = {}
COMPLIANCE_APPS_CODE_ARTIFACTS_DOWNLOAD_RESPONSE = (
    200,
    "application/octet-stream",
    "example content \u00e9",
    {"request-id": "req_example"},
)


def test_compliance_apps_code_artifacts_download(transport: FakeTransport, tmp_path: Path) -> None:
    status, content_type, body, headers = COMPLIANCE_APPS_CODE_ARTIFACTS_DOWNLOAD_RESPONSE
    transport.queue(status, content_type, body, headers)
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with client.compliance.apps.code.artifacts.download(
        *COMPLIANCE_APPS_CODE_ARTIFACTS_DOWNLOAD_ARGS, **COMPLIANCE_APPS_CODE_ARTIFACTS_DOWNLOAD_KWARGS
    ) as download:
        assert b"".join(download.iter_bytes(3)) == body.encode("utf-8")
    client.compliance.apps.code.artifacts.download(
        *COMPLIANCE_APPS_CODE_ARTIFACTS_DOWNLOAD_ARGS, **COMPLIANCE_APPS_CODE_ARTIFACTS_DOWNLOAD_KWARGS
    ).write_to_file(tmp_path / "out")
    assert (tmp_path / "out").read_bytes() == body.encode("utf-8")
    assert transport.requests[0].headers["accept"] == "application/octet-stream"


def test_compliance_apps_code_artifacts_download_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_APPS_CODE_ARTIFACTS_DOWNLOAD_RESPONSE
    transport.queue(status, content_type, body, headers)

    async def run() -> bytes:
        client = async_client(transport)
        download = await client.compliance.apps.code.artifacts.download(
            *COMPLIANCE_APPS_CODE_ARTIFACTS_DOWNLOAD_ARGS, **COMPLIANCE_APPS_CODE_ARTIFACTS_DOWNLOAD_KWARGS
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
            422,
            "application/json",
            '{"type": "error", "error": {"type": "invalid_request_error", "message": "This version has more than one file. Set multi_file_format=zip to download it as a ZIP archive.", "details": {"error_code": "multi_file_unavailable"}}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
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
            503,
            "application/json",
            '{"type": "error", "error": {"type": "overloaded_error", "message": "The content of this version is not available yet. Try again shortly."}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG", "retry-after": "30"},
        ),
        (
            529,
            "application/json",
            '{"type": "error", "error": {"type": "overloaded_error", "message": "The API is temporarily overloaded"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
    ],
)
def test_compliance_apps_code_artifacts_download_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.apps.code.artifacts.download(
            *COMPLIANCE_APPS_CODE_ARTIFACTS_DOWNLOAD_ARGS, **COMPLIANCE_APPS_CODE_ARTIFACTS_DOWNLOAD_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/compliance/apps/code/artifacts/{artifact_id}/versions/{version_id}
COMPLIANCE_APPS_CODE_ARTIFACTS_DOWNLOAD_VERSION_ARGS: list[Any] = [
    "cart_01Tu9VwXyZaBcDeFgHiJkLmN",
    "1741803761-9f3a",
]
COMPLIANCE_APPS_CODE_ARTIFACTS_DOWNLOAD_VERSION_KWARGS: dict[str, Any] = {}
COMPLIANCE_APPS_CODE_ARTIFACTS_DOWNLOAD_VERSION_RESPONSE = (
    200,
    "application/octet-stream",
    "example content \u00e9",
    {"request-id": "req_example"},
)


def test_compliance_apps_code_artifacts_download_version(transport: FakeTransport, tmp_path: Path) -> None:
    status, content_type, body, headers = COMPLIANCE_APPS_CODE_ARTIFACTS_DOWNLOAD_VERSION_RESPONSE
    transport.queue(status, content_type, body, headers)
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with client.compliance.apps.code.artifacts.download_version(
        *COMPLIANCE_APPS_CODE_ARTIFACTS_DOWNLOAD_VERSION_ARGS, **COMPLIANCE_APPS_CODE_ARTIFACTS_DOWNLOAD_VERSION_KWARGS
    ) as download:
        assert b"".join(download.iter_bytes(3)) == body.encode("utf-8")
    client.compliance.apps.code.artifacts.download_version(
        *COMPLIANCE_APPS_CODE_ARTIFACTS_DOWNLOAD_VERSION_ARGS, **COMPLIANCE_APPS_CODE_ARTIFACTS_DOWNLOAD_VERSION_KWARGS
    ).write_to_file(tmp_path / "out")
    assert (tmp_path / "out").read_bytes() == body.encode("utf-8")
    assert transport.requests[0].headers["accept"] == "application/octet-stream"


def test_compliance_apps_code_artifacts_download_version_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_APPS_CODE_ARTIFACTS_DOWNLOAD_VERSION_RESPONSE
    transport.queue(status, content_type, body, headers)

    async def run() -> bytes:
        client = async_client(transport)
        download = await client.compliance.apps.code.artifacts.download_version(
            *COMPLIANCE_APPS_CODE_ARTIFACTS_DOWNLOAD_VERSION_ARGS,
            **COMPLIANCE_APPS_CODE_ARTIFACTS_DOWNLOAD_VERSION_KWARGS,
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
            422,
            "application/json",
            '{"type": "error", "error": {"type": "invalid_request_error", "message": "This version has more than one file. Set multi_file_format=zip to download it as a ZIP archive.", "details": {"error_code": "multi_file_unavailable"}}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
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
            503,
            "application/json",
            '{"type": "error", "error": {"type": "overloaded_error", "message": "The content of this version is not available yet. Try again shortly."}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG", "retry-after": "30"},
        ),
        (
            529,
            "application/json",
            '{"type": "error", "error": {"type": "overloaded_error", "message": "The API is temporarily overloaded"}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
            {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
        ),
    ],
)
def test_compliance_apps_code_artifacts_download_version_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.apps.code.artifacts.download_version(
            *COMPLIANCE_APPS_CODE_ARTIFACTS_DOWNLOAD_VERSION_ARGS,
            **COMPLIANCE_APPS_CODE_ARTIFACTS_DOWNLOAD_VERSION_KWARGS,
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/compliance/apps/code/artifacts
COMPLIANCE_APPS_CODE_ARTIFACTS_LIST_ARGS: list[Any] = []
COMPLIANCE_APPS_CODE_ARTIFACTS_LIST_KWARGS: dict[str, Any] = {}
COMPLIANCE_APPS_CODE_ARTIFACTS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "cart_01Tu9VwXyZaBcDeFgHiJkLmN", "organization_uuid": "a1b2c3d4-e5f6-4789-a012-3456789abcde", "owner_user_id": "user_01WCz1FkmYMm4gnmykNKUu3Q", "published_version_id": "1741803761-9f3a", "read_mode": "org", "updated_at": "2025-03-14T09:05:17.456789Z", "user": {"id": "user_01WCz1FkmYMm4gnmykNKUu3Q", "email_address": "jane.doe@example.com"}, "versions": [{"id": "1741803761-9f3a", "created_at": "2025-03-12T18:22:41.123456Z", "name": "Team dashboard"}]}], "has_more": true, "next_page": "cGFnZV90b2tlbl9leGFtcGxlXzE3MzQ1Njc4OTA="}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_apps_code_artifacts_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_APPS_CODE_ARTIFACTS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.compliance.apps.code.artifacts.list(
        *COMPLIANCE_APPS_CODE_ARTIFACTS_LIST_ARGS, **COMPLIANCE_APPS_CODE_ARTIFACTS_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.ComplianceCodeArtifact) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_compliance_apps_code_artifacts_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_APPS_CODE_ARTIFACTS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.compliance.apps.code.artifacts.list(
            *COMPLIANCE_APPS_CODE_ARTIFACTS_LIST_ARGS, **COMPLIANCE_APPS_CODE_ARTIFACTS_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.ComplianceCodeArtifact) for item in items)


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
def test_compliance_apps_code_artifacts_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.apps.code.artifacts.list(
            *COMPLIANCE_APPS_CODE_ARTIFACTS_LIST_ARGS, **COMPLIANCE_APPS_CODE_ARTIFACTS_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# DELETE /v1/compliance/apps/projects/{project_id}
COMPLIANCE_APPS_PROJECTS_DELETE_ARGS: list[Any] = [
    "claude_proj_01KGp4eZNug9ri4kE35RSppq",
]
COMPLIANCE_APPS_PROJECTS_DELETE_KWARGS: dict[str, Any] = {}
COMPLIANCE_APPS_PROJECTS_DELETE_RESPONSE = (
    200,
    "application/json",
    '{"id": "claude_proj_01KGp4eZNug9ri4kE35RSppq", "type": "claude_project_deleted"}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_apps_projects_delete(transport: FakeTransport) -> None:
    transport.queue(*COMPLIANCE_APPS_PROJECTS_DELETE_RESPONSE)
    client = sync_client(transport)
    result = client.compliance.apps.projects.delete(
        *COMPLIANCE_APPS_PROJECTS_DELETE_ARGS, **COMPLIANCE_APPS_PROJECTS_DELETE_KWARGS
    )
    assert isinstance(result, types.ComplianceProjectDeleted)
    adapter: TypeAdapter[Any] = TypeAdapter(types.ComplianceProjectDeleted)
    expected = adapter.validate_json(COMPLIANCE_APPS_PROJECTS_DELETE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_compliance_apps_projects_delete_async(transport: FakeTransport) -> None:
    transport.queue(*COMPLIANCE_APPS_PROJECTS_DELETE_RESPONSE)

    async def run() -> Any:
        return await client.compliance.apps.projects.delete(
            *COMPLIANCE_APPS_PROJECTS_DELETE_ARGS, **COMPLIANCE_APPS_PROJECTS_DELETE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.ComplianceProjectDeleted)


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
            '{"type": "error", "error": {"type": "conflict_error", "message": "The \\"claude_proj_01KGp4eZNug9ri4kE35RSppq\\" project cannot be deleted as it has chats attached to it. Delete or detach all chats, and try deleting the project again."}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
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
def test_compliance_apps_projects_delete_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.apps.projects.delete(
            *COMPLIANCE_APPS_PROJECTS_DELETE_ARGS, **COMPLIANCE_APPS_PROJECTS_DELETE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/compliance/apps/projects
COMPLIANCE_APPS_PROJECTS_LIST_ARGS: list[Any] = []
COMPLIANCE_APPS_PROJECTS_LIST_KWARGS: dict[str, Any] = {}
COMPLIANCE_APPS_PROJECTS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "claude_proj_01KGp4eZNug9ri4kE35RSppq", "name": "Q4 Product Planning", "created_at": "2026-03-01T10:00:00Z", "updated_at": "2026-03-15T14:30:00Z", "deleted_at": null, "is_private": true, "organization_uuid": "91012d09-e48b-438e-a489-1bebfd8fa6f9", "user": {"id": "user_01XyDMpzjS89pFZXqSFUBDr6", "email_address": "user@example.com"}}], "has_more": true, "next_page": "page_eyJjcmVhdGVkX2F0IjoiMjAyNS0wNi0wMVQxMDowMDowMFoiLCJ1dWlkIjoiYWJjMTIzIn0="}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_apps_projects_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_APPS_PROJECTS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.compliance.apps.projects.list(
        *COMPLIANCE_APPS_PROJECTS_LIST_ARGS, **COMPLIANCE_APPS_PROJECTS_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.ComplianceProject) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_compliance_apps_projects_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_APPS_PROJECTS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.compliance.apps.projects.list(
            *COMPLIANCE_APPS_PROJECTS_LIST_ARGS, **COMPLIANCE_APPS_PROJECTS_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.ComplianceProject) for item in items)


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
def test_compliance_apps_projects_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.apps.projects.list(
            *COMPLIANCE_APPS_PROJECTS_LIST_ARGS, **COMPLIANCE_APPS_PROJECTS_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/compliance/apps/projects/{project_id}
COMPLIANCE_APPS_PROJECTS_RETRIEVE_ARGS: list[Any] = [
    "claude_proj_01KGp4eZNug9ri4kE35RSppq",
]
COMPLIANCE_APPS_PROJECTS_RETRIEVE_KWARGS: dict[str, Any] = {}
COMPLIANCE_APPS_PROJECTS_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "claude_proj_01Nm7PqRsTuVwXyZaBcDeFgH", "name": "Q3 Product Launch", "description": "Planning and research for the Q3 launch", "instructions": "Focus on concise, actionable answers.", "attachments_count": 3, "chats_count": 14, "created_at": "2026-03-12T18:22:41.123456Z", "updated_at": "2026-03-14T09:05:17.456789Z", "deleted_at": null, "is_private": true, "organization_uuid": "a1b2c3d4-e5f6-4789-a012-3456789abcde", "user": {"id": "user_01WCz1FkmYMm4gnmykNKUu3Q", "email_address": "jane.doe@example.com"}}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_apps_projects_retrieve(transport: FakeTransport) -> None:
    transport.queue(*COMPLIANCE_APPS_PROJECTS_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.compliance.apps.projects.retrieve(
        *COMPLIANCE_APPS_PROJECTS_RETRIEVE_ARGS, **COMPLIANCE_APPS_PROJECTS_RETRIEVE_KWARGS
    )
    assert isinstance(result, types.ComplianceProjectDetails)
    adapter: TypeAdapter[Any] = TypeAdapter(types.ComplianceProjectDetails)
    expected = adapter.validate_json(COMPLIANCE_APPS_PROJECTS_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_compliance_apps_projects_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*COMPLIANCE_APPS_PROJECTS_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.compliance.apps.projects.retrieve(
            *COMPLIANCE_APPS_PROJECTS_RETRIEVE_ARGS, **COMPLIANCE_APPS_PROJECTS_RETRIEVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.ComplianceProjectDetails)


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
def test_compliance_apps_projects_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.apps.projects.retrieve(
            *COMPLIANCE_APPS_PROJECTS_RETRIEVE_ARGS, **COMPLIANCE_APPS_PROJECTS_RETRIEVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/compliance/apps/projects/{project_id}/attachments
COMPLIANCE_APPS_PROJECTS_ATTACHMENTS_LIST_ARGS: list[Any] = [
    "claude_proj_01KGp4eZNug9ri4kE35RSppq",
]
COMPLIANCE_APPS_PROJECTS_ATTACHMENTS_LIST_KWARGS: dict[str, Any] = {}
COMPLIANCE_APPS_PROJECTS_ATTACHMENTS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "claude_file_01UaT9wBcDfGhJkLmNpQrSv7", "created_at": "2026-04-10T08:09:10Z", "filename": "dashboard_mockup_v1.pdf", "mime_type": "application/pdf", "size_bytes": 482133, "md5": "56367e4d2705cc9c025ad07424e944f0", "type": "project_file"}, {"id": "claude_proj_doc_01YnT8sBcWvUtXzQpMkRfDgH", "created_at": "2026-04-10T08:09:11Z", "filename": "requirements.md", "mime_type": "text/plain", "type": "project_doc"}], "has_more": false, "next_page": null}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_apps_projects_attachments_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_APPS_PROJECTS_ATTACHMENTS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.compliance.apps.projects.attachments.list(
        *COMPLIANCE_APPS_PROJECTS_ATTACHMENTS_LIST_ARGS, **COMPLIANCE_APPS_PROJECTS_ATTACHMENTS_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(
        isinstance(item, (types.ComplianceProjectFileAttachment, types.ComplianceProjectDocAttachment))
        for item in items
    )
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_compliance_apps_projects_attachments_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_APPS_PROJECTS_ATTACHMENTS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.compliance.apps.projects.attachments.list(
            *COMPLIANCE_APPS_PROJECTS_ATTACHMENTS_LIST_ARGS, **COMPLIANCE_APPS_PROJECTS_ATTACHMENTS_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(
        isinstance(item, (types.ComplianceProjectFileAttachment, types.ComplianceProjectDocAttachment))
        for item in items
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
def test_compliance_apps_projects_attachments_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.apps.projects.attachments.list(
            *COMPLIANCE_APPS_PROJECTS_ATTACHMENTS_LIST_ARGS, **COMPLIANCE_APPS_PROJECTS_ATTACHMENTS_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/compliance/apps/projects/{project_id}/collaborators
COMPLIANCE_APPS_PROJECTS_COLLABORATORS_LIST_ARGS: list[Any] = [
    "claude_proj_01KGp4eZNug9ri4kE35RSppq",
]
COMPLIANCE_APPS_PROJECTS_COLLABORATORS_LIST_KWARGS: dict[str, Any] = {}
COMPLIANCE_APPS_PROJECTS_COLLABORATORS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"type": "user", "user_id": "user_01XyDMpzjS89pFZXqSFUBDr6", "role": "owner", "granted_at": "2026-03-01T10:00:00Z"}, {"type": "group", "group_id": "group_01HqRsTuVwXyZa2BcDeFgH4J", "role": "editor", "granted_at": "2026-03-02T11:30:00Z"}, {"type": "organization_role", "organization_role": "admin", "role": "viewer", "granted_at": "2026-03-03T09:00:00Z"}], "has_more": false, "next_page": null}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_apps_projects_collaborators_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_APPS_PROJECTS_COLLABORATORS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.compliance.apps.projects.collaborators.list(
        *COMPLIANCE_APPS_PROJECTS_COLLABORATORS_LIST_ARGS, **COMPLIANCE_APPS_PROJECTS_COLLABORATORS_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(
        isinstance(
            item,
            (
                types.ComplianceProjectUserCollaborator,
                types.ComplianceProjectGroupCollaborator,
                types.ComplianceProjectOrganizationCollaborator,
                types.ComplianceProjectOrganizationRoleCollaborator,
            ),
        )
        for item in items
    )
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_compliance_apps_projects_collaborators_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_APPS_PROJECTS_COLLABORATORS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.compliance.apps.projects.collaborators.list(
            *COMPLIANCE_APPS_PROJECTS_COLLABORATORS_LIST_ARGS, **COMPLIANCE_APPS_PROJECTS_COLLABORATORS_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(
        isinstance(
            item,
            (
                types.ComplianceProjectUserCollaborator,
                types.ComplianceProjectGroupCollaborator,
                types.ComplianceProjectOrganizationCollaborator,
                types.ComplianceProjectOrganizationRoleCollaborator,
            ),
        )
        for item in items
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
def test_compliance_apps_projects_collaborators_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.apps.projects.collaborators.list(
            *COMPLIANCE_APPS_PROJECTS_COLLABORATORS_LIST_ARGS, **COMPLIANCE_APPS_PROJECTS_COLLABORATORS_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# DELETE /v1/compliance/apps/projects/documents/{document_id}
COMPLIANCE_APPS_PROJECTS_DOCUMENTS_DELETE_ARGS: list[Any] = [
    "claude_proj_doc_01Qr8StUvWxYzAbCdEfGhJjK",
]
COMPLIANCE_APPS_PROJECTS_DOCUMENTS_DELETE_KWARGS: dict[str, Any] = {}
COMPLIANCE_APPS_PROJECTS_DOCUMENTS_DELETE_RESPONSE = (
    200,
    "application/json",
    '{"id": "claude_proj_doc_01Qr8StUvWxYzAbCdEfGhJjK", "type": "claude_project_document_deleted"}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_apps_projects_documents_delete(transport: FakeTransport) -> None:
    transport.queue(*COMPLIANCE_APPS_PROJECTS_DOCUMENTS_DELETE_RESPONSE)
    client = sync_client(transport)
    result = client.compliance.apps.projects.documents.delete(
        *COMPLIANCE_APPS_PROJECTS_DOCUMENTS_DELETE_ARGS, **COMPLIANCE_APPS_PROJECTS_DOCUMENTS_DELETE_KWARGS
    )
    assert isinstance(result, types.ComplianceProjectDocumentDeleted)
    adapter: TypeAdapter[Any] = TypeAdapter(types.ComplianceProjectDocumentDeleted)
    expected = adapter.validate_json(COMPLIANCE_APPS_PROJECTS_DOCUMENTS_DELETE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_compliance_apps_projects_documents_delete_async(transport: FakeTransport) -> None:
    transport.queue(*COMPLIANCE_APPS_PROJECTS_DOCUMENTS_DELETE_RESPONSE)

    async def run() -> Any:
        return await client.compliance.apps.projects.documents.delete(
            *COMPLIANCE_APPS_PROJECTS_DOCUMENTS_DELETE_ARGS, **COMPLIANCE_APPS_PROJECTS_DOCUMENTS_DELETE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.ComplianceProjectDocumentDeleted)


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
def test_compliance_apps_projects_documents_delete_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.apps.projects.documents.delete(
            *COMPLIANCE_APPS_PROJECTS_DOCUMENTS_DELETE_ARGS, **COMPLIANCE_APPS_PROJECTS_DOCUMENTS_DELETE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/compliance/apps/projects/documents/{document_id}
COMPLIANCE_APPS_PROJECTS_DOCUMENTS_RETRIEVE_ARGS: list[Any] = [
    "claude_proj_doc_01Qr8StUvWxYzAbCdEfGhJjK",
]
COMPLIANCE_APPS_PROJECTS_DOCUMENTS_RETRIEVE_KWARGS: dict[str, Any] = {}
COMPLIANCE_APPS_PROJECTS_DOCUMENTS_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "claude_proj_doc_01Qr8StUvWxYzAbCdEfGhJjK", "filename": "design-notes.txt", "content": "# Design notes\\n\\n- Item one\\n- Item two\\n", "created_at": "2026-03-12T18:22:41.123456Z", "user": {"id": "user_01WCz1FkmYMm4gnmykNKUu3Q", "email_address": "jane.doe@example.com"}}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_apps_projects_documents_retrieve(transport: FakeTransport) -> None:
    transport.queue(*COMPLIANCE_APPS_PROJECTS_DOCUMENTS_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.compliance.apps.projects.documents.retrieve(
        *COMPLIANCE_APPS_PROJECTS_DOCUMENTS_RETRIEVE_ARGS, **COMPLIANCE_APPS_PROJECTS_DOCUMENTS_RETRIEVE_KWARGS
    )
    assert isinstance(result, types.ComplianceProjectDocument)
    adapter: TypeAdapter[Any] = TypeAdapter(types.ComplianceProjectDocument)
    expected = adapter.validate_json(COMPLIANCE_APPS_PROJECTS_DOCUMENTS_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_compliance_apps_projects_documents_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*COMPLIANCE_APPS_PROJECTS_DOCUMENTS_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.compliance.apps.projects.documents.retrieve(
            *COMPLIANCE_APPS_PROJECTS_DOCUMENTS_RETRIEVE_ARGS, **COMPLIANCE_APPS_PROJECTS_DOCUMENTS_RETRIEVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.ComplianceProjectDocument)


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
def test_compliance_apps_projects_documents_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.apps.projects.documents.retrieve(
            *COMPLIANCE_APPS_PROJECTS_DOCUMENTS_RETRIEVE_ARGS, **COMPLIANCE_APPS_PROJECTS_DOCUMENTS_RETRIEVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/compliance/apps/projects/documents/{document_id}/metadata
COMPLIANCE_APPS_PROJECTS_DOCUMENTS_RETRIEVE_METADATA_ARGS: list[Any] = [
    "claude_proj_doc_01Qr8StUvWxYzAbCdEfGhJjK",
]
COMPLIANCE_APPS_PROJECTS_DOCUMENTS_RETRIEVE_METADATA_KWARGS: dict[str, Any] = {}
COMPLIANCE_APPS_PROJECTS_DOCUMENTS_RETRIEVE_METADATA_RESPONSE = (
    200,
    "application/json",
    '{"id": "claude_proj_doc_01Qr8StUvWxYzAbCdEfGhJjK", "claude_project_id": "claude_proj_01Nm7PqRsTuVwXyZaBcDeFgH", "filename": "design-notes.txt", "mime_type": "text/plain", "size_bytes": 38, "md5": "3b5d5c3712955042212316173ccf37be", "created_at": "2026-03-12T18:22:41.123456Z", "user": {"id": "user_01WCz1FkmYMm4gnmykNKUu3Q", "email_address": "jane.doe@example.com"}}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_apps_projects_documents_retrieve_metadata(transport: FakeTransport) -> None:
    transport.queue(*COMPLIANCE_APPS_PROJECTS_DOCUMENTS_RETRIEVE_METADATA_RESPONSE)
    client = sync_client(transport)
    result = client.compliance.apps.projects.documents.retrieve_metadata(
        *COMPLIANCE_APPS_PROJECTS_DOCUMENTS_RETRIEVE_METADATA_ARGS,
        **COMPLIANCE_APPS_PROJECTS_DOCUMENTS_RETRIEVE_METADATA_KWARGS,
    )
    assert isinstance(result, types.ComplianceProjectDocumentMetadata)
    adapter: TypeAdapter[Any] = TypeAdapter(types.ComplianceProjectDocumentMetadata)
    expected = adapter.validate_json(COMPLIANCE_APPS_PROJECTS_DOCUMENTS_RETRIEVE_METADATA_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_compliance_apps_projects_documents_retrieve_metadata_async(transport: FakeTransport) -> None:
    transport.queue(*COMPLIANCE_APPS_PROJECTS_DOCUMENTS_RETRIEVE_METADATA_RESPONSE)

    async def run() -> Any:
        return await client.compliance.apps.projects.documents.retrieve_metadata(
            *COMPLIANCE_APPS_PROJECTS_DOCUMENTS_RETRIEVE_METADATA_ARGS,
            **COMPLIANCE_APPS_PROJECTS_DOCUMENTS_RETRIEVE_METADATA_KWARGS,
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.ComplianceProjectDocumentMetadata)


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
def test_compliance_apps_projects_documents_retrieve_metadata_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.apps.projects.documents.retrieve_metadata(
            *COMPLIANCE_APPS_PROJECTS_DOCUMENTS_RETRIEVE_METADATA_ARGS,
            **COMPLIANCE_APPS_PROJECTS_DOCUMENTS_RETRIEVE_METADATA_KWARGS,
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/compliance/apps/sessions/local
COMPLIANCE_APPS_SESSIONS_LOCAL_LIST_ARGS: list[Any] = []
COMPLIANCE_APPS_SESSIONS_LOCAL_LIST_KWARGS: dict[str, Any] = {}
COMPLIANCE_APPS_SESSIONS_LOCAL_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"type": "compliance_local_session", "id": "clls_01HxKpLmNoPqRsTuVwXyZaBc", "organization_uuid": "9a1e0000-0000-0000-0000-000000000000", "workspace_id": "wrkspc_01SvYKoWVRVHoEbwESNvzYdR", "user": {"id": "user_01GpKpLmNoPqRsTuVwXyZaBc", "email_address": "engineer@example.com"}, "product_surface": "cowork", "created_at": "2026-07-09T14:02:11Z", "updated_at": "2026-07-09T14:02:38Z"}, {"type": "compliance_local_session", "id": "clls_01HyLqMnOpQrStUvWxYzAbCd", "organization_uuid": "9a1e0000-0000-0000-0000-000000000000", "workspace_id": null, "user": {"id": "user_01HqRsTuVwXyZaBcDeFgHiJk", "email_address": null}, "product_surface": "claude_code", "created_at": "2026-07-08T09:15:43Z", "updated_at": "2026-07-08T09:52:10Z"}], "next_page": "page_AAEfQx7mPdLkq9Rt2VwHbZk"}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_apps_sessions_local_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_APPS_SESSIONS_LOCAL_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.compliance.apps.sessions.local.list(
        *COMPLIANCE_APPS_SESSIONS_LOCAL_LIST_ARGS, **COMPLIANCE_APPS_SESSIONS_LOCAL_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.ComplianceLocalSession) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_compliance_apps_sessions_local_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_APPS_SESSIONS_LOCAL_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.compliance.apps.sessions.local.list(
            *COMPLIANCE_APPS_SESSIONS_LOCAL_LIST_ARGS, **COMPLIANCE_APPS_SESSIONS_LOCAL_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.ComplianceLocalSession) for item in items)


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
            503,
            "application/json",
            '{"type": "error", "error": {"type": "overloaded_error", "message": "The local-sessions index is temporarily unavailable. Try again shortly."}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
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
def test_compliance_apps_sessions_local_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.apps.sessions.local.list(
            *COMPLIANCE_APPS_SESSIONS_LOCAL_LIST_ARGS, **COMPLIANCE_APPS_SESSIONS_LOCAL_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/compliance/apps/sessions/local/{local_session_id}
COMPLIANCE_APPS_SESSIONS_LOCAL_RETRIEVE_ARGS: list[Any] = [
    "clls_01HxKpLmNoPqRsTuVwXyZaBc",
]
COMPLIANCE_APPS_SESSIONS_LOCAL_RETRIEVE_KWARGS: dict[str, Any] = {}
COMPLIANCE_APPS_SESSIONS_LOCAL_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"type": "compliance_local_session", "id": "clls_01HxKpLmNoPqRsTuVwXyZaBc", "organization_uuid": "9a1e0000-0000-0000-0000-000000000000", "workspace_id": "wrkspc_01SvYKoWVRVHoEbwESNvzYdR", "user": {"id": "user_01GpKpLmNoPqRsTuVwXyZaBc", "email_address": "engineer@example.com"}, "product_surface": "cowork", "created_at": "2026-07-09T14:02:11Z", "updated_at": "2026-07-09T15:47:33Z"}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_apps_sessions_local_retrieve(transport: FakeTransport) -> None:
    transport.queue(*COMPLIANCE_APPS_SESSIONS_LOCAL_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.compliance.apps.sessions.local.retrieve(
        *COMPLIANCE_APPS_SESSIONS_LOCAL_RETRIEVE_ARGS, **COMPLIANCE_APPS_SESSIONS_LOCAL_RETRIEVE_KWARGS
    )
    assert isinstance(result, types.ComplianceLocalSession)
    adapter: TypeAdapter[Any] = TypeAdapter(types.ComplianceLocalSession)
    expected = adapter.validate_json(COMPLIANCE_APPS_SESSIONS_LOCAL_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_compliance_apps_sessions_local_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*COMPLIANCE_APPS_SESSIONS_LOCAL_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.compliance.apps.sessions.local.retrieve(
            *COMPLIANCE_APPS_SESSIONS_LOCAL_RETRIEVE_ARGS, **COMPLIANCE_APPS_SESSIONS_LOCAL_RETRIEVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.ComplianceLocalSession)


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
            503,
            "application/json",
            '{"type": "error", "error": {"type": "overloaded_error", "message": "The local-sessions index is temporarily unavailable. Try again shortly."}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
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
def test_compliance_apps_sessions_local_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.apps.sessions.local.retrieve(
            *COMPLIANCE_APPS_SESSIONS_LOCAL_RETRIEVE_ARGS, **COMPLIANCE_APPS_SESSIONS_LOCAL_RETRIEVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/compliance/apps/sessions/local/{local_session_id}/messages
COMPLIANCE_APPS_SESSIONS_LOCAL_MESSAGES_LIST_ARGS: list[Any] = [
    "clls_01HxKpLmNoPqRsTuVwXyZaBc",
]
COMPLIANCE_APPS_SESSIONS_LOCAL_MESSAGES_LIST_KWARGS: dict[str, Any] = {}
COMPLIANCE_APPS_SESSIONS_LOCAL_MESSAGES_LIST_RESPONSE = (
    200,
    "application/json",
    '{"session": {"type": "compliance_local_session", "id": "clls_01HxKpLmNoPqRsTuVwXyZaBc", "organization_uuid": "9a1e0000-0000-0000-0000-000000000000", "workspace_id": "wrkspc_01SvYKoWVRVHoEbwESNvzYdR", "user": {"id": "user_01GpKpLmNoPqRsTuVwXyZaBc", "email_address": null}, "product_surface": "cowork", "created_at": "2026-07-09T14:02:11Z", "updated_at": "2026-07-09T14:02:38Z"}, "data": [{"type": "compliance_local_session_message", "id": "clsm_01J4KpLmNoPqRsTuVwXyZaBa", "role": "user", "model": null, "created_at": "2026-07-09T14:02:11Z", "provenance": {"type": "synthetic_marker"}, "content": [{"type": "text", "text": "[system prompt content not shown]", "truncated": true}]}, {"type": "compliance_local_session_message", "id": "clsm_01J4KpLmNoPqRsTuVwXyZaBc", "role": "user", "model": null, "created_at": "2026-07-09T14:02:11Z", "provenance": null, "content": [{"type": "text", "text": "Fix the failing test in tests/auth_test.py", "truncated": false}]}, {"type": "compliance_local_session_message", "id": "clsm_01J4KpLmNoPqRsTuVwXyZaBd", "role": "assistant", "model": "claude-opus-5", "created_at": "2026-07-09T14:02:11Z", "provenance": null, "content": [{"type": "text", "text": "I\'ll read the test file first.", "truncated": false}, {"type": "tool_use", "id": "toolu_01AbCdEfGhIjKlMnOpQrSt", "name": "Read", "input": "{\\"file_path\\":\\"tests/auth_test.py\\"}", "truncated": false}]}, {"type": "compliance_local_session_message", "id": "clsm_01J4KpLmNoPqRsTuVwXyZaBe", "role": "user", "model": null, "created_at": "2026-07-09T14:02:38Z", "provenance": null, "content": [{"type": "tool_result", "tool_use_id": "toolu_01AbCdEfGhIjKlMnOpQrSt", "name": "Read", "is_error": false, "content": [{"type": "text", "text": "def test_login_expiry():\\n    ..."}], "truncated": false}]}, {"type": "compliance_local_session_message", "id": "clsm_01J4KpLmNoPqRsTuVwXyZaBf", "role": "assistant", "model": null, "created_at": "2026-07-09T14:02:38Z", "provenance": {"type": "content_unavailable", "reason": "client_aborted"}, "content": []}], "next_page": null}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_apps_sessions_local_messages_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_APPS_SESSIONS_LOCAL_MESSAGES_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.compliance.apps.sessions.local.messages.list(
        *COMPLIANCE_APPS_SESSIONS_LOCAL_MESSAGES_LIST_ARGS, **COMPLIANCE_APPS_SESSIONS_LOCAL_MESSAGES_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.ComplianceLocalSessionMessage) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_compliance_apps_sessions_local_messages_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_APPS_SESSIONS_LOCAL_MESSAGES_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.compliance.apps.sessions.local.messages.list(
            *COMPLIANCE_APPS_SESSIONS_LOCAL_MESSAGES_LIST_ARGS, **COMPLIANCE_APPS_SESSIONS_LOCAL_MESSAGES_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.ComplianceLocalSessionMessage) for item in items)


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
            503,
            "application/json",
            '{"type": "error", "error": {"type": "overloaded_error", "message": "The local-sessions index is temporarily unavailable. Try again shortly."}, "request_id": "req_018EeWyXxfu5pfWkrYcMdjWG"}',
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
def test_compliance_apps_sessions_local_messages_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.apps.sessions.local.messages.list(
            *COMPLIANCE_APPS_SESSIONS_LOCAL_MESSAGES_LIST_ARGS, **COMPLIANCE_APPS_SESSIONS_LOCAL_MESSAGES_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/compliance/apps/sessions/remote
COMPLIANCE_APPS_SESSIONS_REMOTE_LIST_ARGS: list[Any] = []
COMPLIANCE_APPS_SESSIONS_REMOTE_LIST_KWARGS: dict[str, Any] = {}
COMPLIANCE_APPS_SESSIONS_REMOTE_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "cse_01WpQrStUvXyZaBcDeFgHjK6", "organization_uuid": "91012d09-e48b-438e-a489-1bebfd8fa6f9", "user": {"id": "user_01XyDMpzjS89pFZXqSFUBDr6", "email_address": "user@example.com"}, "agent_id": null, "started_by_user": null, "status": "active", "created_at": "2026-07-01T17:04:05Z", "updated_at": "2026-07-01T18:00:41Z", "product_surface": "cowork_remote", "claude_project_id": "claude_proj_01KGp4eZNug9ri4kE35RSppq"}, {"id": "cse_01TkNpRsUvWxYzAbCdEfGhJ4", "organization_uuid": "91012d09-e48b-438e-a489-1bebfd8fa6f9", "user": null, "agent_id": "cagt_01MnPqRsTuVwXyZaBcDeFgH8", "started_by_user": {"id": "user_01XyDMpzjS89pFZXqSFUBDr6", "email_address": "user@example.com"}, "status": "archived", "created_at": "2026-06-28T09:15:22Z", "updated_at": "2026-06-28T09:47:10Z", "product_surface": "cowork_remote", "claude_project_id": null}], "next_page": "page_AAEfMk93cXpYdGxrZXk"}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_apps_sessions_remote_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_APPS_SESSIONS_REMOTE_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.compliance.apps.sessions.remote.list(
        *COMPLIANCE_APPS_SESSIONS_REMOTE_LIST_ARGS, **COMPLIANCE_APPS_SESSIONS_REMOTE_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.ComplianceRemoteSession) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_compliance_apps_sessions_remote_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_APPS_SESSIONS_REMOTE_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.compliance.apps.sessions.remote.list(
            *COMPLIANCE_APPS_SESSIONS_REMOTE_LIST_ARGS, **COMPLIANCE_APPS_SESSIONS_REMOTE_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.ComplianceRemoteSession) for item in items)


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
def test_compliance_apps_sessions_remote_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.apps.sessions.remote.list(
            *COMPLIANCE_APPS_SESSIONS_REMOTE_LIST_ARGS, **COMPLIANCE_APPS_SESSIONS_REMOTE_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/compliance/apps/sessions/remote/{claude_remote_session_id}/messages
COMPLIANCE_APPS_SESSIONS_REMOTE_MESSAGES_LIST_ARGS: list[Any] = [
    "cse_01WpQrStUvXyZaBcDeFgHjK6",
]
COMPLIANCE_APPS_SESSIONS_REMOTE_MESSAGES_LIST_KWARGS: dict[str, Any] = {}
COMPLIANCE_APPS_SESSIONS_REMOTE_MESSAGES_LIST_RESPONSE = (
    200,
    "application/json",
    '{"session": {"id": "cse_01WpQrStUvXyZaBcDeFgHjK6", "organization_uuid": "91012d09-e48b-438e-a489-1bebfd8fa6f9", "user": {"id": "user_01XyDMpzjS89pFZXqSFUBDr6", "email_address": null}, "agent_id": null, "started_by_user": null, "status": "active", "created_at": "2026-07-01T17:04:05Z", "updated_at": "2026-07-01T18:00:41Z", "product_surface": "cowork_remote", "claude_project_id": null}, "data": [{"id": "csev_01HjKmNpQrStUvWxYzAbCdE2", "role": "user", "created_at": "2026-07-01T17:04:05Z", "content": [{"type": "text", "text": "Summarize the customer feedback in the attached spreadsheet.", "truncated": false}], "sent_by_user_id": null, "content_unavailable": false}, {"id": "csev_01BcDeFgHjKmNpQrStUvWxY4", "role": "assistant", "created_at": "2026-07-01T17:04:06Z", "content": [{"type": "text", "text": "I\'ll start by reading the spreadsheet...", "truncated": false}], "sent_by_user_id": null, "content_unavailable": false}], "next_page": null}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_apps_sessions_remote_messages_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_APPS_SESSIONS_REMOTE_MESSAGES_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.compliance.apps.sessions.remote.messages.list(
        *COMPLIANCE_APPS_SESSIONS_REMOTE_MESSAGES_LIST_ARGS, **COMPLIANCE_APPS_SESSIONS_REMOTE_MESSAGES_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.ComplianceRemoteSessionMessage) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_compliance_apps_sessions_remote_messages_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_APPS_SESSIONS_REMOTE_MESSAGES_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.compliance.apps.sessions.remote.messages.list(
            *COMPLIANCE_APPS_SESSIONS_REMOTE_MESSAGES_LIST_ARGS, **COMPLIANCE_APPS_SESSIONS_REMOTE_MESSAGES_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.ComplianceRemoteSessionMessage) for item in items)


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
def test_compliance_apps_sessions_remote_messages_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.apps.sessions.remote.messages.list(
            *COMPLIANCE_APPS_SESSIONS_REMOTE_MESSAGES_LIST_ARGS, **COMPLIANCE_APPS_SESSIONS_REMOTE_MESSAGES_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/compliance/groups
COMPLIANCE_GROUPS_LIST_ARGS: list[Any] = []
COMPLIANCE_GROUPS_LIST_KWARGS: dict[str, Any] = {}
COMPLIANCE_GROUPS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "rbac_group_01P9qRsTuVwXyZa2BcDeFgHjK", "name": "Engineering", "description": "Engineering team members", "source_type": "scim", "roles": ["rbac_role_01N2pQrS8tUvWxYz5AbCdEfGh"], "created_at": "2025-06-01T10:00:00Z", "updated_at": "2025-06-15T14:30:00Z"}], "has_more": false, "next_page": null}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_groups_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_GROUPS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.compliance.groups.list(*COMPLIANCE_GROUPS_LIST_ARGS, **COMPLIANCE_GROUPS_LIST_KWARGS)
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.ComplianceGroup) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_compliance_groups_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_GROUPS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.compliance.groups.list(*COMPLIANCE_GROUPS_LIST_ARGS, **COMPLIANCE_GROUPS_LIST_KWARGS)
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.ComplianceGroup) for item in items)


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
def test_compliance_groups_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.groups.list(*COMPLIANCE_GROUPS_LIST_ARGS, **COMPLIANCE_GROUPS_LIST_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/compliance/groups/{group_id}
COMPLIANCE_GROUPS_RETRIEVE_ARGS: list[Any] = [
    "rbac_group_01P9qRsTuVwXyZa2BcDeFgHjK",
]
COMPLIANCE_GROUPS_RETRIEVE_KWARGS: dict[str, Any] = {}
COMPLIANCE_GROUPS_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "rbac_group_012rppKaSVsmTo6NqRDXQXNF", "name": "Engineering Team", "description": "All members of the engineering organization", "source_type": "direct", "roles": ["rbac_role_01SGBg3kEnZrdsVR2QmyJbvD"], "created_at": "2025-03-12T18:22:41.123456Z", "updated_at": "2025-03-14T09:05:17.456789Z"}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_groups_retrieve(transport: FakeTransport) -> None:
    transport.queue(*COMPLIANCE_GROUPS_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.compliance.groups.retrieve(*COMPLIANCE_GROUPS_RETRIEVE_ARGS, **COMPLIANCE_GROUPS_RETRIEVE_KWARGS)
    assert isinstance(result, types.ComplianceGroup)
    adapter: TypeAdapter[Any] = TypeAdapter(types.ComplianceGroup)
    expected = adapter.validate_json(COMPLIANCE_GROUPS_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_compliance_groups_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*COMPLIANCE_GROUPS_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.compliance.groups.retrieve(
            *COMPLIANCE_GROUPS_RETRIEVE_ARGS, **COMPLIANCE_GROUPS_RETRIEVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.ComplianceGroup)


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
def test_compliance_groups_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.groups.retrieve(*COMPLIANCE_GROUPS_RETRIEVE_ARGS, **COMPLIANCE_GROUPS_RETRIEVE_KWARGS)
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/compliance/groups/{group_id}/members
COMPLIANCE_GROUPS_MEMBERS_LIST_ARGS: list[Any] = [
    "rbac_group_01P9qRsTuVwXyZa2BcDeFgHjK",
]
COMPLIANCE_GROUPS_MEMBERS_LIST_KWARGS: dict[str, Any] = {}
COMPLIANCE_GROUPS_MEMBERS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"user_id": "user_01XyDMpzjS89pFZXqSFUBDr6", "email": "priya@example.com", "created_at": "2025-06-01T10:00:00Z", "updated_at": "2025-06-15T14:30:00Z"}], "has_more": false, "next_page": null}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_groups_members_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_GROUPS_MEMBERS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.compliance.groups.members.list(
        *COMPLIANCE_GROUPS_MEMBERS_LIST_ARGS, **COMPLIANCE_GROUPS_MEMBERS_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.ComplianceGroupMember) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_compliance_groups_members_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_GROUPS_MEMBERS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.compliance.groups.members.list(
            *COMPLIANCE_GROUPS_MEMBERS_LIST_ARGS, **COMPLIANCE_GROUPS_MEMBERS_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.ComplianceGroupMember) for item in items)


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
def test_compliance_groups_members_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.groups.members.list(
            *COMPLIANCE_GROUPS_MEMBERS_LIST_ARGS, **COMPLIANCE_GROUPS_MEMBERS_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/compliance/organizations
COMPLIANCE_ORGANIZATIONS_LIST_ARGS: list[Any] = []
COMPLIANCE_ORGANIZATIONS_LIST_KWARGS: dict[str, Any] = {}
COMPLIANCE_ORGANIZATIONS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"uuid": "91012d09-e48b-438e-a489-1bebfd8fa6f9", "name": "Acme Engineering", "created_at": "2025-06-01T10:00:00Z"}, {"uuid": "5a1b2c3d-4e5f-6789-abcd-ef0123456789", "name": "Acme Legal", "created_at": "2025-07-15T14:30:00Z"}], "has_more": false, "next_page": null}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_organizations_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_ORGANIZATIONS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.compliance.organizations.list(
        *COMPLIANCE_ORGANIZATIONS_LIST_ARGS, **COMPLIANCE_ORGANIZATIONS_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.ComplianceOrganization) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_compliance_organizations_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_ORGANIZATIONS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.compliance.organizations.list(
            *COMPLIANCE_ORGANIZATIONS_LIST_ARGS, **COMPLIANCE_ORGANIZATIONS_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.ComplianceOrganization) for item in items)


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
def test_compliance_organizations_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.organizations.list(
            *COMPLIANCE_ORGANIZATIONS_LIST_ARGS, **COMPLIANCE_ORGANIZATIONS_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/compliance/organizations/{org_uuid}/roles
COMPLIANCE_ORGANIZATIONS_ROLES_LIST_ARGS: list[Any] = [
    "91012d09-e48b-438e-a489-1bebfd8fa6f9",
]
COMPLIANCE_ORGANIZATIONS_ROLES_LIST_KWARGS: dict[str, Any] = {}
COMPLIANCE_ORGANIZATIONS_ROLES_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "rbac_role_01N2pQrS8tUvWxYz5AbCdEfGh", "name": "Compliance Reviewer", "description": "Read-only access to chat and project content for legal review.", "created_at": "2025-06-01T10:00:00Z", "updated_at": "2025-06-15T14:30:00Z"}], "has_more": false, "next_page": null}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_organizations_roles_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_ORGANIZATIONS_ROLES_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.compliance.organizations.roles.list(
        *COMPLIANCE_ORGANIZATIONS_ROLES_LIST_ARGS, **COMPLIANCE_ORGANIZATIONS_ROLES_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.ComplianceRole) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_compliance_organizations_roles_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_ORGANIZATIONS_ROLES_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.compliance.organizations.roles.list(
            *COMPLIANCE_ORGANIZATIONS_ROLES_LIST_ARGS, **COMPLIANCE_ORGANIZATIONS_ROLES_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.ComplianceRole) for item in items)


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
def test_compliance_organizations_roles_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.organizations.roles.list(
            *COMPLIANCE_ORGANIZATIONS_ROLES_LIST_ARGS, **COMPLIANCE_ORGANIZATIONS_ROLES_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/compliance/organizations/{org_uuid}/roles/{role_id}
COMPLIANCE_ORGANIZATIONS_ROLES_RETRIEVE_ARGS: list[Any] = [
    "91012d09-e48b-438e-a489-1bebfd8fa6f9",
    "rbac_role_01SGBg3kEnZrdsVR2QmyJbvD",
]
COMPLIANCE_ORGANIZATIONS_ROLES_RETRIEVE_KWARGS: dict[str, Any] = {}
COMPLIANCE_ORGANIZATIONS_ROLES_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "rbac_role_01SGBg3kEnZrdsVR2QmyJbvD", "name": "Organization Admin", "description": "Full administrative access to organization settings and members", "created_at": "2025-03-12T18:22:41.123456Z", "updated_at": "2025-03-14T09:05:17.456789Z"}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_organizations_roles_retrieve(transport: FakeTransport) -> None:
    transport.queue(*COMPLIANCE_ORGANIZATIONS_ROLES_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.compliance.organizations.roles.retrieve(
        *COMPLIANCE_ORGANIZATIONS_ROLES_RETRIEVE_ARGS, **COMPLIANCE_ORGANIZATIONS_ROLES_RETRIEVE_KWARGS
    )
    assert isinstance(result, types.ComplianceRole)
    adapter: TypeAdapter[Any] = TypeAdapter(types.ComplianceRole)
    expected = adapter.validate_json(COMPLIANCE_ORGANIZATIONS_ROLES_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_compliance_organizations_roles_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*COMPLIANCE_ORGANIZATIONS_ROLES_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.compliance.organizations.roles.retrieve(
            *COMPLIANCE_ORGANIZATIONS_ROLES_RETRIEVE_ARGS, **COMPLIANCE_ORGANIZATIONS_ROLES_RETRIEVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.ComplianceRole)


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
def test_compliance_organizations_roles_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.organizations.roles.retrieve(
            *COMPLIANCE_ORGANIZATIONS_ROLES_RETRIEVE_ARGS, **COMPLIANCE_ORGANIZATIONS_ROLES_RETRIEVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/compliance/organizations/{org_uuid}/roles/{role_id}/permissions
COMPLIANCE_ORGANIZATIONS_ROLES_PERMISSIONS_LIST_ARGS: list[Any] = [
    "91012d09-e48b-438e-a489-1bebfd8fa6f9",
    "rbac_role_01SGBg3kEnZrdsVR2QmyJbvD",
]
COMPLIANCE_ORGANIZATIONS_ROLES_PERMISSIONS_LIST_KWARGS: dict[str, Any] = {}
COMPLIANCE_ORGANIZATIONS_ROLES_PERMISSIONS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"action": "claude_code", "resource_id": "a1b2c3d4-e5f6-4789-a012-3456789abcde", "resource_type": "organization"}], "has_more": true, "next_page": "cGFnZV90b2tlbl9leGFtcGxlXzE3MzQ1Njc4OTA="}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_organizations_roles_permissions_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_ORGANIZATIONS_ROLES_PERMISSIONS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.compliance.organizations.roles.permissions.list(
        *COMPLIANCE_ORGANIZATIONS_ROLES_PERMISSIONS_LIST_ARGS, **COMPLIANCE_ORGANIZATIONS_ROLES_PERMISSIONS_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.ComplianceRolePermission) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_compliance_organizations_roles_permissions_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_ORGANIZATIONS_ROLES_PERMISSIONS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.compliance.organizations.roles.permissions.list(
            *COMPLIANCE_ORGANIZATIONS_ROLES_PERMISSIONS_LIST_ARGS,
            **COMPLIANCE_ORGANIZATIONS_ROLES_PERMISSIONS_LIST_KWARGS,
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.ComplianceRolePermission) for item in items)


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
def test_compliance_organizations_roles_permissions_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.organizations.roles.permissions.list(
            *COMPLIANCE_ORGANIZATIONS_ROLES_PERMISSIONS_LIST_ARGS,
            **COMPLIANCE_ORGANIZATIONS_ROLES_PERMISSIONS_LIST_KWARGS,
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/compliance/organizations/{organization_id}/settings
COMPLIANCE_ORGANIZATIONS_SETTINGS_RETRIEVE_ARGS: list[Any] = [
    "91012d09-e48b-438e-a489-1bebfd8fa6f9",
]
COMPLIANCE_ORGANIZATIONS_SETTINGS_RETRIEVE_KWARGS: dict[str, Any] = {}
COMPLIANCE_ORGANIZATIONS_SETTINGS_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"type": "effective_organization_settings", "organization_id": "91012d09-e48b-438e-a489-1bebfd8fa6f9", "settings": [{"name": "data_retention_periods", "type": "data_retention", "value": {"chat": {"type": "fixed", "timescale": "day", "duration": 90}}}, {"name": "content_redaction_enabled", "type": "boolean", "value": true}, {"name": "ip_allowlist_ip_ranges", "type": "string_list", "value": ["10.0.0.0/8", "203.0.113.0/24"]}, {"name": "sso_provisioning_mode", "type": "provisioning_mode", "value": "scim_advanced"}, {"name": "account_session_duration_seconds", "type": "integer", "value": null}], "api_keys": [{"type": "compliance_api_key", "id": "apikey_01Hx7k2mP9nQ4rS6tU8vW0xY", "name": "Compliance Export Key", "scopes": ["read:compliance_activities", "read:compliance_org_data"], "is_active": true, "created_at": "2026-03-14T09:30:00Z", "created_by_id": "user_01Jz3a4bC5dE6fG7hI8jK9lM", "expires_at": null}]}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_organizations_settings_retrieve(transport: FakeTransport) -> None:
    transport.queue(*COMPLIANCE_ORGANIZATIONS_SETTINGS_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.compliance.organizations.settings.retrieve(
        *COMPLIANCE_ORGANIZATIONS_SETTINGS_RETRIEVE_ARGS, **COMPLIANCE_ORGANIZATIONS_SETTINGS_RETRIEVE_KWARGS
    )
    assert isinstance(result, types.ComplianceEffectiveOrganizationSettings)
    adapter: TypeAdapter[Any] = TypeAdapter(types.ComplianceEffectiveOrganizationSettings)
    expected = adapter.validate_json(COMPLIANCE_ORGANIZATIONS_SETTINGS_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_compliance_organizations_settings_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*COMPLIANCE_ORGANIZATIONS_SETTINGS_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.compliance.organizations.settings.retrieve(
            *COMPLIANCE_ORGANIZATIONS_SETTINGS_RETRIEVE_ARGS, **COMPLIANCE_ORGANIZATIONS_SETTINGS_RETRIEVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.ComplianceEffectiveOrganizationSettings)


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
def test_compliance_organizations_settings_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.organizations.settings.retrieve(
            *COMPLIANCE_ORGANIZATIONS_SETTINGS_RETRIEVE_ARGS, **COMPLIANCE_ORGANIZATIONS_SETTINGS_RETRIEVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/compliance/organizations/{org_uuid}/users
COMPLIANCE_ORGANIZATIONS_USERS_LIST_ARGS: list[Any] = [
    "91012d09-e48b-438e-a489-1bebfd8fa6f9",
]
COMPLIANCE_ORGANIZATIONS_USERS_LIST_KWARGS: dict[str, Any] = {}
COMPLIANCE_ORGANIZATIONS_USERS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "user_01XyDMpzjS89pFZXqSFUBDr6", "full_name": "Priya Sharma", "email": "priya@example.com", "organization_role": "admin", "created_at": "2025-06-01T10:00:00Z"}], "has_more": true, "next_page": "page_8aW5kZXgicG9zaXRpb25fdG9rZW5fOTE0"}',
    {"request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_compliance_organizations_users_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_ORGANIZATIONS_USERS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.compliance.organizations.users.list(
        *COMPLIANCE_ORGANIZATIONS_USERS_LIST_ARGS, **COMPLIANCE_ORGANIZATIONS_USERS_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.ComplianceOrganizationUser) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_compliance_organizations_users_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = COMPLIANCE_ORGANIZATIONS_USERS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.compliance.organizations.users.list(
            *COMPLIANCE_ORGANIZATIONS_USERS_LIST_ARGS, **COMPLIANCE_ORGANIZATIONS_USERS_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.ComplianceOrganizationUser) for item in items)


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
def test_compliance_organizations_users_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.compliance.organizations.users.list(
            *COMPLIANCE_ORGANIZATIONS_USERS_LIST_ARGS, **COMPLIANCE_ORGANIZATIONS_USERS_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")
