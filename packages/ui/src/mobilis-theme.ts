import { createTheme } from '@mantine/core';

/** The look shared by the three apps: Mantine defaults, a calm blue, readable sizes. */
export const mobilisTheme = createTheme({
  primaryColor: 'indigo',
  // Shade 7 keeps white button text and link text above the 4.5:1 contrast WCAG AA asks for;
  // Mantine's default shade 6 is just below it.
  primaryShade: { light: 7, dark: 5 },
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
  respectReducedMotion: true,
});
