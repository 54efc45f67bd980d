'use client';
// Create Container: name, access and Swift's storage policy. The policies come from
// /info (read by the server, as it sits outside the proxy's reach) when the form opens.
import { useState } from 'react';
import { asyncFormAction } from '@/components/resource/async-form-action';
import { FormLauncher } from '@/components/resource/form-launcher';
import { formText } from '@/lib/forms/text';
import type { FieldSpec } from '@/lib/forms/types';
import type { StoragePolicies } from '@/lib/openstack/object-store/storage-policies';
import type { LauncherProps } from '@/lib/resources/types';
import { createContainerInput } from './container-inputs';
import { createContainerEquivalents } from './containers-equivalents';

const NO_POLICIES: StoragePolicies = { names: [] };

/** The policies, or none when /info cannot be read: Swift then applies its default. */
async function loadPolicies(): Promise<StoragePolicies> {
  try {
    const response = await fetch('/api/object-store/policies');
    if (!response.ok) return NO_POLICIES;
    return (await response.json()) as StoragePolicies;
  } catch {
    return NO_POLICIES;
  }
}

export function policyField(policies: StoragePolicies): FieldSpec {
  return {
    name: 'policy',
    label: 'Storage Policy',
    kind: 'select',
    required: true,
    help: 'Where and how Swift stores the objects of this container (replicas, erasure coding, disks). It cannot be changed later.',
    options: policies.names.map((name) => ({
      value: name,
      label: name === policies.defaultName ? `${name} (default)` : name,
    })),
  };
}

export function createContainerAction() {
  // Filled when the form opens; the equivalents leave out the default policy.
  let policies = NO_POLICIES;
  return asyncFormAction({
    title: 'Create Container',
    build: async () => {
      policies = await loadPolicies();
      return {
        title: 'Create Container',
        submitLabel: 'Create',
        description:
          'A container is a storage compartment for your objects (files). Its name cannot contain "/". A public container can be read and listed by anyone who knows its URL, without logging in; a private one only by members of this project. The storage policy decides how Swift keeps its objects.',
        schema: createContainerInput,
        defaults: {
          name: '',
          access: 'private',
          ...(policies.names.length > 0
            ? { policy: policies.defaultName ?? policies.names[0] ?? '' }
            : {}),
        },
        fields: [
          { name: 'name', label: 'Container Name', kind: 'text', required: true },
          ...(policies.names.length > 0 ? [policyField(policies)] : []),
          {
            name: 'access',
            label: 'Container Access',
            kind: 'radio',
            required: true,
            options: [
              { value: 'public', label: 'Public' },
              { value: 'private', label: 'Not public' },
            ],
          },
        ],
      };
    },
    run: async ({ api }, input) => {
      // Swift answers 202 and changes the existing container's ACL: refuse instead.
      if (await api.objectStore.containerExists(input.name)) {
        throw new Error(`A container named "${input.name}" already exists.`);
      }
      return api.objectStore.createContainer({
        name: input.name,
        isPublic: input.access === 'public',
        storagePolicy: input.policy || undefined,
      });
    },
    success: (input) => `Container "${input.name}" created.`,
    equivalents: (values) => {
      const policy = formText(values, 'policy', '');
      return createContainerEquivalents(
        formText(values, 'name', '<name>'),
        values.access === 'public',
        policy && policy !== policies.defaultName ? policy : undefined,
      );
    },
  });
}

export function CreateContainerLauncher(props: LauncherProps) {
  // One action per opening, holding the policies that opening read.
  const [action] = useState(createContainerAction);
  return <FormLauncher action={action} {...props} />;
}
