import { useRef, useState } from 'react'
import { useStore } from '../state/store'
import { useIntent } from '../state/intent'
import { focusSection } from '../components/common/focus'
import { FrameworkTable } from '../components/frameworks/FrameworkTable'
import { FrameworkDetail } from '../components/frameworks/FrameworkDetail'
import { CompareFrameworks } from '../components/frameworks/CompareFrameworks'
import { DecisionHelper } from '../components/frameworks/DecisionHelper'
import { AddFrameworkForm } from '../components/frameworks/AddFrameworkForm'
import { RemovedFrameworks } from '../components/frameworks/RemovedFrameworks'
import './frameworks.css'

/** The Frameworks view: comparison table, side-by-side compare and the learner's weighted ranking. */
export default function FrameworksView() {
  const prefs = useStore((s) => s.data?.frameworks)
  const [openId, setOpenId] = useState<string | null>(null)
  const compare = useRef<HTMLElement>(null)
  const ranking = useRef<HTMLElement>(null)
  useIntent('fw-compare', () => focusSection(compare.current), prefs !== undefined)
  useIntent('fw-ranking', () => focusSection(ranking.current), prefs !== undefined)
  if (!prefs) return null
  return (
    <section aria-labelledby="frameworks-heading" className="view fw-view">
      <header className="view-header">
        <h1 id="frameworks-heading">Frameworks</h1>
        <p className="lede">
          Popular backend choices side by side, plus any you add. Language, release year, license and style are facts;
          the 1 to 5 ratings further down are Groundwork&apos;s editorial view, each with its reason.
        </p>
      </header>

      <section aria-labelledby="fw-table-heading" className="fw-section">
        <h2 id="fw-table-heading">Comparison table</h2>
        <FrameworkTable prefs={prefs} onOpen={setOpenId} />
        <AddFrameworkForm />
        <RemovedFrameworks />
      </section>

      <section ref={compare} aria-labelledby="fw-compare-heading" className="fw-section">
        <h2 id="fw-compare-heading">Side by side</h2>
        <CompareFrameworks prefs={prefs} />
      </section>

      <section ref={ranking} aria-labelledby="fw-rank-heading" className="fw-section">
        <h2 id="fw-rank-heading">Your ranking</h2>
        <p className="editorial-note">
          Ratings are the app&apos;s editorial view, not facts. Weigh what matters to you and each framework gets the
          weighted mean of its ratings.
        </p>
        <DecisionHelper prefs={prefs} />
      </section>

      <FrameworkDetail id={openId} onClose={() => setOpenId(null)} />
    </section>
  )
}
