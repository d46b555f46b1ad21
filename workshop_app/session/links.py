"""Participants' personal links for live answering: random tokens, kept hashed.

A token is 192 random bits (``secrets``), shown once in the link; the workshop file
keeps only its SHA-256 hash, so a copy of the file opens nobody's questionnaire.
A token's hash is a lookup key: the token is random, so no slow hash is needed.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Iterable

from workshop_app.session.editing import WorkshopSession

TOKEN_BYTES = 24  # 192 bits; the issue asks for at least 128
_TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{32}")


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


def looks_like_token(text: str) -> bool:
    """Whether ``text`` has a token's shape (so junk is refused before any lookup)."""
    return bool(_TOKEN_SHAPE.fullmatch(text))


def issue_links(session: WorkshopSession, participant_ids: Iterable[str]) -> dict[str, str]:
    """New tokens for these participants (their older links end); participant id -> token.

    Saved in one transaction, not an undo step: a link is not part of the workshop's
    content, and undoing one would break a printed handout.
    """
    tokens = {pid: new_token() for pid in participant_ids}
    if tokens:
        session.store.set_live_links({pid: token_hash(t) for pid, t in tokens.items()})
    return tokens


def link_hashes(session: WorkshopSession) -> dict[str, str]:
    """token hash -> participant id, for every link the file holds."""
    return {h: pid for pid, h in session.store.live_links().items()}
