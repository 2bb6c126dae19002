import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** A study session as the data file holds it. */
export interface SessionOnDisk {
  id: string
  skillId: string
  start: string
  end: string | null
  minutes: number
  manual: boolean
}

interface FileShape {
  study: { sessions: SessionOnDisk[] }
}

const dataFile = (dataDir: string): string => join(dataDir, 'groundwork-data.json')

const readFileShape = async (dataDir: string): Promise<FileShape> =>
  JSON.parse(await readFile(dataFile(dataDir), 'utf8')) as FileShape

/** The study sessions in the data file of `dataDir`, as written on disk. */
export async function sessionsOnDisk(dataDir: string): Promise<SessionOnDisk[]> {
  return (await readFileShape(dataDir)).study.sessions
}

/** Moves the running session's start `minutes` back in the data file of a closed app, as if that much time had passed while it was closed. */
export async function backdateRunningSession(dataDir: string, minutes: number): Promise<void> {
  const file = await readFileShape(dataDir)
  const running = file.study.sessions.find((session) => session.end === null)
  if (!running) throw new Error('the data file holds no running session')
  running.start = new Date(new Date(running.start).getTime() - minutes * 60_000).toISOString()
  await writeFile(dataFile(dataDir), JSON.stringify(file))
}
