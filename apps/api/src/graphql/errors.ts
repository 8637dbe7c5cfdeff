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

/** The object was changed by someone else since the client read it; nothing was written. */
export class StaleVersionError extends Error {
  constructor(readonly currentVersion: number | null) {
    super('Someone else changed this in the meantime. Reload it and make your change again.');
    this.name = 'StaleVersionError';
  }
}

/** The ID names nothing the viewer may see: missing and not-yours look the same. */
export class NotFoundError extends Error {
  constructor() {
    super('Not found.');
    this.name = 'NotFoundError';
  }
}

/** The lifecycle does not allow this action now (wrong status or unmet precondition). */
export class InvalidTransitionError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fromStatus: string,
  ) {
    super(message);
    this.name = 'InvalidTransitionError';
  }
}

builder.objectType(StaleVersionError, {
  name: 'StaleVersionError',
  description: 'Someone else changed the object first; reload and try again. Nothing was written.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ currentVersion: t.int({ nullable: true, resolve: (e) => e.currentVersion }) }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'Nothing with this ID exists that you may see.',
  interfaces: [ErrorInterface],
});

builder.objectType(InvalidTransitionError, {
  name: 'InvalidTransitionError',
  description: 'The mobility’s status (or a precondition) does not allow this action now.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    code: t.exposeString('code', { description: 'ILLEGAL_TRANSITION, NOT_ALLOWED or a guard code.' }),
    fromStatus: t.exposeString('fromStatus'),
  }),
});
