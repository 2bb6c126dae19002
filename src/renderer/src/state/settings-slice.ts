import type { StateCreator } from 'zustand'
import type { DeviceState, Settings } from '../../../shared/model'
import type { PANE_GROUPS } from '../../../shared/settings/workspace'
import { call, inBanner, optimisticWrite, patchData, type Outcome } from './call'
import type { Store } from './store'
import type { RequestOf } from '../../../shared/contract'

/** What one reminders.set call changes (this computer's reminder, tray and login choices). */
export type ReminderChange = RequestOf<'reminders', 'set'>

/** Theme choice: light, dark or follow the OS. */
export type Theme = Settings['theme']

/** The Skills workspace preferences: pane sizes, note editor mode, note order. */
export type Workspace = DeviceState['workspace']

/** A resizable pane group whose sizes are remembered. */
export type PaneGroup = (typeof PANE_GROUPS)[number]

/** What one settings.setWorkspace call changes. */
export interface WorkspaceChange {
  pane?: { group: PaneGroup; layout: Record<string, number> }
  noteMode?: Workspace['noteMode']
  noteSort?: Workspace['noteSort']
  navCollapsed?: boolean
  view?: Workspace['view']
}

/** Preference actions; a failure says why in the banner. */
export interface SettingsSlice {
  settings: {
    setTheme: (theme: Theme) => Promise<Outcome>
    /** Remembers that the first start's "What are you learning?" was answered. */
    setWelcomeDone: () => Promise<Outcome>
    /** Remembers pane sizes, the editor mode, the note order or the view shown; shown at once, put back if main refuses. */
    setWorkspace: (change: WorkspaceChange) => Promise<Outcome>
    /** Changes reminder, tray or login choices of this computer. */
    setReminders: (change: ReminderChange) => Promise<Outcome>
    /** No reminder for `minutes` (0 ends the snooze). */
    snoozeReminders: (minutes: number) => Promise<Outcome>
  }
}

/** The settings slice: preference actions. */
export const createSettingsSlice: StateCreator<Store, [], [], SettingsSlice> = (set, get) => {
  const take = (settings: Settings): void => patchData(set, 'settings', () => settings)
  // The workspace and the first-start flag are this computer's own part of the state.
  const takeDevice = (device: DeviceState): void => patchData(set, 'device', () => device)
  return {
    settings: {
      setTheme: (theme) =>
        inBanner(get, call('settings.setTheme', { theme }, { apply: take, failure: 'Could not save the theme' })),
      setWelcomeDone: () =>
        inBanner(
          get,
          call('settings.setWelcomeDone', undefined, { apply: takeDevice, failure: 'Could not save that' }),
        ),
      setWorkspace: (change) =>
        inBanner(
          get,
          call('settings.setWorkspace', change, {
            // Every answer holds this computer's whole part, so the newest one holds each earlier change.
            key: 'device',
            optimistic: optimisticWrite(
              () => get().data?.device,
              (device) => device && takeDevice(device),
              (device) => device && { ...device, workspace: workspaceWith(device.workspace, change) },
            ),
            apply: takeDevice,
            failure: 'Could not save the workspace layout',
          }),
        ),
      setReminders: (change) =>
        inBanner(
          get,
          call('reminders.set', change, {
            key: 'device',
            // A checkbox shows its new state at once; main's answer (or a failure) settles it.
            optimistic: optimisticWrite(
              () => get().data?.device,
              (device) => device && takeDevice(device),
              (device) => device && { ...device, reminders: remindersWith(device.reminders, change) },
            ),
            apply: takeDevice,
            failure: 'Could not save the reminder setting',
          }),
        ),
      snoozeReminders: (minutes) =>
        inBanner(
          get,
          call(
            'reminders.snooze',
            { minutes },
            { key: 'device', apply: takeDevice, failure: 'Could not snooze reminders' },
          ),
        ),
    },
  }
}

/** `workspace` with `change` applied, as main will store it. */
function workspaceWith(workspace: Workspace, { pane, noteMode, noteSort, view }: WorkspaceChange): Workspace {
  return {
    panes: pane ? { ...workspace.panes, [pane.group]: pane.layout } : workspace.panes,
    noteMode: noteMode ?? workspace.noteMode,
    noteSort: noteSort ?? workspace.noteSort,
    ...((view ?? workspace.view) ? { view: view ?? workspace.view } : {}),
  }
}

/** `reminders` with `change` applied, as main will store it. */
function remindersWith(
  reminders: DeviceState['reminders'],
  { kinds, quiet, ...flags }: ReminderChange,
): DeviceState['reminders'] {
  const set = Object.fromEntries(Object.entries(flags).filter(([, value]) => value !== undefined))
  return {
    ...reminders,
    ...set,
    kinds: { ...reminders.kinds, ...kinds },
    quiet: { ...reminders.quiet, ...quiet },
  }
}
