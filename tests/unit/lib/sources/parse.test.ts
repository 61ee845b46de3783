import { expect, test } from 'vitest';
import { findDuplicateKeys, parseSourceFile, validateSources } from '../../../../src/lib/sources/parse';

const good = `
egbert-v-boule:
  kind: case
  name: Egbert v. Boule
  reporter: 596 U.S. 482
  court: U.S.
  decided: 2022-06-08
  url: https://supreme.justia.com/cases/federal/us/596/21-147/
  linkCheck: pattern
`;

test('reads a map of key to source, with its line', () => {
  const { items, errors } = parseSourceFile(good, 'content/sources/cases.yaml');
  expect(errors).toEqual([]);
  expect(items.map((item) => [item.key, item.line])).toEqual([['egbert-v-boule', 2]]);
  expect(validateSources(items)).toMatchObject({ errors: [], items: [{ key: 'egbert-v-boule', kind: 'case' }] });
});

test('an empty file has no sources and no errors', () => {
  expect(parseSourceFile('# nothing yet\n', 'content/sources/empty.yaml')).toEqual({ items: [], errors: [] });
});

test('broken YAML names the file and line', () => {
  const { errors } = parseSourceFile('egbert-v-boule:\n  kind: case\n   name: [oops\n', 'content/sources/cases.yaml');
  expect(errors[0]).toMatch(/^content\/sources\/cases\.yaml:\d+: .*Fix the YAML syntax/);
});

test('a key repeated in one file is an error', () => {
  const { errors } = parseSourceFile(`${good}${good}`, 'content/sources/cases.yaml');
  expect(errors[0]).toMatch(/content\/sources\/cases\.yaml:\d+: .*Each source key may appear once/);
});

test('a list instead of a map is an error', () => {
  const { errors } = parseSourceFile('- kind: case\n', 'content/sources/cases.yaml');
  expect(errors[0]).toContain('content/sources/cases.yaml:1: The file must map each source key to its fields');
});

test('a key that is not kebab-case is an error', () => {
  const { errors } = parseSourceFile('Egbert_v_Boule:\n  kind: case\n', 'content/sources/cases.yaml');
  expect(errors[0]).toContain('content/sources/cases.yaml:1: source key "Egbert_v_Boule" is not kebab-case');
});

test('a key defined in two files is reported with both places', () => {
  const a = parseSourceFile(good, 'content/sources/cases.yaml').items;
  const b = parseSourceFile(good, 'content/sources/more.yaml').items;
  expect(findDuplicateKeys([...a, ...b])).toEqual([
    'content/sources/more.yaml:2: source key "egbert-v-boule" is already defined at content/sources/cases.yaml:2. Keys must be unique: remove the copy, or rename one and update its [@…] citations.',
  ]);
});

test('schema errors name the file, line, key, field and fix', () => {
  const { items } = parseSourceFile(good.replace('https://', 'http://'), 'content/sources/cases.yaml');
  expect(validateSources(items).errors).toEqual([
    'content/sources/cases.yaml:8: source "egbert-v-boule", field "url": "http://supreme.justia.com/cases/federal/us/596/21-147/" uses http:. Use the https:// address of the same page.',
  ]);
});

test('a misspelled field inside a list of maps is named with its suggestion', () => {
  const text = `${good}  history:\n    - phrase: vacated as moot\n      citaton: 266 F.3d 979 (9th Cir. 2001)\n`;
  expect(validateSources(parseSourceFile(text, 'content/sources/cases.yaml').items).errors.join('\n')).toContain(
    'content/sources/cases.yaml:12: source "egbert-v-boule", field "history.0.citaton": unknown field. Did you mean "citation"?',
  );
});
