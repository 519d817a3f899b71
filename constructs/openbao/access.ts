/** What a policy allows on a path (OpenBao's capability names). */
export type OpenBaoCapability = 'create' | 'read' | 'update' | 'delete' | 'list';

/** One rule of a policy. */
export interface OpenBaoPolicyRule {
  /** The API path, such as `secret/data/*` or `pki/sign/internal-tls`. */
  readonly path: string;
  readonly capabilities: readonly OpenBaoCapability[];
}

/** A service account as a Kubernetes-auth role binds it. */
export interface BoundServiceAccount {
  readonly name: string;
  readonly namespace: string;
}

/**
 * A Kubernetes-auth role OpenBao must hold for a component: who may log in, for how long, and the
 * policy (of the same name) it is given. Components register theirs on the {@link OpenBao}
 * construct; the hub's set-up script is derived from them, so no role is typed twice.
 */
export interface OpenBaoAccess {
  /** Role and policy name. */
  readonly role: string;
  readonly serviceAccount: BoundServiceAccount;
  readonly rules: readonly OpenBaoPolicyRule[];
  /** Token lifetime, such as `1h`. */
  readonly ttl: string;
  /**
   * The audience the service account's token must carry.
   * @default - any
   */
  readonly audience?: string;
}

/** A secret the lab reads from the KV mount: its path and the fields read from it. */
export interface KvSecretUse {
  /** Path relative to the KV mount, such as `github/argocd-webhook`. */
  readonly key: string;
  readonly properties: readonly string[];
}

/**
 * The environment variable the set-up script reads a secret's field from:
 * `github/argocd-webhook` + `secret` → `GITHUB_ARGOCD_WEBHOOK_SECRET`.
 */
export function secretVariable(key: string, property: string): string {
  return `${key}_${property}`.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

/** Single-quoted for a POSIX shell. */
function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * The `bao` commands that set OpenBao up for the hub after `bao operator init` and `unseal`:
 * Kubernetes auth, the KV and PKI mounts, each component's policy and role, and a `bao kv put`
 * for every secret some ExternalSecret reads, its values taken from environment variables
 * ({@link secretVariable}) that the operator sets: values are never the synth's.
 */
export function setupCommands(options: {
  readonly kvMount: string;
  readonly pki: { readonly mount: string; readonly commonName: string; readonly roles: readonly { readonly name: string; readonly maxTtl: string }[] };
  readonly access: readonly OpenBaoAccess[];
  readonly secrets: readonly KvSecretUse[];
}): string[] {
  const lines = [
    'bao auth enable kubernetes',
    'bao write auth/kubernetes/config kubernetes_host=https://kubernetes.default.svc',
    `bao secrets enable -path=${options.kvMount} kv-v2`,
    `bao secrets enable -path=${options.pki.mount} pki`,
    `bao write ${options.pki.mount}/root/generate/internal common_name=${shellQuote(options.pki.commonName)} ttl=87600h`,
    ...options.pki.roles.map((r) => `bao write ${options.pki.mount}/roles/${r.name} allow_any_name=true enforce_hostnames=true max_ttl=${r.maxTtl}`),
  ];
  for (const a of [...options.access].sort((x, y) => (x.role < y.role ? -1 : x.role > y.role ? 1 : 0))) {
    const policy = a.rules.map((r) => `path "${r.path}" { capabilities = [${r.capabilities.map((c) => `"${c}"`).join(', ')}] }`).join('\n');
    lines.push(`printf '%s\\n' ${shellQuote(policy)} | bao policy write ${a.role} -`);
    lines.push(`bao write auth/kubernetes/role/${a.role} bound_service_account_names=${a.serviceAccount.name} ` +
      `bound_service_account_namespaces=${a.serviceAccount.namespace}${a.audience ? ` audience=${a.audience}` : ''} policies=${a.role} ttl=${a.ttl}`);
  }
  for (const s of [...options.secrets].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))) {
    lines.push(`bao kv put ${options.kvMount}/${s.key} ${s.properties.map((p) => `${p}="$${secretVariable(s.key, p)}"`).join(' ')}`);
  }
  return lines;
}
