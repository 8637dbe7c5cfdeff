/**
 * The template offered for download: the English column names the import reads, one staff member
 * and one learner. Semicolons and a byte-order mark, so spreadsheet programs set to German or
 * Polish open it in columns with the accents intact.
 */
const TEMPLATE_ROWS = [
  'firstName;lastName;email;category;dateOfBirth;unit;fewerOpportunities',
  'Jörg;Schäfer;joerg.schaefer@example.org;STAFF;;Kfz-Technik;no',
  'Łucja;Nowak;lucja.nowak@example.org;LEARNER;2008-04-12;KFZ 2b;no',
];

export const participantCsvTemplateHref = `data:text/csv;charset=utf-8,${encodeURIComponent(
  `\uFEFF${TEMPLATE_ROWS.join('\r\n')}\r\n`,
)}`;

export const participantCsvTemplateFileName = 'participants-template.csv';
