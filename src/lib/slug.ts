import GithubSlugger, { slug as githubSlug } from 'github-slugger';
import { KEY_PATTERN } from '../schemas/fields';

/**
 * The anchor id for a heading's text, made the way Astro makes Markdown heading
 * ids (GitHub's algorithm), so ids written in components match those in MDX.
 * "Who pays?" → "who-pays".
 */
export function headingSlug(text: string): string {
  return githubSlug(text);
}

/** Anchor ids for headings in page order; repeats get "-1", "-2" as in Markdown. */
export function headingSlugs(texts: readonly string[]): string[] {
  const slugger = new GithubSlugger();
  return texts.map((text) => slugger.slug(text));
}

/** True for a permanent kebab-case slug or key such as "two-routes". */
export function isKebabSlug(text: string): boolean {
  return KEY_PATTERN.test(text);
}
