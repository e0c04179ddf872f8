/**
 * Whether a category is known by its TN VED code (section "XVII", chapter "87", heading "87.04"): worth
 * showing beside its name. The platform's own service and partnership categories ("S", "S.MAINTENANCE",
 * "P.ASSEMBLY") are known by their names alone.
 */
export const hasTradeCode = (code: string): boolean => !/^[SP](\.|$)/.test(code);
