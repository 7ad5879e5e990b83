# syntax=docker/dockerfile:1
# The api service: the HTTP API and the operator console it serves.
# Build from the repository root: docker build -f infra/docker/api.Dockerfile -t relocation-api .
# Runs the bundled dist/main.js with plain node as the unprivileged user "node" (uid 1000). The root filesystem can
# be read-only: the process writes only to DATA_DIR (/data, mount a volume or an emptyDir there) and /tmp.
# No secrets are baked in: database URLs, key-encryption keys and signing keys come from the environment or mounted
# files at run time.

# Node 24 LTS: Node 20's support ended on 2026-04-30. The repository still supports Node 20 for development;
# .ci/run checks the compiled services on both.
ARG NODE_IMAGE=node:24.22-bookworm-slim

FROM ${NODE_IMAGE} AS build
ENV PNPM_HOME=/pnpm CI=true
RUN npm install --global --no-fund --no-audit pnpm@10.34.8
WORKDIR /src
COPY . .
RUN pnpm install --frozen-lockfile
RUN pnpm --filter @relocation/console build
RUN pnpm --filter @relocation/api build \
 && pnpm --filter @relocation/api deploy --legacy --prod /out/services/api

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production DATA_DIR=/data HOST=0.0.0.0 PORT=3000 CONSOLE_DIR=/app/services/console/dist
WORKDIR /app/services/api
COPY --from=build --chown=root:root /out/services/api /app/services/api
COPY --from=build --chown=root:root /src/services/console/dist /app/services/console/dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
STOPSIGNAL SIGTERM
# Tracing is off unless OTEL_EXPORTER_OTLP_ENDPOINT (or OTEL_TRACES_EXPORTER=otlp) is set.
CMD ["node", "--enable-source-maps", "--import", "./dist/tracing.js", "dist/main.js"]
