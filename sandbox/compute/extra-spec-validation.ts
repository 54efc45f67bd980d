// Flavor extra spec validation from 2.86 (nova/api/validation/extra_specs): the
// commonly used hw, hw_rng, hw_video, os and quota keys. A key in one of Nova's
// namespaces that Nova does not know is refused; keys outside them pass.

type Rule =
  | { type: 'bool' }
  | { type: 'int'; min?: number; max?: number }
  | { type: 'str'; enum?: readonly string[]; pattern?: string };

const bool: Rule = { type: 'bool' };
const int = (min?: number, max?: number): Rule => ({ type: 'int', min, max });
const oneOf = (...values: string[]): Rule => ({ type: 'str', enum: values });
const CPU_SET = '\\^?\\d+((-\\d+)?(,\\^?\\d+(-\\d+)?)?)*';
const LEVELS = oneOf('custom', 'high', 'normal', 'low');

const RULES: Record<string, Rule> = {
  'hw:cpu_realtime': bool,
  'hw:cpu_realtime_mask': { type: 'str', pattern: `(\\^)?\\d+((-\\d+)?(,\\^?\\d+(-\\d+)?)?)*` },
  'hw:hide_hypervisor_id': bool,
  'hw:cpu_policy': oneOf('dedicated', 'shared', 'mixed'),
  'hw:cpu_thread_policy': oneOf('prefer', 'isolate', 'require'),
  'hw:emulator_threads_policy': oneOf('isolate', 'share'),
  'hw:cpu_dedicated_mask': { type: 'str', pattern: CPU_SET },
  'hw:mem_page_size': { type: 'str', pattern: '(large|small|any|\\d+([kKMGT]i?)?(b|bit|B)?)' },
  'hw:locked_memory': bool,
  'hw:numa_nodes': int(1),
  'hw:pci_numa_affinity_policy': oneOf('required', 'preferred', 'legacy', 'socket'),
  'hw:cpu_sockets': int(1),
  'hw:cpu_cores': int(1),
  'hw:cpu_threads': int(1),
  'hw:max_cpu_sockets': int(1),
  'hw:max_cpu_cores': int(1),
  'hw:max_cpu_threads': int(1),
  'hw:boot_menu': bool,
  'hw:vif_multiqueue_enabled': bool,
  'hw:mem_encryption': bool,
  'hw:pmu': bool,
  'hw:serial_port_count': int(0),
  'hw:tpm_model': oneOf('tpm-tis', 'tpm-crb'),
  'hw:tpm_version': oneOf('1.2', '2.0'),
  'hw:watchdog_action': oneOf('none', 'pause', 'poweroff', 'reset', 'disabled'),
  'hw:viommu_model': oneOf('intel', 'smmuv3', 'virtio', 'auto'),
  'hw:ephemeral_encryption': bool,
  'hw_rng:allowed': bool,
  'hw_rng:rate_bytes': int(0),
  'hw_rng:rate_period': int(0),
  'hw_video:ram_max_mb': int(0),
  'os:secure_boot': oneOf('disabled', 'required'),
  'os:monitors': int(1, 8),
  'quota:cpu_shares': int(0),
  'quota:cpu_period': int(0),
  'quota:cpu_quota': int(),
  'quota:cpu_limit': int(0),
  'quota:cpu_reservation': int(),
  'quota:cpu_shares_level': LEVELS,
  'quota:memory_limit': int(0),
  'quota:memory_shares_level': LEVELS,
  'quota:disk_io_limit': int(0),
  'quota:vif_limit': int(0),
};
for (const io of ['read', 'write', 'total']) {
  RULES[`quota:disk_${io}_bytes_sec`] = int(0);
  RULES[`quota:disk_${io}_iops_sec`] = int(0);
}
for (const dir of ['inbound', 'outbound']) {
  for (const kind of ['average', 'peak', 'burst']) RULES[`quota:vif_${dir}_${kind}`] = int(0);
}

/** Namespaces whose keys Nova knows all of (the sandbox knows the common ones). */
const STRICT_NAMESPACES = ['hw', 'hw_rng', 'hw_video', 'os', 'quota'];

const BOOL_WORDS = ['1', 't', 'true', 'on', 'y', 'yes', '0', 'f', 'false', 'off', 'n', 'no'];

function fullMatch(pattern: string, value: string): boolean {
  return new RegExp(`^(?:${pattern})$`).test(value);
}

/** The 400 text for an extra spec Nova would refuse, or null. */
export function extraSpecProblem(name: string, value: string): string | null {
  const rule = RULES[name];
  if (!rule) {
    const namespace = name.includes(':') ? (name.split(':', 1)[0] ?? '') : null;
    if (namespace === null || !STRICT_NAMESPACES.includes(namespace)) return null;
    if (/^hw:numa_(cpus|mem)\.\d+$/.test(name)) return null;
    return `Validation failed; extra spec '${name}' does not appear to be a valid extra spec.`;
  }
  if (rule.type === 'bool') {
    return BOOL_WORDS.includes(value.trim().toLowerCase())
      ? null
      : `Validation failed; '${value}' is not a valid boolean-like value.`;
  }
  if (rule.type === 'int') {
    if (!/^\s*[-+]?\d+\s*$/.test(value)) {
      return `Validation failed; '${value}' is not a valid integer value.`;
    }
    const n = Number(value);
    if (rule.max !== undefined && rule.max < n) {
      return `Validation failed; '${n}' is greater than the max value of '${rule.max}'.`;
    }
    if (rule.min !== undefined && rule.min > n) {
      return `Validation failed; '${n}' is less than the min value of '${rule.min}'.`;
    }
    return null;
  }
  if (rule.pattern !== undefined && !fullMatch(rule.pattern, value)) {
    return `Validation failed; '${value}' is not of the format '${rule.pattern}'.`;
  }
  if (rule.enum && !rule.enum.includes(value)) {
    return `Validation failed; '${value}' is not one of: ${rule.enum.join(', ')}.`;
  }
  return null;
}
