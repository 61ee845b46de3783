import { describe, expect, test } from 'vitest';
import { bodyShape, findTranslationProblems, fingerprintStatus, translationHash, translationStatus } from '../../../src/lib/translations';

const english = `## Deadlines

<Status is="settled" /> The claim must reach the agency within two years [@usc-28-2401, at 1].

<Deadlines>

- Six months to sue after a mailed denial [@usc-28-2401].

</Deadlines>

### Exceptions

Rare [@wong].
`;
const spanish = `## Plazos

<Status is="settled" /> La reclamación debe llegar a la agencia en dos años [@usc-28-2401, at 1].

<Deadlines>

- Seis meses para demandar tras una denegación enviada por correo [@usc-28-2401].

</Deadlines>

### Excepciones

Raras [@wong].
`;

const shape = (body: string) => {
  const result = bodyShape(body);
  if (result === undefined) throw new Error('did not parse');
  return result;
};
const pair = (body: string, sources = ['usc-28-2401', 'wong']) => ({
  file: 'content/es/sections/x.mdx',
  sources,
  shape: shape(body),
  original: { file: 'content/sections/x.mdx', sources: ['usc-28-2401', 'wong'], shape: shape(english) },
});

describe('translationHash', () => {
  test('is 12 hex digits of SHA-256, the same for LF and CRLF', () => {
    expect(translationHash('abc\n')).toMatch(/^[0-9a-f]{12}$/);
    expect(translationHash('a\r\nb\r\n')).toBe(translationHash('a\nb\n'));
    expect(translationHash('a\nb\n')).not.toBe(translationHash('a\nc\n'));
  });
  test('a translation made from the current English is current; otherwise behind', () => {
    expect(translationStatus(english, translationHash(english))).toBe('current');
    expect(translationStatus(`${english}\nMore.`, translationHash(english))).toBe('behind');
  });
  test('from a stored fingerprint: only the same fingerprint is current', () => {
    expect(fingerprintStatus(translationHash(english), translationHash(english))).toBe('current');
    expect(fingerprintStatus(undefined, translationHash(english))).toBe('behind');
    expect(fingerprintStatus(12345, '000000012345')).toBe('behind');
  });
});

describe('bodyShape', () => {
  test('keeps headings, statuses, boxes and citations, not the words', () => {
    expect(shape(english)).toEqual({ headings: [2, 3], statuses: ['settled'], deadlines: 1, timelines: 0, citations: ['usc-28-2401', 'usc-28-2401, at 1', 'wong'] });
    expect(shape(spanish)).toEqual(shape(english));
  });
});

describe('findTranslationProblems', () => {
  test('a faithful translation passes', () => expect(findTranslationProblems(pair(spanish))).toEqual([]));
  test.each([
    ['a source left out of the list', pair(spanish, ['usc-28-2401']), 'field "sources" must list the same sources as content/sections/x.mdx. Missing: "wong"'],
    ['a pinpoint changed', pair(spanish.replace('at 1]', 'at 2]')), 'missing "usc-28-2401, at 1"; extra "usc-28-2401, at 2"'],
    ['a status changed', pair(spanish.replace('is="settled"', 'is="open"')), 'the <Status> markers differ'],
    ['a box dropped', pair(spanish.replace(/<Deadlines>[\s\S]*<\/Deadlines>/, 'Seis meses [@usc-28-2401].')), '0 <Deadlines> box(es), but content/sections/x.mdx has 1'],
    ['a heading at another level', pair(spanish.replace('### Excepciones', '## Excepciones')), 'the headings differ'],
  ])('%s is reported with the fix', (_, input, message) => {
    const problems = findTranslationProblems(input);
    expect(problems.join('\n')).toContain(message);
    expect(problems[0]).toMatch(/^content\/es\/sections\/x\.mdx: /);
  });
  test('a translation with no English original is reported', () => {
    expect(findTranslationProblems({ ...pair(spanish), original: undefined })).toEqual([
      'content/es/sections/x.mdx: there is no English section with this slug. Name the file after the English section it translates (content/sections/<slug>.mdx), or remove it.',
    ]);
  });
});
