// The value of a 'members' field (Manage Members): a string[] of entries, one
// "<actor>/" per member and one "<actor>/<role>" per role the member holds, so a
// member whose roles are all unticked stays listed until removed.

export function memberEntries(members: ReadonlyMap<string, readonly string[]>): string[] {
  return [...members].flatMap(([actor, roles]) => [
    `${actor}/`,
    ...roles.map((r) => `${actor}/${r}`),
  ]);
}

/** Member -> the roles ticked for it, in the order the entries hold them. */
export function parseMembers(value: unknown): Map<string, string[]> {
  const members = new Map<string, string[]>();
  if (!Array.isArray(value)) return members;
  for (const entry of value) {
    if (typeof entry !== 'string') continue;
    const cut = entry.lastIndexOf('/');
    if (cut <= 0) continue;
    const actor = entry.slice(0, cut);
    const role = entry.slice(cut + 1);
    const roles = members.get(actor) ?? [];
    if (role && !roles.includes(role)) roles.push(role);
    members.set(actor, roles);
  }
  return members;
}

export interface MemberChange {
  actor: string;
  grant: string[];
  revoke: string[];
}

/** The grants and revocations that turn `before` into `after`, actor by actor. */
export function membersChange(
  before: ReadonlyMap<string, readonly string[]>,
  after: ReadonlyMap<string, readonly string[]>,
): MemberChange[] {
  const actors = [...new Set([...before.keys(), ...after.keys()])];
  return actors
    .map((actor) => {
      const held = before.get(actor) ?? [];
      const wanted = after.get(actor) ?? [];
      return {
        actor,
        grant: wanted.filter((r) => !held.includes(r)),
        revoke: held.filter((r) => !wanted.includes(r)),
      };
    })
    .filter((c) => c.grant.length > 0 || c.revoke.length > 0);
}
