// Plain constants shared by the schema (main) and the view (renderer); no zod here on purpose,
// since the renderer must not load zod under the strict CSP.

/** The criteria a learner can weight, in display order. */
export const CRITERIA = ['learningCurve', 'performance', 'batteriesIncluded', 'community', 'jobMarket'] as const
/** One weighted criterion. */
export type Criterion = (typeof CRITERIA)[number]

/** Highest weight a criterion can get; 0 means "ignore it". */
export const MAX_WEIGHT = 5
/** Weights a learner starts with: every criterion counts the same. */
export const DEFAULT_WEIGHT = 3

/** How the learner relates to a framework; no entry means neither. */
export const MARKS = ['learning', 'used'] as const
/** One mark. */
export type FrameworkMark = (typeof MARKS)[number]
/** Display names of the marks. */
export const MARK_LABELS: Record<FrameworkMark, string> = { learning: 'Learning', used: 'Used' }

/** Columns of the table the learner can show or hide (the name column is always shown). */
export const TABLE_COLUMNS = ['language', 'firstRelease', 'license', 'style', 'strengths', 'uses', 'mark'] as const
/** One optional column. */
export type TableColumn = (typeof TABLE_COLUMNS)[number]
/** Columns shown until the learner picks others: these fit a 1200 x 800 window. */
export const DEFAULT_COLUMNS: readonly TableColumn[] = ['language', 'firstRelease', 'license', 'style', 'mark']
/** Any column the table can be sorted by. */
export const SORT_COLUMNS = ['name', ...TABLE_COLUMNS] as const
/** One sortable column. */
export type SortColumn = (typeof SORT_COLUMNS)[number]

/** Most frameworks the side-by-side view compares at once. */
export const MAX_COMPARE = 4
