/**
 * What a story's fields must say before its picture (a portrait, usually) may be shown, as
 * readers see them (`publicStoryFieldsSchema`): who gave consent is not needed to decide.
 */
export interface StoryPictureFacts {
  personName?: string | null;
  consent?: { readonly picture?: 'agreed' | null; readonly [field: string]: unknown } | null;
}

/**
 * Whether a story's picture may be shown anywhere readers look: its page, listings, the front
 * page, shared links. A named person agreed to be known by the story they told, so their
 * picture may go with it; a withheld name never comes with a face unless the recorded consent
 * covers a picture too. Without recorded consent nothing shows (such a story is never public).
 */
export function mayShowStoryPicture(fields: StoryPictureFacts): boolean {
  if (!fields.consent) return false;
  if (fields.consent.picture === 'agreed') return true;
  return typeof fields.personName === 'string' && fields.personName.trim() !== '';
}
