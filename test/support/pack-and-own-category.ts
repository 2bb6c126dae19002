import type { Category, CurriculumSkill } from '../../src/shared/model'

/**
 * The system design pack's first category and skill, and a category and skill the learner made:
 * what the study charts must count beside the built-in categories.
 */
export const PACK_AND_OWN: { categories: Category[]; skills: CurriculumSkill[] } = {
  categories: [
    { id: 'sd-foundations', order: 'c000', title: 'System design building blocks', hidden: false },
    { id: 'my-reading', order: 'c001', title: 'Reading list', hidden: false },
  ],
  skills: [
    {
      id: 'sd-requirements',
      order: 'c000',
      title: 'Requirements and estimates',
      category: 'sd-foundations',
      summary: '',
      subtopics: [],
      hidden: false,
    },
    {
      id: 'ddia',
      order: 'c001',
      title: 'Designing data-intensive applications',
      category: 'my-reading',
      summary: '',
      subtopics: [],
      hidden: false,
    },
  ],
}
