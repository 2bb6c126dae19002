import type { Api } from '../shared/contract'

declare global {
  interface Window {
    /** The typed bridge to the main process; the only way the page reaches data. */
    api: Api
  }
}
export {}
