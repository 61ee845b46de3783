// Copies the explainer's sections into Starlight's docs folder: same bodies, a
// `description` from the summary, imports for the three components, and a home page.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const here = import.meta.dirname;
const sections = join(here, '../../content/sections');
const docs = join(here, 'src/content/docs');
rmSync(docs, { recursive: true, force: true });
mkdirSync(join(docs, 'sections'), { recursive: true });

const components = "import Status from '../../../../../../src/components/Status.astro';\nimport Deadlines from '../../../../../../src/components/Deadlines.astro';\nimport FtcaTimeline from '../../../../../../src/components/FtcaTimeline.astro';\n";
const list = [];
for (const name of readdirSync(sections).filter((n) => n.endsWith('.mdx')).sort()) {
  const text = readFileSync(join(sections, name), 'utf8');
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const summary = /^summary: (.*)$/m.exec(frontmatter)?.[1] ?? '""';
  const order = Number(/^order: (\d+)$/m.exec(frontmatter)?.[1] ?? 0);
  const title = JSON.parse(/^title: (.*)$/m.exec(frontmatter)?.[1] ?? '""');
  // Starlight reads `slug` as its own URL field; the file name already gives the same URL.
  const kept = frontmatter.replace(/^slug: .*$/m, '');
  writeFileSync(join(docs, 'sections', name), `---\n${kept}\ndescription: ${summary}\nsidebar:\n  order: ${order}\n---\n${components}\n${body}`);
  list.push({ order, title, slug: name.replace(/\.mdx$/, ''), summary: JSON.parse(summary) });
}
list.sort((a, b) => a.order - b.order);
const short = list.find((s) => s.slug === 'short-answer');
writeFileSync(
  join(docs, 'index.mdx'),
  `---\ntitle: "Can ICE agents be held personally liable for what they do during raids?"\ndescription: ${JSON.stringify(short?.summary ?? '')}\n---\n\n## The short answer\n\n${short?.summary ?? ''}\n\n## Sections\n\n${list.map((s, i) => `${i + 1}. [${s.title}](/sections/${s.slug}/)\n\n   ${s.summary}`).join('\n')}\n`,
);
console.log(`Prepared ${list.length} sections for Starlight.`);
