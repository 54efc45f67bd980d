'use client';
// A 'members' field (Manage Members, as Horizon's): the candidates on one side with
// an Add button each, the members on the other with their roles and a Remove button.
import { useId, useState } from 'react';
import { memberEntries, parseMembers } from '@/lib/forms/members';
import type { FieldSpec, FieldValue } from '@/lib/forms/types';
import { Button } from './button';

const LIST = 'max-h-72 min-h-24 overflow-y-auto rounded border border-line divide-y divide-line';

export function MembersField({
  field,
  value,
  error,
  describedBy,
  onChange,
}: {
  field: FieldSpec;
  value: FieldValue | undefined;
  error?: string;
  describedBy?: string;
  onChange: (value: FieldValue) => void;
}) {
  const id = useId();
  const [filter, setFilter] = useState('');
  const members = parseMembers(value);
  const roles = field.roles ?? [];
  const options = field.options ?? [];
  const label = (actor: string) => options.find((o) => o.value === actor)?.label ?? actor;
  const candidates = options.filter(
    (o) => !members.has(o.value) && o.label.toLowerCase().includes(filter.trim().toLowerCase()),
  );
  const candidatesLabel = field.candidatesLabel ?? 'All';

  function update(next: Map<string, string[]>) {
    onChange(memberEntries(next));
  }
  function add(actor: string) {
    const next = new Map(members);
    next.set(actor, field.defaultRole ? [field.defaultRole] : []);
    update(next);
  }
  function remove(actor: string) {
    const next = new Map(members);
    next.delete(actor);
    update(next);
  }
  function toggle(actor: string, role: string, on: boolean) {
    const next = new Map(members);
    const held = next.get(actor) ?? [];
    next.set(actor, on ? [...held, role] : held.filter((r) => r !== role));
    update(next);
  }

  return (
    <fieldset
      className="space-y-1"
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
    >
      <legend className="mb-1 text-sm font-medium">{field.label}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <section aria-labelledby={`${id}-all`} className="space-y-1">
          <h3 id={`${id}-all`} className="text-xs font-semibold text-muted uppercase">
            {candidatesLabel}
          </h3>
          <input
            type="search"
            aria-label={`Filter ${candidatesLabel}`}
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            className="block w-full rounded border border-line-strong bg-surface px-2 py-1 text-sm"
          />
          <ul className={LIST} aria-label={candidatesLabel}>
            {candidates.length === 0 && <li className="p-2 text-sm text-muted">None.</li>}
            {candidates.map((o) => (
              <li key={o.value} className="flex items-center justify-between gap-2 p-1.5 text-sm">
                <span className="break-all">{o.label}</span>
                <Button size="sm" aria-label={`Add ${o.label}`} onClick={() => add(o.value)}>
                  Add
                </Button>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby={`${id}-members`} className="space-y-1">
          <h3 id={`${id}-members`} className="text-xs font-semibold text-muted uppercase">
            {field.label}
          </h3>
          <ul className={LIST} aria-label={field.label}>
            {members.size === 0 && <li className="p-2 text-sm text-muted">No members.</li>}
            {[...members].map(([actor, held]) => (
              <li key={actor} className="space-y-1 p-1.5 text-sm">
                <div className="flex items-center justify-between gap-2">
                  <span className="break-all">{label(actor)}</span>
                  <Button
                    size="sm"
                    aria-label={`Remove ${label(actor)}`}
                    onClick={() => remove(actor)}
                  >
                    Remove
                  </Button>
                </div>
                {roles.length > 0 && (
                  <fieldset className="flex flex-wrap gap-x-3 gap-y-0.5">
                    <legend className="sr-only">Roles of {label(actor)}</legend>
                    {roles.map((r) => (
                      <label key={r.value} className="flex items-center gap-1 text-xs">
                        <input
                          type="checkbox"
                          checked={held.includes(r.value)}
                          onChange={(e) => toggle(actor, r.value, e.target.checked)}
                          className="size-3.5 accent-accent"
                        />
                        {r.label}
                      </label>
                    ))}
                  </fieldset>
                )}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </fieldset>
  );
}
