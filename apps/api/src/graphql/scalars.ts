import { GraphQLError } from 'graphql';
import { builder } from './builder';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: unknown): string {
  if (typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    return value;
  }
  throw new GraphQLError('A Date is a calendar date written YYYY-MM-DD.', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

// A mobility's days are calendar days, not instants (architecture §3): no time, no zone.
export const DateScalar = builder.scalarType('Date', {
  description: 'A calendar date, YYYY-MM-DD (no time, no time zone).',
  serialize: (value) => parseDate(value),
  parseValue: (value) => parseDate(value),
});
