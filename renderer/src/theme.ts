import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/**
 * Mantine's teal with its two darkest shades darkened: white text on shade 8 (buttons, the active link) and on
 * shade 9 (their hover) stays above WCAG AA's 4.5:1. The accessibility e2e test checks it with axe.
 */
const teal: MantineColorsTuple = ['#e6fcf5', '#c3fae8', '#96f2d7', '#63e6be', '#38d9a9', '#20c997', '#12b886', '#0ca678', '#087f5b', '#066649'];
/** Mantine's orange with its darkest shade darkened: orange.9 text ("due soon", gaps) is 4.3:1 on white as shipped, 5.2:1 here. */
const orange: MantineColorsTuple = ['#fff4e6', '#ffe8cc', '#ffd8a8', '#ffc078', '#ffa94d', '#ff922b', '#fd7e14', '#f76707', '#e8590c', '#c2410c'];

export const theme = createTheme({
  colors: { teal, orange },
  primaryColor: 'teal',
  primaryShade: 8,
  autoContrast: true,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  defaultRadius: 'md',
  // Visible focus everywhere: the app must be usable with a keyboard alone.
  focusRing: 'always',
  respectReducedMotion: true,
});

/**
 * Mantine's "dimmed" grey (gray.6) is 3.3:1 on white; gray.7 reads as secondary and passes AA. Its error red
 * (red.6, for field messages and the text of a field in error) is 3.3:1 too; red.9 is 5.6:1. Links in teal.8 are
 * 4.49:1 on a hovered table row (gray.1); teal.9 is 6.3:1.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-error': t.colors.red[9],
    '--mantine-primary-color-light-color': t.colors.teal[9],
    '--mantine-color-anchor': t.colors.teal[9],
  },
  dark: {},
});
