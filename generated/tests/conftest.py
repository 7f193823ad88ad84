"""The package's validating fake transport as a pytest fixture."""

from __future__ import annotations

import pytest

from claude_api.testing import FakeTransport


@pytest.fixture
def transport() -> FakeTransport:
    return FakeTransport()
