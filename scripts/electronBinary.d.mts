/** The folder of the electron npm package, or null when it is not installed. */
export function electronPackageDir(): string | null;
/** The absolute path of the Electron executable if it is installed, otherwise null. */
export function installedElectronBinary(): string | null;
