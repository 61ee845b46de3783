/**
 * Where readers report a problem. Set at deploy time, never written into the
 * code: `REPORT_PROBLEM_URL` is an https address (e.g. a repository's "new
 * issue" page) or a `mailto:` address. Unset, the site says plainly how to
 * report instead of showing a link that goes nowhere.
 */
export type ReportRoute =
  | { kind: 'web'; href: string }
  | { kind: 'email'; href: string; address: string }
  | { kind: 'none' };

/** The variable deployments set (see .github/workflows/deploy.yml). */
export const REPORT_ENV = 'REPORT_PROBLEM_URL';

const EMAIL = /^[^\s@/?#]+@[^\s@/?#]+\.[a-z]{2,}$/i;

/** Reads the configured value; a malformed one fails the build with the fix. */
export function reportRoute(value: string | undefined): ReportRoute {
  const text = value?.trim() ?? '';
  if (text === '') return { kind: 'none' };
  const fix = `Set ${REPORT_ENV} to an https:// address (e.g. https://github.com/<owner>/<repository>/issues/new) or to mailto:<address>, or leave it unset.`;
  if (/^mailto:/i.test(text)) {
    const address = text.slice('mailto:'.length).split('?')[0] ?? '';
    if (!EMAIL.test(address)) throw new Error(`${REPORT_ENV}="${text}" is not a valid mailto: address. ${fix}`);
    return { kind: 'email', href: `mailto:${address}`, address };
  }
  if (/^https:\/\/[^\s/]+\.[^\s/]+/.test(text) && URL.canParse(text)) return { kind: 'web', href: new URL(text).href };
  throw new Error(`${REPORT_ENV}="${text}" is neither an https:// address nor a mailto: address. ${fix}`);
}
