// Fields the devcloud answers with that the sandbox leaves out on purpose, each
// with its reason (see also tests/contract/KNOWN-DIFFERENCES.md). A pattern
// matches the problem text `<path>: …` that shape comparison reports.

export interface KnownShapeDifference {
  call: string;
  path: RegExp;
  why: string;
}

export const KNOWN_SHAPE_DIFFERENCES: KnownShapeDifference[] = [];
