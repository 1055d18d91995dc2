import type { SignatureTab } from '../../../domain/signatures/signature-service.ts';
import { useAdminI18n } from '../admin-i18n.ts';
import { AdminTime } from './admin-time.tsx';
import { DataTable } from './data-table.tsx';

/**
 * The decisions a tab's signatures can take: held organisations are approved or rejected;
 * signatures already counted can still be taken down (an impersonation found late).
 */
const DECISIONS: Record<SignatureTab, readonly SignatureDecision[]> = {
  held: ['approve', 'reject'],
  approved: ['reject'],
  individual: ['reject'],
  rejected: [],
  unconfirmed: [],
};

export type SignatureDecision = 'approve' | 'reject';

/** One signature as its organisers see it (the address included: it is never shown publicly). */
export interface SignatureListRow {
  id: string;
  kind: 'organization' | 'individual';
  name: string;
  organization: string;
  country: string;
  isListed: boolean;
  /** Null once its signer's data was erased and the signature kept anonymised. */
  email: string | null;
  /** When it was sent (the list's order). */
  signedAt: string;
}

/**
 * A row's decisions: buttons of the list's one form, each sent to its own address
 * (`formaction`), so they work without JavaScript and without a form inside a form.
 */
function Decisions({ row, tab }: { row: SignatureListRow; tab: SignatureTab }) {
  const i18n = useAdminI18n();
  const name = row.organization || row.name;
  return (
    <div class="comment-decisions">
      {DECISIONS[tab].map((decision) => (
        <button
          type="submit"
          formaction={`/admin/signatures/${row.id}/${decision}`}
          class={decision === 'reject' ? 'danger' : undefined}
          aria-label={i18n.t(`admin.signatures.decisionOf.${decision}`, { name })}
        >
          {i18n.t(`admin.signatures.decision.${decision}`)}
        </button>
      ))}
    </div>
  );
}

/**
 * The signatures of one tab, each with the buttons its tab allows; held ones also carry a
 * checkbox, for approving several at once. Inside the page's one form (for its CSRF field).
 */
export function SignatureTable(props: { rows: SignatureListRow[]; tab: SignatureTab }) {
  const i18n = useAdminI18n();
  const isChoosing = props.tab === 'held';
  const isDeciding = DECISIONS[props.tab].length > 0;
  return (
    <DataTable id="signatures" caption={i18n.t(`admin.signatures.caption.${props.tab}`)}>
      <thead>
        <tr>
          {isChoosing && (
            <th scope="col">
              <span class="visually-hidden">{i18n.t('admin.signatures.column.choose')}</span>
            </th>
          )}
          <th scope="col">{i18n.t('admin.signatures.column.name')}</th>
          <th scope="col">{i18n.t('admin.signatures.column.organization')}</th>
          <th scope="col">{i18n.t('admin.signatures.column.country')}</th>
          <th scope="col">{i18n.t('admin.signatures.column.kind')}</th>
          <th scope="col">{i18n.t('admin.signatures.column.listed')}</th>
          <th scope="col">{i18n.t('admin.signatures.column.email')}</th>
          <th scope="col">{i18n.t('admin.signatures.column.signedAt')}</th>
          {isDeciding && <th scope="col">{i18n.t('admin.signatures.column.decide')}</th>}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr>
            {isChoosing && (
              <td class="choose">
                <input
                  type="checkbox"
                  name="ids"
                  value={row.id}
                  id={`choose-${row.id}`}
                  aria-label={i18n.t('admin.signatures.choose', {
                    name: row.organization || row.name,
                  })}
                />
              </td>
            )}
            <td>{row.name || i18n.t('admin.signatures.anonymised')}</td>
            <td>{row.organization}</td>
            <td>{row.country}</td>
            <td>{i18n.t(`admin.signatures.kind.${row.kind}`)}</td>
            <td>
              {i18n.t(row.isListed ? 'admin.signatures.listed.yes' : 'admin.signatures.listed.no')}
            </td>
            <td>{row.email ?? i18n.t('admin.signatures.noEmail')}</td>
            <td>
              <AdminTime value={row.signedAt} />
            </td>
            {isDeciding && (
              <td>
                <Decisions row={row} tab={props.tab} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
