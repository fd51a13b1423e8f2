"""A small task list API: enough real routes to exercise a container, plus /health."""

import os
import threading

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI(title="python-fastapi sample")

_tasks: dict[int, str] = {}
_lock = threading.Lock()


class Task(BaseModel):
    title: str


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}


@app.get("/tasks")
def list_tasks() -> dict[int, str]:
    with _lock:
        return dict(_tasks)


@app.post("/tasks", status_code=201)
def add_task(task: Task) -> dict[str, int]:
    with _lock:
        task_id = len(_tasks) + 1
        _tasks[task_id] = task.title
    return {"id": task_id}


@app.get("/tasks/{task_id}")
def get_task(task_id: int) -> dict[str, str]:
    with _lock:
        if task_id not in _tasks:
            raise HTTPException(status_code=404, detail="no such task")
        return {"title": _tasks[task_id]}


if __name__ == "__main__":
    import uvicorn

    # uvicorn installs its own SIGTERM handler and shuts down gracefully.
    uvicorn.run(app, host="0.0.0.0", port=int(os.environ.get("PORT", "8000")))
