# Lotse on one machine: the Node server with its SQLite file on a volume.
#   docker build -t lotse .
#   docker run -d --name lotse -p 8787:8787 -v lotse-data:/data lotse
# Configuration as in the README's table, with -e NAME=value (secrets: --env-file).

# Node 22 (LTS until April 2027). Not yet 24: from 24.19 on, better-sqlite3 12 (the last version that
# installs on Node 20, which CI still runs) aborts when a statement is garbage-collected unless it is
# compiled against Node ≤ 24.18 headers (nodejs/node#65446; .ci/node24.sh does that for the tests).
ARG NODE_IMAGE=node:22-bookworm-slim

# Build tools for better-sqlite3: npm compiles it from source when no prebuilt binary can be fetched.
FROM ${NODE_IMAGE} AS toolchain
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./

# The server as plain JavaScript (scripts/build-server.ts): src/ transpiled module by module, the
# migrations beside it, the widget and inbox bundles in build/dist.
FROM toolchain AS build
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY scripts ./scripts
RUN npm run build:server

# What runs: the production dependencies only (no TypeScript loader, test or Cloudflare tooling).
FROM toolchain AS dependencies
RUN npm ci --omit=dev --no-audit --no-fund

FROM ${NODE_IMAGE}
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8787 \
    LOTSE_DB_PATH=/data/lotse.db \
    LOTSE_KNOWLEDGE_DIR=/app/knowledge
WORKDIR /app
COPY --from=dependencies /app/node_modules ./node_modules
COPY --from=build /app/build ./
COPY package.json ./
COPY knowledge ./knowledge
# The SQLite file (WAL: lotse.db, -wal, -shm) lives on the volume, owned by the unprivileged user
# the server runs as (`node`, uid 1000, from the base image); the code stays read-only to it.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 8787
# /healthz answers once the knowledge base is loaded; the image has no curl, Node's fetch does it.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8787)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM (docker stop) closes the server and the database cleanly (src/main.ts).
CMD ["node", "src/main.js"]
