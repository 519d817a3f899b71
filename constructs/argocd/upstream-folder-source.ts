import type { ApplicationSpecSources } from '../../imports/argocd-application-argoproj.io';
import { ValidationError } from '../core/errors';

export interface UpstreamFolderSourceProps {
  /** The upstream Git repository, `https://github.com/<owner>/<name>`. */
  readonly repoUrl: string;
  /** A release tag: the folder never moves under the lab. */
  readonly tag: string;
  /** The folder in that repository, holding plain manifests only. */
  readonly path: string;
}

/** A tag: `v1.2.3`, `2.0.0`, `name-1.2.3`; never a branch such as `main` or `HEAD`. */
const RELEASE_TAG = /^([a-z][a-z0-9-]*-)?v?[0-9]+\.[0-9]+\.[0-9]+$/;

/**
 * A folder of plain manifests in an upstream repository at a release tag, as an Application
 * source: for files the lab installs unchanged and does not copy into dist/ (an operator's CRDs,
 * when the operator publishes no Helm chart).
 */
export class UpstreamFolderSource {
  public readonly repoUrl: string;
  public readonly tag: string;
  public readonly path: string;

  public constructor(props: UpstreamFolderSourceProps) {
    this.repoUrl = props.repoUrl;
    this.tag = props.tag;
    this.path = props.path;
  }

  public check(where: string): void {
    if (typeof this.repoUrl !== 'string' || !/^https:\/\/github\.com\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(this.repoUrl)) {
      throw new ValidationError(where, 'source.repoUrl', this.repoUrl, 'a GitHub repository as https://github.com/<owner>/<name>');
    }
    if (typeof this.tag !== 'string' || !RELEASE_TAG.test(this.tag)) {
      throw new ValidationError(where, 'source.tag', this.tag, 'a release tag such as v2.22.3, never a branch');
    }
    if (typeof this.path !== 'string' || !/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/.test(this.path) || this.path.split('/').includes('..')) {
      throw new ValidationError(where, 'source.path', this.path, 'a relative folder inside the repository, such as config/crd/bases');
    }
  }

  public render(): ApplicationSpecSources {
    return { repoUrl: this.repoUrl, targetRevision: this.tag, path: this.path };
  }
}
