/** The Dashboard view; its content arrives with its own feature. */
export default function DashboardView() {
  return (
    <section aria-labelledby="dashboard-heading" className="view">
      <header className="view-header">
        <h1 id="dashboard-heading">Dashboard</h1>
      </header>
      <p className="empty">This view is coming soon.</p>
    </section>
  )
}
