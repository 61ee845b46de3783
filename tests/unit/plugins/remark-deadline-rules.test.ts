import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { remarkDeadlineRules } from '../../../src/plugins/remark-deadline-rules';

const WARNING = 'Other claims, such as one against the officer, can have shorter deadlines that the FTCA claim does not pause [@owens]. If the agency mails a denial, six months to sue start that day [@usc-28-2401].';

async function run(body: string, summary = 'A plain summary.') {
  const file = new VFile({ path: '/site/content/sections/x.mdx', value: body, data: { astro: { frontmatter: { summary } } } });
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkDeadlineRules, { root: '/site' });
  await processor.run(processor.parse(file), file);
}

describe('remarkDeadlineRules', () => {
  test('a box that states the clock and both warnings passes', async () => {
    await expect(run(`<Deadlines>\n\n- The claim must reach the agency within two years [@usc-28-2401].\n- ${WARNING}\n\n</Deadlines>`)).resolves.toBeUndefined();
  });

  test('a box without the warnings fails, naming the file and line', async () => {
    await expect(run('Intro.\n\n<Deadlines>\n\n- The claim must reach the agency within two years [@usc-28-2401].\n\n</Deadlines>')).rejects.toThrow(
      /content\/sections\/x\.mdx: deadline warning missing:\n {2}- line 3: the <Deadlines> box states the FTCA deadline but does not say that other claims/,
    );
  });

  test('a summary that states the clock needs the warnings too', async () => {
    await expect(run('Body.', 'The claim is due within two years of the raid.')).rejects.toThrow('field "summary" states the FTCA deadline');
  });

  test('a table may carry the warning in the paragraph right after it', async () => {
    const table = '| Claim | Deadline |\n| --- | --- |\n| FTCA claim to the agency | two years |\n';
    await expect(run(table)).rejects.toThrow('the table states the FTCA deadline');
    await expect(run(`${table}\n${WARNING}\n`)).resolves.toBeUndefined();
  });

  test('prose outside boxes, summaries and tables is left to the editor', async () => {
    await expect(run('The claim must reach the agency within two years [@usc-28-2401].')).resolves.toBeUndefined();
  });
});
