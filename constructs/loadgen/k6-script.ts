import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../core/paths';
import { readProjectFile } from '../core/project-files';
import { ValidationError } from '../core/errors';
import type { HttpTarget } from './http-target';
import { checkRequestMix, RequestMix } from './request-mix';
import { K6_SUMMARY_MARKER } from '../results/run-plan';

/**
 * The environment every k6 script of the lab reads, set by {@link K6Test} on the runners:
 * the target's URL from its typed handle, the rest from the workflow's run parameters.
 */
export const K6_SCRIPT_ENV = ['TARGET_URL', 'USERS', 'DURATION', 'RATE', 'P95_MS', 'ERROR_RATE'] as const;

/** A k6 script: a file of the experiment's folder, or one built from a typed request mix. */
export abstract class K6Script {
  /**
   * A script file, read at synth. `file` is relative to the project root, e.g.
   * `experiments/http-baseline/baseline.js`; the script reads {@link K6_SCRIPT_ENV}.
   */
  public static fromFile(file: string): K6Script {
    return new FileScript(file);
  }

  /** A script that sends `mix` to the target, with the run's users, duration, rate and thresholds. */
  public static fromScenario(mix: RequestMix): K6Script {
    return new ScenarioScript(mix);
  }

  /** Where the script comes from, for errors and docs. */
  public abstract readonly source: string;

  /** The script's text for `target`; `where` and `field` name the K6Test in errors. */
  public abstract render(where: string, field: string, target: HttpTarget): string;
}

class FileScript extends K6Script {
  public readonly source: string;
  public constructor(private readonly file: string) {
    super();
    this.source = file;
  }

  public render(where: string, field: string): string {
    const normalized = path.posix.normalize(this.file);
    if (path.isAbsolute(this.file) || normalized.startsWith('..') || !normalized.endsWith('.js')) {
      throw new ValidationError(where, field, this.file, 'a .js file inside the project, relative to its root, such as experiments/http-baseline/baseline.js');
    }
    const full = path.join(PROJECT_ROOT, normalized);
    if (!fs.existsSync(full)) throw new ValidationError(where, field, this.file, `an existing file; there is none at ${full}`);
    const text = readProjectFile(normalized);
    // The results step reads the summary from the runner's log, after this marker.
    if (!/export\s+function\s+handleSummary\b/.test(text) || !text.includes(K6_SUMMARY_MARKER)) {
      throw new ValidationError(where, field, this.file,
        `a script whose exported handleSummary prints one line "${K6_SUMMARY_MARKER}" + JSON.stringify({ metrics: data.metrics }) to stdout, which the results document is read from`);
    }
    return text;
  }
}

class ScenarioScript extends K6Script {
  public readonly source = 'a typed request mix';
  public constructor(private readonly mix: RequestMix) {
    super();
  }

  public render(where: string, field: string, target: HttpTarget): string {
    const mix = checkRequestMix(where, field, this.mix, target);
    let cumulative = 0;
    const requests = mix.requests.map((r) => {
      cumulative += r.weight;
      return { name: r.name, method: r.method, path: r.endpoint.path, upTo: cumulative, status: r.expectStatus, body: r.body ?? null };
    });
    const { min, max } = mix.thinkTimeSeconds;
    return generatedK6Script([
      '// Built by the lab from a typed request mix (constructs/loadgen/k6-script.ts): change the',
      '// experiment\'s definition, not this text. Run parameters come from the environment.',
    ], 'REQUESTS', requests, requests.map((r) => r.name), [
      'export default function () {',
      '  const roll = Math.random() * 100;',
      '  const request = REQUESTS.find((r) => roll < r.upTo) || REQUESTS[REQUESTS.length - 1];',
      '  const body = request.body === null ? null : JSON.stringify(request.body);',
      "  const headers = body === null ? {} : { 'Content-Type': 'application/json' };",
      '  const res = http.request(request.method, BASE_URL + request.path, body, { headers, tags: { request: request.name } });',
      '  latency[request.name].add(res.timings.duration);',
      '  errors.add(!check(res, { [`${request.name} status ${request.status}`]: (r) => r.status === request.status }));',
      '  // A fixed rate paces the requests itself; users only think between them in a closed model.',
      `  if (RATE === 0) sleep(${min} + Math.random() * ${max - min});`,
      '}',
    ]);
  }
}

/**
 * A k6 script the lab writes from a typed model: `header` (where it comes from), the shared part
 * (run parameters from the environment, the model's rows as the constant `table`, an `errors`
 * rate and a latency trend per name, the open or closed load model, the thresholds), the model's
 * own `body` (its default function), and the summary line the results step reads.
 */
export function generatedK6Script(header: readonly string[], table: string, rows: unknown, trends: readonly string[], body: readonly string[]): string {
  return [
    ...header,
    "import http from 'k6/http';",
    "import { check, sleep } from 'k6';",
    "import { Rate, Trend } from 'k6/metrics';",
    '',
    'const BASE_URL = __ENV.TARGET_URL;',
    'const RATE = Number(__ENV.RATE || 0);',
    'const USERS = Number(__ENV.USERS);',
    `const ${table} = ${JSON.stringify(rows, null, 2)};`,
    '',
    "const errors = new Rate('errors');",
    `const latency = {${trends.map((name) => ` ${name}: new Trend('${name}_latency', true)`).join(',')} };`,
    '',
    'export const options = {',
    '  scenarios: {',
    '    load: RATE > 0',
    "      ? { executor: 'constant-arrival-rate', rate: RATE, timeUnit: '1s', duration: __ENV.DURATION, preAllocatedVUs: USERS }",
    "      : { executor: 'constant-vus', vus: USERS, duration: __ENV.DURATION },",
    '  },',
    '  thresholds: {',
    '    http_req_duration: [`p(95)<${__ENV.P95_MS}`],',
    '    errors: [`rate<${__ENV.ERROR_RATE}`],',
    '  },',
    "  summaryTrendStats: ['avg', 'min', 'med', 'p(90)', 'p(95)', 'p(99)', 'max'],",
    '};',
    '',
    ...body,
    '',
    '// The end-of-test figures as one JSON line: the results step reads them from the log.',
    'export function handleSummary(data) {',
    `  return { stdout: ${JSON.stringify(K6_SUMMARY_MARKER)} + JSON.stringify({ metrics: data.metrics }) + '\\n' };`,
    '}',
    '',
  ].join('\n');
}
