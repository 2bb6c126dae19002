import type { StateCreator } from 'zustand'
import { call, type AnswerOf, type Outcome } from './call'
import type { Store } from './store'

/** Notes out to a folder of Markdown files and back in; once main has imported, every view shows the new state. */
export interface MarkdownSlice {
  markdown: {
    /** Asks for a folder and writes every note there as a .md file; answers where, or that the dialog was closed. */
    exportFolder: () => Promise<Outcome<AnswerOf<'markdown.exportFolder'>>>
    /** Asks for a folder and answers what importing its Markdown files would do, or that the dialog was closed. */
    chooseImport: () => Promise<Outcome<AnswerOf<'markdown.chooseImport'>>>
    /** Imports a previewed folder with the skill chosen per folder, and holds the new state. */
    confirmImport: (token: string, skills: { folder: string; skillId: string }[], includeBroken: boolean) => Promise<Outcome<AnswerOf<'markdown.confirmImport'>>>
    /** Drops a previewed import the learner decided against. */
    cancelImport: (token: string) => Promise<Outcome>
  }
}

/** The Markdown folder slice: export, and import with a preview. */
export const createMarkdownSlice: StateCreator<Store, [], [], MarkdownSlice> = (_set, get) => ({
  markdown: {
    exportFolder: () => call('markdown.exportFolder', undefined),
    chooseImport: () => call('markdown.chooseImport', undefined),
    confirmImport: (token, skills, includeBroken) => call('markdown.confirmImport', { token, skills, includeBroken }, { apply: ({ state }) => get().takeState(state) }),
    cancelImport: (token) => call('markdown.cancelImport', { token }),
  },
})
