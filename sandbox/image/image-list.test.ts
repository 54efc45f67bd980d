import { describe, expect, it } from 'vitest';
import { GlanceError } from './errors';
import { splitQuoted, listImages } from './image-list';
import { parseImageListQuery } from './image-query';
import { addImage, imageVisibleTo } from './image-store';
import { emptyImageRegion, type ImageRecord } from './schema';

const ADMIN = 'p-admin';
const DEMO = 'p-demo';

function region() {
  const r = emptyImageRegion();
  const add = (name: string, owner: string, visibility: ImageRecord['visibility'], at: number) =>
    addImage(r, { name, owner, visibility, diskFormat: 'qcow2' }, at);
  add('Alpha', ADMIN, 'public', 1000);
  add('beta', DEMO, 'private', 2000);
  add('gamma', ADMIN, 'private', 3000);
  add('delta', ADMIN, 'community', 4000);
  add('epsilon', DEMO, 'shared', 5000);
  return r;
}

const q = (query: string) => parseImageListQuery([...new URLSearchParams(query)]);
const names = (images: ImageRecord[]) => images.map((i) => i.name);
const demo = { projectId: DEMO, isAdmin: false };
const admin = { projectId: ADMIN, isAdmin: true };

function glanceError(fn: () => unknown): { status: number; message: string } {
  try {
    fn();
  } catch (err) {
    if (err instanceof GlanceError) return { status: err.status, message: err.message };
    throw err;
  }
  throw new Error('no GlanceError');
}

describe('image visibility', () => {
  it('shows members public and own images, community only on request', () => {
    const r = region();
    expect(names(listImages(r.images, demo, q('')))).toEqual(['epsilon', 'beta', 'Alpha']);
    expect(names(listImages(r.images, demo, q('visibility=community')))).toEqual(['delta']);
    expect(names(listImages(r.images, demo, q('visibility=all')))).toEqual([
      'epsilon',
      'delta',
      'beta',
      'Alpha',
    ]);
  });

  it('shows admins every image but other projects’ community ones', () => {
    const r = region();
    expect(names(listImages(r.images, admin, q('')))).toEqual([
      'epsilon',
      'delta',
      'gamma',
      'beta',
      'Alpha',
    ]);
    expect(names(listImages(r.images, admin, q('visibility=private')))).toEqual(['gamma', 'beta']);
  });

  it('matches is_image_visible for single images', () => {
    const [alpha, beta, gamma] = region().images;
    expect(alpha && imageVisibleTo(alpha, demo)).toBe(true);
    expect(beta && imageVisibleTo(beta, demo)).toBe(true);
    expect(gamma && imageVisibleTo(gamma, demo)).toBe(false);
    expect(gamma && imageVisibleTo(gamma, admin)).toBe(true);
  });
});

describe('filters, sorting and paging', () => {
  it('sorts by name case-insensitively and filters with in:', () => {
    const r = region();
    expect(names(listImages(r.images, admin, q('sort=name:asc')))).toEqual([
      'Alpha',
      'beta',
      'delta',
      'epsilon',
      'gamma',
    ]);
    expect(names(listImages(r.images, admin, q('sort_key=name&sort_dir=desc&limit=2')))).toEqual([
      'gamma',
      'epsilon',
    ]);
    expect(names(listImages(r.images, admin, q('name=in:"beta",ALPHA&sort=name:asc')))).toEqual([
      'Alpha',
      'beta',
    ]);
    expect(names(listImages(r.images, admin, q('created_at=gte:1970-01-01T00:00:04Z')))).toEqual([
      'epsilon',
      'delta',
    ]);
  });

  it('pages after a marker and refuses unknown or hidden markers', () => {
    const r = region();
    const [alpha, , gamma] = r.images;
    expect(names(listImages(r.images, demo, q(`marker=${alpha?.id}`)))).toEqual([]);
    expect(
      names(listImages(r.images, admin, q(`sort=name:asc&marker=${alpha?.id}&limit=2`))),
    ).toEqual(['beta', 'delta']);
    expect(glanceError(() => listImages(r.images, demo, q('marker=nope')))).toEqual({
      status: 400,
      message: 'No image found with ID nope',
    });
    expect(glanceError(() => listImages(r.images, demo, q(`marker=${gamma?.id}`)))).toEqual({
      status: 403,
      message: `Forbidding request, image ${gamma?.id} not visible`,
    });
  });

  it('filters on custom properties and tags', () => {
    const r = region();
    const [alpha] = r.images;
    if (alpha) {
      alpha.properties.os_distro = 'cirros';
      alpha.tags.push('small');
    }
    expect(names(listImages(r.images, demo, q('os_distro=cirros')))).toEqual(['Alpha']);
    expect(names(listImages(r.images, demo, q('tag=small&tag=other')))).toEqual([]);
    expect(names(listImages(r.images, demo, q('tag=small')))).toEqual(['Alpha']);
  });

  it('splits in: values like split_filter_value_for_quotes', () => {
    expect(splitQuoted('a,"b,c",d')).toEqual(['a', 'b,c', 'd']);
  });
});

describe('query validation texts', () => {
  it.each([
    ['limit=abc', 'limit param must be an integer'],
    ['limit=-1', 'limit param must be positive'],
    [
      'sort_key=foo',
      'Invalid sort key: foo. It must be one of the following: name, status, container_format, disk_format, size, id, created_at, updated_at.',
    ],
    ['sort_dir=up', 'Invalid sort direction: up'],
    ['sort=name&sort_key=name', 'Old and new sorting syntax cannot be combined'],
    ['visibility=bogus', 'Invalid visibility value: bogus'],
    ['member_status=x', 'Invalid status: x'],
    [
      'os_hidden=maybe',
      "Invalid value 'maybe' for 'os_hidden' filter. Valid values are 'true' or 'false'.",
    ],
    [
      'protected=x',
      "Invalid value 'x' for 'protected' filter. Valid values are 'true' or 'false'.",
    ],
    [
      'sort_key=name&sort_key=size&sort_dir=asc&sort_dir=desc&sort_dir=asc',
      'Number of sort dirs does not match the number of sort keys',
    ],
    ['changes-since=2020-01-01', 'The "changes-since" filter is no longer available on v2.'],
  ])('%s', (query, message) => {
    expect(glanceError(() => q(query))).toEqual({ status: 400, message });
  });

  it.each([
    ['size_min=x', 'Unable to filter on a range with a non-numeric value.'],
    ['name=gt:x', "Unable to filter by unknown operator 'gt'."],
    ['created_at=bad', 'Bad "created_at" query filter format. Use ISO 8601 DateTime notation.'],
  ])('%s', (query, message) => {
    expect(glanceError(() => listImages(region().images, demo, q(query)))).toEqual({
      status: 400,
      message,
    });
  });

  it('caps limit at api_limit_max and defaults to 25', () => {
    expect(q('').limit).toBe(25);
    expect(q('limit=5000').limit).toBe(1000);
  });
});
