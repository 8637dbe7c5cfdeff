/**
 * The API serves a mobility's documents beside the apps on the same origin, outside the app's base
 * path: plain GETs that carry the session cookie and answer with a PDF download.
 */
export type MobilityDocument = 'learning-agreement.pdf' | 'certificate.pdf';

export function mobilityDocumentUrl(mobilityId: string, document: MobilityDocument): string {
  return `/documents/mobilities/${encodeURIComponent(mobilityId)}/${document}`;
}
