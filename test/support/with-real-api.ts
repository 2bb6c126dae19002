import { afterEach, beforeEach } from 'vitest'
import type { AppState } from '../../src/shared/model'
import { useStore } from '../../src/renderer/src/state/store'
import { createRealApi } from './real-api'
import type { Logger } from '../../src/main/router'

type RealApi = Awaited<ReturnType<typeof createRealApi>>

/**
 * Gives each component test a fresh data folder behind window.api (the real router and
 * handlers), a store reset to its first state and, unless told otherwise, loaded from main.
 * Returns the current test's RealApi.
 */
export function withRealApi(
  options: {
    seed?: () => AppState
    load?: boolean
    log?: Logger
    /** What the folder dialogs answer, in turn: a test pushes the folder it wants chosen. */
    folderAnswers?: string[]
  } = {},
): RealApi {
  const initial = useStore.getState()
  let current: RealApi | null = null
  beforeEach(async () => {
    current = await createRealApi(undefined, { log: options.log, folderAnswers: options.folderAnswers })
    if (options.seed) await current.core.store.replace(options.seed())
    window.api = current.api
    useStore.setState(initial, true)
    if (options.load !== false) await useStore.getState().app.getState()
  })
  afterEach(() => current?.dispose())
  const now = (): RealApi => {
    if (!current) throw new Error('withRealApi is only available inside a test')
    return current
  }
  return {
    get api() {
      return now().api
    },
    get core() {
      return now().core
    },
    get dataDir() {
      return now().dataDir
    },
    emit: (event, payload) => now().emit(event, payload),
    dispose: () => now().dispose(),
  }
}
