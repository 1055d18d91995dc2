/** The admin forms of the content types: legends, labels and hints (see each type's definition in src/domain/content-types). */
export const formMessagesEn = {} as const;
