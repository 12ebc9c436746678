# Build the plugin with Node, then serve dist/ with an unprivileged nginx (see deploy/).
FROM registry.access.redhat.com/ubi9/nodejs-20:latest AS build
USER root
WORKDIR /usr/src/app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:schema && npm run build:plugin

FROM registry.access.redhat.com/ubi9/nginx-124:latest
COPY --from=build /usr/src/app/dist /usr/share/nginx/html
# The image's nginx user; the Deployment also enforces runAsNonRoot.
USER 1001
EXPOSE 9443
ENTRYPOINT ["nginx", "-g", "daemon off;"]
