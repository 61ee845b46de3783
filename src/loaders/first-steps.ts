import type { Loader } from 'astro/loaders';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clockWarningProblem, missingClockWarnings, statesFtcaClock } from '../lib/deadlines';
import { readYaml } from '../lib/content/yaml';
import { findInlineProblems, inlinePlainText } from '../lib/inline-markdown';
import { contentErrorMessage, readSources } from '../lib/sources/read';
import { FirstStepsSchema, type FirstSteps } from '../schemas/first-steps';

/** The block's folder, one file per language (`en.yaml`), relative to the project root. */
export const FIRST_STEPS_DIR = 'content/first-steps';

/** Every text field of the block, with its dotted name for messages. */
export function firstStepsTexts(data: FirstSteps): Array<{ field: string; text: string }> {
  return [
    { field: 'deadline.text', text: data.deadline.text },
    ...data.steps.map((step, i) => ({ field: `steps.${i + 1}.text`, text: step.text })),
    { field: 'notice.full', text: data.notice.full },
    { field: 'notice.short', text: data.notice.short },
  ];
}

/**
 * Reads and checks one language's block. Besides the schema: every marker names
 * a known source, links go to site paths, https pages or sources, and both places
 * that give the FTCA clock (the deadline and the full notice) name it with its
 * two warnings (src/lib/deadlines.ts). Each error names the file, the field and the fix.
 */
export function readFirstSteps(text: string, file: string, known: ReadonlySet<string>, lang = 'en'): { data?: FirstSteps; errors: string[] } {
  // The same strict reader as every other content file: no aliases, tags or surprises.
  const yaml = readYaml(text, file, { maxDepth: 4 });
  if (yaml.errors.length > 0) return { errors: yaml.errors };
  const result = FirstStepsSchema.safeParse(yaml.value);
  if (!result.success) return { errors: result.error.issues.map((issue) => `${file}: field "${issue.path.map((p) => (typeof p === 'number' ? p + 1 : String(p))).join('.') || 'file'}": ${issue.message}`) };
  const data = result.data;
  const errors = firstStepsTexts(data).flatMap(({ field, text }) => findInlineProblems(text, known).map((problem) => `${file}: field "${field}": ${problem}`));
  for (const [field, body] of [['deadline.text', `${data.deadline.label} ${data.deadline.text}`], ['notice.full', data.notice.full]] as const) {
    const plain = inlinePlainText(body);
    if (!statesFtcaClock(plain, lang)) errors.push(`${file}: field "${field}" must give the deadline (a written claim must reach the agency within 2 years; 6 months to sue after a mailed denial). Readers come here to learn it.`);
    const missing = missingClockWarnings(plain, lang);
    if (missing.length > 0) errors.push(clockWarningProblem(`${file}: field "${field}"`, missing));
  }
  return errors.length > 0 ? { errors } : { data, errors };
}

/**
 * The `firstSteps` collection: one entry per language file in content/first-steps/.
 * The English file is required, because the home page and the short answer show it.
 */
export function firstStepsLoader(dir = FIRST_STEPS_DIR): Loader {
  return {
    name: 'first-steps-loader',
    load: async ({ config, store, parseData }) => {
      const root = fileURLToPath(config.root);
      const absolute = join(root, dir);
      const files = existsSync(absolute) ? readdirSync(absolute).filter((name) => name.endsWith('.yaml')).sort() : [];
      if (!files.includes('en.yaml')) {
        throw new Error(contentErrorMessage(`Missing ${dir}/en.yaml`, [`${dir}/en.yaml: the home page and the short answer show its "What to do now" block. Restore the file (see git history).`]));
      }
      const known = new Set(readSources(root).items.map((source) => source.key));
      const errors: string[] = [];
      store.clear();
      for (const name of files) {
        const lang = name.replace(/\.yaml$/, '');
        const file = `${dir}/${name}`;
        const { data, errors: problems } = readFirstSteps(readFileSync(join(absolute, name), 'utf8'), file, known, lang);
        errors.push(...problems);
        if (data) store.set({ id: lang, data: await parseData({ id: lang, data }) });
      }
      if (errors.length > 0) throw new Error(contentErrorMessage(`Invalid "What to do now" block in ${dir}`, errors));
    },
  };
}
