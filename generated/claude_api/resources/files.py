"""files: generated from the spec, do not edit."""

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
    AsyncPage,
    BinaryResponse,
    FileContent,
    Omit,
    Request,
    SyncClientBase,
    SyncPage,
    to_async_raw_response,
    to_raw_response,
)
from ..types import (
    DeletedFile,
    FileMetadata,
)

__all__ = ["AsyncFiles", "AsyncFilesWithRawResponse", "Files", "FilesWithRawResponse"]


class Files:
    """`client.files`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> FilesWithRawResponse:
        return FilesWithRawResponse(self)

    def delete(
        self,
        file_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> DeletedFile:
        """Delete a File

        Delete a file; it can no longer be referenced or downloaded.

        `DELETE /v1/files/{file_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/files/{quote(str(file_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, DeletedFile)

    def download(
        self,
        file_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BinaryResponse:
        """Download a File

        Download a file's content. Only files whose `downloadable` is true (created by code execution or a Skill) can be downloaded.

        `GET /v1/files/{file_id}/content`
        """
        req = Request(
            "GET",
            f"/v1/files/{quote(str(file_id), safe='')}/content",
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            accept="application/binary, application/octet-stream",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.binary(req)

    def list(
        self,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        ids: Sequence[str] = OMIT,
        scope_id: str = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[FileMetadata]:
        """List Files

        List the files of the Workspace.

        `GET /v1/files`
        """
        req = Request(
            "GET",
            "/v1/files",
            query={"limit": limit, "page": page, "ids[]": ids, "scope_id": scope_id},
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, FileMetadata, "data", "page_cursor")

    def retrieve_metadata(
        self,
        file_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> FileMetadata:
        """Get File Metadata

        Get a file's metadata (name, type, size, expiry), not its content.

        `GET /v1/files/{file_id}`
        """
        req = Request(
            "GET",
            f"/v1/files/{quote(str(file_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, FileMetadata)

    def upload(
        self,
        *,
        file: FileContent,
        expires_in_seconds: int = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> FileMetadata:
        """Upload a File

        Upload a file as multipart/form-data, to reference by its ID in later requests.

        `POST /v1/files`
        """
        req = Request(
            "POST",
            "/v1/files",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "file": file,
                "expires_in_seconds": expires_in_seconds,
            },
            file_fields=[
                "file",
            ],
            betas=[*betas],
            max_request_bytes=524288000,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, FileMetadata)


class FilesWithRawResponse:
    """`client.files.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: Files) -> None:
        self.delete = to_raw_response(resource.delete)
        self.download = to_raw_response(resource.download)
        self.list = to_raw_response(resource.list)
        self.retrieve_metadata = to_raw_response(resource.retrieve_metadata)
        self.upload = to_raw_response(resource.upload)


class AsyncFiles:
    """`client.files`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncFilesWithRawResponse:
        return AsyncFilesWithRawResponse(self)

    async def delete(
        self,
        file_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> DeletedFile:
        """Delete a File

        Delete a file; it can no longer be referenced or downloaded.

        `DELETE /v1/files/{file_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/files/{quote(str(file_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, DeletedFile)

    async def download(
        self,
        file_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncBinaryResponse:
        """Download a File

        Download a file's content. Only files whose `downloadable` is true (created by code execution or a Skill) can be downloaded.

        `GET /v1/files/{file_id}/content`
        """
        req = Request(
            "GET",
            f"/v1/files/{quote(str(file_id), safe='')}/content",
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            accept="application/binary, application/octet-stream",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.binary(req)

    async def list(
        self,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        ids: Sequence[str] = OMIT,
        scope_id: str = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[FileMetadata]:
        """List Files

        List the files of the Workspace.

        `GET /v1/files`
        """
        req = Request(
            "GET",
            "/v1/files",
            query={"limit": limit, "page": page, "ids[]": ids, "scope_id": scope_id},
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, FileMetadata, "data", "page_cursor")

    async def retrieve_metadata(
        self,
        file_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> FileMetadata:
        """Get File Metadata

        Get a file's metadata (name, type, size, expiry), not its content.

        `GET /v1/files/{file_id}`
        """
        req = Request(
            "GET",
            f"/v1/files/{quote(str(file_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, FileMetadata)

    async def upload(
        self,
        *,
        file: FileContent,
        expires_in_seconds: int = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> FileMetadata:
        """Upload a File

        Upload a file as multipart/form-data, to reference by its ID in later requests.

        `POST /v1/files`
        """
        req = Request(
            "POST",
            "/v1/files",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "file": file,
                "expires_in_seconds": expires_in_seconds,
            },
            file_fields=[
                "file",
            ],
            betas=[*betas],
            max_request_bytes=524288000,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, FileMetadata)


class AsyncFilesWithRawResponse:
    """`client.files.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncFiles) -> None:
        self.delete = to_async_raw_response(resource.delete)
        self.download = to_async_raw_response(resource.download)
        self.list = to_async_raw_response(resource.list)
        self.retrieve_metadata = to_async_raw_response(resource.retrieve_metadata)
        self.upload = to_async_raw_response(resource.upload)
