import { expect, test } from 'vitest';
import { describeValue, suggestField, unknownFieldMessage } from '../../../../src/lib/content/issues';
import { SECTION_FIELD_NAMES } from '../../../../src/schemas/section';
import { sourceFieldNames } from '../../../../src/schemas/source';

test.each([
  ['lastreviewed', 'lastReviewed'],
  ['LastReviewed', 'lastReviewed'],
  ['alias', 'aliases'],
  ['anchorAlias', 'anchorAliases'],
  ['currentAsof', 'currentAsOf'],
  ['titel', 'title'],
  ['source', 'sources'],
  ['topic', 'topics'],
  ['summery', 'summary'],
])('section field %s → %s', (name, expected) => expect(suggestField(name, SECTION_FIELD_NAMES)).toBe(expected));

test.each([
  ['shortname', 'shortName'],
  ['paranthetical', 'parenthetical'],
  ['histroy', 'history'],
  ['reporters', 'reporter'],
  ['lastchecked', 'lastChecked'],
  ['linkcheck', 'linkCheck'],
])('case field %s → %s', (name, expected) => expect(suggestField(name, sourceFieldNames('case'))).toBe(expected));

test('no suggestion for a word that is nothing like a field, but a list of the fields', () => {
  expect(suggestField('colour', SECTION_FIELD_NAMES)).toBeUndefined();
  expect(unknownFieldMessage('colour', ['a', 'b'])).toBe('unknown field. Remove it, or use one of: a, b.');
});

test('fields that look meaningful get their own advice', () => {
  expect(unknownFieldMessage('draft', SECTION_FIELD_NAMES)).toContain('Sections have no draft state');
  expect(unknownFieldMessage('description', SECTION_FIELD_NAMES)).toContain('The summary is the description');
});

test.each([
  [null, 'empty'],
  [[1], 'a list'],
  [{ a: 1 }, 'a map of fields'],
  [3, 'a number'],
  [true, 'true (yes/no)'],
  ['x', 'text'],
])('describeValue(%j)', (value, expected) => expect(describeValue(value)).toBe(expected));

test('fieldNamesAt finds the fields declared at any depth', async () => {
  const { fieldNamesAt } = await import('../../../../src/lib/content/issues');
  const { sourceKindSchema } = await import('../../../../src/schemas/source');
  const { SectionSchema } = await import('../../../../src/schemas/section');
  const schema = sourceKindSchema('case');
  expect(schema && fieldNamesAt(schema, ['history', 0])).toEqual(['phrase', 'name', 'citation']);
  expect(schema && fieldNamesAt(schema, ['name'])).toEqual([]);
  expect(fieldNamesAt(SectionSchema, [])).toContain('anchorAliases');
});
