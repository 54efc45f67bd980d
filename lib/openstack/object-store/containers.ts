// Swift container calls. api-ref: object-storage v1, "Containers".
import { OpenStackError } from '../errors';
import { osFetch, osSend, type Transport } from '../http';
import {
  headerNumber,
  isPublicReadAcl,
  metadataHeaders,
  PUBLIC_READ_ACL,
  readMetadata,
  timestampDate,
} from './swift-headers';
import { allPages, swiftPage, swiftQuery, type SwiftListQuery } from './swift-list';
import { containerPath } from './swift-path';
import { listingEntry, objectListSchema, type ListingEntry } from './swift-schemas';
import type { ListResult } from '../pagination';

export interface CreateContainerInput {
  name: string;
  /** Public: anyone may read and list (`.r:*,.rlistings`); otherwise only the project. */
  isPublic?: boolean;
  /** A storage policy name from /info; Swift's default policy when left out. */
  storagePolicy?: string;
  metadata?: Record<string, string>;
}

export interface ContainerInfo {
  name: string;
  objectCount: number;
  bytesUsed: number;
  /** X-Container-Read as Swift has it, undefined when none is set. */
  readAcl?: string;
  writeAcl?: string;
  isPublic: boolean;
  storagePolicy?: string;
  metadata: Record<string, string>;
  /** From X-Timestamp, ISO. */
  created?: string;
  /** From Last-Modified (an HTTP date), as Swift sent it. */
  lastModified?: string;
  quotaBytes?: number;
  quotaCount?: number;
}

export interface ObjectListQuery extends SwiftListQuery {
  /** With "/", names below the prefix's next "/" come back as folders (`subdir`). */
  delimiter?: string;
}

export function containerInfo(name: string, headers: Headers): ContainerInfo {
  const readAcl = headers.get('x-container-read') ?? undefined;
  return {
    name,
    objectCount: headerNumber(headers, 'x-container-object-count') ?? 0,
    bytesUsed: headerNumber(headers, 'x-container-bytes-used') ?? 0,
    readAcl,
    writeAcl: headers.get('x-container-write') ?? undefined,
    isPublic: isPublicReadAcl(readAcl),
    storagePolicy: headers.get('x-storage-policy') ?? undefined,
    metadata: readMetadata(headers, 'Container'),
    created: timestampDate(headers),
    lastModified: headers.get('last-modified') ?? undefined,
    quotaBytes: headerNumber(headers, 'x-container-meta-quota-bytes'),
    quotaCount: headerNumber(headers, 'x-container-meta-quota-count'),
  };
}

export function containersApi(t: Transport) {
  /** GET on a container, one page of its objects (and folders, with a delimiter). */
  async function pageObjects(
    container: string,
    query: ObjectListQuery = {},
  ): Promise<ListResult<ListingEntry>> {
    const raw = await osFetch(
      t,
      {
        service: 'object-store',
        path: containerPath(container),
        query: swiftQuery(query, { delimiter: query.delimiter }),
      },
      objectListSchema,
    );
    return swiftPage(raw.map(listingEntry), (entry) => entry.name, query.limit);
  }

  return {
    /**
     * PUT on a container: 201 when made, 202 when it was already there (Swift then
     * applies the headers to it). `created` says which.
     */
    async createContainer(input: CreateContainerInput): Promise<{ created: boolean }> {
      const headers: Record<string, string> = {
        ...metadataHeaders('Container', input.metadata),
        'Content-Length': '0',
      };
      if (input.isPublic) headers['X-Container-Read'] = PUBLIC_READ_ACL;
      if (input.storagePolicy) headers['X-Storage-Policy'] = input.storagePolicy;
      const response = await osSend(t, {
        service: 'object-store',
        method: 'PUT',
        path: containerPath(input.name),
        headers,
      });
      return { created: response.status === 201 };
    },

    /** HEAD on a container: counts, ACLs, policy, metadata. */
    async showContainer(name: string): Promise<ContainerInfo> {
      const response = await osSend(t, {
        service: 'object-store',
        method: 'HEAD',
        path: containerPath(name),
      });
      return containerInfo(name, response.headers);
    },

    /** POST on a container: sets `set`, removes `remove`; other metadata stays. */
    async updateContainerMetadata(
      name: string,
      set: Record<string, string>,
      remove: string[] = [],
    ): Promise<void> {
      await osSend(t, {
        service: 'object-store',
        method: 'POST',
        path: containerPath(name),
        headers: metadataHeaders('Container', set, remove),
      });
    },

    /** Make Public (`.r:*,.rlistings`) or Make Private (no read ACL). */
    async setContainerPublic(name: string, isPublic: boolean): Promise<void> {
      await osSend(t, {
        service: 'object-store',
        method: 'POST',
        path: containerPath(name),
        headers: isPublic
          ? { 'X-Container-Read': PUBLIC_READ_ACL }
          : { 'X-Remove-Container-Read': 'x' },
      });
    },

    /** DELETE on a container: 204; 409 with Swift's sentence while it holds objects. */
    async deleteContainer(name: string): Promise<void> {
      await osSend(t, { service: 'object-store', method: 'DELETE', path: containerPath(name) });
    },

    pageObjects,

    /** Every entry under the query (paged to the end, 10,000 a call unless `limit` says). */
    async listObjects(
      container: string,
      query: Omit<ObjectListQuery, 'marker'> = {},
    ): Promise<ListingEntry[]> {
      return allPages((marker) => pageObjects(container, { ...query, marker }));
    },

    /** True when the container exists (a 404 is an answer, not a failure). */
    async containerExists(name: string): Promise<boolean> {
      try {
        await osSend(t, { service: 'object-store', method: 'HEAD', path: containerPath(name) });
        return true;
      } catch (error) {
        if (error instanceof OpenStackError && error.status === 404) return false;
        throw error;
      }
    },
  };
}
