/** A heading as Astro's `render()` reports it. */
export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}

/** One entry of the contents: a main part (h2) and its sub-parts (h3). */
export interface TocEntry {
  text: string;
  slug: string;
  children: TocEntry[];
}

/**
 * The contents of a section as a tree: each h2 is a numbered main part and the
 * h3s after it are its sub-parts, so sub-parts never take a number of their own.
 * An h3 before any h2 stands as a main part; other depths are left out.
 */
export function tocTree(headings: readonly TocHeading[]): TocEntry[] {
  const tree: TocEntry[] = [];
  for (const { depth, slug, text } of headings) {
    if (depth === 2) tree.push({ text, slug, children: [] });
    else if (depth === 3) {
      const parent = tree.at(-1);
      if (parent === undefined) tree.push({ text, slug, children: [] });
      else parent.children.push({ text, slug, children: [] });
    }
  }
  return tree;
}
