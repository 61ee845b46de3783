import { expect, test } from 'vitest';
import { tocTree } from '../../../src/lib/toc';

test('h3s are sub-parts of the h2 before them, so main parts are numbered without gaps', () => {
  const headings = [
    { depth: 2, slug: 'a', text: 'A' },
    { depth: 3, slug: 'a1', text: 'A1' },
    { depth: 3, slug: 'a2', text: 'A2' },
    { depth: 4, slug: 'a2x', text: 'A2x' },
    { depth: 2, slug: 'b', text: 'B' },
  ];
  expect(tocTree(headings)).toEqual([
    { text: 'A', slug: 'a', children: [{ text: 'A1', slug: 'a1', children: [] }, { text: 'A2', slug: 'a2', children: [] }] },
    { text: 'B', slug: 'b', children: [] },
  ]);
});

test('an h3 before any h2 stands as a main part', () => {
  expect(tocTree([{ depth: 3, slug: 'x', text: 'X' }, { depth: 2, slug: 'y', text: 'Y' }]).map((entry) => entry.slug)).toEqual(['x', 'y']);
});
