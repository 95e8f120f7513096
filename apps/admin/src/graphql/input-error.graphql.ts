import { graphql } from './generated';

/**
 * What every mutation payload's `errors` selects: the code, the message and the input path a
 * form binds the message to. Operations spread it by name (`...InputErrorFields`); codegen's
 * client preset resolves fragments by name, so this export is only for readers and types.
 */
export const InputErrorFields = graphql(`
  fragment InputErrorFields on InputError {
    code
    message
    field
  }
`);
