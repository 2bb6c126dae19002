import type { CurriculumPackInput } from '../../../../src/shared/packs/pack-schema'

/** A small valid pack: one category, two skills, a link. */
export function smallPack(overrides: Partial<CurriculumPackInput> = {}): CurriculumPackInput {
  return {
    format: 'groundwork-curriculum-pack',
    formatVersion: 1,
    id: 'devops-basics',
    title: 'DevOps basics',
    description: 'Containers and pipelines.',
    packVersion: 1,
    categories: [{ id: 'devops', title: 'DevOps' }],
    skills: [
      {
        id: 'docker',
        title: 'Docker',
        category: 'devops',
        summary: 'Containers.',
        subtopics: [
          {
            id: 'images',
            title: 'Images and layers',
            resources: [{ title: 'Docker docs', url: 'https://docs.docker.com/' }],
          },
          { id: 'compose', title: 'Compose files' },
        ],
      },
      {
        id: 'ci',
        title: 'Continuous integration',
        category: 'devops',
        subtopics: [{ id: 'pipelines', title: 'Pipelines' }],
      },
    ],
    ...overrides,
  }
}
