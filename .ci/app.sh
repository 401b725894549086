# Sourced by the .ci scripts that need the packaged application (target/quarkus-app) running on a
# throwaway H2 file: start_app PORT LOG [JAVA OPTION...] starts it and waits until it answers; the EXIT trap
# stops it and removes $APP_DATA (a new temporary folder unless set). APP_DB: the H2 file to serve instead
# of $APP_DATA/db.
start_app() {
  local port=$1 log=$2
  shift 2
  APP_DATA=${APP_DATA:-$(mktemp -d)}
  CLAIMGRAPH_DB_PATH="${APP_DB:-$APP_DATA/db}" QUARKUS_HTTP_PORT=$port java "$@" -jar target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
  APP_PID=$!
  # (the killed application exits with 143: not a failure of the script under set -e)
  trap 'kill $APP_PID 2>/dev/null; wait $APP_PID 2>/dev/null || true; rm -rf "$APP_DATA"' EXIT
  for _ in $(seq 1 120); do
    curl -fs "localhost:$port/graphql?query=%7B__typename%7D" >/dev/null && return 0
    kill -0 $APP_PID 2>/dev/null || { cat "$log"; return 1; }
    sleep 0.5
  done
  echo "the application did not answer on port $port" >&2
  cat "$log"
  return 1
}

# apt_install PACKAGE...: Debian's packages, without questions; the package lists are read once per run
# (APT_UPDATED, exported to the scripts this one starts)
apt_install() {
  [[ -n ${APT_UPDATED:-} ]] || apt-get update -qq || return
  export APT_UPDATED=1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
need_node() {
  command -v node >/dev/null || apt_install nodejs npm
}

# Debian's chromium, which the browser tests drive (playwright-core, no browser download)
need_chromium() {
  [[ -x /usr/bin/chromium ]] || apt_install chromium
}
