"""Delivery by mail against a real SMTP server on localhost (aiosmtpd): a brief that is sent
advances the history; a refused message or a dropped connection gives one line, exit 2, and
leaves the history as it was."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.history import History

from .test_history import day_one

aiosmtpd_controller = pytest.importorskip("aiosmtpd.controller")


class Inbox:
    def __init__(self, refuse: bool = False) -> None:
        self.messages: list[bytes] = []
        self.refuse = refuse

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        if self.refuse:
            return "554 5.7.1 Message rejected as spam"
        self.messages.append(envelope.content)  # type: ignore[attr-defined]
        return "250 OK"


@pytest.fixture
def server() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    with socket.create_server(("127.0.0.1", 0)) as probe:  # a free port (the controller needs a number)
        port = probe.getsockname()[1]
    controller = aiosmtpd_controller.Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def config(tmp_path: Path, port: int, extra: str = "") -> Path:
    path = tmp_path / "briefing.toml"
    path.write_text(
        f'to = "desk@example.org"\nfrom = "brief@example.org"\n\n[smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\n{extra}',
        encoding="utf-8",
    )
    return path


def test_send_delivers_the_brief_and_advances_the_history(
    tmp_path: Path, server: tuple[Inbox, int], private_history: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inbox, port = server
    day_one(tmp_path / "mon")
    assert main(["build", str(tmp_path / "mon"), "--send", "--config", str(config(tmp_path, port))]) == 0
    (raw,) = inbox.messages
    message = message_from_bytes(raw, policy=policy.default)
    assert message["To"] == "desk@example.org" and message["Subject"].startswith("Daily brief")
    assert "Severn valley" in message.get_body(("plain",)).get_content()
    assert "sent to desk@example.org" in capsys.readouterr().err
    with History(private_history) as history:
        assert len(history.briefs()) == 1


def test_a_refused_message_is_one_line_exit_2_and_no_history(
    tmp_path: Path, server: tuple[Inbox, int], private_history: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inbox, port = server
    inbox.refuse = True
    day_one(tmp_path / "mon")
    assert main(["build", str(tmp_path / "mon"), "--send", "--config", str(config(tmp_path, port))]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"briefing: mail server 127.0.0.1:{port} refused the brief (554 5.7.1 Message rejected as spam)"]
    with History(private_history) as history:
        assert history.briefs() == []


def test_a_dropped_connection_is_one_line_and_never_shows_the_password(
    tmp_path: Path, private_history: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def drop() -> None:
        connection, _ = listener.accept()
        connection.close()

    threading.Thread(target=drop, daemon=True).start()
    day_one(tmp_path / "mon")
    secret = config(tmp_path, port, 'user = "brief"\npassword = "hunter2-secret"\ntimeout = 5\n')
    assert main(["build", str(tmp_path / "mon"), "--send", "--config", str(secret)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"briefing: cannot send through 127.0.0.1:{port}") and err.count("\n") == 1
    assert "hunter2" not in err
    listener.close()
    with History(private_history) as history:
        assert history.briefs() == []


def test_send_needs_a_recipient_and_a_sender(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    day_one(tmp_path / "mon")
    assert main(["build", str(tmp_path / "mon"), "--send"]) == 2
    assert "--send needs --to and --from" in capsys.readouterr().err
