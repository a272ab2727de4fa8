// Regenerates the app and document icons in resources/icons with ImageMagick (Debian's
// `imagemagick` package). Run by hand when the artwork changes; only the outputs are committed:
// PNGs for Linux (linux/NxN.png), .ico for Windows, .icns for macOS (assembled here from PNGs).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const convert = process.env.CONVERT ?? '/usr/bin/convert';
const out = 'resources/icons';
const blue = '#009EDB';
const font = '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf';
const work = mkdtempSync(join(tmpdir(), 'accord-icons-'));

const run = (args) => execFileSync(convert, args, { stdio: 'inherit' });
const resize = (from, size, to) =>
  run([from, '-resize', `${size}x${size}`, '-depth', '8', `PNG32:${to}`]);

// App icon: a UN-blue rounded square with a white serif "A" over a rule.
run([
  '-size',
  '512x512',
  'xc:none',
  '-fill',
  blue,
  '-draw',
  'roundrectangle 16,16 495,495 96,96',
  '-fill',
  'white',
  '-font',
  font,
  '-pointsize',
  '330',
  '-gravity',
  'center',
  '-annotate',
  '+0-20',
  'A',
  '-draw',
  'rectangle 136,400 376,420',
  '-depth',
  '8',
  `PNG32:${join(out, 'icon.png')}`,
]);
// Document icon: a white page with a folded corner and the blue "A".
run([
  '-size',
  '512x512',
  'xc:none',
  '-fill',
  'white',
  '-stroke',
  '#5a6b7b',
  '-strokewidth',
  '10',
  '-draw',
  'polygon 96,24 336,24 432,120 432,488 96,488',
  '-fill',
  '#dde6ee',
  '-draw',
  'polygon 336,24 336,120 432,120',
  '-stroke',
  'none',
  '-fill',
  blue,
  '-font',
  font,
  '-pointsize',
  '240',
  '-gravity',
  'center',
  '-annotate',
  '+0+30',
  'A',
  '-depth',
  '8',
  `PNG32:${join(out, 'document.png')}`,
]);

mkdirSync(join(out, 'linux'), { recursive: true });
for (const size of [16, 32, 48, 64, 128, 256, 512]) {
  resize(join(out, 'icon.png'), size, join(out, 'linux', `${size}x${size}.png`));
}

for (const name of ['icon', 'document']) {
  const png = (size) => join(work, `${name}-${size}.png`);
  for (const size of [16, 32, 48, 128, 256]) resize(join(out, `${name}.png`), size, png(size));
  run([...[16, 32, 48, 256].map(png), join(out, `${name}.ico`)]);
  const chunk = (type, file) => {
    const data = readFileSync(file);
    const header = Buffer.alloc(8);
    header.write(type, 0, 'ascii');
    header.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([header, data]);
  };
  const body = Buffer.concat([
    chunk('ic07', png(128)),
    chunk('ic08', png(256)),
    chunk('ic09', join(out, `${name}.png`)),
  ]);
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'ascii');
  header.writeUInt32BE(body.length + 8, 4);
  writeFileSync(join(out, `${name}.icns`), Buffer.concat([header, body]));
}
rmSync(work, { recursive: true, force: true });
