import { tagHighlighter, tags } from '@lezer/highlight'

/** Markdown's parts as class names, styled in editor.css with the app's colour tokens (no inline styles). */
export const markdownClasses = tagHighlighter([
  { tag: tags.heading1, class: 'cm-md-h1' },
  { tag: tags.heading2, class: 'cm-md-h2' },
  { tag: tags.heading3, class: 'cm-md-h3' },
  { tag: [tags.heading4, tags.heading5, tags.heading6], class: 'cm-md-h4' },
  { tag: tags.strong, class: 'cm-md-strong' },
  { tag: tags.emphasis, class: 'cm-md-em' },
  { tag: tags.strikethrough, class: 'cm-md-strike' },
  { tag: tags.link, class: 'cm-md-link' },
  { tag: tags.url, class: 'cm-md-url' },
  { tag: tags.monospace, class: 'cm-md-code' },
  { tag: tags.quote, class: 'cm-md-quote' },
  { tag: tags.list, class: 'cm-md-list' },
  { tag: [tags.processingInstruction, tags.meta], class: 'cm-md-mark' },
  { tag: tags.contentSeparator, class: 'cm-md-rule' },
])
