import { expect, test } from 'vitest';
import { checkGlossary } from '../../../src/lib/glossary';

const good = 'ftca:\n  term: FTCA\n  match: ["Federal Tort Claims Act", "FTCA"]\n';

test('a valid glossary reads', () => {
  expect(checkGlossary(good)).toEqual({ terms: [{ anchor: 'ftca', term: 'FTCA', match: ['Federal Tort Claims Act', 'FTCA'] }], errors: [] });
});

test.each([
  [`${good}  defintion: "x"\n`, 'content/glossary/terms.yaml:4: term "ftca", field "defintion": unknown field. Remove it, or use one of: term, match.'],
  [`${good}  mach: ["x"]\n`, 'content/glossary/terms.yaml:4: term "ftca", field "mach": unknown field. Did you mean "match"?'],
  ['ftca:\n  term: FTCA\n  match: FTCA\n', 'content/glossary/terms.yaml:3: term "ftca", field "match": is text, which does not fit here. List the phrases in brackets'],
  ['ftca:\n  term: Federal\n  match: ["FTCA"]\n', 'content/glossary/terms.yaml:1: term "ftca": a heading "Federal" gets the id "federal". Rename the key to "federal".'],
  ['Bad_Key:\n  term: FTCA\n  match: ["FTCA"]\n', 'content/glossary/terms.yaml:1: term "Bad_Key": Glossary keys are kebab-case anchors'],
  [`${good}ftca:\n  term: FTCA\n  match: ["x"]\n`, 'content/glossary/terms.yaml:4: term "ftca" is given twice (first on line 1).'],
  ['ftca: &a\n  term: FTCA\n  match: ["FTCA"]\n', 'the anchor "&a" is not allowed'],
  ['ftca:\n  term: "\u202EFTCA"\n  match: ["FTCA"]\n', 'content/glossary/terms.yaml:2: column 10 holds the invisible character U+202E'],
  [`ftca:\n  term: FTCA\n  match: ["${'x'.repeat(81)}"]\n`, 'Keep each phrase to 80 characters or fewer.'],
])('%#: names the file, line, term, field and fix', (text, message) => {
  expect(checkGlossary(text).errors.join('\n')).toContain(message);
});
