import { gql } from 'urql';

// Hand-written operation types until GraphQL codegen lands in graphql/generated/.

export interface ViewerQueryData {
  readonly viewer: {
    readonly tenant: { readonly id: string; readonly name: string };
    readonly user: { readonly email: string; readonly role: string };
  } | null;
}

export const ViewerQuery = gql<ViewerQueryData, Record<string, never>>`
  query Viewer {
    viewer {
      tenant {
        id
        name
      }
      user {
        email
        role
      }
    }
  }
`;
