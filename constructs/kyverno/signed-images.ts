import { ValidationError } from '../core/errors';

/** Images whose signatures are checked, and the keyless identity that must have signed them. */
export interface SignedImages {
  /** Image reference patterns, e.g. `ghcr.io/illmadecoder/*`. */
  readonly images: readonly string[];
  /** The signing identity (certificate subject) pattern. */
  readonly subject: string;
  /** The OIDC issuer that vouched for the identity. */
  readonly issuer: string;
  /** The transparency log the signatures are recorded in. */
  readonly rekorUrl: string;
}

const GITHUB = /^(?:https:\/\/github\.com\/|git@github\.com:|ssh:\/\/git@github\.com\/)([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?\/?$/;

/**
 * The images a GitHub repository's Actions workflows publish to GitHub's registry and sign
 * keyless with cosign: `ghcr.io/<owner>/*`, signed by any workflow of that repository.
 * `where` names the caller in errors.
 */
export function imagesSignedByGitHubActions(where: string, repositoryUrl: string): SignedImages {
  const match = GITHUB.exec(repositoryUrl);
  if (!match) {
    throw new ValidationError(where, 'repositoryUrl', repositoryUrl,
      'a GitHub repository URL such as https://github.com/owner/repo.git: its Actions sign the images keyless');
  }
  const [, owner, repo] = match;
  return {
    // Registry paths are lower case whatever the owner's spelling.
    images: [`ghcr.io/${owner.toLowerCase()}/*`],
    subject: `https://github.com/${owner}/${repo}/*`,
    issuer: 'https://token.actions.githubusercontent.com',
    rekorUrl: 'https://rekor.sigstore.dev',
  };
}
