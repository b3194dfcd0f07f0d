"""Operations: one function per thing a user does, shared by the command line and the window.

Each runs in one transaction (through the store), checks its rules and returns what changed; the
changes it makes are recorded for exchange by the store itself (store/sync.py), whoever calls.
"""
