import { builder } from './builder';

/** An input field the server rejected, with its path in the input object. */
export interface FieldProblem {
  path: string[];
  /** Stable code the apps translate (VALIDATION_MESSAGES in the domain package). */
  code: string;
  message: string;
}

/** Expected, user-fixable: bad input. Thrown by services, returned as a typed union member. */
export class InputValidationError extends Error {
  constructor(
    readonly fieldErrors: FieldProblem[],
    message = 'Some fields are not valid.',
  ) {
    super(message);
    this.name = 'InputValidationError';
  }
}

export class InvalidCredentialsError extends Error {
  constructor() {
    super('The e-mail address or password is incorrect.');
    this.name = 'InvalidCredentialsError';
  }
}

export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'A failure the user can act on. Every mutation result union has members implementing this.',
  fields: (t) => ({ message: t.exposeString('message') }),
});

const FieldErrorRef = builder.objectRef<FieldProblem>('FieldError').implement({
  description: 'One field the server rejected, with the path of the field in the input.',
  fields: (t) => ({
    path: t.exposeStringList('path'),
    code: t.exposeString('code', { description: 'Stable code for translation, e.g. EMAIL_INVALID.' }),
    message: t.exposeString('message', { description: 'English text of the code.' }),
  }),
});

builder.objectType(InputValidationError, {
  name: 'ValidationError',
  description: 'Input failed validation; fieldErrors name each field.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ fieldErrors: t.field({ type: [FieldErrorRef], resolve: (e) => e.fieldErrors }) }),
});

builder.objectType(InvalidCredentialsError, {
  name: 'InvalidCredentialsError',
  description:
    'The e-mail address and password did not match an account. Deliberately identical for an unknown e-mail and a wrong password.',
  interfaces: [ErrorInterface],
});
