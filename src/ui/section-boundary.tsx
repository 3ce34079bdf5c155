// Loads a dashboard section lazily (charts come after the figures) with a same-height placeholder and an error fallback.
import { Component, Suspense, type ReactNode } from 'react';

interface Props {
  readonly loading: string;
  readonly failed: string;
  readonly retry: string;
  readonly minHeight: number;
  /** Called before a retry, e.g. to import a lazy chunk again (see retriable-lazy). */
  readonly onRetry?: () => void;
  /** False: what the section needs is still being prepared (shown as loading, as while its code loads). */
  readonly ready?: boolean;
  readonly children: ReactNode;
}

interface State {
  readonly error: boolean;
}

/** A section that fails to load or render says so; the rest of the dashboard stays. */
class SectionErrorBoundary extends Component<Props, State> {
  override state: State = { error: false };
  static getDerivedStateFromError(): State {
    return { error: true };
  }
  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="notice notice--danger" role="alert" style={{ minHeight: 80 }}>
        <p>{this.props.failed}</p>
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            this.props.onRetry?.();
            this.setState({ error: false });
          }}
        >
          {this.props.retry}
        </button>
      </div>
    );
  }
}

export function SectionBoundary(props: Props) {
  const placeholder = (
    <div className="section-placeholder" style={{ minHeight: props.minHeight }} aria-busy="true">
      {props.loading}
    </div>
  );
  return (
    <SectionErrorBoundary {...props}>
      <Suspense fallback={placeholder}>{props.ready === false ? placeholder : props.children}</Suspense>
    </SectionErrorBoundary>
  );
}
