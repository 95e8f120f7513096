import { graphql } from '../../graphql/generated';

export const ShellViewerQuery = graphql(`
  query ShellViewer {
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
