/**
 * A version never changes once written, so the most recently read or saved
 * ones are kept in memory, up to a budget: reading a park (what a team does
 * most) then costs one small query for its head, not the fetch and
 * decompression of a whole model. Being immutable, a cached version is
 * right even beside other servers on the same PostgreSQL.
 */
import type { StoredVersion } from './versions.ts';

/** 64 MiB of models: a few hundred reference-sized parks, or one or two of provincial size. */
const DEFAULT_BUDGET_BYTES = 64 * 1024 * 1024;

/** What a version takes in memory: JavaScript strings are two bytes a character. */
const sizeOf = (version: StoredVersion) => 2 * (version.model.length + version.name.length);

export class VersionCache {
  /** In order of last use, the oldest first. */
  private readonly entries = new Map<string, StoredVersion>();
  private bytes = 0;

  constructor(private readonly budget = DEFAULT_BUDGET_BYTES) {}

  get(parkId: string, revision: number): StoredVersion | undefined {
    const key = `${parkId}\0${revision}`;
    const version = this.entries.get(key);
    if (version) {
      this.entries.delete(key);
      this.entries.set(key, version);
    }
    return version;
  }

  keep(parkId: string, version: StoredVersion): void {
    const size = sizeOf(version);
    const key = `${parkId}\0${version.revision}`;
    if (size > this.budget || this.entries.has(key)) return;
    this.entries.set(key, version);
    this.bytes += size;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.budget) break;
      this.entries.delete(oldest);
      this.bytes -= sizeOf(old);
    }
  }
}
