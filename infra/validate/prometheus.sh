#!/usr/bin/env bash
# Checks the alert rules and both Prometheus configurations with promtool, taken from Debian's prometheus package
# (downloaded once with apt-get download and unpacked under .tmp/promtool; nothing is installed or started).
# Without apt-get it says so and checks nothing.
set -euo pipefail
cd "$(dirname "$0")/../.."
work="$(pwd)/.tmp/promtool"
promtool="${work}/usr/bin/promtool"
if [ ! -x "${promtool}" ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "promtool: apt-get is not available, the Prometheus files were NOT checked" >&2
    exit 0
  fi
  mkdir -p "${work}/deb"
  (cd "${work}/deb" && { apt-get download prometheus >/dev/null 2>&1 || { apt-get update -qq && apt-get download prometheus >/dev/null; }; })
  dpkg-deb -x "${work}"/deb/prometheus_*.deb "${work}"
fi
"${promtool}" check rules infra/prometheus/alerts.yml
[ ! -f infra/prometheus/alerts.test.yml ] || "${promtool}" test rules infra/prometheus/alerts.test.yml
# The configurations name their rule file beside them and a token file: check copies laid out as deployed.
for config in infra/prometheus/prometheus.yml infra/compose/prometheus/prometheus.yml; do
  dir=$(mktemp -d "${work}/config.XXXXXX")
  cp infra/prometheus/alerts.yml "${dir}/alerts.yml"
  printf 'x%.0s' $(seq 1 40) >"${dir}/token"
  sed -e "s|credentials_file: .*|credentials_file: ${dir}/token|" "${config}" >"${dir}/prometheus.yml"
  "${promtool}" check config "${dir}/prometheus.yml"
  rm -rf "${dir}"
done
