/** A curriculum pack shipped with Groundwork, as plain data (converted to the pack format by packFromShipped). */
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
