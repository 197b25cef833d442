"""Extraction tiers: each a small class with `run(document, previous) -> TierResult`."""
