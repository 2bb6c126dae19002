/** The Levels view; its content arrives with its own feature. */
export default function LevelsView() {
  return (
    <section aria-labelledby="levels-heading" className="view">
      <header className="view-header">
        <h1 id="levels-heading">Levels</h1>
      </header>
      <p className="empty">This view is coming soon.</p>
    </section>
  )
}
