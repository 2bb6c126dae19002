import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { Window } from 'happy-dom'
import { createElement, isValidElement, type ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { highlightCode } from '../../../../src/shared/markdown/code/highlight'
import { HighlightContext } from '../../../../src/shared/markdown/code/highlight-context'
import { LANGUAGE_IDS, type LanguageId } from '../../../../src/shared/markdown/code/languages'
import { NoteMarkdown } from '../../../../src/shared/markdown/NoteMarkdown'

/** Every element in a React tree as [type, className], and its text, walking props.children. */
function walk(node: ReactNode, out: { elements: Array<[unknown, unknown]>; text: string }): typeof out {
  if (typeof node === 'string' || typeof node === 'number') out.text += String(node)
  else if (Array.isArray(node)) for (const child of node as ReactNode[]) walk(child, out)
  else if (isValidElement<{ className?: unknown; children?: ReactNode; dangerouslySetInnerHTML?: unknown }>(node)) {
    expect(node.props.dangerouslySetInnerHTML).toBeUndefined()
    if (typeof node.type === 'string') out.elements.push([node.type, node.props.className])
    walk(node.props.children, out)
  }
  return out
}

function treeOf(code: string, language: LanguageId) {
  return walk(highlightCode(code, language), { elements: [], text: '' })
}

/** A note rendered as the exported page renders it (highlighter provided), parsed back into a document. */
function rendered(source: string, highlighted = true) {
  const markdown = createElement(NoteMarkdown, { source })
  const html = renderToStaticMarkup(
    highlighted ? createElement(HighlightContext, { value: { highlight: highlightCode } }, markdown) : markdown,
  )
  const window = new Window()
  window.document.write(`<!doctype html><body>${html}</body>`)
  return window.document
}

const SAMPLES: Record<LanguageId, string> = {
  javascript: 'const total = items.reduce((sum, x) => sum + x, 0) // sum',
  typescript: 'interface User { id: number }\nconst u: User = { id: 1 }',
  python: 'def greet(name: str) -> str:\n    return f"hi {name}"',
  java: 'public class App { public static void main(String[] args) {} }',
  go: 'func main() {\n\tfmt.Println("hi")\n}',
  csharp: 'public record User(int Id);\nvar u = new User(1);',
  ruby: 'def greet(name)\n  puts "hi #{name}"\nend',
  php: '<?php function greet($name) { return "hi $name"; }',
  sql: "SELECT id, name FROM users WHERE active = true AND name LIKE 'a%';",
  bash: 'for f in *.log; do echo "$f"; done',
  json: '{ "name": "groundwork", "private": true, "port": 8080 }',
  yaml: 'services:\n  db:\n    image: postgres:16 # pinned',
  http: 'GET /api/users HTTP/1.1\nHost: localhost\nAccept: application/json',
  dockerfile: 'FROM node:20-alpine\nRUN npm ci\nCMD ["node", "server.js"]',
  xml: '<project><modelVersion>4.0.0</modelVersion></project>',
}

describe('highlightCode', () => {
  it('knows every language the app lists, each giving coloured spans around the same text', () => {
    for (const id of LANGUAGE_IDS) {
      const { elements, text } = treeOf(SAMPLES[id], id)
      expect(text, id).toBe(SAMPLES[id])
      expect(elements.length, id).toBeGreaterThan(0)
    }
  })

  it('builds only spans with highlight.js classes (or a sub-language’s name), whose text is the code exactly, for any code', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.constantFrom(...LANGUAGE_IDS), (code, language) => {
        const { elements, text } = treeOf(code, language)
        expect(text).toBe(code)
        for (const [type, className] of elements) {
          expect(type).toBe('span')
          // A token (hljs-keyword, hljs-title function_), or a stretch in another language (JSX's HTML in JavaScript: "xml").
          const name = String(className)
          if (!/^hljs-[\w-]+( [\w-]+_*)*$/.test(name)) expect(LANGUAGE_IDS).toContain(name)
        }
      }),
      { numRuns: 500 },
    )
  })

  it('leaves a very long block plain', () => {
    const code = 'const x = 1\n'.repeat(5000)
    expect(highlightCode(code, 'javascript')).toBe(code)
  })
})

describe('code blocks in a note', () => {
  it('keep markup in code as text: no script, image or closing tag escapes the block', () => {
    const code = '<script>top.__xss = 1</script>\n</code></pre><img src=x onerror="top.__xss = 2">'
    for (const fence of ['html', 'js', 'elixir', '']) {
      const doc = rendered(`\`\`\`${fence}\n${code}\n\`\`\``)
      expect(doc.querySelectorAll('script, img, [onerror]'), fence).toHaveLength(0)
      expect(doc.querySelectorAll('pre'), fence).toHaveLength(1)
      expect(doc.querySelector('pre > code')?.textContent, fence).toBe(code)
    }
  })

  it('highlight a known language under its label, named by any alias in any case', () => {
    const doc = rendered(
      '```PY\ndef f():\n    return 1\n```\n\n```yml\nkey: value\n```\n\n```docker\nFROM node:20\n```\n\n```sh\necho "hi"\n```',
    )
    expect([...doc.querySelectorAll('.code-block-language')].map((label) => label.textContent)).toEqual([
      'Python',
      'YAML',
      'Dockerfile',
      'Bash',
    ])
    expect([...doc.querySelectorAll('pre > code')].map((code) => code.className)).toEqual([
      'language-python hljs',
      'language-yaml hljs',
      'language-dockerfile hljs',
      'language-bash hljs',
    ])
    expect(doc.querySelector('.language-python .hljs-keyword')?.textContent).toBe('def')
    expect(doc.querySelector('.language-yaml .hljs-attr')?.textContent).toBe('key:')
    expect(doc.querySelector('.language-dockerfile .hljs-keyword')?.textContent).toBe('FROM')
  })

  it('show an unknown language plain under the fence’s own word, and a block without one as "Text"', () => {
    const doc = rendered('```elixir\nIO.puts "hi"\n```\n\n    indented code')
    expect([...doc.querySelectorAll('.code-block-language')].map((label) => label.textContent)).toEqual([
      'elixir',
      'Text',
    ])
    expect(doc.querySelectorAll('pre span')).toHaveLength(0)
    expect(
      [...doc.querySelectorAll('pre > code')].map((code) => [code.getAttribute('class'), code.textContent]),
    ).toEqual([
      [null, 'IO.puts "hi"'],
      [null, 'indented code'],
    ])
  })

  it('stay plain, with their label, where no highlighter is provided', () => {
    const doc = rendered('```js\nconst a = 1\n```', false)
    expect(doc.querySelector('.code-block-language')?.textContent).toBe('JavaScript')
    expect(doc.querySelector('pre > code')?.className).toBe('language-javascript')
    expect(doc.querySelectorAll('pre span')).toHaveLength(0)
  })
})
