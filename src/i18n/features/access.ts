/** Messages of one feature, in both languages; merged into id.ts and en.ts. */
const id = {} as const;

const en: Record<keyof typeof id, string> = {};

export const accessMessages = { id, en };
