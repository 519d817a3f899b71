import { COMPARISON_SHEETS, ENVIRONMENT_PRICES, PRICE_SHEETS, PriceSheet, PriceSheetName } from '../../hub/prices';
import { LabError } from '../../constructs/core/errors';
import type { SiteUsage } from './estimate';
import { clusterFee, MonthlyCost, monthlyCost } from './price';
import type { HubFit } from '../../hub/fit';
import { addUsage, formatBytes as bytes, formatCores as cores, NO_USAGE, Usage } from '../../hub/usage';

/** One priced table: a hub, or an experiment on one environment. */
export interface CostTable {
  readonly title: string;
  readonly kind: 'hub' | 'experiment';
  readonly site: string;
  readonly environment: string;
  readonly sheet: PriceSheet;
  readonly rows: ReadonlyArray<{
    readonly application: string;
    readonly namespace: string;
    /** Undefined for an Application without resource settings: unknown, not zero. */
    readonly usage?: Usage;
    readonly cost?: MonthlyCost;
    readonly notes: readonly string[];
  }>;
  readonly total: { readonly usage: Usage; readonly cost: MonthlyCost };
  /** The same total on the comparison sheets, with each one's cluster fee. */
  readonly comparison: ReadonlyArray<{ readonly sheet: PriceSheet; readonly cost: MonthlyCost; readonly clusterFee: number }>;
  /** A hub's requests with its experiments against its environment's capacity. */
  readonly fit?: HubFit;
  /** What a hub runs beyond its core, and for whom. */
  readonly onDemand?: readonly string[];
}

/** The sheet an environment is priced with; an environment without one is an error that says where to add it. */
export function sheetFor(environment: string): PriceSheet {
  const name = ENVIRONMENT_PRICES[environment];
  if (!name) {
    throw new LabError(`cost: environment "${environment}" has no price sheet; add it to ENVIRONMENT_PRICES in hub/prices.ts ` +
      `(sheets: ${Object.keys(PRICE_SHEETS).join(', ')})`);
  }
  return PRICE_SHEETS[name];
}

/**
 * Prices every site: a table per hub, and per experiment one for each environment that runs it
 * (an experiment that no environment runs is priced on the first environment's sheet).
 */
export function priceSites(sites: readonly SiteUsage[], fallbackEnvironment: string): CostTable[] {
  const tables: CostTable[] = [];
  for (const site of sites) {
    const envs = site.environments.length ? site.environments : [fallbackEnvironment];
    for (const environment of envs) {
      const sheet = sheetFor(environment);
      const rows = site.applications.map((a) => {
        const notes = [
          ...(a.settings === 0 ? ['no resource settings'] : []),
          ...(a.containersWithoutResources ? [`${a.containersWithoutResources} container(s) without resources`] : []),
          ...(a.unreadable.length ? [`unreadable: ${a.unreadable.join('; ')}`] : []),
        ];
        return a.settings === 0
          ? { application: a.name, namespace: a.namespace, notes }
          : { application: a.name, namespace: a.namespace, usage: a.usage, cost: monthlyCost(a.usage, sheet), notes };
      });
      const usage = rows.reduce((sum, r) => (r.usage ? addUsage(sum, r.usage) : sum), NO_USAGE);
      const runsHere = site.environments.includes(environment);
      tables.push({
        title: site.kind === 'hub' ? `hub ${site.name}` : `experiment ${site.name} on ${environment}${runsHere ? '' : ' (no environment runs it yet)'}`,
        kind: site.kind,
        site: site.name,
        environment,
        sheet,
        rows,
        total: { usage, cost: monthlyCost(usage, sheet) },
        comparison: COMPARISON_SHEETS.filter((n: PriceSheetName) => PRICE_SHEETS[n].name !== sheet.name).map((n) => ({
          sheet: PRICE_SHEETS[n], cost: monthlyCost(usage, PRICE_SHEETS[n]), clusterFee: clusterFee(PRICE_SHEETS[n]),
        })),
        ...(site.fit ? { fit: site.fit } : {}),
        ...(site.onDemand ? { onDemand: site.onDemand } : {}),
      });
    }
  }
  return tables;
}

/** The tables as aligned plain text. */
export function formatTables(tables: readonly CostTable[]): string {
  const out: string[] = [];
  for (const t of tables) {
    const money = (n: number) => `${symbol(t.sheet)}${n.toFixed(2)}`;
    const header = ['Application', 'CPU req', 'CPU limit', 'Mem req', 'Mem limit', 'Storage', 'per month'];
    const body = t.rows.map((r) => r.usage && r.cost
      ? [r.application, cores(r.usage.cpuRequest), cores(r.usage.cpuLimit), bytes(r.usage.memoryRequest), bytes(r.usage.memoryLimit), bytes(r.usage.storage), money(r.cost.total), r.notes.join('; ')]
      : [r.application, '', '', '', '', '', '', r.notes.join('; ')]);
    const u = t.total.usage;
    const total = ['total', cores(u.cpuRequest), cores(u.cpuLimit), bytes(u.memoryRequest), bytes(u.memoryLimit), bytes(u.storage), money(t.total.cost.total), ''];
    out.push(`${t.title}: priced as ${t.sheet.name} (${t.sheet.basis})`, ...align([[...header, ''], ...body, total]), '');
    const compared = t.comparison.map((c) => `${c.sheet.name} ${symbol(c.sheet)}${c.cost.total.toFixed(2)}` +
      (c.clusterFee ? ` + ${symbol(c.sheet)}${c.clusterFee.toFixed(2)} cluster fee` : ''));
    if (compared.length) out.push(`  the same requests per month: ${compared.join(', ')}`, '');
    if (t.onDemand) out.push(`  runs beyond its core: ${t.onDemand.length ? t.onDemand.join(', ') : 'nothing (no enabled experiment needs more)'}`, '');
    if (t.fit) out.push(...headroomLines(t.fit), '');
  }
  out.push('Priced on requests (what the scheduler reserves) and persistent storage, per 730-hour month. Limits are shown, not priced.');
  if (tables.some((t) => t.kind === 'experiment')) {
    out.push('Experiments are priced as if they ran all month, their workflow steps\' pods (the load generator\'s included) all at once.');
  }
  return `${out.join('\n')}\n`;
}

/**
 * A hub's fit: what it requests with its experiments against what its nodes can allocate once the
 * cluster's own pods have theirs, and the headroom left (the synth refuses a negative one).
 */
export function headroomLines(fit: HubFit): string[] {
  const c = fit.capacity;
  const percent = (part: number, whole: number) => `${Math.round((part / whole) * 100)} %`;
  return [
    `  capacity: ${c.describe()}, less ${cores(c.clusterPods.cpu)} CPU and ${bytes(c.clusterPods.memory)} for the cluster's own pods: ` +
      `${cores(c.available.cpu)} CPU and ${bytes(c.available.memory)} for the lab`,
    `  headroom: ${cores(fit.headroom.cpu)} CPU (${percent(fit.headroom.cpu, c.available.cpu)}) and ` +
      `${bytes(fit.headroom.memory)} (${percent(fit.headroom.memory, c.available.memory)}) after the ` +
      `${cores(fit.requested.cpu)} CPU and ${bytes(fit.requested.memory)} the hub and its experiments request` +
      `${fit.fits ? '' : ': it does not fit, and the synth refuses it'}`,
  ];
}

/** The tables as JSON: quantities in cores and bytes, money in each sheet's currency. */
export function tablesJson(tables: readonly CostTable[]): string {
  return `${JSON.stringify(tables.map(({ fit, ...t }) => ({
    ...t,
    ...(fit ? { fit: fitJson(fit) } : {}),
    rows: t.rows.map((r) => ({ ...r, cost: r.cost && round(r.cost) })),
    total: { usage: t.total.usage, cost: round(t.total.cost) },
    comparison: t.comparison.map((c) => ({ sheet: c.sheet.name, currency: c.sheet.currency, cost: round(c.cost), clusterFee: c.clusterFee })),
  })), null, 2)}\n`;
}

function fitJson(fit: HubFit) {
  const c = fit.capacity;
  return {
    nodes: c.nodes, allocatable: c.allocatable, clusterPods: c.clusterPods, available: c.available,
    requested: fit.requested, headroom: fit.headroom, fits: fit.fits, largest: fit.largest.map((a) => a.name),
  };
}

function round(c: MonthlyCost): MonthlyCost {
  const r = (n: number) => Math.round(n * 100) / 100;
  return { cpu: r(c.cpu), memory: r(c.memory), storage: r(c.storage), total: r(c.total) };
}

function symbol(sheet: PriceSheet): string {
  return sheet.currency === 'EUR' ? '€' : '$';
}

function align(rows: readonly string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => `  ${r.map((cell, i) => (i === 0 || i === r.length - 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd()}`);
}
