import { UnsupportedMediaTypeError } from '../../lib/errors.ts';
import { problem } from '../../lib/problems.ts';
import { ACCEPTED_MEDIA_TYPES, type AcceptedMimeType } from './media-types.ts';

const acceptedLabels = Object.values(ACCEPTED_MEDIA_TYPES).map((type) => type.label);
const allowedList = `${acceptedLabels.slice(0, -1).join(', ')} or ${acceptedLabels.at(-1)}`;

function isAccepted(mime: string): mime is AcceptedMimeType {
  return Object.hasOwn(ACCEPTED_MEDIA_TYPES, mime);
}

/**
 * The real type of an upload, read from its first bytes (magic numbers). The file's name and
 * the type the browser claimed are ignored: they are whatever the sender wants them to be, and
 * an HTML or SVG file served from our origin as an "image" would be a stored XSS.
 */
export async function detectAcceptedType(bytes: Buffer): Promise<AcceptedMimeType> {
  // Loaded on the first upload, not at start-up: it costs memory readers' requests never need.
  const { fileTypeFromBuffer } = await import('file-type');
  const detected = await fileTypeFromBuffer(bytes);
  // An animated PNG is a PNG whose first frame is an ordinary still image: browsers animate
  // it as image/png and decoders read the first frame.
  const mime = detected?.mime === 'image/apng' ? 'image/png' : detected?.mime;
  if (mime && isAccepted(mime)) return mime;
  throw new UnsupportedMediaTypeError(
    problem('problem.uploadAcceptedType', { types: allowedList }),
    {
      file: detected
        ? problem('problem.notAcceptedFileIs', {
            types: allowedList,
            detected: detected.ext.toUpperCase(),
          })
        : problem('problem.notAcceptedFile', { types: allowedList }),
    },
  );
}
