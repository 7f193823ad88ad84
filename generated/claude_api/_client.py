"""The Claude API clients: generated from the spec, do not edit."""

from __future__ import annotations

from functools import cached_property

from ._base_client import AsyncClientBase, SyncClientBase
from .resources.beta import AsyncBeta, Beta
from .resources.files import AsyncFiles, Files
from .resources.messages import AsyncMessages, Messages
from .resources.models import AsyncModels, Models
from .resources.oauth import AsyncOauth, Oauth
from .resources.organization import AsyncOrganization, Organization
from .resources.skills import AsyncSkills, Skills
from .resources.user_profiles import AsyncUserProfiles, UserProfiles

__all__ = ["Client", "AsyncClient"]


class Client(SyncClientBase):
    """Synchronous client. The API key comes from `api_key` or ANTHROPIC_API_KEY."""

    @cached_property
    def beta(self) -> Beta:
        return Beta(self)

    @cached_property
    def files(self) -> Files:
        return Files(self)

    @cached_property
    def messages(self) -> Messages:
        return Messages(self)

    @cached_property
    def models(self) -> Models:
        return Models(self)

    @cached_property
    def oauth(self) -> Oauth:
        return Oauth(self)

    @cached_property
    def organization(self) -> Organization:
        return Organization(self)

    @cached_property
    def skills(self) -> Skills:
        return Skills(self)

    @cached_property
    def user_profiles(self) -> UserProfiles:
        return UserProfiles(self)


class AsyncClient(AsyncClientBase):
    """Asynchronous client. The API key comes from `api_key` or ANTHROPIC_API_KEY."""

    @cached_property
    def beta(self) -> AsyncBeta:
        return AsyncBeta(self)

    @cached_property
    def files(self) -> AsyncFiles:
        return AsyncFiles(self)

    @cached_property
    def messages(self) -> AsyncMessages:
        return AsyncMessages(self)

    @cached_property
    def models(self) -> AsyncModels:
        return AsyncModels(self)

    @cached_property
    def oauth(self) -> AsyncOauth:
        return AsyncOauth(self)

    @cached_property
    def organization(self) -> AsyncOrganization:
        return AsyncOrganization(self)

    @cached_property
    def skills(self) -> AsyncSkills:
        return AsyncSkills(self)

    @cached_property
    def user_profiles(self) -> AsyncUserProfiles:
        return AsyncUserProfiles(self)
