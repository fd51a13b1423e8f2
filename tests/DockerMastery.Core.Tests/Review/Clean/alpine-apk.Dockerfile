FROM alpine:3.21.0
RUN apk add --no-cache tini=0.19.0-r3 ca-certificates=20241121-r1 \
    && addgroup -S -g 10001 app \
    && adduser -S -u 10001 -G app -H app
COPY --chown=10001:10001 bin/app /usr/local/bin/app
USER 10001
HEALTHCHECK NONE
ENTRYPOINT ["/sbin/tini", "--", "/usr/local/bin/app"]
