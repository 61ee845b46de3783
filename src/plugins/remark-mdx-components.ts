import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { relative } from 'node:path';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { MDX_COMPONENTS } from '../schemas/components';

/**
 * Checks every JSX element in a section against the allowed components and
 * their attribute values (src/schemas/components.ts). Raw HTML such as
 * `<script>` or `<div onclick>` is refused too: sections are Markdown plus
 * these components, nothing else.
 *
 * ```mdx
 * <Status is="settled" /> The FTCA bars punitive damages [@usc-28-2674].
 * ```
 * passes; `<Status is="setled" />` fails with the file, line and allowed values.
 */
export function remarkMdxComponents(options: { root?: string } = {}) {
  return (tree: Root, file: VFile) => {
    const where = file.path ? relative(options.root ?? process.cwd(), file.path) : 'an MDX file';
    const problems: string[] = [];
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      const line = element.position?.start.line ?? '?';
      const name = element.name ?? '(fragment)';
      const spec = MDX_COMPONENTS[name];
      if (spec === undefined) {
        problems.push(`line ${line}: <${name}> is not allowed in a section. Use Markdown, or one of: ${Object.keys(MDX_COMPONENTS).map((c) => `<${c}>`).join(', ')}.`);
        return;
      }
      const given = new Map<string, string | null>();
      for (const attribute of element.attributes) {
        if (attribute.type !== 'mdxJsxAttribute') {
          problems.push(`line ${line}: <${name}> takes plain attributes only, not {...spread}.`);
          continue;
        }
        given.set(attribute.name, typeof attribute.value === 'string' ? attribute.value : null);
      }
      const allowed = { ...spec.required, ...spec.optional };
      for (const [attribute, value] of given) {
        if (!(attribute in allowed)) {
          problems.push(`line ${line}: <${name}> has no "${attribute}" attribute. Allowed: ${Object.keys(allowed).join(', ') || 'none'}.`);
          continue;
        }
        const values = allowed[attribute];
        if (value === null) problems.push(`line ${line}: <${name} ${attribute}> must be a quoted value, e.g. ${attribute}="${values?.[0] ?? 'text'}".`);
        else if (values && !values.includes(value)) problems.push(`line ${line}: <${name} ${attribute}="${value}"> is not allowed. Use one of: ${values.join(', ')}.`);
      }
      for (const attribute of Object.keys(spec.required)) {
        if (!given.has(attribute)) problems.push(`line ${line}: <${name}> needs ${attribute}="…", one of: ${(spec.required[attribute] ?? []).join(', ')}.`);
      }
    });
    // Raw HTML in .mdx parses as JSX, but plain `html` nodes can still come from Markdown.
    visit(tree, 'html', (node) => {
      problems.push(`line ${node.position?.start.line ?? '?'}: raw HTML is not allowed in a section. Use Markdown or an allowed component.`);
    });
    if (problems.length > 0) {
      throw new Error(`${where}: component problem${problems.length > 1 ? 's' : ''}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    }
  };
}
