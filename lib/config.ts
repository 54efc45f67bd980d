// Server configuration from the environment. Read once per process.
import { z } from 'zod';
import type { EndpointInterface } from './openstack/catalog';

export interface CloudConfig {
  id: string;
  name: string;
  authUrl: string;
}

const cloudListSchema = z
  .array(z.object({ name: z.string().min(1).max(80), authUrl: z.string().url() }))
  .min(1);

export function sandboxAuthUrl(): string {
  return `http://127.0.0.1:${process.env.SANDBOX_PORT ?? '8788'}/v3`;
}

function slug(name: string, index: number): string {
  const base = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return base || `cloud-${index + 1}`;
}

function normaliseAuthUrl(url: string): string {
  return url.replace(/\/+$/, '');
}

let cached: CloudConfig[] | undefined;

/** The clouds users may sign in to: DASHBOARD_CLOUDS, else OS_AUTH_URL, else the sandbox. */
export function getClouds(): CloudConfig[] {
  if (cached) return cached;
  const raw = process.env.DASHBOARD_CLOUDS;
  let list: { name: string; authUrl: string }[];
  if (raw) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new Error('DASHBOARD_CLOUDS is not valid JSON: expected [{"name": …, "authUrl": …}].');
    }
    const result = cloudListSchema.safeParse(parsed);
    if (!result.success) {
      throw new Error(`DASHBOARD_CLOUDS is invalid: ${result.error.issues[0]?.message ?? ''}`);
    }
    list = result.data;
  } else if (process.env.OS_AUTH_URL) {
    const url = process.env.OS_AUTH_URL;
    list = [{ name: process.env.OS_CLOUD_NAME ?? new URL(url).host, authUrl: url }];
  } else {
    list = [{ name: 'Sandbox cloud', authUrl: sandboxAuthUrl() }];
  }
  const seen = new Set<string>();
  cached = list.map((cloud, index) => {
    let id = slug(cloud.name, index);
    while (seen.has(id)) id = `${id}-${index + 1}`;
    seen.add(id);
    return { id, name: cloud.name, authUrl: normaliseAuthUrl(cloud.authUrl) };
  });
  return cached;
}

export function findCloud(id: string | undefined): CloudConfig | undefined {
  const clouds = getClouds();
  return id ? clouds.find((c) => c.id === id) : clouds[0];
}

export function endpointInterface(): EndpointInterface {
  const value = process.env.OS_INTERFACE ?? 'public';
  return value === 'internal' || value === 'admin' ? value : 'public';
}

/** Region to start in when the user's catalog offers several. */
export function preferredRegion(): string | undefined {
  return process.env.OS_REGION_NAME || undefined;
}
