import { randomUUID } from 'node:crypto'
import type { HandlerContext } from './context'
import type { DomainHandlers } from './types'
import { AppError } from '../../shared/result'
import { requireSkill } from './skills'
import { curriculumCardById } from '../../shared/curriculum/cards'
import { rate } from '../../shared/review/schedule'
import { writeExport } from '../export-file'
import { CANCELLED } from '../../shared/contract/cancelled'
import { dayOf } from '../../shared/calendar/days'
import { ankiFile, ankiRows } from '../../shared/review/anki'
import { putInTrash } from './trash'
import { MAX_REVIEW_LOG, type CardState, type CustomCard, type ReviewLogEntry } from '../../shared/schemas/review'
import { own } from '../../shared/own'
import { copyStoredPictures } from '../attachments/copy-pictures'
import { attachmentsNamedIn } from '../../shared/attachments/names'
import { ioReason } from '../io-reason'

/** The folder beside an Anki text file that takes the pictures its cards show: `<file name>-media`. */
function ankiMediaFolder(textFile: string): string {
  return `${textFile.replace(/\.txt$/i, '')}-media`
}

/** Spaced-review handlers. */
export function reviewHandlers(ctx: HandlerContext): DomainHandlers<'review'> {
  return {
    async rate({ cardId, grade }) {
      const review = ctx.store.state.review
      const inNote = own(review.noteCards, cardId)
      const skillId =
        curriculumCardById(ctx.store.state.curriculum, cardId)?.skillId ??
        review.custom[cardId]?.skillId ??
        (inNote && !inNote.retired ? inNote.skillId : undefined)
      if (!skillId) throw new AppError('not-found', 'That card no longer exists.')
      const now = ctx.clock.now()
      const before = review.cards[cardId]
      const card: CardState = rate(before, grade, now)
      const entry: ReviewLogEntry = {
        cardId,
        skillId,
        grade,
        stateBefore: before?.state ?? 0,
        scheduledDays: card.scheduled_days,
        at: now.toISOString(),
      }
      await ctx.store.update((state) => {
        state.review.cards[cardId] = card
        state.review.log.push(entry)
        if (state.review.log.length > MAX_REVIEW_LOG)
          state.review.log.splice(0, state.review.log.length - MAX_REVIEW_LOG)
      })
      return { cardId, card, entry }
    },
    async addCard({ skillId, front, back, noteId }) {
      requireSkill(ctx.store.state, skillId)
      if (noteId !== undefined && !own(ctx.store.state.notes, noteId))
        throw new AppError('not-found', 'The note this card comes from no longer exists.')
      const card: CustomCard = {
        id: `c-${randomUUID()}`,
        skillId,
        front,
        back,
        ...(noteId ? { noteId } : {}),
        createdAt: ctx.clock.now().toISOString(),
      }
      await ctx.store.update((state) => {
        state.review.custom[card.id] = card
      })
      return card
    },
    async removeCard({ cardId }) {
      // Own keys only: "constructor" is a valid id and every object has one.
      const card = own(ctx.store.state.review.custom, cardId)
      if (!card) throw new AppError('not-found', 'Only cards you wrote can be deleted, and this one is not there.')
      const schedule = own(ctx.store.state.review.cards, cardId) ?? null
      await ctx.store.update((state) => {
        delete state.review.custom[cardId]
        delete state.review.cards[cardId]
        putInTrash(state, { kind: 'card', card, schedule }, ctx.clock.now())
      })
      return null
    },
    async exportAnki() {
      const path = await ctx.services.showSaveDialog({
        title: 'Export review cards for Anki',
        defaultName: `groundwork-cards-${dayOf(ctx.clock.now(), ctx.clock.timeZone())}.txt`,
        filters: [{ name: 'Anki text import', extensions: ['txt'] }],
      })
      if (!path) return CANCELLED
      const rows = ankiRows(ctx.store.state.review, ctx.store.state.curriculum)
      await writeExport('the cards for Anki', path, ankiFile(rows))
      const names = rows.flatMap((row) => [...attachmentsNamedIn(row.front), ...attachmentsNamedIn(row.back)])
      if (names.length === 0) return { path, cards: rows.length, media: null }
      const folder = ankiMediaFolder(path)
      try {
        const { copied, missing } = await copyStoredPictures(names, ctx.attachments, folder)
        return { path, cards: rows.length, media: { folder, pictures: copied, missing } }
      } catch (error) {
        throw new AppError(
          'io-error',
          `The cards were saved to ${path}, but their pictures could not be copied to ${folder}: ${ioReason(error)}.`,
        )
      }
    },
  }
}
