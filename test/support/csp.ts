import { readFile } from 'node:fs/promises'

/** A parsed Content-Security-Policy: directive name to its source list. */
export type Csp = Map<string, string[]>

/** Parses a CSP string the way browsers split it (";" between directives, spaces between sources). */
export function parseCsp(policy: string): Csp {
  const csp: Csp = new Map()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name && !csp.has(name.toLowerCase())) csp.set(name.toLowerCase(), sources)
  }
  return csp
}

/** The policy of the CSP <meta> tag in an HTML file (throws when there is none or more than one). */
export async function cspOfHtmlFile(path: string): Promise<string> {
  const html = await readFile(path, 'utf8')
  const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)]
  if (metas.length !== 1) throw new Error(`expected one CSP meta tag in ${path}, found ${metas.length}`)
  return metas[0]?.[1] ?? ''
}
