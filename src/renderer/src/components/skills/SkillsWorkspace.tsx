import { useCallback, useRef, useState, type ReactNode } from 'react'
import { usePaneLayout, type PaneLayout } from '../../state/pane-layout'
import { useStore } from '../../state/store'
import { Pane, Panes, PaneSeparator, type PanesHandle } from '../common/Panes'

/** First sizes (percent) for a learner who never resized: a narrow window gives the skill list less. */
function firstLayout(windowWidth: number): PaneLayout {
  return windowWidth < 1200 ? { 'skill-list': 26, 'skill-main': 74 } : { 'skill-list': 22, 'skill-main': 78 }
}

/**
 * The Skills view's two panes: the skill list, and the open skill (its bar above its notes or its
 * progress). Each scrolls on its own, the line between them is draggable (or focused and moved
 * with the arrow keys), and the sizes are remembered. The skill list can be hidden to give the note room.
 */
export function SkillsWorkspace({ list, bar, body }: { list: ReactNode; bar: ReactNode; body: ReactNode }) {
  const layout = usePaneLayout('skills', firstLayout(globalThis.innerWidth ?? 1280))
  const group = useRef<PanesHandle>(null)
  const [listHidden, setListHidden] = useState(() => layout.defaultLayout['skill-list'] === 0)
  const onLayout = useCallback((sizes: PaneLayout) => setListHidden(sizes['skill-list'] === 0), [])
  const focusMode = useStore((s) => s.focusMode)
  const setFocusMode = useStore((s) => s.setFocusMode)
  return (
    <Panes id="skills" handle={group} className="skills-panes" layout={layout} onLayout={onLayout}>
      <Pane id="skill-list" collapsible minSize={210} className="pane">
        {/* Hidden while collapsed, so Tab does not wander into a pane no one can see. */}
        <div className="pane-scroll skills-sidebar" hidden={listHidden}>
          {list}
        </div>
      </Pane>
      <PaneSeparator label="Resize the skill list" controls="skill-list" />
      <Pane id="skill-main" minSize={480} className="pane skill-main">
        <div className="skill-bar">
          {focusMode ? (
            <button type="button" className="focus-exit" onClick={() => setFocusMode(false)}>
              Leave focus mode <kbd>Esc</kbd>
            </button>
          ) : null}
          <button
            type="button"
            className="pane-toggle"
            aria-expanded={!listHidden}
            aria-controls="skill-list"
            title={listHidden ? 'Show the skill list' : 'Hide the skill list'}
            onClick={() => group.current?.toggle('skill-list')}
          >
            <span className="pane-toggle-icon" aria-hidden="true" />
            <span className="visually-hidden">Skill list</span>
          </button>
          {bar}
        </div>
        {body}
      </Pane>
    </Panes>
  )
}
