export { exportDocx, writeDocxAtomic, type ExportDocxInput } from './exportDocx';
