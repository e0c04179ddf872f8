import { Select, TagsInput, type SelectProps, type TagsInputProps } from '@mantine/core';
import type { Country } from '../gql/graphql';
import { useReference } from './reference.hooks';

// Pickers built from the reference tables: they hold codes (ISO 3166-2, OKEI) and show names in the page
// language, so what is sent is the code and what is read is the reader's word for it. Picking the chosen option
// again keeps it (allowDeselect off); an optional field is emptied with its clear button.

/** One region of a country (where an organization is). */
export function RegionSelect({ country, ...props }: Omit<SelectProps, 'data'> & { country: Country }) {
  const reference = useReference();
  return <Select searchable allowDeselect={false} data={reference.regionOptions(country)} {...props} />;
}

/** Where something is delivered: a region of Russia or Belarus, or an area (a country, the Central Federal District, the EAEU...). */
export function DeliveryRegionSelect(props: Omit<SelectProps, 'data'>) {
  const reference = useReference();
  return <Select searchable allowDeselect={false} data={reference.deliveryRegionOptions()} {...props} />;
}

/** An OKEI unit ("шт — штука"). */
export function UnitSelect(props: Omit<SelectProps, 'data'>) {
  const reference = useReference();
  return <Select searchable allowDeselect={false} data={reference.unitOptions()} {...props} />;
}

/**
 * Certifications by name in the page language, suggested from the table; other marks may be typed (the API keeps
 * them, normalised). The values are names: `reference.certificationCodeOf` turns them into codes to send.
 */
export function CertificationsInput(props: Omit<TagsInputProps, 'data'>) {
  const reference = useReference();
  return <TagsInput data={reference.certificationNames()} {...props} />;
}
