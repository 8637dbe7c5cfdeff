import type { Formatters } from '@mobilis/ui/i18n/use-formatters';

/** "+€120.00" / "-€45.50" / "€0.00": a change of a grant, with its sign shown when it has one. */
export function signedMoney(format: Formatters, cents: number): string {
  return cents > 0 ? `+${format.money(cents)}` : format.money(cents);
}
