#!/usr/bin/env bash
# A throwaway PostgreSQL for the team server's tests (tests/integration/server/): a cluster of its own in a
# temporary directory, listening on 127.0.0.1 on a free port, trusting local connections; the machine's own
# PostgreSQL clusters are not touched. Run as root (CI), the cluster belongs to the postgres user, as initdb
# refuses to run as root. Prints the connection URL, which .ci/run exports as SYMBIOGRAPH_TEST_DATABASE_URL:
#
#   export SYMBIOGRAPH_TEST_DATABASE_URL="$(scripts/testPostgres.sh)"
#
# and on standard error how to stop it. Needs Debian's postgresql package (apt-get install postgresql).
# The cluster does not fsync: it is thrown away, and what the tests kill is the Symbiograph server, never
# PostgreSQL, so its commits are safe in PostgreSQL's memory either way; with fsync, a save took 1.7 times as
# long here (12 ms against 7 ms, on a busy machine).
set -euo pipefail

bin=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
  echo "no PostgreSQL in /usr/lib/postgresql: apt-get install postgresql" >&2
  exit 1
fi
dir=$(mktemp -d /tmp/symbiograph-postgres.XXXXXX)
port=$(node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')

owner=""
if [ "$(id -u)" = 0 ]; then
  owner="runuser -u postgres -- "
  chown postgres: "$dir"
fi
as_owner() { $owner "$@"; }

as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-sync >/dev/null
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off" start >/dev/null
as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres symbiograph_test

echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') in $dir; stop it with: $owner$bin/pg_ctl -D $dir/data stop" >&2
echo "postgres://postgres@127.0.0.1:$port/symbiograph_test"
