import {
  type ChoiceOption,
  type FieldErrors,
  SelectField,
  TextAreaField,
  TextField,
  fieldMessage,
} from '../components/form-fields.tsx';
import type { TypeForm, TypeFormControl } from '../../../domain/content-types/type-form.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { useAdminI18n } from '../admin-i18n.ts';
import { postedName, valueAt } from './type-form-controls.ts';

interface Person {
  name?: string | null;
  role?: string | null;
  organization?: string | null;
}

/** A stored value as the text a control shows. */
function displayText(control: TypeFormControl, value: unknown): string {
  if (value === null || value === undefined) return '';
  switch (control.kind) {
    case 'organizations':
      return Array.isArray(value) ? value.join(', ') : String(value);
    case 'lines':
      return Array.isArray(value) ? value.join('\n') : String(value);
    case 'people':
      return Array.isArray(value)
        ? (value as Person[])
            .map((person) =>
              [person.name, person.role, person.organization]
                .map((part) => part ?? '')
                .join(' | ')
                .replace(/( \| )+$/, ''),
            )
            .join('\n')
        : String(value);
    default:
      if (Array.isArray(value)) return value.join(', ');
      return typeof value === 'object' ? '' : String(value);
  }
}

interface ControlProps {
  formId: string;
  control: TypeFormControl;
  /** The control's path: its name, inside groups and rows prefixed by theirs. */
  path: string;
  values: Record<string, unknown>;
  errors: FieldErrors;
  /** The site's countries (value: slug), for country controls. */
  countries: ChoiceOption[];
  /** The library's PDFs (value: media id), for document controls. */
  documents: ChoiceOption[];
  /** The id of the datalist of the directory's organisations, for organisations controls. */
  organizationListId?: string;
}

function idNameOf(path: string): string {
  return postedName(path).replaceAll('.', '-');
}

function Control(props: ControlProps) {
  const { formId, control, path, values, errors, countries, documents, organizationListId } = props;
  const name = postedName(path);
  const error = errors[name];
  const i18n = useAdminI18n();
  const label = labelOf(control, i18n);
  const common = {
    formId,
    name,
    idName: idNameOf(path),
    label,
    hint: control.hint && i18n.t(control.hint),
    error,
  };
  const value = valueAt(values, path);
  switch (control.kind) {
    case 'text': {
      const listId = control.suggestions ? `${formId}-${idNameOf(path)}-suggestions` : undefined;
      return (
        <>
          <TextField
            {...common}
            type={control.input ?? 'text'}
            value={displayText(control, value)}
            list={listId}
          />
          {listId && (
            <datalist id={listId}>
              {control.suggestions?.map((suggestion) => (
                <option value={suggestion} />
              ))}
            </datalist>
          )}
        </>
      );
    }
    case 'number':
      return (
        <TextField
          {...common}
          type="number"
          step={control.step ?? '1'}
          value={displayText(control, value)}
        />
      );
    case 'checkbox': {
      const id = `${formId}-${common.idName}`;
      return (
        <div class="field">
          <label class="choice" for={id}>
            <input
              id={id}
              type="checkbox"
              name={name}
              value="1"
              checked={value === true}
              aria-describedby={common.hint ? `${id}-hint` : undefined}
            />{' '}
            {label}
          </label>
          {common.hint && (
            <p class="hint" id={`${id}-hint`}>
              {common.hint}
            </p>
          )}
          {error && <p class="field-error">{fieldMessage(label, error, i18n)}</p>}
        </div>
      );
    }
    case 'country':
      return (
        <SelectField
          {...common}
          options={[{ value: '', label: i18n.t('form.chooseCountry') }, ...countries]}
          value={displayText(control, value)}
        />
      );
    case 'select':
      return (
        <SelectField
          {...common}
          options={[
            ...(control.emptyOption ? [{ value: '', label: i18n.t(control.emptyOption) }] : []),
            ...control.options.map((option) => ({
              value: option.value,
              label: i18n.t(option.label),
            })),
          ]}
          value={displayText(control, value)}
        />
      );
    case 'document': {
      const chosen = displayText(control, value);
      // A file deleted from the library since stays shown, so saving does not drop it unseen.
      const isMissing = chosen !== '' && !documents.some((option) => option.value === chosen);
      return (
        <SelectField
          {...common}
          options={[
            { value: '', label: i18n.t('form.choosePdf') },
            ...documents,
            ...(isMissing
              ? [{ value: chosen, label: i18n.t('form.notInLibrary', { name: chosen }) }]
              : []),
          ]}
          value={chosen}
        />
      );
    }
    case 'textarea':
    case 'lines':
    case 'people':
      return (
        <TextAreaField
          {...common}
          rows={control.kind === 'textarea' ? (control.rows ?? 3) : 4}
          value={displayText(control, value)}
        />
      );
    case 'organizations':
      // The suggestions help with the first name; the rest are typed after commas.
      return (
        <TextField {...common} value={displayText(control, value)} list={organizationListId} />
      );
    case 'group':
      return (
        <fieldset class="type-group" id={`${formId}-${idNameOf(path)}`}>
          <legend>{label}</legend>
          {control.hint && <p class="hint">{i18n.t(control.hint)}</p>}
          {error && <p class="field-error">{fieldMessage(label, error, i18n)}</p>}
          {control.controls.map((inner) => (
            <Control
              formId={formId}
              control={inner}
              path={`${path}.${inner.name}`}
              values={values}
              errors={errors}
              countries={countries}
              documents={documents}
              organizationListId={organizationListId}
            />
          ))}
        </fieldset>
      );
    case 'rows': {
      const rows = Array.isArray(value) ? value.length : 0;
      const indexes = Array.from({ length: rows + control.blankRows }, (_, index) => index);
      return (
        <fieldset class="type-rows" id={`${formId}-${idNameOf(path)}`}>
          <legend>{label}</legend>
          {control.hint && <p class="hint">{i18n.t(control.hint)}</p>}
          {error && <p class="field-error">{fieldMessage(label, error, i18n)}</p>}
          {indexes.map((index) => (
            <fieldset class="type-row">
              <legend>{rowLabelOf(control, { index, isNew: index >= rows, i18n })}</legend>
              {control.controls.map((inner) => (
                <Control
                  formId={formId}
                  control={inner}
                  path={`${path}.${index}.${inner.name}`}
                  values={values}
                  errors={errors}
                  countries={countries}
                  documents={documents}
                  organizationListId={organizationListId}
                />
              ))}
            </fieldset>
          ))}
        </fieldset>
      );
    }
  }
}

function hasOrganizations(controls: readonly TypeFormControl[]): boolean {
  return controls.some(
    (control) =>
      control.kind === 'organizations' ||
      ((control.kind === 'group' || control.kind === 'rows') && hasOrganizations(control.controls)),
  );
}

function labelOf(control: TypeFormControl, i18n: Translator): string {
  return i18n.t(
    control.kind === 'group' || control.kind === 'rows' ? control.legend : control.label,
  );
}

/** One row of a rows control: "Indicator line 2", or "Indicator line 3 (new)" when blank. */
function rowLabelOf(
  control: Extract<TypeFormControl, { kind: 'rows' }>,
  { index, isNew = false, i18n }: { index: number; isNew?: boolean; i18n: Translator },
): string {
  const params = { row: i18n.t(control.rowLabel), number: index + 1 };
  return i18n.t(isNew ? 'form.newRow' : 'form.row', params);
}

/** The type's own fields in the item form. */
export function TypeFieldset(props: {
  formId: string;
  form: TypeForm;
  values: Record<string, unknown>;
  errors: FieldErrors;
  countries: ChoiceOption[];
  documents: ChoiceOption[];
  /** The directory's organisations as written ("SEWA"): suggestions for organisations fields. */
  organizations: string[];
}) {
  const i18n = useAdminI18n();
  // A type without fields of its own (a page) shows no empty box.
  if (props.form.controls.length === 0) return null;
  const organizationListId = hasOrganizations(props.form.controls)
    ? `${props.formId}-organization-suggestions`
    : undefined;
  return (
    <fieldset class="type-fields">
      <legend>{i18n.t(props.form.legend)}</legend>
      {props.form.controls.map((control) => (
        <Control
          formId={props.formId}
          control={control}
          path={control.name}
          values={props.values}
          errors={props.errors}
          countries={props.countries}
          documents={props.documents}
          organizationListId={organizationListId}
        />
      ))}
      {organizationListId && (
        <datalist id={organizationListId}>
          {props.organizations.map((name) => (
            <option value={name} />
          ))}
        </datalist>
      )}
    </fieldset>
  );
}

/**
 * Labels for the error summary, keyed like the errors (`f.indicators.1.count`), for every
 * control the form shows with these values.
 */
export function typeFieldLabels(
  form: TypeForm,
  values: Record<string, unknown>,
  i18n: Translator,
): Record<string, string> {
  const labels: Record<string, string> = {};
  const visit = (controls: readonly TypeFormControl[], prefix: string, labelPrefix: string) => {
    for (const control of controls) {
      const path = prefix ? `${prefix}.${control.name}` : control.name;
      const inner = labelOf(control, i18n);
      const label = labelPrefix
        ? i18n.t('admin.formFields.nestedLabel', { outer: labelPrefix, inner })
        : inner;
      labels[postedName(path)] = label;
      if (control.kind === 'group') visit(control.controls, path, label);
      if (control.kind === 'rows') {
        const rows = valueAt(values, path);
        const count = (Array.isArray(rows) ? rows.length : 0) + control.blankRows;
        for (let index = 0; index < count; index++) {
          visit(control.controls, `${path}.${index}`, rowLabelOf(control, { index, i18n }));
        }
      }
    }
  };
  visit(form.controls, '', '');
  return labels;
}
