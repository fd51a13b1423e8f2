# syntax=docker/dockerfile:1.7
FROM python:3.11-slim AS builder
ENV POETRY_VERSION=1.8.3 POETRY_VIRTUALENVS_IN_PROJECT=true
RUN pip install --no-cache-dir "poetry==${POETRY_VERSION}"
WORKDIR /src
COPY pyproject.toml poetry.lock ./
RUN poetry install --only main --no-root --no-interaction
COPY src ./src
RUN poetry install --only main --no-interaction

FROM python:3.11-slim
WORKDIR /src
COPY --from=builder /src/.venv ./.venv
COPY --from=builder /src/src ./src
ENV PATH="/src/.venv/bin:${PATH}"
USER 1000:1000
ENTRYPOINT ["python", "-m", "service"]
