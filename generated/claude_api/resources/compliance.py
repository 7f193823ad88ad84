"""compliance: generated from the spec, do not edit."""

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
    ComplianceActivity,
    ComplianceArtifactContent,
    ComplianceArtifactVersion,
    ComplianceChat,
    ComplianceChatDeleted,
    ComplianceChatFile,
    ComplianceChatFileDeleted,
    ComplianceChatMessage,
    ComplianceCodeArtifact,
    ComplianceCodeArtifactDeleted,
    ComplianceEffectiveOrganizationSettings,
    ComplianceGeneratedFile,
    ComplianceGroup,
    ComplianceGroupMember,
    ComplianceLocalSession,
    ComplianceLocalSessionMessage,
    ComplianceOrganization,
    ComplianceOrganizationUser,
    ComplianceProject,
    ComplianceProjectDeleted,
    ComplianceProjectDetails,
    ComplianceProjectDocAttachment,
    ComplianceProjectDocument,
    ComplianceProjectDocumentDeleted,
    ComplianceProjectDocumentMetadata,
    ComplianceProjectFileAttachment,
    ComplianceProjectGroupCollaborator,
    ComplianceProjectOrganizationCollaborator,
    ComplianceProjectOrganizationRoleCollaborator,
    ComplianceProjectUserCollaborator,
    ComplianceRemoteSession,
    ComplianceRemoteSessionMessage,
    ComplianceRole,
    ComplianceRolePermission,
)

__all__ = [
    "AsyncCompliance",
    "AsyncComplianceActivities",
    "AsyncComplianceActivitiesWithRawResponse",
    "AsyncComplianceApps",
    "AsyncComplianceAppsArtifacts",
    "AsyncComplianceAppsArtifactsWithRawResponse",
    "AsyncComplianceAppsChats",
    "AsyncComplianceAppsChatsFiles",
    "AsyncComplianceAppsChatsFilesWithRawResponse",
    "AsyncComplianceAppsChatsGeneratedFiles",
    "AsyncComplianceAppsChatsGeneratedFilesWithRawResponse",
    "AsyncComplianceAppsChatsMessages",
    "AsyncComplianceAppsChatsMessagesWithRawResponse",
    "AsyncComplianceAppsChatsWithRawResponse",
    "AsyncComplianceAppsCode",
    "AsyncComplianceAppsCodeArtifacts",
    "AsyncComplianceAppsCodeArtifactsWithRawResponse",
    "AsyncComplianceAppsCodeWithRawResponse",
    "AsyncComplianceAppsProjects",
    "AsyncComplianceAppsProjectsAttachments",
    "AsyncComplianceAppsProjectsAttachmentsWithRawResponse",
    "AsyncComplianceAppsProjectsCollaborators",
    "AsyncComplianceAppsProjectsCollaboratorsWithRawResponse",
    "AsyncComplianceAppsProjectsDocuments",
    "AsyncComplianceAppsProjectsDocumentsWithRawResponse",
    "AsyncComplianceAppsProjectsWithRawResponse",
    "AsyncComplianceAppsSessions",
    "AsyncComplianceAppsSessionsLocal",
    "AsyncComplianceAppsSessionsLocalMessages",
    "AsyncComplianceAppsSessionsLocalMessagesWithRawResponse",
    "AsyncComplianceAppsSessionsLocalWithRawResponse",
    "AsyncComplianceAppsSessionsRemote",
    "AsyncComplianceAppsSessionsRemoteMessages",
    "AsyncComplianceAppsSessionsRemoteMessagesWithRawResponse",
    "AsyncComplianceAppsSessionsRemoteWithRawResponse",
    "AsyncComplianceAppsSessionsWithRawResponse",
    "AsyncComplianceAppsWithRawResponse",
    "AsyncComplianceGroups",
    "AsyncComplianceGroupsMembers",
    "AsyncComplianceGroupsMembersWithRawResponse",
    "AsyncComplianceGroupsWithRawResponse",
    "AsyncComplianceOrganizations",
    "AsyncComplianceOrganizationsRoles",
    "AsyncComplianceOrganizationsRolesPermissions",
    "AsyncComplianceOrganizationsRolesPermissionsWithRawResponse",
    "AsyncComplianceOrganizationsRolesWithRawResponse",
    "AsyncComplianceOrganizationsSettings",
    "AsyncComplianceOrganizationsSettingsWithRawResponse",
    "AsyncComplianceOrganizationsUsers",
    "AsyncComplianceOrganizationsUsersWithRawResponse",
    "AsyncComplianceOrganizationsWithRawResponse",
    "AsyncComplianceWithRawResponse",
    "Compliance",
    "ComplianceActivities",
    "ComplianceActivitiesWithRawResponse",
    "ComplianceApps",
    "ComplianceAppsArtifacts",
    "ComplianceAppsArtifactsWithRawResponse",
    "ComplianceAppsChats",
    "ComplianceAppsChatsFiles",
    "ComplianceAppsChatsFilesWithRawResponse",
    "ComplianceAppsChatsGeneratedFiles",
    "ComplianceAppsChatsGeneratedFilesWithRawResponse",
    "ComplianceAppsChatsMessages",
    "ComplianceAppsChatsMessagesWithRawResponse",
    "ComplianceAppsChatsWithRawResponse",
    "ComplianceAppsCode",
    "ComplianceAppsCodeArtifacts",
    "ComplianceAppsCodeArtifactsWithRawResponse",
    "ComplianceAppsCodeWithRawResponse",
    "ComplianceAppsProjects",
    "ComplianceAppsProjectsAttachments",
    "ComplianceAppsProjectsAttachmentsWithRawResponse",
    "ComplianceAppsProjectsCollaborators",
    "ComplianceAppsProjectsCollaboratorsWithRawResponse",
    "ComplianceAppsProjectsDocuments",
    "ComplianceAppsProjectsDocumentsWithRawResponse",
    "ComplianceAppsProjectsWithRawResponse",
    "ComplianceAppsSessions",
    "ComplianceAppsSessionsLocal",
    "ComplianceAppsSessionsLocalMessages",
    "ComplianceAppsSessionsLocalMessagesWithRawResponse",
    "ComplianceAppsSessionsLocalWithRawResponse",
    "ComplianceAppsSessionsRemote",
    "ComplianceAppsSessionsRemoteMessages",
    "ComplianceAppsSessionsRemoteMessagesWithRawResponse",
    "ComplianceAppsSessionsRemoteWithRawResponse",
    "ComplianceAppsSessionsWithRawResponse",
    "ComplianceAppsWithRawResponse",
    "ComplianceGroups",
    "ComplianceGroupsMembers",
    "ComplianceGroupsMembersWithRawResponse",
    "ComplianceGroupsWithRawResponse",
    "ComplianceOrganizations",
    "ComplianceOrganizationsRoles",
    "ComplianceOrganizationsRolesPermissions",
    "ComplianceOrganizationsRolesPermissionsWithRawResponse",
    "ComplianceOrganizationsRolesWithRawResponse",
    "ComplianceOrganizationsSettings",
    "ComplianceOrganizationsSettingsWithRawResponse",
    "ComplianceOrganizationsUsers",
    "ComplianceOrganizationsUsersWithRawResponse",
    "ComplianceOrganizationsWithRawResponse",
    "ComplianceWithRawResponse",
]


class ComplianceActivities:
    """`client.compliance.activities`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ComplianceActivitiesWithRawResponse:
        return ComplianceActivitiesWithRawResponse(self)

    def list(
        self,
        *,
        activity_types: Sequence[str] = OMIT,
        exclude_activity_types: Sequence[str] = OMIT,
        actor_ids: Sequence[str] = OMIT,
        user_ids: Sequence[str] = OMIT,
        organization_ids: Sequence[str] = OMIT,
        created_at_gte: str = OMIT,
        created_at_gt: str = OMIT,
        created_at_lte: str = OMIT,
        created_at_lt: str = OMIT,
        order: Literal["asc", "desc"] = OMIT,
        limit: int = OMIT,
        after_id: str = OMIT,
        before_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[ComplianceActivity]:
        """Query Compliance Activities

        Page through the tenant's audit log of authentication, chat, file, project, administrative and platform events (the tenant is the caller's parent organization, or the organization itself when it has no parent), newest first by default, optionally narrowed by organization, actor, activity type and a `created_at` window. Needs the `read:compliance_activities` scope, which a Compliance Access Key created with it carries and an Admin API key created after the Compliance API was enabled carries; this is the only Compliance API endpoint an Admin API key can call. Activities can be queried within about a minute of happening and are kept for 6 years; recording starts when the Compliance API is first enabled and is not backfilled.

        `GET /v1/compliance/activities`
        """
        req = Request(
            "GET",
            "/v1/compliance/activities",
            query={
                "activity_types[]": activity_types,
                "exclude_activity_types[]": exclude_activity_types,
                "actor_ids[]": actor_ids,
                "user_ids[]": user_ids,
                "organization_ids[]": organization_ids,
                "created_at.gte": created_at_gte,
                "created_at.gt": created_at_gt,
                "created_at.lte": created_at_lte,
                "created_at.lt": created_at_lt,
                "order": order,
                "limit": limit,
                "after_id": after_id,
                "before_id": before_id,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, ComplianceActivity, "data", "id_cursor")


class ComplianceActivitiesWithRawResponse:
    """`client.compliance.activities.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: ComplianceActivities) -> None:
        self.list = to_raw_response(resource.list)


class ComplianceAppsArtifacts:
    """`client.compliance.apps.artifacts`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ComplianceAppsArtifactsWithRawResponse:
        return ComplianceAppsArtifactsWithRawResponse(self)

    def download(
        self,
        artifact_version_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ComplianceArtifactContent:
        """Download Artifact Content

        Get the full text of one artifact version (pass the `version_id` from a message's `artifacts`), as a JSON object whose `content` is exactly that version's text; compare `size_bytes` and `md5` of the metadata with `content`, not with the whole body.

        `GET /v1/compliance/apps/artifacts/{artifact_version_id}/content`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/artifacts/{quote(str(artifact_version_id), safe='')}/content",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, ComplianceArtifactContent)

    def retrieve(
        self,
        artifact_version_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ComplianceArtifactVersion:
        """Get Artifact Metadata

        Get the metadata of one artifact version (by its `claude_artifact_version_` ID, not the artifact's ID), including the size and MD5 of its text, without the text.

        `GET /v1/compliance/apps/artifacts/{artifact_version_id}`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/artifacts/{quote(str(artifact_version_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, ComplianceArtifactVersion)


class ComplianceAppsArtifactsWithRawResponse:
    """`client.compliance.apps.artifacts.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: ComplianceAppsArtifacts) -> None:
        self.download = to_raw_response(resource.download)
        self.retrieve = to_raw_response(resource.retrieve)


class ComplianceAppsChatsFiles:
    """`client.compliance.apps.chats.files`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ComplianceAppsChatsFilesWithRawResponse:
        return ComplianceAppsChatsFilesWithRawResponse(self)

    def delete(
        self,
        claude_file_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ComplianceChatFileDeleted:
        """Delete a File

        Permanently and immediately delete an uploaded file, whether attached to a chat or to a project. Needs the `delete:compliance_user_data` scope as well.

        `DELETE /v1/compliance/apps/chats/files/{claude_file_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/compliance/apps/chats/files/{quote(str(claude_file_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, ComplianceChatFileDeleted)

    def download(
        self,
        claude_file_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BinaryResponse:
        """Download File Content

        Stream the stored content of an uploaded file (chat or project file) as a chunked binary body. The stored content can differ from the upload: images may be a processed copy, and some documents (Word, PowerPoint, some PDFs) are served as the text claude.ai extracted, under the original name. `Content-Type` is the MIME type recorded for the stored content (which can still name the original format), so identify the format from the bytes. The file name in `Content-Disposition` is the user's and must be sanitised before use as a path.

        `GET /v1/compliance/apps/chats/files/{claude_file_id}/content`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/chats/files/{quote(str(claude_file_id), safe='')}/content",
            betas=[*betas],
            accept="application/octet-stream",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.binary(req)

    def retrieve(
        self,
        claude_file_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ComplianceChatFile:
        """Get File Metadata

        Get the metadata of an uploaded file (a chat attachment or a project file) and the messages and chats that reference it, without its content.

        `GET /v1/compliance/apps/chats/files/{claude_file_id}`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/chats/files/{quote(str(claude_file_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, ComplianceChatFile)


class ComplianceAppsChatsFilesWithRawResponse:
    """`client.compliance.apps.chats.files.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: ComplianceAppsChatsFiles) -> None:
        self.delete = to_raw_response(resource.delete)
        self.download = to_raw_response(resource.download)
        self.retrieve = to_raw_response(resource.retrieve)


class ComplianceAppsChatsGeneratedFiles:
    """`client.compliance.apps.chats.generated_files`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ComplianceAppsChatsGeneratedFilesWithRawResponse:
        return ComplianceAppsChatsGeneratedFilesWithRawResponse(self)

    def download(
        self,
        claude_gen_file_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BinaryResponse:
        """Download a Claude-Generated File

        Download the binary content of a file the assistant produced with a tool in a chat.

        `GET /v1/compliance/apps/chats/generated-files/{claude_gen_file_id}/content`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/chats/generated-files/{quote(str(claude_gen_file_id), safe='')}/content",
            betas=[*betas],
            accept="application/octet-stream",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.binary(req)

    def retrieve(
        self,
        claude_gen_file_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ComplianceGeneratedFile:
        """Get Claude-Generated File Metadata

        Get the metadata of a file the assistant produced with a tool in a chat, without its content.

        `GET /v1/compliance/apps/chats/generated-files/{claude_gen_file_id}`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/chats/generated-files/{quote(str(claude_gen_file_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, ComplianceGeneratedFile)


class ComplianceAppsChatsGeneratedFilesWithRawResponse:
    """`client.compliance.apps.chats.generated_files.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: ComplianceAppsChatsGeneratedFiles) -> None:
        self.download = to_raw_response(resource.download)
        self.retrieve = to_raw_response(resource.retrieve)


class ComplianceAppsChatsMessages:
    """`client.compliance.apps.chats.messages`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ComplianceAppsChatsMessagesWithRawResponse:
        return ComplianceAppsChatsMessagesWithRawResponse(self)

    def list(
        self,
        claude_chat_id: str,
        *,
        created_at_gt: str = OMIT,
        created_at_gte: str = OMIT,
        created_at_lt: str = OMIT,
        created_at_lte: str = OMIT,
        updated_at_gt: str = OMIT,
        updated_at_gte: str = OMIT,
        updated_at_lt: str = OMIT,
        updated_at_lte: str = OMIT,
        order: Literal["asc", "desc"] = OMIT,
        tool_use_input_max_chars: int = OMIT,
        tool_result_max_chars: int = OMIT,
        limit: int = OMIT,
        after_id: str = OMIT,
        before_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[ComplianceChatMessage]:
        """Get Chat Messages

        Get a chat's metadata and its messages (text, tool calls and results, and references to uploaded files, generated files and artifact versions), in `created_at` order. Without `limit` every message comes back in one response; with `limit` page with `after_id`/`before_id`. For a chat deleted in claude.ai the messages come back without content.

        `GET /v1/compliance/apps/chats/{claude_chat_id}/messages`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/chats/{quote(str(claude_chat_id), safe='')}/messages",
            query={
                "created_at.gt": created_at_gt,
                "created_at.gte": created_at_gte,
                "created_at.lt": created_at_lt,
                "created_at.lte": created_at_lte,
                "updated_at.gt": updated_at_gt,
                "updated_at.gte": updated_at_gte,
                "updated_at.lt": updated_at_lt,
                "updated_at.lte": updated_at_lte,
                "order": order,
                "tool_use_input_max_chars": tool_use_input_max_chars,
                "tool_result_max_chars": tool_result_max_chars,
                "limit": limit,
                "after_id": after_id,
                "before_id": before_id,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, ComplianceChatMessage, "chat_messages", "id_cursor")


class ComplianceAppsChatsMessagesWithRawResponse:
    """`client.compliance.apps.chats.messages.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: ComplianceAppsChatsMessages) -> None:
        self.list = to_raw_response(resource.list)


class ComplianceAppsChats:
    """`client.compliance.apps.chats`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.files = ComplianceAppsChatsFiles(client)
        self.generated_files = ComplianceAppsChatsGeneratedFiles(client)
        self.messages = ComplianceAppsChatsMessages(client)

    @cached_property
    def with_raw_response(self) -> ComplianceAppsChatsWithRawResponse:
        return ComplianceAppsChatsWithRawResponse(self)

    def delete(
        self,
        claude_chat_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ComplianceChatDeleted:
        """Delete a Chat

        Permanently and immediately delete a chat with all its messages and the files attached to them; there is no recovery, and the chat no longer appears in lists. Needs the `delete:compliance_user_data` scope as well.

        `DELETE /v1/compliance/apps/chats/{claude_chat_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/compliance/apps/chats/{quote(str(claude_chat_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, ComplianceChatDeleted)

    def list(
        self,
        *,
        user_ids: Sequence[str] = OMIT,
        organization_ids: Sequence[str] = OMIT,
        project_ids: Sequence[str] = OMIT,
        order_by: Literal["created_at", "updated_at"] = OMIT,
        created_at_gt: str = OMIT,
        created_at_gte: str = OMIT,
        created_at_lt: str = OMIT,
        created_at_lte: str = OMIT,
        updated_at_gt: str = OMIT,
        updated_at_gte: str = OMIT,
        updated_at_lt: str = OMIT,
        updated_at_lte: str = OMIT,
        limit: int = OMIT,
        after_id: str = OMIT,
        before_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[ComplianceChat]:
        """List Chats

        Page through claude.ai chat metadata (no messages), sorted ascending by the `order_by` key with ties broken by ID. Without `user_ids[]` the list covers every chat under the parent organization; with `order_by=updated_at` and an `after_id` cursor kept between runs this is the documented way to keep an export current, since chats reappear after a new message, a move into or out of a project, or a deletion in claude.ai. Organization-wide queries cannot page backwards or filter by project, and their time filters must match the sort key. With 1 to 10 `user_ids[]` the list is sorted by `created_at` only and supports `before_id` and `project_ids[]`; combining `user_ids[]` with `updated_at.*` filters is deprecated (400 after 2026-09-22). Chats deleted by their user in claude.ai stay listed with `deleted_at` set.

        `GET /v1/compliance/apps/chats`
        """
        req = Request(
            "GET",
            "/v1/compliance/apps/chats",
            query={
                "user_ids[]": user_ids,
                "organization_ids[]": organization_ids,
                "project_ids[]": project_ids,
                "order_by": order_by,
                "created_at.gt": created_at_gt,
                "created_at.gte": created_at_gte,
                "created_at.lt": created_at_lt,
                "created_at.lte": created_at_lte,
                "updated_at.gt": updated_at_gt,
                "updated_at.gte": updated_at_gte,
                "updated_at.lt": updated_at_lt,
                "updated_at.lte": updated_at_lte,
                "limit": limit,
                "after_id": after_id,
                "before_id": before_id,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, ComplianceChat, "data", "id_cursor")


class ComplianceAppsChatsWithRawResponse:
    """`client.compliance.apps.chats.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: ComplianceAppsChats) -> None:
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)


class ComplianceAppsCodeArtifacts:
    """`client.compliance.apps.code.artifacts`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ComplianceAppsCodeArtifactsWithRawResponse:
        return ComplianceAppsCodeArtifactsWithRawResponse(self)

    def delete(
        self,
        artifact_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ComplianceCodeArtifactDeleted:
        """Delete a Code Artifact

        Permanently delete an Artifact with all its versions; this cannot be undone. A 200 means the deletion has started and the Artifact is claimed for it, while the content is removed asynchronously. An Artifact that does not exist, belongs to another parent organization or was already deleted returns 404, so a repeated delete gets 404.

        `DELETE /v1/compliance/apps/code/artifacts/{artifact_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/compliance/apps/code/artifacts/{quote(str(artifact_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, ComplianceCodeArtifactDeleted)

    def download(
        self,
        artifact_id: str,
        *,
        multi_file_format: Literal["zip"] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BinaryResponse:
        """Download Code Artifact Content

        Stream the current content of an Artifact, in chunks without `Content-Length`. For a Claude Doc (`artifact_type` `claude_docs`) the request must set `multi_file_format=zip`, and the body is the Doc's text as a ZIP archive of Word files, one per text tab in tab order, named `NN-<tab id>.docx` counting from 01 (a Doc with one tab gives `01-document.docx`), without a `files.json` index. For any other Artifact the body is its latest version, exactly as the version content endpoint serves it (a ZIP of several files needs `multi_file_format=zip`). A 503 means the content cannot be produced now: wait for `Retry-After` seconds, or back off when it is absent.

        `GET /v1/compliance/apps/code/artifacts/{artifact_id}/content`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/code/artifacts/{quote(str(artifact_id), safe='')}/content",
            query={"multi_file_format": multi_file_format},
            betas=[*betas],
            accept="application/octet-stream",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.binary(req)

    def download_version(
        self,
        artifact_id: str,
        version_id: str,
        *,
        multi_file_format: Literal["zip"] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BinaryResponse:
        """Download Code Artifact Version Content

        Stream the content of one retained version of an Artifact, in chunks without `Content-Length`. A version with a single file comes back as that file, under the stored MIME type. A version with several files needs `multi_file_format=zip` and then comes back as a ZIP archive (`application/zip`) holding one top-level folder named after the Artifact and version, with a `files/` folder and a `files.json` index written last: an archive that does not open or lacks `files.json` is incomplete. The versions of a Claude Doc or Claude Sheet hold only the web page that displays it and never come back as a ZIP (usually a 422); get a Doc's text from the content endpoint instead. Errors that happen after the download started cut the body short after a 200 (for example compressed content over 16 MiB once expanded): treat a transfer aborted before its last chunk as a failure, and check `Content-MD5` when present. Do not retry a 422; retry a 503 with backoff; on a 404 list the Artifact again, since newer publishes drop older versions.

        `GET /v1/compliance/apps/code/artifacts/{artifact_id}/versions/{version_id}`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/code/artifacts/{quote(str(artifact_id), safe='')}/versions/{quote(str(version_id), safe='')}",
            query={"multi_file_format": multi_file_format},
            betas=[*betas],
            accept="application/octet-stream",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.binary(req)

    def list(
        self,
        *,
        organization_ids: Sequence[str] = OMIT,
        user_ids: Sequence[str] = OMIT,
        updated_at_gt: str = OMIT,
        updated_at_gte: str = OMIT,
        updated_at_lt: str = OMIT,
        updated_at_lte: str = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[ComplianceCodeArtifact]:
        """List Code Artifacts

        Page through the Artifacts owned by organizations under the parent organization, sorted by Artifact ID rather than creation time, each with the metadata of its retained versions. A page can be short or empty while `next_page` is still set, so follow `next_page` until it is null. An Artifact published during a walk can sort before the cursor and be missed: for an export complete at a point in time, list again once publishing has stopped. Artifacts of a deleted child organization are not returned.

        `GET /v1/compliance/apps/code/artifacts`
        """
        req = Request(
            "GET",
            "/v1/compliance/apps/code/artifacts",
            query={
                "organization_ids[]": organization_ids,
                "user_ids[]": user_ids,
                "updated_at.gt": updated_at_gt,
                "updated_at.gte": updated_at_gte,
                "updated_at.lt": updated_at_lt,
                "updated_at.lte": updated_at_lte,
                "limit": limit,
                "page": page,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, ComplianceCodeArtifact, "data", "page_cursor")


class ComplianceAppsCodeArtifactsWithRawResponse:
    """`client.compliance.apps.code.artifacts.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: ComplianceAppsCodeArtifacts) -> None:
        self.delete = to_raw_response(resource.delete)
        self.download = to_raw_response(resource.download)
        self.download_version = to_raw_response(resource.download_version)
        self.list = to_raw_response(resource.list)


class ComplianceAppsCode:
    """`client.compliance.apps.code`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.artifacts = ComplianceAppsCodeArtifacts(client)

    @cached_property
    def with_raw_response(self) -> ComplianceAppsCodeWithRawResponse:
        return ComplianceAppsCodeWithRawResponse(self)


class ComplianceAppsCodeWithRawResponse:
    """`client.compliance.apps.code.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: ComplianceAppsCode) -> None:
        self._resource = resource


class ComplianceAppsProjectsAttachments:
    """`client.compliance.apps.projects.attachments`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ComplianceAppsProjectsAttachmentsWithRawResponse:
        return ComplianceAppsProjectsAttachmentsWithRawResponse(self)

    def list(
        self,
        project_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[Union[ComplianceProjectFileAttachment, ComplianceProjectDocAttachment]]:
        """List Project Attachments

        Page through the files and plain-text documents attached to a project, oldest first with ties broken by ID. Branch on each entry's `type`: download `project_file` entries with the file content endpoint and fetch `project_doc` entries with the project document endpoint.

        `GET /v1/compliance/apps/projects/{project_id}/attachments`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/projects/{quote(str(project_id), safe='')}/attachments",
            query={"limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(
            req, Union[ComplianceProjectFileAttachment, ComplianceProjectDocAttachment], "data", "page_cursor"
        )


class ComplianceAppsProjectsAttachmentsWithRawResponse:
    """`client.compliance.apps.projects.attachments.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: ComplianceAppsProjectsAttachments) -> None:
        self.list = to_raw_response(resource.list)


class ComplianceAppsProjectsCollaborators:
    """`client.compliance.apps.projects.collaborators`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ComplianceAppsProjectsCollaboratorsWithRawResponse:
        return ComplianceAppsProjectsCollaboratorsWithRawResponse(self)

    def list(
        self,
        project_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[
        Union[
            ComplianceProjectUserCollaborator,
            ComplianceProjectGroupCollaborator,
            ComplianceProjectOrganizationCollaborator,
            ComplianceProjectOrganizationRoleCollaborator,
        ]
    ]:
        """List Project Collaborators

        Page through a project's active role assignments (users, groups, whole organizations and holders of an organization-level role), oldest grant first.

        `GET /v1/compliance/apps/projects/{project_id}/collaborators`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/projects/{quote(str(project_id), safe='')}/collaborators",
            query={"limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(
            req,
            Union[
                ComplianceProjectUserCollaborator,
                ComplianceProjectGroupCollaborator,
                ComplianceProjectOrganizationCollaborator,
                ComplianceProjectOrganizationRoleCollaborator,
            ],
            "data",
            "page_cursor",
        )


class ComplianceAppsProjectsCollaboratorsWithRawResponse:
    """`client.compliance.apps.projects.collaborators.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: ComplianceAppsProjectsCollaborators) -> None:
        self.list = to_raw_response(resource.list)


class ComplianceAppsProjectsDocuments:
    """`client.compliance.apps.projects.documents`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ComplianceAppsProjectsDocumentsWithRawResponse:
        return ComplianceAppsProjectsDocumentsWithRawResponse(self)

    def delete(
        self,
        document_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ComplianceProjectDocumentDeleted:
        """Delete a Project Document

        Permanently and immediately delete one project document. Needs the `delete:compliance_user_data` scope as well.

        `DELETE /v1/compliance/apps/projects/documents/{document_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/compliance/apps/projects/documents/{quote(str(document_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, ComplianceProjectDocumentDeleted)

    def retrieve(
        self,
        document_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ComplianceProjectDocument:
        """Get Project Document Content

        Get a plain-text project document (`claude_proj_doc_...`) with its full text.

        `GET /v1/compliance/apps/projects/documents/{document_id}`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/projects/documents/{quote(str(document_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, ComplianceProjectDocument)

    def retrieve_metadata(
        self,
        document_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ComplianceProjectDocumentMetadata:
        """Get Project Document Metadata

        Get a project document's metadata, including the size and MD5 of its UTF-8 text, without the text.

        `GET /v1/compliance/apps/projects/documents/{document_id}/metadata`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/projects/documents/{quote(str(document_id), safe='')}/metadata",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, ComplianceProjectDocumentMetadata)


class ComplianceAppsProjectsDocumentsWithRawResponse:
    """`client.compliance.apps.projects.documents.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: ComplianceAppsProjectsDocuments) -> None:
        self.delete = to_raw_response(resource.delete)
        self.retrieve = to_raw_response(resource.retrieve)
        self.retrieve_metadata = to_raw_response(resource.retrieve_metadata)


class ComplianceAppsProjects:
    """`client.compliance.apps.projects`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.attachments = ComplianceAppsProjectsAttachments(client)
        self.collaborators = ComplianceAppsProjectsCollaborators(client)
        self.documents = ComplianceAppsProjectsDocuments(client)

    @cached_property
    def with_raw_response(self) -> ComplianceAppsProjectsWithRawResponse:
        return ComplianceAppsProjectsWithRawResponse(self)

    def delete(
        self,
        project_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ComplianceProjectDeleted:
        """Delete a Project

        Permanently delete a project with its documents, files, role assignments, knowledge base and sync sources. Fails with 409 while any chat is still in the project: delete those chats (or move them out in claude.ai) first. Needs the `delete:compliance_user_data` scope as well.

        `DELETE /v1/compliance/apps/projects/{project_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/compliance/apps/projects/{quote(str(project_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, ComplianceProjectDeleted)

    def list(
        self,
        *,
        organization_ids: Sequence[str] = OMIT,
        user_ids: Sequence[str] = OMIT,
        created_at_gt: str = OMIT,
        created_at_gte: str = OMIT,
        created_at_lt: str = OMIT,
        created_at_lte: str = OMIT,
        updated_at_gt: str = OMIT,
        updated_at_gte: str = OMIT,
        updated_at_lt: str = OMIT,
        updated_at_lte: str = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[ComplianceProject]:
        """List Projects

        Page through claude.ai project metadata, oldest first by creation time, optionally narrowed by organization, creator and creation or update time.

        `GET /v1/compliance/apps/projects`
        """
        req = Request(
            "GET",
            "/v1/compliance/apps/projects",
            query={
                "organization_ids[]": organization_ids,
                "user_ids[]": user_ids,
                "created_at.gt": created_at_gt,
                "created_at.gte": created_at_gte,
                "created_at.lt": created_at_lt,
                "created_at.lte": created_at_lte,
                "updated_at.gt": updated_at_gt,
                "updated_at.gte": updated_at_gte,
                "updated_at.lt": updated_at_lt,
                "updated_at.lte": updated_at_lte,
                "limit": limit,
                "page": page,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, ComplianceProject, "data", "page_cursor")

    def retrieve(
        self,
        project_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ComplianceProjectDetails:
        """Get Project Details

        Get a project's metadata with its description, custom instructions and attachment and chat counts.

        `GET /v1/compliance/apps/projects/{project_id}`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/projects/{quote(str(project_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, ComplianceProjectDetails)


class ComplianceAppsProjectsWithRawResponse:
    """`client.compliance.apps.projects.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: ComplianceAppsProjects) -> None:
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)


class ComplianceAppsSessionsLocalMessages:
    """`client.compliance.apps.sessions.local.messages`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ComplianceAppsSessionsLocalMessagesWithRawResponse:
        return ComplianceAppsSessionsLocalMessagesWithRawResponse(self)

    def list(
        self,
        local_session_id: str,
        *,
        order: Literal["asc", "desc"] = OMIT,
        tool_use_input_max_bytes: int = OMIT,
        tool_result_max_bytes: int = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[ComplianceLocalSessionMessage]:
        """Retrieve Local Session Messages

        Page through one local session's transcript (user prompts, assistant text, tool calls and the text of tool results, rebuilt from the captured Claude API calls), oldest first by default. System prompts, tool definitions and thinking are never returned; markers and `provenance` flag content that is unavailable, unverified or inserted by the endpoint. Page tokens are tied to the session and order and expire 24 hours after the walk's first page; a page can end before `limit`, so stop only when `next_page` is null.

        `GET /v1/compliance/apps/sessions/local/{local_session_id}/messages`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/sessions/local/{quote(str(local_session_id), safe='')}/messages",
            query={
                "order": order,
                "tool_use_input_max_bytes": tool_use_input_max_bytes,
                "tool_result_max_bytes": tool_result_max_bytes,
                "limit": limit,
                "page": page,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, ComplianceLocalSessionMessage, "data", "page_cursor")


class ComplianceAppsSessionsLocalMessagesWithRawResponse:
    """`client.compliance.apps.sessions.local.messages.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: ComplianceAppsSessionsLocalMessages) -> None:
        self.list = to_raw_response(resource.list)


class ComplianceAppsSessionsLocal:
    """`client.compliance.apps.sessions.local`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.messages = ComplianceAppsSessionsLocalMessages(client)

    @cached_property
    def with_raw_response(self) -> ComplianceAppsSessionsLocalWithRawResponse:
        return ComplianceAppsSessionsLocalWithRawResponse(self)

    def list(
        self,
        *,
        created_at_gt: str = OMIT,
        created_at_gte: str = OMIT,
        created_at_lt: str = OMIT,
        created_at_lte: str = OMIT,
        updated_at_gte: str = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[ComplianceLocalSession]:
        """List Local Sessions

        Page forward through the metadata of sessions users ran on their own machines (Cowork, Claude Code, Claude Science, Claude for Microsoft 365) in every organization the key can read, newest first by `created_at`. There are no organization or user filters; bound the results by first activity (`created_at.*`) and poll by last activity with `updated_at.gte`, overlapping runs by a few minutes and deduplicating on `id`. Finish a walk within 24 hours. Returns 404 "Local sessions are not available." while the feature is unavailable to the parent organization.

        `GET /v1/compliance/apps/sessions/local`
        """
        req = Request(
            "GET",
            "/v1/compliance/apps/sessions/local",
            query={
                "created_at.gt": created_at_gt,
                "created_at.gte": created_at_gte,
                "created_at.lt": created_at_lt,
                "created_at.lte": created_at_lte,
                "updated_at.gte": updated_at_gte,
                "limit": limit,
                "page": page,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, ComplianceLocalSession, "data", "page_cursor")

    def retrieve(
        self,
        local_session_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ComplianceLocalSession:
        """Retrieve a Local Session

        Get one local session's metadata, the same object the list returns. A malformed ID is a 400; one 404 covers a session outside the readable organizations, a missing one, one under zero data retention, and one whose every call has aged past retention.

        `GET /v1/compliance/apps/sessions/local/{local_session_id}`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/sessions/local/{quote(str(local_session_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, ComplianceLocalSession)


class ComplianceAppsSessionsLocalWithRawResponse:
    """`client.compliance.apps.sessions.local.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: ComplianceAppsSessionsLocal) -> None:
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)


class ComplianceAppsSessionsRemoteMessages:
    """`client.compliance.apps.sessions.remote.messages`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ComplianceAppsSessionsRemoteMessagesWithRawResponse:
        return ComplianceAppsSessionsRemoteMessagesWithRawResponse(self)

    def list(
        self,
        claude_remote_session_id: str,
        *,
        order: Literal["asc", "desc"] = OMIT,
        tool_use_input_max_bytes: int = OMIT,
        tool_result_max_bytes: int = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[ComplianceRemoteSessionMessage]:
        """Retrieve Remote Session Messages

        Page through one remote session's transcript (user prompts, assistant responses, tool calls and results; no thinking or images), oldest first by default, with the session's metadata alongside. Returns 404 while the session is `pending`, for deleted sessions and for sessions outside the readable organizations; a malformed ID is a 400. A page can end before `limit`, so stop only when `next_page` is null.

        `GET /v1/compliance/apps/sessions/remote/{claude_remote_session_id}/messages`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/sessions/remote/{quote(str(claude_remote_session_id), safe='')}/messages",
            query={
                "order": order,
                "tool_use_input_max_bytes": tool_use_input_max_bytes,
                "tool_result_max_bytes": tool_result_max_bytes,
                "limit": limit,
                "page": page,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, ComplianceRemoteSessionMessage, "data", "page_cursor")


class ComplianceAppsSessionsRemoteMessagesWithRawResponse:
    """`client.compliance.apps.sessions.remote.messages.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: ComplianceAppsSessionsRemoteMessages) -> None:
        self.list = to_raw_response(resource.list)


class ComplianceAppsSessionsRemote:
    """`client.compliance.apps.sessions.remote`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.messages = ComplianceAppsSessionsRemoteMessages(client)

    @cached_property
    def with_raw_response(self) -> ComplianceAppsSessionsRemoteWithRawResponse:
        return ComplianceAppsSessionsRemoteWithRawResponse(self)

    def list(
        self,
        *,
        organization_ids: Sequence[str] = OMIT,
        user_ids: Sequence[str] = OMIT,
        created_at_gt: str = OMIT,
        created_at_gte: str = OMIT,
        created_at_lt: str = OMIT,
        created_at_lte: str = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[ComplianceRemoteSession]:
        """List Remote Sessions

        Page forward through the metadata of remote sessions (Cowork sessions started on claude.ai web or mobile that run in Anthropic-managed cloud environments), newest first by `created_at`, across the organizations the key can read or those given. With `user_ids[]` only user-owned sessions of those users are returned. Pending sessions are listed; deleted ones never are. These endpoints have their own request budget on top of the shared Compliance limit.

        `GET /v1/compliance/apps/sessions/remote`
        """
        req = Request(
            "GET",
            "/v1/compliance/apps/sessions/remote",
            query={
                "organization_ids[]": organization_ids,
                "user_ids[]": user_ids,
                "created_at.gt": created_at_gt,
                "created_at.gte": created_at_gte,
                "created_at.lt": created_at_lt,
                "created_at.lte": created_at_lte,
                "limit": limit,
                "page": page,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, ComplianceRemoteSession, "data", "page_cursor")


class ComplianceAppsSessionsRemoteWithRawResponse:
    """`client.compliance.apps.sessions.remote.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: ComplianceAppsSessionsRemote) -> None:
        self.list = to_raw_response(resource.list)


class ComplianceAppsSessions:
    """`client.compliance.apps.sessions`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.local = ComplianceAppsSessionsLocal(client)
        self.remote = ComplianceAppsSessionsRemote(client)

    @cached_property
    def with_raw_response(self) -> ComplianceAppsSessionsWithRawResponse:
        return ComplianceAppsSessionsWithRawResponse(self)


class ComplianceAppsSessionsWithRawResponse:
    """`client.compliance.apps.sessions.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: ComplianceAppsSessions) -> None:
        self._resource = resource


class ComplianceApps:
    """`client.compliance.apps`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.artifacts = ComplianceAppsArtifacts(client)
        self.chats = ComplianceAppsChats(client)
        self.code = ComplianceAppsCode(client)
        self.projects = ComplianceAppsProjects(client)
        self.sessions = ComplianceAppsSessions(client)

    @cached_property
    def with_raw_response(self) -> ComplianceAppsWithRawResponse:
        return ComplianceAppsWithRawResponse(self)


class ComplianceAppsWithRawResponse:
    """`client.compliance.apps.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: ComplianceApps) -> None:
        self._resource = resource


class ComplianceGroupsMembers:
    """`client.compliance.groups.members`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ComplianceGroupsMembersWithRawResponse:
        return ComplianceGroupsMembersWithRawResponse(self)

    def list(
        self,
        group_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[ComplianceGroupMember]:
        """List Group Members

        List the members of one group, each with the user ID and email address (full names come from the organization's user list). Needs the `read:compliance_user_data` scope.

        `GET /v1/compliance/groups/{group_id}/members`
        """
        req = Request(
            "GET",
            f"/v1/compliance/groups/{quote(str(group_id), safe='')}/members",
            query={"limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, ComplianceGroupMember, "data", "page_cursor")


class ComplianceGroupsMembersWithRawResponse:
    """`client.compliance.groups.members.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: ComplianceGroupsMembers) -> None:
        self.list = to_raw_response(resource.list)


class ComplianceGroups:
    """`client.compliance.groups`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.members = ComplianceGroupsMembers(client)

    @cached_property
    def with_raw_response(self) -> ComplianceGroupsWithRawResponse:
        return ComplianceGroupsWithRawResponse(self)

    def list(
        self,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        name_prefix: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[ComplianceGroup]:
        """List Groups

        List the parent organization's RBAC groups, both those created in claude.ai and those synced through SCIM, optionally only those whose name starts with a prefix. Needs the `read:compliance_org_data` scope.

        `GET /v1/compliance/groups`
        """
        req = Request(
            "GET",
            "/v1/compliance/groups",
            query={"limit": limit, "page": page, "name_prefix": name_prefix},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, ComplianceGroup, "data", "page_cursor")

    def retrieve(
        self,
        group_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ComplianceGroup:
        """Get a Group

        Get one RBAC or SCIM group by ID. Needs the `read:compliance_org_data` scope.

        `GET /v1/compliance/groups/{group_id}`
        """
        req = Request(
            "GET",
            f"/v1/compliance/groups/{quote(str(group_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, ComplianceGroup)


class ComplianceGroupsWithRawResponse:
    """`client.compliance.groups.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: ComplianceGroups) -> None:
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)


class ComplianceOrganizationsRolesPermissions:
    """`client.compliance.organizations.roles.permissions`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ComplianceOrganizationsRolesPermissionsWithRawResponse:
        return ComplianceOrganizationsRolesPermissionsWithRawResponse(self)

    def list(
        self,
        org_uuid: str,
        role_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[ComplianceRolePermission]:
        """List Role Permissions

        List the permissions a role currently grants, each an action on a typed resource. Needs the `read:compliance_org_data` scope; past grants and revocations are in the Activity Feed.

        `GET /v1/compliance/organizations/{org_uuid}/roles/{role_id}/permissions`
        """
        req = Request(
            "GET",
            f"/v1/compliance/organizations/{quote(str(org_uuid), safe='')}/roles/{quote(str(role_id), safe='')}/permissions",
            query={"limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, ComplianceRolePermission, "data", "page_cursor")


class ComplianceOrganizationsRolesPermissionsWithRawResponse:
    """`client.compliance.organizations.roles.permissions.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: ComplianceOrganizationsRolesPermissions) -> None:
        self.list = to_raw_response(resource.list)


class ComplianceOrganizationsRoles:
    """`client.compliance.organizations.roles`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.permissions = ComplianceOrganizationsRolesPermissions(client)

    @cached_property
    def with_raw_response(self) -> ComplianceOrganizationsRolesWithRawResponse:
        return ComplianceOrganizationsRolesWithRawResponse(self)

    def list(
        self,
        org_uuid: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[ComplianceRole]:
        """List Organization Roles

        List the custom RBAC roles defined on one organization. Needs the `read:compliance_org_data` scope.

        `GET /v1/compliance/organizations/{org_uuid}/roles`
        """
        req = Request(
            "GET",
            f"/v1/compliance/organizations/{quote(str(org_uuid), safe='')}/roles",
            query={"limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, ComplianceRole, "data", "page_cursor")

    def retrieve(
        self,
        org_uuid: str,
        role_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ComplianceRole:
        """Get an Organization Role

        Get one custom RBAC role of an organization by ID. Needs the `read:compliance_org_data` scope.

        `GET /v1/compliance/organizations/{org_uuid}/roles/{role_id}`
        """
        req = Request(
            "GET",
            f"/v1/compliance/organizations/{quote(str(org_uuid), safe='')}/roles/{quote(str(role_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, ComplianceRole)


class ComplianceOrganizationsRolesWithRawResponse:
    """`client.compliance.organizations.roles.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: ComplianceOrganizationsRoles) -> None:
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)


class ComplianceOrganizationsSettings:
    """`client.compliance.organizations.settings`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ComplianceOrganizationsSettingsWithRawResponse:
        return ComplianceOrganizationsSettingsWithRawResponse(self)

    def retrieve(
        self,
        organization_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ComplianceEffectiveOrganizationSettings:
        """Get Effective Organization Settings

        Read the data-privacy, security and capability settings actually in force for one linked organization (after regulatory restrictions, feature availability, organization-type defaults and feature dependencies apply), as typed rows, together with the parent's Compliance Access Keys. Settings the organization's administrators cannot change are omitted. Needs the `read:compliance_org_data` scope. The parent organization itself is not a valid target, and an unknown, malformed or out-of-tree organization ID (or a parent not yet given access to this endpoint, which is enabled separately) returns the same 404.

        `GET /v1/compliance/organizations/{organization_id}/settings`
        """
        req = Request(
            "GET",
            f"/v1/compliance/organizations/{quote(str(organization_id), safe='')}/settings",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, ComplianceEffectiveOrganizationSettings)


class ComplianceOrganizationsSettingsWithRawResponse:
    """`client.compliance.organizations.settings.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: ComplianceOrganizationsSettings) -> None:
        self.retrieve = to_raw_response(resource.retrieve)


class ComplianceOrganizationsUsers:
    """`client.compliance.organizations.users`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ComplianceOrganizationsUsersWithRawResponse:
        return ComplianceOrganizationsUsersWithRawResponse(self)

    def list(
        self,
        org_uuid: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[ComplianceOrganizationUser]:
        """List Organization Users

        List the current members of one organization in the order they joined it, with their built-in organization role; removed members drop out at once (their history stays in the Activity Feed). Needs the `read:compliance_user_data` scope, not `read:compliance_org_data`.

        `GET /v1/compliance/organizations/{org_uuid}/users`
        """
        req = Request(
            "GET",
            f"/v1/compliance/organizations/{quote(str(org_uuid), safe='')}/users",
            query={"limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, ComplianceOrganizationUser, "data", "page_cursor")


class ComplianceOrganizationsUsersWithRawResponse:
    """`client.compliance.organizations.users.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: ComplianceOrganizationsUsers) -> None:
        self.list = to_raw_response(resource.list)


class ComplianceOrganizations:
    """`client.compliance.organizations`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.roles = ComplianceOrganizationsRoles(client)
        self.settings = ComplianceOrganizationsSettings(client)
        self.users = ComplianceOrganizationsUsers(client)

    @cached_property
    def with_raw_response(self) -> ComplianceOrganizationsWithRawResponse:
        return ComplianceOrganizationsWithRawResponse(self)

    def list(
        self,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[ComplianceOrganization]:
        """List Organizations

        List the organizations linked under the parent organization the Compliance Access Key is bound to, oldest first. Each `uuid` is the identifier the other directory endpoints take. Needs the `read:compliance_org_data` scope.

        `GET /v1/compliance/organizations`
        """
        req = Request(
            "GET",
            "/v1/compliance/organizations",
            query={"limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, ComplianceOrganization, "data", "page_cursor")


class ComplianceOrganizationsWithRawResponse:
    """`client.compliance.organizations.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: ComplianceOrganizations) -> None:
        self.list = to_raw_response(resource.list)


class Compliance:
    """`client.compliance`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.activities = ComplianceActivities(client)
        self.apps = ComplianceApps(client)
        self.groups = ComplianceGroups(client)
        self.organizations = ComplianceOrganizations(client)

    @cached_property
    def with_raw_response(self) -> ComplianceWithRawResponse:
        return ComplianceWithRawResponse(self)


class ComplianceWithRawResponse:
    """`client.compliance.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: Compliance) -> None:
        self._resource = resource


class AsyncComplianceActivities:
    """`client.compliance.activities`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncComplianceActivitiesWithRawResponse:
        return AsyncComplianceActivitiesWithRawResponse(self)

    async def list(
        self,
        *,
        activity_types: Sequence[str] = OMIT,
        exclude_activity_types: Sequence[str] = OMIT,
        actor_ids: Sequence[str] = OMIT,
        user_ids: Sequence[str] = OMIT,
        organization_ids: Sequence[str] = OMIT,
        created_at_gte: str = OMIT,
        created_at_gt: str = OMIT,
        created_at_lte: str = OMIT,
        created_at_lt: str = OMIT,
        order: Literal["asc", "desc"] = OMIT,
        limit: int = OMIT,
        after_id: str = OMIT,
        before_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[ComplianceActivity]:
        """Query Compliance Activities

        Page through the tenant's audit log of authentication, chat, file, project, administrative and platform events (the tenant is the caller's parent organization, or the organization itself when it has no parent), newest first by default, optionally narrowed by organization, actor, activity type and a `created_at` window. Needs the `read:compliance_activities` scope, which a Compliance Access Key created with it carries and an Admin API key created after the Compliance API was enabled carries; this is the only Compliance API endpoint an Admin API key can call. Activities can be queried within about a minute of happening and are kept for 6 years; recording starts when the Compliance API is first enabled and is not backfilled.

        `GET /v1/compliance/activities`
        """
        req = Request(
            "GET",
            "/v1/compliance/activities",
            query={
                "activity_types[]": activity_types,
                "exclude_activity_types[]": exclude_activity_types,
                "actor_ids[]": actor_ids,
                "user_ids[]": user_ids,
                "organization_ids[]": organization_ids,
                "created_at.gte": created_at_gte,
                "created_at.gt": created_at_gt,
                "created_at.lte": created_at_lte,
                "created_at.lt": created_at_lt,
                "order": order,
                "limit": limit,
                "after_id": after_id,
                "before_id": before_id,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, ComplianceActivity, "data", "id_cursor")


class AsyncComplianceActivitiesWithRawResponse:
    """`client.compliance.activities.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncComplianceActivities) -> None:
        self.list = to_async_raw_response(resource.list)


class AsyncComplianceAppsArtifacts:
    """`client.compliance.apps.artifacts`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncComplianceAppsArtifactsWithRawResponse:
        return AsyncComplianceAppsArtifactsWithRawResponse(self)

    async def download(
        self,
        artifact_version_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ComplianceArtifactContent:
        """Download Artifact Content

        Get the full text of one artifact version (pass the `version_id` from a message's `artifacts`), as a JSON object whose `content` is exactly that version's text; compare `size_bytes` and `md5` of the metadata with `content`, not with the whole body.

        `GET /v1/compliance/apps/artifacts/{artifact_version_id}/content`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/artifacts/{quote(str(artifact_version_id), safe='')}/content",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, ComplianceArtifactContent)

    async def retrieve(
        self,
        artifact_version_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ComplianceArtifactVersion:
        """Get Artifact Metadata

        Get the metadata of one artifact version (by its `claude_artifact_version_` ID, not the artifact's ID), including the size and MD5 of its text, without the text.

        `GET /v1/compliance/apps/artifacts/{artifact_version_id}`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/artifacts/{quote(str(artifact_version_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, ComplianceArtifactVersion)


class AsyncComplianceAppsArtifactsWithRawResponse:
    """`client.compliance.apps.artifacts.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncComplianceAppsArtifacts) -> None:
        self.download = to_async_raw_response(resource.download)
        self.retrieve = to_async_raw_response(resource.retrieve)


class AsyncComplianceAppsChatsFiles:
    """`client.compliance.apps.chats.files`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncComplianceAppsChatsFilesWithRawResponse:
        return AsyncComplianceAppsChatsFilesWithRawResponse(self)

    async def delete(
        self,
        claude_file_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ComplianceChatFileDeleted:
        """Delete a File

        Permanently and immediately delete an uploaded file, whether attached to a chat or to a project. Needs the `delete:compliance_user_data` scope as well.

        `DELETE /v1/compliance/apps/chats/files/{claude_file_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/compliance/apps/chats/files/{quote(str(claude_file_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, ComplianceChatFileDeleted)

    async def download(
        self,
        claude_file_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncBinaryResponse:
        """Download File Content

        Stream the stored content of an uploaded file (chat or project file) as a chunked binary body. The stored content can differ from the upload: images may be a processed copy, and some documents (Word, PowerPoint, some PDFs) are served as the text claude.ai extracted, under the original name. `Content-Type` is the MIME type recorded for the stored content (which can still name the original format), so identify the format from the bytes. The file name in `Content-Disposition` is the user's and must be sanitised before use as a path.

        `GET /v1/compliance/apps/chats/files/{claude_file_id}/content`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/chats/files/{quote(str(claude_file_id), safe='')}/content",
            betas=[*betas],
            accept="application/octet-stream",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.binary(req)

    async def retrieve(
        self,
        claude_file_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ComplianceChatFile:
        """Get File Metadata

        Get the metadata of an uploaded file (a chat attachment or a project file) and the messages and chats that reference it, without its content.

        `GET /v1/compliance/apps/chats/files/{claude_file_id}`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/chats/files/{quote(str(claude_file_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, ComplianceChatFile)


class AsyncComplianceAppsChatsFilesWithRawResponse:
    """`client.compliance.apps.chats.files.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncComplianceAppsChatsFiles) -> None:
        self.delete = to_async_raw_response(resource.delete)
        self.download = to_async_raw_response(resource.download)
        self.retrieve = to_async_raw_response(resource.retrieve)


class AsyncComplianceAppsChatsGeneratedFiles:
    """`client.compliance.apps.chats.generated_files`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncComplianceAppsChatsGeneratedFilesWithRawResponse:
        return AsyncComplianceAppsChatsGeneratedFilesWithRawResponse(self)

    async def download(
        self,
        claude_gen_file_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncBinaryResponse:
        """Download a Claude-Generated File

        Download the binary content of a file the assistant produced with a tool in a chat.

        `GET /v1/compliance/apps/chats/generated-files/{claude_gen_file_id}/content`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/chats/generated-files/{quote(str(claude_gen_file_id), safe='')}/content",
            betas=[*betas],
            accept="application/octet-stream",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.binary(req)

    async def retrieve(
        self,
        claude_gen_file_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ComplianceGeneratedFile:
        """Get Claude-Generated File Metadata

        Get the metadata of a file the assistant produced with a tool in a chat, without its content.

        `GET /v1/compliance/apps/chats/generated-files/{claude_gen_file_id}`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/chats/generated-files/{quote(str(claude_gen_file_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, ComplianceGeneratedFile)


class AsyncComplianceAppsChatsGeneratedFilesWithRawResponse:
    """`client.compliance.apps.chats.generated_files.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncComplianceAppsChatsGeneratedFiles) -> None:
        self.download = to_async_raw_response(resource.download)
        self.retrieve = to_async_raw_response(resource.retrieve)


class AsyncComplianceAppsChatsMessages:
    """`client.compliance.apps.chats.messages`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncComplianceAppsChatsMessagesWithRawResponse:
        return AsyncComplianceAppsChatsMessagesWithRawResponse(self)

    async def list(
        self,
        claude_chat_id: str,
        *,
        created_at_gt: str = OMIT,
        created_at_gte: str = OMIT,
        created_at_lt: str = OMIT,
        created_at_lte: str = OMIT,
        updated_at_gt: str = OMIT,
        updated_at_gte: str = OMIT,
        updated_at_lt: str = OMIT,
        updated_at_lte: str = OMIT,
        order: Literal["asc", "desc"] = OMIT,
        tool_use_input_max_chars: int = OMIT,
        tool_result_max_chars: int = OMIT,
        limit: int = OMIT,
        after_id: str = OMIT,
        before_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[ComplianceChatMessage]:
        """Get Chat Messages

        Get a chat's metadata and its messages (text, tool calls and results, and references to uploaded files, generated files and artifact versions), in `created_at` order. Without `limit` every message comes back in one response; with `limit` page with `after_id`/`before_id`. For a chat deleted in claude.ai the messages come back without content.

        `GET /v1/compliance/apps/chats/{claude_chat_id}/messages`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/chats/{quote(str(claude_chat_id), safe='')}/messages",
            query={
                "created_at.gt": created_at_gt,
                "created_at.gte": created_at_gte,
                "created_at.lt": created_at_lt,
                "created_at.lte": created_at_lte,
                "updated_at.gt": updated_at_gt,
                "updated_at.gte": updated_at_gte,
                "updated_at.lt": updated_at_lt,
                "updated_at.lte": updated_at_lte,
                "order": order,
                "tool_use_input_max_chars": tool_use_input_max_chars,
                "tool_result_max_chars": tool_result_max_chars,
                "limit": limit,
                "after_id": after_id,
                "before_id": before_id,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, ComplianceChatMessage, "chat_messages", "id_cursor")


class AsyncComplianceAppsChatsMessagesWithRawResponse:
    """`client.compliance.apps.chats.messages.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncComplianceAppsChatsMessages) -> None:
        self.list = to_async_raw_response(resource.list)


class AsyncComplianceAppsChats:
    """`client.compliance.apps.chats`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.files = AsyncComplianceAppsChatsFiles(client)
        self.generated_files = AsyncComplianceAppsChatsGeneratedFiles(client)
        self.messages = AsyncComplianceAppsChatsMessages(client)

    @cached_property
    def with_raw_response(self) -> AsyncComplianceAppsChatsWithRawResponse:
        return AsyncComplianceAppsChatsWithRawResponse(self)

    async def delete(
        self,
        claude_chat_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ComplianceChatDeleted:
        """Delete a Chat

        Permanently and immediately delete a chat with all its messages and the files attached to them; there is no recovery, and the chat no longer appears in lists. Needs the `delete:compliance_user_data` scope as well.

        `DELETE /v1/compliance/apps/chats/{claude_chat_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/compliance/apps/chats/{quote(str(claude_chat_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, ComplianceChatDeleted)

    async def list(
        self,
        *,
        user_ids: Sequence[str] = OMIT,
        organization_ids: Sequence[str] = OMIT,
        project_ids: Sequence[str] = OMIT,
        order_by: Literal["created_at", "updated_at"] = OMIT,
        created_at_gt: str = OMIT,
        created_at_gte: str = OMIT,
        created_at_lt: str = OMIT,
        created_at_lte: str = OMIT,
        updated_at_gt: str = OMIT,
        updated_at_gte: str = OMIT,
        updated_at_lt: str = OMIT,
        updated_at_lte: str = OMIT,
        limit: int = OMIT,
        after_id: str = OMIT,
        before_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[ComplianceChat]:
        """List Chats

        Page through claude.ai chat metadata (no messages), sorted ascending by the `order_by` key with ties broken by ID. Without `user_ids[]` the list covers every chat under the parent organization; with `order_by=updated_at` and an `after_id` cursor kept between runs this is the documented way to keep an export current, since chats reappear after a new message, a move into or out of a project, or a deletion in claude.ai. Organization-wide queries cannot page backwards or filter by project, and their time filters must match the sort key. With 1 to 10 `user_ids[]` the list is sorted by `created_at` only and supports `before_id` and `project_ids[]`; combining `user_ids[]` with `updated_at.*` filters is deprecated (400 after 2026-09-22). Chats deleted by their user in claude.ai stay listed with `deleted_at` set.

        `GET /v1/compliance/apps/chats`
        """
        req = Request(
            "GET",
            "/v1/compliance/apps/chats",
            query={
                "user_ids[]": user_ids,
                "organization_ids[]": organization_ids,
                "project_ids[]": project_ids,
                "order_by": order_by,
                "created_at.gt": created_at_gt,
                "created_at.gte": created_at_gte,
                "created_at.lt": created_at_lt,
                "created_at.lte": created_at_lte,
                "updated_at.gt": updated_at_gt,
                "updated_at.gte": updated_at_gte,
                "updated_at.lt": updated_at_lt,
                "updated_at.lte": updated_at_lte,
                "limit": limit,
                "after_id": after_id,
                "before_id": before_id,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, ComplianceChat, "data", "id_cursor")


class AsyncComplianceAppsChatsWithRawResponse:
    """`client.compliance.apps.chats.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncComplianceAppsChats) -> None:
        self.delete = to_async_raw_response(resource.delete)
        self.list = to_async_raw_response(resource.list)


class AsyncComplianceAppsCodeArtifacts:
    """`client.compliance.apps.code.artifacts`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncComplianceAppsCodeArtifactsWithRawResponse:
        return AsyncComplianceAppsCodeArtifactsWithRawResponse(self)

    async def delete(
        self,
        artifact_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ComplianceCodeArtifactDeleted:
        """Delete a Code Artifact

        Permanently delete an Artifact with all its versions; this cannot be undone. A 200 means the deletion has started and the Artifact is claimed for it, while the content is removed asynchronously. An Artifact that does not exist, belongs to another parent organization or was already deleted returns 404, so a repeated delete gets 404.

        `DELETE /v1/compliance/apps/code/artifacts/{artifact_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/compliance/apps/code/artifacts/{quote(str(artifact_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, ComplianceCodeArtifactDeleted)

    async def download(
        self,
        artifact_id: str,
        *,
        multi_file_format: Literal["zip"] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncBinaryResponse:
        """Download Code Artifact Content

        Stream the current content of an Artifact, in chunks without `Content-Length`. For a Claude Doc (`artifact_type` `claude_docs`) the request must set `multi_file_format=zip`, and the body is the Doc's text as a ZIP archive of Word files, one per text tab in tab order, named `NN-<tab id>.docx` counting from 01 (a Doc with one tab gives `01-document.docx`), without a `files.json` index. For any other Artifact the body is its latest version, exactly as the version content endpoint serves it (a ZIP of several files needs `multi_file_format=zip`). A 503 means the content cannot be produced now: wait for `Retry-After` seconds, or back off when it is absent.

        `GET /v1/compliance/apps/code/artifacts/{artifact_id}/content`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/code/artifacts/{quote(str(artifact_id), safe='')}/content",
            query={"multi_file_format": multi_file_format},
            betas=[*betas],
            accept="application/octet-stream",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.binary(req)

    async def download_version(
        self,
        artifact_id: str,
        version_id: str,
        *,
        multi_file_format: Literal["zip"] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncBinaryResponse:
        """Download Code Artifact Version Content

        Stream the content of one retained version of an Artifact, in chunks without `Content-Length`. A version with a single file comes back as that file, under the stored MIME type. A version with several files needs `multi_file_format=zip` and then comes back as a ZIP archive (`application/zip`) holding one top-level folder named after the Artifact and version, with a `files/` folder and a `files.json` index written last: an archive that does not open or lacks `files.json` is incomplete. The versions of a Claude Doc or Claude Sheet hold only the web page that displays it and never come back as a ZIP (usually a 422); get a Doc's text from the content endpoint instead. Errors that happen after the download started cut the body short after a 200 (for example compressed content over 16 MiB once expanded): treat a transfer aborted before its last chunk as a failure, and check `Content-MD5` when present. Do not retry a 422; retry a 503 with backoff; on a 404 list the Artifact again, since newer publishes drop older versions.

        `GET /v1/compliance/apps/code/artifacts/{artifact_id}/versions/{version_id}`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/code/artifacts/{quote(str(artifact_id), safe='')}/versions/{quote(str(version_id), safe='')}",
            query={"multi_file_format": multi_file_format},
            betas=[*betas],
            accept="application/octet-stream",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.binary(req)

    async def list(
        self,
        *,
        organization_ids: Sequence[str] = OMIT,
        user_ids: Sequence[str] = OMIT,
        updated_at_gt: str = OMIT,
        updated_at_gte: str = OMIT,
        updated_at_lt: str = OMIT,
        updated_at_lte: str = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[ComplianceCodeArtifact]:
        """List Code Artifacts

        Page through the Artifacts owned by organizations under the parent organization, sorted by Artifact ID rather than creation time, each with the metadata of its retained versions. A page can be short or empty while `next_page` is still set, so follow `next_page` until it is null. An Artifact published during a walk can sort before the cursor and be missed: for an export complete at a point in time, list again once publishing has stopped. Artifacts of a deleted child organization are not returned.

        `GET /v1/compliance/apps/code/artifacts`
        """
        req = Request(
            "GET",
            "/v1/compliance/apps/code/artifacts",
            query={
                "organization_ids[]": organization_ids,
                "user_ids[]": user_ids,
                "updated_at.gt": updated_at_gt,
                "updated_at.gte": updated_at_gte,
                "updated_at.lt": updated_at_lt,
                "updated_at.lte": updated_at_lte,
                "limit": limit,
                "page": page,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, ComplianceCodeArtifact, "data", "page_cursor")


class AsyncComplianceAppsCodeArtifactsWithRawResponse:
    """`client.compliance.apps.code.artifacts.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncComplianceAppsCodeArtifacts) -> None:
        self.delete = to_async_raw_response(resource.delete)
        self.download = to_async_raw_response(resource.download)
        self.download_version = to_async_raw_response(resource.download_version)
        self.list = to_async_raw_response(resource.list)


class AsyncComplianceAppsCode:
    """`client.compliance.apps.code`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.artifacts = AsyncComplianceAppsCodeArtifacts(client)

    @cached_property
    def with_raw_response(self) -> AsyncComplianceAppsCodeWithRawResponse:
        return AsyncComplianceAppsCodeWithRawResponse(self)


class AsyncComplianceAppsCodeWithRawResponse:
    """`client.compliance.apps.code.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncComplianceAppsCode) -> None:
        self._resource = resource


class AsyncComplianceAppsProjectsAttachments:
    """`client.compliance.apps.projects.attachments`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncComplianceAppsProjectsAttachmentsWithRawResponse:
        return AsyncComplianceAppsProjectsAttachmentsWithRawResponse(self)

    async def list(
        self,
        project_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[Union[ComplianceProjectFileAttachment, ComplianceProjectDocAttachment]]:
        """List Project Attachments

        Page through the files and plain-text documents attached to a project, oldest first with ties broken by ID. Branch on each entry's `type`: download `project_file` entries with the file content endpoint and fetch `project_doc` entries with the project document endpoint.

        `GET /v1/compliance/apps/projects/{project_id}/attachments`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/projects/{quote(str(project_id), safe='')}/attachments",
            query={"limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(
            req, Union[ComplianceProjectFileAttachment, ComplianceProjectDocAttachment], "data", "page_cursor"
        )


class AsyncComplianceAppsProjectsAttachmentsWithRawResponse:
    """`client.compliance.apps.projects.attachments.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncComplianceAppsProjectsAttachments) -> None:
        self.list = to_async_raw_response(resource.list)


class AsyncComplianceAppsProjectsCollaborators:
    """`client.compliance.apps.projects.collaborators`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncComplianceAppsProjectsCollaboratorsWithRawResponse:
        return AsyncComplianceAppsProjectsCollaboratorsWithRawResponse(self)

    async def list(
        self,
        project_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[
        Union[
            ComplianceProjectUserCollaborator,
            ComplianceProjectGroupCollaborator,
            ComplianceProjectOrganizationCollaborator,
            ComplianceProjectOrganizationRoleCollaborator,
        ]
    ]:
        """List Project Collaborators

        Page through a project's active role assignments (users, groups, whole organizations and holders of an organization-level role), oldest grant first.

        `GET /v1/compliance/apps/projects/{project_id}/collaborators`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/projects/{quote(str(project_id), safe='')}/collaborators",
            query={"limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(
            req,
            Union[
                ComplianceProjectUserCollaborator,
                ComplianceProjectGroupCollaborator,
                ComplianceProjectOrganizationCollaborator,
                ComplianceProjectOrganizationRoleCollaborator,
            ],
            "data",
            "page_cursor",
        )


class AsyncComplianceAppsProjectsCollaboratorsWithRawResponse:
    """`client.compliance.apps.projects.collaborators.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncComplianceAppsProjectsCollaborators) -> None:
        self.list = to_async_raw_response(resource.list)


class AsyncComplianceAppsProjectsDocuments:
    """`client.compliance.apps.projects.documents`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncComplianceAppsProjectsDocumentsWithRawResponse:
        return AsyncComplianceAppsProjectsDocumentsWithRawResponse(self)

    async def delete(
        self,
        document_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ComplianceProjectDocumentDeleted:
        """Delete a Project Document

        Permanently and immediately delete one project document. Needs the `delete:compliance_user_data` scope as well.

        `DELETE /v1/compliance/apps/projects/documents/{document_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/compliance/apps/projects/documents/{quote(str(document_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, ComplianceProjectDocumentDeleted)

    async def retrieve(
        self,
        document_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ComplianceProjectDocument:
        """Get Project Document Content

        Get a plain-text project document (`claude_proj_doc_...`) with its full text.

        `GET /v1/compliance/apps/projects/documents/{document_id}`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/projects/documents/{quote(str(document_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, ComplianceProjectDocument)

    async def retrieve_metadata(
        self,
        document_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ComplianceProjectDocumentMetadata:
        """Get Project Document Metadata

        Get a project document's metadata, including the size and MD5 of its UTF-8 text, without the text.

        `GET /v1/compliance/apps/projects/documents/{document_id}/metadata`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/projects/documents/{quote(str(document_id), safe='')}/metadata",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, ComplianceProjectDocumentMetadata)


class AsyncComplianceAppsProjectsDocumentsWithRawResponse:
    """`client.compliance.apps.projects.documents.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncComplianceAppsProjectsDocuments) -> None:
        self.delete = to_async_raw_response(resource.delete)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.retrieve_metadata = to_async_raw_response(resource.retrieve_metadata)


class AsyncComplianceAppsProjects:
    """`client.compliance.apps.projects`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.attachments = AsyncComplianceAppsProjectsAttachments(client)
        self.collaborators = AsyncComplianceAppsProjectsCollaborators(client)
        self.documents = AsyncComplianceAppsProjectsDocuments(client)

    @cached_property
    def with_raw_response(self) -> AsyncComplianceAppsProjectsWithRawResponse:
        return AsyncComplianceAppsProjectsWithRawResponse(self)

    async def delete(
        self,
        project_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ComplianceProjectDeleted:
        """Delete a Project

        Permanently delete a project with its documents, files, role assignments, knowledge base and sync sources. Fails with 409 while any chat is still in the project: delete those chats (or move them out in claude.ai) first. Needs the `delete:compliance_user_data` scope as well.

        `DELETE /v1/compliance/apps/projects/{project_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/compliance/apps/projects/{quote(str(project_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, ComplianceProjectDeleted)

    async def list(
        self,
        *,
        organization_ids: Sequence[str] = OMIT,
        user_ids: Sequence[str] = OMIT,
        created_at_gt: str = OMIT,
        created_at_gte: str = OMIT,
        created_at_lt: str = OMIT,
        created_at_lte: str = OMIT,
        updated_at_gt: str = OMIT,
        updated_at_gte: str = OMIT,
        updated_at_lt: str = OMIT,
        updated_at_lte: str = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[ComplianceProject]:
        """List Projects

        Page through claude.ai project metadata, oldest first by creation time, optionally narrowed by organization, creator and creation or update time.

        `GET /v1/compliance/apps/projects`
        """
        req = Request(
            "GET",
            "/v1/compliance/apps/projects",
            query={
                "organization_ids[]": organization_ids,
                "user_ids[]": user_ids,
                "created_at.gt": created_at_gt,
                "created_at.gte": created_at_gte,
                "created_at.lt": created_at_lt,
                "created_at.lte": created_at_lte,
                "updated_at.gt": updated_at_gt,
                "updated_at.gte": updated_at_gte,
                "updated_at.lt": updated_at_lt,
                "updated_at.lte": updated_at_lte,
                "limit": limit,
                "page": page,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, ComplianceProject, "data", "page_cursor")

    async def retrieve(
        self,
        project_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ComplianceProjectDetails:
        """Get Project Details

        Get a project's metadata with its description, custom instructions and attachment and chat counts.

        `GET /v1/compliance/apps/projects/{project_id}`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/projects/{quote(str(project_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, ComplianceProjectDetails)


class AsyncComplianceAppsProjectsWithRawResponse:
    """`client.compliance.apps.projects.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncComplianceAppsProjects) -> None:
        self.delete = to_async_raw_response(resource.delete)
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)


class AsyncComplianceAppsSessionsLocalMessages:
    """`client.compliance.apps.sessions.local.messages`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncComplianceAppsSessionsLocalMessagesWithRawResponse:
        return AsyncComplianceAppsSessionsLocalMessagesWithRawResponse(self)

    async def list(
        self,
        local_session_id: str,
        *,
        order: Literal["asc", "desc"] = OMIT,
        tool_use_input_max_bytes: int = OMIT,
        tool_result_max_bytes: int = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[ComplianceLocalSessionMessage]:
        """Retrieve Local Session Messages

        Page through one local session's transcript (user prompts, assistant text, tool calls and the text of tool results, rebuilt from the captured Claude API calls), oldest first by default. System prompts, tool definitions and thinking are never returned; markers and `provenance` flag content that is unavailable, unverified or inserted by the endpoint. Page tokens are tied to the session and order and expire 24 hours after the walk's first page; a page can end before `limit`, so stop only when `next_page` is null.

        `GET /v1/compliance/apps/sessions/local/{local_session_id}/messages`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/sessions/local/{quote(str(local_session_id), safe='')}/messages",
            query={
                "order": order,
                "tool_use_input_max_bytes": tool_use_input_max_bytes,
                "tool_result_max_bytes": tool_result_max_bytes,
                "limit": limit,
                "page": page,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, ComplianceLocalSessionMessage, "data", "page_cursor")


class AsyncComplianceAppsSessionsLocalMessagesWithRawResponse:
    """`client.compliance.apps.sessions.local.messages.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncComplianceAppsSessionsLocalMessages) -> None:
        self.list = to_async_raw_response(resource.list)


class AsyncComplianceAppsSessionsLocal:
    """`client.compliance.apps.sessions.local`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.messages = AsyncComplianceAppsSessionsLocalMessages(client)

    @cached_property
    def with_raw_response(self) -> AsyncComplianceAppsSessionsLocalWithRawResponse:
        return AsyncComplianceAppsSessionsLocalWithRawResponse(self)

    async def list(
        self,
        *,
        created_at_gt: str = OMIT,
        created_at_gte: str = OMIT,
        created_at_lt: str = OMIT,
        created_at_lte: str = OMIT,
        updated_at_gte: str = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[ComplianceLocalSession]:
        """List Local Sessions

        Page forward through the metadata of sessions users ran on their own machines (Cowork, Claude Code, Claude Science, Claude for Microsoft 365) in every organization the key can read, newest first by `created_at`. There are no organization or user filters; bound the results by first activity (`created_at.*`) and poll by last activity with `updated_at.gte`, overlapping runs by a few minutes and deduplicating on `id`. Finish a walk within 24 hours. Returns 404 "Local sessions are not available." while the feature is unavailable to the parent organization.

        `GET /v1/compliance/apps/sessions/local`
        """
        req = Request(
            "GET",
            "/v1/compliance/apps/sessions/local",
            query={
                "created_at.gt": created_at_gt,
                "created_at.gte": created_at_gte,
                "created_at.lt": created_at_lt,
                "created_at.lte": created_at_lte,
                "updated_at.gte": updated_at_gte,
                "limit": limit,
                "page": page,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, ComplianceLocalSession, "data", "page_cursor")

    async def retrieve(
        self,
        local_session_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ComplianceLocalSession:
        """Retrieve a Local Session

        Get one local session's metadata, the same object the list returns. A malformed ID is a 400; one 404 covers a session outside the readable organizations, a missing one, one under zero data retention, and one whose every call has aged past retention.

        `GET /v1/compliance/apps/sessions/local/{local_session_id}`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/sessions/local/{quote(str(local_session_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, ComplianceLocalSession)


class AsyncComplianceAppsSessionsLocalWithRawResponse:
    """`client.compliance.apps.sessions.local.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncComplianceAppsSessionsLocal) -> None:
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)


class AsyncComplianceAppsSessionsRemoteMessages:
    """`client.compliance.apps.sessions.remote.messages`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncComplianceAppsSessionsRemoteMessagesWithRawResponse:
        return AsyncComplianceAppsSessionsRemoteMessagesWithRawResponse(self)

    async def list(
        self,
        claude_remote_session_id: str,
        *,
        order: Literal["asc", "desc"] = OMIT,
        tool_use_input_max_bytes: int = OMIT,
        tool_result_max_bytes: int = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[ComplianceRemoteSessionMessage]:
        """Retrieve Remote Session Messages

        Page through one remote session's transcript (user prompts, assistant responses, tool calls and results; no thinking or images), oldest first by default, with the session's metadata alongside. Returns 404 while the session is `pending`, for deleted sessions and for sessions outside the readable organizations; a malformed ID is a 400. A page can end before `limit`, so stop only when `next_page` is null.

        `GET /v1/compliance/apps/sessions/remote/{claude_remote_session_id}/messages`
        """
        req = Request(
            "GET",
            f"/v1/compliance/apps/sessions/remote/{quote(str(claude_remote_session_id), safe='')}/messages",
            query={
                "order": order,
                "tool_use_input_max_bytes": tool_use_input_max_bytes,
                "tool_result_max_bytes": tool_result_max_bytes,
                "limit": limit,
                "page": page,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, ComplianceRemoteSessionMessage, "data", "page_cursor")


class AsyncComplianceAppsSessionsRemoteMessagesWithRawResponse:
    """`client.compliance.apps.sessions.remote.messages.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncComplianceAppsSessionsRemoteMessages) -> None:
        self.list = to_async_raw_response(resource.list)


class AsyncComplianceAppsSessionsRemote:
    """`client.compliance.apps.sessions.remote`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.messages = AsyncComplianceAppsSessionsRemoteMessages(client)

    @cached_property
    def with_raw_response(self) -> AsyncComplianceAppsSessionsRemoteWithRawResponse:
        return AsyncComplianceAppsSessionsRemoteWithRawResponse(self)

    async def list(
        self,
        *,
        organization_ids: Sequence[str] = OMIT,
        user_ids: Sequence[str] = OMIT,
        created_at_gt: str = OMIT,
        created_at_gte: str = OMIT,
        created_at_lt: str = OMIT,
        created_at_lte: str = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[ComplianceRemoteSession]:
        """List Remote Sessions

        Page forward through the metadata of remote sessions (Cowork sessions started on claude.ai web or mobile that run in Anthropic-managed cloud environments), newest first by `created_at`, across the organizations the key can read or those given. With `user_ids[]` only user-owned sessions of those users are returned. Pending sessions are listed; deleted ones never are. These endpoints have their own request budget on top of the shared Compliance limit.

        `GET /v1/compliance/apps/sessions/remote`
        """
        req = Request(
            "GET",
            "/v1/compliance/apps/sessions/remote",
            query={
                "organization_ids[]": organization_ids,
                "user_ids[]": user_ids,
                "created_at.gt": created_at_gt,
                "created_at.gte": created_at_gte,
                "created_at.lt": created_at_lt,
                "created_at.lte": created_at_lte,
                "limit": limit,
                "page": page,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, ComplianceRemoteSession, "data", "page_cursor")


class AsyncComplianceAppsSessionsRemoteWithRawResponse:
    """`client.compliance.apps.sessions.remote.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncComplianceAppsSessionsRemote) -> None:
        self.list = to_async_raw_response(resource.list)


class AsyncComplianceAppsSessions:
    """`client.compliance.apps.sessions`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.local = AsyncComplianceAppsSessionsLocal(client)
        self.remote = AsyncComplianceAppsSessionsRemote(client)

    @cached_property
    def with_raw_response(self) -> AsyncComplianceAppsSessionsWithRawResponse:
        return AsyncComplianceAppsSessionsWithRawResponse(self)


class AsyncComplianceAppsSessionsWithRawResponse:
    """`client.compliance.apps.sessions.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncComplianceAppsSessions) -> None:
        self._resource = resource


class AsyncComplianceApps:
    """`client.compliance.apps`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.artifacts = AsyncComplianceAppsArtifacts(client)
        self.chats = AsyncComplianceAppsChats(client)
        self.code = AsyncComplianceAppsCode(client)
        self.projects = AsyncComplianceAppsProjects(client)
        self.sessions = AsyncComplianceAppsSessions(client)

    @cached_property
    def with_raw_response(self) -> AsyncComplianceAppsWithRawResponse:
        return AsyncComplianceAppsWithRawResponse(self)


class AsyncComplianceAppsWithRawResponse:
    """`client.compliance.apps.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncComplianceApps) -> None:
        self._resource = resource


class AsyncComplianceGroupsMembers:
    """`client.compliance.groups.members`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncComplianceGroupsMembersWithRawResponse:
        return AsyncComplianceGroupsMembersWithRawResponse(self)

    async def list(
        self,
        group_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[ComplianceGroupMember]:
        """List Group Members

        List the members of one group, each with the user ID and email address (full names come from the organization's user list). Needs the `read:compliance_user_data` scope.

        `GET /v1/compliance/groups/{group_id}/members`
        """
        req = Request(
            "GET",
            f"/v1/compliance/groups/{quote(str(group_id), safe='')}/members",
            query={"limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, ComplianceGroupMember, "data", "page_cursor")


class AsyncComplianceGroupsMembersWithRawResponse:
    """`client.compliance.groups.members.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncComplianceGroupsMembers) -> None:
        self.list = to_async_raw_response(resource.list)


class AsyncComplianceGroups:
    """`client.compliance.groups`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.members = AsyncComplianceGroupsMembers(client)

    @cached_property
    def with_raw_response(self) -> AsyncComplianceGroupsWithRawResponse:
        return AsyncComplianceGroupsWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        name_prefix: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[ComplianceGroup]:
        """List Groups

        List the parent organization's RBAC groups, both those created in claude.ai and those synced through SCIM, optionally only those whose name starts with a prefix. Needs the `read:compliance_org_data` scope.

        `GET /v1/compliance/groups`
        """
        req = Request(
            "GET",
            "/v1/compliance/groups",
            query={"limit": limit, "page": page, "name_prefix": name_prefix},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, ComplianceGroup, "data", "page_cursor")

    async def retrieve(
        self,
        group_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ComplianceGroup:
        """Get a Group

        Get one RBAC or SCIM group by ID. Needs the `read:compliance_org_data` scope.

        `GET /v1/compliance/groups/{group_id}`
        """
        req = Request(
            "GET",
            f"/v1/compliance/groups/{quote(str(group_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, ComplianceGroup)


class AsyncComplianceGroupsWithRawResponse:
    """`client.compliance.groups.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncComplianceGroups) -> None:
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)


class AsyncComplianceOrganizationsRolesPermissions:
    """`client.compliance.organizations.roles.permissions`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncComplianceOrganizationsRolesPermissionsWithRawResponse:
        return AsyncComplianceOrganizationsRolesPermissionsWithRawResponse(self)

    async def list(
        self,
        org_uuid: str,
        role_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[ComplianceRolePermission]:
        """List Role Permissions

        List the permissions a role currently grants, each an action on a typed resource. Needs the `read:compliance_org_data` scope; past grants and revocations are in the Activity Feed.

        `GET /v1/compliance/organizations/{org_uuid}/roles/{role_id}/permissions`
        """
        req = Request(
            "GET",
            f"/v1/compliance/organizations/{quote(str(org_uuid), safe='')}/roles/{quote(str(role_id), safe='')}/permissions",
            query={"limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, ComplianceRolePermission, "data", "page_cursor")


class AsyncComplianceOrganizationsRolesPermissionsWithRawResponse:
    """`client.compliance.organizations.roles.permissions.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncComplianceOrganizationsRolesPermissions) -> None:
        self.list = to_async_raw_response(resource.list)


class AsyncComplianceOrganizationsRoles:
    """`client.compliance.organizations.roles`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.permissions = AsyncComplianceOrganizationsRolesPermissions(client)

    @cached_property
    def with_raw_response(self) -> AsyncComplianceOrganizationsRolesWithRawResponse:
        return AsyncComplianceOrganizationsRolesWithRawResponse(self)

    async def list(
        self,
        org_uuid: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[ComplianceRole]:
        """List Organization Roles

        List the custom RBAC roles defined on one organization. Needs the `read:compliance_org_data` scope.

        `GET /v1/compliance/organizations/{org_uuid}/roles`
        """
        req = Request(
            "GET",
            f"/v1/compliance/organizations/{quote(str(org_uuid), safe='')}/roles",
            query={"limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, ComplianceRole, "data", "page_cursor")

    async def retrieve(
        self,
        org_uuid: str,
        role_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ComplianceRole:
        """Get an Organization Role

        Get one custom RBAC role of an organization by ID. Needs the `read:compliance_org_data` scope.

        `GET /v1/compliance/organizations/{org_uuid}/roles/{role_id}`
        """
        req = Request(
            "GET",
            f"/v1/compliance/organizations/{quote(str(org_uuid), safe='')}/roles/{quote(str(role_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, ComplianceRole)


class AsyncComplianceOrganizationsRolesWithRawResponse:
    """`client.compliance.organizations.roles.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncComplianceOrganizationsRoles) -> None:
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)


class AsyncComplianceOrganizationsSettings:
    """`client.compliance.organizations.settings`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncComplianceOrganizationsSettingsWithRawResponse:
        return AsyncComplianceOrganizationsSettingsWithRawResponse(self)

    async def retrieve(
        self,
        organization_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ComplianceEffectiveOrganizationSettings:
        """Get Effective Organization Settings

        Read the data-privacy, security and capability settings actually in force for one linked organization (after regulatory restrictions, feature availability, organization-type defaults and feature dependencies apply), as typed rows, together with the parent's Compliance Access Keys. Settings the organization's administrators cannot change are omitted. Needs the `read:compliance_org_data` scope. The parent organization itself is not a valid target, and an unknown, malformed or out-of-tree organization ID (or a parent not yet given access to this endpoint, which is enabled separately) returns the same 404.

        `GET /v1/compliance/organizations/{organization_id}/settings`
        """
        req = Request(
            "GET",
            f"/v1/compliance/organizations/{quote(str(organization_id), safe='')}/settings",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, ComplianceEffectiveOrganizationSettings)


class AsyncComplianceOrganizationsSettingsWithRawResponse:
    """`client.compliance.organizations.settings.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncComplianceOrganizationsSettings) -> None:
        self.retrieve = to_async_raw_response(resource.retrieve)


class AsyncComplianceOrganizationsUsers:
    """`client.compliance.organizations.users`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncComplianceOrganizationsUsersWithRawResponse:
        return AsyncComplianceOrganizationsUsersWithRawResponse(self)

    async def list(
        self,
        org_uuid: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[ComplianceOrganizationUser]:
        """List Organization Users

        List the current members of one organization in the order they joined it, with their built-in organization role; removed members drop out at once (their history stays in the Activity Feed). Needs the `read:compliance_user_data` scope, not `read:compliance_org_data`.

        `GET /v1/compliance/organizations/{org_uuid}/users`
        """
        req = Request(
            "GET",
            f"/v1/compliance/organizations/{quote(str(org_uuid), safe='')}/users",
            query={"limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, ComplianceOrganizationUser, "data", "page_cursor")


class AsyncComplianceOrganizationsUsersWithRawResponse:
    """`client.compliance.organizations.users.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncComplianceOrganizationsUsers) -> None:
        self.list = to_async_raw_response(resource.list)


class AsyncComplianceOrganizations:
    """`client.compliance.organizations`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.roles = AsyncComplianceOrganizationsRoles(client)
        self.settings = AsyncComplianceOrganizationsSettings(client)
        self.users = AsyncComplianceOrganizationsUsers(client)

    @cached_property
    def with_raw_response(self) -> AsyncComplianceOrganizationsWithRawResponse:
        return AsyncComplianceOrganizationsWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[ComplianceOrganization]:
        """List Organizations

        List the organizations linked under the parent organization the Compliance Access Key is bound to, oldest first. Each `uuid` is the identifier the other directory endpoints take. Needs the `read:compliance_org_data` scope.

        `GET /v1/compliance/organizations`
        """
        req = Request(
            "GET",
            "/v1/compliance/organizations",
            query={"limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, ComplianceOrganization, "data", "page_cursor")


class AsyncComplianceOrganizationsWithRawResponse:
    """`client.compliance.organizations.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncComplianceOrganizations) -> None:
        self.list = to_async_raw_response(resource.list)


class AsyncCompliance:
    """`client.compliance`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.activities = AsyncComplianceActivities(client)
        self.apps = AsyncComplianceApps(client)
        self.groups = AsyncComplianceGroups(client)
        self.organizations = AsyncComplianceOrganizations(client)

    @cached_property
    def with_raw_response(self) -> AsyncComplianceWithRawResponse:
        return AsyncComplianceWithRawResponse(self)


class AsyncComplianceWithRawResponse:
    """`client.compliance.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncCompliance) -> None:
        self._resource = resource
