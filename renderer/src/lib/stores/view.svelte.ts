// Which view the window shows, and requests to put the keyboard focus somewhere once it is on screen.
export type ViewName = 'contacts' | 'groups' | 'whoSees' | 'invitations' | 'activity' | 'settings' | 'help';

export type FocusTarget = 'search' | 'list' | 'level';

class ViewStore {
  current = $state<ViewName>('contacts');
  /** A focus request for the contacts view (a counter, so the same target twice is two requests). */
  focusRequest = $state<{ target: FocusTarget; n: number } | null>(null);

  /** The Activity filter a navigation asked for (the "While you were away" notification): read once by the view. */
  activityFilter = $state<'whileAway' | null>(null);

  show(view: ViewName): void {
    this.current = view;
  }

  requestFocus(target: FocusTarget): void {
    this.focusRequest = { target, n: (this.focusRequest?.n ?? 0) + 1 };
  }
}

export const view = new ViewStore();
