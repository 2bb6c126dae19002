import { StyleModule } from 'style-mod'

// CodeMirror writes its base styles with style-mod, which puts them in a <style> element on a
// document: the page's CSP (style-src 'self', no 'unsafe-inline') blocks that, and the editor
// would show unstyled. Here the same rules go into one constructed style sheet adopted by the
// document, which the CSP allows, so the policy stays as strict as it is.

const sheet = typeof CSSStyleSheet === 'function' ? new CSSStyleSheet() : null
let mounted: StyleModule[] = []

function flatten(modules: StyleModule | ReadonlyArray<StyleModule>): StyleModule[] {
  return Array.isArray(modules)
    ? (modules as ReadonlyArray<StyleModule>).flatMap((m) => flatten(m))
    : [modules as StyleModule]
}

const original = StyleModule.mount.bind(StyleModule)

/** Mounts style modules into the adopted sheet: the last mounted list takes precedence, as style-mod orders them. */
StyleModule.mount = (root, modules, options) => {
  const doc = (root as Node).ownerDocument ?? (root as Document)
  if (!sheet || !('adoptedStyleSheets' in doc)) return original(root, modules, options)
  const list = flatten(modules)
  const next = [...mounted.filter((m) => !list.includes(m)), ...list]
  if (next.length !== mounted.length || next.some((m, i) => m !== mounted[i])) {
    mounted = next
    sheet.replaceSync(mounted.map((m) => m.getRules()).join('\n'))
  }
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet]
}
