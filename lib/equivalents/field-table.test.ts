import { describe, expect, it } from 'vitest';
import {
  cliOptions,
  hotProperties,
  notInHot,
  sdkArguments,
  type EquivalentField,
} from './field-table';

interface Input {
  net?: string;
  size?: number;
  lb?: boolean;
  labels?: Record<string, string>;
}

const FIELDS: EquivalentField<Input>[] = [
  { value: (i) => i.net, cli: '--network', sdk: 'network_id', hot: 'network', named: true },
  { value: (i) => i.size, cli: '--size', sdk: 'size', hot: 'size' },
  { value: (i) => i.lb, cli: { on: '--lb', off: '--no-lb' }, sdk: 'lb' },
  { value: (i) => i.labels, cli: '--label', sdk: 'labels', hot: 'labels' },
];

describe('equivalents field table', () => {
  it('writes each set field in the table order, names for the CLI and HOT, ids for the SDK', () => {
    const input = { net: 'id-1', size: 3, lb: false, labels: { a: 'b c' } };
    const refs = { 'id-1': 'my net' };
    expect(cliOptions(FIELDS, input, refs)).toEqual([
      "  --network 'my net'",
      '  --size 3',
      '  --no-lb',
      "  --label 'a=b c'",
    ]);
    expect(sdkArguments(FIELDS, input)).toEqual([
      'network_id="id-1"',
      'size=3',
      'lb=False',
      'labels={"a":"b c"}',
    ]);
    expect(hotProperties(FIELDS, input, refs)).toEqual([
      '      network: my net',
      '      size: 3',
      '      labels:',
      '        a: b c',
    ]);
    expect(notInHot(FIELDS, input)).toEqual(['lb']);
  });

  it('leaves out unset, empty and flagless values', () => {
    const input = { net: '', lb: true, labels: {} };
    expect(cliOptions(FIELDS, input)).toEqual(['  --lb']);
    expect(sdkArguments(FIELDS, input)).toEqual(['lb=True']);
    expect(hotProperties(FIELDS, input)).toEqual([]);
    expect(cliOptions([{ value: () => false, cli: { on: '--x' } }], {})).toEqual([]);
  });
});
