#!/usr/bin/env bash
# Entry point of the postgres stand-in: first start initialises $PGDATA from the POSTGRES_*
# variables (each also readable from a file named by VAR_FILE, for compose secrets), then
# runs the server as the postgres user on all interfaces.
set -Eeuo pipefail

# VAR_FILE -> VAR, read once (as root when started as root, so secret files owned by root work).
from_file() {
  local var=$1 default=${2:-} file_var="${1}_FILE"
  if [ -n "${!var:-}" ] && [ -n "${!file_var:-}" ]; then
    echo "postgres stand-in: both $var and $file_var are set; use one" >&2; exit 1
  fi
  local value=$default
  if [ -n "${!var:-}" ]; then value=${!var}
  elif [ -n "${!file_var:-}" ]; then value=$(< "${!file_var}"); fi
  export "$var=$value"; unset "$file_var"
}

if [ "${1:0:1}" = '-' ]; then set -- postgres "$@"; fi
if [ "$1" != postgres ]; then exec "$@"; fi

from_file POSTGRES_PASSWORD
from_file POSTGRES_USER postgres
from_file POSTGRES_DB "${POSTGRES_USER}"
from_file POSTGRES_INITDB_ARGS
export POSTGRES_HOST_AUTH_METHOD=${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}

if [ "$(id -u)" = 0 ]; then
  mkdir -p "$PGDATA" && chmod 00700 "$PGDATA" && chown postgres:postgres "$PGDATA"
  chown postgres:postgres /var/lib/postgresql "$(dirname "$PGDATA")"
  exec gosu postgres "${BASH_SOURCE[0]}" "$@"
fi

# The 18+ images keep data in /var/lib/postgresql/MAJOR/docker; a volume mounted on the old
# path would silently hold nothing, so refuse like the official image does.
if [ "$PGDATA" != /var/lib/postgresql/data ] && mountpoint -q /var/lib/postgresql/data 2>/dev/null; then
  echo "postgres stand-in: a volume is mounted at /var/lib/postgresql/data, but 18+ images" \
       "store data in $PGDATA; mount the volume at /var/lib/postgresql" >&2
  exit 1
fi

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  if [ -z "$POSTGRES_PASSWORD" ] && [ "$POSTGRES_HOST_AUTH_METHOD" != trust ]; then
    echo "postgres stand-in: database is uninitialized and no superuser password is set;" \
         "set POSTGRES_PASSWORD or POSTGRES_PASSWORD_FILE" >&2
    exit 1
  fi
  mkdir -p "$PGDATA" && chmod 00700 "$PGDATA"
  # shellcheck disable=SC2086  # POSTGRES_INITDB_ARGS is a list of initdb flags
  initdb --username="$POSTGRES_USER" --pwfile=<(printf '%s\n' "$POSTGRES_PASSWORD") \
    $POSTGRES_INITDB_ARGS > /dev/null
  printf '\nlisten_addresses = '"'"'*'"'"'\n' >> "$PGDATA/postgresql.conf"
  printf '\nhost all all all %s\n' "$POSTGRES_HOST_AUTH_METHOD" >> "$PGDATA/pg_hba.conf"

  # Temporary server on the unix socket only, for the database and the init scripts.
  pg_ctl -D "$PGDATA" -o "-c listen_addresses=''" -w start > /dev/null
  export PGPASSWORD=$POSTGRES_PASSWORD
  psql=(psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --no-password --no-psqlrc)
  if [ "$POSTGRES_DB" != postgres ]; then
    "${psql[@]}" --dbname postgres --set db="$POSTGRES_DB" \
      <<< 'CREATE DATABASE :"db";' > /dev/null
  fi
  for f in /docker-entrypoint-initdb.d/*; do
    case "$f" in
      *.sh)  echo "running $f"
             # shellcheck source=/dev/null
             . "$f" ;;
      *.sql) echo "running $f"; "${psql[@]}" --dbname "$POSTGRES_DB" -f "$f" ;;
      *) ;;
    esac
  done
  unset PGPASSWORD
  pg_ctl -D "$PGDATA" -m fast -w stop > /dev/null
  echo "postgres stand-in: initialised $PGDATA for user $POSTGRES_USER, database $POSTGRES_DB"
fi

exec "$@"
