#!/usr/bin/env bash
# Stops the broker started by start.sh: SIGTERM for a clean shutdown, SIGKILL when it has not exited within
# KAFKA_LOCAL_STOP_TIMEOUT seconds (default 30). Removes the pid file. Exits 0 when nothing was running.
set -euo pipefail
source "$(dirname "$0")/common.sh"

stop_timeout_s="${KAFKA_LOCAL_STOP_TIMEOUT:-30}"

take_lock

if ! pid=$(running_pid); then
  rm -f "${pid_file}"
  echo "Kafka is not running"
  exit 0
fi

echo "stopping Kafka (pid ${pid})"
kill -TERM "${pid}" 2>/dev/null || true
deadline=$((SECONDS + stop_timeout_s))
while kill -0 "${pid}" 2>/dev/null && [ "${SECONDS}" -lt "${deadline}" ]; do
  sleep 0.5
done
if kill -0 "${pid}" 2>/dev/null; then
  echo "Kafka did not stop within ${stop_timeout_s}s; sending SIGKILL" >&2
  kill -KILL "${pid}" 2>/dev/null || true
  while kill -0 "${pid}" 2>/dev/null; do sleep 0.2; done
fi
rm -f "${pid_file}"
echo "Kafka stopped"
