import { describe, expect, it } from 'vitest';
import { missingFrom, shapeOf } from './shape-of';

describe('shapeOf', () => {
  it('records every path with its types, merging array items and data-keyed maps', () => {
    const shape = shapeOf({
      servers: [
        { id: 'a', addresses: { private: [{ addr: '10.0.0.3' }] }, fault: null },
        { id: 'b', addresses: { lab: [{ addr: '10.1.0.3' }] }, fault: { code: 500 } },
      ],
    });
    expect(shape).toEqual({
      servers: ['array'],
      'servers[]': ['object'],
      'servers[].addresses': ['object'],
      'servers[].addresses.*': ['array'],
      'servers[].addresses.*[]': ['object'],
      'servers[].addresses.*[].addr': ['string'],
      'servers[].fault': ['null', 'object'],
      'servers[].fault.code': ['number'],
      'servers[].id': ['string'],
    });
  });
});

describe('missingFrom', () => {
  const recorded = { id: ['string'], description: ['string'], size: ['number'] };

  it('names a missing path and a changed type', () => {
    expect(missingFrom(recorded, { id: ['string'], size: ['string'] })).toEqual([
      'description: missing (recorded string)',
      'size: string where the recording has number',
    ]);
  });

  it('lets null stand for any type, and extra paths pass', () => {
    expect(
      missingFrom(recorded, {
        id: ['string'],
        description: ['null'],
        size: ['number'],
        extra: ['boolean'],
      }),
    ).toEqual([]);
  });
});
