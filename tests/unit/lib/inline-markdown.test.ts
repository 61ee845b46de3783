import { describe, expect, test } from 'vitest';
import { citedKeys, findInlineProblems, inlinePlainText, renderInline } from '../../../src/lib/inline-markdown';

const known = new Set(['usc-28-2401', 'npap-about', 'cfr-28-14-2']);
const sources = new Map([
  ['usc-28-2401', { url: 'https://www.law.cornell.edu/uscode/text/28/2401', label: '28 U.S.C. § 2401' }],
  ['cfr-28-14-2', { url: 'https://www.ecfr.gov/current/title-28/section-14.2', label: '28 C.F.R. § 14.2' }],
  ['npap-about', { url: 'https://www.nlg-npap.org/about', label: 'NPAP, About Us' }],
]);

describe('findInlineProblems', () => {
  test('a paragraph of bold, italics, links and known markers is fine', () => {
    expect(findInlineProblems('A claim must *reach* the agency in **2 years** [@usc-28-2401]. See [the deadlines](/sections/x/#d) and [NPAP](@npap-about).', known)).toEqual([]);
  });
  test.each([
    ['Sue in time [@usc-28-9999].', 'Unknown source key "usc-28-9999" in [@usc-28-9999]. Fix the spelling, or add a "usc-28-9999" entry to a file in content/sources/.'],
    ['See [them](@no-such-source).', 'Unknown source key "no-such-source"'],
    ['Sue in time [@Usc].', 'malformed citation marker "[@Usc]"'],
    ['- a list', 'Write one paragraph'],
    ['One.\n\nTwo.', 'Write one paragraph'],
    ['A [link](http://example.org/).', 'the link "http://example.org/" is not allowed'],
    ['A [link](javascript:alert(1)).', 'is not allowed'],
    ['Some `code`.', '"inlineCode" Markdown is not allowed here'],
  ])('%s', (text, message) => {
    expect(findInlineProblems(text, known).join('\n')).toContain(message);
  });
});

test('citedKeys lists keys in order of first citation', () => {
  expect(citedKeys('A [@cfr-28-14-2; @usc-28-2401]. B [@cfr-28-14-2].')).toEqual(['cfr-28-14-2', 'usc-28-2401']);
});

test('inlinePlainText drops markers and Markdown', () => {
  expect(inlinePlainText('A claim must *reach* the agency [@usc-28-2401]. See [NPAP](@npap-about).')).toBe('A claim must reach the agency. See NPAP.');
});

describe('renderInline', () => {
  test('markers sit against their word, link to the table of sources and are named after the source; numbers are shared', () => {
    const numbers = new Map<string, number>();
    const first = renderInline('Reach the agency in 2 years [@usc-28-2401; @cfr-28-14-2].', { base: '/', sources, numbers });
    expect(first).toBe(
      'Reach the agency in 2 years<sup class="cite"><a href="/sources/#usc-28-2401" aria-label="Source 1: 28 U.S.C. § 2401">1</a><span aria-hidden="true">,</span><a href="/sources/#cfr-28-14-2" aria-label="Source 2: 28 C.F.R. § 14.2">2</a></sup>.',
    );
    const second = renderInline('Sue within 6 months [@usc-28-2401].', { base: '/', sources, numbers });
    expect(second).toContain('aria-label="Source 1: 28 U.S.C. § 2401">1</a>');
  });
  test('site links get the base path; @key links go to the source, without a referrer', () => {
    const html = renderInline('[Deadlines](/sections/x/#d) and [NPAP](@npap-about), *reach*.', { base: '/explainer/', sources, numbers: new Map() });
    expect(html).toBe('<a href="/explainer/sections/x/#d">Deadlines</a> and <a href="https://www.nlg-npap.org/about" rel="noopener noreferrer">NPAP</a>, <em>reach</em>.');
  });
  test('marker links carry the base path', () => {
    expect(renderInline('X [@usc-28-2401].', { base: '/explainer/', sources, numbers: new Map() })).toContain('href="/explainer/sources/#usc-28-2401"');
  });
});
