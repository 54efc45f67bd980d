// The schema of a walkthrough file (walkthroughs/<id>.yaml). Documented field by
// field in walkthroughs/README.md; keep the two in step.
import { z } from 'zod';
import { PANEL_LIST } from '@/lib/panels';

const text = z.string().trim().min(1, 'Must not be empty.');
const panelIds = new Set(PANEL_LIST.map((p) => p.id));

/** An object of optional kinds of which exactly one is given (`{ server: {...} }`). */
function oneOf<T extends z.ZodRawShape>(shape: T, what: string) {
  const kinds = Object.keys(shape);
  return z
    .strictObject(shape)
    .refine(
      (v) =>
        Object.values(v as Record<string, unknown>).filter((x) => x !== undefined).length === 1,
      {
        message: `Give exactly one ${what}: ${kinds.join(', ')}.`,
      },
    );
}

export const roleNameSchema = z.strictObject({ role: text, name: text });
export type RoleName = z.infer<typeof roleNameSchema>;

export const targetSchema = z.union([
  roleNameSchema,
  z.strictObject({
    panel: text.refine((id) => panelIds.has(id), { message: 'Not a panel id of lib/panels.ts.' }),
  }),
]);
export type Target = z.infer<typeof targetSchema>;

/** Completion conditions: each is checked against the real state of the cloud (but `visited`). */
export const conditionShape = {
  /** A page whose path starts with this was opened (the tour's only non-cloud condition). */
  visited: text.refine((p) => p.startsWith('/'), { message: 'A path starting with /.' }).optional(),
  keypair: z.strictObject({ name: text }).optional(),
  server: z.strictObject({ name: text, status: text.optional() }).optional(),
  network: z.strictObject({ name: text }).optional(),
  subnet: z.strictObject({ network: text, cidr: text.optional() }).optional(),
  router: z.strictObject({ name: text, external_gateway: z.boolean().optional() }).optional(),
  router_interface: z.strictObject({ router: text, subnet: text }).optional(),
  security_group_rule: z
    .strictObject({
      group: text,
      protocol: z.enum(['tcp', 'udp', 'icmp']),
      port: z.number().int().min(1).max(65535).optional(),
    })
    .optional(),
  floating_ip: z.strictObject({ server: text }).optional(),
  image: z.strictObject({ name: text, status: text.optional() }).optional(),
  volume: z
    .strictObject({ name: text, status: text.optional(), attached_to: text.optional() })
    .optional(),
  container: z.strictObject({ name: text }).optional(),
  stack: z.strictObject({ name: text, status: text.optional() }).optional(),
  cluster_template: z.strictObject({ name: text }).optional(),
};
export type ConditionKind = keyof typeof conditionShape;
export const CONDITION_KINDS = Object.keys(conditionShape) as ConditionKind[];
export const conditionSchema = oneOf(conditionShape, 'condition');
export type Condition = z.infer<typeof conditionSchema>;

/** Scripted UI actions that perform a step (the e2e test runs them; they never drift from the UI). */
export const actionShape = {
  click: roleNameSchema.optional(),
  fill: z.strictObject({ label: text, value: z.string() }).optional(),
  select: z.strictObject({ label: text, option: text }).optional(),
  check: z.strictObject({ label: text }).optional(),
  /** A file chosen in a file field (the e2e test makes a small one of that name). */
  upload: z.strictObject({ label: text, file: text }).optional(),
  goto: z
    .strictObject({ path: text.refine((p) => p.startsWith('/'), 'A path starting with /.') })
    .optional(),
};
export const actionSchema = oneOf(actionShape, 'action');
export type Action = z.infer<typeof actionSchema>;

export const stepSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'Lowercase letters, digits and dashes.'),
  title: text.optional(),
  /** Markdown (paragraphs, `code`, **bold**, lists, links). */
  text,
  page: text.refine((p) => p.startsWith('/'), 'A path starting with /.').optional(),
  target: targetSchema.optional(),
  done: conditionSchema,
  hint: text.optional(),
  hintAfterSeconds: z.number().int().min(1).max(3600).default(60),
  do: z.array(actionSchema).default([]),
});
export type Step = z.infer<typeof stepSchema>;

export const waysSchema = z.strictObject({ cli: text, sdk: text, hot: text });

export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;

export const walkthroughSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'Lowercase letters, digits and dashes.'),
    title: text,
    level: z.enum(LEVELS),
    minutes: z.number().int().min(1).max(240),
    prerequisites: z.array(z.string()).default([]),
    summary: text,
    /** Also run end to end on the devcloud by the e2e test. */
    devcloud: z.boolean().default(false),
    ways: waysSchema,
    steps: z.array(stepSchema).min(1, 'A walkthrough has at least one step.'),
  })
  .superRefine((w, ctx) => {
    const seen = new Set<string>();
    w.steps.forEach((s, i) => {
      if (seen.has(s.id))
        ctx.addIssue({
          code: 'custom',
          path: ['steps', i, 'id'],
          message: `Step id ${s.id} is used twice.`,
        });
      seen.add(s.id);
    });
  });
export type Walkthrough = z.infer<typeof walkthroughSchema>;

/** `{user}` in a name becomes the signed-in user's name, so a class on one project does not collide. */
export function withUser(value: string, user: string): string {
  return value.replaceAll('{user}', user);
}
