# syntax=docker/dockerfile:1
# check=error=true
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.5.0 AS xx
FROM --platform=$BUILDPLATFORM golang:1.23-alpine AS build
COPY --from=xx / /
ARG TARGETPLATFORM
RUN xx-apk add --no-cache musl-dev gcc
WORKDIR /src
RUN --mount=type=bind,target=. --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=1 xx-go build -o /out/app ./cmd/app && xx-verify /out/app
FROM alpine:3.20
COPY --from=build /out/app /usr/bin/app
ENTRYPOINT ["app"]
