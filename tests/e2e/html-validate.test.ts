/** html-validate's recommended rules on every built page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { expect, inject, test } from 'vitest';
import { builtPages } from '../helpers/pages';

const dist = inject('distDir');
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro and Markdown write void elements as <br> or <br />; both are valid HTML.
    'void-style': 'off',
    // Heading ids come from heading text, and HTML allows them to start with a digit ("287g-agreement").
    'valid-id': ['error', { relaxed: true }],
  },
});

test.each(builtPages(dist))('%s', async (path) => {
  const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
  const report = await validator.validateString(readFileSync(file, 'utf8'), file);
  const errors = report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
  expect(errors).toEqual([]);
});
