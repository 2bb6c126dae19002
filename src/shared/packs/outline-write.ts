import type { Curriculum } from '../schemas/curriculum'
import type { AppState } from '../model'
import { escapeMarkdown } from '../report/markdown'
import { selected, type PackSelection } from './selection'

// The chosen part of the curriculum as a Markdown outline that readOutline reads back: `#` a
// category, `##` a skill (its description under it), `- [ ]` / `- [x]` a sub-topic ticked from
// progress, its links as nested items. Every title is escaped, so markup stays text, and ends in
// `{#id}`, so an edited outline updates the same items when imported again.

/** A link destination in angle brackets, where only `<`, `>` and `\` need escaping. */
function destination(url: string): string {
  return `<${url.replace(/[\\<>]/g, '\\$&')}>`
}

/** The outline of the chosen categories and skills, ticked from `progress`. */
export function writeOutline(curriculum: Curriculum, selection: PackSelection, progress: AppState['skills']): string {
  const { categories, skills } = selected(curriculum, selection)
  const out: string[] = []
  for (const category of categories) {
    out.push(`# ${escapeMarkdown(category.title)} {#${category.id}}`, '')
    for (const skill of skills.filter((s) => s.category === category.id)) {
      out.push(`## ${escapeMarkdown(skill.title)} {#${skill.id}}`, '')
      if (skill.summary.trim()) out.push(escapeMarkdown(skill.summary), '')
      for (const sub of skill.subtopics) {
        out.push(
          `- [${progress[skill.id]?.subtopics[sub.id] === true ? 'x' : ' '}] ${escapeMarkdown(sub.title)} {#${sub.id}}`,
        )
        for (const link of sub.resources) out.push(`  - [${escapeMarkdown(link.title)}](${destination(link.url)})`)
      }
      if (skill.subtopics.length > 0) out.push('')
    }
  }
  return `${out.join('\n').trimEnd()}\n`
}
