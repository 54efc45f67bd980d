// Sharing an image (api-ref image v2, "Sharing"): Manage Members as its owner,
// Accept/Reject Image as a project it was shared with.
import { formText } from '@/lib/forms/text';
import { formRowAction, type RowAction } from '@/lib/resources/types';
import type { PublicSession } from '@/lib/session-token';
import { manageMembersInput } from './image-inputs';
import { manageMembersEquivalents, memberStatusEquivalents } from './images-equivalents';
import type { ImageRow } from './image-row';

const first = (rows: ImageRow[]) => rows[0] as ImageRow;
const owned = (image: ImageRow, session: PublicSession) =>
  image.owner === session.project.id || session.roles.includes('admin');

export const manageMembers: RowAction<ImageRow> = formRowAction({
  id: 'members',
  label: 'Manage Members',
  allowed: (image, session) =>
    !owned(image, session)
      ? 'Only the project that owns the image can share it.'
      : image.visibility !== 'shared'
        ? "Set the image's visibility to Shared to share it with other projects."
        : true,
  form: async ({ api, session }, image) => {
    const [members, projects] = await Promise.all([
      api.image.listImageMembers(image.id),
      api.identity.listMyProjects().catch(() => []),
    ]);
    const projectName = new Map(projects.map((p) => [p.id, p.name]));
    const memberIds = new Set(members.map((m) => m.member_id));
    const choices = projects.filter((p) => p.id !== session.project.id && !memberIds.has(p.id));
    return {
      title: 'Manage Image Members',
      submitLabel: 'Save',
      description:
        'Share the image with other projects. A project you add finds it under "Shared with Me", where its members accept or reject it; once accepted it is in all its image lists.',
      schema: manageMembersInput,
      defaults: { project: '', projectId: '', remove: [] },
      fields: [
        {
          name: 'project',
          label: 'Add Project',
          kind: 'select',
          options: [
            {
              value: '',
              label: choices.length > 0 ? 'Select a project' : 'No other projects of yours',
            },
            ...choices.map((p) => ({ value: p.id, label: p.name })),
          ],
        },
        {
          name: 'projectId',
          label: 'Or Project ID',
          kind: 'text',
          help: 'The ID of a project you are not a member of.',
        },
        {
          name: 'remove',
          label: members.length > 0 ? 'Remove Members' : 'Members: none yet',
          kind: 'checkboxes',
          options: members.map((m) => ({
            value: m.member_id,
            label: `${projectName.get(m.member_id) ?? m.member_id} (${m.status})`,
          })),
        },
      ],
    };
  },
  run: async ({ api }, image, input) => {
    if (input.add) await api.image.addImageMember(image.id, input.add);
    for (const member of input.remove) await api.image.removeImageMember(image.id, member);
  },
  success: (rows) => `Members of image "${first(rows).name}" were updated.`,
  failure: (image) => `Unable to update the members of image: ${image.name}`,
  equivalents: (rows, values) =>
    manageMembersEquivalents(
      first(rows).id,
      formText(values, 'projectId') || formText(values, 'project'),
      Array.isArray(values?.remove) ? values.remove : [],
    ),
});

function memberStatusAction(status: 'accepted' | 'rejected'): RowAction<ImageRow> {
  const verb = status === 'accepted' ? 'Accept' : 'Reject';
  return {
    id: status === 'accepted' ? 'accept' : 'reject',
    label: `${verb} Image`,
    danger: status === 'rejected',
    allowed: (image, session) =>
      image.owner !== session.project.id && image.visibility === 'shared'
        ? true
        : 'Only an image another project shared with this one.',
    confirm: {
      title: `${verb} Image`,
      confirmLabel: `${verb} Image`,
      body: (rows) =>
        status === 'accepted'
          ? `Accept "${first(rows).name}": it shows in this project's image lists and can be launched.`
          : `Reject "${first(rows).name}": it leaves this project's lists until you accept it again.`,
    },
    run: async ({ api, session }, image) => {
      await api.image.updateImageMember(image.id, session.project.id, status);
    },
    success: (rows) =>
      `${status === 'accepted' ? 'Accepted' : 'Rejected'} image: ${first(rows).name}`,
    failure: (image) => `Unable to ${verb.toLowerCase()} image: ${image.name}`,
    equivalents: (rows) => memberStatusEquivalents(first(rows).id, status),
  };
}

export const acceptImage = memberStatusAction('accepted');
export const rejectImage = memberStatusAction('rejected');
