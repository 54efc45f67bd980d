// Shared bits of the instance actions that ask for input.
import { z } from 'zod';
import type { Server } from '@/lib/openstack/compute/server-schemas';

export function first(rows: Server[]): Server {
  return rows[0] as Server;
}

export const name255 = (label: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `${label} is required.` })
    .max(255, { error: `${label} must be 255 characters or fewer.` });

export const optional255 = (label: string) =>
  z
    .string()
    .trim()
    .max(255, { error: `${label} must be 255 characters or fewer.` });
