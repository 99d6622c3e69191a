#!/usr/bin/env bash
# A Xuefa cluster on one machine, for trying cluster mode (docs/deploy.md):
#   PostgreSQL + N nodes of the built jar on ports 8081.. (cluster mode, one shared check-in secret, each with its
#   own session route n1, n2, ...) + nginx on port 8080 sticky by that route.
#
#   mvn -B package -Pproduction -DskipTests      # builds target/xuefa.jar
#   deploy/local-cluster.sh start [N]            # N nodes, 2 by default; then open http://localhost:8080
#   deploy/local-cluster.sh status
#   deploy/local-cluster.sh stop                 # stops what start started (the data stays in the run directory)
#
# The database: XUEFA_DB_URL (with XUEFA_DB_USER, XUEFA_DB_PASSWORD) names an existing one, e.g.
#   XUEFA_DB_URL=jdbc:postgresql://localhost:5432/xuefa_cluster XUEFA_DB_USER=xuefa XUEFA_DB_PASSWORD=xuefa
# Without it, when initdb and pg_ctl are on the PATH, a PostgreSQL of its own is created in the run directory and
# started on PG_PORT (55432). Other settings (environment): XUEFA_JAR (target/xuefa.jar), RUN_DIR
# (target/local-cluster), BASE_PORT (8081), LB_PORT (8080), XUEFA_PROFILES (postgres,demo: the demo town and its
# accounts organizer, cadre, ... with the demo password), XUEFA_CHECKIN_SECRET (generated once and kept in the run
# directory), JAVA_OPTS (-Xmx512m), NGINX (nginx). Without nginx on the PATH the nodes still start, on their ports.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN_DIR="${RUN_DIR:-$ROOT/target/local-cluster}"
XUEFA_JAR="${XUEFA_JAR:-$ROOT/target/xuefa.jar}"
BASE_PORT="${BASE_PORT:-8081}"
LB_PORT="${LB_PORT:-8080}"
PG_PORT="${PG_PORT:-55432}"
XUEFA_PROFILES="${XUEFA_PROFILES:-postgres,demo}"
JAVA_OPTS="${JAVA_OPTS:--Xmx512m}"
NGINX="${NGINX:-nginx}"

say() { printf '%s\n' "$*"; }
die() { printf 'local-cluster: %s\n' "$*" >&2; exit 1; }

# waits until the URL answers 200, or fails after the given seconds
wait_for() {
    local url="$1" seconds="$2" what="$3" i
    for ((i = 0; i < seconds; i++)); do
        if curl -sf -o /dev/null "$url"; then
            return 0
        fi
        sleep 1
    done
    die "$what did not answer $url within ${seconds}s (see its log in $RUN_DIR)"
}

alive() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

# --- PostgreSQL ------------------------------------------------------------------------------------------------
start_database() {
    if [[ -n "${XUEFA_DB_URL:-}" ]]; then
        say "Database: $XUEFA_DB_URL (given)"
        export XUEFA_DB_USER="${XUEFA_DB_USER:-xuefa}" XUEFA_DB_PASSWORD="${XUEFA_DB_PASSWORD:-}"
        return
    fi
    command -v initdb >/dev/null && command -v pg_ctl >/dev/null \
        || die "no XUEFA_DB_URL and no initdb/pg_ctl on the PATH: give an existing database (see the header)"
    local data="$RUN_DIR/pg"
    if [[ ! -f "$data/PG_VERSION" ]]; then
        # PostgreSQL never runs as root (a container's or a sandbox's user): use an existing database there
        [[ $(id -u) -ne 0 ]] || die "initdb refuses to run as root: give XUEFA_DB_URL (see the header) instead"
        say "Creating a PostgreSQL database cluster in $data"
        local pw="$RUN_DIR/pg-password"
        (umask 077; openssl rand -hex 16 > "$pw")
        initdb -D "$data" -U xuefa --pwfile="$pw" -A scram-sha-256 -E UTF8 --locale=C >"$RUN_DIR/initdb.log"
    fi
    if ! pg_ctl -D "$data" status >/dev/null 2>&1; then
        pg_ctl -D "$data" -l "$RUN_DIR/postgres.log" -w -o "-p $PG_PORT -k $RUN_DIR -c listen_addresses=127.0.0.1" \
            start >/dev/null
    fi
    export XUEFA_DB_USER=xuefa XUEFA_DB_PASSWORD="$(cat "$RUN_DIR/pg-password")"
    PGPASSWORD="$XUEFA_DB_PASSWORD" psql -h 127.0.0.1 -p "$PG_PORT" -U xuefa -d postgres -tAc \
        "select 1 from pg_database where datname = 'xuefa'" | grep -q 1 \
        || PGPASSWORD="$XUEFA_DB_PASSWORD" createdb -h 127.0.0.1 -p "$PG_PORT" -U xuefa xuefa
    export XUEFA_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/xuefa"
    say "Database: $XUEFA_DB_URL (PostgreSQL of its own in $data)"
}

stop_database() {
    if [[ -f "$RUN_DIR/pg/PG_VERSION" ]] && pg_ctl -D "$RUN_DIR/pg" status >/dev/null 2>&1; then
        pg_ctl -D "$RUN_DIR/pg" -m fast stop >/dev/null && say "PostgreSQL stopped"
    fi
}

# --- nodes -----------------------------------------------------------------------------------------------------
start_node() {
    local i="$1" port=$((BASE_PORT + $1 - 1)) dir="$RUN_DIR/node$1"
    mkdir -p "$dir"
    if alive "$dir/pid"; then
        say "Node n$i already runs (pid $(cat "$dir/pid"), port $port)"
        return
    fi
    # exec: the pid recorded is the JVM's own, so stop signals reach it
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    (cd "$dir" && PORT="$port" XUEFA_CLUSTER=true XUEFA_NODE_ROUTE="n$i" XUEFA_DATA_DIR="$dir/data" \
        XUEFA_CHECKIN_SECRET="$SECRET" XUEFA_PUBLIC_URL="http://localhost:$LB_PORT" \
        SPRING_PROFILES_ACTIVE="$XUEFA_PROFILES" exec nohup java $JAVA_OPTS -jar "$XUEFA_JAR" >"$dir/xuefa.log" 2>&1) &
    echo $! >"$dir/pid"
    say "Node n$i starting on port $port (pid $(cat "$dir/pid"), log $dir/xuefa.log)"
}

stop_nodes() {
    local pidfile
    for pidfile in "$RUN_DIR"/node*/pid; do
        [[ -f "$pidfile" ]] || continue
        if alive "$pidfile"; then
            kill "$(cat "$pidfile")" && say "Node $(basename "$(dirname "$pidfile")") stopping (pid $(cat "$pidfile"))"
        fi
    done
    for pidfile in "$RUN_DIR"/node*/pid; do
        [[ -f "$pidfile" ]] || continue
        local i
        for ((i = 0; i < 30; i++)); do alive "$pidfile" || break; sleep 1; done
        rm -f "$pidfile"
    done
}

# --- nginx -----------------------------------------------------------------------------------------------------
# writes the upstreams and the route map for N nodes (the repository's xuefa-nodes.conf, for any N)
nodes_conf() {
    local n="$1" i j
    say "# generated by deploy/local-cluster.sh for $n nodes"
    say "upstream xuefa {"
    say "    least_conn;"
    for ((i = 1; i <= n; i++)); do say "    server 127.0.0.1:$((BASE_PORT + i - 1)) max_fails=3 fail_timeout=10s;"; done
    say "    keepalive 32;"
    say "}"
    for ((i = 1; i <= n; i++)); do
        say "upstream xuefa_n$i {"
        say "    server 127.0.0.1:$((BASE_PORT + i - 1)) max_fails=3 fail_timeout=10s;"
        for ((j = 1; j <= n; j++)); do
            [[ $j -eq $i ]] || say "    server 127.0.0.1:$((BASE_PORT + j - 1)) backup;"
        done
        say "    keepalive 16;"
        say "}"
    done
    say "map \$cookie_JSESSIONID \$xuefa_upstream {"
    say "    default xuefa;"
    for ((i = 1; i <= n; i++)); do say "    \"~\\.n$i\$\" xuefa_n$i;"; done
    say "}"
}

# copies the configuration into the run directory for N nodes; checks it with nginx -t
prepare_nginx() {
    local n="$1" dir="$RUN_DIR/nginx"
    mkdir -p "$dir/logs" "$dir/temp"
    sed "s/listen 8080;/listen $LB_PORT;/" "$ROOT/deploy/nginx/nginx.conf" >"$dir/nginx.conf"
    nodes_conf "$n" >"$dir/xuefa-nodes.conf"
    "$NGINX" -t -q -p "$dir" -c "$dir/nginx.conf"
}

start_nginx() {
    local n="$1" dir="$RUN_DIR/nginx"
    if ! command -v "$NGINX" >/dev/null; then
        say "nginx is not installed (apt-get install -y nginx): no balancer; the nodes answer on their own ports"
        return
    fi
    prepare_nginx "$n"
    if alive "$dir/logs/nginx.pid"; then
        "$NGINX" -p "$dir" -c "$dir/nginx.conf" -s reload
        say "nginx reloaded for $n nodes"
    else
        "$NGINX" -p "$dir" -c "$dir/nginx.conf"
        say "nginx on port $LB_PORT (config $dir/nginx.conf, access log $dir/logs/access.log)"
    fi
}

stop_nginx() {
    local dir="$RUN_DIR/nginx"
    if alive "$dir/logs/nginx.pid"; then
        "$NGINX" -p "$dir" -c "$dir/nginx.conf" -s quit && say "nginx stopping"
    fi
}

# --- commands --------------------------------------------------------------------------------------------------
start() {
    local n="${1:-2}" i
    [[ "$n" =~ ^[1-9][0-9]?$ ]] || die "the number of nodes must be 1 to 99, not $n"
    [[ -f "$XUEFA_JAR" ]] || die "no jar at $XUEFA_JAR: build it with mvn -B package -Pproduction -DskipTests"
    mkdir -p "$RUN_DIR"
    if [[ -z "${XUEFA_CHECKIN_SECRET:-}" ]]; then
        [[ -f "$RUN_DIR/checkin-secret" ]] || (umask 077; openssl rand -hex 32 >"$RUN_DIR/checkin-secret")
        XUEFA_CHECKIN_SECRET="$(cat "$RUN_DIR/checkin-secret")"
    fi
    SECRET="$XUEFA_CHECKIN_SECRET"
    (( ${#SECRET} >= 32 )) || die "XUEFA_CHECKIN_SECRET must be at least 32 bytes long"
    start_database
    # the first node alone: it migrates the database and (demo profile) seeds the demo town exactly once
    start_node 1
    wait_for "http://127.0.0.1:$BASE_PORT/actuator/health/readiness" 300 "node n1"
    for ((i = 2; i <= n; i++)); do start_node "$i"; done
    for ((i = 2; i <= n; i++)); do
        wait_for "http://127.0.0.1:$((BASE_PORT + i - 1))/actuator/health/readiness" 300 "node n$i"
    done
    start_nginx "$n"
    if command -v "$NGINX" >/dev/null; then
        wait_for "http://127.0.0.1:$LB_PORT/actuator/health" 30 "nginx"
        say "Xuefa cluster of $n nodes: http://localhost:$LB_PORT"
    fi
}

status() {
    local pidfile port state
    for pidfile in "$RUN_DIR"/node*/pid; do
        [[ -f "$pidfile" ]] || continue
        local node
        node="$(basename "$(dirname "$pidfile")")"
        port=$((BASE_PORT + ${node#node} - 1))
        state="$(curl -s -m 3 "http://127.0.0.1:$port/actuator/health" || true)"
        say "n${node#node}: pid $(cat "$pidfile") $(alive "$pidfile" && echo running || echo gone), port $port ${state:-no answer}"
    done
    if alive "$RUN_DIR/nginx/logs/nginx.pid"; then
        say "nginx: port $LB_PORT $(curl -s -m 3 "http://127.0.0.1:$LB_PORT/actuator/health" || echo 'no answer')"
    else
        say "nginx: not running"
    fi
}

case "${1:-}" in
    start) start "${2:-2}" ;;
    stop) stop_nginx; stop_nodes; stop_database ;;
    status) status ;;
    check-nginx)
        # checks the configuration for N nodes without starting anything (used by DeployFilesTest)
        command -v "$NGINX" >/dev/null || die "nginx is not installed"
        prepare_nginx "${2:-2}" && say "nginx configuration for ${2:-2} nodes is valid" ;;
    *) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
