import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { findUnexpectedContentFiles } from '../../../../src/lib/content/files';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function project(files: string[], setup?: (root: string) => void): string[] {
  const root = mkdtempSync(join(tmpdir(), 'content-files-'));
  roots.push(root);
  for (const path of ['content/sections/first.mdx', ...files]) {
    if (path.endsWith('/')) mkdirSync(join(root, path), { recursive: true });
    else {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), 'x');
    }
  }
  setup?.(root);
  return findUnexpectedContentFiles(root);
}

test('the expected layout passes, and macOS .DS_Store files are ignored', () => {
  expect(project(['content/sources/cases.yaml', 'content/sources/news-2026.yaml', 'content/glossary/terms.yaml', 'content/changes.yaml', 'content/published-anchors.json', 'content/sections/.DS_Store', 'content/.DS_Store'])).toEqual([]);
});

test.each([
  ['content/sections/third.md', 'content/sections/third.md: unexpected file. sections are .mdx files'],
  ['content/sections/third.markdown', 'content/sections/third.markdown: unexpected file.'],
  ['content/sections/third.mdx~', 'content/sections/third.mdx~: unexpected file.'],
  ['content/sections/.third.mdx', 'content/sections/.third.mdx: unexpected file.'],
  ['content/sections/two_routes.mdx', 'content/sections/two_routes.mdx: unexpected file.'],
  ['content/sections/drafts/', 'content/sections/drafts/: unexpected folder. sections are .mdx files'],
  ['content/sections/drafts/x.mdx', 'content/sections/drafts/: unexpected folder.'],
  ['content/sources/cases.json', 'content/sources/cases.json: unexpected file. sources are .yaml files'],
  ['content/sources/Cases.yaml', 'content/sources/Cases.yaml: unexpected file.'],
  ['content/glossary/more.yaml', 'content/glossary/more.yaml: unexpected file. the glossary is the one file content/glossary/terms.yaml'],
  ['content/README.md', 'content/README.md: unexpected file. content/ holds only'],
  ['content/components/Status.astro', 'content/components/: unexpected folder. content/ holds only'],
  ['content/sections.mdx', 'content/sections.mdx: unexpected file.'],
])('%s is reported', (path, message) => {
  expect(project([path]).join('\n')).toContain(message);
});

test('a symbolic link is refused wherever it points', () => {
  const errors = project([], (root) => {
    symlinkSync('/etc/hostname', join(root, 'content/sections/host.mdx'));
    symlinkSync(join(root, 'content/sections'), join(root, 'content/sources'));
  });
  expect(errors).toEqual([
    'content/sections/host.mdx: is a symbolic link. Content must be real files inside content/: replace it with the file itself.',
    'content/sources: is a symbolic link. Content must be real files inside content/: replace it with the file itself.',
  ]);
});

test('a missing sections folder is reported', () => {
  const root = mkdtempSync(join(tmpdir(), 'content-files-'));
  roots.push(root);
  expect(findUnexpectedContentFiles(root)).toEqual(['content/sections/: the folder is missing. Sections live in content/sections/<slug>.mdx.']);
});
