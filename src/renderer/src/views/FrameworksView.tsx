/** The Frameworks view; its content arrives with its own feature. */
export default function FrameworksView() {
  return (
    <section aria-labelledby="frameworks-heading" className="view">
      <header className="view-header">
        <h1 id="frameworks-heading">Frameworks</h1>
      </header>
      <p className="empty">This view is coming soon.</p>
    </section>
  )
}
