"""beta: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Optional, Union
from urllib.parse import quote

import httpx

from .._base_client import (
    OMIT,
    AsyncBinaryResponse,
    AsyncClientBase,
    BinaryResponse,
    Omit,
    Request,
    SyncClientBase,
    to_async_raw_response,
    to_raw_response,
)

__all__ = [
    "AsyncBeta",
    "AsyncBetaSkills",
    "AsyncBetaSkillsVersions",
    "AsyncBetaSkillsVersionsWithRawResponse",
    "AsyncBetaSkillsWithRawResponse",
    "AsyncBetaWithRawResponse",
    "Beta",
    "BetaSkills",
    "BetaSkillsVersions",
    "BetaSkillsVersionsWithRawResponse",
    "BetaSkillsWithRawResponse",
    "BetaWithRawResponse",
]


class BetaSkillsVersions:
    """`client.beta.skills.versions`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaSkillsVersionsWithRawResponse:
        return BetaSkillsVersionsWithRawResponse(self)

    def download(
        self,
        skill_id: str,
        version: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BinaryResponse:
        """Download a Skill Version

        Download a version's files as one zip archive. Only in the SDK's beta namespace; it sends no default beta.

        `GET /v1/skills/{skill_id}/versions/{version}/content`
        """
        req = Request(
            "GET",
            f"/v1/skills/{quote(str(skill_id), safe='')}/versions/{quote(str(version), safe='')}/content",
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            accept="application/octet-stream",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.binary(req)


class BetaSkillsVersionsWithRawResponse:
    """`client.beta.skills.versions.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaSkillsVersions) -> None:
        self.download = to_raw_response(resource.download)


class BetaSkills:
    """`client.beta.skills`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.versions = BetaSkillsVersions(client)

    @cached_property
    def with_raw_response(self) -> BetaSkillsWithRawResponse:
        return BetaSkillsWithRawResponse(self)


class BetaSkillsWithRawResponse:
    """`client.beta.skills.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaSkills) -> None:
        self._resource = resource


class Beta:
    """`client.beta`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.skills = BetaSkills(client)

    @cached_property
    def with_raw_response(self) -> BetaWithRawResponse:
        return BetaWithRawResponse(self)


class BetaWithRawResponse:
    """`client.beta.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: Beta) -> None:
        self._resource = resource


class AsyncBetaSkillsVersions:
    """`client.beta.skills.versions`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaSkillsVersionsWithRawResponse:
        return AsyncBetaSkillsVersionsWithRawResponse(self)

    async def download(
        self,
        skill_id: str,
        version: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncBinaryResponse:
        """Download a Skill Version

        Download a version's files as one zip archive. Only in the SDK's beta namespace; it sends no default beta.

        `GET /v1/skills/{skill_id}/versions/{version}/content`
        """
        req = Request(
            "GET",
            f"/v1/skills/{quote(str(skill_id), safe='')}/versions/{quote(str(version), safe='')}/content",
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            accept="application/octet-stream",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.binary(req)


class AsyncBetaSkillsVersionsWithRawResponse:
    """`client.beta.skills.versions.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaSkillsVersions) -> None:
        self.download = to_async_raw_response(resource.download)


class AsyncBetaSkills:
    """`client.beta.skills`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.versions = AsyncBetaSkillsVersions(client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaSkillsWithRawResponse:
        return AsyncBetaSkillsWithRawResponse(self)


class AsyncBetaSkillsWithRawResponse:
    """`client.beta.skills.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaSkills) -> None:
        self._resource = resource


class AsyncBeta:
    """`client.beta`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.skills = AsyncBetaSkills(client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaWithRawResponse:
        return AsyncBetaWithRawResponse(self)


class AsyncBetaWithRawResponse:
    """`client.beta.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBeta) -> None:
        self._resource = resource
