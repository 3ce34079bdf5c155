// Placeholder with the dashboard's shape while data loads, so nothing jumps when it arrives.
export function DashboardSkeleton({ label, progress }: { label: string; progress?: number | undefined }) {
  return (
    <div className="skeleton" aria-busy="true">
      <p role="status" className="skeleton__label">
        {label}
      </p>
      {progress !== undefined && <progress className="skeleton__progress" max={1} value={progress} aria-label={label} />}
      <div className="skeleton__bar" />
      <div className="skeleton__grid">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="skeleton__card" />
        ))}
      </div>
    </div>
  );
}
