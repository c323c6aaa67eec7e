import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** What failed, for the heading: "The contact book", "This panel"… */
  what?: string;
  /** A way out besides trying again: a link to a place that does not depend on what failed. */
  exit?: { href: string; label: string };
}

interface State {
  error: Error | null;
}

/**
 * Around each page root and each section: a value that breaks rendering shows a message and a
 * way out instead of a blank page, and nothing stored is touched.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Coffee Chats: a screen failed to show', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className="card stack">
        <h2>{this.props.what ?? 'This page'} could not be shown</h2>
        <p>Your notes are safe: nothing was changed. The problem was: {error.message || 'an unknown error'}.</p>
        <div className="row">
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          {this.props.exit && <a href={this.props.exit.href} onClick={() => this.setState({ error: null })}>{this.props.exit.label}</a>}
          <button type="button" onClick={() => location.reload()}>
            Reload
          </button>
        </div>
      </div>
    );
  }
}
