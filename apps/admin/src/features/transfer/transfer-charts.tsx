import type { TransferScreenQuery } from '../../graphql/generated/graphql';
import { outcomes, type DayOutcomes } from './transfer-log-state';

const outcomeLabels = { TRANSFERRED: 'Transferred', UPDATED: 'Updated', SKIPPED: 'Skipped', FAILED: 'Failed' } as const;

/** Stacked bars per day; each bar also carries its numbers as text for screen readers. */
export function OutcomesPerDayChart({ days }: { days: readonly DayOutcomes[] }) {
  const busiest = Math.max(1, ...days.map((day) => outcomes.reduce((sum, outcome) => sum + day.counts[outcome], 0)));
  return (
    <figure className="chart" aria-labelledby="per-day-title">
      <figcaption id="per-day-title">Transfers per day by outcome (last 30 days)</figcaption>
      {days.length === 0 ? (
        <p className="muted">Nothing transferred yet.</p>
      ) : (
        <ul className="bars">
          {days.map((day) => {
            const total = outcomes.reduce((sum, outcome) => sum + day.counts[outcome], 0);
            return (
              <li key={day.day} className="bar-row">
                <span className="bar-label">{day.day}</span>
                <span className="bar" style={{ width: `${(total / busiest) * 100}%` }} aria-hidden="true">
                  {outcomes.map((outcome) =>
                    day.counts[outcome] === 0 ? null : (
                      <span key={outcome} className={`bar-part bar-${outcome.toLowerCase()}`} style={{ flexGrow: day.counts[outcome] }} />
                    ),
                  )}
                </span>
                <span className="visually-hidden">
                  {outcomes.map((outcome) => `${outcomeLabels[outcome]} ${day.counts[outcome]}`).join(', ')}
                </span>
                <span className="bar-total">{total}</span>
              </li>
            );
          })}
        </ul>
      )}
      <p className="legend">
        {outcomes.map((outcome) => (
          <span key={outcome}>
            <span className={`swatch bar-${outcome.toLowerCase()}`} aria-hidden="true" /> {outcomeLabels[outcome]}
          </span>
        ))}
      </p>
    </figure>
  );
}

export function FailuresByReason({ groups }: { groups: TransferScreenQuery['transferErrorSummary'] }) {
  return (
    <figure className="chart" aria-labelledby="failures-title">
      <figcaption id="failures-title">Failures by reason</figcaption>
      {groups.length === 0 ? (
        <p className="muted">No failures.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Reason</th>
              <th scope="col">Register</th>
              <th scope="col">Count</th>
              <th scope="col">Last message</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <tr key={`${group.errorCode}-${group.register}`}>
                <td>{group.errorCode}</td>
                <td>{group.register}</td>
                <td>{group.count}</td>
                <td>{group.lastMessage}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
