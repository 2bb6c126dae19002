import { parentPort } from 'node:worker_threads'
import { REMOTE, SyncDoc, mergeUpdates } from './sync-doc'
import { byName, type LocalItem } from './local-items'
import { schemaOf } from './collections'

// The sync engine's thread: it holds the Yjs document, so main neither pays its memory nor waits
// while it merges. Main sends what changed here and what came from other computers; the thread
// answers what the document holds, checked against the state's schemas. One message at a time.

/** A request as main sends it; `id` pairs it with its answer. */
export type EngineRequest =
  | { id: number; op: 'open'; device: string; saved?: Uint8Array }
  | { id: number; op: 'items'; items: LocalItem[] }
  | { id: number; op: 'seed'; collection: string; entries: Array<[string, unknown]>; mode: 'new' | 'mine' | 'join' }
  | { id: number; op: 'remote'; updates: Uint8Array[] }
  | { id: number; op: 'values'; collection: string; keys: string[] }
  | { id: number; op: 'keys'; collection: string }
  | { id: number; op: 'encode' }
  | { id: number; op: 'pending'; max: number }
  | { id: number; op: 'client'; client: number }

/** An item as the document has it: its value (undefined: absent or deleted), or invalid when it fails the schema. */
export type EngineValue = { key: string; value?: unknown; invalid?: true }

/** The answer to a request. */
export type EngineReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string }

let doc: SyncDoc | null = null
let pending: Uint8Array[] = []

function opened(): SyncDoc {
  if (!doc) throw new Error('The sync engine has no document open.')
  return doc
}

function handle(request: EngineRequest): unknown {
  switch (request.op) {
    case 'open': {
      doc = new SyncDoc(request.device, request.saved)
      pending = []
      doc.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== REMOTE) pending.push(update)
      })
      // Which engine id this session writes as, so a kept value can be named by its computer.
      doc.doc.getMap('clients').set(String(doc.clientId), request.device)
      return null
    }
    case 'items':
      opened().takeItems(request.items)
      return null
    case 'seed':
      return opened().seedItems(request.collection, request.entries, request.mode)
    case 'remote': {
      const { touched, conflicts } = opened().applyRemoteNow(request.updates)
      return { touched: [...touched].map(([name, keys]) => [name, [...keys]]), conflicts }
    }
    case 'values': {
      const collection = byName(request.collection)
      return request.keys.map((key): EngineValue => {
        const theirs = opened().itemValue(collection, key)
        if (theirs === undefined) return { key }
        const parsed = schemaOf(collection, key)?.safeParse(theirs)
        return parsed?.success ? { key, value: parsed.data } : { key, invalid: true }
      })
    }
    case 'keys':
      return opened().keysOf(byName(request.collection))
    case 'encode':
      return opened().encode()
    case 'pending': {
      const chunks: Uint8Array[] = []
      for (let at = 0; at < pending.length; at += request.max)
        chunks.push(mergeUpdates(pending.slice(at, at + request.max)))
      pending = []
      return chunks
    }
    case 'client': {
      const device = opened().doc.getMap('clients').get(String(request.client))
      return typeof device === 'string' ? device : null
    }
  }
}

parentPort?.on('message', (request: EngineRequest) => {
  let reply: EngineReply
  try {
    reply = { id: request.id, ok: true, value: handle(request) }
  } catch (error) {
    reply = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) }
  }
  parentPort?.postMessage(reply)
})
