/** The title a note is listed under: its own, else the first line of its body when known, else a placeholder. */
export function noteDisplayTitle(note: { title: string; body?: string }): string {
  if (note.title.trim() !== '') return note.title.trim()
  const firstLine = note.body?.split('\n').find((line) => line.trim() !== '')
  return firstLine ? firstLine.replace(/^[#>*\-\s]+/, '').slice(0, 80) || 'Untitled note' : 'Untitled note'
}
