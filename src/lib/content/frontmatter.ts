/**
 * Splits a section file into its YAML frontmatter and its MDX body, the way
 * the MDX compiler will, but strictly: the file starts with a `---` line
 * (after an optional byte order mark), and the frontmatter ends at the first
 * line that starts with `---` or `+++`, which must be exactly `---`. Astro's
 * own reader is looser (blank lines before the frontmatter, TOML between `+++`
 * lines, text after the closing `---`), so anything it could read differently
 * from this is refused rather than guessed at: the body checked here must be
 * the body that is compiled.
 */
export type SplitFile =
  | {
      ok: true;
      yaml: string;
      /** File line of the first frontmatter line. */
      yamlLine: number;
      /** The body with the frontmatter blanked out, so body lines are file lines. */
      body: string;
      /** The body alone, as an editor sees it. */
      bodyText: string;
    }
  | { ok: false; line: number; problem: string };

export function splitFrontmatter(text: string): SplitFile {
  // Markdown ends a line at a lone carriage return, Astro's frontmatter reader does not.
  const loneCr = /\r(?!\n)/.exec(text);
  if (loneCr !== null) {
    return { ok: false, line: text.slice(0, loneCr.index).split('\n').length, problem: 'this line ends in a lone carriage return. Save the file with LF (or CRLF) line endings.' };
  }
  const start = text.startsWith('\uFEFF') ? 1 : 0;
  const firstEnd = text.indexOf('\n', start);
  if (firstEnd === -1 || text.slice(start, firstEnd).replace(/\r$/, '') !== '---') {
    return {
      ok: false,
      line: 1,
      problem: 'the file must start with a line "---", then the frontmatter, then another "---" line. Remove anything above the first "---" (blank lines too).',
    };
  }
  let line = 2;
  for (let from = firstEnd + 1; from <= text.length; line += 1) {
    const end = text.indexOf('\n', from);
    const content = text.slice(from, end === -1 ? text.length : end).replace(/\r$/, '');
    if (content.startsWith('---') || content.startsWith('+++')) {
      if (content !== '---') {
        return {
          ok: false,
          line,
          problem: `the frontmatter ends at the first line that starts with "---" or "+++", and that line must be exactly "---" (found "${content.slice(0, 40)}"). Fix that line.`,
        };
      }
      const bodyText = end === -1 ? '' : text.slice(end + 1);
      return { ok: true, yaml: text.slice(firstEnd + 1, from), yamlLine: 2, body: '\n'.repeat(line) + bodyText, bodyText };
    }
    if (end === -1) break;
    from = end + 1;
  }
  return { ok: false, line: 1, problem: 'the frontmatter has no closing "---" line. Add one after the last field.' };
}
