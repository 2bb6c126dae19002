/** The three career levels, from first job to senior. */
export const LEVEL_IDS = ['entry', 'mid', 'senior'] as const
export type LevelId = (typeof LEVEL_IDS)[number]

/** One goal of a level; `skillIds` are the skills (see skills.ts) it draws on. */
export interface LevelGoal {
  id: string
  title: string
  skillIds: readonly string[]
}

/** A career level with the goals that show a learner is ready for it. */
export interface Level {
  id: LevelId
  title: string
  summary: string
  goals: readonly LevelGoal[]
}

/** The levels and their goals, in the app's own words. */
export const LEVELS: readonly Level[] = [
  {
    id: 'entry',
    title: 'Entry level',
    summary: 'What a first backend job expects: one language, one database, one framework, and the habits of a team.',
    goals: [
      {
        id: 'entry-one-language',
        title: 'Know one server-side language well, such as Python, Ruby or Java',
        skillIds: ['languages'],
      },
      {
        id: 'entry-relational-database',
        title: 'Store and query data in PostgreSQL or MySQL',
        skillIds: ['databases'],
      },
      {
        id: 'entry-git-basics',
        title: 'Use Git for everyday work: commits, branches and merges',
        skillIds: ['version-control'],
      },
      {
        id: 'entry-framework',
        title: 'Build a small app with one server-side framework',
        skillIds: ['frameworks', 'languages'],
      },
      {
        id: 'entry-rest-api',
        title: 'Build a RESTful API that hands data to a frontend',
        skillIds: ['apis', 'frameworks', 'frontend-basics'],
      },
      {
        id: 'entry-lifecycle',
        title: 'Follow a feature through the development lifecycle, from plan to release',
        skillIds: ['version-control', 'testing-debugging', 'communication'],
      },
      {
        id: 'entry-debugging',
        title: 'Find and fix simple bugs on your own',
        skillIds: ['testing-debugging', 'problem-solving'],
      },
      {
        id: 'entry-teamwork',
        title: 'Work smoothly with frontend developers and the rest of the team',
        skillIds: ['communication', 'frontend-basics'],
      },
    ],
  },
  {
    id: 'mid',
    title: 'Mid level',
    summary: 'Working without a safety net: sound data models, faster services, and code others are glad to maintain.',
    goals: [
      {
        id: 'mid-data-modelling',
        title: 'Design database schemas and model data for real workloads',
        skillIds: ['databases', 'critical-thinking'],
      },
      {
        id: 'mid-caching',
        title: 'Pick a caching strategy and apply it where it pays off',
        skillIds: ['databases', 'web-servers', 'problem-solving'],
      },
      {
        id: 'mid-containers',
        title: 'Ship services in containers and run them with an orchestrator like Kubernetes',
        skillIds: ['web-servers', 'adaptability'],
      },
      {
        id: 'mid-clean-code',
        title: 'Write clean code that the next person can maintain',
        skillIds: ['languages', 'testing-debugging', 'communication'],
      },
      {
        id: 'mid-design-patterns',
        title: 'Apply common design patterns where they fit',
        skillIds: ['languages', 'dsa', 'critical-thinking'],
      },
      {
        id: 'mid-performance',
        title: 'Explain how backend choices shape speed and the user experience',
        skillIds: ['apis', 'databases', 'web-servers', 'critical-thinking'],
      },
      {
        id: 'mid-refactoring',
        title: 'Optimise and refactor existing code without breaking it',
        skillIds: ['testing-debugging', 'dsa', 'problem-solving'],
      },
    ],
  },
  {
    id: 'senior',
    title: 'Senior level',
    summary: 'Seeing the whole system and the people around it: architecture, scale, security, and leading others.',
    goals: [
      {
        id: 'senior-architecture',
        title: 'Design the architecture of a whole system',
        skillIds: ['apis', 'databases', 'critical-thinking'],
      },
      {
        id: 'senior-scale-security',
        title: 'Make decisions that keep a system scalable and secure',
        skillIds: ['security', 'web-servers', 'critical-thinking'],
      },
      {
        id: 'senior-cloud',
        title: 'Run workloads on a cloud platform such as AWS, Azure or Google Cloud',
        skillIds: ['serverless', 'web-servers', 'adaptability'],
      },
      {
        id: 'senior-microservices',
        title: 'Split a system into microservices, and know when not to',
        skillIds: ['apis', 'serverless', 'critical-thinking'],
      },
      {
        id: 'senior-ci-cd',
        title: 'Set up continuous integration and delivery pipelines',
        skillIds: ['version-control', 'testing-debugging'],
      },
      { id: 'senior-mentoring', title: 'Mentor junior developers', skillIds: ['communication', 'problem-solving'] },
      {
        id: 'senior-cross-team',
        title: 'Lead a team that spans several disciplines',
        skillIds: ['communication', 'adaptability'],
      },
      {
        id: 'senior-strategy',
        title: 'Tie technical strategy to the goals of the business',
        skillIds: ['critical-thinking', 'communication'],
      },
      {
        id: 'senior-stakeholders',
        title: 'Work with stakeholders: negotiate and win support for a plan',
        skillIds: ['communication'],
      },
    ],
  },
]

const byId = new Map(LEVELS.map((level) => [level.id, level]))

/** Looks a level up by id. */
export function levelById(id: LevelId): Level {
  const level = byId.get(id)
  if (!level) throw new Error(`Unknown level ${id}`)
  return level
}

/** Whether `goalId` is one of the level's built-in goals. */
export function isBuiltInGoal(levelId: LevelId, goalId: string): boolean {
  return levelById(levelId).goals.some((goal) => goal.id === goalId)
}
