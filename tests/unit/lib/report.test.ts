import { expect, test } from 'vitest';
import { reportRoute } from '../../../src/lib/report';

test.each([
  [undefined, { kind: 'none' }],
  ['', { kind: 'none' }],
  ['  ', { kind: 'none' }],
  ['https://github.com/owner/repo/issues/new', { kind: 'web', href: 'https://github.com/owner/repo/issues/new' }],
  ['mailto:corrections@example.org', { kind: 'email', href: 'mailto:corrections@example.org', address: 'corrections@example.org' }],
])('%s', (value, route) => expect(reportRoute(value)).toEqual(route));

test.each(['http://example.org/report', 'javascript:alert(1)', 'mailto:not-an-address', 'github.com/owner/repo/issues/new', '/about/'])('refuses %s, naming the variable and the fix', (value) => {
  expect(() => reportRoute(value)).toThrow(/REPORT_PROBLEM_URL=".*" .*Set REPORT_PROBLEM_URL to an https:\/\/ address/);
});
