import type { Core } from '../../src/main/core'
import { eventChannel, listChannels, type Api, type EventName } from '../../src/shared/contract'
import { tempDir } from './temp-dir'
import { openTestCore } from './test-services'
import type { Logger } from '../../src/main/router'

/**
 * Builds window.api the way the preload does, but calling the real router and handlers
 * in-process over a real data file in a temp folder. Payloads go through JSON like over IPC.
 */
export async function createRealApi(
  dataDir?: string,
  options: { log?: Logger; folderAnswers?: string[] } = {},
): Promise<{
  api: Api
  core: Core
  dataDir: string
  emit(event: EventName, payload: unknown): void
  dispose(): Promise<void>
}> {
  const temp = dataDir ? null : await tempDir()
  const dir = dataDir ?? temp!.dir
  const core = await openTestCore(dir, { log: options.log, folderAnswers: options.folderAnswers })
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  const api: Record<string, unknown> = {}
  for (const [domain, method, wire] of listChannels()) {
    const methods = (api[domain] ??= {}) as Record<string, unknown>
    methods[method] = async (request?: unknown) => {
      const sent = request === undefined ? undefined : (JSON.parse(JSON.stringify(request)) as unknown)
      return JSON.parse(JSON.stringify(await core.dispatch(wire, sent))) as unknown
    }
  }
  api.on = (event: EventName, listener: (payload: unknown) => void) => {
    const key = eventChannel(event)
    if (!listeners.has(key)) listeners.set(key, new Set())
    listeners.get(key)?.add(listener)
    return () => void listeners.get(key)?.delete(listener)
  }
  const emit = (event: EventName, payload: unknown): void =>
    listeners.get(eventChannel(event))?.forEach((l) => l(payload))
  core.setEmitter(emit)
  return {
    api: api as Api,
    core,
    dataDir: dir,
    emit,
    async dispose() {
      await core.close()
      await temp?.remove()
    },
  }
}
