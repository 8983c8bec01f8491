import { Component, type ComponentChildren } from 'preact';
import { ScreenProblem } from './ScreenProblem';

/**
 * Catches an error while a screen renders, so the rest of the app stays usable: the user sees
 * what happened and a way back, never a blank page. One per screen (App gives each its own).
 */
export class ErrorBoundary extends Component<{ children: ComponentChildren }, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.warn('A screen could not be shown:', error); // for whoever reports the problem
  }

  override render() {
    return this.state.failed ? <ScreenProblem kind="render" /> : this.props.children;
  }
}
