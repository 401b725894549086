#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests, without systemd: Debian's package, a cluster of its own
# in $PGBASE (default /tmp/claimgraph-pg) on port $PGPORT (default 5433), run as the postgres user.
#   .ci/postgres.sh install install Debian's postgresql if it is not there
#   .ci/postgres.sh start   install if needed, initdb, start, create the test databases
#   .ci/postgres.sh stop    stop the server and remove its files
#   .ci/postgres.sh pause   stop the server, keep its files (an outage: OutageIT)
#   .ci/postgres.sh resume  start the paused server again, same data
set -euo pipefail
PGBASE=${PGBASE:-/tmp/claimgraph-pg}
PGPORT=${PGPORT:-5433}
# one database per test profile (TestDatabases), plus one for the two-instance test
DATABASES=${DATABASES:-"test writes nplusone readers busy instances transfer outage"}

bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [[ -n $dir ]] || return 1
  echo "$dir"
}

as_postgres() {
  if [[ $(id -un) == postgres ]]; then "$@"; else runuser -u postgres -- "$@"; fi
}

serve() {
  as_postgres "$1/pg_ctl" -D "$PGBASE/data" -l "$PGBASE/server.log" -w -t 60 \
    -o "-p $PGPORT -k $PGBASE -c listen_addresses=localhost -c max_connections=200 -c fsync=off" start >/dev/null
}

install() {
  if ! bin >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # the package's own cluster is not used (and not started: no systemd here)
    apt-get install -y -qq postgresql >/dev/null
  fi
}

case ${1:-} in
install)
  install
  ;;
start)
  install
  BIN=$(bin)
  # a server left running by an earlier start goes first
  [[ -f $PGBASE/data/postmaster.pid ]] && as_postgres "$BIN/pg_ctl" -D "$PGBASE/data" -m immediate -w stop >/dev/null || true
  rm -rf "$PGBASE"
  mkdir -p "$PGBASE"
  chown postgres "$PGBASE"
  as_postgres "$BIN/initdb" -D "$PGBASE/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
    --lc-collate=C >/dev/null
  serve "$BIN"
  for db in $DATABASES; do
    as_postgres "$BIN/psql" -h localhost -p "$PGPORT" -U postgres -q -c "CREATE DATABASE claimgraph_$db TEMPLATE template0 LC_COLLATE 'C'"
  done
  echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on localhost:$PGPORT, databases: $DATABASES"
  ;;
stop)
  BIN=$(bin)
  [[ -d $PGBASE/data ]] && as_postgres "$BIN/pg_ctl" -D "$PGBASE/data" -m fast -w stop >/dev/null || true
  rm -rf "$PGBASE"
  ;;
pause)
  as_postgres "$(bin)/pg_ctl" -D "$PGBASE/data" -m fast -w stop >/dev/null
  ;;
resume)
  as_postgres "$(bin)/pg_ctl" -D "$PGBASE/data" status >/dev/null || serve "$(bin)"
  ;;
*)
  echo "usage: $0 install|start|stop|pause|resume" >&2
  exit 2
  ;;
esac
