import { atLeast } from './microversion';
import { nonNegativeInteger } from './server-schemas';
import { validateQuery } from './validation';
import type { ComputeCall } from './call';
import type { JsonSchema } from '../validation/json-schema';

// Query string schemas (parameter_types.multi_params / single_param): every value
// arrives as a list; from 2.75 most APIs refuse parameters they do not know.

export const multi = (items: JsonSchema): JsonSchema => ({ type: 'array', items });
export const single = (items: JsonSchema): JsonSchema => ({ type: 'array', items, maxItems: 1 });

export const nonNegative: JsonSchema = nonNegativeInteger;
export const dateTime: JsonSchema = { type: 'string', format: 'date-time' };

/** Validates the query; unknown parameters are refused once `strictFrom` is reached. */
export function checkQuery(
  call: ComputeCall,
  properties: Record<string, JsonSchema>,
  strictFrom: string | null = '2.75',
): void {
  const strict = strictFrom !== null && atLeast(call.version, strictFrom);
  validateQuery({ type: 'object', properties, additionalProperties: !strict }, call.req.query);
}
