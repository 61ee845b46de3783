import { findForbiddenCharacters, FORBIDDEN_CHARACTER_FIX } from './characters';

export const PUBLISHED_ANCHORS_FILE = 'content/published-anchors.json';
const MAX_BYTES = 1_000_000;

/**
 * `content/published-anchors.json` lists every public section URL and its
 * heading anchors (written by `npm run anchors:update`, checked against the
 * built site by the e2e tests). Here only its shape is checked, so a broken
 * manifest fails the build with its own name rather than later.
 */
export function checkPublishedAnchors(text: string, file = PUBLISHED_ANCHORS_FILE): string[] {
  if (text.length > MAX_BYTES) return [`${file}:1: the file is ${text.length} characters long; the limit is ${MAX_BYTES}. Regenerate it with npm run anchors:update.`];
  const characters = findForbiddenCharacters(text).map((found) => `${file}:${found.line}: column ${found.column} holds the invisible character ${found.label}. ${FORBIDDEN_CHARACTER_FIX}`);
  if (characters.length > 0) return characters;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [`${file}:1: the file is not valid JSON (${error instanceof Error ? error.message : String(error)}). Regenerate it with npm run anchors:update.`];
  }
  const fix = 'It maps each "/sections/<slug>/" to a list of heading ids: regenerate it with npm run anchors:update.';
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [`${file}:1: the file must be a JSON object. ${fix}`];
  const errors: string[] = [];
  for (const [url, ids] of Object.entries(value)) {
    if (!/^\/sections\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/.test(url)) errors.push(`${file}: "${url.slice(0, 80)}" is not a section URL. ${fix}`);
    else if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string' && /^[\p{L}\p{N}_-]{1,200}$/u.test(id))) errors.push(`${file}: "${url}" must list heading ids as text. ${fix}`);
  }
  return errors;
}
