import { performance } from 'node:perf_hooks';
import { exportDocx } from '../../main/services/export';
import { buildExportModel } from '../../shared/export-model';
import { writeDocument } from '../../main/services/export/document';
import { packageDocx } from '../../main/services/export/package';
import { houseStyle } from '../../resources/styles/houseStyle';
import { commentedPlan } from './commentedPlan';
async function main() {
  const plan = commentedPlan();
  const input = { ...plan, options: { comments: true, changes: true } };
  for (let i = 0; i < 3; i++) await exportDocx(input);
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const N = Number(process.argv[2] ?? 10);
  const t = { model: 0, write: 0, zip: 0 };
  for (let i = 0; i < N; i++) {
    let c = cpu();
    const model = buildExportModel(plan.doc, plan.file, input.options);
    t.model += cpu() - c; c = cpu();
    const parts = writeDocument(model, houseStyle, { tableOfContents: false });
    t.write += cpu() - c; c = cpu();
    packageDocx(parts, model.properties, houseStyle);
    t.zip += cpu() - c;
  }
  console.log(`CPU per export: model ${(t.model / N).toFixed(1)} ms, write ${(t.write / N).toFixed(1)} ms, zip ${(t.zip / N).toFixed(1)} ms`);
}
main();
