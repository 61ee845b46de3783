import { describe, expect, test } from 'vitest';
import { findBodyProblems, headingIds } from '../../../../src/lib/content/body-rules';
import { findDeepNesting, parseSectionBody } from '../../../../src/lib/content/mdx';

function problems(body: string, publicFileExists?: (path: string) => boolean): string[] {
  const parsed = parseSectionBody(body);
  if (!parsed.ok) return [`${parsed.line}: ${parsed.problem}`];
  return findBodyProblems(parsed.tree, body, { publicFileExists }).map((p) => `${p.line ?? '?'}: ${p.message}`);
}

describe('no code: every kind of MDX JavaScript is refused', () => {
  test.each([
    ['import x from "y"'],
    ['import "./side-effect.js"'],
    ['import * as fs from "node:fs"'],
    ['export const x = 1'],
    ['export default function Layout() {}'],
    ['export { readFileSync } from "node:fs"'],
    ['export * from "node:fs"'],
    ['export const a = 1\nexport const b = 2'],
  ])('ESM: %s', (code) => {
    expect(problems(`${code}\n\nText.`).join('\n')).toMatch(/^1: ".*": (import|export) statements are not allowed in a section: they run code when the site is built\./);
  });

  test.each([
    ['{1 + 1}'],
    ['{/* a comment */}'],
    ['{/* @jsxImportSource ../../content/evil */}'],
    ['{/** @jsxRuntime classic */}'],
    ['{}'],
    ['Text {x} inline.'],
    ['{(() => { throw new Error() })()}'],
    ['{`template`}'],
  ])('expression: %s', (code) => {
    expect(problems(`${code}\n`).join('\n')).toMatch(/^1: "\{.*\}" is code in MDX and is not allowed in a section, not even a \{\/\* comment \*\/\}\./);
  });

  test.each([
    ['<Status is={"open"} />', '<Status is> must be a quoted value, e.g. is="settled".'],
    ['<Status {...{ is: "open" }} />', '<Status> takes plain attributes only, not {...spread}.'],
    ['<Deadlines title={process.env.HOME}>\n\n- x\n\n</Deadlines>', '<Deadlines title> must be a quoted value'],
    ['<div onClick={() => fetch("x")}>x</div>', '<div> is not allowed in a section.'],
  ])('expression in an attribute: %s', (code, message) => {
    expect(problems(code).join('\n')).toContain(message);
  });
});

describe('components: only the allowed ones, in their place', () => {
  test.each([
    ['<Status is="settled" /> Text.'],
    ['<Deadlines>\n\n- One.\n\n</Deadlines>'],
    ['<Deadlines title="Key dates">\n\n- One.\n\n</Deadlines>'],
  ])('accepts %j', (markdown) => expect(problems(markdown)).toEqual([]));

  test.each([
    ['<>x</>', 'a fragment "<>…</>" is not allowed'],
    ['<Status is="open">text</Status>', '<Status> takes no text inside it'],
    ['<Status is="open" is="settled" />', '<Status> gives "is" twice. Keep one.'],
    ['Text <Deadlines>inline</Deadlines> here.', '<Deadlines> must stand on its own lines'],
    ['<Deadlines title="">\n\n- x\n\n</Deadlines>', '<Deadlines title=""> is empty'],
    [`<Deadlines title="${'x'.repeat(81)}">\n\n- x\n\n</Deadlines>`, '<Deadlines title> is 81 characters long; the limit is 80.'],
    ['<Status.Foo is="open" />', '<Status.Foo> is not allowed'],
    ['<this />', '<this> is not allowed'],
    ['<a:b />', '<a:b> is not allowed'],
    ['<Status is="open" xlink:href="x" />', '<Status> has no "xlink:href" attribute'],
    ['<Status is="open" is:raw />', '<Status> has no "is:raw" attribute'],
    ['<Status is="open" client:load />', '<Status> has no "client:load" attribute'],
    ['<Status is="open" server:defer />', '<Status> has no "server:defer" attribute'],
    ['<Status is="open" set:html="x" />', '<Status> has no "set:html" attribute'],
    ['<Status is="open" slot="x" />', '<Status> has no "slot" attribute'],
    ['<Status is />', '<Status is> must be a quoted value'],
    ['<script>{`alert(1)`}</script>', '<script> is not allowed'],
    ['<Script />', '<Script> is not allowed'],
    ['<Fragment>x</Fragment>', '<Fragment> is not allowed'],
    ['<Content />', '<Content> is not allowed'],
  ])('refuses %j', (markdown, message) => {
    expect(problems(markdown).join('\n')).toContain(message);
  });

  test.each([
    ['<!-- a comment -->', 'the body cannot be read as MDX'],
    ['<https://evil.example/>', 'the body cannot be read as MDX'],
    ['a <b c', 'the body cannot be read as MDX'],
    ['<Status is="open">', 'the body cannot be read as MDX: Expected a closing tag for `<Status>`'],
  ])('unreadable MDX is explained: %j', (markdown, message) => {
    expect(problems(markdown).join('\n')).toContain(message);
  });
});

describe('headings', () => {
  test('ids are made as Astro makes them', () => {
    const parsed = parseSectionBody('## Who pays?\n\n### ¿Quién paga?\n\n## Who pays\n');
    expect(parsed.ok && headingIds(parsed.tree).map((h) => h.id)).toEqual(['who-pays', 'quién-paga', 'who-pays-1']);
  });

  test.each([
    ['# Title', '1: "# Title" makes a second page title. Start headings at "##"'],
    ['## ???', '1: the heading has no words, so it gets no anchor.'],
    ['## Same\n\n#### Same', '3: the heading "Same" repeats the one on line 1'],
    ['## SOURCES', 'gets the id "sources", which the page layout already uses'],
    ['## Source: Egbert', 'gets the id "source-egbert"'],
    ['## Main', 'gets the id "main"'],
    ['## Heading [@key]', 'a heading contains a citation marker'],
    ['## Heading [@Key', 'a heading contains a citation marker'],
  ])('refuses %j', (markdown, message) => {
    expect(problems(markdown).join('\n')).toContain(message);
  });
});

describe('structure', () => {
  test.each([
    ['Claim.[^1]\n\n[^1]: Unsourced.', 'footnotes ("[^1]") are not allowed'],
    ['- [ ] to do', 'task-list checkboxes ("- [ ]") are not allowed'],
    ['- [x] done', 'task-list checkboxes'],
    [`${'> '.repeat(13)}deep`, 'nests lists, quotes or components more than 12 levels deep'],
    [Array.from({ length: 14 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'), 'are nested more than 12 levels deep, which no reader can follow'],
  ])('refuses %j', (markdown, message) => {
    expect(problems(markdown).join('\n')).toContain(message);
  });

  test('tables, quotes, lists, emphasis, code and thematic breaks are fine', () => {
    expect(problems('| a | b |\n| - | - |\n| 1 | 2 |\n\n> quote\n\n1. one\n   - two\n\n*em* **strong** ~~old~~ `code`\n\n---\n\n```\nexport const x = 1\n{process.env}\n```\n')).toEqual([]);
  });

  test('nesting is measured per line, before parsing', () => {
    expect(findDeepNesting('> > > x\n- - x\n')).toBeUndefined();
    expect(findDeepNesting(`ok\n${'>'.repeat(13)} x`)).toBe(2);
    expect(findDeepNesting(`${'<Deadlines>\n\n'.repeat(13)}`)).toBe(25);
    expect(findDeepNesting(`\`\`\`\n${' '.repeat(80)}indented code\n\`\`\`\n`)).toBeUndefined();
  });
});

describe('citation markers stay in running text', () => {
  test.each([
    ['[link [@key]](https://x.org/)', 'a citation marker sits inside link text'],
    ['[link [@key]][ref]\n\n[ref]: https://x.org/', 'a citation marker sits inside link text'],
    ['![A chart [@key]](/c.png)', 'the image\'s alt text "A chart [@key]" contains a citation marker'],
    ['<Deadlines title="Dates [@key]">\n\n- x\n\n</Deadlines>', 'contains a citation marker, which would be shown raw'],
  ])('refuses %j', (markdown, message) => {
    expect(problems(markdown).join('\n')).toContain(message);
  });

  test('in emphasis, lists, tables and <Deadlines> a marker is fine', () => {
    expect(problems('**Claim [@key].**\n\n- Item [@key].\n\n| a |\n| - |\n| b [@key] |\n\n<Deadlines>\n\n- Two years [@key].\n\n</Deadlines>\n')).toEqual([]);
  });
});

describe('invisible characters written as references', () => {
  test.each([
    ['Text &#x202E;x.', 'a character reference or escape writes the invisible character U+202E'],
    ['Text &#8238;x.', 'U+202E'],
    ['Text &shy;x.', 'U+00AD (soft hyphen)'],
    ['Text &ZeroWidthSpace;x.', 'U+200B (zero-width space)'],
    ['[a](https://x.org/&#x202E;)', 'U+202E'],
    ['![A &#x200B;chart](/c.png)', 'U+200B'],
    ['<Deadlines title="A &#x202E; title">\n\n- x\n\n</Deadlines>', 'U+202E'],
  ])('refuses %j', (markdown, message) => {
    expect(problems(markdown).join('\n')).toContain(message);
  });
});

describe('links and images', () => {
  test('a definition is checked even when unused', () => {
    expect(problems('[r]: javascript:alert(1)').join('\n')).toContain('the link "javascript:alert(1)" runs code');
  });
  test('an image must exist in public/', () => {
    expect(problems('![A chart](/c.png)', () => true)).toEqual([]);
    expect(problems('![A chart](/c.png)', () => false).join('\n')).toContain('is not a file in public/');
  });
});
