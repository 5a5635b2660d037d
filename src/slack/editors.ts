/** The Home tab's editors' queue, read from the feedback log for members named as editors. */
import type { FeedbackRepo } from '../db/feedback.ts';
import { workspaceKey } from '../db/workspaces.ts';
import { renderEditorsQueue } from './blocks/editors-home.ts';
import type { Block } from './blocks/message.ts';

export function editorsHome(feedback: FeedbackRepo, retentionDays: number): (teamId: string | undefined, userId: string) => Promise<Block[]> {
  return async (teamId, userId) => {
    if (!teamId) return [];
    const key = workspaceKey(teamId);
    const settings = await feedback.settings(key);
    if (!settings.editors.includes(userId)) return [];
    const gaps = settings.loggingEnabled ? await feedback.topGaps({ workspaceKey: key, limit: 15 }) : [];
    return renderEditorsQueue(gaps, { loggingEnabled: settings.loggingEnabled, retentionDays });
  };
}
