import type { Skill } from '../../../shared/curriculum/skills'
import { skillOf, visibleSkills } from '../../../shared/curriculum/access'
import { curriculumOf } from '../state/curriculum'
import { LEVELS } from '../../../shared/curriculum/levels'
import { STATUS_LABELS } from '../../../shared/skills/progress'
import { DEFAULT_REPORT_OPTIONS, REPORT_FORMATS } from '../../../shared/report/defaults'
import type { ReportFormat } from '../../../shared/report/schema'
import { isCancelled, type Cancelled } from '../../../shared/contract/cancelled'
import type { Outcome } from '../state/call'
import type { Store } from '../state/store'
import { STATUSES } from '../components/skills/status-options'
import { goTo, type AppCommand } from './command-kit'
import { NEW_NOTE_KEY } from '../components/shell/app-keys'

/** Stands in when the learner's curriculum has no skills left: commands on it fail with main's message. */
const NO_SKILL: Skill = { id: '', title: 'no skill', category: '', summary: '', subtopics: [] }

/** The skill the Skills view shows (the first one until the learner picks another). */
function selectedSkill(store: Store): Skill {
  const curriculum = curriculumOf(store)
  return (
    (store.selectedSkillId ? skillOf(curriculum, store.selectedSkillId) : undefined) ??
    visibleSkills(curriculum)[0] ??
    NO_SKILL
  )
}

/** Runs a save-to-file call and tells the learner where the file went (a cancelled dialog says nothing). */
async function saveWithNotice(
  store: Store,
  what: string,
  saved: Promise<Outcome<{ path: string } | Cancelled>>,
): Promise<void> {
  const outcome = await saved
  if (!outcome.ok) return store.setActionError(`Could not save the ${what.toLowerCase()}: ${outcome.message}`)
  if (isCancelled(outcome.value)) return
  const { path } = outcome.value
  store.addNotice({
    id: `saved-${Date.now()}`,
    level: 'info',
    title: `${what} saved`,
    message: `Saved to ${path}`,
    path,
  })
}

/** Shows Levels with the current level open (the learner may have closed it) and focuses one of its fields. */
function openCurrentLevel(store: Store, field: 'goal-add' | 'target-date'): void {
  const level = store.data?.levels.currentLevel ?? 'entry'
  store.setLevelOpen(level, true)
  goTo(store, 'levels', `${field}-${level}`)
}

/** Whether sync is set up on this computer (known once its status came). */
const syncIsOn = (store: Store): boolean => (store.syncStatus?.state ?? 'off') !== 'off'

/** Runs a sync action from the palette; its failure goes to the banner. */
async function syncAction(store: Store, failure: string, pending: Promise<Outcome>): Promise<void> {
  const outcome = await pending
  if (!outcome.ok) store.setActionError(`${failure}: ${outcome.message}`)
}

const FORMATS = Object.keys(REPORT_FORMATS) as ReportFormat[]

/** Commands of the Skills, Levels, Frameworks, Reports and Data features. */
export const FEATURE_COMMANDS: AppCommand[] = [
  {
    id: 'search',
    title: 'Search skills and notes',
    group: 'Skills',
    keywords: ['find', 'filter', 'look up'],
    shortcut: '/',
    run: (s) => goTo(s, 'skills', 'skill-search'),
  },
  {
    id: 'notes-edit',
    title: (s) => `Edit notes on ${selectedSkill(s).title}`,
    group: 'Skills',
    keywords: ['write', 'markdown', 'note'],
    run: (s) => goTo(s, 'skills', 'note-body'),
  },
  {
    id: 'note-new',
    title: (s) => `New note on ${selectedSkill(s).title}`,
    group: 'Skills',
    keywords: ['write', 'add', 'markdown'],
    shortcut: NEW_NOTE_KEY,
    run: async (s) => {
      s.showView('skills')
      if ((await s.notes.start(selectedSkill(s).id)).ok) s.setIntent('note-title')
    },
  },
  {
    id: 'note-picture',
    title: (s) => `Insert a picture into the note on ${selectedSkill(s).title}`,
    group: 'Skills',
    keywords: ['image', 'screenshot', 'attachment', 'photo'],
    // The picture goes into the text, which the preview-only layout does not show.
    available: (s) => s.data?.device.workspace.noteMode !== 'preview',
    run: (s) => goTo(s, 'skills', 'note-picture'),
  },
  {
    id: 'card-from-note',
    title: (s) => `Write a review card from the current note on ${selectedSkill(s).title}`,
    group: 'Skills',
    keywords: ['flashcard', 'question'],
    // Counted in the state view, so this holds before the skill's note list is loaded.
    available: (s) => (s.data?.noteCounts[selectedSkill(s).id] ?? 0) > 0,
    run: (s) => goTo(s, 'skills', 'note-card'),
  },
  ...STATUSES.map((status): AppCommand => ({
    id: `status-${status}`,
    title: (s) => `Mark ${selectedSkill(s).title} as ${STATUS_LABELS[status].toLowerCase()}`,
    group: 'Skills',
    keywords: ['status', 'set', STATUS_LABELS[status]],
    available: (s) => (s.data?.skills[selectedSkill(s).id]?.status ?? 'not-started') !== status,
    run: async (s) => void (await s.skills.setStatus(selectedSkill(s).id, status)),
  })),
  {
    id: 'goal-add',
    title: 'Add a goal of your own',
    group: 'Levels',
    keywords: ['custom goal', 'new goal'],
    run: (s) => openCurrentLevel(s, 'goal-add'),
  },
  {
    id: 'target-date',
    title: 'Set the target date of your level',
    group: 'Levels',
    keywords: ['deadline', 'when', 'date'],
    run: (s) => openCurrentLevel(s, 'target-date'),
  },
  ...LEVELS.map((level): AppCommand => ({
    id: `level-${level.id}`,
    title: `Work toward ${level.title}`,
    group: 'Levels',
    keywords: ['current level', 'switch level', 'career'],
    available: (s) => s.data?.levels.currentLevel !== level.id,
    run: async (s) => {
      // Shown on Levels, where the choice is visible and can be changed back.
      s.showView('levels')
      const outcome = await s.levels.setCurrentLevel(level.id)
      if (!outcome.ok) s.setActionError(`Could not change the level: ${outcome.message}`)
    },
  })),
  {
    id: 'fw-ranking',
    title: 'Open your frameworks ranking',
    group: 'Frameworks',
    keywords: ['weights', 'rank', 'decide', 'choose'],
    run: (s) => goTo(s, 'frameworks', 'fw-ranking'),
  },
  {
    id: 'fw-compare',
    title: 'Compare frameworks side by side',
    group: 'Frameworks',
    keywords: ['versus', 'vs'],
    run: (s) => goTo(s, 'frameworks', 'fw-compare'),
  },
  ...FORMATS.map((format): AppCommand => ({
    id: `report-${format}`,
    title: `Export the full report as ${REPORT_FORMATS[format].label}`,
    group: 'Reports',
    keywords: ['export', 'save', 'progress report', REPORT_FORMATS[format].filterName],
    run: (s) => saveWithNotice(s, 'Report', s.reports.export(format, DEFAULT_REPORT_OPTIONS)),
  })),
  {
    id: 'backup-save',
    title: 'Save a full backup',
    group: 'Data',
    keywords: ['export', 'json', 'copy'],
    run: (s) => saveWithNotice(s, 'Backup', s.backup.exportJson()),
  },
  {
    id: 'anki-export',
    title: 'Export review cards for Anki',
    group: 'Review',
    keywords: ['anki', 'flashcards', 'deck', 'cards'],
    run: (s) => saveWithNotice(s, 'Anki file', s.review.exportAnki()),
  },
  {
    id: 'plan-hours',
    title: 'Set the hours a week for the study plan',
    group: 'Plan',
    keywords: ['plan', 'schedule', 'hours', 'study days', 'today'],
    run: (s) => goTo(s, 'plan', 'plan-hours'),
  },
  {
    id: 'plan-export',
    title: 'Export the study plan to a calendar (.ics)',
    group: 'Plan',
    keywords: ['ics', 'icalendar', 'google calendar', 'outlook', 'apple calendar', 'schedule'],
    run: (s) => saveWithNotice(s, 'Calendar file', s.plan.exportIcs()),
  },
  {
    id: 'pack-add',
    title: 'Add a curriculum pack',
    group: 'Skills',
    keywords: ['pack', 'track', 'curriculum', 'system design', 'devops', 'go'],
    run: (s) => goTo(s, 'skills', 'curriculum-packs'),
  },
  {
    id: 'pack-import',
    title: 'Import a curriculum pack or outline',
    group: 'Skills',
    keywords: ['pack', 'markdown', 'outline', 'roadmap', 'checklist'],
    run: (s) => goTo(s, 'skills', 'curriculum-pack-import'),
  },
  {
    id: 'pack-export',
    title: 'Export the curriculum as a pack or outline',
    group: 'Skills',
    keywords: ['pack', 'share', 'markdown', 'outline', 'json'],
    run: (s) => goTo(s, 'skills', 'curriculum-pack-export'),
  },
  {
    id: 'backup-import',
    title: 'Import a backup',
    group: 'Data',
    keywords: ['restore', 'load', 'json'],
    run: (s) => goTo(s, 'data', 'backup-import'),
  },
  {
    id: 'markdown-export',
    title: 'Export notes as a Markdown folder',
    group: 'Data',
    keywords: ['obsidian', 'vault', 'md', 'files'],
    run: (s) => saveWithNotice(s, 'Notes folder', s.markdown.exportFolder()),
  },
  {
    id: 'sync-setup',
    title: 'Set up sync…',
    group: 'Data',
    keywords: ['sync', 'syncthing', 'dropbox', 'icloud', 'onedrive', 'computers', 'devices'],
    available: (s) => s.syncStatus?.state === 'off',
    run: (s) => goTo(s, 'data', 'sync-setup'),
  },
  {
    id: 'sync-now',
    title: 'Sync now',
    group: 'Data',
    keywords: ['sync', 'refresh', 'computers'],
    available: (s) => syncIsOn(s) && s.syncStatus?.state !== 'paused',
    run: (s) => syncAction(s, 'Could not sync', s.sync.syncNow()),
  },
  {
    id: 'sync-pause',
    title: 'Pause sync',
    group: 'Data',
    keywords: ['sync', 'stop', 'offline'],
    available: (s) => syncIsOn(s) && s.syncStatus?.state !== 'paused',
    run: (s) => syncAction(s, 'Could not pause sync', s.sync.setPaused(true)),
  },
  {
    id: 'sync-resume',
    title: 'Resume sync',
    group: 'Data',
    keywords: ['sync', 'continue', 'unpause'],
    available: (s) => s.syncStatus?.state === 'paused',
    run: (s) => syncAction(s, 'Could not resume sync', s.sync.setPaused(false)),
  },
  {
    id: 'markdown-import',
    title: 'Import a Markdown folder',
    group: 'Data',
    keywords: ['obsidian', 'vault', 'md', 'files', 'notes'],
    run: (s) => goTo(s, 'data', 'markdown-import'),
  },
]
