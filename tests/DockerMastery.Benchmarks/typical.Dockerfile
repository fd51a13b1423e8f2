# syntax=docker/dockerfile:1.7
# A typical production Dockerfile for a Python web service: about 80 lines with
# multi-stage build, cache mounts, pinned packages, a non-root user and a health check.
ARG PYTHON_VERSION=3.13.1
ARG DEBIAN_RELEASE=bookworm

FROM python:${PYTHON_VERSION}-slim-${DEBIAN_RELEASE} AS base
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1
WORKDIR /app

FROM base AS build-deps
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
    --mount=type=cache,target=/var/lib/apt,sharing=locked \
    apt-get update \
    && apt-get install -y --no-install-recommends \
        build-essential=12.9 \
        libpq-dev=15.10-0+deb12u1 \
        git=1:2.39.5-0+deb12u1
COPY --from=ghcr.io/astral-sh/uv:0.5.11 /uv /uvx /bin/
ENV UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy UV_PYTHON_DOWNLOADS=never

FROM build-deps AS builder
RUN --mount=type=cache,target=/root/.cache/uv \
    --mount=type=bind,source=uv.lock,target=uv.lock \
    --mount=type=bind,source=pyproject.toml,target=pyproject.toml \
    uv sync --frozen --no-install-project --no-dev
COPY . .
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --frozen --no-dev \
    && python -m compileall -q /app/src

FROM builder AS test
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --frozen \
    && uv run pytest -q

FROM base AS runtime
ARG VCS_REF=unknown
ARG BUILD_DATE=1970-01-01T00:00:00Z
LABEL org.opencontainers.image.title="orders-api" \
      org.opencontainers.image.source="https://github.com/example/orders-api" \
      org.opencontainers.image.revision="${VCS_REF}" \
      org.opencontainers.image.created="${BUILD_DATE}" \
      org.opencontainers.image.licenses="Apache-2.0"
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
    --mount=type=cache,target=/var/lib/apt,sharing=locked \
    apt-get update \
    && apt-get install -y --no-install-recommends \
        libpq5=15.10-0+deb12u1 \
        curl=7.88.1-10+deb12u8 \
        tini=0.19.0-1 \
    && groupadd --gid 10001 app \
    && useradd --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app \
    && mkdir -p /app/data \
    && chown 10001:10001 /app/data
COPY --from=builder --chown=10001:10001 /app/.venv /app/.venv
COPY --from=builder --chown=10001:10001 /app/src /app/src
COPY --chown=10001:10001 deploy/gunicorn.conf.py /app/gunicorn.conf.py
ENV PATH="/app/.venv/bin:${PATH}" \
    PORT=8000 \
    WEB_CONCURRENCY=4
USER 10001:10001
EXPOSE 8000
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
    CMD ["curl", "-fsS", "http://127.0.0.1:8000/health"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["gunicorn", "--config", "/app/gunicorn.conf.py", "orders.app:create_app()"]

FROM runtime AS debug
USER root
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
    --mount=type=cache,target=/var/lib/apt,sharing=locked \
    apt-get update && apt-get install -y --no-install-recommends strace=6.1-0.1
USER 10001:10001
