import { type ContactPerson, insertContactPerson } from '@mobilis/db/repositories/contact-person-repository';
import { isHostPartner } from '@mobilis/db/repositories/organisation-repository';
import { emailField, optionalText, requiredText } from '@mobilis/domain/validation/common-fields';
import { z } from 'zod';
import { requireSendingRole } from '../../../auth/sending-access';
import type { Context } from '../../../context';
import { NotFoundError } from '../../../graphql/errors';
import { parseInput } from '../../../graphql/parse-input';

const contactSchema = z.strictObject({
  name: requiredText(200),
  role: optionalText(200),
  email: emailField.nullish().transform((v) => v ?? null),
  phone: optionalText(50),
});

/** Records a contact person at a host institution of the sending organisation's directory. */
export async function addContactPerson(
  context: Context,
  input: { sendingOrganisationId: string; hostOrganisationId: string; contact: unknown },
): Promise<ContactPerson> {
  await requireSendingRole(context.viewer, input.sendingOrganisationId);
  const contact = parseInput(contactSchema, input.contact);
  if (!(await isHostPartner(context.db, input.sendingOrganisationId, input.hostOrganisationId))) {
    throw new NotFoundError();
  }
  return insertContactPerson(context.db, {
    sendingOrganisationId: input.sendingOrganisationId,
    hostOrganisationId: input.hostOrganisationId,
    ...contact,
  });
}
