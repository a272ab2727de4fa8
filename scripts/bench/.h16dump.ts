import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { unzipSync } from 'fflate';
import { exportDocx } from '../../main/services/export';
import { commentedPlan } from './commentedPlan';
import { richDocument } from '../../tests/unit/main/export/fixtures';
import { loadAccordText } from '../../shared/document/load';

async function dump(name: string, bytes: Uint8Array, out: string) {
  writeFileSync(join(out, name + '.docx'), bytes);
  for (const [p, d] of Object.entries(unzipSync(bytes))) {
    const f = join(out, name, p);
    mkdirSync(dirname(f), { recursive: true });
    writeFileSync(f, d);
  }
}
async function main() {
  const out = process.argv[2]!;
  mkdirSync(out, { recursive: true });
  const rich = richDocument();
  await dump('rich', await exportDocx({ ...rich, options: { comments: true, changes: true } }), out);
  await dump('richplain', await exportDocx({ ...rich, options: { comments: false, changes: false } }), out);
  await dump('richtoc', await exportDocx({ ...rich, options: { comments: true, changes: true, tableOfContents: true } }), out);
  const loaded = loadAccordText(readFileSync('resources/templates/untfsse-action-plan.accord', 'utf8'), 't');
  if (!loaded.ok) throw new Error('x');
  await dump('template', await exportDocx({ ...loaded.value, options: { comments: true, changes: true, tableOfContents: true } }), out);
  const plan = commentedPlan();
  await dump('plan', await exportDocx({ ...plan, options: { comments: true, changes: true } }), out);
}
main();
