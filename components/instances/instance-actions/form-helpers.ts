// Shared bits of the instance actions that ask for input.
import { z } from 'zod';
import type { FormValues } from '@/lib/forms/types';
import type { Server } from '@/lib/openstack/compute/server-schemas';

export const CONNECT = 'import openstack\n\nconn = openstack.connect(cloud="openstack")';

/** A form value as text, or the fallback shown in the equivalents while it is empty. */
export function text(values: FormValues | undefined, name: string, fallback: string): string {
  const value = values?.[name];
  return typeof value === 'string' && value.trim() ? value.trim() : fallback;
}

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
