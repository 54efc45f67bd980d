// The Create Image form: its fields and defaults (the file is picked apart from them).
import type { FieldSpec, FormValues } from '@/lib/forms/types';
import { VISIBILITY_OPTIONS } from './image-form-values';
import { DISK_FORMATS } from './image-row';

export const CREATE_IMAGE_DEFAULTS: FormValues = {
  name: '',
  description: '',
  source: 'file',
  url: '',
  diskFormat: 'qcow2',
  architecture: '',
  minDisk: '',
  minRam: '',
  visibility: 'private',
  protected: false,
  metadata: '',
};

/** `urlAllowed` is undefined while the cloud's import methods are being read. */
export function createImageFields(urlAllowed: boolean | undefined): {
  before: FieldSpec[];
  after: FieldSpec[];
} {
  return {
    before: [
      { name: 'name', label: 'Image Name', kind: 'text', required: true },
      { name: 'description', label: 'Image Description', kind: 'textarea', rows: 2 },
      {
        name: 'source',
        label: 'Image Source',
        kind: 'radio',
        options: [
          { value: 'file', label: 'File' },
          {
            value: 'url',
            label: urlAllowed === false ? 'URL (this cloud does not offer web-download)' : 'URL',
            disabled: !urlAllowed,
          },
        ],
      },
      {
        name: 'url',
        label: 'Image Location',
        kind: 'text',
        required: true,
        placeholder: 'https://example.org/images/cirros.qcow2',
        help: 'Glance downloads the file from this address itself.',
        visible: (values) => values.source === 'url',
      },
    ],
    after: [
      {
        name: 'diskFormat',
        label: 'Format',
        kind: 'select',
        required: true,
        options: DISK_FORMATS,
      },
      { name: 'architecture', label: 'Architecture', kind: 'text', placeholder: 'x86_64' },
      { name: 'minDisk', label: 'Minimum Disk (GB)', kind: 'number', placeholder: '0' },
      { name: 'minRam', label: 'Minimum RAM (MB)', kind: 'number', placeholder: '0' },
      { name: 'visibility', label: 'Visibility', kind: 'radio', options: VISIBILITY_OPTIONS },
      { name: 'protected', label: 'Protected', kind: 'checkbox' },
      {
        name: 'metadata',
        label: 'Metadata',
        kind: 'textarea',
        rows: 3,
        monospace: true,
        placeholder: 'os_distro=cirros',
        help: 'Custom properties, one key=value a line.',
      },
    ],
  };
}
