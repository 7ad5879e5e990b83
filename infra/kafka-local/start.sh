#!/usr/bin/env bash
# Starts a single-node Apache Kafka broker (KRaft, no ZooKeeper, no Docker) on 127.0.0.1 for development and CI,
# secured like production: TLS (a local CA made here) and SASL/SCRAM-SHA-512 on the only client listener, ACLs on
# (StandardAuthorizer, admin the only super user), SCRAM users for the admin, the relay and a few organisations, and
# ACLs so that each organisation reads only its own notification topic. The broker's jars come from Maven Central
# through pom.xml. Each start formats a fresh, empty data directory unless
# KAFKA_LOCAL_KEEP_DATA=1 and the data directory was formatted before (then topics and messages survive a restart).
# Idempotent: when the broker is already running it says so and exits 0. See README.md for the settings.
set -euo pipefail
source "$(dirname "$0")/common.sh"

timeout_s="${KAFKA_LOCAL_TIMEOUT:-180}"
heap="${KAFKA_LOCAL_HEAP:--Xms256m -Xmx512m}"
m2="${KAFKA_LOCAL_M2:-}"
kafka_version=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "${kafka_local_dir}/pom.xml")
started_at=${SECONDS}

take_lock

if pid=$(running_pid); then
  running_port=$(sed -n 's|^advertised.listeners=SASL_SSL://127.0.0.1:\([0-9]*\)$|\1|p' "${work_dir}/server.properties")
  echo "Kafka is already running (pid ${pid}); bootstrap servers: 127.0.0.1:${running_port}"
  echo "client settings (admin): source ${env_file}"
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
for tool in java keytool mvn flock; do
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

tool_opts=(-Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "-Dlog4j.configuration=file:${kafka_local_dir}/tools-log4j.properties")

# 2. Users and secrets, made once per work directory and kept across restarts (so exported settings stay valid).
#    Users: admin (super user), relay, and one per organisation in KAFKA_LOCAL_ORGANISATIONS, named by the
#    organisation id with ":" replaced by "-" (municipality:0180 -> municipality-0180), like its topic.
# An empty KAFKA_LOCAL_ORGANISATIONS makes only the admin and the relay (a faster start for a throwaway broker).
organisations="${KAFKA_LOCAL_ORGANISATIONS-municipality:0180 municipality:2480 police:stockholm coordinator:national}"
org_users=()
for organisation in ${organisations}; do
  [[ "${organisation}" =~ ^(municipality:[0-9]{4}|police:[a-z]+|coordinator:national)$ ]] \
    || { echo "kafka-local: '${organisation}' in KAFKA_LOCAL_ORGANISATIONS is not an organisation id" >&2; exit 1; }
  org_users+=("${organisation/:/-}")
done
users=(admin relay "${org_users[@]}")
secret() { head -c 32 /dev/urandom | base64 -w0 | tr -dc 'A-Za-z0-9' | cut -c1-24; }
umask 077
touch "${credentials_file}"
for user in "${users[@]}"; do
  grep -q "^${user}=" "${credentials_file}" || echo "${user}=$(secret)" >>"${credentials_file}"
done
password_of() { sed -n "s/^$1=//p" "${credentials_file}"; }
admin_password=$(password_of admin)

# 3. TLS: a CA and a broker certificate for 127.0.0.1/localhost signed by it, made once with keytool (part of Java)
#    and shared by every instance (a lock on fd 8 keeps two first starts from making it twice).
mkdir -p "${tls_dir}"
exec 8>"${default_work_dir}/tls.lock"
flock 8
if [ ! -f "${tls_dir}/broker.p12" ] || [ ! -f "${tls_dir}/ca.pem" ] || [ ! -f "${tls_dir}/keystore.password" ]; then
  echo "kafka-local: making a local CA and a broker certificate (${tls_dir})"
  rm -f "${tls_dir}"/*
  secret >"${tls_dir}/keystore.password"
  store_password=$(cat "${tls_dir}/keystore.password")
  kt() { keytool -J-XX:TieredStopAtLevel=1 -storepass "${store_password}" -storetype PKCS12 "$@"; }
  kt -genkeypair -keystore "${tls_dir}/ca.p12" -alias ca -keyalg EC -groupname secp256r1 -validity 3650 \
    -dname "CN=kafka-local CA" -ext bc:c >/dev/null 2>&1
  kt -exportcert -keystore "${tls_dir}/ca.p12" -alias ca -rfc -file "${tls_dir}/ca.pem" >/dev/null 2>&1
  kt -genkeypair -keystore "${tls_dir}/broker.p12" -alias broker -keyalg EC -groupname secp256r1 -validity 3650 \
    -dname "CN=localhost" >/dev/null 2>&1
  kt -certreq -keystore "${tls_dir}/broker.p12" -alias broker \
    | kt -gencert -keystore "${tls_dir}/ca.p12" -alias ca -validity 3650 -rfc \
      -ext "SAN=ip:127.0.0.1,dns:localhost" -ext "EKU=serverAuth,clientAuth" >"${tls_dir}/broker.pem"
  kt -importcert -keystore "${tls_dir}/broker.p12" -alias ca -file "${tls_dir}/ca.pem" -noprompt >/dev/null 2>&1
  kt -importcert -keystore "${tls_dir}/broker.p12" -alias broker -file "${tls_dir}/broker.pem" >/dev/null 2>&1
fi
keystore_password=$(cat "${tls_dir}/keystore.password")
flock -u 8
exec 8>&-

jaas() { echo "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"$1\" password=\"$(password_of "$1")\";"; }
cat >"${admin_properties}" <<PROPERTIES
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=$(jaas admin)
ssl.truststore.type=PEM
ssl.truststore.location=${tls_dir}/ca.pem
PROPERTIES
# The readiness probe gives up after 20 s and tries again (a TLS and SCRAM handshake from a cold JVM is slow on a
# loaded machine); the other tools wait as long as Kafka's defaults say.
{ cat "${admin_properties}"; printf 'default.api.timeout.ms=20000\nrequest.timeout.ms=15000\n'; } \
  >"${work_dir}/readiness.properties"

# 4. A fresh data directory, formatted with a random cluster id (22 characters of URL-safe base64, like Kafka's own)
#    and the SCRAM users. With KAFKA_LOCAL_KEEP_DATA=1 an already formatted data directory is kept as it is (same
#    ports required; its users and ACLs were made when it was formatted).
sed -e "s|@PORT@|${port}|g" -e "s|@CONTROLLER_PORT@|${controller_port}|g" -e "s|@DATA_DIR@|${data_dir}|g" \
  -e "s|@TLS_DIR@|${tls_dir}|g" -e "s|@ADMIN_PASSWORD@|${admin_password}|g" \
  -e "s|@KEYSTORE_PASSWORD@|${keystore_password}|g" \
  "${kafka_local_dir}/server.properties.template" >"${work_dir}/server.properties"
fresh=1
if [ "${KAFKA_LOCAL_KEEP_DATA:-0}" = 1 ] && [ -f "${data_dir}/meta.properties" ]; then
  echo "kafka-local: keeping the data directory ${data_dir} (KAFKA_LOCAL_KEEP_DATA=1)"
  fresh=0
else
  rm -rf "${data_dir}" "${work_dir}/logs"
  cluster_id=-
  while [ "${cluster_id#-}" != "${cluster_id}" ]; do
    cluster_id=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
  done
  scram_args=()
  for user in "${users[@]}"; do
    scram_args+=(--add-scram "SCRAM-SHA-512=[name=${user},password=$(password_of "${user}")]")
  done
  java "${tool_opts[@]}" -cp "${lib_dir}/*" kafka.tools.StorageTool format \
    --cluster-id "${cluster_id}" --config "${work_dir}/server.properties" "${scram_args[@]}" >/dev/null
fi
umask 022

# 5. The broker, detached from this shell's session, logging to .work/broker.log. It must not inherit the lock (fd 9).
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

# 6. Ready means: the client port accepts connections and the broker answers a metadata request (topic list),
#    which it only does after it has caught up with the metadata log and been unfenced by the controller.
until port_open "${port}"; do
  check_progress
  sleep 0.5
done
until timeout 60 java "${tool_opts[@]}" -cp "${lib_dir}/*" org.apache.kafka.tools.TopicCommand \
  --bootstrap-server "${bootstrap}" --command-config "${work_dir}/readiness.properties" --list \
  >/dev/null 2>>"${work_dir}/readiness.log"; do
  check_progress
  sleep 1
done

# 7. ACLs, once per formatted data directory. Prefixed patterns: the relay writes every notification topic and owns
#    the police topics and its consumer groups; each organisation reads only relocation.notifications.v1.<its id>
#    and uses consumer groups named <its id>...; a police region writes police.threat-assessments.v1.
if [ "${fresh}" = 1 ]; then
  acl() {
    java "${tool_opts[@]}" -cp "${lib_dir}/*" kafka.admin.AclCommand --bootstrap-server "${bootstrap}" \
      --command-config "${admin_properties}" --add --force "$@" >>"${work_dir}/acls.log" 2>&1
  }
  : >"${work_dir}/acls.log"
  acl_pids=()
  acl --allow-principal User:relay --resource-pattern-type prefixed --producer --consumer --idempotent \
    --topic relocation.notifications.v1. --topic police.threat-assessments.v1 --group relocation-relay &
  acl_pids+=($!)
  for user in "${org_users[@]}"; do
    acl --allow-principal "User:${user}" --resource-pattern-type prefixed --consumer \
      --topic "relocation.notifications.v1.${user}" --group "${user}" &
    acl_pids+=($!)
    if [[ "${user}" == police-* ]]; then
      acl --allow-principal "User:${user}" --resource-pattern-type literal --producer --idempotent \
        --topic police.threat-assessments.v1 &
      acl_pids+=($!)
    fi
  done
  for acl_pid in "${acl_pids[@]}"; do
    wait "${acl_pid}" || fail "could not create the ACLs (see ${work_dir}/acls.log)"
  done
fi

# 8. Client settings for the admin (tests and tools): kafka.env, to source.
cat >"${env_file}" <<ENV
export KAFKA_BROKERS=${bootstrap}
export KAFKA_SASL_MECHANISM=scram-sha-512
export KAFKA_SASL_USERNAME=admin
export KAFKA_SASL_PASSWORD=${admin_password}
export KAFKA_TLS=on
export KAFKA_TLS_CA_FILE=${tls_dir}/ca.pem
export KAFKA_LOCAL_CREDENTIALS=${credentials_file}
ENV
chmod 600 "${env_file}"

echo "Kafka ${kafka_version} (KRaft, SASL_SSL, ACLs) is ready after $((SECONDS - started_at))s; pid ${broker_pid}, log ${log_file}"
echo "bootstrap servers: ${bootstrap}; users: ${users[*]} (passwords in ${credentials_file})"
echo "client settings (admin): source ${env_file}"
