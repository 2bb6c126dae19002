/** A curriculum pack shipped with the app, as plain data. */
export interface ShippedPack {
  id: string
  title: string
  description: string
  packVersion: number
  categories: { id: string; title: string }[]
  skills: {
    id: string
    title: string
    category: string
    summary: string
    subtopics: { id: string; title: string; resources?: { title: string; url: string }[] }[]
  }[]
}
