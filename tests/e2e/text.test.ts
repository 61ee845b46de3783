/**
 * Checks over the built text of every page (parsed, no browser): no link runs
 * into the word beside it, and the site's own words where readers enter are plain.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, inject, test } from 'vitest';
import { missingClockWarnings } from '../../src/lib/deadlines';
import { READING_GRADE, readingProblems } from '../../src/lib/readability';
import { linksWithoutSpaces } from '../helpers/link-spacing';
import { builtPages } from '../helpers/pages';

const dist = inject('distDir');
const tree = (path: string) => fromHtml(readFileSync(path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path), 'utf8'));

test('the check finds a link run into its neighbour, and passes one with spaces', () => {
  expect(linksWithoutSpaces(fromHtml('<p>see the<a href="/x/">open questions</a>.</p>'))).toEqual(['see the|open questions|.']);
  expect(linksWithoutSpaces(fromHtml('<p>(1979)</a><a href="/y/">link</a>then</p>'))).toEqual(['(1979)|link|then']);
  expect(linksWithoutSpaces(fromHtml('<p>see the <a href="/x/">open questions</a>, and<sup class="cite"><a href="#s">1</a></sup>.</p>'))).toEqual([]);
  expect(linksWithoutSpaces(fromHtml('<li><a href="/x/">Home</a></li><li><a href="/y/">About</a></li>'))).toEqual([]);
});

describe.each(builtPages(dist))('%s', (path) => {
  test('no link runs into the word beside it (including text shown when scripts are off)', () => {
    expect(linksWithoutSpaces(tree(path))).toEqual([]);
  });
});

/** Text of a page's <main>, leaving out parts that are checked elsewhere. */
function mainText(path: string, leaveOut: (node: Element) => boolean): string {
  const main = (() => {
    let found: Element | undefined;
    visit(tree(path), 'element', (node: Element) => {
      if (node.tagName === 'main') found = node;
    });
    return found;
  })();
  if (main === undefined) throw new Error(`${path} has no <main>`);
  const strip = (node: Element) => {
    node.children = node.children.filter((child) => child.type !== 'element' || !leaveOut(child));
    for (const child of node.children) if (child.type === 'element') strip(child);
  };
  strip(main);
  const blocks: string[] = [];
  visit(main, 'element', (node: Element) => {
    if (['p', 'li', 'h1', 'h2', 'h3', 'summary'].includes(node.tagName)) {
      blocks.push(toString(node).trim());
      return 'skip';
    }
    return undefined;
  });
  // Each block is a sentence or more; end headings and labels with a full stop so they count as one.
  return blocks.map((block) => (/[.!?:]$/.test(block) ? block : `${block}.`)).join(' ');
}

const has = (node: Element, name: string) => Array.isArray(node.properties['className']) && node.properties['className'].includes(name);
const leaveOutShared = (node: Element) => node.tagName === 'sup' || has(node, 'heading-link') || has(node, 'dates');

test('the home page’s own words read at grade 8 or below', () => {
  // The answer and the section summaries are the sections' own, checked per section; the block is checked from its file.
  const text = mainText('/', (node) => leaveOutShared(node) || has(node, 'answer') || has(node, 'sections') || has(node, 'first-steps'));
  expect(text).toContain('Can ICE agents be held personally liable');
  expect(readingProblems([{ where: 'the home page', text, ceiling: READING_GRADE.entryPoint }])).toEqual([]);
});

test('the About page reads at grade 8 or below', () => {
  const text = mainText('/about/', leaveOutShared);
  expect(readingProblems([{ where: 'the About page', text, ceiling: READING_GRADE.entryPoint }])).toEqual([]);
});

test('the notice above a section names the deadline with both warnings', () => {
  let notice = '';
  visit(tree('/sections/ftca/'), 'element', (node: Element) => {
    if (node.tagName === 'aside' && has(node, 'notice')) notice = toString({ ...node, children: node.children.map((p) => (p.type === 'element' ? { ...p, children: p.children.filter((c) => c.type !== 'element' || c.tagName !== 'sup') } : p)) });
  });
  expect(notice).toMatch(/2\syears/);
  expect(notice).toMatch(/6\smonths/);
  expect(missingClockWarnings(notice)).toEqual([]);
});
