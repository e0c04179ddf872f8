import { createTheme, type MantineColorsTuple } from '@mantine/core';

// A calm institutional blue; Mantine's own palette for the rest.
const brand: MantineColorsTuple = ['#e8f1fb', '#d0e1f4', '#a2c1e8', '#6f9fdb', '#4582d0', '#2b70c9', '#1c5d99', '#14518a', '#0b457a', '#00386a'];

export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: 6,
  colors: { brand },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  // Keyboard users see where they are; mouse clicks do not leave rings behind.
  focusRing: 'auto',
  cursorType: 'pointer',
});
