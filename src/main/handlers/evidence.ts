import { randomUUID } from 'node:crypto'
import type { HandlerContext } from './context'
import type { DomainHandlers } from './types'
import { AppError } from '../../shared/result'
import { requireSkill } from './skills'
import { isSafeExternalUrl } from '../security'
import type { EvidenceItem } from '../../shared/schemas/evidence'
import { putInTrash } from './trash'
import { own } from '../../shared/own'

/** Most links one skill can hold. */
const MAX_PER_SKILL = 100

/** Evidence handlers: only http(s) links are stored, so only those can ever be opened. */
export function evidenceHandlers(ctx: HandlerContext): DomainHandlers<'evidence'> {
  return {
    async add({ skillId, url, title, kind }) {
      requireSkill(ctx.store.state, skillId)
      if (!isSafeExternalUrl(url))
        throw new AppError('invalid-payload', 'Only web links starting with http:// or https:// can be added.')
      const list = ctx.store.state.evidence[skillId] ?? []
      if (list.length >= MAX_PER_SKILL)
        throw new AppError('too-large', `A skill can hold at most ${MAX_PER_SKILL} links.`)
      const item: EvidenceItem = {
        id: `e-${randomUUID()}`,
        url: new URL(url).href,
        title: title || new URL(url).hostname,
        kind,
        addedAt: ctx.clock.now().toISOString(),
      }
      await ctx.store.update((state) => {
        state.evidence[skillId] = [...(state.evidence[skillId] ?? []), item]
      })
      return { skillId, items: ctx.store.state.evidence[skillId] ?? [] }
    },
    async remove({ skillId, id }) {
      const list = own(ctx.store.state.evidence, skillId) ?? []
      const index = list.findIndex((item) => item.id === id)
      const item = list[index]
      if (!item) throw new AppError('not-found', 'That link is not in the list.')
      await ctx.store.update((state) => {
        state.evidence[skillId] = list.filter((other) => other.id !== id)
        putInTrash(state, { kind: 'evidence', skillId, item, index }, ctx.clock.now())
      })
      return { skillId, items: ctx.store.state.evidence[skillId] ?? [] }
    },
  }
}
