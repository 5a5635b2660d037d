/**
 * The `matches` map of a hit, shared between hits that matched the query terms the same
 * way. A search over a large corpus can return thousands of hits but only a handful of
 * distinct match patterns, so building one Map per pattern instead of per hit keeps
 * result building cheap. Shared maps are sealed: editing one would silently edit others.
 */
import type { MatchKind } from './text-index.ts';

export class SealedMatchMap extends Map<string, MatchKind> {
  private sealed = false;

  seal(): this {
    this.sealed = true;
    return this;
  }

  override set(key: string, value: MatchKind): this {
    if (this.sealed) throw new TypeError('a hit’s matches are shared between hits; copy the map to change it');
    return super.set(key, value);
  }

  override delete(key: string): boolean {
    if (this.sealed) throw new TypeError('a hit’s matches are shared between hits; copy the map to change it');
    return super.delete(key);
  }

  override clear(): void {
    if (this.sealed) throw new TypeError('a hit’s matches are shared between hits; copy the map to change it');
    super.clear();
  }
}
