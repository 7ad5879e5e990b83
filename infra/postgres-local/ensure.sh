# Sourced by .ci/run: make sure a PostgreSQL server answers on 127.0.0.1:5432 (trust auth), starting the
# machine's cluster, or installing Debian's package, when it does not. An explicit DATABASE_URL is left alone.
if [ -n "${DATABASE_URL:-}" ]; then
  echo "using DATABASE_URL from the environment"
elif pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1; then
  echo "PostgreSQL is running on 127.0.0.1:5432"
else
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    echo "installing PostgreSQL from Debian's packages"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    pg_conf=$(ls -d /etc/postgresql/*/main | head -n 1)
    sed -i 's/^\(host\s\+all\s\+all\s\+127.0.0.1\/32\s\+\)\S\+/\1trust/' "${pg_conf}/pg_hba.conf"
    sed -i 's/^\(local\s\+all\s\+postgres\s\+\)\S\+/\1trust/' "${pg_conf}/pg_hba.conf"
  fi
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1 && break; sleep 1; done
  pg_isready -h 127.0.0.1 -p 5432
  psql -h 127.0.0.1 -U postgres -tc "select 1 from pg_database where datname = 'test'" | grep -q 1 ||
    psql -h 127.0.0.1 -U postgres -c 'create database test'
fi
