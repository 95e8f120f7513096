import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMockClient } from '../../test/mock-client';
import { renderWithClient } from '../../test/render-with-client';
import { TransferItemDetail } from './transfer-item-detail';
import type { LogItem } from './transfer-log-state';

const failed: LogItem = {
  id: 'I1', runId: 'R1', register: 'customers', recordId: null, direction: 'PUSH', outcome: 'FAILED', errorCode: 'REJECTED',
  message: "e-conomic refused the request: customerGroup: CustomerGroup '999' not found. (E07140)", externalId: null, externalNumber: null, attempts: 1,
  request: { name: 'Aarhus Tømrer ApS' },
  response: { httpStatus: 400, code: 'REJECTED', message: 'refused', truncated: false, body: { errorCode: 'E04300', errors: { customerGroup: { errors: [{ errorCode: 'E07140' }] } }, appSecretToken: '[REDACTED]' } },
  createdAt: '2026-11-23T10:00:05.000Z',
};

describe('TransferItemDetail (issue #6 screen 6)', () => {
  it('should show the request we sent and the vendor response with its HTTP status', () => {
    renderWithClient(<TransferItemDetail item={failed} onClose={() => undefined} />, { client: createMockClient({}).client });
    expect(screen.getByTestId('vendor-status').textContent).toBe('HTTP 400');
    const body = screen.getByTestId('item-response').textContent ?? '';
    expect(body).toContain('E07140');
    expect(body).toContain('[REDACTED]');
    expect(screen.getByTestId('item-request').textContent).toContain('Aarhus Tømrer ApS');
    expect(screen.getByRole('button', { name: 'Retry this item' })).toBeTruthy();
  });

  it('should show no vendor response section for an item that never reached the vendor', () => {
    renderWithClient(<TransferItemDetail item={{ ...failed, response: null, errorCode: 'UNSUPPORTED' }} onClose={() => undefined} />, { client: createMockClient({}).client });
    expect(screen.queryByTestId('item-response')).toBeNull();
    expect(screen.getByTestId('vendor-answer').textContent).toMatch(/^UNSUPPORTED/);
  });

  it('should show a cut body as text and say it was cut', () => {
    const response = { httpStatus: 502, code: 'TEMPORARY', message: 'm', truncated: true, body: '{"text":"xxxx' };
    renderWithClient(<TransferItemDetail item={{ ...failed, response }} onClose={() => undefined} />, { client: createMockClient({}).client });
    expect(screen.getByTestId('item-response').textContent).toBe('{"text":"xxxx');
    expect(screen.getByText(/cut at 16 kB/)).toBeTruthy();
  });

  it('should show the ERP\'s answer for a successful item too: the booked document with its number (ADR 0022)', () => {
    const booked: LogItem = {
      ...failed, register: 'invoices', outcome: 'TRANSFERRED', errorCode: null, message: 'Booked in the ERP', externalId: 'booked:20001', externalNumber: '20001',
      request: { reference: 'inv-1', notes: 'Portal login: password=[REDACTED]' },
      response: { httpStatus: 201, truncated: false, body: { bookedInvoiceNumber: 20001, notes: { textLine1: 'Portal login: password=[REDACTED]' } } },
    };
    renderWithClient(<TransferItemDetail item={booked} onClose={() => undefined} />, { client: createMockClient({}).client });
    expect(screen.getByTestId('vendor-answer').textContent).toBe('Booked in the ERP');
    expect(screen.getByTestId('vendor-status').textContent).toBe('HTTP 201');
    const body = screen.getByTestId('item-response').textContent ?? '';
    expect(body).toContain('"bookedInvoiceNumber": 20001');
    expect(body).toContain('password=[REDACTED]');
    expect(screen.queryByRole('button', { name: 'Retry this item' })).toBeNull();
  });

  it('should say so when a successful item kept no vendor answer', () => {
    renderWithClient(<TransferItemDetail item={{ ...failed, outcome: 'UPDATED', errorCode: null, message: 'Linked', response: null }} onClose={() => undefined} />, { client: createMockClient({}).client });
    expect(screen.queryByTestId('item-response')).toBeNull();
    expect(screen.getByTestId('no-vendor-response')).toBeTruthy();
  });
});
