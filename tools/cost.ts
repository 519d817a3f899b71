// `npm run cost`: what each environment's and experiment's Applications ask for, and its price.
import { parseCommandLine } from './args';
import { LAB } from '../lab';
import { estimateLab } from './cost/estimate';
import { formatTables, priceSites, tablesJson } from './cost/report';

const USAGE = 'usage: npm run cost [-- --json]';

export async function main(argv: string[]): Promise<number> {
  const json = parseCommandLine('cost', argv, USAGE, { json: { type: 'boolean', default: false } }).values.json === true;
  const sites = estimateLab(LAB.build(), LAB.environments);
  const tables = priceSites(sites, LAB.environments[0].name);
  process.stdout.write(json ? tablesJson(tables) : formatTables(tables));
  return 0;
}
