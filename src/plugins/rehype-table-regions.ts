import type { Element, ElementContent, Properties, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { langOfContentFile } from '../i18n/languages';
import { ui } from '../i18n/ui';

const HEADINGS = new Set(['h2', 'h3', 'h4']);

function rowsOf(node: Element, section: string): Element[] {
  const group = node.children.find((child): child is Element => child.type === 'element' && child.tagName === section);
  return (group?.children ?? []).filter((child): child is Element => child.type === 'element' && child.tagName === 'tr');
}

const cells = (row: Element): Element[] => row.children.filter((child): child is Element => child.type === 'element' && (child.tagName === 'td' || child.tagName === 'th'));

/**
 * Tables that read on a phone. Each table is wrapped in a region that scrolls
 * sideways (focusable, so the keyboard can scroll it) and named after the heading
 * above it; each body cell gets its column's header as `data-label`, so narrow
 * screens can show every row as a stacked card ("Deadline: two years").
 *
 * ```html
 * <h2 id="at-a-glance">At a glance</h2>
 * <table><thead><tr><th>Who</th></tr></thead><tbody><tr><td>ICE officer</td></tr></tbody></table>
 * ```
 * becomes
 * ```html
 * <h2 id="at-a-glance">At a glance</h2>
 * <section class="table-scroll" tabindex="0" aria-labelledby="at-a-glance">
 *   <table aria-labelledby="at-a-glance"><thead><tr><th scope="col">Who</th></tr></thead>
 *   <tbody><tr><td data-label="Who">ICE officer</td></tr></tbody></table></section>
 * ```
 */
export function rehypeTableRegions() {
  return (tree: Root, file: VFile) => {
    const tableWord = ui(file.path ? langOfContentFile(file.path) : 'en').table;
    let heading: string | undefined;
    const tables: Array<{ node: Element; parent: Element | Root; index: number; heading: string | undefined }> = [];
    visit(tree, 'element', (node, index, parent) => {
      if (HEADINGS.has(node.tagName) && typeof node.properties['id'] === 'string') heading = node.properties['id'];
      if (node.tagName === 'table' && parent !== undefined && index !== undefined) {
        tables.push({ node, parent: parent as Element | Root, index, heading });
        return 'skip';
      }
      return undefined;
    });
    for (const { node, parent, index, heading: id } of tables.reverse()) {
      const labels = rowsOf(node, 'thead').flatMap((row) => cells(row).map((cell) => toString(cell).trim()));
      for (const row of rowsOf(node, 'thead')) for (const cell of cells(row)) cell.properties['scope'] = 'col';
      for (const row of rowsOf(node, 'tbody')) {
        cells(row).forEach((cell, i) => {
          const label = labels[i];
          if (label) cell.properties['dataLabel'] = label;
        });
      }
      const name: Properties = id === undefined ? { ariaLabel: tableWord } : { ariaLabelledBy: [id] };
      Object.assign(node.properties, name);
      const region: Element = {
        type: 'element',
        // A named <section> is a region landmark: the reader can find the table, and scroll it with the keyboard.
        tagName: 'section',
        properties: { className: ['table-scroll'], tabIndex: 0, ...name },
        children: [node as ElementContent],
      };
      parent.children.splice(index, 1, region);
    }
  };
}
