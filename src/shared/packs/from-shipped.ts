import type { ShippedPack } from '../curriculum/packs/shipped-pack'
import { PACK_FORMAT, PACK_FORMAT_VERSION } from './pack-format'
import type { CurriculumPackInput } from './pack-schema'

/** A shipped pack in the pack format, to be validated and imported like any pack file. */
export function packFromShipped(shipped: ShippedPack): CurriculumPackInput {
  return {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    id: shipped.id,
    title: shipped.title,
    description: shipped.description,
    packVersion: shipped.packVersion,
    categories: shipped.categories.map(({ id, title }) => ({ id, title })),
    skills: shipped.skills.map((skill) => ({
      id: skill.id,
      title: skill.title,
      category: skill.category,
      summary: skill.summary,
      subtopics: skill.subtopics.map((sub) => ({
        id: sub.id,
        title: sub.title,
        resources: (sub.resources ?? []).map(({ title, url }) => ({ title, url })),
      })),
    })),
  }
}
