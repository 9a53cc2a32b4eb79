/** A park's members: listed to every member; given, changed and taken away by its owners, who alone read the audit log. */
import { bilingual } from '../../core/text/message.ts';
import { parkAudit } from '../store/audit.ts';
import { membersOf, setMember } from '../store/parks.ts';
import { ApiFailure } from '../http/apiFailure.ts';
import type { RouteHandlers } from '../http/routeTypes.ts';

export const memberHandlers: Pick<RouteHandlers, 'listMembers' | 'setMember' | 'audit'> = {
  listMembers: async ({ c, server, park }) => c.json(await membersOf(server.db, park.id)),

  setMember: async ({ c, server, caller, park, body, address }) => {
    const change = await setMember(server.db, park.id, { userId: caller.userId, address }, body.username, body.role);
    if (change.kind === 'unknown-user')
      throw new ApiFailure('unknown-user', bilingual('server:unknownUser', { username: body.username }));
    if (change.kind === 'last-owner') throw new ApiFailure('last-owner', bilingual('server:lastOwner'));
    return c.json(await membersOf(server.db, park.id));
  },

  audit: async ({ c, server, park }) => c.json(await parkAudit(server.db, park.id)),
};
