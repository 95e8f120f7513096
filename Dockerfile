# syntax=docker/dockerfile:1
# Production image for apps/api (it also serves the built admin SPA under /admin).
#   docker build -t ledgerbridge-api .        (or: docker compose up --build)

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- base: the npm the lockfile was written with ---------------------------------------------
FROM ${NODE_IMAGE} AS base
ENV TURBO_TELEMETRY_DISABLED=1 \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false
# package.json pins packageManager npm@11.19.1; the node:20 image ships npm 10.
RUN npm install -g npm@11.19.1
WORKDIR /app

# ---- build: install everything, compile every workspace, then drop dev dependencies ----------
FROM base AS build
# Manifests first, so the install layer is reused until a dependency changes.
COPY package.json package-lock.json ./
COPY packages/domain/package.json packages/domain/
COPY packages/connectors/package.json packages/connectors/
COPY packages/sandboxes/package.json packages/sandboxes/
COPY apps/api/package.json apps/api/
COPY apps/admin/package.json apps/admin/
RUN npm ci
COPY . .
RUN npm run build \
 && npm prune --omit=dev

# ---- runtime: compiled output and production dependencies only, as a non-root user ------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=4000
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
# Whole workspace folders: node_modules/@ledgerbridge/* are symlinks into them, each package's
# dist/ is its entry point, and any workspace-local node_modules must come along too.
COPY --from=build /app/packages ./packages
COPY --from=build /app/apps ./apps
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "apps/api/dist/main.js"]
