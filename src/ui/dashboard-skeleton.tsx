// Placeholder with the dashboard's shape while data loads, so nothing jumps when it arrives.
export function DashboardSkeleton({ label }: { label: string }) {
  return (
    <div className="skeleton" aria-busy="true">
      <p role="status" className="skeleton__label">
        {label}
      </p>
      <div className="skeleton__bar" />
      <div className="skeleton__grid">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="skeleton__card" />
        ))}
      </div>
    </div>
  );
}
