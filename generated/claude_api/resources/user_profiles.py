"""user_profiles: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Literal, Optional, Union
from urllib.parse import quote

import httpx

from .._base_client import (
    OMIT,
    AsyncClientBase,
    AsyncPage,
    Omit,
    Request,
    SyncClientBase,
    SyncPage,
    to_async_raw_response,
    to_raw_response,
)
from ..types import (
    DeletedUserProfile,
    UserProfile,
    UserProfileActionURL,
    UserProfileEnrollEndUserActionParam,
    UserProfileExternalUserDetailsParams,
)

__all__ = [
    "AsyncUserProfiles",
    "AsyncUserProfilesActionUrls",
    "AsyncUserProfilesActionUrlsWithRawResponse",
    "AsyncUserProfilesWithRawResponse",
    "UserProfiles",
    "UserProfilesActionUrls",
    "UserProfilesActionUrlsWithRawResponse",
    "UserProfilesWithRawResponse",
]


class UserProfilesActionUrls:
    """`client.user_profiles.action_urls`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> UserProfilesActionUrlsWithRawResponse:
        return UserProfilesActionUrlsWithRawResponse(self)

    def create(
        self,
        user_profile_id: str,
        *,
        action: Union[UserProfileEnrollEndUserActionParam, Mapping[str, Any]],
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> UserProfileActionURL:
        """Create a User Profile Action URL

        Create a link that takes the end customer a profile represents to the Verification Portal, for example to enroll in a program.

        `POST /v1/user_profiles/{user_profile_id}/action_urls`
        """
        req = Request(
            "POST",
            f"/v1/user_profiles/{quote(str(user_profile_id), safe='')}/action_urls",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "action": action,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, UserProfileActionURL)


class UserProfilesActionUrlsWithRawResponse:
    """`client.user_profiles.action_urls.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: UserProfilesActionUrls) -> None:
        self.create = to_raw_response(resource.create)


class UserProfiles:
    """`client.user_profiles`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.action_urls = UserProfilesActionUrls(client)

    @cached_property
    def with_raw_response(self) -> UserProfilesWithRawResponse:
        return UserProfilesWithRawResponse(self)

    def create(
        self,
        *,
        access_type: Literal["application", "passthrough"] = OMIT,
        external_user_details: Union[UserProfileExternalUserDetailsParams, Mapping[str, Any]] = OMIT,
        metadata: Mapping[str, Any] = OMIT,
        name: Optional[str] = OMIT,
        external_id: Optional[str] = OMIT,
        external_user_onboarded_at: str = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> UserProfile:
        """Create a User Profile

        Create a user profile for an entity the platform serves, such as an end user.

        `POST /v1/user_profiles`
        """
        req = Request(
            "POST",
            "/v1/user_profiles",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "access_type": access_type,
                "external_user_details": external_user_details,
                "metadata": metadata,
                "name": name,
                "external_id": external_id,
                "external_user_onboarded_at": external_user_onboarded_at,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, UserProfile)

    def delete(
        self,
        user_profile_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> DeletedUserProfile:
        """Delete a User Profile

        Delete a user profile, for example when the end customer closes their account; stop sending its ID on requests first.

        `DELETE /v1/user_profiles/{user_profile_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/user_profiles/{quote(str(user_profile_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, DeletedUserProfile)

    def list(
        self,
        *,
        enforcement_status: Sequence[Literal["unrestricted", "pending", "restricted", "banned"]] = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        order: Literal["asc", "desc"] = OMIT,
        order_by: Literal["created_at", "name"] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[UserProfile]:
        """List User Profiles

        List the user profiles of the workspace, newest first by default.

        `GET /v1/user_profiles`
        """
        req = Request(
            "GET",
            "/v1/user_profiles",
            query={
                "enforcement_status[]": enforcement_status,
                "limit": limit,
                "page": page,
                "order": order,
                "order_by": order_by,
            },
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, UserProfile, "data", "page_cursor")

    def retrieve(
        self,
        user_profile_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> UserProfile:
        """Get a User Profile

        Get a user profile, with every program it has a status in.

        `GET /v1/user_profiles/{user_profile_id}`
        """
        req = Request(
            "GET",
            f"/v1/user_profiles/{quote(str(user_profile_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, UserProfile)

    def update(
        self,
        user_profile_id: str,
        *,
        access_type: Optional[Literal["application", "passthrough"]] = OMIT,
        external_user_details: Union[UserProfileExternalUserDetailsParams, Mapping[str, Any]] = OMIT,
        metadata: Mapping[str, Any] = OMIT,
        name: Optional[str] = OMIT,
        external_id: Optional[str] = OMIT,
        external_user_onboarded_at: str = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> UserProfile:
        """Update a User Profile

        Update a user profile; fields left out keep their values.

        `POST /v1/user_profiles/{user_profile_id}`
        """
        req = Request(
            "POST",
            f"/v1/user_profiles/{quote(str(user_profile_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "access_type": access_type,
                "external_user_details": external_user_details,
                "metadata": metadata,
                "name": name,
                "external_id": external_id,
                "external_user_onboarded_at": external_user_onboarded_at,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, UserProfile)


class UserProfilesWithRawResponse:
    """`client.user_profiles.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: UserProfiles) -> None:
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class AsyncUserProfilesActionUrls:
    """`client.user_profiles.action_urls`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncUserProfilesActionUrlsWithRawResponse:
        return AsyncUserProfilesActionUrlsWithRawResponse(self)

    async def create(
        self,
        user_profile_id: str,
        *,
        action: Union[UserProfileEnrollEndUserActionParam, Mapping[str, Any]],
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> UserProfileActionURL:
        """Create a User Profile Action URL

        Create a link that takes the end customer a profile represents to the Verification Portal, for example to enroll in a program.

        `POST /v1/user_profiles/{user_profile_id}/action_urls`
        """
        req = Request(
            "POST",
            f"/v1/user_profiles/{quote(str(user_profile_id), safe='')}/action_urls",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "action": action,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, UserProfileActionURL)


class AsyncUserProfilesActionUrlsWithRawResponse:
    """`client.user_profiles.action_urls.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncUserProfilesActionUrls) -> None:
        self.create = to_async_raw_response(resource.create)


class AsyncUserProfiles:
    """`client.user_profiles`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.action_urls = AsyncUserProfilesActionUrls(client)

    @cached_property
    def with_raw_response(self) -> AsyncUserProfilesWithRawResponse:
        return AsyncUserProfilesWithRawResponse(self)

    async def create(
        self,
        *,
        access_type: Literal["application", "passthrough"] = OMIT,
        external_user_details: Union[UserProfileExternalUserDetailsParams, Mapping[str, Any]] = OMIT,
        metadata: Mapping[str, Any] = OMIT,
        name: Optional[str] = OMIT,
        external_id: Optional[str] = OMIT,
        external_user_onboarded_at: str = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> UserProfile:
        """Create a User Profile

        Create a user profile for an entity the platform serves, such as an end user.

        `POST /v1/user_profiles`
        """
        req = Request(
            "POST",
            "/v1/user_profiles",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "access_type": access_type,
                "external_user_details": external_user_details,
                "metadata": metadata,
                "name": name,
                "external_id": external_id,
                "external_user_onboarded_at": external_user_onboarded_at,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, UserProfile)

    async def delete(
        self,
        user_profile_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> DeletedUserProfile:
        """Delete a User Profile

        Delete a user profile, for example when the end customer closes their account; stop sending its ID on requests first.

        `DELETE /v1/user_profiles/{user_profile_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/user_profiles/{quote(str(user_profile_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, DeletedUserProfile)

    async def list(
        self,
        *,
        enforcement_status: Sequence[Literal["unrestricted", "pending", "restricted", "banned"]] = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        order: Literal["asc", "desc"] = OMIT,
        order_by: Literal["created_at", "name"] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[UserProfile]:
        """List User Profiles

        List the user profiles of the workspace, newest first by default.

        `GET /v1/user_profiles`
        """
        req = Request(
            "GET",
            "/v1/user_profiles",
            query={
                "enforcement_status[]": enforcement_status,
                "limit": limit,
                "page": page,
                "order": order,
                "order_by": order_by,
            },
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, UserProfile, "data", "page_cursor")

    async def retrieve(
        self,
        user_profile_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> UserProfile:
        """Get a User Profile

        Get a user profile, with every program it has a status in.

        `GET /v1/user_profiles/{user_profile_id}`
        """
        req = Request(
            "GET",
            f"/v1/user_profiles/{quote(str(user_profile_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, UserProfile)

    async def update(
        self,
        user_profile_id: str,
        *,
        access_type: Optional[Literal["application", "passthrough"]] = OMIT,
        external_user_details: Union[UserProfileExternalUserDetailsParams, Mapping[str, Any]] = OMIT,
        metadata: Mapping[str, Any] = OMIT,
        name: Optional[str] = OMIT,
        external_id: Optional[str] = OMIT,
        external_user_onboarded_at: str = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> UserProfile:
        """Update a User Profile

        Update a user profile; fields left out keep their values.

        `POST /v1/user_profiles/{user_profile_id}`
        """
        req = Request(
            "POST",
            f"/v1/user_profiles/{quote(str(user_profile_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "access_type": access_type,
                "external_user_details": external_user_details,
                "metadata": metadata,
                "name": name,
                "external_id": external_id,
                "external_user_onboarded_at": external_user_onboarded_at,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, UserProfile)


class AsyncUserProfilesWithRawResponse:
    """`client.user_profiles.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncUserProfiles) -> None:
        self.create = to_async_raw_response(resource.create)
        self.delete = to_async_raw_response(resource.delete)
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.update = to_async_raw_response(resource.update)
