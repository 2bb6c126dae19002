// Names and hrefs of [[links]], without the Markdown parser: the editor and the preview need
// these at once, and importing them must not pull remark into the first-paint scripts.

/** Where a link's href starts: a fragment, so the sanitizer keeps it and nothing outside the app can be reached through it. */
export const WIKI_HREF_PREFIX = '#wiki:'

/** The href the preview gets for a link to `target`. */
export function wikiHref(target: string): string {
  return `${WIKI_HREF_PREFIX}${encodeURIComponent(target)}`
}

/** The target of a preview href made by wikiHref, or null for any other href. */
export function wikiTargetOf(href: string | undefined): string | null {
  if (!href?.startsWith(WIKI_HREF_PREFIX)) return null
  try {
    return decodeURIComponent(href.slice(WIKI_HREF_PREFIX.length))
  } catch {
    return null
  }
}

/** How names compare: case, surrounding and repeated spaces do not matter. */
export function linkKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en')
}
