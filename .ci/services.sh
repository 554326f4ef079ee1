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
}

# Starts a throw-away PostgreSQL cluster on 127.0.0.1:55432 and exports DEPLOYBOT_TEST_POSTGRES for the tests.
start_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  local dir=/tmp/deploybot-ci-pg
  rm -rf "$dir"; mkdir -p "$dir"; chown postgres "$dir"
  su postgres -c "$bin/initdb -D $dir/data -A trust -U postgres" >/dev/null
  su postgres -c "$bin/pg_ctl -D $dir/data -o '-k $dir -h 127.0.0.1 -p 55432' -l $dir/log -w start" >/dev/null
  trap 'su postgres -c "$bin/pg_ctl -D $dir/data -m fast stop" >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT
  export DEPLOYBOT_TEST_POSTGRES="Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres"
}
