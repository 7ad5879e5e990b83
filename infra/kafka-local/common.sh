# Shared by start.sh and stop.sh (sourced, not run): paths, settings and small helpers.
kafka_local_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# KAFKA_LOCAL_WORK_DIR gives a second broker (another port) its own data, pid, log and lock files; the jars are
# shared in the default work directory so that they are resolved only once.
default_work_dir="${kafka_local_dir}/.work"
work_dir="${KAFKA_LOCAL_WORK_DIR:-${default_work_dir}}"
work_dir="$(mkdir -p "${work_dir}" && cd "${work_dir}" && pwd)"
lib_dir="${default_work_dir}/lib"
data_dir="${work_dir}/data"
pid_file="${work_dir}/kafka.pid"
log_file="${work_dir}/broker.log"
lock_file="${work_dir}/kafka-local.lock"
# Secrets of this instance (mode 0600, kept across restarts): one "user=password" line per SCRAM user, the admin's
# client settings for the Java tools, and kafka.env, the shell exports for clients (source it). The TLS material
# (tls/ca.pem is the CA clients trust; the broker certificate is for 127.0.0.1 and localhost, any port) is made once
# in the default work directory and shared by every instance, like the jars.
credentials_file="${work_dir}/credentials.properties"
tls_dir="${default_work_dir}/tls"
admin_properties="${work_dir}/admin.properties"
env_file="${work_dir}/kafka.env"

port="${KAFKA_LOCAL_PORT:-19092}"
controller_port="${KAFKA_LOCAL_CONTROLLER_PORT:-$((port + 1))}"
bootstrap="127.0.0.1:${port}"

# Holds an exclusive lock on fd 9 until the script exits, so that two starts (or a start and a stop) from the same
# work tree never interleave.
take_lock() {
  mkdir -p "${work_dir}"
  exec 9>"${lock_file}"
  flock 9
}

# Prints the broker's pid when the pid file names a live broker process started from this directory.
running_pid() {
  [ -f "${pid_file}" ] || return 1
  local pid
  pid=$(cat "${pid_file}")
  [ -n "${pid}" ] && kill -0 "${pid}" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/${pid}/cmdline" 2>/dev/null | grep -q "kafka.Kafka ${work_dir}/server.properties" || return 1
  echo "${pid}"
}

port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
