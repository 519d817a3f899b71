#!/bin/sh
# OpenBao for the kind-cilium hub, after `bao operator init` and `bao operator unseal` (README, "OpenBao after
# the first sync"): the roles and policies its components log in with, and every secret an
# ExternalSecret reads, from the environment variables named below (the script stops on an unset one).
set -eu
bao auth enable kubernetes
bao write auth/kubernetes/config kubernetes_host=https://kubernetes.default.svc
bao secrets enable -path=secret kv-v2
bao secrets enable -path=pki pki
bao write pki/root/generate/internal common_name='illm-lab internal CA' ttl=87600h
bao write pki/roles/internal-tls allow_any_name=true enforce_hostnames=true max_ttl=720h
printf '%s\n' 'path "pki/sign/internal-tls" { capabilities = ["create", "update"] }' | bao policy write cert-manager -
bao write auth/kubernetes/role/cert-manager bound_service_account_names=openbao-issuer bound_service_account_namespaces=cert-manager audience=vault://openbao-pki policies=cert-manager ttl=20m
printf '%s\n' 'path "secret/data/*" { capabilities = ["read"] }' | bao policy write external-secrets -
bao write auth/kubernetes/role/external-secrets bound_service_account_names=external-secrets bound_service_account_namespaces=external-secrets policies=external-secrets ttl=1h
bao kv put secret/github/argocd-webhook secret="$GITHUB_ARGOCD_WEBHOOK_SECRET"
bao kv put secret/grafana/admin password="$GRAFANA_ADMIN_PASSWORD" user="$GRAFANA_ADMIN_USER"
bao kv put secret/seaweedfs/s3 access-key="$SEAWEEDFS_S3_ACCESS_KEY" secret-key="$SEAWEEDFS_S3_SECRET_KEY"
bao kv put secret/tls/argocd tls.crt="$TLS_ARGOCD_TLS_CRT" tls.key="$TLS_ARGOCD_TLS_KEY"
bao kv put secret/webhook-relay channel-url="$WEBHOOK_RELAY_CHANNEL_URL"
