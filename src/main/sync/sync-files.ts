import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { writeDurably } from '../store/durable-file'

/**
 * The files of a sync library, inside the folder the learner syncs:
 *
 *   groundwork-sync/devices/<device id>/seg-0000000001.gws    a batch of changes, never changed again
 *   groundwork-sync/devices/<device id>/snap-0000000040.gws   everything this computer knew at batch 40
 *   groundwork-sync/devices/<device id>/status.json           its name and which batches it has read
 *   groundwork-sync/attachments/<sha-256>.<kind>              a picture, written by whichever computer had it first (sync-pictures.ts)
 *
 * Each computer writes only in its own folder (temp file, fsync, rename) and reads everyone's, so
 * the sync tool never has two versions of one file to merge. A batch file starts with "GWSY", the
 * length of a JSON header, the header (format, device, number, size, SHA-256) and the engine's bytes.
 * Anything else in the folder (a sync tool's temp files and conflict copies, notes the learner put
 * there) is not ours and is left alone.
 */
export const LIBRARY = 'groundwork-sync'
export const FORMAT = 1
const MAGIC = Buffer.from('GWSY')
const BATCH_NAME = /^(seg|snap)-(\d{10})\.gws$/
const DEVICE_ID = /^[a-z0-9]{8,40}$/

export type BatchKind = 'seg' | 'snap'

/** A batch file's name for its kind and number. */
export const batchName = (kind: BatchKind, seq: number): string => `${kind}-${String(seq).padStart(10, '0')}.gws`

/** A batch file's kind and number, or null for a file that is not one of ours (conflict copies included). */
export function parseBatchName(name: string): { kind: BatchKind; seq: number } | null {
  const match = BATCH_NAME.exec(name)
  return match ? { kind: match[1] as BatchKind, seq: Number(match[2]) } : null
}

/** What a computer says of itself in its status file. */
export interface DeviceStatus {
  format: number
  device: string
  name: string
  /** The highest batch it has read of each computer, its own included. */
  seen: Record<string, number>
  writtenAt: string
}

/** Why a batch file could not be read. */
export type Unreadable = { reason: 'incomplete' | 'newer-format' | 'wrong-device'; detail: string }

export const devicesDir = (folder: string): string => join(folder, LIBRARY, 'devices')
export const deviceDir = (folder: string, device: string): string => join(devicesDir(folder), device)

/** The SHA-256 of bytes, in hex (a batch's checksum). */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** The bytes of a batch file. */
export function encodeBatch(device: string, kind: BatchKind, seq: number, payload: Uint8Array): Buffer {
  const sha256 = sha256Hex(payload)
  const header = Buffer.from(JSON.stringify({ format: FORMAT, device, kind, seq, bytes: payload.length, sha256 }))
  const length = Buffer.alloc(4)
  length.writeUInt32BE(header.length)
  return Buffer.concat([MAGIC, length, header, payload])
}

/** A batch file's payload, or why it cannot be used yet (still arriving, cut short, newer, misplaced). */
export function decodeBatch(bytes: Buffer, device: string): { payload: Uint8Array } | Unreadable {
  const incomplete = (detail: string): Unreadable => ({ reason: 'incomplete', detail })
  if (bytes.length < 8 || !bytes.subarray(0, 4).equals(MAGIC)) return incomplete('it does not start as a batch file')
  const headerLength = bytes.readUInt32BE(4)
  if (headerLength > 4096 || bytes.length < 8 + headerLength) return incomplete('its header is cut short')
  let header: { format?: unknown; device?: unknown; bytes?: unknown; sha256?: unknown }
  try {
    header = JSON.parse(bytes.subarray(8, 8 + headerLength).toString('utf8')) as typeof header
  } catch {
    return incomplete('its header is not readable')
  }
  if (typeof header.format !== 'number' || header.format > FORMAT)
    return { reason: 'newer-format', detail: `it was written by a newer Groundwork (format ${String(header.format)})` }
  if (header.device !== device) return { reason: 'wrong-device', detail: 'it belongs to another computer' }
  const payload = bytes.subarray(8 + headerLength)
  if (payload.length !== header.bytes) return incomplete(`it holds ${payload.length} of ${String(header.bytes)} bytes`)
  if (sha256Hex(payload) !== header.sha256) return incomplete('its checksum does not match')
  return { payload: new Uint8Array(payload) }
}

/** Writes one of this computer's batches; a file of that name is never written twice. */
export async function writeBatch(folder: string, device: string, kind: BatchKind, seq: number, payload: Uint8Array) {
  const dir = deviceDir(folder, device)
  await mkdir(dir, { recursive: true })
  await writeDurably(join(dir, batchName(kind, seq)), encodeBatch(device, kind, seq, payload))
}

/** Writes this computer's status file. */
export async function writeStatus(folder: string, status: DeviceStatus): Promise<void> {
  const dir = deviceDir(folder, status.device)
  await mkdir(dir, { recursive: true })
  await writeDurably(join(dir, 'status.json'), `${JSON.stringify(status, null, 2)}\n`)
}

/** A computer's status file, or null when it is missing or not (yet) readable. */
export async function readStatus(folder: string, device: string): Promise<DeviceStatus | null> {
  try {
    const raw = JSON.parse(await readFile(join(deviceDir(folder, device), 'status.json'), 'utf8')) as DeviceStatus
    if (typeof raw !== 'object' || raw === null || raw.device !== device || typeof raw.name !== 'string') return null
    return { ...raw, seen: typeof raw.seen === 'object' && raw.seen !== null ? raw.seen : {} }
  } catch {
    return null
  }
}

/** The computers in the library: the folders under devices/ named like a device id. */
export async function listDevices(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(devicesDir(folder), { withFileTypes: true })
    return entries.filter((entry) => entry.isDirectory() && DEVICE_ID.test(entry.name)).map((entry) => entry.name)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

/** A computer's batch files, oldest first. */
export async function listBatches(
  folder: string,
  device: string,
): Promise<Array<{ name: string; kind: BatchKind; seq: number }>> {
  let names: string[]
  try {
    names = await readdir(deviceDir(folder, device))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  return names
    .flatMap((name) => {
      const parsed = parseBatchName(name)
      return parsed ? [{ name, ...parsed }] : []
    })
    .sort((a, b) => a.seq - b.seq || (a.kind === 'snap' ? 1 : -1))
}

/** Reads a batch file; a file the sync tool is still writing (or a cloud placeholder) reads as incomplete. */
export async function readBatch(folder: string, device: string, name: string) {
  try {
    return decodeBatch(await readFile(join(deviceDir(folder, device), name)), device)
  } catch (error) {
    return { reason: 'incomplete', detail: (error as NodeJS.ErrnoException).code ?? String(error) } as Unreadable
  }
}

/** Removes one of this computer's own old batches. */
export async function removeBatch(folder: string, device: string, name: string): Promise<void> {
  await rm(join(deviceDir(folder, device), name), { force: true })
}

/** Whether the chosen folder is there (a USB stick pulled out or a drive unmounted is not). */
export async function folderIsThere(folder: string): Promise<boolean> {
  try {
    return (await stat(folder)).isDirectory()
  } catch {
    return false
  }
}

/** A new device id: random, lowercase letters and digits. */
export function newDeviceId(random: () => string = () => crypto.randomUUID()): string {
  return random().replace(/-/g, '').slice(0, 20)
}
