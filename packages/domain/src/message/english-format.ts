/**
 * Number formatting for the English fallback messages only. Apps format the raw params for the
 * user's locale; these keep the English text readable and match the reference's "1 999 km" style.
 */
export function groupThousands(value: number): string {
  const [whole = '', fraction] = String(Math.abs(value)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${value < 0 ? '−' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** "€417", "€63.70", "€1 188": whole euros without decimals, otherwise two decimals. */
export function formatEuroCents(cents: number): string {
  const sign = cents < 0 ? '−' : '';
  const abs = Math.abs(cents);
  const euros = groupThousands(Math.floor(abs / 100));
  const rest = abs % 100;
  return `${sign}€${euros}${rest === 0 ? '' : `.${String(rest).padStart(2, '0')}`}`;
}
