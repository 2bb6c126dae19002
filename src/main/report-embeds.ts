import type { Report } from '../shared/report/schema'
import type { NoteEmbeds } from '../shared/markdown/embeds'
import { attachmentsNamedIn } from '../shared/attachments/names'
import type { AttachmentStore } from './attachments/attachment-store'

/** The note texts a report shows (full or excerpts). */
export function reportNoteTexts(report: Report): string[] {
  return report.sections.flatMap((section) => (section.kind === 'notes' ? section.items.map((n) => n.text) : []))
}

/** Each stored picture the texts name, as a data URL; a missing file is left out (it reads as its label). */
export async function pictureUrls(
  texts: readonly string[],
  attachments: AttachmentStore,
): Promise<Map<string, string>> {
  const urls = new Map<string, string>()
  for (const name of new Set(texts.flatMap(attachmentsNamedIn))) {
    if (!(await attachments.has(name))) continue
    const { type, bytes } = await attachments.read(name)
    urls.set(name, `data:${type};base64,${bytes.toString('base64')}`)
  }
  return urls
}

/** The pictures and diagrams an exported report embeds, worked out before it is rendered. */
export async function reportEmbeds(report: Report, sources: { attachments: AttachmentStore }): Promise<NoteEmbeds> {
  const texts = reportNoteTexts(report)
  const pictures = await pictureUrls(texts, sources.attachments)
  return { pictureUrl: (name) => pictures.get(name), diagramUrl: () => undefined }
}
