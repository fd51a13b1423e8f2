from fastapi.testclient import TestClient

from app.main import app

client = TestClient(app)


def test_health_reports_ok():
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_tasks_round_trip():
    created = client.post("/tasks", json={"title": "ship it"})
    assert created.status_code == 201
    task_id = created.json()["id"]
    assert client.get(f"/tasks/{task_id}").json() == {"title": "ship it"}
    assert client.get("/tasks/9999").status_code == 404
