// The results step as the synthesized workflows ship it, run with node against a stand-in of the
// Kubernetes API (the run's Workflow, the experiment's Applications) and of Prometheus.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import yaml from 'js-yaml';
import type { ResultsDocument } from '../../constructs/results';
import { DIST } from './lab';

const run = promisify(execFile);

/** A manifest of dist/, parsed. */
export function readDist(file: string): any {
  return yaml.load(fs.readFileSync(path.join(DIST, file), 'utf8'));
}

/** An instant-query response of Prometheus holding these samples. */
export function vector(result: readonly unknown[]): unknown {
  return { status: 'success', data: { resultType: 'vector', result } };
}

/** What a run of the step printed and wrote. */
export interface StepRun {
  readonly doc: ResultsDocument;
  readonly stdout: string;
  /** The document file the step wrote (its output artifact). */
  readonly written: string;
}

/** The stand-in servers, and the step run against them. */
export interface ResultsStepStandIn {
  /** Every query Prometheus was asked, in order; cleared by each run. */
  readonly queries: string[];
  /** Runs experiment's step from dist/ with `environment`'s run settings, the Workflow object given, at `now`. */
  run(experiment: string, workflow: { metadata: { name: string } }, options: { environment: string; now: string }): Promise<StepRun>;
  close(): Promise<void>;
}

/**
 * Starts the stand-in: the API answers the Workflow a run is given and every Application as
 * synced at `revision`; Prometheus answers each query with what `prometheus` returns.
 */
export async function startResultsStepStandIn(revision: string, prometheus: (query: string) => unknown): Promise<ResultsStepStandIn> {
  const queries: string[] = [];
  let workflow: unknown;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url!, 'http://localhost');
    const send = (status: number, body: unknown) => { res.writeHead(status, { 'content-type': 'application/json' }); res.end(JSON.stringify(body)); };
    if (url.pathname.startsWith('/apis/argoproj.io/v1alpha1/namespaces/argo-workflows/workflows/')) return send(200, workflow);
    if (url.pathname.startsWith('/apis/argoproj.io/v1alpha1/namespaces/argocd/applications/')) {
      return send(200, { metadata: { name: path.basename(url.pathname) }, status: { sync: { status: 'Synced', revision } } });
    }
    if (url.pathname === '/prom/api/v1/query') {
      const query = url.searchParams.get('query')!;
      queries.push(query);
      return send(200, prometheus(query));
    }
    return send(404, { message: `no route ${url.pathname}` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    queries,
    async run(experiment, given, { environment, now }) {
      const step = readDist(`experiments/${experiment}/workflow/configmap-${experiment}-results.yaml`);
      const settings = readDist(`hub/${environment}/argo-artifacts/configmap-experiment-run-settings.yaml`);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'results-step-'));
      for (const [file, text] of Object.entries(step.data as Record<string, string>)) fs.writeFileSync(path.join(dir, file), text);
      workflow = given;
      queries.length = 0;
      const out = path.join(dir, 'out', 'results.json');
      try {
        const { stdout } = await run(process.execPath, [path.join(dir, 'collect.js')], {
          env: {
            PATH: process.env.PATH,
            LAB_KUBE_API: base,
            LAB_PROMETHEUS_URL: `${base}/prom`,
            LAB_ENVIRONMENT: settings.data.environment,
            LAB_PRICES: settings.data['prices.json'],
            WORKFLOW_NAME: given.metadata.name,
            WORKFLOW_NAMESPACE: 'argo-workflows',
            LAB_RESULTS_FILE: out,
            LAB_NOW: now,
          },
        });
        return { doc: JSON.parse(stdout) as ResultsDocument, stdout, written: fs.readFileSync(out, 'utf8') };
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
