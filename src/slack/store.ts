/**
 * What the Slack side keeps in the database, when there is one: installations (OAuth
 * mode only), the shared seen-set, the feedback log and follows. Every part is
 * optional, so the tests and the single-workspace modes can run without a database.
 */
import type { InstallationRepo } from '../db/workspaces.ts';
import type { SeenSet } from '../runtime/seen-set.ts';
import type { FeedbackRepo } from '../db/feedback.ts';
import type { FollowRepo } from '../db/follows.ts';

export interface SlackStore {
  installations?: InstallationRepo;
  seen?: SeenSet;
  feedback?: FeedbackRepo;
  follows?: FollowRepo;
}
