"""The one error type a user can cause: its message is a single line in the user's terms."""

from __future__ import annotations


class ArticleError(Exception):
    """Bad input or a failed step the user can fix; the CLI prints it and exits with code 2."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))

    def _render_traceback_(self) -> list[str]:
        """What a notebook shows for it: the one line, not a traceback through the library (IPython
        calls this for an exception that has it)."""
        return [f"ArticleError: {self}"]
