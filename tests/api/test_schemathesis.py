"""Property-based API testing: schemathesis generates requests from the OpenAPI schema.

At least 1,000 generated requests across all operations, and not one server error (5xx).
"""

from __future__ import annotations

import warnings

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from casus import load
from casus.web.app import create_app

warnings.filterwarnings("ignore", category=DeprecationWarning)

pytestmark = pytest.mark.slow

schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(load()))
CALLS = {"n": 0, "server_errors": []}
PER_OPERATION = 140  # 9 operations × 140 ≥ 1,000 requests


@schema.parametrize()
@settings(max_examples=PER_OPERATION, deadline=None,
          suppress_health_check=list(HealthCheck), derandomize=True)
def test_no_server_errors(case):
    response = case.call()
    CALLS["n"] += 1
    if response.status_code >= 500:
        CALLS["server_errors"].append((case.path, case.query, response.status_code, response.text[:200]))
    assert response.status_code < 500, response.text[:300]
    assert "Traceback" not in response.text


def test_zz_at_least_1000_requests_and_no_server_error():
    if CALLS["n"] == 0:
        pytest.skip("run together with test_no_server_errors")
    assert CALLS["n"] >= 1000, f"only {CALLS['n']} generated requests"
    assert CALLS["server_errors"] == []
    print(f"schemathesis: {CALLS['n']} generated requests, 0 server errors")
