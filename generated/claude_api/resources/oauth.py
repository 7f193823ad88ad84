"""oauth: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Literal, Optional, Union

import httpx

from .._base_client import (
    OMIT,
    AsyncClientBase,
    Omit,
    Request,
    SyncClientBase,
    to_async_raw_response,
    to_raw_response,
)
from ..types import (
    OAuthTokenResponse,
)

__all__ = ["AsyncOauth", "AsyncOauthWithRawResponse", "Oauth", "OauthWithRawResponse"]


class Oauth:
    """`client.oauth`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OauthWithRawResponse:
        return OauthWithRawResponse(self)

    def token(
        self,
        *,
        grant_type: Literal["urn:ietf:params:oauth:grant-type:jwt-bearer", "refresh_token"],
        assertion: str = OMIT,
        federation_rule_id: str = OMIT,
        organization_id: str = OMIT,
        service_account_id: str = OMIT,
        workspace_id: str = OMIT,
        refresh_token: str = OMIT,
        client_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> OAuthTokenResponse:
        """Get an Access Token

        Exchange an identity provider JWT (jwt-bearer grant, workload identity federation) or a refresh token (refresh_token grant) for a short-lived access token. Send `oauth-2025-04-20`; a jwt-bearer exchange also needs `oidc-federation-2026-04-01`, and a refresh_token grant must not send it. No API key is needed.

        `POST /v1/oauth/token`
        """
        req = Request(
            "POST",
            "/v1/oauth/token",
            body={
                "grant_type": grant_type,
                "assertion": assertion,
                "federation_rule_id": federation_rule_id,
                "organization_id": organization_id,
                "service_account_id": service_account_id,
                "workspace_id": workspace_id,
                "refresh_token": refresh_token,
                "client_id": client_id,
            },
            betas=["oauth-2025-04-20", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, OAuthTokenResponse)


class OauthWithRawResponse:
    """`client.oauth.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: Oauth) -> None:
        self.token = to_raw_response(resource.token)


class AsyncOauth:
    """`client.oauth`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOauthWithRawResponse:
        return AsyncOauthWithRawResponse(self)

    async def token(
        self,
        *,
        grant_type: Literal["urn:ietf:params:oauth:grant-type:jwt-bearer", "refresh_token"],
        assertion: str = OMIT,
        federation_rule_id: str = OMIT,
        organization_id: str = OMIT,
        service_account_id: str = OMIT,
        workspace_id: str = OMIT,
        refresh_token: str = OMIT,
        client_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> OAuthTokenResponse:
        """Get an Access Token

        Exchange an identity provider JWT (jwt-bearer grant, workload identity federation) or a refresh token (refresh_token grant) for a short-lived access token. Send `oauth-2025-04-20`; a jwt-bearer exchange also needs `oidc-federation-2026-04-01`, and a refresh_token grant must not send it. No API key is needed.

        `POST /v1/oauth/token`
        """
        req = Request(
            "POST",
            "/v1/oauth/token",
            body={
                "grant_type": grant_type,
                "assertion": assertion,
                "federation_rule_id": federation_rule_id,
                "organization_id": organization_id,
                "service_account_id": service_account_id,
                "workspace_id": workspace_id,
                "refresh_token": refresh_token,
                "client_id": client_id,
            },
            betas=["oauth-2025-04-20", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, OAuthTokenResponse)


class AsyncOauthWithRawResponse:
    """`client.oauth.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOauth) -> None:
        self.token = to_async_raw_response(resource.token)
