import { type AdminChrome, AdminLayout } from '../admin-layout.tsx';

/**
 * A refusal or a missing page inside the admin, for someone signed in: the admin's own page,
 * with its navigation, so they can go on working instead of landing on the public site.
 */
export function AdminErrorPage({
  chrome,
  title,
  message,
}: {
  chrome: AdminChrome;
  title: string;
  message: string;
}) {
  return (
    <AdminLayout chrome={chrome} title={title}>
      <p>{message}</p>
      <p>
        <a href="/admin">Back to the desk</a>
      </p>
    </AdminLayout>
  );
}
