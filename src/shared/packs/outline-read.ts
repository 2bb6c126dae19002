import type { Heading, List, ListItem, Nodes, Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { CURRICULUM_LIMITS as L } from '../curriculum/limits'
import { isHttpsLink } from '../markdown/web-link'
import type { Resource } from '../schemas/curriculum'
import type { Incoming, IncomingSkill, IncomingSubtopic } from './incoming'
import { Skipped } from './skipped'

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

interface Section {
  heading: Heading
  summary?: string
  title: string
  id?: string
  parent: Section | null
  skill: IncomingSkill | null
  category: boolean
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

/** Reads a Markdown outline; `fallbackCategory` names the category of skills with no heading above them. */
export function readOutline(text: string, fallbackCategory = 'Imported'): Incoming {
  const root: Root = parser.parse(text)
  const skipped = new Skipped()
  const sections: Section[] = []
  const skills: IncomingSkill[] = []
  let current: Section | null = null

  const keepResources = (links: { title: string; url: string }[]): Resource[] =>
    links.flatMap((link) => {
      if (!isHttpsLink(link.url) || /\s/.test(link.url) || link.url.length > L.url) return (skipped.note('links that are not https addresses'), [])
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
    else if (skill.subtopics.some((s) => s.title.toLowerCase() === title.toLowerCase())) skipped.note('sub-topics repeated within their skill')
    else if (skill.subtopics.length >= L.subtopics) skipped.note(`sub-topics past the ${L.subtopics} a skill can hold`)
    else {
      subtopic = { ...(id ? { id } : {}), title, resources: keepResources(links).slice(0, L.resources), ticked: item.checked === true }
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

/** Gives every skill its category, takes empty skills and categories where the outline's shape says so, and reports the rest. */
function placeSkills(sections: Section[], skills: IncomingSkill[], skipped: Skipped, fallbackCategory: string): Incoming {
  const categoryOf = (section: Section): Section | null => {
    let up = section.parent
    while (up?.skill) up = up.parent
    return up
  }
  const markCategories = (): void => {
    for (const section of sections) {
      const category = section.skill ? categoryOf(section) : null
      if (category) category.category = true
    }
  }
  markCategories()
  // A heading with no list at the depth skills have (or, with no lists at all, the deepest heading
  // of two or more levels) is a skill with no sub-topics yet; one beside categories is an empty category.
  const depths = new Set<number>(sections.filter((s) => s.skill).map((s) => s.heading.depth))
  const all = sections.map((s) => s.heading.depth)
  if (depths.size === 0 && new Set(all).size >= 2) depths.add(Math.max(...all))
  for (const section of sections) {
    if (section.skill || section.category || !section.title || !depths.has(section.heading.depth) || section.parent?.skill) continue
    section.skill = { ...(section.id ? { id: section.id } : {}), title: section.title, category: '', subtopics: [] }
    skills.push(section.skill)
  }
  markCategories()
  for (const section of sections) {
    if (section.skill || section.category || !section.title) continue
    if (sections.some((s) => s !== section && s.category && s.parent === section.parent && s.heading.depth === section.heading.depth)) section.category = true
  }
  const categories = new Map<string, { key: string; id?: string; title: string }>()
  const keyOf = (section: Section | null): string => {
    const title = section?.title || fallbackCategory
    const key = `${section?.id ?? ''}|${title.toLowerCase()}`
    if (!categories.has(key)) categories.set(key, { key, ...(section?.id ? { id: section.id } : {}), title: title.slice(0, L.title) })
    return key
  }
  for (const section of sections) if (section.category && !sections.some((s) => s.skill && categoryOf(s) === section)) keyOf(section)
  const ordered: IncomingSkill[] = []
  for (const section of sections) {
    const skill = section.skill
    if (skill) {
      if (skill.title.length > L.title) {
        skipped.note(`skill names longer than ${L.title} characters`)
        continue
      }
      const summary = section.summary
      ordered.push({ ...skill, category: keyOf(categoryOf(section)), ...(summary ? { summary: summary.slice(0, L.summary) } : {}) })
    } else if (!section.category && section.title) skipped.name('headings with no list items', section.title)
  }
  // Order categories as the outline meets them.
  const order = sections.filter((s) => s.category || s.skill).map((s) => (s.skill ? keyOf(categoryOf(s)) : keyOf(s)))
  const sorted = [...new Set(order)].map((key) => categories.get(key)!).filter(Boolean)
  if (ordered.length === 0) skipped.note('no skills found: an outline needs headings with list items under them')
  return { match: 'id-or-title', categories: sorted, skills: mergeRepeats(ordered, skipped), frameworks: [], goalLinks: [], skipped: skipped.lines() }
}

/** Skills of the same name (in any category) become one: the later one's sub-topics join the first. */
function mergeRepeats(skills: IncomingSkill[], skipped: Skipped): IncomingSkill[] {
  const byTitle = new Map<string, IncomingSkill>()
  const out: IncomingSkill[] = []
  for (const skill of skills) {
    const key = skill.title.toLowerCase()
    const first = byTitle.get(key)
    if (!first) {
      byTitle.set(key, skill)
      out.push(skill)
      continue
    }
    for (const sub of skill.subtopics) {
      if (first.subtopics.some((s) => s.title.toLowerCase() === sub.title.toLowerCase())) skipped.note('sub-topics repeated within their skill')
      else first.subtopics.push(sub)
    }
  }
  return out
}
