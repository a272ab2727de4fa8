// electron-builder afterPack hook: flips Electron's fuses in the packaged binary, before signing.
// Fuses are compiled-in switches the app cannot turn back on at run time (no ELECTRON_RUN_AS_NODE,
// no NODE_OPTIONS, no --inspect, code only from app.asar).
const { FuseV1Options, FuseVersion } = require('@electron/fuses');

/** Platforms whose Electron checks app.asar against the hash electron-builder embeds. */
const ASAR_INTEGRITY_PLATFORMS = new Set(['darwin', 'mas', 'win32']);

/** The fuse configuration for one platform (electron-builder's electronPlatformName). */
function fuseConfig(platform) {
  return {
    version: FuseVersion.V1,
    // Flipping fuses breaks the ad-hoc signature of arm64 macOS builds; re-sign ad hoc there.
    resetAdHocDarwinSignature: platform === 'darwin',
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: ASAR_INTEGRITY_PLATFORMS.has(platform),
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // The renderer is served from app://, so file:// needs none of its old extra privileges.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

/**
 * Applies {@link fuseConfig} through electron-builder's own helper, which finds the binary for each
 * platform. A binary without a fuse wire fails the build: an unfused app must never ship.
 */
async function afterPack(context) {
  const config = fuseConfig(context.electronPlatformName);
  await context.packager.addElectronFuses(context, config);
}

module.exports = { afterPack, fuseConfig };
