import type { HandlerContext } from './context'
import type { AppState } from '../../shared/model'
import type { StateView } from '../../shared/contract'
import type { DomainHandlers } from './types'
import { AppError } from '../../shared/result'
import { isSafeExternalUrl } from '../security'
import { countNotesBySkill } from '../../shared/notes/list'

/** The state as the renderer sees it: no notes, only how many each skill has (notes.list lists them), and no trash. */
export function toStateView(state: AppState): StateView {
  // Note bodies, their earlier versions and the undo trash stay in main: the renderer asks for notes one at a time.
  const { notes, trash: _trash, noteHistory: _history, ...rest } = state
  return { ...rest, noteCounts: countNotesBySkill(notes) }
}

/** `text` with its control characters (line breaks included) shown as spaces. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
}

/** App-wide handlers. */
export function appHandlers(ctx: HandlerContext): DomainHandlers<'app'> {
  return {
    async getState() {
      return { state: toStateView(ctx.store.state), notices: ctx.notices.current }
    },
    async flushed() {
      ctx.onFlushed()
      return null
    },
    async showInFolder({ path }) {
      await ctx.services.showInFolder(path)
      return null
    },
    async openExternal({ url }) {
      if (!isSafeExternalUrl(url)) throw new AppError('invalid-payload', 'Only http and https links can be opened.')
      await ctx.services.openExternal(url)
      return null
    },
    async reportError({ view, message, stack }) {
      // One line for the message, whatever it holds, so it cannot pass for other lines of the log.
      ctx.log(
        `The ${view} view could not be shown: ${oneLine(message)}${stack ? `\n  ${stack.split('\n').map(oneLine).join('\n  ')}` : ''}`,
      )
      return null
    },
  }
}
