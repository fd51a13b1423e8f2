"""A task list service on the standard library alone: GET /health, GET/POST /tasks."""

import json
import os
import signal
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

_tasks: dict[int, str] = {}
_lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    server_version = "python-stdlib-sample"

    def do_GET(self) -> None:  # noqa: N802 (the stdlib's naming)
        if self.path == "/health":
            self._reply(200, {"status": "ok"})
        elif self.path == "/tasks":
            with _lock:
                self._reply(200, {str(k): v for k, v in _tasks.items()})
        else:
            self._reply(404, {"error": "not found"})

    def do_POST(self) -> None:  # noqa: N802
        if self.path != "/tasks":
            self._reply(404, {"error": "not found"})
            return
        length = int(self.headers.get("Content-Length", "0"))
        try:
            title = json.loads(self.rfile.read(length) or b"{}").get("title")
        except (ValueError, AttributeError):
            title = None
        if not isinstance(title, str) or not title:
            self._reply(400, {"error": "title is required"})
            return
        with _lock:
            task_id = len(_tasks) + 1
            _tasks[task_id] = title
        self._reply(201, {"id": task_id})

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        sys.stderr.write(json.dumps({"request": format % args}) + "\n")

    def _reply(self, status: int, body: object) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def serve(port: int) -> ThreadingHTTPServer:
    return ThreadingHTTPServer(("0.0.0.0", port), Handler)


def main() -> None:
    server = serve(int(os.environ.get("PORT", "8000")))

    # As PID 1 Python has no default SIGTERM action: stop serving and exit cleanly.
    def stop(signum: int, frame: object) -> None:
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    print(json.dumps({"msg": "listening", "port": server.server_address[1]}), flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
