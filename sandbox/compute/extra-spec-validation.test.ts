import { describe, expect, it } from 'vitest';
import { extraSpecProblem } from './extra-spec-validation';

describe('extra spec validation (2.86+)', () => {
  it('accepts known keys with good values and keys outside Nova namespaces', () => {
    expect(extraSpecProblem('hw:cpu_policy', 'dedicated')).toBeNull();
    expect(extraSpecProblem('hw:mem_page_size', '2MB')).toBeNull();
    expect(extraSpecProblem('hw:boot_menu', 'Yes')).toBeNull();
    expect(extraSpecProblem('quota:disk_read_bytes_sec', '10240000')).toBeNull();
    expect(extraSpecProblem('hw:numa_cpus.0', '0-3')).toBeNull();
    expect(extraSpecProblem('class', 'gold')).toBeNull();
    expect(extraSpecProblem('custom:thing', 'x')).toBeNull();
  });

  it("words refusals as Nova's validators", () => {
    expect(extraSpecProblem('hw:cpu_policy', 'sometimes')).toBe(
      "Validation failed; 'sometimes' is not one of: dedicated, shared, mixed.",
    );
    expect(extraSpecProblem('hw:numa_nodes', 'two')).toBe(
      "Validation failed; 'two' is not a valid integer value.",
    );
    expect(extraSpecProblem('hw:numa_nodes', '0')).toBe(
      "Validation failed; '0' is less than the min value of '1'.",
    );
    expect(extraSpecProblem('os:monitors', '9')).toBe(
      "Validation failed; '9' is greater than the max value of '8'.",
    );
    expect(extraSpecProblem('hw:boot_menu', 'maybe')).toBe(
      "Validation failed; 'maybe' is not a valid boolean-like value.",
    );
    expect(extraSpecProblem('hw:mem_page_size', 'huge')).toBe(
      "Validation failed; 'huge' is not of the format '(large|small|any|\\d+([kKMGT]i?)?(b|bit|B)?)'.",
    );
    expect(extraSpecProblem('quota:nope', '1')).toBe(
      "Validation failed; extra spec 'quota:nope' does not appear to be a valid extra spec.",
    );
  });
});
