/**
 * The MDX components a section may use, with the values their attributes accept.
 * A remark plugin checks every use at build time, so a typo fails the build
 * instead of rendering nothing.
 */
export const STATUS_VALUES = {
  settled: 'Settled',
  contested: 'Contested',
  open: 'Open question',
} as const;

export type StatusValue = keyof typeof STATUS_VALUES;

export const STATUS_HELP = {
  settled: 'the Supreme Court or a statute has decided it',
  contested: 'courts disagree, or a challenge is pending',
  open: 'no court has decided it yet',
} as const satisfies Record<StatusValue, string>;

/** Allowed components: attribute name → allowed values (`null` = any text). */
export const MDX_COMPONENTS: Record<string, { required: Record<string, readonly string[] | null>; optional: Record<string, readonly string[] | null> }> = {
  Status: { required: { is: Object.keys(STATUS_VALUES) }, optional: {} },
  Deadlines: { required: {}, optional: { title: null } },
  FtcaTimeline: { required: {}, optional: {} },
};
