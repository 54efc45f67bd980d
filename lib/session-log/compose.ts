// The downloads of My Session, composed from the recorded equivalents: a shell
// script of `openstack` commands, an openstacksdk script and a HOT template of
// the creations. Only successful changes go in; pure, so it is unit-tested.
import { parse, stringify } from 'yaml';
import { HOT_VERSION } from '@/lib/equivalents/preamble';
import { py } from '@/lib/equivalents/quote';
import { REDACTED } from './redact';
import type { SessionLogEntry } from './types';

const CREATION = /^(Create|Launch|Import|Allocate|Upload|Add)\b/;

function succeeded(entries: SessionLogEntry[]): SessionLogEntry[] {
  return entries.filter((e) => e.ok);
}

function label(e: SessionLogEntry): string {
  const what = e.resource?.name ?? e.resource?.id;
  return `${e.time} ${e.action}${what ? `: ${what}` : ''}`.replace(/\n/g, ' ');
}

/** POSIX shell quoting, as the equivalents write names. */
function shq(value: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'"'"'`)}'`;
}

/**
 * The IDs of resources this session created, mapped to their names when the name
 * is unique among them: the later commands then name them (the `openstack` client
 * takes a name wherever it takes an ID), so the script also runs in another
 * project, where the same resources get new IDs.
 */
function createdNames(entries: SessionLogEntry[]): Map<string, string> {
  const byName = new Map<string, Set<string>>();
  for (const e of entries) {
    const { id, name } = e.resource ?? {};
    if (!e.ok || !CREATION.test(e.action) || !id || !name || id.length < 8) continue;
    // Add Interface names the router it changed: the same ID again, not another resource.
    byName.set(name, (byName.get(name) ?? new Set()).add(id));
  }
  const out = new Map<string, string>();
  for (const [name, ids] of byName) if (ids.size === 1) out.set([...ids][0] ?? '', name);
  return out;
}

export function shellScript(entries: SessionLogEntry[]): string {
  const names = createdNames(entries);
  const seen = new Set<string>();
  const lines = [
    '#!/usr/bin/env bash',
    '# The changes made in the OpenStack dashboard this session, as openstack commands.',
    '# Before running it, download your OpenStack RC file (Project > API Access >',
    '# Download OpenStack RC File) and source it in this shell, e.g.',
    '#   source ./demo-openrc.sh',
    '# It asks for your password and sets OS_AUTH_URL, OS_USERNAME, OS_PROJECT_ID…',
    'set -euo pipefail',
    ': "${OS_AUTH_URL:?source your OpenStack RC file first (Project > API Access)}"',
  ];
  for (const e of succeeded(entries)) {
    lines.push('', `# ${label(e)}`);
    let cli = e.equivalents?.cli.trim();
    for (const [id, name] of names) if (seen.has(id) && cli) cli = cli.split(id).join(shq(name));
    if (e.resource?.id) seen.add(e.resource.id);
    if (!cli) lines.push('# (the dashboard shows no command for this action)');
    else if (cli.includes(REDACTED))
      lines.push(
        '# This command needs a secret the export leaves out: fill it in and uncomment it.',
        ...cli.split('\n').map((l) => `# ${l}`),
      );
    else lines.push(cli);
  }
  return `${lines.join('\n')}\n`;
}

const CONNECT = /^conn\s*=\s*openstack\.connect\(/;
const IMPORT = /^(import \S+|from \S+ import .+)$/;
/** `server = conn.compute.create_server(`: the variable a creation's call assigns. */
const CREATED_AS = /^(\w+)\s*=\s*conn\.\w+\.create_\w+\(/gm;

/**
 * The IDs of this session's creations that later calls use, each with the variable
 * its creation assigned: the script keeps the new resource's ID in `created` and
 * the later calls read it there, so the script also runs in another project.
 */
function createdVariables(
  entries: SessionLogEntry[],
  names: Map<string, string>,
): Map<string, string> {
  const out = new Map<string, string>();
  entries.forEach((e, i) => {
    const id = e.resource?.id;
    if (!id || !names.has(id) || !CREATION.test(e.action)) return;
    const variable = [...(e.equivalents?.sdk ?? '').matchAll(CREATED_AS)].at(-1)?.[1];
    const usedLater = entries.slice(i + 1).some((later) => later.equivalents?.sdk.includes(id));
    if (variable && usedLater && !out.has(id)) out.set(id, variable);
  });
  return out;
}

export function pythonScript(entries: SessionLogEntry[]): string {
  const done = succeeded(entries);
  const names = createdNames(done);
  const variables = createdVariables(done, names);
  const imports = new Set<string>(['import openstack']);
  const seen = new Set<string>();
  const body: string[] = [];
  for (const e of done) {
    body.push('', `# ${label(e)}`);
    const sdk = e.equivalents?.sdk;
    if (!sdk?.trim()) {
      body.push('# (the dashboard shows no openstacksdk call for this action)');
      continue;
    }
    const own: string[] = [];
    for (const line of sdk.split('\n')) {
      if (IMPORT.test(line)) imports.add(line);
      else if (!CONNECT.test(line)) own.push(line);
    }
    while (own[0]?.trim() === '') own.shift();
    let code = own.join('\n');
    for (const id of seen) {
      const name = names.get(id) ?? id;
      code = code.split(py(id)).join(`created[${py(name)}]`);
    }
    const id = e.resource?.id;
    const variable = id ? variables.get(id) : undefined;
    if (id && variable && !seen.has(id)) {
      code += `\ncreated[${py(names.get(id) ?? id)}] = ${variable}.id`;
      seen.add(id);
    }
    body.push(
      ...(code.includes(REDACTED) ? ['# Needs a secret the export leaves out: fill it in.'] : []),
      code,
    );
  }
  return [
    '#!/usr/bin/env python3',
    '# The changes made in the OpenStack dashboard this session, with openstacksdk.',
    '# connect() below reads the OS_* variables of a sourced OpenStack RC file',
    '# (or OS_CLOUD and clouds.yaml).',
    ...[...imports].sort(),
    '',
    'conn = openstack.connect()',
    // The IDs of what this script creates, by name, for the calls after it.
    ...(variables.size ? ['created = {}'] : []),
    ...body,
    '',
  ].join('\n');
}

type Yaml = Record<string, unknown>;

function isObject(v: unknown): v is Yaml {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

interface Renames {
  resources: Map<string, string>;
  params: Map<string, string>;
  /** IDs of resources made earlier in this template, by their resource name. */
  ids: Map<string, string>;
}

/**
 * Rewrites references inside one template's part: to renamed resources and
 * parameters, and an ID of a resource the session created earlier becomes
 * `{ get_resource: … }` (Add Interface names the router the session made).
 */
function rename(node: unknown, r: Renames): unknown {
  if (typeof node === 'string' && r.ids.has(node)) return { get_resource: r.ids.get(node) };
  if (Array.isArray(node)) return node.map((n) => rename(n, r));
  if (!isObject(node)) return node;
  const out: Yaml = {};
  const res = (v: string) => r.resources.get(v) ?? v;
  const par = (v: string) => r.params.get(v) ?? v;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'get_resource' && typeof value === 'string') out[key] = res(value);
    else if (key === 'get_param' && typeof value === 'string') out[key] = par(value);
    else if (key === 'get_param' && Array.isArray(value) && typeof value[0] === 'string')
      out[key] = [par(value[0]), ...value.slice(1).map((v) => rename(v, r))];
    else if (key === 'get_attr' && Array.isArray(value) && typeof value[0] === 'string')
      out[key] = [res(value[0]), ...value.slice(1).map((v) => rename(v, r))];
    else if (key === 'depends_on')
      out[key] = Array.isArray(value)
        ? value.map((v) => (typeof v === 'string' ? res(v) : v))
        : typeof value === 'string'
          ? res(value)
          : value;
    else out[key] = rename(value, r);
  }
  return out;
}

function unique(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let i = 2; taken.has(candidate); i += 1) candidate = `${name}_${i}`;
  taken.add(candidate);
  return candidate;
}

/**
 * One HOT template with the resources of every successful creation: resource,
 * parameter and output names made unique, references inside each part following.
 * Returns null when no creation has a template.
 */
export function hotTemplate(entries: SessionLogEntry[]): string | null {
  const parameters: Yaml = {};
  const resources: Yaml = {};
  const outputs: Yaml = {};
  const taken = {
    resources: new Set<string>(),
    parameters: new Set<string>(),
    outputs: new Set<string>(),
  };
  const sources: string[] = [];
  const ids = new Map<string, string>();
  for (const e of succeeded(entries)) {
    if (!CREATION.test(e.action) || !e.equivalents?.hot) continue;
    let doc: unknown;
    try {
      doc = parse(e.equivalents.hot);
    } catch {
      continue;
    }
    if (!isObject(doc) || !isObject(doc.resources)) continue;
    const resMap = new Map<string, string>();
    const paramMap = new Map<string, string>();
    for (const name of Object.keys(doc.resources)) resMap.set(name, unique(name, taken.resources));
    const params = isObject(doc.parameters) ? doc.parameters : {};
    for (const [name, def] of Object.entries(params)) {
      // The same parameter asked twice with the same definition is asked once.
      if (name in parameters && JSON.stringify(parameters[name]) === JSON.stringify(def)) continue;
      paramMap.set(name, unique(name, taken.parameters));
    }
    for (const [name, def] of Object.entries(params)) {
      const target = paramMap.get(name);
      if (target) parameters[target] = rename(def, { resources: resMap, params: paramMap, ids });
    }
    for (const [name, def] of Object.entries(doc.resources))
      resources[resMap.get(name) ?? name] = rename(def, {
        resources: resMap,
        params: paramMap,
        ids,
      });
    if (isObject(doc.outputs))
      for (const [name, def] of Object.entries(doc.outputs))
        outputs[unique(name, taken.outputs)] = rename(def, {
          resources: resMap,
          params: paramMap,
          ids,
        });
    // The entry's resource is its template's first one; later parts refer to it by name.
    const first = resMap.values().next().value;
    const id = e.resource?.id;
    if (first && id && id.length >= 8 && !ids.has(id)) ids.set(id, first);
    sources.push(label(e));
  }
  if (Object.keys(resources).length === 0) return null;
  const template: Yaml = {
    description: 'The resources created in the OpenStack dashboard this session.',
    ...(Object.keys(parameters).length > 0 ? { parameters } : {}),
    resources,
    ...(Object.keys(outputs).length > 0 ? { outputs } : {}),
  };
  return [
    HOT_VERSION,
    `# Composed from: ${sources.join('; ')}`.replace(/\n/g, ' '),
    '',
    stringify(template, { lineWidth: 0 }).trimEnd(),
    '',
  ].join('\n');
}
