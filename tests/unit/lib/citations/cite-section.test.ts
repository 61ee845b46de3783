import { expect, test } from 'vitest';
import { headingCitation, sectionCitation } from '../../../../src/lib/citations/cite-section';

const section = { title: 'Who pays', url: 'https://example.org/sections/who-pays/', currentAsOf: new Date('2026-06-01T00:00:00Z') };
const text = (parts: Array<{ text: string }>) => parts.map((part) => part.text).join('');

test('a section’s suggested citation gives its title, the site, the date the law was checked and its stable address', () => {
  const parts = sectionCitation(section);
  expect(text(parts)).toBe('Who pays, Liability Explained (law checked to June 1, 2026), https://example.org/sections/who-pays/');
  expect(parts[0]).toEqual({ text: 'Who pays', italic: true });
});

test('the short form points at a heading anchor', () => {
  expect(text(headingCitation(section, { text: 'Who pays the judgment', slug: 'who-pays-the-judgment' }))).toBe(
    'Who pays: Who pays the judgment, https://example.org/sections/who-pays/#who-pays-the-judgment',
  );
});
