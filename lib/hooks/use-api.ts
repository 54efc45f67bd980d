'use client';
import { createApi, type Api } from '@/lib/openstack/api';
import { browserTransport } from '@/lib/openstack/browser-transport';

const api: Api = createApi(browserTransport);

/** The browser's API client: every call goes through the dashboard's proxy. */
export function useApi(): Api {
  return api;
}
