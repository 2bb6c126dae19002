import { defaultFilter } from 'cmdk'
import type { SearchHit } from '../../../shared/contract/search'
import type { StateView } from '../../../shared/contract'
import { isVisibleSkill, levelOf } from '../../../shared/curriculum/access'
import { skillLabel } from '../../../shared/curriculum/skill-label'
import { defaultCurriculum } from '../../../shared/curriculum/default'
import { LEVEL_IDS } from '../../../shared/curriculum/levels'
import type { Curriculum } from '../../../shared/schemas/curriculum'
import { levelGoals } from '../../../shared/levels/readiness'
import { tokenize } from '../../../shared/search/text-match'
import { hitTarget, itemIntent, type ItemTarget } from '../state/item-target'
import type { Store } from '../state/store'
import { commandTitle, type AppCommand } from './command-kit'

/** One line of the palette: a command to run or an item to go to. */
export type PaletteEntry = { key: string; title: string; detail?: string; shortcut?: string } & (
  { command: AppCommand } | { target: ItemTarget }
)

/** A heading of the palette and its lines, in the order shown. */
export interface PaletteGroup {
  heading: string
  entries: PaletteEntry[]
}

/** At most this many items of each kind are listed: enough to pick from, few enough to scan. */
export const ITEMS_PER_GROUP = 5
/** Notes get a few more lines: there can be thousands, and their titles are the learner's own. */
export const NOTES_SHOWN = 8

/** The words of a query as the search index takes them: a lone letter beside real words is dropped. */
function queryWords(text: string): string[] {
  const words = tokenize(text)
  return words.some((word) => word.length > 1) ? words.filter((word) => word.length > 1) : words
}

/** Whether every query word starts a word of `text` (so "post sql" finds "PostgreSQL and SQL"). */
function startsWords(words: readonly string[], text: string): boolean {
  const own = tokenize(text)
  return words.length > 0 && words.every((word) => own.some((token) => token.startsWith(word)))
}

/** The goals of every level (built in and the learner's own) whose title has every word. */
function goalEntries(curriculum: Curriculum, words: readonly string[], data: StateView): PaletteEntry[] {
  return LEVEL_IDS.flatMap((level) =>
    levelGoals(curriculum, level, data.levels)
      .filter((goal) => startsWords(words, goal.title))
      .map((goal): PaletteEntry => ({
        key: `goal:${goal.id}`,
        title: goal.title,
        detail: `${levelOf(curriculum, level).title}${goal.done ? ' · reached' : ''}`,
        target: { kind: 'goal', id: goal.id },
      })),
  )
}

/** Frameworks whose name (or language) has every word; a name that starts with the query comes first. */
function frameworkEntries(curriculum: Curriculum, words: readonly string[], text: string): PaletteEntry[] {
  const query = text.trim().toLowerCase()
  return curriculum.frameworks
    .filter((f) => startsWords(words, `${f.name} ${f.language}`))
    .sort((a, b) => Number(b.name.toLowerCase().startsWith(query)) - Number(a.name.toLowerCase().startsWith(query)))
    .map((f) => ({
      key: `framework:${f.id}`,
      title: f.name,
      detail: f.kind === 'runtime' ? `${f.language} runtime` : f.language,
      target: { kind: 'framework', id: f.id },
    }))
}

/** The learner's own review cards whose question has every word, newest first. */
function cardEntries(curriculum: Curriculum, words: readonly string[], data: StateView): PaletteEntry[] {
  return Object.values(data.review.custom)
    .filter((card) => startsWords(words, card.front))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((card) => ({
      key: `card:${card.id}`,
      title: card.front,
      detail: skillLabel(curriculum, card.skillId),
      target: { kind: 'card', id: card.id },
    }))
}

/** The search index's title hits of one kind, as palette lines; a note or sub-topic names its skill. */
function hitEntries(curriculum: Curriculum, hits: readonly SearchHit[], kind: SearchHit['kind']): PaletteEntry[] {
  return hits
    .filter((hit) => hit.kind === kind)
    .map((hit): PaletteEntry => {
      const target = hitTarget(hit)
      const detail =
        target.kind !== 'skill'
          ? { detail: skillLabel(curriculum, hit.skillId) }
          : isVisibleSkill(curriculum, hit.skillId)
            ? {}
            : { detail: 'Hidden skill' }
      return { key: itemIntent(target), title: hit.title, ...detail, target }
    })
}

/**
 * The items matching `text`: skills, sub-topics and notes from the search index's title hits;
 * goals, frameworks and the learner's own cards matched here (they are few and all in the state,
 * or the curriculum). Nothing for an empty query.
 */
export function itemGroups(text: string, hits: readonly SearchHit[], data: StateView | null): PaletteGroup[] {
  const words = queryWords(text)
  if (words.length === 0) return []
  const curriculum = data?.curriculum ?? defaultCurriculum()
  const groups: PaletteGroup[] = [
    { heading: 'Skills', entries: hitEntries(curriculum, hits, 'skill').slice(0, ITEMS_PER_GROUP) },
    { heading: 'Sub-topics', entries: hitEntries(curriculum, hits, 'subtopic').slice(0, ITEMS_PER_GROUP) },
    { heading: 'Goals', entries: data ? goalEntries(curriculum, words, data).slice(0, ITEMS_PER_GROUP) : [] },
    { heading: 'Frameworks', entries: frameworkEntries(curriculum, words, text).slice(0, ITEMS_PER_GROUP) },
    { heading: 'Your cards', entries: data ? cardEntries(curriculum, words, data).slice(0, ITEMS_PER_GROUP) : [] },
    { heading: 'Notes', entries: hitEntries(curriculum, hits, 'note').slice(0, NOTES_SHOWN) },
  ]
  return groups.filter((group) => group.entries.length > 0)
}

/** The heading of the commands matching a typed query (item headings like "Skills" would clash with their feature headings). */
export const COMMANDS_HEADING = 'Commands'

/**
 * The available commands: all of them under their features' headings while nothing is typed; else
 * those matching `text`, scored as cmdk scores them, best first under one heading.
 */
export function commandGroups(commands: readonly AppCommand[], store: Store, text: string): PaletteGroup[] {
  const query = text.trim()
  const listed = commands
    .filter((command) => command.available?.(store) ?? true)
    .map((command): PaletteEntry & { command: AppCommand } => {
      const title = commandTitle(command, store)
      return {
        key: `command:${command.id}`,
        title,
        ...(command.shortcut ? { shortcut: command.shortcut } : {}),
        command,
      }
    })
  if (query === '') {
    return [...new Set(listed.map((entry) => entry.command.group))].map((heading) => ({
      heading,
      entries: listed.filter((entry) => entry.command.group === heading),
    }))
  }
  const matching = listed
    .map((entry) => ({ entry, score: defaultFilter(entry.title, query, entry.command.keywords) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score)
    .map(({ entry }) => entry)
  return matching.length > 0 ? [{ heading: COMMANDS_HEADING, entries: matching }] : []
}
