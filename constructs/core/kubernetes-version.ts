// The two functions, not the package's index, which loads every module of semver on each synth.
import satisfies from 'semver/functions/satisfies';
import validRange from 'semver/ranges/valid';
import { ValidationError } from './errors';

/** A Kubernetes minor version as environments state it: `1.34`, or a patch release `1.34.2`. */
const VERSION = /^v?(1)\.(\d{1,2})(?:\.(\d{1,3}))?$/;

/**
 * The Kubernetes version a cluster runs, for checking charts' `kubeVersion` constraints. Helm
 * reads those constraints with Masterminds/semver, which accepts partial versions (`1.21-0`);
 * they are completed to full versions before matching.
 */
export class KubernetesVersion {
  /** Parses and checks a version; `where` and `field` name it in errors. */
  public static parse(where: string, field: string, value: string): KubernetesVersion {
    const match = typeof value === 'string' ? VERSION.exec(value) : null;
    if (!match) {
      throw new ValidationError(where, field, value, 'a Kubernetes version such as 1.34 or 1.34.2');
    }
    return new KubernetesVersion(Number(match[1]), Number(match[2]), match[3] === undefined ? 0 : Number(match[3]));
  }

  private constructor(
    public readonly major: number,
    public readonly minor: number,
    public readonly patch: number,
  ) {}

  /** `1.34`, as the environment names it. */
  public get minorVersion(): string {
    return `${this.major}.${this.minor}`;
  }

  /** `v1.34.0`: Kind's node image tags and kubectl's form. */
  public toString(): string {
    return `v${this.major}.${this.minor}.${this.patch}`;
  }

  /**
   * Whether the version meets a chart's `kubeVersion` constraint. Throws on a constraint that
   * cannot be read, naming it, rather than letting it pass.
   */
  public satisfies(constraint: string): boolean {
    const range = validRange(completePartialVersions(constraint));
    if (range === null) throw new Error(`cannot read the kubeVersion constraint ${JSON.stringify(constraint)}`);
    return satisfies(`${this.major}.${this.minor}.${this.patch}`, range, { includePrerelease: true });
  }
}

/** `>= 1.21-0` → `>= 1.21.0-0`: a version with two parts gets its patch. */
function completePartialVersions(constraint: string): string {
  return constraint.replace(/(?<![.\dv])(v?\d+\.\d+)(?![.\d])/g, '$1.0');
}
