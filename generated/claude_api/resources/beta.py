"""beta: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Literal, Optional, Union
from urllib.parse import quote

import httpx

from .._base_client import (
    OMIT,
    AsyncBinaryResponse,
    AsyncClientBase,
    AsyncPage,
    BinaryResponse,
    Omit,
    Request,
    SyncClientBase,
    SyncPage,
    to_async_raw_response,
    to_raw_response,
)
from ..types import (
    BetaDream,
    BetaDreamMemoryStoreInputParam,
    BetaDreamModelConfigParam,
    BetaDreamSessionsInputParam,
    BetaManagedAgentsCredential,
    BetaManagedAgentsCredentialValidation,
    BetaManagedAgentsDeletedCredential,
    BetaManagedAgentsDeletedMemory,
    BetaManagedAgentsDeletedMemoryStore,
    BetaManagedAgentsDeletedVault,
    BetaManagedAgentsEnvironmentVariableCreateParams,
    BetaManagedAgentsEnvironmentVariableUpdateParams,
    BetaManagedAgentsMCPOAuthCreateParams,
    BetaManagedAgentsMCPOAuthUpdateParams,
    BetaManagedAgentsMemory,
    BetaManagedAgentsMemoryPrefix,
    BetaManagedAgentsMemoryStore,
    BetaManagedAgentsMemoryVersion,
    BetaManagedAgentsPreconditionParam,
    BetaManagedAgentsStaticBearerCreateParams,
    BetaManagedAgentsStaticBearerUpdateParams,
    BetaManagedAgentsVault,
    BetaOutputBehaviorCreateNewParam,
    BetaOutputBehaviorUpdateExistingParam,
    BetaUserProfileEnrollmentURL,
)

__all__ = [
    "AsyncBeta",
    "AsyncBetaDreams",
    "AsyncBetaDreamsWithRawResponse",
    "AsyncBetaMemoryStores",
    "AsyncBetaMemoryStoresMemories",
    "AsyncBetaMemoryStoresMemoriesWithRawResponse",
    "AsyncBetaMemoryStoresMemoryVersions",
    "AsyncBetaMemoryStoresMemoryVersionsWithRawResponse",
    "AsyncBetaMemoryStoresWithRawResponse",
    "AsyncBetaSkills",
    "AsyncBetaSkillsVersions",
    "AsyncBetaSkillsVersionsWithRawResponse",
    "AsyncBetaSkillsWithRawResponse",
    "AsyncBetaUserProfiles",
    "AsyncBetaUserProfilesWithRawResponse",
    "AsyncBetaVaults",
    "AsyncBetaVaultsCredentials",
    "AsyncBetaVaultsCredentialsWithRawResponse",
    "AsyncBetaVaultsWithRawResponse",
    "AsyncBetaWithRawResponse",
    "Beta",
    "BetaDreams",
    "BetaDreamsWithRawResponse",
    "BetaMemoryStores",
    "BetaMemoryStoresMemories",
    "BetaMemoryStoresMemoriesWithRawResponse",
    "BetaMemoryStoresMemoryVersions",
    "BetaMemoryStoresMemoryVersionsWithRawResponse",
    "BetaMemoryStoresWithRawResponse",
    "BetaSkills",
    "BetaSkillsVersions",
    "BetaSkillsVersionsWithRawResponse",
    "BetaSkillsWithRawResponse",
    "BetaUserProfiles",
    "BetaUserProfilesWithRawResponse",
    "BetaVaults",
    "BetaVaultsCredentials",
    "BetaVaultsCredentialsWithRawResponse",
    "BetaVaultsWithRawResponse",
    "BetaWithRawResponse",
]


class BetaDreams:
    """`client.beta.dreams`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaDreamsWithRawResponse:
        return BetaDreamsWithRawResponse(self)

    def archive(
        self,
        dream_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaDream:
        """Archive a Dream

        Archive a dream, hiding it from lists by default.

        `POST /v1/dreams/{dream_id}/archive`
        """
        req = Request(
            "POST",
            f"/v1/dreams/{quote(str(dream_id), safe='')}/archive",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["dreaming-2026-04-21", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaDream)

    def cancel(
        self,
        dream_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaDream:
        """Cancel a Dream

        Cancel a pending or running dream.

        `POST /v1/dreams/{dream_id}/cancel`
        """
        req = Request(
            "POST",
            f"/v1/dreams/{quote(str(dream_id), safe='')}/cancel",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["dreaming-2026-04-21", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaDream)

    def create(
        self,
        *,
        inputs: Sequence[Union[BetaDreamMemoryStoreInputParam, BetaDreamSessionsInputParam, Mapping[str, Any]]],
        model: Union[str, BetaDreamModelConfigParam, Mapping[str, Any]],
        instructions: Optional[str] = OMIT,
        output_behavior: Union[
            BetaOutputBehaviorCreateNewParam, BetaOutputBehaviorUpdateExistingParam, Mapping[str, Any]
        ] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaDream:
        """Create a Dream

        Start a dream that reads a memory store and sessions and writes a reorganized memory store.

        `POST /v1/dreams`
        """
        req = Request(
            "POST",
            "/v1/dreams",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "inputs": inputs,
                "model": model,
                "instructions": instructions,
                "output_behavior": output_behavior,
            },
            betas=["dreaming-2026-04-21", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaDream)

    def list(
        self,
        *,
        created_at_gt: str = OMIT,
        created_at_lt: str = OMIT,
        include_archived: bool = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        statuses: Sequence[Literal["pending", "running", "completed", "failed", "canceled"]] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[BetaDream]:
        """List Dreams

        List the dreams of the workspace, newest first.

        `GET /v1/dreams`
        """
        req = Request(
            "GET",
            "/v1/dreams",
            query={
                "created_at[gt]": created_at_gt,
                "created_at[lt]": created_at_lt,
                "include_archived": include_archived,
                "limit": limit,
                "page": page,
                "statuses[]": statuses,
            },
            headers={"anthropic-workspace-id": workspace_id},
            betas=["dreaming-2026-04-21", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaDream, "data", "page_cursor")

    def retrieve(
        self,
        dream_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaDream:
        """Get a Dream

        Get a dream's status, usage and output.

        `GET /v1/dreams/{dream_id}`
        """
        req = Request(
            "GET",
            f"/v1/dreams/{quote(str(dream_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["dreaming-2026-04-21", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaDream)


class BetaDreamsWithRawResponse:
    """`client.beta.dreams.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaDreams) -> None:
        self.archive = to_raw_response(resource.archive)
        self.cancel = to_raw_response(resource.cancel)
        self.create = to_raw_response(resource.create)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)


class BetaMemoryStoresMemories:
    """`client.beta.memory_stores.memories`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaMemoryStoresMemoriesWithRawResponse:
        return BetaMemoryStoresMemoriesWithRawResponse(self)

    def create(
        self,
        memory_store_id: str,
        *,
        content: Optional[str],
        path: str,
        view: Literal["basic", "full"] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsMemory:
        """Create a Memory

        Create a memory at a path in a memory store.

        `POST /v1/memory_stores/{memory_store_id}/memories`
        """
        req = Request(
            "POST",
            f"/v1/memory_stores/{quote(str(memory_store_id), safe='')}/memories",
            query={"view": view},
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "content": content,
                "path": path,
            },
            betas=["agent-memory-2026-07-22", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsMemory)

    def delete(
        self,
        memory_store_id: str,
        memory_id: str,
        *,
        expected_content_sha256: str = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsDeletedMemory:
        """Delete a Memory

        Delete a memory, optionally only if its content is unchanged; its versions are kept.

        `DELETE /v1/memory_stores/{memory_store_id}/memories/{memory_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/memory_stores/{quote(str(memory_store_id), safe='')}/memories/{quote(str(memory_id), safe='')}",
            query={"expected_content_sha256": expected_content_sha256},
            headers={"anthropic-workspace-id": workspace_id},
            betas=["agent-memory-2026-07-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsDeletedMemory)

    def list(
        self,
        memory_store_id: str,
        *,
        depth: int = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        path_prefix: str = OMIT,
        view: Literal["basic", "full"] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[Union[BetaManagedAgentsMemory, BetaManagedAgentsMemoryPrefix]]:
        """List Memories

        List the memories of a store, optionally below a path prefix and to a depth.

        `GET /v1/memory_stores/{memory_store_id}/memories`
        """
        req = Request(
            "GET",
            f"/v1/memory_stores/{quote(str(memory_store_id), safe='')}/memories",
            query={"depth": depth, "limit": limit, "page": page, "path_prefix": path_prefix, "view": view},
            headers={"anthropic-workspace-id": workspace_id},
            betas=["agent-memory-2026-07-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(
            req, Union[BetaManagedAgentsMemory, BetaManagedAgentsMemoryPrefix], "data", "page_cursor"
        )

    def retrieve(
        self,
        memory_store_id: str,
        memory_id: str,
        *,
        view: Literal["basic", "full"] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsMemory:
        """Get a Memory

        Get a memory, with its content by default.

        `GET /v1/memory_stores/{memory_store_id}/memories/{memory_id}`
        """
        req = Request(
            "GET",
            f"/v1/memory_stores/{quote(str(memory_store_id), safe='')}/memories/{quote(str(memory_id), safe='')}",
            query={"view": view},
            headers={"anthropic-workspace-id": workspace_id},
            betas=["agent-memory-2026-07-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsMemory)

    def update(
        self,
        memory_store_id: str,
        memory_id: str,
        *,
        content: Optional[str] = OMIT,
        path: Optional[str] = OMIT,
        precondition: Union[BetaManagedAgentsPreconditionParam, Mapping[str, Any]] = OMIT,
        view: Literal["basic", "full"] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsMemory:
        """Update a Memory

        Change a memory's content or path, optionally only if its content is unchanged.

        `POST /v1/memory_stores/{memory_store_id}/memories/{memory_id}`
        """
        req = Request(
            "POST",
            f"/v1/memory_stores/{quote(str(memory_store_id), safe='')}/memories/{quote(str(memory_id), safe='')}",
            query={"view": view},
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "content": content,
                "path": path,
                "precondition": precondition,
            },
            betas=["agent-memory-2026-07-22", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsMemory)


class BetaMemoryStoresMemoriesWithRawResponse:
    """`client.beta.memory_stores.memories.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaMemoryStoresMemories) -> None:
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class BetaMemoryStoresMemoryVersions:
    """`client.beta.memory_stores.memory_versions`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaMemoryStoresMemoryVersionsWithRawResponse:
        return BetaMemoryStoresMemoryVersionsWithRawResponse(self)

    def list(
        self,
        memory_store_id: str,
        *,
        api_key_id: str = OMIT,
        created_at_gte: str = OMIT,
        created_at_lte: str = OMIT,
        limit: int = OMIT,
        memory_id: str = OMIT,
        operation: Literal["created", "modified", "deleted"] = OMIT,
        page: str = OMIT,
        service_account_id: str = OMIT,
        session_id: str = OMIT,
        view: Literal["basic", "full"] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[BetaManagedAgentsMemoryVersion]:
        """List Memory Versions

        List the retained versions of the memories in a store, filtered by memory, author, operation or time.

        `GET /v1/memory_stores/{memory_store_id}/memory_versions`
        """
        req = Request(
            "GET",
            f"/v1/memory_stores/{quote(str(memory_store_id), safe='')}/memory_versions",
            query={
                "api_key_id": api_key_id,
                "created_at[gte]": created_at_gte,
                "created_at[lte]": created_at_lte,
                "limit": limit,
                "memory_id": memory_id,
                "operation": operation,
                "page": page,
                "service_account_id": service_account_id,
                "session_id": session_id,
                "view": view,
            },
            headers={"anthropic-workspace-id": workspace_id},
            betas=["agent-memory-2026-07-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaManagedAgentsMemoryVersion, "data", "page_cursor")

    def redact(
        self,
        memory_store_id: str,
        memory_version_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsMemoryVersion:
        """Redact a Memory Version

        Redact a memory version, clearing its content, path, size and hash.

        `POST /v1/memory_stores/{memory_store_id}/memory_versions/{memory_version_id}/redact`
        """
        req = Request(
            "POST",
            f"/v1/memory_stores/{quote(str(memory_store_id), safe='')}/memory_versions/{quote(str(memory_version_id), safe='')}/redact",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["agent-memory-2026-07-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsMemoryVersion)

    def retrieve(
        self,
        memory_store_id: str,
        memory_version_id: str,
        *,
        view: Literal["basic", "full"] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsMemoryVersion:
        """Get a Memory Version

        Get one version of a memory, with its content by default.

        `GET /v1/memory_stores/{memory_store_id}/memory_versions/{memory_version_id}`
        """
        req = Request(
            "GET",
            f"/v1/memory_stores/{quote(str(memory_store_id), safe='')}/memory_versions/{quote(str(memory_version_id), safe='')}",
            query={"view": view},
            headers={"anthropic-workspace-id": workspace_id},
            betas=["agent-memory-2026-07-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsMemoryVersion)


class BetaMemoryStoresMemoryVersionsWithRawResponse:
    """`client.beta.memory_stores.memory_versions.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaMemoryStoresMemoryVersions) -> None:
        self.list = to_raw_response(resource.list)
        self.redact = to_raw_response(resource.redact)
        self.retrieve = to_raw_response(resource.retrieve)


class BetaMemoryStores:
    """`client.beta.memory_stores`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.memories = BetaMemoryStoresMemories(client)
        self.memory_versions = BetaMemoryStoresMemoryVersions(client)

    @cached_property
    def with_raw_response(self) -> BetaMemoryStoresWithRawResponse:
        return BetaMemoryStoresWithRawResponse(self)

    def archive(
        self,
        memory_store_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsMemoryStore:
        """Archive a Memory Store

        Archive a memory store; it can no longer be attached to sessions or written, and this cannot be undone.

        `POST /v1/memory_stores/{memory_store_id}/archive`
        """
        req = Request(
            "POST",
            f"/v1/memory_stores/{quote(str(memory_store_id), safe='')}/archive",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["agent-memory-2026-07-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsMemoryStore)

    def create(
        self,
        *,
        name: str,
        description: str = OMIT,
        metadata: Mapping[str, Any] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsMemoryStore:
        """Create a Memory Store

        Create a memory store that sessions can mount as a directory.

        `POST /v1/memory_stores`
        """
        req = Request(
            "POST",
            "/v1/memory_stores",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "name": name,
                "description": description,
                "metadata": metadata,
            },
            betas=["agent-memory-2026-07-22", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsMemoryStore)

    def delete(
        self,
        memory_store_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsDeletedMemoryStore:
        """Delete a Memory Store

        Delete a memory store with all its memories and versions.

        `DELETE /v1/memory_stores/{memory_store_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/memory_stores/{quote(str(memory_store_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["agent-memory-2026-07-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsDeletedMemoryStore)

    def list(
        self,
        *,
        created_at_gte: str = OMIT,
        created_at_lte: str = OMIT,
        include_archived: bool = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[BetaManagedAgentsMemoryStore]:
        """List Memory Stores

        List the memory stores of the workspace.

        `GET /v1/memory_stores`
        """
        req = Request(
            "GET",
            "/v1/memory_stores",
            query={
                "created_at[gte]": created_at_gte,
                "created_at[lte]": created_at_lte,
                "include_archived": include_archived,
                "limit": limit,
                "page": page,
            },
            headers={"anthropic-workspace-id": workspace_id},
            betas=["agent-memory-2026-07-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaManagedAgentsMemoryStore, "data", "page_cursor")

    def retrieve(
        self,
        memory_store_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsMemoryStore:
        """Get a Memory Store

        Get a memory store.

        `GET /v1/memory_stores/{memory_store_id}`
        """
        req = Request(
            "GET",
            f"/v1/memory_stores/{quote(str(memory_store_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["agent-memory-2026-07-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsMemoryStore)

    def update(
        self,
        memory_store_id: str,
        *,
        description: Optional[str] = OMIT,
        metadata: Optional[Mapping[str, Any]] = OMIT,
        name: Optional[str] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsMemoryStore:
        """Update a Memory Store

        Update a memory store's name, description or metadata; fields left out keep their values.

        `POST /v1/memory_stores/{memory_store_id}`
        """
        req = Request(
            "POST",
            f"/v1/memory_stores/{quote(str(memory_store_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "description": description,
                "metadata": metadata,
                "name": name,
            },
            betas=["agent-memory-2026-07-22", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsMemoryStore)


class BetaMemoryStoresWithRawResponse:
    """`client.beta.memory_stores.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaMemoryStores) -> None:
        self.archive = to_raw_response(resource.archive)
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


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


class BetaUserProfiles:
    """`client.beta.user_profiles`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaUserProfilesWithRawResponse:
        return BetaUserProfilesWithRawResponse(self)

    def create_enrollment_url(
        self,
        user_profile_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaUserProfileEnrollmentURL:
        """Create an Enrollment URL

        Create a URL the entity a user profile represents can use to enroll in a program (beta).

        `POST /v1/user_profiles/{user_profile_id}/enrollment_url`
        """
        req = Request(
            "POST",
            f"/v1/user_profiles/{quote(str(user_profile_id), safe='')}/enrollment_url",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["user-profiles-2026-08-18", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaUserProfileEnrollmentURL)


class BetaUserProfilesWithRawResponse:
    """`client.beta.user_profiles.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaUserProfiles) -> None:
        self.create_enrollment_url = to_raw_response(resource.create_enrollment_url)


class BetaVaultsCredentials:
    """`client.beta.vaults.credentials`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaVaultsCredentialsWithRawResponse:
        return BetaVaultsCredentialsWithRawResponse(self)

    def archive(
        self,
        vault_id: str,
        credential_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsCredential:
        """Archive a Credential

        Archive a credential.

        `POST /v1/vaults/{vault_id}/credentials/{credential_id}/archive`
        """
        req = Request(
            "POST",
            f"/v1/vaults/{quote(str(vault_id), safe='')}/credentials/{quote(str(credential_id), safe='')}/archive",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsCredential)

    def create(
        self,
        vault_id: str,
        *,
        auth: Union[
            BetaManagedAgentsMCPOAuthCreateParams,
            BetaManagedAgentsStaticBearerCreateParams,
            BetaManagedAgentsEnvironmentVariableCreateParams,
            Mapping[str, Any],
        ],
        display_name: Optional[str] = OMIT,
        metadata: Mapping[str, Any] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsCredential:
        """Create a Credential

        Add a credential to a vault; its secrets are write-only.

        `POST /v1/vaults/{vault_id}/credentials`
        """
        req = Request(
            "POST",
            f"/v1/vaults/{quote(str(vault_id), safe='')}/credentials",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "auth": auth,
                "display_name": display_name,
                "metadata": metadata,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsCredential)

    def delete(
        self,
        vault_id: str,
        credential_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsDeletedCredential:
        """Delete a Credential

        Delete a credential.

        `DELETE /v1/vaults/{vault_id}/credentials/{credential_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/vaults/{quote(str(vault_id), safe='')}/credentials/{quote(str(credential_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsDeletedCredential)

    def list(
        self,
        vault_id: str,
        *,
        include_archived: bool = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[BetaManagedAgentsCredential]:
        """List Credentials

        List the credentials of a vault.

        `GET /v1/vaults/{vault_id}/credentials`
        """
        req = Request(
            "GET",
            f"/v1/vaults/{quote(str(vault_id), safe='')}/credentials",
            query={"include_archived": include_archived, "limit": limit, "page": page},
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaManagedAgentsCredential, "data", "page_cursor")

    def mcp_oauth_validate(
        self,
        vault_id: str,
        credential_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsCredentialValidation:
        """Validate an MCP OAuth Credential

        Probe an MCP OAuth credential against its MCP server, refreshing the token on a 401.

        `POST /v1/vaults/{vault_id}/credentials/{credential_id}/mcp_oauth_validate`
        """
        req = Request(
            "POST",
            f"/v1/vaults/{quote(str(vault_id), safe='')}/credentials/{quote(str(credential_id), safe='')}/mcp_oauth_validate",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsCredentialValidation)

    def retrieve(
        self,
        vault_id: str,
        credential_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsCredential:
        """Get a Credential

        Get a credential, without its secrets.

        `GET /v1/vaults/{vault_id}/credentials/{credential_id}`
        """
        req = Request(
            "GET",
            f"/v1/vaults/{quote(str(vault_id), safe='')}/credentials/{quote(str(credential_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsCredential)

    def update(
        self,
        vault_id: str,
        credential_id: str,
        *,
        auth: Union[
            BetaManagedAgentsMCPOAuthUpdateParams,
            BetaManagedAgentsStaticBearerUpdateParams,
            BetaManagedAgentsEnvironmentVariableUpdateParams,
            Mapping[str, Any],
        ] = OMIT,
        display_name: Optional[str] = OMIT,
        metadata: Optional[Mapping[str, Any]] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsCredential:
        """Update a Credential

        Rotate a credential's secrets or change its name or metadata; its auth type cannot change.

        `POST /v1/vaults/{vault_id}/credentials/{credential_id}`
        """
        req = Request(
            "POST",
            f"/v1/vaults/{quote(str(vault_id), safe='')}/credentials/{quote(str(credential_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "auth": auth,
                "display_name": display_name,
                "metadata": metadata,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsCredential)


class BetaVaultsCredentialsWithRawResponse:
    """`client.beta.vaults.credentials.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaVaultsCredentials) -> None:
        self.archive = to_raw_response(resource.archive)
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)
        self.mcp_oauth_validate = to_raw_response(resource.mcp_oauth_validate)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class BetaVaults:
    """`client.beta.vaults`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.credentials = BetaVaultsCredentials(client)

    @cached_property
    def with_raw_response(self) -> BetaVaultsWithRawResponse:
        return BetaVaultsWithRawResponse(self)

    def archive(
        self,
        vault_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsVault:
        """Archive a Vault

        Archive a vault.

        `POST /v1/vaults/{vault_id}/archive`
        """
        req = Request(
            "POST",
            f"/v1/vaults/{quote(str(vault_id), safe='')}/archive",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsVault)

    def create(
        self,
        *,
        display_name: str,
        metadata: Mapping[str, Any] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsVault:
        """Create a Vault

        Create a vault to hold credentials for agents.

        `POST /v1/vaults`
        """
        req = Request(
            "POST",
            "/v1/vaults",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "display_name": display_name,
                "metadata": metadata,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsVault)

    def delete(
        self,
        vault_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsDeletedVault:
        """Delete a Vault

        Delete a vault and its credentials.

        `DELETE /v1/vaults/{vault_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/vaults/{quote(str(vault_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsDeletedVault)

    def list(
        self,
        *,
        include_archived: bool = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[BetaManagedAgentsVault]:
        """List Vaults

        List the vaults of the workspace.

        `GET /v1/vaults`
        """
        req = Request(
            "GET",
            "/v1/vaults",
            query={"include_archived": include_archived, "limit": limit, "page": page},
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaManagedAgentsVault, "data", "page_cursor")

    def retrieve(
        self,
        vault_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsVault:
        """Get a Vault

        Get a vault.

        `GET /v1/vaults/{vault_id}`
        """
        req = Request(
            "GET",
            f"/v1/vaults/{quote(str(vault_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsVault)

    def update(
        self,
        vault_id: str,
        *,
        display_name: Optional[str] = OMIT,
        metadata: Optional[Mapping[str, Any]] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsVault:
        """Update a Vault

        Update a vault's name or metadata; fields left out keep their values.

        `POST /v1/vaults/{vault_id}`
        """
        req = Request(
            "POST",
            f"/v1/vaults/{quote(str(vault_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "display_name": display_name,
                "metadata": metadata,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsVault)


class BetaVaultsWithRawResponse:
    """`client.beta.vaults.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaVaults) -> None:
        self.archive = to_raw_response(resource.archive)
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class Beta:
    """`client.beta`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.dreams = BetaDreams(client)
        self.memory_stores = BetaMemoryStores(client)
        self.skills = BetaSkills(client)
        self.user_profiles = BetaUserProfiles(client)
        self.vaults = BetaVaults(client)

    @cached_property
    def with_raw_response(self) -> BetaWithRawResponse:
        return BetaWithRawResponse(self)


class BetaWithRawResponse:
    """`client.beta.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: Beta) -> None:
        self._resource = resource


class AsyncBetaDreams:
    """`client.beta.dreams`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaDreamsWithRawResponse:
        return AsyncBetaDreamsWithRawResponse(self)

    async def archive(
        self,
        dream_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaDream:
        """Archive a Dream

        Archive a dream, hiding it from lists by default.

        `POST /v1/dreams/{dream_id}/archive`
        """
        req = Request(
            "POST",
            f"/v1/dreams/{quote(str(dream_id), safe='')}/archive",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["dreaming-2026-04-21", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaDream)

    async def cancel(
        self,
        dream_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaDream:
        """Cancel a Dream

        Cancel a pending or running dream.

        `POST /v1/dreams/{dream_id}/cancel`
        """
        req = Request(
            "POST",
            f"/v1/dreams/{quote(str(dream_id), safe='')}/cancel",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["dreaming-2026-04-21", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaDream)

    async def create(
        self,
        *,
        inputs: Sequence[Union[BetaDreamMemoryStoreInputParam, BetaDreamSessionsInputParam, Mapping[str, Any]]],
        model: Union[str, BetaDreamModelConfigParam, Mapping[str, Any]],
        instructions: Optional[str] = OMIT,
        output_behavior: Union[
            BetaOutputBehaviorCreateNewParam, BetaOutputBehaviorUpdateExistingParam, Mapping[str, Any]
        ] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaDream:
        """Create a Dream

        Start a dream that reads a memory store and sessions and writes a reorganized memory store.

        `POST /v1/dreams`
        """
        req = Request(
            "POST",
            "/v1/dreams",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "inputs": inputs,
                "model": model,
                "instructions": instructions,
                "output_behavior": output_behavior,
            },
            betas=["dreaming-2026-04-21", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaDream)

    async def list(
        self,
        *,
        created_at_gt: str = OMIT,
        created_at_lt: str = OMIT,
        include_archived: bool = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        statuses: Sequence[Literal["pending", "running", "completed", "failed", "canceled"]] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[BetaDream]:
        """List Dreams

        List the dreams of the workspace, newest first.

        `GET /v1/dreams`
        """
        req = Request(
            "GET",
            "/v1/dreams",
            query={
                "created_at[gt]": created_at_gt,
                "created_at[lt]": created_at_lt,
                "include_archived": include_archived,
                "limit": limit,
                "page": page,
                "statuses[]": statuses,
            },
            headers={"anthropic-workspace-id": workspace_id},
            betas=["dreaming-2026-04-21", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaDream, "data", "page_cursor")

    async def retrieve(
        self,
        dream_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaDream:
        """Get a Dream

        Get a dream's status, usage and output.

        `GET /v1/dreams/{dream_id}`
        """
        req = Request(
            "GET",
            f"/v1/dreams/{quote(str(dream_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["dreaming-2026-04-21", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaDream)


class AsyncBetaDreamsWithRawResponse:
    """`client.beta.dreams.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaDreams) -> None:
        self.archive = to_async_raw_response(resource.archive)
        self.cancel = to_async_raw_response(resource.cancel)
        self.create = to_async_raw_response(resource.create)
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)


class AsyncBetaMemoryStoresMemories:
    """`client.beta.memory_stores.memories`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaMemoryStoresMemoriesWithRawResponse:
        return AsyncBetaMemoryStoresMemoriesWithRawResponse(self)

    async def create(
        self,
        memory_store_id: str,
        *,
        content: Optional[str],
        path: str,
        view: Literal["basic", "full"] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsMemory:
        """Create a Memory

        Create a memory at a path in a memory store.

        `POST /v1/memory_stores/{memory_store_id}/memories`
        """
        req = Request(
            "POST",
            f"/v1/memory_stores/{quote(str(memory_store_id), safe='')}/memories",
            query={"view": view},
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "content": content,
                "path": path,
            },
            betas=["agent-memory-2026-07-22", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsMemory)

    async def delete(
        self,
        memory_store_id: str,
        memory_id: str,
        *,
        expected_content_sha256: str = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsDeletedMemory:
        """Delete a Memory

        Delete a memory, optionally only if its content is unchanged; its versions are kept.

        `DELETE /v1/memory_stores/{memory_store_id}/memories/{memory_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/memory_stores/{quote(str(memory_store_id), safe='')}/memories/{quote(str(memory_id), safe='')}",
            query={"expected_content_sha256": expected_content_sha256},
            headers={"anthropic-workspace-id": workspace_id},
            betas=["agent-memory-2026-07-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsDeletedMemory)

    async def list(
        self,
        memory_store_id: str,
        *,
        depth: int = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        path_prefix: str = OMIT,
        view: Literal["basic", "full"] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[Union[BetaManagedAgentsMemory, BetaManagedAgentsMemoryPrefix]]:
        """List Memories

        List the memories of a store, optionally below a path prefix and to a depth.

        `GET /v1/memory_stores/{memory_store_id}/memories`
        """
        req = Request(
            "GET",
            f"/v1/memory_stores/{quote(str(memory_store_id), safe='')}/memories",
            query={"depth": depth, "limit": limit, "page": page, "path_prefix": path_prefix, "view": view},
            headers={"anthropic-workspace-id": workspace_id},
            betas=["agent-memory-2026-07-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(
            req, Union[BetaManagedAgentsMemory, BetaManagedAgentsMemoryPrefix], "data", "page_cursor"
        )

    async def retrieve(
        self,
        memory_store_id: str,
        memory_id: str,
        *,
        view: Literal["basic", "full"] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsMemory:
        """Get a Memory

        Get a memory, with its content by default.

        `GET /v1/memory_stores/{memory_store_id}/memories/{memory_id}`
        """
        req = Request(
            "GET",
            f"/v1/memory_stores/{quote(str(memory_store_id), safe='')}/memories/{quote(str(memory_id), safe='')}",
            query={"view": view},
            headers={"anthropic-workspace-id": workspace_id},
            betas=["agent-memory-2026-07-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsMemory)

    async def update(
        self,
        memory_store_id: str,
        memory_id: str,
        *,
        content: Optional[str] = OMIT,
        path: Optional[str] = OMIT,
        precondition: Union[BetaManagedAgentsPreconditionParam, Mapping[str, Any]] = OMIT,
        view: Literal["basic", "full"] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsMemory:
        """Update a Memory

        Change a memory's content or path, optionally only if its content is unchanged.

        `POST /v1/memory_stores/{memory_store_id}/memories/{memory_id}`
        """
        req = Request(
            "POST",
            f"/v1/memory_stores/{quote(str(memory_store_id), safe='')}/memories/{quote(str(memory_id), safe='')}",
            query={"view": view},
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "content": content,
                "path": path,
                "precondition": precondition,
            },
            betas=["agent-memory-2026-07-22", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsMemory)


class AsyncBetaMemoryStoresMemoriesWithRawResponse:
    """`client.beta.memory_stores.memories.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaMemoryStoresMemories) -> None:
        self.create = to_async_raw_response(resource.create)
        self.delete = to_async_raw_response(resource.delete)
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.update = to_async_raw_response(resource.update)


class AsyncBetaMemoryStoresMemoryVersions:
    """`client.beta.memory_stores.memory_versions`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaMemoryStoresMemoryVersionsWithRawResponse:
        return AsyncBetaMemoryStoresMemoryVersionsWithRawResponse(self)

    async def list(
        self,
        memory_store_id: str,
        *,
        api_key_id: str = OMIT,
        created_at_gte: str = OMIT,
        created_at_lte: str = OMIT,
        limit: int = OMIT,
        memory_id: str = OMIT,
        operation: Literal["created", "modified", "deleted"] = OMIT,
        page: str = OMIT,
        service_account_id: str = OMIT,
        session_id: str = OMIT,
        view: Literal["basic", "full"] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[BetaManagedAgentsMemoryVersion]:
        """List Memory Versions

        List the retained versions of the memories in a store, filtered by memory, author, operation or time.

        `GET /v1/memory_stores/{memory_store_id}/memory_versions`
        """
        req = Request(
            "GET",
            f"/v1/memory_stores/{quote(str(memory_store_id), safe='')}/memory_versions",
            query={
                "api_key_id": api_key_id,
                "created_at[gte]": created_at_gte,
                "created_at[lte]": created_at_lte,
                "limit": limit,
                "memory_id": memory_id,
                "operation": operation,
                "page": page,
                "service_account_id": service_account_id,
                "session_id": session_id,
                "view": view,
            },
            headers={"anthropic-workspace-id": workspace_id},
            betas=["agent-memory-2026-07-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaManagedAgentsMemoryVersion, "data", "page_cursor")

    async def redact(
        self,
        memory_store_id: str,
        memory_version_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsMemoryVersion:
        """Redact a Memory Version

        Redact a memory version, clearing its content, path, size and hash.

        `POST /v1/memory_stores/{memory_store_id}/memory_versions/{memory_version_id}/redact`
        """
        req = Request(
            "POST",
            f"/v1/memory_stores/{quote(str(memory_store_id), safe='')}/memory_versions/{quote(str(memory_version_id), safe='')}/redact",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["agent-memory-2026-07-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsMemoryVersion)

    async def retrieve(
        self,
        memory_store_id: str,
        memory_version_id: str,
        *,
        view: Literal["basic", "full"] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsMemoryVersion:
        """Get a Memory Version

        Get one version of a memory, with its content by default.

        `GET /v1/memory_stores/{memory_store_id}/memory_versions/{memory_version_id}`
        """
        req = Request(
            "GET",
            f"/v1/memory_stores/{quote(str(memory_store_id), safe='')}/memory_versions/{quote(str(memory_version_id), safe='')}",
            query={"view": view},
            headers={"anthropic-workspace-id": workspace_id},
            betas=["agent-memory-2026-07-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsMemoryVersion)


class AsyncBetaMemoryStoresMemoryVersionsWithRawResponse:
    """`client.beta.memory_stores.memory_versions.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaMemoryStoresMemoryVersions) -> None:
        self.list = to_async_raw_response(resource.list)
        self.redact = to_async_raw_response(resource.redact)
        self.retrieve = to_async_raw_response(resource.retrieve)


class AsyncBetaMemoryStores:
    """`client.beta.memory_stores`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.memories = AsyncBetaMemoryStoresMemories(client)
        self.memory_versions = AsyncBetaMemoryStoresMemoryVersions(client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaMemoryStoresWithRawResponse:
        return AsyncBetaMemoryStoresWithRawResponse(self)

    async def archive(
        self,
        memory_store_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsMemoryStore:
        """Archive a Memory Store

        Archive a memory store; it can no longer be attached to sessions or written, and this cannot be undone.

        `POST /v1/memory_stores/{memory_store_id}/archive`
        """
        req = Request(
            "POST",
            f"/v1/memory_stores/{quote(str(memory_store_id), safe='')}/archive",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["agent-memory-2026-07-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsMemoryStore)

    async def create(
        self,
        *,
        name: str,
        description: str = OMIT,
        metadata: Mapping[str, Any] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsMemoryStore:
        """Create a Memory Store

        Create a memory store that sessions can mount as a directory.

        `POST /v1/memory_stores`
        """
        req = Request(
            "POST",
            "/v1/memory_stores",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "name": name,
                "description": description,
                "metadata": metadata,
            },
            betas=["agent-memory-2026-07-22", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsMemoryStore)

    async def delete(
        self,
        memory_store_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsDeletedMemoryStore:
        """Delete a Memory Store

        Delete a memory store with all its memories and versions.

        `DELETE /v1/memory_stores/{memory_store_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/memory_stores/{quote(str(memory_store_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["agent-memory-2026-07-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsDeletedMemoryStore)

    async def list(
        self,
        *,
        created_at_gte: str = OMIT,
        created_at_lte: str = OMIT,
        include_archived: bool = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[BetaManagedAgentsMemoryStore]:
        """List Memory Stores

        List the memory stores of the workspace.

        `GET /v1/memory_stores`
        """
        req = Request(
            "GET",
            "/v1/memory_stores",
            query={
                "created_at[gte]": created_at_gte,
                "created_at[lte]": created_at_lte,
                "include_archived": include_archived,
                "limit": limit,
                "page": page,
            },
            headers={"anthropic-workspace-id": workspace_id},
            betas=["agent-memory-2026-07-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaManagedAgentsMemoryStore, "data", "page_cursor")

    async def retrieve(
        self,
        memory_store_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsMemoryStore:
        """Get a Memory Store

        Get a memory store.

        `GET /v1/memory_stores/{memory_store_id}`
        """
        req = Request(
            "GET",
            f"/v1/memory_stores/{quote(str(memory_store_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["agent-memory-2026-07-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsMemoryStore)

    async def update(
        self,
        memory_store_id: str,
        *,
        description: Optional[str] = OMIT,
        metadata: Optional[Mapping[str, Any]] = OMIT,
        name: Optional[str] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsMemoryStore:
        """Update a Memory Store

        Update a memory store's name, description or metadata; fields left out keep their values.

        `POST /v1/memory_stores/{memory_store_id}`
        """
        req = Request(
            "POST",
            f"/v1/memory_stores/{quote(str(memory_store_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "description": description,
                "metadata": metadata,
                "name": name,
            },
            betas=["agent-memory-2026-07-22", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsMemoryStore)


class AsyncBetaMemoryStoresWithRawResponse:
    """`client.beta.memory_stores.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaMemoryStores) -> None:
        self.archive = to_async_raw_response(resource.archive)
        self.create = to_async_raw_response(resource.create)
        self.delete = to_async_raw_response(resource.delete)
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.update = to_async_raw_response(resource.update)


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


class AsyncBetaUserProfiles:
    """`client.beta.user_profiles`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaUserProfilesWithRawResponse:
        return AsyncBetaUserProfilesWithRawResponse(self)

    async def create_enrollment_url(
        self,
        user_profile_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaUserProfileEnrollmentURL:
        """Create an Enrollment URL

        Create a URL the entity a user profile represents can use to enroll in a program (beta).

        `POST /v1/user_profiles/{user_profile_id}/enrollment_url`
        """
        req = Request(
            "POST",
            f"/v1/user_profiles/{quote(str(user_profile_id), safe='')}/enrollment_url",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["user-profiles-2026-08-18", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaUserProfileEnrollmentURL)


class AsyncBetaUserProfilesWithRawResponse:
    """`client.beta.user_profiles.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaUserProfiles) -> None:
        self.create_enrollment_url = to_async_raw_response(resource.create_enrollment_url)


class AsyncBetaVaultsCredentials:
    """`client.beta.vaults.credentials`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaVaultsCredentialsWithRawResponse:
        return AsyncBetaVaultsCredentialsWithRawResponse(self)

    async def archive(
        self,
        vault_id: str,
        credential_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsCredential:
        """Archive a Credential

        Archive a credential.

        `POST /v1/vaults/{vault_id}/credentials/{credential_id}/archive`
        """
        req = Request(
            "POST",
            f"/v1/vaults/{quote(str(vault_id), safe='')}/credentials/{quote(str(credential_id), safe='')}/archive",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsCredential)

    async def create(
        self,
        vault_id: str,
        *,
        auth: Union[
            BetaManagedAgentsMCPOAuthCreateParams,
            BetaManagedAgentsStaticBearerCreateParams,
            BetaManagedAgentsEnvironmentVariableCreateParams,
            Mapping[str, Any],
        ],
        display_name: Optional[str] = OMIT,
        metadata: Mapping[str, Any] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsCredential:
        """Create a Credential

        Add a credential to a vault; its secrets are write-only.

        `POST /v1/vaults/{vault_id}/credentials`
        """
        req = Request(
            "POST",
            f"/v1/vaults/{quote(str(vault_id), safe='')}/credentials",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "auth": auth,
                "display_name": display_name,
                "metadata": metadata,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsCredential)

    async def delete(
        self,
        vault_id: str,
        credential_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsDeletedCredential:
        """Delete a Credential

        Delete a credential.

        `DELETE /v1/vaults/{vault_id}/credentials/{credential_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/vaults/{quote(str(vault_id), safe='')}/credentials/{quote(str(credential_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsDeletedCredential)

    async def list(
        self,
        vault_id: str,
        *,
        include_archived: bool = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[BetaManagedAgentsCredential]:
        """List Credentials

        List the credentials of a vault.

        `GET /v1/vaults/{vault_id}/credentials`
        """
        req = Request(
            "GET",
            f"/v1/vaults/{quote(str(vault_id), safe='')}/credentials",
            query={"include_archived": include_archived, "limit": limit, "page": page},
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaManagedAgentsCredential, "data", "page_cursor")

    async def mcp_oauth_validate(
        self,
        vault_id: str,
        credential_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsCredentialValidation:
        """Validate an MCP OAuth Credential

        Probe an MCP OAuth credential against its MCP server, refreshing the token on a 401.

        `POST /v1/vaults/{vault_id}/credentials/{credential_id}/mcp_oauth_validate`
        """
        req = Request(
            "POST",
            f"/v1/vaults/{quote(str(vault_id), safe='')}/credentials/{quote(str(credential_id), safe='')}/mcp_oauth_validate",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsCredentialValidation)

    async def retrieve(
        self,
        vault_id: str,
        credential_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsCredential:
        """Get a Credential

        Get a credential, without its secrets.

        `GET /v1/vaults/{vault_id}/credentials/{credential_id}`
        """
        req = Request(
            "GET",
            f"/v1/vaults/{quote(str(vault_id), safe='')}/credentials/{quote(str(credential_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsCredential)

    async def update(
        self,
        vault_id: str,
        credential_id: str,
        *,
        auth: Union[
            BetaManagedAgentsMCPOAuthUpdateParams,
            BetaManagedAgentsStaticBearerUpdateParams,
            BetaManagedAgentsEnvironmentVariableUpdateParams,
            Mapping[str, Any],
        ] = OMIT,
        display_name: Optional[str] = OMIT,
        metadata: Optional[Mapping[str, Any]] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsCredential:
        """Update a Credential

        Rotate a credential's secrets or change its name or metadata; its auth type cannot change.

        `POST /v1/vaults/{vault_id}/credentials/{credential_id}`
        """
        req = Request(
            "POST",
            f"/v1/vaults/{quote(str(vault_id), safe='')}/credentials/{quote(str(credential_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "auth": auth,
                "display_name": display_name,
                "metadata": metadata,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsCredential)


class AsyncBetaVaultsCredentialsWithRawResponse:
    """`client.beta.vaults.credentials.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaVaultsCredentials) -> None:
        self.archive = to_async_raw_response(resource.archive)
        self.create = to_async_raw_response(resource.create)
        self.delete = to_async_raw_response(resource.delete)
        self.list = to_async_raw_response(resource.list)
        self.mcp_oauth_validate = to_async_raw_response(resource.mcp_oauth_validate)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.update = to_async_raw_response(resource.update)


class AsyncBetaVaults:
    """`client.beta.vaults`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.credentials = AsyncBetaVaultsCredentials(client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaVaultsWithRawResponse:
        return AsyncBetaVaultsWithRawResponse(self)

    async def archive(
        self,
        vault_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsVault:
        """Archive a Vault

        Archive a vault.

        `POST /v1/vaults/{vault_id}/archive`
        """
        req = Request(
            "POST",
            f"/v1/vaults/{quote(str(vault_id), safe='')}/archive",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsVault)

    async def create(
        self,
        *,
        display_name: str,
        metadata: Mapping[str, Any] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsVault:
        """Create a Vault

        Create a vault to hold credentials for agents.

        `POST /v1/vaults`
        """
        req = Request(
            "POST",
            "/v1/vaults",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "display_name": display_name,
                "metadata": metadata,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsVault)

    async def delete(
        self,
        vault_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsDeletedVault:
        """Delete a Vault

        Delete a vault and its credentials.

        `DELETE /v1/vaults/{vault_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/vaults/{quote(str(vault_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsDeletedVault)

    async def list(
        self,
        *,
        include_archived: bool = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[BetaManagedAgentsVault]:
        """List Vaults

        List the vaults of the workspace.

        `GET /v1/vaults`
        """
        req = Request(
            "GET",
            "/v1/vaults",
            query={"include_archived": include_archived, "limit": limit, "page": page},
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaManagedAgentsVault, "data", "page_cursor")

    async def retrieve(
        self,
        vault_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsVault:
        """Get a Vault

        Get a vault.

        `GET /v1/vaults/{vault_id}`
        """
        req = Request(
            "GET",
            f"/v1/vaults/{quote(str(vault_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsVault)

    async def update(
        self,
        vault_id: str,
        *,
        display_name: Optional[str] = OMIT,
        metadata: Optional[Mapping[str, Any]] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsVault:
        """Update a Vault

        Update a vault's name or metadata; fields left out keep their values.

        `POST /v1/vaults/{vault_id}`
        """
        req = Request(
            "POST",
            f"/v1/vaults/{quote(str(vault_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "display_name": display_name,
                "metadata": metadata,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsVault)


class AsyncBetaVaultsWithRawResponse:
    """`client.beta.vaults.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaVaults) -> None:
        self.archive = to_async_raw_response(resource.archive)
        self.create = to_async_raw_response(resource.create)
        self.delete = to_async_raw_response(resource.delete)
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.update = to_async_raw_response(resource.update)


class AsyncBeta:
    """`client.beta`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.dreams = AsyncBetaDreams(client)
        self.memory_stores = AsyncBetaMemoryStores(client)
        self.skills = AsyncBetaSkills(client)
        self.user_profiles = AsyncBetaUserProfiles(client)
        self.vaults = AsyncBetaVaults(client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaWithRawResponse:
        return AsyncBetaWithRawResponse(self)


class AsyncBetaWithRawResponse:
    """`client.beta.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBeta) -> None:
        self._resource = resource
