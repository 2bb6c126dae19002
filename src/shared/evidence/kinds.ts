import type { EvidenceKind } from '../schemas/evidence'

/** Display names of the evidence kinds (plain data, so the renderer can import it). */
export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  repo: 'Repository',
  'pull-request': 'Pull request',
  certificate: 'Certificate',
  article: 'Article',
  other: 'Other',
}
