"""The one error type a user can cause: its message is a single line in the user's terms."""

from __future__ import annotations


class ArticleError(Exception):
    """Bad input or a failed step the user can fix; the CLI prints it and exits with code 2."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))
