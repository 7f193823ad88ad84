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
    AsyncStream,
    BinaryResponse,
    EventSchema,
    FileContent,
    Omit,
    Request,
    Stream,
    SyncClientBase,
    SyncPage,
    UnknownEvent,
    to_async_raw_response,
    to_raw_response,
)
from ..types import (
    BetaAnalyticsCostItem,
    BetaAnalyticsCostReportTimeBucket,
    BetaAnalyticsCostUsersItem,
    BetaAnalyticsUsageItem,
    BetaAnalyticsUsageReportTimeBucket,
    BetaAnalyticsUsageUsersItem,
    BetaAWSExternalStorageConfigParam,
    BetaClaudeCodeManagedSettingsConfiguration,
    BetaClaudeCodeManagedSettingsOrganizationModeParam,
    BetaClaudeCodeManagedSettingsRBACGroupsModeParam,
    BetaClaudeCodeRBACGroupDefaultManagedSettings,
    BetaClaudeCodeRBACGroupManagedSettings,
    BetaClaudeCodeRBACGroupManagedSettingsSummary,
    BetaClaudeTagBundle,
    BetaClaudeTagDeletedBundleTarget,
    BetaClaudeTagDeletedSlackChannel,
    BetaClaudeTagSettingsCreateParam,
    BetaClaudeTagSettingsUpdateParam,
    BetaClaudeTagSlackChannel,
    BetaClaudeTagSlackChannelBundleTarget,
    BetaClaudeTagSlackChannelIdentifiersParam,
    BetaClaudeTagSlackWorkspace,
    BetaClaudeTagSlackWorkspaceBundleTarget,
    BetaCloudConfigParams,
    BetaDeletedClaudeCodeRBACGroupManagedSettings,
    BetaDeletedExternalStorage,
    BetaDeletedOrganizationWebhookEndpoint,
    BetaDeletedPlugin,
    BetaDeletedPluginInstallationSetting,
    BetaDeletedTelemetryDestination,
    BetaDeletedTelemetryDestinationWorkspace,
    BetaDream,
    BetaDreamMemoryStoreInputParam,
    BetaDreamModelConfigParam,
    BetaDreamSessionsInputParam,
    BetaEnvironment,
    BetaEnvironmentDeleteResponse,
    BetaExternalStorage,
    BetaGCPExternalStorageConfigParam,
    BetaManagedAgentsAgent,
    BetaManagedAgentsAgentCustomToolUseEvent,
    BetaManagedAgentsAgentMCPToolResultEvent,
    BetaManagedAgentsAgentMCPToolUseEvent,
    BetaManagedAgentsAgentMessageEvent,
    BetaManagedAgentsAgentParams,
    BetaManagedAgentsAgentThinkingEvent,
    BetaManagedAgentsAgentThreadContextCompactedEvent,
    BetaManagedAgentsAgentThreadMessageReceivedEvent,
    BetaManagedAgentsAgentThreadMessageSentEvent,
    BetaManagedAgentsAgentToolResultEvent,
    BetaManagedAgentsAgentToolset20260401Params,
    BetaManagedAgentsAgentToolUseEvent,
    BetaManagedAgentsAgentWithOverridesParams,
    BetaManagedAgentsAnthropicSkillParams,
    BetaManagedAgentsAWSRoleExecutionIdentityParams,
    BetaManagedAgentsBudgetLimitParam,
    BetaManagedAgentsCredential,
    BetaManagedAgentsCredentialValidation,
    BetaManagedAgentsCustomSkillParams,
    BetaManagedAgentsCustomToolParams,
    BetaManagedAgentsDeletedCredential,
    BetaManagedAgentsDeletedMemory,
    BetaManagedAgentsDeletedMemoryStore,
    BetaManagedAgentsDeletedSession,
    BetaManagedAgentsDeletedVault,
    BetaManagedAgentsDeleteSessionResource,
    BetaManagedAgentsDeltaEvent,
    BetaManagedAgentsDeployment,
    BetaManagedAgentsDeploymentRun,
    BetaManagedAgentsEnvironmentVariableCreateParams,
    BetaManagedAgentsEnvironmentVariableUpdateParams,
    BetaManagedAgentsFileResource,
    BetaManagedAgentsFileResourceParams,
    BetaManagedAgentsGitHubRepositoryResource,
    BetaManagedAgentsGitHubRepositoryResourceParams,
    BetaManagedAgentsMCPOAuthCreateParams,
    BetaManagedAgentsMCPOAuthUpdateParams,
    BetaManagedAgentsMCPToolsetParams,
    BetaManagedAgentsMemory,
    BetaManagedAgentsMemoryPrefix,
    BetaManagedAgentsMemoryStore,
    BetaManagedAgentsMemoryStoreResource,
    BetaManagedAgentsMemoryStoreResourceParam,
    BetaManagedAgentsMemoryVersion,
    BetaManagedAgentsModelConfigParams,
    BetaManagedAgentsMultiagent20261001Params,
    BetaManagedAgentsMultiagentCoordinatorParams,
    BetaManagedAgentsPreconditionParam,
    BetaManagedAgentsScheduleParams,
    BetaManagedAgentsSendSessionEvents,
    BetaManagedAgentsServiceAccountExecutionIdentityParams,
    BetaManagedAgentsSession,
    BetaManagedAgentsSessionAgentUpdateParam,
    BetaManagedAgentsSessionDeletedEvent,
    BetaManagedAgentsSessionErrorEvent,
    BetaManagedAgentsSessionStatusIdleEvent,
    BetaManagedAgentsSessionStatusRescheduledEvent,
    BetaManagedAgentsSessionStatusRunningEvent,
    BetaManagedAgentsSessionStatusTerminatedEvent,
    BetaManagedAgentsSessionThread,
    BetaManagedAgentsSessionThreadCreatedEvent,
    BetaManagedAgentsSessionThreadStatusIdleEvent,
    BetaManagedAgentsSessionThreadStatusRescheduledEvent,
    BetaManagedAgentsSessionThreadStatusRunningEvent,
    BetaManagedAgentsSessionThreadStatusTerminatedEvent,
    BetaManagedAgentsSessionUpdatedEvent,
    BetaManagedAgentsSessionUsageEvent,
    BetaManagedAgentsSpanModelRequestEndEvent,
    BetaManagedAgentsSpanModelRequestStartEvent,
    BetaManagedAgentsSpanOutcomeEvaluationEndEvent,
    BetaManagedAgentsSpanOutcomeEvaluationOngoingEvent,
    BetaManagedAgentsSpanOutcomeEvaluationStartEvent,
    BetaManagedAgentsStartEvent,
    BetaManagedAgentsStaticBearerCreateParams,
    BetaManagedAgentsStaticBearerUpdateParams,
    BetaManagedAgentsStreamSessionEvents,
    BetaManagedAgentsStreamSessionThreadEvents,
    BetaManagedAgentsSystemMessageEvent,
    BetaManagedAgentsSystemMessageEventParams,
    BetaManagedAgentsURLMCPServerParams,
    BetaManagedAgentsUserCustomToolResultEvent,
    BetaManagedAgentsUserCustomToolResultEventParams,
    BetaManagedAgentsUserDefineOutcomeEvent,
    BetaManagedAgentsUserDefineOutcomeEventParams,
    BetaManagedAgentsUserInterruptEvent,
    BetaManagedAgentsUserInterruptEventParams,
    BetaManagedAgentsUserMessageEvent,
    BetaManagedAgentsUserMessageEventParams,
    BetaManagedAgentsUserToolConfirmationEvent,
    BetaManagedAgentsUserToolConfirmationEventParams,
    BetaManagedAgentsUserToolResultEvent,
    BetaManagedAgentsUserToolResultEventParams,
    BetaManagedAgentsVault,
    BetaManagedAgentsWorkflowRunCreatedEvent,
    BetaManagedAgentsWorkflowRunErrorEvent,
    BetaManagedAgentsWorkflowRunPhaseEndedEvent,
    BetaManagedAgentsWorkflowRunPhaseStartedEvent,
    BetaManagedAgentsWorkflowRunStatusEndedEvent,
    BetaManagedAgentsWorkflowRunStatusIdleEvent,
    BetaManagedAgentsWorkflowRunStatusRunningEvent,
    BetaNewOrganizationWebhookEndpoint,
    BetaOrganizationWebhookEndpoint,
    BetaOrganizationWebhookEndpointSigningSecret,
    BetaOutputBehaviorCreateNewParam,
    BetaOutputBehaviorUpdateExistingParam,
    BetaPlugin,
    BetaPluginInstallationSetting,
    BetaPluginMarketplace,
    BetaPluginMarketplaceValidationReport,
    BetaPluginShare,
    BetaPluginVersion,
    BetaSelfHostedConfigParams,
    BetaSelfHostedWork,
    BetaSelfHostedWorkHeartbeatResponse,
    BetaSelfHostedWorkQueueStats,
    BetaTelemetryDestination,
    BetaTelemetryDestinationStateDisabledParams,
    BetaTelemetryDestinationStateEnabledParams,
    BetaTelemetryDestinationTestResponse,
    BetaTelemetryDestinationTracesParams,
    BetaTelemetryDestinationWorkspace,
    BetaTelemetryDestinationWorkspacesAllParams,
    BetaTelemetryDestinationWorkspacesExcludeParams,
    BetaTelemetryDestinationWorkspacesIncludeParams,
    BetaTunnel,
    BetaTunnelCertificate,
    BetaTunnelToken,
    BetaUserProfileEnrollmentURL,
    OrganizationUser,
    SpendLimit,
    SpendLimitDeleteResponse,
    SpendLimitOrganizationScopeParam,
    SpendLimitUserScopeParam,
    SpendLimitWorkspaceScopeParam,
)

__all__ = [
    "AsyncBeta",
    "AsyncBetaAgents",
    "AsyncBetaAgentsVersions",
    "AsyncBetaAgentsVersionsWithRawResponse",
    "AsyncBetaAgentsWithRawResponse",
    "AsyncBetaDeploymentRuns",
    "AsyncBetaDeploymentRunsWithRawResponse",
    "AsyncBetaDeployments",
    "AsyncBetaDeploymentsWithRawResponse",
    "AsyncBetaDreams",
    "AsyncBetaDreamsWithRawResponse",
    "AsyncBetaEnvironments",
    "AsyncBetaEnvironmentsWithRawResponse",
    "AsyncBetaEnvironmentsWork",
    "AsyncBetaEnvironmentsWorkWithRawResponse",
    "AsyncBetaMemoryStores",
    "AsyncBetaMemoryStoresMemories",
    "AsyncBetaMemoryStoresMemoriesWithRawResponse",
    "AsyncBetaMemoryStoresMemoryVersions",
    "AsyncBetaMemoryStoresMemoryVersionsWithRawResponse",
    "AsyncBetaMemoryStoresWithRawResponse",
    "AsyncBetaOrganization",
    "AsyncBetaOrganizationAnalytics",
    "AsyncBetaOrganizationAnalyticsCost",
    "AsyncBetaOrganizationAnalyticsCostReport",
    "AsyncBetaOrganizationAnalyticsCostReportWithRawResponse",
    "AsyncBetaOrganizationAnalyticsCostWithRawResponse",
    "AsyncBetaOrganizationAnalyticsUsage",
    "AsyncBetaOrganizationAnalyticsUsageReport",
    "AsyncBetaOrganizationAnalyticsUsageReportWithRawResponse",
    "AsyncBetaOrganizationAnalyticsUsageWithRawResponse",
    "AsyncBetaOrganizationAnalyticsUserCostReport",
    "AsyncBetaOrganizationAnalyticsUserCostReportWithRawResponse",
    "AsyncBetaOrganizationAnalyticsUserUsageReport",
    "AsyncBetaOrganizationAnalyticsUserUsageReportWithRawResponse",
    "AsyncBetaOrganizationAnalyticsWithRawResponse",
    "AsyncBetaOrganizationClaudeCode",
    "AsyncBetaOrganizationClaudeCodeManagedSettings",
    "AsyncBetaOrganizationClaudeCodeManagedSettingsConfiguration",
    "AsyncBetaOrganizationClaudeCodeManagedSettingsConfigurationWithRawResponse",
    "AsyncBetaOrganizationClaudeCodeManagedSettingsRbacGroupDefault",
    "AsyncBetaOrganizationClaudeCodeManagedSettingsRbacGroupDefaultWithRawResponse",
    "AsyncBetaOrganizationClaudeCodeManagedSettingsRbacGroups",
    "AsyncBetaOrganizationClaudeCodeManagedSettingsRbacGroupsWithRawResponse",
    "AsyncBetaOrganizationClaudeCodeManagedSettingsWithRawResponse",
    "AsyncBetaOrganizationClaudeCodeWithRawResponse",
    "AsyncBetaOrganizationClaudeTag",
    "AsyncBetaOrganizationClaudeTagBundles",
    "AsyncBetaOrganizationClaudeTagBundlesTargets",
    "AsyncBetaOrganizationClaudeTagBundlesTargetsWithRawResponse",
    "AsyncBetaOrganizationClaudeTagBundlesWithRawResponse",
    "AsyncBetaOrganizationClaudeTagSlackChannels",
    "AsyncBetaOrganizationClaudeTagSlackChannelsWithRawResponse",
    "AsyncBetaOrganizationClaudeTagSlackWorkspaces",
    "AsyncBetaOrganizationClaudeTagSlackWorkspacesWithRawResponse",
    "AsyncBetaOrganizationClaudeTagWithRawResponse",
    "AsyncBetaOrganizationExternalStorage",
    "AsyncBetaOrganizationExternalStorageWithRawResponse",
    "AsyncBetaOrganizationPluginMarketplaces",
    "AsyncBetaOrganizationPluginMarketplacesWithRawResponse",
    "AsyncBetaOrganizationPlugins",
    "AsyncBetaOrganizationPluginsInstallationSettings",
    "AsyncBetaOrganizationPluginsInstallationSettingsWithRawResponse",
    "AsyncBetaOrganizationPluginsShares",
    "AsyncBetaOrganizationPluginsSharesWithRawResponse",
    "AsyncBetaOrganizationPluginsVersions",
    "AsyncBetaOrganizationPluginsVersionsWithRawResponse",
    "AsyncBetaOrganizationPluginsWithRawResponse",
    "AsyncBetaOrganizationSpendLimits",
    "AsyncBetaOrganizationSpendLimitsWithRawResponse",
    "AsyncBetaOrganizationTelemetryDestinations",
    "AsyncBetaOrganizationTelemetryDestinationsWithRawResponse",
    "AsyncBetaOrganizationTelemetryDestinationsWorkspaces",
    "AsyncBetaOrganizationTelemetryDestinationsWorkspacesWithRawResponse",
    "AsyncBetaOrganizationUsers",
    "AsyncBetaOrganizationUsersWithRawResponse",
    "AsyncBetaOrganizationWebhooks",
    "AsyncBetaOrganizationWebhooksWithRawResponse",
    "AsyncBetaOrganizationWithRawResponse",
    "AsyncBetaSessions",
    "AsyncBetaSessionsEvents",
    "AsyncBetaSessionsEventsWithRawResponse",
    "AsyncBetaSessionsResources",
    "AsyncBetaSessionsResourcesWithRawResponse",
    "AsyncBetaSessionsThreads",
    "AsyncBetaSessionsThreadsEvents",
    "AsyncBetaSessionsThreadsEventsWithRawResponse",
    "AsyncBetaSessionsThreadsWithRawResponse",
    "AsyncBetaSessionsWithRawResponse",
    "AsyncBetaSkills",
    "AsyncBetaSkillsVersions",
    "AsyncBetaSkillsVersionsWithRawResponse",
    "AsyncBetaSkillsWithRawResponse",
    "AsyncBetaTunnels",
    "AsyncBetaTunnelsCertificates",
    "AsyncBetaTunnelsCertificatesWithRawResponse",
    "AsyncBetaTunnelsWithRawResponse",
    "AsyncBetaUserProfiles",
    "AsyncBetaUserProfilesWithRawResponse",
    "AsyncBetaVaults",
    "AsyncBetaVaultsCredentials",
    "AsyncBetaVaultsCredentialsWithRawResponse",
    "AsyncBetaVaultsWithRawResponse",
    "AsyncBetaWithRawResponse",
    "Beta",
    "BetaAgents",
    "BetaAgentsVersions",
    "BetaAgentsVersionsWithRawResponse",
    "BetaAgentsWithRawResponse",
    "BetaDeploymentRuns",
    "BetaDeploymentRunsWithRawResponse",
    "BetaDeployments",
    "BetaDeploymentsWithRawResponse",
    "BetaDreams",
    "BetaDreamsWithRawResponse",
    "BetaEnvironments",
    "BetaEnvironmentsWithRawResponse",
    "BetaEnvironmentsWork",
    "BetaEnvironmentsWorkWithRawResponse",
    "BetaMemoryStores",
    "BetaMemoryStoresMemories",
    "BetaMemoryStoresMemoriesWithRawResponse",
    "BetaMemoryStoresMemoryVersions",
    "BetaMemoryStoresMemoryVersionsWithRawResponse",
    "BetaMemoryStoresWithRawResponse",
    "BetaOrganization",
    "BetaOrganizationAnalytics",
    "BetaOrganizationAnalyticsCost",
    "BetaOrganizationAnalyticsCostReport",
    "BetaOrganizationAnalyticsCostReportWithRawResponse",
    "BetaOrganizationAnalyticsCostWithRawResponse",
    "BetaOrganizationAnalyticsUsage",
    "BetaOrganizationAnalyticsUsageReport",
    "BetaOrganizationAnalyticsUsageReportWithRawResponse",
    "BetaOrganizationAnalyticsUsageWithRawResponse",
    "BetaOrganizationAnalyticsUserCostReport",
    "BetaOrganizationAnalyticsUserCostReportWithRawResponse",
    "BetaOrganizationAnalyticsUserUsageReport",
    "BetaOrganizationAnalyticsUserUsageReportWithRawResponse",
    "BetaOrganizationAnalyticsWithRawResponse",
    "BetaOrganizationClaudeCode",
    "BetaOrganizationClaudeCodeManagedSettings",
    "BetaOrganizationClaudeCodeManagedSettingsConfiguration",
    "BetaOrganizationClaudeCodeManagedSettingsConfigurationWithRawResponse",
    "BetaOrganizationClaudeCodeManagedSettingsRbacGroupDefault",
    "BetaOrganizationClaudeCodeManagedSettingsRbacGroupDefaultWithRawResponse",
    "BetaOrganizationClaudeCodeManagedSettingsRbacGroups",
    "BetaOrganizationClaudeCodeManagedSettingsRbacGroupsWithRawResponse",
    "BetaOrganizationClaudeCodeManagedSettingsWithRawResponse",
    "BetaOrganizationClaudeCodeWithRawResponse",
    "BetaOrganizationClaudeTag",
    "BetaOrganizationClaudeTagBundles",
    "BetaOrganizationClaudeTagBundlesTargets",
    "BetaOrganizationClaudeTagBundlesTargetsWithRawResponse",
    "BetaOrganizationClaudeTagBundlesWithRawResponse",
    "BetaOrganizationClaudeTagSlackChannels",
    "BetaOrganizationClaudeTagSlackChannelsWithRawResponse",
    "BetaOrganizationClaudeTagSlackWorkspaces",
    "BetaOrganizationClaudeTagSlackWorkspacesWithRawResponse",
    "BetaOrganizationClaudeTagWithRawResponse",
    "BetaOrganizationExternalStorage",
    "BetaOrganizationExternalStorageWithRawResponse",
    "BetaOrganizationPluginMarketplaces",
    "BetaOrganizationPluginMarketplacesWithRawResponse",
    "BetaOrganizationPlugins",
    "BetaOrganizationPluginsInstallationSettings",
    "BetaOrganizationPluginsInstallationSettingsWithRawResponse",
    "BetaOrganizationPluginsShares",
    "BetaOrganizationPluginsSharesWithRawResponse",
    "BetaOrganizationPluginsVersions",
    "BetaOrganizationPluginsVersionsWithRawResponse",
    "BetaOrganizationPluginsWithRawResponse",
    "BetaOrganizationSpendLimits",
    "BetaOrganizationSpendLimitsWithRawResponse",
    "BetaOrganizationTelemetryDestinations",
    "BetaOrganizationTelemetryDestinationsWithRawResponse",
    "BetaOrganizationTelemetryDestinationsWorkspaces",
    "BetaOrganizationTelemetryDestinationsWorkspacesWithRawResponse",
    "BetaOrganizationUsers",
    "BetaOrganizationUsersWithRawResponse",
    "BetaOrganizationWebhooks",
    "BetaOrganizationWebhooksWithRawResponse",
    "BetaOrganizationWithRawResponse",
    "BetaSessions",
    "BetaSessionsEvents",
    "BetaSessionsEventsWithRawResponse",
    "BetaSessionsResources",
    "BetaSessionsResourcesWithRawResponse",
    "BetaSessionsThreads",
    "BetaSessionsThreadsEvents",
    "BetaSessionsThreadsEventsWithRawResponse",
    "BetaSessionsThreadsWithRawResponse",
    "BetaSessionsWithRawResponse",
    "BetaSkills",
    "BetaSkillsVersions",
    "BetaSkillsVersionsWithRawResponse",
    "BetaSkillsWithRawResponse",
    "BetaTunnels",
    "BetaTunnelsCertificates",
    "BetaTunnelsCertificatesWithRawResponse",
    "BetaTunnelsWithRawResponse",
    "BetaUserProfiles",
    "BetaUserProfilesWithRawResponse",
    "BetaVaults",
    "BetaVaultsCredentials",
    "BetaVaultsCredentialsWithRawResponse",
    "BetaVaultsWithRawResponse",
    "BetaWithRawResponse",
]


class BetaAgentsVersions:
    """`client.beta.agents.versions`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaAgentsVersionsWithRawResponse:
        return BetaAgentsVersionsWithRawResponse(self)

    def list(
        self,
        agent_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[BetaManagedAgentsAgent]:
        """List Agent Versions

        List the versions of an agent.

        `GET /v1/agents/{agent_id}/versions`
        """
        req = Request(
            "GET",
            f"/v1/agents/{quote(str(agent_id), safe='')}/versions",
            query={"limit": limit, "page": page},
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaManagedAgentsAgent, "data", "page_cursor")


class BetaAgentsVersionsWithRawResponse:
    """`client.beta.agents.versions.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaAgentsVersions) -> None:
        self.list = to_raw_response(resource.list)


class BetaAgents:
    """`client.beta.agents`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.versions = BetaAgentsVersions(client)

    @cached_property
    def with_raw_response(self) -> BetaAgentsWithRawResponse:
        return BetaAgentsWithRawResponse(self)

    def archive(
        self,
        agent_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsAgent:
        """Archive Agent

        Archive an agent; it is then listed only with include_archived.

        `POST /v1/agents/{agent_id}/archive`
        """
        req = Request(
            "POST",
            f"/v1/agents/{quote(str(agent_id), safe='')}/archive",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsAgent)

    def create(
        self,
        *,
        model: Union[
            Literal[
                "claude-fable-5-2",
                "claude-haiku-5-5",
                "claude-sonnet-5-5",
                "claude-opus-5-5",
                "claude-fable-5-1",
                "claude-sonnet-5",
                "claude-fable-5",
                "claude-opus-5",
                "claude-opus-4-8",
                "claude-opus-4-7",
                "claude-opus-4-6",
                "claude-sonnet-4-6",
                "claude-haiku-4-5",
                "claude-haiku-4-5-20251001",
                "claude-opus-4-5",
                "claude-opus-4-5-20251101",
                "claude-sonnet-4-5",
                "claude-sonnet-4-5-20250929",
            ],
            str,
            BetaManagedAgentsModelConfigParams,
            Mapping[str, Any],
        ],
        name: str,
        description: Optional[str] = OMIT,
        execution_identity: Optional[
            Union[
                BetaManagedAgentsAWSRoleExecutionIdentityParams,
                BetaManagedAgentsServiceAccountExecutionIdentityParams,
                Mapping[str, Any],
            ]
        ] = OMIT,
        mcp_servers: Sequence[Union[BetaManagedAgentsURLMCPServerParams, Mapping[str, Any]]] = OMIT,
        metadata: Mapping[str, Any] = OMIT,
        multiagent: Optional[
            Union[
                BetaManagedAgentsMultiagentCoordinatorParams,
                BetaManagedAgentsMultiagent20261001Params,
                Mapping[str, Any],
            ]
        ] = OMIT,
        skills: Sequence[
            Union[BetaManagedAgentsAnthropicSkillParams, BetaManagedAgentsCustomSkillParams, Mapping[str, Any]]
        ] = OMIT,
        system: Optional[str] = OMIT,
        tools: Sequence[
            Union[
                BetaManagedAgentsAgentToolset20260401Params,
                BetaManagedAgentsMCPToolsetParams,
                BetaManagedAgentsCustomToolParams,
                Mapping[str, Any],
            ]
        ] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsAgent:
        """Create Agent

        Create an agent: a saved, versioned configuration for sessions.

        `POST /v1/agents`
        """
        req = Request(
            "POST",
            "/v1/agents",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "model": model,
                "name": name,
                "description": description,
                "execution_identity": execution_identity,
                "mcp_servers": mcp_servers,
                "metadata": metadata,
                "multiagent": multiagent,
                "skills": skills,
                "system": system,
                "tools": tools,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsAgent)

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
    ) -> SyncPage[BetaManagedAgentsAgent]:
        """List Agents

        List the agents of the Workspace, newest first.

        `GET /v1/agents`
        """
        req = Request(
            "GET",
            "/v1/agents",
            query={
                "created_at[gte]": created_at_gte,
                "created_at[lte]": created_at_lte,
                "include_archived": include_archived,
                "limit": limit,
                "page": page,
            },
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaManagedAgentsAgent, "data", "page_cursor")

    def retrieve(
        self,
        agent_id: str,
        *,
        version: int = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsAgent:
        """Get Agent

        Get an agent, at its latest version or at the one given.

        `GET /v1/agents/{agent_id}`
        """
        req = Request(
            "GET",
            f"/v1/agents/{quote(str(agent_id), safe='')}",
            query={"version": version},
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsAgent)

    def update(
        self,
        agent_id: str,
        *,
        description: Optional[str] = OMIT,
        execution_identity: Optional[
            Union[
                BetaManagedAgentsAWSRoleExecutionIdentityParams,
                BetaManagedAgentsServiceAccountExecutionIdentityParams,
                Mapping[str, Any],
            ]
        ] = OMIT,
        mcp_servers: Optional[Sequence[Union[BetaManagedAgentsURLMCPServerParams, Mapping[str, Any]]]] = OMIT,
        metadata: Optional[Mapping[str, Any]] = OMIT,
        model: Union[
            Literal[
                "claude-fable-5-2",
                "claude-haiku-5-5",
                "claude-sonnet-5-5",
                "claude-opus-5-5",
                "claude-fable-5-1",
                "claude-sonnet-5",
                "claude-fable-5",
                "claude-opus-5",
                "claude-opus-4-8",
                "claude-opus-4-7",
                "claude-opus-4-6",
                "claude-sonnet-4-6",
                "claude-haiku-4-5",
                "claude-haiku-4-5-20251001",
                "claude-opus-4-5",
                "claude-opus-4-5-20251101",
                "claude-sonnet-4-5",
                "claude-sonnet-4-5-20250929",
            ],
            str,
            BetaManagedAgentsModelConfigParams,
            Mapping[str, Any],
        ] = OMIT,
        multiagent: Optional[
            Union[
                BetaManagedAgentsMultiagentCoordinatorParams,
                BetaManagedAgentsMultiagent20261001Params,
                Mapping[str, Any],
            ]
        ] = OMIT,
        name: str = OMIT,
        skills: Optional[
            Sequence[
                Union[BetaManagedAgentsAnthropicSkillParams, BetaManagedAgentsCustomSkillParams, Mapping[str, Any]]
            ]
        ] = OMIT,
        system: Optional[str] = OMIT,
        tools: Optional[
            Sequence[
                Union[
                    BetaManagedAgentsAgentToolset20260401Params,
                    BetaManagedAgentsMCPToolsetParams,
                    BetaManagedAgentsCustomToolParams,
                    Mapping[str, Any],
                ]
            ]
        ] = OMIT,
        version: int = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsAgent:
        """Update Agent

        Change an agent; fields left out keep their values, and a change makes a new version.

        `POST /v1/agents/{agent_id}`
        """
        req = Request(
            "POST",
            f"/v1/agents/{quote(str(agent_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "description": description,
                "execution_identity": execution_identity,
                "mcp_servers": mcp_servers,
                "metadata": metadata,
                "model": model,
                "multiagent": multiagent,
                "name": name,
                "skills": skills,
                "system": system,
                "tools": tools,
                "version": version,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsAgent)


class BetaAgentsWithRawResponse:
    """`client.beta.agents.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaAgents) -> None:
        self.archive = to_raw_response(resource.archive)
        self.create = to_raw_response(resource.create)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class BetaDeploymentRuns:
    """`client.beta.deployment_runs`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaDeploymentRunsWithRawResponse:
        return BetaDeploymentRunsWithRawResponse(self)

    def list(
        self,
        *,
        created_at_gt: str = OMIT,
        created_at_gte: str = OMIT,
        created_at_lt: str = OMIT,
        created_at_lte: str = OMIT,
        deployment_id: str = OMIT,
        has_error: bool = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        trigger_type: Literal["schedule", "manual"] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[BetaManagedAgentsDeploymentRun]:
        """List Deployment Runs

        List the deployment runs of the Workspace, optionally for one deployment.

        `GET /v1/deployment_runs`
        """
        req = Request(
            "GET",
            "/v1/deployment_runs",
            query={
                "created_at[gt]": created_at_gt,
                "created_at[gte]": created_at_gte,
                "created_at[lt]": created_at_lt,
                "created_at[lte]": created_at_lte,
                "deployment_id": deployment_id,
                "has_error": has_error,
                "limit": limit,
                "page": page,
                "trigger_type": trigger_type,
            },
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaManagedAgentsDeploymentRun, "data", "page_cursor")

    def retrieve(
        self,
        deployment_run_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsDeploymentRun:
        """Get a Deployment Run

        Get a deployment run.

        `GET /v1/deployment_runs/{deployment_run_id}`
        """
        req = Request(
            "GET",
            f"/v1/deployment_runs/{quote(str(deployment_run_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsDeploymentRun)


class BetaDeploymentRunsWithRawResponse:
    """`client.beta.deployment_runs.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaDeploymentRuns) -> None:
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)


class BetaDeployments:
    """`client.beta.deployments`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaDeploymentsWithRawResponse:
        return BetaDeploymentsWithRawResponse(self)

    def archive(
        self,
        deployment_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsDeployment:
        """Archive a Deployment

        Archive a deployment; it no longer runs.

        `POST /v1/deployments/{deployment_id}/archive`
        """
        req = Request(
            "POST",
            f"/v1/deployments/{quote(str(deployment_id), safe='')}/archive",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsDeployment)

    def create(
        self,
        *,
        agent: Union[str, BetaManagedAgentsAgentParams, Mapping[str, Any]],
        environment_id: str,
        initial_events: Sequence[
            Union[
                BetaManagedAgentsUserMessageEventParams,
                BetaManagedAgentsUserDefineOutcomeEventParams,
                BetaManagedAgentsSystemMessageEventParams,
                Mapping[str, Any],
            ]
        ],
        name: str,
        budget: Optional[Union[BetaManagedAgentsBudgetLimitParam, Mapping[str, Any]]] = OMIT,
        description: Optional[str] = OMIT,
        metadata: Mapping[str, Any] = OMIT,
        resources: Sequence[
            Union[
                BetaManagedAgentsGitHubRepositoryResourceParams,
                BetaManagedAgentsFileResourceParams,
                BetaManagedAgentsMemoryStoreResourceParam,
                Mapping[str, Any],
            ]
        ] = OMIT,
        schedule: Optional[Union[BetaManagedAgentsScheduleParams, Mapping[str, Any]]] = OMIT,
        vault_ids: Sequence[str] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsDeployment:
        """Create a Deployment

        Create a deployment that runs an agent in an environment, on a schedule or on demand.

        `POST /v1/deployments`
        """
        req = Request(
            "POST",
            "/v1/deployments",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "agent": agent,
                "budget": budget,
                "description": description,
                "environment_id": environment_id,
                "initial_events": initial_events,
                "metadata": metadata,
                "name": name,
                "resources": resources,
                "schedule": schedule,
                "vault_ids": vault_ids,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsDeployment)

    def list(
        self,
        *,
        agent_id: str = OMIT,
        created_at_gte: str = OMIT,
        created_at_lte: str = OMIT,
        include_archived: bool = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        status: Literal["active", "paused"] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[BetaManagedAgentsDeployment]:
        """List Deployments

        List the deployments of the Workspace.

        `GET /v1/deployments`
        """
        req = Request(
            "GET",
            "/v1/deployments",
            query={
                "agent_id": agent_id,
                "created_at[gte]": created_at_gte,
                "created_at[lte]": created_at_lte,
                "include_archived": include_archived,
                "limit": limit,
                "page": page,
                "status": status,
            },
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaManagedAgentsDeployment, "data", "page_cursor")

    def pause(
        self,
        deployment_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsDeployment:
        """Pause a Deployment

        Pause a deployment so its schedule stops firing.

        `POST /v1/deployments/{deployment_id}/pause`
        """
        req = Request(
            "POST",
            f"/v1/deployments/{quote(str(deployment_id), safe='')}/pause",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsDeployment)

    def retrieve(
        self,
        deployment_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsDeployment:
        """Get a Deployment

        Get a deployment.

        `GET /v1/deployments/{deployment_id}`
        """
        req = Request(
            "GET",
            f"/v1/deployments/{quote(str(deployment_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsDeployment)

    def run(
        self,
        deployment_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsDeploymentRun:
        """Run a Deployment

        Run a deployment now, creating one session.

        `POST /v1/deployments/{deployment_id}/run`
        """
        req = Request(
            "POST",
            f"/v1/deployments/{quote(str(deployment_id), safe='')}/run",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsDeploymentRun)

    def unpause(
        self,
        deployment_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsDeployment:
        """Unpause a Deployment

        Resume a paused deployment.

        `POST /v1/deployments/{deployment_id}/unpause`
        """
        req = Request(
            "POST",
            f"/v1/deployments/{quote(str(deployment_id), safe='')}/unpause",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsDeployment)

    def update(
        self,
        deployment_id: str,
        *,
        agent: Union[str, BetaManagedAgentsAgentParams, Mapping[str, Any]] = OMIT,
        budget: Optional[Union[BetaManagedAgentsBudgetLimitParam, Mapping[str, Any]]] = OMIT,
        description: Optional[str] = OMIT,
        environment_id: str = OMIT,
        initial_events: Sequence[
            Union[
                BetaManagedAgentsUserMessageEventParams,
                BetaManagedAgentsUserDefineOutcomeEventParams,
                BetaManagedAgentsSystemMessageEventParams,
                Mapping[str, Any],
            ]
        ] = OMIT,
        metadata: Optional[Mapping[str, Any]] = OMIT,
        name: str = OMIT,
        resources: Optional[
            Sequence[
                Union[
                    BetaManagedAgentsGitHubRepositoryResourceParams,
                    BetaManagedAgentsFileResourceParams,
                    BetaManagedAgentsMemoryStoreResourceParam,
                    Mapping[str, Any],
                ]
            ]
        ] = OMIT,
        schedule: Optional[Union[BetaManagedAgentsScheduleParams, Mapping[str, Any]]] = OMIT,
        vault_ids: Optional[Sequence[str]] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsDeployment:
        """Update a Deployment

        Update a deployment; fields left out keep their values.

        `POST /v1/deployments/{deployment_id}`
        """
        req = Request(
            "POST",
            f"/v1/deployments/{quote(str(deployment_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "agent": agent,
                "budget": budget,
                "description": description,
                "environment_id": environment_id,
                "initial_events": initial_events,
                "metadata": metadata,
                "name": name,
                "resources": resources,
                "schedule": schedule,
                "vault_ids": vault_ids,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsDeployment)


class BetaDeploymentsWithRawResponse:
    """`client.beta.deployments.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaDeployments) -> None:
        self.archive = to_raw_response(resource.archive)
        self.create = to_raw_response(resource.create)
        self.list = to_raw_response(resource.list)
        self.pause = to_raw_response(resource.pause)
        self.retrieve = to_raw_response(resource.retrieve)
        self.run = to_raw_response(resource.run)
        self.unpause = to_raw_response(resource.unpause)
        self.update = to_raw_response(resource.update)


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


class BetaEnvironmentsWork:
    """`client.beta.environments.work`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaEnvironmentsWorkWithRawResponse:
        return BetaEnvironmentsWorkWithRawResponse(self)

    def ack(
        self,
        environment_id: str,
        work_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaSelfHostedWork:
        """Acknowledge Work Item

        Acknowledge a polled work item: it moves from queued to starting and leaves the queue (called by the environment worker).

        `POST /v1/environments/{environment_id}/work/{work_id}/ack`
        """
        req = Request(
            "POST",
            f"/v1/environments/{quote(str(environment_id), safe='')}/work/{quote(str(work_id), safe='')}/ack",
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaSelfHostedWork)

    def heartbeat(
        self,
        environment_id: str,
        work_id: str,
        *,
        desired_ttl_seconds: int = OMIT,
        expected_last_heartbeat: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaSelfHostedWorkHeartbeatResponse:
        """Heartbeat Work Item

        Extend the lease of a work item (called by the environment worker); 412 if expected_last_heartbeat does not match.

        `POST /v1/environments/{environment_id}/work/{work_id}/heartbeat`
        """
        req = Request(
            "POST",
            f"/v1/environments/{quote(str(environment_id), safe='')}/work/{quote(str(work_id), safe='')}/heartbeat",
            query={"desired_ttl_seconds": desired_ttl_seconds, "expected_last_heartbeat": expected_last_heartbeat},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaSelfHostedWorkHeartbeatResponse)

    def list(
        self,
        environment_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[BetaSelfHostedWork]:
        """List Work Items

        List the work items of a self-hosted environment (authenticated with the environment key).

        `GET /v1/environments/{environment_id}/work`
        """
        req = Request(
            "GET",
            f"/v1/environments/{quote(str(environment_id), safe='')}/work",
            query={"limit": limit, "page": page},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaSelfHostedWork, "data", "page_cursor")

    def poll(
        self,
        environment_id: str,
        *,
        block_ms: int = OMIT,
        reclaim_older_than_ms: int = OMIT,
        worker_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> Optional[BetaSelfHostedWork]:
        """Poll for Work

        Long-poll the queue of a self-hosted environment for the next work item (called by the environment worker).

        `GET /v1/environments/{environment_id}/work/poll`
        """
        req = Request(
            "GET",
            f"/v1/environments/{quote(str(environment_id), safe='')}/work/poll",
            query={"block_ms": block_ms, "reclaim_older_than_ms": reclaim_older_than_ms},
            headers={"Anthropic-Worker-ID": worker_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, Optional[BetaSelfHostedWork])

    def retrieve(
        self,
        environment_id: str,
        work_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaSelfHostedWork:
        """Get Work Item

        Get a work item of an environment.

        `GET /v1/environments/{environment_id}/work/{work_id}`
        """
        req = Request(
            "GET",
            f"/v1/environments/{quote(str(environment_id), safe='')}/work/{quote(str(work_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaSelfHostedWork)

    def stats(
        self,
        environment_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaSelfHostedWorkQueueStats:
        """Get Work Queue Statistics

        Get statistics of an environment's work queue.

        `GET /v1/environments/{environment_id}/work/stats`
        """
        req = Request(
            "GET",
            f"/v1/environments/{quote(str(environment_id), safe='')}/work/stats",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaSelfHostedWorkQueueStats)

    def stop(
        self,
        environment_id: str,
        work_id: str,
        *,
        force: bool = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaSelfHostedWork:
        """Stop Work Item

        Stop a work item, gracefully or at once.

        `POST /v1/environments/{environment_id}/work/{work_id}/stop`
        """
        req = Request(
            "POST",
            f"/v1/environments/{quote(str(environment_id), safe='')}/work/{quote(str(work_id), safe='')}/stop",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "force": force,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaSelfHostedWork)

    def update(
        self,
        environment_id: str,
        work_id: str,
        *,
        metadata: Mapping[str, Any],
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaSelfHostedWork:
        """Update Work Item

        Merge a patch into a work item's metadata.

        `POST /v1/environments/{environment_id}/work/{work_id}`
        """
        req = Request(
            "POST",
            f"/v1/environments/{quote(str(environment_id), safe='')}/work/{quote(str(work_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "metadata": metadata,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaSelfHostedWork)


class BetaEnvironmentsWorkWithRawResponse:
    """`client.beta.environments.work.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaEnvironmentsWork) -> None:
        self.ack = to_raw_response(resource.ack)
        self.heartbeat = to_raw_response(resource.heartbeat)
        self.list = to_raw_response(resource.list)
        self.poll = to_raw_response(resource.poll)
        self.retrieve = to_raw_response(resource.retrieve)
        self.stats = to_raw_response(resource.stats)
        self.stop = to_raw_response(resource.stop)
        self.update = to_raw_response(resource.update)


class BetaEnvironments:
    """`client.beta.environments`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.work = BetaEnvironmentsWork(client)

    @cached_property
    def with_raw_response(self) -> BetaEnvironmentsWithRawResponse:
        return BetaEnvironmentsWithRawResponse(self)

    def archive(
        self,
        environment_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaEnvironment:
        """Archive Environment

        Archive an environment; it is then listed only with include_archived.

        `POST /v1/environments/{environment_id}/archive`
        """
        req = Request(
            "POST",
            f"/v1/environments/{quote(str(environment_id), safe='')}/archive",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaEnvironment)

    def create(
        self,
        *,
        name: str,
        config: Optional[Union[BetaCloudConfigParams, BetaSelfHostedConfigParams, Mapping[str, Any]]] = OMIT,
        description: Optional[str] = OMIT,
        metadata: Mapping[str, Any] = OMIT,
        scope: Optional[Literal["organization", "account"]] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaEnvironment:
        """Create Environment

        Create an environment, cloud or self-hosted, for the sessions of agents to run in.

        `POST /v1/environments`
        """
        req = Request(
            "POST",
            "/v1/environments",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "name": name,
                "config": config,
                "description": description,
                "metadata": metadata,
                "scope": scope,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaEnvironment)

    def delete(
        self,
        environment_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaEnvironmentDeleteResponse:
        """Delete Environment

        Delete an environment.

        `DELETE /v1/environments/{environment_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/environments/{quote(str(environment_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaEnvironmentDeleteResponse)

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
    ) -> SyncPage[BetaEnvironment]:
        """List Environments

        List the environments of the Workspace.

        `GET /v1/environments`
        """
        req = Request(
            "GET",
            "/v1/environments",
            query={"include_archived": include_archived, "limit": limit, "page": page},
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaEnvironment, "data", "page_cursor")

    def retrieve(
        self,
        environment_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaEnvironment:
        """Get Environment

        Get an environment.

        `GET /v1/environments/{environment_id}`
        """
        req = Request(
            "GET",
            f"/v1/environments/{quote(str(environment_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaEnvironment)

    def update(
        self,
        environment_id: str,
        *,
        config: Optional[Union[BetaCloudConfigParams, BetaSelfHostedConfigParams, Mapping[str, Any]]] = OMIT,
        description: Optional[str] = OMIT,
        metadata: Mapping[str, Any] = OMIT,
        name: Optional[str] = OMIT,
        scope: Optional[Literal["organization", "account"]] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaEnvironment:
        """Update Environment

        Change an environment; fields left out keep their values.

        `POST /v1/environments/{environment_id}`
        """
        req = Request(
            "POST",
            f"/v1/environments/{quote(str(environment_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "config": config,
                "description": description,
                "metadata": metadata,
                "name": name,
                "scope": scope,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaEnvironment)


class BetaEnvironmentsWithRawResponse:
    """`client.beta.environments.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaEnvironments) -> None:
        self.archive = to_raw_response(resource.archive)
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


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


class BetaOrganizationAnalyticsCost:
    """`client.beta.organization.analytics.cost`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaOrganizationAnalyticsCostWithRawResponse:
        return BetaOrganizationAnalyticsCostWithRawResponse(self)

    def list(
        self,
        *,
        starting_at: str,
        actor_ids: Sequence[str] = OMIT,
        actor_types: Sequence[Literal["api_actor", "federated_actor", "service_account_actor", "user_actor"]] = OMIT,
        agent_ids: Sequence[str] = OMIT,
        api_key_ids: Sequence[str] = OMIT,
        claude_tag_categories: Sequence[Literal["dm", "engaged", "monitoring", "proactive", "scheduled"]] = OMIT,
        claude_tag_user_ids: Sequence[str] = OMIT,
        context_windows: Sequence[Literal["0-200k", "200k-1M"]] = OMIT,
        deployment_ids: Sequence[str] = OMIT,
        ending_at: str = OMIT,
        environment_ids: Sequence[str] = OMIT,
        exclude_deleted_users: bool = OMIT,
        group_by: Sequence[
            Literal[
                "actor",
                "actor_type",
                "agent_id",
                "api_key_id",
                "claude_tag_category",
                "claude_tag_user_id",
                "context_window",
                "cost_type",
                "deployment_id",
                "environment_id",
                "inference_geo",
                "model",
                "organization_id",
                "product",
                "rbac_group_id",
                "service_tier",
                "session_id",
                "slack_channel_id",
                "speed",
                "token_type",
                "user_profile_id",
                "workspace_id",
            ]
        ] = OMIT,
        inference_geos: Sequence[Literal["global", "not_available", "us"]] = OMIT,
        limit: int = OMIT,
        models: Sequence[str] = OMIT,
        order: Literal["asc", "desc"] = OMIT,
        order_by: Literal["amount", "list_amount", "time"] = OMIT,
        organization_ids: Sequence[str] = OMIT,
        page: str = OMIT,
        products: Sequence[
            Literal[
                "chat",
                "chat_cowork_unified",
                "claude_code",
                "claude_console",
                "claude_design",
                "claude_in_chrome",
                "claude_tag",
                "cowork",
                "managed_agents_api",
                "message_batches_api",
                "messages_api",
                "office_agent",
            ]
        ] = OMIT,
        rbac_group_ids: Sequence[str] = OMIT,
        service_tiers: Sequence[
            Literal["batch", "flex", "flex_discount", "priority", "priority_on_demand", "standard"]
        ] = OMIT,
        session_ids: Sequence[str] = OMIT,
        slack_channel_ids: Sequence[str] = OMIT,
        speeds: Sequence[Literal["fast", "standard"]] = OMIT,
        time_bucket_width: Literal["1d", "1h", "1m"] = OMIT,
        user_profile_ids: Sequence[str] = OMIT,
        workspace_ids: Sequence[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[BetaAnalyticsCostItem]:
        """List Cost

        Report cost in USD, broken out by the `group_by[]` dimensions and optionally by time bucket. Not available to organizations with HIPAA readiness enabled (400). A parent organization's report leaves out its child organizations that have HIPAA readiness enabled, and is a 400 if all of them do.

        `GET /v1/organizations/analytics/cost`
        """
        req = Request(
            "GET",
            "/v1/organizations/analytics/cost",
            query={
                "starting_at": starting_at,
                "actor_ids[]": actor_ids,
                "actor_types[]": actor_types,
                "agent_ids[]": agent_ids,
                "api_key_ids[]": api_key_ids,
                "claude_tag_categories[]": claude_tag_categories,
                "claude_tag_user_ids[]": claude_tag_user_ids,
                "context_windows[]": context_windows,
                "deployment_ids[]": deployment_ids,
                "ending_at": ending_at,
                "environment_ids[]": environment_ids,
                "exclude_deleted_users": exclude_deleted_users,
                "group_by[]": group_by,
                "inference_geos[]": inference_geos,
                "limit": limit,
                "models[]": models,
                "order": order,
                "order_by": order_by,
                "organization_ids[]": organization_ids,
                "page": page,
                "products[]": products,
                "rbac_group_ids[]": rbac_group_ids,
                "service_tiers[]": service_tiers,
                "session_ids[]": session_ids,
                "slack_channel_ids[]": slack_channel_ids,
                "speeds[]": speeds,
                "time_bucket_width": time_bucket_width,
                "user_profile_ids[]": user_profile_ids,
                "workspace_ids[]": workspace_ids,
            },
            betas=["analytics-usage-cost-2026-08-24", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaAnalyticsCostItem, "data", "page_cursor")


class BetaOrganizationAnalyticsCostWithRawResponse:
    """`client.beta.organization.analytics.cost.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaOrganizationAnalyticsCost) -> None:
        self.list = to_raw_response(resource.list)


class BetaOrganizationAnalyticsCostReport:
    """`client.beta.organization.analytics.cost_report`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaOrganizationAnalyticsCostReportWithRawResponse:
        return BetaOrganizationAnalyticsCostReportWithRawResponse(self)

    def list(
        self,
        *,
        starting_at: str,
        bucket_width: Literal["1d", "1h", "1m"] = OMIT,
        claude_tag_categories: Sequence[Literal["dm", "engaged", "monitoring", "proactive", "scheduled"]] = OMIT,
        claude_tag_user_ids: Sequence[str] = OMIT,
        context_windows: Sequence[Literal["0-200k", "200k-1M"]] = OMIT,
        ending_at: str = OMIT,
        group_by: Sequence[
            Literal[
                "claude_tag_category",
                "claude_tag_user_id",
                "context_window",
                "cost_type",
                "inference_geo",
                "model",
                "product",
                "rbac_group_id",
                "slack_channel_id",
                "speed",
                "token_type",
            ]
        ] = OMIT,
        inference_geos: Sequence[Literal["global", "not_available", "us"]] = OMIT,
        limit: int = OMIT,
        models: Sequence[str] = OMIT,
        page: str = OMIT,
        products: Sequence[
            Literal[
                "chat",
                "chat_cowork_unified",
                "claude-tag",
                "claude_code",
                "claude_design",
                "claude_in_chrome",
                "cowork",
                "office_agent",
            ]
        ] = OMIT,
        rbac_group_ids: Sequence[str] = OMIT,
        slack_channel_ids: Sequence[str] = OMIT,
        speeds: Sequence[Literal["fast", "standard"]] = OMIT,
        user_ids: Sequence[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[BetaAnalyticsCostReportTimeBucket]:
        """List Cost Report (Legacy)

        Report cost per time bucket (legacy; prefer the cost endpoint).

        `GET /v1/organizations/analytics/cost_report`
        """
        req = Request(
            "GET",
            "/v1/organizations/analytics/cost_report",
            query={
                "starting_at": starting_at,
                "bucket_width": bucket_width,
                "claude_tag_categories[]": claude_tag_categories,
                "claude_tag_user_ids[]": claude_tag_user_ids,
                "context_windows[]": context_windows,
                "ending_at": ending_at,
                "group_by[]": group_by,
                "inference_geos[]": inference_geos,
                "limit": limit,
                "models[]": models,
                "page": page,
                "products[]": products,
                "rbac_group_ids[]": rbac_group_ids,
                "slack_channel_ids[]": slack_channel_ids,
                "speeds[]": speeds,
                "user_ids[]": user_ids,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaAnalyticsCostReportTimeBucket, "data", "page_cursor")


class BetaOrganizationAnalyticsCostReportWithRawResponse:
    """`client.beta.organization.analytics.cost_report.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaOrganizationAnalyticsCostReport) -> None:
        self.list = to_raw_response(resource.list)


class BetaOrganizationAnalyticsUsage:
    """`client.beta.organization.analytics.usage`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaOrganizationAnalyticsUsageWithRawResponse:
        return BetaOrganizationAnalyticsUsageWithRawResponse(self)

    def list(
        self,
        *,
        starting_at: str,
        actor_ids: Sequence[str] = OMIT,
        actor_types: Sequence[Literal["api_actor", "federated_actor", "service_account_actor", "user_actor"]] = OMIT,
        agent_ids: Sequence[str] = OMIT,
        api_key_ids: Sequence[str] = OMIT,
        claude_tag_categories: Sequence[Literal["dm", "engaged", "monitoring", "proactive", "scheduled"]] = OMIT,
        claude_tag_user_ids: Sequence[str] = OMIT,
        context_windows: Sequence[Literal["0-200k", "200k-1M"]] = OMIT,
        deployment_ids: Sequence[str] = OMIT,
        ending_at: str = OMIT,
        environment_ids: Sequence[str] = OMIT,
        exclude_deleted_users: bool = OMIT,
        group_by: Sequence[
            Literal[
                "actor",
                "actor_type",
                "agent_id",
                "api_key_id",
                "claude_tag_category",
                "claude_tag_user_id",
                "context_window",
                "deployment_id",
                "environment_id",
                "inference_geo",
                "model",
                "organization_id",
                "product",
                "rbac_group_id",
                "service_tier",
                "session_id",
                "slack_channel_id",
                "speed",
                "user_profile_id",
                "workspace_id",
            ]
        ] = OMIT,
        inference_geos: Sequence[Literal["global", "not_available", "us"]] = OMIT,
        limit: int = OMIT,
        models: Sequence[str] = OMIT,
        order: Literal["asc", "desc"] = OMIT,
        order_by: Literal["output_tokens", "requests", "time", "total_tokens", "uncached_input_tokens"] = OMIT,
        organization_ids: Sequence[str] = OMIT,
        page: str = OMIT,
        products: Sequence[
            Literal[
                "chat",
                "chat_cowork_unified",
                "claude_code",
                "claude_console",
                "claude_design",
                "claude_in_chrome",
                "claude_tag",
                "cowork",
                "managed_agents_api",
                "message_batches_api",
                "messages_api",
                "office_agent",
            ]
        ] = OMIT,
        rbac_group_ids: Sequence[str] = OMIT,
        service_tiers: Sequence[
            Literal["batch", "flex", "flex_discount", "priority", "priority_on_demand", "standard"]
        ] = OMIT,
        session_ids: Sequence[str] = OMIT,
        slack_channel_ids: Sequence[str] = OMIT,
        speeds: Sequence[Literal["fast", "standard"]] = OMIT,
        time_bucket_width: Literal["1d", "1h", "1m"] = OMIT,
        user_profile_ids: Sequence[str] = OMIT,
        workspace_ids: Sequence[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[BetaAnalyticsUsageItem]:
        """List Usage

        Report token and request counts, broken out by the `group_by[]` dimensions and optionally by time bucket. Not available to organizations with HIPAA readiness enabled (400). A parent organization's report leaves out its child organizations that have HIPAA readiness enabled, and is a 400 if all of them do.

        `GET /v1/organizations/analytics/usage`
        """
        req = Request(
            "GET",
            "/v1/organizations/analytics/usage",
            query={
                "starting_at": starting_at,
                "actor_ids[]": actor_ids,
                "actor_types[]": actor_types,
                "agent_ids[]": agent_ids,
                "api_key_ids[]": api_key_ids,
                "claude_tag_categories[]": claude_tag_categories,
                "claude_tag_user_ids[]": claude_tag_user_ids,
                "context_windows[]": context_windows,
                "deployment_ids[]": deployment_ids,
                "ending_at": ending_at,
                "environment_ids[]": environment_ids,
                "exclude_deleted_users": exclude_deleted_users,
                "group_by[]": group_by,
                "inference_geos[]": inference_geos,
                "limit": limit,
                "models[]": models,
                "order": order,
                "order_by": order_by,
                "organization_ids[]": organization_ids,
                "page": page,
                "products[]": products,
                "rbac_group_ids[]": rbac_group_ids,
                "service_tiers[]": service_tiers,
                "session_ids[]": session_ids,
                "slack_channel_ids[]": slack_channel_ids,
                "speeds[]": speeds,
                "time_bucket_width": time_bucket_width,
                "user_profile_ids[]": user_profile_ids,
                "workspace_ids[]": workspace_ids,
            },
            betas=["analytics-usage-cost-2026-08-24", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaAnalyticsUsageItem, "data", "page_cursor")


class BetaOrganizationAnalyticsUsageWithRawResponse:
    """`client.beta.organization.analytics.usage.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaOrganizationAnalyticsUsage) -> None:
        self.list = to_raw_response(resource.list)


class BetaOrganizationAnalyticsUsageReport:
    """`client.beta.organization.analytics.usage_report`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaOrganizationAnalyticsUsageReportWithRawResponse:
        return BetaOrganizationAnalyticsUsageReportWithRawResponse(self)

    def list(
        self,
        *,
        starting_at: str,
        bucket_width: Literal["1d", "1h", "1m"] = OMIT,
        claude_tag_categories: Sequence[Literal["dm", "engaged", "monitoring", "proactive", "scheduled"]] = OMIT,
        claude_tag_user_ids: Sequence[str] = OMIT,
        context_windows: Sequence[Literal["0-200k", "200k-1M"]] = OMIT,
        ending_at: str = OMIT,
        group_by: Sequence[
            Literal[
                "claude_tag_category",
                "claude_tag_user_id",
                "context_window",
                "inference_geo",
                "model",
                "product",
                "rbac_group_id",
                "slack_channel_id",
                "speed",
            ]
        ] = OMIT,
        inference_geos: Sequence[Literal["global", "not_available", "us"]] = OMIT,
        limit: int = OMIT,
        models: Sequence[str] = OMIT,
        page: str = OMIT,
        products: Sequence[
            Literal[
                "chat",
                "chat_cowork_unified",
                "claude-tag",
                "claude_code",
                "claude_design",
                "claude_in_chrome",
                "cowork",
                "office_agent",
            ]
        ] = OMIT,
        rbac_group_ids: Sequence[str] = OMIT,
        slack_channel_ids: Sequence[str] = OMIT,
        speeds: Sequence[Literal["fast", "standard"]] = OMIT,
        user_ids: Sequence[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[BetaAnalyticsUsageReportTimeBucket]:
        """List Usage Report (Legacy)

        Report token usage per time bucket (legacy; prefer the usage endpoint).

        `GET /v1/organizations/analytics/usage_report`
        """
        req = Request(
            "GET",
            "/v1/organizations/analytics/usage_report",
            query={
                "starting_at": starting_at,
                "bucket_width": bucket_width,
                "claude_tag_categories[]": claude_tag_categories,
                "claude_tag_user_ids[]": claude_tag_user_ids,
                "context_windows[]": context_windows,
                "ending_at": ending_at,
                "group_by[]": group_by,
                "inference_geos[]": inference_geos,
                "limit": limit,
                "models[]": models,
                "page": page,
                "products[]": products,
                "rbac_group_ids[]": rbac_group_ids,
                "slack_channel_ids[]": slack_channel_ids,
                "speeds[]": speeds,
                "user_ids[]": user_ids,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaAnalyticsUsageReportTimeBucket, "data", "page_cursor")


class BetaOrganizationAnalyticsUsageReportWithRawResponse:
    """`client.beta.organization.analytics.usage_report.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaOrganizationAnalyticsUsageReport) -> None:
        self.list = to_raw_response(resource.list)


class BetaOrganizationAnalyticsUserCostReport:
    """`client.beta.organization.analytics.user_cost_report`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaOrganizationAnalyticsUserCostReportWithRawResponse:
        return BetaOrganizationAnalyticsUserCostReportWithRawResponse(self)

    def list(
        self,
        *,
        starting_at: str,
        bucket_width: Literal["1d", "1h", "1m"] = OMIT,
        claude_tag_categories: Sequence[Literal["dm", "engaged", "monitoring", "proactive", "scheduled"]] = OMIT,
        claude_tag_user_ids: Sequence[str] = OMIT,
        context_windows: Sequence[Literal["0-200k", "200k-1M"]] = OMIT,
        ending_at: str = OMIT,
        exclude_deleted_users: bool = OMIT,
        group_by: Sequence[
            Literal[
                "claude_tag_category",
                "claude_tag_user_id",
                "context_window",
                "cost_type",
                "inference_geo",
                "model",
                "product",
                "rbac_group_id",
                "slack_channel_id",
                "speed",
                "token_type",
            ]
        ] = OMIT,
        inference_geos: Sequence[Literal["global", "not_available", "us"]] = OMIT,
        limit: int = OMIT,
        models: Sequence[str] = OMIT,
        order: Literal["asc", "desc"] = OMIT,
        order_by: Literal["amount", "list_amount"] = OMIT,
        page: str = OMIT,
        products: Sequence[
            Literal[
                "chat",
                "chat_cowork_unified",
                "claude-tag",
                "claude_code",
                "claude_design",
                "claude_in_chrome",
                "cowork",
                "office_agent",
            ]
        ] = OMIT,
        rbac_group_ids: Sequence[str] = OMIT,
        slack_channel_ids: Sequence[str] = OMIT,
        speeds: Sequence[Literal["fast", "standard"]] = OMIT,
        user_ids: Sequence[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[BetaAnalyticsCostUsersItem]:
        """List User Cost Report (Legacy)

        Report cost per user (legacy; prefer the cost endpoint grouped by `actor`).

        `GET /v1/organizations/analytics/user_cost_report`
        """
        req = Request(
            "GET",
            "/v1/organizations/analytics/user_cost_report",
            query={
                "starting_at": starting_at,
                "bucket_width": bucket_width,
                "claude_tag_categories[]": claude_tag_categories,
                "claude_tag_user_ids[]": claude_tag_user_ids,
                "context_windows[]": context_windows,
                "ending_at": ending_at,
                "exclude_deleted_users": exclude_deleted_users,
                "group_by[]": group_by,
                "inference_geos[]": inference_geos,
                "limit": limit,
                "models[]": models,
                "order": order,
                "order_by": order_by,
                "page": page,
                "products[]": products,
                "rbac_group_ids[]": rbac_group_ids,
                "slack_channel_ids[]": slack_channel_ids,
                "speeds[]": speeds,
                "user_ids[]": user_ids,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaAnalyticsCostUsersItem, "data", "page_cursor")


class BetaOrganizationAnalyticsUserCostReportWithRawResponse:
    """`client.beta.organization.analytics.user_cost_report.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaOrganizationAnalyticsUserCostReport) -> None:
        self.list = to_raw_response(resource.list)


class BetaOrganizationAnalyticsUserUsageReport:
    """`client.beta.organization.analytics.user_usage_report`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaOrganizationAnalyticsUserUsageReportWithRawResponse:
        return BetaOrganizationAnalyticsUserUsageReportWithRawResponse(self)

    def list(
        self,
        *,
        starting_at: str,
        bucket_width: Literal["1d", "1h", "1m"] = OMIT,
        claude_tag_categories: Sequence[Literal["dm", "engaged", "monitoring", "proactive", "scheduled"]] = OMIT,
        claude_tag_user_ids: Sequence[str] = OMIT,
        context_windows: Sequence[Literal["0-200k", "200k-1M"]] = OMIT,
        ending_at: str = OMIT,
        exclude_deleted_users: bool = OMIT,
        group_by: Sequence[
            Literal[
                "claude_tag_category",
                "claude_tag_user_id",
                "context_window",
                "inference_geo",
                "model",
                "product",
                "rbac_group_id",
                "slack_channel_id",
                "speed",
            ]
        ] = OMIT,
        inference_geos: Sequence[Literal["global", "not_available", "us"]] = OMIT,
        limit: int = OMIT,
        models: Sequence[str] = OMIT,
        order: Literal["asc", "desc"] = OMIT,
        order_by: Literal["output_tokens", "requests", "total_tokens", "uncached_input_tokens"] = OMIT,
        page: str = OMIT,
        products: Sequence[
            Literal[
                "chat",
                "chat_cowork_unified",
                "claude-tag",
                "claude_code",
                "claude_design",
                "claude_in_chrome",
                "cowork",
                "office_agent",
            ]
        ] = OMIT,
        rbac_group_ids: Sequence[str] = OMIT,
        slack_channel_ids: Sequence[str] = OMIT,
        speeds: Sequence[Literal["fast", "standard"]] = OMIT,
        user_ids: Sequence[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[BetaAnalyticsUsageUsersItem]:
        """List User Usage Report (Legacy)

        Report token usage per user (legacy; prefer the usage endpoint grouped by `actor`).

        `GET /v1/organizations/analytics/user_usage_report`
        """
        req = Request(
            "GET",
            "/v1/organizations/analytics/user_usage_report",
            query={
                "starting_at": starting_at,
                "bucket_width": bucket_width,
                "claude_tag_categories[]": claude_tag_categories,
                "claude_tag_user_ids[]": claude_tag_user_ids,
                "context_windows[]": context_windows,
                "ending_at": ending_at,
                "exclude_deleted_users": exclude_deleted_users,
                "group_by[]": group_by,
                "inference_geos[]": inference_geos,
                "limit": limit,
                "models[]": models,
                "order": order,
                "order_by": order_by,
                "page": page,
                "products[]": products,
                "rbac_group_ids[]": rbac_group_ids,
                "slack_channel_ids[]": slack_channel_ids,
                "speeds[]": speeds,
                "user_ids[]": user_ids,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaAnalyticsUsageUsersItem, "data", "page_cursor")


class BetaOrganizationAnalyticsUserUsageReportWithRawResponse:
    """`client.beta.organization.analytics.user_usage_report.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaOrganizationAnalyticsUserUsageReport) -> None:
        self.list = to_raw_response(resource.list)


class BetaOrganizationAnalytics:
    """`client.beta.organization.analytics`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.cost = BetaOrganizationAnalyticsCost(client)
        self.cost_report = BetaOrganizationAnalyticsCostReport(client)
        self.usage = BetaOrganizationAnalyticsUsage(client)
        self.usage_report = BetaOrganizationAnalyticsUsageReport(client)
        self.user_cost_report = BetaOrganizationAnalyticsUserCostReport(client)
        self.user_usage_report = BetaOrganizationAnalyticsUserUsageReport(client)

    @cached_property
    def with_raw_response(self) -> BetaOrganizationAnalyticsWithRawResponse:
        return BetaOrganizationAnalyticsWithRawResponse(self)


class BetaOrganizationAnalyticsWithRawResponse:
    """`client.beta.organization.analytics.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaOrganizationAnalytics) -> None:
        self._resource = resource


class BetaOrganizationClaudeCodeManagedSettingsConfiguration:
    """`client.beta.organization.claude_code.managed_settings.configuration`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaOrganizationClaudeCodeManagedSettingsConfigurationWithRawResponse:
        return BetaOrganizationClaudeCodeManagedSettingsConfigurationWithRawResponse(self)

    def retrieve(
        self,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaClaudeCodeManagedSettingsConfiguration:
        """Get the managed settings configuration

        Get the organization's Claude Code managed settings mode and RBAC Group order (scope `read:claude_code_managed_settings`).

        `GET /v1/organizations/claude_code/managed_settings/configuration`
        """
        req = Request(
            "GET",
            "/v1/organizations/claude_code/managed_settings/configuration",
            betas=["ce-claude-code-managed-settings-2026-10-06", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaClaudeCodeManagedSettingsConfiguration)

    def update(
        self,
        *,
        mode: Union[
            BetaClaudeCodeManagedSettingsOrganizationModeParam,
            BetaClaudeCodeManagedSettingsRBACGroupsModeParam,
            Mapping[str, Any],
        ] = OMIT,
        rbac_group_order: Sequence[str] = OMIT,
        rbac_group_order_version: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaClaudeCodeManagedSettingsConfiguration:
        """Update the managed settings configuration

        Change the mode, the RBAC Group order, or both in one atomic write; a stale `rbac_group_order_version` returns 409, and a write that returns 503 may have applied.

        `POST /v1/organizations/claude_code/managed_settings/configuration`
        """
        req = Request(
            "POST",
            "/v1/organizations/claude_code/managed_settings/configuration",
            body={
                "mode": mode,
                "rbac_group_order": rbac_group_order,
                "rbac_group_order_version": rbac_group_order_version,
            },
            betas=["ce-claude-code-managed-settings-2026-10-06", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaClaudeCodeManagedSettingsConfiguration)


class BetaOrganizationClaudeCodeManagedSettingsConfigurationWithRawResponse:
    """`client.beta.organization.claude_code.managed_settings.configuration.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaOrganizationClaudeCodeManagedSettingsConfiguration) -> None:
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class BetaOrganizationClaudeCodeManagedSettingsRbacGroupDefault:
    """`client.beta.organization.claude_code.managed_settings.rbac_group_default`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaOrganizationClaudeCodeManagedSettingsRbacGroupDefaultWithRawResponse:
        return BetaOrganizationClaudeCodeManagedSettingsRbacGroupDefaultWithRawResponse(self)

    def retrieve(
        self,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaClaudeCodeRBACGroupDefaultManagedSettings:
        """Get default managed settings

        Get the default Claude Code managed settings, which members in no RBAC Group of `rbac_group_order` receive in `rbac_groups` mode.

        `GET /v1/organizations/claude_code/managed_settings/rbac_group_default`
        """
        req = Request(
            "GET",
            "/v1/organizations/claude_code/managed_settings/rbac_group_default",
            betas=["ce-claude-code-managed-settings-2026-10-06", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaClaudeCodeRBACGroupDefaultManagedSettings)

    def update(
        self,
        *,
        settings: Optional[Mapping[str, Any]],
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaClaudeCodeRBACGroupDefaultManagedSettings:
        """Update default managed settings

        Set or replace the default Claude Code managed settings, or clear them with null; a write that returns 503 may have applied.

        `POST /v1/organizations/claude_code/managed_settings/rbac_group_default`
        """
        req = Request(
            "POST",
            "/v1/organizations/claude_code/managed_settings/rbac_group_default",
            body={
                "settings": settings,
            },
            betas=["ce-claude-code-managed-settings-2026-10-06", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaClaudeCodeRBACGroupDefaultManagedSettings)


class BetaOrganizationClaudeCodeManagedSettingsRbacGroupDefaultWithRawResponse:
    """`client.beta.organization.claude_code.managed_settings.rbac_group_default.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaOrganizationClaudeCodeManagedSettingsRbacGroupDefault) -> None:
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class BetaOrganizationClaudeCodeManagedSettingsRbacGroups:
    """`client.beta.organization.claude_code.managed_settings.rbac_groups`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaOrganizationClaudeCodeManagedSettingsRbacGroupsWithRawResponse:
        return BetaOrganizationClaudeCodeManagedSettingsRbacGroupsWithRawResponse(self)

    def delete(
        self,
        rbac_group_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaDeletedClaudeCodeRBACGroupManagedSettings:
        """Delete RBAC Group managed settings

        Delete an RBAC Group's Claude Code managed settings and remove it from `rbac_group_order`; 404 `rbac_group_managed_settings_not_found` when it has none.

        `DELETE /v1/organizations/claude_code/managed_settings/rbac_groups/{rbac_group_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/claude_code/managed_settings/rbac_groups/{quote(str(rbac_group_id), safe='')}",
            betas=["ce-claude-code-managed-settings-2026-10-06", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaDeletedClaudeCodeRBACGroupManagedSettings)

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
    ) -> SyncPage[BetaClaudeCodeRBACGroupManagedSettingsSummary]:
        """List RBAC Group managed settings

        List the RBAC Groups that have Claude Code managed settings, deleted ones included, highest precedence first; 409 if the order changes between pages.

        `GET /v1/organizations/claude_code/managed_settings/rbac_groups`
        """
        req = Request(
            "GET",
            "/v1/organizations/claude_code/managed_settings/rbac_groups",
            query={"limit": limit, "page": page},
            betas=["ce-claude-code-managed-settings-2026-10-06", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaClaudeCodeRBACGroupManagedSettingsSummary, "data", "page_cursor")

    def retrieve(
        self,
        rbac_group_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaClaudeCodeRBACGroupManagedSettings:
        """Get RBAC Group managed settings

        Get an RBAC Group's Claude Code managed settings; 404 `rbac_group_managed_settings_not_found` when it has none.

        `GET /v1/organizations/claude_code/managed_settings/rbac_groups/{rbac_group_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/claude_code/managed_settings/rbac_groups/{quote(str(rbac_group_id), safe='')}",
            betas=["ce-claude-code-managed-settings-2026-10-06", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaClaudeCodeRBACGroupManagedSettings)

    def set(
        self,
        rbac_group_id: str,
        *,
        settings: Mapping[str, Any],
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaClaudeCodeRBACGroupManagedSettings:
        """Set RBAC Group managed settings

        Create or replace an RBAC Group's Claude Code managed settings; new settings join the end of `rbac_group_order`, and a write that returns 503 may have applied.

        `POST /v1/organizations/claude_code/managed_settings/rbac_groups/{rbac_group_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/claude_code/managed_settings/rbac_groups/{quote(str(rbac_group_id), safe='')}",
            body={
                "settings": settings,
            },
            betas=["ce-claude-code-managed-settings-2026-10-06", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaClaudeCodeRBACGroupManagedSettings)


class BetaOrganizationClaudeCodeManagedSettingsRbacGroupsWithRawResponse:
    """`client.beta.organization.claude_code.managed_settings.rbac_groups.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaOrganizationClaudeCodeManagedSettingsRbacGroups) -> None:
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.set = to_raw_response(resource.set)


class BetaOrganizationClaudeCodeManagedSettings:
    """`client.beta.organization.claude_code.managed_settings`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.configuration = BetaOrganizationClaudeCodeManagedSettingsConfiguration(client)
        self.rbac_group_default = BetaOrganizationClaudeCodeManagedSettingsRbacGroupDefault(client)
        self.rbac_groups = BetaOrganizationClaudeCodeManagedSettingsRbacGroups(client)

    @cached_property
    def with_raw_response(self) -> BetaOrganizationClaudeCodeManagedSettingsWithRawResponse:
        return BetaOrganizationClaudeCodeManagedSettingsWithRawResponse(self)


class BetaOrganizationClaudeCodeManagedSettingsWithRawResponse:
    """`client.beta.organization.claude_code.managed_settings.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaOrganizationClaudeCodeManagedSettings) -> None:
        self._resource = resource


class BetaOrganizationClaudeCode:
    """`client.beta.organization.claude_code`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.managed_settings = BetaOrganizationClaudeCodeManagedSettings(client)

    @cached_property
    def with_raw_response(self) -> BetaOrganizationClaudeCodeWithRawResponse:
        return BetaOrganizationClaudeCodeWithRawResponse(self)


class BetaOrganizationClaudeCodeWithRawResponse:
    """`client.beta.organization.claude_code.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaOrganizationClaudeCode) -> None:
        self._resource = resource


class BetaOrganizationClaudeTagBundlesTargets:
    """`client.beta.organization.claude_tag.bundles.targets`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaOrganizationClaudeTagBundlesTargetsWithRawResponse:
        return BetaOrganizationClaudeTagBundlesTargetsWithRawResponse(self)

    def create(
        self,
        bundle_id: str,
        *,
        type_: Literal["slack_channel", "slack_workspace"],
        slack_channel_id: str = OMIT,
        slack_workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> Union[BetaClaudeTagSlackChannelBundleTarget, BetaClaudeTagSlackWorkspaceBundleTarget]:
        """Attach a Bundle

        Attach a Bundle to a set-up Slack channel or workspace, returning the existing Bundle Target if it is already attached; a group direct message returns 400.

        `POST /v1/organizations/claude_tag/bundles/{bundle_id}/targets`
        """
        req = Request(
            "POST",
            f"/v1/organizations/claude_tag/bundles/{quote(str(bundle_id), safe='')}/targets",
            body={
                "type": type_,
                "slack_channel_id": slack_channel_id,
                "slack_workspace_id": slack_workspace_id,
            },
            betas=["experimental-claude-tag-2026-10-21", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(
            req, Union[BetaClaudeTagSlackChannelBundleTarget, BetaClaudeTagSlackWorkspaceBundleTarget]
        )

    def delete(
        self,
        bundle_id: str,
        target_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaClaudeTagDeletedBundleTarget:
        """Detach a Bundle

        Detach a Bundle from a Slack channel or workspace; a repeated detach returns 404.

        `DELETE /v1/organizations/claude_tag/bundles/{bundle_id}/targets/{target_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/claude_tag/bundles/{quote(str(bundle_id), safe='')}/targets/{quote(str(target_id), safe='')}",
            betas=["experimental-claude-tag-2026-10-21", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaClaudeTagDeletedBundleTarget)

    def list(
        self,
        bundle_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[Union[BetaClaudeTagSlackChannelBundleTarget, BetaClaudeTagSlackWorkspaceBundleTarget]]:
        """List Bundle Targets

        List the Slack channels and workspaces of the organization a Bundle is attached to, newest first.

        `GET /v1/organizations/claude_tag/bundles/{bundle_id}/targets`
        """
        req = Request(
            "GET",
            f"/v1/organizations/claude_tag/bundles/{quote(str(bundle_id), safe='')}/targets",
            query={"limit": limit, "page": page},
            betas=["experimental-claude-tag-2026-10-21", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(
            req,
            Union[BetaClaudeTagSlackChannelBundleTarget, BetaClaudeTagSlackWorkspaceBundleTarget],
            "data",
            "page_cursor",
        )

    def retrieve(
        self,
        bundle_id: str,
        target_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> Union[BetaClaudeTagSlackChannelBundleTarget, BetaClaudeTagSlackWorkspaceBundleTarget]:
        """Get a Bundle Target

        Get one Bundle Target; 404 when it belongs to another Bundle or was detached.

        `GET /v1/organizations/claude_tag/bundles/{bundle_id}/targets/{target_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/claude_tag/bundles/{quote(str(bundle_id), safe='')}/targets/{quote(str(target_id), safe='')}",
            betas=["experimental-claude-tag-2026-10-21", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(
            req, Union[BetaClaudeTagSlackChannelBundleTarget, BetaClaudeTagSlackWorkspaceBundleTarget]
        )


class BetaOrganizationClaudeTagBundlesTargetsWithRawResponse:
    """`client.beta.organization.claude_tag.bundles.targets.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaOrganizationClaudeTagBundlesTargets) -> None:
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)


class BetaOrganizationClaudeTagBundles:
    """`client.beta.organization.claude_tag.bundles`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.targets = BetaOrganizationClaudeTagBundlesTargets(client)

    @cached_property
    def with_raw_response(self) -> BetaOrganizationClaudeTagBundlesWithRawResponse:
        return BetaOrganizationClaudeTagBundlesWithRawResponse(self)

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
    ) -> SyncPage[BetaClaudeTagBundle]:
        """List Bundles

        List the organization's Bundles, newest first; Bundles Claude Tag manages for itself are left out.

        `GET /v1/organizations/claude_tag/bundles`
        """
        req = Request(
            "GET",
            "/v1/organizations/claude_tag/bundles",
            query={"limit": limit, "page": page},
            betas=["experimental-claude-tag-2026-10-21", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaClaudeTagBundle, "data", "page_cursor")

    def retrieve(
        self,
        bundle_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaClaudeTagBundle:
        """Get a Bundle

        Get one Bundle; what it grants is never returned.

        `GET /v1/organizations/claude_tag/bundles/{bundle_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/claude_tag/bundles/{quote(str(bundle_id), safe='')}",
            betas=["experimental-claude-tag-2026-10-21", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaClaudeTagBundle)

    def update(
        self,
        bundle_id: str,
        *,
        instructions: Optional[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaClaudeTagBundle:
        """Update a Bundle

        Change a Bundle's instructions for sessions that start afterwards; Bundles managed in claude.ai return 400.

        `POST /v1/organizations/claude_tag/bundles/{bundle_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/claude_tag/bundles/{quote(str(bundle_id), safe='')}",
            body={
                "instructions": instructions,
            },
            betas=["experimental-claude-tag-2026-10-21", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaClaudeTagBundle)


class BetaOrganizationClaudeTagBundlesWithRawResponse:
    """`client.beta.organization.claude_tag.bundles.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaOrganizationClaudeTagBundles) -> None:
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class BetaOrganizationClaudeTagSlackChannels:
    """`client.beta.organization.claude_tag.slack_channels`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaOrganizationClaudeTagSlackChannelsWithRawResponse:
        return BetaOrganizationClaudeTagSlackChannelsWithRawResponse(self)

    def create(
        self,
        *,
        slack: Union[BetaClaudeTagSlackChannelIdentifiersParam, Mapping[str, Any]],
        settings: Union[BetaClaudeTagSettingsCreateParam, Mapping[str, Any]] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaClaudeTagSlackChannel:
        """Set up a Slack Channel

        Set a Slack channel up for Claude Tag (or return it if it already is) and apply `settings` as an update would; if the settings are refused the channel stays set up with nothing set.

        `POST /v1/organizations/claude_tag/slack_channels`
        """
        req = Request(
            "POST",
            "/v1/organizations/claude_tag/slack_channels",
            body={
                "slack": slack,
                "settings": settings,
            },
            betas=["experimental-claude-tag-2026-10-21", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaClaudeTagSlackChannel)

    def delete(
        self,
        id_: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaClaudeTagDeletedSlackChannel:
        """Remove a Slack Channel

        Remove a channel from Claude Tag, deleting its settings and Bundle Targets at once and its sessions, memory and artifacts in the background; refused with 400 while `enabled` resolves to true.

        `DELETE /v1/organizations/claude_tag/slack_channels/{id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/claude_tag/slack_channels/{quote(str(id_), safe='')}",
            betas=["experimental-claude-tag-2026-10-21", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaClaudeTagDeletedSlackChannel)

    def list(
        self,
        *,
        slack_workspace_id: str,
        include_inherited: bool = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        slack_channel_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[BetaClaudeTagSlackChannel]:
        """List Slack Channels

        List the set-up channels of one Slack workspace, newest first, or look one up by `slack_channel_id` (then `limit` and `page` are ignored).

        `GET /v1/organizations/claude_tag/slack_channels`
        """
        req = Request(
            "GET",
            "/v1/organizations/claude_tag/slack_channels",
            query={
                "slack_workspace_id": slack_workspace_id,
                "include_inherited": include_inherited,
                "limit": limit,
                "page": page,
                "slack_channel_id": slack_channel_id,
            },
            betas=["experimental-claude-tag-2026-10-21", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaClaudeTagSlackChannel, "data", "page_cursor")

    def retrieve(
        self,
        id_: str,
        *,
        include_inherited: bool = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaClaudeTagSlackChannel:
        """Get a Slack Channel

        Get one Slack channel with the settings it stores or, with `include_inherited=true`, those that apply in it (503 if a level could not be read).

        `GET /v1/organizations/claude_tag/slack_channels/{id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/claude_tag/slack_channels/{quote(str(id_), safe='')}",
            query={"include_inherited": include_inherited},
            betas=["experimental-claude-tag-2026-10-21", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaClaudeTagSlackChannel)

    def update(
        self,
        id_: str,
        *,
        settings: Union[BetaClaudeTagSettingsUpdateParam, Mapping[str, Any]],
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaClaudeTagSlackChannel:
        """Update a Slack Channel

        Change the settings a Slack channel stores: omitted ones are unchanged, null ones cleared, and nothing is stored if any value is refused.

        `POST /v1/organizations/claude_tag/slack_channels/{id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/claude_tag/slack_channels/{quote(str(id_), safe='')}",
            body={
                "settings": settings,
            },
            betas=["experimental-claude-tag-2026-10-21", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaClaudeTagSlackChannel)


class BetaOrganizationClaudeTagSlackChannelsWithRawResponse:
    """`client.beta.organization.claude_tag.slack_channels.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaOrganizationClaudeTagSlackChannels) -> None:
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class BetaOrganizationClaudeTagSlackWorkspaces:
    """`client.beta.organization.claude_tag.slack_workspaces`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaOrganizationClaudeTagSlackWorkspacesWithRawResponse:
        return BetaOrganizationClaudeTagSlackWorkspacesWithRawResponse(self)

    def list(
        self,
        *,
        include_inherited: bool = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        slack_workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[BetaClaudeTagSlackWorkspace]:
        """List Slack Workspaces

        List the set-up Slack workspaces the organization owns, newest first, or look one up by `slack_workspace_id`.

        `GET /v1/organizations/claude_tag/slack_workspaces`
        """
        req = Request(
            "GET",
            "/v1/organizations/claude_tag/slack_workspaces",
            query={
                "include_inherited": include_inherited,
                "limit": limit,
                "page": page,
                "slack_workspace_id": slack_workspace_id,
            },
            betas=["experimental-claude-tag-2026-10-21", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaClaudeTagSlackWorkspace, "data", "page_cursor")

    def retrieve(
        self,
        id_: str,
        *,
        include_inherited: bool = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaClaudeTagSlackWorkspace:
        """Get a Slack Workspace

        Get one Slack workspace with the settings it stores or, with `include_inherited=true`, those that apply in it (503 if a level could not be read).

        `GET /v1/organizations/claude_tag/slack_workspaces/{id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/claude_tag/slack_workspaces/{quote(str(id_), safe='')}",
            query={"include_inherited": include_inherited},
            betas=["experimental-claude-tag-2026-10-21", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaClaudeTagSlackWorkspace)

    def update(
        self,
        id_: str,
        *,
        settings: Union[BetaClaudeTagSettingsUpdateParam, Mapping[str, Any]],
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaClaudeTagSlackWorkspace:
        """Update a Slack Workspace

        Change the settings a Slack workspace stores: omitted ones are unchanged, null ones cleared, and nothing is stored if any value is refused.

        `POST /v1/organizations/claude_tag/slack_workspaces/{id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/claude_tag/slack_workspaces/{quote(str(id_), safe='')}",
            body={
                "settings": settings,
            },
            betas=["experimental-claude-tag-2026-10-21", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaClaudeTagSlackWorkspace)


class BetaOrganizationClaudeTagSlackWorkspacesWithRawResponse:
    """`client.beta.organization.claude_tag.slack_workspaces.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaOrganizationClaudeTagSlackWorkspaces) -> None:
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class BetaOrganizationClaudeTag:
    """`client.beta.organization.claude_tag`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.bundles = BetaOrganizationClaudeTagBundles(client)
        self.slack_channels = BetaOrganizationClaudeTagSlackChannels(client)
        self.slack_workspaces = BetaOrganizationClaudeTagSlackWorkspaces(client)

    @cached_property
    def with_raw_response(self) -> BetaOrganizationClaudeTagWithRawResponse:
        return BetaOrganizationClaudeTagWithRawResponse(self)


class BetaOrganizationClaudeTagWithRawResponse:
    """`client.beta.organization.claude_tag.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaOrganizationClaudeTag) -> None:
        self._resource = resource


class BetaOrganizationExternalStorage:
    """`client.beta.organization.external_storage`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaOrganizationExternalStorageWithRawResponse:
        return BetaOrganizationExternalStorageWithRawResponse(self)

    def activate(
        self,
        external_storage_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaExternalStorage:
        """Activate External Storage

        Verify External Storage that is pending configuration and, if the checks pass, make it `available`. Storage that is already available, active or draining is returned as it is, with no check. Takes no request body.

        `POST /v1/organizations/external_storage/{external_storage_id}/activate`
        """
        req = Request(
            "POST",
            f"/v1/organizations/external_storage/{quote(str(external_storage_id), safe='')}/activate",
            betas=["efs-2026-10-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaExternalStorage)

    def create(
        self,
        *,
        provider_config: Union[BetaAWSExternalStorageConfigParam, BetaGCPExternalStorageConfigParam, Mapping[str, Any]],
        display_name: Optional[str] = OMIT,
        user_profile_id: Optional[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaExternalStorage:
        """Create External Storage

        Add a bucket that lives in the organization's own AWS or Google Cloud account. The storage starts as `pending_configuration` and is verified only when activated; on Claude Platform on AWS, `aws` storage gets its bucket ARN as its ID.

        `POST /v1/organizations/external_storage`
        """
        req = Request(
            "POST",
            "/v1/organizations/external_storage",
            body={
                "provider_config": provider_config,
                "display_name": display_name,
                "user_profile_id": user_profile_id,
            },
            betas=["efs-2026-10-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaExternalStorage)

    def delete(
        self,
        external_storage_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaDeletedExternalStorage:
        """Delete External Storage

        Delete External Storage. Storage that is pending configuration, available, or active but never attached goes at once, unless an Enterprise Frontier Safeguards workspace policy lists it; any other storage gets a 400 saying what to do. On `draining` storage that 400 may mean this call began an irreversible removal: read the storage, and if `status.removal_started` is true, delete it again later to complete it.

        `DELETE /v1/organizations/external_storage/{external_storage_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/external_storage/{quote(str(external_storage_id), safe='')}",
            betas=["efs-2026-10-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaDeletedExternalStorage)

    def list(
        self,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        user_profile_ids: Sequence[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[BetaExternalStorage]:
        """List External Storage

        List the organization's External Storage, newest first, optionally only the storage bound to any of the given user profiles.

        `GET /v1/organizations/external_storage`
        """
        req = Request(
            "GET",
            "/v1/organizations/external_storage",
            query={"limit": limit, "page": page, "user_profile_ids[]": user_profile_ids},
            betas=["efs-2026-10-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaExternalStorage, "data", "page_cursor")

    def retrieve(
        self,
        external_storage_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaExternalStorage:
        """Get External Storage

        Get one External Storage of the organization, with its bucket and status. On Claude Platform on AWS, `aws` storage is addressed by its bucket ARN.

        `GET /v1/organizations/external_storage/{external_storage_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/external_storage/{quote(str(external_storage_id), safe='')}",
            betas=["efs-2026-10-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaExternalStorage)

    def update(
        self,
        external_storage_id: str,
        *,
        display_name: Optional[str],
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaExternalStorage:
        """Update External Storage

        Rename External Storage, or remove its name with null, whatever its status; nothing else about it can be changed.

        `POST /v1/organizations/external_storage/{external_storage_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/external_storage/{quote(str(external_storage_id), safe='')}",
            body={
                "display_name": display_name,
            },
            betas=["efs-2026-10-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaExternalStorage)


class BetaOrganizationExternalStorageWithRawResponse:
    """`client.beta.organization.external_storage.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaOrganizationExternalStorage) -> None:
        self.activate = to_raw_response(resource.activate)
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class BetaOrganizationPluginMarketplaces:
    """`client.beta.organization.plugin_marketplaces`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaOrganizationPluginMarketplacesWithRawResponse:
        return BetaOrganizationPluginMarketplacesWithRawResponse(self)

    def list(
        self,
        *,
        limit: int = OMIT,
        organization_id: str = OMIT,
        owner_type: Literal["organization", "user"] = OMIT,
        page: str = OMIT,
        source: Literal["directory", "github", "gitlab", "manual", "public_git"] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[BetaPluginMarketplace]:
        """List plugin marketplaces

        List the organization's plugin marketplaces and its members' personal ones (created and deleted in claude.ai), newest first.

        `GET /v1/organizations/plugin_marketplaces`
        """
        req = Request(
            "GET",
            "/v1/organizations/plugin_marketplaces",
            query={
                "limit": limit,
                "organization_id": organization_id,
                "owner_type": owner_type,
                "page": page,
                "source": source,
            },
            betas=["ce-plugins-2026-09-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaPluginMarketplace, "data", "page_cursor")

    def retrieve(
        self,
        marketplace_id: str,
        *,
        organization_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaPluginMarketplace:
        """Get a plugin marketplace

        Get a plugin marketplace by ID.

        `GET /v1/organizations/plugin_marketplaces/{marketplace_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/plugin_marketplaces/{quote(str(marketplace_id), safe='')}",
            query={"organization_id": organization_id},
            betas=["ce-plugins-2026-09-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaPluginMarketplace)

    def update(
        self,
        marketplace_id: str,
        *,
        default_installation_preference: Literal["auto_install", "available", "not_available", "required"],
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaPluginMarketplace:
        """Update a plugin marketplace

        Set the default installation setting of one of the organization's own plugin marketplaces; it applies to every Plugin in it without a setting of its own.

        `POST /v1/organizations/plugin_marketplaces/{marketplace_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/plugin_marketplaces/{quote(str(marketplace_id), safe='')}",
            body={
                "default_installation_preference": default_installation_preference,
            },
            betas=["ce-plugins-2026-09-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaPluginMarketplace)

    def validate_archive(
        self,
        *,
        archive: FileContent,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaPluginMarketplaceValidationReport:
        """Validate a plugin marketplace archive

        Check whether an uploaded `.zip` of a marketplace directory would synchronize into claude.ai, without storing it; unreadable content is reported with `valid: false`, not refused.

        `POST /v1/organizations/plugin_marketplaces/validate_archive`
        """
        req = Request(
            "POST",
            "/v1/organizations/plugin_marketplaces/validate_archive",
            body={
                "archive": archive,
            },
            file_fields=[
                "archive",
            ],
            betas=["ce-plugins-2026-09-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaPluginMarketplaceValidationReport)

    def validate_repository(
        self,
        *,
        repository_url: str,
        ref: Optional[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaPluginMarketplaceValidationReport:
        """Validate a plugin marketplace repository

        Check whether a marketplace in a public GitHub repository would synchronize into claude.ai, without connecting it; a missing or private repository is reported with `valid: false`.

        `POST /v1/organizations/plugin_marketplaces/validate_repository`
        """
        req = Request(
            "POST",
            "/v1/organizations/plugin_marketplaces/validate_repository",
            body={
                "repository_url": repository_url,
                "ref": ref,
            },
            betas=["ce-plugins-2026-09-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaPluginMarketplaceValidationReport)


class BetaOrganizationPluginMarketplacesWithRawResponse:
    """`client.beta.organization.plugin_marketplaces.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaOrganizationPluginMarketplaces) -> None:
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.validate_archive = to_raw_response(resource.validate_archive)
        self.validate_repository = to_raw_response(resource.validate_repository)


class BetaOrganizationPluginsInstallationSettings:
    """`client.beta.organization.plugins.installation_settings`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaOrganizationPluginsInstallationSettingsWithRawResponse:
        return BetaOrganizationPluginsInstallationSettingsWithRawResponse(self)

    def list(
        self,
        plugin_id: str,
        *,
        limit: int = OMIT,
        organization_id: str = OMIT,
        page: str = OMIT,
        target_type: Literal["organization", "rbac_group"] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[BetaPluginInstallationSetting]:
        """List Plugin installation settings

        List an organization-owned Plugin's installation settings (its own organization-wide one and each RBAC Group's), most recently created first.

        `GET /v1/organizations/plugins/{plugin_id}/installation_settings`
        """
        req = Request(
            "GET",
            f"/v1/organizations/plugins/{quote(str(plugin_id), safe='')}/installation_settings",
            query={"limit": limit, "organization_id": organization_id, "page": page, "target_type": target_type},
            betas=["ce-plugins-2026-09-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaPluginInstallationSetting, "data", "page_cursor")

    def remove(
        self,
        plugin_id: str,
        target: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaDeletedPluginInstallationSetting:
        """Remove a Plugin installation setting

        Remove an organization-owned Plugin's own setting for the organization (which falls back to the marketplace default) or for one RBAC Group; a target without one is a 404.

        `DELETE /v1/organizations/plugins/{plugin_id}/installation_settings/{target}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/plugins/{quote(str(plugin_id), safe='')}/installation_settings/{quote(str(target), safe='')}",
            betas=["ce-plugins-2026-09-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaDeletedPluginInstallationSetting)

    def set(
        self,
        plugin_id: str,
        target: str,
        *,
        installation_preference: Literal["auto_install", "available", "not_available", "required"],
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaPluginInstallationSetting:
        """Set a Plugin installation setting

        Set an organization-owned Plugin's installation setting for the whole organization or one RBAC Group, one write at a time (a concurrent write may get a retryable 503).

        `POST /v1/organizations/plugins/{plugin_id}/installation_settings/{target}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/plugins/{quote(str(plugin_id), safe='')}/installation_settings/{quote(str(target), safe='')}",
            body={
                "installation_preference": installation_preference,
            },
            betas=["ce-plugins-2026-09-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaPluginInstallationSetting)


class BetaOrganizationPluginsInstallationSettingsWithRawResponse:
    """`client.beta.organization.plugins.installation_settings.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaOrganizationPluginsInstallationSettings) -> None:
        self.list = to_raw_response(resource.list)
        self.remove = to_raw_response(resource.remove)
        self.set = to_raw_response(resource.set)


class BetaOrganizationPluginsShares:
    """`client.beta.organization.plugins.shares`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaOrganizationPluginsSharesWithRawResponse:
        return BetaOrganizationPluginsSharesWithRawResponse(self)

    def list(
        self,
        plugin_id: str,
        *,
        limit: int = OMIT,
        organization_id: str = OMIT,
        page: str = OMIT,
        target_type: Literal["organization", "organization_member", "rbac_group"] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[BetaPluginShare]:
        """List Plugin shares

        List the read-only shares of a member-owned Plugin (to the organization, an RBAC Group or one member), most recently granted first.

        `GET /v1/organizations/plugins/{plugin_id}/shares`
        """
        req = Request(
            "GET",
            f"/v1/organizations/plugins/{quote(str(plugin_id), safe='')}/shares",
            query={"limit": limit, "organization_id": organization_id, "page": page, "target_type": target_type},
            betas=["ce-plugins-2026-09-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaPluginShare, "data", "page_cursor")


class BetaOrganizationPluginsSharesWithRawResponse:
    """`client.beta.organization.plugins.shares.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaOrganizationPluginsShares) -> None:
        self.list = to_raw_response(resource.list)


class BetaOrganizationPluginsVersions:
    """`client.beta.organization.plugins.versions`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaOrganizationPluginsVersionsWithRawResponse:
        return BetaOrganizationPluginsVersionsWithRawResponse(self)

    def create(
        self,
        plugin_id: str,
        *,
        files: Sequence[FileContent],
        release_notes: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaPluginVersion:
        """Create a Plugin version

        Upload a new version of an organization-owned Plugin in a `manual` marketplace (its manifest name must equal the Plugin's); it becomes the served version unless that is pinned.

        `POST /v1/organizations/plugins/{plugin_id}/versions`
        """
        req = Request(
            "POST",
            f"/v1/organizations/plugins/{quote(str(plugin_id), safe='')}/versions",
            body={
                "files[]": files,
                "release_notes": release_notes,
            },
            file_fields=[
                "files[]",
            ],
            betas=["ce-plugins-2026-09-01", *betas],
            max_request_bytes=524288000,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaPluginVersion)

    def download(
        self,
        plugin_id: str,
        version: str,
        *,
        organization_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BinaryResponse:
        """Download a Plugin version

        Download a version's stored `.zip` archive. The Compliance API activity feed can record a download of a member-owned Plugin (while activity events are captured for its organization; a record is not guaranteed); the archive is served either way.

        `GET /v1/organizations/plugins/{plugin_id}/versions/{version}/content`
        """
        req = Request(
            "GET",
            f"/v1/organizations/plugins/{quote(str(plugin_id), safe='')}/versions/{quote(str(version), safe='')}/content",
            query={"organization_id": organization_id},
            betas=["ce-plugins-2026-09-01", *betas],
            accept="application/binary, application/octet-stream",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.binary(req)

    def list(
        self,
        plugin_id: str,
        *,
        limit: int = OMIT,
        organization_id: str = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[BetaPluginVersion]:
        """List Plugin versions

        List a Plugin's versions, newest first; the first item of the first page is the Plugin's `latest_version_id`.

        `GET /v1/organizations/plugins/{plugin_id}/versions`
        """
        req = Request(
            "GET",
            f"/v1/organizations/plugins/{quote(str(plugin_id), safe='')}/versions",
            query={"limit": limit, "organization_id": organization_id, "page": page},
            betas=["ce-plugins-2026-09-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaPluginVersion, "data", "page_cursor")

    def retrieve(
        self,
        plugin_id: str,
        version: str,
        *,
        organization_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaPluginVersion:
        """Get a Plugin version

        Get one version of a Plugin by ID, or its newest version with `latest`.

        `GET /v1/organizations/plugins/{plugin_id}/versions/{version}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/plugins/{quote(str(plugin_id), safe='')}/versions/{quote(str(version), safe='')}",
            query={"organization_id": organization_id},
            betas=["ce-plugins-2026-09-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaPluginVersion)


class BetaOrganizationPluginsVersionsWithRawResponse:
    """`client.beta.organization.plugins.versions.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaOrganizationPluginsVersions) -> None:
        self.create = to_raw_response(resource.create)
        self.download = to_raw_response(resource.download)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)


class BetaOrganizationPlugins:
    """`client.beta.organization.plugins`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.installation_settings = BetaOrganizationPluginsInstallationSettings(client)
        self.shares = BetaOrganizationPluginsShares(client)
        self.versions = BetaOrganizationPluginsVersions(client)

    @cached_property
    def with_raw_response(self) -> BetaOrganizationPluginsWithRawResponse:
        return BetaOrganizationPluginsWithRawResponse(self)

    def create(
        self,
        *,
        files: Sequence[FileContent],
        marketplace_id: str = OMIT,
        release_notes: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaPlugin:
        """Create a Plugin

        Create an organization-owned Plugin and its first version from uploaded files, taking its name (unique in the marketplace, else a 409 `plugin_name_taken`), display name and description from the manifest.

        `POST /v1/organizations/plugins`
        """
        req = Request(
            "POST",
            "/v1/organizations/plugins",
            body={
                "files[]": files,
                "marketplace_id": marketplace_id,
                "release_notes": release_notes,
            },
            file_fields=[
                "files[]",
            ],
            betas=["ce-plugins-2026-09-01", *betas],
            max_request_bytes=524288000,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaPlugin)

    def delete(
        self,
        plugin_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaDeletedPlugin:
        """Delete a Plugin

        Permanently delete a Plugin of a `manual` marketplace and all its versions, whether the organization or a member owns it.

        `DELETE /v1/organizations/plugins/{plugin_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/plugins/{quote(str(plugin_id), safe='')}",
            betas=["ce-plugins-2026-09-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaDeletedPlugin)

    def list(
        self,
        *,
        created_at_gt: str = OMIT,
        created_at_gte: str = OMIT,
        created_at_lt: str = OMIT,
        created_at_lte: str = OMIT,
        limit: int = OMIT,
        marketplace_id: str = OMIT,
        organization_id: str = OMIT,
        owner_type: Literal["organization", "user"] = OMIT,
        owner_user_id: str = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[BetaPlugin]:
        """List Plugins

        List the Plugins of the organization's plugin marketplaces and of its members' personal ones, newest first.

        `GET /v1/organizations/plugins`
        """
        req = Request(
            "GET",
            "/v1/organizations/plugins",
            query={
                "created_at[gt]": created_at_gt,
                "created_at[gte]": created_at_gte,
                "created_at[lt]": created_at_lt,
                "created_at[lte]": created_at_lte,
                "limit": limit,
                "marketplace_id": marketplace_id,
                "organization_id": organization_id,
                "owner_type": owner_type,
                "owner_user_id": owner_user_id,
                "page": page,
            },
            betas=["ce-plugins-2026-09-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaPlugin, "data", "page_cursor")

    def retrieve(
        self,
        plugin_id: str,
        *,
        organization_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaPlugin:
        """Get a Plugin

        Get a Plugin by ID.

        `GET /v1/organizations/plugins/{plugin_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/plugins/{quote(str(plugin_id), safe='')}",
            query={"organization_id": organization_id},
            betas=["ce-plugins-2026-09-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaPlugin)

    def update(
        self,
        plugin_id: str,
        *,
        served_version_id: str,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaPlugin:
        """Update a Plugin

        Serve and pin one stored version of an organization-owned Plugin, for example to roll back; pinning cannot be undone and no new version is created.

        `POST /v1/organizations/plugins/{plugin_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/plugins/{quote(str(plugin_id), safe='')}",
            body={
                "served_version_id": served_version_id,
            },
            betas=["ce-plugins-2026-09-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaPlugin)


class BetaOrganizationPluginsWithRawResponse:
    """`client.beta.organization.plugins.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaOrganizationPlugins) -> None:
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class BetaOrganizationSpendLimits:
    """`client.beta.organization.spend_limits`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaOrganizationSpendLimitsWithRawResponse:
        return BetaOrganizationSpendLimitsWithRawResponse(self)

    def delete(
        self,
        spend_limit_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SpendLimitDeleteResponse:
        """Delete a Spend Limit

        Delete a spend limit; the scope falls back to the limits that apply above it.

        `DELETE /v1/organizations/spend_limits/{spend_limit_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/spend_limits/{quote(str(spend_limit_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, SpendLimitDeleteResponse)

    def list(
        self,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        scope_type: Sequence[
            Literal[
                "organization", "organization_service", "rbac_group", "seat_tier", "usage_tier", "user", "workspace"
            ]
        ] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[SpendLimit]:
        """List Spend Limits

        List the configured spend limits of the organization.

        `GET /v1/organizations/spend_limits`
        """
        req = Request(
            "GET",
            "/v1/organizations/spend_limits",
            query={"limit": limit, "page": page, "scope_type[]": scope_type, "workspace_id": workspace_id},
            betas=["spend-limit-reads-2026-09-26", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, SpendLimit, "data", "page_cursor")

    def retrieve(
        self,
        spend_limit_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SpendLimit:
        """Get a Spend Limit

        Get a spend limit by ID.

        `GET /v1/organizations/spend_limits/{spend_limit_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/spend_limits/{quote(str(spend_limit_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, SpendLimit)

    def set(
        self,
        *,
        amount: Optional[str],
        scope: Union[
            SpendLimitUserScopeParam, SpendLimitOrganizationScopeParam, SpendLimitWorkspaceScopeParam, Mapping[str, Any]
        ],
        period: Literal["daily", "monthly", "weekly"] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SpendLimit:
        """Set a Spend Limit

        Create or replace the spend limit of one scope and period.

        `POST /v1/organizations/spend_limits`
        """
        req = Request(
            "POST",
            "/v1/organizations/spend_limits",
            body={
                "amount": amount,
                "scope": scope,
                "period": period,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, SpendLimit)


class BetaOrganizationSpendLimitsWithRawResponse:
    """`client.beta.organization.spend_limits.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaOrganizationSpendLimits) -> None:
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.set = to_raw_response(resource.set)


class BetaOrganizationTelemetryDestinationsWorkspaces:
    """`client.beta.organization.telemetry_destinations.workspaces`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaOrganizationTelemetryDestinationsWorkspacesWithRawResponse:
        return BetaOrganizationTelemetryDestinationsWorkspacesWithRawResponse(self)

    def add(
        self,
        destination_id: str,
        workspace_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaTelemetryDestinationWorkspace:
        """Add a workspace to a Telemetry Destination

        Add one workspace to a destination's list (at most 1,000), returning the existing entry if it is already there; a destination of type `all` returns 400.

        `POST /v1/organizations/telemetry_destinations/{destination_id}/workspaces/{workspace_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/telemetry_destinations/{quote(str(destination_id), safe='')}/workspaces/{quote(str(workspace_id), safe='')}",
            betas=["telemetry-destinations-2026-08-11", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaTelemetryDestinationWorkspace)

    def list(
        self,
        destination_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[BetaTelemetryDestinationWorkspace]:
        """List a Telemetry Destination's workspaces

        List the workspaces on a destination's workspace list, newest entry first, archived ones included; a destination of type `all` has an empty list.

        `GET /v1/organizations/telemetry_destinations/{destination_id}/workspaces`
        """
        req = Request(
            "GET",
            f"/v1/organizations/telemetry_destinations/{quote(str(destination_id), safe='')}/workspaces",
            query={"limit": limit, "page": page},
            betas=["telemetry-destinations-2026-08-11", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaTelemetryDestinationWorkspace, "data", "page_cursor")

    def remove(
        self,
        destination_id: str,
        workspace_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaDeletedTelemetryDestinationWorkspace:
        """Remove a workspace from a Telemetry Destination

        Remove one workspace from a destination's list; 404 when it is not on the list, 400 for a destination of type `all`.

        `DELETE /v1/organizations/telemetry_destinations/{destination_id}/workspaces/{workspace_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/telemetry_destinations/{quote(str(destination_id), safe='')}/workspaces/{quote(str(workspace_id), safe='')}",
            betas=["telemetry-destinations-2026-08-11", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaDeletedTelemetryDestinationWorkspace)


class BetaOrganizationTelemetryDestinationsWorkspacesWithRawResponse:
    """`client.beta.organization.telemetry_destinations.workspaces.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaOrganizationTelemetryDestinationsWorkspaces) -> None:
        self.add = to_raw_response(resource.add)
        self.list = to_raw_response(resource.list)
        self.remove = to_raw_response(resource.remove)


class BetaOrganizationTelemetryDestinations:
    """`client.beta.organization.telemetry_destinations`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.workspaces = BetaOrganizationTelemetryDestinationsWorkspaces(client)

    @cached_property
    def with_raw_response(self) -> BetaOrganizationTelemetryDestinationsWithRawResponse:
        return BetaOrganizationTelemetryDestinationsWithRawResponse(self)

    def create(
        self,
        *,
        endpoint_url: str,
        workspaces: Union[
            BetaTelemetryDestinationWorkspacesAllParams,
            BetaTelemetryDestinationWorkspacesIncludeParams,
            BetaTelemetryDestinationWorkspacesExcludeParams,
            Mapping[str, Any],
        ],
        display_name: Optional[str] = OMIT,
        headers: Mapping[str, Any] = OMIT,
        traces: Union[BetaTelemetryDestinationTracesParams, Mapping[str, Any]] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaTelemetryDestination:
        """Create a Telemetry Destination

        Register an OpenTelemetry destination for the organization; it starts `enabled`, and an organization has at most 10 destinations, disabled ones included.

        `POST /v1/organizations/telemetry_destinations`
        """
        req = Request(
            "POST",
            "/v1/organizations/telemetry_destinations",
            body={
                "endpoint_url": endpoint_url,
                "workspaces": workspaces,
                "display_name": display_name,
                "headers": headers,
                "traces": traces,
            },
            betas=["telemetry-destinations-2026-08-11", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaTelemetryDestination)

    def delete(
        self,
        destination_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaDeletedTelemetryDestination:
        """Delete a Telemetry Destination

        Delete a destination and its workspace list; it can no longer be read or restored, and spans stop going to it.

        `DELETE /v1/organizations/telemetry_destinations/{destination_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/telemetry_destinations/{quote(str(destination_id), safe='')}",
            betas=["telemetry-destinations-2026-08-11", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaDeletedTelemetryDestination)

    def list(
        self,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        workspace_ids: Sequence[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[BetaTelemetryDestination]:
        """List Telemetry Destinations

        List the organization's destinations, newest first, optionally only those that cover any of the given workspaces.

        `GET /v1/organizations/telemetry_destinations`
        """
        req = Request(
            "GET",
            "/v1/organizations/telemetry_destinations",
            query={"limit": limit, "page": page, "workspace_ids[]": workspace_ids},
            betas=["telemetry-destinations-2026-08-11", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaTelemetryDestination, "data", "page_cursor")

    def retrieve(
        self,
        destination_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaTelemetryDestination:
        """Get a Telemetry Destination

        Get a destination's configuration, state and most recent delivery results.

        `GET /v1/organizations/telemetry_destinations/{destination_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/telemetry_destinations/{quote(str(destination_id), safe='')}",
            betas=["telemetry-destinations-2026-08-11", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaTelemetryDestination)

    def test(
        self,
        destination_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaTelemetryDestinationTestResponse:
        """Test a Telemetry Destination

        Send one `anthropic.test` span to the destination, once and without retries, and report its answer (200 either way); wait 10 seconds between tests of one destination or get a 429.

        `POST /v1/organizations/telemetry_destinations/{destination_id}/test`
        """
        req = Request(
            "POST",
            f"/v1/organizations/telemetry_destinations/{quote(str(destination_id), safe='')}/test",
            betas=["telemetry-destinations-2026-08-11", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaTelemetryDestinationTestResponse)

    def update(
        self,
        destination_id: str,
        *,
        display_name: Optional[str] = OMIT,
        endpoint_url: str = OMIT,
        headers: Mapping[str, Any] = OMIT,
        state: Union[
            BetaTelemetryDestinationStateEnabledParams, BetaTelemetryDestinationStateDisabledParams, Mapping[str, Any]
        ] = OMIT,
        traces: Optional[Union[BetaTelemetryDestinationTracesParams, Mapping[str, Any]]] = OMIT,
        workspaces: Union[
            BetaTelemetryDestinationWorkspacesAllParams,
            BetaTelemetryDestinationWorkspacesIncludeParams,
            BetaTelemetryDestinationWorkspacesExcludeParams,
            Mapping[str, Any],
        ] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaTelemetryDestination:
        """Update a Telemetry Destination

        Change a destination's settings, state or covered workspaces; omitted fields are kept (except headers, which a new hostname or port drops), and a concurrent change returns 409.

        `POST /v1/organizations/telemetry_destinations/{destination_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/telemetry_destinations/{quote(str(destination_id), safe='')}",
            body={
                "display_name": display_name,
                "endpoint_url": endpoint_url,
                "headers": headers,
                "state": state,
                "traces": traces,
                "workspaces": workspaces,
            },
            betas=["telemetry-destinations-2026-08-11", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaTelemetryDestination)


class BetaOrganizationTelemetryDestinationsWithRawResponse:
    """`client.beta.organization.telemetry_destinations.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaOrganizationTelemetryDestinations) -> None:
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.test = to_raw_response(resource.test)
        self.update = to_raw_response(resource.update)


class BetaOrganizationUsers:
    """`client.beta.organization.users`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaOrganizationUsersWithRawResponse:
        return BetaOrganizationUsersWithRawResponse(self)

    def sign_out(
        self,
        user_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> OrganizationUser:
        """Sign Out a User

        Sign a member out of Claude everywhere without removing them: ends their sign-in sessions, trusted devices and the OAuth tokens issued for this organization (a token can take up to an hour to stop working). API keys are not affected. The primary owner and the caller cannot be signed out; a 503 can be retried. Beta, for Claude Enterprise organizations; a key needs the `write:members` scope there.

        `POST /v1/organizations/users/{user_id}/sign_out`
        """
        req = Request(
            "POST",
            f"/v1/organizations/users/{quote(str(user_id), safe='')}/sign_out",
            betas=["admin-user-sign-out-2026-10-08", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, OrganizationUser)


class BetaOrganizationUsersWithRawResponse:
    """`client.beta.organization.users.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaOrganizationUsers) -> None:
        self.sign_out = to_raw_response(resource.sign_out)


class BetaOrganizationWebhooks:
    """`client.beta.organization.webhooks`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaOrganizationWebhooksWithRawResponse:
        return BetaOrganizationWebhooksWithRawResponse(self)

    def create(
        self,
        *,
        enabled_events: Sequence[
            Literal[
                "external_key.failed",
                "external_key.recovered",
                "external_storage.failed",
                "external_storage.recovered",
                "user_profile.enforcement_action_opened",
                "user_profile.enforcement_action_resolved",
                "user_profile.program_status_updated",
            ]
        ],
        url: str,
        description: str = OMIT,
        name: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaNewOrganizationWebhookEndpoint:
        """Create an organization webhook endpoint

        Create a webhook endpoint that belongs to the organization (at most 32 per organization); only this response carries its signing secret.

        `POST /v1/organizations/webhooks`
        """
        req = Request(
            "POST",
            "/v1/organizations/webhooks",
            body={
                "enabled_events": enabled_events,
                "url": url,
                "description": description,
                "name": name,
            },
            betas=["webhooks-2026-10-07", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaNewOrganizationWebhookEndpoint)

    def delete(
        self,
        webhook_endpoint_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaDeletedOrganizationWebhookEndpoint:
        """Delete an organization webhook endpoint

        Delete an organization webhook endpoint.

        `DELETE /v1/organizations/webhooks/{webhook_endpoint_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/webhooks/{quote(str(webhook_endpoint_id), safe='')}",
            betas=["webhooks-2026-10-07", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaDeletedOrganizationWebhookEndpoint)

    def list(
        self,
        *,
        after_id: str = OMIT,
        before_id: str = OMIT,
        limit: int = OMIT,
        order: Literal["asc", "desc"] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[BetaOrganizationWebhookEndpoint]:
        """List organization webhook endpoints

        List the organization's webhook endpoints; endpoints that belong to a Workspace are not included.

        `GET /v1/organizations/webhooks`
        """
        req = Request(
            "GET",
            "/v1/organizations/webhooks",
            query={"after_id": after_id, "before_id": before_id, "limit": limit, "order": order},
            betas=["webhooks-2026-10-07", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaOrganizationWebhookEndpoint, "data", "id_cursor")

    def regenerate_signing_secret(
        self,
        webhook_endpoint_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaOrganizationWebhookEndpointSigningSecret:
        """Regenerate a webhook endpoint's signing secret

        Replace an organization webhook endpoint's signing secret; the old one stops working at once and the new one is returned only here.

        `POST /v1/organizations/webhooks/{webhook_endpoint_id}/regenerate_signing_secret`
        """
        req = Request(
            "POST",
            f"/v1/organizations/webhooks/{quote(str(webhook_endpoint_id), safe='')}/regenerate_signing_secret",
            betas=["webhooks-2026-10-07", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaOrganizationWebhookEndpointSigningSecret)

    def retrieve(
        self,
        webhook_endpoint_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaOrganizationWebhookEndpoint:
        """Get an organization webhook endpoint

        Get an organization webhook endpoint by ID.

        `GET /v1/organizations/webhooks/{webhook_endpoint_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/webhooks/{quote(str(webhook_endpoint_id), safe='')}",
            betas=["webhooks-2026-10-07", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaOrganizationWebhookEndpoint)

    def update(
        self,
        webhook_endpoint_id: str,
        *,
        description: str = OMIT,
        enabled_events: Sequence[
            Literal[
                "external_key.failed",
                "external_key.recovered",
                "external_storage.failed",
                "external_storage.recovered",
                "user_profile.enforcement_action_opened",
                "user_profile.enforcement_action_resolved",
                "user_profile.program_status_updated",
            ]
        ] = OMIT,
        name: str = OMIT,
        state: Literal["disabled", "enabled"] = OMIT,
        url: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaOrganizationWebhookEndpoint:
        """Update an organization webhook endpoint

        Change the fields sent of an organization webhook endpoint; setting `state` to `enabled` also clears `disabled_reason`.

        `POST /v1/organizations/webhooks/{webhook_endpoint_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/webhooks/{quote(str(webhook_endpoint_id), safe='')}",
            body={
                "description": description,
                "enabled_events": enabled_events,
                "name": name,
                "state": state,
                "url": url,
            },
            betas=["webhooks-2026-10-07", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaOrganizationWebhookEndpoint)


class BetaOrganizationWebhooksWithRawResponse:
    """`client.beta.organization.webhooks.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaOrganizationWebhooks) -> None:
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)
        self.regenerate_signing_secret = to_raw_response(resource.regenerate_signing_secret)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class BetaOrganization:
    """`client.beta.organization`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.analytics = BetaOrganizationAnalytics(client)
        self.claude_code = BetaOrganizationClaudeCode(client)
        self.claude_tag = BetaOrganizationClaudeTag(client)
        self.external_storage = BetaOrganizationExternalStorage(client)
        self.plugin_marketplaces = BetaOrganizationPluginMarketplaces(client)
        self.plugins = BetaOrganizationPlugins(client)
        self.spend_limits = BetaOrganizationSpendLimits(client)
        self.telemetry_destinations = BetaOrganizationTelemetryDestinations(client)
        self.users = BetaOrganizationUsers(client)
        self.webhooks = BetaOrganizationWebhooks(client)

    @cached_property
    def with_raw_response(self) -> BetaOrganizationWithRawResponse:
        return BetaOrganizationWithRawResponse(self)


class BetaOrganizationWithRawResponse:
    """`client.beta.organization.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaOrganization) -> None:
        self._resource = resource


class BetaSessionsEvents:
    """`client.beta.sessions.events`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaSessionsEventsWithRawResponse:
        return BetaSessionsEventsWithRawResponse(self)

    def list(
        self,
        session_id: str,
        *,
        created_at_gt: str = OMIT,
        created_at_gte: str = OMIT,
        created_at_lt: str = OMIT,
        created_at_lte: str = OMIT,
        limit: int = OMIT,
        order: Literal["asc", "desc"] = OMIT,
        page: str = OMIT,
        types: Sequence[
            Literal[
                "user.message",
                "user.interrupt",
                "user.tool_confirmation",
                "user.custom_tool_result",
                "agent.custom_tool_use",
                "agent.message",
                "agent.thinking",
                "agent.mcp_tool_use",
                "agent.mcp_tool_result",
                "agent.tool_use",
                "agent.tool_result",
                "agent.thread_message_received",
                "agent.thread_message_sent",
                "agent.thread_context_compacted",
                "session.error",
                "session.status_rescheduled",
                "session.status_running",
                "session.status_idle",
                "session.status_terminated",
                "session.thread_created",
                "span.outcome_evaluation_start",
                "span.outcome_evaluation_end",
                "span.model_request_start",
                "span.model_request_end",
                "span.outcome_evaluation_ongoing",
                "user.define_outcome",
                "session.thread_status_running",
                "session.thread_status_idle",
                "session.thread_status_terminated",
                "user.tool_result",
                "session.thread_status_rescheduled",
                "session.updated",
                "system.message",
                "session.usage",
                "workflow_run.created",
                "workflow_run.status_running",
                "workflow_run.status_idle",
                "workflow_run.status_ended",
                "workflow_run.error",
                "workflow_run.phase_started",
                "workflow_run.phase_ended",
            ]
        ] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[
        Union[
            BetaManagedAgentsUserMessageEvent,
            BetaManagedAgentsUserInterruptEvent,
            BetaManagedAgentsUserToolConfirmationEvent,
            BetaManagedAgentsUserCustomToolResultEvent,
            BetaManagedAgentsAgentCustomToolUseEvent,
            BetaManagedAgentsAgentMessageEvent,
            BetaManagedAgentsAgentThinkingEvent,
            BetaManagedAgentsAgentMCPToolUseEvent,
            BetaManagedAgentsAgentMCPToolResultEvent,
            BetaManagedAgentsAgentToolUseEvent,
            BetaManagedAgentsAgentToolResultEvent,
            BetaManagedAgentsAgentThreadMessageReceivedEvent,
            BetaManagedAgentsAgentThreadMessageSentEvent,
            BetaManagedAgentsAgentThreadContextCompactedEvent,
            BetaManagedAgentsSessionErrorEvent,
            BetaManagedAgentsSessionStatusRescheduledEvent,
            BetaManagedAgentsSessionStatusRunningEvent,
            BetaManagedAgentsSessionStatusIdleEvent,
            BetaManagedAgentsSessionStatusTerminatedEvent,
            BetaManagedAgentsSessionThreadCreatedEvent,
            BetaManagedAgentsSpanOutcomeEvaluationStartEvent,
            BetaManagedAgentsSpanOutcomeEvaluationEndEvent,
            BetaManagedAgentsSpanModelRequestStartEvent,
            BetaManagedAgentsSpanModelRequestEndEvent,
            BetaManagedAgentsSpanOutcomeEvaluationOngoingEvent,
            BetaManagedAgentsUserDefineOutcomeEvent,
            BetaManagedAgentsSessionDeletedEvent,
            BetaManagedAgentsSessionThreadStatusRunningEvent,
            BetaManagedAgentsSessionThreadStatusIdleEvent,
            BetaManagedAgentsSessionThreadStatusTerminatedEvent,
            BetaManagedAgentsUserToolResultEvent,
            BetaManagedAgentsSessionThreadStatusRescheduledEvent,
            BetaManagedAgentsSessionUpdatedEvent,
            BetaManagedAgentsSystemMessageEvent,
            BetaManagedAgentsSessionUsageEvent,
            BetaManagedAgentsWorkflowRunCreatedEvent,
            BetaManagedAgentsWorkflowRunStatusEndedEvent,
            BetaManagedAgentsWorkflowRunPhaseStartedEvent,
            BetaManagedAgentsWorkflowRunPhaseEndedEvent,
            BetaManagedAgentsWorkflowRunStatusRunningEvent,
            BetaManagedAgentsWorkflowRunStatusIdleEvent,
            BetaManagedAgentsWorkflowRunErrorEvent,
        ]
    ]:
        """List Events

        List the events of a session, oldest first unless order says otherwise.

        `GET /v1/sessions/{session_id}/events`
        """
        req = Request(
            "GET",
            f"/v1/sessions/{quote(str(session_id), safe='')}/events",
            query={
                "created_at[gt]": created_at_gt,
                "created_at[gte]": created_at_gte,
                "created_at[lt]": created_at_lt,
                "created_at[lte]": created_at_lte,
                "limit": limit,
                "order": order,
                "page": page,
                "types[]": types,
            },
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(
            req,
            Union[
                BetaManagedAgentsUserMessageEvent,
                BetaManagedAgentsUserInterruptEvent,
                BetaManagedAgentsUserToolConfirmationEvent,
                BetaManagedAgentsUserCustomToolResultEvent,
                BetaManagedAgentsAgentCustomToolUseEvent,
                BetaManagedAgentsAgentMessageEvent,
                BetaManagedAgentsAgentThinkingEvent,
                BetaManagedAgentsAgentMCPToolUseEvent,
                BetaManagedAgentsAgentMCPToolResultEvent,
                BetaManagedAgentsAgentToolUseEvent,
                BetaManagedAgentsAgentToolResultEvent,
                BetaManagedAgentsAgentThreadMessageReceivedEvent,
                BetaManagedAgentsAgentThreadMessageSentEvent,
                BetaManagedAgentsAgentThreadContextCompactedEvent,
                BetaManagedAgentsSessionErrorEvent,
                BetaManagedAgentsSessionStatusRescheduledEvent,
                BetaManagedAgentsSessionStatusRunningEvent,
                BetaManagedAgentsSessionStatusIdleEvent,
                BetaManagedAgentsSessionStatusTerminatedEvent,
                BetaManagedAgentsSessionThreadCreatedEvent,
                BetaManagedAgentsSpanOutcomeEvaluationStartEvent,
                BetaManagedAgentsSpanOutcomeEvaluationEndEvent,
                BetaManagedAgentsSpanModelRequestStartEvent,
                BetaManagedAgentsSpanModelRequestEndEvent,
                BetaManagedAgentsSpanOutcomeEvaluationOngoingEvent,
                BetaManagedAgentsUserDefineOutcomeEvent,
                BetaManagedAgentsSessionDeletedEvent,
                BetaManagedAgentsSessionThreadStatusRunningEvent,
                BetaManagedAgentsSessionThreadStatusIdleEvent,
                BetaManagedAgentsSessionThreadStatusTerminatedEvent,
                BetaManagedAgentsUserToolResultEvent,
                BetaManagedAgentsSessionThreadStatusRescheduledEvent,
                BetaManagedAgentsSessionUpdatedEvent,
                BetaManagedAgentsSystemMessageEvent,
                BetaManagedAgentsSessionUsageEvent,
                BetaManagedAgentsWorkflowRunCreatedEvent,
                BetaManagedAgentsWorkflowRunStatusEndedEvent,
                BetaManagedAgentsWorkflowRunPhaseStartedEvent,
                BetaManagedAgentsWorkflowRunPhaseEndedEvent,
                BetaManagedAgentsWorkflowRunStatusRunningEvent,
                BetaManagedAgentsWorkflowRunStatusIdleEvent,
                BetaManagedAgentsWorkflowRunErrorEvent,
            ],
            "data",
            "page_cursor",
        )

    def send(
        self,
        session_id: str,
        *,
        events: Sequence[
            Union[
                BetaManagedAgentsUserMessageEventParams,
                BetaManagedAgentsUserInterruptEventParams,
                BetaManagedAgentsUserToolConfirmationEventParams,
                BetaManagedAgentsUserCustomToolResultEventParams,
                BetaManagedAgentsUserDefineOutcomeEventParams,
                BetaManagedAgentsUserToolResultEventParams,
                BetaManagedAgentsSystemMessageEventParams,
                Mapping[str, Any],
            ]
        ],
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsSendSessionEvents:
        """Send Events

        Append user or system events to a session, for example a message or a tool result.

        `POST /v1/sessions/{session_id}/events`
        """
        req = Request(
            "POST",
            f"/v1/sessions/{quote(str(session_id), safe='')}/events",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "events": events,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsSendSessionEvents)

    def stream(
        self,
        session_id: str,
        *,
        event_deltas: Sequence[Literal["agent.message", "agent.thinking"]] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> Stream[
        Union[
            BetaManagedAgentsUserMessageEvent,
            BetaManagedAgentsUserInterruptEvent,
            BetaManagedAgentsUserToolConfirmationEvent,
            BetaManagedAgentsUserCustomToolResultEvent,
            BetaManagedAgentsAgentCustomToolUseEvent,
            BetaManagedAgentsAgentMessageEvent,
            BetaManagedAgentsAgentThinkingEvent,
            BetaManagedAgentsAgentMCPToolUseEvent,
            BetaManagedAgentsAgentMCPToolResultEvent,
            BetaManagedAgentsAgentToolUseEvent,
            BetaManagedAgentsAgentToolResultEvent,
            BetaManagedAgentsAgentThreadMessageReceivedEvent,
            BetaManagedAgentsAgentThreadMessageSentEvent,
            BetaManagedAgentsAgentThreadContextCompactedEvent,
            BetaManagedAgentsSessionErrorEvent,
            BetaManagedAgentsSessionStatusRescheduledEvent,
            BetaManagedAgentsSessionStatusRunningEvent,
            BetaManagedAgentsSessionStatusIdleEvent,
            BetaManagedAgentsSessionStatusTerminatedEvent,
            BetaManagedAgentsSessionThreadCreatedEvent,
            BetaManagedAgentsSpanOutcomeEvaluationStartEvent,
            BetaManagedAgentsSpanOutcomeEvaluationEndEvent,
            BetaManagedAgentsSpanModelRequestStartEvent,
            BetaManagedAgentsSpanModelRequestEndEvent,
            BetaManagedAgentsSpanOutcomeEvaluationOngoingEvent,
            BetaManagedAgentsUserDefineOutcomeEvent,
            BetaManagedAgentsSessionDeletedEvent,
            BetaManagedAgentsSessionThreadStatusRunningEvent,
            BetaManagedAgentsSessionThreadStatusIdleEvent,
            BetaManagedAgentsSessionThreadStatusTerminatedEvent,
            BetaManagedAgentsUserToolResultEvent,
            BetaManagedAgentsSessionThreadStatusRescheduledEvent,
            BetaManagedAgentsSessionUpdatedEvent,
            BetaManagedAgentsStartEvent,
            BetaManagedAgentsDeltaEvent,
            BetaManagedAgentsSystemMessageEvent,
            BetaManagedAgentsSessionUsageEvent,
            BetaManagedAgentsWorkflowRunCreatedEvent,
            BetaManagedAgentsWorkflowRunStatusEndedEvent,
            BetaManagedAgentsWorkflowRunPhaseStartedEvent,
            BetaManagedAgentsWorkflowRunPhaseEndedEvent,
            BetaManagedAgentsWorkflowRunStatusRunningEvent,
            BetaManagedAgentsWorkflowRunStatusIdleEvent,
            BetaManagedAgentsWorkflowRunErrorEvent,
            UnknownEvent,
        ]
    ]:
        """Stream Events

        Stream a session's events as server-sent events while they happen.

        `GET /v1/sessions/{session_id}/events/stream`
        """
        req = Request(
            "GET",
            f"/v1/sessions/{quote(str(session_id), safe='')}/events/stream",
            query={"event_deltas[]": event_deltas},
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            accept="text/event-stream",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.stream(
            req,
            EventSchema(
                BetaManagedAgentsStreamSessionEvents,
                frozenset(
                    [
                        "agent.custom_tool_use",
                        "agent.mcp_tool_result",
                        "agent.mcp_tool_use",
                        "agent.message",
                        "agent.thinking",
                        "agent.thread_context_compacted",
                        "agent.thread_message_received",
                        "agent.thread_message_sent",
                        "agent.tool_result",
                        "agent.tool_use",
                        "event_delta",
                        "event_start",
                        "session.deleted",
                        "session.error",
                        "session.status_idle",
                        "session.status_rescheduled",
                        "session.status_running",
                        "session.status_terminated",
                        "session.thread_created",
                        "session.thread_status_idle",
                        "session.thread_status_rescheduled",
                        "session.thread_status_running",
                        "session.thread_status_terminated",
                        "session.updated",
                        "session.usage",
                        "span.model_request_end",
                        "span.model_request_start",
                        "span.outcome_evaluation_end",
                        "span.outcome_evaluation_ongoing",
                        "span.outcome_evaluation_start",
                        "system.message",
                        "user.custom_tool_result",
                        "user.define_outcome",
                        "user.interrupt",
                        "user.message",
                        "user.tool_confirmation",
                        "user.tool_result",
                        "workflow_run.created",
                        "workflow_run.error",
                        "workflow_run.phase_ended",
                        "workflow_run.phase_started",
                        "workflow_run.status_ended",
                        "workflow_run.status_idle",
                        "workflow_run.status_running",
                    ]
                ),
                frozenset(["ping"]),
                "error",
            ),
        )


class BetaSessionsEventsWithRawResponse:
    """`client.beta.sessions.events.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaSessionsEvents) -> None:
        self.list = to_raw_response(resource.list)
        self.send = to_raw_response(resource.send)
        self.stream = to_raw_response(resource.stream)


class BetaSessionsResources:
    """`client.beta.sessions.resources`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaSessionsResourcesWithRawResponse:
        return BetaSessionsResourcesWithRawResponse(self)

    def add(
        self,
        session_id: str,
        *,
        file_id: str,
        type_: Literal["file"],
        mount_path: Optional[str] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsFileResource:
        """Add a Session Resource

        Mount an uploaded file in a session.

        `POST /v1/sessions/{session_id}/resources`
        """
        req = Request(
            "POST",
            f"/v1/sessions/{quote(str(session_id), safe='')}/resources",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "file_id": file_id,
                "mount_path": mount_path,
                "type": type_,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsFileResource)

    def delete(
        self,
        session_id: str,
        resource_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsDeleteSessionResource:
        """Delete a Session Resource

        Remove a resource from a session.

        `DELETE /v1/sessions/{session_id}/resources/{resource_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/sessions/{quote(str(session_id), safe='')}/resources/{quote(str(resource_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsDeleteSessionResource)

    def list(
        self,
        session_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[
        Union[
            BetaManagedAgentsGitHubRepositoryResource,
            BetaManagedAgentsFileResource,
            BetaManagedAgentsMemoryStoreResource,
        ]
    ]:
        """List Session Resources

        List the resources mounted in a session.

        `GET /v1/sessions/{session_id}/resources`
        """
        req = Request(
            "GET",
            f"/v1/sessions/{quote(str(session_id), safe='')}/resources",
            query={"limit": limit, "page": page},
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(
            req,
            Union[
                BetaManagedAgentsGitHubRepositoryResource,
                BetaManagedAgentsFileResource,
                BetaManagedAgentsMemoryStoreResource,
            ],
            "data",
            "page_cursor",
        )

    def retrieve(
        self,
        session_id: str,
        resource_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> Union[
        BetaManagedAgentsGitHubRepositoryResource, BetaManagedAgentsFileResource, BetaManagedAgentsMemoryStoreResource
    ]:
        """Get a Session Resource

        Get a resource of a session by ID.

        `GET /v1/sessions/{session_id}/resources/{resource_id}`
        """
        req = Request(
            "GET",
            f"/v1/sessions/{quote(str(session_id), safe='')}/resources/{quote(str(resource_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(
            req,
            Union[
                BetaManagedAgentsGitHubRepositoryResource,
                BetaManagedAgentsFileResource,
                BetaManagedAgentsMemoryStoreResource,
            ],
        )

    def update(
        self,
        session_id: str,
        resource_id: str,
        *,
        authorization_token: str,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> Union[
        BetaManagedAgentsGitHubRepositoryResource, BetaManagedAgentsFileResource, BetaManagedAgentsMemoryStoreResource
    ]:
        """Update a Session Resource

        Rotate the authorization token of a session resource (GitHub repositories only).

        `POST /v1/sessions/{session_id}/resources/{resource_id}`
        """
        req = Request(
            "POST",
            f"/v1/sessions/{quote(str(session_id), safe='')}/resources/{quote(str(resource_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "authorization_token": authorization_token,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(
            req,
            Union[
                BetaManagedAgentsGitHubRepositoryResource,
                BetaManagedAgentsFileResource,
                BetaManagedAgentsMemoryStoreResource,
            ],
        )


class BetaSessionsResourcesWithRawResponse:
    """`client.beta.sessions.resources.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaSessionsResources) -> None:
        self.add = to_raw_response(resource.add)
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class BetaSessionsThreadsEvents:
    """`client.beta.sessions.threads.events`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaSessionsThreadsEventsWithRawResponse:
        return BetaSessionsThreadsEventsWithRawResponse(self)

    def list(
        self,
        session_id: str,
        thread_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[
        Union[
            BetaManagedAgentsUserMessageEvent,
            BetaManagedAgentsUserInterruptEvent,
            BetaManagedAgentsUserToolConfirmationEvent,
            BetaManagedAgentsUserCustomToolResultEvent,
            BetaManagedAgentsAgentCustomToolUseEvent,
            BetaManagedAgentsAgentMessageEvent,
            BetaManagedAgentsAgentThinkingEvent,
            BetaManagedAgentsAgentMCPToolUseEvent,
            BetaManagedAgentsAgentMCPToolResultEvent,
            BetaManagedAgentsAgentToolUseEvent,
            BetaManagedAgentsAgentToolResultEvent,
            BetaManagedAgentsAgentThreadMessageReceivedEvent,
            BetaManagedAgentsAgentThreadMessageSentEvent,
            BetaManagedAgentsAgentThreadContextCompactedEvent,
            BetaManagedAgentsSessionErrorEvent,
            BetaManagedAgentsSessionStatusRescheduledEvent,
            BetaManagedAgentsSessionStatusRunningEvent,
            BetaManagedAgentsSessionStatusIdleEvent,
            BetaManagedAgentsSessionStatusTerminatedEvent,
            BetaManagedAgentsSessionThreadCreatedEvent,
            BetaManagedAgentsSpanOutcomeEvaluationStartEvent,
            BetaManagedAgentsSpanOutcomeEvaluationEndEvent,
            BetaManagedAgentsSpanModelRequestStartEvent,
            BetaManagedAgentsSpanModelRequestEndEvent,
            BetaManagedAgentsSpanOutcomeEvaluationOngoingEvent,
            BetaManagedAgentsUserDefineOutcomeEvent,
            BetaManagedAgentsSessionDeletedEvent,
            BetaManagedAgentsSessionThreadStatusRunningEvent,
            BetaManagedAgentsSessionThreadStatusIdleEvent,
            BetaManagedAgentsSessionThreadStatusTerminatedEvent,
            BetaManagedAgentsUserToolResultEvent,
            BetaManagedAgentsSessionThreadStatusRescheduledEvent,
            BetaManagedAgentsSessionUpdatedEvent,
            BetaManagedAgentsSystemMessageEvent,
            BetaManagedAgentsSessionUsageEvent,
            BetaManagedAgentsWorkflowRunCreatedEvent,
            BetaManagedAgentsWorkflowRunStatusEndedEvent,
            BetaManagedAgentsWorkflowRunPhaseStartedEvent,
            BetaManagedAgentsWorkflowRunPhaseEndedEvent,
            BetaManagedAgentsWorkflowRunStatusRunningEvent,
            BetaManagedAgentsWorkflowRunStatusIdleEvent,
            BetaManagedAgentsWorkflowRunErrorEvent,
        ]
    ]:
        """List Session Thread Events

        List the events of one thread of a session.

        `GET /v1/sessions/{session_id}/threads/{thread_id}/events`
        """
        req = Request(
            "GET",
            f"/v1/sessions/{quote(str(session_id), safe='')}/threads/{quote(str(thread_id), safe='')}/events",
            query={"limit": limit, "page": page},
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(
            req,
            Union[
                BetaManagedAgentsUserMessageEvent,
                BetaManagedAgentsUserInterruptEvent,
                BetaManagedAgentsUserToolConfirmationEvent,
                BetaManagedAgentsUserCustomToolResultEvent,
                BetaManagedAgentsAgentCustomToolUseEvent,
                BetaManagedAgentsAgentMessageEvent,
                BetaManagedAgentsAgentThinkingEvent,
                BetaManagedAgentsAgentMCPToolUseEvent,
                BetaManagedAgentsAgentMCPToolResultEvent,
                BetaManagedAgentsAgentToolUseEvent,
                BetaManagedAgentsAgentToolResultEvent,
                BetaManagedAgentsAgentThreadMessageReceivedEvent,
                BetaManagedAgentsAgentThreadMessageSentEvent,
                BetaManagedAgentsAgentThreadContextCompactedEvent,
                BetaManagedAgentsSessionErrorEvent,
                BetaManagedAgentsSessionStatusRescheduledEvent,
                BetaManagedAgentsSessionStatusRunningEvent,
                BetaManagedAgentsSessionStatusIdleEvent,
                BetaManagedAgentsSessionStatusTerminatedEvent,
                BetaManagedAgentsSessionThreadCreatedEvent,
                BetaManagedAgentsSpanOutcomeEvaluationStartEvent,
                BetaManagedAgentsSpanOutcomeEvaluationEndEvent,
                BetaManagedAgentsSpanModelRequestStartEvent,
                BetaManagedAgentsSpanModelRequestEndEvent,
                BetaManagedAgentsSpanOutcomeEvaluationOngoingEvent,
                BetaManagedAgentsUserDefineOutcomeEvent,
                BetaManagedAgentsSessionDeletedEvent,
                BetaManagedAgentsSessionThreadStatusRunningEvent,
                BetaManagedAgentsSessionThreadStatusIdleEvent,
                BetaManagedAgentsSessionThreadStatusTerminatedEvent,
                BetaManagedAgentsUserToolResultEvent,
                BetaManagedAgentsSessionThreadStatusRescheduledEvent,
                BetaManagedAgentsSessionUpdatedEvent,
                BetaManagedAgentsSystemMessageEvent,
                BetaManagedAgentsSessionUsageEvent,
                BetaManagedAgentsWorkflowRunCreatedEvent,
                BetaManagedAgentsWorkflowRunStatusEndedEvent,
                BetaManagedAgentsWorkflowRunPhaseStartedEvent,
                BetaManagedAgentsWorkflowRunPhaseEndedEvent,
                BetaManagedAgentsWorkflowRunStatusRunningEvent,
                BetaManagedAgentsWorkflowRunStatusIdleEvent,
                BetaManagedAgentsWorkflowRunErrorEvent,
            ],
            "data",
            "page_cursor",
        )

    def stream(
        self,
        session_id: str,
        thread_id: str,
        *,
        event_deltas: Sequence[Literal["agent.message", "agent.thinking"]] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> Stream[
        Union[
            BetaManagedAgentsUserMessageEvent,
            BetaManagedAgentsUserInterruptEvent,
            BetaManagedAgentsUserToolConfirmationEvent,
            BetaManagedAgentsUserCustomToolResultEvent,
            BetaManagedAgentsAgentCustomToolUseEvent,
            BetaManagedAgentsAgentMessageEvent,
            BetaManagedAgentsAgentThinkingEvent,
            BetaManagedAgentsAgentMCPToolUseEvent,
            BetaManagedAgentsAgentMCPToolResultEvent,
            BetaManagedAgentsAgentToolUseEvent,
            BetaManagedAgentsAgentToolResultEvent,
            BetaManagedAgentsAgentThreadMessageReceivedEvent,
            BetaManagedAgentsAgentThreadMessageSentEvent,
            BetaManagedAgentsAgentThreadContextCompactedEvent,
            BetaManagedAgentsSessionErrorEvent,
            BetaManagedAgentsSessionStatusRescheduledEvent,
            BetaManagedAgentsSessionStatusRunningEvent,
            BetaManagedAgentsSessionStatusIdleEvent,
            BetaManagedAgentsSessionStatusTerminatedEvent,
            BetaManagedAgentsSessionThreadCreatedEvent,
            BetaManagedAgentsSpanOutcomeEvaluationStartEvent,
            BetaManagedAgentsSpanOutcomeEvaluationEndEvent,
            BetaManagedAgentsSpanModelRequestStartEvent,
            BetaManagedAgentsSpanModelRequestEndEvent,
            BetaManagedAgentsSpanOutcomeEvaluationOngoingEvent,
            BetaManagedAgentsUserDefineOutcomeEvent,
            BetaManagedAgentsSessionDeletedEvent,
            BetaManagedAgentsSessionThreadStatusRunningEvent,
            BetaManagedAgentsSessionThreadStatusIdleEvent,
            BetaManagedAgentsSessionThreadStatusTerminatedEvent,
            BetaManagedAgentsUserToolResultEvent,
            BetaManagedAgentsSessionThreadStatusRescheduledEvent,
            BetaManagedAgentsSessionUpdatedEvent,
            BetaManagedAgentsStartEvent,
            BetaManagedAgentsDeltaEvent,
            BetaManagedAgentsSystemMessageEvent,
            BetaManagedAgentsSessionUsageEvent,
            BetaManagedAgentsWorkflowRunCreatedEvent,
            BetaManagedAgentsWorkflowRunStatusEndedEvent,
            BetaManagedAgentsWorkflowRunPhaseStartedEvent,
            BetaManagedAgentsWorkflowRunPhaseEndedEvent,
            BetaManagedAgentsWorkflowRunStatusRunningEvent,
            BetaManagedAgentsWorkflowRunStatusIdleEvent,
            BetaManagedAgentsWorkflowRunErrorEvent,
            UnknownEvent,
        ]
    ]:
        """Stream Session Thread Events

        Stream one thread's events as server-sent events while they happen.

        `GET /v1/sessions/{session_id}/threads/{thread_id}/stream`
        """
        req = Request(
            "GET",
            f"/v1/sessions/{quote(str(session_id), safe='')}/threads/{quote(str(thread_id), safe='')}/stream",
            query={"event_deltas[]": event_deltas},
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            accept="text/event-stream",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.stream(
            req,
            EventSchema(
                BetaManagedAgentsStreamSessionThreadEvents,
                frozenset(
                    [
                        "agent.custom_tool_use",
                        "agent.mcp_tool_result",
                        "agent.mcp_tool_use",
                        "agent.message",
                        "agent.thinking",
                        "agent.thread_context_compacted",
                        "agent.thread_message_received",
                        "agent.thread_message_sent",
                        "agent.tool_result",
                        "agent.tool_use",
                        "event_delta",
                        "event_start",
                        "session.deleted",
                        "session.error",
                        "session.status_idle",
                        "session.status_rescheduled",
                        "session.status_running",
                        "session.status_terminated",
                        "session.thread_created",
                        "session.thread_status_idle",
                        "session.thread_status_rescheduled",
                        "session.thread_status_running",
                        "session.thread_status_terminated",
                        "session.updated",
                        "session.usage",
                        "span.model_request_end",
                        "span.model_request_start",
                        "span.outcome_evaluation_end",
                        "span.outcome_evaluation_ongoing",
                        "span.outcome_evaluation_start",
                        "system.message",
                        "user.custom_tool_result",
                        "user.define_outcome",
                        "user.interrupt",
                        "user.message",
                        "user.tool_confirmation",
                        "user.tool_result",
                        "workflow_run.created",
                        "workflow_run.error",
                        "workflow_run.phase_ended",
                        "workflow_run.phase_started",
                        "workflow_run.status_ended",
                        "workflow_run.status_idle",
                        "workflow_run.status_running",
                    ]
                ),
                frozenset(["ping"]),
                "error",
            ),
        )


class BetaSessionsThreadsEventsWithRawResponse:
    """`client.beta.sessions.threads.events.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaSessionsThreadsEvents) -> None:
        self.list = to_raw_response(resource.list)
        self.stream = to_raw_response(resource.stream)


class BetaSessionsThreads:
    """`client.beta.sessions.threads`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.events = BetaSessionsThreadsEvents(client)

    @cached_property
    def with_raw_response(self) -> BetaSessionsThreadsWithRawResponse:
        return BetaSessionsThreadsWithRawResponse(self)

    def archive(
        self,
        session_id: str,
        thread_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsSessionThread:
        """Archive a Session Thread

        Archive a thread of a session.

        `POST /v1/sessions/{session_id}/threads/{thread_id}/archive`
        """
        req = Request(
            "POST",
            f"/v1/sessions/{quote(str(session_id), safe='')}/threads/{quote(str(thread_id), safe='')}/archive",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsSessionThread)

    def list(
        self,
        session_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        statuses: Sequence[Literal["running", "idle", "rescheduling", "terminated"]] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[BetaManagedAgentsSessionThread]:
        """List Session Threads

        List the threads of a session.

        `GET /v1/sessions/{session_id}/threads`
        """
        req = Request(
            "GET",
            f"/v1/sessions/{quote(str(session_id), safe='')}/threads",
            query={"limit": limit, "page": page, "statuses[]": statuses},
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaManagedAgentsSessionThread, "data", "page_cursor")

    def retrieve(
        self,
        session_id: str,
        thread_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsSessionThread:
        """Get a Session Thread

        Get a thread of a session by ID.

        `GET /v1/sessions/{session_id}/threads/{thread_id}`
        """
        req = Request(
            "GET",
            f"/v1/sessions/{quote(str(session_id), safe='')}/threads/{quote(str(thread_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsSessionThread)


class BetaSessionsThreadsWithRawResponse:
    """`client.beta.sessions.threads.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaSessionsThreads) -> None:
        self.archive = to_raw_response(resource.archive)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)


class BetaSessions:
    """`client.beta.sessions`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.events = BetaSessionsEvents(client)
        self.resources = BetaSessionsResources(client)
        self.threads = BetaSessionsThreads(client)

    @cached_property
    def with_raw_response(self) -> BetaSessionsWithRawResponse:
        return BetaSessionsWithRawResponse(self)

    def archive(
        self,
        session_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsSession:
        """Archive a Session

        Archive a session, hiding it from lists unless include_archived is set.

        `POST /v1/sessions/{session_id}/archive`
        """
        req = Request(
            "POST",
            f"/v1/sessions/{quote(str(session_id), safe='')}/archive",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsSession)

    def create(
        self,
        *,
        agent: Union[str, BetaManagedAgentsAgentParams, BetaManagedAgentsAgentWithOverridesParams, Mapping[str, Any]],
        environment_id: str,
        budget: Union[BetaManagedAgentsBudgetLimitParam, Mapping[str, Any]] = OMIT,
        initial_events: Sequence[
            Union[
                BetaManagedAgentsUserMessageEventParams,
                BetaManagedAgentsUserDefineOutcomeEventParams,
                Mapping[str, Any],
            ]
        ] = OMIT,
        metadata: Mapping[str, Any] = OMIT,
        resources: Sequence[
            Union[
                BetaManagedAgentsGitHubRepositoryResourceParams,
                BetaManagedAgentsFileResourceParams,
                BetaManagedAgentsMemoryStoreResourceParam,
                Mapping[str, Any],
            ]
        ] = OMIT,
        title: Optional[str] = OMIT,
        vault_ids: Sequence[str] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsSession:
        """Create a Session

        Start a session of an agent in an environment, optionally with resources and first events.

        `POST /v1/sessions`
        """
        req = Request(
            "POST",
            "/v1/sessions",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "agent": agent,
                "budget": budget,
                "environment_id": environment_id,
                "initial_events": initial_events,
                "metadata": metadata,
                "resources": resources,
                "title": title,
                "vault_ids": vault_ids,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsSession)

    def delete(
        self,
        session_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsDeletedSession:
        """Delete a Session

        Delete a session and its event history.

        `DELETE /v1/sessions/{session_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/sessions/{quote(str(session_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsDeletedSession)

    def list(
        self,
        *,
        agent_id: str = OMIT,
        agent_version: int = OMIT,
        created_at_gt: str = OMIT,
        created_at_gte: str = OMIT,
        created_at_lt: str = OMIT,
        created_at_lte: str = OMIT,
        deployment_id: str = OMIT,
        include_archived: bool = OMIT,
        limit: int = OMIT,
        memory_store_id: str = OMIT,
        order: Literal["asc", "desc"] = OMIT,
        page: str = OMIT,
        statuses: Sequence[Literal["rescheduling", "running", "idle", "terminated"]] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SyncPage[BetaManagedAgentsSession]:
        """List Sessions

        List sessions, newest first unless order says otherwise.

        `GET /v1/sessions`
        """
        req = Request(
            "GET",
            "/v1/sessions",
            query={
                "agent_id": agent_id,
                "agent_version": agent_version,
                "created_at[gt]": created_at_gt,
                "created_at[gte]": created_at_gte,
                "created_at[lt]": created_at_lt,
                "created_at[lte]": created_at_lte,
                "deployment_id": deployment_id,
                "include_archived": include_archived,
                "limit": limit,
                "memory_store_id": memory_store_id,
                "order": order,
                "page": page,
                "statuses[]": statuses,
            },
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaManagedAgentsSession, "data", "page_cursor")

    def retrieve(
        self,
        session_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsSession:
        """Get a Session

        Get a session by ID.

        `GET /v1/sessions/{session_id}`
        """
        req = Request(
            "GET",
            f"/v1/sessions/{quote(str(session_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsSession)

    def update(
        self,
        session_id: str,
        *,
        agent: Union[BetaManagedAgentsSessionAgentUpdateParam, Mapping[str, Any]] = OMIT,
        budget: Optional[Union[BetaManagedAgentsBudgetLimitParam, Mapping[str, Any]]] = OMIT,
        metadata: Optional[Mapping[str, Any]] = OMIT,
        title: Optional[str] = OMIT,
        vault_ids: Sequence[str] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsSession:
        """Update a Session

        Change a session's title, metadata, budget, vaults or agent tools; omitted fields are kept.

        `POST /v1/sessions/{session_id}`
        """
        req = Request(
            "POST",
            f"/v1/sessions/{quote(str(session_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "agent": agent,
                "budget": budget,
                "metadata": metadata,
                "title": title,
                "vault_ids": vault_ids,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaManagedAgentsSession)


class BetaSessionsWithRawResponse:
    """`client.beta.sessions.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaSessions) -> None:
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
            accept="application/binary, application/octet-stream",
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


class BetaTunnelsCertificates:
    """`client.beta.tunnels.certificates`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BetaTunnelsCertificatesWithRawResponse:
        return BetaTunnelsCertificatesWithRawResponse(self)

    def archive(
        self,
        tunnel_id: str,
        certificate_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaTunnelCertificate:
        """Archive a Tunnel certificate

        Remove a CA certificate from the tunnel's trusted set.

        `POST /v1/tunnels/{tunnel_id}/certificates/{certificate_id}/archive`
        """
        req = Request(
            "POST",
            f"/v1/tunnels/{quote(str(tunnel_id), safe='')}/certificates/{quote(str(certificate_id), safe='')}/archive",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["mcp-tunnels-2026-06-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaTunnelCertificate)

    def create(
        self,
        tunnel_id: str,
        *,
        ca_certificate_pem: str,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaTunnelCertificate:
        """Add a Tunnel certificate

        Add a CA certificate to the tunnel's trusted set.

        `POST /v1/tunnels/{tunnel_id}/certificates`
        """
        req = Request(
            "POST",
            f"/v1/tunnels/{quote(str(tunnel_id), safe='')}/certificates",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "ca_certificate_pem": ca_certificate_pem,
            },
            betas=["mcp-tunnels-2026-06-22", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaTunnelCertificate)

    def list(
        self,
        tunnel_id: str,
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
    ) -> SyncPage[BetaTunnelCertificate]:
        """List Tunnel certificates

        List the CA certificates of a tunnel.

        `GET /v1/tunnels/{tunnel_id}/certificates`
        """
        req = Request(
            "GET",
            f"/v1/tunnels/{quote(str(tunnel_id), safe='')}/certificates",
            query={"include_archived": include_archived, "limit": limit, "page": page},
            headers={"anthropic-workspace-id": workspace_id},
            betas=["mcp-tunnels-2026-06-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaTunnelCertificate, "data", "page_cursor")

    def retrieve(
        self,
        tunnel_id: str,
        certificate_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaTunnelCertificate:
        """Get a Tunnel certificate

        Get a CA certificate of a tunnel.

        `GET /v1/tunnels/{tunnel_id}/certificates/{certificate_id}`
        """
        req = Request(
            "GET",
            f"/v1/tunnels/{quote(str(tunnel_id), safe='')}/certificates/{quote(str(certificate_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["mcp-tunnels-2026-06-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaTunnelCertificate)


class BetaTunnelsCertificatesWithRawResponse:
    """`client.beta.tunnels.certificates.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaTunnelsCertificates) -> None:
        self.archive = to_raw_response(resource.archive)
        self.create = to_raw_response(resource.create)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)


class BetaTunnels:
    """`client.beta.tunnels`"""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client
        self.certificates = BetaTunnelsCertificates(client)

    @cached_property
    def with_raw_response(self) -> BetaTunnelsWithRawResponse:
        return BetaTunnelsWithRawResponse(self)

    def archive(
        self,
        tunnel_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaTunnel:
        """Archive a Tunnel

        Archive a tunnel so it stops routing traffic; its hostname is never reused.

        `POST /v1/tunnels/{tunnel_id}/archive`
        """
        req = Request(
            "POST",
            f"/v1/tunnels/{quote(str(tunnel_id), safe='')}/archive",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["mcp-tunnels-2026-06-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaTunnel)

    def create(
        self,
        *,
        display_name: Optional[str] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaTunnel:
        """Create a Tunnel

        Create an MCP tunnel with a new hostname; not idempotent, and it rejects MCP traffic until a CA certificate is added.

        `POST /v1/tunnels`
        """
        req = Request(
            "POST",
            "/v1/tunnels",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "display_name": display_name,
            },
            betas=["mcp-tunnels-2026-06-22", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaTunnel)

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
    ) -> SyncPage[BetaTunnel]:
        """List Tunnels

        List the tunnels of the Workspace.

        `GET /v1/tunnels`
        """
        req = Request(
            "GET",
            "/v1/tunnels",
            query={"include_archived": include_archived, "limit": limit, "page": page},
            headers={"anthropic-workspace-id": workspace_id},
            betas=["mcp-tunnels-2026-06-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(req, BetaTunnel, "data", "page_cursor")

    def retrieve(
        self,
        tunnel_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaTunnel:
        """Get a Tunnel

        Get a tunnel.

        `GET /v1/tunnels/{tunnel_id}`
        """
        req = Request(
            "GET",
            f"/v1/tunnels/{quote(str(tunnel_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["mcp-tunnels-2026-06-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaTunnel)

    def reveal_token(
        self,
        tunnel_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaTunnelToken:
        """Reveal a Tunnel's token

        Return the tunnel's current connector token.

        `POST /v1/tunnels/{tunnel_id}/reveal_token`
        """
        req = Request(
            "POST",
            f"/v1/tunnels/{quote(str(tunnel_id), safe='')}/reveal_token",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["mcp-tunnels-2026-06-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaTunnelToken)

    def rotate_token(
        self,
        tunnel_id: str,
        *,
        reason: Optional[str] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaTunnelToken:
        """Rotate a Tunnel's token

        Replace the connector token with a new one; the old token stops working.

        `POST /v1/tunnels/{tunnel_id}/rotate_token`
        """
        req = Request(
            "POST",
            f"/v1/tunnels/{quote(str(tunnel_id), safe='')}/rotate_token",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "reason": reason,
            },
            betas=["mcp-tunnels-2026-06-22", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(req, BetaTunnelToken)


class BetaTunnelsWithRawResponse:
    """`client.beta.tunnels.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: BetaTunnels) -> None:
        self.archive = to_raw_response(resource.archive)
        self.create = to_raw_response(resource.create)
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.reveal_token = to_raw_response(resource.reveal_token)
        self.rotate_token = to_raw_response(resource.rotate_token)


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

        Create a link to the Verification Portal for the end customer a user profile represents, from Claude Platform on AWS (beta); on the Claude API, create an action URL instead.

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
        self.agents = BetaAgents(client)
        self.deployment_runs = BetaDeploymentRuns(client)
        self.deployments = BetaDeployments(client)
        self.dreams = BetaDreams(client)
        self.environments = BetaEnvironments(client)
        self.memory_stores = BetaMemoryStores(client)
        self.organization = BetaOrganization(client)
        self.sessions = BetaSessions(client)
        self.skills = BetaSkills(client)
        self.tunnels = BetaTunnels(client)
        self.user_profiles = BetaUserProfiles(client)
        self.vaults = BetaVaults(client)

    @cached_property
    def with_raw_response(self) -> BetaWithRawResponse:
        return BetaWithRawResponse(self)


class BetaWithRawResponse:
    """`client.beta.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: Beta) -> None:
        self._resource = resource


class AsyncBetaAgentsVersions:
    """`client.beta.agents.versions`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaAgentsVersionsWithRawResponse:
        return AsyncBetaAgentsVersionsWithRawResponse(self)

    async def list(
        self,
        agent_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[BetaManagedAgentsAgent]:
        """List Agent Versions

        List the versions of an agent.

        `GET /v1/agents/{agent_id}/versions`
        """
        req = Request(
            "GET",
            f"/v1/agents/{quote(str(agent_id), safe='')}/versions",
            query={"limit": limit, "page": page},
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaManagedAgentsAgent, "data", "page_cursor")


class AsyncBetaAgentsVersionsWithRawResponse:
    """`client.beta.agents.versions.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaAgentsVersions) -> None:
        self.list = to_async_raw_response(resource.list)


class AsyncBetaAgents:
    """`client.beta.agents`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.versions = AsyncBetaAgentsVersions(client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaAgentsWithRawResponse:
        return AsyncBetaAgentsWithRawResponse(self)

    async def archive(
        self,
        agent_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsAgent:
        """Archive Agent

        Archive an agent; it is then listed only with include_archived.

        `POST /v1/agents/{agent_id}/archive`
        """
        req = Request(
            "POST",
            f"/v1/agents/{quote(str(agent_id), safe='')}/archive",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsAgent)

    async def create(
        self,
        *,
        model: Union[
            Literal[
                "claude-fable-5-2",
                "claude-haiku-5-5",
                "claude-sonnet-5-5",
                "claude-opus-5-5",
                "claude-fable-5-1",
                "claude-sonnet-5",
                "claude-fable-5",
                "claude-opus-5",
                "claude-opus-4-8",
                "claude-opus-4-7",
                "claude-opus-4-6",
                "claude-sonnet-4-6",
                "claude-haiku-4-5",
                "claude-haiku-4-5-20251001",
                "claude-opus-4-5",
                "claude-opus-4-5-20251101",
                "claude-sonnet-4-5",
                "claude-sonnet-4-5-20250929",
            ],
            str,
            BetaManagedAgentsModelConfigParams,
            Mapping[str, Any],
        ],
        name: str,
        description: Optional[str] = OMIT,
        execution_identity: Optional[
            Union[
                BetaManagedAgentsAWSRoleExecutionIdentityParams,
                BetaManagedAgentsServiceAccountExecutionIdentityParams,
                Mapping[str, Any],
            ]
        ] = OMIT,
        mcp_servers: Sequence[Union[BetaManagedAgentsURLMCPServerParams, Mapping[str, Any]]] = OMIT,
        metadata: Mapping[str, Any] = OMIT,
        multiagent: Optional[
            Union[
                BetaManagedAgentsMultiagentCoordinatorParams,
                BetaManagedAgentsMultiagent20261001Params,
                Mapping[str, Any],
            ]
        ] = OMIT,
        skills: Sequence[
            Union[BetaManagedAgentsAnthropicSkillParams, BetaManagedAgentsCustomSkillParams, Mapping[str, Any]]
        ] = OMIT,
        system: Optional[str] = OMIT,
        tools: Sequence[
            Union[
                BetaManagedAgentsAgentToolset20260401Params,
                BetaManagedAgentsMCPToolsetParams,
                BetaManagedAgentsCustomToolParams,
                Mapping[str, Any],
            ]
        ] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsAgent:
        """Create Agent

        Create an agent: a saved, versioned configuration for sessions.

        `POST /v1/agents`
        """
        req = Request(
            "POST",
            "/v1/agents",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "model": model,
                "name": name,
                "description": description,
                "execution_identity": execution_identity,
                "mcp_servers": mcp_servers,
                "metadata": metadata,
                "multiagent": multiagent,
                "skills": skills,
                "system": system,
                "tools": tools,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsAgent)

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
    ) -> AsyncPage[BetaManagedAgentsAgent]:
        """List Agents

        List the agents of the Workspace, newest first.

        `GET /v1/agents`
        """
        req = Request(
            "GET",
            "/v1/agents",
            query={
                "created_at[gte]": created_at_gte,
                "created_at[lte]": created_at_lte,
                "include_archived": include_archived,
                "limit": limit,
                "page": page,
            },
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaManagedAgentsAgent, "data", "page_cursor")

    async def retrieve(
        self,
        agent_id: str,
        *,
        version: int = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsAgent:
        """Get Agent

        Get an agent, at its latest version or at the one given.

        `GET /v1/agents/{agent_id}`
        """
        req = Request(
            "GET",
            f"/v1/agents/{quote(str(agent_id), safe='')}",
            query={"version": version},
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsAgent)

    async def update(
        self,
        agent_id: str,
        *,
        description: Optional[str] = OMIT,
        execution_identity: Optional[
            Union[
                BetaManagedAgentsAWSRoleExecutionIdentityParams,
                BetaManagedAgentsServiceAccountExecutionIdentityParams,
                Mapping[str, Any],
            ]
        ] = OMIT,
        mcp_servers: Optional[Sequence[Union[BetaManagedAgentsURLMCPServerParams, Mapping[str, Any]]]] = OMIT,
        metadata: Optional[Mapping[str, Any]] = OMIT,
        model: Union[
            Literal[
                "claude-fable-5-2",
                "claude-haiku-5-5",
                "claude-sonnet-5-5",
                "claude-opus-5-5",
                "claude-fable-5-1",
                "claude-sonnet-5",
                "claude-fable-5",
                "claude-opus-5",
                "claude-opus-4-8",
                "claude-opus-4-7",
                "claude-opus-4-6",
                "claude-sonnet-4-6",
                "claude-haiku-4-5",
                "claude-haiku-4-5-20251001",
                "claude-opus-4-5",
                "claude-opus-4-5-20251101",
                "claude-sonnet-4-5",
                "claude-sonnet-4-5-20250929",
            ],
            str,
            BetaManagedAgentsModelConfigParams,
            Mapping[str, Any],
        ] = OMIT,
        multiagent: Optional[
            Union[
                BetaManagedAgentsMultiagentCoordinatorParams,
                BetaManagedAgentsMultiagent20261001Params,
                Mapping[str, Any],
            ]
        ] = OMIT,
        name: str = OMIT,
        skills: Optional[
            Sequence[
                Union[BetaManagedAgentsAnthropicSkillParams, BetaManagedAgentsCustomSkillParams, Mapping[str, Any]]
            ]
        ] = OMIT,
        system: Optional[str] = OMIT,
        tools: Optional[
            Sequence[
                Union[
                    BetaManagedAgentsAgentToolset20260401Params,
                    BetaManagedAgentsMCPToolsetParams,
                    BetaManagedAgentsCustomToolParams,
                    Mapping[str, Any],
                ]
            ]
        ] = OMIT,
        version: int = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsAgent:
        """Update Agent

        Change an agent; fields left out keep their values, and a change makes a new version.

        `POST /v1/agents/{agent_id}`
        """
        req = Request(
            "POST",
            f"/v1/agents/{quote(str(agent_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "description": description,
                "execution_identity": execution_identity,
                "mcp_servers": mcp_servers,
                "metadata": metadata,
                "model": model,
                "multiagent": multiagent,
                "name": name,
                "skills": skills,
                "system": system,
                "tools": tools,
                "version": version,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsAgent)


class AsyncBetaAgentsWithRawResponse:
    """`client.beta.agents.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaAgents) -> None:
        self.archive = to_async_raw_response(resource.archive)
        self.create = to_async_raw_response(resource.create)
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.update = to_async_raw_response(resource.update)


class AsyncBetaDeploymentRuns:
    """`client.beta.deployment_runs`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaDeploymentRunsWithRawResponse:
        return AsyncBetaDeploymentRunsWithRawResponse(self)

    async def list(
        self,
        *,
        created_at_gt: str = OMIT,
        created_at_gte: str = OMIT,
        created_at_lt: str = OMIT,
        created_at_lte: str = OMIT,
        deployment_id: str = OMIT,
        has_error: bool = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        trigger_type: Literal["schedule", "manual"] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[BetaManagedAgentsDeploymentRun]:
        """List Deployment Runs

        List the deployment runs of the Workspace, optionally for one deployment.

        `GET /v1/deployment_runs`
        """
        req = Request(
            "GET",
            "/v1/deployment_runs",
            query={
                "created_at[gt]": created_at_gt,
                "created_at[gte]": created_at_gte,
                "created_at[lt]": created_at_lt,
                "created_at[lte]": created_at_lte,
                "deployment_id": deployment_id,
                "has_error": has_error,
                "limit": limit,
                "page": page,
                "trigger_type": trigger_type,
            },
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaManagedAgentsDeploymentRun, "data", "page_cursor")

    async def retrieve(
        self,
        deployment_run_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsDeploymentRun:
        """Get a Deployment Run

        Get a deployment run.

        `GET /v1/deployment_runs/{deployment_run_id}`
        """
        req = Request(
            "GET",
            f"/v1/deployment_runs/{quote(str(deployment_run_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsDeploymentRun)


class AsyncBetaDeploymentRunsWithRawResponse:
    """`client.beta.deployment_runs.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaDeploymentRuns) -> None:
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)


class AsyncBetaDeployments:
    """`client.beta.deployments`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaDeploymentsWithRawResponse:
        return AsyncBetaDeploymentsWithRawResponse(self)

    async def archive(
        self,
        deployment_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsDeployment:
        """Archive a Deployment

        Archive a deployment; it no longer runs.

        `POST /v1/deployments/{deployment_id}/archive`
        """
        req = Request(
            "POST",
            f"/v1/deployments/{quote(str(deployment_id), safe='')}/archive",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsDeployment)

    async def create(
        self,
        *,
        agent: Union[str, BetaManagedAgentsAgentParams, Mapping[str, Any]],
        environment_id: str,
        initial_events: Sequence[
            Union[
                BetaManagedAgentsUserMessageEventParams,
                BetaManagedAgentsUserDefineOutcomeEventParams,
                BetaManagedAgentsSystemMessageEventParams,
                Mapping[str, Any],
            ]
        ],
        name: str,
        budget: Optional[Union[BetaManagedAgentsBudgetLimitParam, Mapping[str, Any]]] = OMIT,
        description: Optional[str] = OMIT,
        metadata: Mapping[str, Any] = OMIT,
        resources: Sequence[
            Union[
                BetaManagedAgentsGitHubRepositoryResourceParams,
                BetaManagedAgentsFileResourceParams,
                BetaManagedAgentsMemoryStoreResourceParam,
                Mapping[str, Any],
            ]
        ] = OMIT,
        schedule: Optional[Union[BetaManagedAgentsScheduleParams, Mapping[str, Any]]] = OMIT,
        vault_ids: Sequence[str] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsDeployment:
        """Create a Deployment

        Create a deployment that runs an agent in an environment, on a schedule or on demand.

        `POST /v1/deployments`
        """
        req = Request(
            "POST",
            "/v1/deployments",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "agent": agent,
                "budget": budget,
                "description": description,
                "environment_id": environment_id,
                "initial_events": initial_events,
                "metadata": metadata,
                "name": name,
                "resources": resources,
                "schedule": schedule,
                "vault_ids": vault_ids,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsDeployment)

    async def list(
        self,
        *,
        agent_id: str = OMIT,
        created_at_gte: str = OMIT,
        created_at_lte: str = OMIT,
        include_archived: bool = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        status: Literal["active", "paused"] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[BetaManagedAgentsDeployment]:
        """List Deployments

        List the deployments of the Workspace.

        `GET /v1/deployments`
        """
        req = Request(
            "GET",
            "/v1/deployments",
            query={
                "agent_id": agent_id,
                "created_at[gte]": created_at_gte,
                "created_at[lte]": created_at_lte,
                "include_archived": include_archived,
                "limit": limit,
                "page": page,
                "status": status,
            },
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaManagedAgentsDeployment, "data", "page_cursor")

    async def pause(
        self,
        deployment_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsDeployment:
        """Pause a Deployment

        Pause a deployment so its schedule stops firing.

        `POST /v1/deployments/{deployment_id}/pause`
        """
        req = Request(
            "POST",
            f"/v1/deployments/{quote(str(deployment_id), safe='')}/pause",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsDeployment)

    async def retrieve(
        self,
        deployment_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsDeployment:
        """Get a Deployment

        Get a deployment.

        `GET /v1/deployments/{deployment_id}`
        """
        req = Request(
            "GET",
            f"/v1/deployments/{quote(str(deployment_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsDeployment)

    async def run(
        self,
        deployment_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsDeploymentRun:
        """Run a Deployment

        Run a deployment now, creating one session.

        `POST /v1/deployments/{deployment_id}/run`
        """
        req = Request(
            "POST",
            f"/v1/deployments/{quote(str(deployment_id), safe='')}/run",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsDeploymentRun)

    async def unpause(
        self,
        deployment_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsDeployment:
        """Unpause a Deployment

        Resume a paused deployment.

        `POST /v1/deployments/{deployment_id}/unpause`
        """
        req = Request(
            "POST",
            f"/v1/deployments/{quote(str(deployment_id), safe='')}/unpause",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsDeployment)

    async def update(
        self,
        deployment_id: str,
        *,
        agent: Union[str, BetaManagedAgentsAgentParams, Mapping[str, Any]] = OMIT,
        budget: Optional[Union[BetaManagedAgentsBudgetLimitParam, Mapping[str, Any]]] = OMIT,
        description: Optional[str] = OMIT,
        environment_id: str = OMIT,
        initial_events: Sequence[
            Union[
                BetaManagedAgentsUserMessageEventParams,
                BetaManagedAgentsUserDefineOutcomeEventParams,
                BetaManagedAgentsSystemMessageEventParams,
                Mapping[str, Any],
            ]
        ] = OMIT,
        metadata: Optional[Mapping[str, Any]] = OMIT,
        name: str = OMIT,
        resources: Optional[
            Sequence[
                Union[
                    BetaManagedAgentsGitHubRepositoryResourceParams,
                    BetaManagedAgentsFileResourceParams,
                    BetaManagedAgentsMemoryStoreResourceParam,
                    Mapping[str, Any],
                ]
            ]
        ] = OMIT,
        schedule: Optional[Union[BetaManagedAgentsScheduleParams, Mapping[str, Any]]] = OMIT,
        vault_ids: Optional[Sequence[str]] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsDeployment:
        """Update a Deployment

        Update a deployment; fields left out keep their values.

        `POST /v1/deployments/{deployment_id}`
        """
        req = Request(
            "POST",
            f"/v1/deployments/{quote(str(deployment_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "agent": agent,
                "budget": budget,
                "description": description,
                "environment_id": environment_id,
                "initial_events": initial_events,
                "metadata": metadata,
                "name": name,
                "resources": resources,
                "schedule": schedule,
                "vault_ids": vault_ids,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsDeployment)


class AsyncBetaDeploymentsWithRawResponse:
    """`client.beta.deployments.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaDeployments) -> None:
        self.archive = to_async_raw_response(resource.archive)
        self.create = to_async_raw_response(resource.create)
        self.list = to_async_raw_response(resource.list)
        self.pause = to_async_raw_response(resource.pause)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.run = to_async_raw_response(resource.run)
        self.unpause = to_async_raw_response(resource.unpause)
        self.update = to_async_raw_response(resource.update)


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


class AsyncBetaEnvironmentsWork:
    """`client.beta.environments.work`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaEnvironmentsWorkWithRawResponse:
        return AsyncBetaEnvironmentsWorkWithRawResponse(self)

    async def ack(
        self,
        environment_id: str,
        work_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaSelfHostedWork:
        """Acknowledge Work Item

        Acknowledge a polled work item: it moves from queued to starting and leaves the queue (called by the environment worker).

        `POST /v1/environments/{environment_id}/work/{work_id}/ack`
        """
        req = Request(
            "POST",
            f"/v1/environments/{quote(str(environment_id), safe='')}/work/{quote(str(work_id), safe='')}/ack",
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaSelfHostedWork)

    async def heartbeat(
        self,
        environment_id: str,
        work_id: str,
        *,
        desired_ttl_seconds: int = OMIT,
        expected_last_heartbeat: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaSelfHostedWorkHeartbeatResponse:
        """Heartbeat Work Item

        Extend the lease of a work item (called by the environment worker); 412 if expected_last_heartbeat does not match.

        `POST /v1/environments/{environment_id}/work/{work_id}/heartbeat`
        """
        req = Request(
            "POST",
            f"/v1/environments/{quote(str(environment_id), safe='')}/work/{quote(str(work_id), safe='')}/heartbeat",
            query={"desired_ttl_seconds": desired_ttl_seconds, "expected_last_heartbeat": expected_last_heartbeat},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaSelfHostedWorkHeartbeatResponse)

    async def list(
        self,
        environment_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[BetaSelfHostedWork]:
        """List Work Items

        List the work items of a self-hosted environment (authenticated with the environment key).

        `GET /v1/environments/{environment_id}/work`
        """
        req = Request(
            "GET",
            f"/v1/environments/{quote(str(environment_id), safe='')}/work",
            query={"limit": limit, "page": page},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaSelfHostedWork, "data", "page_cursor")

    async def poll(
        self,
        environment_id: str,
        *,
        block_ms: int = OMIT,
        reclaim_older_than_ms: int = OMIT,
        worker_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> Optional[BetaSelfHostedWork]:
        """Poll for Work

        Long-poll the queue of a self-hosted environment for the next work item (called by the environment worker).

        `GET /v1/environments/{environment_id}/work/poll`
        """
        req = Request(
            "GET",
            f"/v1/environments/{quote(str(environment_id), safe='')}/work/poll",
            query={"block_ms": block_ms, "reclaim_older_than_ms": reclaim_older_than_ms},
            headers={"Anthropic-Worker-ID": worker_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, Optional[BetaSelfHostedWork])

    async def retrieve(
        self,
        environment_id: str,
        work_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaSelfHostedWork:
        """Get Work Item

        Get a work item of an environment.

        `GET /v1/environments/{environment_id}/work/{work_id}`
        """
        req = Request(
            "GET",
            f"/v1/environments/{quote(str(environment_id), safe='')}/work/{quote(str(work_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaSelfHostedWork)

    async def stats(
        self,
        environment_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaSelfHostedWorkQueueStats:
        """Get Work Queue Statistics

        Get statistics of an environment's work queue.

        `GET /v1/environments/{environment_id}/work/stats`
        """
        req = Request(
            "GET",
            f"/v1/environments/{quote(str(environment_id), safe='')}/work/stats",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaSelfHostedWorkQueueStats)

    async def stop(
        self,
        environment_id: str,
        work_id: str,
        *,
        force: bool = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaSelfHostedWork:
        """Stop Work Item

        Stop a work item, gracefully or at once.

        `POST /v1/environments/{environment_id}/work/{work_id}/stop`
        """
        req = Request(
            "POST",
            f"/v1/environments/{quote(str(environment_id), safe='')}/work/{quote(str(work_id), safe='')}/stop",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "force": force,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaSelfHostedWork)

    async def update(
        self,
        environment_id: str,
        work_id: str,
        *,
        metadata: Mapping[str, Any],
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaSelfHostedWork:
        """Update Work Item

        Merge a patch into a work item's metadata.

        `POST /v1/environments/{environment_id}/work/{work_id}`
        """
        req = Request(
            "POST",
            f"/v1/environments/{quote(str(environment_id), safe='')}/work/{quote(str(work_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "metadata": metadata,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaSelfHostedWork)


class AsyncBetaEnvironmentsWorkWithRawResponse:
    """`client.beta.environments.work.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaEnvironmentsWork) -> None:
        self.ack = to_async_raw_response(resource.ack)
        self.heartbeat = to_async_raw_response(resource.heartbeat)
        self.list = to_async_raw_response(resource.list)
        self.poll = to_async_raw_response(resource.poll)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.stats = to_async_raw_response(resource.stats)
        self.stop = to_async_raw_response(resource.stop)
        self.update = to_async_raw_response(resource.update)


class AsyncBetaEnvironments:
    """`client.beta.environments`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.work = AsyncBetaEnvironmentsWork(client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaEnvironmentsWithRawResponse:
        return AsyncBetaEnvironmentsWithRawResponse(self)

    async def archive(
        self,
        environment_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaEnvironment:
        """Archive Environment

        Archive an environment; it is then listed only with include_archived.

        `POST /v1/environments/{environment_id}/archive`
        """
        req = Request(
            "POST",
            f"/v1/environments/{quote(str(environment_id), safe='')}/archive",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaEnvironment)

    async def create(
        self,
        *,
        name: str,
        config: Optional[Union[BetaCloudConfigParams, BetaSelfHostedConfigParams, Mapping[str, Any]]] = OMIT,
        description: Optional[str] = OMIT,
        metadata: Mapping[str, Any] = OMIT,
        scope: Optional[Literal["organization", "account"]] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaEnvironment:
        """Create Environment

        Create an environment, cloud or self-hosted, for the sessions of agents to run in.

        `POST /v1/environments`
        """
        req = Request(
            "POST",
            "/v1/environments",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "name": name,
                "config": config,
                "description": description,
                "metadata": metadata,
                "scope": scope,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaEnvironment)

    async def delete(
        self,
        environment_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaEnvironmentDeleteResponse:
        """Delete Environment

        Delete an environment.

        `DELETE /v1/environments/{environment_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/environments/{quote(str(environment_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaEnvironmentDeleteResponse)

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
    ) -> AsyncPage[BetaEnvironment]:
        """List Environments

        List the environments of the Workspace.

        `GET /v1/environments`
        """
        req = Request(
            "GET",
            "/v1/environments",
            query={"include_archived": include_archived, "limit": limit, "page": page},
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaEnvironment, "data", "page_cursor")

    async def retrieve(
        self,
        environment_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaEnvironment:
        """Get Environment

        Get an environment.

        `GET /v1/environments/{environment_id}`
        """
        req = Request(
            "GET",
            f"/v1/environments/{quote(str(environment_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaEnvironment)

    async def update(
        self,
        environment_id: str,
        *,
        config: Optional[Union[BetaCloudConfigParams, BetaSelfHostedConfigParams, Mapping[str, Any]]] = OMIT,
        description: Optional[str] = OMIT,
        metadata: Mapping[str, Any] = OMIT,
        name: Optional[str] = OMIT,
        scope: Optional[Literal["organization", "account"]] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaEnvironment:
        """Update Environment

        Change an environment; fields left out keep their values.

        `POST /v1/environments/{environment_id}`
        """
        req = Request(
            "POST",
            f"/v1/environments/{quote(str(environment_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "config": config,
                "description": description,
                "metadata": metadata,
                "name": name,
                "scope": scope,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaEnvironment)


class AsyncBetaEnvironmentsWithRawResponse:
    """`client.beta.environments.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaEnvironments) -> None:
        self.archive = to_async_raw_response(resource.archive)
        self.create = to_async_raw_response(resource.create)
        self.delete = to_async_raw_response(resource.delete)
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.update = to_async_raw_response(resource.update)


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


class AsyncBetaOrganizationAnalyticsCost:
    """`client.beta.organization.analytics.cost`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaOrganizationAnalyticsCostWithRawResponse:
        return AsyncBetaOrganizationAnalyticsCostWithRawResponse(self)

    async def list(
        self,
        *,
        starting_at: str,
        actor_ids: Sequence[str] = OMIT,
        actor_types: Sequence[Literal["api_actor", "federated_actor", "service_account_actor", "user_actor"]] = OMIT,
        agent_ids: Sequence[str] = OMIT,
        api_key_ids: Sequence[str] = OMIT,
        claude_tag_categories: Sequence[Literal["dm", "engaged", "monitoring", "proactive", "scheduled"]] = OMIT,
        claude_tag_user_ids: Sequence[str] = OMIT,
        context_windows: Sequence[Literal["0-200k", "200k-1M"]] = OMIT,
        deployment_ids: Sequence[str] = OMIT,
        ending_at: str = OMIT,
        environment_ids: Sequence[str] = OMIT,
        exclude_deleted_users: bool = OMIT,
        group_by: Sequence[
            Literal[
                "actor",
                "actor_type",
                "agent_id",
                "api_key_id",
                "claude_tag_category",
                "claude_tag_user_id",
                "context_window",
                "cost_type",
                "deployment_id",
                "environment_id",
                "inference_geo",
                "model",
                "organization_id",
                "product",
                "rbac_group_id",
                "service_tier",
                "session_id",
                "slack_channel_id",
                "speed",
                "token_type",
                "user_profile_id",
                "workspace_id",
            ]
        ] = OMIT,
        inference_geos: Sequence[Literal["global", "not_available", "us"]] = OMIT,
        limit: int = OMIT,
        models: Sequence[str] = OMIT,
        order: Literal["asc", "desc"] = OMIT,
        order_by: Literal["amount", "list_amount", "time"] = OMIT,
        organization_ids: Sequence[str] = OMIT,
        page: str = OMIT,
        products: Sequence[
            Literal[
                "chat",
                "chat_cowork_unified",
                "claude_code",
                "claude_console",
                "claude_design",
                "claude_in_chrome",
                "claude_tag",
                "cowork",
                "managed_agents_api",
                "message_batches_api",
                "messages_api",
                "office_agent",
            ]
        ] = OMIT,
        rbac_group_ids: Sequence[str] = OMIT,
        service_tiers: Sequence[
            Literal["batch", "flex", "flex_discount", "priority", "priority_on_demand", "standard"]
        ] = OMIT,
        session_ids: Sequence[str] = OMIT,
        slack_channel_ids: Sequence[str] = OMIT,
        speeds: Sequence[Literal["fast", "standard"]] = OMIT,
        time_bucket_width: Literal["1d", "1h", "1m"] = OMIT,
        user_profile_ids: Sequence[str] = OMIT,
        workspace_ids: Sequence[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[BetaAnalyticsCostItem]:
        """List Cost

        Report cost in USD, broken out by the `group_by[]` dimensions and optionally by time bucket. Not available to organizations with HIPAA readiness enabled (400). A parent organization's report leaves out its child organizations that have HIPAA readiness enabled, and is a 400 if all of them do.

        `GET /v1/organizations/analytics/cost`
        """
        req = Request(
            "GET",
            "/v1/organizations/analytics/cost",
            query={
                "starting_at": starting_at,
                "actor_ids[]": actor_ids,
                "actor_types[]": actor_types,
                "agent_ids[]": agent_ids,
                "api_key_ids[]": api_key_ids,
                "claude_tag_categories[]": claude_tag_categories,
                "claude_tag_user_ids[]": claude_tag_user_ids,
                "context_windows[]": context_windows,
                "deployment_ids[]": deployment_ids,
                "ending_at": ending_at,
                "environment_ids[]": environment_ids,
                "exclude_deleted_users": exclude_deleted_users,
                "group_by[]": group_by,
                "inference_geos[]": inference_geos,
                "limit": limit,
                "models[]": models,
                "order": order,
                "order_by": order_by,
                "organization_ids[]": organization_ids,
                "page": page,
                "products[]": products,
                "rbac_group_ids[]": rbac_group_ids,
                "service_tiers[]": service_tiers,
                "session_ids[]": session_ids,
                "slack_channel_ids[]": slack_channel_ids,
                "speeds[]": speeds,
                "time_bucket_width": time_bucket_width,
                "user_profile_ids[]": user_profile_ids,
                "workspace_ids[]": workspace_ids,
            },
            betas=["analytics-usage-cost-2026-08-24", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaAnalyticsCostItem, "data", "page_cursor")


class AsyncBetaOrganizationAnalyticsCostWithRawResponse:
    """`client.beta.organization.analytics.cost.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaOrganizationAnalyticsCost) -> None:
        self.list = to_async_raw_response(resource.list)


class AsyncBetaOrganizationAnalyticsCostReport:
    """`client.beta.organization.analytics.cost_report`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaOrganizationAnalyticsCostReportWithRawResponse:
        return AsyncBetaOrganizationAnalyticsCostReportWithRawResponse(self)

    async def list(
        self,
        *,
        starting_at: str,
        bucket_width: Literal["1d", "1h", "1m"] = OMIT,
        claude_tag_categories: Sequence[Literal["dm", "engaged", "monitoring", "proactive", "scheduled"]] = OMIT,
        claude_tag_user_ids: Sequence[str] = OMIT,
        context_windows: Sequence[Literal["0-200k", "200k-1M"]] = OMIT,
        ending_at: str = OMIT,
        group_by: Sequence[
            Literal[
                "claude_tag_category",
                "claude_tag_user_id",
                "context_window",
                "cost_type",
                "inference_geo",
                "model",
                "product",
                "rbac_group_id",
                "slack_channel_id",
                "speed",
                "token_type",
            ]
        ] = OMIT,
        inference_geos: Sequence[Literal["global", "not_available", "us"]] = OMIT,
        limit: int = OMIT,
        models: Sequence[str] = OMIT,
        page: str = OMIT,
        products: Sequence[
            Literal[
                "chat",
                "chat_cowork_unified",
                "claude-tag",
                "claude_code",
                "claude_design",
                "claude_in_chrome",
                "cowork",
                "office_agent",
            ]
        ] = OMIT,
        rbac_group_ids: Sequence[str] = OMIT,
        slack_channel_ids: Sequence[str] = OMIT,
        speeds: Sequence[Literal["fast", "standard"]] = OMIT,
        user_ids: Sequence[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[BetaAnalyticsCostReportTimeBucket]:
        """List Cost Report (Legacy)

        Report cost per time bucket (legacy; prefer the cost endpoint).

        `GET /v1/organizations/analytics/cost_report`
        """
        req = Request(
            "GET",
            "/v1/organizations/analytics/cost_report",
            query={
                "starting_at": starting_at,
                "bucket_width": bucket_width,
                "claude_tag_categories[]": claude_tag_categories,
                "claude_tag_user_ids[]": claude_tag_user_ids,
                "context_windows[]": context_windows,
                "ending_at": ending_at,
                "group_by[]": group_by,
                "inference_geos[]": inference_geos,
                "limit": limit,
                "models[]": models,
                "page": page,
                "products[]": products,
                "rbac_group_ids[]": rbac_group_ids,
                "slack_channel_ids[]": slack_channel_ids,
                "speeds[]": speeds,
                "user_ids[]": user_ids,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaAnalyticsCostReportTimeBucket, "data", "page_cursor")


class AsyncBetaOrganizationAnalyticsCostReportWithRawResponse:
    """`client.beta.organization.analytics.cost_report.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaOrganizationAnalyticsCostReport) -> None:
        self.list = to_async_raw_response(resource.list)


class AsyncBetaOrganizationAnalyticsUsage:
    """`client.beta.organization.analytics.usage`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaOrganizationAnalyticsUsageWithRawResponse:
        return AsyncBetaOrganizationAnalyticsUsageWithRawResponse(self)

    async def list(
        self,
        *,
        starting_at: str,
        actor_ids: Sequence[str] = OMIT,
        actor_types: Sequence[Literal["api_actor", "federated_actor", "service_account_actor", "user_actor"]] = OMIT,
        agent_ids: Sequence[str] = OMIT,
        api_key_ids: Sequence[str] = OMIT,
        claude_tag_categories: Sequence[Literal["dm", "engaged", "monitoring", "proactive", "scheduled"]] = OMIT,
        claude_tag_user_ids: Sequence[str] = OMIT,
        context_windows: Sequence[Literal["0-200k", "200k-1M"]] = OMIT,
        deployment_ids: Sequence[str] = OMIT,
        ending_at: str = OMIT,
        environment_ids: Sequence[str] = OMIT,
        exclude_deleted_users: bool = OMIT,
        group_by: Sequence[
            Literal[
                "actor",
                "actor_type",
                "agent_id",
                "api_key_id",
                "claude_tag_category",
                "claude_tag_user_id",
                "context_window",
                "deployment_id",
                "environment_id",
                "inference_geo",
                "model",
                "organization_id",
                "product",
                "rbac_group_id",
                "service_tier",
                "session_id",
                "slack_channel_id",
                "speed",
                "user_profile_id",
                "workspace_id",
            ]
        ] = OMIT,
        inference_geos: Sequence[Literal["global", "not_available", "us"]] = OMIT,
        limit: int = OMIT,
        models: Sequence[str] = OMIT,
        order: Literal["asc", "desc"] = OMIT,
        order_by: Literal["output_tokens", "requests", "time", "total_tokens", "uncached_input_tokens"] = OMIT,
        organization_ids: Sequence[str] = OMIT,
        page: str = OMIT,
        products: Sequence[
            Literal[
                "chat",
                "chat_cowork_unified",
                "claude_code",
                "claude_console",
                "claude_design",
                "claude_in_chrome",
                "claude_tag",
                "cowork",
                "managed_agents_api",
                "message_batches_api",
                "messages_api",
                "office_agent",
            ]
        ] = OMIT,
        rbac_group_ids: Sequence[str] = OMIT,
        service_tiers: Sequence[
            Literal["batch", "flex", "flex_discount", "priority", "priority_on_demand", "standard"]
        ] = OMIT,
        session_ids: Sequence[str] = OMIT,
        slack_channel_ids: Sequence[str] = OMIT,
        speeds: Sequence[Literal["fast", "standard"]] = OMIT,
        time_bucket_width: Literal["1d", "1h", "1m"] = OMIT,
        user_profile_ids: Sequence[str] = OMIT,
        workspace_ids: Sequence[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[BetaAnalyticsUsageItem]:
        """List Usage

        Report token and request counts, broken out by the `group_by[]` dimensions and optionally by time bucket. Not available to organizations with HIPAA readiness enabled (400). A parent organization's report leaves out its child organizations that have HIPAA readiness enabled, and is a 400 if all of them do.

        `GET /v1/organizations/analytics/usage`
        """
        req = Request(
            "GET",
            "/v1/organizations/analytics/usage",
            query={
                "starting_at": starting_at,
                "actor_ids[]": actor_ids,
                "actor_types[]": actor_types,
                "agent_ids[]": agent_ids,
                "api_key_ids[]": api_key_ids,
                "claude_tag_categories[]": claude_tag_categories,
                "claude_tag_user_ids[]": claude_tag_user_ids,
                "context_windows[]": context_windows,
                "deployment_ids[]": deployment_ids,
                "ending_at": ending_at,
                "environment_ids[]": environment_ids,
                "exclude_deleted_users": exclude_deleted_users,
                "group_by[]": group_by,
                "inference_geos[]": inference_geos,
                "limit": limit,
                "models[]": models,
                "order": order,
                "order_by": order_by,
                "organization_ids[]": organization_ids,
                "page": page,
                "products[]": products,
                "rbac_group_ids[]": rbac_group_ids,
                "service_tiers[]": service_tiers,
                "session_ids[]": session_ids,
                "slack_channel_ids[]": slack_channel_ids,
                "speeds[]": speeds,
                "time_bucket_width": time_bucket_width,
                "user_profile_ids[]": user_profile_ids,
                "workspace_ids[]": workspace_ids,
            },
            betas=["analytics-usage-cost-2026-08-24", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaAnalyticsUsageItem, "data", "page_cursor")


class AsyncBetaOrganizationAnalyticsUsageWithRawResponse:
    """`client.beta.organization.analytics.usage.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaOrganizationAnalyticsUsage) -> None:
        self.list = to_async_raw_response(resource.list)


class AsyncBetaOrganizationAnalyticsUsageReport:
    """`client.beta.organization.analytics.usage_report`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaOrganizationAnalyticsUsageReportWithRawResponse:
        return AsyncBetaOrganizationAnalyticsUsageReportWithRawResponse(self)

    async def list(
        self,
        *,
        starting_at: str,
        bucket_width: Literal["1d", "1h", "1m"] = OMIT,
        claude_tag_categories: Sequence[Literal["dm", "engaged", "monitoring", "proactive", "scheduled"]] = OMIT,
        claude_tag_user_ids: Sequence[str] = OMIT,
        context_windows: Sequence[Literal["0-200k", "200k-1M"]] = OMIT,
        ending_at: str = OMIT,
        group_by: Sequence[
            Literal[
                "claude_tag_category",
                "claude_tag_user_id",
                "context_window",
                "inference_geo",
                "model",
                "product",
                "rbac_group_id",
                "slack_channel_id",
                "speed",
            ]
        ] = OMIT,
        inference_geos: Sequence[Literal["global", "not_available", "us"]] = OMIT,
        limit: int = OMIT,
        models: Sequence[str] = OMIT,
        page: str = OMIT,
        products: Sequence[
            Literal[
                "chat",
                "chat_cowork_unified",
                "claude-tag",
                "claude_code",
                "claude_design",
                "claude_in_chrome",
                "cowork",
                "office_agent",
            ]
        ] = OMIT,
        rbac_group_ids: Sequence[str] = OMIT,
        slack_channel_ids: Sequence[str] = OMIT,
        speeds: Sequence[Literal["fast", "standard"]] = OMIT,
        user_ids: Sequence[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[BetaAnalyticsUsageReportTimeBucket]:
        """List Usage Report (Legacy)

        Report token usage per time bucket (legacy; prefer the usage endpoint).

        `GET /v1/organizations/analytics/usage_report`
        """
        req = Request(
            "GET",
            "/v1/organizations/analytics/usage_report",
            query={
                "starting_at": starting_at,
                "bucket_width": bucket_width,
                "claude_tag_categories[]": claude_tag_categories,
                "claude_tag_user_ids[]": claude_tag_user_ids,
                "context_windows[]": context_windows,
                "ending_at": ending_at,
                "group_by[]": group_by,
                "inference_geos[]": inference_geos,
                "limit": limit,
                "models[]": models,
                "page": page,
                "products[]": products,
                "rbac_group_ids[]": rbac_group_ids,
                "slack_channel_ids[]": slack_channel_ids,
                "speeds[]": speeds,
                "user_ids[]": user_ids,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaAnalyticsUsageReportTimeBucket, "data", "page_cursor")


class AsyncBetaOrganizationAnalyticsUsageReportWithRawResponse:
    """`client.beta.organization.analytics.usage_report.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaOrganizationAnalyticsUsageReport) -> None:
        self.list = to_async_raw_response(resource.list)


class AsyncBetaOrganizationAnalyticsUserCostReport:
    """`client.beta.organization.analytics.user_cost_report`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaOrganizationAnalyticsUserCostReportWithRawResponse:
        return AsyncBetaOrganizationAnalyticsUserCostReportWithRawResponse(self)

    async def list(
        self,
        *,
        starting_at: str,
        bucket_width: Literal["1d", "1h", "1m"] = OMIT,
        claude_tag_categories: Sequence[Literal["dm", "engaged", "monitoring", "proactive", "scheduled"]] = OMIT,
        claude_tag_user_ids: Sequence[str] = OMIT,
        context_windows: Sequence[Literal["0-200k", "200k-1M"]] = OMIT,
        ending_at: str = OMIT,
        exclude_deleted_users: bool = OMIT,
        group_by: Sequence[
            Literal[
                "claude_tag_category",
                "claude_tag_user_id",
                "context_window",
                "cost_type",
                "inference_geo",
                "model",
                "product",
                "rbac_group_id",
                "slack_channel_id",
                "speed",
                "token_type",
            ]
        ] = OMIT,
        inference_geos: Sequence[Literal["global", "not_available", "us"]] = OMIT,
        limit: int = OMIT,
        models: Sequence[str] = OMIT,
        order: Literal["asc", "desc"] = OMIT,
        order_by: Literal["amount", "list_amount"] = OMIT,
        page: str = OMIT,
        products: Sequence[
            Literal[
                "chat",
                "chat_cowork_unified",
                "claude-tag",
                "claude_code",
                "claude_design",
                "claude_in_chrome",
                "cowork",
                "office_agent",
            ]
        ] = OMIT,
        rbac_group_ids: Sequence[str] = OMIT,
        slack_channel_ids: Sequence[str] = OMIT,
        speeds: Sequence[Literal["fast", "standard"]] = OMIT,
        user_ids: Sequence[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[BetaAnalyticsCostUsersItem]:
        """List User Cost Report (Legacy)

        Report cost per user (legacy; prefer the cost endpoint grouped by `actor`).

        `GET /v1/organizations/analytics/user_cost_report`
        """
        req = Request(
            "GET",
            "/v1/organizations/analytics/user_cost_report",
            query={
                "starting_at": starting_at,
                "bucket_width": bucket_width,
                "claude_tag_categories[]": claude_tag_categories,
                "claude_tag_user_ids[]": claude_tag_user_ids,
                "context_windows[]": context_windows,
                "ending_at": ending_at,
                "exclude_deleted_users": exclude_deleted_users,
                "group_by[]": group_by,
                "inference_geos[]": inference_geos,
                "limit": limit,
                "models[]": models,
                "order": order,
                "order_by": order_by,
                "page": page,
                "products[]": products,
                "rbac_group_ids[]": rbac_group_ids,
                "slack_channel_ids[]": slack_channel_ids,
                "speeds[]": speeds,
                "user_ids[]": user_ids,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaAnalyticsCostUsersItem, "data", "page_cursor")


class AsyncBetaOrganizationAnalyticsUserCostReportWithRawResponse:
    """`client.beta.organization.analytics.user_cost_report.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaOrganizationAnalyticsUserCostReport) -> None:
        self.list = to_async_raw_response(resource.list)


class AsyncBetaOrganizationAnalyticsUserUsageReport:
    """`client.beta.organization.analytics.user_usage_report`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaOrganizationAnalyticsUserUsageReportWithRawResponse:
        return AsyncBetaOrganizationAnalyticsUserUsageReportWithRawResponse(self)

    async def list(
        self,
        *,
        starting_at: str,
        bucket_width: Literal["1d", "1h", "1m"] = OMIT,
        claude_tag_categories: Sequence[Literal["dm", "engaged", "monitoring", "proactive", "scheduled"]] = OMIT,
        claude_tag_user_ids: Sequence[str] = OMIT,
        context_windows: Sequence[Literal["0-200k", "200k-1M"]] = OMIT,
        ending_at: str = OMIT,
        exclude_deleted_users: bool = OMIT,
        group_by: Sequence[
            Literal[
                "claude_tag_category",
                "claude_tag_user_id",
                "context_window",
                "inference_geo",
                "model",
                "product",
                "rbac_group_id",
                "slack_channel_id",
                "speed",
            ]
        ] = OMIT,
        inference_geos: Sequence[Literal["global", "not_available", "us"]] = OMIT,
        limit: int = OMIT,
        models: Sequence[str] = OMIT,
        order: Literal["asc", "desc"] = OMIT,
        order_by: Literal["output_tokens", "requests", "total_tokens", "uncached_input_tokens"] = OMIT,
        page: str = OMIT,
        products: Sequence[
            Literal[
                "chat",
                "chat_cowork_unified",
                "claude-tag",
                "claude_code",
                "claude_design",
                "claude_in_chrome",
                "cowork",
                "office_agent",
            ]
        ] = OMIT,
        rbac_group_ids: Sequence[str] = OMIT,
        slack_channel_ids: Sequence[str] = OMIT,
        speeds: Sequence[Literal["fast", "standard"]] = OMIT,
        user_ids: Sequence[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[BetaAnalyticsUsageUsersItem]:
        """List User Usage Report (Legacy)

        Report token usage per user (legacy; prefer the usage endpoint grouped by `actor`).

        `GET /v1/organizations/analytics/user_usage_report`
        """
        req = Request(
            "GET",
            "/v1/organizations/analytics/user_usage_report",
            query={
                "starting_at": starting_at,
                "bucket_width": bucket_width,
                "claude_tag_categories[]": claude_tag_categories,
                "claude_tag_user_ids[]": claude_tag_user_ids,
                "context_windows[]": context_windows,
                "ending_at": ending_at,
                "exclude_deleted_users": exclude_deleted_users,
                "group_by[]": group_by,
                "inference_geos[]": inference_geos,
                "limit": limit,
                "models[]": models,
                "order": order,
                "order_by": order_by,
                "page": page,
                "products[]": products,
                "rbac_group_ids[]": rbac_group_ids,
                "slack_channel_ids[]": slack_channel_ids,
                "speeds[]": speeds,
                "user_ids[]": user_ids,
            },
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaAnalyticsUsageUsersItem, "data", "page_cursor")


class AsyncBetaOrganizationAnalyticsUserUsageReportWithRawResponse:
    """`client.beta.organization.analytics.user_usage_report.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaOrganizationAnalyticsUserUsageReport) -> None:
        self.list = to_async_raw_response(resource.list)


class AsyncBetaOrganizationAnalytics:
    """`client.beta.organization.analytics`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.cost = AsyncBetaOrganizationAnalyticsCost(client)
        self.cost_report = AsyncBetaOrganizationAnalyticsCostReport(client)
        self.usage = AsyncBetaOrganizationAnalyticsUsage(client)
        self.usage_report = AsyncBetaOrganizationAnalyticsUsageReport(client)
        self.user_cost_report = AsyncBetaOrganizationAnalyticsUserCostReport(client)
        self.user_usage_report = AsyncBetaOrganizationAnalyticsUserUsageReport(client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaOrganizationAnalyticsWithRawResponse:
        return AsyncBetaOrganizationAnalyticsWithRawResponse(self)


class AsyncBetaOrganizationAnalyticsWithRawResponse:
    """`client.beta.organization.analytics.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaOrganizationAnalytics) -> None:
        self._resource = resource


class AsyncBetaOrganizationClaudeCodeManagedSettingsConfiguration:
    """`client.beta.organization.claude_code.managed_settings.configuration`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaOrganizationClaudeCodeManagedSettingsConfigurationWithRawResponse:
        return AsyncBetaOrganizationClaudeCodeManagedSettingsConfigurationWithRawResponse(self)

    async def retrieve(
        self,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaClaudeCodeManagedSettingsConfiguration:
        """Get the managed settings configuration

        Get the organization's Claude Code managed settings mode and RBAC Group order (scope `read:claude_code_managed_settings`).

        `GET /v1/organizations/claude_code/managed_settings/configuration`
        """
        req = Request(
            "GET",
            "/v1/organizations/claude_code/managed_settings/configuration",
            betas=["ce-claude-code-managed-settings-2026-10-06", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaClaudeCodeManagedSettingsConfiguration)

    async def update(
        self,
        *,
        mode: Union[
            BetaClaudeCodeManagedSettingsOrganizationModeParam,
            BetaClaudeCodeManagedSettingsRBACGroupsModeParam,
            Mapping[str, Any],
        ] = OMIT,
        rbac_group_order: Sequence[str] = OMIT,
        rbac_group_order_version: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaClaudeCodeManagedSettingsConfiguration:
        """Update the managed settings configuration

        Change the mode, the RBAC Group order, or both in one atomic write; a stale `rbac_group_order_version` returns 409, and a write that returns 503 may have applied.

        `POST /v1/organizations/claude_code/managed_settings/configuration`
        """
        req = Request(
            "POST",
            "/v1/organizations/claude_code/managed_settings/configuration",
            body={
                "mode": mode,
                "rbac_group_order": rbac_group_order,
                "rbac_group_order_version": rbac_group_order_version,
            },
            betas=["ce-claude-code-managed-settings-2026-10-06", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaClaudeCodeManagedSettingsConfiguration)


class AsyncBetaOrganizationClaudeCodeManagedSettingsConfigurationWithRawResponse:
    """`client.beta.organization.claude_code.managed_settings.configuration.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaOrganizationClaudeCodeManagedSettingsConfiguration) -> None:
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.update = to_async_raw_response(resource.update)


class AsyncBetaOrganizationClaudeCodeManagedSettingsRbacGroupDefault:
    """`client.beta.organization.claude_code.managed_settings.rbac_group_default`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaOrganizationClaudeCodeManagedSettingsRbacGroupDefaultWithRawResponse:
        return AsyncBetaOrganizationClaudeCodeManagedSettingsRbacGroupDefaultWithRawResponse(self)

    async def retrieve(
        self,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaClaudeCodeRBACGroupDefaultManagedSettings:
        """Get default managed settings

        Get the default Claude Code managed settings, which members in no RBAC Group of `rbac_group_order` receive in `rbac_groups` mode.

        `GET /v1/organizations/claude_code/managed_settings/rbac_group_default`
        """
        req = Request(
            "GET",
            "/v1/organizations/claude_code/managed_settings/rbac_group_default",
            betas=["ce-claude-code-managed-settings-2026-10-06", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaClaudeCodeRBACGroupDefaultManagedSettings)

    async def update(
        self,
        *,
        settings: Optional[Mapping[str, Any]],
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaClaudeCodeRBACGroupDefaultManagedSettings:
        """Update default managed settings

        Set or replace the default Claude Code managed settings, or clear them with null; a write that returns 503 may have applied.

        `POST /v1/organizations/claude_code/managed_settings/rbac_group_default`
        """
        req = Request(
            "POST",
            "/v1/organizations/claude_code/managed_settings/rbac_group_default",
            body={
                "settings": settings,
            },
            betas=["ce-claude-code-managed-settings-2026-10-06", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaClaudeCodeRBACGroupDefaultManagedSettings)


class AsyncBetaOrganizationClaudeCodeManagedSettingsRbacGroupDefaultWithRawResponse:
    """`client.beta.organization.claude_code.managed_settings.rbac_group_default.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaOrganizationClaudeCodeManagedSettingsRbacGroupDefault) -> None:
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.update = to_async_raw_response(resource.update)


class AsyncBetaOrganizationClaudeCodeManagedSettingsRbacGroups:
    """`client.beta.organization.claude_code.managed_settings.rbac_groups`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaOrganizationClaudeCodeManagedSettingsRbacGroupsWithRawResponse:
        return AsyncBetaOrganizationClaudeCodeManagedSettingsRbacGroupsWithRawResponse(self)

    async def delete(
        self,
        rbac_group_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaDeletedClaudeCodeRBACGroupManagedSettings:
        """Delete RBAC Group managed settings

        Delete an RBAC Group's Claude Code managed settings and remove it from `rbac_group_order`; 404 `rbac_group_managed_settings_not_found` when it has none.

        `DELETE /v1/organizations/claude_code/managed_settings/rbac_groups/{rbac_group_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/claude_code/managed_settings/rbac_groups/{quote(str(rbac_group_id), safe='')}",
            betas=["ce-claude-code-managed-settings-2026-10-06", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaDeletedClaudeCodeRBACGroupManagedSettings)

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
    ) -> AsyncPage[BetaClaudeCodeRBACGroupManagedSettingsSummary]:
        """List RBAC Group managed settings

        List the RBAC Groups that have Claude Code managed settings, deleted ones included, highest precedence first; 409 if the order changes between pages.

        `GET /v1/organizations/claude_code/managed_settings/rbac_groups`
        """
        req = Request(
            "GET",
            "/v1/organizations/claude_code/managed_settings/rbac_groups",
            query={"limit": limit, "page": page},
            betas=["ce-claude-code-managed-settings-2026-10-06", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaClaudeCodeRBACGroupManagedSettingsSummary, "data", "page_cursor")

    async def retrieve(
        self,
        rbac_group_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaClaudeCodeRBACGroupManagedSettings:
        """Get RBAC Group managed settings

        Get an RBAC Group's Claude Code managed settings; 404 `rbac_group_managed_settings_not_found` when it has none.

        `GET /v1/organizations/claude_code/managed_settings/rbac_groups/{rbac_group_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/claude_code/managed_settings/rbac_groups/{quote(str(rbac_group_id), safe='')}",
            betas=["ce-claude-code-managed-settings-2026-10-06", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaClaudeCodeRBACGroupManagedSettings)

    async def set(
        self,
        rbac_group_id: str,
        *,
        settings: Mapping[str, Any],
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaClaudeCodeRBACGroupManagedSettings:
        """Set RBAC Group managed settings

        Create or replace an RBAC Group's Claude Code managed settings; new settings join the end of `rbac_group_order`, and a write that returns 503 may have applied.

        `POST /v1/organizations/claude_code/managed_settings/rbac_groups/{rbac_group_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/claude_code/managed_settings/rbac_groups/{quote(str(rbac_group_id), safe='')}",
            body={
                "settings": settings,
            },
            betas=["ce-claude-code-managed-settings-2026-10-06", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaClaudeCodeRBACGroupManagedSettings)


class AsyncBetaOrganizationClaudeCodeManagedSettingsRbacGroupsWithRawResponse:
    """`client.beta.organization.claude_code.managed_settings.rbac_groups.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaOrganizationClaudeCodeManagedSettingsRbacGroups) -> None:
        self.delete = to_async_raw_response(resource.delete)
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.set = to_async_raw_response(resource.set)


class AsyncBetaOrganizationClaudeCodeManagedSettings:
    """`client.beta.organization.claude_code.managed_settings`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.configuration = AsyncBetaOrganizationClaudeCodeManagedSettingsConfiguration(client)
        self.rbac_group_default = AsyncBetaOrganizationClaudeCodeManagedSettingsRbacGroupDefault(client)
        self.rbac_groups = AsyncBetaOrganizationClaudeCodeManagedSettingsRbacGroups(client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaOrganizationClaudeCodeManagedSettingsWithRawResponse:
        return AsyncBetaOrganizationClaudeCodeManagedSettingsWithRawResponse(self)


class AsyncBetaOrganizationClaudeCodeManagedSettingsWithRawResponse:
    """`client.beta.organization.claude_code.managed_settings.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaOrganizationClaudeCodeManagedSettings) -> None:
        self._resource = resource


class AsyncBetaOrganizationClaudeCode:
    """`client.beta.organization.claude_code`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.managed_settings = AsyncBetaOrganizationClaudeCodeManagedSettings(client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaOrganizationClaudeCodeWithRawResponse:
        return AsyncBetaOrganizationClaudeCodeWithRawResponse(self)


class AsyncBetaOrganizationClaudeCodeWithRawResponse:
    """`client.beta.organization.claude_code.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaOrganizationClaudeCode) -> None:
        self._resource = resource


class AsyncBetaOrganizationClaudeTagBundlesTargets:
    """`client.beta.organization.claude_tag.bundles.targets`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaOrganizationClaudeTagBundlesTargetsWithRawResponse:
        return AsyncBetaOrganizationClaudeTagBundlesTargetsWithRawResponse(self)

    async def create(
        self,
        bundle_id: str,
        *,
        type_: Literal["slack_channel", "slack_workspace"],
        slack_channel_id: str = OMIT,
        slack_workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> Union[BetaClaudeTagSlackChannelBundleTarget, BetaClaudeTagSlackWorkspaceBundleTarget]:
        """Attach a Bundle

        Attach a Bundle to a set-up Slack channel or workspace, returning the existing Bundle Target if it is already attached; a group direct message returns 400.

        `POST /v1/organizations/claude_tag/bundles/{bundle_id}/targets`
        """
        req = Request(
            "POST",
            f"/v1/organizations/claude_tag/bundles/{quote(str(bundle_id), safe='')}/targets",
            body={
                "type": type_,
                "slack_channel_id": slack_channel_id,
                "slack_workspace_id": slack_workspace_id,
            },
            betas=["experimental-claude-tag-2026-10-21", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            req, Union[BetaClaudeTagSlackChannelBundleTarget, BetaClaudeTagSlackWorkspaceBundleTarget]
        )

    async def delete(
        self,
        bundle_id: str,
        target_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaClaudeTagDeletedBundleTarget:
        """Detach a Bundle

        Detach a Bundle from a Slack channel or workspace; a repeated detach returns 404.

        `DELETE /v1/organizations/claude_tag/bundles/{bundle_id}/targets/{target_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/claude_tag/bundles/{quote(str(bundle_id), safe='')}/targets/{quote(str(target_id), safe='')}",
            betas=["experimental-claude-tag-2026-10-21", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaClaudeTagDeletedBundleTarget)

    async def list(
        self,
        bundle_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[Union[BetaClaudeTagSlackChannelBundleTarget, BetaClaudeTagSlackWorkspaceBundleTarget]]:
        """List Bundle Targets

        List the Slack channels and workspaces of the organization a Bundle is attached to, newest first.

        `GET /v1/organizations/claude_tag/bundles/{bundle_id}/targets`
        """
        req = Request(
            "GET",
            f"/v1/organizations/claude_tag/bundles/{quote(str(bundle_id), safe='')}/targets",
            query={"limit": limit, "page": page},
            betas=["experimental-claude-tag-2026-10-21", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(
            req,
            Union[BetaClaudeTagSlackChannelBundleTarget, BetaClaudeTagSlackWorkspaceBundleTarget],
            "data",
            "page_cursor",
        )

    async def retrieve(
        self,
        bundle_id: str,
        target_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> Union[BetaClaudeTagSlackChannelBundleTarget, BetaClaudeTagSlackWorkspaceBundleTarget]:
        """Get a Bundle Target

        Get one Bundle Target; 404 when it belongs to another Bundle or was detached.

        `GET /v1/organizations/claude_tag/bundles/{bundle_id}/targets/{target_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/claude_tag/bundles/{quote(str(bundle_id), safe='')}/targets/{quote(str(target_id), safe='')}",
            betas=["experimental-claude-tag-2026-10-21", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            req, Union[BetaClaudeTagSlackChannelBundleTarget, BetaClaudeTagSlackWorkspaceBundleTarget]
        )


class AsyncBetaOrganizationClaudeTagBundlesTargetsWithRawResponse:
    """`client.beta.organization.claude_tag.bundles.targets.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaOrganizationClaudeTagBundlesTargets) -> None:
        self.create = to_async_raw_response(resource.create)
        self.delete = to_async_raw_response(resource.delete)
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)


class AsyncBetaOrganizationClaudeTagBundles:
    """`client.beta.organization.claude_tag.bundles`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.targets = AsyncBetaOrganizationClaudeTagBundlesTargets(client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaOrganizationClaudeTagBundlesWithRawResponse:
        return AsyncBetaOrganizationClaudeTagBundlesWithRawResponse(self)

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
    ) -> AsyncPage[BetaClaudeTagBundle]:
        """List Bundles

        List the organization's Bundles, newest first; Bundles Claude Tag manages for itself are left out.

        `GET /v1/organizations/claude_tag/bundles`
        """
        req = Request(
            "GET",
            "/v1/organizations/claude_tag/bundles",
            query={"limit": limit, "page": page},
            betas=["experimental-claude-tag-2026-10-21", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaClaudeTagBundle, "data", "page_cursor")

    async def retrieve(
        self,
        bundle_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaClaudeTagBundle:
        """Get a Bundle

        Get one Bundle; what it grants is never returned.

        `GET /v1/organizations/claude_tag/bundles/{bundle_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/claude_tag/bundles/{quote(str(bundle_id), safe='')}",
            betas=["experimental-claude-tag-2026-10-21", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaClaudeTagBundle)

    async def update(
        self,
        bundle_id: str,
        *,
        instructions: Optional[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaClaudeTagBundle:
        """Update a Bundle

        Change a Bundle's instructions for sessions that start afterwards; Bundles managed in claude.ai return 400.

        `POST /v1/organizations/claude_tag/bundles/{bundle_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/claude_tag/bundles/{quote(str(bundle_id), safe='')}",
            body={
                "instructions": instructions,
            },
            betas=["experimental-claude-tag-2026-10-21", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaClaudeTagBundle)


class AsyncBetaOrganizationClaudeTagBundlesWithRawResponse:
    """`client.beta.organization.claude_tag.bundles.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaOrganizationClaudeTagBundles) -> None:
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.update = to_async_raw_response(resource.update)


class AsyncBetaOrganizationClaudeTagSlackChannels:
    """`client.beta.organization.claude_tag.slack_channels`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaOrganizationClaudeTagSlackChannelsWithRawResponse:
        return AsyncBetaOrganizationClaudeTagSlackChannelsWithRawResponse(self)

    async def create(
        self,
        *,
        slack: Union[BetaClaudeTagSlackChannelIdentifiersParam, Mapping[str, Any]],
        settings: Union[BetaClaudeTagSettingsCreateParam, Mapping[str, Any]] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaClaudeTagSlackChannel:
        """Set up a Slack Channel

        Set a Slack channel up for Claude Tag (or return it if it already is) and apply `settings` as an update would; if the settings are refused the channel stays set up with nothing set.

        `POST /v1/organizations/claude_tag/slack_channels`
        """
        req = Request(
            "POST",
            "/v1/organizations/claude_tag/slack_channels",
            body={
                "slack": slack,
                "settings": settings,
            },
            betas=["experimental-claude-tag-2026-10-21", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaClaudeTagSlackChannel)

    async def delete(
        self,
        id_: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaClaudeTagDeletedSlackChannel:
        """Remove a Slack Channel

        Remove a channel from Claude Tag, deleting its settings and Bundle Targets at once and its sessions, memory and artifacts in the background; refused with 400 while `enabled` resolves to true.

        `DELETE /v1/organizations/claude_tag/slack_channels/{id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/claude_tag/slack_channels/{quote(str(id_), safe='')}",
            betas=["experimental-claude-tag-2026-10-21", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaClaudeTagDeletedSlackChannel)

    async def list(
        self,
        *,
        slack_workspace_id: str,
        include_inherited: bool = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        slack_channel_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[BetaClaudeTagSlackChannel]:
        """List Slack Channels

        List the set-up channels of one Slack workspace, newest first, or look one up by `slack_channel_id` (then `limit` and `page` are ignored).

        `GET /v1/organizations/claude_tag/slack_channels`
        """
        req = Request(
            "GET",
            "/v1/organizations/claude_tag/slack_channels",
            query={
                "slack_workspace_id": slack_workspace_id,
                "include_inherited": include_inherited,
                "limit": limit,
                "page": page,
                "slack_channel_id": slack_channel_id,
            },
            betas=["experimental-claude-tag-2026-10-21", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaClaudeTagSlackChannel, "data", "page_cursor")

    async def retrieve(
        self,
        id_: str,
        *,
        include_inherited: bool = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaClaudeTagSlackChannel:
        """Get a Slack Channel

        Get one Slack channel with the settings it stores or, with `include_inherited=true`, those that apply in it (503 if a level could not be read).

        `GET /v1/organizations/claude_tag/slack_channels/{id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/claude_tag/slack_channels/{quote(str(id_), safe='')}",
            query={"include_inherited": include_inherited},
            betas=["experimental-claude-tag-2026-10-21", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaClaudeTagSlackChannel)

    async def update(
        self,
        id_: str,
        *,
        settings: Union[BetaClaudeTagSettingsUpdateParam, Mapping[str, Any]],
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaClaudeTagSlackChannel:
        """Update a Slack Channel

        Change the settings a Slack channel stores: omitted ones are unchanged, null ones cleared, and nothing is stored if any value is refused.

        `POST /v1/organizations/claude_tag/slack_channels/{id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/claude_tag/slack_channels/{quote(str(id_), safe='')}",
            body={
                "settings": settings,
            },
            betas=["experimental-claude-tag-2026-10-21", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaClaudeTagSlackChannel)


class AsyncBetaOrganizationClaudeTagSlackChannelsWithRawResponse:
    """`client.beta.organization.claude_tag.slack_channels.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaOrganizationClaudeTagSlackChannels) -> None:
        self.create = to_async_raw_response(resource.create)
        self.delete = to_async_raw_response(resource.delete)
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.update = to_async_raw_response(resource.update)


class AsyncBetaOrganizationClaudeTagSlackWorkspaces:
    """`client.beta.organization.claude_tag.slack_workspaces`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaOrganizationClaudeTagSlackWorkspacesWithRawResponse:
        return AsyncBetaOrganizationClaudeTagSlackWorkspacesWithRawResponse(self)

    async def list(
        self,
        *,
        include_inherited: bool = OMIT,
        limit: int = OMIT,
        page: str = OMIT,
        slack_workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[BetaClaudeTagSlackWorkspace]:
        """List Slack Workspaces

        List the set-up Slack workspaces the organization owns, newest first, or look one up by `slack_workspace_id`.

        `GET /v1/organizations/claude_tag/slack_workspaces`
        """
        req = Request(
            "GET",
            "/v1/organizations/claude_tag/slack_workspaces",
            query={
                "include_inherited": include_inherited,
                "limit": limit,
                "page": page,
                "slack_workspace_id": slack_workspace_id,
            },
            betas=["experimental-claude-tag-2026-10-21", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaClaudeTagSlackWorkspace, "data", "page_cursor")

    async def retrieve(
        self,
        id_: str,
        *,
        include_inherited: bool = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaClaudeTagSlackWorkspace:
        """Get a Slack Workspace

        Get one Slack workspace with the settings it stores or, with `include_inherited=true`, those that apply in it (503 if a level could not be read).

        `GET /v1/organizations/claude_tag/slack_workspaces/{id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/claude_tag/slack_workspaces/{quote(str(id_), safe='')}",
            query={"include_inherited": include_inherited},
            betas=["experimental-claude-tag-2026-10-21", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaClaudeTagSlackWorkspace)

    async def update(
        self,
        id_: str,
        *,
        settings: Union[BetaClaudeTagSettingsUpdateParam, Mapping[str, Any]],
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaClaudeTagSlackWorkspace:
        """Update a Slack Workspace

        Change the settings a Slack workspace stores: omitted ones are unchanged, null ones cleared, and nothing is stored if any value is refused.

        `POST /v1/organizations/claude_tag/slack_workspaces/{id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/claude_tag/slack_workspaces/{quote(str(id_), safe='')}",
            body={
                "settings": settings,
            },
            betas=["experimental-claude-tag-2026-10-21", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaClaudeTagSlackWorkspace)


class AsyncBetaOrganizationClaudeTagSlackWorkspacesWithRawResponse:
    """`client.beta.organization.claude_tag.slack_workspaces.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaOrganizationClaudeTagSlackWorkspaces) -> None:
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.update = to_async_raw_response(resource.update)


class AsyncBetaOrganizationClaudeTag:
    """`client.beta.organization.claude_tag`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.bundles = AsyncBetaOrganizationClaudeTagBundles(client)
        self.slack_channels = AsyncBetaOrganizationClaudeTagSlackChannels(client)
        self.slack_workspaces = AsyncBetaOrganizationClaudeTagSlackWorkspaces(client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaOrganizationClaudeTagWithRawResponse:
        return AsyncBetaOrganizationClaudeTagWithRawResponse(self)


class AsyncBetaOrganizationClaudeTagWithRawResponse:
    """`client.beta.organization.claude_tag.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaOrganizationClaudeTag) -> None:
        self._resource = resource


class AsyncBetaOrganizationExternalStorage:
    """`client.beta.organization.external_storage`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaOrganizationExternalStorageWithRawResponse:
        return AsyncBetaOrganizationExternalStorageWithRawResponse(self)

    async def activate(
        self,
        external_storage_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaExternalStorage:
        """Activate External Storage

        Verify External Storage that is pending configuration and, if the checks pass, make it `available`. Storage that is already available, active or draining is returned as it is, with no check. Takes no request body.

        `POST /v1/organizations/external_storage/{external_storage_id}/activate`
        """
        req = Request(
            "POST",
            f"/v1/organizations/external_storage/{quote(str(external_storage_id), safe='')}/activate",
            betas=["efs-2026-10-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaExternalStorage)

    async def create(
        self,
        *,
        provider_config: Union[BetaAWSExternalStorageConfigParam, BetaGCPExternalStorageConfigParam, Mapping[str, Any]],
        display_name: Optional[str] = OMIT,
        user_profile_id: Optional[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaExternalStorage:
        """Create External Storage

        Add a bucket that lives in the organization's own AWS or Google Cloud account. The storage starts as `pending_configuration` and is verified only when activated; on Claude Platform on AWS, `aws` storage gets its bucket ARN as its ID.

        `POST /v1/organizations/external_storage`
        """
        req = Request(
            "POST",
            "/v1/organizations/external_storage",
            body={
                "provider_config": provider_config,
                "display_name": display_name,
                "user_profile_id": user_profile_id,
            },
            betas=["efs-2026-10-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaExternalStorage)

    async def delete(
        self,
        external_storage_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaDeletedExternalStorage:
        """Delete External Storage

        Delete External Storage. Storage that is pending configuration, available, or active but never attached goes at once, unless an Enterprise Frontier Safeguards workspace policy lists it; any other storage gets a 400 saying what to do. On `draining` storage that 400 may mean this call began an irreversible removal: read the storage, and if `status.removal_started` is true, delete it again later to complete it.

        `DELETE /v1/organizations/external_storage/{external_storage_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/external_storage/{quote(str(external_storage_id), safe='')}",
            betas=["efs-2026-10-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaDeletedExternalStorage)

    async def list(
        self,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        user_profile_ids: Sequence[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[BetaExternalStorage]:
        """List External Storage

        List the organization's External Storage, newest first, optionally only the storage bound to any of the given user profiles.

        `GET /v1/organizations/external_storage`
        """
        req = Request(
            "GET",
            "/v1/organizations/external_storage",
            query={"limit": limit, "page": page, "user_profile_ids[]": user_profile_ids},
            betas=["efs-2026-10-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaExternalStorage, "data", "page_cursor")

    async def retrieve(
        self,
        external_storage_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaExternalStorage:
        """Get External Storage

        Get one External Storage of the organization, with its bucket and status. On Claude Platform on AWS, `aws` storage is addressed by its bucket ARN.

        `GET /v1/organizations/external_storage/{external_storage_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/external_storage/{quote(str(external_storage_id), safe='')}",
            betas=["efs-2026-10-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaExternalStorage)

    async def update(
        self,
        external_storage_id: str,
        *,
        display_name: Optional[str],
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaExternalStorage:
        """Update External Storage

        Rename External Storage, or remove its name with null, whatever its status; nothing else about it can be changed.

        `POST /v1/organizations/external_storage/{external_storage_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/external_storage/{quote(str(external_storage_id), safe='')}",
            body={
                "display_name": display_name,
            },
            betas=["efs-2026-10-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaExternalStorage)


class AsyncBetaOrganizationExternalStorageWithRawResponse:
    """`client.beta.organization.external_storage.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaOrganizationExternalStorage) -> None:
        self.activate = to_async_raw_response(resource.activate)
        self.create = to_async_raw_response(resource.create)
        self.delete = to_async_raw_response(resource.delete)
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.update = to_async_raw_response(resource.update)


class AsyncBetaOrganizationPluginMarketplaces:
    """`client.beta.organization.plugin_marketplaces`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaOrganizationPluginMarketplacesWithRawResponse:
        return AsyncBetaOrganizationPluginMarketplacesWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int = OMIT,
        organization_id: str = OMIT,
        owner_type: Literal["organization", "user"] = OMIT,
        page: str = OMIT,
        source: Literal["directory", "github", "gitlab", "manual", "public_git"] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[BetaPluginMarketplace]:
        """List plugin marketplaces

        List the organization's plugin marketplaces and its members' personal ones (created and deleted in claude.ai), newest first.

        `GET /v1/organizations/plugin_marketplaces`
        """
        req = Request(
            "GET",
            "/v1/organizations/plugin_marketplaces",
            query={
                "limit": limit,
                "organization_id": organization_id,
                "owner_type": owner_type,
                "page": page,
                "source": source,
            },
            betas=["ce-plugins-2026-09-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaPluginMarketplace, "data", "page_cursor")

    async def retrieve(
        self,
        marketplace_id: str,
        *,
        organization_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaPluginMarketplace:
        """Get a plugin marketplace

        Get a plugin marketplace by ID.

        `GET /v1/organizations/plugin_marketplaces/{marketplace_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/plugin_marketplaces/{quote(str(marketplace_id), safe='')}",
            query={"organization_id": organization_id},
            betas=["ce-plugins-2026-09-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaPluginMarketplace)

    async def update(
        self,
        marketplace_id: str,
        *,
        default_installation_preference: Literal["auto_install", "available", "not_available", "required"],
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaPluginMarketplace:
        """Update a plugin marketplace

        Set the default installation setting of one of the organization's own plugin marketplaces; it applies to every Plugin in it without a setting of its own.

        `POST /v1/organizations/plugin_marketplaces/{marketplace_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/plugin_marketplaces/{quote(str(marketplace_id), safe='')}",
            body={
                "default_installation_preference": default_installation_preference,
            },
            betas=["ce-plugins-2026-09-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaPluginMarketplace)

    async def validate_archive(
        self,
        *,
        archive: FileContent,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaPluginMarketplaceValidationReport:
        """Validate a plugin marketplace archive

        Check whether an uploaded `.zip` of a marketplace directory would synchronize into claude.ai, without storing it; unreadable content is reported with `valid: false`, not refused.

        `POST /v1/organizations/plugin_marketplaces/validate_archive`
        """
        req = Request(
            "POST",
            "/v1/organizations/plugin_marketplaces/validate_archive",
            body={
                "archive": archive,
            },
            file_fields=[
                "archive",
            ],
            betas=["ce-plugins-2026-09-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaPluginMarketplaceValidationReport)

    async def validate_repository(
        self,
        *,
        repository_url: str,
        ref: Optional[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaPluginMarketplaceValidationReport:
        """Validate a plugin marketplace repository

        Check whether a marketplace in a public GitHub repository would synchronize into claude.ai, without connecting it; a missing or private repository is reported with `valid: false`.

        `POST /v1/organizations/plugin_marketplaces/validate_repository`
        """
        req = Request(
            "POST",
            "/v1/organizations/plugin_marketplaces/validate_repository",
            body={
                "repository_url": repository_url,
                "ref": ref,
            },
            betas=["ce-plugins-2026-09-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaPluginMarketplaceValidationReport)


class AsyncBetaOrganizationPluginMarketplacesWithRawResponse:
    """`client.beta.organization.plugin_marketplaces.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaOrganizationPluginMarketplaces) -> None:
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.update = to_async_raw_response(resource.update)
        self.validate_archive = to_async_raw_response(resource.validate_archive)
        self.validate_repository = to_async_raw_response(resource.validate_repository)


class AsyncBetaOrganizationPluginsInstallationSettings:
    """`client.beta.organization.plugins.installation_settings`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaOrganizationPluginsInstallationSettingsWithRawResponse:
        return AsyncBetaOrganizationPluginsInstallationSettingsWithRawResponse(self)

    async def list(
        self,
        plugin_id: str,
        *,
        limit: int = OMIT,
        organization_id: str = OMIT,
        page: str = OMIT,
        target_type: Literal["organization", "rbac_group"] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[BetaPluginInstallationSetting]:
        """List Plugin installation settings

        List an organization-owned Plugin's installation settings (its own organization-wide one and each RBAC Group's), most recently created first.

        `GET /v1/organizations/plugins/{plugin_id}/installation_settings`
        """
        req = Request(
            "GET",
            f"/v1/organizations/plugins/{quote(str(plugin_id), safe='')}/installation_settings",
            query={"limit": limit, "organization_id": organization_id, "page": page, "target_type": target_type},
            betas=["ce-plugins-2026-09-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaPluginInstallationSetting, "data", "page_cursor")

    async def remove(
        self,
        plugin_id: str,
        target: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaDeletedPluginInstallationSetting:
        """Remove a Plugin installation setting

        Remove an organization-owned Plugin's own setting for the organization (which falls back to the marketplace default) or for one RBAC Group; a target without one is a 404.

        `DELETE /v1/organizations/plugins/{plugin_id}/installation_settings/{target}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/plugins/{quote(str(plugin_id), safe='')}/installation_settings/{quote(str(target), safe='')}",
            betas=["ce-plugins-2026-09-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaDeletedPluginInstallationSetting)

    async def set(
        self,
        plugin_id: str,
        target: str,
        *,
        installation_preference: Literal["auto_install", "available", "not_available", "required"],
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaPluginInstallationSetting:
        """Set a Plugin installation setting

        Set an organization-owned Plugin's installation setting for the whole organization or one RBAC Group, one write at a time (a concurrent write may get a retryable 503).

        `POST /v1/organizations/plugins/{plugin_id}/installation_settings/{target}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/plugins/{quote(str(plugin_id), safe='')}/installation_settings/{quote(str(target), safe='')}",
            body={
                "installation_preference": installation_preference,
            },
            betas=["ce-plugins-2026-09-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaPluginInstallationSetting)


class AsyncBetaOrganizationPluginsInstallationSettingsWithRawResponse:
    """`client.beta.organization.plugins.installation_settings.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaOrganizationPluginsInstallationSettings) -> None:
        self.list = to_async_raw_response(resource.list)
        self.remove = to_async_raw_response(resource.remove)
        self.set = to_async_raw_response(resource.set)


class AsyncBetaOrganizationPluginsShares:
    """`client.beta.organization.plugins.shares`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaOrganizationPluginsSharesWithRawResponse:
        return AsyncBetaOrganizationPluginsSharesWithRawResponse(self)

    async def list(
        self,
        plugin_id: str,
        *,
        limit: int = OMIT,
        organization_id: str = OMIT,
        page: str = OMIT,
        target_type: Literal["organization", "organization_member", "rbac_group"] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[BetaPluginShare]:
        """List Plugin shares

        List the read-only shares of a member-owned Plugin (to the organization, an RBAC Group or one member), most recently granted first.

        `GET /v1/organizations/plugins/{plugin_id}/shares`
        """
        req = Request(
            "GET",
            f"/v1/organizations/plugins/{quote(str(plugin_id), safe='')}/shares",
            query={"limit": limit, "organization_id": organization_id, "page": page, "target_type": target_type},
            betas=["ce-plugins-2026-09-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaPluginShare, "data", "page_cursor")


class AsyncBetaOrganizationPluginsSharesWithRawResponse:
    """`client.beta.organization.plugins.shares.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaOrganizationPluginsShares) -> None:
        self.list = to_async_raw_response(resource.list)


class AsyncBetaOrganizationPluginsVersions:
    """`client.beta.organization.plugins.versions`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaOrganizationPluginsVersionsWithRawResponse:
        return AsyncBetaOrganizationPluginsVersionsWithRawResponse(self)

    async def create(
        self,
        plugin_id: str,
        *,
        files: Sequence[FileContent],
        release_notes: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaPluginVersion:
        """Create a Plugin version

        Upload a new version of an organization-owned Plugin in a `manual` marketplace (its manifest name must equal the Plugin's); it becomes the served version unless that is pinned.

        `POST /v1/organizations/plugins/{plugin_id}/versions`
        """
        req = Request(
            "POST",
            f"/v1/organizations/plugins/{quote(str(plugin_id), safe='')}/versions",
            body={
                "files[]": files,
                "release_notes": release_notes,
            },
            file_fields=[
                "files[]",
            ],
            betas=["ce-plugins-2026-09-01", *betas],
            max_request_bytes=524288000,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaPluginVersion)

    async def download(
        self,
        plugin_id: str,
        version: str,
        *,
        organization_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncBinaryResponse:
        """Download a Plugin version

        Download a version's stored `.zip` archive. The Compliance API activity feed can record a download of a member-owned Plugin (while activity events are captured for its organization; a record is not guaranteed); the archive is served either way.

        `GET /v1/organizations/plugins/{plugin_id}/versions/{version}/content`
        """
        req = Request(
            "GET",
            f"/v1/organizations/plugins/{quote(str(plugin_id), safe='')}/versions/{quote(str(version), safe='')}/content",
            query={"organization_id": organization_id},
            betas=["ce-plugins-2026-09-01", *betas],
            accept="application/binary, application/octet-stream",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.binary(req)

    async def list(
        self,
        plugin_id: str,
        *,
        limit: int = OMIT,
        organization_id: str = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[BetaPluginVersion]:
        """List Plugin versions

        List a Plugin's versions, newest first; the first item of the first page is the Plugin's `latest_version_id`.

        `GET /v1/organizations/plugins/{plugin_id}/versions`
        """
        req = Request(
            "GET",
            f"/v1/organizations/plugins/{quote(str(plugin_id), safe='')}/versions",
            query={"limit": limit, "organization_id": organization_id, "page": page},
            betas=["ce-plugins-2026-09-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaPluginVersion, "data", "page_cursor")

    async def retrieve(
        self,
        plugin_id: str,
        version: str,
        *,
        organization_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaPluginVersion:
        """Get a Plugin version

        Get one version of a Plugin by ID, or its newest version with `latest`.

        `GET /v1/organizations/plugins/{plugin_id}/versions/{version}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/plugins/{quote(str(plugin_id), safe='')}/versions/{quote(str(version), safe='')}",
            query={"organization_id": organization_id},
            betas=["ce-plugins-2026-09-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaPluginVersion)


class AsyncBetaOrganizationPluginsVersionsWithRawResponse:
    """`client.beta.organization.plugins.versions.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaOrganizationPluginsVersions) -> None:
        self.create = to_async_raw_response(resource.create)
        self.download = to_async_raw_response(resource.download)
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)


class AsyncBetaOrganizationPlugins:
    """`client.beta.organization.plugins`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.installation_settings = AsyncBetaOrganizationPluginsInstallationSettings(client)
        self.shares = AsyncBetaOrganizationPluginsShares(client)
        self.versions = AsyncBetaOrganizationPluginsVersions(client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaOrganizationPluginsWithRawResponse:
        return AsyncBetaOrganizationPluginsWithRawResponse(self)

    async def create(
        self,
        *,
        files: Sequence[FileContent],
        marketplace_id: str = OMIT,
        release_notes: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaPlugin:
        """Create a Plugin

        Create an organization-owned Plugin and its first version from uploaded files, taking its name (unique in the marketplace, else a 409 `plugin_name_taken`), display name and description from the manifest.

        `POST /v1/organizations/plugins`
        """
        req = Request(
            "POST",
            "/v1/organizations/plugins",
            body={
                "files[]": files,
                "marketplace_id": marketplace_id,
                "release_notes": release_notes,
            },
            file_fields=[
                "files[]",
            ],
            betas=["ce-plugins-2026-09-01", *betas],
            max_request_bytes=524288000,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaPlugin)

    async def delete(
        self,
        plugin_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaDeletedPlugin:
        """Delete a Plugin

        Permanently delete a Plugin of a `manual` marketplace and all its versions, whether the organization or a member owns it.

        `DELETE /v1/organizations/plugins/{plugin_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/plugins/{quote(str(plugin_id), safe='')}",
            betas=["ce-plugins-2026-09-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaDeletedPlugin)

    async def list(
        self,
        *,
        created_at_gt: str = OMIT,
        created_at_gte: str = OMIT,
        created_at_lt: str = OMIT,
        created_at_lte: str = OMIT,
        limit: int = OMIT,
        marketplace_id: str = OMIT,
        organization_id: str = OMIT,
        owner_type: Literal["organization", "user"] = OMIT,
        owner_user_id: str = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[BetaPlugin]:
        """List Plugins

        List the Plugins of the organization's plugin marketplaces and of its members' personal ones, newest first.

        `GET /v1/organizations/plugins`
        """
        req = Request(
            "GET",
            "/v1/organizations/plugins",
            query={
                "created_at[gt]": created_at_gt,
                "created_at[gte]": created_at_gte,
                "created_at[lt]": created_at_lt,
                "created_at[lte]": created_at_lte,
                "limit": limit,
                "marketplace_id": marketplace_id,
                "organization_id": organization_id,
                "owner_type": owner_type,
                "owner_user_id": owner_user_id,
                "page": page,
            },
            betas=["ce-plugins-2026-09-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaPlugin, "data", "page_cursor")

    async def retrieve(
        self,
        plugin_id: str,
        *,
        organization_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaPlugin:
        """Get a Plugin

        Get a Plugin by ID.

        `GET /v1/organizations/plugins/{plugin_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/plugins/{quote(str(plugin_id), safe='')}",
            query={"organization_id": organization_id},
            betas=["ce-plugins-2026-09-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaPlugin)

    async def update(
        self,
        plugin_id: str,
        *,
        served_version_id: str,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaPlugin:
        """Update a Plugin

        Serve and pin one stored version of an organization-owned Plugin, for example to roll back; pinning cannot be undone and no new version is created.

        `POST /v1/organizations/plugins/{plugin_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/plugins/{quote(str(plugin_id), safe='')}",
            body={
                "served_version_id": served_version_id,
            },
            betas=["ce-plugins-2026-09-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaPlugin)


class AsyncBetaOrganizationPluginsWithRawResponse:
    """`client.beta.organization.plugins.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaOrganizationPlugins) -> None:
        self.create = to_async_raw_response(resource.create)
        self.delete = to_async_raw_response(resource.delete)
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.update = to_async_raw_response(resource.update)


class AsyncBetaOrganizationSpendLimits:
    """`client.beta.organization.spend_limits`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaOrganizationSpendLimitsWithRawResponse:
        return AsyncBetaOrganizationSpendLimitsWithRawResponse(self)

    async def delete(
        self,
        spend_limit_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SpendLimitDeleteResponse:
        """Delete a Spend Limit

        Delete a spend limit; the scope falls back to the limits that apply above it.

        `DELETE /v1/organizations/spend_limits/{spend_limit_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/spend_limits/{quote(str(spend_limit_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, SpendLimitDeleteResponse)

    async def list(
        self,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        scope_type: Sequence[
            Literal[
                "organization", "organization_service", "rbac_group", "seat_tier", "usage_tier", "user", "workspace"
            ]
        ] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[SpendLimit]:
        """List Spend Limits

        List the configured spend limits of the organization.

        `GET /v1/organizations/spend_limits`
        """
        req = Request(
            "GET",
            "/v1/organizations/spend_limits",
            query={"limit": limit, "page": page, "scope_type[]": scope_type, "workspace_id": workspace_id},
            betas=["spend-limit-reads-2026-09-26", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, SpendLimit, "data", "page_cursor")

    async def retrieve(
        self,
        spend_limit_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SpendLimit:
        """Get a Spend Limit

        Get a spend limit by ID.

        `GET /v1/organizations/spend_limits/{spend_limit_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/spend_limits/{quote(str(spend_limit_id), safe='')}",
            betas=[*betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, SpendLimit)

    async def set(
        self,
        *,
        amount: Optional[str],
        scope: Union[
            SpendLimitUserScopeParam, SpendLimitOrganizationScopeParam, SpendLimitWorkspaceScopeParam, Mapping[str, Any]
        ],
        period: Literal["daily", "monthly", "weekly"] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> SpendLimit:
        """Set a Spend Limit

        Create or replace the spend limit of one scope and period.

        `POST /v1/organizations/spend_limits`
        """
        req = Request(
            "POST",
            "/v1/organizations/spend_limits",
            body={
                "amount": amount,
                "scope": scope,
                "period": period,
            },
            betas=[*betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, SpendLimit)


class AsyncBetaOrganizationSpendLimitsWithRawResponse:
    """`client.beta.organization.spend_limits.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaOrganizationSpendLimits) -> None:
        self.delete = to_async_raw_response(resource.delete)
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.set = to_async_raw_response(resource.set)


class AsyncBetaOrganizationTelemetryDestinationsWorkspaces:
    """`client.beta.organization.telemetry_destinations.workspaces`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaOrganizationTelemetryDestinationsWorkspacesWithRawResponse:
        return AsyncBetaOrganizationTelemetryDestinationsWorkspacesWithRawResponse(self)

    async def add(
        self,
        destination_id: str,
        workspace_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaTelemetryDestinationWorkspace:
        """Add a workspace to a Telemetry Destination

        Add one workspace to a destination's list (at most 1,000), returning the existing entry if it is already there; a destination of type `all` returns 400.

        `POST /v1/organizations/telemetry_destinations/{destination_id}/workspaces/{workspace_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/telemetry_destinations/{quote(str(destination_id), safe='')}/workspaces/{quote(str(workspace_id), safe='')}",
            betas=["telemetry-destinations-2026-08-11", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaTelemetryDestinationWorkspace)

    async def list(
        self,
        destination_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[BetaTelemetryDestinationWorkspace]:
        """List a Telemetry Destination's workspaces

        List the workspaces on a destination's workspace list, newest entry first, archived ones included; a destination of type `all` has an empty list.

        `GET /v1/organizations/telemetry_destinations/{destination_id}/workspaces`
        """
        req = Request(
            "GET",
            f"/v1/organizations/telemetry_destinations/{quote(str(destination_id), safe='')}/workspaces",
            query={"limit": limit, "page": page},
            betas=["telemetry-destinations-2026-08-11", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaTelemetryDestinationWorkspace, "data", "page_cursor")

    async def remove(
        self,
        destination_id: str,
        workspace_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaDeletedTelemetryDestinationWorkspace:
        """Remove a workspace from a Telemetry Destination

        Remove one workspace from a destination's list; 404 when it is not on the list, 400 for a destination of type `all`.

        `DELETE /v1/organizations/telemetry_destinations/{destination_id}/workspaces/{workspace_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/telemetry_destinations/{quote(str(destination_id), safe='')}/workspaces/{quote(str(workspace_id), safe='')}",
            betas=["telemetry-destinations-2026-08-11", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaDeletedTelemetryDestinationWorkspace)


class AsyncBetaOrganizationTelemetryDestinationsWorkspacesWithRawResponse:
    """`client.beta.organization.telemetry_destinations.workspaces.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaOrganizationTelemetryDestinationsWorkspaces) -> None:
        self.add = to_async_raw_response(resource.add)
        self.list = to_async_raw_response(resource.list)
        self.remove = to_async_raw_response(resource.remove)


class AsyncBetaOrganizationTelemetryDestinations:
    """`client.beta.organization.telemetry_destinations`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.workspaces = AsyncBetaOrganizationTelemetryDestinationsWorkspaces(client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaOrganizationTelemetryDestinationsWithRawResponse:
        return AsyncBetaOrganizationTelemetryDestinationsWithRawResponse(self)

    async def create(
        self,
        *,
        endpoint_url: str,
        workspaces: Union[
            BetaTelemetryDestinationWorkspacesAllParams,
            BetaTelemetryDestinationWorkspacesIncludeParams,
            BetaTelemetryDestinationWorkspacesExcludeParams,
            Mapping[str, Any],
        ],
        display_name: Optional[str] = OMIT,
        headers: Mapping[str, Any] = OMIT,
        traces: Union[BetaTelemetryDestinationTracesParams, Mapping[str, Any]] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaTelemetryDestination:
        """Create a Telemetry Destination

        Register an OpenTelemetry destination for the organization; it starts `enabled`, and an organization has at most 10 destinations, disabled ones included.

        `POST /v1/organizations/telemetry_destinations`
        """
        req = Request(
            "POST",
            "/v1/organizations/telemetry_destinations",
            body={
                "endpoint_url": endpoint_url,
                "workspaces": workspaces,
                "display_name": display_name,
                "headers": headers,
                "traces": traces,
            },
            betas=["telemetry-destinations-2026-08-11", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaTelemetryDestination)

    async def delete(
        self,
        destination_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaDeletedTelemetryDestination:
        """Delete a Telemetry Destination

        Delete a destination and its workspace list; it can no longer be read or restored, and spans stop going to it.

        `DELETE /v1/organizations/telemetry_destinations/{destination_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/telemetry_destinations/{quote(str(destination_id), safe='')}",
            betas=["telemetry-destinations-2026-08-11", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaDeletedTelemetryDestination)

    async def list(
        self,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        workspace_ids: Sequence[str] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[BetaTelemetryDestination]:
        """List Telemetry Destinations

        List the organization's destinations, newest first, optionally only those that cover any of the given workspaces.

        `GET /v1/organizations/telemetry_destinations`
        """
        req = Request(
            "GET",
            "/v1/organizations/telemetry_destinations",
            query={"limit": limit, "page": page, "workspace_ids[]": workspace_ids},
            betas=["telemetry-destinations-2026-08-11", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaTelemetryDestination, "data", "page_cursor")

    async def retrieve(
        self,
        destination_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaTelemetryDestination:
        """Get a Telemetry Destination

        Get a destination's configuration, state and most recent delivery results.

        `GET /v1/organizations/telemetry_destinations/{destination_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/telemetry_destinations/{quote(str(destination_id), safe='')}",
            betas=["telemetry-destinations-2026-08-11", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaTelemetryDestination)

    async def test(
        self,
        destination_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaTelemetryDestinationTestResponse:
        """Test a Telemetry Destination

        Send one `anthropic.test` span to the destination, once and without retries, and report its answer (200 either way); wait 10 seconds between tests of one destination or get a 429.

        `POST /v1/organizations/telemetry_destinations/{destination_id}/test`
        """
        req = Request(
            "POST",
            f"/v1/organizations/telemetry_destinations/{quote(str(destination_id), safe='')}/test",
            betas=["telemetry-destinations-2026-08-11", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaTelemetryDestinationTestResponse)

    async def update(
        self,
        destination_id: str,
        *,
        display_name: Optional[str] = OMIT,
        endpoint_url: str = OMIT,
        headers: Mapping[str, Any] = OMIT,
        state: Union[
            BetaTelemetryDestinationStateEnabledParams, BetaTelemetryDestinationStateDisabledParams, Mapping[str, Any]
        ] = OMIT,
        traces: Optional[Union[BetaTelemetryDestinationTracesParams, Mapping[str, Any]]] = OMIT,
        workspaces: Union[
            BetaTelemetryDestinationWorkspacesAllParams,
            BetaTelemetryDestinationWorkspacesIncludeParams,
            BetaTelemetryDestinationWorkspacesExcludeParams,
            Mapping[str, Any],
        ] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaTelemetryDestination:
        """Update a Telemetry Destination

        Change a destination's settings, state or covered workspaces; omitted fields are kept (except headers, which a new hostname or port drops), and a concurrent change returns 409.

        `POST /v1/organizations/telemetry_destinations/{destination_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/telemetry_destinations/{quote(str(destination_id), safe='')}",
            body={
                "display_name": display_name,
                "endpoint_url": endpoint_url,
                "headers": headers,
                "state": state,
                "traces": traces,
                "workspaces": workspaces,
            },
            betas=["telemetry-destinations-2026-08-11", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaTelemetryDestination)


class AsyncBetaOrganizationTelemetryDestinationsWithRawResponse:
    """`client.beta.organization.telemetry_destinations.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaOrganizationTelemetryDestinations) -> None:
        self.create = to_async_raw_response(resource.create)
        self.delete = to_async_raw_response(resource.delete)
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.test = to_async_raw_response(resource.test)
        self.update = to_async_raw_response(resource.update)


class AsyncBetaOrganizationUsers:
    """`client.beta.organization.users`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaOrganizationUsersWithRawResponse:
        return AsyncBetaOrganizationUsersWithRawResponse(self)

    async def sign_out(
        self,
        user_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> OrganizationUser:
        """Sign Out a User

        Sign a member out of Claude everywhere without removing them: ends their sign-in sessions, trusted devices and the OAuth tokens issued for this organization (a token can take up to an hour to stop working). API keys are not affected. The primary owner and the caller cannot be signed out; a 503 can be retried. Beta, for Claude Enterprise organizations; a key needs the `write:members` scope there.

        `POST /v1/organizations/users/{user_id}/sign_out`
        """
        req = Request(
            "POST",
            f"/v1/organizations/users/{quote(str(user_id), safe='')}/sign_out",
            betas=["admin-user-sign-out-2026-10-08", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, OrganizationUser)


class AsyncBetaOrganizationUsersWithRawResponse:
    """`client.beta.organization.users.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaOrganizationUsers) -> None:
        self.sign_out = to_async_raw_response(resource.sign_out)


class AsyncBetaOrganizationWebhooks:
    """`client.beta.organization.webhooks`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaOrganizationWebhooksWithRawResponse:
        return AsyncBetaOrganizationWebhooksWithRawResponse(self)

    async def create(
        self,
        *,
        enabled_events: Sequence[
            Literal[
                "external_key.failed",
                "external_key.recovered",
                "external_storage.failed",
                "external_storage.recovered",
                "user_profile.enforcement_action_opened",
                "user_profile.enforcement_action_resolved",
                "user_profile.program_status_updated",
            ]
        ],
        url: str,
        description: str = OMIT,
        name: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaNewOrganizationWebhookEndpoint:
        """Create an organization webhook endpoint

        Create a webhook endpoint that belongs to the organization (at most 32 per organization); only this response carries its signing secret.

        `POST /v1/organizations/webhooks`
        """
        req = Request(
            "POST",
            "/v1/organizations/webhooks",
            body={
                "enabled_events": enabled_events,
                "url": url,
                "description": description,
                "name": name,
            },
            betas=["webhooks-2026-10-07", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaNewOrganizationWebhookEndpoint)

    async def delete(
        self,
        webhook_endpoint_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaDeletedOrganizationWebhookEndpoint:
        """Delete an organization webhook endpoint

        Delete an organization webhook endpoint.

        `DELETE /v1/organizations/webhooks/{webhook_endpoint_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/organizations/webhooks/{quote(str(webhook_endpoint_id), safe='')}",
            betas=["webhooks-2026-10-07", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaDeletedOrganizationWebhookEndpoint)

    async def list(
        self,
        *,
        after_id: str = OMIT,
        before_id: str = OMIT,
        limit: int = OMIT,
        order: Literal["asc", "desc"] = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[BetaOrganizationWebhookEndpoint]:
        """List organization webhook endpoints

        List the organization's webhook endpoints; endpoints that belong to a Workspace are not included.

        `GET /v1/organizations/webhooks`
        """
        req = Request(
            "GET",
            "/v1/organizations/webhooks",
            query={"after_id": after_id, "before_id": before_id, "limit": limit, "order": order},
            betas=["webhooks-2026-10-07", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaOrganizationWebhookEndpoint, "data", "id_cursor")

    async def regenerate_signing_secret(
        self,
        webhook_endpoint_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaOrganizationWebhookEndpointSigningSecret:
        """Regenerate a webhook endpoint's signing secret

        Replace an organization webhook endpoint's signing secret; the old one stops working at once and the new one is returned only here.

        `POST /v1/organizations/webhooks/{webhook_endpoint_id}/regenerate_signing_secret`
        """
        req = Request(
            "POST",
            f"/v1/organizations/webhooks/{quote(str(webhook_endpoint_id), safe='')}/regenerate_signing_secret",
            betas=["webhooks-2026-10-07", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaOrganizationWebhookEndpointSigningSecret)

    async def retrieve(
        self,
        webhook_endpoint_id: str,
        *,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaOrganizationWebhookEndpoint:
        """Get an organization webhook endpoint

        Get an organization webhook endpoint by ID.

        `GET /v1/organizations/webhooks/{webhook_endpoint_id}`
        """
        req = Request(
            "GET",
            f"/v1/organizations/webhooks/{quote(str(webhook_endpoint_id), safe='')}",
            betas=["webhooks-2026-10-07", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaOrganizationWebhookEndpoint)

    async def update(
        self,
        webhook_endpoint_id: str,
        *,
        description: str = OMIT,
        enabled_events: Sequence[
            Literal[
                "external_key.failed",
                "external_key.recovered",
                "external_storage.failed",
                "external_storage.recovered",
                "user_profile.enforcement_action_opened",
                "user_profile.enforcement_action_resolved",
                "user_profile.program_status_updated",
            ]
        ] = OMIT,
        name: str = OMIT,
        state: Literal["disabled", "enabled"] = OMIT,
        url: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaOrganizationWebhookEndpoint:
        """Update an organization webhook endpoint

        Change the fields sent of an organization webhook endpoint; setting `state` to `enabled` also clears `disabled_reason`.

        `POST /v1/organizations/webhooks/{webhook_endpoint_id}`
        """
        req = Request(
            "POST",
            f"/v1/organizations/webhooks/{quote(str(webhook_endpoint_id), safe='')}",
            body={
                "description": description,
                "enabled_events": enabled_events,
                "name": name,
                "state": state,
                "url": url,
            },
            betas=["webhooks-2026-10-07", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaOrganizationWebhookEndpoint)


class AsyncBetaOrganizationWebhooksWithRawResponse:
    """`client.beta.organization.webhooks.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaOrganizationWebhooks) -> None:
        self.create = to_async_raw_response(resource.create)
        self.delete = to_async_raw_response(resource.delete)
        self.list = to_async_raw_response(resource.list)
        self.regenerate_signing_secret = to_async_raw_response(resource.regenerate_signing_secret)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.update = to_async_raw_response(resource.update)


class AsyncBetaOrganization:
    """`client.beta.organization`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.analytics = AsyncBetaOrganizationAnalytics(client)
        self.claude_code = AsyncBetaOrganizationClaudeCode(client)
        self.claude_tag = AsyncBetaOrganizationClaudeTag(client)
        self.external_storage = AsyncBetaOrganizationExternalStorage(client)
        self.plugin_marketplaces = AsyncBetaOrganizationPluginMarketplaces(client)
        self.plugins = AsyncBetaOrganizationPlugins(client)
        self.spend_limits = AsyncBetaOrganizationSpendLimits(client)
        self.telemetry_destinations = AsyncBetaOrganizationTelemetryDestinations(client)
        self.users = AsyncBetaOrganizationUsers(client)
        self.webhooks = AsyncBetaOrganizationWebhooks(client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaOrganizationWithRawResponse:
        return AsyncBetaOrganizationWithRawResponse(self)


class AsyncBetaOrganizationWithRawResponse:
    """`client.beta.organization.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaOrganization) -> None:
        self._resource = resource


class AsyncBetaSessionsEvents:
    """`client.beta.sessions.events`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaSessionsEventsWithRawResponse:
        return AsyncBetaSessionsEventsWithRawResponse(self)

    async def list(
        self,
        session_id: str,
        *,
        created_at_gt: str = OMIT,
        created_at_gte: str = OMIT,
        created_at_lt: str = OMIT,
        created_at_lte: str = OMIT,
        limit: int = OMIT,
        order: Literal["asc", "desc"] = OMIT,
        page: str = OMIT,
        types: Sequence[
            Literal[
                "user.message",
                "user.interrupt",
                "user.tool_confirmation",
                "user.custom_tool_result",
                "agent.custom_tool_use",
                "agent.message",
                "agent.thinking",
                "agent.mcp_tool_use",
                "agent.mcp_tool_result",
                "agent.tool_use",
                "agent.tool_result",
                "agent.thread_message_received",
                "agent.thread_message_sent",
                "agent.thread_context_compacted",
                "session.error",
                "session.status_rescheduled",
                "session.status_running",
                "session.status_idle",
                "session.status_terminated",
                "session.thread_created",
                "span.outcome_evaluation_start",
                "span.outcome_evaluation_end",
                "span.model_request_start",
                "span.model_request_end",
                "span.outcome_evaluation_ongoing",
                "user.define_outcome",
                "session.thread_status_running",
                "session.thread_status_idle",
                "session.thread_status_terminated",
                "user.tool_result",
                "session.thread_status_rescheduled",
                "session.updated",
                "system.message",
                "session.usage",
                "workflow_run.created",
                "workflow_run.status_running",
                "workflow_run.status_idle",
                "workflow_run.status_ended",
                "workflow_run.error",
                "workflow_run.phase_started",
                "workflow_run.phase_ended",
            ]
        ] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[
        Union[
            BetaManagedAgentsUserMessageEvent,
            BetaManagedAgentsUserInterruptEvent,
            BetaManagedAgentsUserToolConfirmationEvent,
            BetaManagedAgentsUserCustomToolResultEvent,
            BetaManagedAgentsAgentCustomToolUseEvent,
            BetaManagedAgentsAgentMessageEvent,
            BetaManagedAgentsAgentThinkingEvent,
            BetaManagedAgentsAgentMCPToolUseEvent,
            BetaManagedAgentsAgentMCPToolResultEvent,
            BetaManagedAgentsAgentToolUseEvent,
            BetaManagedAgentsAgentToolResultEvent,
            BetaManagedAgentsAgentThreadMessageReceivedEvent,
            BetaManagedAgentsAgentThreadMessageSentEvent,
            BetaManagedAgentsAgentThreadContextCompactedEvent,
            BetaManagedAgentsSessionErrorEvent,
            BetaManagedAgentsSessionStatusRescheduledEvent,
            BetaManagedAgentsSessionStatusRunningEvent,
            BetaManagedAgentsSessionStatusIdleEvent,
            BetaManagedAgentsSessionStatusTerminatedEvent,
            BetaManagedAgentsSessionThreadCreatedEvent,
            BetaManagedAgentsSpanOutcomeEvaluationStartEvent,
            BetaManagedAgentsSpanOutcomeEvaluationEndEvent,
            BetaManagedAgentsSpanModelRequestStartEvent,
            BetaManagedAgentsSpanModelRequestEndEvent,
            BetaManagedAgentsSpanOutcomeEvaluationOngoingEvent,
            BetaManagedAgentsUserDefineOutcomeEvent,
            BetaManagedAgentsSessionDeletedEvent,
            BetaManagedAgentsSessionThreadStatusRunningEvent,
            BetaManagedAgentsSessionThreadStatusIdleEvent,
            BetaManagedAgentsSessionThreadStatusTerminatedEvent,
            BetaManagedAgentsUserToolResultEvent,
            BetaManagedAgentsSessionThreadStatusRescheduledEvent,
            BetaManagedAgentsSessionUpdatedEvent,
            BetaManagedAgentsSystemMessageEvent,
            BetaManagedAgentsSessionUsageEvent,
            BetaManagedAgentsWorkflowRunCreatedEvent,
            BetaManagedAgentsWorkflowRunStatusEndedEvent,
            BetaManagedAgentsWorkflowRunPhaseStartedEvent,
            BetaManagedAgentsWorkflowRunPhaseEndedEvent,
            BetaManagedAgentsWorkflowRunStatusRunningEvent,
            BetaManagedAgentsWorkflowRunStatusIdleEvent,
            BetaManagedAgentsWorkflowRunErrorEvent,
        ]
    ]:
        """List Events

        List the events of a session, oldest first unless order says otherwise.

        `GET /v1/sessions/{session_id}/events`
        """
        req = Request(
            "GET",
            f"/v1/sessions/{quote(str(session_id), safe='')}/events",
            query={
                "created_at[gt]": created_at_gt,
                "created_at[gte]": created_at_gte,
                "created_at[lt]": created_at_lt,
                "created_at[lte]": created_at_lte,
                "limit": limit,
                "order": order,
                "page": page,
                "types[]": types,
            },
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(
            req,
            Union[
                BetaManagedAgentsUserMessageEvent,
                BetaManagedAgentsUserInterruptEvent,
                BetaManagedAgentsUserToolConfirmationEvent,
                BetaManagedAgentsUserCustomToolResultEvent,
                BetaManagedAgentsAgentCustomToolUseEvent,
                BetaManagedAgentsAgentMessageEvent,
                BetaManagedAgentsAgentThinkingEvent,
                BetaManagedAgentsAgentMCPToolUseEvent,
                BetaManagedAgentsAgentMCPToolResultEvent,
                BetaManagedAgentsAgentToolUseEvent,
                BetaManagedAgentsAgentToolResultEvent,
                BetaManagedAgentsAgentThreadMessageReceivedEvent,
                BetaManagedAgentsAgentThreadMessageSentEvent,
                BetaManagedAgentsAgentThreadContextCompactedEvent,
                BetaManagedAgentsSessionErrorEvent,
                BetaManagedAgentsSessionStatusRescheduledEvent,
                BetaManagedAgentsSessionStatusRunningEvent,
                BetaManagedAgentsSessionStatusIdleEvent,
                BetaManagedAgentsSessionStatusTerminatedEvent,
                BetaManagedAgentsSessionThreadCreatedEvent,
                BetaManagedAgentsSpanOutcomeEvaluationStartEvent,
                BetaManagedAgentsSpanOutcomeEvaluationEndEvent,
                BetaManagedAgentsSpanModelRequestStartEvent,
                BetaManagedAgentsSpanModelRequestEndEvent,
                BetaManagedAgentsSpanOutcomeEvaluationOngoingEvent,
                BetaManagedAgentsUserDefineOutcomeEvent,
                BetaManagedAgentsSessionDeletedEvent,
                BetaManagedAgentsSessionThreadStatusRunningEvent,
                BetaManagedAgentsSessionThreadStatusIdleEvent,
                BetaManagedAgentsSessionThreadStatusTerminatedEvent,
                BetaManagedAgentsUserToolResultEvent,
                BetaManagedAgentsSessionThreadStatusRescheduledEvent,
                BetaManagedAgentsSessionUpdatedEvent,
                BetaManagedAgentsSystemMessageEvent,
                BetaManagedAgentsSessionUsageEvent,
                BetaManagedAgentsWorkflowRunCreatedEvent,
                BetaManagedAgentsWorkflowRunStatusEndedEvent,
                BetaManagedAgentsWorkflowRunPhaseStartedEvent,
                BetaManagedAgentsWorkflowRunPhaseEndedEvent,
                BetaManagedAgentsWorkflowRunStatusRunningEvent,
                BetaManagedAgentsWorkflowRunStatusIdleEvent,
                BetaManagedAgentsWorkflowRunErrorEvent,
            ],
            "data",
            "page_cursor",
        )

    async def send(
        self,
        session_id: str,
        *,
        events: Sequence[
            Union[
                BetaManagedAgentsUserMessageEventParams,
                BetaManagedAgentsUserInterruptEventParams,
                BetaManagedAgentsUserToolConfirmationEventParams,
                BetaManagedAgentsUserCustomToolResultEventParams,
                BetaManagedAgentsUserDefineOutcomeEventParams,
                BetaManagedAgentsUserToolResultEventParams,
                BetaManagedAgentsSystemMessageEventParams,
                Mapping[str, Any],
            ]
        ],
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsSendSessionEvents:
        """Send Events

        Append user or system events to a session, for example a message or a tool result.

        `POST /v1/sessions/{session_id}/events`
        """
        req = Request(
            "POST",
            f"/v1/sessions/{quote(str(session_id), safe='')}/events",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "events": events,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsSendSessionEvents)

    async def stream(
        self,
        session_id: str,
        *,
        event_deltas: Sequence[Literal["agent.message", "agent.thinking"]] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncStream[
        Union[
            BetaManagedAgentsUserMessageEvent,
            BetaManagedAgentsUserInterruptEvent,
            BetaManagedAgentsUserToolConfirmationEvent,
            BetaManagedAgentsUserCustomToolResultEvent,
            BetaManagedAgentsAgentCustomToolUseEvent,
            BetaManagedAgentsAgentMessageEvent,
            BetaManagedAgentsAgentThinkingEvent,
            BetaManagedAgentsAgentMCPToolUseEvent,
            BetaManagedAgentsAgentMCPToolResultEvent,
            BetaManagedAgentsAgentToolUseEvent,
            BetaManagedAgentsAgentToolResultEvent,
            BetaManagedAgentsAgentThreadMessageReceivedEvent,
            BetaManagedAgentsAgentThreadMessageSentEvent,
            BetaManagedAgentsAgentThreadContextCompactedEvent,
            BetaManagedAgentsSessionErrorEvent,
            BetaManagedAgentsSessionStatusRescheduledEvent,
            BetaManagedAgentsSessionStatusRunningEvent,
            BetaManagedAgentsSessionStatusIdleEvent,
            BetaManagedAgentsSessionStatusTerminatedEvent,
            BetaManagedAgentsSessionThreadCreatedEvent,
            BetaManagedAgentsSpanOutcomeEvaluationStartEvent,
            BetaManagedAgentsSpanOutcomeEvaluationEndEvent,
            BetaManagedAgentsSpanModelRequestStartEvent,
            BetaManagedAgentsSpanModelRequestEndEvent,
            BetaManagedAgentsSpanOutcomeEvaluationOngoingEvent,
            BetaManagedAgentsUserDefineOutcomeEvent,
            BetaManagedAgentsSessionDeletedEvent,
            BetaManagedAgentsSessionThreadStatusRunningEvent,
            BetaManagedAgentsSessionThreadStatusIdleEvent,
            BetaManagedAgentsSessionThreadStatusTerminatedEvent,
            BetaManagedAgentsUserToolResultEvent,
            BetaManagedAgentsSessionThreadStatusRescheduledEvent,
            BetaManagedAgentsSessionUpdatedEvent,
            BetaManagedAgentsStartEvent,
            BetaManagedAgentsDeltaEvent,
            BetaManagedAgentsSystemMessageEvent,
            BetaManagedAgentsSessionUsageEvent,
            BetaManagedAgentsWorkflowRunCreatedEvent,
            BetaManagedAgentsWorkflowRunStatusEndedEvent,
            BetaManagedAgentsWorkflowRunPhaseStartedEvent,
            BetaManagedAgentsWorkflowRunPhaseEndedEvent,
            BetaManagedAgentsWorkflowRunStatusRunningEvent,
            BetaManagedAgentsWorkflowRunStatusIdleEvent,
            BetaManagedAgentsWorkflowRunErrorEvent,
            UnknownEvent,
        ]
    ]:
        """Stream Events

        Stream a session's events as server-sent events while they happen.

        `GET /v1/sessions/{session_id}/events/stream`
        """
        req = Request(
            "GET",
            f"/v1/sessions/{quote(str(session_id), safe='')}/events/stream",
            query={"event_deltas[]": event_deltas},
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            accept="text/event-stream",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.stream(
            req,
            EventSchema(
                BetaManagedAgentsStreamSessionEvents,
                frozenset(
                    [
                        "agent.custom_tool_use",
                        "agent.mcp_tool_result",
                        "agent.mcp_tool_use",
                        "agent.message",
                        "agent.thinking",
                        "agent.thread_context_compacted",
                        "agent.thread_message_received",
                        "agent.thread_message_sent",
                        "agent.tool_result",
                        "agent.tool_use",
                        "event_delta",
                        "event_start",
                        "session.deleted",
                        "session.error",
                        "session.status_idle",
                        "session.status_rescheduled",
                        "session.status_running",
                        "session.status_terminated",
                        "session.thread_created",
                        "session.thread_status_idle",
                        "session.thread_status_rescheduled",
                        "session.thread_status_running",
                        "session.thread_status_terminated",
                        "session.updated",
                        "session.usage",
                        "span.model_request_end",
                        "span.model_request_start",
                        "span.outcome_evaluation_end",
                        "span.outcome_evaluation_ongoing",
                        "span.outcome_evaluation_start",
                        "system.message",
                        "user.custom_tool_result",
                        "user.define_outcome",
                        "user.interrupt",
                        "user.message",
                        "user.tool_confirmation",
                        "user.tool_result",
                        "workflow_run.created",
                        "workflow_run.error",
                        "workflow_run.phase_ended",
                        "workflow_run.phase_started",
                        "workflow_run.status_ended",
                        "workflow_run.status_idle",
                        "workflow_run.status_running",
                    ]
                ),
                frozenset(["ping"]),
                "error",
            ),
        )


class AsyncBetaSessionsEventsWithRawResponse:
    """`client.beta.sessions.events.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaSessionsEvents) -> None:
        self.list = to_async_raw_response(resource.list)
        self.send = to_async_raw_response(resource.send)
        self.stream = to_async_raw_response(resource.stream)


class AsyncBetaSessionsResources:
    """`client.beta.sessions.resources`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaSessionsResourcesWithRawResponse:
        return AsyncBetaSessionsResourcesWithRawResponse(self)

    async def add(
        self,
        session_id: str,
        *,
        file_id: str,
        type_: Literal["file"],
        mount_path: Optional[str] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsFileResource:
        """Add a Session Resource

        Mount an uploaded file in a session.

        `POST /v1/sessions/{session_id}/resources`
        """
        req = Request(
            "POST",
            f"/v1/sessions/{quote(str(session_id), safe='')}/resources",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "file_id": file_id,
                "mount_path": mount_path,
                "type": type_,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsFileResource)

    async def delete(
        self,
        session_id: str,
        resource_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsDeleteSessionResource:
        """Delete a Session Resource

        Remove a resource from a session.

        `DELETE /v1/sessions/{session_id}/resources/{resource_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/sessions/{quote(str(session_id), safe='')}/resources/{quote(str(resource_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsDeleteSessionResource)

    async def list(
        self,
        session_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[
        Union[
            BetaManagedAgentsGitHubRepositoryResource,
            BetaManagedAgentsFileResource,
            BetaManagedAgentsMemoryStoreResource,
        ]
    ]:
        """List Session Resources

        List the resources mounted in a session.

        `GET /v1/sessions/{session_id}/resources`
        """
        req = Request(
            "GET",
            f"/v1/sessions/{quote(str(session_id), safe='')}/resources",
            query={"limit": limit, "page": page},
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(
            req,
            Union[
                BetaManagedAgentsGitHubRepositoryResource,
                BetaManagedAgentsFileResource,
                BetaManagedAgentsMemoryStoreResource,
            ],
            "data",
            "page_cursor",
        )

    async def retrieve(
        self,
        session_id: str,
        resource_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> Union[
        BetaManagedAgentsGitHubRepositoryResource, BetaManagedAgentsFileResource, BetaManagedAgentsMemoryStoreResource
    ]:
        """Get a Session Resource

        Get a resource of a session by ID.

        `GET /v1/sessions/{session_id}/resources/{resource_id}`
        """
        req = Request(
            "GET",
            f"/v1/sessions/{quote(str(session_id), safe='')}/resources/{quote(str(resource_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            req,
            Union[
                BetaManagedAgentsGitHubRepositoryResource,
                BetaManagedAgentsFileResource,
                BetaManagedAgentsMemoryStoreResource,
            ],
        )

    async def update(
        self,
        session_id: str,
        resource_id: str,
        *,
        authorization_token: str,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> Union[
        BetaManagedAgentsGitHubRepositoryResource, BetaManagedAgentsFileResource, BetaManagedAgentsMemoryStoreResource
    ]:
        """Update a Session Resource

        Rotate the authorization token of a session resource (GitHub repositories only).

        `POST /v1/sessions/{session_id}/resources/{resource_id}`
        """
        req = Request(
            "POST",
            f"/v1/sessions/{quote(str(session_id), safe='')}/resources/{quote(str(resource_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "authorization_token": authorization_token,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            req,
            Union[
                BetaManagedAgentsGitHubRepositoryResource,
                BetaManagedAgentsFileResource,
                BetaManagedAgentsMemoryStoreResource,
            ],
        )


class AsyncBetaSessionsResourcesWithRawResponse:
    """`client.beta.sessions.resources.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaSessionsResources) -> None:
        self.add = to_async_raw_response(resource.add)
        self.delete = to_async_raw_response(resource.delete)
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.update = to_async_raw_response(resource.update)


class AsyncBetaSessionsThreadsEvents:
    """`client.beta.sessions.threads.events`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaSessionsThreadsEventsWithRawResponse:
        return AsyncBetaSessionsThreadsEventsWithRawResponse(self)

    async def list(
        self,
        session_id: str,
        thread_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[
        Union[
            BetaManagedAgentsUserMessageEvent,
            BetaManagedAgentsUserInterruptEvent,
            BetaManagedAgentsUserToolConfirmationEvent,
            BetaManagedAgentsUserCustomToolResultEvent,
            BetaManagedAgentsAgentCustomToolUseEvent,
            BetaManagedAgentsAgentMessageEvent,
            BetaManagedAgentsAgentThinkingEvent,
            BetaManagedAgentsAgentMCPToolUseEvent,
            BetaManagedAgentsAgentMCPToolResultEvent,
            BetaManagedAgentsAgentToolUseEvent,
            BetaManagedAgentsAgentToolResultEvent,
            BetaManagedAgentsAgentThreadMessageReceivedEvent,
            BetaManagedAgentsAgentThreadMessageSentEvent,
            BetaManagedAgentsAgentThreadContextCompactedEvent,
            BetaManagedAgentsSessionErrorEvent,
            BetaManagedAgentsSessionStatusRescheduledEvent,
            BetaManagedAgentsSessionStatusRunningEvent,
            BetaManagedAgentsSessionStatusIdleEvent,
            BetaManagedAgentsSessionStatusTerminatedEvent,
            BetaManagedAgentsSessionThreadCreatedEvent,
            BetaManagedAgentsSpanOutcomeEvaluationStartEvent,
            BetaManagedAgentsSpanOutcomeEvaluationEndEvent,
            BetaManagedAgentsSpanModelRequestStartEvent,
            BetaManagedAgentsSpanModelRequestEndEvent,
            BetaManagedAgentsSpanOutcomeEvaluationOngoingEvent,
            BetaManagedAgentsUserDefineOutcomeEvent,
            BetaManagedAgentsSessionDeletedEvent,
            BetaManagedAgentsSessionThreadStatusRunningEvent,
            BetaManagedAgentsSessionThreadStatusIdleEvent,
            BetaManagedAgentsSessionThreadStatusTerminatedEvent,
            BetaManagedAgentsUserToolResultEvent,
            BetaManagedAgentsSessionThreadStatusRescheduledEvent,
            BetaManagedAgentsSessionUpdatedEvent,
            BetaManagedAgentsSystemMessageEvent,
            BetaManagedAgentsSessionUsageEvent,
            BetaManagedAgentsWorkflowRunCreatedEvent,
            BetaManagedAgentsWorkflowRunStatusEndedEvent,
            BetaManagedAgentsWorkflowRunPhaseStartedEvent,
            BetaManagedAgentsWorkflowRunPhaseEndedEvent,
            BetaManagedAgentsWorkflowRunStatusRunningEvent,
            BetaManagedAgentsWorkflowRunStatusIdleEvent,
            BetaManagedAgentsWorkflowRunErrorEvent,
        ]
    ]:
        """List Session Thread Events

        List the events of one thread of a session.

        `GET /v1/sessions/{session_id}/threads/{thread_id}/events`
        """
        req = Request(
            "GET",
            f"/v1/sessions/{quote(str(session_id), safe='')}/threads/{quote(str(thread_id), safe='')}/events",
            query={"limit": limit, "page": page},
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(
            req,
            Union[
                BetaManagedAgentsUserMessageEvent,
                BetaManagedAgentsUserInterruptEvent,
                BetaManagedAgentsUserToolConfirmationEvent,
                BetaManagedAgentsUserCustomToolResultEvent,
                BetaManagedAgentsAgentCustomToolUseEvent,
                BetaManagedAgentsAgentMessageEvent,
                BetaManagedAgentsAgentThinkingEvent,
                BetaManagedAgentsAgentMCPToolUseEvent,
                BetaManagedAgentsAgentMCPToolResultEvent,
                BetaManagedAgentsAgentToolUseEvent,
                BetaManagedAgentsAgentToolResultEvent,
                BetaManagedAgentsAgentThreadMessageReceivedEvent,
                BetaManagedAgentsAgentThreadMessageSentEvent,
                BetaManagedAgentsAgentThreadContextCompactedEvent,
                BetaManagedAgentsSessionErrorEvent,
                BetaManagedAgentsSessionStatusRescheduledEvent,
                BetaManagedAgentsSessionStatusRunningEvent,
                BetaManagedAgentsSessionStatusIdleEvent,
                BetaManagedAgentsSessionStatusTerminatedEvent,
                BetaManagedAgentsSessionThreadCreatedEvent,
                BetaManagedAgentsSpanOutcomeEvaluationStartEvent,
                BetaManagedAgentsSpanOutcomeEvaluationEndEvent,
                BetaManagedAgentsSpanModelRequestStartEvent,
                BetaManagedAgentsSpanModelRequestEndEvent,
                BetaManagedAgentsSpanOutcomeEvaluationOngoingEvent,
                BetaManagedAgentsUserDefineOutcomeEvent,
                BetaManagedAgentsSessionDeletedEvent,
                BetaManagedAgentsSessionThreadStatusRunningEvent,
                BetaManagedAgentsSessionThreadStatusIdleEvent,
                BetaManagedAgentsSessionThreadStatusTerminatedEvent,
                BetaManagedAgentsUserToolResultEvent,
                BetaManagedAgentsSessionThreadStatusRescheduledEvent,
                BetaManagedAgentsSessionUpdatedEvent,
                BetaManagedAgentsSystemMessageEvent,
                BetaManagedAgentsSessionUsageEvent,
                BetaManagedAgentsWorkflowRunCreatedEvent,
                BetaManagedAgentsWorkflowRunStatusEndedEvent,
                BetaManagedAgentsWorkflowRunPhaseStartedEvent,
                BetaManagedAgentsWorkflowRunPhaseEndedEvent,
                BetaManagedAgentsWorkflowRunStatusRunningEvent,
                BetaManagedAgentsWorkflowRunStatusIdleEvent,
                BetaManagedAgentsWorkflowRunErrorEvent,
            ],
            "data",
            "page_cursor",
        )

    async def stream(
        self,
        session_id: str,
        thread_id: str,
        *,
        event_deltas: Sequence[Literal["agent.message", "agent.thinking"]] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncStream[
        Union[
            BetaManagedAgentsUserMessageEvent,
            BetaManagedAgentsUserInterruptEvent,
            BetaManagedAgentsUserToolConfirmationEvent,
            BetaManagedAgentsUserCustomToolResultEvent,
            BetaManagedAgentsAgentCustomToolUseEvent,
            BetaManagedAgentsAgentMessageEvent,
            BetaManagedAgentsAgentThinkingEvent,
            BetaManagedAgentsAgentMCPToolUseEvent,
            BetaManagedAgentsAgentMCPToolResultEvent,
            BetaManagedAgentsAgentToolUseEvent,
            BetaManagedAgentsAgentToolResultEvent,
            BetaManagedAgentsAgentThreadMessageReceivedEvent,
            BetaManagedAgentsAgentThreadMessageSentEvent,
            BetaManagedAgentsAgentThreadContextCompactedEvent,
            BetaManagedAgentsSessionErrorEvent,
            BetaManagedAgentsSessionStatusRescheduledEvent,
            BetaManagedAgentsSessionStatusRunningEvent,
            BetaManagedAgentsSessionStatusIdleEvent,
            BetaManagedAgentsSessionStatusTerminatedEvent,
            BetaManagedAgentsSessionThreadCreatedEvent,
            BetaManagedAgentsSpanOutcomeEvaluationStartEvent,
            BetaManagedAgentsSpanOutcomeEvaluationEndEvent,
            BetaManagedAgentsSpanModelRequestStartEvent,
            BetaManagedAgentsSpanModelRequestEndEvent,
            BetaManagedAgentsSpanOutcomeEvaluationOngoingEvent,
            BetaManagedAgentsUserDefineOutcomeEvent,
            BetaManagedAgentsSessionDeletedEvent,
            BetaManagedAgentsSessionThreadStatusRunningEvent,
            BetaManagedAgentsSessionThreadStatusIdleEvent,
            BetaManagedAgentsSessionThreadStatusTerminatedEvent,
            BetaManagedAgentsUserToolResultEvent,
            BetaManagedAgentsSessionThreadStatusRescheduledEvent,
            BetaManagedAgentsSessionUpdatedEvent,
            BetaManagedAgentsStartEvent,
            BetaManagedAgentsDeltaEvent,
            BetaManagedAgentsSystemMessageEvent,
            BetaManagedAgentsSessionUsageEvent,
            BetaManagedAgentsWorkflowRunCreatedEvent,
            BetaManagedAgentsWorkflowRunStatusEndedEvent,
            BetaManagedAgentsWorkflowRunPhaseStartedEvent,
            BetaManagedAgentsWorkflowRunPhaseEndedEvent,
            BetaManagedAgentsWorkflowRunStatusRunningEvent,
            BetaManagedAgentsWorkflowRunStatusIdleEvent,
            BetaManagedAgentsWorkflowRunErrorEvent,
            UnknownEvent,
        ]
    ]:
        """Stream Session Thread Events

        Stream one thread's events as server-sent events while they happen.

        `GET /v1/sessions/{session_id}/threads/{thread_id}/stream`
        """
        req = Request(
            "GET",
            f"/v1/sessions/{quote(str(session_id), safe='')}/threads/{quote(str(thread_id), safe='')}/stream",
            query={"event_deltas[]": event_deltas},
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            accept="text/event-stream",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.stream(
            req,
            EventSchema(
                BetaManagedAgentsStreamSessionThreadEvents,
                frozenset(
                    [
                        "agent.custom_tool_use",
                        "agent.mcp_tool_result",
                        "agent.mcp_tool_use",
                        "agent.message",
                        "agent.thinking",
                        "agent.thread_context_compacted",
                        "agent.thread_message_received",
                        "agent.thread_message_sent",
                        "agent.tool_result",
                        "agent.tool_use",
                        "event_delta",
                        "event_start",
                        "session.deleted",
                        "session.error",
                        "session.status_idle",
                        "session.status_rescheduled",
                        "session.status_running",
                        "session.status_terminated",
                        "session.thread_created",
                        "session.thread_status_idle",
                        "session.thread_status_rescheduled",
                        "session.thread_status_running",
                        "session.thread_status_terminated",
                        "session.updated",
                        "session.usage",
                        "span.model_request_end",
                        "span.model_request_start",
                        "span.outcome_evaluation_end",
                        "span.outcome_evaluation_ongoing",
                        "span.outcome_evaluation_start",
                        "system.message",
                        "user.custom_tool_result",
                        "user.define_outcome",
                        "user.interrupt",
                        "user.message",
                        "user.tool_confirmation",
                        "user.tool_result",
                        "workflow_run.created",
                        "workflow_run.error",
                        "workflow_run.phase_ended",
                        "workflow_run.phase_started",
                        "workflow_run.status_ended",
                        "workflow_run.status_idle",
                        "workflow_run.status_running",
                    ]
                ),
                frozenset(["ping"]),
                "error",
            ),
        )


class AsyncBetaSessionsThreadsEventsWithRawResponse:
    """`client.beta.sessions.threads.events.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaSessionsThreadsEvents) -> None:
        self.list = to_async_raw_response(resource.list)
        self.stream = to_async_raw_response(resource.stream)


class AsyncBetaSessionsThreads:
    """`client.beta.sessions.threads`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.events = AsyncBetaSessionsThreadsEvents(client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaSessionsThreadsWithRawResponse:
        return AsyncBetaSessionsThreadsWithRawResponse(self)

    async def archive(
        self,
        session_id: str,
        thread_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsSessionThread:
        """Archive a Session Thread

        Archive a thread of a session.

        `POST /v1/sessions/{session_id}/threads/{thread_id}/archive`
        """
        req = Request(
            "POST",
            f"/v1/sessions/{quote(str(session_id), safe='')}/threads/{quote(str(thread_id), safe='')}/archive",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsSessionThread)

    async def list(
        self,
        session_id: str,
        *,
        limit: int = OMIT,
        page: str = OMIT,
        statuses: Sequence[Literal["running", "idle", "rescheduling", "terminated"]] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[BetaManagedAgentsSessionThread]:
        """List Session Threads

        List the threads of a session.

        `GET /v1/sessions/{session_id}/threads`
        """
        req = Request(
            "GET",
            f"/v1/sessions/{quote(str(session_id), safe='')}/threads",
            query={"limit": limit, "page": page, "statuses[]": statuses},
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaManagedAgentsSessionThread, "data", "page_cursor")

    async def retrieve(
        self,
        session_id: str,
        thread_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsSessionThread:
        """Get a Session Thread

        Get a thread of a session by ID.

        `GET /v1/sessions/{session_id}/threads/{thread_id}`
        """
        req = Request(
            "GET",
            f"/v1/sessions/{quote(str(session_id), safe='')}/threads/{quote(str(thread_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsSessionThread)


class AsyncBetaSessionsThreadsWithRawResponse:
    """`client.beta.sessions.threads.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaSessionsThreads) -> None:
        self.archive = to_async_raw_response(resource.archive)
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)


class AsyncBetaSessions:
    """`client.beta.sessions`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.events = AsyncBetaSessionsEvents(client)
        self.resources = AsyncBetaSessionsResources(client)
        self.threads = AsyncBetaSessionsThreads(client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaSessionsWithRawResponse:
        return AsyncBetaSessionsWithRawResponse(self)

    async def archive(
        self,
        session_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsSession:
        """Archive a Session

        Archive a session, hiding it from lists unless include_archived is set.

        `POST /v1/sessions/{session_id}/archive`
        """
        req = Request(
            "POST",
            f"/v1/sessions/{quote(str(session_id), safe='')}/archive",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsSession)

    async def create(
        self,
        *,
        agent: Union[str, BetaManagedAgentsAgentParams, BetaManagedAgentsAgentWithOverridesParams, Mapping[str, Any]],
        environment_id: str,
        budget: Union[BetaManagedAgentsBudgetLimitParam, Mapping[str, Any]] = OMIT,
        initial_events: Sequence[
            Union[
                BetaManagedAgentsUserMessageEventParams,
                BetaManagedAgentsUserDefineOutcomeEventParams,
                Mapping[str, Any],
            ]
        ] = OMIT,
        metadata: Mapping[str, Any] = OMIT,
        resources: Sequence[
            Union[
                BetaManagedAgentsGitHubRepositoryResourceParams,
                BetaManagedAgentsFileResourceParams,
                BetaManagedAgentsMemoryStoreResourceParam,
                Mapping[str, Any],
            ]
        ] = OMIT,
        title: Optional[str] = OMIT,
        vault_ids: Sequence[str] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsSession:
        """Create a Session

        Start a session of an agent in an environment, optionally with resources and first events.

        `POST /v1/sessions`
        """
        req = Request(
            "POST",
            "/v1/sessions",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "agent": agent,
                "budget": budget,
                "environment_id": environment_id,
                "initial_events": initial_events,
                "metadata": metadata,
                "resources": resources,
                "title": title,
                "vault_ids": vault_ids,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsSession)

    async def delete(
        self,
        session_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsDeletedSession:
        """Delete a Session

        Delete a session and its event history.

        `DELETE /v1/sessions/{session_id}`
        """
        req = Request(
            "DELETE",
            f"/v1/sessions/{quote(str(session_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsDeletedSession)

    async def list(
        self,
        *,
        agent_id: str = OMIT,
        agent_version: int = OMIT,
        created_at_gt: str = OMIT,
        created_at_gte: str = OMIT,
        created_at_lt: str = OMIT,
        created_at_lte: str = OMIT,
        deployment_id: str = OMIT,
        include_archived: bool = OMIT,
        limit: int = OMIT,
        memory_store_id: str = OMIT,
        order: Literal["asc", "desc"] = OMIT,
        page: str = OMIT,
        statuses: Sequence[Literal["rescheduling", "running", "idle", "terminated"]] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> AsyncPage[BetaManagedAgentsSession]:
        """List Sessions

        List sessions, newest first unless order says otherwise.

        `GET /v1/sessions`
        """
        req = Request(
            "GET",
            "/v1/sessions",
            query={
                "agent_id": agent_id,
                "agent_version": agent_version,
                "created_at[gt]": created_at_gt,
                "created_at[gte]": created_at_gte,
                "created_at[lt]": created_at_lt,
                "created_at[lte]": created_at_lte,
                "deployment_id": deployment_id,
                "include_archived": include_archived,
                "limit": limit,
                "memory_store_id": memory_store_id,
                "order": order,
                "page": page,
                "statuses[]": statuses,
            },
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaManagedAgentsSession, "data", "page_cursor")

    async def retrieve(
        self,
        session_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsSession:
        """Get a Session

        Get a session by ID.

        `GET /v1/sessions/{session_id}`
        """
        req = Request(
            "GET",
            f"/v1/sessions/{quote(str(session_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["managed-agents-2026-04-01", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsSession)

    async def update(
        self,
        session_id: str,
        *,
        agent: Union[BetaManagedAgentsSessionAgentUpdateParam, Mapping[str, Any]] = OMIT,
        budget: Optional[Union[BetaManagedAgentsBudgetLimitParam, Mapping[str, Any]]] = OMIT,
        metadata: Optional[Mapping[str, Any]] = OMIT,
        title: Optional[str] = OMIT,
        vault_ids: Sequence[str] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaManagedAgentsSession:
        """Update a Session

        Change a session's title, metadata, budget, vaults or agent tools; omitted fields are kept.

        `POST /v1/sessions/{session_id}`
        """
        req = Request(
            "POST",
            f"/v1/sessions/{quote(str(session_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "agent": agent,
                "budget": budget,
                "metadata": metadata,
                "title": title,
                "vault_ids": vault_ids,
            },
            betas=["managed-agents-2026-04-01", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaManagedAgentsSession)


class AsyncBetaSessionsWithRawResponse:
    """`client.beta.sessions.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaSessions) -> None:
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
            accept="application/binary, application/octet-stream",
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


class AsyncBetaTunnelsCertificates:
    """`client.beta.tunnels.certificates`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBetaTunnelsCertificatesWithRawResponse:
        return AsyncBetaTunnelsCertificatesWithRawResponse(self)

    async def archive(
        self,
        tunnel_id: str,
        certificate_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaTunnelCertificate:
        """Archive a Tunnel certificate

        Remove a CA certificate from the tunnel's trusted set.

        `POST /v1/tunnels/{tunnel_id}/certificates/{certificate_id}/archive`
        """
        req = Request(
            "POST",
            f"/v1/tunnels/{quote(str(tunnel_id), safe='')}/certificates/{quote(str(certificate_id), safe='')}/archive",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["mcp-tunnels-2026-06-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaTunnelCertificate)

    async def create(
        self,
        tunnel_id: str,
        *,
        ca_certificate_pem: str,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaTunnelCertificate:
        """Add a Tunnel certificate

        Add a CA certificate to the tunnel's trusted set.

        `POST /v1/tunnels/{tunnel_id}/certificates`
        """
        req = Request(
            "POST",
            f"/v1/tunnels/{quote(str(tunnel_id), safe='')}/certificates",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "ca_certificate_pem": ca_certificate_pem,
            },
            betas=["mcp-tunnels-2026-06-22", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaTunnelCertificate)

    async def list(
        self,
        tunnel_id: str,
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
    ) -> AsyncPage[BetaTunnelCertificate]:
        """List Tunnel certificates

        List the CA certificates of a tunnel.

        `GET /v1/tunnels/{tunnel_id}/certificates`
        """
        req = Request(
            "GET",
            f"/v1/tunnels/{quote(str(tunnel_id), safe='')}/certificates",
            query={"include_archived": include_archived, "limit": limit, "page": page},
            headers={"anthropic-workspace-id": workspace_id},
            betas=["mcp-tunnels-2026-06-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaTunnelCertificate, "data", "page_cursor")

    async def retrieve(
        self,
        tunnel_id: str,
        certificate_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaTunnelCertificate:
        """Get a Tunnel certificate

        Get a CA certificate of a tunnel.

        `GET /v1/tunnels/{tunnel_id}/certificates/{certificate_id}`
        """
        req = Request(
            "GET",
            f"/v1/tunnels/{quote(str(tunnel_id), safe='')}/certificates/{quote(str(certificate_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["mcp-tunnels-2026-06-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaTunnelCertificate)


class AsyncBetaTunnelsCertificatesWithRawResponse:
    """`client.beta.tunnels.certificates.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaTunnelsCertificates) -> None:
        self.archive = to_async_raw_response(resource.archive)
        self.create = to_async_raw_response(resource.create)
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)


class AsyncBetaTunnels:
    """`client.beta.tunnels`"""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client
        self.certificates = AsyncBetaTunnelsCertificates(client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaTunnelsWithRawResponse:
        return AsyncBetaTunnelsWithRawResponse(self)

    async def archive(
        self,
        tunnel_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaTunnel:
        """Archive a Tunnel

        Archive a tunnel so it stops routing traffic; its hostname is never reused.

        `POST /v1/tunnels/{tunnel_id}/archive`
        """
        req = Request(
            "POST",
            f"/v1/tunnels/{quote(str(tunnel_id), safe='')}/archive",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["mcp-tunnels-2026-06-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaTunnel)

    async def create(
        self,
        *,
        display_name: Optional[str] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaTunnel:
        """Create a Tunnel

        Create an MCP tunnel with a new hostname; not idempotent, and it rejects MCP traffic until a CA certificate is added.

        `POST /v1/tunnels`
        """
        req = Request(
            "POST",
            "/v1/tunnels",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "display_name": display_name,
            },
            betas=["mcp-tunnels-2026-06-22", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaTunnel)

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
    ) -> AsyncPage[BetaTunnel]:
        """List Tunnels

        List the tunnels of the Workspace.

        `GET /v1/tunnels`
        """
        req = Request(
            "GET",
            "/v1/tunnels",
            query={"include_archived": include_archived, "limit": limit, "page": page},
            headers={"anthropic-workspace-id": workspace_id},
            betas=["mcp-tunnels-2026-06-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.page(req, BetaTunnel, "data", "page_cursor")

    async def retrieve(
        self,
        tunnel_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaTunnel:
        """Get a Tunnel

        Get a tunnel.

        `GET /v1/tunnels/{tunnel_id}`
        """
        req = Request(
            "GET",
            f"/v1/tunnels/{quote(str(tunnel_id), safe='')}",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["mcp-tunnels-2026-06-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaTunnel)

    async def reveal_token(
        self,
        tunnel_id: str,
        *,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaTunnelToken:
        """Reveal a Tunnel's token

        Return the tunnel's current connector token.

        `POST /v1/tunnels/{tunnel_id}/reveal_token`
        """
        req = Request(
            "POST",
            f"/v1/tunnels/{quote(str(tunnel_id), safe='')}/reveal_token",
            headers={"anthropic-workspace-id": workspace_id},
            betas=["mcp-tunnels-2026-06-22", *betas],
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaTunnelToken)

    async def rotate_token(
        self,
        tunnel_id: str,
        *,
        reason: Optional[str] = OMIT,
        workspace_id: str = OMIT,
        betas: Sequence[str] = (),
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[float, httpx.Timeout, None, Omit] = OMIT,
    ) -> BetaTunnelToken:
        """Rotate a Tunnel's token

        Replace the connector token with a new one; the old token stops working.

        `POST /v1/tunnels/{tunnel_id}/rotate_token`
        """
        req = Request(
            "POST",
            f"/v1/tunnels/{quote(str(tunnel_id), safe='')}/rotate_token",
            headers={"anthropic-workspace-id": workspace_id},
            body={
                "reason": reason,
            },
            betas=["mcp-tunnels-2026-06-22", *betas],
            max_request_bytes=33554432,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(req, BetaTunnelToken)


class AsyncBetaTunnelsWithRawResponse:
    """`client.beta.tunnels.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBetaTunnels) -> None:
        self.archive = to_async_raw_response(resource.archive)
        self.create = to_async_raw_response(resource.create)
        self.list = to_async_raw_response(resource.list)
        self.retrieve = to_async_raw_response(resource.retrieve)
        self.reveal_token = to_async_raw_response(resource.reveal_token)
        self.rotate_token = to_async_raw_response(resource.rotate_token)


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

        Create a link to the Verification Portal for the end customer a user profile represents, from Claude Platform on AWS (beta); on the Claude API, create an action URL instead.

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
        self.agents = AsyncBetaAgents(client)
        self.deployment_runs = AsyncBetaDeploymentRuns(client)
        self.deployments = AsyncBetaDeployments(client)
        self.dreams = AsyncBetaDreams(client)
        self.environments = AsyncBetaEnvironments(client)
        self.memory_stores = AsyncBetaMemoryStores(client)
        self.organization = AsyncBetaOrganization(client)
        self.sessions = AsyncBetaSessions(client)
        self.skills = AsyncBetaSkills(client)
        self.tunnels = AsyncBetaTunnels(client)
        self.user_profiles = AsyncBetaUserProfiles(client)
        self.vaults = AsyncBetaVaults(client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaWithRawResponse:
        return AsyncBetaWithRawResponse(self)


class AsyncBetaWithRawResponse:
    """`client.beta.with_raw_response`: each method returns an APIResponse."""

    def __init__(self, resource: AsyncBeta) -> None:
        self._resource = resource
