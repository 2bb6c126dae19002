import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { cspOfHtmlFile, parseCsp } from '../../support/csp'

const FETCH_DIRECTIVES = [
  'script-src',
  'style-src',
  'img-src',
  'font-src',
  'connect-src',
  'object-src',
  'media-src',
  'frame-src',
  'worker-src',
  'manifest-src',
  'child-src',
]

describe('the renderer CSP (src/renderer/index.html)', async () => {
  const policy = await cspOfHtmlFile('src/renderer/index.html')
  const csp = parseCsp(policy)

  it("denies by default and lets scripts come only from the app's own files", () => {
    expect(csp.get('default-src')).toEqual(["'none'"])
    expect(csp.get('script-src')).toEqual(["'self'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'none'"])
    expect(csp.get('form-action')).toEqual(["'none'"])
  })

  it('allows no inline code, no eval and no wildcard anywhere', () => {
    for (const [name, sources] of csp) {
      for (const bad of [
        "'unsafe-inline'",
        "'unsafe-eval'",
        "'unsafe-hashes'",
        "'wasm-unsafe-eval'",
        '*',
        'filesystem:',
      ]) {
        expect(sources, `${name} must not allow ${bad}`).not.toContain(bad)
      }
    }
    expect(csp.get('script-src')).not.toContain('data:')
  })

  it('allows blob: URLs for images alone (the preview shows stored pictures through them)', () => {
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:'])
    for (const [name, sources] of csp) {
      if (name !== 'img-src') expect(sources, `${name} must not allow blob:`).not.toContain('blob:')
    }
  })

  it('names no remote host and no http(s) scheme in any fetch directive', () => {
    for (const name of FETCH_DIRECTIVES) {
      for (const source of csp.get(name) ?? []) {
        expect(source, `${name} ${source}`).toMatch(/^('self'|'none'|data:|blob:)$/)
      }
    }
  })

  it('is the only CSP, and the page has no inline script or style', async () => {
    const html = await readFile('src/renderer/index.html', 'utf8')
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i)
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i)
  })
})

describe('the diagram page CSP (src/renderer/diagram.html)', async () => {
  const csp = parseCsp(await cspOfHtmlFile('src/renderer/diagram.html'))

  it("runs only the page's own scripts and allows inline styles (Mermaid's <style> in each SVG) and nothing more", () => {
    expect(csp.get('default-src')).toEqual(["'none'"])
    expect(csp.get('script-src')).toEqual(["'self'"])
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(csp.get('img-src')).toEqual(['data:'])
    expect(csp.get('connect-src')).toBeUndefined()
    for (const name of ['object-src', 'base-uri', 'form-action']) expect(csp.get(name)).toEqual(["'none'"])
    for (const [name, sources] of csp)
      for (const source of sources)
        expect(source, `${name} ${source}`).toMatch(/^('self'|'none'|data:|'unsafe-inline')$/)
  })

  it('has no inline script', async () => {
    const html = await readFile('src/renderer/diagram.html', 'utf8')
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|\son[a-z]+=/i)
  })
})

describe('the Electron release in use', () => {
  it('is a supported major (45 or later)', async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { devDependencies: Record<string, string> }
    const major = Number(/\d+/.exec(pkg.devDependencies.electron ?? '')?.[0])
    expect(major).toBeGreaterThanOrEqual(45)
  })

  it('is packaged with the risky fuses off (run-as-node, NODE_OPTIONS, --inspect) and asar-only loading', async () => {
    const yml = await readFile('electron-builder.yml', 'utf8')
    for (const line of [
      'runAsNode: false',
      'enableNodeOptionsEnvironmentVariable: false',
      'enableNodeCliInspectArguments: false',
      'onlyLoadAppFromAsar: true',
      'enableEmbeddedAsarIntegrityValidation: true',
    ]) {
      expect(yml).toContain(`  ${line}`)
    }
  })
})
