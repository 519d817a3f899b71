import { describe, expect, it } from 'vitest';
import { lab } from './support/lab';

// One snapshot per chart (= per dist folder), so a change shows up under the chart it touches.
describe('chart snapshots', () => {
  const folders = new Map<string, string[]>();
  for (const [file, text] of lab().files) {
    const folder = file.slice(0, file.lastIndexOf('/'));
    folders.set(folder, [...(folders.get(folder) ?? []), `# ${file}\n${text}`]);
  }

  it('renders at least one chart', () => {
    expect(folders.size).toBeGreaterThan(0);
  });

  for (const [folder, docs] of folders) {
    it(`dist/${folder}`, () => {
      expect(docs.join('---\n')).toMatchSnapshot();
    });
  }
});
