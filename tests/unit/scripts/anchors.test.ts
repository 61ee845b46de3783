import { expect, test } from 'vitest';
import { keepAliasedAnchors } from '../../../scripts/anchors.mjs';

test('a renamed heading keeps its old anchor in the manifest while an alias still lands on it', () => {
  const previous = { '/sections/a/': ['old-name', 'kept', 'removed-on-purpose'] };
  const current = { '/sections/a/': ['new-name', 'kept'], '/sections/b/': ['first'] };
  const ids: Record<string, string[]> = { '/sections/a/': ['new-name', 'kept', 'old-name', 'main'], '/sections/b/': ['first'] };
  expect(keepAliasedAnchors(previous, current, (path: string) => ids[path] ?? [])).toEqual({
    '/sections/a/': ['new-name', 'kept', 'old-name'],
    '/sections/b/': ['first'],
  });
});
