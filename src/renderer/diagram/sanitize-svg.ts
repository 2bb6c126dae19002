import DOMPurify, { type Config } from 'dompurify'

// What an SVG drawn by Mermaid may keep: SVG elements only (no foreignObject, so no HTML inside),
// no scripts or event attributes, and links only to its own parts (#id).
const PURIFY: Config & { RETURN_DOM: true } = {
  USE_PROFILES: { svg: true, svgFilters: true },
  FORBID_TAGS: ['foreignObject', 'script', 'iframe', 'image', 'animate', 'set', 'animateMotion', 'animateTransform'],
  FORBID_ATTR: ['onclick', 'onload', 'onerror', 'onmouseover', 'onfocus', 'onbegin', 'onend'],
  RETURN_DOM: true,
}

const LINK_ATTRIBUTES = ['href', 'xlink:href']
// A style that could fetch something (an import, a url() to anything but the SVG's own parts).
const FETCHING_CSS = /@import|url\(\s*['"]?(?!#)/i

let hooked = false

function hookOnce(): void {
  if (hooked) return
  hooked = true
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    for (const name of LINK_ATTRIBUTES) {
      const value = node.getAttribute(name)
      if (value !== null && !value.trim().startsWith('#')) node.removeAttribute(name)
    }
    for (const attribute of [...node.attributes]) {
      if (attribute.name.toLowerCase().startsWith('on')) node.removeAttribute(attribute.name)
    }
    const style = node.getAttribute('style')
    if (style !== null && FETCHING_CSS.test(style)) node.removeAttribute('style')
    if (node.nodeName.toLowerCase() === 'style' && FETCHING_CSS.test(node.textContent)) node.textContent = ''
  })
}

/**
 * Mermaid's SVG made safe to show as an image: sanitized, with a fixed size from its viewBox (an
 * image needs one), serialized as XML.
 */
export function sanitizeDiagramSvg(svg: string): string {
  hookOnce()
  const body = DOMPurify.sanitize(svg, PURIFY)
  const root = body.querySelector('svg')
  if (!root) throw new Error('The diagram came out empty.')
  const box = root
    .getAttribute('viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number)
  if (box?.length === 4 && box.every(Number.isFinite)) {
    root.setAttribute('width', String(Math.ceil(box[2] ?? 0)))
    root.setAttribute('height', String(Math.ceil(box[3] ?? 0)))
    root.style.removeProperty('max-width')
  }
  return new XMLSerializer().serializeToString(root)
}
