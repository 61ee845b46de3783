/**
 * Bad content must fail the build with one clear message naming the file, the
 * field or key, and the fix. Each row builds a fixture project (see
 * tests/fixtures/content-errors/README.md) with the real config and code.
 */
import { describe, expect, test } from 'vitest';
import { astroBuild, prepareFixture } from '../helpers/fixture-build';

interface Case {
  fixture: string;
  /** Every string must appear in the build output. */
  says: string[];
}

const cases: Case[] = [
  { fixture: 'unknown-citation-key', says: ['content/sections/second.mdx', 'Unknown source key "westfall-act-of-1988"', 'add a "westfall-act-of-1988" entry to a file in content/sources/'] },
  { fixture: 'malformed-marker', says: ['content/sections/second.mdx', 'malformed citation marker "[@Westfall]"', 'is not a kebab-case key', 'Write [@key]'] },
  { fixture: 'cited-but-not-listed', says: ['content/sections/second.mdx', '"egbert-v-boule" is cited in the text but missing from the frontmatter "sources" list', 'Add "egbert-v-boule" to sources'] },
  { fixture: 'listed-but-not-cited', says: ['content/sections/second.mdx', '"usc-28-2680" is listed in the frontmatter "sources" but never cited', 'or remove it from sources'] },
  { fixture: 'missing-required-field', says: ['content/sections/second.mdx', 'summary', 'Add a summary'] },
  { fixture: 'invalid-date', says: ['content/sections/second.mdx: field "currentAsOf": "2026-02-30" is not a real date', 'YYYY-MM-DD'] },
  { fixture: 'unknown-topic', says: ['content/sections/second.mdx', 'topics', 'Unknown topic. Use one of:'] },
  { fixture: 'duplicate-section-slug', says: ['content/sections/third.mdx', 'field "slug"', '"second" is already the slug of', 'content/sections/second.mdx', 'give this section its own slug'] },
  { fixture: 'broken-frontmatter-yaml', says: ['content/sections/second.mdx'] },
  { fixture: 'unknown-source-kind', says: ['content/sources/extra.yaml:1', 'source "martin-v-united-states", field "kind"', 'Set kind to one of: case, statute'] },
  { fixture: 'non-https-url', says: ['content/sources/extra.yaml:1', 'source "metnews-horiuchi", field "url"', 'uses http:. Use the https:// address'] },
  { fixture: 'javascript-url', says: ['content/sources/extra.yaml:1', 'source "bad-link", field "url"', '"javascript:" links are not allowed'] },
  { fixture: 'missing-source-field', says: ['content/sources/extra.yaml:1', 'source "hui-v-castaneda", field "court"', 'Add the court'] },
  { fixture: 'duplicate-source-key', says: ['content/sources/sources.yaml:1', 'source key "egbert-v-boule" is already defined at content/sources/extra.yaml:1', 'Keys must be unique'] },
  { fixture: 'broken-source-yaml', says: ['content/sources/extra.yaml:', 'Fix the YAML syntax'] },
  { fixture: 'empty-body', says: ['content/sections/second.mdx: the body is empty', 'Write the section below the frontmatter'] },
  { fixture: 'duplicate-heading', says: ['content/sections/second.mdx: content problem', 'line 16: the heading "Another heading" repeats the one on line 12', 'Give each heading distinct words'] },
  { fixture: 'date-in-the-future', says: ['content/sections/second.mdx: field "currentAsOf": 2099-01-01 is in the future', 'Use the date the section was actually checked'] },
  { fixture: 'raw-script', says: ['content/sections/second.mdx: component problem', '<script> is not allowed in a section', 'Use Markdown, or one of: <Status>, <Deadlines>'] },
  { fixture: 'event-handler-attribute', says: ['content/sections/second.mdx: component problem', '<Status> has no "onClick" attribute. Allowed: is'] },
  { fixture: 'unknown-status-value', says: ['content/sections/second.mdx: component problem', '<Status is="setled"> is not allowed. Use one of: settled, contested, open'] },
  { fixture: 'javascript-link', says: ['content/sections/second.mdx: content problem', 'the link "javascript:alert(1)" runs code', 'Link to an https:// page'] },
  { fixture: 'image-without-alt', says: ['content/sections/second.mdx: content problem', 'has no alt text', 'Describe it'] },
  { fixture: 'change-log-missing-anchor', says: ['content/changes.yaml:1: field "anchor": "no-such-heading" is not a heading id on /sections/first/', 'Use the id of the heading the change is under'] },
  { fixture: 'alias-collision', says: ['content/sections/second.mdx: field "aliases": "Egbert" is already an alias of content/sections/first.mdx', 'Keep each alias on the one section'] },
];

test('the valid fixture builds, so each failure below is caused by its one mistake', async () => {
  const result = await astroBuild(prepareFixture('_valid'));
  expect(result.output).not.toMatch(/error/i);
  expect(result.ok).toBe(true);
});

describe.each(cases)('$fixture', ({ fixture, says }) => {
  test('fails the build with a message naming the file, the field or key, and the fix', async () => {
    const result = await astroBuild(prepareFixture(fixture));
    expect(result.ok, result.output).toBe(false);
    for (const text of says) expect(result.output).toContain(text);
  });
});
