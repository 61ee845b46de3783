import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bodyLinkProblem, httpsUrlProblem, imageUrlProblem } from '../../../../src/lib/content/urls';

const root = join(import.meta.dirname, '../../../..');

describe('httpsUrlProblem', () => {
  test('accepts every URL the real sources use', () => {
    const urls = readdirSync(join(root, 'content/sources')).flatMap((name) => [...readFileSync(join(root, 'content/sources', name), 'utf8').matchAll(/^\s+url: "?([^"\n]+)"?$/gm)].map((m) => m[1] ?? ''));
    expect(urls.length).toBeGreaterThan(50);
    expect(urls.map((url) => [url, httpsUrlProblem(url)]).filter(([, problem]) => problem !== undefined)).toEqual([]);
  });

  test.each([
    ['https://www.law.cornell.edu/uscode/text/28/2680#h'],
    ['https://www.congress.gov/bill/119th-congress/senate-bill/3187?q=%7B%22search%22%7D'],
    ['https://supreme.justia.com/cases/federal/us/596/21-147/'],
    ['https://WWW.LAW.CORNELL.EDU/'],
  ])('accepts %s', (url) => expect(httpsUrlProblem(url)).toBeUndefined());

  test.each([
    ['http://www.law.cornell.edu/', 'uses http:'],
    ['javascript:alert(1)', '"javascript:" links are not allowed'],
    ['data:text/html,x', '"data:" links are not allowed'],
    ['vbscript:x', '"vbscript:" links are not allowed'],
    ['ftp://x.org/', '"ftp:" links are not allowed'],
    ['/sections/ftca/', 'is not an absolute link'],
    ['//evil.example/', 'leaves out "https:"'],
    ['https:evil.example', 'must start with "https://" in lower case'],
    ['https:/evil.example/', 'must start with "https://" in lower case'],
    ['https://www.law.cornell.edu@evil.example/', 'so it really goes to "evil.example"'],
    ['https://evil.example%2f@www.law.cornell.edu/', 'has a user name or password'],
    ['https://:@www.law.cornell.edu/', 'has a user name or password'],
    ['https://www.law.cornell.edu:443/', 'names a port'],
    ['https://192.168.0.1/', 'uses an IP address'],
    ['https://0x7f.1/', 'uses an IP address'],
    ['https://[::1]/', 'uses an IP address'],
    ['https://%65vil.example/', 'browsers read as "evil.example"'],
    ['https://www.law.cornell.edu./', 'does not have a public host name'],
    ['https://intranet/', 'does not have a public host name'],
    ['https://a_b.example/', 'does not have a public host name'],
    ['https://xn--80ak6aa92e.com/', 'punycode'],
    ['https://www.lаw.cornell.edu/', 'which is not plain ASCII'],
    ['https://www.law.cornell.edu/§1983', 'which is not plain ASCII'],
    ['https://www.law.cornell.edu\\@evil.example/', 'contains a backslash'],
    ['https://www.law.cornell.edu/\u202Efdp.exe', 'invisible character U+202E'],
    ['https://www.law.cornell.edu/\u200B', 'invisible character U+200B'],
    ['https://www.law.cornell.edu/ a', 'contains a space or a line break'],
    ['https://www.law.cornell.edu/\ta', 'contains a space or a line break'],
    [' https://www.law.cornell.edu/', 'contains a space or a line break'],
    [`https://www.law.cornell.edu/${'a'.repeat(2_100)}`, 'links are at most 2048'],
  ])('refuses %s', (url, message) => expect(httpsUrlProblem(url)).toContain(message));
});

describe('bodyLinkProblem', () => {
  test.each([['https://www.law.cornell.edu/'], ['/sections/ftca/'], ['/sections/ftca/#deadlines'], ['/sources/'], ['/search/?q=ftca'], ['#deadlines'], ['#quién-paga']])('accepts %s', (url) => expect(bodyLinkProblem(url)).toBeUndefined());

  test.each([
    ['javascript:alert(1)', 'the link "javascript:alert(1)" runs code'],
    ['JAVASCRIPT:alert(1)', 'runs code'],
    ['data:text/html,x', 'runs code'],
    ['http://x.org/', 'uses http:'],
    ['mailto:x@y.org', 'uses "mailto:"'],
    ['tel:+15550100', 'uses "tel:"'],
    ['file:///etc/passwd', 'uses "file:"'],
    ['//evil.example/', 'leaves out "https:"'],
    ['/\\evil.example/', 'contains a backslash'],
    ['ftca/', 'is relative'],
    ['../ftca/', 'is relative'],
    ['/sections/../x', '"." or ".." segments'],
    ['/sections/./x', '"." or ".." segments'],
    ['#', 'goes nowhere'],
    ['/sections/ftca/ x', 'contains a space'],
    ['/sections/\u202Eftca', 'invisible character'],
  ])('refuses %s', (url, message) => expect(bodyLinkProblem(url)).toContain(message));
});

describe('imageUrlProblem', () => {
  test.each([['/images/chart.png'], ['/favicon.svg'], ['/images/a-b_c.v2.webp'], ['/x.JPG']])('accepts %s', (url) => expect(imageUrlProblem(url)).toBeUndefined());
  test.each([
    ['https://x.org/a.png', '("https:" images are not allowed)'],
    ['data:image/png;base64,AAAA', '("data:" images are not allowed)'],
    ['javascript:alert(1)', '("javascript:" images are not allowed)'],
    ['images/a.png', 'is not a path to an image file on this site'],
    ['//x.org/a.png', 'is not a path to an image file on this site'],
    ['/images/a.png?x=1', 'is not a path to an image file on this site'],
    ['/images/../secret.png', 'is not a path to an image file on this site'],
    ['/images/a.html', 'is not a path to an image file on this site'],
    ['/images/a b.png', 'is not a path to an image file on this site'],
  ])('refuses %s', (url, message) => expect(imageUrlProblem(url)).toContain(message));
  test('checks the file exists in public/', () => {
    expect(imageUrlProblem('/images/a.png', () => false)).toBe('the image "/images/a.png" is not a file in public/. Add public/images/a.png, or fix the path.');
  });
});
