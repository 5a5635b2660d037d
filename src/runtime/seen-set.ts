/**
 * Requests and events already handled, so a replay or a redelivery is answered once. Behind
 * this interface so that one instance keeps it in memory and several share it in the database.
 */
export interface SeenSet {
  /**
   * Records `key` until `expiresAtMs` (epoch ms). True the first time a live key is claimed,
   * false while an earlier claim of it has not expired.
   */
  claim(key: string, expiresAtMs: number): Promise<boolean>;
}
