import { graphql } from '../../graphql/generated';

export const LoginMutation = graphql(`
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
      tenantChoices {
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
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout {
      ok
    }
  }
`);
