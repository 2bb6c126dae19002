import type { HandlerContext } from './context'
import type { DomainHandlers, Handlers } from './types'
import type { NoteMeta } from '../../shared/contract'
import type { AppState, Note } from '../../shared/model'
import { linkResolver, type Resolver } from '../../shared/links/resolve'
import { linkKey } from '../../shared/links/link-names'
import { renameWikiLinks } from '../../shared/links/wiki-links'
import { byNewestCreated } from '../../shared/notes/list'
import { requireSkill } from './skills'
import { requireNote } from './notes'
import { own } from '../../shared/own'

const meta = ({ body, ...rest }: Note): NoteMeta => ({ ...rest, chars: body.length })

/** What `[[names]]` mean right now: the notes' titles and the learner's skills. */
function resolverOf(state: AppState): Resolver {
  return linkResolver({ notes: Object.values(state.notes), skills: state.curriculum.skills })
}

/** Ids of the notes whose links resolve to the note or skill `target`. */
function linkersTo(ctx: HandlerContext, target: { kind: 'note' | 'skill'; id: string; names: string[] }): string[] {
  const resolve = resolverOf(ctx.store.state)
  // A note's links are kept by name: a name counts when it means this target now (no other note shadows it).
  return ctx.linkIndex
    .linkersOf(target.names)
    .filter((id) =>
      ctx.linkIndex
        .linksOf(id)
        .some((key) => target.names.some((name) => linkKey(name) === key) && resolve(key)?.id === target.id),
    )
}

/** The link channels: what can be linked to (autocomplete, preview) and what links to a note or skill. */
export function linkHandlers(ctx: HandlerContext): Pick<DomainHandlers<'notes'>, 'linkTargets' | 'backlinks'> {
  return {
    async linkTargets() {
      return {
        notes: Object.values(ctx.store.state.notes).map(({ id, skillId, title, createdAt }) => ({
          id,
          skillId,
          title,
          createdAt,
        })),
      }
    },
    async backlinks({ kind, id }) {
      await ctx.linkIndex.ready()
      let names: string[]
      if (kind === 'skill') names = [requireSkill(ctx.store.state, id).title, id]
      else names = [requireNote(ctx.store.state.notes, id).title].filter((title) => title.trim() !== '')
      const notes = ctx.store.state.notes
      const linkers = linkersTo(ctx, { kind, id, names }).filter((linker) => linker !== id)
      return { notes: linkers.map((linker) => meta(notes[linker] as Note)).sort(byNewestCreated) }
    },
  }
}

/**
 * Wraps notes.save so renaming a note keeps the links to it working: links are saved as the
 * title (`[[Title]]`, readable in the file and in exports), and a rename rewrites them in every
 * note whose link meant the renamed note, in one write (the indexes and the history follow it
 * like any other write: each rewritten note keeps its text from before as a version, unless its
 * newest version is from an earlier rename already).
 */
export function withLinks(handlers: Handlers, ctx: HandlerContext): Handlers {
  const { notes } = handlers
  return {
    ...handlers,
    notes: {
      ...notes,
      async save(request) {
        let current = own(ctx.store.state.notes, request.id)
        const retitled = current && request.title !== undefined && linkKey(request.title) !== linkKey(current.title)
        if (retitled) {
          await ctx.linkIndex.ready()
          // Read again: another save may have come first while the index was being built.
          current = own(ctx.store.state.notes, request.id)
        }
        const renamed =
          current &&
          request.title !== undefined &&
          request.title.trim() !== '' &&
          current.title.trim() !== '' &&
          linkKey(request.title) !== linkKey(current.title)
            ? current
            : null
        const linkers = renamed
          ? linkersTo(ctx, { kind: 'note', id: renamed.id, names: [renamed.title] }).filter((id) => id !== renamed.id)
          : []
        const answer = await notes.save(request)
        if (!current || linkers.length === 0 || request.title === undefined) return answer
        const [from, to] = [current.title, request.title.trim()]
        // The history listener keeps each rewritten note's text from before; the indexes follow the records.
        await ctx.store.update(
          (state) => {
            for (const id of linkers) {
              const note = own(state.notes, id)
              if (!note) continue
              const body = renameWikiLinks(note.body, from, to)
              if (body !== note.body) note.body = body
            }
          },
          { kind: 'derived', by: 'link-rename' },
        )
        return answer
      },
    },
  }
}
