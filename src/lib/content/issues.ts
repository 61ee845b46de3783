import { z } from 'astro/zod';
import { closestMatch } from 'leven';

/**
 * Turns Zod's issues into the project's message style, `file:line: field "x":
 * problem. Fix.`, with what Zod cannot know: the line of each field, what kind
 * of value was given, and for an unknown field the known one it was probably
 * meant to be.
 */

export type Path = ReadonlyArray<PropertyKey>;

/** Fields that do nothing here but look as if they would; each gets its own advice. */
const NOT_SUPPORTED: Record<string, string> = {
  draft: 'Sections have no draft state: every file in content/sections is published. Keep an unfinished section out of the folder (e.g. on a branch) until it is ready.',
  published: 'Every file in content/sections is published. Remove the field.',
  hidden: 'Every file in content/sections is published. Remove the field.',
  date: 'Sections carry currentAsOf and lastReviewed instead. Use those.',
  layout: 'The layout is fixed for every section. Remove the field.',
  description: 'The summary is the description. Use summary.',
  tags: 'Use topics, from src/schemas/topics.ts.',
};

/** The known name `name` was probably meant to be, if one is close. */
export function suggestField(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const exact = known.find((candidate) => candidate.toLowerCase() === lower);
  if (exact !== undefined) return exact;
  const maxDistance = name.length >= 10 ? 3 : name.length >= 4 ? 2 : 1;
  const lowered = known.map((candidate) => candidate.toLowerCase());
  const match = closestMatch(lower, lowered, { maxDistance });
  return match === undefined ? undefined : known[lowered.indexOf(match)];
}

/** "unknown field. Did you mean "shortName"? …" for a field the schema does not have. */
export function unknownFieldMessage(name: string, known: readonly string[]): string {
  const suggestion = suggestField(name, known);
  if (suggestion !== undefined) return `unknown field. Did you mean "${suggestion}"? Fix the name (it would otherwise be ignored).`;
  const advice = NOT_SUPPORTED[name];
  if (advice !== undefined) return `unknown field. ${advice}`;
  return `unknown field. Remove it, or use one of: ${known.join(', ')}.`;
}

/** "a list", "a number" … for a value given where another kind was expected. */
export function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map of fields';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return `${String(value)} (yes/no)`;
  if (typeof value === 'string') return 'text';
  return typeof value;
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key as string];
  }
  return value;
}

/**
 * The field names a schema declares at `path` (e.g. ["history", 0] → the fields
 * of one history step), for "did you mean" at any depth; empty when the value
 * there is not an object.
 */
export function fieldNamesAt(schema: z.ZodType, path: Path): readonly string[] {
  let current: z.ZodType | undefined = schema;
  const unwrap = () => {
    for (;;) {
      if (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
      else if (current instanceof z.ZodPipe) current = current.in as z.ZodType;
      else return;
    }
  };
  for (const key of path) {
    unwrap();
    if (current instanceof z.ZodObject) current = (current.shape as Record<string, z.ZodType>)[String(key)];
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else if (current instanceof z.ZodRecord) current = current.valueType as z.ZodType;
    else return [];
  }
  unwrap();
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

export interface FormattedIssue {
  path: PropertyKey[];
  message: string;
}

/**
 * One message per problem: an unrecognized-keys issue becomes one message per
 * unknown field, and a wrong kind of value says what was given.
 */
export function formatIssues(issues: readonly z.core.$ZodIssue[], data: unknown, knownFields: (path: Path) => readonly string[]): FormattedIssue[] {
  const out: FormattedIssue[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ path: [...issue.path, key], message: unknownFieldMessage(key, knownFields(issue.path)) });
      continue;
    }
    if (issue.code === 'invalid_key') {
      // A map key that breaks its rule: report the rule's own message at the key.
      for (const inner of issue.issues) out.push({ path: [...issue.path], message: inner.message ?? issue.message });
      continue;
    }
    const given = valueAt(data, issue.path);
    if (issue.code === 'invalid_type' && given !== undefined) {
      out.push({ path: [...issue.path], message: `is ${describeValue(given)}, which does not fit here. ${issue.message}` });
      continue;
    }
    out.push({ path: [...issue.path], message: issue.message });
  }
  return out;
}
