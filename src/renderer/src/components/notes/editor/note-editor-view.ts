import './csp-styles'
import { Annotation, Compartment, EditorState, type Extension } from '@codemirror/state'
import { EditorView, keymap, placeholder, tooltips } from '@codemirror/view'
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands'
import { syntaxHighlighting } from '@codemirror/language'
import { markdown, markdownLanguage } from '@codemirror/lang-markdown'
import { search, searchKeymap } from '@codemirror/search'
import { autocompletion, completionKeymap } from '@codemirror/autocomplete'
import { markdownClasses } from './markdown-classes'
import { markdownKeymap } from './markdown-keys'
import { cardLinesPlugin } from './card-lines'
import { wikiLinksPlugin } from './wiki-links'
import { codeHighlightPlugin } from './code-highlight'
import { linkCompletions, type LinkTargetsSource } from './link-completion'
import { pictureHooks, pictureInput, type PictureHooks } from './pictures'

// The note editor: CodeMirror 6 with Markdown (GitHub's flavour) styled as it is typed, fenced
// code coloured like the preview, card lines marked, `[[` suggestions, search in the note, undo
// and the usual formatting keys. Its look is in editor.css (classes only: the CSP allows no
// inline styles), and it is built here without React, so it can be measured on a page of its own.

/** What the editor reports and reads from the page around it. */
export interface NoteEditorHooks {
  /** Called with the whole text after every change the learner makes. */
  onText(text: string): void
  /** Called when the editor loses focus (the draft saves then). */
  onBlur(): void
  /** Called when the text scrolls (the preview follows). */
  onScroll(scroller: HTMLElement): void
  /** Skills and notes to suggest after `[[`. */
  links: LinkTargetsSource
  /** Where pasted, dropped and chosen pictures are stored and put. */
  pictures: PictureHooks
}

/** Settings that change while the editor lives. */
export interface NoteEditorFlags {
  readOnly: boolean
  invalid: boolean
}

const flagsSlot = new Compartment()

/** Marks a change that came from the draft (a restored version, a reload), which need not go back to it. */
export const fromDraft = Annotation.define<boolean>()

function flagExtensions({ readOnly, invalid }: NoteEditorFlags): Extension {
  return [
    EditorState.readOnly.of(readOnly),
    EditorView.contentAttributes.of({ 'aria-invalid': String(invalid), 'aria-busy': String(readOnly) }),
  ]
}

/** The editor's extensions, without the hooks: also what the bench's bare editor page runs. */
export function noteEditorCore(): Extension {
  return [
    history(),
    EditorView.lineWrapping,
    markdown({ base: markdownLanguage }),
    syntaxHighlighting(markdownClasses),
    codeHighlightPlugin,
    cardLinesPlugin,
    wikiLinksPlugin,
    search({ top: true }),
    placeholder(
      'Write in Markdown: # headings, **bold**, - lists, `code`, [[links]], Question :: Answer for a card. Saved as you type.',
    ),
    EditorView.contentAttributes.of({
      'aria-label': 'Notes',
      spellcheck: 'true',
      autocorrect: 'on',
      autocapitalize: 'sentences',
      id: 'note-body',
    }),
    // Tab is left to the page, so it moves focus out of the note as it does from any field; lists indent with Ctrl/Cmd+] and [.
    keymap.of([...markdownKeymap, ...completionKeymap, ...searchKeymap, ...historyKeymap, ...defaultKeymap]),
  ]
}

/** A new editor state for `doc` with every extension, the hooks and the flags. */
export function noteEditorState(doc: string, hooks: NoteEditorHooks, flags: NoteEditorFlags): EditorState {
  return EditorState.create({
    doc,
    extensions: [
      noteEditorCore(),
      // Drawn in the page's body, above the panes and never clipped by the editor's box.
      tooltips({ parent: document.body }),
      autocompletion({ override: [linkCompletions(hooks.links)], icons: false }),
      flagsSlot.of(flagExtensions(flags)),
      pictureHooks.of(hooks.pictures),
      pictureInput,
      EditorView.updateListener.of((update) => {
        if (update.docChanged && update.transactions.some((tr) => !tr.annotation(fromDraft)))
          hooks.onText(update.state.doc.toString())
      }),
      EditorView.domEventHandlers({
        // Text typed over a selection that spans styled lines (a heading, code) is put in here: left
        // to the browser, Chrome would keep their look with inline styles, which the CSP refuses.
        beforeinput: (event, view) => {
          if (
            event.inputType !== 'insertText' ||
            event.data === null ||
            event.isComposing ||
            view.state.selection.main.empty ||
            view.state.readOnly
          )
            return false
          event.preventDefault()
          view.dispatch({ ...view.state.replaceSelection(event.data), userEvent: 'input.type', scrollIntoView: true })
          return true
        },
        blur: () => hooks.onBlur(),
        scroll: (_event, view) => hooks.onScroll(view.scrollDOM),
      }),
    ],
  })
}

/** Changes the flags of a live editor. */
export function setFlags(view: EditorView, flags: NoteEditorFlags): void {
  view.dispatch({ effects: flagsSlot.reconfigure(flagExtensions(flags)) })
}

/** Puts text that came from outside (a restored version, a reload) into the editor, keeping the caret where it can. */
export function replaceText(view: EditorView, text: string): void {
  const head = Math.min(view.state.selection.main.head, text.length)
  view.dispatch({
    changes: { from: 0, to: view.state.doc.length, insert: text },
    selection: { anchor: head },
    annotations: fromDraft.of(true),
  })
}
