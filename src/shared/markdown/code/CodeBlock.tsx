import { useContext, useMemo, type ReactNode } from 'react'
import { useHighlight } from './highlight-context'
import { codeLabel, codeLanguage } from './languages'
import { EmbedsContext } from '../embeds'
import { isDiagramLanguage } from '../../diagrams/diagram-answer'
import { DiagramFigure } from './DiagramFigure'

/** A fenced (or indented) code block: the fence's language word, if any, and the code as text. */
export interface CodeBlockProps {
  language: string | undefined
  code: string
}

/**
 * A code block with its language label above the code, highlighted once a highlighter is
 * provided (plain until then, and always for a language the app does not know). `action` sits
 * next to the label (the app's copy button; exports have none). A ```mermaid block the
 * EmbedsContext has drawn (an exported report) shows the diagram, or its source and error.
 */
export function CodeBlock({ language, code, action }: CodeBlockProps & { action?: ReactNode }) {
  const embeds = useContext(EmbedsContext)
  const drawing = isDiagramLanguage(language) ? embeds.diagram(code) : undefined
  if (drawing) return <DiagramFigure source={code} drawing={drawing} action={action} />
  return <CodeText language={language} code={code} action={action} />
}

function CodeText({ language, code, action }: CodeBlockProps & { action?: ReactNode }) {
  const known = codeLanguage(language)
  const highlight = useHighlight(known !== undefined)
  const body = useMemo(() => (known && highlight ? highlight(code, known.id) : code), [code, known, highlight])
  return (
    <div className="code-block">
      <div className="code-block-head">
        <span className="code-block-language">{codeLabel(language)}</span>
        {action}
      </div>
      {/* Focusable: a long line scrolls the block sideways, and the keyboard must be able to scroll it too. */}
      <pre tabIndex={0}>
        <code className={known ? `language-${known.id}${highlight ? ' hljs' : ''}` : undefined}>{body}</code>
      </pre>
    </div>
  )
}
