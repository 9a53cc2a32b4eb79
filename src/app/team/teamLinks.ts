/**
 * Which library entries are offline copies of team parks, and the revision
 * each was last in step with: the entry's origin names the server and the
 * park (teamServer.ts `parkOrigin`), and this small record, kept in
 * localStorage by entry id, adds the base revision and the user's role, so
 * a reload — offline too — knows what the copy was based on. Pure reading
 * and writing of that record; untrusted like every stored thing.
 */
import { z } from 'zod';
import { ROLES, type Role } from '../../core/io/serverProtocol.ts';

const TEAM_LINKS_KEY = 'symbiograph.teamLinks';

export interface TeamLink {
  readonly parkId: string;
  /** The revision the copy's edits start from: what a save sends in If-Match. */
  readonly base: number;
  readonly role: Role;
  /** Whether the copy holds edits not on the server (false: it is the base revision as it was read or saved). */
  readonly edited?: boolean;
}

export type TeamLinks = Readonly<Record<string, TeamLink>>;

const linksSchema = z.record(
  z.string(),
  z.object({
    parkId: z.string(),
    base: z.number().int().positive(),
    role: z.enum(ROLES),
    edited: z.boolean().optional(),
  }),
);

/** The stored record, or none when it is missing or damaged. */
export function readTeamLinks(raw: string | null): TeamLinks {
  if (raw === null) return {};
  try {
    return linksSchema.safeParse(JSON.parse(raw)).data ?? {};
  } catch {
    return {};
  }
}

export function withTeamLink(links: TeamLinks, entryId: string, link: TeamLink): TeamLinks {
  const old = links[entryId];
  if (old?.parkId === link.parkId && old.base === link.base && old.role === link.role && old.edited === link.edited)
    return links;
  return { ...links, [entryId]: link };
}

/** Reads the record from the browser's storage (none when it is refused). */
export function loadTeamLinks(): TeamLinks {
  try {
    return readTeamLinks(localStorage.getItem(TEAM_LINKS_KEY));
  } catch {
    return {};
  }
}

export function storeTeamLinks(links: TeamLinks): void {
  try {
    localStorage.setItem(TEAM_LINKS_KEY, JSON.stringify(links));
  } catch {
    // Storage refused: the link lasts as long as the page.
  }
}
