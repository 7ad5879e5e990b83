#!/usr/bin/env bash
# The two database roles of docs/security.md ("Database writers") on the local server (trust auth): a database
# (default `relocation`), the owner role `relocation_owner` that runs the migrations and the runtime role
# `relocation_app` that may only append and read history. Prints the settings to start the engine with.
#   bash infra/postgres-local/roles.sh [database]
# In production run `pnpm relocation db-roles --admin-url <url>` with real passwords in both URLs instead.
set -euo pipefail
cd "$(dirname "$0")/../.."
database="${1:-relocation}"
server="127.0.0.1:5432"
if ! psql -h 127.0.0.1 -U postgres -d postgres -tAc "select 1 from pg_database where datname = '${database}'" | grep -q 1; then
  psql -h 127.0.0.1 -U postgres -d postgres -c "create database \"${database}\""
fi
export DATABASE_URL="postgres://relocation_app@${server}/${database}"
export MIGRATION_DATABASE_URL="postgres://relocation_owner@${server}/${database}"
pnpm -s relocation db-roles --admin-url "postgres://postgres@${server}/${database}"
echo
echo "export EVENT_STORE=postgres DATABASE_URL=${DATABASE_URL} MIGRATION_DATABASE_URL=${MIGRATION_DATABASE_URL}"
