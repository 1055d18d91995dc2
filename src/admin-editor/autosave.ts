/// <reference lib="dom" />
import { digitsLocale, say } from './editor-words.ts';

/**
 * Autosave for the item form (`form[data-autosave]`): a few seconds after the last change the
 * form is sent, as the browser would send it, to the autosave address, which saves it as a
 * revision checked against the form's version (see src/http/routes/admin/autosave-routes.ts).
 * Without a connection the text waits in localStorage and goes out when the connection
 * returns; leaving the page sends what is unsaved (`sendBeacon`) and, with unsaved changes,
 * the browser asks first. The form works without any of this: it is the Save button's.
 */

/** Quiet time after the last keystroke before saving (long enough not to save mid-word). */
const IDLE_MS = 3000;

type Status =
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'offline' }
  | {
      kind: 'refused';
      message: string;
    };

interface AutosaveAnswer {
  version?: number;
  error?: { message?: string };
}

/** "14:05", on this computer's clock, in the page language's digits. */
function timeOf(date: Date): string {
  return date.toLocaleTimeString(digitsLocale(), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
}

function statusText(status: Status): string {
  switch (status.kind) {
    case 'saving':
      return say('editor.autosave.saving');
    case 'saved':
      return say('editor.autosave.saved', { time: timeOf(status.at) });
    case 'offline':
      return say('editor.autosave.offline');
    case 'refused':
      return status.message;
  }
}

export function startAutosave(form: HTMLFormElement): void {
  const endpoint = form.dataset.autosave;
  if (!endpoint) return;
  const statusLine = form.querySelector<HTMLElement>('[data-autosave-status]');
  const versionField = form.querySelector<HTMLInputElement>('input[name="version"]');
  const storageKey = `inspir:unsaved:${endpoint}`;
  /** Changes not yet on the server; each change moves it on, so a save knows what it covered. */
  let changes = 0;
  let savedChanges = 0;
  let timer: number | undefined;
  let isSubmitting = false;
  let isStopped = false;
  let inFlight: Promise<void> | undefined;

  const show = (status: Status) => {
    if (statusLine) statusLine.textContent = statusText(status);
  };
  const body = () => new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
  const keepInBrowser = (text: string) => {
    try {
      localStorage.setItem(storageKey, text);
    } catch {
      // Storage full or refused: the status line still says the text is not saved.
    }
  };
  const forget = () => localStorage.removeItem(storageKey);

  async function send(text: string, covering: number): Promise<void> {
    show({ kind: 'saving' });
    let response: Response;
    try {
      response = await fetch(endpoint as string, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: text,
        credentials: 'same-origin',
      });
    } catch {
      keepInBrowser(text);
      show({ kind: 'offline' });
      return;
    }
    const answer = (await response.json().catch(() => ({}))) as AutosaveAnswer;
    if (!response.ok) {
      // A conflict or a refusal: the server kept what it could; saving again would not help.
      if (response.status === 409 || response.status === 422 || response.status === 403) {
        isStopped = true;
      }
      show({ kind: 'refused', message: answer.error?.message ?? say('editor.autosave.notSaved') });
      return;
    }
    if (versionField && answer.version) versionField.value = String(answer.version);
    savedChanges = covering;
    forget();
    show({ kind: 'saved', at: new Date() });
  }

  function save(): Promise<void> {
    window.clearTimeout(timer);
    if (isStopped || isSubmitting || changes === savedChanges) return Promise.resolve();
    // One save at a time: the next one must carry the version the last one gave back.
    const run = (inFlight ?? Promise.resolve()).then(() => send(body().toString(), changes));
    inFlight = run;
    return run;
  }

  const changed = () => {
    changes += 1;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void save(), IDLE_MS);
  };
  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  form.addEventListener('submit', () => {
    isSubmitting = true;
    window.clearTimeout(timer);
    forget();
  });
  window.addEventListener('online', () => void save());
  window.addEventListener('beforeunload', (event) => {
    if (isSubmitting || changes === savedChanges) return;
    event.preventDefault();
    // Older browsers ask only when returnValue is set.
    event.returnValue = '';
  });
  // Leaving anyway: what is unsaved goes out with the page, and stays in the browser too.
  window.addEventListener('pagehide', () => {
    if (isSubmitting || isStopped || changes === savedChanges) return;
    const text = body().toString();
    keepInBrowser(text);
    navigator.sendBeacon(endpoint, new Blob([text], { type: 'application/x-www-form-urlencoded' }));
  });

  // Text kept while offline on an earlier visit, sent now that the page is back.
  const kept = localStorage.getItem(storageKey);
  if (kept && kept !== body().toString()) {
    // The kept text, with this page's CSRF token (the session may be a new one).
    const resent = new URLSearchParams(kept);
    resent.set('_csrf', body().get('_csrf') ?? '');
    void send(resent.toString(), changes).then(() => {
      if (!localStorage.getItem(storageKey) && !isStopped) window.location.reload();
    });
  } else if (kept) {
    forget();
  }
}
