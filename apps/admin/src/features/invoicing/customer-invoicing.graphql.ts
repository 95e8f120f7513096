import { graphql } from '../../graphql/generated';

export const customerInvoicingContext = { additionalTypenames: ['Customer'] };

/** A customer's own invoicing values and the effective ones, as the list shows and a save answers. */
export const CustomerInvoicingFields = graphql(`
  fragment CustomerInvoicingFields on Customer {
    id
    invoiceCreationMode
    invoicingTime
    invoiceDelivery
    invoicing {
      creationMode
      invoicingTime
      delivery
    }
  }
`);

export const CustomerInvoicingQuery = graphql(`
  query CustomerInvoicingList($search: String, $first: Int!) {
    customers(first: $first, filter: { search: $search }, sort: { field: NAME }) {
      totalCount
      nodes {
        ...CustomerInvoicingFields
        number
        name
      }
    }
  }
`);

export const ClearCustomerInvoicingMutation = graphql(`
  mutation ClearCustomerInvoicing($input: ClearCustomerInvoicingInput!) {
    clearCustomerInvoicing(input: $input) {
      customer {
        id
        invoiceCreationMode
        invoicingTime
        invoiceDelivery
        invoicing {
          creationMode
          invoicingTime
          delivery
        }
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

export const SaveCustomerInvoicingMutation = graphql(`
  mutation SaveCustomerInvoicing($input: UpsertCustomerInput!) {
    upsertCustomer(input: $input) {
      customer {
        ...CustomerInvoicingFields
      }
      errors {
        ...InputErrorFields
      }
    }
  }
`);
