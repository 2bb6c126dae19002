import type { StateCreator } from 'zustand'
import { call, type AnswerOf, type Outcome } from './call'
import type { Store } from './store'

/** Notes out to a folder of Markdown files, and a folder's import preview (the imports slice confirms it). */
export interface MarkdownSlice {
  markdown: {
    /** Asks for a folder and writes every note there as a .md file; answers where, or that the dialog was closed. */
    exportFolder: () => Promise<Outcome<AnswerOf<'markdown.exportFolder'>>>
    /** Asks for a folder and answers what importing its Markdown files would do, or that the dialog was closed. */
    chooseImport: () => Promise<Outcome<AnswerOf<'markdown.chooseImport'>>>
  }
}

/** The Markdown folder slice: export, and import with a preview. */
export const createMarkdownSlice: StateCreator<Store, [], [], MarkdownSlice> = () => ({
  markdown: {
    exportFolder: () => call('markdown.exportFolder', undefined),
    chooseImport: () => call('markdown.chooseImport', undefined),
  },
})
