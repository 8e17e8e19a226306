"""网络交易平台责任评估向导 — Liability Wizard."""

__version__ = "0.1.0"
