FROM postgres:17-bookworm
ENV POSTGIS_MAJOR=3
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends "postgresql-$PG_MAJOR-postgis-$POSTGIS_MAJOR"; \
    rm -rf /var/lib/apt/lists/*
COPY ./initdb-postgis.sh /docker-entrypoint-initdb.d/10_postgis.sh
