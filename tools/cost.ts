// `npm run cost`: what each environment's and experiment's Applications ask for, and its price.
import { LabError } from '../constructs/core/errors';
import { LAB } from '../lab';
import { estimateLab } from './cost/estimate';
import { formatTables, priceSites, tablesJson } from './cost/report';

const USAGE = 'usage: npm run cost [-- --json]';

export async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const unknown = argv.find((a) => a !== '--json');
  if (unknown !== undefined) throw new LabError(`cost: unknown argument ${JSON.stringify(unknown)}; ${USAGE}`);
  const sites = estimateLab(LAB.build(), LAB.environments);
  const tables = priceSites(sites, LAB.environments[0].name);
  process.stdout.write(json ? tablesJson(tables) : formatTables(tables));
  return 0;
}
