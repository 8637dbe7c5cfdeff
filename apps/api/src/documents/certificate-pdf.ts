import type { RecordOutcomesValues } from '@mobilis/domain/host/host-inputs';
import type { DocumentData } from './document-data';
import { PdfWriter } from './pdf-writer';

const ACHIEVEMENT = {
  ACHIEVED: 'achieved',
  PARTLY_ACHIEVED: 'partly achieved',
  NOT_ACHIEVED: 'not achieved',
} as const;
const SKILLS: [keyof RecordOutcomesValues['skills'], string][] = [
  ['jobRelated', 'Job-related skills'],
  ['language', 'Language skills'],
  ['digital', 'Digital skills'],
  ['organisational', 'Organisational and managerial skills'],
  ['communication', 'Communication skills'],
  ['other', 'Other skills'],
];

/**
 * A certificate in the spirit of Europass Mobility (reference §5.2): holder, sending and host
 * organisations, dates, programme, and the host's assessment of the outcomes with the skills
 * acquired (section 5a).
 */
export async function certificatePdf(data: DocumentData): Promise<Uint8Array> {
  const { mobility, participant, sending, host, agreement } = data;
  const pdf = await PdfWriter.create(`Certificate ${mobility.reference}`);
  pdf.heading('Certificate of learning mobility', 1);
  pdf.text('In the spirit of Europass Mobility · Erasmus+ Key Action 1', { gapAfter: 8 });
  pdf.field('Holder', `${participant.firstName} ${participant.lastName}`);
  pdf.field('Mobility ID', `${mobility.reference} (project ${data.projectCode})`);
  pdf.field('Sending organisation', `${sending.name}, ${sending.city} (${sending.country})`);
  if (host) pdf.field('Host organisation', `${host.name}, ${host.city} (${host.country})`);
  pdf.field(
    'Period',
    `${mobility.actualStartDate ?? mobility.plannedStartDate} – ${mobility.actualEndDate ?? mobility.plannedEndDate}`,
  );
  if (mobility.hostMentor) pdf.field('Mentor', mobility.hostMentor.name);
  const programme = (agreement.approvedChanges ?? agreement.firstVersion)?.content;
  if (programme) {
    pdf.heading('Programme');
    for (const o of programme.learningOutcomes) pdf.text(`• ${o.title}`);
  }
  const outcomes = mobility.outcomes as RecordOutcomesValues | null;
  if (outcomes) {
    pdf.heading('Learning outcomes as assessed by the host');
    for (const o of outcomes.outcomes)
      pdf.text(`• ${o.title}: ${ACHIEVEMENT[o.achievement]}${o.comment ? ` — ${o.comment}` : ''}`);
    pdf.heading('Skills acquired');
    for (const [key, label] of SKILLS) pdf.field(label, outcomes.skills[key]);
  }
  pdf.text(`Issued by ${sending.name} with ${host?.name ?? 'the host organisation'}.`, { gapAfter: 0 });
  return pdf.bytes();
}
