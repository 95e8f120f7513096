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
        ...InputErrorFields
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
