import { randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import type { HandlerContext } from './context'
import type { DomainHandlers } from './types'
import { toStateView } from './app'
import { AppError } from '../../shared/result'
import { CANCELLED } from '../../shared/contract/cancelled'
import type { PackPreview } from '../../shared/contract/packs'
import { SHIPPED_PACKS } from '../../shared/curriculum/packs'
import { validatePack } from '../../shared/packs/read-pack'
import { incomingFromPack, type Incoming } from '../../shared/packs/incoming'
import { packFromShipped } from '../../shared/packs/from-shipped'
import { buildPack } from '../../shared/packs/pack-export'
import { writeOutline } from '../../shared/packs/outline-write'
import { readChosenFile } from '../chosen-file'
import { writeExport } from '../export-file'
import type { Importer, PendingImports } from '../imports/pending-imports'
import { applyPackImport, previewPackImport } from '../curriculum/apply-import'
import { parseOffMain } from '../parse/parse-off-main'

/** Largest pack or outline read: far above any real one (a full curriculum is well under 1 MB). */
const MAX_PACK_BYTES = 5 * 1024 * 1024

const OPEN_FILTERS = [
  { name: 'Curriculum pack or Markdown outline', extensions: ['json', 'md', 'markdown', 'txt'] },
  { name: 'All files', extensions: ['*'] },
]

/** A pack or outline read and checked, waiting to be merged in. */
interface Held {
  incoming: Incoming
  source: PackPreview['source']
}

/** "My curriculum" as a file-name and id slug: "my-curriculum". */
function slug(title: string): string {
  return (
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'curriculum'
  )
}

/** A pack or outline as a pending import: what it would add, rename and keep; confirming merges it into the curriculum as it is then. */
function packImporter(ctx: HandlerContext): Importer<Held, Omit<PackPreview, 'token'>> {
  return {
    kind: 'pack',
    preview: ({ incoming, source }) => ({ source, summary: previewPackImport(ctx.store.state, incoming) }),
    prepare:
      ({ incoming }) =>
      async () => {
        await applyPackImport(ctx, incoming, (prefix) => `${prefix}-${randomUUID()}`)
        return { kind: 'pack', state: toStateView(ctx.store.state) }
      },
  }
}

/** Pack and outline export, previewing an import (pending until imports.confirm), and the shipped packs. */
export function packsHandlers(ctx: HandlerContext, pending: PendingImports): DomainHandlers<'packs'> {
  const importer = packImporter(ctx)
  const preview = (held: Held): PackPreview => pending.offer(importer, held)
  return {
    async chooseImport() {
      const path = await ctx.services.showOpenDialog({
        title: 'Import a curriculum pack or outline',
        filters: OPEN_FILTERS,
      })
      if (!path) return CANCELLED
      const text = await readChosenFile(path, 'a curriculum pack or outline', MAX_PACK_BYTES)
      // Parsed in a worker: an outline's parse costs far more than its bytes suggest (see outline-size.ts).
      const { incoming, kind } = await parseOffMain('curriculumFile', { name: basename(path), text })
      return preview({ incoming, source: { kind, name: basename(path) } })
    },
    async previewShipped({ packId }) {
      const shipped = SHIPPED_PACKS.find((p) => p.id === packId)
      if (!shipped) throw new AppError('not-found', `Groundwork ships no pack with the id "${packId}".`)
      // Checked like any file: shipped data goes through the same door.
      return preview({
        incoming: incomingFromPack(validatePack(packFromShipped(shipped))),
        source: { kind: 'shipped', name: shipped.title },
      })
    },
    async shipped() {
      return {
        packs: SHIPPED_PACKS.map((p) => ({
          id: p.id,
          title: p.title,
          description: p.description,
          packVersion: p.packVersion,
          skills: p.skills.length,
          subtopics: p.skills.reduce((n, s) => n + s.subtopics.length, 0),
        })),
      }
    },
    async exportFile({ format, categoryIds, skillIds, title, description, packVersion }) {
      const { curriculum, skills } = ctx.store.state
      const selection = { categoryIds, skillIds }
      for (const id of categoryIds)
        if (!curriculum.categories.some((c) => c.id === id))
          throw new AppError('not-found', `There is no category with the id "${id}".`)
      for (const id of skillIds)
        if (!curriculum.skills.some((s) => s.id === id))
          throw new AppError('not-found', `There is no skill with the id "${id}".`)
      const json = format === 'json'
      const path = await ctx.services.showSaveDialog({
        title: json ? 'Save a curriculum pack' : 'Save a curriculum outline',
        defaultName: `${slug(title)}.${json ? 'json' : 'md'}`,
        filters: [
          json
            ? { name: 'Curriculum pack (JSON)', extensions: ['json'] }
            : { name: 'Markdown outline', extensions: ['md'] },
        ],
      })
      if (!path) return CANCELLED
      const text = json
        ? `${JSON.stringify(buildPack(curriculum, selection, { id: slug(title), title, description, packVersion }), null, 2)}\n`
        : writeOutline(curriculum, selection, skills)
      await writeExport(json ? 'the pack' : 'the outline', path, text)
      return { path }
    },
  }
}
