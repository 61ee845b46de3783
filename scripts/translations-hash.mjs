// `npm run translations:hash`: the fingerprint of each English section, to copy into a
// translation's `translatedFrom` when it is made from (or brought up to date with) that file.
// The same computation as src/lib/translations.ts (translationHash).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '../content/sections');
const only = process.argv.slice(2);
for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()) {
  const slug = name.slice(0, -'.mdx'.length);
  if (only.length > 0 && !only.includes(slug)) continue;
  const text = readFileSync(join(dir, name), 'utf8').replace(/\r\n/g, '\n');
  console.log(`${slug} ${createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12)}`);
}
