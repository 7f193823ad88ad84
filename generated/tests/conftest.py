"""The contract transport as a pytest fixture."""

from __future__ import annotations

import pytest

from contract import ContractTransport


@pytest.fixture
def transport() -> ContractTransport:
    return ContractTransport()
