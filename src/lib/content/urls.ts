import { forbiddenCharacterProblem } from './characters';

/**
 * Link rules shared by sources and section bodies. Readers follow these links
 * from a site about their safety, so a link must say plainly where it goes:
 * `https:` to a named public host, or a path on this site. Each function
 * returns the problem as a sentence ending in its fix, or undefined when the
 * link is fine.
 */

export const MAX_URL_LENGTH = 2_048;

/** Schemes that run code or carry a whole document instead of pointing to one. */
const CODE_SCHEMES = new Set(['javascript', 'data', 'vbscript']);
const IMAGE_PATH = /^\/(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\/)*[A-Za-z0-9_~-][A-Za-z0-9._~-]*\.(?:avif|gif|jpe?g|png|svg|webp)$/i;
const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

const quote = (value: string) => `"${value.length > 80 ? `${value.slice(0, 80)}…` : value}"`;

function schemeOf(value: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
}

/**
 * Problems shared by every kind of link: length, spaces, invisible characters
 * and backslashes; and for links to other sites, any character that is not
 * plain ASCII (a look-alike letter can imitate a familiar address). A path or
 * heading id on this site may hold letters such as "é".
 */
function textProblem(value: string, asciiOnly = true): string | undefined {
  if (value.length > MAX_URL_LENGTH) return `${quote(value)} is ${value.length} characters long; links are at most ${MAX_URL_LENGTH}. Use the page's shorter address.`;
  const invisible = forbiddenCharacterProblem(value);
  if (invisible !== undefined) return `${quote(value)} ${invisible}`;
  if (/\s/u.test(value)) return `${quote(value)} is not a valid URL: it contains a space or a line break. Remove it (a space inside a path is written %20).`;
  const other = asciiOnly ? /[^\x21-\x7e]/u.exec(value)?.[0] : undefined;
  if (other !== undefined) {
    return `${quote(value)} contains "${other}", which is not plain ASCII and can imitate another address. Copy the link from the browser's address bar (it percent-encodes such characters) and use the site's ASCII host name.`;
  }
  if (value.includes('\\')) return `${quote(value)} contains a backslash, which browsers read as "/". Write forward slashes.`;
  return undefined;
}

/**
 * An absolute `https:` link to a named public host. Refuses other schemes,
 * user names and passwords (`https://www.law.cornell.edu@evil.example/` goes to
 * evil.example), IP addresses, ports, punycode hosts and anything the URL
 * parser would rewrite.
 */
export function httpsUrlProblem(value: string): string | undefined {
  const scheme = schemeOf(value.trim());
  if (scheme === undefined) {
    return value.startsWith('//')
      ? `${quote(value)} leaves out "https:". Write the full https:// address.`
      : `${quote(value)} is not an absolute link. Use the full https:// address of the source, not a relative path.`;
  }
  if (CODE_SCHEMES.has(scheme)) return `"${scheme}:" links are not allowed. Use the https:// address of the source itself.`;
  if (scheme === 'http') return `${quote(value)} uses http:. Use the https:// address of the same page.`;
  if (scheme !== 'https') return `"${scheme}:" links are not allowed. Use the https:// address of the source.`;
  const text = textProblem(value);
  if (text !== undefined) return text;
  if (!value.startsWith('https://')) return `${quote(value)} must start with "https://" in lower case, followed by the host. Rewrite the start of the link.`;
  if (!URL.canParse(value)) return `${quote(value)} is not a valid URL. Check it for missing or extra characters.`;
  const url = new URL(value);
  const authority = value.slice('https://'.length).split(/[/?#]/, 1)[0] ?? '';
  if (url.username !== '' || url.password !== '' || authority.includes('@')) {
    return `${quote(value)} has a user name or password before the host, so it really goes to "${url.hostname}". Link to the publisher's address itself, with nothing before the host.`;
  }
  if (/^\d+\.\d+\.\d+\.\d+$/.test(url.hostname) || url.hostname.startsWith('[')) return `${quote(value)} uses an IP address as its host. Link to the publisher's named site instead.`;
  if (url.port !== '' || authority.includes(':')) return `${quote(value)} names a port (":${url.port || authority.split(':')[1]}"). Public pages use the default port: remove it.`;
  if (authority.toLowerCase() !== url.hostname) return `${quote(value)} writes its host in an unusual form that browsers read as "${url.hostname}". Write the host name plainly, e.g. https://www.law.cornell.edu/.`;
  const host = url.hostname;
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((label) => HOST_LABEL.test(label)) || !/^[a-z]{2,}$/.test(labels.at(-1) ?? '')) {
    return `${quote(value)} does not have a public host name such as www.example.org. Check the host.`;
  }
  if (labels.some((label) => label.startsWith('xn--'))) {
    return `${quote(value)} has an internationalised (punycode "xn--") host, which can imitate a familiar site. Link to the publisher's plain ASCII host name.`;
  }
  return undefined;
}

/**
 * A link in a section's body: `https:` as for sources, a path on this site
 * (`/sections/ftca/`, `/sources/#x`), or a heading on the same page (`#deadlines`).
 */
export function bodyLinkProblem(url: string): string | undefined {
  const scheme = schemeOf(url.trim());
  if (scheme !== undefined && CODE_SCHEMES.has(scheme)) {
    return `the link ${quote(url)} runs code. Link to an https:// page or a /sections/… path instead.`;
  }
  if (scheme === 'http') return `the link ${quote(url)} uses http: (a bare "www." address becomes one). Write the full https:// address of the same page.`;
  if (scheme !== undefined && scheme !== 'https') {
    return `the link ${quote(url)} uses "${scheme}:". Links in a section go to an https:// page or a path on this site, e.g. /sections/ftca/.`;
  }
  if (scheme === 'https') {
    // Every https problem starts with the quoted link.
    const problem = httpsUrlProblem(url);
    return problem === undefined ? undefined : `the link ${problem}`;
  }
  const text = textProblem(url, false);
  if (text !== undefined) return `the link ${text}`;
  if (url.startsWith('#')) return url.length > 1 ? undefined : 'the link "#" goes nowhere. Link to a heading id, e.g. #deadlines, or remove the link.';
  if (url.startsWith('//')) return `the link ${quote(url)} leaves out "https:". Write the full https:// address, or a path on this site that starts with a single "/".`;
  if (!url.startsWith('/')) {
    return `the link ${quote(url)} is relative, so where it lands depends on the page. Write a path from the site's root, e.g. /sections/two-routes/, or a full https:// address.`;
  }
  if (/(?:^|\/)\.\.?(?:[/?#]|$)/.test(url)) return `the link ${quote(url)} contains "." or ".." segments. Write the path directly, e.g. /sections/two-routes/.`;
  return undefined;
}

/**
 * An image in a section: a file on this site, under public/, with a known
 * image extension. Remote images would tell another site who reads the page
 * (and the Content Security Policy blocks them, so they would silently vanish).
 */
export function imageUrlProblem(url: string, publicFileExists?: (path: string) => boolean): string | undefined {
  const fix = 'Save the image in public/images/ and write ![what it shows](/images/name.png).';
  if (!IMAGE_PATH.test(url)) {
    const scheme = schemeOf(url);
    const why = scheme !== undefined ? `is not a file on this site ("${scheme}:" images are not allowed)` : 'is not a path to an image file on this site (avif, gif, jpg, png, svg or webp)';
    return `the image ${quote(url)} ${why}. ${fix}`;
  }
  if (publicFileExists !== undefined && !publicFileExists(url)) return `the image ${quote(url)} is not a file in public/. Add public${url}, or fix the path.`;
  return undefined;
}
