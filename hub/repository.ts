import type { GitRepository } from './environment';

/** The lab's repository, from which ArgoCD pulls dist/. */
export const LAB_REPOSITORY: GitRepository = {
  url: 'https://github.com/illMadeCoder/illm-k8s-ai-labs.git',
  revision: 'HEAD',
};
