import type { RegistrationStatus } from '../../../domain/registrations/registration-service.ts';
import { useAdminI18n } from '../admin-i18n.ts';
import { AdminTime } from './admin-time.tsx';
import { DataTable } from './data-table.tsx';

/** One registration as an organiser sees it: plain data, written escaped like any text. */
export interface RegistrationListing {
  id: string;
  name: string;
  email: string;
  organization: string;
  country: string;
  status: RegistrationStatus;
  /** Its place on the waiting list (1: next to be given a place); null when not waiting. */
  waitingPosition: number | null;
  createdAt: string;
  answers: { question: string; answer: string }[];
}

function Answers({ answers }: { answers: RegistrationListing['answers'] }) {
  const shown = answers.filter((entry) => entry.answer.trim() !== '');
  if (shown.length === 0) return null;
  return (
    <dl class="registration-answers">
      {shown.map((entry) => (
        <>
          <dt>{entry.question}</dt>
          <dd>{entry.answer}</dd>
        </>
      ))}
    </dl>
  );
}

function Status({ registration }: { registration: RegistrationListing }) {
  const { t } = useAdminI18n();
  if (registration.status === 'waiting' && registration.waitingPosition !== null) {
    return (
      <>{t('admin.registrations.status.waitingAt', { position: registration.waitingPosition })}</>
    );
  }
  return <>{t(`admin.registrations.status.${registration.status}`)}</>;
}

/** The registrations of one page of the list, one row each. */
export function RegistrationTable({ registrations }: { registrations: RegistrationListing[] }) {
  const { t } = useAdminI18n();
  return (
    <DataTable id="registrations" caption={t('admin.registrations.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('admin.registrations.column.name')}</th>
          <th scope="col">{t('admin.registrations.column.email')}</th>
          <th scope="col">{t('admin.registrations.column.organization')}</th>
          <th scope="col">{t('admin.registrations.column.country')}</th>
          <th scope="col">{t('admin.registrations.column.status')}</th>
          <th scope="col">{t('admin.registrations.column.registered')}</th>
          <th scope="col">{t('admin.registrations.column.answers')}</th>
        </tr>
      </thead>
      <tbody>
        {registrations.map((registration) => (
          <tr>
            <th scope="row">{registration.name}</th>
            <td>{registration.email}</td>
            <td>{registration.organization}</td>
            <td>{registration.country}</td>
            <td>
              <Status registration={registration} />
            </td>
            <td>
              <AdminTime value={registration.createdAt} />
            </td>
            <td>
              <Answers answers={registration.answers} />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
