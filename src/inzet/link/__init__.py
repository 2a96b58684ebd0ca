"""Across letters: agenda→report follow-up, pledge ledger, deployment register, spending trajectory, citation graph."""
