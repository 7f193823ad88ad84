"""The Claude API clients: generated from the spec, do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._base_client import AsyncClientBase, SyncClientBase

# A resource's module (and the models it uses) is imported when the resource is first used.
if TYPE_CHECKING:
    from .resources.beta import AsyncBeta, Beta
    from .resources.compliance import AsyncCompliance, Compliance
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
        from .resources.beta import Beta

        return Beta(self)

    @cached_property
    def compliance(self) -> Compliance:
        from .resources.compliance import Compliance

        return Compliance(self)

    @cached_property
    def files(self) -> Files:
        from .resources.files import Files

        return Files(self)

    @cached_property
    def messages(self) -> Messages:
        from .resources.messages import Messages

        return Messages(self)

    @cached_property
    def models(self) -> Models:
        from .resources.models import Models

        return Models(self)

    @cached_property
    def oauth(self) -> Oauth:
        from .resources.oauth import Oauth

        return Oauth(self)

    @cached_property
    def organization(self) -> Organization:
        from .resources.organization import Organization

        return Organization(self)

    @cached_property
    def skills(self) -> Skills:
        from .resources.skills import Skills

        return Skills(self)

    @cached_property
    def user_profiles(self) -> UserProfiles:
        from .resources.user_profiles import UserProfiles

        return UserProfiles(self)


class AsyncClient(AsyncClientBase):
    """Asynchronous client. The API key comes from `api_key` or ANTHROPIC_API_KEY."""

    @cached_property
    def beta(self) -> AsyncBeta:
        from .resources.beta import AsyncBeta

        return AsyncBeta(self)

    @cached_property
    def compliance(self) -> AsyncCompliance:
        from .resources.compliance import AsyncCompliance

        return AsyncCompliance(self)

    @cached_property
    def files(self) -> AsyncFiles:
        from .resources.files import AsyncFiles

        return AsyncFiles(self)

    @cached_property
    def messages(self) -> AsyncMessages:
        from .resources.messages import AsyncMessages

        return AsyncMessages(self)

    @cached_property
    def models(self) -> AsyncModels:
        from .resources.models import AsyncModels

        return AsyncModels(self)

    @cached_property
    def oauth(self) -> AsyncOauth:
        from .resources.oauth import AsyncOauth

        return AsyncOauth(self)

    @cached_property
    def organization(self) -> AsyncOrganization:
        from .resources.organization import AsyncOrganization

        return AsyncOrganization(self)

    @cached_property
    def skills(self) -> AsyncSkills:
        from .resources.skills import AsyncSkills

        return AsyncSkills(self)

    @cached_property
    def user_profiles(self) -> AsyncUserProfiles:
        from .resources.user_profiles import AsyncUserProfiles

        return AsyncUserProfiles(self)
