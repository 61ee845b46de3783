import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every built page as a site path ("/", "/sections/two-routes/", "/404.html"). */
export function builtPages(dist: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(path);
      } else if (name.endsWith('.html')) {
        const rel = relative(dist, path).split('\\').join('/');
        pages.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(dist);
  return pages.sort();
}
