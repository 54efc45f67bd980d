// The Properties and Attributes tabs of a resource type: Heat's schema as
// tables (a property's type, whether it is required or can be updated in
// place, its default and constraints; an attribute's type and meaning).
import { Mono } from '@/components/ui/cells';
import type { PropertySchema, ResourceType } from '@/lib/openstack/orchestration/heat-schemas';

const cell = 'px-4 py-2 align-top';

function Empty({ children }: { children: string }) {
  return (
    <p className="rounded border border-line bg-surface px-4 py-3 text-sm text-muted">{children}</p>
  );
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Heat's constraints ({range: {min, max}}, {allowed_values: […]}, {custom_constraint: …}) in one line each. */
export function constraintText(constraint: unknown): string {
  if (!constraint || typeof constraint !== 'object') return show(constraint);
  const c = constraint as Record<string, unknown>;
  const parts = Object.entries(c)
    .filter(([k]) => k !== 'description')
    .map(([k, v]) => `${k}: ${show(v)}`);
  return parts.join(', ') || show(c.description ?? '');
}

function flags(p: PropertySchema): string {
  return [
    p.required ? 'Required' : 'Optional',
    p.update_allowed ? 'Can be updated' : 'Replaced on update',
    p.immutable ? 'Immutable' : '',
  ]
    .filter(Boolean)
    .join(', ');
}

export function ResourceTypeProperties({ properties }: { properties: ResourceType['properties'] }) {
  const entries = Object.entries(properties).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return <Empty>This resource type has no properties.</Empty>;
  return (
    <section
      aria-label="Properties"
      className="overflow-auto rounded border border-line bg-surface"
    >
      <table className="w-full text-sm">
        <thead className="text-left text-muted">
          <tr>
            <th className="px-4 py-2 font-medium">Property</th>
            <th className="px-4 py-2 font-medium">Type</th>
            <th className="px-4 py-2 font-medium">Usage</th>
            <th className="px-4 py-2 font-medium">Default</th>
            <th className="px-4 py-2 font-medium">Constraints</th>
            <th className="px-4 py-2 font-medium">Description</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {entries.map(([name, p]) => (
            <tr key={name}>
              <td className={cell}>
                <Mono>{name}</Mono>
              </td>
              <td className={cell}>{p.type ?? '-'}</td>
              <td className={cell}>{flags(p)}</td>
              <td className={cell}>
                {p.default === undefined || p.default === null ? (
                  '-'
                ) : (
                  <Mono>{show(p.default)}</Mono>
                )}
              </td>
              <td className={cell}>
                {p.constraints?.length ? (
                  <ul>
                    {p.constraints.map((c, i) => (
                      <li key={i}>
                        <Mono>{constraintText(c)}</Mono>
                      </li>
                    ))}
                  </ul>
                ) : (
                  '-'
                )}
              </td>
              <td className={`${cell} whitespace-pre-line`}>{p.description || '-'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ResourceTypeAttributes({ attributes }: { attributes: ResourceType['attributes'] }) {
  const entries = Object.entries(attributes).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return <Empty>This resource type has no attributes.</Empty>;
  return (
    <section
      aria-label="Attributes"
      className="overflow-auto rounded border border-line bg-surface"
    >
      <table className="w-full text-sm">
        <thead className="text-left text-muted">
          <tr>
            <th className="px-4 py-2 font-medium">Attribute</th>
            <th className="px-4 py-2 font-medium">Type</th>
            <th className="px-4 py-2 font-medium">Description</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {entries.map(([name, a]) => (
            <tr key={name}>
              <td className={cell}>
                <Mono>{name}</Mono>
              </td>
              <td className={cell}>{a.type ?? '-'}</td>
              <td className={`${cell} whitespace-pre-line`}>{a.description || '-'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
