import { runExportBench } from './exportBench';
runExportBench().then((l) => console.log(l.join('\n')));
