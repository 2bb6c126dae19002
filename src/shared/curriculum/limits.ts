// Plain numbers shared by the schemas (main) and the editor (renderer); no zod here.

/** How big a curriculum may grow, and how long its texts may be. */
export const CURRICULUM_LIMITS = {
  title: 120,
  subtopicTitle: 200,
  summary: 2000,
  text: 1000,
  subtopics: 200,
  skills: 1000,
  categories: 50,
  goals: 100,
  goalLinks: 20,
  frameworks: 200,
  resources: 20,
  packs: 200,
  url: 2048,
} as const
