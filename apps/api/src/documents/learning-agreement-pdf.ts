import type { LearningAgreementContent } from '@mobilis/domain/learning-agreement/learning-agreement-content';
import type { Signature } from '@mobilis/domain/learning-agreement/learning-agreement-state';
import type { DocumentData } from './document-data';
import { PdfWriter } from './pdf-writer';

const ROLE_NAMES = {
  PARTICIPANT: 'Participant',
  SENDING: 'Sending organisation',
  HOST: 'Host organisation',
} as const;

function writeContent(pdf: PdfWriter, content: LearningAgreementContent) {
  pdf.heading('Learning outcomes');
  for (const [i, o] of content.learningOutcomes.entries()) {
    pdf.text(`${i + 1}. ${o.title} (${o.kind.toLowerCase().replaceAll('_', ' ')})`, { bold: true });
    if (o.description) pdf.text(o.description, { indent: 14 });
    if (o.assessmentMethod) pdf.text(`Assessment: ${o.assessmentMethod}`, { indent: 14 });
  }
  if (content.activities.length) {
    pdf.heading('Programme of activities');
    for (const a of content.activities) {
      pdf.text(
        `${a.startDate} – ${a.endDate}${a.place ? `, ${a.place}` : ''}${a.hours ? `, ${a.hours} h` : ''}: ${a.description}`,
      );
    }
  }
  pdf.heading('Mentors, language and recognition');
  if (content.mentors.sending)
    pdf.field(
      'Mentor at the sending organisation',
      `${content.mentors.sending.name}${content.mentors.sending.email ? ` <${content.mentors.sending.email}>` : ''}`,
    );
  if (content.mentors.host)
    pdf.field(
      'Mentor at the host',
      `${content.mentors.host.name}${content.mentors.host.email ? ` <${content.mentors.host.email}>` : ''}`,
    );
  if (content.language)
    pdf.field(
      'Language of the activity',
      `${content.language.language}${content.language.cefrLevel ? ` (CEFR ${content.language.cefrLevel})` : ''}`,
    );
  pdf.field('Recognition', content.recognition);
  pdf.field('Monitoring and mentoring', content.monitoring);
  pdf.field('Responsibilities of the participant', content.responsibilities.participant);
  pdf.field('Responsibilities of the sending organisation', content.responsibilities.sending);
  pdf.field('Responsibilities of the host organisation', content.responsibilities.host);
  pdf.field('Current qualification', content.qualification.current);
}

function writeSignatures(pdf: PdfWriter, signatures: readonly Signature[]) {
  pdf.heading('Signatures');
  for (const s of signatures) {
    pdf.text(
      `${ROLE_NAMES[s.role]}: ${s.name}${s.position ? `, ${s.position}` : ''} <${s.email}>, signed ${s.signedAt} via ${s.app}`,
    );
  }
  if (signatures.length === 0) pdf.text('Not signed yet.');
}

/**
 * The learning agreement as a PDF: parties, content and signatures with their times, headed by
 * the mobility ID and project code (reference §5.2). Shows the latest agreed content, or the
 * pending proposal marked as not yet agreed.
 */
export async function learningAgreementPdf(data: DocumentData): Promise<Uint8Array> {
  const { mobility, participant, sending, host, agreement } = data;
  const pdf = await PdfWriter.create(`Learning agreement ${mobility.reference}`);
  pdf.heading('Learning agreement', 1);
  pdf.text(`Mobility ID ${mobility.reference} · Project ${data.projectCode}`, { gapAfter: 8 });
  pdf.heading('Parties');
  pdf.field('Participant', `${participant.firstName} ${participant.lastName}`);
  pdf.field(
    'Sending organisation',
    `${sending.name}, ${sending.city} (${sending.country})${sending.oid ? `, OID ${sending.oid}` : ''}`,
  );
  if (host)
    pdf.field(
      'Host organisation',
      `${host.name}, ${host.address ?? host.city} (${host.country})${host.oid ? `, OID ${host.oid}` : ''}`,
    );
  pdf.field('Planned period', `${mobility.plannedStartDate} – ${mobility.plannedEndDate}`);
  const agreed = agreement.approvedChanges ?? agreement.firstVersion;
  if (agreed) {
    pdf.text(
      agreement.approvedChanges
        ? 'Status: agreed, with approved changes.'
        : 'Status: agreed (first version).',
      { bold: true },
    );
    writeContent(pdf, agreed.content);
    writeSignatures(pdf, agreed.signatures);
  }
  if (agreement.proposal) {
    pdf.heading(agreed ? 'Pending change proposal (not yet agreed)' : 'Proposal (not yet agreed)');
    writeContent(pdf, agreement.proposal.content);
    writeSignatures(pdf, agreement.proposal.signatures);
  }
  if (!agreed && !agreement.proposal) pdf.text('No learning agreement has been drafted yet.');
  return pdf.bytes();
}
