/**
 * MDX code runs when the compiled module is evaluated; the plugins refuse it at
 * compile time, so evaluation never happens. The control case shows the probe
 * really would write its file without them.
 */
import { evaluate } from '@mdx-js/mdx';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { remarkMdxComponents } from '../../../src/plugins/remark-mdx-components';

const dir = mkdtempSync(join(tmpdir(), 'no-code-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const runtime = { Fragment: Symbol('Fragment'), jsx: () => null, jsxs: () => null };
const probe = (file: string) => `export const pwn = (await import('node:fs')).writeFileSync(${JSON.stringify(file)}, 'x');\n\nText.\n`;

test('control: without the plugin, evaluating the probe writes its file', async () => {
  const file = join(dir, 'control.txt');
  await evaluate(probe(file), { ...runtime, baseUrl: import.meta.url });
  expect(existsSync(file)).toBe(true);
});

test('with the plugin, compilation fails and the file is never written', async () => {
  const file = join(dir, 'pwned.txt');
  await expect(evaluate({ value: probe(file), path: '/p/content/sections/x.mdx' }, { ...runtime, remarkPlugins: [[remarkMdxComponents, { root: '/p' }]] })).rejects.toThrow(
    'content/sections/x.mdx:1: "export const pwn = (await import(\'node:fs\')).writeFileSync(',
  );
  expect(existsSync(file)).toBe(false);
});

test.each([
  ['an expression', `{(await import('node:fs')).writeFileSync(FILE, 'x')}`],
  ['an expression in text', `Text {(await import('node:fs')).writeFileSync(FILE, 'x')} here.`],
  ['an attribute expression', `<Status is={(await import('node:fs')).writeFileSync(FILE, 'x')} />`],
])('%s is refused before it can run', async (_label, code) => {
  const file = join(dir, `${_label.replace(/\W/g, '-')}.txt`);
  await expect(evaluate({ value: code.replace('FILE', JSON.stringify(file)), path: '/p/content/sections/x.mdx' }, { ...runtime, remarkPlugins: [[remarkMdxComponents, { root: '/p' }]] })).rejects.toThrow('content/sections/x.mdx:1:');
  expect(existsSync(file)).toBe(false);
});
