#!/usr/bin/env bash
# Stops what start.sh started (process groups, then the cluster). --purge also deletes its data.
set -uo pipefail
BASE=${ORRERY_TTRSS_BASE:-/tmp/orrery-ttrss}
for name in http feeds; do
  pidf="$BASE/$name.pid"
  [ -f "$pidf" ] || continue
  pid=$(cat "$pidf")
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
  for _ in $(seq 1 50); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.1; done
  rm -f "$pidf"
done
if [ -f "$BASE/pgdata/PG_VERSION" ]; then
  (cd / && runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$BASE/pgdata" -m fast -w -s stop) 2>/dev/null
fi
[ "${1:-}" = --purge ] && rm -rf "$BASE"
exit 0
