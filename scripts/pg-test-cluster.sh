#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests: initdb in a temporary directory, a local
# port, TLS with its own CA, the roles of scripts/postgres-roles.sql, passwords in a
# ~/.pgpass-style file. No system service is used or changed.
#
#   eval "$(scripts/pg-test-cluster.sh start)"     # prints the export lines for the tests
#   scripts/pg-test-cluster.sh stop "$STERK_PG_CLUSTER"
#
# PostgreSQL refuses to run as root; as root the server runs as the `postgres` user.
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
[[ -x "$bindir/initdb" ]] || { echo "pg-test-cluster: PostgreSQL not installed (apt-get install -y postgresql)" >&2; exit 1; }

as_server() {
    if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
    local dir=$1
    [[ -f "$dir/data/postmaster.pid" ]] && as_server "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}

start() {
    local port=${STERK_PG_PORT:-$((20000 + RANDOM % 20000))}
    local dir
    dir=$(mktemp -d /tmp/sterk-pg.XXXXXX)
    chmod 755 "$dir"
    local password
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    printf '%s\n' "$password" > "$dir/pw"
    # TLS: a CA and a server certificate for localhost (not for 127.0.0.1, so verify-full can fail).
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=sterk test CA" \
        -keyout "$dir/ca.key" -out "$dir/ca.crt" >/dev/null 2>&1
    openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$dir/server.key" -out "$dir/server.csr" >/dev/null 2>&1
    printf 'subjectAltName=DNS:localhost\n' > "$dir/san.ext"
    openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial -days 2 \
        -extfile "$dir/san.ext" -out "$dir/server.crt" >/dev/null 2>&1
    chmod 600 "$dir/server.key"
    if [[ $(id -u) == 0 ]]; then chown postgres "$dir" "$dir/pw" "$dir/server.key" "$dir/server.crt"; fi
    as_server "$bindir/initdb" -D "$dir/data" -U sterk_beheer --pwfile="$dir/pw" -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 -o \
        "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c ssl=on -c ssl_cert_file=$dir/server.crt -c ssl_key_file=$dir/server.key -c max_connections=200" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    for role in sterk_eigenaar sterk_schrijver sterk_lezer; do
        as_server "$bindir/psql" -h "$dir" -p "$port" -U sterk_beheer -d postgres -qAt -v ON_ERROR_STOP=1 \
            -c "CREATE ROLE $role LOGIN PASSWORD '$password'" >/dev/null
    done
    umask 077
    printf '*:*:*:%s:%s\n' sterk_beheer "$password" sterk_eigenaar "$password" sterk_schrijver "$password" sterk_lezer "$password" > "$dir/pgpass"
    echo "export STERK_PG_CLUSTER='$dir'"
    echo "export PGPASSFILE='$dir/pgpass'"
    echo "export STERK_TEST_POSTGRES='postgres://sterk_beheer@127.0.0.1:$port/postgres'"
    echo "export STERK_TEST_PG_CA='$dir/ca.crt'"
}

case ${1:-start} in
    start) start ;;
    stop) stop "${2:?pg-test-cluster stop DIR}" ;;
    *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
