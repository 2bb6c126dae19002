import type { List, ListItem, Nodes, Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { CURRICULUM_LIMITS as L } from '../curriculum/limits'
import { isHttpsLink } from '../markdown/web-link'
import type { Resource } from '../schemas/curriculum'
import type { Incoming, IncomingSkill, IncomingSubtopic } from './incoming'
import { Skipped } from './skipped'
import { placeSkills, type Section } from './outline-place'
import { checkOutlineSize } from './outline-size'

// A Markdown outline as an import. A heading that holds a list is a skill, its items the
// sub-topics (`- [x]` ticked); the nearest heading above it that is not a skill is its category.
// A nested item that is just a link is a resource of the item above; other nested items are
// sub-topics of the same skill. A trailing `{#id}` on a title gives the item its id (exports
// write them, so an edited export updates in place). Whatever has no clear place is reported.

const parser = unified().use(remarkParse).use(remarkGfm)
const ID_SUFFIX = /\{#([a-z0-9][a-z0-9-]{0,79})\}\s*$/

/** A node's plain text: text and inline code as written, images by their alt text. */
function toString(node: Nodes): string {
  // Inline HTML is kept as the text it is: markup in a title stays visible, never rendered.
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') return node.value
  if (node.type === 'image') return node.alt ?? ''
  if (node.type === 'break') return ' '
  return 'children' in node ? node.children.map((child) => toString(child)).join('') : ''
}

/** A node's text as one trimmed line, and the `{#id}` its source ends with (if unescaped). */
function titleOf(node: Nodes, source: string): { title: string; id?: string } {
  const text = toString(node).replace(/\s+/g, ' ').trim()
  const raw = source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0)
  const id = ID_SUFFIX.exec(raw)?.[1]
  if (id === undefined || !text.endsWith(`{#${id}}`)) return { title: text }
  return { title: text.slice(0, -`{#${id}}`.length).trim(), id }
}

/** Every link inside a node, in order. */
function linksIn(node: Nodes): { title: string; url: string }[] {
  if (node.type === 'link') return [{ title: toString(node).replace(/\s+/g, ' ').trim() || node.url, url: node.url }]
  return 'children' in node ? node.children.flatMap((child) => linksIn(child)) : []
}

/** Reads a Markdown outline (refused first if its shape is too big to parse); `fallbackCategory` names the category of skills with no heading above them. */
export function readOutline(text: string, fallbackCategory = 'Imported'): Incoming {
  checkOutlineSize(text)
  const root: Root = parser.parse(text)
  const skipped = new Skipped()
  const sections: Section[] = []
  const skills: IncomingSkill[] = []
  let current: Section | null = null

  const keepResources = (links: { title: string; url: string }[]): Resource[] =>
    links.flatMap((link) => {
      if (!isHttpsLink(link.url) || /\s/.test(link.url) || link.url.length > L.url)
        return (skipped.note('links that are not https addresses'), [])
      return [{ title: link.title.slice(0, L.subtopicTitle), url: link.url }]
    })

  const addItems = (list: List, skill: IncomingSkill, parent: IncomingSubtopic | null): void => {
    for (const item of list.children) addItem(item, skill, parent)
  }
  const addItem = (item: ListItem, skill: IncomingSkill, parent: IncomingSubtopic | null): void => {
    const [first, ...rest] = item.children
    const nested = item.children.filter((child): child is List => child.type === 'list')
    const lead = first && (first.type === 'paragraph' || first.type === 'heading') ? first : null
    const links = lead ? linksIn(lead) : []
    const read = lead ? titleOf(lead, text) : { title: '' }
    // "- [ ]" with nothing after it is no task item to GFM: its text is the bare box.
    const { title, id } = /^\[[ xX]?\]$/.test(read.title) ? { title: '' } : read
    // A nested, unticked item that is only a link is a resource of the item above it.
    if (parent && item.checked == null && links.length === 1 && title === links[0]!.title && nested.length === 0) {
      parent.resources.push(...keepResources(links).slice(0, Math.max(0, L.resources - parent.resources.length)))
      return
    }
    let subtopic: IncomingSubtopic | null = null
    if (!title) skipped.note('list items without text')
    else if (title.length > L.subtopicTitle) skipped.note(`sub-topic names longer than ${L.subtopicTitle} characters`)
    else if (skill.subtopics.some((s) => s.title.toLowerCase() === title.toLowerCase()))
      skipped.note('sub-topics repeated within their skill')
    else if (skill.subtopics.length >= L.subtopics) skipped.note(`sub-topics past the ${L.subtopics} a skill can hold`)
    else {
      subtopic = {
        ...(id ? { id } : {}),
        title,
        resources: keepResources(links).slice(0, L.resources),
        ticked: item.checked === true,
      }
      skill.subtopics.push(subtopic)
    }
    for (const child of rest) if (child.type !== 'list') skipped.block(child.type)
    for (const list of nested) addItems(list, skill, subtopic ?? parent)
  }

  const skillOf = (section: Section): IncomingSkill => {
    if (!section.skill) {
      section.skill = { ...(section.id ? { id: section.id } : {}), title: section.title, category: '', subtopics: [] }
      skills.push(section.skill)
    }
    return section.skill
  }

  for (const node of root.children) {
    if (node.type === 'heading') {
      while (current && current.heading.depth >= node.depth) current = current.parent
      const { title, id } = titleOf(node, text)
      current = { heading: node, title, ...(id ? { id } : {}), parent: current, skill: null, category: false }
      sections.push(current)
    } else if (node.type === 'list') {
      if (!current) skipped.count('list items before the first heading (no skill to put them in)', node.children.length)
      else if (!current.title) skipped.count('list items under an empty heading', node.children.length)
      else addItems(node, skillOf(current), null)
    } else if (node.type === 'paragraph' && current && !current.skill && current.summary === undefined) {
      // The first paragraph under a heading, before its list, describes the skill it turns out to be.
      current.summary = toString(node).replace(/\s+/g, ' ').trim()
    } else if (node.type === 'paragraph') skipped.note('paragraphs of text outside a skill’s description')
    else if (node.type !== 'thematicBreak' && node.type !== 'definition') skipped.block(node.type)
  }
  return placeSkills(sections, skills, skipped, fallbackCategory)
}
