// electron-builder beforeBuild hook. Main, preload and renderer are bundles with every dependency
// inside (only electron is external), so node_modules is neither rebuilt nor copied into the app:
// resolving false tells electron-builder that node_modules is handled outside of it.
exports.beforeBuild = async () => false;
