/**
 * Signing calls to action (issue 20): what organisers' pages and the admin API use, from one
 * door. Readers sign and confirm through signature-signing.ts, pages show
 * signature-section.ts; those are imported from their own modules.
 */
export {
  type SignatureRow,
  type SignatureTab,
  SIGNATURE_TABS,
  approveSignature,
  getSignature,
  listSignatures,
  rejectSignature,
} from './signature-moderation.ts';
export { signaturesCsv } from './signature-csv.ts';
export { heldSignaturesOf } from './held-signatures.ts';
