"""Small helpers for tests."""

from __future__ import annotations


def duties(result, duty=None, status=None):
    """{(obligor ccode, beneficiary ccode, treaty id)} of matching findings."""
    return {
        (f.obligor, f.beneficiary, f.treaty.id)
        for f in result.findings
        if (duty is None or f.duty == duty) and (status is None or f.status == status)
    }
