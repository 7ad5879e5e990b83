#!/usr/bin/env bash
# One-shot setup of the compose stack's broker, run in the Kafka image before the broker starts (service
# kafka-setup): a local CA and a broker certificate for the host name "kafka", server.properties, and a data
# directory formatted with the SCRAM users (admin, relay and the sample organisations). Kept across restarts: a
# formatted data directory is left as it is. Passwords come from the environment (see infra/compose/.env.example).
set -euo pipefail
: "${KAFKA_ADMIN_PASSWORD:?}" "${KAFKA_RELAY_PASSWORD:?}" "${KAFKA_ORG_PASSWORD:?}" "${KAFKA_KEYSTORE_PASSWORD:?}"
mkdir -p /kafka/tls /kafka/data /kafka/config
cd /kafka/tls
if [ ! -f broker.p12 ]; then
  kt() { keytool -storepass "${KAFKA_KEYSTORE_PASSWORD}" -storetype PKCS12 "$@"; }
  kt -genkeypair -keystore ca.p12 -alias ca -keyalg EC -groupname secp256r1 -validity 825 \
    -dname "CN=relocation compose CA" -ext bc:c
  kt -exportcert -keystore ca.p12 -alias ca -rfc -file ca.pem
  kt -genkeypair -keystore broker.p12 -alias broker -keyalg EC -groupname secp256r1 -validity 825 -dname "CN=kafka"
  kt -certreq -keystore broker.p12 -alias broker |
    kt -gencert -keystore ca.p12 -alias ca -validity 825 -rfc -ext "SAN=dns:kafka,dns:localhost" \
      -ext "EKU=serverAuth,clientAuth" >broker.pem
  kt -importcert -keystore broker.p12 -alias ca -file ca.pem -noprompt
  kt -importcert -keystore broker.p12 -alias broker -file broker.pem
  rm ca.p12
fi
sed -e "s|@ADMIN_PASSWORD@|${KAFKA_ADMIN_PASSWORD}|g" -e "s|@KEYSTORE_PASSWORD@|${KAFKA_KEYSTORE_PASSWORD}|g" \
  /setup/server.properties.template >/kafka/config/server.properties
cat >/kafka/config/admin.properties <<PROPERTIES
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}";
ssl.truststore.type=PEM
ssl.truststore.location=/kafka/tls/ca.pem
PROPERTIES
chmod 0600 /kafka/config/*.properties
if [ ! -f /kafka/data/meta.properties ]; then
  scram=(--add-scram "SCRAM-SHA-512=[name=admin,password=${KAFKA_ADMIN_PASSWORD}]"
    --add-scram "SCRAM-SHA-512=[name=relay,password=${KAFKA_RELAY_PASSWORD}]")
  for org in ${KAFKA_ORGANISATIONS}; do
    scram+=(--add-scram "SCRAM-SHA-512=[name=${org},password=${KAFKA_ORG_PASSWORD}]")
  done
  /opt/kafka/bin/kafka-storage.sh format --cluster-id "$(/opt/kafka/bin/kafka-storage.sh random-uuid)" \
    --config /kafka/config/server.properties "${scram[@]}"
fi
