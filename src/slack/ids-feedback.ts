/** action_ids of the feedback and follow controls under answers (kept apart from ids.ts, which the lookup and check controls own). */
export const ACTION_FEEDBACK = {
  up: 'feedback_up',
  down: 'feedback_down',
  /** «Følg endringer» as a button, value = entry id (one entry shown). */
  follow: 'follow_entry',
  /** «Følg endringer» as an overflow menu, one option per entry shown. */
  followMenu: 'follow_entry_menu',
  /** «Slutt å følge» in a change notice. */
  unfollow: 'unfollow_entry',
  /** The editors' switch in the Home tab: value "on" or "off". */
  loggingToggle: 'feedback_logging_toggle',
} as const;
