"""Delivery by mail: the brief's e-mail handed to an SMTP server (STARTTLS, SSL or plain).

Settings come from the ``[smtp]`` table of the config file, then ``BRIEFING_SMTP_*`` environment
variables (which win, so a password need not sit in a file). The password is never printed,
logged or stored in the history. Every failure becomes one ``SendError`` line.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

SECURITY = ("starttls", "ssl", "none")


class SendError(Exception):
    """The brief could not be handed to the mail server."""


@dataclass(frozen=True)
class SmtpSettings:
    host: str = "localhost"
    port: int = 587
    security: str = "starttls"
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout: float = 30.0


def smtp_settings(table: Mapping[str, Any], environ: Mapping[str, str]) -> SmtpSettings:
    """Settings from the config's ``[smtp]`` table, overridden by ``BRIEFING_SMTP_HOST``, ``_PORT``,
    ``_SECURITY``, ``_USER`` and ``_PASSWORD``."""
    unknown = set(table) - {"host", "port", "security", "user", "password", "timeout"}
    if unknown:
        raise SendError(f"unknown [smtp] setting(s): {', '.join(sorted(unknown))}")
    values = dict(table)
    for key in ("host", "port", "security", "user", "password"):
        if environ.get(f"BRIEFING_SMTP_{key.upper()}"):
            values[key] = environ[f"BRIEFING_SMTP_{key.upper()}"]
    security = str(values.get("security", "starttls")).lower()
    if security not in SECURITY:
        raise SendError(f"smtp security must be one of {', '.join(SECURITY)}, not {security!r}")
    try:
        port = int(values.get("port", 465 if security == "ssl" else 587))
        timeout = float(values.get("timeout", 30))
    except (TypeError, ValueError):
        raise SendError("smtp port and timeout must be numbers") from None
    return SmtpSettings(
        host=str(values.get("host", "localhost")),
        port=port,
        security=security,
        user=values.get("user"),
        password=values.get("password"),
        timeout=timeout,
    )


def send(message: EmailMessage, settings: SmtpSettings) -> None:
    """Hand ``message`` to the server; raise SendError (one line, no password) on any failure."""
    where = f"{settings.host}:{settings.port}"
    try:
        if settings.security == "ssl":
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                settings.host, settings.port, timeout=settings.timeout, context=ssl.create_default_context()
            )
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        with client:
            if settings.security == "starttls":
                client.starttls(context=ssl.create_default_context())
            if settings.user:
                client.login(settings.user, settings.password or "")
            refused = client.send_message(message)
            if refused:
                raise SendError(f"mail server {where} refused {', '.join(sorted(refused))}")
    except SendError:
        raise
    except smtplib.SMTPResponseException as error:
        reason = (
            error.smtp_error.decode(errors="replace") if isinstance(error.smtp_error, bytes) else str(error.smtp_error)
        )
        raise SendError(
            f"mail server {where} refused the brief ({error.smtp_code} {' '.join(reason.split())})"
        ) from None
    except smtplib.SMTPRecipientsRefused as error:
        raise SendError(f"mail server {where} refused {', '.join(sorted(error.recipients))}") from None
    except (smtplib.SMTPException, OSError) as error:
        raise SendError(f"cannot send through {where} ({type(error).__name__}: {error or 'connection lost'})") from None
