import { graphql } from '../../graphql/generated';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      kind
      tenant {
        id
        name
      }
      user {
        id
        email
        role
      }
    }
  }
`);
