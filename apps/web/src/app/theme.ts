import { createTheme, defaultVariantColorsResolver, parseThemeColor, type CSSVariablesResolver, type MantineColorsTuple, type VariantColorsResolver } from '@mantine/core';

// A calm institutional blue; Mantine's own palette for the rest.
const brand: MantineColorsTuple = ['#e8f1fb', '#d0e1f4', '#a2c1e8', '#6f9fdb', '#4582d0', '#2b70c9', '#1c5d99', '#14518a', '#0b457a', '#00386a'];

// Hues whose darkest shade still reads below 4.5:1 on their own light tint: their text is near-black instead.
const PALE_HUES = new Set(['yellow', 'orange', 'lime', 'green']);

/**
 * Light and outline variants (badges, statuses, light buttons) with text that passes WCAG AA (4.5:1): Mantine's
 * defaults put shade 6 text on a 10 % tint (3–4:1 for teal, yellow, grey).
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const defaults = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color || input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || !parsed.color) return defaults;
  const text = PALE_HUES.has(parsed.color) ? 'var(--mantine-color-dark-7)' : `var(--mantine-color-${parsed.color}-9)`;
  if (input.variant === 'light') return { ...defaults, background: `var(--mantine-color-${parsed.color}-0)`, hover: `var(--mantine-color-${parsed.color}-1)`, color: text };
  if (input.variant === 'outline') return { ...defaults, color: text, border: `1px solid var(--mantine-color-${parsed.color}-7)` };
  return defaults;
};

export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: 6,
  colors: { brand },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  variantColorResolver,
  // Keyboard users see where they are; mouse clicks do not leave rings behind.
  focusRing: 'auto',
  cursorType: 'pointer',
});

/**
 * Mantine's "dimmed" grey (#868e96) and error red (#fa5252) read at 3.3:1 on white; these at 5.9:1 and 5.4:1
 * (WCAG AA needs 4.5:1).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#5c636a', '--mantine-color-error': 'var(--mantine-color-red-9)' },
  dark: {},
});
