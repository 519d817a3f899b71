// `npm run graph`: writes docs/architecture.md, Mermaid diagrams read off the construct tree.
import fs from 'node:fs';
import path from 'node:path';
import { parseCommandLine } from './args';
import { ENVIRONMENTS } from '../hub/environments';
import { buildLab } from '../hub/lab';
import { ARCHITECTURE_DOC, renderDocument } from './graph/document';
import { readModel } from './graph/model';
import { PROJECT_ROOT } from './paths';

/** The architecture document of the lab as defined now. */
export function architectureDocument(): string {
  return renderDocument(readModel(buildLab({ environments: ENVIRONMENTS }), ENVIRONMENTS));
}

export async function main(argv: string[]): Promise<number> {
  parseCommandLine('graph', argv, 'usage: npm run graph', {});
  const file = path.join(PROJECT_ROOT, ARCHITECTURE_DOC);
  const text = architectureDocument();
  const unchanged = fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text;
  if (!unchanged) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(`${file}.tmp`, text);
    fs.renameSync(`${file}.tmp`, file);
  }
  console.log(`graph: ${ARCHITECTURE_DOC} ${unchanged ? 'unchanged' : 'written'}`);
  return 0;
}
