import { useCallback, useRef, useState, type ReactNode } from 'react'
import { usePaneLayout, type PaneLayout } from '../../state/pane-layout'
import { Pane, Panes, PaneSeparator, type PanesHandle } from '../common/Panes'

/** First sizes (percent) for a learner who never resized: a narrow window gives the skill list less. */
function firstLayout(windowWidth: number): PaneLayout {
  return windowWidth < 1200 ? { 'skill-list': 27, 'skill-detail': 29, 'skill-notes': 44 } : { 'skill-list': 21, 'skill-detail': 23, 'skill-notes': 56 }
}

/**
 * The Skills view's three panes: the skill list, the open skill, and its notes. Each scrolls on
 * its own, the lines between them are draggable (or focused and moved with the arrow keys), and
 * the sizes are remembered. The skill list can be hidden to give the notes room.
 */
export function SkillsWorkspace({ header, list, detail, notes }: { header: ReactNode; list: ReactNode; detail: ReactNode; notes: ReactNode }) {
  const layout = usePaneLayout('skills', firstLayout(globalThis.innerWidth ?? 1280))
  const group = useRef<PanesHandle>(null)
  const [listHidden, setListHidden] = useState(() => layout.defaultLayout['skill-list'] === 0)
  const onLayout = useCallback((sizes: PaneLayout) => setListHidden(sizes['skill-list'] === 0), [])
  return (
    <div className="skills-workspace">
      <div className="workspace-bar">
        <button
          type="button"
          className="pane-toggle"
          aria-expanded={!listHidden}
          aria-controls="skill-list"
          title={listHidden ? 'Show the skill list' : 'Hide the skill list'}
          onClick={() => group.current?.toggle('skill-list')}
        >
          <span className="pane-toggle-icon" aria-hidden="true" />
          Skill list
        </button>
        {header}
      </div>
      <Panes id="skills" handle={group} className="skills-panes" layout={layout} onLayout={onLayout}>
        <Pane id="skill-list" collapsible minSize={200} className="pane">
          {/* Hidden while collapsed, so Tab does not wander into a pane no one can see. */}
          <div className="pane-scroll skills-sidebar" hidden={listHidden}>
            {list}
          </div>
        </Pane>
        <PaneSeparator label="Resize the skill list" controls="skill-list" />
        <Pane id="skill-detail" minSize={220} className="pane">
          <div className="pane-scroll">{detail}</div>
        </Pane>
        <PaneSeparator label="Resize the notes" controls="skill-detail" />
        <Pane id="skill-notes" minSize={320} className="pane">
          {notes}
        </Pane>
      </Panes>
    </div>
  )
}
