// `npm run graph`: writes docs/architecture.md, Mermaid diagrams read off the construct tree.
import fs from 'node:fs';
import path from 'node:path';
import { parseCommandLine } from './args';
import { LAB } from '../lab';
import { ARCHITECTURE_DOC, renderDocument } from './graph/document';
import { readModel } from './graph/model';
import { PROJECT_ROOT } from './paths';

/** The architecture document of the lab as defined now. */
export function architectureDocument(): string {
  return renderDocument(readModel(LAB.build(), LAB.environments));
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
