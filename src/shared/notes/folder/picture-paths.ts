import { ATTACHMENTS_FOLDER } from '../../attachments/names'

// A note in the app links its pictures as `attachments/<name>`, from the data file's folder. In an
// exported folder the pictures sit in one `attachments/` folder at the top, so a note in a skill's
// folder reaches them one level up.
const STORED_LINK = /\]\(attachments\/([0-9a-f]{64}\.(?:png|jpg|gif|webp|svg))/g

/** A note's body as written into an exported folder `depth` folders below the top: each picture link made relative to the note's own file. */
export function picturesRelativeFrom(body: string, depth: number): string {
  if (depth === 0) return body
  const up = '../'.repeat(depth)
  return body.replace(STORED_LINK, (_match, name: string) => `](${up}${ATTACHMENTS_FOLDER}/${name}`)
}
