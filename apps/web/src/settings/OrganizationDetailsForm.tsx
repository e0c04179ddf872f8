import { Button, Group, MultiSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/SessionProvider';
import { useCategoryName } from '../categories/categories.hooks';
import type { OrganizationSettingsQuery } from '../gql-pages/graphql';
import { useSectors } from '../organization/organization.hooks';
import { RegionSelect } from '../reference/ReferencePickers';
import { ErrorBanner } from '../shared/ErrorBanner';
import { problemOf, type Problem } from '../shared/errors';
import { notify } from '../shared/notify';
import { useProblemText } from '../shared/useProblemText';
import { useUpdateOrganization } from './settings.hooks';

type Organization = NonNullable<OrganizationSettingsQuery['organization']>;
const FIELDS = ['name', 'region', 'city', 'taxId', 'sectorCodes', 'website', 'description'] as const;

/** The organization's details; owners edit them (the API's refusals, e.g. a tax id's check digit, at the field). */
export function OrganizationDetailsForm({ organization, editable }: { organization: Organization; editable: boolean }) {
  const { t } = useTranslation(['settings', 'organization']);
  const categoryName = useCategoryName();
  const { reloadUser } = useSession();
  const sectors = useSectors().data?.categories ?? [];
  const [update, { loading }] = useUpdateOrganization();
  const { showAtFields } = useProblemText();
  const [problem, setProblem] = useState<Problem | null>(null);
  const country = organization.country;
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      name: organization.name,
      region: organization.regionCode ?? organization.region,
      city: organization.city ?? '',
      taxId: organization.taxId,
      sectorCodes: organization.sectors.map((s) => s.code),
      website: organization.website ?? '',
      description: organization.description ?? '',
    },
    validate: {
      name: (value) => (value.trim().length >= 2 ? null : t('organization:errors.name')),
      region: (value) => (value ? null : t('organization:errors.region')),
      taxId: (value) => (new RegExp(`^\\d{${country === 'BY' ? 9 : 10}}$`).test(value.trim()) ? null : t(`organization:errors.taxIdFormat.${country}`)),
      website: (value) => (!value.trim() || /^https?:\/\/\S+\.\S+/.test(value.trim()) ? null : t('organization:errors.website')),
    },
  });
  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      const input = {
        name: values.name.trim(),
        country,
        region: values.region,
        city: values.city.trim() || null,
        taxId: values.taxId.trim(),
        sectorCodes: values.sectorCodes,
        website: values.website.trim() || null,
        description: values.description.trim() || null,
      };
      await update({ variables: { id: organization.id, input } });
      await reloadUser();
      notify('teal', t('details.saved'));
    } catch (error) {
      const found = problemOf(error);
      if (found.code === 'CONFLICT') return form.setFieldError('taxId', t('organization:errors.taxIdTaken'));
      if (showAtFields(found, form, FIELDS)) setProblem(found);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput label={t('organization:fields.name')} required readOnly={!editable} {...form.getInputProps('name')} />
        <Group grow align="flex-start" wrap="wrap">
          <RegionSelect country={country} label={t('organization:fields.region')} required disabled={!editable} {...form.getInputProps('region')} miw={200} />
          <TextInput label={t('organization:fields.city')} readOnly={!editable} {...form.getInputProps('city')} miw={200} />
        </Group>
        <TextInput label={t(`organization:fields.taxId.${country}`)} description={t(`organization:fields.taxIdHint.${country}`)} required readOnly={!editable} inputMode="numeric" {...form.getInputProps('taxId')} />
        <MultiSelect
          label={t('organization:fields.sectors')}
          description={t('organization:fields.sectorsHint')}
          data={[...organization.sectors.filter((own) => !sectors.some((s) => s.code === own.code)), ...sectors].map((s) => ({ value: s.code, label: categoryName(s) }))}
          searchable
          disabled={!editable}
          maxValues={10}
          {...form.getInputProps('sectorCodes')}
        />
        <TextInput label={t('organization:fields.website')} placeholder="https://" type="url" readOnly={!editable} {...form.getInputProps('website')} />
        <Textarea label={t('organization:fields.description')} autosize minRows={3} maxRows={8} readOnly={!editable} {...form.getInputProps('description')} />
        {problem && <ErrorBanner error={problem} />}
        {editable && (
          <Group justify="flex-end">
            <Button type="submit" loading={loading}>
              {t('details.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
