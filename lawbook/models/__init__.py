"""Pydantic types shared across lawbook, one module per domain."""
