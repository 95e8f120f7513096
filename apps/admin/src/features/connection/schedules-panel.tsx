import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import type { TransferRegister } from '../../graphql/generated/graphql';
import { describedByFor, FieldNotes, GeneralErrors, TextField } from '../../ui/form-field';
import { formatDateTime, transportMessage } from '../../ui/format';
import { groupErrorsByField } from '../../ui/user-error';
import { RegisterChoices } from '../transfer/register-choices';
import { SaveTransferScheduleMutation, TransferSchedulesQuery } from './connection.graphql';

const scheduleFields = ['name', 'everyMinutes', 'registers', 'isEnabled'] as const;
const schedulesContext = { additionalTypenames: ['TransferSchedule'] };

/** A connection's schedules; the API refuses to enable one until the pre-flight check passes. */
export function SchedulesPanel({ connectionId }: { connectionId: string }) {
  const [{ data, error }] = useQuery({ query: TransferSchedulesQuery, variables: { connectionId }, context: schedulesContext });
  const [{ fetching }, saveSchedule] = useMutation(SaveTransferScheduleMutation);
  const [errors, setErrors] = useState<{ fields: Partial<Record<(typeof scheduleFields)[number], string>>; general: readonly string[] }>({
    fields: {},
    general: [],
  });
  const [notice, setNotice] = useState<string | null>(null);
  const schedules = data?.transferSchedules ?? [];

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    const form = new FormData(event.currentTarget);
    const minutes = String(form.get('everyMinutes') ?? '').trim();
    const input = {
      connectionId,
      name: String(form.get('name') ?? '').trim() || 'default',
      // the API names a value that is not a whole number; NaN would not survive JSON
      everyMinutes: /^\d+$/.test(minutes) ? Number(minutes) : -1,
      registers: form.getAll('registers').map(String) as TransferRegister[],
      isEnabled: form.get('isEnabled') === 'on',
    };
    setErrors({ fields: {}, general: [] });
    const result = await saveSchedule({ input }, schedulesContext);
    const payload = result.data?.saveTransferSchedule;
    if (payload === undefined) setErrors({ fields: {}, general: [transportMessage(result.error)] });
    else if (payload.errors.length > 0) setErrors(groupErrorsByField(payload.errors, scheduleFields));
    else setNotice(`Schedule "${payload.schedule?.name ?? input.name}" saved.`);
  }

  return (
    <div className="panel">
      <h2>Schedules</h2>
      {error !== undefined && <GeneralErrors messages={[transportMessage(error)]} />}
      {schedules.length === 0 ? (
        <p>No schedules: transfers run when started by hand.</p>
      ) : (
        <ul>
          {schedules.map((schedule) => (
            <li key={schedule.id}>
              <strong>{schedule.name}</strong>: every {schedule.everyMinutes} min, {schedule.registers.join(', ')} ·{' '}
              {schedule.isEnabled ? `next ${formatDateTime(schedule.nextRunAt)}` : 'off'}
              {schedule.lastSkippedReason !== null && <span className="warning"> · skipped: {schedule.lastSkippedReason}</span>}
            </li>
          ))}
        </ul>
      )}
      {notice !== null && (
        <div className="notice" role="status">
          {notice}
        </div>
      )}
      <form className="form" aria-label="Save a schedule" onSubmit={(event) => void handleSubmit(event)}>
        <GeneralErrors messages={errors.general} />
        <div className="row">
          <TextField id="schedule-name" name="name" label="Schedule name" defaultValue="default" error={errors.fields.name} />
          <TextField id="schedule-every" name="everyMinutes" label="Every (minutes)" inputMode="numeric" defaultValue="60" error={errors.fields.everyMinutes} />
        </div>
        <RegisterChoices id="schedule-registers" error={errors.fields.registers} />
        <label className="choice">
          <input type="checkbox" name="isEnabled" defaultChecked aria-describedby={describedByFor('schedule-enabled', undefined, errors.fields.isEnabled)} />
          Enabled
        </label>
        <FieldNotes id="schedule-enabled" error={errors.fields.isEnabled} />
        <div>
          <button className="button" type="submit" disabled={fetching}>
            Save schedule
          </button>
        </div>
      </form>
    </div>
  );
}
