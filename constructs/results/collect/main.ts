// The results step of every experiment workflow (bundled into collect.bundle.js, shipped in a
// ConfigMap, run by a pinned node image). It reads the run plan beside it, the hub's settings from
// its environment, the Workflow and the Applications from the Kubernetes API and the usage from
// Prometheus; prints the results document and writes it where the step's output artifact reads it.
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { LabError } from '../../core/errors';
import type { UsagePrices } from '../price-usage';
import type { RunPlan } from '../run-plan';
import { collectResults } from './collect';

const SERVICE_ACCOUNT = '/var/run/secrets/kubernetes.io/serviceaccount';

async function main(): Promise<number> {
  const env = (name: string, fallback?: string, why = 'the hub\'s run settings lack it'): string => {
    const value = process.env[name] ?? fallback;
    if (value === undefined || value === '') throw new LabError(`results: environment variable ${name} is not set: ${why}`);
    return value;
  };
  const plan = JSON.parse(fs.readFileSync(env('LAB_RUN_PLAN', path.join(__dirname, 'plan.json')), 'utf8')) as RunPlan;
  const api = env('LAB_KUBE_API', `https://${process.env.KUBERNETES_SERVICE_HOST}:${process.env.KUBERNETES_SERVICE_PORT}`);
  const token = readIfExists(path.join(SERVICE_ACCOUNT, 'token'));
  const ca = readIfExists(path.join(SERVICE_ACCOUNT, 'ca.crt'));
  const kube = (at: string) => getJson(`${api}${at}`, { ...(token ? { authorization: `Bearer ${token.trim()}` } : {}) }, ca);
  const prometheus = env('LAB_PROMETHEUS_URL').replace(/\/$/, '');

  const workflow = await kube(`/apis/argoproj.io/v1alpha1/namespaces/${env('WORKFLOW_NAMESPACE')}/workflows/${env('WORKFLOW_NAME')}`);
  const applications = await Promise.all(plan.applications.map((name) =>
    kube(`/apis/argoproj.io/v1alpha1/namespaces/${plan.applicationNamespace}/applications/${name}`)));
  const doc = await collectResults({
    plan, workflow, applications,
    environment: env('LAB_ENVIRONMENT'),
    prices: JSON.parse(env('LAB_PRICES', undefined, 'the hub has no price sheet for this environment (ENVIRONMENT_PRICES in hub/prices.ts)')) as UsagePrices,
    now: process.env.LAB_NOW ?? new Date().toISOString(),
    query: (promql, time) => getJson(`${prometheus}/api/v1/query?${new URLSearchParams({ query: promql, time: String(time) })}`, {}),
  });
  const text = `${JSON.stringify(doc, null, 2)}\n`;
  const out = env('LAB_RESULTS_FILE', '/tmp/results/results.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, text);
  process.stdout.write(text);
  return 0;
}

function readIfExists(file: string): string | undefined {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

/** GETs a URL and parses its JSON body; any status but 200 is an error naming the URL. */
function getJson(url: string, headers: Record<string, string>, ca?: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const client = url.startsWith('https:') ? https : http;
    const request = client.get(url, { headers: { accept: 'application/json', ...headers }, ...(ca ? { ca } : {}), timeout: 30_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        if (res.statusCode !== 200) return reject(new LabError(`results: GET ${url.split('?')[0]} answered ${res.statusCode}: ${body.slice(0, 200)}`));
        try {
          resolve(JSON.parse(body));
        } catch {
          reject(new LabError(`results: GET ${url.split('?')[0]} did not answer JSON`));
        }
      });
    });
    request.on('timeout', () => request.destroy(new LabError(`results: GET ${url.split('?')[0]} timed out`)));
    request.on('error', reject);
  });
}

main().then((code) => { process.exitCode = code; }, (e: Error) => {
  process.stderr.write(`error: ${e.message}\n`);
  process.exitCode = 1;
});
