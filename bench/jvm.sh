# Sourced by flags.sh and warmup.sh: the JVM ($JAVA, default java on PATH), its jstat, wrk's thread count
# for $clients, and serve: starts the packaged application from its directory (an AOT cache given as
# -XX:AOTCache=app.aot is found there) with the result cache off, sets $pid and waits until it is ready.
#   serve APP_DIR PORT LOG JVM_ARGS...
java=${JAVA:-java}
jstat=$(dirname "$(readlink -f "$(command -v "$java")")")/jstat
threads=$(( clients < 2 ? clients : 2 ))
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
serve() {
  local app=$1 port=$2 log=$3
  shift 3
  (cd "$app" && exec "$java" "$@" -Dclaimgraph.graphql.result-cache.max-bytes=0 -Dquarkus.http.port="$port" \
    -jar quarkus-run.jar > "$log" 2>&1) &
  pid=$!
  until curl -sf "localhost:$port/q/health/ready" >/dev/null; do sleep 0.5; done
}
