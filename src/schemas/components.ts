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

/** What an allowed component may hold and where it may stand. */
export interface ComponentSpec {
  /** Attribute name → allowed values (`null` = any text, up to `maxAttributeLength`). */
  required: Record<string, readonly string[] | null>;
  optional: Record<string, readonly string[] | null>;
  /**
   * `none`: self-closing only (text inside would not be shown);
   * `block`: on its own lines, holding Markdown.
   */
  content: 'none' | 'block';
}

/** Allowed components; anything else in a section fails the build. */
export const MDX_COMPONENTS: Record<string, ComponentSpec> = {
  Status: { required: { is: Object.keys(STATUS_VALUES) }, optional: {}, content: 'none' },
  Deadlines: { required: {}, optional: { title: null }, content: 'block' },
  FtcaTimeline: { required: {}, optional: {}, content: 'none' },
};

/** Longest free-text attribute value, e.g. a `<Deadlines title>`. */
export const MAX_ATTRIBUTE_LENGTH = 80;
