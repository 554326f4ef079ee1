#!/usr/bin/env bash
# Services the tests need, installed from Debian's packages and started on loopback. Sourced by .ci/run.

install_packages() {
  local wanted=(postgresql chromium)
  local missing=()
  for p in "${wanted[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  check_chromium
}

# The console's browser tests drive Debian's Chromium through Playwright's bundled driver; Playwright must never try
# to download a browser of its own (that fails here). Fail early, with the reason, if Chromium cannot start headless.
check_chromium() {
  export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 DEPLOYBOT_CHROMIUM=/usr/bin/chromium
  if ! timeout 60 "$DEPLOYBOT_CHROMIUM" --headless --no-sandbox --disable-gpu --dump-dom about:blank >/dev/null 2>&1; then
    echo "Chromium at $DEPLOYBOT_CHROMIUM does not start headless; the console's browser tests need it." >&2
    return 1
  fi
}

# Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground, pinned by package-lock.json) for the Teams
# client test in tests/DeployBot.Host.Tests/Playground: installed with the machine's Node.js and npm (Debian's when the
# machine has none), from the npm registry only, into that folder's node_modules (never committed).
install_playground() {
  local dir=tests/DeployBot.Host.Tests/Playground/AgentsPlayground
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
  fi
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  if [ ! -f "$dir/node_modules/@microsoft/m365agentsplayground/cli.js" ]; then
    echo "npm ci in $dir did not install the Agents Playground; the Teams client test needs it." >&2
    return 1
  fi
}

# Adds a command to the sourcing shell's EXIT trap without replacing what is already there.
add_exit_trap() {
  local added=$1 existing=""
  # `trap -p` prints a re-usable quoted command; eval unquotes it so quotes inside survive.
  eval "set -- $(trap -p EXIT)"
  if [ $# -ge 3 ]; then existing=$3; fi
  # shellcheck disable=SC2064 # expand now: the caller's locals are gone when the trap fires
  trap "${existing:+$existing; }$added" EXIT
}

# Starts a throw-away PostgreSQL cluster on 127.0.0.1:55432 and exports DEPLOYBOT_TEST_POSTGRES (an Npgsql
# connection string) for the tests; psql can use DEPLOYBOT_TEST_POSTGRES_URL. The cluster is stopped and removed
# when the sourcing shell exits (so it lives until .ci/run has finished the tests).
start_postgres() {
  local bin dir=/tmp/deploybot-ci-pg port=55432
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  # A cluster left by an interrupted run would hold the port: stop it before starting afresh.
  if [ -f "$dir/data/postmaster.pid" ]; then
    su postgres -c "$bin/pg_ctl -D $dir/data -m immediate stop" >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"; mkdir -p "$dir"; chown postgres "$dir"
  su postgres -c "$bin/initdb -D $dir/data -A trust -U postgres" >/dev/null
  su postgres -c "$bin/pg_ctl -D $dir/data -o '-k $dir -h 127.0.0.1 -p $port -c max_connections=300' -l $dir/log -w start" >/dev/null
  add_exit_trap "su postgres -c '$bin/pg_ctl -D $dir/data -m fast stop' >/dev/null 2>&1 || true; rm -rf '$dir'"
  export DEPLOYBOT_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  export DEPLOYBOT_TEST_POSTGRES_URL="postgresql://postgres@127.0.0.1:$port/postgres"
}
