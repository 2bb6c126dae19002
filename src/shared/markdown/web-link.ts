// Its own module: the renderer's lazy Markdown chunk and the report preview share it, and it
// stays out of the first-paint bundle (see the chunk groups in electron.vite.config.ts).

/** True for an absolute http(s) link with a host and no credentials: the only links a report makes clickable. */
export function isWebLink(url: string): boolean {
  try {
    const parsed = new URL(url)
    return (
      (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
      parsed.hostname !== '' &&
      parsed.username === '' &&
      parsed.password === ''
    )
  } catch {
    return false
  }
}

/** True for an absolute https link with a host and no credentials: the only links a curriculum pack may carry. */
export function isHttpsLink(url: string): boolean {
  return isWebLink(url) && url.toLowerCase().startsWith('https:')
}
