import type { ApplicationSpecSources } from '../../imports/argocd-application-argoproj.io';
import { ValidationError } from '../core/errors';
import type { IApplicationSource } from './sources';

export interface GitDirectorySourceProps {
  /** The upstream Git repository, `https://...git`. */
  readonly repoUrl: string;
  /** A release tag: never a branch, so the files cannot change under the lab. */
  readonly tag: string;
  /** The folder inside the repository. */
  readonly path: string;
  /**
   * File names of the folder to apply; the others are left out.
   * @default - every manifest of the folder
   */
  readonly include?: readonly string[];
}

const TAG = /^v?\d+\.\d+\.\d+$/;
const FILE = /^[A-Za-z0-9_.-]+\.ya?ml$/;

/**
 * A folder of plain manifests in an upstream repository at a release tag, applied as they are:
 * for what a project publishes as files rather than a chart (the Gateway API's CRDs), so the
 * lab's dist/ does not carry a copy of them.
 */
export class GitDirectorySource implements IApplicationSource {
  public readonly repoUrl: string;
  public readonly tag: string;
  public readonly path: string;
  public readonly include: readonly string[];

  public constructor(props: GitDirectorySourceProps) {
    this.repoUrl = props.repoUrl;
    this.tag = props.tag;
    this.path = props.path;
    this.include = [...(props.include ?? [])];
  }

  public check(where: string): void {
    if (typeof this.repoUrl !== 'string' || !/^https:\/\/[^\s]+\.git$/.test(this.repoUrl)) {
      throw new ValidationError(where, 'source.repoUrl', this.repoUrl, 'an https URL of a Git repository ending in .git');
    }
    if (typeof this.tag !== 'string' || !TAG.test(this.tag)) {
      throw new ValidationError(where, 'source.tag', this.tag, 'a release tag such as v1.6.1 (a branch would move under the lab)');
    }
    if (typeof this.path !== 'string' || this.path === '' || this.path.startsWith('/') || this.path.split('/').includes('..')) {
      throw new ValidationError(where, 'source.path', this.path, 'a folder inside the repository, relative to its root');
    }
    for (const [i, file] of this.include.entries()) {
      if (typeof file !== 'string' || !FILE.test(file)) {
        throw new ValidationError(where, `source.include[${i}]`, file, 'a YAML file name of the folder, without a path');
      }
    }
  }

  public render(): ApplicationSpecSources {
    const include = this.include.length === 0 ? undefined
      : this.include.length === 1 ? this.include[0] : `{${this.include.join(',')}}`;
    return {
      repoUrl: this.repoUrl,
      targetRevision: this.tag,
      path: this.path,
      ...(include ? { directory: { include } } : {}),
    };
  }
}
