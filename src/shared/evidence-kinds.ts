import type { EvidenceKind } from './schemas/evidence'

/** Display names of the evidence kinds (plain data, so the renderer can import it). */
export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  repo: 'Repository',
  'pull-request': 'Pull request',
  certificate: 'Certificate',
  article: 'Article',
  other: 'Other',
}

/** True for an absolute http(s) link with a host and no credentials: the only links a report makes clickable. */
export function isWebLink(url: string): boolean {
  try {
    const parsed = new URL(url)
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '' && parsed.username === '' && parsed.password === ''
  } catch {
    return false
  }
}
