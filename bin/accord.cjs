#!/usr/bin/env node
// The `accord` command: runs the bundled CLI (built by `npm install` or `npm run build`).
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'main', 'cli.cjs');
if (!fs.existsSync(cli)) {
  process.stderr.write('accord: the command line is not built yet. Run `npm run build:main` in the Accord folder.\n');
  process.exit(2);
}
require(cli);
