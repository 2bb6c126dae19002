import { MAX_PICTURE_BYTES, pictureTooLargeMessage } from '../../../../../shared/attachments/names'
import { call, type AnswerOf, type Outcome } from '../../../state/call'

// The attachments calls, kept out of the store so they load with the notes, not at first paint.

/** A picture file as the clipboard or a drop hands it over. */
export type PictureFile = Pick<File, 'name' | 'size' | 'arrayBuffer'>

// btoa takes a string of byte-sized characters; built in slices so a 20 MB picture never makes one huge argument list.
const SLICE = 0x8000

/** The bytes as base64, the form the contract carries them in. */
export function base64Of(bytes: Uint8Array): string {
  let binary = ''
  for (let at = 0; at < bytes.length; at += SLICE) {
    binary += String.fromCharCode(...bytes.subarray(at, at + SLICE))
  }
  return btoa(binary)
}

/** Stores a pasted or dropped picture file; one over the size limit is refused before it is read. */
export async function addPicture(file: PictureFile): Promise<Outcome<AnswerOf<'attachments.add'>>> {
  if (file.size > MAX_PICTURE_BYTES) return { ok: false, message: pictureTooLargeMessage(file.size) }
  let dataBase64: string
  try {
    dataBase64 = base64Of(new Uint8Array(await file.arrayBuffer()))
  } catch {
    return { ok: false, message: `The file ${file.name} could not be read. It was not added.` }
  }
  return call('attachments.add', { fileName: file.name, dataBase64 })
}

/** Asks for a picture in the OS open dialog and stores it; answers like addPicture, or that the dialog was closed. */
export function choosePicture(): Promise<Outcome<AnswerOf<'attachments.choose'>>> {
  return call('attachments.choose', undefined)
}

/** A stored picture's type and bytes (base64), for the preview. */
export function readPicture(name: string): Promise<Outcome<AnswerOf<'attachments.read'>>> {
  return call('attachments.read', { name })
}
