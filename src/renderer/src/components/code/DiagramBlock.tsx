import { DiagramFigure } from '../../../../shared/markdown/code/DiagramFigure'
import { useColourScheme } from '../common/use-colour-scheme'
import { CopyCodeButton } from './CopyCodeButton'
import { useDiagram } from './use-diagram'
import './diagram-block.css'

/** A ```mermaid block in the preview: drawn by main's hidden diagram page in the app's theme, shown as an image. */
export function DiagramBlock({ code }: { code: string }) {
  const { drawing, pending } = useDiagram(code, useColourScheme())
  return (
    <DiagramFigure
      source={code}
      drawing={drawing}
      pending={pending}
      action={<CopyCodeButton code={code} label="Mermaid" />}
    />
  )
}
