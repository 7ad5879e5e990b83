#!/usr/bin/env bash
# Everything about the deployment files that can be checked without running a container (infra/README.md, "What is
# verified here"): the Dockerfiles, the compose stack, the Helm chart and the Prometheus rules and configurations.
set -euo pipefail
cd "$(dirname "$0")/../.."
node infra/validate/dockerfiles.mjs
node infra/validate/compose.mjs
bash infra/validate/helm.sh
bash infra/validate/prometheus.sh
