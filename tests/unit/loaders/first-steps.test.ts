import { describe, expect, test } from 'vitest';
import { readFirstSteps } from '../../../src/loaders/first-steps';

const known = new Set(['usc-28-2401', 'addison-law-ice-excessive-force', 'npap-about']);
const file = 'content/first-steps/en.yaml';

const valid = `
title: What to do now
deadline:
  label: "Deadline:"
  href: /sections/filing-an-ftca-claim/#deadlines
  text: >-
    a written claim must reach the agency within 2 years [@usc-28-2401].
    After the agency mails a denial, you have 6 months to sue [@usc-28-2401].
    Other claims can have shorter deadlines, which this claim does not pause [@addison-law-ice-excessive-force].
steps:
  - lead: Find a lawyer.
    href: /sections/practical-steps/#finding-a-lawyer
    text: The [National Police Accountability Project](@npap-about) keeps a list of lawyers [@npap-about].
notice:
  label: Legal information, not legal advice.
  full: >-
    A claim must reach the agency within 2 years, and you have 6 months to sue after it mails a denial [@usc-28-2401].
    Other claims can have shorter deadlines that this claim does not pause [@addison-law-ice-excessive-force].
  short: Every case is different.
`;

test('a valid block parses', () => {
  const { data, errors } = readFirstSteps(valid, file, known);
  expect(errors).toEqual([]);
  expect(data?.steps).toHaveLength(1);
});

describe('each mistake fails with the file, the field and the fix', () => {
  test.each([
    ['an unknown key', valid.replace('[@npap-about].', '[@npap-aboot].'), ['content/first-steps/en.yaml: field "steps.1.text": Unknown source key "npap-aboot"', 'add a "npap-aboot" entry to a file in content/sources/']],
    ['a missing field', valid.replace('title: What to do now\n', ''), ['content/first-steps/en.yaml: field "title"', 'Add the title']],
    ['an unknown field', valid.replace('title: What to do now', 'title: What to do now\ncolour: red'), ['content/first-steps/en.yaml', 'colour']],
    ['a link that is not a site path', valid.replace('href: /sections/practical-steps/#finding-a-lawyer', 'href: practical-steps'), ['field "steps.1.href"', 'site path starting with "/"']],
    [
      'the deadline without the shorter-clock warning',
      valid.replace('    Other claims can have shorter deadlines, which this claim does not pause [@addison-law-ice-excessive-force].\nsteps', 'steps'),
      ['field "deadline.text" states the FTCA deadline but does not say that other claims', 'Add it next to the deadline'],
    ],
    ['a notice that does not give the deadline', valid.replace(/ {2}full: >-\n[\s\S]*? {2}short/, '  full: Talk to a lawyer.\n  short'), ['field "notice.full" must give the deadline']],
    ['broken YAML', 'title: [', ['content/first-steps/en.yaml', 'Fix the YAML syntax']],
  ])('%s', (_, text, says) => {
    const { data, errors } = readFirstSteps(text, file, known);
    expect(data).toBeUndefined();
    for (const message of says) expect(errors.join('\n')).toContain(message);
  });
});
