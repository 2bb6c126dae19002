import type { DomainHandlers } from './types'
import type { PendingImports } from '../imports/pending-imports'

/** Confirming or dropping the previewed import, whatever its kind; the backup, packs and markdown handlers offer the previews. */
export function importsHandlers(pending: PendingImports): DomainHandlers<'imports'> {
  return {
    confirm: (request) => pending.confirm(request),
    async cancel({ token }) {
      pending.cancel(token)
      return null
    },
  }
}
