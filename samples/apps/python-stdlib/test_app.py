import json
import threading
import unittest
import urllib.error
import urllib.request

import app


class ServiceTest(unittest.TestCase):
    def setUp(self) -> None:
        self.server = app.serve(0)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def tearDown(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def test_health(self) -> None:
        with urllib.request.urlopen(self.base + "/health") as response:
            self.assertEqual(json.load(response), {"status": "ok"})

    def test_create_task(self) -> None:
        request = urllib.request.Request(
            self.base + "/tasks", data=b'{"title": "ship it"}', method="POST")
        with urllib.request.urlopen(request) as response:
            self.assertEqual(response.status, 201)
        with self.assertRaises(urllib.error.HTTPError):
            urllib.request.urlopen(urllib.request.Request(
                self.base + "/tasks", data=b"{}", method="POST"))


if __name__ == "__main__":
    unittest.main()
