#!/bin/sh
# Entry point of the redis stand-in (see the Dockerfile beside it).
set -eu
case "${1:-}" in
  -*|*.conf) set -- redis-server "$@" ;;
esac
if [ "${1:-}" = redis-server ] && [ "$(id -u)" = 0 ]; then
  find . \! -user redis -exec chown redis '{}' +
  exec gosu redis "$0" "$@"
fi
if [ "${1:-}" = redis-server ]; then
  case " $* " in
    *" --protected-mode "*) ;;
    *)
      shift
      conf=""
      case "${1:-}" in *.conf) conf=$1; shift ;; esac
      if [ -n "$conf" ] && grep -q '^[[:space:]]*protected-mode' "$conf"; then
        set -- redis-server "$conf" "$@"
      else
        set -- redis-server ${conf:+"$conf"} --protected-mode no "$@"
      fi
      ;;
  esac
fi
exec "$@"
