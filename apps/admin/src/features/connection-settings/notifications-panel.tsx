import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { describedByFor, FieldNotes, GeneralErrors, TextField } from '../../ui/form-field';
import { transportMessage } from '../../ui/format';
import { NotificationSettingsQuery, SaveFailureNotificationsMutation, SaveNightlyInvoicingMutation } from './connection-settings.graphql';
import { failureNotificationErrorsFromApi, nightlyErrorsFromApi, readFailureNotificationForm, readNightlyForm } from './notifications-form';
import { noErrors, type FormErrors } from './settings-errors';
import { CheckField } from './settings-controls';

/** Failure e-mails of this connection (X-29, SE-FX-52) and the tenant's nightly invoicing run (PV-10, PV-12). */
export function NotificationsPanel({ connectionId }: { readonly connectionId: string }) {
  const [{ data, error }] = useQuery({ query: NotificationSettingsQuery, variables: { connectionId } });
  if (error !== undefined) return <GeneralErrors messages={[transportMessage(error)]} />;
  if (data === undefined) return <p role="status">Loading…</p>;
  return (
    <>
      {data.failureNotificationSettings !== null && <FailureForm connectionId={connectionId} settings={data.failureNotificationSettings} />}
      <NightlyForm nightly={data.nightlyInvoicing} />
    </>
  );
}

function FailureForm({ connectionId, settings }: { connectionId: string; settings: { isEnabled: boolean; includeAdmins: boolean; extraRecipients: readonly string[]; isSaved: boolean } }) {
  const [{ fetching }, save] = useMutation(SaveFailureNotificationsMutation);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [notice, setNotice] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    const read = readFailureNotificationForm(new FormData(event.currentTarget));
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    setErrors(noErrors);
    const result = await save({ input: { connectionId, ...read.value } });
    const payload = result.data?.saveFailureNotificationSettings;
    if (payload === undefined) setErrors({ fields: {}, general: [transportMessage(result.error)] });
    else if (payload.errors.length > 0) setErrors(failureNotificationErrorsFromApi(payload.errors));
    else setNotice('Notification e-mails saved.');
  }

  const recipientsError = errors.fields['extraRecipients'];
  return (
    <form className="panel form" aria-label="Failure e-mails" onSubmit={(event) => void handleSubmit(event)}>
      <h2>E-mails when a transfer fails</h2>
      <p className="muted">{settings.isSaved ? 'Saved for this connection.' : 'The recommended defaults apply until you save.'}</p>
      {notice !== null && (
        <div className="notice" role="status">
          {notice}
        </div>
      )}
      <GeneralErrors messages={errors.general} />
      <CheckField name="notifyEnabled" label="Send a summary e-mail after a run with failures (recommended)" defaultChecked={settings.isEnabled} error={errors.fields['isEnabled']} />
      <CheckField name="includeAdmins" label="Send to every admin of the company" defaultChecked={settings.includeAdmins} error={errors.fields['includeAdmins']} />
      <div className="field">
        <label htmlFor="settings-extraRecipients">Further addresses (one a line)</label>
        <textarea
          id="settings-extraRecipients"
          name="extraRecipients"
          rows={3}
          defaultValue={settings.extraRecipients.join('\n')}
          aria-invalid={recipientsError !== undefined}
          aria-describedby={describedByFor('settings-extraRecipients', undefined, recipientsError)}
        />
        <FieldNotes id="settings-extraRecipients" error={recipientsError} />
      </div>
      <div>
        <button className="button" type="submit" disabled={fetching}>
          Save e-mails
        </button>
      </div>
    </form>
  );
}

function NightlyForm({ nightly }: { nightly: { hour: number; timeZone: string; isSaved: boolean; lastRunDay: string | null; openedThrough: string | null } }) {
  const [{ fetching }, save] = useMutation(SaveNightlyInvoicingMutation);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [notice, setNotice] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    const read = readNightlyForm(new FormData(event.currentTarget));
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    setErrors(noErrors);
    const result = await save({ input: read.value });
    const payload = result.data?.saveNightlyInvoicing;
    if (payload === undefined) setErrors({ fields: {}, general: [transportMessage(result.error)] });
    else if (payload.errors.length > 0) setErrors(nightlyErrorsFromApi(payload.errors));
    else setNotice('Nightly invoicing saved.');
  }

  return (
    <form className="panel form" aria-label="Nightly invoicing" onSubmit={(event) => void handleSubmit(event)}>
      <h2>Nightly invoicing (all connections)</h2>
      <p className="muted">
        For invoicing before the job is done (PV-10, PV-12); weekends are skipped.{' '}
        {nightly.lastRunDay === null ? 'Not run yet.' : `Last run ${nightly.lastRunDay}, open through ${nightly.openedThrough ?? '–'}.`}
      </p>
      {notice !== null && (
        <div className="notice" role="status">
          {notice}
        </div>
      )}
      <GeneralErrors messages={errors.general} />
      <TextField id="settings-hour" name="hour" label="Hour of the run (0–23, local time)" inputMode="numeric" defaultValue={String(nightly.hour)} error={errors.fields['hour']} />
      <TextField id="settings-timeZone" name="timeZone" label="Time zone" hint="E.g. Europe/Copenhagen." defaultValue={nightly.timeZone} error={errors.fields['timeZone']} />
      <div>
        <button className="button" type="submit" disabled={fetching}>
          Save nightly run
        </button>
      </div>
    </form>
  );
}
