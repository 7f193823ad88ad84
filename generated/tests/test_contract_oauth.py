"""Contract tests of client.oauth: generated from the spec, do not edit.

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
