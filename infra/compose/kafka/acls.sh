#!/usr/bin/env bash
# One-shot ACLs once the broker answers (service kafka-acls), as infra/kafka-local/start.sh makes them: the relay
# writes every notification topic and owns the police topic and its consumer groups; each organisation reads only
# relocation.notifications.v1.<its id> with groups named <its id>...; a police region writes the police topic.
# --force makes a rerun harmless.
set -euo pipefail
acl() {
  /opt/kafka/bin/kafka-acls.sh --bootstrap-server kafka:9093 --command-config /kafka/config/admin.properties \
    --add --force "$@"
}
acl --allow-principal User:relay --resource-pattern-type prefixed --producer --consumer --idempotent \
  --topic relocation.notifications.v1. --topic police.threat-assessments.v1 --group relocation-relay
for org in ${KAFKA_ORGANISATIONS}; do
  acl --allow-principal "User:${org}" --resource-pattern-type prefixed --consumer \
    --topic "relocation.notifications.v1.${org}" --group "${org}"
  case "${org}" in
    police-*)
      acl --allow-principal "User:${org}" --resource-pattern-type literal --producer --idempotent \
        --topic police.threat-assessments.v1
      ;;
  esac
done
