import type { IConstruct } from 'constructs';
import { parseQuantity, QUANTITY_FORMS } from '../k8s/quantity';
import { checkLabDuration, goDuration } from './duration';
import { ValidationError } from './errors';

/** Kubernetes DNS-1123 label: names of namespaces, services, labels values of that form. */
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** Kubernetes DNS-1123 subdomain: names of most other objects. */
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** A Git URL ArgoCD can pull: https://host/path, or ssh as git@host:path or ssh://. */
const REPOSITORY_URL = /^(https:\/\/[a-z0-9.-]+(:\d+)?\/[\w.\-/~]+|ssh:\/\/[\w.-]+@[a-z0-9.-]+(:\d+)?\/[\w.\-/~]+|[\w.-]+@[a-z0-9.-]+:[\w.\-/~]+)$/i;

/** A DNS domain such as `k8s.local` or `lab.example.org`. */
const DOMAIN = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)+$/;

/** Checks a name that must be a DNS-1123 label (at most 63 characters). */
export function checkLabelName(where: string, field: string, value: string): string {
  if (typeof value !== 'string' || value.length > 63 || !DNS1123_LABEL.test(value)) {
    throw new ValidationError(where, field, value,
      'a Kubernetes name must be 1-63 lower-case letters, digits or "-", starting and ending with a letter or digit');
  }
  return value;
}

/** Checks a name that must be a DNS-1123 subdomain (at most 253 characters). */
export function checkSubdomainName(where: string, field: string, value: string): string {
  if (typeof value !== 'string' || value.length > 253 || !DNS1123_SUBDOMAIN.test(value)) {
    throw new ValidationError(where, field, value,
      'a Kubernetes name must be at most 253 lower-case letters, digits, "-" or ".", starting and ending with a letter or digit');
  }
  return value;
}

export function checkRepositoryUrl(where: string, field: string, value: string): string {
  if (typeof value !== 'string' || !REPOSITORY_URL.test(value)) {
    throw new ValidationError(where, field, value,
      'a Git repository URL must look like https://host/owner/repo.git or git@host:owner/repo.git');
  }
  return value;
}

export function checkDomain(where: string, field: string, value: string): string {
  if (typeof value !== 'string' || !DOMAIN.test(value)) {
    throw new ValidationError(where, field, value,
      'a DNS domain must be dot-separated lower-case labels, such as k8s.local');
  }
  return value;
}

/** Checks an integer within [min, max]; `why` says what the bounds protect, for the message. */
export function checkInteger(where: string, field: string, value: number, min: number, max: number, why?: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ValidationError(where, field, value, `must be a whole number from ${min} to ${max}${why ? `: ${why}` : ''}`);
  }
  return value;
}

/** Checks a number within [min, max]. */
export function checkNumber(where: string, field: string, value: number, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new ValidationError(where, field, value, `must be a number from ${min} to ${max}`);
  }
  return value;
}

/** Checks that a value is one of a fixed set. */
export function checkOneOf<T extends string>(where: string, field: string, value: T, allowed: readonly T[]): T {
  if (!allowed.includes(value)) {
    throw new ValidationError(where, field, value, `must be one of ${allowed.join(', ')}`);
  }
  return value;
}

/**
 * Checks a Kubernetes quantity (the strict grammar of constructs/k8s/quantity.ts) that is an
 * amount of something, so never below zero: requests, limits, storage sizes.
 */
export function checkQuantity(where: string, field: string, value: string): string {
  const quantity = parseQuantity(value);
  if (!quantity) throw new ValidationError(where, field, value, QUANTITY_FORMS);
  if (quantity.negative) throw new ValidationError(where, field, value, 'an amount must not be negative');
  return value;
}

/** A duration as Go and k6 write it: 30s, 5m, 1h30m. */

/**
 * Checks a duration of the lab's one form (constructs/core/duration.ts) and returns it as Go
 * writes it, for Kubernetes, Argo and cert-manager fields, which read Go durations.
 */
export function checkDuration(where: string, field: string, value: string): string {
  return goDuration(checkLabDuration(where, field, value));
}

/** An image reference pinned to a tag other than `latest`, or to a digest. */
const PINNED_IMAGE = /^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(\/[a-z0-9]+([._-][a-z0-9]+)*)*(:(?!latest$)[\w][\w.-]{0,127}|@sha256:[a-f0-9]{64})$/;

/** Checks that an image is pinned: `registry/name:1.2.3` or `registry/name@sha256:...`, never `latest`. */
export function checkPinnedImage(where: string, field: string, value: string): string {
  if (typeof value !== 'string' || !PINNED_IMAGE.test(value)) {
    throw new ValidationError(where, field, value,
      'an image pinned to a version tag (not latest) or a digest, such as ghcr.io/k8s-gateway/k8s_gateway:1.6.0');
  }
  return value;
}

/**
 * Checks that a props object has only known keys: a misspelt optional prop would otherwise be
 * dropped without a word (synth does not typecheck).
 */
export function checkKnownKeys(where: string, field: string, value: object, known: readonly string[]): void {
  for (const key of Object.keys(value ?? {})) {
    if (!known.includes(key)) {
      throw new ValidationError(where, field ? `${field}.${key}` : key, (value as Record<string, unknown>)[key],
        `unknown key; known keys: ${known.join(', ')}`);
    }
  }
}

/**
 * Checks that `scope` has no child named `id` yet, so a repeated id fails with one line naming
 * the place instead of the constructs library's stack trace. Returns the id, for `super(...)`.
 */
export function checkNewId(scope: IConstruct, id: string): string {
  if (scope.node.tryFindChild(id) !== undefined) {
    const where = scope.node.path ? `${scope.node.path}/${id}` : id;
    throw new ValidationError(where, 'id', id,
      `each id once within its parent; ${scope.node.path || 'the app'} already holds a construct named "${id}"`);
  }
  return id;
}
