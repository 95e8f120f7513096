import { z } from 'zod';
import type { AccountInfo, ConnectorResult, ListQuery, Page, ReferenceDataKind, ReferenceItem, RemoteRecord } from '../core/connector.js';
import { connectorError } from '../core/connector-error.js';
import type { AttachmentFile, AttachmentRef, PaymentRecord, ProjectCostRecord } from '../core/records.js';
import { err, ok } from '../core/result.js';
import { fromFortnoxPayment } from './mappers/from-fortnox-payment.js';
import { fromFortnoxSupplierInvoice } from './mappers/from-fortnox-supplier-invoice.js';
import { fromFortnoxUnit } from './mappers/from-fortnox-unit.js';
import { type FortnoxDeps, listPage, nextCursor, pageSizes, segment } from './paging.js';
import { companySchema, paymentSchema, supplierInvoiceFileConnectionSchema, supplierInvoiceSchema, supplierInvoiceSubsetSchema, unitSchema } from './schemas.js';

/** Reads: the account, payments, project costs and units. */
export function createReadMethods(deps: FortnoxDeps) {
  const { client } = deps;
  return {
    /** The company the token opens (`/3/companyinformation`), which also proves the token works. */
    async verifyCredentials(): ConnectorResult<AccountInfo> {
      const company = await client.get('3/companyinformation', 'CompanyInformation', companySchema);
      if (!company.ok) return company;
      const accountId = company.value.OrganizationNumber ?? company.value.DatabaseNumber ?? undefined;
      return ok({ accountName: company.value.CompanyName, ...(accountId ? { accountId } : {}) });
    },

    listPayments: (query: ListQuery): ConnectorResult<Page<RemoteRecord<PaymentRecord>>> =>
      listPage((params) => client.list('3/invoicepayments', 'InvoicePayments', paymentSchema, params), query, pageSizes.subsets, (payment) =>
        Promise.resolve(ok([fromFortnoxPayment(payment)])),
      ),

    /**
     * Project costs from supplier invoices changed since `updatedSince`: each invoice is read in
     * full for its rows (lists hold subsets), and a page may hold any number of costs.
     */
    listProjectCosts: (query: ListQuery): ConnectorResult<Page<RemoteRecord<ProjectCostRecord>>> =>
      listPage(
        (params) => client.list('3/supplierinvoices', 'SupplierInvoices', supplierInvoiceSubsetSchema, params),
        query,
        pageSizes.withDetails,
        async (subset) => {
          const invoice = await client.get(`3/supplierinvoices/${segment(subset.GivenNumber)}`, 'SupplierInvoice', supplierInvoiceSchema);
          return invoice.ok ? ok(fromFortnoxSupplierInvoice(invoice.value)) : invoice;
        },
      ),

    /** The archive files connected to a supplier invoice (`/3/supplierinvoicefileconnections`, X-25). */
    async listSupplierInvoiceAttachments(givenNumber: string): ConnectorResult<readonly AttachmentRef[]> {
      const path = `3/supplierinvoicefileconnections?supplierinvoicenumber=${encodeURIComponent(givenNumber)}`;
      const connections = await client.get(path, 'SupplierInvoiceFileConnections', z.array(supplierInvoiceFileConnectionSchema));
      if (!connections.ok) return connections;
      return ok(connections.value.map((c) => ({ externalId: c.FileId, fileName: c.Name })));
    },

    /** One archive file's content (`/3/archive/:id`), served with its own content type. */
    async getAttachment(ref: AttachmentRef): ConnectorResult<AttachmentFile> {
      const file = await client.download(`3/archive/${segment(ref.externalId)}`);
      return file.ok ? ok({ fileName: ref.fileName, contentType: file.value.contentType, bytes: file.value.bytes }) : file;
    },

    /** Units (`/3/units`), all pages; the other kinds are not offered for Fortnox. */
    async listReferenceData(kind: ReferenceDataKind): ConnectorResult<readonly ReferenceItem[]> {
      if (kind !== 'units') {
        return err(connectorError({ connectorId: 'fortnox', code: 'UNSUPPORTED', message: `Fortnox reference data "${kind}" is not offered by this connector` }));
      }
      const items: ReferenceItem[] = [];
      for (let page: string | null = '1'; page !== null; ) {
        const result = await client.list('3/units', 'Units', unitSchema, { page, limit: pageSizes.subsets });
        if (!result.ok) return result;
        items.push(...result.value.items.map(fromFortnoxUnit));
        page = nextCursor(result.value);
      }
      return ok(items);
    },
  };
}
