import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../../../src/lib/content/frontmatter';

describe('splitFrontmatter', () => {
  test('splits a file, keeping body lines on their file lines', () => {
    const split = splitFrontmatter('---\ntitle: x\n---\n\n## Heading\n');
    expect(split).toEqual({ ok: true, yaml: 'title: x\n', yamlLine: 2, body: '\n\n\n\n## Heading\n', bodyText: '\n## Heading\n' });
  });

  test.each([
    ['CRLF line endings', '---\r\ntitle: x\r\n---\r\nBody\r\n', 'title: x\r\n'],
    ['a byte order mark', '\uFEFF---\ntitle: x\n---\nBody\n', 'title: x\n'],
    ['empty frontmatter', '---\n---\nBody\n', ''],
  ])('accepts %s', (_label, text, yaml) => {
    const split = splitFrontmatter(text);
    expect(split.ok && split.yaml).toBe(yaml);
  });

  test.each([
    ['a leading blank line', '\n---\ntitle: x\n---\n', 1, 'the file must start with a line "---"'],
    ['leading spaces', '  ---\ntitle: x\n---\n', 1, 'the file must start with a line "---"'],
    ['TOML frontmatter', '+++\ntitle = "x"\n+++\n', 1, 'the file must start with a line "---"'],
    ['an opening line with more on it', '---title: x\n---\n', 1, 'the file must start with a line "---"'],
    ['no frontmatter', '## Heading\n', 1, 'the file must start with a line "---"'],
    ['no closing line', '---\ntitle: x\n', 1, 'the frontmatter has no closing "---" line'],
    ['a closing line with more on it', '---\ntitle: x\n--- trailing\nBody\n', 3, 'that line must be exactly "---" (found "--- trailing")'],
    ['a longer closing line', '---\ntitle: x\n----\nBody\n', 3, 'found "----"'],
    ['a "+++" line inside', '---\ntitle: x\n+++\n---\n', 3, 'found "+++"'],
    ['a lone carriage return', '---\ntitle: x\r---\nBody\n', 2, 'this line ends in a lone carriage return'],
  ])('refuses %s', (_label, text, line, problem) => {
    const split = splitFrontmatter(text);
    expect(split.ok).toBe(false);
    if (!split.ok) {
      expect(split.line).toBe(line);
      expect(split.problem).toContain(problem);
    }
  });
});
