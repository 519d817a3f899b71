import type { LabChart } from '../charts/lab-chart';
import { AppProject } from '../constructs/argocd/app-project';

/** The name of the root Application's project. */
export const ROOT_PROJECT = 'root';

/**
 * The project of a hub's root Application, in the `bootstrap` folder beside it. The root only
 * syncs the hub's `apps` folder, which holds Applications and the hub's AppProject in ArgoCD's
 * namespace, so that is all it may do: ArgoCD's `default` project would let it deploy any kind
 * anywhere. Its sources and destinations are gathered from its one member (the lab's repository,
 * `argocd`); it allows no cluster-scoped kind.
 */
export function rootProject(bootstrap: LabChart): AppProject {
  return new AppProject(bootstrap, 'root-project', {
    name: ROOT_PROJECT,
    description: 'The root Application: the hub\'s Applications and project, from the lab\'s repository',
    namespacedResources: [
      { group: 'argoproj.io', kind: 'Application' },
      { group: 'argoproj.io', kind: 'AppProject' },
    ],
  });
}
