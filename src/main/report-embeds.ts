import type { Report } from '../shared/report/schema'
import type { DiagramDrawing, NoteEmbeds } from '../shared/markdown/embeds'
import { attachmentsNamedIn } from '../shared/attachments/names'
import type { AttachmentStore } from './attachments/attachment-store'
import { diagramSourcesIn } from '../shared/diagrams/diagram-sources'
import { MAX_DIAGRAM_SOURCE, svgDataUrl } from '../shared/diagrams/diagram-answer'
import type { DiagramRenderer } from './diagrams/diagram-renderer'

/** The note texts a report shows (full or excerpts). */
export function reportNoteTexts(report: Report): string[] {
  return report.sections.flatMap((section) => (section.kind === 'notes' ? section.items.map((n) => n.text) : []))
}

/** Pictures read at once: enough to keep the disk busy, few enough to bound the memory held. */
const PICTURES_AT_ONCE = 8

/** Each stored picture the texts name, as a data URL; a missing file is left out (it reads as its label). */
export async function pictureUrls(
  texts: readonly string[],
  attachments: AttachmentStore,
): Promise<Map<string, string>> {
  const urls = new Map<string, string>()
  const names = [...new Set(texts.flatMap(attachmentsNamedIn))]
  for (let start = 0; start < names.length; start += PICTURES_AT_ONCE) {
    const batch = names.slice(start, start + PICTURES_AT_ONCE)
    const read = await Promise.all(
      batch.map(async (name) => ((await attachments.has(name)) ? { name, ...(await attachments.read(name)) } : null)),
    )
    for (const picture of read) {
      if (picture) urls.set(picture.name, `data:${picture.type};base64,${picture.bytes.toString('base64')}`)
    }
  }
  return urls
}

/** Each ```mermaid block the texts hold, drawn in the light theme (a report is printed on white): its image or its error. */
export async function diagramDrawings(
  texts: readonly string[],
  diagrams: DiagramRenderer,
): Promise<Map<string, DiagramDrawing>> {
  const sources = [...new Set(texts.flatMap(diagramSourcesIn))]
  const drawings = new Map<string, DiagramDrawing>()
  const drawable = sources.filter((source) => source.length <= MAX_DIAGRAM_SOURCE)
  const answers = await diagrams.drawAll(drawable.map((source) => ({ source, theme: 'light' as const })))
  drawable.forEach((source, index) => {
    const answer = answers[index]
    if (answer) drawings.set(source, 'svg' in answer ? { url: svgDataUrl(answer.svg) } : answer)
  })
  for (const source of sources)
    if (!drawings.has(source))
      drawings.set(source, { error: `A diagram can be at most ${MAX_DIAGRAM_SOURCE} characters long.` })
  return drawings
}

/** The pictures and diagrams an exported report embeds, worked out before it is rendered. */
export async function reportEmbeds(
  report: Report,
  sources: { attachments: AttachmentStore; diagrams: DiagramRenderer },
): Promise<NoteEmbeds> {
  const texts = reportNoteTexts(report)
  const [pictures, drawings] = await Promise.all([
    pictureUrls(texts, sources.attachments),
    diagramDrawings(texts, sources.diagrams),
  ])
  return { pictureUrl: (name) => pictures.get(name), diagram: (source) => drawings.get(source) }
}
