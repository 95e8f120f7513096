import { graphql } from '../../graphql/generated';

export const ReauthorizeConnectionMutation = graphql(`
  mutation ReauthorizeConnection($input: ReauthorizeConnectionInput!) {
    reauthorizeConnection(input: $input) {
      authorizeUrl
      errors {
        code
        message
        field
      }
    }
  }
`);
