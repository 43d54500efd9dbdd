#!/usr/bin/env bash
# Tiny Tiny RSS for Orrery's tests, CI and bench: Debian's tt-rss (PHP) under `php -S` as
# www-data, on a private PostgreSQL cluster, plus a static feed server on [::1]:80 for feeds the
# server must fetch (TT-RSS refuses localhost, 127.* and ports other than 80/443; http://[::1]/
# passes). Installs what is missing from apt. Idempotent and quick when already running: safe to
# call from every test file (a lock serialises concurrent calls). Must run as root.
# Prints the API URL on the last line of stdout; everything else goes to stderr.
set -euo pipefail

BASE=${ORRERY_TTRSS_BASE:-/tmp/orrery-ttrss}
HTTP_PORT=${ORRERY_TTRSS_PORT:-8281}
PG_PORT=${ORRERY_TTRSS_PG_PORT:-5434}
DB=ttrss
PGBIN=/usr/lib/postgresql/15/bin
WWW=/usr/share/tt-rss/www
AS_WWW=(setpriv --reuid=www-data --regid=www-data --init-groups)

log() { echo "[ttrss] $*" >&2; }
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
port_open() { (echo >"/dev/tcp/$1/$2") 2>/dev/null; }
as_postgres() { (cd / && runuser -u postgres -- "$@"); }

[ "$(id -u)" = 0 ] || { log "must run as root (apt, port 80, www-data)"; exit 3; }
export DEBIAN_FRONTEND=noninteractive
mkdir -p "$BASE"
exec 9>"$BASE/.lock"
flock 9

# ---- packages ------------------------------------------------------------------------------
PKGS=(tt-rss php-cli php-pgsql php-curl php-mbstring php-xml php-intl dbconfig-no-thanks postgresql-15)
missing=()
for p in "${PKGS[@]}"; do installed "$p" || missing+=("$p"); done
if ((${#missing[@]})); then
  command -v apt-get >/dev/null || { log "apt-get is not available: cannot install ${missing[*]}"; exit 4; }
  log "installing from apt: ${missing[*]}"
  echo 'tt-rss tt-rss/dbconfig-install boolean false' | debconf-set-selections
  if ! installed postgresql-15; then
    # We run a private cluster: the package must not create (and start) 15/main.
    mkdir -p /etc/postgresql-common/createcluster.d
    echo 'create_main_cluster = false' >/etc/postgresql-common/createcluster.d/orrery-no-main.conf
  fi
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# ---- private PostgreSQL cluster ----------------------------------------------------------------
install -d -o postgres -g postgres -m 700 "$BASE/pgdata"
install -d -o postgres -g postgres -m 755 "$BASE/pgsock"
if [ ! -f "$BASE/pgdata/PG_VERSION" ]; then
  log "initdb $BASE/pgdata"
  as_postgres "$PGBIN/initdb" -D "$BASE/pgdata" -U postgres --auth-local=trust --auth-host=trust \
    -E UTF8 --locale=C.UTF-8 >/dev/null
fi
if ! as_postgres "$PGBIN/pg_ctl" -D "$BASE/pgdata" status >/dev/null 2>&1; then
  log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
  touch "$BASE/pg.log" && chown postgres:postgres "$BASE/pg.log"
  # fsync off: a test database, rebuilt after any crash of the machine.
  as_postgres "$PGBIN/pg_ctl" -D "$BASE/pgdata" -l "$BASE/pg.log" -w -s \
    -o "-p $PG_PORT -k $BASE/pgsock -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start 9>&-
fi
psql_admin() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
[ "$(psql_admin -d postgres -c "SELECT 1 FROM pg_roles WHERE rolname='$DB'")" = 1 ] ||
  psql_admin -d postgres -c "CREATE ROLE $DB LOGIN PASSWORD '$DB'"
if [ "$(psql_admin -d postgres -c "SELECT 1 FROM pg_database WHERE datname='$DB'")" != 1 ]; then
  psql_admin -d postgres -c "CREATE DATABASE $DB OWNER $DB ENCODING 'UTF8'"
  log "loading the TT-RSS schema"
  PGPASSWORD=$DB psql -h 127.0.0.1 -p "$PG_PORT" -U "$DB" -d "$DB" -v ON_ERROR_STOP=1 -q \
    -f /usr/share/tt-rss/schema/ttrss_schema_pgsql.sql >/dev/null 2>"$BASE/schema.log"
fi

# ---- TT-RSS configuration (Debian: config.php includes database.php, normally dbconfig's) ------
cat >/etc/tt-rss/database.php.orrery <<PHP
<?php
\$dbuser='$DB';
\$dbpass='$DB';
\$basepath='';
\$dbname='$DB';
\$dbserver='127.0.0.1';
\$dbport='$PG_PORT';
\$dbtype='pgsql';
PHP
if ! cmp -s /etc/tt-rss/database.php.orrery /etc/tt-rss/database.php; then
  mv /etc/tt-rss/database.php.orrery /etc/tt-rss/database.php
else
  rm /etc/tt-rss/database.php.orrery
fi
chown root:www-data /etc/tt-rss/database.php && chmod 0640 /etc/tt-rss/database.php
perl -p -i -e "s|define\('SELF_URL_PATH', '.*?'\);|define('SELF_URL_PATH', 'http://127.0.0.1:$HTTP_PORT/');|;
               s|define\('LOG_DESTINATION', '.*?'\);|define('LOG_DESTINATION', '');|;
               s|define\('CHECK_FOR_UPDATES', true\);|define('CHECK_FOR_UPDATES', false);|" /etc/tt-rss/config.php

# ---- servers, each in its own session so stop.sh can end the whole group (php -S workers) -------
start_server() { # PIDFILE LOG HOST PORT CMD...
  local pidf=$1 logf=$2 host=$3 port=$4
  shift 4
  alive "$pidf" && return 0
  port_open "$host" "$port" && { log "$host:$port is in use by another process"; exit 1; }
  setsid "$@" >"$logf" 2>&1 </dev/null 9>&- &
  echo $! >"$pidf"
  for _ in $(seq 1 100); do
    port_open "$host" "$port" && return 0
    kill -0 "$(cat "$pidf")" 2>/dev/null || break
    sleep 0.1
  done
  log "the server on $host:$port did not start:"; cat "$logf" >&2; exit 1
}
install -d -m 755 "$BASE/feeds"
[ -f "$BASE/feeds/index.html" ] || echo 'Orrery test feeds' >"$BASE/feeds/index.html"
start_server "$BASE/feeds.pid" "$BASE/feeds.log" ::1 80 php -S '[::1]:80' -t "$BASE/feeds"
start_server "$BASE/http.pid" "$BASE/http.log" 127.0.0.1 "$HTTP_PORT" \
  env PHP_CLI_SERVER_WORKERS=4 "${AS_WWW[@]}" php -S "127.0.0.1:$HTTP_PORT" -t "$WWW"

echo "http://127.0.0.1:$HTTP_PORT/api/"
