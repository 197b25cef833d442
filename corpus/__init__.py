"""Seeded synthetic document corpus for CashUp Engine (see corpus/README.md)."""
