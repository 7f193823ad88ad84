"""Contract tests of client.organization: generated from the spec, do not edit.

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


# GET /v1/organizations/analytics/apps/chat/projects
ORGANIZATION_ANALYTICS_APPS_CHAT_PROJECTS_LIST_ARGS: list[Any] = []
ORGANIZATION_ANALYTICS_APPS_CHAT_PROJECTS_LIST_KWARGS: dict[str, Any] = {}
ORGANIZATION_ANALYTICS_APPS_CHAT_PROJECTS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"project_id": "claude_proj_01AbCdEfGhJkMnPqRsTuVwXy", "project_name": "Quarterly planning", "distinct_user_count": 8, "message_count": 143, "created_at": "2026-09-02T14:03:11Z", "created_by": {"id": "user_01WxYzAbCdEfGhJkMnPqRsTu", "email_address": "ada@example.com", "type": "user"}, "distinct_conversation_count": 21}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_analytics_apps_chat_projects_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_ANALYTICS_APPS_CHAT_PROJECTS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.organization.analytics.apps.chat.projects.list(
        *ORGANIZATION_ANALYTICS_APPS_CHAT_PROJECTS_LIST_ARGS, **ORGANIZATION_ANALYTICS_APPS_CHAT_PROJECTS_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.AnalyticsProjectActivity) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_organization_analytics_apps_chat_projects_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_ANALYTICS_APPS_CHAT_PROJECTS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.organization.analytics.apps.chat.projects.list(
            *ORGANIZATION_ANALYTICS_APPS_CHAT_PROJECTS_LIST_ARGS,
            **ORGANIZATION_ANALYTICS_APPS_CHAT_PROJECTS_LIST_KWARGS,
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.AnalyticsProjectActivity) for item in items)


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
def test_organization_analytics_apps_chat_projects_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.analytics.apps.chat.projects.list(
            *ORGANIZATION_ANALYTICS_APPS_CHAT_PROJECTS_LIST_ARGS,
            **ORGANIZATION_ANALYTICS_APPS_CHAT_PROJECTS_LIST_KWARGS,
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/analytics/artifacts
ORGANIZATION_ANALYTICS_ARTIFACTS_LIST_ARGS: list[Any] = []
ORGANIZATION_ANALYTICS_ARTIFACTS_LIST_KWARGS: dict[str, Any] = {
    "date": json.loads('"2026-11-15"'),
}
ORGANIZATION_ANALYTICS_ARTIFACTS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"artifact_type": "text/markdown", "artifacts_created_count": 73, "distinct_user_count": 29, "is_shared": false, "published_artifacts_created_count": 4}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_analytics_artifacts_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_ANALYTICS_ARTIFACTS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.organization.analytics.artifacts.list(
        *ORGANIZATION_ANALYTICS_ARTIFACTS_LIST_ARGS, **ORGANIZATION_ANALYTICS_ARTIFACTS_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.AnalyticsArtifactActivity) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_organization_analytics_artifacts_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_ANALYTICS_ARTIFACTS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.organization.analytics.artifacts.list(
            *ORGANIZATION_ANALYTICS_ARTIFACTS_LIST_ARGS, **ORGANIZATION_ANALYTICS_ARTIFACTS_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.AnalyticsArtifactActivity) for item in items)


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
def test_organization_analytics_artifacts_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.analytics.artifacts.list(
            *ORGANIZATION_ANALYTICS_ARTIFACTS_LIST_ARGS, **ORGANIZATION_ANALYTICS_ARTIFACTS_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/analytics/connectors
ORGANIZATION_ANALYTICS_CONNECTORS_LIST_ARGS: list[Any] = []
ORGANIZATION_ANALYTICS_CONNECTORS_LIST_KWARGS: dict[str, Any] = {}
ORGANIZATION_ANALYTICS_CONNECTORS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"connector_name": "github", "connector_display_name": null, "distinct_user_count": 37, "chat_metrics": {"distinct_conversation_connector_used_count": 52}, "claude_code_metrics": {"distinct_session_connector_used_count": 18}, "cowork_metrics": {"distinct_session_connector_used_count": 4}, "office_metrics": {"excel": {"distinct_session_connector_used_count": 0}, "outlook": {"distinct_session_connector_used_count": 0}, "powerpoint": {"distinct_session_connector_used_count": 0}, "word": {"distinct_session_connector_used_count": 0}}, "read_call_count": 410, "write_call_count": 35, "unclassified_call_count": 12}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_analytics_connectors_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_ANALYTICS_CONNECTORS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.organization.analytics.connectors.list(
        *ORGANIZATION_ANALYTICS_CONNECTORS_LIST_ARGS, **ORGANIZATION_ANALYTICS_CONNECTORS_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.AnalyticsConnectorActivity) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_organization_analytics_connectors_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_ANALYTICS_CONNECTORS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.organization.analytics.connectors.list(
            *ORGANIZATION_ANALYTICS_CONNECTORS_LIST_ARGS, **ORGANIZATION_ANALYTICS_CONNECTORS_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.AnalyticsConnectorActivity) for item in items)


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
def test_organization_analytics_connectors_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.analytics.connectors.list(
            *ORGANIZATION_ANALYTICS_CONNECTORS_LIST_ARGS, **ORGANIZATION_ANALYTICS_CONNECTORS_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/analytics/plugins
ORGANIZATION_ANALYTICS_PLUGINS_LIST_ARGS: list[Any] = []
ORGANIZATION_ANALYTICS_PLUGINS_LIST_KWARGS: dict[str, Any] = {}
ORGANIZATION_ANALYTICS_PLUGINS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"plugin_name": "serena", "plugin_id": "serena@claude-plugins-official", "distinct_user_count": 11, "install_count": 3, "invocation_count": 64, "claude_code_metrics": {"distinct_session_plugin_used_count": 20}, "cowork_metrics": {"distinct_session_plugin_used_count": 2}}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_analytics_plugins_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_ANALYTICS_PLUGINS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.organization.analytics.plugins.list(
        *ORGANIZATION_ANALYTICS_PLUGINS_LIST_ARGS, **ORGANIZATION_ANALYTICS_PLUGINS_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.AnalyticsPluginActivity) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_organization_analytics_plugins_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_ANALYTICS_PLUGINS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.organization.analytics.plugins.list(
            *ORGANIZATION_ANALYTICS_PLUGINS_LIST_ARGS, **ORGANIZATION_ANALYTICS_PLUGINS_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.AnalyticsPluginActivity) for item in items)


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
def test_organization_analytics_plugins_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.analytics.plugins.list(
            *ORGANIZATION_ANALYTICS_PLUGINS_LIST_ARGS, **ORGANIZATION_ANALYTICS_PLUGINS_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/analytics/skills
ORGANIZATION_ANALYTICS_SKILLS_LIST_ARGS: list[Any] = []
ORGANIZATION_ANALYTICS_SKILLS_LIST_KWARGS: dict[str, Any] = {}
ORGANIZATION_ANALYTICS_SKILLS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"skill_name": "pdf", "skill_display_name": null, "distinct_user_count": 26, "invocation_count": 88, "share_status": "organization", "chat_metrics": {"distinct_conversation_skill_used_count": 40}, "claude_code_metrics": {"distinct_session_skill_used_count": 9}, "cowork_metrics": {"distinct_session_skill_used_count": 5}, "office_metrics": {"excel": {"distinct_session_skill_used_count": 0}, "outlook": {"distinct_session_skill_used_count": 0}, "powerpoint": {"distinct_session_skill_used_count": 0}, "word": {"distinct_session_skill_used_count": 0}}}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_analytics_skills_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_ANALYTICS_SKILLS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.organization.analytics.skills.list(
        *ORGANIZATION_ANALYTICS_SKILLS_LIST_ARGS, **ORGANIZATION_ANALYTICS_SKILLS_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.AnalyticsSkillActivity) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_organization_analytics_skills_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_ANALYTICS_SKILLS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.organization.analytics.skills.list(
            *ORGANIZATION_ANALYTICS_SKILLS_LIST_ARGS, **ORGANIZATION_ANALYTICS_SKILLS_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.AnalyticsSkillActivity) for item in items)


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
def test_organization_analytics_skills_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.analytics.skills.list(
            *ORGANIZATION_ANALYTICS_SKILLS_LIST_ARGS, **ORGANIZATION_ANALYTICS_SKILLS_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/analytics/summaries
ORGANIZATION_ANALYTICS_SUMMARIES_LIST_ARGS: list[Any] = []
ORGANIZATION_ANALYTICS_SUMMARIES_LIST_KWARGS: dict[str, Any] = {
    "starting_date": json.loads('"2026-11-01"'),
}
ORGANIZATION_ANALYTICS_SUMMARIES_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"starting_at": "2026-11-15T00:00:00Z", "ending_at": "2026-11-16T00:00:00Z", "daily_active_user_count": 412, "weekly_active_user_count": 655, "monthly_active_user_count": 803, "cowork_daily_active_user_count": 97, "cowork_weekly_active_user_count": 188, "cowork_monthly_active_user_count": 251, "assigned_seat_count": 900, "pending_invite_count": 12, "daily_adoption_rate": 45.8, "weekly_adoption_rate": 72.8, "monthly_adoption_rate": 89.2, "chat_daily_active_user_count": 350, "claude_code_daily_active_user_count": 140}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_analytics_summaries_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_ANALYTICS_SUMMARIES_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.organization.analytics.summaries.list(
        *ORGANIZATION_ANALYTICS_SUMMARIES_LIST_ARGS, **ORGANIZATION_ANALYTICS_SUMMARIES_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.AnalyticsSingleDayActivitySummary) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_organization_analytics_summaries_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_ANALYTICS_SUMMARIES_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.organization.analytics.summaries.list(
            *ORGANIZATION_ANALYTICS_SUMMARIES_LIST_ARGS, **ORGANIZATION_ANALYTICS_SUMMARIES_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.AnalyticsSingleDayActivitySummary) for item in items)


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
def test_organization_analytics_summaries_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.analytics.summaries.list(
            *ORGANIZATION_ANALYTICS_SUMMARIES_LIST_ARGS, **ORGANIZATION_ANALYTICS_SUMMARIES_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/analytics/users
ORGANIZATION_ANALYTICS_USERS_LIST_ARGS: list[Any] = []
ORGANIZATION_ANALYTICS_USERS_LIST_KWARGS: dict[str, Any] = {}
ORGANIZATION_ANALYTICS_USERS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"user": {"id": "user_01WxYzAbCdEfGhJkMnPqRsTu", "email_address": "ada@example.com", "type": "user"}, "chat_metrics": {"message_count": 54, "thinking_message_count": 12, "connectors_used_count": 3, "distinct_artifacts_created_count": 2, "distinct_projects_created_count": 0, "shared_conversations_viewed_count": 1, "distinct_conversation_count": 9}, "claude_code_metrics": {"core_metrics": {"commit_count": 4, "pull_request_count": 1, "artifacts_created_count": 0, "distinct_session_count": 3, "lines_of_code": {"added_count": 320, "removed_count": 41}}, "tool_actions": {"edit_tool": {"accepted_count": 5, "rejected_count": 1}, "multi_edit_tool": {"accepted_count": 5, "rejected_count": 1}, "notebook_edit_tool": {"accepted_count": 5, "rejected_count": 1}, "write_tool": {"accepted_count": 5, "rejected_count": 1}}}, "cowork_metrics": {"action_count": 18, "artifacts_created_count": 1, "connectors_used_count": 2, "dispatch_turn_count": 0, "message_count": 7, "skills_used_count": 1}, "design_metrics": {"distinct_projects_created_count": 0, "message_count": 0}, "office_metrics": {"excel": {"connectors_used_count": 0, "message_count": 0, "skills_used_count": 0}, "outlook": {"connectors_used_count": 0, "message_count": 0, "skills_used_count": 0}, "powerpoint": {"connectors_used_count": 0, "message_count": 0, "skills_used_count": 0}, "word": {"connectors_used_count": 0, "message_count": 0, "skills_used_count": 0}}, "science_metrics": {"delegation_count": 0, "message_count": 0, "remote_compute_job_count": 0, "skills_used_count": 0}, "web_search_count": 6, "last_activity_date": "2026-11-15"}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_analytics_users_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_ANALYTICS_USERS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.organization.analytics.users.list(
        *ORGANIZATION_ANALYTICS_USERS_LIST_ARGS, **ORGANIZATION_ANALYTICS_USERS_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.AnalyticsUserActivity) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_organization_analytics_users_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_ANALYTICS_USERS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.organization.analytics.users.list(
            *ORGANIZATION_ANALYTICS_USERS_LIST_ARGS, **ORGANIZATION_ANALYTICS_USERS_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.AnalyticsUserActivity) for item in items)


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
def test_organization_analytics_users_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.analytics.users.list(
            *ORGANIZATION_ANALYTICS_USERS_LIST_ARGS, **ORGANIZATION_ANALYTICS_USERS_LIST_KWARGS
        )
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


# GET /v1/organizations/compliance_settings
ORGANIZATION_COMPLIANCE_SETTINGS_RETRIEVE_ARGS: list[Any] = []
ORGANIZATION_COMPLIANCE_SETTINGS_RETRIEVE_KWARGS: dict[str, Any] = {}
ORGANIZATION_COMPLIANCE_SETTINGS_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"type": "compliance_settings", "state": {"type": "enabled"}}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_compliance_settings_retrieve(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_COMPLIANCE_SETTINGS_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.compliance_settings.retrieve(
        *ORGANIZATION_COMPLIANCE_SETTINGS_RETRIEVE_ARGS, **ORGANIZATION_COMPLIANCE_SETTINGS_RETRIEVE_KWARGS
    )
    assert isinstance(result, types.OrganizationComplianceSettings)
    adapter: TypeAdapter[Any] = TypeAdapter(types.OrganizationComplianceSettings)
    expected = adapter.validate_json(ORGANIZATION_COMPLIANCE_SETTINGS_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_compliance_settings_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_COMPLIANCE_SETTINGS_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.organization.compliance_settings.retrieve(
            *ORGANIZATION_COMPLIANCE_SETTINGS_RETRIEVE_ARGS, **ORGANIZATION_COMPLIANCE_SETTINGS_RETRIEVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.OrganizationComplianceSettings)


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
def test_organization_compliance_settings_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.compliance_settings.retrieve(
            *ORGANIZATION_COMPLIANCE_SETTINGS_RETRIEVE_ARGS, **ORGANIZATION_COMPLIANCE_SETTINGS_RETRIEVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/compliance_settings
ORGANIZATION_COMPLIANCE_SETTINGS_UPDATE_ARGS: list[Any] = []
ORGANIZATION_COMPLIANCE_SETTINGS_UPDATE_KWARGS: dict[str, Any] = {
    **example_kwargs('{"state": {"type": "enabled"}}', {"state": "state"}),
}
ORGANIZATION_COMPLIANCE_SETTINGS_UPDATE_RESPONSE = (
    200,
    "application/json",
    '{"type": "compliance_settings", "state": {"type": "enabled"}}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_compliance_settings_update(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_COMPLIANCE_SETTINGS_UPDATE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.compliance_settings.update(
        *ORGANIZATION_COMPLIANCE_SETTINGS_UPDATE_ARGS, **ORGANIZATION_COMPLIANCE_SETTINGS_UPDATE_KWARGS
    )
    assert isinstance(result, types.OrganizationComplianceSettings)
    adapter: TypeAdapter[Any] = TypeAdapter(types.OrganizationComplianceSettings)
    expected = adapter.validate_json(ORGANIZATION_COMPLIANCE_SETTINGS_UPDATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_compliance_settings_update_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_COMPLIANCE_SETTINGS_UPDATE_RESPONSE)

    async def run() -> Any:
        return await client.organization.compliance_settings.update(
            *ORGANIZATION_COMPLIANCE_SETTINGS_UPDATE_ARGS, **ORGANIZATION_COMPLIANCE_SETTINGS_UPDATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.OrganizationComplianceSettings)


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
def test_organization_compliance_settings_update_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.compliance_settings.update(
            *ORGANIZATION_COMPLIANCE_SETTINGS_UPDATE_ARGS, **ORGANIZATION_COMPLIANCE_SETTINGS_UPDATE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/cost_report
ORGANIZATION_COST_REPORT_RETRIEVE_ARGS: list[Any] = []
ORGANIZATION_COST_REPORT_RETRIEVE_KWARGS: dict[str, Any] = {
    "starting_at": json.loads('"2026-11-01T00:00:00Z"'),
}
ORGANIZATION_COST_REPORT_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"starting_at": "2026-11-01T00:00:00Z", "ending_at": "2026-11-02T00:00:00Z", "results": [{"amount": "123.78912", "context_window": "0-200k", "cost_type": "tokens", "currency": "USD", "description": "Claude Sonnet 4.5 Usage - Input Tokens", "inference_geo": null, "model": "claude-sonnet-4-5", "service_tier": "standard", "token_type": "uncached_input_tokens", "workspace_id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ"}, {"amount": "50", "context_window": null, "cost_type": "web_search", "currency": "USD", "description": "Web Search Usage", "inference_geo": null, "model": null, "service_tier": null, "token_type": null, "workspace_id": null}]}], "has_more": false, "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_cost_report_retrieve_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_COST_REPORT_RETRIEVE_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.organization.cost_report.retrieve(
        *ORGANIZATION_COST_REPORT_RETRIEVE_ARGS, **ORGANIZATION_COST_REPORT_RETRIEVE_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.CostReportTimeBucket) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_organization_cost_report_retrieve_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_COST_REPORT_RETRIEVE_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.organization.cost_report.retrieve(
            *ORGANIZATION_COST_REPORT_RETRIEVE_ARGS, **ORGANIZATION_COST_REPORT_RETRIEVE_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.CostReportTimeBucket) for item in items)


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
def test_organization_cost_report_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.cost_report.retrieve(
            *ORGANIZATION_COST_REPORT_RETRIEVE_ARGS, **ORGANIZATION_COST_REPORT_RETRIEVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/external_keys
ORGANIZATION_EXTERNAL_KEYS_CREATE_ARGS: list[Any] = []
ORGANIZATION_EXTERNAL_KEYS_CREATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"display_name": "Production KMS key", "geo": "us", "provider_config": {"type": "aws", "kms_arn": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"}}',
        {
            "display_name": "display_name",
            "geo": "geo",
            "provider_config": "provider_config",
            "user_profile_id": "user_profile_id",
        },
    ),
}
ORGANIZATION_EXTERNAL_KEYS_CREATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "ekey_01LdY7eZ4aB0sTuV6wXyZaBc", "type": "external_key", "display_name": "Production KMS key", "geo": "us", "attachment": {"type": "unattached"}, "provider_config": {"type": "aws", "kms_arn": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab", "region": "us-east-1"}, "user_profile_id": null, "created_at": "2026-11-20T18:37:24Z", "updated_at": "2026-11-20T18:37:24Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_external_keys_create(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_EXTERNAL_KEYS_CREATE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.external_keys.create(
        *ORGANIZATION_EXTERNAL_KEYS_CREATE_ARGS, **ORGANIZATION_EXTERNAL_KEYS_CREATE_KWARGS
    )
    assert isinstance(result, types.ExternalKey)
    adapter: TypeAdapter[Any] = TypeAdapter(types.ExternalKey)
    expected = adapter.validate_json(ORGANIZATION_EXTERNAL_KEYS_CREATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_external_keys_create_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_EXTERNAL_KEYS_CREATE_RESPONSE)

    async def run() -> Any:
        return await client.organization.external_keys.create(
            *ORGANIZATION_EXTERNAL_KEYS_CREATE_ARGS, **ORGANIZATION_EXTERNAL_KEYS_CREATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.ExternalKey)


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
def test_organization_external_keys_create_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.external_keys.create(
            *ORGANIZATION_EXTERNAL_KEYS_CREATE_ARGS, **ORGANIZATION_EXTERNAL_KEYS_CREATE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# DELETE /v1/organizations/external_keys/{external_key_id}
ORGANIZATION_EXTERNAL_KEYS_DELETE_ARGS: list[Any] = [
    "ekey_01LdY7eZ4aB0sTuV6wXyZaBc",
]
ORGANIZATION_EXTERNAL_KEYS_DELETE_KWARGS: dict[str, Any] = {}
ORGANIZATION_EXTERNAL_KEYS_DELETE_RESPONSE = (
    200,
    "application/json",
    '{"id": "ekey_01LdY7eZ4aB0sTuV6wXyZaBc", "type": "external_key_deleted"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_external_keys_delete(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_EXTERNAL_KEYS_DELETE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.external_keys.delete(
        *ORGANIZATION_EXTERNAL_KEYS_DELETE_ARGS, **ORGANIZATION_EXTERNAL_KEYS_DELETE_KWARGS
    )
    assert isinstance(result, types.ExternalKeyDeleteResponse)
    adapter: TypeAdapter[Any] = TypeAdapter(types.ExternalKeyDeleteResponse)
    expected = adapter.validate_json(ORGANIZATION_EXTERNAL_KEYS_DELETE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_external_keys_delete_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_EXTERNAL_KEYS_DELETE_RESPONSE)

    async def run() -> Any:
        return await client.organization.external_keys.delete(
            *ORGANIZATION_EXTERNAL_KEYS_DELETE_ARGS, **ORGANIZATION_EXTERNAL_KEYS_DELETE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.ExternalKeyDeleteResponse)


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
def test_organization_external_keys_delete_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.external_keys.delete(
            *ORGANIZATION_EXTERNAL_KEYS_DELETE_ARGS, **ORGANIZATION_EXTERNAL_KEYS_DELETE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/external_keys
ORGANIZATION_EXTERNAL_KEYS_LIST_ARGS: list[Any] = []
ORGANIZATION_EXTERNAL_KEYS_LIST_KWARGS: dict[str, Any] = {}
ORGANIZATION_EXTERNAL_KEYS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "ekey_01LdY7eZ4aB0sTuV6wXyZaBc", "type": "external_key", "display_name": "Production KMS key", "geo": "us", "attachment": {"type": "unattached"}, "provider_config": {"type": "aws", "kms_arn": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab", "region": "us-east-1"}, "user_profile_id": null, "created_at": "2026-11-20T18:37:24Z", "updated_at": "2026-11-20T18:37:24Z"}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_external_keys_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_EXTERNAL_KEYS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.organization.external_keys.list(
        *ORGANIZATION_EXTERNAL_KEYS_LIST_ARGS, **ORGANIZATION_EXTERNAL_KEYS_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.ExternalKey) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_organization_external_keys_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_EXTERNAL_KEYS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.organization.external_keys.list(
            *ORGANIZATION_EXTERNAL_KEYS_LIST_ARGS, **ORGANIZATION_EXTERNAL_KEYS_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.ExternalKey) for item in items)


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
def test_organization_external_keys_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.external_keys.list(
            *ORGANIZATION_EXTERNAL_KEYS_LIST_ARGS, **ORGANIZATION_EXTERNAL_KEYS_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/external_keys/{external_key_id}
ORGANIZATION_EXTERNAL_KEYS_RETRIEVE_ARGS: list[Any] = [
    "ekey_01LdY7eZ4aB0sTuV6wXyZaBc",
]
ORGANIZATION_EXTERNAL_KEYS_RETRIEVE_KWARGS: dict[str, Any] = {}
ORGANIZATION_EXTERNAL_KEYS_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "ekey_01LdY7eZ4aB0sTuV6wXyZaBc", "type": "external_key", "display_name": "Production KMS key", "geo": "us", "attachment": {"type": "unattached"}, "provider_config": {"type": "aws", "kms_arn": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab", "region": "us-east-1"}, "user_profile_id": null, "created_at": "2026-11-20T18:37:24Z", "updated_at": "2026-11-20T18:37:24Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_external_keys_retrieve(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_EXTERNAL_KEYS_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.external_keys.retrieve(
        *ORGANIZATION_EXTERNAL_KEYS_RETRIEVE_ARGS, **ORGANIZATION_EXTERNAL_KEYS_RETRIEVE_KWARGS
    )
    assert isinstance(result, types.ExternalKey)
    adapter: TypeAdapter[Any] = TypeAdapter(types.ExternalKey)
    expected = adapter.validate_json(ORGANIZATION_EXTERNAL_KEYS_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_external_keys_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_EXTERNAL_KEYS_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.organization.external_keys.retrieve(
            *ORGANIZATION_EXTERNAL_KEYS_RETRIEVE_ARGS, **ORGANIZATION_EXTERNAL_KEYS_RETRIEVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.ExternalKey)


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
def test_organization_external_keys_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.external_keys.retrieve(
            *ORGANIZATION_EXTERNAL_KEYS_RETRIEVE_ARGS, **ORGANIZATION_EXTERNAL_KEYS_RETRIEVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/external_keys/{external_key_id}
ORGANIZATION_EXTERNAL_KEYS_UPDATE_ARGS: list[Any] = [
    "ekey_01LdY7eZ4aB0sTuV6wXyZaBc",
]
ORGANIZATION_EXTERNAL_KEYS_UPDATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"display_name": "Production KMS key (us-east-1)"}',
        {"display_name": "display_name", "geo": "geo", "provider_config": "provider_config"},
    ),
}
ORGANIZATION_EXTERNAL_KEYS_UPDATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "ekey_01LdY7eZ4aB0sTuV6wXyZaBc", "type": "external_key", "display_name": "Production KMS key (us-east-1)", "geo": "us", "attachment": {"type": "unattached"}, "provider_config": {"type": "aws", "kms_arn": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab", "region": "us-east-1"}, "user_profile_id": null, "created_at": "2026-11-20T18:37:24Z", "updated_at": "2026-11-20T18:37:24Z"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_external_keys_update(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_EXTERNAL_KEYS_UPDATE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.external_keys.update(
        *ORGANIZATION_EXTERNAL_KEYS_UPDATE_ARGS, **ORGANIZATION_EXTERNAL_KEYS_UPDATE_KWARGS
    )
    assert isinstance(result, types.ExternalKey)
    adapter: TypeAdapter[Any] = TypeAdapter(types.ExternalKey)
    expected = adapter.validate_json(ORGANIZATION_EXTERNAL_KEYS_UPDATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_external_keys_update_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_EXTERNAL_KEYS_UPDATE_RESPONSE)

    async def run() -> Any:
        return await client.organization.external_keys.update(
            *ORGANIZATION_EXTERNAL_KEYS_UPDATE_ARGS, **ORGANIZATION_EXTERNAL_KEYS_UPDATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.ExternalKey)


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
def test_organization_external_keys_update_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.external_keys.update(
            *ORGANIZATION_EXTERNAL_KEYS_UPDATE_ARGS, **ORGANIZATION_EXTERNAL_KEYS_UPDATE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/external_keys/{external_key_id}/validate
ORGANIZATION_EXTERNAL_KEYS_VALIDATE_ARGS: list[Any] = [
    "ekey_01LdY7eZ4aB0sTuV6wXyZaBc",
]
ORGANIZATION_EXTERNAL_KEYS_VALIDATE_KWARGS: dict[str, Any] = {}
ORGANIZATION_EXTERNAL_KEYS_VALIDATE_RESPONSE = (
    200,
    "application/json",
    '{"type": "external_key_validation", "status": "success", "error": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_external_keys_validate(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_EXTERNAL_KEYS_VALIDATE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.external_keys.validate(
        *ORGANIZATION_EXTERNAL_KEYS_VALIDATE_ARGS, **ORGANIZATION_EXTERNAL_KEYS_VALIDATE_KWARGS
    )
    assert isinstance(result, types.ExternalKeyValidateResponse)
    adapter: TypeAdapter[Any] = TypeAdapter(types.ExternalKeyValidateResponse)
    expected = adapter.validate_json(ORGANIZATION_EXTERNAL_KEYS_VALIDATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_external_keys_validate_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_EXTERNAL_KEYS_VALIDATE_RESPONSE)

    async def run() -> Any:
        return await client.organization.external_keys.validate(
            *ORGANIZATION_EXTERNAL_KEYS_VALIDATE_ARGS, **ORGANIZATION_EXTERNAL_KEYS_VALIDATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.ExternalKeyValidateResponse)


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
def test_organization_external_keys_validate_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.external_keys.validate(
            *ORGANIZATION_EXTERNAL_KEYS_VALIDATE_ARGS, **ORGANIZATION_EXTERNAL_KEYS_VALIDATE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/federation_issuers/{federation_issuer_id}/archive
ORGANIZATION_FEDERATION_ISSUERS_ARCHIVE_ARGS: list[Any] = [
    "fdis_01MeZ8fA5bC1tUvW7xYzAbCd",
]
ORGANIZATION_FEDERATION_ISSUERS_ARCHIVE_KWARGS: dict[str, Any] = {}
ORGANIZATION_FEDERATION_ISSUERS_ARCHIVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "fdis_01MeZ8fA5bC1tUvW7xYzAbCd", "type": "federation_issuer", "name": "github-actions", "issuer_url": "https://token.actions.githubusercontent.com", "jwks": {"type": "discovery", "discovery_base": null, "ca_cert_pem": null}, "check_jti": true, "max_jwt_lifetime_seconds": 3600, "jwks_polling_disabled_at": null, "poll_status": {"consecutive_failures": 0, "last_fetched_at": "2026-11-20T18:30:00Z", "next_poll_at": "2026-11-20T18:45:00Z"}, "created_at": "2026-11-20T18:37:24Z", "created_by_actor_id": "user_01NfA9gB6cD2uVwX8yZaBcDe", "updated_at": "2026-11-20T18:37:24Z", "updated_by_actor_id": "user_01NfA9gB6cD2uVwX8yZaBcDe", "archived_at": "2026-11-21T09:00:00Z", "archived_by_actor_id": "user_01NfA9gB6cD2uVwX8yZaBcDe"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_federation_issuers_archive(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_FEDERATION_ISSUERS_ARCHIVE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.federation.issuers.archive(
        *ORGANIZATION_FEDERATION_ISSUERS_ARCHIVE_ARGS, **ORGANIZATION_FEDERATION_ISSUERS_ARCHIVE_KWARGS
    )
    assert isinstance(result, types.FederationIssuer)
    adapter: TypeAdapter[Any] = TypeAdapter(types.FederationIssuer)
    expected = adapter.validate_json(ORGANIZATION_FEDERATION_ISSUERS_ARCHIVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_federation_issuers_archive_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_FEDERATION_ISSUERS_ARCHIVE_RESPONSE)

    async def run() -> Any:
        return await client.organization.federation.issuers.archive(
            *ORGANIZATION_FEDERATION_ISSUERS_ARCHIVE_ARGS, **ORGANIZATION_FEDERATION_ISSUERS_ARCHIVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.FederationIssuer)


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
def test_organization_federation_issuers_archive_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.federation.issuers.archive(
            *ORGANIZATION_FEDERATION_ISSUERS_ARCHIVE_ARGS, **ORGANIZATION_FEDERATION_ISSUERS_ARCHIVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/federation_issuers
ORGANIZATION_FEDERATION_ISSUERS_CREATE_ARGS: list[Any] = []
ORGANIZATION_FEDERATION_ISSUERS_CREATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"name": "github-actions", "issuer_url": "https://token.actions.githubusercontent.com", "jwks": {"type": "discovery"}, "max_jwt_lifetime_seconds": 3600}',
        {
            "check_jti": "check_jti",
            "issuer_url": "issuer_url",
            "jwks": "jwks",
            "max_jwt_lifetime_seconds": "max_jwt_lifetime_seconds",
            "name": "name",
        },
    ),
}
ORGANIZATION_FEDERATION_ISSUERS_CREATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "fdis_01MeZ8fA5bC1tUvW7xYzAbCd", "type": "federation_issuer", "name": "github-actions", "issuer_url": "https://token.actions.githubusercontent.com", "jwks": {"type": "discovery", "discovery_base": null, "ca_cert_pem": null}, "check_jti": true, "max_jwt_lifetime_seconds": 3600, "jwks_polling_disabled_at": null, "poll_status": {"consecutive_failures": 0, "last_fetched_at": "2026-11-20T18:30:00Z", "next_poll_at": "2026-11-20T18:45:00Z"}, "created_at": "2026-11-20T18:37:24Z", "created_by_actor_id": "user_01NfA9gB6cD2uVwX8yZaBcDe", "updated_at": "2026-11-20T18:37:24Z", "updated_by_actor_id": "user_01NfA9gB6cD2uVwX8yZaBcDe", "archived_at": null, "archived_by_actor_id": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_federation_issuers_create(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_FEDERATION_ISSUERS_CREATE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.federation.issuers.create(
        *ORGANIZATION_FEDERATION_ISSUERS_CREATE_ARGS, **ORGANIZATION_FEDERATION_ISSUERS_CREATE_KWARGS
    )
    assert isinstance(result, types.FederationIssuer)
    adapter: TypeAdapter[Any] = TypeAdapter(types.FederationIssuer)
    expected = adapter.validate_json(ORGANIZATION_FEDERATION_ISSUERS_CREATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_federation_issuers_create_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_FEDERATION_ISSUERS_CREATE_RESPONSE)

    async def run() -> Any:
        return await client.organization.federation.issuers.create(
            *ORGANIZATION_FEDERATION_ISSUERS_CREATE_ARGS, **ORGANIZATION_FEDERATION_ISSUERS_CREATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.FederationIssuer)


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
def test_organization_federation_issuers_create_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.federation.issuers.create(
            *ORGANIZATION_FEDERATION_ISSUERS_CREATE_ARGS, **ORGANIZATION_FEDERATION_ISSUERS_CREATE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/federation_issuers
ORGANIZATION_FEDERATION_ISSUERS_LIST_ARGS: list[Any] = []
ORGANIZATION_FEDERATION_ISSUERS_LIST_KWARGS: dict[str, Any] = {}
ORGANIZATION_FEDERATION_ISSUERS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "fdis_01MeZ8fA5bC1tUvW7xYzAbCd", "type": "federation_issuer", "name": "github-actions", "issuer_url": "https://token.actions.githubusercontent.com", "jwks": {"type": "discovery", "discovery_base": null, "ca_cert_pem": null}, "check_jti": true, "max_jwt_lifetime_seconds": 3600, "jwks_polling_disabled_at": null, "poll_status": {"consecutive_failures": 0, "last_fetched_at": "2026-11-20T18:30:00Z", "next_poll_at": "2026-11-20T18:45:00Z"}, "created_at": "2026-11-20T18:37:24Z", "created_by_actor_id": "user_01NfA9gB6cD2uVwX8yZaBcDe", "updated_at": "2026-11-20T18:37:24Z", "updated_by_actor_id": "user_01NfA9gB6cD2uVwX8yZaBcDe", "archived_at": null, "archived_by_actor_id": null}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_federation_issuers_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_FEDERATION_ISSUERS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.organization.federation.issuers.list(
        *ORGANIZATION_FEDERATION_ISSUERS_LIST_ARGS, **ORGANIZATION_FEDERATION_ISSUERS_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.FederationIssuer) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_organization_federation_issuers_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_FEDERATION_ISSUERS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.organization.federation.issuers.list(
            *ORGANIZATION_FEDERATION_ISSUERS_LIST_ARGS, **ORGANIZATION_FEDERATION_ISSUERS_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.FederationIssuer) for item in items)


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
def test_organization_federation_issuers_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.federation.issuers.list(
            *ORGANIZATION_FEDERATION_ISSUERS_LIST_ARGS, **ORGANIZATION_FEDERATION_ISSUERS_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/federation_issuers/{federation_issuer_id}
ORGANIZATION_FEDERATION_ISSUERS_RETRIEVE_ARGS: list[Any] = [
    "fdis_01MeZ8fA5bC1tUvW7xYzAbCd",
]
ORGANIZATION_FEDERATION_ISSUERS_RETRIEVE_KWARGS: dict[str, Any] = {}
ORGANIZATION_FEDERATION_ISSUERS_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "fdis_01MeZ8fA5bC1tUvW7xYzAbCd", "type": "federation_issuer", "name": "github-actions", "issuer_url": "https://token.actions.githubusercontent.com", "jwks": {"type": "discovery", "discovery_base": null, "ca_cert_pem": null}, "check_jti": true, "max_jwt_lifetime_seconds": 3600, "jwks_polling_disabled_at": null, "poll_status": {"consecutive_failures": 0, "last_fetched_at": "2026-11-20T18:30:00Z", "next_poll_at": "2026-11-20T18:45:00Z"}, "created_at": "2026-11-20T18:37:24Z", "created_by_actor_id": "user_01NfA9gB6cD2uVwX8yZaBcDe", "updated_at": "2026-11-20T18:37:24Z", "updated_by_actor_id": "user_01NfA9gB6cD2uVwX8yZaBcDe", "archived_at": null, "archived_by_actor_id": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_federation_issuers_retrieve(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_FEDERATION_ISSUERS_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.federation.issuers.retrieve(
        *ORGANIZATION_FEDERATION_ISSUERS_RETRIEVE_ARGS, **ORGANIZATION_FEDERATION_ISSUERS_RETRIEVE_KWARGS
    )
    assert isinstance(result, types.FederationIssuer)
    adapter: TypeAdapter[Any] = TypeAdapter(types.FederationIssuer)
    expected = adapter.validate_json(ORGANIZATION_FEDERATION_ISSUERS_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_federation_issuers_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_FEDERATION_ISSUERS_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.organization.federation.issuers.retrieve(
            *ORGANIZATION_FEDERATION_ISSUERS_RETRIEVE_ARGS, **ORGANIZATION_FEDERATION_ISSUERS_RETRIEVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.FederationIssuer)


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
def test_organization_federation_issuers_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.federation.issuers.retrieve(
            *ORGANIZATION_FEDERATION_ISSUERS_RETRIEVE_ARGS, **ORGANIZATION_FEDERATION_ISSUERS_RETRIEVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/federation_issuers/{federation_issuer_id}
ORGANIZATION_FEDERATION_ISSUERS_UPDATE_ARGS: list[Any] = [
    "fdis_01MeZ8fA5bC1tUvW7xYzAbCd",
]
ORGANIZATION_FEDERATION_ISSUERS_UPDATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"jwks_polling_disabled": false}',
        {
            "check_jti": "check_jti",
            "issuer_url": "issuer_url",
            "jwks": "jwks",
            "jwks_polling_disabled": "jwks_polling_disabled",
            "max_jwt_lifetime_seconds": "max_jwt_lifetime_seconds",
            "name": "name",
        },
    ),
}
ORGANIZATION_FEDERATION_ISSUERS_UPDATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "fdis_01MeZ8fA5bC1tUvW7xYzAbCd", "type": "federation_issuer", "name": "github-actions", "issuer_url": "https://token.actions.githubusercontent.com", "jwks": {"type": "discovery", "discovery_base": null, "ca_cert_pem": null}, "check_jti": true, "max_jwt_lifetime_seconds": 3600, "jwks_polling_disabled_at": null, "poll_status": {"consecutive_failures": 0, "last_fetched_at": "2026-11-20T18:30:00Z", "next_poll_at": "2026-11-20T18:45:00Z"}, "created_at": "2026-11-20T18:37:24Z", "created_by_actor_id": "user_01NfA9gB6cD2uVwX8yZaBcDe", "updated_at": "2026-11-20T18:37:24Z", "updated_by_actor_id": "user_01NfA9gB6cD2uVwX8yZaBcDe", "archived_at": null, "archived_by_actor_id": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_federation_issuers_update(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_FEDERATION_ISSUERS_UPDATE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.federation.issuers.update(
        *ORGANIZATION_FEDERATION_ISSUERS_UPDATE_ARGS, **ORGANIZATION_FEDERATION_ISSUERS_UPDATE_KWARGS
    )
    assert isinstance(result, types.FederationIssuer)
    adapter: TypeAdapter[Any] = TypeAdapter(types.FederationIssuer)
    expected = adapter.validate_json(ORGANIZATION_FEDERATION_ISSUERS_UPDATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_federation_issuers_update_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_FEDERATION_ISSUERS_UPDATE_RESPONSE)

    async def run() -> Any:
        return await client.organization.federation.issuers.update(
            *ORGANIZATION_FEDERATION_ISSUERS_UPDATE_ARGS, **ORGANIZATION_FEDERATION_ISSUERS_UPDATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.FederationIssuer)


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
def test_organization_federation_issuers_update_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.federation.issuers.update(
            *ORGANIZATION_FEDERATION_ISSUERS_UPDATE_ARGS, **ORGANIZATION_FEDERATION_ISSUERS_UPDATE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/federation_rules/{federation_rule_id}/archive
ORGANIZATION_FEDERATION_RULES_ARCHIVE_ARGS: list[Any] = [
    "fdrl_01PgB0hC7dE3vWxY9zAbCdEf",
]
ORGANIZATION_FEDERATION_RULES_ARCHIVE_KWARGS: dict[str, Any] = {}
ORGANIZATION_FEDERATION_RULES_ARCHIVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "fdrl_01PgB0hC7dE3vWxY9zAbCdEf", "type": "federation_rule", "name": "deploy-main", "description": "CI deploys from the main branch", "issuer_id": "fdis_01MeZ8fA5bC1tUvW7xYzAbCd", "issuer_name": "github-actions", "match": {"subject_prefix": "repo:my-org/my-repo:ref:refs/heads/main", "audience": null, "claims": null, "condition": null}, "target": {"type": "service_account", "service_account_id": "svac_01QhC1iD8eF4wXyZ0aBcDeFg", "service_account_name": "ci-deployer"}, "oauth_scope": "workspace:inference", "token_lifetime_seconds": 3600, "applies_to_all_workspaces": false, "workspace_ids": ["wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ"], "created_at": "2026-11-20T18:37:24Z", "created_by_actor_id": "user_01NfA9gB6cD2uVwX8yZaBcDe", "updated_at": "2026-11-20T18:37:24Z", "updated_by_actor_id": "user_01NfA9gB6cD2uVwX8yZaBcDe", "archived_at": "2026-11-21T09:00:00Z", "archived_by_actor_id": "user_01NfA9gB6cD2uVwX8yZaBcDe"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_federation_rules_archive(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_FEDERATION_RULES_ARCHIVE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.federation.rules.archive(
        *ORGANIZATION_FEDERATION_RULES_ARCHIVE_ARGS, **ORGANIZATION_FEDERATION_RULES_ARCHIVE_KWARGS
    )
    assert isinstance(result, types.FederationRule)
    adapter: TypeAdapter[Any] = TypeAdapter(types.FederationRule)
    expected = adapter.validate_json(ORGANIZATION_FEDERATION_RULES_ARCHIVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_federation_rules_archive_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_FEDERATION_RULES_ARCHIVE_RESPONSE)

    async def run() -> Any:
        return await client.organization.federation.rules.archive(
            *ORGANIZATION_FEDERATION_RULES_ARCHIVE_ARGS, **ORGANIZATION_FEDERATION_RULES_ARCHIVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.FederationRule)


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
def test_organization_federation_rules_archive_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.federation.rules.archive(
            *ORGANIZATION_FEDERATION_RULES_ARCHIVE_ARGS, **ORGANIZATION_FEDERATION_RULES_ARCHIVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/federation_rules
ORGANIZATION_FEDERATION_RULES_CREATE_ARGS: list[Any] = []
ORGANIZATION_FEDERATION_RULES_CREATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"name": "deploy-main", "issuer_id": "fdis_01MeZ8fA5bC1tUvW7xYzAbCd", "match": {"subject_prefix": "repo:my-org/my-repo:ref:refs/heads/main"}, "target": {"type": "service_account", "service_account_id": "svac_01QhC1iD8eF4wXyZ0aBcDeFg"}, "oauth_scope": "workspace:inference", "token_lifetime_seconds": 3600, "workspace_id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ"}',
        {
            "applies_to_all_workspaces": "applies_to_all_workspaces",
            "attributes": "attributes",
            "description": "description",
            "issuer_id": "issuer_id",
            "match": "match",
            "name": "name",
            "oauth_scope": "oauth_scope",
            "target": "target",
            "token_lifetime_seconds": "token_lifetime_seconds",
            "workspace_id": "workspace_id",
        },
    ),
}
ORGANIZATION_FEDERATION_RULES_CREATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "fdrl_01PgB0hC7dE3vWxY9zAbCdEf", "type": "federation_rule", "name": "deploy-main", "description": "CI deploys from the main branch", "issuer_id": "fdis_01MeZ8fA5bC1tUvW7xYzAbCd", "issuer_name": "github-actions", "match": {"subject_prefix": "repo:my-org/my-repo:ref:refs/heads/main", "audience": null, "claims": null, "condition": null}, "target": {"type": "service_account", "service_account_id": "svac_01QhC1iD8eF4wXyZ0aBcDeFg", "service_account_name": "ci-deployer"}, "oauth_scope": "workspace:inference", "token_lifetime_seconds": 3600, "applies_to_all_workspaces": false, "workspace_ids": ["wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ"], "created_at": "2026-11-20T18:37:24Z", "created_by_actor_id": "user_01NfA9gB6cD2uVwX8yZaBcDe", "updated_at": "2026-11-20T18:37:24Z", "updated_by_actor_id": "user_01NfA9gB6cD2uVwX8yZaBcDe", "archived_at": null, "archived_by_actor_id": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_federation_rules_create(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_FEDERATION_RULES_CREATE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.federation.rules.create(
        *ORGANIZATION_FEDERATION_RULES_CREATE_ARGS, **ORGANIZATION_FEDERATION_RULES_CREATE_KWARGS
    )
    assert isinstance(result, types.FederationRule)
    adapter: TypeAdapter[Any] = TypeAdapter(types.FederationRule)
    expected = adapter.validate_json(ORGANIZATION_FEDERATION_RULES_CREATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_federation_rules_create_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_FEDERATION_RULES_CREATE_RESPONSE)

    async def run() -> Any:
        return await client.organization.federation.rules.create(
            *ORGANIZATION_FEDERATION_RULES_CREATE_ARGS, **ORGANIZATION_FEDERATION_RULES_CREATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.FederationRule)


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
def test_organization_federation_rules_create_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.federation.rules.create(
            *ORGANIZATION_FEDERATION_RULES_CREATE_ARGS, **ORGANIZATION_FEDERATION_RULES_CREATE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/federation_rules
ORGANIZATION_FEDERATION_RULES_LIST_ARGS: list[Any] = []
ORGANIZATION_FEDERATION_RULES_LIST_KWARGS: dict[str, Any] = {}
ORGANIZATION_FEDERATION_RULES_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "fdrl_01PgB0hC7dE3vWxY9zAbCdEf", "type": "federation_rule", "name": "deploy-main", "description": "CI deploys from the main branch", "issuer_id": "fdis_01MeZ8fA5bC1tUvW7xYzAbCd", "issuer_name": "github-actions", "match": {"subject_prefix": "repo:my-org/my-repo:ref:refs/heads/main", "audience": null, "claims": null, "condition": null}, "target": {"type": "service_account", "service_account_id": "svac_01QhC1iD8eF4wXyZ0aBcDeFg", "service_account_name": "ci-deployer"}, "oauth_scope": "workspace:inference", "token_lifetime_seconds": 3600, "applies_to_all_workspaces": false, "workspace_ids": ["wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ"], "created_at": "2026-11-20T18:37:24Z", "created_by_actor_id": "user_01NfA9gB6cD2uVwX8yZaBcDe", "updated_at": "2026-11-20T18:37:24Z", "updated_by_actor_id": "user_01NfA9gB6cD2uVwX8yZaBcDe", "archived_at": null, "archived_by_actor_id": null}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_federation_rules_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_FEDERATION_RULES_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.organization.federation.rules.list(
        *ORGANIZATION_FEDERATION_RULES_LIST_ARGS, **ORGANIZATION_FEDERATION_RULES_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.FederationRule) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_organization_federation_rules_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_FEDERATION_RULES_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.organization.federation.rules.list(
            *ORGANIZATION_FEDERATION_RULES_LIST_ARGS, **ORGANIZATION_FEDERATION_RULES_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.FederationRule) for item in items)


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
def test_organization_federation_rules_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.federation.rules.list(
            *ORGANIZATION_FEDERATION_RULES_LIST_ARGS, **ORGANIZATION_FEDERATION_RULES_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/federation_rules/{federation_rule_id}
ORGANIZATION_FEDERATION_RULES_RETRIEVE_ARGS: list[Any] = [
    "fdrl_01PgB0hC7dE3vWxY9zAbCdEf",
]
ORGANIZATION_FEDERATION_RULES_RETRIEVE_KWARGS: dict[str, Any] = {}
ORGANIZATION_FEDERATION_RULES_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "fdrl_01PgB0hC7dE3vWxY9zAbCdEf", "type": "federation_rule", "name": "deploy-main", "description": "CI deploys from the main branch", "issuer_id": "fdis_01MeZ8fA5bC1tUvW7xYzAbCd", "issuer_name": "github-actions", "match": {"subject_prefix": "repo:my-org/my-repo:ref:refs/heads/main", "audience": null, "claims": null, "condition": null}, "target": {"type": "service_account", "service_account_id": "svac_01QhC1iD8eF4wXyZ0aBcDeFg", "service_account_name": "ci-deployer"}, "oauth_scope": "workspace:inference", "token_lifetime_seconds": 3600, "applies_to_all_workspaces": false, "workspace_ids": ["wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ"], "created_at": "2026-11-20T18:37:24Z", "created_by_actor_id": "user_01NfA9gB6cD2uVwX8yZaBcDe", "updated_at": "2026-11-20T18:37:24Z", "updated_by_actor_id": "user_01NfA9gB6cD2uVwX8yZaBcDe", "archived_at": null, "archived_by_actor_id": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_federation_rules_retrieve(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_FEDERATION_RULES_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.federation.rules.retrieve(
        *ORGANIZATION_FEDERATION_RULES_RETRIEVE_ARGS, **ORGANIZATION_FEDERATION_RULES_RETRIEVE_KWARGS
    )
    assert isinstance(result, types.FederationRule)
    adapter: TypeAdapter[Any] = TypeAdapter(types.FederationRule)
    expected = adapter.validate_json(ORGANIZATION_FEDERATION_RULES_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_federation_rules_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_FEDERATION_RULES_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.organization.federation.rules.retrieve(
            *ORGANIZATION_FEDERATION_RULES_RETRIEVE_ARGS, **ORGANIZATION_FEDERATION_RULES_RETRIEVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.FederationRule)


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
def test_organization_federation_rules_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.federation.rules.retrieve(
            *ORGANIZATION_FEDERATION_RULES_RETRIEVE_ARGS, **ORGANIZATION_FEDERATION_RULES_RETRIEVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/federation_rules/{federation_rule_id}
ORGANIZATION_FEDERATION_RULES_UPDATE_ARGS: list[Any] = [
    "fdrl_01PgB0hC7dE3vWxY9zAbCdEf",
]
ORGANIZATION_FEDERATION_RULES_UPDATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"token_lifetime_seconds": 900}',
        {
            "applies_to_all_workspaces": "applies_to_all_workspaces",
            "attributes": "attributes",
            "description": "description",
            "match": "match",
            "name": "name",
            "oauth_scope": "oauth_scope",
            "target": "target",
            "token_lifetime_seconds": "token_lifetime_seconds",
            "workspace_id": "workspace_id",
        },
    ),
}
ORGANIZATION_FEDERATION_RULES_UPDATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "fdrl_01PgB0hC7dE3vWxY9zAbCdEf", "type": "federation_rule", "name": "deploy-main", "description": "CI deploys from the main branch", "issuer_id": "fdis_01MeZ8fA5bC1tUvW7xYzAbCd", "issuer_name": "github-actions", "match": {"subject_prefix": "repo:my-org/my-repo:ref:refs/heads/main", "audience": null, "claims": null, "condition": null}, "target": {"type": "service_account", "service_account_id": "svac_01QhC1iD8eF4wXyZ0aBcDeFg", "service_account_name": "ci-deployer"}, "oauth_scope": "workspace:inference", "token_lifetime_seconds": 900, "applies_to_all_workspaces": false, "workspace_ids": ["wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ"], "created_at": "2026-11-20T18:37:24Z", "created_by_actor_id": "user_01NfA9gB6cD2uVwX8yZaBcDe", "updated_at": "2026-11-20T18:37:24Z", "updated_by_actor_id": "user_01NfA9gB6cD2uVwX8yZaBcDe", "archived_at": null, "archived_by_actor_id": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_federation_rules_update(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_FEDERATION_RULES_UPDATE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.federation.rules.update(
        *ORGANIZATION_FEDERATION_RULES_UPDATE_ARGS, **ORGANIZATION_FEDERATION_RULES_UPDATE_KWARGS
    )
    assert isinstance(result, types.FederationRule)
    adapter: TypeAdapter[Any] = TypeAdapter(types.FederationRule)
    expected = adapter.validate_json(ORGANIZATION_FEDERATION_RULES_UPDATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_federation_rules_update_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_FEDERATION_RULES_UPDATE_RESPONSE)

    async def run() -> Any:
        return await client.organization.federation.rules.update(
            *ORGANIZATION_FEDERATION_RULES_UPDATE_ARGS, **ORGANIZATION_FEDERATION_RULES_UPDATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.FederationRule)


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
def test_organization_federation_rules_update_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.federation.rules.update(
            *ORGANIZATION_FEDERATION_RULES_UPDATE_ARGS, **ORGANIZATION_FEDERATION_RULES_UPDATE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/federation_rules/{federation_rule_id}/workspaces
ORGANIZATION_FEDERATION_RULES_WORKSPACES_ADD_ARGS: list[Any] = [
    "fdrl_01PgB0hC7dE3vWxY9zAbCdEf",
]
ORGANIZATION_FEDERATION_RULES_WORKSPACES_ADD_KWARGS: dict[str, Any] = {
    **example_kwargs('{"workspace_id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ"}', {"workspace_id": "workspace_id"}),
}
ORGANIZATION_FEDERATION_RULES_WORKSPACES_ADD_RESPONSE = (
    200,
    "application/json",
    '{"type": "federation_rule_workspace", "federation_rule_id": "fdrl_01PgB0hC7dE3vWxY9zAbCdEf", "workspace_id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ", "workspace_name": null, "created_at": "2026-11-20T18:37:24Z", "created_by_actor_id": "user_01NfA9gB6cD2uVwX8yZaBcDe"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_federation_rules_workspaces_add(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_FEDERATION_RULES_WORKSPACES_ADD_RESPONSE)
    client = sync_client(transport)
    result = client.organization.federation.rules.workspaces.add(
        *ORGANIZATION_FEDERATION_RULES_WORKSPACES_ADD_ARGS, **ORGANIZATION_FEDERATION_RULES_WORKSPACES_ADD_KWARGS
    )
    assert isinstance(result, types.FederationRuleWorkspace)
    adapter: TypeAdapter[Any] = TypeAdapter(types.FederationRuleWorkspace)
    expected = adapter.validate_json(ORGANIZATION_FEDERATION_RULES_WORKSPACES_ADD_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_federation_rules_workspaces_add_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_FEDERATION_RULES_WORKSPACES_ADD_RESPONSE)

    async def run() -> Any:
        return await client.organization.federation.rules.workspaces.add(
            *ORGANIZATION_FEDERATION_RULES_WORKSPACES_ADD_ARGS, **ORGANIZATION_FEDERATION_RULES_WORKSPACES_ADD_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.FederationRuleWorkspace)


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
def test_organization_federation_rules_workspaces_add_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.federation.rules.workspaces.add(
            *ORGANIZATION_FEDERATION_RULES_WORKSPACES_ADD_ARGS, **ORGANIZATION_FEDERATION_RULES_WORKSPACES_ADD_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/federation_rules/{federation_rule_id}/workspaces
ORGANIZATION_FEDERATION_RULES_WORKSPACES_LIST_ARGS: list[Any] = [
    "fdrl_01PgB0hC7dE3vWxY9zAbCdEf",
]
ORGANIZATION_FEDERATION_RULES_WORKSPACES_LIST_KWARGS: dict[str, Any] = {}
ORGANIZATION_FEDERATION_RULES_WORKSPACES_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"type": "federation_rule_workspace", "federation_rule_id": "fdrl_01PgB0hC7dE3vWxY9zAbCdEf", "workspace_id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ", "workspace_name": "Production", "created_at": "2026-11-20T18:37:24Z", "created_by_actor_id": "user_01NfA9gB6cD2uVwX8yZaBcDe"}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_federation_rules_workspaces_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_FEDERATION_RULES_WORKSPACES_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.organization.federation.rules.workspaces.list(
        *ORGANIZATION_FEDERATION_RULES_WORKSPACES_LIST_ARGS, **ORGANIZATION_FEDERATION_RULES_WORKSPACES_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.FederationRuleWorkspace) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_organization_federation_rules_workspaces_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_FEDERATION_RULES_WORKSPACES_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.organization.federation.rules.workspaces.list(
            *ORGANIZATION_FEDERATION_RULES_WORKSPACES_LIST_ARGS, **ORGANIZATION_FEDERATION_RULES_WORKSPACES_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.FederationRuleWorkspace) for item in items)


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
def test_organization_federation_rules_workspaces_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.federation.rules.workspaces.list(
            *ORGANIZATION_FEDERATION_RULES_WORKSPACES_LIST_ARGS, **ORGANIZATION_FEDERATION_RULES_WORKSPACES_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# DELETE /v1/organizations/federation_rules/{federation_rule_id}/workspaces/{workspace_id}
ORGANIZATION_FEDERATION_RULES_WORKSPACES_REMOVE_ARGS: list[Any] = [
    "fdrl_01PgB0hC7dE3vWxY9zAbCdEf",
    "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ",
]
ORGANIZATION_FEDERATION_RULES_WORKSPACES_REMOVE_KWARGS: dict[str, Any] = {}
ORGANIZATION_FEDERATION_RULES_WORKSPACES_REMOVE_RESPONSE = (
    200,
    "application/json",
    '{"type": "federation_rule_workspace_deleted", "federation_rule_id": "fdrl_01PgB0hC7dE3vWxY9zAbCdEf", "workspace_id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_federation_rules_workspaces_remove(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_FEDERATION_RULES_WORKSPACES_REMOVE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.federation.rules.workspaces.remove(
        *ORGANIZATION_FEDERATION_RULES_WORKSPACES_REMOVE_ARGS, **ORGANIZATION_FEDERATION_RULES_WORKSPACES_REMOVE_KWARGS
    )
    assert isinstance(result, types.FederationRuleWorkspaceRemoveResponse)
    adapter: TypeAdapter[Any] = TypeAdapter(types.FederationRuleWorkspaceRemoveResponse)
    expected = adapter.validate_json(ORGANIZATION_FEDERATION_RULES_WORKSPACES_REMOVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_federation_rules_workspaces_remove_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_FEDERATION_RULES_WORKSPACES_REMOVE_RESPONSE)

    async def run() -> Any:
        return await client.organization.federation.rules.workspaces.remove(
            *ORGANIZATION_FEDERATION_RULES_WORKSPACES_REMOVE_ARGS,
            **ORGANIZATION_FEDERATION_RULES_WORKSPACES_REMOVE_KWARGS,
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.FederationRuleWorkspaceRemoveResponse)


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
def test_organization_federation_rules_workspaces_remove_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.federation.rules.workspaces.remove(
            *ORGANIZATION_FEDERATION_RULES_WORKSPACES_REMOVE_ARGS,
            **ORGANIZATION_FEDERATION_RULES_WORKSPACES_REMOVE_KWARGS,
        )
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


# POST /v1/organizations/service_accounts/{service_account_id}/archive
ORGANIZATION_SERVICE_ACCOUNTS_ARCHIVE_ARGS: list[Any] = [
    "svac_01HkVmBw7nQ3xY9zR5tE2uPa",
]
ORGANIZATION_SERVICE_ACCOUNTS_ARCHIVE_KWARGS: dict[str, Any] = {}
ORGANIZATION_SERVICE_ACCOUNTS_ARCHIVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "svac_01HkVmBw7nQ3xY9zR5tE2uPa", "type": "service_account", "name": "ci-deployer", "description": "Deploys from CI", "organization_role": "developer", "created_at": "2026-11-20T09:15:02Z", "updated_at": "2026-11-21T10:00:00Z", "created_by_actor_id": "user_01WxYzAbCdEfGhJkMnPqRsTu", "updated_by_actor_id": "user_01WxYzAbCdEfGhJkMnPqRsTu", "archived_at": "2026-11-21T10:00:00Z", "archived_by_actor_id": "user_01WxYzAbCdEfGhJkMnPqRsTu"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_service_accounts_archive(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_SERVICE_ACCOUNTS_ARCHIVE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.service_accounts.archive(
        *ORGANIZATION_SERVICE_ACCOUNTS_ARCHIVE_ARGS, **ORGANIZATION_SERVICE_ACCOUNTS_ARCHIVE_KWARGS
    )
    assert isinstance(result, types.ServiceAccount)
    adapter: TypeAdapter[Any] = TypeAdapter(types.ServiceAccount)
    expected = adapter.validate_json(ORGANIZATION_SERVICE_ACCOUNTS_ARCHIVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_service_accounts_archive_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_SERVICE_ACCOUNTS_ARCHIVE_RESPONSE)

    async def run() -> Any:
        return await client.organization.service_accounts.archive(
            *ORGANIZATION_SERVICE_ACCOUNTS_ARCHIVE_ARGS, **ORGANIZATION_SERVICE_ACCOUNTS_ARCHIVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.ServiceAccount)


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
def test_organization_service_accounts_archive_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.service_accounts.archive(
            *ORGANIZATION_SERVICE_ACCOUNTS_ARCHIVE_ARGS, **ORGANIZATION_SERVICE_ACCOUNTS_ARCHIVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/service_accounts
ORGANIZATION_SERVICE_ACCOUNTS_CREATE_ARGS: list[Any] = []
ORGANIZATION_SERVICE_ACCOUNTS_CREATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"name": "ci-deployer", "description": "Deploys from CI", "organization_role": "developer"}',
        {"name": "name", "description": "description", "organization_role": "organization_role"},
    ),
}
ORGANIZATION_SERVICE_ACCOUNTS_CREATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "svac_01HkVmBw7nQ3xY9zR5tE2uPa", "type": "service_account", "name": "ci-deployer", "description": "Deploys from CI", "organization_role": "developer", "created_at": "2026-11-20T09:15:02Z", "updated_at": "2026-11-20T09:15:02Z", "created_by_actor_id": "user_01WxYzAbCdEfGhJkMnPqRsTu", "updated_by_actor_id": "user_01WxYzAbCdEfGhJkMnPqRsTu", "archived_at": null, "archived_by_actor_id": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_service_accounts_create(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_SERVICE_ACCOUNTS_CREATE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.service_accounts.create(
        *ORGANIZATION_SERVICE_ACCOUNTS_CREATE_ARGS, **ORGANIZATION_SERVICE_ACCOUNTS_CREATE_KWARGS
    )
    assert isinstance(result, types.ServiceAccount)
    adapter: TypeAdapter[Any] = TypeAdapter(types.ServiceAccount)
    expected = adapter.validate_json(ORGANIZATION_SERVICE_ACCOUNTS_CREATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_service_accounts_create_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_SERVICE_ACCOUNTS_CREATE_RESPONSE)

    async def run() -> Any:
        return await client.organization.service_accounts.create(
            *ORGANIZATION_SERVICE_ACCOUNTS_CREATE_ARGS, **ORGANIZATION_SERVICE_ACCOUNTS_CREATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.ServiceAccount)


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
def test_organization_service_accounts_create_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.service_accounts.create(
            *ORGANIZATION_SERVICE_ACCOUNTS_CREATE_ARGS, **ORGANIZATION_SERVICE_ACCOUNTS_CREATE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/service_accounts
ORGANIZATION_SERVICE_ACCOUNTS_LIST_ARGS: list[Any] = []
ORGANIZATION_SERVICE_ACCOUNTS_LIST_KWARGS: dict[str, Any] = {}
ORGANIZATION_SERVICE_ACCOUNTS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "svac_01HkVmBw7nQ3xY9zR5tE2uPa", "type": "service_account", "name": "ci-deployer", "description": "Deploys from CI", "organization_role": "developer", "created_at": "2026-11-20T09:15:02Z", "updated_at": "2026-11-20T09:15:02Z", "created_by_actor_id": "user_01WxYzAbCdEfGhJkMnPqRsTu", "updated_by_actor_id": "user_01WxYzAbCdEfGhJkMnPqRsTu", "archived_at": null, "archived_by_actor_id": null}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_service_accounts_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_SERVICE_ACCOUNTS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.organization.service_accounts.list(
        *ORGANIZATION_SERVICE_ACCOUNTS_LIST_ARGS, **ORGANIZATION_SERVICE_ACCOUNTS_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.ServiceAccount) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_organization_service_accounts_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_SERVICE_ACCOUNTS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.organization.service_accounts.list(
            *ORGANIZATION_SERVICE_ACCOUNTS_LIST_ARGS, **ORGANIZATION_SERVICE_ACCOUNTS_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.ServiceAccount) for item in items)


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
def test_organization_service_accounts_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.service_accounts.list(
            *ORGANIZATION_SERVICE_ACCOUNTS_LIST_ARGS, **ORGANIZATION_SERVICE_ACCOUNTS_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/service_accounts/{service_account_id}
ORGANIZATION_SERVICE_ACCOUNTS_RETRIEVE_ARGS: list[Any] = [
    "svac_01HkVmBw7nQ3xY9zR5tE2uPa",
]
ORGANIZATION_SERVICE_ACCOUNTS_RETRIEVE_KWARGS: dict[str, Any] = {}
ORGANIZATION_SERVICE_ACCOUNTS_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "svac_01HkVmBw7nQ3xY9zR5tE2uPa", "type": "service_account", "name": "ci-deployer", "description": "Deploys from CI", "organization_role": "developer", "created_at": "2026-11-20T09:15:02Z", "updated_at": "2026-11-20T09:15:02Z", "created_by_actor_id": "user_01WxYzAbCdEfGhJkMnPqRsTu", "updated_by_actor_id": "user_01WxYzAbCdEfGhJkMnPqRsTu", "archived_at": null, "archived_by_actor_id": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_service_accounts_retrieve(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_SERVICE_ACCOUNTS_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.service_accounts.retrieve(
        *ORGANIZATION_SERVICE_ACCOUNTS_RETRIEVE_ARGS, **ORGANIZATION_SERVICE_ACCOUNTS_RETRIEVE_KWARGS
    )
    assert isinstance(result, types.ServiceAccount)
    adapter: TypeAdapter[Any] = TypeAdapter(types.ServiceAccount)
    expected = adapter.validate_json(ORGANIZATION_SERVICE_ACCOUNTS_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_service_accounts_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_SERVICE_ACCOUNTS_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.organization.service_accounts.retrieve(
            *ORGANIZATION_SERVICE_ACCOUNTS_RETRIEVE_ARGS, **ORGANIZATION_SERVICE_ACCOUNTS_RETRIEVE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.ServiceAccount)


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
def test_organization_service_accounts_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.service_accounts.retrieve(
            *ORGANIZATION_SERVICE_ACCOUNTS_RETRIEVE_ARGS, **ORGANIZATION_SERVICE_ACCOUNTS_RETRIEVE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/service_accounts/{service_account_id}
ORGANIZATION_SERVICE_ACCOUNTS_UPDATE_ARGS: list[Any] = [
    "svac_01HkVmBw7nQ3xY9zR5tE2uPa",
]
ORGANIZATION_SERVICE_ACCOUNTS_UPDATE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"organization_role": "admin"}', {"description": "description", "organization_role": "organization_role"}
    ),
}
ORGANIZATION_SERVICE_ACCOUNTS_UPDATE_RESPONSE = (
    200,
    "application/json",
    '{"id": "svac_01HkVmBw7nQ3xY9zR5tE2uPa", "type": "service_account", "name": "ci-deployer", "description": "Deploys from CI", "organization_role": "admin", "created_at": "2026-11-20T09:15:02Z", "updated_at": "2026-11-20T09:15:02Z", "created_by_actor_id": "user_01WxYzAbCdEfGhJkMnPqRsTu", "updated_by_actor_id": "user_01WxYzAbCdEfGhJkMnPqRsTu", "archived_at": null, "archived_by_actor_id": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_service_accounts_update(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_SERVICE_ACCOUNTS_UPDATE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.service_accounts.update(
        *ORGANIZATION_SERVICE_ACCOUNTS_UPDATE_ARGS, **ORGANIZATION_SERVICE_ACCOUNTS_UPDATE_KWARGS
    )
    assert isinstance(result, types.ServiceAccount)
    adapter: TypeAdapter[Any] = TypeAdapter(types.ServiceAccount)
    expected = adapter.validate_json(ORGANIZATION_SERVICE_ACCOUNTS_UPDATE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_service_accounts_update_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_SERVICE_ACCOUNTS_UPDATE_RESPONSE)

    async def run() -> Any:
        return await client.organization.service_accounts.update(
            *ORGANIZATION_SERVICE_ACCOUNTS_UPDATE_ARGS, **ORGANIZATION_SERVICE_ACCOUNTS_UPDATE_KWARGS
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.ServiceAccount)


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
def test_organization_service_accounts_update_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.service_accounts.update(
            *ORGANIZATION_SERVICE_ACCOUNTS_UPDATE_ARGS, **ORGANIZATION_SERVICE_ACCOUNTS_UPDATE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/service_accounts/{service_account_id}/workspaces
ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_ADD_ARGS: list[Any] = [
    "svac_01HkVmBw7nQ3xY9zR5tE2uPa",
]
ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_ADD_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"workspace_id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ", "workspace_role": "workspace_developer"}',
        {"workspace_id": "workspace_id", "workspace_role": "workspace_role"},
    ),
}
ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_ADD_RESPONSE = (
    200,
    "application/json",
    '{"type": "service_account_workspace_member", "service_account_id": "svac_01HkVmBw7nQ3xY9zR5tE2uPa", "workspace_id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ", "workspace_role": "workspace_developer", "created_by_actor_id": "user_01WxYzAbCdEfGhJkMnPqRsTu", "implicit": false}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_service_accounts_workspaces_add(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_ADD_RESPONSE)
    client = sync_client(transport)
    result = client.organization.service_accounts.workspaces.add(
        *ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_ADD_ARGS, **ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_ADD_KWARGS
    )
    assert isinstance(result, types.ServiceAccountWorkspaceMember)
    adapter: TypeAdapter[Any] = TypeAdapter(types.ServiceAccountWorkspaceMember)
    expected = adapter.validate_json(ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_ADD_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_service_accounts_workspaces_add_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_ADD_RESPONSE)

    async def run() -> Any:
        return await client.organization.service_accounts.workspaces.add(
            *ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_ADD_ARGS, **ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_ADD_KWARGS
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
def test_organization_service_accounts_workspaces_add_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.service_accounts.workspaces.add(
            *ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_ADD_ARGS, **ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_ADD_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/service_accounts/{service_account_id}/workspaces
ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_LIST_ARGS: list[Any] = [
    "svac_01HkVmBw7nQ3xY9zR5tE2uPa",
]
ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_LIST_KWARGS: dict[str, Any] = {}
ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"type": "service_account_workspace_member", "service_account_id": "svac_01HkVmBw7nQ3xY9zR5tE2uPa", "workspace_id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ", "workspace_role": "workspace_developer", "created_by_actor_id": "user_01WxYzAbCdEfGhJkMnPqRsTu", "implicit": false}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_service_accounts_workspaces_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.organization.service_accounts.workspaces.list(
        *ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_LIST_ARGS, **ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.ServiceAccountWorkspaceMember) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_organization_service_accounts_workspaces_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.organization.service_accounts.workspaces.list(
            *ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_LIST_ARGS, **ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_LIST_KWARGS
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
def test_organization_service_accounts_workspaces_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.service_accounts.workspaces.list(
            *ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_LIST_ARGS, **ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# DELETE /v1/organizations/service_accounts/{service_account_id}/workspaces/{workspace_id}
ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_REMOVE_ARGS: list[Any] = [
    "svac_01HkVmBw7nQ3xY9zR5tE2uPa",
    "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ",
]
ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_REMOVE_KWARGS: dict[str, Any] = {}
ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_REMOVE_RESPONSE = (
    200,
    "application/json",
    '{"type": "service_account_workspace_member_deleted", "service_account_id": "svac_01HkVmBw7nQ3xY9zR5tE2uPa", "workspace_id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ"}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_service_accounts_workspaces_remove(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_REMOVE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.service_accounts.workspaces.remove(
        *ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_REMOVE_ARGS, **ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_REMOVE_KWARGS
    )
    assert isinstance(result, types.ServiceAccountWorkspaceRemoveResponse)
    adapter: TypeAdapter[Any] = TypeAdapter(types.ServiceAccountWorkspaceRemoveResponse)
    expected = adapter.validate_json(ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_REMOVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_service_accounts_workspaces_remove_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_REMOVE_RESPONSE)

    async def run() -> Any:
        return await client.organization.service_accounts.workspaces.remove(
            *ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_REMOVE_ARGS,
            **ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_REMOVE_KWARGS,
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.ServiceAccountWorkspaceRemoveResponse)


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
def test_organization_service_accounts_workspaces_remove_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.service_accounts.workspaces.remove(
            *ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_REMOVE_ARGS,
            **ORGANIZATION_SERVICE_ACCOUNTS_WORKSPACES_REMOVE_KWARGS,
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/spend_limits/effective
ORGANIZATION_SPEND_LIMITS_EFFECTIVE_LIST_ARGS: list[Any] = []
ORGANIZATION_SPEND_LIMITS_EFFECTIVE_LIST_KWARGS: dict[str, Any] = {}
ORGANIZATION_SPEND_LIMITS_EFFECTIVE_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"actor": {"type": "user_actor", "user_id": "user_01WxYzAbCdEfGhJkMnPqRsTu", "email_address": "ada@example.com", "name": "Ada Lovelace", "deleted": false}, "amount": "50000", "currency": "USD", "period": "monthly", "period_to_date_spend": "12050.5", "scope": {"type": "user", "user_id": "user_01WxYzAbCdEfGhJkMnPqRsTu"}, "source": {"type": "seat_tier", "seat_tier": "premium"}, "spend_limit_id": "spl_01K8sT4vXw2yZ6aB3cD5eF7g"}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_spend_limits_effective_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_SPEND_LIMITS_EFFECTIVE_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.organization.spend_limits.effective.list(
        *ORGANIZATION_SPEND_LIMITS_EFFECTIVE_LIST_ARGS, **ORGANIZATION_SPEND_LIMITS_EFFECTIVE_LIST_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.SpendSummary) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_organization_spend_limits_effective_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_SPEND_LIMITS_EFFECTIVE_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.organization.spend_limits.effective.list(
            *ORGANIZATION_SPEND_LIMITS_EFFECTIVE_LIST_ARGS, **ORGANIZATION_SPEND_LIMITS_EFFECTIVE_LIST_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.SpendSummary) for item in items)


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
def test_organization_spend_limits_effective_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.spend_limits.effective.list(
            *ORGANIZATION_SPEND_LIMITS_EFFECTIVE_LIST_ARGS, **ORGANIZATION_SPEND_LIMITS_EFFECTIVE_LIST_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/spend_limit_increase_requests/{spend_limit_increase_request_id}/approve
ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_APPROVE_ARGS: list[Any] = [
    "slir_01K9aB2cD3eF4gH5jK6mN7pQ",
]
ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_APPROVE_KWARGS: dict[str, Any] = {
    **example_kwargs(
        '{"amount": "80000", "period": "monthly", "suppress_notification": false}',
        {"amount": "amount", "period": "period", "suppress_notification": "suppress_notification"},
    ),
}
ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_APPROVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "slir_01K9aB2cD3eF4gH5jK6mN7pQ", "type": "spend_limit_increase_request", "actor": {"type": "user_actor", "user_id": "user_01WxYzAbCdEfGhJkMnPqRsTu", "email_address": "ada@example.com", "name": "Ada Lovelace", "deleted": false}, "created_at": "2026-11-19T16:20:00Z", "period": "monthly", "status": "approved", "resolved_at": "2026-11-20T09:15:02Z", "resolved_by": {"type": "user_actor", "user_id": "user_01AdMiNxYzAbCdEfGhJkMnPq", "email_address": "admin@example.com", "name": "Grace Hopper", "deleted": false}, "spend_summary": {"actor": {"type": "user_actor", "user_id": "user_01WxYzAbCdEfGhJkMnPqRsTu", "email_address": "ada@example.com", "name": "Ada Lovelace", "deleted": false}, "amount": "50000", "currency": "USD", "period": "monthly", "period_to_date_spend": "12050.5", "scope": {"type": "user", "user_id": "user_01WxYzAbCdEfGhJkMnPqRsTu"}, "source": {"type": "seat_tier", "seat_tier": "premium"}, "spend_limit_id": "spl_01K8sT4vXw2yZ6aB3cD5eF7g"}, "spend_limit": {"id": "spl_01K8sT4vXw2yZ6aB3cD5eF7g", "type": "spend_limit", "amount": "80000", "currency": "USD", "is_enabled": true, "period": "monthly", "scope": {"type": "user", "user_id": "user_01WxYzAbCdEfGhJkMnPqRsTu"}, "created_at": "2026-10-01T08:00:00Z", "updated_at": "2026-11-20T09:15:02Z"}}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_spend_limits_increase_requests_approve(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_APPROVE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.spend_limits.increase_requests.approve(
        *ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_APPROVE_ARGS,
        **ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_APPROVE_KWARGS,
    )
    assert isinstance(result, types.IncreaseRequestApproveResponse)
    adapter: TypeAdapter[Any] = TypeAdapter(types.IncreaseRequestApproveResponse)
    expected = adapter.validate_json(ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_APPROVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_spend_limits_increase_requests_approve_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_APPROVE_RESPONSE)

    async def run() -> Any:
        return await client.organization.spend_limits.increase_requests.approve(
            *ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_APPROVE_ARGS,
            **ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_APPROVE_KWARGS,
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.IncreaseRequestApproveResponse)


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
def test_organization_spend_limits_increase_requests_approve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.spend_limits.increase_requests.approve(
            *ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_APPROVE_ARGS,
            **ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_APPROVE_KWARGS,
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# POST /v1/organizations/spend_limit_increase_requests/{spend_limit_increase_request_id}/deny
ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_DENY_ARGS: list[Any] = [
    "slir_01K9aB2cD3eF4gH5jK6mN7pQ",
]
ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_DENY_KWARGS: dict[str, Any] = {
    **example_kwargs('{"suppress_notification": true}', {"suppress_notification": "suppress_notification"}),
}
ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_DENY_RESPONSE = (
    200,
    "application/json",
    '{"id": "slir_01K9aB2cD3eF4gH5jK6mN7pQ", "type": "spend_limit_increase_request", "actor": {"type": "user_actor", "user_id": "user_01WxYzAbCdEfGhJkMnPqRsTu", "email_address": "ada@example.com", "name": "Ada Lovelace", "deleted": false}, "created_at": "2026-11-19T16:20:00Z", "period": "monthly", "status": "denied", "resolved_at": "2026-11-20T09:15:02Z", "resolved_by": {"type": "user_actor", "user_id": "user_01AdMiNxYzAbCdEfGhJkMnPq", "email_address": "admin@example.com", "name": "Grace Hopper", "deleted": false}, "spend_summary": {"actor": {"type": "user_actor", "user_id": "user_01WxYzAbCdEfGhJkMnPqRsTu", "email_address": "ada@example.com", "name": "Ada Lovelace", "deleted": false}, "amount": "50000", "currency": "USD", "period": "monthly", "period_to_date_spend": "12050.5", "scope": {"type": "user", "user_id": "user_01WxYzAbCdEfGhJkMnPqRsTu"}, "source": {"type": "seat_tier", "seat_tier": "premium"}, "spend_limit_id": "spl_01K8sT4vXw2yZ6aB3cD5eF7g"}}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_spend_limits_increase_requests_deny(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_DENY_RESPONSE)
    client = sync_client(transport)
    result = client.organization.spend_limits.increase_requests.deny(
        *ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_DENY_ARGS,
        **ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_DENY_KWARGS,
    )
    assert isinstance(result, types.SpendLimitIncreaseRequest)
    adapter: TypeAdapter[Any] = TypeAdapter(types.SpendLimitIncreaseRequest)
    expected = adapter.validate_json(ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_DENY_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_spend_limits_increase_requests_deny_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_DENY_RESPONSE)

    async def run() -> Any:
        return await client.organization.spend_limits.increase_requests.deny(
            *ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_DENY_ARGS,
            **ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_DENY_KWARGS,
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.SpendLimitIncreaseRequest)


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
def test_organization_spend_limits_increase_requests_deny_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.spend_limits.increase_requests.deny(
            *ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_DENY_ARGS,
            **ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_DENY_KWARGS,
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/spend_limit_increase_requests
ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_LIST_ARGS: list[Any] = []
ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_LIST_KWARGS: dict[str, Any] = {}
ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_LIST_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"id": "slir_01K9aB2cD3eF4gH5jK6mN7pQ", "type": "spend_limit_increase_request", "actor": {"type": "user_actor", "user_id": "user_01WxYzAbCdEfGhJkMnPqRsTu", "email_address": "ada@example.com", "name": "Ada Lovelace", "deleted": false}, "created_at": "2026-11-19T16:20:00Z", "period": "monthly", "status": "pending", "resolved_at": null, "resolved_by": null, "spend_summary": {"actor": {"type": "user_actor", "user_id": "user_01WxYzAbCdEfGhJkMnPqRsTu", "email_address": "ada@example.com", "name": "Ada Lovelace", "deleted": false}, "amount": "50000", "currency": "USD", "period": "monthly", "period_to_date_spend": "12050.5", "scope": {"type": "user", "user_id": "user_01WxYzAbCdEfGhJkMnPqRsTu"}, "source": {"type": "seat_tier", "seat_tier": "premium"}, "spend_limit_id": "spl_01K8sT4vXw2yZ6aB3cD5eF7g"}}], "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_spend_limits_increase_requests_list_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_LIST_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.organization.spend_limits.increase_requests.list(
        *ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_LIST_ARGS,
        **ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_LIST_KWARGS,
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.SpendLimitIncreaseRequest) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_organization_spend_limits_increase_requests_list_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_LIST_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.organization.spend_limits.increase_requests.list(
            *ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_LIST_ARGS,
            **ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_LIST_KWARGS,
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.SpendLimitIncreaseRequest) for item in items)


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
def test_organization_spend_limits_increase_requests_list_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.spend_limits.increase_requests.list(
            *ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_LIST_ARGS,
            **ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_LIST_KWARGS,
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/spend_limit_increase_requests/{spend_limit_increase_request_id}
ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_RETRIEVE_ARGS: list[Any] = [
    "slir_01K9aB2cD3eF4gH5jK6mN7pQ",
]
ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_RETRIEVE_KWARGS: dict[str, Any] = {}
ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_RETRIEVE_RESPONSE = (
    200,
    "application/json",
    '{"id": "slir_01K9aB2cD3eF4gH5jK6mN7pQ", "type": "spend_limit_increase_request", "actor": {"type": "user_actor", "user_id": "user_01WxYzAbCdEfGhJkMnPqRsTu", "email_address": "ada@example.com", "name": "Ada Lovelace", "deleted": false}, "created_at": "2026-11-19T16:20:00Z", "period": "monthly", "status": "pending", "resolved_at": null, "resolved_by": null, "spend_summary": {"actor": {"type": "user_actor", "user_id": "user_01WxYzAbCdEfGhJkMnPqRsTu", "email_address": "ada@example.com", "name": "Ada Lovelace", "deleted": false}, "amount": "50000", "currency": "USD", "period": "monthly", "period_to_date_spend": "12050.5", "scope": {"type": "user", "user_id": "user_01WxYzAbCdEfGhJkMnPqRsTu"}, "source": {"type": "seat_tier", "seat_tier": "premium"}, "spend_limit_id": "spl_01K8sT4vXw2yZ6aB3cD5eF7g"}}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_spend_limits_increase_requests_retrieve(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_RETRIEVE_RESPONSE)
    client = sync_client(transport)
    result = client.organization.spend_limits.increase_requests.retrieve(
        *ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_RETRIEVE_ARGS,
        **ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_RETRIEVE_KWARGS,
    )
    assert isinstance(result, types.SpendLimitIncreaseRequest)
    adapter: TypeAdapter[Any] = TypeAdapter(types.SpendLimitIncreaseRequest)
    expected = adapter.validate_json(ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_RETRIEVE_RESPONSE[2])
    assert adapter.dump_python(result, mode="json") == adapter.dump_python(expected, mode="json")
    sent = transport.requests[0]
    assert sent.headers["x-api-key"] == "test-key" and "authorization" not in sent.headers
    assert sent.headers["anthropic-version"] == "2023-06-01"


def test_organization_spend_limits_increase_requests_retrieve_async(transport: FakeTransport) -> None:
    transport.queue(*ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_RETRIEVE_RESPONSE)

    async def run() -> Any:
        return await client.organization.spend_limits.increase_requests.retrieve(
            *ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_RETRIEVE_ARGS,
            **ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_RETRIEVE_KWARGS,
        )

    client = async_client(transport)
    assert isinstance(asyncio.run(run()), types.SpendLimitIncreaseRequest)


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
def test_organization_spend_limits_increase_requests_retrieve_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.spend_limits.increase_requests.retrieve(
            *ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_RETRIEVE_ARGS,
            **ORGANIZATION_SPEND_LIMITS_INCREASE_REQUESTS_RETRIEVE_KWARGS,
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/usage_report/claude_code
ORGANIZATION_USAGE_REPORT_CLAUDE_CODE_ARGS: list[Any] = []
ORGANIZATION_USAGE_REPORT_CLAUDE_CODE_KWARGS: dict[str, Any] = {
    "starting_at": json.loads('"2026-11-18"'),
}
ORGANIZATION_USAGE_REPORT_CLAUDE_CODE_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"actor": {"type": "user_actor", "email_address": "developer@example.com"}, "core_metrics": {"commits_by_claude_code": 8, "lines_of_code": {"added": 342, "removed": 128}, "num_sessions": 15, "pull_requests_by_claude_code": 2}, "customer_type": "subscription", "date": "2026-11-18T00:00:00Z", "is_remote": false, "model_breakdown": [{"estimated_cost": {"amount": 186, "currency": "USD"}, "model": "claude-sonnet-4-5", "tokens": {"cache_creation": 2340, "cache_read": 8790, "input": 45230, "output": 12450}}], "organization_id": "12345678-1234-5678-1234-567812345678", "subscription_type": "enterprise", "terminal_type": "vscode", "tool_actions": {"edit_tool": {"accepted": 25, "rejected": 3}, "write_tool": {"accepted": 8, "rejected": 0}}}, {"actor": {"type": "api_actor", "api_key_name": "ci-key"}, "core_metrics": {"commits_by_claude_code": 0, "lines_of_code": {"added": 12, "removed": 4}, "num_sessions": 1, "pull_requests_by_claude_code": 0}, "customer_type": "api", "date": "2026-11-18T00:00:00Z", "is_remote": true, "model_breakdown": [], "organization_id": "12345678-1234-5678-1234-567812345678", "subscription_type": null, "terminal_type": "tmux", "tool_actions": {}}], "has_more": false, "next_page": null}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_usage_report_claude_code_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_USAGE_REPORT_CLAUDE_CODE_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.organization.usage_report.claude_code(
        *ORGANIZATION_USAGE_REPORT_CLAUDE_CODE_ARGS, **ORGANIZATION_USAGE_REPORT_CLAUDE_CODE_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.ClaudeCodeUsageReportRecord) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_organization_usage_report_claude_code_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_USAGE_REPORT_CLAUDE_CODE_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.organization.usage_report.claude_code(
            *ORGANIZATION_USAGE_REPORT_CLAUDE_CODE_ARGS, **ORGANIZATION_USAGE_REPORT_CLAUDE_CODE_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.ClaudeCodeUsageReportRecord) for item in items)


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
def test_organization_usage_report_claude_code_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.usage_report.claude_code(
            *ORGANIZATION_USAGE_REPORT_CLAUDE_CODE_ARGS, **ORGANIZATION_USAGE_REPORT_CLAUDE_CODE_KWARGS
        )
    error = caught.value
    expected = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(error) is expected and error.status_code == status
    assert error.type == json.loads(body)["error"]["type"]
    assert error.request_id == headers.get("request-id")


# GET /v1/organizations/usage_report/messages
ORGANIZATION_USAGE_REPORT_MESSAGES_ARGS: list[Any] = []
ORGANIZATION_USAGE_REPORT_MESSAGES_KWARGS: dict[str, Any] = {
    "starting_at": json.loads('"2026-11-01T00:00:00Z"'),
}
ORGANIZATION_USAGE_REPORT_MESSAGES_RESPONSE = (
    200,
    "application/json",
    '{"data": [{"starting_at": "2026-11-01T00:00:00Z", "ending_at": "2026-11-02T00:00:00Z", "results": [{"account_id": null, "api_key_id": "apikey_01Rj2N8SVvo6BePZj99NhmiT", "cache_creation": {"ephemeral_1h_input_tokens": 1000, "ephemeral_5m_input_tokens": 500}, "cache_read_input_tokens": 200, "context_window": "0-200k", "inference_geo": null, "model": "claude-sonnet-4-5", "output_tokens": 500, "server_tool_use": {"web_search_requests": 10}, "service_account_id": null, "service_tier": "standard", "uncached_input_tokens": 1500, "workspace_id": "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ"}]}, {"starting_at": "2026-11-02T00:00:00Z", "ending_at": "2026-11-03T00:00:00Z", "results": []}], "has_more": true, "next_page": "page_MjAyNi0xMS0wM1QwMDowMDowMFo="}',
    {"anthropic-organization-id": "5f3c2e1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "request-id": "req_018EeWyXxfu5pfWkrYcMdjWG"},
)


def test_organization_usage_report_messages_walks_pages(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_USAGE_REPORT_MESSAGES_RESPONSE
    page = json.loads(body)
    transport.queue(status, content_type, json.dumps({**page, "has_more": True, "next_page": "page_2"}), headers)
    transport.queue(status, content_type, json.dumps({**page, "has_more": False, "next_page": None}), headers)
    client = sync_client(transport)
    first = client.organization.usage_report.messages(
        *ORGANIZATION_USAGE_REPORT_MESSAGES_ARGS, **ORGANIZATION_USAGE_REPORT_MESSAGES_KWARGS
    )
    items = list(first)
    assert len(items) == 2 * len(page["data"])
    assert all(isinstance(item, types.UsageReportMessagesTimeBucket) for item in items)
    assert len(transport.requests) == 2
    assert transport.requests[1].url.params["page"] == "page_2"


def test_organization_usage_report_messages_async(transport: FakeTransport) -> None:
    status, content_type, body, headers = ORGANIZATION_USAGE_REPORT_MESSAGES_RESPONSE
    transport.queue(
        status, content_type, json.dumps({**json.loads(body), "has_more": False, "next_page": None}), headers
    )

    async def run() -> list[Any]:
        client = async_client(transport)
        first = await client.organization.usage_report.messages(
            *ORGANIZATION_USAGE_REPORT_MESSAGES_ARGS, **ORGANIZATION_USAGE_REPORT_MESSAGES_KWARGS
        )
        return [item async for item in first]

    items = asyncio.run(run())
    assert items and all(isinstance(item, types.UsageReportMessagesTimeBucket) for item in items)


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
def test_organization_usage_report_messages_errors(
    transport: FakeTransport, status: int, content_type: str, body: str, headers: dict[str, str]
) -> None:
    transport.queue(status, content_type, body, headers)
    client = sync_client(transport)
    with pytest.raises(APIStatusError) as caught:
        client.organization.usage_report.messages(
            *ORGANIZATION_USAGE_REPORT_MESSAGES_ARGS, **ORGANIZATION_USAGE_REPORT_MESSAGES_KWARGS
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
            "inference_data_privacy": "inference_data_privacy",
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
            "inference_data_privacy": "inference_data_privacy",
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
