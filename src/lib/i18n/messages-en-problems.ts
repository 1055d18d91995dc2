/** Validation and workflow problems the domain reports, by code (see src/lib/errors.ts). */
export const problemMessagesEn = {} as const;
