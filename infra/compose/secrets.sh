#!/bin/sh
# One-shot (service "secrets"): makes this stack's keys on its first start, into the "secrets" volume, never into an
# image or this repository. A local CA and a TLS certificate for Keycloak (the API takes an identity provider's key
# set over https only), the checkpoint signing key (Ed25519), one key-encryption key, the metrics token and the
# key of the statistics' household pseudonyms. A rerun
# keeps what exists. The files belong to uid 1000, the user the services run as.
set -eu
cd /secrets
umask 077
if [ ! -f ca.pem ]; then
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 825 -subj "/CN=relocation compose CA" \
    -keyout ca.key -out ca.pem
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=keycloak" \
    -keyout keycloak.key -out keycloak.csr
  printf 'subjectAltName=DNS:keycloak,DNS:localhost\nextendedKeyUsage=serverAuth\n' >keycloak.ext
  openssl x509 -req -in keycloak.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 825 -extfile keycloak.ext \
    -out keycloak.crt
  rm -f ca.key keycloak.csr keycloak.ext ca.srl
fi
[ -f signing-key.pem ] || openssl genpkey -algorithm ed25519 -out signing-key.pem
[ -f kek-k1 ] || printf 'k1:%s' "$(openssl rand -base64 32)" >kek-k1
[ -f metrics-token ] || openssl rand -hex 32 | tr -d '\n' >metrics-token
[ -f statistics-pseudonym-key ] || openssl rand -hex 32 | tr -d '\n' >statistics-pseudonym-key
chmod 0444 ca.pem keycloak.crt
chmod 0400 keycloak.key signing-key.pem kek-k1 metrics-token statistics-pseudonym-key
chown 1000:1000 keycloak.key signing-key.pem kek-k1 metrics-token statistics-pseudonym-key
