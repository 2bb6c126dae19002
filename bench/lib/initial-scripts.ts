/** Scripts index.html loads before first paint: the entry module and every modulepreload link. */
export function initialScripts(html: string): string[] {
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? []
  const files: string[] = []
  for (const tag of tags) {
    const isEntry = tag.startsWith('<script') && /type="module"/.test(tag)
    const isPreload = tag.startsWith('<link') && /rel="modulepreload"/.test(tag)
    const ref = /(?:src|href)="([^"]+)"/.exec(tag)?.[1]
    if ((isEntry || isPreload) && ref) files.push(ref.replace(/^\.?\//, ''))
  }
  return files
}
