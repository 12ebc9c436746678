#!/usr/bin/env bash
# Runs the OpenShift console in a container on :9000, loading this plugin from the plugin server on :9001.
# Prerequisites: `oc login` to a cluster, podman or docker, and `npm run build-dev && npm run serve-plugin` in another shell.
set -euo pipefail

CONSOLE_IMAGE=${CONSOLE_IMAGE:-"quay.io/openshift/origin-console:latest"}
CONSOLE_PORT=${CONSOLE_PORT:-9000}
PLUGIN_NAME="kubevirt-appliance-plugin"
PLUGIN_PORT=${PLUGIN_PORT:-9001}

echo "Starting local OpenShift console..."
BRIDGE_USER_AUTH="disabled"
BRIDGE_K8S_MODE="off-cluster"
BRIDGE_K8S_AUTH="bearer-token"
BRIDGE_K8S_MODE_OFF_CLUSTER_SKIP_VERIFY_TLS=true
BRIDGE_K8S_MODE_OFF_CLUSTER_ENDPOINT=$(oc whoami --show-server)
BRIDGE_K8S_MODE_OFF_CLUSTER_THANOS=$(oc -n openshift-config-managed get configmap monitoring-shared-config -o jsonpath='{.data.thanosPublicURL}' 2>/dev/null || true)
BRIDGE_K8S_MODE_OFF_CLUSTER_ALERTMANAGER=$(oc -n openshift-config-managed get configmap monitoring-shared-config -o jsonpath='{.data.alertmanagerPublicURL}' 2>/dev/null || true)
BRIDGE_K8S_AUTH_BEARER_TOKEN=$(oc whoami --show-token 2>/dev/null)
BRIDGE_USER_SETTINGS_LOCATION="localstorage"
BRIDGE_I18N_NAMESPACES="plugin__${PLUGIN_NAME}"

if [ -z "$BRIDGE_K8S_AUTH_BEARER_TOKEN" ]; then
  echo "No token: log in with 'oc login' first." >&2
  exit 1
fi

if [ -x "$(command -v podman)" ]; then
  if [ "$(uname -s)" = "Linux" ]; then
    BRIDGE_PLUGINS="${PLUGIN_NAME}=http://localhost:${PLUGIN_PORT}"
    RUN_ARGS=(--network=host)
  else
    BRIDGE_PLUGINS="${PLUGIN_NAME}=http://host.containers.internal:${PLUGIN_PORT}"
    RUN_ARGS=(-p "$CONSOLE_PORT:9000")
  fi
  ENGINE=podman
else
  BRIDGE_PLUGINS="${PLUGIN_NAME}=http://host.docker.internal:${PLUGIN_PORT}"
  RUN_ARGS=(-p "$CONSOLE_PORT:9000")
  ENGINE=docker
fi

echo "API server: $BRIDGE_K8S_MODE_OFF_CLUSTER_ENDPOINT"
echo "Console:    http://localhost:${CONSOLE_PORT}"
"$ENGINE" run --pull always --rm "${RUN_ARGS[@]}" \
  -e BRIDGE_USER_AUTH="$BRIDGE_USER_AUTH" \
  -e BRIDGE_K8S_MODE="$BRIDGE_K8S_MODE" \
  -e BRIDGE_K8S_AUTH="$BRIDGE_K8S_AUTH" \
  -e BRIDGE_K8S_MODE_OFF_CLUSTER_SKIP_VERIFY_TLS="$BRIDGE_K8S_MODE_OFF_CLUSTER_SKIP_VERIFY_TLS" \
  -e BRIDGE_K8S_MODE_OFF_CLUSTER_ENDPOINT="$BRIDGE_K8S_MODE_OFF_CLUSTER_ENDPOINT" \
  -e BRIDGE_K8S_MODE_OFF_CLUSTER_THANOS="$BRIDGE_K8S_MODE_OFF_CLUSTER_THANOS" \
  -e BRIDGE_K8S_MODE_OFF_CLUSTER_ALERTMANAGER="$BRIDGE_K8S_MODE_OFF_CLUSTER_ALERTMANAGER" \
  -e BRIDGE_K8S_AUTH_BEARER_TOKEN="$BRIDGE_K8S_AUTH_BEARER_TOKEN" \
  -e BRIDGE_USER_SETTINGS_LOCATION="$BRIDGE_USER_SETTINGS_LOCATION" \
  -e BRIDGE_I18N_NAMESPACES="$BRIDGE_I18N_NAMESPACES" \
  -e BRIDGE_PLUGINS="$BRIDGE_PLUGINS" \
  "$CONSOLE_IMAGE"
