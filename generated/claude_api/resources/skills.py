"""skills: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Optional, Union
from urllib.parse import quote

import httpx

from .._base_client import (
    OMIT,
    AsyncClientBase,
    AsyncPage,
    FileContent,
    Omit,
    Request,
    SyncClientBase,
    SyncPage,
    to_async_raw_response,
    to_raw_response,
)
from ..types import (
    DeletedSkill,
    DeletedSkillVersion,
    Skill,
    SkillVersion,
)

__all__ = [
    "AsyncSkills",
    "AsyncSkillsVersions",
    "AsyncSkillsVersionsWithRawResponse",
    "AsyncSkillsWithRawResponse",
    "Skills",
    "SkillsVersions",
    "SkillsVersionsWithRawResponse",
    "SkillsWithRawResponse",
]


class SkillsVersions:
    """`client.skills.versions`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SkillsVersionsWithRawResponse:
        return SkillsVersionsWithRawResponse(self)

    def create(
        self,
        skill_id: str,
        *,
        files: Sequence[FileContent],
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SkillVersion:
        """Create a Skill Version

        Upload a complete new set of a Skill's files as its newest version.

        `POST /v1/skills/{skill_id}/versions`
        """
        req = Request(
            "POST",
            f"/v1/skills/{quote(str(skill_id), safe='')}/versions",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "files[]": files,
            },
            file_fields=[
                "files[]",
            ],
            betas=[*betas],
            max_request_bytes=31457280,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, SkillVersion)

    def delete(
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
    ) -> DeletedSkillVersion:
        """Delete a Skill Version

        Delete one version of a Skill.

        `DELETE /v1/skills/{skill_id}/versions/{version}`
        """
        req = Request(
            "DELETE",
            f"/v1/skills/{quote(str(skill_id), safe='')}/versions/{quote(str(version), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, DeletedSkillVersion)

    def list(
        self,
        skill_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[SkillVersion]:
        """List Skill Versions

        List the versions of a Skill.

        `GET /v1/skills/{skill_id}/versions`
        """
        req = Request(
            "GET",
            f"/v1/skills/{quote(str(skill_id), safe='')}/versions",
            query={"limit": limit, "page": page},
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, SkillVersion, "data", "page_cursor")

    def retrieve(
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
    ) -> SkillVersion:
        """Get a Skill Version

        Get one version of a Skill, or its newest with the version `latest`.

        `GET /v1/skills/{skill_id}/versions/{version}`
        """
        req = Request(
            "GET",
            f"/v1/skills/{quote(str(skill_id), safe='')}/versions/{quote(str(version), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, SkillVersion)


class SkillsVersionsWithRawResponse:
    """`client.skills.versions.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: SkillsVersions) -> None:
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)


class Skills:
    """`client.skills`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.versions = SkillsVersions(client)

    @cached_property
    def with_raw_response(self) -> SkillsWithRawResponse:
        return SkillsWithRawResponse(self)

    def create(
        self,
        *,
        files: Sequence[FileContent],
        display_name: Optional[str] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> Skill:
        """Create a Skill

        Create a custom Skill, and its first version, from files uploaded as multipart/form-data.

        `POST /v1/skills`
        """
        req = Request(
            "POST",
            "/v1/skills",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "files[]": files,
                "display_name": display_name,
            },
            file_fields=[
                "files[]",
            ],
            betas=[*betas],
            max_request_bytes=31457280,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, Skill)

    def delete(
        self,
        skill_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> DeletedSkill:
        """Delete a Skill

        Delete a custom Skill together with all of its versions.

        `DELETE /v1/skills/{skill_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/skills/{quote(str(skill_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, DeletedSkill)

    def list(
        self,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        source: str = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[Skill]:
        """List Skills

        List the Skills available to the Workspace, custom and Anthropic's.

        `GET /v1/skills`
        """
        req = Request(
            "GET",
            "/v1/skills",
            query={"limit": limit, "page": page, "source": source},
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, Skill, "data", "page_cursor")

    def retrieve(
        self,
        skill_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> Skill:
        """Get a Skill

        Get a Skill by its ID.

        `GET /v1/skills/{skill_id}`
        """
        req = Request(
            "GET",
            f"/v1/skills/{quote(str(skill_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, Skill)


class SkillsWithRawResponse:
    """`client.skills.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: Skills) -> None:
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncSkillsVersions:
    """`client.skills.versions`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSkillsVersionsWithRawResponse:
        return AsyncSkillsVersionsWithRawResponse(self)

    async def create(
        self,
        skill_id: str,
        *,
        files: Sequence[FileContent],
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SkillVersion:
        """Create a Skill Version

        Upload a complete new set of a Skill's files as its newest version.

        `POST /v1/skills/{skill_id}/versions`
        """
        req = Request(
            "POST",
            f"/v1/skills/{quote(str(skill_id), safe='')}/versions",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "files[]": files,
            },
            file_fields=[
                "files[]",
            ],
            betas=[*betas],
            max_request_bytes=31457280,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, SkillVersion)

    async def delete(
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
    ) -> DeletedSkillVersion:
        """Delete a Skill Version

        Delete one version of a Skill.

        `DELETE /v1/skills/{skill_id}/versions/{version}`
        """
        req = Request(
            "DELETE",
            f"/v1/skills/{quote(str(skill_id), safe='')}/versions/{quote(str(version), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, DeletedSkillVersion)

    async def list(
        self,
        skill_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[SkillVersion]:
        """List Skill Versions

        List the versions of a Skill.

        `GET /v1/skills/{skill_id}/versions`
        """
        req = Request(
            "GET",
            f"/v1/skills/{quote(str(skill_id), safe='')}/versions",
            query={"limit": limit, "page": page},
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, SkillVersion, "data", "page_cursor")

    async def retrieve(
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
    ) -> SkillVersion:
        """Get a Skill Version

        Get one version of a Skill, or its newest with the version `latest`.

        `GET /v1/skills/{skill_id}/versions/{version}`
        """
        req = Request(
            "GET",
            f"/v1/skills/{quote(str(skill_id), safe='')}/versions/{quote(str(version), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, SkillVersion)


class AsyncSkillsVersionsWithRawResponse:
    """`client.skills.versions.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncSkillsVersions) -> None:
        self.create = to_async_raw_response(resource.create)
        self.delete = to_async_raw_response(resource.delete)
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)


class AsyncSkills:
    """`client.skills`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.versions = AsyncSkillsVersions(client)

    @cached_property
    def with_raw_response(self) -> AsyncSkillsWithRawResponse:
        return AsyncSkillsWithRawResponse(self)

    async def create(
        self,
        *,
        files: Sequence[FileContent],
        display_name: Optional[str] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> Skill:
        """Create a Skill

        Create a custom Skill, and its first version, from files uploaded as multipart/form-data.

        `POST /v1/skills`
        """
        req = Request(
            "POST",
            "/v1/skills",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "files[]": files,
                "display_name": display_name,
            },
            file_fields=[
                "files[]",
            ],
            betas=[*betas],
            max_request_bytes=31457280,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, Skill)

    async def delete(
        self,
        skill_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> DeletedSkill:
        """Delete a Skill

        Delete a custom Skill together with all of its versions.

        `DELETE /v1/skills/{skill_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/skills/{quote(str(skill_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, DeletedSkill)

    async def list(
        self,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        source: str = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[Skill]:
        """List Skills

        List the Skills available to the Workspace, custom and Anthropic's.

        `GET /v1/skills`
        """
        req = Request(
            "GET",
            "/v1/skills",
            query={"limit": limit, "page": page, "source": source},
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, Skill, "data", "page_cursor")

    async def retrieve(
        self,
        skill_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> Skill:
        """Get a Skill

        Get a Skill by its ID.

        `GET /v1/skills/{skill_id}`
        """
        req = Request(
            "GET",
            f"/v1/skills/{quote(str(skill_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, Skill)


class AsyncSkillsWithRawResponse:
    """`client.skills.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncSkills) -> None:
        self.create = to_async_raw_response(resource.create)
        self.delete = to_async_raw_response(resource.delete)
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)
