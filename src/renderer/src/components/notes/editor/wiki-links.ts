import {
  Decoration,
  MatchDecorator,
  ViewPlugin,
  type DecorationSet,
  type EditorView,
  type ViewUpdate,
} from '@codemirror/view'

// `[[Name]]` and `[[Name|label]]` links coloured as links while typing (Markdown's grammar does not know them).
const wikiLink = new MatchDecorator({
  regexp: /\[\[[^\]\n[]+\]\]/g,
  decoration: Decoration.mark({ class: 'cm-md-wikilink' }),
})

/** Keeps the `[[link]]` marks of the visible text current. */
export const wikiLinksPlugin = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet
    constructor(view: EditorView) {
      this.decorations = wikiLink.createDeco(view)
    }
    update(update: ViewUpdate): void {
      this.decorations = wikiLink.updateDeco(update, this.decorations)
    }
  },
  { decorations: (plugin) => plugin.decorations },
)
