import { type ChoiceOption, SelectField } from './form-fields.tsx';

/** An image of the library as an image field offers it (value: its media id). */
export interface MediaChoice extends ChoiceOption {
  thumbnailUrl: string;
}

/** Where the picker searches the library and uploads to (media-picker-routes.ts). */
const MEDIA_PICKER_ENDPOINT = '/admin/media.json';

/**
 * A field whose value is an image of the media library (the featured image, the image for
 * sharing): the chosen one's thumbnail, or `noneLabel`, above a plain choice of the library's
 * images, which is all there is without JavaScript. The editor's script
 * (src/admin-editor/media-choice-picker.ts) finds it by `data-media-picker` and puts a picker
 * in front of the choice: thumbnails, search, upload with alt text, drag-and-drop and paste.
 * The choice stays the field the form sends, either way.
 */
export function MediaChoiceField(props: {
  formId: string;
  name: string;
  label: string;
  hint?: string;
  /** The empty choice and what the preview says without an image: "No featured image". */
  noneLabel: string;
  images: MediaChoice[];
  value: string;
  error?: string;
  /** The library's JSON address; the default is the admin's. */
  endpoint?: string;
}) {
  const chosen = props.images.find((image) => image.value === props.value);
  return (
    <div class="media-choice" data-media-picker={props.endpoint ?? MEDIA_PICKER_ENDPOINT}>
      <div class="media-choice-preview">
        {chosen ? (
          <img class="media-choice-thumbnail" src={chosen.thumbnailUrl} alt="" />
        ) : (
          <p class="media-choice-none">{props.noneLabel}</p>
        )}
      </div>
      <SelectField
        formId={props.formId}
        name={props.name}
        label={props.label}
        hint={props.hint}
        options={[
          { value: '', label: props.noneLabel },
          ...props.images.map(({ value, label }) => ({ value, label })),
        ]}
        value={props.value}
        error={props.error}
      />
    </div>
  );
}
