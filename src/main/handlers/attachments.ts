import { basename } from 'node:path'
import type { HandlerContext } from './context'
import type { DomainHandlers } from './types'
import { CANCELLED } from '../../shared/contract/cancelled'
import {
  MAX_PICTURE_BYTES,
  PICTURE_FILE_EXTENSIONS,
  altFromFileName,
  pictureMarkdown,
} from '../../shared/attachments/names'
import { readChosenBytes } from '../chosen-file'

/** Pictures in notes: added from a paste, a drop or the open dialog; read back for the preview. */
export function attachmentsHandlers(ctx: HandlerContext): DomainHandlers<'attachments'> {
  const stored = async (bytes: Uint8Array, fileName: string) => {
    const name = await ctx.attachments.add(bytes)
    return { name, markdown: pictureMarkdown(name, altFromFileName(fileName)) }
  }
  return {
    async add({ fileName, dataBase64 }) {
      return stored(Buffer.from(dataBase64, 'base64'), fileName)
    },
    async choose() {
      const path = await ctx.services.showOpenDialog({
        title: 'Insert a picture',
        filters: [{ name: 'Pictures', extensions: [...PICTURE_FILE_EXTENSIONS] }],
      })
      if (!path) return CANCELLED
      return stored(await readChosenBytes(path, 'a picture', MAX_PICTURE_BYTES), basename(path))
    },
    async read({ name }) {
      const { type, bytes } = await ctx.attachments.read(name)
      return { type, dataBase64: bytes.toString('base64') }
    },
  }
}
