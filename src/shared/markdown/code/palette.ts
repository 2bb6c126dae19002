// The colours of highlighted code. The app's stylesheet (components/code/code-block.css) holds
// the same values as custom properties, checked against these by a test; the exported page is
// always light and takes its rules from here.

/** A kind of token, coloured alike whatever the language. */
export type TokenKind =
  'keyword' | 'string' | 'number' | 'title' | 'type' | 'attr' | 'comment' | 'meta' | 'addition' | 'deletion'

/** The highlight.js classes (without `hljs-`; `title.class_` is a title with that modifier) each kind covers. */
export const TOKEN_CLASSES: Record<TokenKind, readonly string[]> = {
  keyword: ['keyword', 'selector-tag', 'doctag'],
  string: ['string', 'regexp', 'char', 'template-tag'],
  number: ['number', 'literal', 'operator'],
  title: ['title', 'section', 'selector-pseudo'],
  type: ['type', 'built_in', 'symbol', 'title.class_'],
  attr: [
    'attr',
    'attribute',
    'property',
    'variable',
    'template-variable',
    'selector-attr',
    'selector-class',
    'selector-id',
    'link',
  ],
  comment: ['comment', 'quote'],
  meta: ['meta', 'name', 'tag', 'bullet'],
  addition: ['addition'],
  deletion: ['deletion'],
}

/**
 * Each kind's colour on the code block's background, light and dark (each at least 4.5:1 against it).
 * Names (keys, properties, variables) share the numbers' blue, as GitHub's themes do: a key then never looks like the string beside it.
 */
export const HIGHLIGHT_COLOURS: Record<'light' | 'dark', Record<TokenKind, string>> = {
  light: {
    keyword: '#b3195a',
    string: '#116329',
    number: '#0550ae',
    title: '#6639ba',
    type: '#953800',
    attr: '#0550ae',
    comment: '#5a6170',
    meta: '#0a3069',
    addition: '#116329',
    deletion: '#a40e26',
  },
  dark: {
    keyword: '#ff7b9c',
    string: '#7ee787',
    number: '#79c0ff',
    title: '#d2a8ff',
    type: '#ffa657',
    attr: '#79c0ff',
    comment: '#9aa3b2',
    meta: '#a5d6ff',
    addition: '#7ee787',
    deletion: '#ffa198',
  },
}

/** The backgrounds those colours are checked against: the app's code block (light, dark) and the exported page's. */
export const CODE_BACKGROUNDS = { light: '#eef0f4', dark: '#272b34', page: '#f6f7f9' } as const

/** CSS rules colouring the highlight classes with fixed colours (the exported page's). */
export function highlightRules(colours: Record<TokenKind, string>): string {
  const rules = (Object.keys(TOKEN_CLASSES) as TokenKind[]).map(
    (kind) => `${TOKEN_CLASSES[kind].map((c) => `.hljs-${c}`).join(', ')} { color: ${colours[kind]}; }`,
  )
  return [
    ...rules,
    '.hljs-comment { font-style: italic; }',
    '.hljs-strong { font-weight: 600; }',
    '.hljs-emphasis { font-style: italic; }',
  ].join('\n')
}
