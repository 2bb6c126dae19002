// The highlighter: lowlight (highlight.js grammars, no regex compiled from strings at run time
// beyond highlight.js's own, no styles of its own) with only the languages in languages.ts.
// Loaded on demand: the note preview imports it lazily, the report export once per export.
import { toJsxRuntime } from 'hast-util-to-jsx-runtime'
import bash from 'highlight.js/lib/languages/bash'
import csharp from 'highlight.js/lib/languages/csharp'
import dockerfile from 'highlight.js/lib/languages/dockerfile'
import go from 'highlight.js/lib/languages/go'
import http from 'highlight.js/lib/languages/http'
import java from 'highlight.js/lib/languages/java'
import javascript from 'highlight.js/lib/languages/javascript'
import json from 'highlight.js/lib/languages/json'
import php from 'highlight.js/lib/languages/php'
import python from 'highlight.js/lib/languages/python'
import ruby from 'highlight.js/lib/languages/ruby'
import sql from 'highlight.js/lib/languages/sql'
import typescript from 'highlight.js/lib/languages/typescript'
import xml from 'highlight.js/lib/languages/xml'
import yaml from 'highlight.js/lib/languages/yaml'
import type { LanguageFn } from 'highlight.js'
import { createLowlight } from 'lowlight'
import type { ReactNode } from 'react'
import type { Element, ElementContent, Root } from 'hast'
import { Fragment, jsx, jsxs } from 'react/jsx-runtime'
import type { LanguageId } from './languages'

// Typed by LanguageId: a language added there without its grammar here does not compile.
const GRAMMARS: Record<LanguageId, LanguageFn> = {
  bash,
  csharp,
  dockerfile,
  go,
  http,
  java,
  javascript,
  json,
  php,
  python,
  ruby,
  sql,
  typescript,
  xml,
  yaml,
}

const lowlight = createLowlight(GRAMMARS)

// Past this a block stays plain: highlighting is linear, but a pasted log of this size gains nothing from colour.
const MAX_CHARS = 50_000

/**
 * `code` highlighted as `language`: React elements (spans with hljs-* classes around text) built
 * from lowlight's tree, never markup, so anything in the code stays text. Too long a block stays plain.
 */
export function highlightCode(code: string, language: LanguageId): ReactNode {
  if (code.length > MAX_CHARS) return code
  // Its declared result is the global JSX.Element, which React 19's types no longer declare: it is a React element.
  return toJsxRuntime(lowlight.highlight(language, code), { Fragment, jsx, jsxs }) as ReactNode
}

/** One highlighted stretch of code: offsets into it and the hljs-* classes the preview gives it. */
export interface CodeSpan {
  from: number
  to: number
  className: string
}

/**
 * The same highlighting as spans over the code's offsets, for the note editor, which marks its own
 * text rather than drawing elements: the editor and the preview colour code with the same grammars.
 */
export function highlightSpans(code: string, language: LanguageId): CodeSpan[] {
  if (code.length > MAX_CHARS) return []
  const spans: CodeSpan[] = []
  const walk = (nodes: (ElementContent | Root['children'][number])[], at: number): number => {
    for (const node of nodes) {
      if (node.type === 'text') at += node.value.length
      else if (node.type === 'element') {
        const start = at
        at = walk(node.children, at)
        const className = classesOf(node)
        if (className && at > start) spans.push({ from: start, to: at, className })
      }
    }
    return at
  }
  walk(lowlight.highlight(language, code).children, 0)
  return spans
}

function classesOf(element: Element): string {
  const names = element.properties.className
  return Array.isArray(names) ? names.join(' ') : typeof names === 'string' ? names : ''
}
