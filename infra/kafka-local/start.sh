#!/usr/bin/env bash
# Starts a single-node Apache Kafka broker (KRaft, no ZooKeeper, no Docker) on 127.0.0.1 for development and CI.
# The broker's jars come from Maven Central through pom.xml. Each start formats a fresh, empty data directory unless
# KAFKA_LOCAL_KEEP_DATA=1 and the data directory was formatted before (then topics and messages survive a restart).
# Idempotent: when the broker is already running it says so and exits 0. See README.md for the settings.
set -euo pipefail
source "$(dirname "$0")/common.sh"

timeout_s="${KAFKA_LOCAL_TIMEOUT:-120}"
heap="${KAFKA_LOCAL_HEAP:--Xms256m -Xmx512m}"
m2="${KAFKA_LOCAL_M2:-}"
kafka_version=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "${kafka_local_dir}/pom.xml")
started_at=${SECONDS}

take_lock

if pid=$(running_pid); then
  running_port=$(sed -n 's|^advertised.listeners=PLAINTEXT://127.0.0.1:\([0-9]*\)$|\1|p' "${work_dir}/server.properties")
  echo "Kafka is already running (pid ${pid}); bootstrap servers: 127.0.0.1:${running_port}"
  if [ "${running_port}" != "${port}" ]; then
    echo "kafka-local: it listens on ${running_port}, not on the requested ${port}; run stop.sh first to change ports" >&2
    exit 1
  fi
  exit 0
fi
rm -f "${pid_file}"

for p in "${port}" "${controller_port}"; do
  if port_open "${p}"; then
    echo "kafka-local: port 127.0.0.1:${p} is taken by another process; set KAFKA_LOCAL_PORT to use other ports" >&2
    exit 1
  fi
done

# A fresh CI machine may lack Java and Maven: install Debian's packages when we can (as root with apt-get).
if ! command -v java >/dev/null || ! command -v mvn >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "kafka-local: installing Java 17 and Maven from Debian's packages"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless maven >/dev/null
  fi
fi
for tool in java mvn flock; do
  command -v "${tool}" >/dev/null || { echo "kafka-local: '${tool}' is not installed (needs Java 17+ and Maven 3.8+)" >&2; exit 1; }
done

# 1. Resolve the jars once; re-resolve when pom.xml or the Maven repository location changes.
stamp="$(sha256sum "${kafka_local_dir}/pom.xml" | cut -d' ' -f1) ${m2}"
if [ ! -f "${lib_dir}/.resolved" ] || [ "$(cat "${lib_dir}/.resolved")" != "${stamp}" ]; then
  echo "kafka-local: resolving Apache Kafka ${kafka_version} from Maven Central${m2:+ into ${m2}}"
  rm -rf "${lib_dir}"
  if ! mvn -q -B -Dstyle.color=never ${m2:+"-Dmaven.repo.local=${m2}"} -f "${kafka_local_dir}/pom.xml" \
    dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="${lib_dir}" >"${work_dir}/mvn.log" 2>&1; then
    cat "${work_dir}/mvn.log" >&2
    echo "kafka-local: could not resolve the Kafka jars (output above, also in ${work_dir}/mvn.log)" >&2
    exit 1
  fi
  echo "${stamp}" >"${lib_dir}/.resolved"
fi

tool_opts=(-Xmx256m -XX:TieredStopAtLevel=1 "-Dlog4j.configuration=file:${kafka_local_dir}/tools-log4j.properties")

# 2. A fresh data directory, formatted with a random cluster id (22 characters of URL-safe base64, like Kafka's own).
#    With KAFKA_LOCAL_KEEP_DATA=1 an already formatted data directory is kept as it is (same ports required).
sed -e "s|@PORT@|${port}|g" -e "s|@CONTROLLER_PORT@|${controller_port}|g" -e "s|@DATA_DIR@|${data_dir}|g" \
  "${kafka_local_dir}/server.properties.template" >"${work_dir}/server.properties"
if [ "${KAFKA_LOCAL_KEEP_DATA:-0}" = 1 ] && [ -f "${data_dir}/meta.properties" ]; then
  echo "kafka-local: keeping the data directory ${data_dir} (KAFKA_LOCAL_KEEP_DATA=1)"
else
  rm -rf "${data_dir}" "${work_dir}/logs"
  cluster_id=-
  while [ "${cluster_id#-}" != "${cluster_id}" ]; do
    cluster_id=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
  done
  java "${tool_opts[@]}" -cp "${lib_dir}/*" kafka.tools.StorageTool format \
    --cluster-id "${cluster_id}" --config "${work_dir}/server.properties" >/dev/null
fi

# 3. The broker, detached from this shell's session, logging to .work/broker.log. It must not inherit the lock (fd 9).
# shellcheck disable=SC2086 # KAFKA_LOCAL_HEAP holds several options
setsid java -server ${heap} -XX:+UseG1GC -Djava.awt.headless=true \
  "-Dlog4j.configuration=file:${kafka_local_dir}/log4j.properties" "-Dkafka.logs.dir=${work_dir}/logs" \
  -cp "${lib_dir}/*" kafka.Kafka "${work_dir}/server.properties" >"${log_file}" 2>&1 </dev/null 9>&- &
broker_pid=$!
echo "${broker_pid}" >"${pid_file}"

fail() {
  echo "kafka-local: $*" >&2
  echo "---- last lines of ${log_file} ----" >&2
  tail -n 60 "${log_file}" >&2 || true
  if kill -0 "${broker_pid}" 2>/dev/null; then kill -KILL "${broker_pid}" 2>/dev/null || true; fi
  rm -f "${pid_file}"
  exit 1
}

deadline=$((SECONDS + timeout_s))
check_progress() {
  kill -0 "${broker_pid}" 2>/dev/null || fail "the broker exited during startup"
  [ "${SECONDS}" -lt "${deadline}" ] || fail "the broker was not ready within ${timeout_s}s (KAFKA_LOCAL_TIMEOUT)"
}

# 4. Ready means: the client port accepts connections and the broker answers a metadata request (topic list),
#    which it only does after it has caught up with the metadata log and been unfenced by the controller.
until port_open "${port}"; do
  check_progress
  sleep 0.5
done
printf 'default.api.timeout.ms=5000\nrequest.timeout.ms=4000\n' >"${work_dir}/readiness.properties"
until timeout 30 java "${tool_opts[@]}" -cp "${lib_dir}/*" org.apache.kafka.tools.TopicCommand \
  --bootstrap-server "${bootstrap}" --command-config "${work_dir}/readiness.properties" --list \
  >/dev/null 2>>"${work_dir}/readiness.log"; do
  check_progress
  sleep 1
done

echo "Kafka ${kafka_version} (KRaft) is ready after $((SECONDS - started_at))s; pid ${broker_pid}, log ${log_file}"
echo "bootstrap servers: ${bootstrap}   (export KAFKA_BROKERS=${bootstrap})"
