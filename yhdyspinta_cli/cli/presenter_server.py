"""The presenter view: one self-contained page and its state, served on 127.0.0.1.

The standard library's ThreadingHTTPServer, bound to loopback at a free port. It serves
exactly two paths, `/` (the page) and `/state` (the walk's state as JSON, polled by the page),
and nothing from the file system; it stops when the walk ends.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import files
from typing import Any

LOOPBACK = "127.0.0.1"


class PresenterServer:
    """Serves the page and the newest state until `stop`."""

    def __init__(self) -> None:
        self._state = b"{}"
        self._lock = threading.Lock()
        page = (files("yhdyspinta_cli.cli") / "presenter.html").read_text(encoding="utf-8")
        self._page = page.encode("utf-8")
        self._server = ThreadingHTTPServer((LOOPBACK, 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        """Where the page is, e.g. http://127.0.0.1:50123/."""
        port = self._server.server_address[1]
        return f"http://{LOOPBACK}:{port}/"

    def start(self) -> None:
        """Serve in the background."""
        self._thread.start()

    def publish(self, state: Mapping[str, Any]) -> None:
        """The state the page shows from its next poll on."""
        encoded = json.dumps(state, ensure_ascii=False).encode("utf-8")
        with self._lock:
            self._state = encoded

    def stop(self) -> None:
        """Stop serving and free the port."""
        self._server.shutdown()
        self._server.server_close()

    def _current(self) -> bytes:
        with self._lock:
            return self._state

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path == "/":
                    self._send(server._page, "text/html; charset=utf-8")
                elif self.path == "/state":
                    self._send(server._current(), "application/json; charset=utf-8")
                else:
                    self.send_error(404)

            def _send(self, body: bytes, kind: str) -> None:
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet: the walk owns the terminal."""

        return Handler
