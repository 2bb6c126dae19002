import { useStore } from '../state/store'
import { VIEWS } from '../state/ui-slice'
import { VIEW_LABELS } from '../components/shell/NavBar'
import { goTo, type AppCommand } from './command-kit'
import { TIMER_KEY, viewKey } from '../components/shell/app-keys'
import { FEATURE_COMMANDS } from './feature-commands'

/**
 * Every command the palette offers. Features add theirs here (this array is the extension point);
 * the palette filters by `available` and groups by `group`.
 */
export const COMMANDS: AppCommand[] = [
  ...VIEWS.map((view): AppCommand => ({
    id: `go-${view}`,
    title: `Go to ${VIEW_LABELS[view]}`,
    group: 'Views',
    keywords: ['open', 'show', 'view'],
    shortcut: viewKey(view),
    run: (s) => goTo(s, view, 'main'),
  })),
  ...FEATURE_COMMANDS,
  {
    id: 'review-start',
    title: 'Start today’s review',
    group: 'Review',
    keywords: ['flashcards', 'cards', 'study'],
    run: (s) => goTo(s, 'review', 'review-start'),
  },
  {
    id: 'review-write',
    title: 'Write a review card',
    group: 'Review',
    keywords: ['flashcard', 'new card', 'add'],
    run: (s) => goTo(s, 'review', 'card-skill'),
  },
  {
    id: 'timer-start',
    title: 'Start the study timer',
    group: 'Study log',
    keywords: ['clock', 'track', 'time'],
    shortcut: TIMER_KEY,
    available: (s) => !s.data?.study.sessions.some((x) => x.end === null),
    run: (s) => goTo(s, 'study', 'timer-skill'),
  },
  {
    id: 'timer-stop',
    title: 'Stop the study timer',
    group: 'Study log',
    keywords: ['clock', 'end', 'time'],
    shortcut: TIMER_KEY,
    available: (s) => s.data?.study.sessions.some((x) => x.end === null) ?? false,
    run: async (s) => void (await s.study.stop()),
  },
  {
    id: 'time-log',
    title: 'Log study time by hand',
    group: 'Study log',
    keywords: ['manual', 'add time'],
    run: (s) => goTo(s, 'study', 'log-skill'),
  },
  {
    id: 'streak-minimum',
    title: 'Change the daily streak minimum',
    group: 'Study log',
    keywords: ['goal', 'minutes'],
    run: (s) => goTo(s, 'study', 'streak-minimum'),
  },
  {
    id: 'evidence-add',
    title: 'Add evidence to a skill',
    group: 'Study log',
    keywords: ['link', 'repo', 'certificate', 'pull request'],
    run: (s) => goTo(s, 'study', 'evidence-skill'),
  },
  {
    id: 'theme-light',
    title: 'Use the light theme',
    group: 'Appearance',
    keywords: ['colour', 'color', 'bright'],
    run: async (s) => void (await s.settings.setTheme('light')),
  },
  {
    id: 'theme-dark',
    title: 'Use the dark theme',
    group: 'Appearance',
    keywords: ['colour', 'color', 'night'],
    run: async (s) => void (await s.settings.setTheme('dark')),
  },
  {
    id: 'theme-system',
    title: 'Follow the system theme',
    group: 'Appearance',
    keywords: ['colour', 'color', 'os', 'auto'],
    run: async (s) => void (await s.settings.setTheme('system')),
  },
  {
    id: 'shortcuts',
    title: 'Show keyboard shortcuts',
    group: 'Help',
    keywords: ['keys', 'help', '?'],
    shortcut: '?',
    run: (s) => s.setOverlay('shortcuts'),
  },
]

/** Runs the command with `id` against the store, as the palette does (tests drive commands through it). */
export function runCommand(id: string): void | Promise<void> {
  return COMMANDS.find((command) => command.id === id)?.run(useStore.getState())
}
