"""organization: generated from the spec, do not edit."""

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
    AnalyticsArtifactActivity,
    AnalyticsConnectorActivity,
    AnalyticsPluginActivity,
    AnalyticsProjectActivity,
    AnalyticsSingleDayActivitySummary,
    AnalyticsSkillActivity,
    AnalyticsUserActivity,
    APIKey,
    AWSExternalKeyConfigParam,
    AzureExternalKeyConfigParam,
    BetaInferenceDataPrivacyCreateParam,
    BetaInferenceDataPrivacyUpdateParam,
    ClaudeCodeUsageReportRecord,
    ComplianceSettingsStateDisabledParam,
    ComplianceSettingsStateEnabledParam,
    CostReportTimeBucket,
    DataResidencyCreateConfigParam,
    DataResidencyUpdateConfigParam,
    DeletedRBACGroup,
    DeletedRBACGroupMember,
    ExternalKey,
    ExternalKeyDeleteResponse,
    ExternalKeyValidateResponse,
    FederationIssuer,
    FederationRule,
    FederationRuleMatchParam,
    FederationRuleWorkspace,
    FederationRuleWorkspaceRemoveResponse,
    GCPExternalKeyConfigParam,
    IncreaseRequestApproveResponse,
    InviteDeleteResponse,
    JWKSDiscoveryParam,
    JWKSExplicitURLParam,
    JWKSInlineParam,
    MemberRemoveResponse,
    OrganizationComplianceSettings,
    OrganizationInfo,
    OrganizationInvite,
    OrganizationRateLimit,
    OrganizationUser,
    RBACGroup,
    RBACGroupMember,
    RBACRole,
    RBACRolePermission,
    ServiceAccount,
    ServiceAccountRemoveResponse,
    ServiceAccountTargetParam,
    ServiceAccountWorkspaceMember,
    ServiceAccountWorkspaceRemoveResponse,
    SpendLimitIncreaseRequest,
    SpendSummary,
    UsageReportMessagesTimeBucket,
    UserRemoveResponse,
    Workspace,
    WorkspaceMember,
    WorkspaceRateLimit,
    WorkspaceRateLimitUpdateValueParam,
)

__all__ = [
    "AsyncOrganization",
    "AsyncOrganizationAnalytics",
    "AsyncOrganizationAnalyticsApps",
    "AsyncOrganizationAnalyticsAppsChat",
    "AsyncOrganizationAnalyticsAppsChatProjects",
    "AsyncOrganizationAnalyticsAppsChatProjectsWithRawResponse",
    "AsyncOrganizationAnalyticsAppsChatWithRawResponse",
    "AsyncOrganizationAnalyticsAppsWithRawResponse",
    "AsyncOrganizationAnalyticsArtifacts",
    "AsyncOrganizationAnalyticsArtifactsWithRawResponse",
    "AsyncOrganizationAnalyticsConnectors",
    "AsyncOrganizationAnalyticsConnectorsWithRawResponse",
    "AsyncOrganizationAnalyticsPlugins",
    "AsyncOrganizationAnalyticsPluginsWithRawResponse",
    "AsyncOrganizationAnalyticsSkills",
    "AsyncOrganizationAnalyticsSkillsWithRawResponse",
    "AsyncOrganizationAnalyticsSummaries",
    "AsyncOrganizationAnalyticsSummariesWithRawResponse",
    "AsyncOrganizationAnalyticsUsers",
    "AsyncOrganizationAnalyticsUsersWithRawResponse",
    "AsyncOrganizationAnalyticsWithRawResponse",
    "AsyncOrganizationApiKeys",
    "AsyncOrganizationApiKeysWithRawResponse",
    "AsyncOrganizationComplianceSettingsResource",
    "AsyncOrganizationComplianceSettingsResourceWithRawResponse",
    "AsyncOrganizationCostReport",
    "AsyncOrganizationCostReportWithRawResponse",
    "AsyncOrganizationExternalKeys",
    "AsyncOrganizationExternalKeysWithRawResponse",
    "AsyncOrganizationFederation",
    "AsyncOrganizationFederationIssuers",
    "AsyncOrganizationFederationIssuersWithRawResponse",
    "AsyncOrganizationFederationRules",
    "AsyncOrganizationFederationRulesWithRawResponse",
    "AsyncOrganizationFederationRulesWorkspaces",
    "AsyncOrganizationFederationRulesWorkspacesWithRawResponse",
    "AsyncOrganizationFederationWithRawResponse",
    "AsyncOrganizationInvites",
    "AsyncOrganizationInvitesWithRawResponse",
    "AsyncOrganizationRateLimits",
    "AsyncOrganizationRateLimitsWithRawResponse",
    "AsyncOrganizationRbacGroups",
    "AsyncOrganizationRbacGroupsMembers",
    "AsyncOrganizationRbacGroupsMembersWithRawResponse",
    "AsyncOrganizationRbacGroupsWithRawResponse",
    "AsyncOrganizationRbacRoles",
    "AsyncOrganizationRbacRolesPermissions",
    "AsyncOrganizationRbacRolesPermissionsWithRawResponse",
    "AsyncOrganizationRbacRolesWithRawResponse",
    "AsyncOrganizationServiceAccounts",
    "AsyncOrganizationServiceAccountsWithRawResponse",
    "AsyncOrganizationServiceAccountsWorkspaces",
    "AsyncOrganizationServiceAccountsWorkspacesWithRawResponse",
    "AsyncOrganizationSpendLimits",
    "AsyncOrganizationSpendLimitsEffective",
    "AsyncOrganizationSpendLimitsEffectiveWithRawResponse",
    "AsyncOrganizationSpendLimitsIncreaseRequests",
    "AsyncOrganizationSpendLimitsIncreaseRequestsWithRawResponse",
    "AsyncOrganizationSpendLimitsWithRawResponse",
    "AsyncOrganizationUsageReport",
    "AsyncOrganizationUsageReportWithRawResponse",
    "AsyncOrganizationUsers",
    "AsyncOrganizationUsersWithRawResponse",
    "AsyncOrganizationWithRawResponse",
    "AsyncOrganizationWorkspaces",
    "AsyncOrganizationWorkspacesMembers",
    "AsyncOrganizationWorkspacesMembersWithRawResponse",
    "AsyncOrganizationWorkspacesRateLimits",
    "AsyncOrganizationWorkspacesRateLimitsWithRawResponse",
    "AsyncOrganizationWorkspacesServiceAccounts",
    "AsyncOrganizationWorkspacesServiceAccountsWithRawResponse",
    "AsyncOrganizationWorkspacesWithRawResponse",
    "Organization",
    "OrganizationAnalytics",
    "OrganizationAnalyticsApps",
    "OrganizationAnalyticsAppsChat",
    "OrganizationAnalyticsAppsChatProjects",
    "OrganizationAnalyticsAppsChatProjectsWithRawResponse",
    "OrganizationAnalyticsAppsChatWithRawResponse",
    "OrganizationAnalyticsAppsWithRawResponse",
    "OrganizationAnalyticsArtifacts",
    "OrganizationAnalyticsArtifactsWithRawResponse",
    "OrganizationAnalyticsConnectors",
    "OrganizationAnalyticsConnectorsWithRawResponse",
    "OrganizationAnalyticsPlugins",
    "OrganizationAnalyticsPluginsWithRawResponse",
    "OrganizationAnalyticsSkills",
    "OrganizationAnalyticsSkillsWithRawResponse",
    "OrganizationAnalyticsSummaries",
    "OrganizationAnalyticsSummariesWithRawResponse",
    "OrganizationAnalyticsUsers",
    "OrganizationAnalyticsUsersWithRawResponse",
    "OrganizationAnalyticsWithRawResponse",
    "OrganizationApiKeys",
    "OrganizationApiKeysWithRawResponse",
    "OrganizationComplianceSettingsResource",
    "OrganizationComplianceSettingsResourceWithRawResponse",
    "OrganizationCostReport",
    "OrganizationCostReportWithRawResponse",
    "OrganizationExternalKeys",
    "OrganizationExternalKeysWithRawResponse",
    "OrganizationFederation",
    "OrganizationFederationIssuers",
    "OrganizationFederationIssuersWithRawResponse",
    "OrganizationFederationRules",
    "OrganizationFederationRulesWithRawResponse",
    "OrganizationFederationRulesWorkspaces",
    "OrganizationFederationRulesWorkspacesWithRawResponse",
    "OrganizationFederationWithRawResponse",
    "OrganizationInvites",
    "OrganizationInvitesWithRawResponse",
    "OrganizationRateLimits",
    "OrganizationRateLimitsWithRawResponse",
    "OrganizationRbacGroups",
    "OrganizationRbacGroupsMembers",
    "OrganizationRbacGroupsMembersWithRawResponse",
    "OrganizationRbacGroupsWithRawResponse",
    "OrganizationRbacRoles",
    "OrganizationRbacRolesPermissions",
    "OrganizationRbacRolesPermissionsWithRawResponse",
    "OrganizationRbacRolesWithRawResponse",
    "OrganizationServiceAccounts",
    "OrganizationServiceAccountsWithRawResponse",
    "OrganizationServiceAccountsWorkspaces",
    "OrganizationServiceAccountsWorkspacesWithRawResponse",
    "OrganizationSpendLimits",
    "OrganizationSpendLimitsEffective",
    "OrganizationSpendLimitsEffectiveWithRawResponse",
    "OrganizationSpendLimitsIncreaseRequests",
    "OrganizationSpendLimitsIncreaseRequestsWithRawResponse",
    "OrganizationSpendLimitsWithRawResponse",
    "OrganizationUsageReport",
    "OrganizationUsageReportWithRawResponse",
    "OrganizationUsers",
    "OrganizationUsersWithRawResponse",
    "OrganizationWithRawResponse",
    "OrganizationWorkspaces",
    "OrganizationWorkspacesMembers",
    "OrganizationWorkspacesMembersWithRawResponse",
    "OrganizationWorkspacesRateLimits",
    "OrganizationWorkspacesRateLimitsWithRawResponse",
    "OrganizationWorkspacesServiceAccounts",
    "OrganizationWorkspacesServiceAccountsWithRawResponse",
    "OrganizationWorkspacesWithRawResponse",
]


class OrganizationAnalyticsAppsChatProjects:
    """`client.organization.analytics.apps.chat.projects`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrganizationAnalyticsAppsChatProjectsWithRawResponse:
        return OrganizationAnalyticsAppsChatProjectsWithRawResponse(self)

    def list(
        self,
        *,
        date: str = OMIT,
        ending_date: str = OMIT,
        filter_: Sequence[str] = OMIT,
        group_by: Sequence[Literal["rbac_group_id", "user_id"]] = OMIT,
        limit: int = OMIT,
        order: Literal["asc", "desc"] = OMIT,
        order_by: str = OMIT,
        page: str = OMIT,
        starting_date: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[AnalyticsProjectActivity]:
        """List Chat Project Activity

        Get per-project claude.ai activity for one UTC day or rolled up over a date range.

        `GET /v1/organizations/analytics/apps/chat/projects`
        """
        req = Request(
            "GET",
            "/v1/organizations/analytics/apps/chat/projects",
            query={
                "date": date,
                "ending_date": ending_date,
                "filter[]": filter_,
                "group_by[]": group_by,
                "limit": limit,
                "order": order,
                "order_by": order_by,
                "page": page,
                "starting_date": starting_date,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, AnalyticsProjectActivity, "data", "page_cursor")


class OrganizationAnalyticsAppsChatProjectsWithRawResponse:
    """`client.organization.analytics.apps.chat.projects.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationAnalyticsAppsChatProjects) -> None:
        self.list = to_raw_response(resource.list)


class OrganizationAnalyticsAppsChat:
    """`client.organization.analytics.apps.chat`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.projects = OrganizationAnalyticsAppsChatProjects(client)

    @cached_property
    def with_raw_response(self) -> OrganizationAnalyticsAppsChatWithRawResponse:
        return OrganizationAnalyticsAppsChatWithRawResponse(self)


class OrganizationAnalyticsAppsChatWithRawResponse:
    """`client.organization.analytics.apps.chat.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationAnalyticsAppsChat) -> None:
        self._resource = resource


class OrganizationAnalyticsApps:
    """`client.organization.analytics.apps`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.chat = OrganizationAnalyticsAppsChat(client)

    @cached_property
    def with_raw_response(self) -> OrganizationAnalyticsAppsWithRawResponse:
        return OrganizationAnalyticsAppsWithRawResponse(self)


class OrganizationAnalyticsAppsWithRawResponse:
    """`client.organization.analytics.apps.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationAnalyticsApps) -> None:
        self._resource = resource


class OrganizationAnalyticsArtifacts:
    """`client.organization.analytics.artifacts`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrganizationAnalyticsArtifactsWithRawResponse:
        return OrganizationAnalyticsArtifactsWithRawResponse(self)

    def list(
        self,
        *,
        date: str,
        filter_: Sequence[str] = OMIT,
        group_by: Sequence[Literal["product", "rbac_group_id", "user_id"]] = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[AnalyticsArtifactActivity]:
        """List Artifact Activity

        Get artifact creation counts by artifact type for one UTC day; only grouped queries paginate.

        `GET /v1/organizations/analytics/artifacts`
        """
        req = Request(
            "GET",
            "/v1/organizations/analytics/artifacts",
            query={"date": date, "filter[]": filter_, "group_by[]": group_by, "limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, AnalyticsArtifactActivity, "data", "page_cursor")


class OrganizationAnalyticsArtifactsWithRawResponse:
    """`client.organization.analytics.artifacts.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationAnalyticsArtifacts) -> None:
        self.list = to_raw_response(resource.list)


class OrganizationAnalyticsConnectors:
    """`client.organization.analytics.connectors`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrganizationAnalyticsConnectorsWithRawResponse:
        return OrganizationAnalyticsConnectorsWithRawResponse(self)

    def list(
        self,
        *,
        date: str = OMIT,
        ending_date: str = OMIT,
        filter_: Sequence[str] = OMIT,
        group_by: Sequence[Literal["product", "rbac_group_id", "user_id"]] = OMIT,
        limit: int = OMIT,
        order: Literal["asc", "desc"] = OMIT,
        order_by: str = OMIT,
        page: str = OMIT,
        starting_date: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[AnalyticsConnectorActivity]:
        """List Connector Activity

        Get per-connector usage for one UTC day or rolled up over a date range.

        `GET /v1/organizations/analytics/connectors`
        """
        req = Request(
            "GET",
            "/v1/organizations/analytics/connectors",
            query={
                "date": date,
                "ending_date": ending_date,
                "filter[]": filter_,
                "group_by[]": group_by,
                "limit": limit,
                "order": order,
                "order_by": order_by,
                "page": page,
                "starting_date": starting_date,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, AnalyticsConnectorActivity, "data", "page_cursor")


class OrganizationAnalyticsConnectorsWithRawResponse:
    """`client.organization.analytics.connectors.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationAnalyticsConnectors) -> None:
        self.list = to_raw_response(resource.list)


class OrganizationAnalyticsPlugins:
    """`client.organization.analytics.plugins`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrganizationAnalyticsPluginsWithRawResponse:
        return OrganizationAnalyticsPluginsWithRawResponse(self)

    def list(
        self,
        *,
        date: str = OMIT,
        ending_date: str = OMIT,
        filter_: Sequence[str] = OMIT,
        group_by: Sequence[Literal["product", "rbac_group_id", "user_id"]] = OMIT,
        limit: int = OMIT,
        order: Literal["asc", "desc"] = OMIT,
        order_by: str = OMIT,
        page: str = OMIT,
        starting_date: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[AnalyticsPluginActivity]:
        """List Plugin Activity

        Get per-plugin installs and invocations for one UTC day or rolled up over a date range.

        `GET /v1/organizations/analytics/plugins`
        """
        req = Request(
            "GET",
            "/v1/organizations/analytics/plugins",
            query={
                "date": date,
                "ending_date": ending_date,
                "filter[]": filter_,
                "group_by[]": group_by,
                "limit": limit,
                "order": order,
                "order_by": order_by,
                "page": page,
                "starting_date": starting_date,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, AnalyticsPluginActivity, "data", "page_cursor")


class OrganizationAnalyticsPluginsWithRawResponse:
    """`client.organization.analytics.plugins.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationAnalyticsPlugins) -> None:
        self.list = to_raw_response(resource.list)


class OrganizationAnalyticsSkills:
    """`client.organization.analytics.skills`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrganizationAnalyticsSkillsWithRawResponse:
        return OrganizationAnalyticsSkillsWithRawResponse(self)

    def list(
        self,
        *,
        date: str = OMIT,
        ending_date: str = OMIT,
        filter_: Sequence[str] = OMIT,
        group_by: Sequence[Literal["product", "rbac_group_id", "user_id"]] = OMIT,
        limit: int = OMIT,
        order: Literal["asc", "desc"] = OMIT,
        order_by: str = OMIT,
        page: str = OMIT,
        starting_date: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[AnalyticsSkillActivity]:
        """List Skill Activity

        Get per-skill usage for one UTC day or rolled up over a date range.

        `GET /v1/organizations/analytics/skills`
        """
        req = Request(
            "GET",
            "/v1/organizations/analytics/skills",
            query={
                "date": date,
                "ending_date": ending_date,
                "filter[]": filter_,
                "group_by[]": group_by,
                "limit": limit,
                "order": order,
                "order_by": order_by,
                "page": page,
                "starting_date": starting_date,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, AnalyticsSkillActivity, "data", "page_cursor")


class OrganizationAnalyticsSkillsWithRawResponse:
    """`client.organization.analytics.skills.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationAnalyticsSkills) -> None:
        self.list = to_raw_response(resource.list)


class OrganizationAnalyticsSummaries:
    """`client.organization.analytics.summaries`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrganizationAnalyticsSummariesWithRawResponse:
        return OrganizationAnalyticsSummariesWithRawResponse(self)

    def list(
        self,
        *,
        starting_date: str,
        ending_date: str = OMIT,
        filter_: Sequence[str] = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[AnalyticsSingleDayActivitySummary]:
        """List Activity Summaries

        Get one organization-wide activity summary per UTC day of a date range (at most 366 days), in a single page.

        `GET /v1/organizations/analytics/summaries`
        """
        req = Request(
            "GET",
            "/v1/organizations/analytics/summaries",
            query={
                "starting_date": starting_date,
                "ending_date": ending_date,
                "filter[]": filter_,
                "limit": limit,
                "page": page,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, AnalyticsSingleDayActivitySummary, "data", "page_cursor")


class OrganizationAnalyticsSummariesWithRawResponse:
    """`client.organization.analytics.summaries.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationAnalyticsSummaries) -> None:
        self.list = to_raw_response(resource.list)


class OrganizationAnalyticsUsers:
    """`client.organization.analytics.users`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrganizationAnalyticsUsersWithRawResponse:
        return OrganizationAnalyticsUsersWithRawResponse(self)

    def list(
        self,
        *,
        date: str = OMIT,
        ending_date: str = OMIT,
        filter_: Sequence[str] = OMIT,
        group_by: Sequence[Literal["rbac_group_id"]] = OMIT,
        limit: int = OMIT,
        order: Literal["asc", "desc"] = OMIT,
        order_by: str = OMIT,
        page: str = OMIT,
        starting_date: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[AnalyticsUserActivity]:
        """List User Activity

        Get per-member activity for one UTC day (`date`) or rolled up over a date range (`starting_date`).

        `GET /v1/organizations/analytics/users`
        """
        req = Request(
            "GET",
            "/v1/organizations/analytics/users",
            query={
                "date": date,
                "ending_date": ending_date,
                "filter[]": filter_,
                "group_by[]": group_by,
                "limit": limit,
                "order": order,
                "order_by": order_by,
                "page": page,
                "starting_date": starting_date,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, AnalyticsUserActivity, "data", "page_cursor")


class OrganizationAnalyticsUsersWithRawResponse:
    """`client.organization.analytics.users.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationAnalyticsUsers) -> None:
        self.list = to_raw_response(resource.list)


class OrganizationAnalytics:
    """`client.organization.analytics`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.apps = OrganizationAnalyticsApps(client)
        self.artifacts = OrganizationAnalyticsArtifacts(client)
        self.connectors = OrganizationAnalyticsConnectors(client)
        self.plugins = OrganizationAnalyticsPlugins(client)
        self.skills = OrganizationAnalyticsSkills(client)
        self.summaries = OrganizationAnalyticsSummaries(client)
        self.users = OrganizationAnalyticsUsers(client)

    @cached_property
    def with_raw_response(self) -> OrganizationAnalyticsWithRawResponse:
        return OrganizationAnalyticsWithRawResponse(self)


class OrganizationAnalyticsWithRawResponse:
    """`client.organization.analytics.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationAnalytics) -> None:
        self._resource = resource


class OrganizationApiKeys:
    """`client.organization.api_keys`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrganizationApiKeysWithRawResponse:
        return OrganizationApiKeysWithRawResponse(self)

    def list(
        self,
        *,
        before_id: str = OMIT,
        after_id: str = OMIT,
        limit: int = OMIT,
        created_by_user_id: str = OMIT,
        status: Literal["active", "archived", "expired", "inactive"] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[APIKey]:
        """List API Keys

        List the organization's API keys. Needs an Admin API key.

        `GET /v1/organizations/api_keys`
        """
        req = Request(
            "GET",
            "/v1/organizations/api_keys",
            query={
                "before_id": before_id,
                "after_id": after_id,
                "limit": limit,
                "created_by_user_id": created_by_user_id,
                "status": status,
                "workspace_id": workspace_id,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, APIKey, "data", "id_cursor")

    def retrieve(
        self,
        api_key_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> APIKey:
        """Get an API Key

        Get an API key by ID. Needs an Admin API key.

        `GET /v1/organizations/api_keys/{api_key_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/api_keys/{quote(str(api_key_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, APIKey)

    def update(
        self,
        api_key_id: str,
        *,
        name: Optional[str] = OMIT,
        status: Literal["active", "archived", "inactive", None] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> APIKey:
        """Update an API Key

        Rename an API key or change its status. Needs an Admin API key.

        `POST /v1/organizations/api_keys/{api_key_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/api_keys/{quote(str(api_key_id), safe='')}",
            body={
                "name": name,
                "status": status,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, APIKey)


class OrganizationApiKeysWithRawResponse:
    """`client.organization.api_keys.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationApiKeys) -> None:
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class OrganizationComplianceSettingsResource:
    """`client.organization.compliance_settings`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrganizationComplianceSettingsResourceWithRawResponse:
        return OrganizationComplianceSettingsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> OrganizationComplianceSettings:
        """Get Compliance Settings

        Get whether the Compliance API is enabled for the organization.

        `GET /v1/organizations/compliance_settings`
        """
        req = Request(
            "GET",
            "/v1/organizations/compliance_settings",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, OrganizationComplianceSettings)

    def update(
        self,
        *,
        state: Union[
            ComplianceSettingsStateEnabledParam,
            ComplianceSettingsStateDisabledParam,
            Literal["enabled", "disabled"],
            Mapping[str, Any],
        ],
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> OrganizationComplianceSettings:
        """Update Compliance Settings

        Enable or disable the Compliance API for the organization.

        `POST /v1/organizations/compliance_settings`
        """
        req = Request(
            "POST",
            "/v1/organizations/compliance_settings",
            body={
                "state": state,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, OrganizationComplianceSettings)


class OrganizationComplianceSettingsResourceWithRawResponse:
    """`client.organization.compliance_settings.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationComplianceSettingsResource) -> None:
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class OrganizationCostReport:
    """`client.organization.cost_report`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrganizationCostReportWithRawResponse:
        return OrganizationCostReportWithRawResponse(self)

    def retrieve(
        self,
        *,
        starting_at: str,
        ending_at: str = OMIT,
        bucket_width: Literal["1d"] = OMIT,
        group_by: Sequence[Literal["description", "workspace_id"]] = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[CostReportTimeBucket]:
        """Get Cost Report

        Report the organization's costs in USD in daily time buckets, optionally split by workspace and by cost item (legacy; the docs point new integrations to the analytics cost endpoint).

        `GET /v1/organizations/cost_report`
        """
        req = Request(
            "GET",
            "/v1/organizations/cost_report",
            query={
                "starting_at": starting_at,
                "ending_at": ending_at,
                "bucket_width": bucket_width,
                "group_by[]": group_by,
                "limit": limit,
                "page": page,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, CostReportTimeBucket, "data", "page_cursor")


class OrganizationCostReportWithRawResponse:
    """`client.organization.cost_report.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationCostReport) -> None:
        self.retrieve = to_raw_response(resource.retrieve)


class OrganizationExternalKeys:
    """`client.organization.external_keys`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrganizationExternalKeysWithRawResponse:
        return OrganizationExternalKeysWithRawResponse(self)

    def create(
        self,
        *,
        provider_config: Union[
            AWSExternalKeyConfigParam, GCPExternalKeyConfigParam, AzureExternalKeyConfigParam, Mapping[str, Any]
        ],
        display_name: Optional[str] = OMIT,
        geo: Literal["us"] = OMIT,
        user_profile_id: Optional[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ExternalKey:
        """Create an External Key

        Register a customer-managed encryption key (CMEK) held in AWS KMS, Google Cloud KMS or Azure Key Vault.

        `POST /v1/organizations/external_keys`
        """
        req = Request(
            "POST",
            "/v1/organizations/external_keys",
            body={
                "display_name": display_name,
                "geo": geo,
                "provider_config": provider_config,
                "user_profile_id": user_profile_id,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, ExternalKey)

    def delete(
        self,
        external_key_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ExternalKeyDeleteResponse:
        """Delete an External Key

        Delete an external key that no workspace uses.

        `DELETE /v1/organizations/external_keys/{external_key_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/external_keys/{quote(str(external_key_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, ExternalKeyDeleteResponse)

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
    ) -> SyncPage[ExternalKey]:
        """List External Keys

        List the external keys of the organization, newest first.

        `GET /v1/organizations/external_keys`
        """
        req = Request(
            "GET",
            "/v1/organizations/external_keys",
            query={"limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, ExternalKey, "data", "page_cursor")

    def retrieve(
        self,
        external_key_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ExternalKey:
        """Get an External Key

        Get an external key.

        `GET /v1/organizations/external_keys/{external_key_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/external_keys/{quote(str(external_key_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, ExternalKey)

    def update(
        self,
        external_key_id: str,
        *,
        display_name: Optional[str] = OMIT,
        geo: Optional[Literal["us"]] = OMIT,
        provider_config: Optional[
            Union[AWSExternalKeyConfigParam, GCPExternalKeyConfigParam, AzureExternalKeyConfigParam, Mapping[str, Any]]
        ] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ExternalKey:
        """Update an External Key

        Update an external key; provider fields are effectively fixed once a workspace uses it.

        `POST /v1/organizations/external_keys/{external_key_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/external_keys/{quote(str(external_key_id), safe='')}",
            body={
                "display_name": display_name,
                "geo": geo,
                "provider_config": provider_config,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, ExternalKey)

    def validate(
        self,
        external_key_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ExternalKeyValidateResponse:
        """Validate an External Key

        Check that Anthropic can encrypt and decrypt with the key; the outcome is in `status`, with 200 either way.

        `POST /v1/organizations/external_keys/{external_key_id}/validate`
        """
        req = Request(
            "POST",
            f"/v1/organizations/external_keys/{quote(str(external_key_id), safe='')}/validate",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, ExternalKeyValidateResponse)


class OrganizationExternalKeysWithRawResponse:
    """`client.organization.external_keys.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationExternalKeys) -> None:
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.validate = to_raw_response(resource.validate)


class OrganizationFederationIssuers:
    """`client.organization.federation.issuers`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrganizationFederationIssuersWithRawResponse:
        return OrganizationFederationIssuersWithRawResponse(self)

    def archive(
        self,
        federation_issuer_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> FederationIssuer:
        """Archive a Federation Issuer

        Archive a federation issuer; rules that use it then reject token exchange. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `POST /v1/organizations/federation_issuers/{federation_issuer_id}/archive`
        """
        req = Request(
            "POST",
            f"/v1/organizations/federation_issuers/{quote(str(federation_issuer_id), safe='')}/archive",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, FederationIssuer)

    def create(
        self,
        *,
        issuer_url: str,
        name: str,
        check_jti: Optional[bool] = OMIT,
        jwks: Union[JWKSDiscoveryParam, JWKSExplicitURLParam, JWKSInlineParam, Mapping[str, Any]] = OMIT,
        max_jwt_lifetime_seconds: Optional[int] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> FederationIssuer:
        """Create a Federation Issuer

        Register an external OIDC identity provider for workload identity federation. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `POST /v1/organizations/federation_issuers`
        """
        req = Request(
            "POST",
            "/v1/organizations/federation_issuers",
            body={
                "check_jti": check_jti,
                "issuer_url": issuer_url,
                "jwks": jwks,
                "max_jwt_lifetime_seconds": max_jwt_lifetime_seconds,
                "name": name,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, FederationIssuer)

    def list(
        self,
        *,
        include_archived: bool = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[FederationIssuer]:
        """List Federation Issuers

        List the federation issuers of the organization. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `GET /v1/organizations/federation_issuers`
        """
        req = Request(
            "GET",
            "/v1/organizations/federation_issuers",
            query={"include_archived": include_archived, "limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, FederationIssuer, "data", "page_cursor")

    def retrieve(
        self,
        federation_issuer_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> FederationIssuer:
        """Get a Federation Issuer

        Get a federation issuer. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `GET /v1/organizations/federation_issuers/{federation_issuer_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/federation_issuers/{quote(str(federation_issuer_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, FederationIssuer)

    def update(
        self,
        federation_issuer_id: str,
        *,
        check_jti: Optional[bool] = OMIT,
        issuer_url: Optional[str] = OMIT,
        jwks: Optional[Union[JWKSDiscoveryParam, JWKSExplicitURLParam, JWKSInlineParam, Mapping[str, Any]]] = OMIT,
        jwks_polling_disabled: Optional[bool] = OMIT,
        max_jwt_lifetime_seconds: Optional[int] = OMIT,
        name: Optional[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> FederationIssuer:
        """Update a Federation Issuer

        Update a federation issuer; fields left out keep their values. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `POST /v1/organizations/federation_issuers/{federation_issuer_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/federation_issuers/{quote(str(federation_issuer_id), safe='')}",
            body={
                "check_jti": check_jti,
                "issuer_url": issuer_url,
                "jwks": jwks,
                "jwks_polling_disabled": jwks_polling_disabled,
                "max_jwt_lifetime_seconds": max_jwt_lifetime_seconds,
                "name": name,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, FederationIssuer)


class OrganizationFederationIssuersWithRawResponse:
    """`client.organization.federation.issuers.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationFederationIssuers) -> None:
        self.archive = to_raw_response(resource.archive)
        self.create = to_raw_response(resource.create)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class OrganizationFederationRulesWorkspaces:
    """`client.organization.federation.rules.workspaces`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrganizationFederationRulesWorkspacesWithRawResponse:
        return OrganizationFederationRulesWorkspacesWithRawResponse(self)

    def add(
        self,
        federation_rule_id: str,
        *,
        workspace_id: str,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> FederationRuleWorkspace:
        """Add a workspace to a Federation Rule

        Enable a federation rule for a workspace. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `POST /v1/organizations/federation_rules/{federation_rule_id}/workspaces`
        """
        req = Request(
            "POST",
            f"/v1/organizations/federation_rules/{quote(str(federation_rule_id), safe='')}/workspaces",
            body={
                "workspace_id": workspace_id,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, FederationRuleWorkspace)

    def list(
        self,
        federation_rule_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[FederationRuleWorkspace]:
        """List Federation Rule workspaces

        List the workspaces a rule is explicitly enabled for, all in one page (`limit` and `page` have no effect). Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `GET /v1/organizations/federation_rules/{federation_rule_id}/workspaces`
        """
        req = Request(
            "GET",
            f"/v1/organizations/federation_rules/{quote(str(federation_rule_id), safe='')}/workspaces",
            query={"limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, FederationRuleWorkspace, "data", "page_cursor")

    def remove(
        self,
        federation_rule_id: str,
        workspace_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> FederationRuleWorkspaceRemoveResponse:
        """Remove a workspace from a Federation Rule

        Disable a federation rule for a workspace; removing one that is not enabled also succeeds. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `DELETE /v1/organizations/federation_rules/{federation_rule_id}/workspaces/{workspace_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/federation_rules/{quote(str(federation_rule_id), safe='')}/workspaces/{quote(str(workspace_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, FederationRuleWorkspaceRemoveResponse)


class OrganizationFederationRulesWorkspacesWithRawResponse:
    """`client.organization.federation.rules.workspaces.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationFederationRulesWorkspaces) -> None:
        self.add = to_raw_response(resource.add)
        self.list = to_raw_response(resource.list)
        self.remove = to_raw_response(resource.remove)


class OrganizationFederationRules:
    """`client.organization.federation.rules`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.workspaces = OrganizationFederationRulesWorkspaces(client)

    @cached_property
    def with_raw_response(self) -> OrganizationFederationRulesWithRawResponse:
        return OrganizationFederationRulesWithRawResponse(self)

    def archive(
        self,
        federation_rule_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> FederationRule:
        """Archive a Federation Rule

        Archive a federation rule; it then rejects token exchange. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `POST /v1/organizations/federation_rules/{federation_rule_id}/archive`
        """
        req = Request(
            "POST",
            f"/v1/organizations/federation_rules/{quote(str(federation_rule_id), safe='')}/archive",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, FederationRule)

    def create(
        self,
        *,
        issuer_id: str,
        match: Union[FederationRuleMatchParam, Mapping[str, Any]],
        name: str,
        oauth_scope: str,
        target: Union[ServiceAccountTargetParam, Mapping[str, Any]],
        applies_to_all_workspaces: bool = OMIT,
        attributes: Optional[Mapping[str, Any]] = OMIT,
        description: Optional[str] = OMIT,
        token_lifetime_seconds: int = OMIT,
        workspace_id: Optional[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> FederationRule:
        """Create a Federation Rule

        Create a rule that exchanges matching external JWTs for OAuth tokens of a service account. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `POST /v1/organizations/federation_rules`
        """
        req = Request(
            "POST",
            "/v1/organizations/federation_rules",
            body={
                "applies_to_all_workspaces": applies_to_all_workspaces,
                "attributes": attributes,
                "description": description,
                "issuer_id": issuer_id,
                "match": match,
                "name": name,
                "oauth_scope": oauth_scope,
                "target": target,
                "token_lifetime_seconds": token_lifetime_seconds,
                "workspace_id": workspace_id,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, FederationRule)

    def list(
        self,
        *,
        include_archived: bool = OMIT,
        issuer_id: str = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[FederationRule]:
        """List Federation Rules

        List the federation rules of the organization. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `GET /v1/organizations/federation_rules`
        """
        req = Request(
            "GET",
            "/v1/organizations/federation_rules",
            query={"include_archived": include_archived, "issuer_id": issuer_id, "limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, FederationRule, "data", "page_cursor")

    def retrieve(
        self,
        federation_rule_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> FederationRule:
        """Get a Federation Rule

        Get a federation rule. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `GET /v1/organizations/federation_rules/{federation_rule_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/federation_rules/{quote(str(federation_rule_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, FederationRule)

    def update(
        self,
        federation_rule_id: str,
        *,
        applies_to_all_workspaces: Optional[bool] = OMIT,
        attributes: Optional[Mapping[str, Any]] = OMIT,
        description: Optional[str] = OMIT,
        match: Optional[Union[FederationRuleMatchParam, Mapping[str, Any]]] = OMIT,
        name: Optional[str] = OMIT,
        oauth_scope: Optional[str] = OMIT,
        target: Optional[Union[ServiceAccountTargetParam, Mapping[str, Any]]] = OMIT,
        token_lifetime_seconds: Optional[int] = OMIT,
        workspace_id: Optional[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> FederationRule:
        """Update a Federation Rule

        Update a federation rule; fields left out keep their values. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `POST /v1/organizations/federation_rules/{federation_rule_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/federation_rules/{quote(str(federation_rule_id), safe='')}",
            body={
                "applies_to_all_workspaces": applies_to_all_workspaces,
                "attributes": attributes,
                "description": description,
                "match": match,
                "name": name,
                "oauth_scope": oauth_scope,
                "target": target,
                "token_lifetime_seconds": token_lifetime_seconds,
                "workspace_id": workspace_id,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, FederationRule)


class OrganizationFederationRulesWithRawResponse:
    """`client.organization.federation.rules.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationFederationRules) -> None:
        self.archive = to_raw_response(resource.archive)
        self.create = to_raw_response(resource.create)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class OrganizationFederation:
    """`client.organization.federation`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.issuers = OrganizationFederationIssuers(client)
        self.rules = OrganizationFederationRules(client)

    @cached_property
    def with_raw_response(self) -> OrganizationFederationWithRawResponse:
        return OrganizationFederationWithRawResponse(self)


class OrganizationFederationWithRawResponse:
    """`client.organization.federation.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationFederation) -> None:
        self._resource = resource


class OrganizationInvites:
    """`client.organization.invites`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrganizationInvitesWithRawResponse:
        return OrganizationInvitesWithRawResponse(self)

    def create(
        self,
        *,
        email: str,
        role: Literal["billing", "claude_code_user", "developer", "managed", "user"],
        rbac_group_ids: Sequence[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> OrganizationInvite:
        """Create an Invite

        Invite a person to the organization by email. Where seats are finite, the Invite takes a free seat, and fails with 400 when none is free. Needs an Admin API key.

        `POST /v1/organizations/invites`
        """
        req = Request(
            "POST",
            "/v1/organizations/invites",
            body={
                "email": email,
                "rbac_group_ids": rbac_group_ids,
                "role": role,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, OrganizationInvite)

    def delete(
        self,
        invite_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> InviteDeleteResponse:
        """Delete an Invite

        Delete a pending Invite. Needs an Admin API key.

        `DELETE /v1/organizations/invites/{invite_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/invites/{quote(str(invite_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, InviteDeleteResponse)

    def list(
        self,
        *,
        before_id: str = OMIT,
        after_id: str = OMIT,
        limit: int = OMIT,
        email: str = OMIT,
        roles: Sequence[str] = OMIT,
        statuses: Sequence[Literal["accepted", "expired", "pending"]] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[OrganizationInvite]:
        """List Invites

        List the organization's Invites. Needs an Admin API key.

        `GET /v1/organizations/invites`
        """
        req = Request(
            "GET",
            "/v1/organizations/invites",
            query={
                "before_id": before_id,
                "after_id": after_id,
                "limit": limit,
                "email": email,
                "roles[]": roles,
                "statuses[]": statuses,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, OrganizationInvite, "data", "id_cursor")

    def retrieve(
        self,
        invite_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> OrganizationInvite:
        """Get an Invite

        Get an Invite by ID. Needs an Admin API key.

        `GET /v1/organizations/invites/{invite_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/invites/{quote(str(invite_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, OrganizationInvite)


class OrganizationInvitesWithRawResponse:
    """`client.organization.invites.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationInvites) -> None:
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)


class OrganizationRateLimits:
    """`client.organization.rate_limits`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrganizationRateLimitsWithRawResponse:
        return OrganizationRateLimitsWithRawResponse(self)

    def list(
        self,
        *,
        group_type: Literal["batch", "files", "model_group", "skills", "token_count", "web_search"] = OMIT,
        limit: int = OMIT,
        model: str = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[OrganizationRateLimit]:
        """List Organization Rate Limits

        List the organization's Messages API rate limits, one entry per rate-limit group (a model family, or an API such as Message Batches or web search). Needs an Admin API key.

        `GET /v1/organizations/rate_limits`
        """
        req = Request(
            "GET",
            "/v1/organizations/rate_limits",
            query={"group_type": group_type, "limit": limit, "model": model, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, OrganizationRateLimit, "data", "page_cursor")


class OrganizationRateLimitsWithRawResponse:
    """`client.organization.rate_limits.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationRateLimits) -> None:
        self.list = to_raw_response(resource.list)


class OrganizationRbacGroupsMembers:
    """`client.organization.rbac_groups.members`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrganizationRbacGroupsMembersWithRawResponse:
        return OrganizationRbacGroupsMembersWithRawResponse(self)

    def add(
        self,
        rbac_group_id: str,
        *,
        user_id: str,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> RBACGroupMember:
        """Add an RBAC Group member

        Add a user to an RBAC Group, unless the group was provisioned through SCIM and the organization still uses SCIM provisioning.

        `POST /v1/organizations/rbac_groups/{rbac_group_id}/members`
        """
        req = Request(
            "POST",
            f"/v1/organizations/rbac_groups/{quote(str(rbac_group_id), safe='')}/members",
            body={
                "user_id": user_id,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, RBACGroupMember)

    def list(
        self,
        rbac_group_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[RBACGroupMember]:
        """List RBAC Group members

        List the members of an RBAC Group.

        `GET /v1/organizations/rbac_groups/{rbac_group_id}/members`
        """
        req = Request(
            "GET",
            f"/v1/organizations/rbac_groups/{quote(str(rbac_group_id), safe='')}/members",
            query={"limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, RBACGroupMember, "data", "page_cursor")

    def remove(
        self,
        rbac_group_id: str,
        user_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> DeletedRBACGroupMember:
        """Remove an RBAC Group member

        Remove a user from an RBAC Group, unless the group was provisioned through SCIM and the organization still uses SCIM provisioning.

        `DELETE /v1/organizations/rbac_groups/{rbac_group_id}/members/{user_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/rbac_groups/{quote(str(rbac_group_id), safe='')}/members/{quote(str(user_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, DeletedRBACGroupMember)


class OrganizationRbacGroupsMembersWithRawResponse:
    """`client.organization.rbac_groups.members.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationRbacGroupsMembers) -> None:
        self.add = to_raw_response(resource.add)
        self.list = to_raw_response(resource.list)
        self.remove = to_raw_response(resource.remove)


class OrganizationRbacGroups:
    """`client.organization.rbac_groups`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.members = OrganizationRbacGroupsMembers(client)

    @cached_property
    def with_raw_response(self) -> OrganizationRbacGroupsWithRawResponse:
        return OrganizationRbacGroupsWithRawResponse(self)

    def create(
        self,
        *,
        name: str,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> RBACGroup:
        """Create an RBAC Group

        Create an RBAC Group in the Claude Enterprise organization; groups created here have source type `direct`.

        `POST /v1/organizations/rbac_groups`
        """
        req = Request(
            "POST",
            "/v1/organizations/rbac_groups",
            body={
                "name": name,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, RBACGroup)

    def delete(
        self,
        rbac_group_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> DeletedRBACGroup:
        """Delete an RBAC Group

        Delete an RBAC Group, unless it was provisioned through SCIM and the organization still uses SCIM provisioning.

        `DELETE /v1/organizations/rbac_groups/{rbac_group_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/rbac_groups/{quote(str(rbac_group_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, DeletedRBACGroup)

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
    ) -> SyncPage[RBACGroup]:
        """List RBAC Groups

        List the RBAC Groups of the Claude Enterprise organization.

        `GET /v1/organizations/rbac_groups`
        """
        req = Request(
            "GET",
            "/v1/organizations/rbac_groups",
            query={"limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, RBACGroup, "data", "page_cursor")

    def retrieve(
        self,
        rbac_group_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> RBACGroup:
        """Get an RBAC Group

        Get an RBAC Group by ID.

        `GET /v1/organizations/rbac_groups/{rbac_group_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/rbac_groups/{quote(str(rbac_group_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, RBACGroup)

    def update(
        self,
        rbac_group_id: str,
        *,
        name: Optional[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> RBACGroup:
        """Update an RBAC Group

        Rename an RBAC Group, unless it was provisioned through SCIM and the organization still uses SCIM provisioning.

        `POST /v1/organizations/rbac_groups/{rbac_group_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/rbac_groups/{quote(str(rbac_group_id), safe='')}",
            body={
                "name": name,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, RBACGroup)


class OrganizationRbacGroupsWithRawResponse:
    """`client.organization.rbac_groups.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationRbacGroups) -> None:
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class OrganizationRbacRolesPermissions:
    """`client.organization.rbac_roles.permissions`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrganizationRbacRolesPermissionsWithRawResponse:
        return OrganizationRbacRolesPermissionsWithRawResponse(self)

    def list(
        self,
        rbac_role_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[RBACRolePermission]:
        """List RBAC Role permissions

        List the permissions an RBAC Role grants.

        `GET /v1/organizations/rbac_roles/{rbac_role_id}/permissions`
        """
        req = Request(
            "GET",
            f"/v1/organizations/rbac_roles/{quote(str(rbac_role_id), safe='')}/permissions",
            query={"limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, RBACRolePermission, "data", "page_cursor")


class OrganizationRbacRolesPermissionsWithRawResponse:
    """`client.organization.rbac_roles.permissions.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationRbacRolesPermissions) -> None:
        self.list = to_raw_response(resource.list)


class OrganizationRbacRoles:
    """`client.organization.rbac_roles`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.permissions = OrganizationRbacRolesPermissions(client)

    @cached_property
    def with_raw_response(self) -> OrganizationRbacRolesWithRawResponse:
        return OrganizationRbacRolesWithRawResponse(self)

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
    ) -> SyncPage[RBACRole]:
        """List RBAC Roles

        List the RBAC Roles of the Claude Enterprise organization.

        `GET /v1/organizations/rbac_roles`
        """
        req = Request(
            "GET",
            "/v1/organizations/rbac_roles",
            query={"limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, RBACRole, "data", "page_cursor")

    def retrieve(
        self,
        rbac_role_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> RBACRole:
        """Get an RBAC Role

        Get an RBAC Role by ID.

        `GET /v1/organizations/rbac_roles/{rbac_role_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/rbac_roles/{quote(str(rbac_role_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, RBACRole)


class OrganizationRbacRolesWithRawResponse:
    """`client.organization.rbac_roles.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationRbacRoles) -> None:
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)


class OrganizationServiceAccountsWorkspaces:
    """`client.organization.service_accounts.workspaces`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrganizationServiceAccountsWorkspacesWithRawResponse:
        return OrganizationServiceAccountsWorkspacesWithRawResponse(self)

    def add(
        self,
        service_account_id: str,
        *,
        workspace_id: str,
        workspace_role: Literal[
            "workspace_admin", "workspace_developer", "workspace_restricted_developer", "workspace_user"
        ],
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ServiceAccountWorkspaceMember:
        """Add a Service Account to a Workspace

        Add a service account to a workspace with a role. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `POST /v1/organizations/service_accounts/{service_account_id}/workspaces`
        """
        req = Request(
            "POST",
            f"/v1/organizations/service_accounts/{quote(str(service_account_id), safe='')}/workspaces",
            body={
                "workspace_id": workspace_id,
                "workspace_role": workspace_role,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, ServiceAccountWorkspaceMember)

    def list(
        self,
        service_account_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[ServiceAccountWorkspaceMember]:
        """List a Service Account's Workspaces

        List the workspaces a service account belongs to, including its implicit default-workspace membership. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `GET /v1/organizations/service_accounts/{service_account_id}/workspaces`
        """
        req = Request(
            "GET",
            f"/v1/organizations/service_accounts/{quote(str(service_account_id), safe='')}/workspaces",
            query={"limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, ServiceAccountWorkspaceMember, "data", "page_cursor")

    def remove(
        self,
        service_account_id: str,
        workspace_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ServiceAccountWorkspaceRemoveResponse:
        """Remove a Service Account from a Workspace

        Remove a service account from a workspace; idempotent, and a no-op for the implicit default-workspace membership. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `DELETE /v1/organizations/service_accounts/{service_account_id}/workspaces/{workspace_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/service_accounts/{quote(str(service_account_id), safe='')}/workspaces/{quote(str(workspace_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, ServiceAccountWorkspaceRemoveResponse)


class OrganizationServiceAccountsWorkspacesWithRawResponse:
    """`client.organization.service_accounts.workspaces.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationServiceAccountsWorkspaces) -> None:
        self.add = to_raw_response(resource.add)
        self.list = to_raw_response(resource.list)
        self.remove = to_raw_response(resource.remove)


class OrganizationServiceAccounts:
    """`client.organization.service_accounts`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.workspaces = OrganizationServiceAccountsWorkspaces(client)

    @cached_property
    def with_raw_response(self) -> OrganizationServiceAccountsWithRawResponse:
        return OrganizationServiceAccountsWithRawResponse(self)

    def archive(
        self,
        service_account_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ServiceAccount:
        """Archive a Service Account

        Archive a service account. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `POST /v1/organizations/service_accounts/{service_account_id}/archive`
        """
        req = Request(
            "POST",
            f"/v1/organizations/service_accounts/{quote(str(service_account_id), safe='')}/archive",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, ServiceAccount)

    def create(
        self,
        *,
        name: str,
        description: Optional[str] = OMIT,
        organization_role: Literal["admin", "developer"] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ServiceAccount:
        """Create a Service Account

        Create a service account in the organization. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `POST /v1/organizations/service_accounts`
        """
        req = Request(
            "POST",
            "/v1/organizations/service_accounts",
            body={
                "name": name,
                "description": description,
                "organization_role": organization_role,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, ServiceAccount)

    def list(
        self,
        *,
        include_archived: bool = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[ServiceAccount]:
        """List Service Accounts

        List service accounts, newest first. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `GET /v1/organizations/service_accounts`
        """
        req = Request(
            "GET",
            "/v1/organizations/service_accounts",
            query={"include_archived": include_archived, "limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, ServiceAccount, "data", "page_cursor")

    def retrieve(
        self,
        service_account_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ServiceAccount:
        """Get a Service Account

        Get a service account by ID. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `GET /v1/organizations/service_accounts/{service_account_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/service_accounts/{quote(str(service_account_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, ServiceAccount)

    def update(
        self,
        service_account_id: str,
        *,
        description: Optional[str] = OMIT,
        organization_role: Optional[Literal["admin", "developer"]] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ServiceAccount:
        """Update a Service Account

        Change the description or organization role of a service account. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `POST /v1/organizations/service_accounts/{service_account_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/service_accounts/{quote(str(service_account_id), safe='')}",
            body={
                "description": description,
                "organization_role": organization_role,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, ServiceAccount)


class OrganizationServiceAccountsWithRawResponse:
    """`client.organization.service_accounts.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationServiceAccounts) -> None:
        self.archive = to_raw_response(resource.archive)
        self.create = to_raw_response(resource.create)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class OrganizationSpendLimitsEffective:
    """`client.organization.spend_limits.effective`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrganizationSpendLimitsEffectiveWithRawResponse:
        return OrganizationSpendLimitsEffectiveWithRawResponse(self)

    def list(
        self,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        period: Sequence[Literal["daily", "monthly", "weekly"]] = OMIT,
        user_ids: Sequence[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[SpendSummary]:
        """List Effective Spend Limits

        Report, per member and period, the spend limit in effect and the spend so far.

        `GET /v1/organizations/spend_limits/effective`
        """
        req = Request(
            "GET",
            "/v1/organizations/spend_limits/effective",
            query={"limit": limit, "page": page, "period[]": period, "user_ids[]": user_ids},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, SpendSummary, "data", "page_cursor")


class OrganizationSpendLimitsEffectiveWithRawResponse:
    """`client.organization.spend_limits.effective.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationSpendLimitsEffective) -> None:
        self.list = to_raw_response(resource.list)


class OrganizationSpendLimitsIncreaseRequests:
    """`client.organization.spend_limits.increase_requests`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrganizationSpendLimitsIncreaseRequestsWithRawResponse:
        return OrganizationSpendLimitsIncreaseRequestsWithRawResponse(self)

    def approve(
        self,
        spend_limit_increase_request_id: str,
        *,
        amount: str,
        period: Optional[Literal["daily", "monthly", "weekly"]] = OMIT,
        suppress_notification: bool = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> IncreaseRequestApproveResponse:
        """Approve a Spend Limit Increase Request

        Approve a pending request: write a per-member spend limit of `amount` and email the requester unless suppressed.

        `POST /v1/organizations/spend_limit_increase_requests/{spend_limit_increase_request_id}/approve`
        """
        req = Request(
            "POST",
            f"/v1/organizations/spend_limit_increase_requests/{quote(str(spend_limit_increase_request_id), safe='')}/approve",
            body={
                "amount": amount,
                "period": period,
                "suppress_notification": suppress_notification,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, IncreaseRequestApproveResponse)

    def deny(
        self,
        spend_limit_increase_request_id: str,
        *,
        suppress_notification: bool = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SpendLimitIncreaseRequest:
        """Deny a Spend Limit Increase Request

        Deny a pending request and email the requester unless suppressed.

        `POST /v1/organizations/spend_limit_increase_requests/{spend_limit_increase_request_id}/deny`
        """
        req = Request(
            "POST",
            f"/v1/organizations/spend_limit_increase_requests/{quote(str(spend_limit_increase_request_id), safe='')}/deny",
            body={
                "suppress_notification": suppress_notification,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, SpendLimitIncreaseRequest)

    def list(
        self,
        *,
        actor_ids: Sequence[str] = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        status: Sequence[Literal["approved", "denied", "pending"]] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[SpendLimitIncreaseRequest]:
        """List Spend Limit Increase Requests

        List the requests members made for a higher spend limit.

        `GET /v1/organizations/spend_limit_increase_requests`
        """
        req = Request(
            "GET",
            "/v1/organizations/spend_limit_increase_requests",
            query={"actor_ids[]": actor_ids, "limit": limit, "page": page, "status[]": status},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, SpendLimitIncreaseRequest, "data", "page_cursor")

    def retrieve(
        self,
        spend_limit_increase_request_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SpendLimitIncreaseRequest:
        """Get a Spend Limit Increase Request

        Get a spend limit increase request by ID.

        `GET /v1/organizations/spend_limit_increase_requests/{spend_limit_increase_request_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/spend_limit_increase_requests/{quote(str(spend_limit_increase_request_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, SpendLimitIncreaseRequest)


class OrganizationSpendLimitsIncreaseRequestsWithRawResponse:
    """`client.organization.spend_limits.increase_requests.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationSpendLimitsIncreaseRequests) -> None:
        self.approve = to_raw_response(resource.approve)
        self.deny = to_raw_response(resource.deny)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)


class OrganizationSpendLimits:
    """`client.organization.spend_limits`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.effective = OrganizationSpendLimitsEffective(client)
        self.increase_requests = OrganizationSpendLimitsIncreaseRequests(client)

    @cached_property
    def with_raw_response(self) -> OrganizationSpendLimitsWithRawResponse:
        return OrganizationSpendLimitsWithRawResponse(self)


class OrganizationSpendLimitsWithRawResponse:
    """`client.organization.spend_limits.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationSpendLimits) -> None:
        self._resource = resource


class OrganizationUsageReport:
    """`client.organization.usage_report`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrganizationUsageReportWithRawResponse:
        return OrganizationUsageReportWithRawResponse(self)

    def claude_code(
        self,
        *,
        starting_at: str,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[ClaudeCodeUsageReportRecord]:
        """Get Claude Code Usage Report

        Report one UTC day of Claude Code usage per actor: sessions, lines of code, commits, pull requests, tool accept and reject counts, and tokens and estimated cost per model.

        `GET /v1/organizations/usage_report/claude_code`
        """
        req = Request(
            "GET",
            "/v1/organizations/usage_report/claude_code",
            query={"starting_at": starting_at, "limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, ClaudeCodeUsageReportRecord, "data", "page_cursor")

    def messages(
        self,
        *,
        starting_at: str,
        ending_at: str = OMIT,
        bucket_width: Literal["1d", "1h", "1m"] = OMIT,
        group_by: Sequence[
            Literal[
                "account_id",
                "api_key_id",
                "context_window",
                "inference_geo",
                "model",
                "service_account_id",
                "service_tier",
                "speed",
                "workspace_id",
            ]
        ] = OMIT,
        account_ids: Sequence[str] = OMIT,
        api_key_ids: Sequence[str] = OMIT,
        service_account_ids: Sequence[str] = OMIT,
        workspace_ids: Sequence[str] = OMIT,
        models: Sequence[str] = OMIT,
        service_tiers: Sequence[
            Literal["batch", "flex", "flex_discount", "priority", "priority_on_demand", "standard"]
        ] = OMIT,
        context_window: Sequence[Literal["0-200k", "200k-1M"]] = OMIT,
        inference_geos: Sequence[Literal["global", "not_available", "us"]] = OMIT,
        speeds: Sequence[Literal["fast", "standard"]] = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[UsageReportMessagesTimeBucket]:
        """Get Messages Usage Report

        Report the organization's Messages API token usage in time buckets, optionally filtered and split by API key, workspace, model, service tier and other dimensions (legacy; the docs point new integrations to the analytics usage endpoint).

        `GET /v1/organizations/usage_report/messages`
        """
        req = Request(
            "GET",
            "/v1/organizations/usage_report/messages",
            query={
                "starting_at": starting_at,
                "ending_at": ending_at,
                "bucket_width": bucket_width,
                "group_by[]": group_by,
                "account_ids[]": account_ids,
                "api_key_ids[]": api_key_ids,
                "service_account_ids[]": service_account_ids,
                "workspace_ids[]": workspace_ids,
                "models[]": models,
                "service_tiers[]": service_tiers,
                "context_window[]": context_window,
                "inference_geos[]": inference_geos,
                "speeds[]": speeds,
                "limit": limit,
                "page": page,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, UsageReportMessagesTimeBucket, "data", "page_cursor")


class OrganizationUsageReportWithRawResponse:
    """`client.organization.usage_report.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationUsageReport) -> None:
        self.claude_code = to_raw_response(resource.claude_code)
        self.messages = to_raw_response(resource.messages)


class OrganizationUsers:
    """`client.organization.users`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrganizationUsersWithRawResponse:
        return OrganizationUsersWithRawResponse(self)

    def list(
        self,
        *,
        before_id: str = OMIT,
        after_id: str = OMIT,
        limit: int = OMIT,
        email: str = OMIT,
        roles: Sequence[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[OrganizationUser]:
        """List Users

        List the organization's members. Needs an Admin API key.

        `GET /v1/organizations/users`
        """
        req = Request(
            "GET",
            "/v1/organizations/users",
            query={"before_id": before_id, "after_id": after_id, "limit": limit, "email": email, "roles[]": roles},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, OrganizationUser, "data", "id_cursor")

    def remove(
        self,
        user_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> UserRemoveResponse:
        """Remove a User

        Remove a member from the organization. Needs an Admin API key.

        `DELETE /v1/organizations/users/{user_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/users/{quote(str(user_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, UserRemoveResponse)

    def retrieve(
        self,
        user_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> OrganizationUser:
        """Get a User

        Get a member of the organization by User ID. Needs an Admin API key.

        `GET /v1/organizations/users/{user_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/users/{quote(str(user_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, OrganizationUser)

    def update(
        self,
        user_id: str,
        *,
        role: Literal["billing", "claude_code_user", "developer", "managed", "user"],
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> OrganizationUser:
        """Update a User

        Change a member's organization role. Needs an Admin API key.

        `POST /v1/organizations/users/{user_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/users/{quote(str(user_id), safe='')}",
            body={
                "role": role,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, OrganizationUser)


class OrganizationUsersWithRawResponse:
    """`client.organization.users.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationUsers) -> None:
        self.list = to_raw_response(resource.list)
        self.remove = to_raw_response(resource.remove)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class OrganizationWorkspacesMembers:
    """`client.organization.workspaces.members`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrganizationWorkspacesMembersWithRawResponse:
        return OrganizationWorkspacesMembersWithRawResponse(self)

    def add(
        self,
        workspace_id: str,
        *,
        user_id: str,
        workspace_role: Literal[
            "workspace_admin", "workspace_developer", "workspace_restricted_developer", "workspace_user"
        ],
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> WorkspaceMember:
        """Add a Workspace Member

        Add an organization member to a Workspace with a role other than `workspace_billing`. Needs an Admin API key.

        `POST /v1/organizations/workspaces/{workspace_id}/members`
        """
        req = Request(
            "POST",
            f"/v1/organizations/workspaces/{quote(str(workspace_id), safe='')}/members",
            body={
                "user_id": user_id,
                "workspace_role": workspace_role,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, WorkspaceMember)

    def list(
        self,
        workspace_id: str,
        *,
        before_id: str = OMIT,
        after_id: str = OMIT,
        limit: int = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[WorkspaceMember]:
        """List Workspace Members

        List a Workspace's members. Needs an Admin API key.

        `GET /v1/organizations/workspaces/{workspace_id}/members`
        """
        req = Request(
            "GET",
            f"/v1/organizations/workspaces/{quote(str(workspace_id), safe='')}/members",
            query={"before_id": before_id, "after_id": after_id, "limit": limit},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, WorkspaceMember, "data", "id_cursor")

    def remove(
        self,
        workspace_id: str,
        user_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> MemberRemoveResponse:
        """Remove a Workspace Member

        Remove a User from a Workspace. Needs an Admin API key.

        `DELETE /v1/organizations/workspaces/{workspace_id}/members/{user_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/workspaces/{quote(str(workspace_id), safe='')}/members/{quote(str(user_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, MemberRemoveResponse)

    def retrieve(
        self,
        workspace_id: str,
        user_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> WorkspaceMember:
        """Get a Workspace Member

        Get a User's membership in a Workspace. Needs an Admin API key.

        `GET /v1/organizations/workspaces/{workspace_id}/members/{user_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/workspaces/{quote(str(workspace_id), safe='')}/members/{quote(str(user_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, WorkspaceMember)

    def update(
        self,
        workspace_id: str,
        user_id: str,
        *,
        workspace_role: Literal[
            "workspace_admin",
            "workspace_billing",
            "workspace_developer",
            "workspace_restricted_developer",
            "workspace_user",
        ],
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> WorkspaceMember:
        """Update a Workspace Member

        Change a member's Workspace role. Needs an Admin API key.

        `POST /v1/organizations/workspaces/{workspace_id}/members/{user_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/workspaces/{quote(str(workspace_id), safe='')}/members/{quote(str(user_id), safe='')}",
            body={
                "workspace_role": workspace_role,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, WorkspaceMember)


class OrganizationWorkspacesMembersWithRawResponse:
    """`client.organization.workspaces.members.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationWorkspacesMembers) -> None:
        self.add = to_raw_response(resource.add)
        self.list = to_raw_response(resource.list)
        self.remove = to_raw_response(resource.remove)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class OrganizationWorkspacesRateLimits:
    """`client.organization.workspaces.rate_limits`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrganizationWorkspacesRateLimitsWithRawResponse:
        return OrganizationWorkspacesRateLimitsWithRawResponse(self)

    def list(
        self,
        workspace_id: str,
        *,
        group_type: Literal["batch", "files", "model_group", "skills", "token_count", "web_search"] = OMIT,
        include_inherited: bool = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[WorkspaceRateLimit]:
        """List Workspace Rate Limits

        List a Workspace's rate-limit overrides by group; with `include_inherited` also the organization values it inherits, each marked by `source`. Needs an Admin API key.

        `GET /v1/organizations/workspaces/{workspace_id}/rate_limits`
        """
        req = Request(
            "GET",
            f"/v1/organizations/workspaces/{quote(str(workspace_id), safe='')}/rate_limits",
            query={"group_type": group_type, "include_inherited": include_inherited, "limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, WorkspaceRateLimit, "data", "page_cursor")

    def update(
        self,
        workspace_id: str,
        rate_limit_id: str,
        *,
        limits: Sequence[Union[WorkspaceRateLimitUpdateValueParam, Mapping[str, Any]]],
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> WorkspaceRateLimit:
        """Set Workspace Rate Limits

        Set (an integer) or clear (null) a Workspace's overrides for one rate-limit group; limiter types not listed keep their value. The lower of the override and the organization limit applies, within about an hour. Needs an Admin API key.

        `POST /v1/organizations/workspaces/{workspace_id}/rate_limits/{rate_limit_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/workspaces/{quote(str(workspace_id), safe='')}/rate_limits/{quote(str(rate_limit_id), safe='')}",
            body={
                "limits": limits,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, WorkspaceRateLimit)


class OrganizationWorkspacesRateLimitsWithRawResponse:
    """`client.organization.workspaces.rate_limits.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationWorkspacesRateLimits) -> None:
        self.list = to_raw_response(resource.list)
        self.update = to_raw_response(resource.update)


class OrganizationWorkspacesServiceAccounts:
    """`client.organization.workspaces.service_accounts`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrganizationWorkspacesServiceAccountsWithRawResponse:
        return OrganizationWorkspacesServiceAccountsWithRawResponse(self)

    def add(
        self,
        workspace_id: str,
        *,
        service_account_id: str,
        workspace_role: Literal[
            "workspace_admin", "workspace_developer", "workspace_restricted_developer", "workspace_user"
        ],
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ServiceAccountWorkspaceMember:
        """Add a Workspace Service Account

        Add a Service Account to a Workspace with a role, replacing the role of an existing explicit membership; archived Workspaces give 400. Needs an OAuth access token with the `org:admin` scope (from `ant auth login --scope org:admin` or a workload identity federation rule); Admin API keys are not accepted.

        `POST /v1/organizations/workspaces/{workspace_id}/service_accounts`
        """
        req = Request(
            "POST",
            f"/v1/organizations/workspaces/{quote(str(workspace_id), safe='')}/service_accounts",
            body={
                "service_account_id": service_account_id,
                "workspace_role": workspace_role,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, ServiceAccountWorkspaceMember)

    def list(
        self,
        workspace_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[ServiceAccountWorkspaceMember]:
        """List Workspace Service Accounts

        List the Service Accounts that are explicit members of a Workspace (not the implicit default-Workspace memberships, nor archived Service Accounts); an archived Workspace gives 400. Needs an OAuth access token with the `org:admin` scope (from `ant auth login --scope org:admin` or a workload identity federation rule); Admin API keys are not accepted.

        `GET /v1/organizations/workspaces/{workspace_id}/service_accounts`
        """
        req = Request(
            "GET",
            f"/v1/organizations/workspaces/{quote(str(workspace_id), safe='')}/service_accounts",
            query={"limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, ServiceAccountWorkspaceMember, "data", "page_cursor")

    def remove(
        self,
        workspace_id: str,
        service_account_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ServiceAccountRemoveResponse:
        """Remove a Workspace Service Account

        Remove a Service Account from a Workspace. Idempotent: removing an absent or implicit membership also returns 200, and removing an explicit default-Workspace membership reverts it to the implicit one. Needs an OAuth access token with the `org:admin` scope (from `ant auth login --scope org:admin` or a workload identity federation rule); Admin API keys are not accepted.

        `DELETE /v1/organizations/workspaces/{workspace_id}/service_accounts/{service_account_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/workspaces/{quote(str(workspace_id), safe='')}/service_accounts/{quote(str(service_account_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, ServiceAccountRemoveResponse)

    def retrieve(
        self,
        workspace_id: str,
        service_account_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ServiceAccountWorkspaceMember:
        """Get a Workspace Service Account

        Get a Service Account's membership in a Workspace, including the implicit one in the default Workspace; an archived Service Account gives 404 and an archived Workspace 400. Needs an OAuth access token with the `org:admin` scope (from `ant auth login --scope org:admin` or a workload identity federation rule); Admin API keys are not accepted.

        `GET /v1/organizations/workspaces/{workspace_id}/service_accounts/{service_account_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/workspaces/{quote(str(workspace_id), safe='')}/service_accounts/{quote(str(service_account_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, ServiceAccountWorkspaceMember)

    def update(
        self,
        workspace_id: str,
        service_account_id: str,
        *,
        workspace_role: Literal[
            "workspace_admin", "workspace_developer", "workspace_restricted_developer", "workspace_user"
        ],
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ServiceAccountWorkspaceMember:
        """Update a Workspace Service Account

        Change a Service Account's role in a Workspace; only explicit memberships can be updated. Needs an OAuth access token with the `org:admin` scope (from `ant auth login --scope org:admin` or a workload identity federation rule); Admin API keys are not accepted.

        `POST /v1/organizations/workspaces/{workspace_id}/service_accounts/{service_account_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/workspaces/{quote(str(workspace_id), safe='')}/service_accounts/{quote(str(service_account_id), safe='')}",
            body={
                "workspace_role": workspace_role,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, ServiceAccountWorkspaceMember)


class OrganizationWorkspacesServiceAccountsWithRawResponse:
    """`client.organization.workspaces.service_accounts.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationWorkspacesServiceAccounts) -> None:
        self.add = to_raw_response(resource.add)
        self.list = to_raw_response(resource.list)
        self.remove = to_raw_response(resource.remove)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class OrganizationWorkspaces:
    """`client.organization.workspaces`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.members = OrganizationWorkspacesMembers(client)
        self.rate_limits = OrganizationWorkspacesRateLimits(client)
        self.service_accounts = OrganizationWorkspacesServiceAccounts(client)

    @cached_property
    def with_raw_response(self) -> OrganizationWorkspacesWithRawResponse:
        return OrganizationWorkspacesWithRawResponse(self)

    def archive(
        self,
        workspace_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> Workspace:
        """Archive a Workspace

        Archive a Workspace. Needs an Admin API key.

        `POST /v1/organizations/workspaces/{workspace_id}/archive`
        """
        req = Request(
            "POST",
            f"/v1/organizations/workspaces/{quote(str(workspace_id), safe='')}/archive",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, Workspace)

    def create(
        self,
        *,
        name: str,
        data_residency: Optional[Union[DataResidencyCreateConfigParam, Mapping[str, Any]]] = OMIT,
        display_color: Optional[str] = OMIT,
        external_key_id: Optional[str] = OMIT,
        tags: Optional[Mapping[str, Any]] = OMIT,
        user_profile_id: Optional[str] = OMIT,
        inference_data_privacy: Union[BetaInferenceDataPrivacyCreateParam, Mapping[str, Any]] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> Workspace:
        """Create a Workspace

        Create a Workspace. Needs an Admin API key.

        `POST /v1/organizations/workspaces`
        """
        req = Request(
            "POST",
            "/v1/organizations/workspaces",
            body={
                "data_residency": data_residency,
                "display_color": display_color,
                "external_key_id": external_key_id,
                "name": name,
                "tags": tags,
                "user_profile_id": user_profile_id,
                "inference_data_privacy": inference_data_privacy,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, Workspace)

    def list(
        self,
        *,
        before_id: str = OMIT,
        after_id: str = OMIT,
        limit: int = OMIT,
        ids: Sequence[str] = OMIT,
        include_archived: bool = OMIT,
        include_default: bool = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[Workspace]:
        """List Workspaces

        List the organization's Workspaces. Needs an Admin API key.

        `GET /v1/organizations/workspaces`
        """
        req = Request(
            "GET",
            "/v1/organizations/workspaces",
            query={
                "before_id": before_id,
                "after_id": after_id,
                "limit": limit,
                "ids[]": ids,
                "include_archived": include_archived,
                "include_default": include_default,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, Workspace, "data", "id_cursor")

    def retrieve(
        self,
        workspace_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> Workspace:
        """Get a Workspace

        Get a Workspace by ID. Needs an Admin API key.

        `GET /v1/organizations/workspaces/{workspace_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/workspaces/{quote(str(workspace_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, Workspace)

    def update(
        self,
        workspace_id: str,
        *,
        data_residency: Optional[Union[DataResidencyUpdateConfigParam, Mapping[str, Any]]] = OMIT,
        display_color: str = OMIT,
        external_key_id: str = OMIT,
        name: str = OMIT,
        tags: Optional[Mapping[str, Any]] = OMIT,
        user_profile_id: str = OMIT,
        inference_data_privacy: Union[BetaInferenceDataPrivacyUpdateParam, Mapping[str, Any]] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> Workspace:
        """Update a Workspace

        Change a Workspace's name, color, tags, data residency, encryption key or user profile. Needs an Admin API key.

        `POST /v1/organizations/workspaces/{workspace_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/workspaces/{quote(str(workspace_id), safe='')}",
            body={
                "data_residency": data_residency,
                "display_color": display_color,
                "external_key_id": external_key_id,
                "name": name,
                "tags": tags,
                "user_profile_id": user_profile_id,
                "inference_data_privacy": inference_data_privacy,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, Workspace)


class OrganizationWorkspacesWithRawResponse:
    """`client.organization.workspaces.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: OrganizationWorkspaces) -> None:
        self.archive = to_raw_response(resource.archive)
        self.create = to_raw_response(resource.create)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class Organization:
    """`client.organization`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.analytics = OrganizationAnalytics(client)
        self.api_keys = OrganizationApiKeys(client)
        self.compliance_settings = OrganizationComplianceSettingsResource(client)
        self.cost_report = OrganizationCostReport(client)
        self.external_keys = OrganizationExternalKeys(client)
        self.federation = OrganizationFederation(client)
        self.invites = OrganizationInvites(client)
        self.rate_limits = OrganizationRateLimits(client)
        self.rbac_groups = OrganizationRbacGroups(client)
        self.rbac_roles = OrganizationRbacRoles(client)
        self.service_accounts = OrganizationServiceAccounts(client)
        self.spend_limits = OrganizationSpendLimits(client)
        self.usage_report = OrganizationUsageReport(client)
        self.users = OrganizationUsers(client)
        self.workspaces = OrganizationWorkspaces(client)

    @cached_property
    def with_raw_response(self) -> OrganizationWithRawResponse:
        return OrganizationWithRawResponse(self)

    def retrieve(
        self,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> OrganizationInfo:
        """Get the Organization

        Get the organization the credential belongs to. Needs an Admin API key.

        `GET /v1/organizations/me`
        """
        req = Request(
            "GET",
            "/v1/organizations/me",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, OrganizationInfo)


class OrganizationWithRawResponse:
    """`client.organization.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: Organization) -> None:
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncOrganizationAnalyticsAppsChatProjects:
    """`client.organization.analytics.apps.chat.projects`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationAnalyticsAppsChatProjectsWithRawResponse:
        return AsyncOrganizationAnalyticsAppsChatProjectsWithRawResponse(self)

    async def list(
        self,
        *,
        date: str = OMIT,
        ending_date: str = OMIT,
        filter_: Sequence[str] = OMIT,
        group_by: Sequence[Literal["rbac_group_id", "user_id"]] = OMIT,
        limit: int = OMIT,
        order: Literal["asc", "desc"] = OMIT,
        order_by: str = OMIT,
        page: str = OMIT,
        starting_date: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[AnalyticsProjectActivity]:
        """List Chat Project Activity

        Get per-project claude.ai activity for one UTC day or rolled up over a date range.

        `GET /v1/organizations/analytics/apps/chat/projects`
        """
        req = Request(
            "GET",
            "/v1/organizations/analytics/apps/chat/projects",
            query={
                "date": date,
                "ending_date": ending_date,
                "filter[]": filter_,
                "group_by[]": group_by,
                "limit": limit,
                "order": order,
                "order_by": order_by,
                "page": page,
                "starting_date": starting_date,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, AnalyticsProjectActivity, "data", "page_cursor")


class AsyncOrganizationAnalyticsAppsChatProjectsWithRawResponse:
    """`client.organization.analytics.apps.chat.projects.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationAnalyticsAppsChatProjects) -> None:
        self.list = to_async_raw_response(resource.list)


class AsyncOrganizationAnalyticsAppsChat:
    """`client.organization.analytics.apps.chat`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.projects = AsyncOrganizationAnalyticsAppsChatProjects(client)

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationAnalyticsAppsChatWithRawResponse:
        return AsyncOrganizationAnalyticsAppsChatWithRawResponse(self)


class AsyncOrganizationAnalyticsAppsChatWithRawResponse:
    """`client.organization.analytics.apps.chat.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationAnalyticsAppsChat) -> None:
        self._resource = resource


class AsyncOrganizationAnalyticsApps:
    """`client.organization.analytics.apps`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.chat = AsyncOrganizationAnalyticsAppsChat(client)

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationAnalyticsAppsWithRawResponse:
        return AsyncOrganizationAnalyticsAppsWithRawResponse(self)


class AsyncOrganizationAnalyticsAppsWithRawResponse:
    """`client.organization.analytics.apps.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationAnalyticsApps) -> None:
        self._resource = resource


class AsyncOrganizationAnalyticsArtifacts:
    """`client.organization.analytics.artifacts`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationAnalyticsArtifactsWithRawResponse:
        return AsyncOrganizationAnalyticsArtifactsWithRawResponse(self)

    async def list(
        self,
        *,
        date: str,
        filter_: Sequence[str] = OMIT,
        group_by: Sequence[Literal["product", "rbac_group_id", "user_id"]] = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[AnalyticsArtifactActivity]:
        """List Artifact Activity

        Get artifact creation counts by artifact type for one UTC day; only grouped queries paginate.

        `GET /v1/organizations/analytics/artifacts`
        """
        req = Request(
            "GET",
            "/v1/organizations/analytics/artifacts",
            query={"date": date, "filter[]": filter_, "group_by[]": group_by, "limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, AnalyticsArtifactActivity, "data", "page_cursor")


class AsyncOrganizationAnalyticsArtifactsWithRawResponse:
    """`client.organization.analytics.artifacts.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationAnalyticsArtifacts) -> None:
        self.list = to_async_raw_response(resource.list)


class AsyncOrganizationAnalyticsConnectors:
    """`client.organization.analytics.connectors`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationAnalyticsConnectorsWithRawResponse:
        return AsyncOrganizationAnalyticsConnectorsWithRawResponse(self)

    async def list(
        self,
        *,
        date: str = OMIT,
        ending_date: str = OMIT,
        filter_: Sequence[str] = OMIT,
        group_by: Sequence[Literal["product", "rbac_group_id", "user_id"]] = OMIT,
        limit: int = OMIT,
        order: Literal["asc", "desc"] = OMIT,
        order_by: str = OMIT,
        page: str = OMIT,
        starting_date: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[AnalyticsConnectorActivity]:
        """List Connector Activity

        Get per-connector usage for one UTC day or rolled up over a date range.

        `GET /v1/organizations/analytics/connectors`
        """
        req = Request(
            "GET",
            "/v1/organizations/analytics/connectors",
            query={
                "date": date,
                "ending_date": ending_date,
                "filter[]": filter_,
                "group_by[]": group_by,
                "limit": limit,
                "order": order,
                "order_by": order_by,
                "page": page,
                "starting_date": starting_date,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, AnalyticsConnectorActivity, "data", "page_cursor")


class AsyncOrganizationAnalyticsConnectorsWithRawResponse:
    """`client.organization.analytics.connectors.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationAnalyticsConnectors) -> None:
        self.list = to_async_raw_response(resource.list)


class AsyncOrganizationAnalyticsPlugins:
    """`client.organization.analytics.plugins`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationAnalyticsPluginsWithRawResponse:
        return AsyncOrganizationAnalyticsPluginsWithRawResponse(self)

    async def list(
        self,
        *,
        date: str = OMIT,
        ending_date: str = OMIT,
        filter_: Sequence[str] = OMIT,
        group_by: Sequence[Literal["product", "rbac_group_id", "user_id"]] = OMIT,
        limit: int = OMIT,
        order: Literal["asc", "desc"] = OMIT,
        order_by: str = OMIT,
        page: str = OMIT,
        starting_date: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[AnalyticsPluginActivity]:
        """List Plugin Activity

        Get per-plugin installs and invocations for one UTC day or rolled up over a date range.

        `GET /v1/organizations/analytics/plugins`
        """
        req = Request(
            "GET",
            "/v1/organizations/analytics/plugins",
            query={
                "date": date,
                "ending_date": ending_date,
                "filter[]": filter_,
                "group_by[]": group_by,
                "limit": limit,
                "order": order,
                "order_by": order_by,
                "page": page,
                "starting_date": starting_date,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, AnalyticsPluginActivity, "data", "page_cursor")


class AsyncOrganizationAnalyticsPluginsWithRawResponse:
    """`client.organization.analytics.plugins.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationAnalyticsPlugins) -> None:
        self.list = to_async_raw_response(resource.list)


class AsyncOrganizationAnalyticsSkills:
    """`client.organization.analytics.skills`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationAnalyticsSkillsWithRawResponse:
        return AsyncOrganizationAnalyticsSkillsWithRawResponse(self)

    async def list(
        self,
        *,
        date: str = OMIT,
        ending_date: str = OMIT,
        filter_: Sequence[str] = OMIT,
        group_by: Sequence[Literal["product", "rbac_group_id", "user_id"]] = OMIT,
        limit: int = OMIT,
        order: Literal["asc", "desc"] = OMIT,
        order_by: str = OMIT,
        page: str = OMIT,
        starting_date: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[AnalyticsSkillActivity]:
        """List Skill Activity

        Get per-skill usage for one UTC day or rolled up over a date range.

        `GET /v1/organizations/analytics/skills`
        """
        req = Request(
            "GET",
            "/v1/organizations/analytics/skills",
            query={
                "date": date,
                "ending_date": ending_date,
                "filter[]": filter_,
                "group_by[]": group_by,
                "limit": limit,
                "order": order,
                "order_by": order_by,
                "page": page,
                "starting_date": starting_date,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, AnalyticsSkillActivity, "data", "page_cursor")


class AsyncOrganizationAnalyticsSkillsWithRawResponse:
    """`client.organization.analytics.skills.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationAnalyticsSkills) -> None:
        self.list = to_async_raw_response(resource.list)


class AsyncOrganizationAnalyticsSummaries:
    """`client.organization.analytics.summaries`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationAnalyticsSummariesWithRawResponse:
        return AsyncOrganizationAnalyticsSummariesWithRawResponse(self)

    async def list(
        self,
        *,
        starting_date: str,
        ending_date: str = OMIT,
        filter_: Sequence[str] = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[AnalyticsSingleDayActivitySummary]:
        """List Activity Summaries

        Get one organization-wide activity summary per UTC day of a date range (at most 366 days), in a single page.

        `GET /v1/organizations/analytics/summaries`
        """
        req = Request(
            "GET",
            "/v1/organizations/analytics/summaries",
            query={
                "starting_date": starting_date,
                "ending_date": ending_date,
                "filter[]": filter_,
                "limit": limit,
                "page": page,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, AnalyticsSingleDayActivitySummary, "data", "page_cursor")


class AsyncOrganizationAnalyticsSummariesWithRawResponse:
    """`client.organization.analytics.summaries.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationAnalyticsSummaries) -> None:
        self.list = to_async_raw_response(resource.list)


class AsyncOrganizationAnalyticsUsers:
    """`client.organization.analytics.users`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationAnalyticsUsersWithRawResponse:
        return AsyncOrganizationAnalyticsUsersWithRawResponse(self)

    async def list(
        self,
        *,
        date: str = OMIT,
        ending_date: str = OMIT,
        filter_: Sequence[str] = OMIT,
        group_by: Sequence[Literal["rbac_group_id"]] = OMIT,
        limit: int = OMIT,
        order: Literal["asc", "desc"] = OMIT,
        order_by: str = OMIT,
        page: str = OMIT,
        starting_date: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[AnalyticsUserActivity]:
        """List User Activity

        Get per-member activity for one UTC day (`date`) or rolled up over a date range (`starting_date`).

        `GET /v1/organizations/analytics/users`
        """
        req = Request(
            "GET",
            "/v1/organizations/analytics/users",
            query={
                "date": date,
                "ending_date": ending_date,
                "filter[]": filter_,
                "group_by[]": group_by,
                "limit": limit,
                "order": order,
                "order_by": order_by,
                "page": page,
                "starting_date": starting_date,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, AnalyticsUserActivity, "data", "page_cursor")


class AsyncOrganizationAnalyticsUsersWithRawResponse:
    """`client.organization.analytics.users.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationAnalyticsUsers) -> None:
        self.list = to_async_raw_response(resource.list)


class AsyncOrganizationAnalytics:
    """`client.organization.analytics`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.apps = AsyncOrganizationAnalyticsApps(client)
        self.artifacts = AsyncOrganizationAnalyticsArtifacts(client)
        self.connectors = AsyncOrganizationAnalyticsConnectors(client)
        self.plugins = AsyncOrganizationAnalyticsPlugins(client)
        self.skills = AsyncOrganizationAnalyticsSkills(client)
        self.summaries = AsyncOrganizationAnalyticsSummaries(client)
        self.users = AsyncOrganizationAnalyticsUsers(client)

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationAnalyticsWithRawResponse:
        return AsyncOrganizationAnalyticsWithRawResponse(self)


class AsyncOrganizationAnalyticsWithRawResponse:
    """`client.organization.analytics.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationAnalytics) -> None:
        self._resource = resource


class AsyncOrganizationApiKeys:
    """`client.organization.api_keys`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationApiKeysWithRawResponse:
        return AsyncOrganizationApiKeysWithRawResponse(self)

    async def list(
        self,
        *,
        before_id: str = OMIT,
        after_id: str = OMIT,
        limit: int = OMIT,
        created_by_user_id: str = OMIT,
        status: Literal["active", "archived", "expired", "inactive"] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[APIKey]:
        """List API Keys

        List the organization's API keys. Needs an Admin API key.

        `GET /v1/organizations/api_keys`
        """
        req = Request(
            "GET",
            "/v1/organizations/api_keys",
            query={
                "before_id": before_id,
                "after_id": after_id,
                "limit": limit,
                "created_by_user_id": created_by_user_id,
                "status": status,
                "workspace_id": workspace_id,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, APIKey, "data", "id_cursor")

    async def retrieve(
        self,
        api_key_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> APIKey:
        """Get an API Key

        Get an API key by ID. Needs an Admin API key.

        `GET /v1/organizations/api_keys/{api_key_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/api_keys/{quote(str(api_key_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, APIKey)

    async def update(
        self,
        api_key_id: str,
        *,
        name: Optional[str] = OMIT,
        status: Literal["active", "archived", "inactive", None] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> APIKey:
        """Update an API Key

        Rename an API key or change its status. Needs an Admin API key.

        `POST /v1/organizations/api_keys/{api_key_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/api_keys/{quote(str(api_key_id), safe='')}",
            body={
                "name": name,
                "status": status,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, APIKey)


class AsyncOrganizationApiKeysWithRawResponse:
    """`client.organization.api_keys.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationApiKeys) -> None:
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.update = to_async_raw_response(resource.update)


class AsyncOrganizationComplianceSettingsResource:
    """`client.organization.compliance_settings`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationComplianceSettingsResourceWithRawResponse:
        return AsyncOrganizationComplianceSettingsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> OrganizationComplianceSettings:
        """Get Compliance Settings

        Get whether the Compliance API is enabled for the organization.

        `GET /v1/organizations/compliance_settings`
        """
        req = Request(
            "GET",
            "/v1/organizations/compliance_settings",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, OrganizationComplianceSettings)

    async def update(
        self,
        *,
        state: Union[
            ComplianceSettingsStateEnabledParam,
            ComplianceSettingsStateDisabledParam,
            Literal["enabled", "disabled"],
            Mapping[str, Any],
        ],
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> OrganizationComplianceSettings:
        """Update Compliance Settings

        Enable or disable the Compliance API for the organization.

        `POST /v1/organizations/compliance_settings`
        """
        req = Request(
            "POST",
            "/v1/organizations/compliance_settings",
            body={
                "state": state,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, OrganizationComplianceSettings)


class AsyncOrganizationComplianceSettingsResourceWithRawResponse:
    """`client.organization.compliance_settings.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationComplianceSettingsResource) -> None:
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.update = to_async_raw_response(resource.update)


class AsyncOrganizationCostReport:
    """`client.organization.cost_report`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationCostReportWithRawResponse:
        return AsyncOrganizationCostReportWithRawResponse(self)

    async def retrieve(
        self,
        *,
        starting_at: str,
        ending_at: str = OMIT,
        bucket_width: Literal["1d"] = OMIT,
        group_by: Sequence[Literal["description", "workspace_id"]] = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[CostReportTimeBucket]:
        """Get Cost Report

        Report the organization's costs in USD in daily time buckets, optionally split by workspace and by cost item (legacy; the docs point new integrations to the analytics cost endpoint).

        `GET /v1/organizations/cost_report`
        """
        req = Request(
            "GET",
            "/v1/organizations/cost_report",
            query={
                "starting_at": starting_at,
                "ending_at": ending_at,
                "bucket_width": bucket_width,
                "group_by[]": group_by,
                "limit": limit,
                "page": page,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, CostReportTimeBucket, "data", "page_cursor")


class AsyncOrganizationCostReportWithRawResponse:
    """`client.organization.cost_report.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationCostReport) -> None:
        self.retrieve = to_async_raw_response(resource.retrieve)


class AsyncOrganizationExternalKeys:
    """`client.organization.external_keys`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationExternalKeysWithRawResponse:
        return AsyncOrganizationExternalKeysWithRawResponse(self)

    async def create(
        self,
        *,
        provider_config: Union[
            AWSExternalKeyConfigParam, GCPExternalKeyConfigParam, AzureExternalKeyConfigParam, Mapping[str, Any]
        ],
        display_name: Optional[str] = OMIT,
        geo: Literal["us"] = OMIT,
        user_profile_id: Optional[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ExternalKey:
        """Create an External Key

        Register a customer-managed encryption key (CMEK) held in AWS KMS, Google Cloud KMS or Azure Key Vault.

        `POST /v1/organizations/external_keys`
        """
        req = Request(
            "POST",
            "/v1/organizations/external_keys",
            body={
                "display_name": display_name,
                "geo": geo,
                "provider_config": provider_config,
                "user_profile_id": user_profile_id,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, ExternalKey)

    async def delete(
        self,
        external_key_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ExternalKeyDeleteResponse:
        """Delete an External Key

        Delete an external key that no workspace uses.

        `DELETE /v1/organizations/external_keys/{external_key_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/external_keys/{quote(str(external_key_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, ExternalKeyDeleteResponse)

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
    ) -> AsyncPage[ExternalKey]:
        """List External Keys

        List the external keys of the organization, newest first.

        `GET /v1/organizations/external_keys`
        """
        req = Request(
            "GET",
            "/v1/organizations/external_keys",
            query={"limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, ExternalKey, "data", "page_cursor")

    async def retrieve(
        self,
        external_key_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ExternalKey:
        """Get an External Key

        Get an external key.

        `GET /v1/organizations/external_keys/{external_key_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/external_keys/{quote(str(external_key_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, ExternalKey)

    async def update(
        self,
        external_key_id: str,
        *,
        display_name: Optional[str] = OMIT,
        geo: Optional[Literal["us"]] = OMIT,
        provider_config: Optional[
            Union[AWSExternalKeyConfigParam, GCPExternalKeyConfigParam, AzureExternalKeyConfigParam, Mapping[str, Any]]
        ] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ExternalKey:
        """Update an External Key

        Update an external key; provider fields are effectively fixed once a workspace uses it.

        `POST /v1/organizations/external_keys/{external_key_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/external_keys/{quote(str(external_key_id), safe='')}",
            body={
                "display_name": display_name,
                "geo": geo,
                "provider_config": provider_config,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, ExternalKey)

    async def validate(
        self,
        external_key_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ExternalKeyValidateResponse:
        """Validate an External Key

        Check that Anthropic can encrypt and decrypt with the key; the outcome is in `status`, with 200 either way.

        `POST /v1/organizations/external_keys/{external_key_id}/validate`
        """
        req = Request(
            "POST",
            f"/v1/organizations/external_keys/{quote(str(external_key_id), safe='')}/validate",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, ExternalKeyValidateResponse)


class AsyncOrganizationExternalKeysWithRawResponse:
    """`client.organization.external_keys.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationExternalKeys) -> None:
        self.create = to_async_raw_response(resource.create)
        self.delete = to_async_raw_response(resource.delete)
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.update = to_async_raw_response(resource.update)
        self.validate = to_async_raw_response(resource.validate)


class AsyncOrganizationFederationIssuers:
    """`client.organization.federation.issuers`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationFederationIssuersWithRawResponse:
        return AsyncOrganizationFederationIssuersWithRawResponse(self)

    async def archive(
        self,
        federation_issuer_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> FederationIssuer:
        """Archive a Federation Issuer

        Archive a federation issuer; rules that use it then reject token exchange. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `POST /v1/organizations/federation_issuers/{federation_issuer_id}/archive`
        """
        req = Request(
            "POST",
            f"/v1/organizations/federation_issuers/{quote(str(federation_issuer_id), safe='')}/archive",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, FederationIssuer)

    async def create(
        self,
        *,
        issuer_url: str,
        name: str,
        check_jti: Optional[bool] = OMIT,
        jwks: Union[JWKSDiscoveryParam, JWKSExplicitURLParam, JWKSInlineParam, Mapping[str, Any]] = OMIT,
        max_jwt_lifetime_seconds: Optional[int] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> FederationIssuer:
        """Create a Federation Issuer

        Register an external OIDC identity provider for workload identity federation. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `POST /v1/organizations/federation_issuers`
        """
        req = Request(
            "POST",
            "/v1/organizations/federation_issuers",
            body={
                "check_jti": check_jti,
                "issuer_url": issuer_url,
                "jwks": jwks,
                "max_jwt_lifetime_seconds": max_jwt_lifetime_seconds,
                "name": name,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, FederationIssuer)

    async def list(
        self,
        *,
        include_archived: bool = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[FederationIssuer]:
        """List Federation Issuers

        List the federation issuers of the organization. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `GET /v1/organizations/federation_issuers`
        """
        req = Request(
            "GET",
            "/v1/organizations/federation_issuers",
            query={"include_archived": include_archived, "limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, FederationIssuer, "data", "page_cursor")

    async def retrieve(
        self,
        federation_issuer_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> FederationIssuer:
        """Get a Federation Issuer

        Get a federation issuer. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `GET /v1/organizations/federation_issuers/{federation_issuer_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/federation_issuers/{quote(str(federation_issuer_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, FederationIssuer)

    async def update(
        self,
        federation_issuer_id: str,
        *,
        check_jti: Optional[bool] = OMIT,
        issuer_url: Optional[str] = OMIT,
        jwks: Optional[Union[JWKSDiscoveryParam, JWKSExplicitURLParam, JWKSInlineParam, Mapping[str, Any]]] = OMIT,
        jwks_polling_disabled: Optional[bool] = OMIT,
        max_jwt_lifetime_seconds: Optional[int] = OMIT,
        name: Optional[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> FederationIssuer:
        """Update a Federation Issuer

        Update a federation issuer; fields left out keep their values. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `POST /v1/organizations/federation_issuers/{federation_issuer_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/federation_issuers/{quote(str(federation_issuer_id), safe='')}",
            body={
                "check_jti": check_jti,
                "issuer_url": issuer_url,
                "jwks": jwks,
                "jwks_polling_disabled": jwks_polling_disabled,
                "max_jwt_lifetime_seconds": max_jwt_lifetime_seconds,
                "name": name,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, FederationIssuer)


class AsyncOrganizationFederationIssuersWithRawResponse:
    """`client.organization.federation.issuers.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationFederationIssuers) -> None:
        self.archive = to_async_raw_response(resource.archive)
        self.create = to_async_raw_response(resource.create)
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.update = to_async_raw_response(resource.update)


class AsyncOrganizationFederationRulesWorkspaces:
    """`client.organization.federation.rules.workspaces`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationFederationRulesWorkspacesWithRawResponse:
        return AsyncOrganizationFederationRulesWorkspacesWithRawResponse(self)

    async def add(
        self,
        federation_rule_id: str,
        *,
        workspace_id: str,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> FederationRuleWorkspace:
        """Add a workspace to a Federation Rule

        Enable a federation rule for a workspace. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `POST /v1/organizations/federation_rules/{federation_rule_id}/workspaces`
        """
        req = Request(
            "POST",
            f"/v1/organizations/federation_rules/{quote(str(federation_rule_id), safe='')}/workspaces",
            body={
                "workspace_id": workspace_id,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, FederationRuleWorkspace)

    async def list(
        self,
        federation_rule_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[FederationRuleWorkspace]:
        """List Federation Rule workspaces

        List the workspaces a rule is explicitly enabled for, all in one page (`limit` and `page` have no effect). Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `GET /v1/organizations/federation_rules/{federation_rule_id}/workspaces`
        """
        req = Request(
            "GET",
            f"/v1/organizations/federation_rules/{quote(str(federation_rule_id), safe='')}/workspaces",
            query={"limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, FederationRuleWorkspace, "data", "page_cursor")

    async def remove(
        self,
        federation_rule_id: str,
        workspace_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> FederationRuleWorkspaceRemoveResponse:
        """Remove a workspace from a Federation Rule

        Disable a federation rule for a workspace; removing one that is not enabled also succeeds. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `DELETE /v1/organizations/federation_rules/{federation_rule_id}/workspaces/{workspace_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/federation_rules/{quote(str(federation_rule_id), safe='')}/workspaces/{quote(str(workspace_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, FederationRuleWorkspaceRemoveResponse)


class AsyncOrganizationFederationRulesWorkspacesWithRawResponse:
    """`client.organization.federation.rules.workspaces.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationFederationRulesWorkspaces) -> None:
        self.add = to_async_raw_response(resource.add)
        self.list = to_async_raw_response(resource.list)
        self.remove = to_async_raw_response(resource.remove)


class AsyncOrganizationFederationRules:
    """`client.organization.federation.rules`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.workspaces = AsyncOrganizationFederationRulesWorkspaces(client)

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationFederationRulesWithRawResponse:
        return AsyncOrganizationFederationRulesWithRawResponse(self)

    async def archive(
        self,
        federation_rule_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> FederationRule:
        """Archive a Federation Rule

        Archive a federation rule; it then rejects token exchange. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `POST /v1/organizations/federation_rules/{federation_rule_id}/archive`
        """
        req = Request(
            "POST",
            f"/v1/organizations/federation_rules/{quote(str(federation_rule_id), safe='')}/archive",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, FederationRule)

    async def create(
        self,
        *,
        issuer_id: str,
        match: Union[FederationRuleMatchParam, Mapping[str, Any]],
        name: str,
        oauth_scope: str,
        target: Union[ServiceAccountTargetParam, Mapping[str, Any]],
        applies_to_all_workspaces: bool = OMIT,
        attributes: Optional[Mapping[str, Any]] = OMIT,
        description: Optional[str] = OMIT,
        token_lifetime_seconds: int = OMIT,
        workspace_id: Optional[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> FederationRule:
        """Create a Federation Rule

        Create a rule that exchanges matching external JWTs for OAuth tokens of a service account. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `POST /v1/organizations/federation_rules`
        """
        req = Request(
            "POST",
            "/v1/organizations/federation_rules",
            body={
                "applies_to_all_workspaces": applies_to_all_workspaces,
                "attributes": attributes,
                "description": description,
                "issuer_id": issuer_id,
                "match": match,
                "name": name,
                "oauth_scope": oauth_scope,
                "target": target,
                "token_lifetime_seconds": token_lifetime_seconds,
                "workspace_id": workspace_id,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, FederationRule)

    async def list(
        self,
        *,
        include_archived: bool = OMIT,
        issuer_id: str = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[FederationRule]:
        """List Federation Rules

        List the federation rules of the organization. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `GET /v1/organizations/federation_rules`
        """
        req = Request(
            "GET",
            "/v1/organizations/federation_rules",
            query={"include_archived": include_archived, "issuer_id": issuer_id, "limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, FederationRule, "data", "page_cursor")

    async def retrieve(
        self,
        federation_rule_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> FederationRule:
        """Get a Federation Rule

        Get a federation rule. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `GET /v1/organizations/federation_rules/{federation_rule_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/federation_rules/{quote(str(federation_rule_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, FederationRule)

    async def update(
        self,
        federation_rule_id: str,
        *,
        applies_to_all_workspaces: Optional[bool] = OMIT,
        attributes: Optional[Mapping[str, Any]] = OMIT,
        description: Optional[str] = OMIT,
        match: Optional[Union[FederationRuleMatchParam, Mapping[str, Any]]] = OMIT,
        name: Optional[str] = OMIT,
        oauth_scope: Optional[str] = OMIT,
        target: Optional[Union[ServiceAccountTargetParam, Mapping[str, Any]]] = OMIT,
        token_lifetime_seconds: Optional[int] = OMIT,
        workspace_id: Optional[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> FederationRule:
        """Update a Federation Rule

        Update a federation rule; fields left out keep their values. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `POST /v1/organizations/federation_rules/{federation_rule_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/federation_rules/{quote(str(federation_rule_id), safe='')}",
            body={
                "applies_to_all_workspaces": applies_to_all_workspaces,
                "attributes": attributes,
                "description": description,
                "match": match,
                "name": name,
                "oauth_scope": oauth_scope,
                "target": target,
                "token_lifetime_seconds": token_lifetime_seconds,
                "workspace_id": workspace_id,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, FederationRule)


class AsyncOrganizationFederationRulesWithRawResponse:
    """`client.organization.federation.rules.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationFederationRules) -> None:
        self.archive = to_async_raw_response(resource.archive)
        self.create = to_async_raw_response(resource.create)
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.update = to_async_raw_response(resource.update)


class AsyncOrganizationFederation:
    """`client.organization.federation`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.issuers = AsyncOrganizationFederationIssuers(client)
        self.rules = AsyncOrganizationFederationRules(client)

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationFederationWithRawResponse:
        return AsyncOrganizationFederationWithRawResponse(self)


class AsyncOrganizationFederationWithRawResponse:
    """`client.organization.federation.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationFederation) -> None:
        self._resource = resource


class AsyncOrganizationInvites:
    """`client.organization.invites`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationInvitesWithRawResponse:
        return AsyncOrganizationInvitesWithRawResponse(self)

    async def create(
        self,
        *,
        email: str,
        role: Literal["billing", "claude_code_user", "developer", "managed", "user"],
        rbac_group_ids: Sequence[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> OrganizationInvite:
        """Create an Invite

        Invite a person to the organization by email. Where seats are finite, the Invite takes a free seat, and fails with 400 when none is free. Needs an Admin API key.

        `POST /v1/organizations/invites`
        """
        req = Request(
            "POST",
            "/v1/organizations/invites",
            body={
                "email": email,
                "rbac_group_ids": rbac_group_ids,
                "role": role,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, OrganizationInvite)

    async def delete(
        self,
        invite_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> InviteDeleteResponse:
        """Delete an Invite

        Delete a pending Invite. Needs an Admin API key.

        `DELETE /v1/organizations/invites/{invite_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/invites/{quote(str(invite_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, InviteDeleteResponse)

    async def list(
        self,
        *,
        before_id: str = OMIT,
        after_id: str = OMIT,
        limit: int = OMIT,
        email: str = OMIT,
        roles: Sequence[str] = OMIT,
        statuses: Sequence[Literal["accepted", "expired", "pending"]] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[OrganizationInvite]:
        """List Invites

        List the organization's Invites. Needs an Admin API key.

        `GET /v1/organizations/invites`
        """
        req = Request(
            "GET",
            "/v1/organizations/invites",
            query={
                "before_id": before_id,
                "after_id": after_id,
                "limit": limit,
                "email": email,
                "roles[]": roles,
                "statuses[]": statuses,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, OrganizationInvite, "data", "id_cursor")

    async def retrieve(
        self,
        invite_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> OrganizationInvite:
        """Get an Invite

        Get an Invite by ID. Needs an Admin API key.

        `GET /v1/organizations/invites/{invite_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/invites/{quote(str(invite_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, OrganizationInvite)


class AsyncOrganizationInvitesWithRawResponse:
    """`client.organization.invites.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationInvites) -> None:
        self.create = to_async_raw_response(resource.create)
        self.delete = to_async_raw_response(resource.delete)
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)


class AsyncOrganizationRateLimits:
    """`client.organization.rate_limits`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationRateLimitsWithRawResponse:
        return AsyncOrganizationRateLimitsWithRawResponse(self)

    async def list(
        self,
        *,
        group_type: Literal["batch", "files", "model_group", "skills", "token_count", "web_search"] = OMIT,
        limit: int = OMIT,
        model: str = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[OrganizationRateLimit]:
        """List Organization Rate Limits

        List the organization's Messages API rate limits, one entry per rate-limit group (a model family, or an API such as Message Batches or web search). Needs an Admin API key.

        `GET /v1/organizations/rate_limits`
        """
        req = Request(
            "GET",
            "/v1/organizations/rate_limits",
            query={"group_type": group_type, "limit": limit, "model": model, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, OrganizationRateLimit, "data", "page_cursor")


class AsyncOrganizationRateLimitsWithRawResponse:
    """`client.organization.rate_limits.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationRateLimits) -> None:
        self.list = to_async_raw_response(resource.list)


class AsyncOrganizationRbacGroupsMembers:
    """`client.organization.rbac_groups.members`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationRbacGroupsMembersWithRawResponse:
        return AsyncOrganizationRbacGroupsMembersWithRawResponse(self)

    async def add(
        self,
        rbac_group_id: str,
        *,
        user_id: str,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> RBACGroupMember:
        """Add an RBAC Group member

        Add a user to an RBAC Group, unless the group was provisioned through SCIM and the organization still uses SCIM provisioning.

        `POST /v1/organizations/rbac_groups/{rbac_group_id}/members`
        """
        req = Request(
            "POST",
            f"/v1/organizations/rbac_groups/{quote(str(rbac_group_id), safe='')}/members",
            body={
                "user_id": user_id,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, RBACGroupMember)

    async def list(
        self,
        rbac_group_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[RBACGroupMember]:
        """List RBAC Group members

        List the members of an RBAC Group.

        `GET /v1/organizations/rbac_groups/{rbac_group_id}/members`
        """
        req = Request(
            "GET",
            f"/v1/organizations/rbac_groups/{quote(str(rbac_group_id), safe='')}/members",
            query={"limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, RBACGroupMember, "data", "page_cursor")

    async def remove(
        self,
        rbac_group_id: str,
        user_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> DeletedRBACGroupMember:
        """Remove an RBAC Group member

        Remove a user from an RBAC Group, unless the group was provisioned through SCIM and the organization still uses SCIM provisioning.

        `DELETE /v1/organizations/rbac_groups/{rbac_group_id}/members/{user_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/rbac_groups/{quote(str(rbac_group_id), safe='')}/members/{quote(str(user_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, DeletedRBACGroupMember)


class AsyncOrganizationRbacGroupsMembersWithRawResponse:
    """`client.organization.rbac_groups.members.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationRbacGroupsMembers) -> None:
        self.add = to_async_raw_response(resource.add)
        self.list = to_async_raw_response(resource.list)
        self.remove = to_async_raw_response(resource.remove)


class AsyncOrganizationRbacGroups:
    """`client.organization.rbac_groups`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.members = AsyncOrganizationRbacGroupsMembers(client)

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationRbacGroupsWithRawResponse:
        return AsyncOrganizationRbacGroupsWithRawResponse(self)

    async def create(
        self,
        *,
        name: str,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> RBACGroup:
        """Create an RBAC Group

        Create an RBAC Group in the Claude Enterprise organization; groups created here have source type `direct`.

        `POST /v1/organizations/rbac_groups`
        """
        req = Request(
            "POST",
            "/v1/organizations/rbac_groups",
            body={
                "name": name,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, RBACGroup)

    async def delete(
        self,
        rbac_group_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> DeletedRBACGroup:
        """Delete an RBAC Group

        Delete an RBAC Group, unless it was provisioned through SCIM and the organization still uses SCIM provisioning.

        `DELETE /v1/organizations/rbac_groups/{rbac_group_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/rbac_groups/{quote(str(rbac_group_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, DeletedRBACGroup)

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
    ) -> AsyncPage[RBACGroup]:
        """List RBAC Groups

        List the RBAC Groups of the Claude Enterprise organization.

        `GET /v1/organizations/rbac_groups`
        """
        req = Request(
            "GET",
            "/v1/organizations/rbac_groups",
            query={"limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, RBACGroup, "data", "page_cursor")

    async def retrieve(
        self,
        rbac_group_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> RBACGroup:
        """Get an RBAC Group

        Get an RBAC Group by ID.

        `GET /v1/organizations/rbac_groups/{rbac_group_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/rbac_groups/{quote(str(rbac_group_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, RBACGroup)

    async def update(
        self,
        rbac_group_id: str,
        *,
        name: Optional[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> RBACGroup:
        """Update an RBAC Group

        Rename an RBAC Group, unless it was provisioned through SCIM and the organization still uses SCIM provisioning.

        `POST /v1/organizations/rbac_groups/{rbac_group_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/rbac_groups/{quote(str(rbac_group_id), safe='')}",
            body={
                "name": name,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, RBACGroup)


class AsyncOrganizationRbacGroupsWithRawResponse:
    """`client.organization.rbac_groups.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationRbacGroups) -> None:
        self.create = to_async_raw_response(resource.create)
        self.delete = to_async_raw_response(resource.delete)
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.update = to_async_raw_response(resource.update)


class AsyncOrganizationRbacRolesPermissions:
    """`client.organization.rbac_roles.permissions`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationRbacRolesPermissionsWithRawResponse:
        return AsyncOrganizationRbacRolesPermissionsWithRawResponse(self)

    async def list(
        self,
        rbac_role_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[RBACRolePermission]:
        """List RBAC Role permissions

        List the permissions an RBAC Role grants.

        `GET /v1/organizations/rbac_roles/{rbac_role_id}/permissions`
        """
        req = Request(
            "GET",
            f"/v1/organizations/rbac_roles/{quote(str(rbac_role_id), safe='')}/permissions",
            query={"limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, RBACRolePermission, "data", "page_cursor")


class AsyncOrganizationRbacRolesPermissionsWithRawResponse:
    """`client.organization.rbac_roles.permissions.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationRbacRolesPermissions) -> None:
        self.list = to_async_raw_response(resource.list)


class AsyncOrganizationRbacRoles:
    """`client.organization.rbac_roles`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.permissions = AsyncOrganizationRbacRolesPermissions(client)

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationRbacRolesWithRawResponse:
        return AsyncOrganizationRbacRolesWithRawResponse(self)

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
    ) -> AsyncPage[RBACRole]:
        """List RBAC Roles

        List the RBAC Roles of the Claude Enterprise organization.

        `GET /v1/organizations/rbac_roles`
        """
        req = Request(
            "GET",
            "/v1/organizations/rbac_roles",
            query={"limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, RBACRole, "data", "page_cursor")

    async def retrieve(
        self,
        rbac_role_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> RBACRole:
        """Get an RBAC Role

        Get an RBAC Role by ID.

        `GET /v1/organizations/rbac_roles/{rbac_role_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/rbac_roles/{quote(str(rbac_role_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, RBACRole)


class AsyncOrganizationRbacRolesWithRawResponse:
    """`client.organization.rbac_roles.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationRbacRoles) -> None:
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)


class AsyncOrganizationServiceAccountsWorkspaces:
    """`client.organization.service_accounts.workspaces`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationServiceAccountsWorkspacesWithRawResponse:
        return AsyncOrganizationServiceAccountsWorkspacesWithRawResponse(self)

    async def add(
        self,
        service_account_id: str,
        *,
        workspace_id: str,
        workspace_role: Literal[
            "workspace_admin", "workspace_developer", "workspace_restricted_developer", "workspace_user"
        ],
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ServiceAccountWorkspaceMember:
        """Add a Service Account to a Workspace

        Add a service account to a workspace with a role. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `POST /v1/organizations/service_accounts/{service_account_id}/workspaces`
        """
        req = Request(
            "POST",
            f"/v1/organizations/service_accounts/{quote(str(service_account_id), safe='')}/workspaces",
            body={
                "workspace_id": workspace_id,
                "workspace_role": workspace_role,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, ServiceAccountWorkspaceMember)

    async def list(
        self,
        service_account_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[ServiceAccountWorkspaceMember]:
        """List a Service Account's Workspaces

        List the workspaces a service account belongs to, including its implicit default-workspace membership. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `GET /v1/organizations/service_accounts/{service_account_id}/workspaces`
        """
        req = Request(
            "GET",
            f"/v1/organizations/service_accounts/{quote(str(service_account_id), safe='')}/workspaces",
            query={"limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, ServiceAccountWorkspaceMember, "data", "page_cursor")

    async def remove(
        self,
        service_account_id: str,
        workspace_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ServiceAccountWorkspaceRemoveResponse:
        """Remove a Service Account from a Workspace

        Remove a service account from a workspace; idempotent, and a no-op for the implicit default-workspace membership. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `DELETE /v1/organizations/service_accounts/{service_account_id}/workspaces/{workspace_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/service_accounts/{quote(str(service_account_id), safe='')}/workspaces/{quote(str(workspace_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, ServiceAccountWorkspaceRemoveResponse)


class AsyncOrganizationServiceAccountsWorkspacesWithRawResponse:
    """`client.organization.service_accounts.workspaces.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationServiceAccountsWorkspaces) -> None:
        self.add = to_async_raw_response(resource.add)
        self.list = to_async_raw_response(resource.list)
        self.remove = to_async_raw_response(resource.remove)


class AsyncOrganizationServiceAccounts:
    """`client.organization.service_accounts`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.workspaces = AsyncOrganizationServiceAccountsWorkspaces(client)

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationServiceAccountsWithRawResponse:
        return AsyncOrganizationServiceAccountsWithRawResponse(self)

    async def archive(
        self,
        service_account_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ServiceAccount:
        """Archive a Service Account

        Archive a service account. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `POST /v1/organizations/service_accounts/{service_account_id}/archive`
        """
        req = Request(
            "POST",
            f"/v1/organizations/service_accounts/{quote(str(service_account_id), safe='')}/archive",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, ServiceAccount)

    async def create(
        self,
        *,
        name: str,
        description: Optional[str] = OMIT,
        organization_role: Literal["admin", "developer"] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ServiceAccount:
        """Create a Service Account

        Create a service account in the organization. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `POST /v1/organizations/service_accounts`
        """
        req = Request(
            "POST",
            "/v1/organizations/service_accounts",
            body={
                "name": name,
                "description": description,
                "organization_role": organization_role,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, ServiceAccount)

    async def list(
        self,
        *,
        include_archived: bool = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[ServiceAccount]:
        """List Service Accounts

        List service accounts, newest first. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `GET /v1/organizations/service_accounts`
        """
        req = Request(
            "GET",
            "/v1/organizations/service_accounts",
            query={"include_archived": include_archived, "limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, ServiceAccount, "data", "page_cursor")

    async def retrieve(
        self,
        service_account_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ServiceAccount:
        """Get a Service Account

        Get a service account by ID. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `GET /v1/organizations/service_accounts/{service_account_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/service_accounts/{quote(str(service_account_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, ServiceAccount)

    async def update(
        self,
        service_account_id: str,
        *,
        description: Optional[str] = OMIT,
        organization_role: Optional[Literal["admin", "developer"]] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ServiceAccount:
        """Update a Service Account

        Change the description or organization role of a service account. Needs an OAuth access token with the `org:admin` scope; Admin API keys are not accepted.

        `POST /v1/organizations/service_accounts/{service_account_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/service_accounts/{quote(str(service_account_id), safe='')}",
            body={
                "description": description,
                "organization_role": organization_role,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, ServiceAccount)


class AsyncOrganizationServiceAccountsWithRawResponse:
    """`client.organization.service_accounts.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationServiceAccounts) -> None:
        self.archive = to_async_raw_response(resource.archive)
        self.create = to_async_raw_response(resource.create)
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.update = to_async_raw_response(resource.update)


class AsyncOrganizationSpendLimitsEffective:
    """`client.organization.spend_limits.effective`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationSpendLimitsEffectiveWithRawResponse:
        return AsyncOrganizationSpendLimitsEffectiveWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        period: Sequence[Literal["daily", "monthly", "weekly"]] = OMIT,
        user_ids: Sequence[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[SpendSummary]:
        """List Effective Spend Limits

        Report, per member and period, the spend limit in effect and the spend so far.

        `GET /v1/organizations/spend_limits/effective`
        """
        req = Request(
            "GET",
            "/v1/organizations/spend_limits/effective",
            query={"limit": limit, "page": page, "period[]": period, "user_ids[]": user_ids},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, SpendSummary, "data", "page_cursor")


class AsyncOrganizationSpendLimitsEffectiveWithRawResponse:
    """`client.organization.spend_limits.effective.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationSpendLimitsEffective) -> None:
        self.list = to_async_raw_response(resource.list)


class AsyncOrganizationSpendLimitsIncreaseRequests:
    """`client.organization.spend_limits.increase_requests`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationSpendLimitsIncreaseRequestsWithRawResponse:
        return AsyncOrganizationSpendLimitsIncreaseRequestsWithRawResponse(self)

    async def approve(
        self,
        spend_limit_increase_request_id: str,
        *,
        amount: str,
        period: Optional[Literal["daily", "monthly", "weekly"]] = OMIT,
        suppress_notification: bool = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> IncreaseRequestApproveResponse:
        """Approve a Spend Limit Increase Request

        Approve a pending request: write a per-member spend limit of `amount` and email the requester unless suppressed.

        `POST /v1/organizations/spend_limit_increase_requests/{spend_limit_increase_request_id}/approve`
        """
        req = Request(
            "POST",
            f"/v1/organizations/spend_limit_increase_requests/{quote(str(spend_limit_increase_request_id), safe='')}/approve",
            body={
                "amount": amount,
                "period": period,
                "suppress_notification": suppress_notification,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, IncreaseRequestApproveResponse)

    async def deny(
        self,
        spend_limit_increase_request_id: str,
        *,
        suppress_notification: bool = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SpendLimitIncreaseRequest:
        """Deny a Spend Limit Increase Request

        Deny a pending request and email the requester unless suppressed.

        `POST /v1/organizations/spend_limit_increase_requests/{spend_limit_increase_request_id}/deny`
        """
        req = Request(
            "POST",
            f"/v1/organizations/spend_limit_increase_requests/{quote(str(spend_limit_increase_request_id), safe='')}/deny",
            body={
                "suppress_notification": suppress_notification,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, SpendLimitIncreaseRequest)

    async def list(
        self,
        *,
        actor_ids: Sequence[str] = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        status: Sequence[Literal["approved", "denied", "pending"]] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[SpendLimitIncreaseRequest]:
        """List Spend Limit Increase Requests

        List the requests members made for a higher spend limit.

        `GET /v1/organizations/spend_limit_increase_requests`
        """
        req = Request(
            "GET",
            "/v1/organizations/spend_limit_increase_requests",
            query={"actor_ids[]": actor_ids, "limit": limit, "page": page, "status[]": status},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, SpendLimitIncreaseRequest, "data", "page_cursor")

    async def retrieve(
        self,
        spend_limit_increase_request_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SpendLimitIncreaseRequest:
        """Get a Spend Limit Increase Request

        Get a spend limit increase request by ID.

        `GET /v1/organizations/spend_limit_increase_requests/{spend_limit_increase_request_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/spend_limit_increase_requests/{quote(str(spend_limit_increase_request_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, SpendLimitIncreaseRequest)


class AsyncOrganizationSpendLimitsIncreaseRequestsWithRawResponse:
    """`client.organization.spend_limits.increase_requests.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationSpendLimitsIncreaseRequests) -> None:
        self.approve = to_async_raw_response(resource.approve)
        self.deny = to_async_raw_response(resource.deny)
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)


class AsyncOrganizationSpendLimits:
    """`client.organization.spend_limits`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.effective = AsyncOrganizationSpendLimitsEffective(client)
        self.increase_requests = AsyncOrganizationSpendLimitsIncreaseRequests(client)

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationSpendLimitsWithRawResponse:
        return AsyncOrganizationSpendLimitsWithRawResponse(self)


class AsyncOrganizationSpendLimitsWithRawResponse:
    """`client.organization.spend_limits.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationSpendLimits) -> None:
        self._resource = resource


class AsyncOrganizationUsageReport:
    """`client.organization.usage_report`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationUsageReportWithRawResponse:
        return AsyncOrganizationUsageReportWithRawResponse(self)

    async def claude_code(
        self,
        *,
        starting_at: str,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[ClaudeCodeUsageReportRecord]:
        """Get Claude Code Usage Report

        Report one UTC day of Claude Code usage per actor: sessions, lines of code, commits, pull requests, tool accept and reject counts, and tokens and estimated cost per model.

        `GET /v1/organizations/usage_report/claude_code`
        """
        req = Request(
            "GET",
            "/v1/organizations/usage_report/claude_code",
            query={"starting_at": starting_at, "limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, ClaudeCodeUsageReportRecord, "data", "page_cursor")

    async def messages(
        self,
        *,
        starting_at: str,
        ending_at: str = OMIT,
        bucket_width: Literal["1d", "1h", "1m"] = OMIT,
        group_by: Sequence[
            Literal[
                "account_id",
                "api_key_id",
                "context_window",
                "inference_geo",
                "model",
                "service_account_id",
                "service_tier",
                "speed",
                "workspace_id",
            ]
        ] = OMIT,
        account_ids: Sequence[str] = OMIT,
        api_key_ids: Sequence[str] = OMIT,
        service_account_ids: Sequence[str] = OMIT,
        workspace_ids: Sequence[str] = OMIT,
        models: Sequence[str] = OMIT,
        service_tiers: Sequence[
            Literal["batch", "flex", "flex_discount", "priority", "priority_on_demand", "standard"]
        ] = OMIT,
        context_window: Sequence[Literal["0-200k", "200k-1M"]] = OMIT,
        inference_geos: Sequence[Literal["global", "not_available", "us"]] = OMIT,
        speeds: Sequence[Literal["fast", "standard"]] = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[UsageReportMessagesTimeBucket]:
        """Get Messages Usage Report

        Report the organization's Messages API token usage in time buckets, optionally filtered and split by API key, workspace, model, service tier and other dimensions (legacy; the docs point new integrations to the analytics usage endpoint).

        `GET /v1/organizations/usage_report/messages`
        """
        req = Request(
            "GET",
            "/v1/organizations/usage_report/messages",
            query={
                "starting_at": starting_at,
                "ending_at": ending_at,
                "bucket_width": bucket_width,
                "group_by[]": group_by,
                "account_ids[]": account_ids,
                "api_key_ids[]": api_key_ids,
                "service_account_ids[]": service_account_ids,
                "workspace_ids[]": workspace_ids,
                "models[]": models,
                "service_tiers[]": service_tiers,
                "context_window[]": context_window,
                "inference_geos[]": inference_geos,
                "speeds[]": speeds,
                "limit": limit,
                "page": page,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, UsageReportMessagesTimeBucket, "data", "page_cursor")


class AsyncOrganizationUsageReportWithRawResponse:
    """`client.organization.usage_report.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationUsageReport) -> None:
        self.claude_code = to_async_raw_response(resource.claude_code)
        self.messages = to_async_raw_response(resource.messages)


class AsyncOrganizationUsers:
    """`client.organization.users`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationUsersWithRawResponse:
        return AsyncOrganizationUsersWithRawResponse(self)

    async def list(
        self,
        *,
        before_id: str = OMIT,
        after_id: str = OMIT,
        limit: int = OMIT,
        email: str = OMIT,
        roles: Sequence[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[OrganizationUser]:
        """List Users

        List the organization's members. Needs an Admin API key.

        `GET /v1/organizations/users`
        """
        req = Request(
            "GET",
            "/v1/organizations/users",
            query={"before_id": before_id, "after_id": after_id, "limit": limit, "email": email, "roles[]": roles},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, OrganizationUser, "data", "id_cursor")

    async def remove(
        self,
        user_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> UserRemoveResponse:
        """Remove a User

        Remove a member from the organization. Needs an Admin API key.

        `DELETE /v1/organizations/users/{user_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/users/{quote(str(user_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, UserRemoveResponse)

    async def retrieve(
        self,
        user_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> OrganizationUser:
        """Get a User

        Get a member of the organization by User ID. Needs an Admin API key.

        `GET /v1/organizations/users/{user_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/users/{quote(str(user_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, OrganizationUser)

    async def update(
        self,
        user_id: str,
        *,
        role: Literal["billing", "claude_code_user", "developer", "managed", "user"],
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> OrganizationUser:
        """Update a User

        Change a member's organization role. Needs an Admin API key.

        `POST /v1/organizations/users/{user_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/users/{quote(str(user_id), safe='')}",
            body={
                "role": role,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, OrganizationUser)


class AsyncOrganizationUsersWithRawResponse:
    """`client.organization.users.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationUsers) -> None:
        self.list = to_async_raw_response(resource.list)
        self.remove = to_async_raw_response(resource.remove)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.update = to_async_raw_response(resource.update)


class AsyncOrganizationWorkspacesMembers:
    """`client.organization.workspaces.members`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationWorkspacesMembersWithRawResponse:
        return AsyncOrganizationWorkspacesMembersWithRawResponse(self)

    async def add(
        self,
        workspace_id: str,
        *,
        user_id: str,
        workspace_role: Literal[
            "workspace_admin", "workspace_developer", "workspace_restricted_developer", "workspace_user"
        ],
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> WorkspaceMember:
        """Add a Workspace Member

        Add an organization member to a Workspace with a role other than `workspace_billing`. Needs an Admin API key.

        `POST /v1/organizations/workspaces/{workspace_id}/members`
        """
        req = Request(
            "POST",
            f"/v1/organizations/workspaces/{quote(str(workspace_id), safe='')}/members",
            body={
                "user_id": user_id,
                "workspace_role": workspace_role,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, WorkspaceMember)

    async def list(
        self,
        workspace_id: str,
        *,
        before_id: str = OMIT,
        after_id: str = OMIT,
        limit: int = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[WorkspaceMember]:
        """List Workspace Members

        List a Workspace's members. Needs an Admin API key.

        `GET /v1/organizations/workspaces/{workspace_id}/members`
        """
        req = Request(
            "GET",
            f"/v1/organizations/workspaces/{quote(str(workspace_id), safe='')}/members",
            query={"before_id": before_id, "after_id": after_id, "limit": limit},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, WorkspaceMember, "data", "id_cursor")

    async def remove(
        self,
        workspace_id: str,
        user_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> MemberRemoveResponse:
        """Remove a Workspace Member

        Remove a User from a Workspace. Needs an Admin API key.

        `DELETE /v1/organizations/workspaces/{workspace_id}/members/{user_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/workspaces/{quote(str(workspace_id), safe='')}/members/{quote(str(user_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, MemberRemoveResponse)

    async def retrieve(
        self,
        workspace_id: str,
        user_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> WorkspaceMember:
        """Get a Workspace Member

        Get a User's membership in a Workspace. Needs an Admin API key.

        `GET /v1/organizations/workspaces/{workspace_id}/members/{user_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/workspaces/{quote(str(workspace_id), safe='')}/members/{quote(str(user_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, WorkspaceMember)

    async def update(
        self,
        workspace_id: str,
        user_id: str,
        *,
        workspace_role: Literal[
            "workspace_admin",
            "workspace_billing",
            "workspace_developer",
            "workspace_restricted_developer",
            "workspace_user",
        ],
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> WorkspaceMember:
        """Update a Workspace Member

        Change a member's Workspace role. Needs an Admin API key.

        `POST /v1/organizations/workspaces/{workspace_id}/members/{user_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/workspaces/{quote(str(workspace_id), safe='')}/members/{quote(str(user_id), safe='')}",
            body={
                "workspace_role": workspace_role,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, WorkspaceMember)


class AsyncOrganizationWorkspacesMembersWithRawResponse:
    """`client.organization.workspaces.members.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationWorkspacesMembers) -> None:
        self.add = to_async_raw_response(resource.add)
        self.list = to_async_raw_response(resource.list)
        self.remove = to_async_raw_response(resource.remove)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.update = to_async_raw_response(resource.update)


class AsyncOrganizationWorkspacesRateLimits:
    """`client.organization.workspaces.rate_limits`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationWorkspacesRateLimitsWithRawResponse:
        return AsyncOrganizationWorkspacesRateLimitsWithRawResponse(self)

    async def list(
        self,
        workspace_id: str,
        *,
        group_type: Literal["batch", "files", "model_group", "skills", "token_count", "web_search"] = OMIT,
        include_inherited: bool = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[WorkspaceRateLimit]:
        """List Workspace Rate Limits

        List a Workspace's rate-limit overrides by group; with `include_inherited` also the organization values it inherits, each marked by `source`. Needs an Admin API key.

        `GET /v1/organizations/workspaces/{workspace_id}/rate_limits`
        """
        req = Request(
            "GET",
            f"/v1/organizations/workspaces/{quote(str(workspace_id), safe='')}/rate_limits",
            query={"group_type": group_type, "include_inherited": include_inherited, "limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, WorkspaceRateLimit, "data", "page_cursor")

    async def update(
        self,
        workspace_id: str,
        rate_limit_id: str,
        *,
        limits: Sequence[Union[WorkspaceRateLimitUpdateValueParam, Mapping[str, Any]]],
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> WorkspaceRateLimit:
        """Set Workspace Rate Limits

        Set (an integer) or clear (null) a Workspace's overrides for one rate-limit group; limiter types not listed keep their value. The lower of the override and the organization limit applies, within about an hour. Needs an Admin API key.

        `POST /v1/organizations/workspaces/{workspace_id}/rate_limits/{rate_limit_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/workspaces/{quote(str(workspace_id), safe='')}/rate_limits/{quote(str(rate_limit_id), safe='')}",
            body={
                "limits": limits,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, WorkspaceRateLimit)


class AsyncOrganizationWorkspacesRateLimitsWithRawResponse:
    """`client.organization.workspaces.rate_limits.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationWorkspacesRateLimits) -> None:
        self.list = to_async_raw_response(resource.list)
        self.update = to_async_raw_response(resource.update)


class AsyncOrganizationWorkspacesServiceAccounts:
    """`client.organization.workspaces.service_accounts`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationWorkspacesServiceAccountsWithRawResponse:
        return AsyncOrganizationWorkspacesServiceAccountsWithRawResponse(self)

    async def add(
        self,
        workspace_id: str,
        *,
        service_account_id: str,
        workspace_role: Literal[
            "workspace_admin", "workspace_developer", "workspace_restricted_developer", "workspace_user"
        ],
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ServiceAccountWorkspaceMember:
        """Add a Workspace Service Account

        Add a Service Account to a Workspace with a role, replacing the role of an existing explicit membership; archived Workspaces give 400. Needs an OAuth access token with the `org:admin` scope (from `ant auth login --scope org:admin` or a workload identity federation rule); Admin API keys are not accepted.

        `POST /v1/organizations/workspaces/{workspace_id}/service_accounts`
        """
        req = Request(
            "POST",
            f"/v1/organizations/workspaces/{quote(str(workspace_id), safe='')}/service_accounts",
            body={
                "service_account_id": service_account_id,
                "workspace_role": workspace_role,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, ServiceAccountWorkspaceMember)

    async def list(
        self,
        workspace_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[ServiceAccountWorkspaceMember]:
        """List Workspace Service Accounts

        List the Service Accounts that are explicit members of a Workspace (not the implicit default-Workspace memberships, nor archived Service Accounts); an archived Workspace gives 400. Needs an OAuth access token with the `org:admin` scope (from `ant auth login --scope org:admin` or a workload identity federation rule); Admin API keys are not accepted.

        `GET /v1/organizations/workspaces/{workspace_id}/service_accounts`
        """
        req = Request(
            "GET",
            f"/v1/organizations/workspaces/{quote(str(workspace_id), safe='')}/service_accounts",
            query={"limit": limit, "page": page},
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, ServiceAccountWorkspaceMember, "data", "page_cursor")

    async def remove(
        self,
        workspace_id: str,
        service_account_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ServiceAccountRemoveResponse:
        """Remove a Workspace Service Account

        Remove a Service Account from a Workspace. Idempotent: removing an absent or implicit membership also returns 200, and removing an explicit default-Workspace membership reverts it to the implicit one. Needs an OAuth access token with the `org:admin` scope (from `ant auth login --scope org:admin` or a workload identity federation rule); Admin API keys are not accepted.

        `DELETE /v1/organizations/workspaces/{workspace_id}/service_accounts/{service_account_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/workspaces/{quote(str(workspace_id), safe='')}/service_accounts/{quote(str(service_account_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, ServiceAccountRemoveResponse)

    async def retrieve(
        self,
        workspace_id: str,
        service_account_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ServiceAccountWorkspaceMember:
        """Get a Workspace Service Account

        Get a Service Account's membership in a Workspace, including the implicit one in the default Workspace; an archived Service Account gives 404 and an archived Workspace 400. Needs an OAuth access token with the `org:admin` scope (from `ant auth login --scope org:admin` or a workload identity federation rule); Admin API keys are not accepted.

        `GET /v1/organizations/workspaces/{workspace_id}/service_accounts/{service_account_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/workspaces/{quote(str(workspace_id), safe='')}/service_accounts/{quote(str(service_account_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, ServiceAccountWorkspaceMember)

    async def update(
        self,
        workspace_id: str,
        service_account_id: str,
        *,
        workspace_role: Literal[
            "workspace_admin", "workspace_developer", "workspace_restricted_developer", "workspace_user"
        ],
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> ServiceAccountWorkspaceMember:
        """Update a Workspace Service Account

        Change a Service Account's role in a Workspace; only explicit memberships can be updated. Needs an OAuth access token with the `org:admin` scope (from `ant auth login --scope org:admin` or a workload identity federation rule); Admin API keys are not accepted.

        `POST /v1/organizations/workspaces/{workspace_id}/service_accounts/{service_account_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/workspaces/{quote(str(workspace_id), safe='')}/service_accounts/{quote(str(service_account_id), safe='')}",
            body={
                "workspace_role": workspace_role,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, ServiceAccountWorkspaceMember)


class AsyncOrganizationWorkspacesServiceAccountsWithRawResponse:
    """`client.organization.workspaces.service_accounts.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationWorkspacesServiceAccounts) -> None:
        self.add = to_async_raw_response(resource.add)
        self.list = to_async_raw_response(resource.list)
        self.remove = to_async_raw_response(resource.remove)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.update = to_async_raw_response(resource.update)


class AsyncOrganizationWorkspaces:
    """`client.organization.workspaces`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.members = AsyncOrganizationWorkspacesMembers(client)
        self.rate_limits = AsyncOrganizationWorkspacesRateLimits(client)
        self.service_accounts = AsyncOrganizationWorkspacesServiceAccounts(client)

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationWorkspacesWithRawResponse:
        return AsyncOrganizationWorkspacesWithRawResponse(self)

    async def archive(
        self,
        workspace_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> Workspace:
        """Archive a Workspace

        Archive a Workspace. Needs an Admin API key.

        `POST /v1/organizations/workspaces/{workspace_id}/archive`
        """
        req = Request(
            "POST",
            f"/v1/organizations/workspaces/{quote(str(workspace_id), safe='')}/archive",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, Workspace)

    async def create(
        self,
        *,
        name: str,
        data_residency: Optional[Union[DataResidencyCreateConfigParam, Mapping[str, Any]]] = OMIT,
        display_color: Optional[str] = OMIT,
        external_key_id: Optional[str] = OMIT,
        tags: Optional[Mapping[str, Any]] = OMIT,
        user_profile_id: Optional[str] = OMIT,
        inference_data_privacy: Union[BetaInferenceDataPrivacyCreateParam, Mapping[str, Any]] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> Workspace:
        """Create a Workspace

        Create a Workspace. Needs an Admin API key.

        `POST /v1/organizations/workspaces`
        """
        req = Request(
            "POST",
            "/v1/organizations/workspaces",
            body={
                "data_residency": data_residency,
                "display_color": display_color,
                "external_key_id": external_key_id,
                "name": name,
                "tags": tags,
                "user_profile_id": user_profile_id,
                "inference_data_privacy": inference_data_privacy,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, Workspace)

    async def list(
        self,
        *,
        before_id: str = OMIT,
        after_id: str = OMIT,
        limit: int = OMIT,
        ids: Sequence[str] = OMIT,
        include_archived: bool = OMIT,
        include_default: bool = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[Workspace]:
        """List Workspaces

        List the organization's Workspaces. Needs an Admin API key.

        `GET /v1/organizations/workspaces`
        """
        req = Request(
            "GET",
            "/v1/organizations/workspaces",
            query={
                "before_id": before_id,
                "after_id": after_id,
                "limit": limit,
                "ids[]": ids,
                "include_archived": include_archived,
                "include_default": include_default,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, Workspace, "data", "id_cursor")

    async def retrieve(
        self,
        workspace_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> Workspace:
        """Get a Workspace

        Get a Workspace by ID. Needs an Admin API key.

        `GET /v1/organizations/workspaces/{workspace_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/workspaces/{quote(str(workspace_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, Workspace)

    async def update(
        self,
        workspace_id: str,
        *,
        data_residency: Optional[Union[DataResidencyUpdateConfigParam, Mapping[str, Any]]] = OMIT,
        display_color: str = OMIT,
        external_key_id: str = OMIT,
        name: str = OMIT,
        tags: Optional[Mapping[str, Any]] = OMIT,
        user_profile_id: str = OMIT,
        inference_data_privacy: Union[BetaInferenceDataPrivacyUpdateParam, Mapping[str, Any]] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> Workspace:
        """Update a Workspace

        Change a Workspace's name, color, tags, data residency, encryption key or user profile. Needs an Admin API key.

        `POST /v1/organizations/workspaces/{workspace_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/workspaces/{quote(str(workspace_id), safe='')}",
            body={
                "data_residency": data_residency,
                "display_color": display_color,
                "external_key_id": external_key_id,
                "name": name,
                "tags": tags,
                "user_profile_id": user_profile_id,
                "inference_data_privacy": inference_data_privacy,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, Workspace)


class AsyncOrganizationWorkspacesWithRawResponse:
    """`client.organization.workspaces.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganizationWorkspaces) -> None:
        self.archive = to_async_raw_response(resource.archive)
        self.create = to_async_raw_response(resource.create)
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.update = to_async_raw_response(resource.update)


class AsyncOrganization:
    """`client.organization`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.analytics = AsyncOrganizationAnalytics(client)
        self.api_keys = AsyncOrganizationApiKeys(client)
        self.compliance_settings = AsyncOrganizationComplianceSettingsResource(client)
        self.cost_report = AsyncOrganizationCostReport(client)
        self.external_keys = AsyncOrganizationExternalKeys(client)
        self.federation = AsyncOrganizationFederation(client)
        self.invites = AsyncOrganizationInvites(client)
        self.rate_limits = AsyncOrganizationRateLimits(client)
        self.rbac_groups = AsyncOrganizationRbacGroups(client)
        self.rbac_roles = AsyncOrganizationRbacRoles(client)
        self.service_accounts = AsyncOrganizationServiceAccounts(client)
        self.spend_limits = AsyncOrganizationSpendLimits(client)
        self.usage_report = AsyncOrganizationUsageReport(client)
        self.users = AsyncOrganizationUsers(client)
        self.workspaces = AsyncOrganizationWorkspaces(client)

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationWithRawResponse:
        return AsyncOrganizationWithRawResponse(self)

    async def retrieve(
        self,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> OrganizationInfo:
        """Get the Organization

        Get the organization the credential belongs to. Needs an Admin API key.

        `GET /v1/organizations/me`
        """
        req = Request(
            "GET",
            "/v1/organizations/me",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, OrganizationInfo)


class AsyncOrganizationWithRawResponse:
    """`client.organization.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncOrganization) -> None:
        self.retrieve = to_async_raw_response(resource.retrieve)
