import { gql } from 'urql';

// Hand-written operation types until GraphQL codegen lands in graphql/generated/.

export interface UserError {
  readonly code: string;
  readonly message: string;
  readonly field: readonly string[] | null;
}

export interface LoginMutationData {
  readonly login: {
    readonly token: string | null;
    readonly user: { readonly id: string; readonly email: string; readonly role: string } | null;
    readonly tenant: { readonly id: string; readonly name: string } | null;
    readonly errors: readonly UserError[];
  };
}

export interface LoginMutationVariables {
  readonly input: { readonly email: string; readonly password: string };
}

export const LoginMutation = gql<LoginMutationData, LoginMutationVariables>`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      user {
        id
        email
        role
      }
      tenant {
        id
        name
      }
      errors {
        code
        message
        field
      }
    }
  }
`;
